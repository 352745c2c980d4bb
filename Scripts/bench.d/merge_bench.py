#!/usr/bin/env python3
"""The driver of `Scripts/bench merge`: times lorash and the references on the inputs that
merge_inputs.py wrote, checks errors, prints the table and writes the JSON rows.

Usage: merge_bench.py --lorash BIN --data DIR [--json PATH] [--skip-full] [--only ROWS]
(--only ties, dare_ties, magnitude_prune or dense (the three): only those dense-merge rows, which
need only the LoRAs a, b, a_sub, b_sub. Their runs over all modules are made even with
--skip-full, since their target is about them.)
Each timed command is a child process; its wall time (here) and peak RSS (/usr/bin/time) are
measured per process, so loading files counts for both sides.
"""
import argparse
import json
import os
import platform
import subprocess
import sys
import time

import numpy as np
from safetensors import safe_open
from safetensors.numpy import load_file

import merge_reference

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, cwd, label):
    """(seconds, peak RSS in MB) of one child process; exits on failure with its output."""
    subprocess.run(["sync"])
    rss_file = os.path.join(cwd, ".peak_rss")
    start = time.perf_counter()
    # /usr/bin/time forks the command from its own small process, so the peak RSS it reports is
    # the command's (ru_maxrss of a child forked from this large Python would include ours).
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss_file, *cmd], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    seconds = time.perf_counter() - start
    text = proc.stdout.decode(errors="replace").strip()
    if proc.returncode != 0:
        sys.exit(f"bench merge: {label} failed (status {proc.returncode}):\n{text}")
    rss = int(open(rss_file).read().split()[-1]) / 1024
    os.remove(rss_file)
    print(f"  {label}: {seconds:.2f} s, peak RSS {rss:.0f} MB")
    for line in text.splitlines()[-4:]:
        print(f"      | {line}")
    return seconds, rss


def lorash(binary, data, script, label):
    return run([binary, "-c", script], data, label)


def reference(data, args, label):
    return run([sys.executable, os.path.join(HERE, "merge_reference.py"), *args], data, label)


def norm_name(name):
    return name.replace("text_model_", "")


def factors_of(path):
    """{normalised module name: (up, down, alpha/rank)} of a kohya LoRA file, factors in F64."""
    return {norm_name(name): (up.astype(np.float64), down.astype(np.float64), scale)
            for name, (up, down, scale) in merge_reference.lora_modules(path).items()}


def dense_of(factors, name):
    up, down, scale = factors[name]
    return (up @ down) * scale


def dense_modules(path):
    """{normalised module name: dense ΔW (F64)} of a kohya LoRA file."""
    factors = factors_of(path)
    return {name: dense_of(factors, name) for name in factors}


def relative_error(result, exact):
    """√(Σ‖R − E‖²) / √(Σ‖E‖²) over the modules of `exact` (a missing module counts as zero)."""
    num = sum(np.sum((result.get(k, 0) - e) ** 2) for k, e in exact.items())
    den = sum(np.sum(e ** 2) for e in exact.values())
    return float(np.sqrt(num / den))


def remove(data, *names):
    for n in names:
        if os.path.exists(f"{data}/{n}"):
            os.remove(f"{data}/{n}")


def classic_rows(args, data, binary, info, rows, notes, checks):
    """bake, svd_merge, resize and extract (they need the checkpoint)."""
    n_sub, n_all = len(info["modules"]), info["all_modules"]

    # bake: base + a + b streamed into a new checkpoint, against cp of the same file.
    print("bake: 2 LoRAs (rank 32 + rank 64, %d modules each) into the %.2f GB F16 checkpoint" % (n_all, info["base_bytes"] / 1e9))
    cp_times = []
    for i in range(2):
        s, _ = run(["cp", "base.safetensors", "cp_copy.safetensors"], data, f"cp (run {i + 1})")
        cp_times.append(s)
        remove(data, "cp_copy.safetensors")
    # Best of two runs on both sides (the first run of either may find the base's pages evicted).
    bake_runs = []
    for i in range(2):
        remove(data, "baked.safetensors")
        bake_runs.append(lorash(binary, data, "load base.safetensors as base\nload a.safetensors as a\nload b.safetensors as b\n"
                                "s = stack base a b\nmerge s into baked.safetensors", f"lorash bake (run {i + 1})"))
    bake_s, bake_rss = min(r[0] for r in bake_runs), max(r[1] for r in bake_runs)
    cp_s = min(cp_times)
    # For context (not the ratio): cp followed by sync, since ours ends with an fsync of the
    # output, and the time the disk itself needs to take the file (direct writes, then fsync).
    cp_sync_s, _ = run(["sh", "-c", "cp base.safetensors cp_copy.safetensors && sync"], data, "cp + sync")
    remove(data, "cp_copy.safetensors")
    disk_s, _ = run(["dd", "if=base.safetensors", "of=dd_copy.safetensors", "bs=32M", "oflag=direct", "conv=fsync", "status=none"],
                    data, "disk write time (dd oflag=direct conv=fsync)")
    remove(data, "dd_copy.safetensors")
    # Spot check (not timed): three patched tensors against numpy's base + a + b.
    with safe_open(f"{data}/baked.safetensors", "np") as baked, safe_open(f"{data}/base.safetensors", "np") as base:
        a, b = load_file(f"{data}/a.safetensors"), load_file(f"{data}/b.safetensors")
        worst = 0.0
        checked = [m for m in info["modules"] if "in_proj" not in m["key"]][:3]
        for m in checked:
            w = base.get_tensor(m["key"]).astype(np.float32)
            for lora, scale in ((a, 0.5), (b, 0.5)):
                w += scale * lora[m["name"] + ".lora_up.weight"].astype(np.float32) @ lora[m["name"] + ".lora_down.weight"].astype(np.float32)
            got = baked.get_tensor(m["key"]).astype(np.float32)
            worst = max(worst, float(np.max(np.abs(got - w)) / np.max(np.abs(w))))
    notes["bake"] = f"ratio = cp {cp_s:.1f} s ÷ ours (ours includes fsync; cp + sync took {cp_sync_s:.1f} s; the disk took {disk_s:.1f} s to write the same bytes with dd oflag=direct); {len(checked)} tensors checked vs numpy: max err {worst:.1e} of max|W| (F16 rounding)"
    rows.append({"name": "bake", "ours_s": bake_s, "reference_s": cp_s, "ratio": cp_s / bake_s, "ours_rss_mb": bake_rss})

    # svd_merge: a (rank 32) + c (rank 32) → rank 32, same subset for both sides.
    print(f"svd_merge: two rank-32 LoRAs → rank 32, subset of {n_sub} modules (both sides)")
    ours_s, ours_rss = lorash(binary, data, "load a_sub.safetensors as a\nload c_sub.safetensors as c\n"
                              "m = merge a c method=svd rank=32\nsave m ours_svd.safetensors overwrite=true", "lorash svd merge (subset)")
    ref_s, _ = reference(data, ["svd_merge", "a_sub.safetensors", "c_sub.safetensors", "32", "ref_svd.safetensors"], "numpy svd_merge (subset)")
    da, dc = dense_modules(f"{data}/a_sub.safetensors"), dense_modules(f"{data}/c_sub.safetensors")
    exact = {k: da[k] + dc[k] for k in da}
    e_ours, e_ref = relative_error(dense_modules(f"{data}/ours_svd.safetensors"), exact), relative_error(dense_modules(f"{data}/ref_svd.safetensors"), exact)
    note = f"{n_sub}/{n_all} modules; rel. error vs exact sum: ours {e_ours:.6f}, numpy {e_ref:.6f}"
    if not args.skip_full:
        full_s, full_rss = lorash(binary, data, "load a.safetensors as a\nload c.safetensors as c\n"
                                  "m = merge a c method=svd rank=32\nsave m ours_svd_full.safetensors overwrite=true", "lorash svd merge (all modules)")
        note += f"; ours on all {n_all}: {full_s:.1f} s, {full_rss:.0f} MB"
    notes["svd_merge"] = note
    rows.append({"name": "svd_merge", "ours_s": ours_s, "reference_s": ref_s, "ratio": ref_s / ours_s, "ours_rss_mb": ours_rss})
    remove(data, "ours_svd.safetensors", "ref_svd.safetensors", "ours_svd_full.safetensors")

    # resize: b (rank 64) → fro=0.9.
    print(f"resize: rank 64 → fro=0.9, subset of {n_sub} modules (both sides)")
    ours_s, ours_rss = lorash(binary, data, "load b_sub.safetensors as b\nr = resize b fro=0.9\nsave r ours_resize.safetensors overwrite=true", "lorash resize (subset)")
    ref_s, _ = reference(data, ["resize", "b_sub.safetensors", "0.9", "ref_resize.safetensors"], "numpy resize (subset)")
    exact = dense_modules(f"{data}/b_sub.safetensors")
    ours_d, ref_d = dense_modules(f"{data}/ours_resize.safetensors"), dense_modules(f"{data}/ref_resize.safetensors")
    e_ours, e_ref = relative_error(ours_d, exact), relative_error(ref_d, exact)
    rank_of = lambda path: [v.shape[0] for k, v in load_file(f"{data}/{path}").items() if k.endswith("lora_down.weight")]
    ro, rr = rank_of("ours_resize.safetensors"), rank_of("ref_resize.safetensors")
    note = f"{n_sub}/{n_all} modules; rel. error vs rank 64: ours {e_ours:.6f}, numpy {e_ref:.6f}; mean rank ours {np.mean(ro):.2f}, numpy {np.mean(rr):.2f}"
    if not args.skip_full:
        full_s, full_rss = lorash(binary, data, "load b.safetensors as b\nr = resize b fro=0.9\nsave r ours_resize_full.safetensors overwrite=true", "lorash resize (all modules)")
        note += f"; ours on all {n_all}: {full_s:.1f} s, {full_rss:.0f} MB"
    notes["resize"] = note
    rows.append({"name": "resize", "ours_s": ours_s, "reference_s": ref_s, "ratio": ref_s / ours_s, "ours_rss_mb": ours_rss})
    remove(data, "ours_resize.safetensors", "ref_resize.safetensors", "ours_resize_full.safetensors")

    # extract: rank 32 from tuned_sub (= base + b, F16) and base_sub.
    keys = info["extract_keys"]
    print(f"extract: rank 32 from two {len(keys)}-tensor checkpoints (subset tensors; tuned = base + rank-64 LoRA, F16)")
    ours_s, ours_rss = lorash(binary, data, "load base_sub.safetensors as base\nload tuned_sub.safetensors as tuned\n"
                              "e = extract tuned from base rank=32 clamp=1\nsave e ours_extract.safetensors overwrite=true", "lorash extract (subset)")
    ref_s, _ = reference(data, ["extract", "tuned_sub.safetensors", "base_sub.safetensors", "32", "ref_extract.safetensors"], "numpy extract (subset)")
    tuned, base = load_file(f"{data}/tuned_sub.safetensors"), load_file(f"{data}/base_sub.safetensors")
    name_of = {m["key"]: norm_name(m["name"]) for m in info["modules"]}
    diff = {name_of[k]: tuned[k].astype(np.float64) - base[k].astype(np.float64) for k in keys}
    ref_raw = dense_modules(f"{data}/ref_extract.safetensors")
    ref_d = {name_of[k]: ref_raw[norm_name(k)] for k in keys}
    ours_d = dense_modules(f"{data}/ours_extract.safetensors")
    missing = [k for k in diff if k not in ours_d]
    e_ours, e_ref = relative_error(ours_d, diff), relative_error(ref_d, diff)
    note = (f"{len(keys)} tensors (subset, TE2 fused in_proj left out), clamp=1; Frobenius error ours {e_ours:.5f}, "
            f"optimal (numpy full SVD) {e_ref:.5f}: {100 * (e_ours / e_ref - 1):+.2f}% (target ≤ +2%)")
    if missing:
        note += f"; MISSING in ours: {missing[:3]}"
    checks["extract"] = e_ours <= 1.02 * e_ref and not missing
    if not args.skip_full:
        full_s, full_rss = lorash(binary, data, "load base.safetensors as base\nload baked.safetensors as tuned\n"
                                  "e = extract tuned from base rank=32\nsave e ours_extract_full.safetensors overwrite=true", "lorash extract (full checkpoints)")
        note += f"; ours on the full checkpoints (baked vs base, clamp 0.99): {full_s:.1f} s, {full_rss:.0f} MB"
    notes["extract"] = note
    rows.append({"name": "extract", "ours_s": ours_s, "reference_s": ref_s, "ratio": ref_s / ours_s, "ours_rss_mb": ours_rss})
    remove(data, "ours_extract.safetensors", "ref_extract.safetensors", "ours_extract_full.safetensors", "baked.safetensors")


# The dense merges: what the user ran (ties on an SDXL pair), at the benchmark's rank.
SPARSE = ("ties", "dare_ties", "magnitude_prune")
WEIGHTS, DENSITY, RANK = (0.8, 0.5), 0.3, 32
# Targets: numpy (mergekit's way) at least 5× slower on the subset; ours on all modules at most
# 8× our svd merge of the same pair; the truncation within 1% of the optimal error.
MAX_OVER_SVD, MAX_EXCESS = 8, 0.01


def merge_script(files, method, save=None):
    text = (f"load {files[0]} as a\nload {files[1]} as b\n"
            f"m = merge a:{WEIGHTS[0]} b:{WEIGHTS[1]} method={method}{'' if method == 'svd' else f' density={DENSITY}'} rank={RANK}")
    return text + (f"\nsave m {save} overwrite=true" if save else "")


def sparse_check(data, method):
    """Errors of ours and numpy's results, module by module (one dense matrix at a time):
    against the exact stack Σ wᵢ·ΔWᵢ (both), and for ties and magnitude_prune against the dense
    matrix both truncate (remade here with a selection instead of the reference's argsort, the
    same entries), where numpy's full SVD is the optimum."""
    a, b = factors_of(f"{data}/a_sub.safetensors"), factors_of(f"{data}/b_sub.safetensors")
    ours, ref = factors_of(f"{data}/ours_{method}.safetensors"), factors_of(f"{data}/ref_{method}.safetensors")
    sums = dict.fromkeys(["ours_stack", "ref_stack", "stack", "ours_a", "ref_a", "a"], 0.0)
    missing = [k for k in a if k not in ours]
    if method == "dare_ties":
        pairs = ((name, None) for name in a)
    else:
        paths = [f"{data}/a_sub.safetensors", f"{data}/b_sub.safetensors"]
        deltas = merge_reference.sparse_deltas(method, paths, WEIGHTS, DENSITY, by_sort=False)
        pairs = ((norm_name(raw), delta) for raw, delta in deltas)
    for name, sparse in pairs:
        stack = WEIGHTS[0] * dense_of(a, name) + WEIGHTS[1] * dense_of(b, name)
        mine = dense_of(ours, name) if name in ours else 0
        theirs = dense_of(ref, name)
        sums["ours_stack"] += float(np.sum((mine - stack) ** 2))
        sums["ref_stack"] += float(np.sum((theirs - stack) ** 2))
        sums["stack"] += float(np.sum(stack ** 2))
        if sparse is not None:
            sparse = sparse.astype(np.float64)
            sums["ours_a"] += float(np.sum((mine - sparse) ** 2))
            sums["ref_a"] += float(np.sum((theirs - sparse) ** 2))
            sums["a"] += float(np.sum(sparse ** 2))
    result = {"ours_vs_stack": np.sqrt(sums["ours_stack"] / sums["stack"]), "numpy_vs_stack": np.sqrt(sums["ref_stack"] / sums["stack"]),
              "missing": missing}
    if sums["a"] > 0:
        result["ours_vs_dense"] = np.sqrt(sums["ours_a"] / sums["a"])
        result["optimal_vs_dense"] = np.sqrt(sums["ref_a"] / sums["a"])
    return result


def sparse_rows(data, binary, info, rows, notes, checks, methods):
    """ties, dare_ties, magnitude_prune: ours against numpy on the subset (results checked),
    and ours on all modules against our svd merge of the same pair."""
    n_sub, n_all = len(info["modules"]), info["all_modules"]
    full, sub = ("a.safetensors", "b.safetensors"), ("a_sub.safetensors", "b_sub.safetensors")
    print(f"dense merges: a:{WEIGHTS[0]} (rank 32) + b:{WEIGHTS[1]} (rank 64) → rank {RANK}, density {DENSITY}; "
          f"subset of {n_sub} modules against numpy, all {n_all} against our svd merge")
    # Our svd merge of the same pair, before and after (the guest's speed drifts); the faster counts,
    # and ours on all modules is best of two as well.
    svd_runs = [lorash(binary, data, merge_script(full, "svd"), "lorash svd merge (all modules, run 1)")]
    for method in methods:
        ours_s, ours_rss = lorash(binary, data, merge_script(sub, method, f"ours_{method}.safetensors"), f"lorash {method} (subset)")
        ref_s, _ = reference(data, [method, *sub, *map(str, WEIGHTS), str(DENSITY), str(RANK), f"ref_{method}.safetensors"], f"numpy {method} (subset)")
        # Best of two on all modules, as the svd merge it is compared with.
        all_runs = [lorash(binary, data, merge_script(full, method), f"lorash {method} (all modules, run {i + 1})") for i in range(2)]
        all_s, all_rss = min(r[0] for r in all_runs), max(r[1] for r in all_runs)
        check = sparse_check(data, method)
        note = (f"{n_sub}/{n_all} modules, then all; rel. error vs the exact stack: ours {check['ours_vs_stack']:.5f}, "
                f"numpy {check['numpy_vs_stack']:.5f}")
        if "ours_vs_dense" in check:
            excess = check["ours_vs_dense"] / check["optimal_vs_dense"] - 1
            note += (f"; vs the dense {method} matrix: ours {check['ours_vs_dense']:.5f}, optimal (numpy full SVD) "
                     f"{check['optimal_vs_dense']:.5f}: {100 * excess:+.3f}% (target ≤ +{100 * MAX_EXCESS:g}%)")
            checks[method] = excess <= MAX_EXCESS
        else:
            # DARE draws other random masks in numpy: the errors agree in distribution only.
            excess = None
            checks[method] = abs(check["ours_vs_stack"] / check["numpy_vs_stack"] - 1) <= 0.02
            note += " (DARE's masks differ between the two: target within 2%)"
        if check["missing"]:
            checks[method] = False
            note += f"; MISSING in ours: {check['missing'][:3]}"
        notes[method] = note
        rows.append({"name": method, "ours_s": ours_s, "reference_s": ref_s, "ratio": ref_s / ours_s, "ours_rss_mb": ours_rss,
                     "all_modules_s": all_s, "all_modules_runs_s": [r[0] for r in all_runs], "all_modules_rss_mb": all_rss,
                     "error_excess": excess})
        remove(data, f"ours_{method}.safetensors", f"ref_{method}.safetensors")
    svd_runs.append(lorash(binary, data, merge_script(full, "svd"), "lorash svd merge (all modules, run 2)"))
    svd_s = min(r[0] for r in svd_runs)
    for r in rows[-len(methods):]:
        r["svd_merge_s"], r["over_svd"] = svd_s, r["all_modules_s"] / svd_s
        runs = " / ".join(f"{x:.1f}" for x in r["all_modules_runs_s"])
        notes[r["name"]] += (f"; all {n_all} modules: {runs} s, {r['all_modules_rss_mb']:.0f} MB; the best = "
                             f"{r['over_svd']:.2f}× our svd merge of the pair ({' / '.join(f'{x[0]:.1f}' for x in svd_runs)} s; "
                             f"target ≤ {MAX_OVER_SVD})")
        checks[r["name"]] = checks[r["name"]] and r["over_svd"] <= MAX_OVER_SVD


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lorash", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--json", default="")
    parser.add_argument("--skip-full", action="store_true", help="skip the full-LoRA and full-checkpoint runs of ours")
    parser.add_argument("--only", choices=[*SPARSE, "dense"], help="only that dense-merge row (dense: all three)")
    args = parser.parse_args()
    data, binary = os.path.abspath(args.data), os.path.abspath(args.lorash)
    info = json.load(open(f"{data}/subset.json"))
    rows, notes, checks = [], {}, {}
    if not args.only:
        classic_rows(args, data, binary, info, rows, notes, checks)
    sparse_rows(data, binary, info, rows, notes, checks, SPARSE if args.only in (None, "dense") else (args.only,))

    model = next((l.split(":", 1)[1].strip() for l in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines()
                  if l.startswith("Model name")), platform.processor())
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30
    load = open("/proc/loadavg").read().split()[0]
    print(f"\nmachine: {model}, {os.cpu_count()} cores, {mem:.0f} GiB; load average {load} at the end")
    targets = {"bake": (1 / 1.5, "≥0.67, <1GB"), "svd_merge": (100, "≥100"), "resize": (50, "≥50"), "extract": (10, "≥10, err≤2%")}
    for method in SPARSE:
        targets[method] = (5, f"≥5, ≤{MAX_OVER_SVD:g}× svd")
    print(f"{'name':<10} {'ours_s':>8} {'reference_s':>11} {'ratio':>8} {'ours_rss_mb':>11}  {'target':<12} ok")
    for r in rows:
        target, text = targets[r["name"]]
        ok = r["ratio"] >= target
        if r["name"] == "bake":
            ok = ok and r["ours_rss_mb"] < 1024
        ok = ok and checks.get(r["name"], True)
        print(f"{r['name']:<10} {r['ours_s']:>8.2f} {r['reference_s']:>11.2f} {r['ratio']:>8.2f} {r['ours_rss_mb']:>11.0f}  {text:<12} {'ok' if ok else 'BELOW'}")
        print(f"{'':<10} {notes[r['name']]}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)
        print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
