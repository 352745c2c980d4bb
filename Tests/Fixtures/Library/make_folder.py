"""Makes Tests/Fixtures/Library/folder: a small A1111-style models folder, written with the
reference `safetensors` library (numpy), kohya key names and `ss_*` metadata, and sidecars as
A1111 and Civitai Helper write them (json.dump, indent=4). Run from this folder with the test
venv: ../../../.venv/bin/python3 make_folder.py"""
import json
import os

import numpy as np
from safetensors.numpy import save_file

OUT = "folder"
rng = np.random.default_rng(20261204)


def lora(path, sdxl, rank, metadata, dtype=np.float16, tensors=None):
    context, width = (2048, 640) if sdxl else (768, 320)
    stem = ("lora_unet_input_blocks_4_1_transformer_blocks_0_attn2" if sdxl
            else "lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2")
    if tensors is None:
        tensors = {}
        for target in ("to_k", "to_v"):
            tensors[f"{stem}_{target}.lora_down.weight"] = (rng.standard_normal((rank, context)) * 0.02).astype(dtype)
            tensors[f"{stem}_{target}.lora_up.weight"] = (rng.standard_normal((width, rank)) * 0.02).astype(dtype)
            tensors[f"{stem}_{target}.alpha"] = np.array(rank / 2, dtype=dtype)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    save_file(tensors, path, metadata=metadata)
    return tensors


def tags(pairs):
    return json.dumps({"10_train": dict(pairs)})


if not os.path.exists(f"{OUT}/Lora/hero.safetensors"):
    pass
PONY = "67ab2fd8ec439a89b3fedb15cc65f54336af163c7eb5e4f2acc98f090a29b0b3"
lora(f"{OUT}/Lora/hero.safetensors", True, 8, {
    "ss_output_name": "hero_v2", "ss_sd_model_name": "ponyDiffusionV6XL_v6.safetensors",
    "ss_new_sd_model_hash": PONY, "ss_base_model_version": "sdxl_base_v1-0",
    "ss_tag_frequency": tags([("herochan", 40), ("red cape", 12)])})
with open(f"{OUT}/Lora/hero.civitai.info", "w") as f:
    json.dump({"id": 1, "modelId": 2, "name": "v2", "trainedWords": ["herochan"], "baseModel": "Pony",
               "model": {"name": "Hero", "type": "LORA", "tags": ["character"]}}, f, indent=4)

ink = lora(f"{OUT}/Lora/styles/ink.safetensors", False, 4, {"ss_output_name": "ink"})
with open(f"{OUT}/Lora/styles/ink.json", "w") as f:
    json.dump({"description": "ink wash style", "sd version": "SD1", "activation text": "inkwash, monochrome",
               "preferred weight": 0.6, "negative text": "", "notes": "soft edges"}, f, indent=4, ensure_ascii=False)
# The same file under another name (a byte copy), and the same tensors in F32 with other metadata.
with open(f"{OUT}/Lora/styles/ink.safetensors", "rb") as f:
    data = f.read()
os.makedirs(f"{OUT}/Lora/copies", exist_ok=True)
with open(f"{OUT}/Lora/copies/ink (1).safetensors", "wb") as f:
    f.write(data)
lora(f"{OUT}/Lora/copies/ink_fp32.safetensors", False, 4, {"ss_output_name": "ink_renamed"},
     tensors={k: v.astype(np.float32) for k, v in ink.items()})

lora(f"{OUT}/Lora/styles/watercolor.safetensors", False, 16, {
    "ss_sd_model_name": "v1-5-pruned-emaonly.safetensors",
    "ss_tag_frequency": tags([("wtrcolor", 30), ("paper texture", 8)])})
# Same structure as ink, other weights: never a duplicate.
lora(f"{OUT}/Lora/styles/ink_other.safetensors", False, 4, {"ss_output_name": "ink"})

# A tiny SDXL-shaped "checkpoint" (two tensors with real names) that Civitai Helper knows as Illustrious.
ckpt = {"model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn2.to_k.weight":
        (rng.standard_normal((640, 2048)) * 0.02).astype(np.float16),
        "conditioner.embedders.1.model.ln_final.weight": np.ones(1280, dtype=np.float16)}
os.makedirs(f"{OUT}/Stable-diffusion", exist_ok=True)
save_file(ckpt, f"{OUT}/Stable-diffusion/illustriousXL_v01.safetensors")
with open(f"{OUT}/Stable-diffusion/illustriousXL_v01.civitai.info", "w") as f:
    json.dump({"id": 3, "modelId": 4, "name": "v0.1", "trainedWords": [], "baseModel": "Illustrious",
               "model": {"name": "Illustrious XL", "type": "Checkpoint", "tags": ["base model"]}}, f, indent=4)

# Lineage: two unrelated "bases", a 0.7/0.3 merge of them (in F32, as a merge tool writes it), a
# light fine-tune of the first (+5% noise) and a merge of three, 0.5/0.3/0.2 (the third base
# only in the merge's folder), written with denoiser key names (small shapes, generic model).
LINEAGE = "lineage"
os.makedirs(LINEAGE, exist_ok=True)
names = [f"model.diffusion_model.output_blocks.{i}.0.in_layers.2.weight" for i in range(12)]
def base_weights(seed):
    r = np.random.default_rng(seed)
    return {n: (r.standard_normal((32, 48)) * 0.02).astype(np.float32) for n in names}
a, b, c = base_weights(1), base_weights(2), base_weights(3)
noise = np.random.default_rng(4)
save_file({n: v.astype(np.float16) for n, v in a.items()}, f"{LINEAGE}/baseA.safetensors")
save_file({n: v.astype(np.float16) for n, v in b.items()}, f"{LINEAGE}/baseB.safetensors")
save_file({n: v.astype(np.float16) for n, v in c.items()}, f"{LINEAGE}/baseC.safetensors")
save_file({n: 0.7 * a[n] + 0.3 * b[n] for n in names}, f"{LINEAGE}/merge_70_30.safetensors")
save_file({n: (0.5 * a[n] + 0.3 * b[n] + 0.2 * c[n]).astype(np.float16) for n in names},
          f"{LINEAGE}/merge_three.safetensors")
save_file({n: (a[n] + 0.05 * np.linalg.norm(a[n]) / np.sqrt(a[n].size)
               * noise.standard_normal(a[n].shape)).astype(np.float16) for n in names},
          f"{LINEAGE}/baseA_finetune.safetensors")

# A checkpoint nothing names (no sidecar, a neutral name) whose weights are the Illustrious
# checkpoint's plus 3% noise: its family follows from its nearest by weights.
from safetensors.numpy import load_file
ill = load_file(f"{OUT}/Stable-diffusion/illustriousXL_v01.safetensors")
r = np.random.default_rng(5)
mystery = {k: (v.astype(np.float32) + 0.03 * np.float32(np.sqrt(np.mean(v.astype(np.float32) ** 2)))
               * r.standard_normal(v.shape).astype(np.float32)).astype(np.float16) if v.ndim == 2 else v
           for k, v in ill.items()}
os.makedirs("unnamed", exist_ok=True)
save_file(mystery, "unnamed/myMix_v3.safetensors")
