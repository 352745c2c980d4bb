import Foundation

/// Opens whatever the user points at: a LoRA file of any scheme, a PEFT adapter folder, or a
/// checkpoint; this is what `load PATH` calls.
public enum LoraFile {
    /// Loads `path`, auto-detecting its kind: a folder is a PEFT adapter; a safetensors file
    /// with LoRA keys (`lora_down`, `lora_A`, `hada_…`, `lora_unet_…`, `lycoris_…`) is a LoRA
    /// (with the sibling `adapter_config.json` when it is a PEFT `adapter_model.safetensors`);
    /// any other safetensors file is a checkpoint.
    /// - Throws: `LoraFormatError` naming the file (`.file` for safetensors problems).
    /// - Complexity: O(header); tensors stay memory-mapped and unread.
    public static func load(path: String) throws(LoraFormatError) -> LoadedFile {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return .lora(withConvKernels(try LoraReader.readFolder(path: path)))
        }
        let file: SafetensorsReader
        do { file = try SafetensorsReader(path: path) } catch { throw .file(error) }
        return try load(file)
    }

    /// Reads an opened safetensors file as a LoRA or a checkpoint (`load(path:)` without the
    /// PEFT folder case), for callers that read more of the same file.
    public static func load(_ file: SafetensorsReader) throws(LoraFormatError) -> LoadedFile {
        let path = file.path
        // `{}` is a valid safetensors header, but no model: refused rather than loaded as an
        // empty "generic checkpoint" that every later command would puzzle over.
        if file.names.isEmpty { throw .file(.noTensors(file: path)) }
        if file.names.contains(where: LoraKeyParser.isLoraKey) {
            var config: PeftAdapterConfig? = nil
            if path.hasSuffix(PeftFolder.modelFile) {
                config = try LoraReader.readAdapterConfig(
                    path: PeftFolder.files(in: SafetensorsWriter.directory(of: path)).config)
            }
            return .lora(withConvKernels(try LoraReader.read(file, config: config)))
        }
        return .checkpoint(BaseModel(file: file))
    }

    /// A LoHa without Tucker core does not record a conv's kernel (its `hada_w1_b` is
    /// [r, in·kh·kw]); for SD 1.5, SDXL and FLUX the architecture table knows the weight's
    /// shape, so resized or converted modules can be written as kohya's [r, in, kh, kw].
    static func withConvKernels(_ adapter: LoraAdapter) -> LoraAdapter {
        guard
            adapter.modules.contains(where: {
                if case .hadamard(_, _, _, _, nil, _) = $0.factors { true } else { false }
            })
        else { return adapter }
        let architecture = ArchitectureDetector.detect(lora: adapter, fileName: adapter.sourcePath).architecture
        guard let table = ArchitectureTable.table(for: architecture) else { return adapter }
        var copy = adapter
        for i in copy.modules.indices {
            guard case .hadamard(_, _, _, _, nil, _) = copy.modules[i].factors,
                let shape = table.targets[copy.modules[i].target.canonicalFlatName]?.shape, shape.count == 4,
                copy.modules[i].deltaShape == [shape[0], shape[1] * shape[2] * shape[3]]
            else { continue }
            copy.modules[i].kernel = [shape[2], shape[3]]
        }
        return copy
    }

    /// Loads a LoRA, refusing checkpoints.
    /// - Throws: `LoraFormatError.noModules` when `path` is a checkpoint.
    public static func loadLora(path: String) throws(LoraFormatError) -> LoraAdapter {
        switch try load(path: path) {
        case .lora(let adapter): return adapter
        case .checkpoint: throw .noModules(file: path)
        }
    }

    /// The default session name of a path: its file stem (`foo.safetensors` → `foo`, `adapters/bar/` → `bar`).
    public static func defaultName(for path: String) -> String {
        var p = path
        while p.hasSuffix("/") { p.removeLast() }
        var stem = p.split(separator: "/").last.map(String.init) ?? p
        if stem == PeftFolder.modelFile {
            let dir = SafetensorsWriter.directory(of: p)
            stem = dir.split(separator: "/").last.map(String.init) ?? stem
        }
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = String(stem[..<dot]) }
        return stem
    }
}
