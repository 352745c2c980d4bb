"""Writes the ComfyUI-Lora-Manager sidecars here as Lora-Manager writes them
(willmiao/ComfyUI-Lora-Manager: `py/utils/models.py` `LoraMetadata`, a dataclass turned into
a dict by `asdict` in field order; `py/utils/metadata_manager.py` `save_metadata`:
`json.dump(metadata_dict, f, indent=2, ensure_ascii=False)`; `usage_tips` is a JSON object
kept in a string). The source was read, nothing was copied. Run from this folder:
python3 make_lora_manager.py"""
import json
from collections import OrderedDict


def lora_metadata(**fields):
    """The fields of LoraMetadata in its order, with its defaults."""
    out = OrderedDict(
        file_name="", model_name="", file_path="", size=0, modified=0.0, sha256="", base_model="Unknown",
        preview_url="", preview_nsfw_level=0, notes="", from_civitai=True, civitai={}, tags=[],
        modelDescription="", civitai_deleted=False, favorite=False, exclude=False, db_checked=False,
        skip_metadata_refresh=False, metadata_source=None, last_checked_at=0, hash_status="completed",
        trainedWords=[], usage_tips="{}")
    for key, value in fields.items():
        assert key in out, key
        out[key] = value
    return out


def write(path, metadata):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(metadata, f, indent=2, ensure_ascii=False)


# A LoRA Lora-Manager downloaded from Civitai: the version under `civitai`, `base_model` from
# its baseModel, tags and description from the model, a recommended strength typed in its UI.
write("charLM.metadata.json", lora_metadata(
    file_name="charLM", model_name="Mika (school uniform)", file_path="/models/loras/charLM.safetensors",
    size=228458752, modified=1764806400.0,
    sha256="5e1d7c0b6a1f4b2e8c3d9a7f6e5d4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3",
    base_model="Illustrious", preview_url="/models/loras/charLM.webp", preview_nsfw_level=1,
    civitai=OrderedDict(
        id=2233445, modelId=1122334, name="v1.0 IL", baseModel="Illustrious", baseModelType="Standard",
        trainedWords=["mika", "school uniform, blue ribbon"],
        model=OrderedDict(name="Mika (school uniform)", type="LORA", nsfw=False, poi=False,
                          tags=["character", "anime", "girl"]),
        files=[OrderedDict(name="charLM.safetensors", type="Model", primary=True,
                           hashes=OrderedDict(AutoV2="5E1D7C0B6A",
                                              SHA256="5E1D7C0B6A1F4B2E8C3D9A7F6E5D4C3B2A1908F7E6D5C4B3A29180F7E6D5C4B3"))],
        creator=OrderedDict(username="ミカ作者", image=None)),
    tags=["character", "anime", "girl"], modelDescription="<p>Mika, in her school uniform — café scenes</p>",
    metadata_source="civitai_api", last_checked_at=1764806460.5,
    usage_tips=json.dumps({"strength_min": 0.6, "strength_max": 0.9, "strength_range": "0.6-0.9",
                           "strength": 0.75, "clip_strength": 1.0})))

# A LoRA the user trained: not from Civitai, trigger words typed in Lora-Manager's UI (it keeps
# them in civitai.trainedWords), base model chosen in its UI, notes.
write("glowLM.metadata.json", lora_metadata(
    file_name="glowLM", model_name="glowLM", file_path="/models/loras/mine/glowLM.safetensors",
    size=18874368, modified=1764892800.0,
    sha256="0a9b8c7d6e5f40312233445566778899aabbccddeeff00112233445566778899",
    base_model="Pony", from_civitai=False, civitai=OrderedDict(trainedWords=["glowline", "neon edge"]),
    notes="my own: good at 0.5 with a dark background", usage_tips=json.dumps({"strength": 0.5})))

# What breaks: `civitai` as text, `usage_tips` cut short, `base_model` "Unknown", `tags` as text.
write("broken/wrongLM.metadata.json", lora_metadata(
    file_name="wrongLM", model_name="", civitai="not fetched", tags="style",
    usage_tips='{"strength": 0.7', trainedWords=["fromTop"]))
