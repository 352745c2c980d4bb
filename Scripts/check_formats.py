#!/usr/bin/env python3
"""Read back LoRA files lorash wrote, with the reference `safetensors` library and `json`.

Usage:
  Scripts/check_formats.py --bootstrap                 create .venv with numpy + safetensors (idempotent)
  Scripts/check_formats.py PATH --format kohya|diffusers|peft [--delta REF.safetensors] [--tolerance 1e-5]

PATH is a .safetensors file (kohya, diffusers) or a PEFT adapter folder. The script checks that
safetensors opens the file, that every key has the format's naming, that alphas are where the
format keeps them (kohya `.alpha` tensors, diffusers `lora_adapter_metadata`, PEFT
`adapter_config.json`), and with --delta that scale * B @ A of every module equals the reference
dense delta (keys of the reference file: module path + ".weight"). Prints one JSON line; exits 1
on any failure.
"""
import json
import os
import subprocess
import sys


def bootstrap():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    venv = os.path.join(root, ".venv")
    python = os.path.join(venv, "bin", "python3")
    if not os.path.exists(python):
        subprocess.check_call([sys.executable, "-m", "venv", venv])
    probe = subprocess.run([python, "-c", "import numpy, safetensors"], capture_output=True)
    if probe.returncode != 0:
        subprocess.check_call([python, "-m", "pip", "install", "-q", "numpy", "safetensors"])
    print(python)


def fail(message, **extra):
    print(json.dumps({"ok": False, "error": message, **extra}))
    sys.exit(1)


def load(path):
    from safetensors.numpy import load_file
    from safetensors import safe_open
    with safe_open(path, framework="numpy") as f:
        metadata = f.metadata() or {}
    return load_file(path), metadata


def modules(tensors, fmt):
    """module name -> dict(role -> array)."""
    suffixes = {
        "kohya": [(".lora_down.weight", "down"), (".lora_up.weight", "up"), (".alpha", "alpha"), (".dora_scale", "magnitude"),
                  (".lora_mid.weight", "mid")],
        "diffusers": [(".lora_A.weight", "down"), (".lora_B.weight", "up"), (".lora_magnitude_vector", "magnitude")],
        "peft": [(".lora_A.weight", "down"), (".lora_B.weight", "up"), (".lora_magnitude_vector", "magnitude")],
    }[fmt]
    out = {}
    for key, value in tensors.items():
        for suffix, role in suffixes:
            if key.endswith(suffix):
                out.setdefault(key[: -len(suffix)], {})[role] = value
                break
        else:
            if fmt == "kohya" and any(key.endswith("." + s) for s in ("hada_w1_a", "hada_w1_b", "hada_w2_a", "hada_w2_b", "lokr_w1", "lokr_w2", "lokr_w1_a", "lokr_w1_b", "lokr_w2_a", "lokr_w2_b", "diff", "diff_b")):
                name, role = key.rsplit(".", 1)
                out.setdefault(name, {})[role] = value
                continue
            fail("key does not follow the %s naming" % fmt, key=key)
    return out


def pattern_value(patterns, name, default):
    import re
    for key in sorted(patterns):
        if re.match(r"(.*\.)?(%s)$" % key, name):
            return patterns[key]
    return default


def main():
    if "--bootstrap" in sys.argv:
        bootstrap()
        return
    import numpy as np
    args = sys.argv[1:]
    path = args[0]
    fmt = args[args.index("--format") + 1]
    delta_path = args[args.index("--delta") + 1] if "--delta" in args else None
    tolerance = float(args[args.index("--tolerance") + 1]) if "--tolerance" in args else 1e-5

    config = None
    if fmt == "peft":
        if not os.path.isdir(path):
            fail("a PEFT adapter must be a folder")
        with open(os.path.join(path, "adapter_config.json")) as f:
            config = json.load(f)
        for field in ("r", "lora_alpha", "peft_type", "target_modules"):
            if field not in config:
                fail("adapter_config.json lacks %s" % field)
        tensors, metadata = load(os.path.join(path, "adapter_model.safetensors"))
    else:
        tensors, metadata = load(path)
    mods = modules(tensors, fmt)

    configs = {}
    if fmt == "diffusers":
        if "lora_adapter_metadata" not in metadata:
            fail("diffusers file without lora_adapter_metadata")
        raw = json.loads(metadata["lora_adapter_metadata"])
        for prefix in ("unet.", "transformer.", "text_encoder.", "text_encoder_2.", "text_encoder_3.", ""):
            sub = {k[len(prefix):]: v for k, v in raw.items() if k.startswith(prefix) and "." not in k[len(prefix):]}
            if "r" in sub and prefix not in configs:
                configs[prefix] = sub

    def scale_of(name, parts):
        rank = parts["down"].shape[0]
        if fmt == "kohya":
            alpha = float(parts["alpha"]) if "alpha" in parts else rank
            return alpha / rank
        if fmt == "peft":
            cfg, module = config, name[len("base_model.model."):]
        else:
            prefix = next((p for p in configs if p and name.startswith(p)), "")
            cfg, module = configs[prefix], name[len(prefix):]
        alpha = pattern_value(cfg.get("alpha_pattern") or {}, module, cfg["lora_alpha"])
        r = pattern_value(cfg.get("rank_pattern") or {}, module, cfg["r"])
        if r != rank:
            fail("rank in config differs from tensor rank", module=name, config=r, tensor=rank)
        return alpha / (rank ** 0.5 if cfg.get("use_rslora") else rank)

    worst = 0.0
    compared = 0
    if delta_path:
        reference, _ = load(delta_path)
        flat_reference = {k[: -len(".weight")].replace(".", "_"): k for k in reference}
        for name, parts in mods.items():
            if "up" not in parts or "down" not in parts:
                continue
            up, down = parts["up"].astype(np.float64), parts["down"].astype(np.float64)
            if "mid" in parts:
                continue
            dense = scale_of(name, parts) * (up.reshape(up.shape[0], -1) @ down.reshape(down.shape[0], -1))
            if fmt == "peft":
                key = name[len("base_model.model."):] + ".weight"
            elif fmt == "diffusers":
                key = name.split(".", 1)[1] + ".weight" if name.split(".", 1)[0] in ("unet", "transformer", "text_encoder", "text_encoder_2") else name + ".weight"
            else:
                stem = name.split("_", 2)[2] if name.startswith("lora_") else name[len("lycoris_"):]
                key = flat_reference.get(stem)
            if key not in reference:
                fail("module has no reference delta", module=name, key=key)
            want = reference[key].astype(np.float64).reshape(dense.shape)
            error = float(np.abs(dense - want).max() / max(np.abs(want).max(), 1e-30))
            worst = max(worst, error)
            compared += 1
        if compared != len([m for m in mods.values() if "up" in m and "mid" not in m]):
            fail("not every module was compared", compared=compared)
        if worst > tolerance:
            fail("delta differs from the reference", worst=worst)
    print(json.dumps({"ok": True, "format": fmt, "modules": len(mods), "compared": compared, "worst_relative_error": worst,
                      "metadata_keys": sorted(metadata)}))


if __name__ == "__main__":
    main()
