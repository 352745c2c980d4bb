"""The driver of `Scripts/bench render`: for each row, runs diffusers' side
(render_reference.py) and ours (`LoraBench render ROW`), each in its own process and one after
the other (the SDXL rows hold about 10 GB each), compares the two outputs (relative error
‖ours − ref‖ / ‖ref‖ ≤ 1e-3, else the row FAILs), prints the table with the ratio reference ÷
ours and writes the JSON rows. Exits 1 when a row failed.

Usage: render_bench.py --bench LoraBench --data DIR [--json PATH] [--only ROWS] [--repeats N]
"""

import argparse
import json
import os
import platform
import subprocess
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from render_rows import ROWS, select  # noqa: E402

TOLERANCE = 1e-3

DESCRIPTIONS = {
    "sd15_unet_512": "SD 1.5 U-Net, latents 2×4×64×64 (a CFG step at 512²)",
    "sd15_unet_256": "SD 1.5 U-Net, latents 2×4×32×32 (256²)",
    "sd15_text_encoder": "CLIP-L, one 77-token prompt",
    "sd15_vae_512": "SD VAE decode, 1×4×64×64 → 512²",
    "sdxl_unet_1024": "SDXL U-Net, latents 2×4×128×128 (1024²)",
    "sdxl_unet_512": "SDXL U-Net, latents 2×4×64×64 (512²)",
}


def machine():
    """The CPU's name, family / model and widest vector extension (the guest may move between
    hosts: the same name has been Zen 3 and Zen 4)."""
    fields = {}
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
            key, _, value = line.partition(":")
            fields[key.strip()] = value.strip()
    except OSError:
        return platform.processor()
    flags = fields.get("Flags", "").split()
    vector = "AVX-512" if "avx512f" in flags else "AVX2" if "avx2" in flags else "no AVX2"
    return (f"{fields.get('Model name', platform.processor())} (family {fields.get('CPU family', '?')} model "
            f"{fields.get('Model', '?')}, {vector})")


def load_average():
    try:
        return open("/proc/loadavg").read().split()[0]
    except OSError:
        return "?"


def failed_row(row, reason):
    print(f"bench render: {row}: FAIL: {reason}", flush=True)
    return {"name": row, "ours_s": None, "reference_s": None, "ratio": None, "ours_rss_mb": None,
            "reference_rss_mb": None, "relative_error": None, "max_abs_error": None, "agrees": False,
            "failure": reason}


def run_row(args, row, threads):
    repeats = args.repeats or ROWS[row][4]
    work = os.path.join(args.data, "results")
    os.makedirs(work, exist_ok=True)
    ref_json, ref_out = os.path.join(work, f"{row}.reference.json"), os.path.join(work, f"{row}.reference.npy")
    ours_json, ours_out = os.path.join(work, f"{row}.ours.json"), os.path.join(work, f"{row}.ours.f32")
    print(f"bench render: {row}: {DESCRIPTIONS[row]}; reference (diffusers, torch CPU, {threads} threads)", flush=True)
    load_before = load_average()
    for path in (ref_json, ref_out, ours_json, ours_out):
        if os.path.exists(path):
            os.remove(path)
    reference = subprocess.run(
        [sys.executable, os.path.join(HERE, "render_reference.py"), row, "--data", args.data, "--out", ref_json,
         "--output", ref_out, "--threads", str(threads), "--repeats", str(repeats)])
    if reference.returncode != 0:
        return failed_row(row, f"the reference failed (exit {reference.returncode})")
    print(f"bench render: {row}: ours (LoraBench)", flush=True)
    command = [args.bench, "render", row, "--data", args.data, "--out", ours_json, "--output", ours_out,
               "--repeats", str(repeats)]
    completed = subprocess.run(command)
    if completed.returncode != 0:
        return failed_row(row, f"ours failed (exit {completed.returncode})")
    ref, ours = json.load(open(ref_json)), json.load(open(ours_json))
    want = np.load(ref_out).astype(np.float64)
    got = np.fromfile(ours_out, dtype="<f4").astype(np.float64)
    if got.size != want.size or list(ours["shape"]) != list(want.shape):
        return failed_row(row, f"ours is {ours['shape']}, diffusers' {list(want.shape)}")
    got = got.reshape(want.shape)
    relative = float(np.linalg.norm(got - want) / max(np.linalg.norm(want), 1e-30))
    max_abs = float(np.abs(got - want).max())
    agrees = bool(np.isfinite(got).all() and relative <= TOLERANCE)
    print(f"bench render: {row}: relative error {relative:.2e} (max |Δ| {max_abs:.2e}, reference max |y| "
          f"{np.abs(want).max():.3g}) {'ok' if agrees else 'FAIL'}", flush=True)
    if ours["threads"] != ref["threads"]:
        print(f"bench render: warning: ours ran on {ours['threads']} threads, torch on {ref['threads']}")
    return {
        "name": row, "ours_s": ours["seconds"], "reference_s": ref["seconds"],
        "ratio": ref["seconds"] / ours["seconds"], "ours_rss_mb": ours["peak_rss_mb"],
        "reference_rss_mb": ref["peak_rss_mb"], "relative_error": relative, "max_abs_error": max_abs,
        "agrees": agrees, "ours_runs_s": ours["runs"], "reference_runs_s": ref["runs"],
        "ours_load_s": ours["load_seconds"], "reference_load_s": ref["load_seconds"],
        "ours_rss_after_load_mb": ours["rss_after_load_mb"], "reference_rss_after_load_mb": ref["rss_after_load_mb"],
        "threads": ours["threads"], "load_average_before": load_before, "load_average_after": load_average(),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bench", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--json")
    parser.add_argument("--only", default="")
    parser.add_argument("--repeats", type=int, default=0, help="timed runs of every row (default: per row)")
    args = parser.parse_args()
    threads = len(os.sched_getaffinity(0))
    rows = [run_row(args, row, threads) for row in select(args.only)]

    import diffusers
    import torch

    print(f"\nmachine: {machine()}, {threads} cores (ours: every core; torch.set_num_threads({threads})), "
          f"torch {torch.__version__}, diffusers {diffusers.__version__}; load average {load_average()} at the end "
          "(the cores are shared, so times are noisy: compare ratios; 'load' is the 1-minute load average before "
          "and after each row, whose own processes add about 2)")
    print(f"{'name':<18} {'ours':>9} {'reference':>10} {'ratio':>6} {'ours RSS':>9} {'ref RSS':>9} "
          f"{'rel. error':>10}  {'load':>9}  agreement")
    for r in rows:
        if r["ours_s"] is None:
            print(f"{r['name']:<18} {'-':>9} {'-':>10} {'-':>6} {'-':>9} {'-':>9} {'-':>10}  FAIL: {r['failure']}")
            continue
        print(f"{r['name']:<18} {r['ours_s']:>8.2f}s {r['reference_s']:>9.2f}s {r['ratio']:>6.2f} "
              f"{r['ours_rss_mb']:>7.0f}MB {r['reference_rss_mb']:>7.0f}MB {r['relative_error']:>10.2e}  "
              f"{r['load_average_before'] + '→' + r['load_average_after']:>9}  {'ok' if r['agrees'] else 'FAIL'}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"benchmark": "render", "machine": machine(), "cpus": threads, "threads": threads,
                       "torch": torch.__version__, "diffusers": diffusers.__version__, "tolerance": TOLERANCE,
                       "rows": rows}, f, indent=1)
        print(f"wrote {args.json}")
    failed = [r["name"] for r in rows if not r["agrees"]]
    if failed:
        print(f"bench render: FAIL: ours disagrees with diffusers on {', '.join(failed)} "
              f"(relative error above {TOLERANCE:g})")
        sys.exit(1)


if __name__ == "__main__":
    main()
