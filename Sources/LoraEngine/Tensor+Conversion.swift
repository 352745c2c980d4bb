/// Element conversion between dtypes.
///
/// Every float dtype converts through `Float` (F64 through `Double` when both sides are F64).
/// Narrowing rounds to nearest, ties to even; F8_E4M3 (e4m3fn) saturates to ±448 and has no
/// infinities; F8_E5M2 keeps ±inf; NaN stays NaN.
extension Tensor {
    /// The elements as `Float`s (row-major).
    /// - Precondition: `dtype.isFloatingPoint`.
    public func floats() -> [Float] {
        if dtype == .f32 { return withUnsafeFloats { Array($0) } }
        return converted(to: .f32).withUnsafeFloats { Array($0) }
    }

    /// This tensor with its elements converted to `target` (the same tensor when equal).
    /// - Precondition: both dtypes are floating point, unless they are equal.
    public func converted(to target: DType) -> Tensor {
        if target == dtype { return self }
        precondition(dtype.isFloatingPoint && target.isFloatingPoint,
                     "cannot convert \(dtype.rawValue) to \(target.rawValue)")
        let n = count
        let out = TensorStorage(uninitializedByteCount: n * target.byteSize)
        withUnsafeRawBytes { source in
            DTypeConversion.convert(
                from: source.baseAddress!, dtype: dtype, to: out.baseAddress, dtype: target, count: n)
        }
        return Tensor(shape: shape, dtype: target, storage: out)
    }
}

/// Scalar conversion kernels between the float dtypes.
public enum DTypeConversion {
    /// Converts `count` elements of `sourceType` at `source` into `targetType` at `target`.
    public static func convert(
        from source: UnsafeRawPointer, dtype sourceType: DType,
        to target: UnsafeMutableRawPointer, dtype targetType: DType, count: Int
    ) {
        if sourceType == .f64 && targetType == .f64 {
            target.copyMemory(from: source, byteCount: count * 8)
            return
        }
        for i in 0..<count {
            let value = loadFloat(source, sourceType, i)
            storeFloat(value, target, targetType, i)
        }
    }

    /// Reads element `index` of a float buffer of `dtype` as a `Float`.
    @inline(__always)
    public static func loadFloat(_ base: UnsafeRawPointer, _ dtype: DType, _ index: Int) -> Float {
        switch dtype {
        case .f32: return base.load(fromByteOffset: index * 4, as: Float.self)
        case .f64: return Float(base.load(fromByteOffset: index * 8, as: Double.self))
        case .f16: return Float(base.load(fromByteOffset: index * 2, as: Float16.self))
        case .bf16:
            let bits = UInt32(base.load(fromByteOffset: index * 2, as: UInt16.self)) << 16
            return Float(bitPattern: bits)
        case .f8e4m3: return decodeE4M3(base.load(fromByteOffset: index, as: UInt8.self))
        case .f8e5m2: return decodeE5M2(base.load(fromByteOffset: index, as: UInt8.self))
        default: preconditionFailure("\(dtype.rawValue) is not a float dtype")
        }
    }

    /// Writes `value` as element `index` of a float buffer of `dtype`.
    @inline(__always)
    public static func storeFloat(_ value: Float, _ base: UnsafeMutableRawPointer, _ dtype: DType, _ index: Int) {
        switch dtype {
        case .f32: base.storeBytes(of: value, toByteOffset: index * 4, as: Float.self)
        case .f64: base.storeBytes(of: Double(value), toByteOffset: index * 8, as: Double.self)
        case .f16: base.storeBytes(of: Float16(value), toByteOffset: index * 2, as: Float16.self)
        case .bf16: base.storeBytes(of: encodeBF16(value), toByteOffset: index * 2, as: UInt16.self)
        case .f8e4m3: base.storeBytes(of: encodeE4M3(value), toByteOffset: index, as: UInt8.self)
        case .f8e5m2: base.storeBytes(of: encodeE5M2(value), toByteOffset: index, as: UInt8.self)
        default: preconditionFailure("\(dtype.rawValue) is not a float dtype")
        }
    }

    /// Float → bfloat16 bits, round to nearest even; NaN stays a quiet NaN.
    @inline(__always)
    public static func encodeBF16(_ value: Float) -> UInt16 {
        let bits = value.bitPattern
        if value.isNaN { return UInt16(truncatingIfNeeded: (bits >> 16) | 0x0040) }
        let rounding = 0x7FFF + ((bits >> 16) & 1)
        return UInt16(truncatingIfNeeded: (bits &+ rounding) >> 16)
    }

    /// e4m3fn byte → Float: bias 7, no infinities, 0x7F/0xFF are NaN.
    @inline(__always)
    public static func decodeE4M3(_ byte: UInt8) -> Float {
        let sign: Float = byte & 0x80 != 0 ? -1 : 1
        let exponent = Int((byte >> 3) & 0xF)
        let mantissa = Float(byte & 0x7)
        if exponent == 0xF && byte & 0x7 == 0x7 { return .nan }
        if exponent == 0 { return sign * mantissa / 8 * Float(sign: .plus, exponent: -6, significand: 1) }
        return sign * (1 + mantissa / 8) * Float(sign: .plus, exponent: exponent - 7, significand: 1)
    }

    /// e5m2 byte → Float: bias 15, IEEE-like (infinities and NaNs at exponent 31).
    @inline(__always)
    public static func decodeE5M2(_ byte: UInt8) -> Float {
        // e5m2 is the top byte of an IEEE half.
        Float(Float16(bitPattern: UInt16(byte) << 8))
    }

    /// Float → e4m3fn byte, round to nearest even, saturating to ±448; NaN → 0x7F (sign kept).
    @inline(__always)
    public static func encodeE4M3(_ value: Float) -> UInt8 {
        let signBit: UInt8 = value.sign == .minus ? 0x80 : 0
        if value.isNaN { return signBit | 0x7F }
        let magnitude = Swift.min(abs(value), 448)
        return signBit | encodeMinifloat(magnitude, exponentBits: 4, mantissaBits: 3, bias: 7, maxCode: 0x7E)
    }

    /// Float → e5m2 byte, round to nearest even; overflow → ±inf; NaN → 0x7E|sign.
    @inline(__always)
    public static func encodeE5M2(_ value: Float) -> UInt8 {
        let signBit: UInt8 = value.sign == .minus ? 0x80 : 0
        if value.isNaN { return signBit | 0x7E }
        let magnitude = abs(value)
        if magnitude.isInfinite { return signBit | 0x7C }
        return signBit | encodeMinifloat(magnitude, exponentBits: 5, mantissaBits: 2, bias: 15, maxCode: 0x7C)
    }

    /// Encodes a finite non-negative `magnitude` into the low 7 bits of a minifloat with round
    /// to nearest even; results above `maxCode` clamp to it (saturation or infinity).
    @inline(__always)
    static func encodeMinifloat(_ magnitude: Float, exponentBits: Int, mantissaBits: Int, bias: Int, maxCode: UInt8)
        -> UInt8
    {
        if magnitude == 0 { return 0 }
        // Work in units of the smallest subnormal: value = q · 2^(1 - bias - mantissaBits).
        let minExponent = 1 - bias
        let unitExponent = minExponent - mantissaBits
        let exponent = Swift.max(Int(magnitude.exponent), minExponent)
        // Quantum at this binade.
        let quantumExponent = exponent - mantissaBits
        let scaled = magnitude * Float(sign: .plus, exponent: -quantumExponent, significand: 1)
        var q = scaled.rounded(.toNearestOrEven)
        var e = exponent
        if q >= Float(2 << mantissaBits) {  // rounding carried into the next binade
            q /= 2
            e += 1
        }
        _ = unitExponent
        var code: Int
        if q < Float(1 << mantissaBits) {  // subnormal
            code = Int(q)
        } else {
            code = ((e + bias) << mantissaBits) | (Int(q) - (1 << mantissaBits))
        }
        if code > Int(maxCode) { code = Int(maxCode) }
        return UInt8(code)
    }
}
