import Testing

@testable import LoraEngine

/// `DTypeConversion.nonFiniteCount` reads NaN/inf from the bits of every float dtype. The bit
/// patterns are the IEEE 754 / OCP fp8 encodings, written out by hand.
@Suite struct NonFiniteCountTests {
    func count<T>(_ values: [T], _ dtype: DType) -> Int {
        values.withUnsafeBytes { DTypeConversion.nonFiniteCount($0.baseAddress!, dtype: dtype, count: values.count) }
    }

    @Test func sixteenBitTypes() {
        // F16: 0x7C00 +inf, 0xFC00 -inf, 0x7E00 NaN, 0x7BFF 65504 (largest finite), 0x3C00 1.
        var f16 = [UInt16](repeating: 0x3C00, count: 1000)
        for (i, bits) in [(3, UInt16(0x7C00)), (64, 0xFC00), (999, 0x7E00), (500, 0x7BFF)] { f16[i] = bits }
        #expect(count(f16, .f16) == 3)
        // BF16: 0x7F80 +inf, 0x7FC0 NaN, 0x7F7F largest finite.
        var bf16 = [UInt16](repeating: 0x3F80, count: 70)
        for (i, bits) in [(0, UInt16(0x7F80)), (33, 0x7FC0), (69, 0xFF80), (40, 0x7F7F)] { bf16[i] = bits }
        #expect(count(bf16, .bf16) == 3)
        // 2^20 + 5 values all infinite: the 16-bit lanes are flushed before they overflow.
        #expect(count([UInt16](repeating: 0x7C00, count: (1 << 20) + 5), .f16) == (1 << 20) + 5)
    }

    @Test func wideAndEightBitTypes() {
        var f32 = [Float](repeating: 1, count: 37)
        f32[5] = .infinity
        f32[36] = .nan
        f32[20] = .greatestFiniteMagnitude
        #expect(count(f32, .f32) == 2)
        #expect(count([1.0, -.infinity, .nan, 2], DType.f64) == 2)
        // e5m2: 0x7C +inf, 0x7D NaN, 0x7B 57344 finite; e4m3fn: only 0x7F/0xFF are NaN, 0x7E = 448.
        #expect(count([UInt8(0x7C), 0x7D, 0x7B, 0xFC, 0x3C], .f8e5m2) == 3)
        #expect(count([UInt8(0x7F), 0xFF, 0x7E, 0x7C, 0x38], .f8e4m3) == 2)
        #expect(count([Int32(0x7F80_0000)], .i32) == 0)
    }

    @Test func largestFiniteValues() {
        #expect(DType.f16.largestFinite == 65504)
        #expect(DType.f8e5m2.largestFinite == 57344)
        #expect(DType.bf16.largestFinite == Double(Float(bitPattern: 0x7F7F_0000)))
        #expect(DType.f8e4m3.largestFinite == nil)
        // Half a step past the largest finite value rounds to inf (IEEE round to nearest even).
        #expect(DType.f16.overflowThreshold == 65520)
        #expect(DType.f8e5m2.overflowThreshold == 61440)
        #expect(DType.f32.overflowThreshold == nil)
        #expect(Float16(65519.0).isFinite && Float16(65520.0).isInfinite)
    }
}
