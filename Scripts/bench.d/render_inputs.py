"""Makes the inputs of `Scripts/bench render`: full-size random-init Stable Diffusion parts as
single-file F16 checkpoints under the original key names, and one seeded input per row.

  sd15.safetensors   SD 1.5: U-Net (`model.diffusion_model.*`, 860 M parameters), VAE
                     (`first_stage_model.*`, encoder included as real checkpoints have it; mid
                     attention as 1×1 convolutions) and CLIP-L (`cond_stage_model.transformer.
                     text_model.*`), 1.07 G parameters, 2.1 GB
  sdxl.safetensors   SDXL's U-Net only (`model.diffusion_model.*`, 2.57 G parameters, 5.1 GB)
  inputs/ROW.safetensors  the row's input, F32: U-Net rows `sample` [2, 4, s, s], `timestep` [1],
                     `context` [2, 77, cross], SDXL also `text_embeds` [2, 1280] and `time_ids`
                     [2, 6]; the text row `ids` I32 [1, 77] (a 75-token prompt between BOS and
                     EOS); the VAE row `latents` [1, 4, 64, 64] (already divided by the scaling
                     factor, as pipelines pass them to `decode`)

Each model is diffusers' `UNet2DConditionModel` / `AutoencoderKL` or transformers'
`CLIPTextModel` with the published configuration (render_rows.py), seeded, with every
parameter perturbed and rounded through fp16 by the fixture scripts' own `_perturb` (so the F16
file holds exactly the values torch computes with), converted to LDM names by the fixture
scripts' `to_ldm_state_dict` (U-Net, VAE); CLIP-L's single-file names are transformers' names
under `cond_stage_model.transformer.text_model.`. Deterministic (fixed seeds).

Memory: the SDXL U-Net is built in F32 (10.3 GB), then halved before its LDM copy is made.

Usage: render_inputs.py --out DIR [--rows ROW,ROW,...]
"""

import argparse
import json
import os
import sys
import time

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "fixtures"))

from diffusion_text import EOS, open_clip_tokenizer, padded_ids, text_module  # noqa: E402
from diffusion_text import _perturb as perturb_text  # noqa: E402
from diffusion_unet import _perturb as perturb_unet  # noqa: E402
from diffusion_unet import to_ldm_state_dict as unet_to_ldm  # noqa: E402
from diffusion_vae import _perturb as perturb_vae  # noqa: E402
from diffusion_vae import to_ldm_state_dict as vae_to_ldm  # noqa: E402
from render_rows import (  # noqa: E402
    CLIP_L, CLIP_L_PREFIX, DATA_VERSION, ROWS, SD15_UNET, SD_VAE, SDXL_UNET, TEXT_PROMPT, TIMESTEP, UNET_PREFIX,
    VAE_PREFIX, write_safetensors)

# init seed of each model (its perturbation uses seed + 1); inputs use INPUT_SEED + row index.
SEEDS = {"sd15_unet": 2200, "sd15_vae": 2210, "clip_l": 2220, "sdxl_unet": 2230}
INPUT_SEED = 2240


def say(text):
    print(f"bench render: {text}", flush=True)


def unet_ldm(config, seed):
    """A seeded, perturbed, fp16-rounded U-Net's LDM state dict in F16."""
    from diffusers import UNet2DConditionModel

    torch.manual_seed(seed)
    model = UNet2DConditionModel(**config).eval()
    perturb_unet(model, torch.Generator().manual_seed(seed + 1))
    model.half()  # exact: every parameter is already an fp16 value
    return unet_to_ldm(model, UNET_PREFIX)


def vae_ldm(seed):
    from diffusers import AutoencoderKL

    torch.manual_seed(seed)
    model = AutoencoderKL(**SD_VAE).eval()
    perturb_vae(model, torch.Generator().manual_seed(seed + 1))
    return {k: v.half() for k, v in vae_to_ldm(model, VAE_PREFIX).items()}


def clip_l_ldm(seed):
    """CLIP-L under SD 1.5's single-file names (diffusion_text.build_clip_l builds the tiny one
    and keeps this naming inside it, so it is written out here)."""
    from transformers import CLIPTextConfig, CLIPTextModel

    torch.manual_seed(seed)
    model = CLIPTextModel(CLIPTextConfig(**CLIP_L)).eval()
    perturb_text(model, torch.Generator().manual_seed(seed + 1))
    return {
        CLIP_L_PREFIX + "text_model." + k: v.detach().half().contiguous()
        for k, v in text_module(model).state_dict().items()
        if not k.endswith("position_ids")
    }


def count(state):
    return sum(v.numel() for v in state.values())


def make_checkpoint(path, parts):
    start = time.time()
    tensors = {}
    for label, build in parts:
        state = build()
        say(f"  {label}: {count(state) / 1e6:.0f} M parameters ({time.time() - start:.0f} s)")
        tensors.update(state)
        del state
    write_safetensors(path, tensors)
    say(f"  wrote {path} ({os.path.getsize(path) / 1e9:.2f} GB) in {time.time() - start:.0f} s")


def row_inputs(name, index):
    _, part, side, batch, _ = ROWS[name]
    generator = torch.Generator().manual_seed(INPUT_SEED + index)
    if part == "text":
        ids = padded_ids(open_clip_tokenizer(), TEXT_PROMPT, EOS)
        assert EOS not in ids[:76], "the benchmark prompt should fill all 75 tokens"
        return {"ids": torch.tensor([ids], dtype=torch.int32)}
    if part == "vae":
        scaling_factor = 0.18215
        return {"latents": torch.randn((batch, 4, side, side), generator=generator) / scaling_factor}
    config = SDXL_UNET if name.startswith("sdxl") else SD15_UNET
    out = {
        "sample": torch.randn((batch, 4, side, side), generator=generator),
        "timestep": torch.tensor([TIMESTEP]),
        "context": torch.randn((batch, 77, config["cross_attention_dim"]), generator=generator),
    }
    if config.get("addition_embed_type") == "text_time":
        out["text_embeds"] = torch.randn((batch, 1280), generator=generator)
        pixels = 8.0 * side
        out["time_ids"] = torch.tensor([[pixels, pixels, 0.0, 0.0, pixels, pixels]] * batch)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--rows", default=",".join(ROWS))
    args = parser.parse_args()
    rows = args.rows.split(",")
    os.makedirs(os.path.join(args.out, "inputs"), exist_ok=True)
    stamp = os.path.join(args.out, "version.json")
    if os.path.exists(stamp) and json.load(open(stamp)).get("version") != DATA_VERSION:
        for name in ("sd15.safetensors", "sdxl.safetensors"):
            if os.path.exists(os.path.join(args.out, name)):
                os.remove(os.path.join(args.out, name))
    with open(stamp, "w") as f:
        json.dump({"version": DATA_VERSION}, f)
    torch.set_num_threads(len(os.sched_getaffinity(0)))
    wanted = {ROWS[name][0] for name in rows}
    plans = {
        "sd15.safetensors": [
            ("SD 1.5 U-Net", lambda: unet_ldm(SD15_UNET, SEEDS["sd15_unet"])),
            ("SD VAE", lambda: vae_ldm(SEEDS["sd15_vae"])),
            ("CLIP-L", lambda: clip_l_ldm(SEEDS["clip_l"])),
        ],
        "sdxl.safetensors": [("SDXL U-Net", lambda: unet_ldm(SDXL_UNET, SEEDS["sdxl_unet"]))],
    }
    for name, parts in plans.items():
        path = os.path.join(args.out, name)
        if name in wanted and not os.path.exists(path):
            say(f"making {name}")
            make_checkpoint(path, parts)
    for index, name in enumerate(ROWS):
        if name in rows:
            write_safetensors(os.path.join(args.out, "inputs", name + ".safetensors"), row_inputs(name, index))


if __name__ == "__main__":
    main()
