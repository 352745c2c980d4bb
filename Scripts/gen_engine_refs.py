#!/usr/bin/env python3
"""Writes the LoraEngine reference files into Tests/Fixtures/Engine/ (run once; outputs are committed).

Every expected value comes from numpy / ml_dtypes, never from lorash. Files are .npy (numpy's own
format, read by Tests/LoraEngineTests/NpyFile.swift). Run with the project venv:
    Scripts/bootstrap-python && .venv/bin/python3 Scripts/gen_engine_refs.py
"""
import os
import numpy as np
import ml_dtypes

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures", "Engine")
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(20261123)


def save(name, array):
    np.save(os.path.join(OUT, name + ".npy"), np.ascontiguousarray(array), allow_pickle=False)


# ---- dtype conversion tables -------------------------------------------------------------------
def f32_from_bits(bits):
    return np.array(bits, dtype=np.uint32).view(np.float32)


specials = [0.0, -0.0, 1.0, -1.0, np.inf, -np.inf, np.nan, -np.nan, 0.5, 2.0, 3.0,
            np.finfo(np.float32).max, -np.finfo(np.float32).max, np.finfo(np.float32).tiny,
            1e-40, -1e-40, 1e-45, 65504.0, 65520.0, 65519.0, 6e-8, 3e-8, 2.9802322e-08, 5.96e-8,
            448.0, 464.0, 465.0, 480.0, 500.0, -1000.0, 57344.0, 61439.0, 61440.0, 1e6,
            2.0 ** -6, 2.0 ** -7, 2.0 ** -9, 2.0 ** -10, 1.5 * 2.0 ** -10, 2.0 ** -14, 2.0 ** -16,
            2.0 ** -17, 3 * 2.0 ** -18, 0.1, -0.3, 3.14159265]
# Ties and near-ties for each target: mantissa patterns just at / around the half-way points.
ties = []
for drop in (13, 16, 20, 21):  # f16 (10 bits kept), bf16 (7), e4m3 (3), e5m2 (2)
    half = 1 << (drop - 1)
    for base in (0x3F800000, 0x3F810000 if drop == 16 else 0x3F800000 | (1 << drop), 0x40A00000, 0x3E000000):
        for delta in (-1, 0, 1):
            ties.append(base + half + delta)
            ties.append((base + half + delta) | 0x80000000)
        ties.append((base | (1 << drop)) + half)  # odd base: tie rounds up
ties_f = f32_from_bits(ties)
randoms = np.concatenate([
    rng.standard_normal(400).astype(np.float32),
    (rng.standard_normal(200) * 100).astype(np.float32),
    (rng.standard_normal(200) * 1e-3).astype(np.float32),
    (rng.standard_normal(100) * 1e-6).astype(np.float32),
    f32_from_bits(rng.integers(0, 2 ** 32, 300, dtype=np.uint64).astype(np.uint32)),
])
inputs = np.concatenate([np.array(specials, dtype=np.float32), ties_f, randoms]).astype(np.float32)
save("convert_inputs_f32", inputs)
with np.errstate(over="ignore", invalid="ignore"):
    save("convert_expected_f16", inputs.astype(np.float16).view(np.uint16))
    save("convert_expected_bf16", inputs.astype(ml_dtypes.bfloat16).view(np.uint16))
    save("convert_expected_e5m2", inputs.astype(ml_dtypes.float8_e5m2).view(np.uint8))
    # lorash saturates e4m3fn (ml_dtypes would give NaN past 464): clip to ±448 first.
    save("convert_expected_e4m3", np.clip(inputs, -448, 448).astype(ml_dtypes.float8_e4m3fn).view(np.uint8))
codes = np.arange(256, dtype=np.uint8)
save("decode_e4m3", codes.view(ml_dtypes.float8_e4m3fn).astype(np.float32))
save("decode_e5m2", codes.view(ml_dtypes.float8_e5m2).astype(np.float32))
f16_bits = np.concatenate([np.arange(0, 65536, 97, dtype=np.uint16), np.array([0x0001, 0x03FF, 0x0400, 0x7BFF, 0x7C00, 0xFC00, 0x7E00, 0x8001], dtype=np.uint16)])
save("decode_f16_bits", f16_bits)
save("decode_f16_values", f16_bits.view(np.float16).astype(np.float32))

# ---- GEMM ---------------------------------------------------------------------------------------
for (m, k, n) in [(37, 29, 53), (1, 300, 7), (67, 131, 45)]:
    a = rng.standard_normal((m, k)).astype(np.float32)
    b = rng.standard_normal((k, n)).astype(np.float32)
    save(f"gemm_{m}x{k}x{n}_a", a)
    save(f"gemm_{m}x{k}x{n}_b", b)
    save(f"gemm_{m}x{k}x{n}_c", (a.astype(np.float64) @ b.astype(np.float64)))

# ---- QR and SVD ---------------------------------------------------------------------------------
def with_spectrum(m, n, sigma):
    u, _ = np.linalg.qr(rng.standard_normal((m, len(sigma))))
    v, _ = np.linalg.qr(rng.standard_normal((n, len(sigma))))
    return (u * sigma) @ v.T

qr_a = rng.standard_normal((60, 24))
save("qr_a", qr_a)
save("qr_r_absdiag", np.abs(np.diag(np.linalg.qr(qr_a, mode="reduced")[1])))
for (m, n) in [(40, 25), (25, 40)]:
    a = with_spectrum(m, n, np.geomspace(10, 1e-3, min(m, n)))
    save(f"svd_{m}x{n}_a", a)
    save(f"svd_{m}x{n}_s", np.linalg.svd(a, compute_uv=False))
# Randomized SVD: 300 × 200 with a slowly decaying spectrum; expected optimal tail error at k=20.
rs = with_spectrum(300, 200, 1.0 / (1 + np.arange(200)) ** 1.2).astype(np.float32)
s = np.linalg.svd(rs.astype(np.float64), compute_uv=False)
save("rsvd_a", rs)
save("rsvd_s", s)

# ---- factored low-rank truncation (Eckart-Young) ------------------------------------------------
u1 = rng.standard_normal((96, 8)).astype(np.float32)
d1 = rng.standard_normal((8, 72)).astype(np.float32)
u2 = rng.standard_normal((96, 6)).astype(np.float32)
d2 = rng.standard_normal((6, 72)).astype(np.float32)
c1, c2 = np.float32(0.75), np.float32(-0.4)
dense = c1 * (u1.astype(np.float64) @ d1) + c2 * (u2.astype(np.float64) @ d2)
for name, arr in [("lowrank_u1", u1), ("lowrank_d1", d1), ("lowrank_u2", u2), ("lowrank_d2", d2)]:
    save(name, arr)
save("lowrank_scales", np.array([c1, c2], dtype=np.float32))
save("lowrank_dense", dense)
save("lowrank_s", np.linalg.svd(dense, compute_uv=False))

# ---- fused bake: W + c1·U1·D1 + c2·U2·D2 in the storage dtype -----------------------------------
w = (rng.standard_normal((96, 72)) * 0.05).astype(np.float32)
save("bake_w_f32", w)
exact = w.astype(np.float64) + 0.01 * dense
save("bake_expected_f64", exact)
save("bake_w_f16", w.astype(np.float16).view(np.uint16))
save("bake_expected_f16", (w.astype(np.float16).astype(np.float64) + 0.01 * dense).astype(np.float32).astype(np.float16).view(np.uint16))
wb = w.astype(ml_dtypes.bfloat16)
save("bake_w_bf16", wb.view(np.uint16))
save("bake_expected_bf16", (wb.astype(np.float64) + 0.01 * dense).astype(np.float32).astype(ml_dtypes.bfloat16).view(np.uint16))
we = (w * 40).astype(ml_dtypes.float8_e4m3fn)
save("bake_w_e4m3", we.view(np.uint8))
save("bake_expected_e4m3", np.clip(we.astype(np.float64) + 0.01 * dense, -448, 448).astype(np.float32).astype(ml_dtypes.float8_e4m3fn).view(np.uint8))
print("wrote", len(os.listdir(OUT)), "files to", os.path.normpath(OUT))
