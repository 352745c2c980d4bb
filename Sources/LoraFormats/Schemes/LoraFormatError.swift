/// Everything that can go wrong reading, converting or writing LoRA files (beyond the
/// safetensors layer, whose errors are wrapped in `.file`).
public enum LoraFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The underlying safetensors file is bad, missing or unwritable.
    case file(SafetensorsError)
    /// A module lacks a tensor it needs (e.g. `lora_up` without `lora_down`).
    case incompleteModule(file: String, module: String, missing: String)
    /// A module's tensors have shapes that do not fit together.
    case inconsistentShapes(file: String, module: String, detail: String)
    /// `adapter_config.json` (or `lora_adapter_metadata`) is unreadable.
    case invalidAdapterConfig(file: String, detail: String)
    /// A folder was given that holds no `adapter_model.safetensors`.
    case notAnAdapterFolder(path: String)
    /// The file holds no LoRA modules (maybe a checkpoint was given where a LoRA was expected).
    case noModules(file: String)
    /// The file has LoRA-like keys, but of algorithms lorash does not read (GLoRA, OFT, BOFT, norms).
    case unsupportedKeys(file: String, keys: [String])
    /// The target format cannot hold this module's algorithm; `rank=K` asks for a low-rank approximation.
    case algorithmNotRepresentable(module: String, algorithm: String, format: String)
    /// The target format cannot hold a module of several components (PEFT folders hold one model).
    case multipleComponents(format: String, components: [String])
    /// A DoRA magnitude laid out per input channel cannot be written as PEFT's per-output vector.
    case unsupportedMagnitude(module: String, detail: String)
    /// Two modules would get the same name in the target format.
    case nameCollision(name: String, format: String)
    /// Writing a file of a PEFT folder failed.
    case writeFailed(path: String, reason: String)
    /// A module to be written holds NaN or infinite values (in the tensor of that role).
    case nonFinite(module: String, tensor: String)
    /// Values of a tensor do not fit the element type asked for (they would become infinite).
    case overflow(tensor: String, count: Int, dtype: String)
    /// Ctrl-C while writing; nothing was written.
    case interrupted(path: String)

    public var description: String {
        switch self {
        case .file(let e): return e.description
        case .incompleteModule(let f, let m, let missing):
            return "\(f): module '\(m)' has no \(missing); the file is incomplete"
        case .inconsistentShapes(let f, let m, let d): return "\(f): module '\(m)': \(d)"
        case .invalidAdapterConfig(let f, let d): return "\(f): invalid adapter config: \(d)"
        case .notAnAdapterFolder(let p):
            return "\(p): a folder without adapter_model.safetensors; give a .safetensors file or a PEFT adapter folder"
        case .noModules(let f): return "\(f): holds no LoRA modules (is it a checkpoint?)"
        case .unsupportedKeys(let f, let keys):
            return
                "\(f): no module of a supported algorithm (LoRA, LoCon, LoHa, LoKr, IA3, full); unknown keys such as \(keys.prefix(3).joined(separator: ", "))"
        case .algorithmNotRepresentable(let m, let a, let fmt):
            return
                "module '\(m)' is \(a), which \(fmt) files cannot hold; save as format=kohya, or add rank=K for a rank-K approximation"
        case .multipleComponents(let fmt, let cs):
            return
                "a \(fmt) folder holds one model but this LoRA patches \(cs.joined(separator: ", ")); save as format=diffusers or kohya"
        case .unsupportedMagnitude(let m, let d): return "module '\(m)': \(d)"
        case .nameCollision(let n, let fmt): return "two modules would both be named '\(n)' in \(fmt) format"
        case .writeFailed(let p, let r): return "\(p): cannot write: \(r)"
        case .interrupted(let p): return "\(p): interrupted; nothing was written"
        case .nonFinite(let m, let t):
            return
                "module '\(m)' holds NaN or infinite values in \(t); nothing was written (the file it came from is broken: fix or drop the module)"
        case .overflow(let t, let n, let d):
            let fate = d == "fp8_e4m3" ? "clamped to ±448" : "infinite"
            return
                "\(t): \(n) value\(n == 1 ? "" : "s") \(n == 1 ? "is" : "are") beyond the range of \(d) (\(n == 1 ? "it" : "they") would become \(fate)); nothing was written: keep the input's dtype or write dtype=f32"
        }
    }
}

extension LoraFormatError {
    /// The same error with the paths under `temporary` (a folder being written, `AtomicFolder`)
    /// named under `target`, where the user asked for them: what a write can fail with.
    func naming(_ temporary: String, as target: String) -> LoraFormatError {
        func mapped(_ path: String) -> String {
            path.hasPrefix(temporary) ? target + path.dropFirst(temporary.count) : path
        }
        switch self {
        case .file(.writeFailed(let file, let reason)): return .file(.writeFailed(file: mapped(file), reason: reason))
        case .file(.outputExists(let file)): return .file(.outputExists(file: mapped(file)))
        case .file(.outputIsInput(let file, let input)): return .file(.outputIsInput(file: mapped(file), input: input))
        case .file(.unexpectedTensor(let file, let tensor, let reason)):
            return .file(.unexpectedTensor(file: mapped(file), tensor: tensor, reason: reason))
        case .file(.missingTensors(let file, let tensors)):
            return .file(.missingTensors(file: mapped(file), tensors: tensors))
        case .writeFailed(let path, let reason): return .writeFailed(path: mapped(path), reason: reason)
        case .interrupted(let path): return .interrupted(path: mapped(path))
        default: return self
        }
    }
}
