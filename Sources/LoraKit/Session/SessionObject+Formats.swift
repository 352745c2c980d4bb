import Foundation
import LoraFormats

extension LoraAdapter: SessionObject {
    public var kindName: String { "lora" }
    public var summary: String { FileSummary(.lora(self)).line }
    /// The file, or a PEFT folder's two files.
    public var sourceFiles: [String] {
        guard !sourcePath.isEmpty else { return [] }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: sourcePath, isDirectory: &isFolder), isFolder.boolValue else { return [sourcePath] }
        let peft = PeftFolder.files(in: sourcePath)
        return [peft.model, peft.config]
    }
    public var sourceSnapshots: [FileSnapshot] { sourceSnapshot.map { [$0] } ?? [] }
}

extension BaseModel: SessionObject {
    public var kindName: String { "base" }
    public var summary: String { FileSummary(.checkpoint(self)).line }
    public var sourceFiles: [String] { [path] }
    public var sourceSnapshots: [FileSnapshot] { file.snapshot.map { [$0] } ?? [] }
}
