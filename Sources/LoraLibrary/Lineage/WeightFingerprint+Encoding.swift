extension WeightFingerprint {
    /// The fingerprint as bytes, for an SQLite BLOB (about 4.1 KB with the default parameters).
    ///
    /// Layout, integers little-endian:
    /// ```
    /// UInt8    formatVersion (1)
    /// UInt8    L, then L bytes: architecture, UTF-8
    /// UInt64   seed
    /// UInt64   coverage
    /// UInt32   tensorCount
    /// UInt32   samplesPerTensor
    /// Float32  values (tensorCount · samplesPerTensor of them, IEEE bit patterns)
    /// ```
    public var encoded: [UInt8] {
        let label = Array(architecture.utf8.prefix(255))
        var bytes: [UInt8] = [Self.formatVersion, UInt8(label.count)]
        bytes.reserveCapacity(2 + label.count + 24 + 4 * values.count)
        bytes += label
        func append<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
        }
        append(seed)
        append(coverage)
        append(UInt32(tensorCount))
        append(UInt32(samplesPerTensor))
        for value in values { append(value.bitPattern) }
        return bytes
    }

    /// Decodes `encoded`.
    /// - Returns: nil for another format version, a truncated or overlong blob, or counts that do
    ///   not match the values.
    public init?(encoded bytes: [UInt8]) {
        var position = 0
        func read<T: FixedWidthInteger>(_: T.Type) -> T? {
            let size = MemoryLayout<T>.size
            guard position + size <= bytes.count else { return nil }
            var value: T = 0
            for i in 0..<size { value |= T(bytes[position + i]) << (8 * i) }
            position += size
            return value
        }
        guard let version = read(UInt8.self), version == Self.formatVersion,
            let labelCount = read(UInt8.self), position + Int(labelCount) <= bytes.count,
            let architecture = String(validating: bytes[position..<(position + Int(labelCount))], as: UTF8.self)
        else { return nil }
        position += Int(labelCount)
        guard let seed = read(UInt64.self), let coverage = read(UInt64.self),
            let tensorCount = read(UInt32.self), let samplesPerTensor = read(UInt32.self),
            tensorCount > 0, samplesPerTensor > 0
        else { return nil }
        let (count, overflow) = Int(tensorCount).multipliedReportingOverflow(by: Int(samplesPerTensor))
        let remaining = bytes.count - position
        guard !overflow, remaining % 4 == 0, remaining / 4 == count else { return nil }
        var values: [Float] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(Float(bitPattern: read(UInt32.self)!)) }
        self.init(
            architecture: architecture, tensorCount: Int(tensorCount), samplesPerTensor: Int(samplesPerTensor),
            seed: seed, coverage: coverage, values: values)
    }
}
