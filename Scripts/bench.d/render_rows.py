"""The rows of `Scripts/bench render` and the full-size model configurations they run, shared by
render_inputs.py (which builds the models and inputs), render_reference.py (diffusers' side)
and render_bench.py (the driver). No heavy imports here.

Every row runs one part of a full-size random-init model on one seeded input:
  sd15_unet_512      SD 1.5 U-Net, one evaluation, latents [2, 4, 64, 64] (a CFG step at 512²)
  sd15_unet_256      SD 1.5 U-Net, latents [2, 4, 32, 32] (256²)
  sd15_text_encoder  CLIP ViT-L/14 text encoder, one 77-token prompt (last hidden state)
  sd15_vae_512       SD VAE decoder, latents [1, 4, 64, 64] → a 512² image
  sdxl_unet_1024     SDXL U-Net, latents [2, 4, 128, 128] (1024²), with text_embeds and time_ids
  sdxl_unet_512      SDXL U-Net, latents [2, 4, 64, 64] (512²)
"""

# The data folder's layout version: a kept folder of another version is made again.
DATA_VERSION = 1

SD15_UNET = dict(
    sample_size=64,
    in_channels=4,
    out_channels=4,
    block_out_channels=(320, 640, 1280, 1280),
    down_block_types=("CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "DownBlock2D"),
    up_block_types=("UpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D"),
    layers_per_block=2,
    cross_attention_dim=768,
    attention_head_dim=8,
    norm_num_groups=32,
    use_linear_projection=False,
)

SDXL_UNET = dict(
    sample_size=128,
    in_channels=4,
    out_channels=4,
    block_out_channels=(320, 640, 1280),
    down_block_types=("DownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D"),
    up_block_types=("CrossAttnUpBlock2D", "CrossAttnUpBlock2D", "UpBlock2D"),
    layers_per_block=2,
    transformer_layers_per_block=(1, 2, 10),
    attention_head_dim=(5, 10, 20),
    cross_attention_dim=2048,
    norm_num_groups=32,
    use_linear_projection=True,
    addition_embed_type="text_time",
    addition_time_embed_dim=256,
    projection_class_embeddings_input_dim=2816,
)

SD_VAE = dict(
    in_channels=3,
    out_channels=3,
    latent_channels=4,
    down_block_types=("DownEncoderBlock2D",) * 4,
    up_block_types=("UpDecoderBlock2D",) * 4,
    block_out_channels=(128, 256, 512, 512),
    layers_per_block=2,
    norm_num_groups=32,
    sample_size=512,
)

# transformers.CLIPTextConfig of SD 1.5's text encoder (openai/clip-vit-large-patch14's text half).
CLIP_L = dict(
    vocab_size=49408,
    hidden_size=768,
    intermediate_size=3072,
    num_hidden_layers=12,
    num_attention_heads=12,
    max_position_embeddings=77,
    hidden_act="quick_gelu",
    eos_token_id=49407,
    bos_token_id=49406,
    pad_token_id=49407,
    projection_dim=768,
)

# Key prefixes in the single-file checkpoints (as SD 1.5 / SDXL files store them).
UNET_PREFIX = "model.diffusion_model."
VAE_PREFIX = "first_stage_model."
CLIP_L_PREFIX = "cond_stage_model.transformer."

# name → (checkpoint file in the data folder, part, latent side or None, batch, default repeats)
ROWS = {
    "sd15_unet_512": ("sd15.safetensors", "unet", 64, 2, 3),
    "sd15_unet_256": ("sd15.safetensors", "unet", 32, 2, 3),
    "sd15_text_encoder": ("sd15.safetensors", "text", None, 1, 5),
    "sd15_vae_512": ("sd15.safetensors", "vae", 64, 1, 3),
    "sdxl_unet_1024": ("sdxl.safetensors", "unet", 128, 2, 1),
    "sdxl_unet_512": ("sdxl.safetensors", "unet", 64, 2, 2),
}

# The prompt of the text-encoder row: long enough to fill the 75 tokens between BOS and EOS.
TEXT_PROMPT = (
    "masterpiece, best quality, a portrait of an old fisherman with a weathered face and a grey beard, "
    "wearing a yellow raincoat, standing on a wooden pier at dawn, dramatic lighting, fog over the sea, "
    "seagulls, highly detailed, sharp focus, 85mm lens, depth of field, film grain, muted colours, "
    "trending on artstation, oil painting by a famous artist"
)

# The timestep of the U-Net rows (a middle step of a 20-step schedule).
TIMESTEP = 651.0


def select(only):
    """The rows named by `only` (comma-separated row names, or `sd15` / `sdxl` for a model's
    rows), in table order; every row when `only` is empty."""
    if not only:
        return list(ROWS)
    wanted = set()
    for word in only.split(","):
        word = word.strip()
        if word in ("sd15", "sdxl"):
            wanted.update(name for name in ROWS if name.startswith(word + "_"))
        elif word in ROWS:
            wanted.add(word)
        else:
            raise SystemExit(f"bench render: unknown row '{word}' (rows: {', '.join(ROWS)}; or sd15, sdxl)")
    return [name for name in ROWS if name in wanted]


# ---------------------------------------------------------------------------------------------
# Safetensors files written and read one tensor at a time (safetensors' own `save_file` copies
# the whole dictionary into bytes first, and `safe_open` maps the file, whose touched pages would
# count in the reading process's peak RSS).

_DTYPES = {"F16": 2, "F32": 4, "I32": 4}


def write_safetensors(path, tensors):
    """Writes `tensors` (name → torch tensor of float16, float32 or int32) to `path` (through a
    temporary name, so an interrupted run leaves no file that looks complete)."""
    import json
    import struct

    import torch

    names = {torch.float16: "F16", torch.float32: "F32", torch.int32: "I32"}
    header = {}
    offset = 0
    for name, tensor in tensors.items():
        size = tensor.numel() * _DTYPES[names[tensor.dtype]]
        header[name] = {"dtype": names[tensor.dtype], "shape": list(tensor.shape),
                        "data_offsets": [offset, offset + size]}
        offset += size
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    partial = path + ".partial"
    with open(partial, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for tensor in tensors.values():
            f.write(memoryview(tensor.detach().contiguous().numpy()).cast("B"))
    import os

    os.replace(partial, path)


def read_safetensors(path, prefix="", exclude=(), as_float=True):
    """The tensors of `path` whose names start with `prefix` (and with none of `exclude`), read
    with plain reads, each converted to float32 as it is read when `as_float` (so an F16 file's
    tensors never sit in memory twice). Returns name → torch tensor."""
    import json
    import struct

    import torch

    kinds = {"F16": torch.float16, "F32": torch.float32, "I32": torch.int32}
    out = {}
    with open(path, "rb", buffering=0) as f:
        (length,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(length))
        base = 8 + length
        for name, entry in header.items():
            if name == "__metadata__" or not name.startswith(prefix) or name.startswith(tuple(exclude)):
                continue
            start, end = entry["data_offsets"]
            tensor = torch.empty(entry["shape"], dtype=kinds[entry["dtype"]])
            f.seek(base + start)
            view = memoryview(tensor.numpy()).cast("B") if tensor.numel() else memoryview(bytearray())
            done = 0
            while done < end - start:
                count = f.readinto(view[done:])
                if not count:
                    raise SystemExit(f"{path}: {name} is cut short")
                done += count
            out[name] = tensor.float() if as_float and tensor.is_floating_point() else tensor
    return out
