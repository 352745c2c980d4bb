#!/usr/bin/env python3
"""The reference half of `Scripts/bench library`: what the tools users have do for the same
questions, in Python, on the folder library_inputs.py made.

- scan: AUTOMATIC1111's boot (extensions-builtin/Lora/networks.py, list_available_networks:
  walk the folder, and for each file modules/sd_models.py read_metadata_from_safetensors: the
  8-byte length, the JSON header, `__metadata__` with JSON-looking values decoded; the user
  metadata NAME.json beside it), into a cache like modules/cache.py's (by path, with mtime).
- rescan: A1111 with its cache: load the cache file, walk, stat every file, read again the
  ones whose mtime changed (cached_data_for_file compares mtimes).
- find: ComfyUI-Lora-Manager's search (a filter over the in-memory cache of every file's
  record, substring matches on name, tags and here trigger words too, then a sort).
- compat: a filter of the same records by their base model string.
- dupes: group the records by size and header, hash the candidates (hashlib sha256) and group
  by hash, as Lora-Manager's duplicate finder does with its stored hashes.

Usage: library_reference.py --data DIR --out PATH.json
"""
import argparse
import hashlib
import json
import os
import statistics
import struct
import time


def read_metadata_from_safetensors(path):
    with open(path, "rb") as f:
        length = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(length))
    metadata = header.get("__metadata__", {})
    result = {}
    for key, value in metadata.items():
        if isinstance(value, str) and value[:1] == "{":
            try:
                value = json.loads(value)
            except Exception:
                pass
        result[key] = value
    return result, len(header) - 1


def record(path):
    stat = os.stat(path)
    metadata, tensors = read_metadata_from_safetensors(path)
    stem = path[: -len(".safetensors")]
    user = {}
    for sidecar in (stem + ".json", stem + ".civitai.info", stem + ".cm-info.json"):
        if os.path.exists(sidecar):
            try:
                with open(sidecar) as f:
                    user.update(json.load(f))
            except Exception:
                pass
    tags = metadata.get("ss_tag_frequency") or {}
    words = sorted({w for folder in tags.values() if isinstance(folder, dict) for w in folder})
    trained = user.get("trainedWords") or user.get("TrainedWords") or []
    activation = [w.strip() for w in str(user.get("activation text", "")).split(",") if w.strip()]
    return {
        "path": path, "name": os.path.basename(stem), "size": stat.st_size, "mtime": stat.st_mtime,
        "base": user.get("baseModel") or user.get("BaseModel") or metadata.get("ss_sd_model_name", ""),
        "triggers": activation + list(trained) + words, "tags": (user.get("model") or {}).get("tags") or user.get("Tags") or [],
        "header": json.dumps(metadata, sort_keys=True), "tensors": tensors,
    }


def walk(root):
    for folder, _, files in os.walk(root, followlinks=True):
        for name in files:
            if name.endswith(".safetensors"):
                yield os.path.join(folder, name)


def scan(data, cache_path):
    cache = {}
    for root in ("Lora", "Stable-diffusion"):
        for path in walk(os.path.join(data, root)):
            cache[path] = record(path)
    with open(cache_path, "w") as f:
        json.dump(cache, f)
    return cache


def rescan(data, cache_path):
    with open(cache_path) as f:
        cache = json.load(f)
    changed = 0
    for root in ("Lora", "Stable-diffusion"):
        for path in walk(os.path.join(data, root)):
            entry = cache.get(path)
            if entry is None or entry["mtime"] != os.stat(path).st_mtime:
                cache[path] = record(path)
                changed += 1
    with open(cache_path, "w") as f:
        json.dump(cache, f)
    return changed


def find(records, text=None, base=None, sort="date", limit=50):
    text = text.lower() if text else None
    rows = []
    for r in records:
        if text and not (text in r["name"].lower() or any(text in w.lower() for w in r["triggers"])
                         or any(text in t.lower() for t in r["tags"])):
            continue
        if base and base not in r["base"].lower():
            continue
        rows.append(r)
    key = {"date": lambda r: -r["mtime"], "name": lambda r: r["name"].lower(), "size": lambda r: -r["size"]}[sort]
    return sorted(rows, key=key)[:limit]


def compat(records, base):
    groups = {"same family": [], "other": []}
    for r in records:
        groups["same family" if base in r["base"].lower() else "other"].append(r)
    for rows in groups.values():
        rows.sort(key=lambda r: r["name"].lower())
    return groups


def dupes(records):
    candidates = {}
    for r in records:
        candidates.setdefault((r["size"], r["header"]), []).append(r["path"])
    by_hash = {}
    for paths in candidates.values():
        if len(paths) < 2:
            continue
        for path in paths:
            digest = hashlib.sha256()
            with open(path, "rb") as f:
                while chunk := f.read(1 << 24):
                    digest.update(chunk)
            by_hash.setdefault(digest.hexdigest(), []).append(path)
    return [paths for paths in by_hash.values() if len(paths) > 1]


def timed(runs, body):
    body()
    values = []
    for _ in range(runs):
        start = time.perf_counter()
        body()
        values.append(time.perf_counter() - start)
    return statistics.median(values), max(values)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    truth = json.load(open(os.path.join(args.data, "truth.json")))
    cache_path = os.path.join(args.data, "reference-cache.json")
    results = {}
    start = time.perf_counter()
    cache = scan(args.data, cache_path)
    results["scan_first"] = time.perf_counter() - start
    print(f"  reference first scan: {len(cache)} files in {results['scan_first']:.2f} s")
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        assert rescan(args.data, cache_path) == 0
        runs.append(time.perf_counter() - start)
    results["rescan_unchanged"] = statistics.median(runs)
    print(f"  reference rescan, nothing changed: median {results['rescan_unchanged']:.3f} s")
    paths = sorted(p for p in cache if "/Lora/" in p)
    runs = []
    first = max(0, min(5000, len(paths) - 300))  # other files than the ones ours touched
    for round_ in range(3):
        for path in paths[first + round_ * 100:first + round_ * 100 + 100]:
            os.utime(path, (time.time(), time.time() + 10 + round_))
        start = time.perf_counter()
        assert rescan(args.data, cache_path) == 100
        runs.append(time.perf_counter() - start)
    results["rescan_touched_100"] = statistics.median(runs)
    print(f"  reference rescan after touching 100: median {results['rescan_touched_100']:.3f} s")
    with open(cache_path) as f:
        records = list(json.load(f).values())
    queries = {
        f"find {truth['trigger']}": lambda: find(records, text=truth["trigger"]),
        "find water": lambda: find(records, text="water"),
        "find family=pony": lambda: find(records, base="pony"),
        "find family=illustrious sort=name": lambda: find(records, base="illustrious", sort="name"),
        "find sort=size": lambda: find(records, sort="size"),
    }
    results["find"] = []
    for label, body in queries.items():
        med, worst = timed(10, body)
        results["find"].append({"query": label, "median": med, "worst": worst})
        print(f"  reference {label}: median {med * 1e3:.1f} ms, worst {worst * 1e3:.1f} ms")
    med, worst = timed(5, lambda: compat(records, "pony"))
    results["compat"], results["compat_worst"] = med, worst
    print(f"  reference compat: median {med * 1e3:.1f} ms")
    start = time.perf_counter()
    groups = dupes(records)
    results["dupes_first"] = time.perf_counter() - start
    assert len(groups) == len(truth["byte_copies"]), len(groups)
    print(f"  reference dupes (hashing the candidates): {results['dupes_first']:.2f} s, {len(groups)} groups")
    os.remove(cache_path)
    with open(args.out, "w") as f:
        json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
