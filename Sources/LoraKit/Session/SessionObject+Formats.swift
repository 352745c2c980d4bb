import Foundation
import LoraEngine
import LoraFormats

extension LoraAdapter: SessionObject {
    public var kindName: String { "lora" }
    /// The file summary (`load` prints it); for a LoRA trained on the built-in model, its
    /// rank, alpha, layers and final loss.
    public var summary: String {
        guard let training else { return FileSummary(.lora(self)).line }
        let layers = modules.map(\.target.path).joined(separator: ",")
        let rank = ranks.last ?? 0
        let alpha = alphas.first.map { NumberFormatting.shortest(float: $0) } ?? "none"
        return
            "toy LoRA: rank \(rank), alpha \(alpha), \(modules.count) modules (\(layers)), final loss \(String(format: "%.5f", Double(training.finalLoss)))"
    }
    /// The file, or a PEFT folder's two files.
    public var sourceFiles: [String] {
        guard !sourcePath.isEmpty else { return [] }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: sourcePath, isDirectory: &isFolder), isFolder.boolValue else {
            return [sourcePath]
        }
        let peft = PeftFolder.files(in: sourcePath)
        return [peft.model, peft.config]
    }
    /// The loaded file; for a LoRA made in the session (resized, merged), the files its
    /// modules still read from (modules passed through unchanged keep viewing their file).
    public var sourceSnapshots: [FileSnapshot] {
        if let sourceSnapshot { return [sourceSnapshot] }
        var files: [ObjectIdentifier: MappedFile] = [:]
        for module in modules {
            for tensor in module.factors.tensors.map(\.tensor) + (module.magnitude.map { [$0] } ?? []) {
                if let file = tensor.storage.mappedFile { files[ObjectIdentifier(file)] = file }
            }
        }
        return files.values.map(FileSnapshot.init(mappedFile:)).sorted { $0.path < $1.path }
    }
}

extension BaseModel: SessionObject {
    public var kindName: String { "base" }
    public var summary: String { FileSummary(.checkpoint(self)).line }
    public var sourceFiles: [String] { [path] }
    public var sourceSnapshots: [FileSnapshot] { file.snapshot.map { [$0] } ?? [] }
}
