#!/usr/bin/env python3
"""The numpy half of `Scripts/bench merge`: what kohya's scripts and mergekit do, on the benchmark subset.

  svd_merge A B RANK OUT   svd_merge_lora.py: load both LoRAs, ΔW = Σ up·down·alpha/rank dense (F32)
                           per module, full SVD, keep RANK (U·Σ, Vᵀ); alpha = rank.
  resize LORA FRO OUT      resize_lora.py --dynamic_method sv_fro: ΔW dense per module, full SVD,
                           the smallest rank whose √(Σσ²) share reaches FRO; alpha = rank.
  extract TUNED BASE RANK OUT
                           extract_lora_from_models.py: per tensor ΔW = tuned − base (F32),
                           full SVD, keep RANK; alpha = rank.
  METHOD A B WA WB DENSITY RANK OUT
                           METHOD = ties, dare_ties or magnitude_prune, the way mergekit's
                           generalized task arithmetic does it on the weighted task vectors
                           Tᵢ = wᵢ·up·down·alpha/rank (F32): sparsify.magnitude (top ⌊d·n⌋ |entries|
                           by argsort) or rescaled_random (keep with probability d, divide by d),
                           then for ties/dare_ties the sign consensus (sign of ΣTᵢ, sum the agreeing
                           entries, no normalize); then full SVD, keep RANK; alpha = rank.

Kept faster than kohya, so the ratio is conservative: numpy's SVD with full_matrices=False (kohya's
torch.linalg.svd builds the full square U), no quantile clamp, no torch conversion. Writes the
result as a kohya LoRA (F32) so the driver can compare errors.
"""
import sys

import numpy as np
from safetensors.numpy import load_file, save_file


def lora_modules(path):
    tensors = load_file(path)
    modules = {}
    for key in tensors:
        if key.endswith(".lora_down.weight"):
            name = key[: -len(".lora_down.weight")]
            down = tensors[key].astype(np.float32)
            up = tensors[name + ".lora_up.weight"].astype(np.float32)
            alpha = float(tensors[name + ".alpha"]) if name + ".alpha" in tensors else down.shape[0]
            modules[name] = (up, down, alpha / down.shape[0])
    return modules


def store(out, name, u, s, vt, rank, result):
    result[name + ".lora_up.weight"] = np.ascontiguousarray(u[:, :rank] * s[:rank])
    result[name + ".lora_down.weight"] = np.ascontiguousarray(vt[:rank])
    result[name + ".alpha"] = np.array(rank, dtype=np.float32)


def top_mask(t, k, by_sort=True):
    """Where the k largest |entries| of t are (ties in index order, as lorash keeps them).

    by_sort: mergekit's way, the first k of a (stable) descending argsort of |t|. Otherwise the
    same set by selection (np.partition), for checking results without the sort's cost.
    """
    w = np.abs(t).ravel()
    mask = np.zeros(t.size, dtype=bool)
    if by_sort:
        mask[np.argsort(-w, kind="stable")[:k]] = True
    elif k > 0:
        threshold = np.partition(w, t.size - k)[t.size - k]
        mask = w > threshold
        ties = np.flatnonzero(w == threshold)[: k - int(mask.sum())]
        mask[ties] = True
    return mask.reshape(t.shape)


def sparse_delta(method, terms, density, rng, by_sort=True):
    """mergekit's sparsify + consensus on the weighted task vectors `terms` (F32 arrays):
    `magnitude` keeps the ⌊d·n⌋ largest |entries| (`top_mask`), `rescaled_random` keeps each
    entry with probability d and divides by d; ties and dare_ties then elect signs."""
    pruned = []
    for t in terms:
        if method == "dare_ties":
            keep = rng.random(t.shape, dtype=np.float32) < density
            pruned.append(np.where(keep, t / np.float32(density), np.float32(0)))
        else:
            pruned.append(np.where(top_mask(t, int(density * t.size), by_sort), t, np.float32(0)))
    stacked = np.stack(pruned)
    if method == "magnitude_prune":
        return stacked.sum(axis=0)
    majority = np.where(stacked.sum(axis=0) >= 0, np.float32(1), np.float32(-1))
    return (stacked * (np.sign(stacked) == majority)).sum(axis=0)


def sparse_deltas(method, paths, weights, density, seed=0, by_sort=True):
    """(module, dense merged delta before truncation) for METHOD on the LoRA files `paths`, one
    module at a time."""
    loras = [lora_modules(p) for p in paths]
    rng = np.random.default_rng(seed)
    for name in sorted(set().union(*loras)):
        terms = [(lora[name][0] @ lora[name][1]) * np.float32(lora[name][2] * w) for lora, w in zip(loras, weights) if name in lora]
        yield name, sparse_delta(method, terms, density, rng, by_sort)


def main():
    mode = sys.argv[1]
    result = {}
    if mode == "svd_merge":
        a, b, rank, out = lora_modules(sys.argv[2]), lora_modules(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
        for name in sorted(set(a) | set(b)):
            delta = None
            for lora in (a, b):
                if name in lora:
                    up, down, scale = lora[name]
                    term = (up @ down) * scale
                    delta = term if delta is None else delta + term
            u, s, vt = np.linalg.svd(delta, full_matrices=False)
            store(out, name, u, s, vt, rank, result)
    elif mode == "resize":
        lora, fro, out = lora_modules(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
        for name, (up, down, scale) in sorted(lora.items()):
            u, s, vt = np.linalg.svd((up @ down) * scale, full_matrices=False)
            share = np.sqrt(np.cumsum(s * s) / np.sum(s * s))
            rank = int(np.searchsorted(share, fro) + 1)
            store(out, name, u, s, vt, min(rank, len(s)), result)
    elif mode == "extract":
        tuned, base, rank, out = load_file(sys.argv[2]), load_file(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
        for key in sorted(tuned):
            delta = tuned[key].astype(np.float32) - base[key].astype(np.float32)
            u, s, vt = np.linalg.svd(delta, full_matrices=False)
            store(out, key, u, s, vt, rank, result)
    elif mode in ("ties", "dare_ties", "magnitude_prune"):
        a, b, wa, wb, density, rank, out = sys.argv[2], sys.argv[3], float(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6]), int(sys.argv[7]), sys.argv[8]
        for name, delta in sparse_deltas(mode, [a, b], [wa, wb], density):
            u, s, vt = np.linalg.svd(delta, full_matrices=False)
            store(out, name, u, s, vt, rank, result)
    else:
        sys.exit(f"merge_reference.py: unknown mode {mode}")
    save_file(result, out)


if __name__ == "__main__":
    main()
