"""Independent reference math for the golden scripts (numpy + safetensors only, no lorash).

Reads the peer-made fixtures (Tests/Fixtures/peers) and computes what the golden scripts
expect, from the formulas of shared/LORA.md and Docs/Merging.md: dense ΔW = s·U·D (s = α/r),
the exact stack M = Σ mᵢ·sᵢ·ΔWᵢ, retained energy 1 − ‖M − M̂‖²/‖M‖², numpy SVDs.
"""
import json
import os

import numpy as np
from safetensors import safe_open

HERE = os.path.dirname(os.path.abspath(__file__))
PEERS = os.path.normpath(os.path.join(HERE, "..", "..", "peers"))


def read(path):
    with safe_open(os.path.join(PEERS, path), "np") as f:
        return {k: f.get_tensor(k).astype(np.float64) for k in f.keys()}, (f.metadata() or {})


# ---- LoRAs as {module: (up, down, scale, kind)}; dense deltas as {module: matrix} ----------

def peft_adapter(folder):
    """A PEFT folder: base_model.model.X.lora_A/B, alpha from adapter_config.json."""
    tensors, _ = read(os.path.join(folder, "adapter_model.safetensors"))
    config = json.load(open(os.path.join(PEERS, folder, "adapter_config.json")))
    r, alpha = config["r"], config["lora_alpha"]
    scale = alpha / np.sqrt(r) if config.get("use_rslora") else alpha / r
    out = {}
    for key in tensors:
        if key.endswith(".lora_A.weight"):
            name = key[: -len(".lora_A.weight")]
            out[name] = (tensors[name + ".lora_B.weight"], tensors[key], scale)
    return out


def kohya_file(path):
    """A kohya / LyCORIS LoCon file: X.lora_up/lora_down/alpha (conv down r×in×k×k, up out×r×1×1)."""
    tensors, _ = read(path)
    out = {}
    for key in tensors:
        if key.endswith(".lora_down.weight"):
            name = key[: -len(".lora_down.weight")]
            down = tensors[key]
            r = down.shape[0]
            alpha = float(tensors[name + ".alpha"]) if name + ".alpha" in tensors else r
            out[name] = (tensors[name + ".lora_up.weight"], down, alpha / r)
    return out


def diffusers_file(path, alpha_from_metadata=True):
    """A diffusers file: unet.X.lora_A/B; alpha in the 'lora_adapter_metadata' JSON (else α = r → s = 1)."""
    tensors, meta = read(path)
    config = json.loads(meta["lora_adapter_metadata"]) if alpha_from_metadata and "lora_adapter_metadata" in meta else None
    out = {}
    for key in tensors:
        if key.endswith(".lora_A.weight"):
            name = key[: -len(".lora_A.weight")]
            down = tensors[key]
            r = down.shape[0]
            scale = config["unet.lora_alpha"] / config["unet.r"] if config else 1.0
            out[name] = (tensors[name + ".lora_B.weight"], down, scale)
    return out


def loha_file(path):
    """LyCORIS LoHa: ΔW = α/r · (w1a·w1b) ⊙ (w2a·w2b) (the forward pass convention)."""
    tensors, _ = read(path)
    out = {}
    for key in tensors:
        if key.endswith(".hada_w1_a"):
            name = key[: -len(".hada_w1_a")]
            w1 = tensors[name + ".hada_w1_a"] @ tensors[name + ".hada_w1_b"]
            w2 = tensors[name + ".hada_w2_a"] @ tensors[name + ".hada_w2_b"]
            r = tensors[name + ".hada_w1_b"].shape[0]
            out[name] = float(tensors[name + ".alpha"]) / r * (w1 * w2)
    return out


def lokr_file(path):
    """LyCORIS LoKr: ΔW = s · kron(w1, w2), w2 = w2_a·w2_b when factored; s = α/r of the factored side, 1 when both are full."""
    tensors, _ = read(path)
    out = {}
    for key in tensors:
        if key.endswith(".alpha"):
            name = key[: -len(".alpha")]
            w1 = tensors[name + ".lokr_w1"]
            if name + ".lokr_w2" in tensors:
                w2 = tensors[name + ".lokr_w2"]
                scale = 1.0
            else:
                w2 = tensors[name + ".lokr_w2_a"] @ tensors[name + ".lokr_w2_b"]
                scale = float(tensors[key]) / tensors[name + ".lokr_w2_a"].shape[1]
            w2 = w2.reshape(w2.shape[0], -1)
            out[name] = scale * np.kron(w1, w2)
    return out


def dense(lora):
    """{module: s·U·D} with conv factors flattened (down r×(in·k·k), up out×r)."""
    out = {}
    for name, value in lora.items():
        if isinstance(value, np.ndarray):
            out[name] = value.reshape(value.shape[0], -1)
            continue
        up, down, scale = value
        out[name] = scale * up.reshape(up.shape[0], -1) @ down.reshape(down.shape[0], -1)
    return out


def fro2(x):
    return float(np.sum(np.asarray(x) ** 2))


def percent(x):
    """As lorash prints a fraction: one decimal, rounded half away from zero (x·1000 rounded / 10)."""
    return f"{np.round(x * 1000) / 10:.1f}%"


def sv(matrix):
    return np.linalg.svd(matrix, compute_uv=False)


def truncate(matrix, k):
    u, s, vt = np.linalg.svd(matrix, full_matrices=False)
    return (u[:, :k] * s[:k]) @ vt[:k]


def rank_for(sigma, key, t):
    """Minimal rank for a RankTarget (Docs/Merging.md 'Rank targets'): at least 1."""
    sigma = np.asarray(sigma)
    n = len(sigma)
    if key == "rank":
        k = t
    elif key == "fro":
        c = np.sqrt(np.cumsum(sigma**2) / np.sum(sigma**2))
        k = int(np.argmax(c >= t - 1e-12)) + 1
    elif key == "cumulative":
        c = np.cumsum(sigma) / np.sum(sigma)
        k = int(np.argmax(c >= t - 1e-12)) + 1
    elif key == "ratio":
        k = int(np.sum(sigma > sigma[0] / t))
    return max(1, min(k, n))


def report(operation, names, exact, approx, ranks):
    """The merge/resize/extract summary line from exact and approximated dense deltas."""
    energies = [fro2(exact[n]) for n in names]
    errors = [fro2(exact[n] - approx[n]) for n in names]
    retained = 1 - sum(errors) / sum(energies)
    per = [1 - e / E for e, E in zip(errors, energies)]
    worst = int(np.argmin(per))
    lo, hi = min(ranks), max(ranks)
    r = f"rank {lo}" if lo == hi else f"ranks {lo}–{hi}"
    return (f"{operation}: {len(names)} modules, {r}, retained {percent(retained)} of the energy"
            f" (worst {names[worst]} {percent(per[worst])})"), per


# ---- merge methods (Docs/Merging.md, "LoRA + LoRA → LoRA") ---------------------------------

def magnitude_prune(t, density):
    """Keep the ⌊d·n⌋ largest |entries| (ties at the threshold: lower index first)."""
    flat = t.ravel()
    keep = int(density * flat.size)
    if keep >= flat.size:
        return t.copy()
    order = np.lexsort((np.arange(flat.size), -np.abs(flat)))  # by |x| descending, then index
    out = np.zeros_like(flat)
    out[order[:keep]] = flat[order[:keep]]
    return out.reshape(t.shape)


def ties_consensus(pruned):
    """Sign of Σ Tᵢ per entry (≥ 0 counts as +), then the sum of the entries that agree with it."""
    total = sum(pruned)
    positive = total >= 0
    out = np.zeros_like(total)
    for p in pruned:
        agree = (p != 0) & ((p > 0) == positive)
        out += np.where(agree, p, 0)
    return out


MASK64 = (1 << 64) - 1


def splitmix_hash(seed, index):
    """SplitMix64 output number `index` of the generator seeded `seed` (Steele, Lea & Flood 2014)."""
    z = (seed + ((index + 1) * 0x9E3779B97F4A7C15)) & MASK64
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
    return z ^ (z >> 31)


def fnv1a(text):
    h = 0xCBF29CE484222325
    for byte in text.encode():
        h = ((h ^ byte) * 0x100000001B3) & MASK64
    return h


def dare(t, density, seed):
    """Keep entry j with probability d (u_j = top 53 bits of hash(seed, j) / 2^53 < d), divide kept ones by d."""
    if density >= 1:
        return t.copy()
    flat = t.ravel().astype(np.float32)
    u = np.array([(splitmix_hash(seed, j) >> 11) * 2.0**-53 for j in range(flat.size)])
    out = np.where(u < density, flat * np.float32(1 / density), 0).astype(np.float64)
    return out.reshape(t.shape)


def dare_seed(user_seed, group_key, lora_index):
    """Docs/Merging.md: SplitMix64.hash(seed, module) per module, then per LoRA (and per element in dare())."""
    return splitmix_hash(splitmix_hash(user_seed, fnv1a(group_key)), lora_index)


def kohya_sum(parts):
    """parts: [(m, U, D, s, r)]: U = Σ|sᵢ|Uᵢ, D = Σ sᵢDᵢ, sᵢ = mᵢ√(αᵢ/α₀), α = α₀ (αᵢ = sᵢ_scale·rᵢ); ΔW = α₀/r·U·D."""
    a0 = parts[0][3] * parts[0][4]
    U = sum(abs(m * np.sqrt(s * r / a0)) * u for m, u, d, s, r in parts)
    D = sum(m * np.sqrt(s * r / a0) * d for m, u, d, s, r in parts)
    return a0 / parts[0][4] * U @ D


def kohya_concat(parts):
    """[|sᵢ|Uᵢ], [sᵢDᵢ] side by side, α₀ over rank Σrᵢ."""
    a0 = parts[0][3] * parts[0][4]
    U = np.hstack([abs(m * np.sqrt(s * r / a0)) * u for m, u, d, s, r in parts])
    D = np.vstack([m * np.sqrt(s * r / a0) * d for m, u, d, s, r in parts])
    return a0 / sum(p[4] for p in parts) * U @ D


def peft_linear(parts):
    """A = Σ sign(wᵢsᵢ)√|wᵢsᵢ|·Aᵢ, B = Σ √|wᵢsᵢ|·Bᵢ, α = r (scale 1)."""
    B = sum(np.sqrt(abs(m * s)) * u for m, u, d, s, r in parts)
    A = sum(np.sign(m * s) * np.sqrt(abs(m * s)) * d for m, u, d, s, r in parts)
    return B @ A


# ---- LoRA Block Weight blocks (Docs/Merging.md "Blocks", SD 1.5 diffusers arithmetic) ------

import re

SLOTS = ["BASE"] + [f"IN{i:02d}" for i in range(12)] + ["MID"] + [f"OUT{i:02d}" for i in range(12)]


def block_of(name):
    """down_blocks_i_{attentions|resnets}_j → IN(3i+j+1), mid_block → MID, up_blocks_i_*_j → OUT(3i+j)."""
    flat = name.replace(".", "_")
    if m := re.search(r"down_blocks_(\d+)_(attentions|resnets)_(\d+)", flat):
        return f"IN{3 * int(m[1]) + int(m[3]) + 1:02d}"
    if m := re.search(r"down_blocks_(\d+)_downsamplers", flat):
        return f"IN{3 * int(m[1]) + 3:02d}"
    if "mid_block" in flat:
        return "MID"
    if m := re.search(r"up_blocks_(\d+)_(attentions|resnets)_(\d+)", flat):
        return f"OUT{3 * int(m[1]) + int(m[3]):02d}"
    if m := re.search(r"up_blocks_(\d+)_upsamplers", flat):
        return f"OUT{3 * int(m[1]) + 2:02d}"
    return "other"


# The 17-value LBW presets (BASE, IN01, IN02, IN04, IN05, IN07, IN08, MID, OUT03 … OUT11).
SLOTS17 = ["BASE", "IN01", "IN02", "IN04", "IN05", "IN07", "IN08", "MID"] + [f"OUT{i:02d}" for i in range(3, 12)]
OUTALL = dict(zip(SLOTS17, [1, 0, 0, 0, 0, 0, 0, 0] + [1] * 9))


def block_strengths(delta, weight):
    """'IN01 2.48  MID 3.76 …': √Σ‖m·s·ΔW‖² per block, in slot order, %.3g. weight(name) → m."""
    sums = {}
    for name, d in delta.items():
        sums[block_of(name)] = sums.get(block_of(name), 0) + fro2(weight(name) * d)
    order = sorted(sums, key=lambda b: SLOTS.index(b) if b in SLOTS else 99)
    return "  ".join(f"{b} {float(np.sqrt(sums[b])):.3g}".replace("e+0", "e+0") for b in order)


# ---- extract (Docs/Merging.md "Extract") ---------------------------------------------------

def checkpoint_diff(tuned, base, with_convs=False):
    """{key: tuned − base} (flattened to out × in·k·k) for the ≥ 2-D float weights that differ;
    k×k convs only when asked (as with conv_rank)."""
    t, _ = read(tuned)
    b, _ = read(base)
    out = {}
    for key in t:
        if key not in b or t[key].ndim < 2 or not key.endswith("weight") or t[key].shape != b[key].shape:
            continue
        if t[key].ndim == 4 and t[key].shape[2] * t[key].shape[3] > 1 and not with_convs:
            continue
        d = (t[key].astype(np.float32) - b[key].astype(np.float32)).astype(np.float64)
        if np.abs(d).max() > 0:
            out[key[: -len(".weight")]] = d.reshape(d.shape[0], -1)
    return out


def clamped(matrix, k, q, signs):
    """Rank-k factors up = U_kΣ_k, down = V_kᵀ with column signs `signs`, both clamped to [−h, h],
    h = the q-quantile (linear interpolation) of all their values (kohya's CLAMP_QUANTILE)."""
    u, s, vt = np.linalg.svd(matrix, full_matrices=False)
    up = (u[:, :k] * s[:k]) * signs
    down = vt[:k] * signs[:, None]
    h = np.quantile(np.concatenate([up.ravel(), down.ravel()]), q)
    return np.clip(up, -h, h) @ np.clip(down, -h, h)
