#!/usr/bin/env python3
"""Inputs of `Scripts/bench library`: a synthetic A1111-style models folder of 30 000 files.

Writes into DIR (seeded; the same files every run):
  Lora/<category>/<folder>/NAME.safetensors   29 980 adapters: kohya LoRAs (SD 1.5 and SDXL key
      names and shapes from the architecture tables; attention-only or every linear module;
      rank 4-64) and some LoHa files, each with kohya's ss_* metadata (output name, training
      base name and hash, base model version, network dim/alpha, a tag frequency table of 20-120
      tags) - the header a real file of that kind has;
  a third of them with a sidecar: Civitai Helper's NAME.civitai.info, A1111's NAME.json or
      Stability Matrix's NAME.cm-info.json (as those tools write them);
  200 byte copies and 50 same-tensor copies under other metadata, among the adapters;
  Stable-diffusion/*.safetensors  20 SDXL checkpoints (every key of sdxl.tsv at its real shape,
      6.9 GB apparent each): 8 unrelated bases, 4 fine-tunes (base + 5% noise), 4 two-way and 4
      three-way merges with known weights (truth.json lists them);
  truth.json: the merges' weights, the trigger word a query looks for, the copies (paths
      relative to DIR).

Sparse data: only the bytes lorash or a duplicate check can read are written; the rest of each
file is a hole (reads as zeros, takes no disk). In adapters that is the first tensor by name
(the one whose 64 values tell files apart); in checkpoints every denoiser weight of at most
410 000 elements (82 tensors, 64 MB a file). Headers, sizes and metadata are the real ones,
so a scan reads what it reads in a real folder; about 2 GB of disk in all.

Every file is checked to be read by the reference `safetensors` library (one in 500, all
checkpoints).

Usage: library_inputs.py --tables DIR --out DIR [--files N]
"""
import argparse
import json
import math
import os
import struct
import sys

import numpy as np
from safetensors import safe_open

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from merge_inputs import lora_modules, parse_table  # noqa: E402

PONY_HASH = "67ab2fd8ec439a89b3fedb15cc65f54336af163c7eb5e4f2acc98f090a29b0b3"
SDXL_BASES = [
    ("ponyDiffusionV6XL_v6StartWithThisOne.safetensors", "pony", 0.35),
    ("illustriousXL_v01.safetensors", "illustrious", 0.25),
    ("noobaiXLNAIXL_epsilonPred11Version.safetensors", "noobai", 0.1),
    ("animagineXLV31_v31.safetensors", "animagine", 0.1),
    ("sd_xl_base_1.0.safetensors", "sdxl", 0.1),
    ("myMix_v7.safetensors", "unknown", 0.1),
]
SD15_BASES = [
    ("v1-5-pruned-emaonly.safetensors", 0.6),
    ("realisticVisionV60B1_v51VAE.safetensors", 0.2),
    ("anything-v5.safetensors", 0.2),
]
CATEGORIES = ["character", "style", "concept", "pose", "clothing", "background", "detail"]
WORDS = (
    "girl boy solo smile looking at viewer long hair short hair blue eyes red eyes cape armor dress "
    "sword outdoors indoors night city forest watercolor ink sketch lineart painting oil pastel "
    "chibi portrait upper body full body standing sitting jacket hat glasses ponytail twintails "
    "blonde black hair white hair sky cloud sunset rain snow flower cherry blossoms neon cyberpunk "
    "fantasy castle detailed background depth of field bokeh film grain monochrome sepia"
).split()


def header_bytes(entries, metadata):
    """A safetensors header: JSON (tensors in order, then __metadata__) padded with spaces to 8."""
    header = {"__metadata__": metadata}
    offset = 0
    for name, dtype, shape in entries:
        size = math.prod(shape) * {"F16": 2, "F32": 4, "BF16": 2}[dtype]
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + size]}
        offset += size
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    return struct.pack("<Q", len(text)) + text, offset


def write_sparse(path, entries, metadata, dense):
    """Writes the header and, of the data, only `dense` {name: bytes}; the rest is a hole."""
    head, total = header_bytes(entries, metadata)
    offsets, offset = {}, 0
    for name, dtype, shape in entries:
        offsets[name] = offset
        offset += math.prod(shape) * {"F16": 2, "F32": 4, "BF16": 2}[dtype]
    with open(path, "wb") as f:
        f.write(head)
        for name, data in dense.items():
            f.seek(len(head) + offsets[name])
            f.write(data)
        f.truncate(len(head) + total)


def adapter_entries(modules, rank, kind, dtype):
    entries = []
    for name, rows, inf in modules:
        if kind == "loha":
            for half in ("1", "2"):
                entries.append((f"{name}.hada_w{half}_a", dtype, [rows, rank]))
                entries.append((f"{name}.hada_w{half}_b", dtype, [rank, inf]))
        else:
            entries.append((f"{name}.lora_down.weight", dtype, [rank, inf]))
            entries.append((f"{name}.lora_up.weight", dtype, [rows, rank]))
        entries.append((f"{name}.alpha", dtype, []))
    return sorted(entries)


def first_sampled(entries):
    """The first tensor by name with at least 64 values: the one a duplicate check samples."""
    return min((e for e in entries if math.prod(e[2]) >= 64), key=lambda e: e[0])


def module_sets(tables):
    sets = {}
    for arch, table in (("sd15", "sd15.tsv"), ("sdxl", "sdxl.tsv")):
        modules = [(name, end - start, inf) for name, key, start, end, inf in lora_modules(parse_table(os.path.join(tables, table)))]
        attention = [m for m in modules if "attn" in m[0]]
        sets[arch] = {"attention": attention, "linear": modules}
    return sets


def tag_frequency(rng, trigger, count):
    words = [trigger] + list(rng.choice(WORDS, size=count, replace=True))
    return json.dumps({f"{int(rng.integers(5, 40))}_{trigger}": {w: int(rng.integers(1, 200)) for w in words}})


def adapters(rng, out, sets, count, truth):
    pool = (rng.standard_normal(1 << 22) * 0.02).astype(np.float16).tobytes()
    made = []
    used = set()
    for i in range(count):
        arch = "sdxl" if rng.random() < 0.55 else "sd15"
        kind = "loha" if rng.random() < 0.05 else "lora"
        modules = sets[arch]["attention" if rng.random() < 0.6 else "linear"]
        rank = int(rng.choice([4, 8, 16, 32, 64] if kind == "lora" else [4, 8, 16]))
        entries = adapter_entries(modules, rank, kind, "F16")
        category = CATEGORIES[i % len(CATEGORIES)]
        folder = f"{category}/set{i // len(CATEGORIES) // 300:02d}"
        name = f"{category}_{i:05d}_{'xl' if arch == 'sdxl' else 'v15'}"
        trigger = f"trg{i:05d}x"
        if arch == "sdxl":
            weights = [w for _, _, w in SDXL_BASES]
            base, family, _ = SDXL_BASES[rng.choice(len(SDXL_BASES), p=np.array(weights) / sum(weights))]
            version = "sdxl_base_v1-0"
        else:
            weights = [w for _, w in SD15_BASES]
            base, _ = SD15_BASES[rng.choice(len(SD15_BASES), p=np.array(weights) / sum(weights))]
            version = "sd_v1"
        base_hash = PONY_HASH if base.startswith("pony") and rng.random() < 0.5 else rng.bytes(32).hex()
        metadata = {
            "ss_output_name": name, "ss_sd_model_name": base, "ss_new_sd_model_hash": base_hash,
            "ss_base_model_version": version, "ss_network_module": "lycoris.kohya" if kind == "loha" else "networks.lora",
            "ss_network_dim": str(rank), "ss_network_alpha": str(rank // 2), "ss_training_started_at": str(1.7e9 + i),
            "ss_num_train_images": str(int(rng.integers(20, 400))), "ss_learning_rate": "0.0001",
            "ss_tag_frequency": tag_frequency(rng, trigger, int(rng.integers(20, 120))),
            "modelspec.title": name, "modelspec.architecture": "stable-diffusion-xl-v1-base/lora" if arch == "sdxl" else "stable-diffusion-v1/lora",
        }
        first = first_sampled(entries)
        size = math.prod(first[2]) * 2
        start = int(rng.integers(0, len(pool) - size)) & ~1
        while start in used:  # two files of one structure must not get the same values
            start = int(rng.integers(0, len(pool) - size)) & ~1
        used.add(start)
        path = os.path.join(out, "Lora", folder, name + ".safetensors")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        write_sparse(path, entries, metadata, {first[0]: pool[start:start + size]})
        sidecar = i % 3
        stem = path[: -len(".safetensors")]
        if sidecar == 0 and i % 9 == 0:
            with open(stem + ".civitai.info", "w") as f:
                json.dump({"id": i, "modelId": 100000 + i, "name": "v1", "trainedWords": [trigger, "civitaiword"],
                           "baseModel": {"pony": "Pony", "illustrious": "Illustrious", "noobai": "NoobAI",
                                         "animagine": "SDXL 1.0", "sdxl": "SDXL 1.0", "unknown": "Other"}.get(family, "SD 1.5") if arch == "sdxl" else "SD 1.5",
                           "model": {"name": name.replace("_", " "), "type": "LORA", "tags": [category, "anime"]}}, f, indent=4)
        elif sidecar == 0 and i % 9 == 3:
            with open(stem + ".json", "w") as f:
                json.dump({"description": f"{category} LoRA number {i}", "sd version": "SDXL" if arch == "sdxl" else "SD1",
                           "activation text": f"{trigger}, masterpiece", "preferred weight": 0.8, "negative text": "",
                           "notes": "from the bench"}, f, indent=4)
        elif sidecar == 0 and i % 9 == 6:
            with open(stem + ".cm-info.json", "w") as f:
                json.dump({"ModelId": 200000 + i, "ModelName": name, "ModelType": "LORA", "VersionId": i,
                           "BaseModel": "Pony" if arch == "sdxl" else "SD 1.5", "TrainedWords": [trigger],
                           "Tags": [category]}, f)
        made.append((path, entries, metadata, first, start, size))
    truth["trigger"] = f"trg{min(12345, count // 2):05d}x"
    # Byte copies (same header and data) and same tensors under other metadata.
    copies, same = [], []
    for j in range(200):
        path, entries, metadata, first, start, size = made[j * 97 % len(made)]
        copy = os.path.join(out, "Lora", "copies", f"copy{j:03d}_" + os.path.basename(path))
        os.makedirs(os.path.dirname(copy), exist_ok=True)
        write_sparse(copy, entries, metadata, {first[0]: pool[start:start + size]})
        copies.append([os.path.relpath(path, out), os.path.relpath(copy, out)])
    for j in range(50):
        path, entries, metadata, first, start, size = made[j * 131 % len(made) + 1]
        other = dict(metadata, ss_output_name=f"renamed{j}", ss_training_comment="re-uploaded")
        copy = os.path.join(out, "Lora", "reuploads", f"reupload{j:02d}.safetensors")
        os.makedirs(os.path.dirname(copy), exist_ok=True)
        write_sparse(copy, entries, other, {first[0]: pool[start:start + size]})
        same.append([os.path.relpath(path, out), os.path.relpath(copy, out)])
    truth["byte_copies"], truth["same_tensors"] = copies, same
    return made


def checkpoints(rng, out, tables, truth):
    rows = parse_table(os.path.join(tables, "sdxl.tsv"))
    entries = [(key, "F16", shape) for key, shape, _ in rows]
    entries.sort()
    dense = [(key, shape) for key, _, shape in entries
             if key.startswith("model.diffusion_model.") and len(shape) >= 2 and math.prod(shape) <= 410_000]
    folder = os.path.join(out, "Stable-diffusion")
    os.makedirs(folder, exist_ok=True)
    bases = []
    for b in range(8):
        r = np.random.default_rng(1000 + b)
        bases.append({key: (r.standard_normal(shape) * 0.02).astype(np.float32) for key, shape in dense})

    def save(name, weights):
        write_sparse(os.path.join(folder, name), entries, {"modelspec.title": name[:-12]},
                     {key: weights[key].astype(np.float16).tobytes() for key, _ in dense})

    for b, weights in enumerate(bases):
        save(f"base{b}.safetensors", weights)
    noise = np.random.default_rng(77)
    for t in range(4):
        save(f"finetune{t}.safetensors", {k: v + 0.05 * np.sqrt(np.mean(v * v)) * noise.standard_normal(v.shape).astype(np.float32)
                                          for k, v in bases[t].items()})
    merges = {}
    for m in range(4):
        i, j = m, (m + 3) % 8
        w = round(0.55 + 0.1 * m, 2)
        save(f"merge2_{m}.safetensors", {k: w * bases[i][k] + (1 - w) * bases[j][k] for k in bases[i]})
        merges[f"merge2_{m}"] = {f"base{i}": w, f"base{j}": round(1 - w, 2)}
    for m in range(4):
        i, j, k3 = m, m + 2, m + 4
        w = [0.5, 0.3, 0.2]
        save(f"merge3_{m}.safetensors", {k: w[0] * bases[i][k] + w[1] * bases[j][k] + w[2] * bases[k3][k] for k in bases[i]})
        merges[f"merge3_{m}"] = {f"base{i}": w[0], f"base{j}": w[1], f"base{k3}": w[2]}
    truth["merges"] = merges


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tables", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--files", type=int, default=30000)
    args = parser.parse_args()
    rng = np.random.default_rng(20261205)
    truth = {}
    made = adapters(rng, args.out, module_sets(args.tables), args.files - 20 - 250, truth)
    checkpoints(rng, args.out, args.tables, truth)
    # The reference library reads what was written.
    for path, entries, metadata, first, _, _ in made[::500]:
        with safe_open(path, "np") as f:
            assert sorted(f.keys()) == [e[0] for e in entries] and f.metadata() == metadata, path
            assert f.get_tensor(first[0]).shape == tuple(first[2])
    for name in sorted(os.listdir(os.path.join(args.out, "Stable-diffusion"))):
        with safe_open(os.path.join(args.out, "Stable-diffusion", name), "np") as f:
            assert len(f.keys()) == 2513, name
    with open(os.path.join(args.out, "truth.json"), "w") as f:
        json.dump(truth, f, indent=1)


if __name__ == "__main__":
    main()
