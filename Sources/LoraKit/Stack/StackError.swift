import LoraFormats

/// Everything that can go wrong building or changing a stack (parsing LoRA specs and A1111
/// strings, resolving names, block weights).
public enum StackError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A LoRA spec (`NAME[:W][:te=…][:unet=…][:lbw=…]`) is malformed; `reason` says how.
    case invalidSpec(spec: String, reason: String)
    /// A name in a spec or an A1111 tag resolves to no LoRA.
    case unknownLora(name: String)
    /// `lbw=` names a preset that does not exist; `known` lists the presets.
    case unknownPreset(name: String, known: [String])
    /// A block-weight vector has a length no layout uses (17, 26 for SD 1.5; 12, 20 for SDXL).
    case badBlockVector(spec: String, count: Int)
    /// `weight STACK LORA W` names a LoRA the stack does not hold.
    case notInStack(name: String, stack: [String])
    /// An A1111 string holds no `<lora:…>` tag.
    case noLoraTags(text: String)
    /// A LoRA does not fit the stack's base (other architecture, or no module matches).
    case refused(lora: String, reason: String)
    /// With `force=true`: a LoRA of which no module matches the base.
    case nothingMatches(lora: String)
    /// The same LoRA name twice in one stack (`weight` could not tell them apart).
    case duplicateLora(name: String, combined: String?)
    /// A depth preset (INS, IND, MIDD, OUTD, OUTS) on an SDXL LoRA: defined for SD 1.5 blocks only.
    case presetNotForSDXL(name: String)
    /// A block-weight vector written for another architecture than the LoRA's.
    case blockVectorForOtherArchitecture(lora: String, count: Int, architecture: String)
    /// A split or block weight on the built-in model, which has no text encoder or blocks.
    case toyWeightNotUniform(lora: String)
    /// A LoRA whose modules are not low-rank updates of the built-in model's layers, or do not
    /// have their shapes; `reason` names the first such module.
    case doesNotFitToy(lora: String, reason: String)
    /// A picture was asked of a stack that is not on the built-in model.
    case notDrawable

    /// The LoRA an error is about, to point at where it is written; nil when none.
    public var loraName: String? {
        switch self {
        case .unknownLora(let name), .duplicateLora(let name, _), .notInStack(let name, _): return name
        case .refused(let lora, _), .nothingMatches(let lora), .blockVectorForOtherArchitecture(let lora, _, _),
            .toyWeightNotUniform(let lora), .doesNotFitToy(let lora, _):
            return lora
        case .invalidSpec(let spec, _): return spec.split(separator: ":").first.map(String.init)
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .invalidSpec(let spec, let reason):
            return "'\(spec)': \(reason); write NAME, NAME:W, NAME:te=W:unet=W or NAME:W:lbw=PRESET"
        case .unknownLora(let name):
            return "'\(name)': no LoRA of that name in the session or the current folder; load it first"
        case .unknownPreset(let name, let known):
            return "'\(name)': unknown block-weight preset; known presets: \(known.joined(separator: ", "))"
        case .badBlockVector(let spec, let count):
            return "'\(spec)': a block-weight vector of \(count) values; use 17 or 26 (SD 1.5), 12 or 20 (SDXL)"
        case .notInStack(let name, let stack):
            return "'\(name)' is not in the stack (it holds \(stack.joined(separator: ", "))); add it with stack"
        case .noLoraTags(let text):
            return "'\(text)': no <lora:NAME:W> tag found"
        case .refused(let lora, let reason) where reason.hasPrefix("no module"):
            // force=true only lets another architecture through; it cannot make modules match.
            return "\(lora): \(reason); run check \(lora) on the base to see why (is it for another model?)"
        case .refused(let lora, let reason):
            return "\(lora): \(reason); run check \(lora) on the base to see why, or add force=true"
        case .nothingMatches(let lora):
            return
                "\(lora): none of its modules matches the base, so even force=true has nothing to apply; run check \(lora) on the base to see why"
        case .presetNotForSDXL(let name):
            return
                "lbw=\(name) is defined on SD 1.5's blocks; on an SDXL LoRA write its 12 values (BASE,IN04,IN05,IN07,IN08,MID,OUT00,…,OUT05) or use ALL, INALL or OUTALL"
        case .duplicateLora(let name, let combined):
            let one = combined.map { " (the weights add up: \($0))" } ?? ""
            return
                "'\(name)' is in the stack twice; give it one weight\(one), or load the file again under another name to stack it twice"
        case .blockVectorForOtherArchitecture(let lora, let count, let architecture):
            let lengths = architecture == Architecture.sdxl.rawValue ? "12 or 20" : "17 or 26"
            return
                "\(lora) is a \(architecture) LoRA, but its block-weight vector has \(count) values, a length for another model; use \(lengths) values (or a preset such as OUTALL)"
        case .toyWeightNotUniform(let lora):
            return "the built-in model has no text encoder or blocks: give \(lora) one weight (\(lora):W)"
        case .notDrawable:
            return
                "only a stack on the built-in model draws a picture; a stack on a checkpoint is baked (merge STACK into PATH) or charted (render blocks, render interference)"
        case .doesNotFitToy(let lora, let reason):
            return "'\(lora)' does not fit this base: \(reason) (a LoRA only fits the base it was trained for)"
        }
    }
}
