/// Everything that can stop a LoRA+LoRA merge, `resize` or `extract`.
public enum MergeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The stack holds no LoRA.
    case emptyStack
    /// Every module of every LoRA is weighted 0: the merge would be empty.
    case allWeightsZero
    /// A compatibility method that sums factors needs equal ranks (kohya sum, PEFT linear).
    case ranksDiffer(method: String, module: String, ranks: [Int])
    /// The method works on plain low-rank factors and this module is LoHa/LoKr/IA3/full.
    case notLowRank(method: String, module: String, algorithm: String)
    /// DoRA modules are not additive; they cannot be merged into one LoRA.
    case doraNotMergeable(module: String)
    /// IA3 modules scale the base weight and cannot be summed without it.
    case multiplicativeModule(module: String)
    /// Modules for the same target have different delta shapes.
    case shapesDiffer(module: String, shapes: [[Int]])
    /// A fused weight is one module in one LoRA and split in pieces in another, and the method
    /// works on the raw factors.
    case layoutsDiffer(method: String, module: String)
    /// A parameter is out of range (density, rank, target fraction).
    case invalidParameter(name: String, value: String, expected: String)
    /// Two checkpoints given to `extract` have no weight in common.
    case nothingToExtract(tuned: String, base: String)
    /// A checkpoint could not be read.
    case file(String)
    /// The LoRAs were made for different architectures (`force=true` merges them anyway).
    case architecturesDiffer(first: String, firstArchitecture: String, second: String, secondArchitecture: String)
    /// A LoRA module holds NaN or infinite values (in the tensor of that role).
    case nonFinite(lora: String, module: String, tensor: String)
    /// The merged factors of a module are not finite in 32-bit floats (a weight near the
    /// largest float times a scale overflows).
    case overflow(module: String)
    /// An error about one LoRA's module, with the LoRA's name in the stack.
    indirect case inLora(name: String, error: MergeError)
    /// Ctrl-C.
    case interrupted

    /// The LoRA an error is about (to point at where it is written), if one is named.
    public var loraName: String? {
        switch self {
        case .inLora(let name, _), .nonFinite(let name, _, _), .architecturesDiffer(_, _, let name, _): return name
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .emptyStack: return "nothing to merge: the stack holds no LoRA"
        case .allWeightsZero:
            return "nothing to merge: every module is weighted 0 (te=0, unet=0, a block or a pattern at 0)"
        case .ranksDiffer(let method, let module, let ranks):
            return
                "method=\(method) sums factors and needs equal ranks, but module '\(module)' has ranks \(ranks.map(String.init).joined(separator: ", ")); use method=concat (exact) or method=svd"
        case .notLowRank(let method, let module, let algorithm):
            return
                "method=\(method) needs plain LoRA factors, but module '\(module)' is \(algorithm); use method=svd or concat"
        case .doraNotMergeable(let module):
            return
                "module '\(module)' is DoRA (not additive); bake it into a checkpoint with merge STACK into PATH instead"
        case .multiplicativeModule(let module):
            return "module '\(module)' is IA3 (it rescales the base weight); it cannot be merged without a base"
        case .shapesDiffer(let module, let shapes):
            return
                "module '\(module)' has different shapes in the LoRAs: \(shapes.map { "\($0)" }.joined(separator: " vs ")); are they for the same model?"
        case .layoutsDiffer(let method, let module):
            return
                "module '\(module)' is one fused weight in one LoRA and split in pieces (to_q, to_k, to_v …) in another; method=\(method) sums raw factors and needs the same layout: use method=concat (exact) or method=svd"
        case .nonFinite(let lora, let module, let tensor):
            return
                "\(lora): module '\(module)' holds NaN or infinite values in \(tensor); nothing was made (remove the module or fix the file)"
        case .invalidParameter(let name, let value, let expected): return "\(name)=\(value): expected \(expected)"
        case .nothingToExtract(let tuned, let base):
            return
                "\(tuned) and \(base) differ in no weight matrix of equal shape: either they hold the same weights (is one a copy of the other?) or they are different architectures"
        case .file(let message): return message
        case .architecturesDiffer(let a, let aa, let b, let ba):
            return
                "\(a) is a \(aa) LoRA but \(b) is for \(ba); they cannot be merged (add force=true to merge by name anyway)"
        case .overflow(let module):
            return
                "module '\(module)': the merged factors are not finite in 32-bit floats (a weight times its LoRA's scale is too large); nothing was made: lower the weights"
        case .inLora(let name, let error): return "\(name): \(error)"
        case .interrupted: return "interrupted; nothing was produced"
        }
    }
}
