"""The reference half of one `Scripts/bench render` row: diffusers / transformers on torch CPU.

In a fresh process (so the row's peak RSS is its own): builds the row's model on the meta
device, reads its tensors from the same single-file checkpoint ours reads (F16, converted to
F32 as they are read, with plain reads), converts the names with diffusers' own single-file
converters (`convert_ldm_unet_checkpoint`, `convert_ldm_vae_checkpoint`,
`convert_ldm_clip_checkpoint`), loads them, warms up on a small input, runs the row's input
`repeats` times (torch.no_grad, as diffusers' pipelines run), saves the first output as .npy
and writes the timings and peak RSS as JSON.

Usage: render_reference.py ROW --data DIR --out PATH.json --output PATH.npy --threads N [--repeats N]
"""

import argparse
import json
import os
import resource
import sys
import time

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from render_rows import CLIP_L, CLIP_L_PREFIX, ROWS, SD15_UNET, SD_VAE, SDXL_UNET, UNET_PREFIX, VAE_PREFIX  # noqa: E402
from render_rows import read_safetensors  # noqa: E402


def current_rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def assert_loaded(model):
    left = [n for n, t in list(model.named_parameters()) + list(model.named_buffers()) if t.is_meta]
    assert not left, f"not loaded: {left[:5]}"


def load_unet(path, config):
    from diffusers import UNet2DConditionModel
    from diffusers.loaders.single_file_utils import convert_ldm_unet_checkpoint

    with torch.device("meta"):
        model = UNet2DConditionModel(**config).eval()
    ldm = read_safetensors(path, UNET_PREFIX)
    state = convert_ldm_unet_checkpoint(ldm, dict(model.config))
    del ldm
    model.load_state_dict(state, strict=True, assign=True)
    assert_loaded(model)
    return model


def load_vae_decoder(path):
    """The VAE with only what decoding uses (post_quant_conv, decoder) loaded; the encoder stays
    on the meta device, as ours never reads it."""
    from diffusers import AutoencoderKL
    from diffusers.loaders.single_file_utils import convert_ldm_vae_checkpoint

    with torch.device("meta"):
        model = AutoencoderKL(**SD_VAE).eval()
    ldm = read_safetensors(path, VAE_PREFIX, exclude=(VAE_PREFIX + "encoder.", VAE_PREFIX + "quant_conv."))
    state = convert_ldm_vae_checkpoint(ldm, dict(model.config))
    del ldm
    missing, unexpected = model.load_state_dict(state, strict=False, assign=True)
    assert not unexpected and all(k.startswith(("encoder.", "quant_conv.")) for k in missing), (missing, unexpected)
    return model


def load_clip_l(path):
    from diffusers.loaders.single_file_utils import convert_ldm_clip_checkpoint
    from transformers import CLIPTextConfig, CLIPTextModel

    with torch.device("meta"):
        model = CLIPTextModel(CLIPTextConfig(**CLIP_L)).eval()
    state = convert_ldm_clip_checkpoint(read_safetensors(path, CLIP_L_PREFIX), remove_prefix=CLIP_L_PREFIX)
    # transformers 5's CLIPTextModel is the text transformer itself (no `text_model.` level).
    state = {k.removeprefix("text_model."): v for k, v in state.items()}
    missing, unexpected = model.load_state_dict(state, strict=False, assign=True)
    assert not unexpected and all(k.endswith("position_ids") for k in missing), (missing, unexpected)
    positions = CLIP_L["max_position_embeddings"]
    model.embeddings.register_buffer("position_ids", torch.arange(positions).expand((1, -1)), persistent=False)
    assert_loaded(model)
    return model


def prepare(row, data):
    """(warm-up call, row call) for `row`, the model loaded."""
    checkpoint, part, _, _, _ = ROWS[row]
    path = os.path.join(data, checkpoint)
    inputs = read_safetensors(os.path.join(data, "inputs", row + ".safetensors"), as_float=False)
    if part == "unet":
        model = load_unet(path, SDXL_UNET if row.startswith("sdxl") else SD15_UNET)
        sample, timestep, context = inputs["sample"], inputs["timestep"], inputs["context"]
        kwargs = {}
        if "text_embeds" in inputs:
            kwargs["added_cond_kwargs"] = {"text_embeds": inputs["text_embeds"], "time_ids": inputs["time_ids"]}
        small = torch.zeros(sample.shape[:2] + (8, 8))
        return (lambda: model(small, timestep, encoder_hidden_states=context, **kwargs).sample,
                lambda: model(sample, timestep, encoder_hidden_states=context, **kwargs).sample)
    if part == "vae":
        model = load_vae_decoder(path)
        latents = inputs["latents"]
        small = torch.zeros(latents.shape[:2] + (8, 8))
        return lambda: model.decode(small).sample, lambda: model.decode(latents).sample
    model = load_clip_l(path)
    ids = inputs["ids"].long()
    run = lambda: model(input_ids=ids).last_hidden_state  # noqa: E731
    return run, run


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("row", choices=list(ROWS))
    parser.add_argument("--data", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    start = time.perf_counter()
    warm_up, run = prepare(args.row, args.data)
    load_seconds = time.perf_counter() - start
    after_load = current_rss_mb()
    print(f"  reference: {args.row} built in {load_seconds:.1f} s, RSS {after_load:.0f} MB", flush=True)
    runs = []
    first = None
    with torch.no_grad():
        start = time.perf_counter()
        warm_up()
        warm_up_seconds = time.perf_counter() - start
        for _ in range(max(1, args.repeats)):
            start = time.perf_counter()
            output = run()
            runs.append(time.perf_counter() - start)
            print(f"  reference: {args.row} {runs[-1]:.3f} s", flush=True)
            if first is None:
                first = output
            del output
    peak = peak_rss_mb()
    np.save(args.output, first.float().numpy())
    print(f"  reference: {args.row} best {min(runs):.3f} s of {len(runs)}, {torch.get_num_threads()} threads, "
          f"peak RSS {peak:.0f} MB", flush=True)
    with open(args.out, "w") as f:
        json.dump({"row": args.row, "seconds": min(runs), "runs": runs, "warm_up_seconds": warm_up_seconds,
                   "load_seconds": load_seconds, "threads": torch.get_num_threads(), "rss_after_load_mb": after_load,
                   "peak_rss_mb": peak, "shape": list(first.shape)}, f, indent=1)


if __name__ == "__main__":
    main()
