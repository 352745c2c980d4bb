import Foundation
import LoraFormats

/// Reads the sidecar files other tools keep beside a model: A1111's `NAME.json`, Civitai
/// Helper's `NAME.civitai.info`, Stability Matrix's `NAME.cm-info.json`, ComfyUI-Lora-Manager's
/// `NAME.metadata.json`, and a preview picture.
///
/// Nothing here throws or writes: a scan of 30 000 files must finish whatever the files hold.
/// Broken JSON, wrong types, bytes that are not UTF-8, a file over `maximumBytes`: each becomes
/// one line in `SidecarInfo.problems` naming the sidecar's path, and the fields that did parse
/// are kept.
public enum Sidecars {
    /// The most of one sidecar that is read (4 MiB): a larger file is reported and skipped.
    public static let maximumBytes = 4 << 20

    /// Preview pictures looked for, in order of preference, after the model's name without its
    /// extension (the suffixes A1111, Civitai Helper and ComfyUI-Lora-Manager use).
    public static let previewSuffixes = [
        ".preview.png", ".png", ".preview.webp", ".webp", ".preview.jpg", ".jpg", ".preview.jpeg", ".jpeg",
    ]

    /// Reads every sidecar of the model at `modelPath`.
    /// - Parameters:
    ///   - modelPath: the model file, `DIR/NAME.safetensors`.
    ///   - siblings: the file names in `DIR` when the caller has listed it; then no file is
    ///     checked for existence with a system call, only the sidecars present are opened.
    ///     Nil: each candidate name is checked on disk.
    /// - Complexity: one open and read per sidecar present, at most `maximumBytes` each.
    public static func read(modelPath: String, siblings: Set<String>? = nil) -> SidecarInfo {
        let folder = (modelPath as NSString).deletingLastPathComponent
        let modelFile = (modelPath as NSString).lastPathComponent
        let stem = (modelFile as NSString).deletingPathExtension
        func path(_ name: String) -> String { folder.isEmpty ? name : folder + "/" + name }
        func exists(_ name: String) -> Bool {
            if let siblings { return siblings.contains(name) }
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path(name), isDirectory: &isFolder) && !isFolder.boolValue
        }

        var info = SidecarInfo()
        for kind in [SidecarKind.civitaiHelper, .stabilityMatrix, .loraManager, .webUI] {
            let name = kind.fileName(stem: stem)
            guard name != modelFile, exists(name) else { continue }
            info.files[kind] = name
            var reader = SidecarReader(path: path(name))
            guard let object = reader.object() else {
                info.problems += reader.problems
                continue
            }
            switch kind {
            case .civitaiHelper: reader.readCivitaiHelper(object, into: &info)
            case .stabilityMatrix: reader.readStabilityMatrix(object, into: &info)
            case .loraManager: reader.readLoraManager(object, into: &info)
            case .webUI: reader.readWebUI(object, into: &info)
            }
            info.problems += reader.problems
        }
        info.previewFileName = previewSuffixes.lazy.map { stem + $0 }.first { $0 != modelFile && exists($0) }
        return info
    }
}

/// One sidecar being read: its bytes, its JSON, and the problems met so far.
struct SidecarReader {
    let path: String
    var problems: [String] = []

    init(path: String) { self.path = path }

    private mutating func problem(_ text: String) { problems.append("\(path): \(text)") }

    /// The file's top-level JSON object, or nil (with a problem) when it cannot be had.
    mutating func object() -> [(String, JSONValue)]? {
        guard var bytes = load() else { return nil }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // a Windows editor's BOM
        if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            problem("empty file")
            return nil
        }
        let value: JSONValue
        switch Self.parse(bytes) {
        case .success(let parsed): value = parsed
        case .failure(let error) where error.reason.contains("UTF-8"):
            let offset = Self.firstInvalidUTF8Offset(bytes) ?? error.offset
            problem("bytes that are not UTF-8 (the first at byte \(offset)); read with U+FFFD in their place")
            switch Self.parse(Array(String(decoding: bytes, as: UTF8.self).utf8)) {
            case .success(let parsed): value = parsed
            case .failure(let error):
                problem("not valid JSON (\(error))")
                return nil
            }
        case .failure(let error):
            problem("not valid JSON (\(error))")
            return nil
        }
        guard let members = value.objectMembers else {
            problem("not a JSON object but \(Self.kind(of: value))")
            return nil
        }
        return members
    }

    private static func parse(_ bytes: [UInt8]) -> Result<JSONValue, JSONParser.SyntaxError> {
        bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONParser.SyntaxError) -> JSONValue in try JSONParser.parse(buffer) }
        }
    }

    private mutating func load() -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            problem("cannot be opened")
            return nil
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: Sidecars.maximumBytes + 1) ?? Data()
            if data.count > Sidecars.maximumBytes {
                problem("larger than \(Sidecars.maximumBytes >> 20) MiB; not read")
                return nil
            }
            return [UInt8](data)
        } catch {
            problem("cannot be read (\(error.localizedDescription))")
            return nil
        }
    }

    // MARK: The four formats

    /// Civitai Helper: the Civitai model-version JSON (`id`, `modelId`, `name`, `baseModel`,
    /// `trainedWords`, `model.name`, `model.type`, `model.tags` or `tags`); `{}` = not on Civitai.
    mutating func readCivitaiHelper(_ members: [(String, JSONValue)], into info: inout SidecarInfo) {
        if members.isEmpty {
            info.notOnCivitai = true
            return
        }
        readCivitaiVersion(.object(members), as: .civitaiHelper, fieldPrefix: "", into: &info)
    }

    /// The fields of a Civitai model-version object, as Civitai Helper keeps it at the top of
    /// its file and Lora-Manager under `civitai`; `fieldPrefix` ("civitai.") names them in
    /// problems.
    private mutating func readCivitaiVersion(
        _ top: JSONValue, as kind: SidecarKind, fieldPrefix: String, into info: inout SidecarInfo
    ) {
        let model = top["model"].flatMap { value -> JSONValue? in
            if value.isNull { return nil }
            if value.objectMembers == nil {
                problem("\"\(fieldPrefix)model\" is \(Self.kind(of: value)), not an object")
            }
            return value.objectMembers == nil ? nil : value
        }
        let p = fieldPrefix
        if let base = string(top["baseModel"], p + "baseModel") { info.baseModels[kind] = base }
        if let words = strings(top["trainedWords"], p + "trainedWords") {
            // Lora-Manager's are the user's to edit: added to Civitai Helper's, not hidden by them.
            let known = info.trainedWords ?? []
            info.trainedWords =
                kind == .loraManager ? known + words.filter { !known.contains($0) } : info.trainedWords ?? words
        }
        info.modelType = info.modelType ?? string(model?["type"], p + "model.type")
        info.modelName = info.modelName ?? string(model?["name"], p + "model.name")
        info.modelDescription = info.modelDescription ?? string(model?["description"], p + "model.description")
        info.versionName = info.versionName ?? string(top["name"], p + "name")
        info.tags = info.tags ?? strings(model?["tags"], p + "model.tags") ?? strings(top["tags"], p + "tags")
        info.civitaiModelID = info.civitaiModelID ?? integer(top["modelId"], p + "modelId")
        info.civitaiVersionID = info.civitaiVersionID ?? integer(top["id"], p + "id")
    }

    /// ComfyUI-Lora-Manager (willmiao/ComfyUI-Lora-Manager, `py/utils/models.py`
    /// `LoraMetadata`, written by `py/utils/metadata_manager.py` `save_metadata`): the Civitai
    /// model version under `civitai` (its `trainedWords` are the trigger words, also where the
    /// user types them for a file not from Civitai), then its own fields: `base_model` (a
    /// Civitai name, "Unknown" when it has none; before the version's `baseModel`), `model_name`, `tags`, `modelDescription`,
    /// a top-level `trainedWords`, `notes`, and `usage_tips`, a JSON object in a string whose
    /// `strength` is the recommended weight.
    mutating func readLoraManager(_ members: [(String, JSONValue)], into info: inout SidecarInfo) {
        let top = JSONValue.object(members)
        switch top["civitai"] {
        case nil, .null?: break
        case let civitai? where civitai.objectMembers != nil:
            readCivitaiVersion(civitai, as: .loraManager, fieldPrefix: "civitai.", into: &info)
        case let other?: problem("\"civitai\" is \(Self.kind(of: other)), not an object; ignored")
        }
        // `base_model` is what Lora-Manager shows and lets the user change; the Civitai
        // version's `baseModel` stands where it is "Unknown" or missing.
        if let base = string(top["base_model"], "base_model"), base.lowercased() != "unknown" {
            info.baseModels[.loraManager] = base
        }
        info.trainedWords = info.trainedWords ?? strings(top["trainedWords"], "trainedWords")
        // `model_name` is the user's to change in Lora-Manager, as `base_model` is.
        if let name = string(top["model_name"], "model_name") { info.modelName = name }
        // Its `tags` are Civitai's and the user's own, merged: all are searched.
        if let tags = strings(top["tags"], "tags"), !tags.isEmpty {
            info.tags = (info.tags ?? []) + tags.filter { !(info.tags ?? []).contains($0) }
        }
        if let text = string(top["modelDescription"], "modelDescription"), info.modelDescription == nil {
            info.modelDescription = text
        }
        info.notes = string(top["notes"], "notes")
        if let (strength, clip) = usageTips(top["usage_tips"]) {
            info.preferredWeight = strength
            info.preferredWeightFrom = .loraManager
            info.preferredTextEncoderWeight = clip == strength ? nil : clip
        }
    }

    /// `usage_tips`: `"{\"strength\": 0.6, \"clip_strength\": 1, …}"` (a JSON object in a string,
    /// as Lora-Manager keeps it; an object is accepted too): the U-Net's weight and the text
    /// encoders' (ComfyUI's `strength_model` and `strength_clip`). Nil when it has no strength,
    /// or a strength of 0.
    private mutating func usageTips(_ value: JSONValue?) -> (strength: Double, clip: Double?)? {
        let tips: JSONValue
        switch value {
        case nil, .null?: return nil
        case .string(let text)?:
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { return nil }
            let bytes = Array(trimmed.utf8)
            switch Self.parse(bytes) {
            case .success(let parsed) where parsed.objectMembers != nil: tips = parsed
            case .success(let parsed):
                problem("\"usage_tips\" holds \(Self.kind(of: parsed)), not an object; ignored")
                return nil
            case .failure(let error):
                problem("\"usage_tips\" is not valid JSON (\(error)); ignored")
                return nil
            }
        case let object? where object.objectMembers != nil: tips = object
        case let other?:
            problem("\"usage_tips\" is \(Self.kind(of: other)), not text; ignored")
            return nil
        }
        guard let strength = number(tips["strength"], "usage_tips.strength"), strength != 0 else { return nil }
        return (strength, number(tips["clip_strength"], "usage_tips.clip_strength"))
    }

    /// Stability Matrix: ConnectedModelInfo (`ModelId`, `ModelName`, `ModelDescription`, `Tags`,
    /// `ModelType`, `VersionId`, `VersionName`, `BaseModel`, `TrainedWords`…).
    mutating func readStabilityMatrix(_ members: [(String, JSONValue)], into info: inout SidecarInfo) {
        let top = JSONValue.object(members)
        if let base = string(top["BaseModel"], "BaseModel") { info.baseModels[.stabilityMatrix] = base }
        info.trainedWords = info.trainedWords ?? strings(top["TrainedWords"], "TrainedWords")
        info.modelType = info.modelType ?? string(top["ModelType"], "ModelType")
        info.modelName = info.modelName ?? string(top["ModelName"], "ModelName")
        info.modelDescription = info.modelDescription ?? string(top["ModelDescription"], "ModelDescription")
        info.versionName = info.versionName ?? string(top["VersionName"], "VersionName")
        info.tags = info.tags ?? strings(top["Tags"], "Tags")
        info.civitaiModelID = info.civitaiModelID ?? integer(top["ModelId"], "ModelId")
        info.civitaiVersionID = info.civitaiVersionID ?? integer(top["VersionId"], "VersionId")
    }

    /// A1111's user metadata: `description`, `sd version`, `activation text`,
    /// `preferred weight`, `negative text`, `notes`.
    mutating func readWebUI(_ members: [(String, JSONValue)], into info: inout SidecarInfo) {
        let top = JSONValue.object(members)
        info.description = string(top["description"], "description")
        info.sdVersion = string(top["sd version"], "sd version")
        info.activationText = string(top["activation text"], "activation text")
        let weight = number(top["preferred weight"], "preferred weight")
        if let weight, weight != 0 {
            info.preferredWeight = weight
            info.preferredWeightFrom = .webUI
            info.preferredTextEncoderWeight = nil  // A1111's weight is one for both
        }
        info.negativeText = string(top["negative text"], "negative text")
        if let notes = string(top["notes"], "notes") { info.notes = notes }
    }

    // MARK: Fields, tolerant of the wrong type

    /// Text; a number or Boolean is taken as its text (reported); empty text is nil.
    mutating func string(_ value: JSONValue?, _ field: String) -> String? {
        switch value {
        case nil, .null?: return nil
        case .string(let text)?: return text.isEmpty ? nil : text
        case .number?, .bool?:
            problem("\"\(field)\" is \(Self.kind(of: value!)), not text; read as \(value!)")
            return value!.description
        case let other?:
            problem("\"\(field)\" is \(Self.kind(of: other)), not text; ignored")
            return nil
        }
    }

    /// A number; a string holding one is accepted as A1111 does (`float(…)`).
    mutating func number(_ value: JSONValue?, _ field: String) -> Double? {
        switch value {
        case nil, .null?: return nil
        case .number(let number, _)?: return number
        case .string(let text)?:
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return nil }
            if let number = Double(trimmed), number.isFinite { return number }
            problem("\"\(field)\" is \(value!), not a number; ignored")
            return nil
        case let other?:
            problem("\"\(field)\" is \(Self.kind(of: other)), not a number; ignored")
            return nil
        }
    }

    /// An integer; a string of digits is accepted.
    mutating func integer(_ value: JSONValue?, _ field: String) -> Int? {
        switch value {
        case nil, .null?: return nil
        case .string(let text)?:
            if let number = Int(text.trimmingCharacters(in: .whitespaces)) { return number }
            problem("\"\(field)\" is \(value!), not an integer; ignored")
            return nil
        case let other?:
            if let number = other.intValue { return number }
            problem("\"\(field)\" is \(Self.kind(of: other)), not an integer; ignored")
            return nil
        }
    }

    /// A list of text. Objects with a `name` (Civitai's tag objects) give their name; a single
    /// string where a list goes is read as a list of one (reported); other entries are dropped
    /// (reported once).
    mutating func strings(_ value: JSONValue?, _ field: String) -> [String]? {
        switch value {
        case nil, .null?: return nil
        case .string(let text)?:
            problem("\"\(field)\" is text, not a list; read as one entry")
            return text.isEmpty ? nil : [text]
        case .array(let elements)?:
            var out: [String] = []
            var dropped = 0
            for element in elements {
                if let text = element.stringValue ?? element["name"]?.stringValue {
                    if !text.isEmpty { out.append(text) }
                } else {
                    dropped += 1
                }
            }
            if dropped == 1 { problem("\"\(field)\" has an entry that is not text; it was left out") }
            if dropped > 1 { problem("\"\(field)\" has \(dropped) entries that are not text; they were left out") }
            return out
        case let other?:
            problem("\"\(field)\" is \(Self.kind(of: other)), not a list; ignored")
            return nil
        }
    }

    /// The offset of the first byte that does not begin a valid UTF-8 sequence, if any.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// "a number", "text", "a list"… for messages.
    static func kind(of value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "a Boolean"
        case .number: return "a number"
        case .string: return "text"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}
