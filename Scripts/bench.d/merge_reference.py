#!/usr/bin/env python3
"""The numpy half of `Scripts/bench merge`: what kohya's scripts do, on the benchmark subset.

  svd_merge A B RANK OUT   svd_merge_lora.py: load both LoRAs, ΔW = Σ up·down·alpha/rank dense (F32)
                           per module, full SVD, keep RANK (U·Σ, Vᵀ); alpha = rank.
  resize LORA FRO OUT      resize_lora.py --dynamic_method sv_fro: ΔW dense per module, full SVD,
                           the smallest rank whose √(Σσ²) share reaches FRO; alpha = rank.
  extract TUNED BASE RANK OUT
                           extract_lora_from_models.py: per tensor ΔW = tuned − base (F32),
                           full SVD, keep RANK; alpha = rank.

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
    else:
        sys.exit(f"merge_reference.py: unknown mode {mode}")
    save_file(result, out)


if __name__ == "__main__":
    main()
