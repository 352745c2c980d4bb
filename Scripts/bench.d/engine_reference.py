#!/usr/bin/env python3
"""The numpy half of `Scripts/bench engine`: times numpy (OpenBLAS) on the same shapes as
LoraBench and writes {name: seconds, name_error: relative error} as JSON.

Usage: engine_reference.py --out PATH.json --data DIR [--gemm-only]
Thread count is OpenBLAS's (set OPENBLAS_NUM_THREADS before starting Python for one thread).
"""
import argparse
import json
import time

import numpy as np


def best_time(repeats, fn):
    fn()
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--suffix", default="")
    parser.add_argument("--gemm-only", action="store_true")
    args = parser.parse_args()
    rng = np.random.default_rng(2026)
    results = {}
    for name, m, k, n in [("gemm_1280x32x1280", 1280, 32, 1280), ("gemm_5120x64x1280", 5120, 64, 1280),
                          ("gemm_2048", 2048, 2048, 2048)]:
        a = rng.standard_normal((m, k), dtype=np.float32)
        b = rng.standard_normal((k, n), dtype=np.float32)
        repeats = 3 if m * n * k > 1 << 30 else 10
        results[name + args.suffix] = best_time(repeats, lambda: a @ b)
    if not args.gemm_only:
        # Dense route: form ΔW = up·down, full SVD, keep rank k (what kohya's resize does).
        for name, out, inf, rank, keep in [("truncate_1280r64", 1280, 1280, 64, 32),
                                           ("truncate_640x5760r32", 640, 5760, 32, 16)]:
            up = np.fromfile(f"{args.data}/{name}_up.f32", dtype=np.float32).reshape(out, rank)
            down = np.fromfile(f"{args.data}/{name}_down.f32", dtype=np.float32).reshape(rank, inf)
            result = {}

            def dense_truncation():
                delta = up @ down
                u, s, vt = np.linalg.svd(delta, full_matrices=False)
                result["up"] = u[:, :keep] * s[:keep]
                result["down"] = vt[:keep]

            results[name + args.suffix] = best_time(2, dense_truncation)
            delta = up.astype(np.float64) @ down.astype(np.float64)
            approx = result["up"].astype(np.float64) @ result["down"].astype(np.float64)
            results[name + args.suffix + "_error"] = float(np.linalg.norm(delta - approx) / np.linalg.norm(delta))
    with open(args.out, "w") as f:
        json.dump(results, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
