#!/usr/bin/env python3
"""The driver of `Scripts/bench library`: runs ours (LoraBench library, in process; then the
whole lorash commands on the index it left), the reference (library_reference.py), prints the
table with the ratio reference ÷ ours and the issue's targets, and writes the JSON rows.

Usage: library_bench.py --bench LoraBench --lorash lorash --data DIR [--json PATH]
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time

import numpy as np
from safetensors.numpy import load_file

HERE = os.path.dirname(os.path.abspath(__file__))
TARGETS = {"rescan_unchanged": 1.0, "rescan_touched_100": 2.0, "find": 0.020, "compat": 0.200, "dupes": 0.200,
           "lineage": 1.0}


def command_times(lorash, data, script, runs=5):
    """Wall times of `lorash -c script` as a user runs it (process start, index open, output)."""
    env = dict(os.environ, LORASH_LIBRARY=os.path.join(data, "library.db"))
    values = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        proc = subprocess.run([lorash, "-c", script], cwd=data, env=env, capture_output=True, text=True)
        values.append(time.perf_counter() - start)
        if proc.returncode != 0:
            sys.exit(f"bench library: `{script}` failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")
    return statistics.median(values[1:]), max(values[1:]), proc.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bench", required=True)
    parser.add_argument("--lorash", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--json")
    args = parser.parse_args()
    truth = json.load(open(os.path.join(args.data, "truth.json")))
    print("bench library: ours (in process)")
    ours_path = os.path.join(args.data, "ours.json")
    subprocess.run([args.bench, "library", "--out", ours_path, "--data", args.data], check=True)
    ours = json.load(open(ours_path))
    # Same-tensor pairs beyond the planted re-uploads must really hold the same tensors.
    for a, b in ours["dupes_other_pairs"]:
        left, right = load_file(a), load_file(b)
        if sorted(left) != sorted(right) or any(not np.array_equal(left[k], right[k]) for k in left):
            sys.exit(f"bench library: dupes called {a} and {b} the same tensors; they are not")
    if ours["dupes_other_pairs"]:
        print(f"  dupes also found {len(ours['dupes_other_pairs'])} pairs the generator made alike by chance "
              "(same tensors, checked with safetensors)")

    print("bench library: ours, whole lorash commands (median of 5, after one run)")
    commands = {
        "library scan": "library scan",
        f"find {truth['trigger']}": f"find {truth['trigger']}",
        "find family=pony": "find family=pony",
        "compat (Pony base)": "load Stable-diffusion/base0.safetensors as b\ncompat b",
        "dupes": "dupes",
        "lineage merge3_0": "lineage merge3_0",
    }
    whole = {}
    for label, script in commands.items():
        med, worst, out = command_times(args.lorash, args.data, script)
        whole[label] = {"median": med, "worst": worst}
        print(f"  lorash -c '{label}': median {med:.3f} s, worst {worst:.3f} s")
        if label.startswith("lineage"):
            for line in out.splitlines()[:6]:
                print(f"      | {line}")

    print("bench library: reference (Python: A1111's header reading and cache, Lora-Manager's search)")
    ref_path = os.path.join(args.data, "reference.json")
    subprocess.run([sys.executable, os.path.join(HERE, "library_reference.py"), "--data", args.data, "--out", ref_path],
                   check=True)
    ref = json.load(open(ref_path))

    rows = []

    def row(name, ours_s, ref_s=None, target=None, worst=None):
        rows.append({"name": name, "ours_s": ours_s, "ours_worst_s": worst, "reference_s": ref_s,
                     "ratio": (ref_s / ours_s) if ref_s else None, "target_s": target,
                     "meets_target": (max(ours_s, worst or 0) < target) if target else None})

    row("first scan", ours["scan_first"], ref["scan_first"])
    row("rescan, nothing changed", ours["rescan_unchanged"], ref["rescan_unchanged"], TARGETS["rescan_unchanged"],
        ours["rescan_unchanged_worst"])
    row("rescan after touching 100", ours["rescan_touched_100"], ref["rescan_touched_100"],
        TARGETS["rescan_touched_100"], ours["rescan_touched_100_worst"])
    ref_find = {r["query"]: r for r in ref["find"]}
    for r in ours["find"]:
        other = ref_find.get(r["query"])
        row(r["query"], r["median"], other["median"] if other else None, TARGETS["find"], r["worst"])
    row("compat", ours["compat"], ref["compat"], TARGETS["compat"], ours["compat_worst"])
    row("dupes, first (hashes the candidates)", ours["dupes_first"], ref["dupes_first"])
    row("dupes, hashes known", ours["dupes"], None, TARGETS["dupes"], ours["dupes_worst"])
    row("lineage of a merge against 19", ours["lineage"], None, TARGETS["lineage"], ours["lineage_worst"])
    for label, times in whole.items():
        row(f"whole command: {label}", times["median"], None, None, times["worst"])

    print(f"\nbench library: {ours['files']} files, index {ours['database_bytes'] / 1e6:.1f} MB; "
          f"lineage weights within {ours['lineage_weight_error']:.4f} of the truth")
    print(f"{'operation':44} {'ours (median/worst)':>22} {'reference':>11} {'ratio':>7}  target")
    for r in rows:
        ours_text = f"{r['ours_s'] * 1e3:.1f}" + (f"/{r['ours_worst_s'] * 1e3:.1f}" if r["ours_worst_s"] else "") + " ms"
        ref_text = f"{r['reference_s'] * 1e3:.0f} ms" if r["reference_s"] else "-"
        ratio = f"{r['ratio']:.1f}" if r["ratio"] else "-"
        target = (f"< {r['target_s'] * 1e3:.0f} ms " + ("ok" if r["meets_target"] else "MISSED")) if r["target_s"] else ""
        print(f"{r['name'][:44]:44} {ours_text:>22} {ref_text:>11} {ratio:>7}  {target}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"benchmark": "library", "machine": platform.platform(), "cpus": os.cpu_count(),
                       "files": ours["files"], "database_bytes": ours["database_bytes"],
                       "lineage_weight_error": ours["lineage_weight_error"], "rows": rows}, f, indent=1)


if __name__ == "__main__":
    main()
