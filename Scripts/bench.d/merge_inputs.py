#!/usr/bin/env python3
"""Inputs of `Scripts/bench merge`: SDXL-shaped files from the architecture table.

Writes into DIR (seeded, streaming: one tensor in memory at a time):
  base.safetensors        every tensor of sdxl.tsv, F16 (6.9 GB), values N(0, 0.02²)
  a.safetensors           kohya LoRA, rank 32, alpha 16, every linear attention/FF/MLP module
  b.safetensors           kohya LoRA, rank 64, alpha 32, same modules
  c.safetensors           kohya LoRA, rank 32, alpha 16, same modules (second input of svd_merge)
  a_sub / b_sub / c_sub   the same LoRAs restricted to the benchmark subset of modules
  base_sub / tuned_sub    the subset's base tensors and base + b baked (F16), for extract
and subset.json (modules, keys, shapes).

Modules: every row of sdxl.tsv with a kohya_lora_name whose weight is 2-D (Linear), except the
ResNet time-embedding projections (`emb_layers`): the attention (q/k/v/out, TE2's fused in_proj
as three row-block modules), feed-forward (ff.net), CLIP MLP and proj_in/proj_out modules.
Subset: the first module of each distinct (out, in) shape, then every 40th module, in table order.

Usage: merge_inputs.py --table sdxl.tsv --out DIR [--small | --loras-only]   (--small: base holds
only the tensors the LoRAs patch plus every 10th other tensor; for a quick run. --loras-only: only
a, b, a_sub, b_sub and subset.json, the inputs of the ties/DARE/magnitude_prune rows, in seconds)
"""
import argparse
import json
import re
import struct

import numpy as np

CHUNK = 1 << 22


def parse_table(path):
    rows = []
    with open(path) as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            key, shape, _, kohya = cols[0], [int(x) for x in cols[1].split(",")], cols[2], cols[3]
            rows.append((key, shape, kohya))
    return rows


def lora_modules(rows):
    """[(module, key, row_start, row_end, in_features)] in table order."""
    modules = []
    for key, shape, kohya in rows:
        if not kohya or len(shape) != 2 or "emb_layers" in kohya:
            continue
        for part in kohya.split(";"):
            m = re.fullmatch(r"([^\[]+)(?:\[rows (\d+):(\d+)\])?", part)
            name = m.group(1)
            start, end = (int(m.group(2)), int(m.group(3))) if m.group(2) else (0, shape[0])
            modules.append((name, key, start, end, shape[1]))
    return modules


def choose_subset(modules):
    seen, chosen = set(), []
    for i, (name, key, start, end, inf) in enumerate(modules):
        shape = (end - start, inf)
        if shape not in seen or i % 40 == 0:
            seen.add(shape)
            chosen.append(name)
    return chosen


class StreamWriter:
    """A safetensors file written tensor by tensor (header first, from the known shapes)."""

    def __init__(self, path, entries, metadata=None):
        header, offset = {}, 0
        for name, dtype, shape in entries:
            size = int(np.prod(shape)) * {"F16": 2, "F32": 4}[dtype]
            header[name] = {"dtype": dtype, "shape": list(shape), "data_offsets": [offset, offset + size]}
            offset += size
        if metadata:
            header["__metadata__"] = metadata
        text = json.dumps(header, separators=(",", ":")).encode()
        text += b" " * (-len(text) % 8)
        self.file = open(path, "wb")
        self.file.write(struct.pack("<Q", len(text)) + text)
        self.order = [e[0] for e in entries]
        self.index = 0

    def write(self, name, array):
        assert name == self.order[self.index], (name, self.order[self.index])
        self.index += 1
        self.file.write(np.ascontiguousarray(array).tobytes())

    def close(self):
        assert self.index == len(self.order)
        self.file.close()


def random_f16(pool, rng, count):
    """`count` F16 values N(0, 0.02²) taken from the pool at a seeded offset (fast, repeatable)."""
    out = np.empty(count, dtype=np.float16)
    done = 0
    while done < count:
        take = min(count - done, len(pool) // 2)
        start = int(rng.integers(0, len(pool) - take))
        out[done:done + take] = pool[start:start + take]
        done += take
    return out


def make_lora(modules, rank, seed):
    """{module: (down F16 [rank, in], up F16 [out, rank])}: down ~ N(0, 1/in), up ~ N(0, (2e-3)²/rank).

    Scaled so that a patch is a few percent of a weight (|ΔW| ≈ 1e-3 against |W| ≈ 0.02).
    """
    rng = np.random.default_rng(seed)
    lora = {}
    for name, key, start, end, inf in modules:
        down = rng.standard_normal((rank, inf), dtype=np.float32) / np.sqrt(inf)
        up = rng.standard_normal((end - start, rank), dtype=np.float32) * (2e-3 / np.sqrt(rank))
        lora[name] = (down.astype(np.float16), up.astype(np.float16))
    return lora


def write_lora(path, lora, rank, names):
    entries = []
    for name in names:
        down, up = lora[name]
        entries += [(f"{name}.alpha", "F16", []), (f"{name}.lora_down.weight", "F16", down.shape),
                    (f"{name}.lora_up.weight", "F16", up.shape)]
    entries.sort(key=lambda e: e[0])
    meta = {"ss_network_module": "networks.lora", "ss_network_dim": str(rank), "ss_network_alpha": str(rank // 2),
            "ss_base_model_version": "sdxl_base_v1-0"}
    writer = StreamWriter(path, entries, meta)
    for tensor_name, _, _ in entries:
        module, _, what = tensor_name.partition(".")
        down, up = lora[module]
        if what == "alpha":
            writer.write(tensor_name, np.array(rank / 2, dtype=np.float16))
        elif what == "lora_down.weight":
            writer.write(tensor_name, down)
        else:
            writer.write(tensor_name, up)
    writer.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--table", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--loras-only", action="store_true")
    args = parser.parse_args()
    rows = parse_table(args.table)
    modules = lora_modules(rows)
    subset = choose_subset(modules)
    patched = {m[1] for m in modules}
    if args.small:
        rows = [r for i, r in enumerate(rows) if r[0] in patched or i % 10 == 0]
    names = [m[0] for m in modules]
    loras = {"a": (32, 1), "b": (64, 2)} if args.loras_only else {"a": (32, 1), "b": (64, 2), "c": (32, 3)}
    made = {}
    for tag, (rank, seed) in loras.items():
        made[tag] = make_lora(modules, rank, seed)
        write_lora(f"{args.out}/{tag}.safetensors", made[tag], rank, names)
        write_lora(f"{args.out}/{tag}_sub.safetensors", made[tag], rank, subset)
    print(f"  LoRAs: {len(modules)} modules (subset {len(subset)}), ranks {'/'.join(str(r) for r, _ in loras.values())}", flush=True)
    info = {"modules": [dict(zip(["name", "key", "row_start", "row_end", "in"], m)) for m in modules if m[0] in subset],
            "all_modules": len(modules)}
    if args.loras_only:
        json.dump(info, open(f"{args.out}/subset.json", "w"), indent=1)
        return

    # The base checkpoint, streaming from a seeded pool of F16 values.
    rng = np.random.default_rng(7)
    pool = (rng.standard_normal(1 << 25, dtype=np.float32) * 0.02).astype(np.float16)
    entries = [(key, "F16", shape) for key, shape, _ in rows]
    # extract works per checkpoint tensor: the subset's tensors except TE2's fused in_proj.
    sub_keys = sorted({m[1] for m in modules if m[0] in subset and "in_proj" not in m[1]})
    shapes = {key: shape for key, shape, _ in rows}
    base_sub = StreamWriter(f"{args.out}/base_sub.safetensors", [(k, "F16", shapes[k]) for k in sub_keys])
    kept = {}
    writer = StreamWriter(f"{args.out}/base.safetensors", entries, {"modelspec.architecture": "stable-diffusion-xl-v1-base"})
    total = 0
    for key, shape, _ in rows:
        count = int(np.prod(shape))
        values = random_f16(pool, rng, count).reshape(shape)
        writer.write(key, values)
        total += count * 2
        if key in sub_keys:
            kept[key] = values
    writer.close()
    for k in sub_keys:
        base_sub.write(k, kept[k])
    base_sub.close()
    print(f"  base: {len(rows)} tensors, {total / 1e9:.2f} GB F16", flush=True)

    # tuned = base + b (scale alpha/rank = 0.5) on the subset's tensors, rounded to F16.
    tuned = StreamWriter(f"{args.out}/tuned_sub.safetensors", [(k, "F16", shapes[k]) for k in sub_keys])
    for k in sub_keys:
        w = kept[k].astype(np.float32)
        for name, key, start, end, inf in modules:
            if key == k:
                down, up = made["b"][name]
                w[start:end] += 0.5 * (up.astype(np.float32) @ down.astype(np.float32))
        tuned.write(k, w.astype(np.float16))
    tuned.close()
    info.update({"extract_keys": sub_keys, "base_tensors": len(rows), "base_bytes": total})
    json.dump(info, open(f"{args.out}/subset.json", "w"), indent=1)


if __name__ == "__main__":
    main()
