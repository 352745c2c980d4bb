import Foundation
import LoraFormats

/// LoRA Block Weight's 26 block slots and how a module finds its slot.
///
/// Slots (hako-mikan sd-webui-lora-block-weight, `BLOCKID26`): 0 = BASE (text encoders),
/// 1…12 = IN00…IN11, 13 = MID, 14…25 = OUT00…OUT11. A module's block comes from its name in
/// the compvis layout: `input_blocks_N` → IN N, `middle_block` → MID, `output_blocks_N` → OUT N;
/// diffusers/kohya SD 1.5 names are converted first (`down_blocks_i_{attentions|resnets}_j` →
/// IN 3i+j+1, `down_blocks_i_downsamplers` → IN 3i+3, `mid_block` → MID,
/// `up_blocks_i_{attentions|resnets}_j` → OUT 3i+j, `up_blocks_i_upsamplers` → OUT 3i+2), which
/// is also right for SDXL's diffusers names (research notes b.3, b.13).
public enum BlockLayout {
    /// The 26 slot names.
    public static let slotNames: [String] =
        ["BASE"] + (0..<12).map { String(format: "IN%02d", $0) } + ["MID"]
        + (0..<12).map { String(format: "OUT%02d", $0) }

    /// Slots of the short vectors: SD 1.5 LoRA (17), SDXL LoRA (12), SDXL LyCORIS (20); 26 is all.
    public static func slots(forVectorLength n: Int) -> [Int]? {
        switch n {
        case 17: return [0, 2, 3, 5, 6, 8, 9, 13] + Array(17...25)
        case 12: return [0, 5, 6, 8, 9, 13] + Array(14...19)
        case 20: return [0] + Array(1...9) + [13] + Array(14...22)
        case 26: return Array(0..<26)
        default: return nil
        }
    }

    /// The slot of a module, or nil when it belongs to no block (time embedding, conv_out, …,
    /// or a model without a U-Net layout).
    public static func slot(of target: ModuleTargetName) -> Int? {
        if target.isTextEncoder { return 0 }
        var name = target.flatPath
        for prefix in ["diffusion_model_", "model_diffusion_model_", "unet_"] where name.hasPrefix(prefix) {
            name.removeFirst(prefix.count)
        }
        let parts = name.split(separator: "_").map(String.init)
        func number(_ i: Int) -> Int? { i < parts.count ? Int(parts[i]) : nil }
        guard parts.count >= 2 else { return nil }
        if parts[0] == "input", parts[1] == "blocks", let n = number(2), n < 12 { return 1 + n }
        if parts[0] == "output", parts[1] == "blocks", let n = number(2), n < 12 { return 14 + n }
        if parts[0] == "middle", parts[1] == "block" { return 13 }
        if parts[0] == "mid", parts[1] == "block" { return 13 }
        if parts[0] == "down", parts[1] == "blocks", let i = number(2), parts.count > 3 {
            if parts[3] == "downsamplers" { return 1 + 3 * i + 3 }
            if parts[3] == "attentions" || parts[3] == "resnets", let j = number(4) { return 1 + 3 * i + j + 1 }
        }
        if parts[0] == "up", parts[1] == "blocks", let i = number(2), parts.count > 3 {
            if parts[3] == "upsamplers" { return 14 + 3 * i + 2 }
            if parts[3] == "attentions" || parts[3] == "resnets", let j = number(4) { return 14 + 3 * i + j }
        }
        return nil
    }

    /// A readable group for a module in charts: `text encoder 1`, a block (`IN04`, `MID`,
    /// `OUT05`), or `other`; and its place in the LoRA Block Weight order.
    public static func group(of target: ModuleTarget) -> (label: String, order: Int) {
        if case .textEncoder(let n) = target.component { return ("text encoder \(n)", n - 1) }
        guard let slot = slot(of: ModuleTargetName(flatPath: target.flatPath, isTextEncoder: false)) else {
            return ("other", 100)
        }
        return (slotNames[slot], 10 + slot)
    }
}
