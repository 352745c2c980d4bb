import LoraEngine

/// The parsed and validated header of a safetensors file.
///
/// Layout (https://github.com/huggingface/safetensors): an 8-byte little-endian header length
/// `n`, `n` bytes of UTF-8 JSON (an object of tensor entries plus an optional `__metadata__`
/// string→string map, padded with spaces), then the data section. Validation follows the
/// reference crate's `Metadata::validate`: entries sorted by offset must tile the data section
/// exactly, each entry's byte range must equal shape × dtype size.
public struct SafetensorsHeader: Sendable {
    /// The reference implementation's header size limit.
    public static let maxHeaderLength = 100_000_000

    /// Tensor entries in data order (by begin offset).
    public let entries: [SafetensorsEntry]
    /// The `__metadata__` map (empty when absent).
    public let metadata: [String: String]
    /// `__metadata__` keys in file order.
    public let metadataOrder: [String]
    /// Length of the JSON header in bytes (the value of the 8-byte length field).
    public let headerLength: Int
    /// Offset of the data section in the file: `8 + headerLength`.
    public var dataOffset: Int { 8 + headerLength }

    /// Parses and validates the header of a file of `fileSize` bytes whose first bytes are `prefix`.
    ///
    /// `prefix` must hold at least `min(fileSize, 8 + headerLength)` bytes; with a mapped file
    /// pass the whole mapping (only the header pages are touched).
    /// - Throws: `SafetensorsError` naming `file` and the tensor at fault.
    /// - Complexity: O(h + t log t) for a header of h bytes and t tensors.
    public init(file: String, bytes: UnsafeRawBufferPointer, fileSize: Int) throws(SafetensorsError) {
        if fileSize == 0 { throw .emptyFile(file: file) }
        if let kind = Self.foreignFormat(bytes), fileSize < 8 || Self.lengthField(bytes) > UInt64(fileSize) {
            throw .notSafetensors(file: file, looksLike: kind)
        }
        if fileSize < 8 { throw .tooShort(file: file, size: fileSize) }
        let claimed = Self.lengthField(bytes)
        if claimed > UInt64(Self.maxHeaderLength) {
            if let kind = Self.foreignFormat(bytes) ?? Self.textLike(bytes) {
                throw .notSafetensors(file: file, looksLike: kind)
            }
            throw .headerTooLarge(file: file, length: claimed, limit: Self.maxHeaderLength)
        }
        if claimed > UInt64(fileSize - 8) {
            throw .headerLengthBeyondFile(file: file, claimed: claimed, available: fileSize - 8)
        }
        let n = Int(claimed)
        headerLength = n
        let headerBytes = UnsafeRawBufferPointer(rebasing: bytes[8..<(8 + n)])
        if n == 0 || headerBytes[0] != UInt8(ascii: "{") { throw .headerStartsBadly(file: file) }
        if String(validating: headerBytes, as: UTF8.self) == nil { throw .headerNotUTF8(file: file) }
        let json: JSONValue
        do { json = try JSONParser.parse(headerBytes) } catch {
            throw .headerNotJSON(file: file, detail: error.description)
        }
        // Unreachable: the header starts with '{'.
        guard let members = json.objectMembers else { throw .headerStartsBadly(file: file) }

        var seen = Set<String>()
        var metadata: [String: String] = [:]
        var metadataOrder: [String] = []
        var entries: [SafetensorsEntry] = []
        entries.reserveCapacity(members.count)
        for (name, value) in members {
            if !seen.insert(name).inserted { throw .duplicateName(file: file, name: name) }
            if name == "__metadata__" {
                guard let pairs = value.objectMembers else {
                    throw .invalidMetadata(file: file, key: "__metadata__", reason: "must be an object of strings")
                }
                for (key, item) in pairs {
                    guard let text = item.stringValue else {
                        throw .invalidMetadata(file: file, key: key, reason: "value is not a string")
                    }
                    if metadata[key] != nil { throw .duplicateName(file: file, name: "__metadata__.\(key)") }
                    metadata[key] = text
                    metadataOrder.append(key)
                }
                continue
            }
            entries.append(try Self.entry(file: file, name: name, value: value))
        }
        self.metadata = metadata
        self.metadataOrder = metadataOrder

        entries.sort {
            ($0.dataRange.lowerBound, $0.dataRange.upperBound) < ($1.dataRange.lowerBound, $1.dataRange.upperBound)
        }
        let dataSize = fileSize - 8 - n
        var end = 0
        var previous: String? = nil
        for entry in entries {
            if entry.dataRange.upperBound > dataSize {
                throw .truncated(file: file, tensor: entry.name, end: entry.dataRange.upperBound, dataSize: dataSize)
            }
            if entry.dataRange.lowerBound < end, let previous {
                throw .overlappingTensors(file: file, tensor: entry.name, other: previous)
            }
            if entry.dataRange.lowerBound > end {
                throw .gapBeforeTensor(
                    file: file, tensor: entry.name, gapStart: end, gapEnd: entry.dataRange.lowerBound)
            }
            end = entry.dataRange.upperBound
            previous = entry.name
        }
        if end != dataSize { throw .trailingBytes(file: file, covered: end, dataSize: dataSize) }
        self.entries = entries
    }

    private static func lengthField(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        guard bytes.count >= 8 else { return 0 }
        var value: UInt64 = 0
        for i in (0..<8).reversed() { value = value << 8 | UInt64(bytes[i]) }
        return value
    }

    /// Recognises common non-safetensors formats by their first bytes.
    static func foreignFormat(_ bytes: UnsafeRawBufferPointer) -> String? {
        guard bytes.count >= 2 else { return nil }
        if bytes[0] == 0x50 && bytes[1] == 0x4B { return "a zip archive (a PyTorch .ckpt/.pt/.bin checkpoint)" }
        if bytes[0] == 0x80 && bytes[1] <= 5 { return "a Python pickle (an old PyTorch .ckpt/.pt file)" }
        if bytes.count >= 4 && bytes[0] == 0x47 && bytes[1] == 0x47 && bytes[2] == 0x55 && bytes[3] == 0x46 {
            return "a GGUF file"
        }
        if bytes[0] == 0x7B { return "JSON text (a config file?)" }
        if bytes[0] == 0x1F && bytes[1] == 0x8B { return "a gzip archive (unpack it first)" }
        return image(bytes)
    }

    /// Recognises pictures (a preview saved under the model's name, a download that was a web
    /// page's image) by their first bytes: "a PNG image" and so on.
    static func image(_ bytes: UnsafeRawBufferPointer) -> String? {
        func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + magic.count && magic.indices.allSatisfy { bytes[offset + $0] == magic[$0] }
        }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "a PNG image" }
        if starts([0xFF, 0xD8, 0xFF]) { return "a JPEG image" }
        if starts(Array("GIF8".utf8)) { return "a GIF image" }
        if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return "a WebP image" }
        return nil
    }

    private static func textLike(_ bytes: UnsafeRawBufferPointer) -> String? {
        let prefix = bytes.prefix(8)
        if prefix.allSatisfy({ (0x20...0x7E).contains($0) || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return "a text file"
        }
        return nil
    }

    private static func entry(file: String, name: String, value: JSONValue) throws(SafetensorsError) -> SafetensorsEntry
    {
        guard let fields = value.objectMembers else {
            throw .malformedEntry(file: file, tensor: name, reason: "entry is not an object")
        }
        func field(_ key: String) throws(SafetensorsError) -> JSONValue {
            guard let v = fields.first(where: { $0.0 == key })?.1 else {
                throw .malformedEntry(file: file, tensor: name, reason: "entry has no '\(key)'")
            }
            return v
        }
        guard let dtypeName = try field("dtype").stringValue else {
            throw .malformedEntry(file: file, tensor: name, reason: "'dtype' is not a string")
        }
        guard let dtype = DType(rawValue: dtypeName) else {
            throw .unknownDType(file: file, tensor: name, dtype: dtypeName)
        }
        guard let dims = try field("shape").arrayValue else {
            throw .invalidShape(file: file, tensor: name, reason: "not a list")
        }
        var shape: [Int] = []
        var count = 1
        for dim in dims {
            guard case .number(_, let integer?) = dim, integer >= 0 else {
                throw .invalidShape(
                    file: file, tensor: name,
                    reason: "dimension \(JSONWriter.string(dim)) is not a non-negative integer")
            }
            shape.append(integer)
            let (product, overflow) = count.multipliedReportingOverflow(by: integer)
            if overflow { throw .invalidShape(file: file, tensor: name, reason: "element count overflows") }
            count = product
        }
        guard let offsets = try field("data_offsets").arrayValue, offsets.count == 2,
            case .number(_, let begin?) = offsets[0], case .number(_, let end?) = offsets[1]
        else { throw .invalidOffsets(file: file, tensor: name, reason: "expected [begin, end] integers") }
        if begin < 0 || end < begin {
            throw .invalidOffsets(file: file, tensor: name, reason: "[\(begin), \(end)] is not a valid range")
        }
        let (bytes, overflow) = count.multipliedReportingOverflow(by: dtype.byteSize)
        if overflow || bytes != end - begin {
            throw .sizeMismatch(
                file: file, tensor: name, expectedBytes: overflow ? Int.max : bytes, rangeBytes: end - begin)
        }
        return SafetensorsEntry(name: name, dtype: dtype, shape: shape, dataRange: begin..<end)
    }
}
