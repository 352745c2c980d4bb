/// Conversion kernels between the float dtypes, scalar and bulk.
///
/// Bulk conversion runs in chunks through a small `Float` buffer: the source chunk is decoded
/// to `Float` with SIMD (F16 with the F16C instructions, BF16 by a shift, fp8 by a 256-entry
/// table), then encoded to the target with SIMD (F16, BF16) or scalar bit arithmetic (fp8).
///
/// Rounding rules, checked against numpy/ml_dtypes tables in the tests:
/// - F16, BF16, F8_E5M2: IEEE round to nearest, ties to even; overflow becomes ±inf.
/// - F8_E4M3 (e4m3fn, no infinities): round to nearest even, then saturate to ±448; ±inf also
///   saturates to ±448 (ml_dtypes and PyTorch return NaN there instead; lorash saturates, as
///   NVIDIA's `satfinite` conversions do, so a large weight never turns into NaN).
/// - NaN stays NaN (sign kept): BF16 quiets it, fp8 writes the canonical NaN code.
public enum DTypeConversion {
    /// How values are rounded when a conversion narrows.
    public enum Rounding: Sendable, Hashable {
        /// Round to nearest, ties to even (IEEE 754 default).
        case nearestEven
        /// Round up or down at random with probability proportional to the distance to each
        /// neighbour, so the rounding is unbiased in expectation. The random stream is
        /// `SplitMix64.hash(seed, elementIndex)` (see `SplitMix64`).
        case stochastic(seed: UInt64)
    }

    /// Elements per chunk of the bulk path (16 KiB of `Float`, fits L1).
    static let chunk = 4096

    /// Converts `count` elements of `sourceType` at `source` into `targetType` at `target`,
    /// rounding to nearest even.
    public static func convert(
        from source: UnsafeRawPointer, dtype sourceType: DType,
        to target: UnsafeMutableRawPointer, dtype targetType: DType, count: Int
    ) {
        convert(
            from: source, dtype: sourceType, to: target, dtype: targetType, count: count,
            rounding: .nearestEven)
    }

    /// Converts `count` elements of `sourceType` at `source` into `targetType` at `target`.
    ///
    /// - Parameter rounding: used when the target is BF16 or fp8; element `i` of this call
    ///   draws its random number from index `firstIndex + i`.
    /// - Complexity: O(count); F16/BF16/F32 paths are SIMD.
    public static func convert(
        from source: UnsafeRawPointer, dtype sourceType: DType,
        to target: UnsafeMutableRawPointer, dtype targetType: DType, count: Int,
        rounding: Rounding, firstIndex: Int = 0
    ) {
        precondition(sourceType.isFloatingPoint && targetType.isFloatingPoint)
        if count <= 0 { return }
        if sourceType == targetType {
            target.copyMemory(from: source, byteCount: count * sourceType.byteSize)
            return
        }
        if sourceType == .f32 {
            encode(
                source.assumingMemoryBound(to: Float.self), to: target, dtype: targetType, count: count,
                rounding: rounding, firstIndex: firstIndex)
            return
        }
        if targetType == .f32 {
            decode(source, dtype: sourceType, to: target.assumingMemoryBound(to: Float.self), count: count)
            return
        }
        withUnsafeTemporaryAllocation(of: Float.self, capacity: chunk) { buffer in
            let scratch = buffer.baseAddress!
            var start = 0
            while start < count {
                let n = Swift.min(chunk, count - start)
                decode(source + start * sourceType.byteSize, dtype: sourceType, to: scratch, count: n)
                encode(
                    scratch, to: target + start * targetType.byteSize, dtype: targetType, count: n,
                    rounding: rounding, firstIndex: firstIndex + start)
                start += n
            }
        }
    }

    /// Decodes `count` elements of a float dtype into `Float`s.
    static func decode(_ source: UnsafeRawPointer, dtype: DType, to out: UnsafeMutablePointer<Float>, count n: Int) {
        switch dtype {
        case .f32:
            out.update(from: source.assumingMemoryBound(to: Float.self), count: n)
        case .f64:
            let s = source.assumingMemoryBound(to: Double.self)
            for i in 0..<n { out[i] = Float(s[i]) }
        case .f16:
            var i = 0
            while i + 16 <= n {
                let v = (source + 2 * i).loadUnaligned(as: SIMD16<Float16>.self)
                UnsafeMutableRawPointer(out + i).storeBytes(of: SIMD16<Float>(v), as: SIMD16<Float>.self)
                i += 16
            }
            let s = source.assumingMemoryBound(to: Float16.self)
            while i < n {
                out[i] = Float(s[i])
                i += 1
            }
        case .bf16:
            var i = 0
            while i + 16 <= n {
                let v = SIMD16<UInt32>(truncatingIfNeeded: (source + 2 * i).loadUnaligned(as: SIMD16<UInt16>.self))
                UnsafeMutableRawPointer(out + i).storeBytes(of: v &<< 16, as: SIMD16<UInt32>.self)
                i += 16
            }
            let s = source.assumingMemoryBound(to: UInt16.self)
            while i < n {
                out[i] = Float(bitPattern: UInt32(s[i]) << 16)
                i += 1
            }
        case .f8e4m3:
            let s = source.assumingMemoryBound(to: UInt8.self)
            e4m3Table.withUnsafeBufferPointer { table in
                for i in 0..<n { out[i] = table[Int(s[i])] }
            }
        case .f8e5m2:
            let s = source.assumingMemoryBound(to: UInt8.self)
            e5m2Table.withUnsafeBufferPointer { table in
                for i in 0..<n { out[i] = table[Int(s[i])] }
            }
        default:
            preconditionFailure("\(dtype.rawValue) is not a float dtype")
        }
    }

    /// Encodes `count` `Float`s into a float dtype.
    static func encode(
        _ source: UnsafePointer<Float>, to target: UnsafeMutableRawPointer, dtype: DType, count n: Int,
        rounding: Rounding, firstIndex: Int
    ) {
        let raw = UnsafeRawPointer(source)
        switch dtype {
        case .f32:
            target.copyMemory(from: raw, byteCount: 4 * n)
        case .f64:
            let t = target.assumingMemoryBound(to: Double.self)
            for i in 0..<n { t[i] = Double(source[i]) }
        case .f16:
            var i = 0
            while i + 16 <= n {
                let v = (raw + 4 * i).loadUnaligned(as: SIMD16<Float>.self)
                (target + 2 * i).storeBytes(of: SIMD16<Float16>(v), as: SIMD16<Float16>.self)
                i += 16
            }
            let t = target.assumingMemoryBound(to: Float16.self)
            while i < n {
                t[i] = Float16(source[i])
                i += 1
            }
        case .bf16:
            let t = target.assumingMemoryBound(to: UInt16.self)
            switch rounding {
            case .nearestEven:
                var i = 0
                while i + 16 <= n {
                    let bits = (raw + 4 * i).loadUnaligned(as: SIMD16<UInt32>.self)
                    (target + 2 * i).storeBytes(of: encodeBF16(bits), as: SIMD16<UInt16>.self)
                    i += 16
                }
                while i < n {
                    t[i] = encodeBF16(source[i])
                    i += 1
                }
            case .stochastic(let seed):
                for i in 0..<n {
                    let r = UInt32(truncatingIfNeeded: SplitMix64.hash(seed, UInt64(firstIndex + i)))
                    t[i] = encodeBF16Stochastic(source[i], random: r)
                }
            }
        case .f8e4m3, .f8e5m2:
            let t = target.assumingMemoryBound(to: UInt8.self)
            let isE4M3 = dtype == .f8e4m3
            switch rounding {
            case .nearestEven:
                var i = 0
                while i + 16 <= n {
                    let bits = (raw + 4 * i).loadUnaligned(as: SIMD16<UInt32>.self)
                    let codes = isE4M3 ? encodeE4M3(bits) : encodeE5M2(bits)
                    (target + i).storeBytes(of: codes, as: SIMD16<UInt8>.self)
                    i += 16
                }
                while i < n {
                    t[i] = isE4M3 ? encodeE4M3(source[i]) : encodeE5M2(source[i])
                    i += 1
                }
            case .stochastic(let seed):
                for i in 0..<n {
                    let u = SplitMix64.unitFloat(SplitMix64.hash(seed, UInt64(firstIndex + i)))
                    t[i] = isE4M3 ? encodeE4M3(source[i], offset: u) : encodeE5M2(source[i], offset: u)
                }
            }
        default:
            preconditionFailure("\(dtype.rawValue) is not a float dtype")
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

    /// Writes `value` as element `index` of a float buffer of `dtype` (round to nearest even).
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

    /// Float → bfloat16 bits, round to nearest even; NaN stays NaN (quieted, sign kept).
    @inline(__always)
    public static func encodeBF16(_ value: Float) -> UInt16 {
        let bits = value.bitPattern
        if bits & 0x7FFF_FFFF > 0x7F80_0000 { return UInt16(truncatingIfNeeded: (bits >> 16) | 0x0040) }
        let rounding = 0x7FFF + ((bits >> 16) & 1)
        return UInt16(truncatingIfNeeded: (bits &+ rounding) >> 16)
    }

    /// Floats (as bit patterns) → bfloat16 bits in the low half of each lane, as
    /// `encodeBF16(_: Float)` lane by lane.
    @inline(__always)
    static func roundedBF16Bits<Lanes: SIMD>(_ bits: Lanes) -> Lanes where Lanes.Scalar == UInt32 {
        let rounded = (bits &+ (0x7FFF &+ ((bits &>> 16) & 1))) &>> 16
        let quietNaN = (bits &>> 16) | 0x0040
        // All ones where |bits| > 0x7F800000 (NaN): the subtraction borrows into bit 31.
        // (Arithmetic instead of a SIMD comparison mask, which the compiler builds lane by lane.)
        let nanMask = 0 &- ((0x7F80_0000 &- (bits & 0x7FFF_FFFF)) &>> 31)
        return (rounded & ~nanMask) | (quietNaN & nanMask)
    }

    /// Sixteen floats (as bit patterns) → bfloat16 bits.
    @inline(__always)
    static func encodeBF16(_ bits: SIMD16<UInt32>) -> SIMD16<UInt16> {
        SIMD16<UInt16>(truncatingIfNeeded: roundedBF16Bits(bits))
    }

    /// Eight floats (as bit patterns) → bfloat16 bits.
    @inline(__always)
    static func encodeBF16(_ bits: SIMD8<UInt32>) -> SIMD8<UInt16> {
        SIMD8<UInt16>(truncatingIfNeeded: roundedBF16Bits(bits))
    }

    /// Float → bfloat16 bits with stochastic rounding: the 16 dropped bits are compared with
    /// the low 16 bits of `random` (round up when their sum carries). NaN stays NaN; ±inf stays.
    @inline(__always)
    public static func encodeBF16Stochastic(_ value: Float, random: UInt32) -> UInt16 {
        let bits = value.bitPattern
        if bits & 0x7FFF_FFFF >= 0x7F80_0000 { return encodeBF16(value) }
        return UInt16(truncatingIfNeeded: (bits &+ (random & 0xFFFF)) >> 16)
    }

    /// e4m3fn byte → Float: bias 7, no infinities, 0x7F/0xFF are NaN.
    @inline(__always)
    public static func decodeE4M3(_ byte: UInt8) -> Float {
        let sign: Float = byte & 0x80 != 0 ? -1 : 1
        let exponent = Int((byte >> 3) & 0xF)
        let mantissa = Float(byte & 0x7)
        if byte & 0x7F == 0x7F { return .nan }
        if exponent == 0 { return sign * mantissa * 0x1p-9 }
        return sign * (1 + mantissa / 8) * Float(sign: .plus, exponent: exponent - 7, significand: 1)
    }

    /// e5m2 byte → Float: bias 15, IEEE-like (infinities and NaNs at exponent 31).
    @inline(__always)
    public static func decodeE5M2(_ byte: UInt8) -> Float {
        // e5m2 is the top byte of an IEEE half.
        Float(Float16(bitPattern: UInt16(byte) << 8))
    }

    /// Decoded values of all 256 e4m3fn bytes.
    static let e4m3Table: [Float] = (0..<256).map { decodeE4M3(UInt8($0)) }
    /// Decoded values of all 256 e5m2 bytes.
    static let e5m2Table: [Float] = (0..<256).map { decodeE5M2(UInt8($0)) }

    /// Float → e4m3fn byte, round to nearest even, saturating to ±448 (±inf included);
    /// NaN → 0x7F with the sign kept.
    @inline(__always)
    public static func encodeE4M3(_ value: Float) -> UInt8 {
        encodeE4M3(value, offset: nil)
    }

    /// Float → e5m2 byte, round to nearest even; overflow → ±inf; NaN → 0x7E with the sign kept.
    @inline(__always)
    public static func encodeE5M2(_ value: Float) -> UInt8 {
        encodeE5M2(value, offset: nil)
    }

    /// e4m3fn encoding; `offset` in [0, 1) selects stochastic rounding (floor(x/quantum + offset)).
    @inline(__always)
    public static func encodeE4M3(_ value: Float, offset: Float?) -> UInt8 {
        let signBit: UInt8 = value.sign == .minus ? 0x80 : 0
        if value.isNaN { return signBit | 0x7F }
        let magnitude = Swift.min(abs(value), 448)
        return signBit
            | encodeMinifloat(magnitude, mantissaBits: 3, bias: 7, maxCode: 0x7E, offset: offset)
    }

    /// e5m2 encoding; `offset` in [0, 1) selects stochastic rounding (floor(x/quantum + offset)).
    @inline(__always)
    public static func encodeE5M2(_ value: Float, offset: Float?) -> UInt8 {
        let signBit: UInt8 = value.sign == .minus ? 0x80 : 0
        if value.isNaN { return signBit | 0x7E }
        let magnitude = abs(value)
        if magnitude.isInfinite { return signBit | 0x7C }
        return signBit
            | encodeMinifloat(magnitude, mantissaBits: 2, bias: 15, maxCode: 0x7C, offset: offset)
    }

    /// Sixteen floats (as bit patterns) → e4m3fn bytes, as `encodeE4M3(_: Float)` lane by lane.
    @inline(__always)
    static func encodeE4M3(_ bits: SIMD16<UInt32>) -> SIMD16<UInt8> {
        let magnitude = bits & 0x7FFF_FFFF
        let nanMask = 0 &- ((0x7F80_0000 &- magnitude) &>> 31)
        let clamped = pointwiseMin(magnitude, SIMD16<UInt32>(repeating: 0x43E0_0000))  // 448, also for ±inf
        let code = encodeMinifloat(clamped, mantissaBits: 3, bias: 7)
        let withNaN = (code & ~nanMask) | (0x7F & nanMask)
        return SIMD16<UInt8>(truncatingIfNeeded: withNaN | ((bits &>> 24) & 0x80))
    }

    /// Sixteen floats (as bit patterns) → e5m2 bytes, as `encodeE5M2(_: Float)` lane by lane.
    @inline(__always)
    static func encodeE5M2(_ bits: SIMD16<UInt32>) -> SIMD16<UInt8> {
        let magnitude = bits & 0x7FFF_FFFF
        let nanMask = 0 &- ((0x7F80_0000 &- magnitude) &>> 31)
        // Overflow (and +inf itself) lands on codes ≥ 0x7C: clamp to infinity.
        let code = pointwiseMin(encodeMinifloat(magnitude, mantissaBits: 2, bias: 15), SIMD16<UInt32>(repeating: 0x7C))
        let withNaN = (code & ~nanMask) | (0x7E & nanMask)
        return SIMD16<UInt8>(truncatingIfNeeded: withNaN | ((bits &>> 24) & 0x80))
    }

    /// Branch-free round-to-nearest-even minifloat code of non-NaN magnitudes (F32 bit
    /// patterns), for the SIMD encoders. Normal range: round the F32 pattern to `mantissaBits`
    /// bits (add half-minus-one plus the kept lowest bit, shift) and rebias the exponent.
    /// Subnormal range (below 2^(1−bias)): scale to units of the smallest subnormal and round
    /// with the 2^23 "magic number" addition, whose result bits hold the rounded integer. The
    /// two are merged with masks built from subtraction borrows (no comparison masks).
    @inline(__always)
    static func encodeMinifloat(_ magnitude: SIMD16<UInt32>, mantissaBits m: Int, bias: Int) -> SIMD16<UInt32> {
        let shift = UInt32(23 - m)
        let half = SIMD16<UInt32>(repeating: (1 << (shift - 1)) - 1)
        let normal = ((magnitude &+ half &+ ((magnitude &>> shift) & 1)) &>> shift) &- UInt32((127 - bias) << m)
        let units =
            unsafeBitCast(magnitude, to: SIMD16<Float>.self)
            * Float(sign: .plus, exponent: bias - 1 + m, significand: 1)
        let subnormal = unsafeBitCast(units + 0x1p23, to: SIMD16<UInt32>.self) &- 0x4B00_0000
        let threshold = UInt32(127 + 1 - bias) << 23
        let subnormalMask = 0 &- ((magnitude &- threshold) &>> 31)
        return (normal & ~subnormalMask) | (subnormal & subnormalMask)
    }

    /// Encodes a finite non-negative `magnitude` into the low 7 bits of a minifloat.
    ///
    /// The value is divided by the quantum (spacing) of its binade, clamped below at the
    /// subnormal binade, and rounded to an integer q: to nearest even when `offset` is nil,
    /// else `floor(scaled + offset)`. When q reaches the next binade the carry moves into the
    /// exponent, which the code layout `(exponent << mantissaBits) | fraction` does by itself.
    /// Codes above `maxCode` clamp to it (saturation for e4m3fn, infinity for e5m2).
    @inline(__always)
    static func encodeMinifloat(_ magnitude: Float, mantissaBits: Int, bias: Int, maxCode: UInt8, offset: Float?)
        -> UInt8
    {
        if magnitude == 0 { return 0 }
        let minExponent = 1 - bias
        // Binade exponent, at least the subnormal one; magnitudes this large are already clamped.
        let exponent = Swift.max(Int(magnitude.exponent), minExponent)
        let quantumExponent = exponent - mantissaBits
        let scaled = magnitude * Float(sign: .plus, exponent: -quantumExponent, significand: 1)
        let q: Float
        if let offset {
            q = (scaled + offset).rounded(.down)
        } else {
            q = scaled.rounded(.toNearestOrEven)
        }
        // q ∈ [0, 2^(m+1)]; for normals q ≥ 2^m and the implicit bit adds one to the exponent
        // field, so code = (exponent - minExponent) << m + q covers normal, subnormal and carry.
        let code = ((exponent - minExponent) << mantissaBits) + Int(q)
        return UInt8(Swift.min(code, Int(maxCode)))
    }
}
