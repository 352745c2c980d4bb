extension DTypeConversion {
    /// The number of NaN and ±inf values among `count` elements of `dtype` at `bytes`, read
    /// from the bits (no conversion): all-ones exponents for the IEEE types and e5m2, the NaN
    /// codes 0x7F/0xFF for e4m3fn (which has no infinities). 0 for the integer types.
    /// - Complexity: O(count), SIMD for F16, BF16 and F32.
    public static func nonFiniteCount(_ bytes: UnsafeRawPointer, dtype: DType, count: Int) -> Int {
        switch dtype {
        case .f16: return countExponentAllOnes(bytes, count: count, mask: 0x7C00)
        case .bf16: return countExponentAllOnes(bytes, count: count, mask: 0x7F80)
        case .f32:
            var total = 0
            var i = 0
            var acc = SIMD16<UInt32>()
            while i + 16 <= count {
                let exponent = bytes.loadUnaligned(fromByteOffset: 4 * i, as: SIMD16<UInt32>.self) & 0x7F80_0000
                acc &+= (exponent &+ 0x0080_0000) &>> 31  // all ones ⇔ one more step carries into bit 31
                i += 16
                if i % (1 << 20) == 0 {
                    total += Int(acc.wrappedSum())
                    acc = SIMD16<UInt32>()
                }
            }
            total += Int(acc.wrappedSum())
            while i < count {
                if bytes.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self) & 0x7F80_0000 == 0x7F80_0000 { total += 1 }
                i += 1
            }
            return total
        case .f64:
            return (0..<count).reduce(0) { $0 + (bytes.loadUnaligned(fromByteOffset: 8 * $1, as: Double.self).isFinite ? 0 : 1) }
        case .f8e5m2:
            return (0..<count).reduce(0) { $0 + (bytes.load(fromByteOffset: $1, as: UInt8.self) & 0x7C == 0x7C ? 1 : 0) }
        case .f8e4m3:
            return (0..<count).reduce(0) { $0 + (bytes.load(fromByteOffset: $1, as: UInt8.self) & 0x7F == 0x7F ? 1 : 0) }
        case .i8, .u8, .i16, .i32, .i64, .bool:
            return 0
        }
    }

    /// 16-bit values whose bits under `mask` (the exponent) are all set.
    private static func countExponentAllOnes(_ bytes: UnsafeRawPointer, count: Int, mask: UInt16) -> Int {
        var total = 0
        var i = 0
        var acc = SIMD32<UInt16>()
        let masks = SIMD32<UInt16>(repeating: mask)
        while i + 32 <= count {
            let values = bytes.loadUnaligned(fromByteOffset: 2 * i, as: SIMD32<UInt16>.self) & masks
            acc &+= SIMD32<UInt16>(repeating: 1).replacing(with: 0, where: values .!= masks)
            i += 32
            if i % (32 << 15) == 0 {  // before a lane can pass 65535
                total += acc.indices.reduce(0) { $0 + Int(acc[$1]) }
                acc = SIMD32<UInt16>()
            }
        }
        total += acc.indices.reduce(0) { $0 + Int(acc[$1]) }
        while i < count {
            if bytes.loadUnaligned(fromByteOffset: 2 * i, as: UInt16.self) & mask == mask { total += 1 }
            i += 1
        }
        return total
    }
}

extension DType {
    /// The largest finite magnitude of a float type; values above it convert to ±inf (e4m3fn,
    /// which has no infinities, saturates instead: nil). nil for the integer types.
    public var largestFinite: Double? {
        switch self {
        case .f64: return Double.greatestFiniteMagnitude
        case .f32: return Double(Float.greatestFiniteMagnitude)
        case .f16: return 65504
        case .bf16: return 3.3895313892515355e38
        case .f8e5m2: return 57344
        case .f8e4m3, .i8, .u8, .i16, .i32, .i64, .bool: return nil
        }
    }
}
