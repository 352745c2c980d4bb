import LoraEngine
import LoraFormats

/// Everything that can stop `merge STACK into PATH`. Each leaves no output file and the inputs
/// untouched.
public enum BakeError: Error, Sendable, CustomStringConvertible {
    /// The stack has no base model to bake into.
    case noBase
    /// A LoRA does not fit the base (other architecture, nothing matches); `force=true` overrides
    /// the architecture check.
    case refused(lora: String, reason: String)
    /// With `force=true`: a LoRA of which no module matches the base.
    case nothingMatches(lora: String)
    /// A LoRA module holds NaN or infinite values.
    case nonFinite(lora: String, module: String, tensor: String)
    /// A patched tensor would hold NaN or ±inf values in the output dtype that its base did not.
    case overflow(tensor: String, count: Int, dtype: DType)
    /// A weight the LoRAs do not patch holds values the output dtype cannot (a large bias in F16).
    case copiedOverflow(tensor: String, count: Int, dtype: DType)
    /// A DoRA magnitude does not have one value per output row of the weight it patches.
    case badMagnitude(lora: String, module: String, count: Int, rows: Int)
    /// A module targets a tensor that is not floating point.
    case notFloat(tensor: String, dtype: DType)
    /// Reading the base or writing the output failed (exists, is an input, disk full, …).
    case file(SafetensorsError)
    /// Ctrl-C: the partial output was removed.
    case interrupted(path: String)

    public var description: String {
        switch self {
        case .noBase: return "the stack has no base model; build it with stack BASE LORA… to bake"
        case .refused(let lora, let reason):
            return "\(lora): \(reason); check the LoRA against the base, or add force=true"
        case .nothingMatches(let lora):
            return
                "\(lora): none of its modules matches the base, so even force=true has nothing to apply; check the LoRA against the base"
        case .nonFinite(let lora, let module, let tensor):
            return
                "\(lora): module '\(module)' holds NaN or infinite values in \(tensor); nothing was merged (remove the module or fix the file)"
        case .overflow(let tensor, let count, let dtype):
            let limit =
                dtype.largestFinite.map {
                    " (the largest \(dtype.userName) value is \(NumberFormatting.shortest(float: Float($0))))"
                } ?? ""
            let wider = dtype == .f32 || dtype == .f64 ? "" : ", or bake with dtype=f32"
            return
                "\(tensor): \(count) value\(count == 1 ? "" : "s") of the merged weight would be NaN or infinite in \(dtype.userName)\(limit); nothing was written. Lower the LoRA weights or check the LoRAs' values\(wider)"
        case .copiedOverflow(let tensor, let count, let dtype):
            let limit =
                dtype.largestFinite.map {
                    " (the largest \(dtype.userName) value is \(NumberFormatting.shortest(float: Float($0))))"
                } ?? ""
            return
                "\(tensor): \(count) value\(count == 1 ? "" : "s") of the base (a weight no LoRA patches) \(count == 1 ? "is" : "are") beyond the range of \(dtype.userName)\(limit); nothing was written. Bake in the base's own dtype (leave out dtype=) or with a wider one"
        case .badMagnitude(let lora, let module, let count, let rows):
            return
                "\(lora): module '\(module)' has a DoRA magnitude of \(count) values for \(rows) output rows; only per-output-row DoRA (wd_on_out) can be baked"
        case .notFloat(let tensor, let dtype):
            return "\(tensor) is \(dtype.rawValue), not a float weight; a LoRA cannot patch it"
        case .file(let e): return e.description
        case .interrupted(let path): return "\(path): interrupted; no file was written"
        }
    }
}
