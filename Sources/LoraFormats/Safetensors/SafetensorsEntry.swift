import LoraEngine

/// One tensor's header entry in a safetensors file: name, dtype, shape and byte range.
public struct SafetensorsEntry: Sendable, Hashable {
    /// The tensor's name (its key in the header).
    public let name: String
    /// Element type.
    public let dtype: DType
    /// Extent of each dimension.
    public let shape: [Int]
    /// Byte range relative to the start of the data section.
    public let dataRange: Range<Int>

    /// Number of elements.
    public var count: Int { shape.reduce(1, *) }
    /// Number of data bytes.
    public var byteCount: Int { dataRange.count }

    public init(name: String, dtype: DType, shape: [Int], dataRange: Range<Int>) {
        self.name = name
        self.dtype = dtype
        self.shape = shape
        self.dataRange = dataRange
    }
}
