import LoraEngine

/// A base model (checkpoint) opened lazily: its tensor names, shapes and dtypes, architecture
/// and metadata, with tensors read only on demand.
public struct BaseModel: Sendable {
    /// The file it was opened from.
    public let path: String
    /// The opened file.
    public let file: SafetensorsReader
    /// Tensor name → shape.
    public let shapes: [String: [Int]]
    /// The detected architecture.
    public let architecture: ArchitectureReport

    /// Opens `path` (header only).
    /// - Throws: `SafetensorsError`.
    /// - Complexity: O(header).
    public init(path: String) throws(SafetensorsError) {
        try self.init(file: SafetensorsReader(path: path))
    }

    /// Wraps an opened file.
    public init(file: SafetensorsReader) {
        path = file.path
        self.file = file
        var shapes: [String: [Int]] = [:]
        for entry in file.entries { shapes[entry.name] = entry.shape }
        self.shapes = shapes
        architecture = ArchitectureDetector.detect(checkpoint: shapes, metadata: file.metadata, fileName: file.path)
    }

    /// Total parameters.
    public var parameterCount: Int { file.entries.reduce(0) { $0 + $1.count } }

    /// Distinct dtypes with their tensor counts.
    public var dtypeCounts: [(DType, Int)] {
        var counts: [DType: Int] = [:]
        for entry in file.entries { counts[entry.dtype, default: 0] += 1 }
        return counts.sorted { $0.value > $1.value }.map { ($0.key, $0.value) }
    }

    /// The tensor named `key` (zero-copy).
    public func tensor(_ key: String) throws(SafetensorsError) -> Tensor { try file.tensor(named: key) }
}
