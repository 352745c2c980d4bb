import Testing

@testable import LoraEngine

/// Encodes `inputs` to `dtype` with the bulk kernel (and the scalar one) and returns the bytes.
private func bulkEncode(_ inputs: [Float], to dtype: DType, rounding: DTypeConversion.Rounding = .nearestEven)
    -> [UInt8]
{
    let tensor = Tensor(shape: [inputs.count], values: inputs)
    return tensor.converted(to: dtype, rounding: rounding).withUnsafeRawBytes { Array($0) }
}

private func isNaNCode(_ code: UInt16, _ dtype: DType) -> Bool {
    switch dtype {
    case .f16: return code & 0x7C00 == 0x7C00 && code & 0x03FF != 0
    case .bf16: return code & 0x7F80 == 0x7F80 && code & 0x007F != 0
    case .f8e4m3: return code & 0x7F == 0x7F
    case .f8e5m2: return code & 0x7C == 0x7C && code & 0x03 != 0
    default: return false
    }
}

@Test(arguments: [("f16", DType.f16), ("bf16", .bf16), ("e4m3", .f8e4m3), ("e5m2", .f8e5m2)])
func encodingMatchesNumpy(name: String, dtype: DType) throws {
    let inputs = try NpyFile("convert_inputs_f32").array(Float.self)
    let expectedFile = try NpyFile("convert_expected_\(name)")
    let expected: [UInt16] =
        dtype.byteSize == 2 ? expectedFile.array(UInt16.self) : expectedFile.array(UInt8.self).map { UInt16($0) }
    let bytes = bulkEncode(inputs, to: dtype)
    var mismatches: [String] = []
    for i in inputs.indices {
        let got: UInt16 = dtype.byteSize == 2 ? UInt16(bytes[2 * i]) | UInt16(bytes[2 * i + 1]) << 8 : UInt16(bytes[i])
        // Scalar path must agree with the bulk path.
        var scalar = [UInt8](repeating: 0, count: 2)
        scalar.withUnsafeMutableBytes { DTypeConversion.storeFloat(inputs[i], $0.baseAddress!, dtype, 0) }
        let scalarCode: UInt16 = dtype.byteSize == 2 ? UInt16(scalar[0]) | UInt16(scalar[1]) << 8 : UInt16(scalar[0])
        let ok: Bool
        if isNaNCode(expected[i], dtype) {
            ok = isNaNCode(got, dtype) && isNaNCode(scalarCode, dtype)
        } else {
            ok = got == expected[i] && scalarCode == expected[i]
        }
        if !ok {
            mismatches.append(
                "\(inputs[i]) (0x\(String(inputs[i].bitPattern, radix: 16))): numpy 0x\(String(expected[i], radix: 16)) bulk 0x\(String(got, radix: 16)) scalar 0x\(String(scalarCode, radix: 16))"
            )
        }
    }
    #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5))")
    #expect(inputs.count > 1000)
}

@Test(arguments: [("e4m3", DType.f8e4m3), ("e5m2", .f8e5m2)])
func fp8DecodingMatchesMlDtypes(name: String, dtype: DType) throws {
    let expected = try NpyFile("decode_\(name)").array(Float.self)
    let codes = (0..<256).map { UInt8($0) }
    let storage = TensorStorage(uninitializedByteCount: 256)
    codes.withUnsafeBytes { storage.baseAddress.copyMemory(from: $0.baseAddress!, byteCount: 256) }
    let decoded = Tensor(shape: [256], dtype: dtype, storage: storage).floats()
    for i in 0..<256 {
        if expected[i].isNaN {
            #expect(decoded[i].isNaN, "code \(i)")
        } else {
            #expect(decoded[i].bitPattern == expected[i].bitPattern, "code \(i): \(decoded[i]) vs \(expected[i])")
        }
    }
}

@Test func f16DecodingMatchesNumpy() throws {
    let bits = try NpyFile("decode_f16_bits").array(UInt16.self)
    let expected = try NpyFile("decode_f16_values").array(Float.self)
    let storage = TensorStorage(uninitializedByteCount: bits.count * 2)
    bits.withUnsafeBytes { storage.baseAddress.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
    let decoded = Tensor(shape: [bits.count], dtype: .f16, storage: storage).floats()
    for i in bits.indices {
        if expected[i].isNaN {
            #expect(decoded[i].isNaN)
        } else {
            #expect(decoded[i].bitPattern == expected[i].bitPattern, "bits 0x\(String(bits[i], radix: 16))")
        }
    }
}

@Test func roundTripsThroughEveryDtypeAreExactForRepresentableValues() {
    // Values exactly representable in e5m2 (and so in every float dtype) survive every path.
    let values: [Float] = [0, 1, -2, 0.5, 0.25, 12, -96, 0.0625, 3, -0.75]
    let start = Tensor(shape: [2, 5], values: values)
    for a in [DType.f64, .f16, .bf16, .f8e4m3, .f8e5m2] {
        for b in [DType.f64, .f16, .bf16, .f8e4m3, .f8e5m2, .f32] {
            #expect(start.converted(to: a).converted(to: b).floats() == values, "\(a) → \(b)")
        }
    }
}

@Test func bulkPathHandlesLengthsThatAreNotMultiplesOfTheVectorWidth() {
    var generator = SplitMix64(seed: 9)
    for n in [1, 15, 16, 17, 4095, 4097, 9000] {
        let values = generator.normals(count: n)
        let tensor = Tensor(shape: [n], values: values)
        for dtype in [DType.f16, .bf16, .f8e4m3, .f8e5m2, .f64] {
            let bulk = tensor.converted(to: dtype).converted(to: .f16).floats()
            let scalar = values.map { v -> Float in
                var b = [UInt8](repeating: 0, count: 8)
                return b.withUnsafeMutableBytes { raw -> Float in
                    DTypeConversion.storeFloat(v, raw.baseAddress!, dtype, 0)
                    return Float(Float16(DTypeConversion.loadFloat(raw.baseAddress!, dtype, 0)))
                }
            }
            #expect(bulk == scalar, "n=\(n) \(dtype)")
        }
    }
}

@Test(arguments: [DType.bf16, .f8e4m3, .f8e5m2])
func stochasticRoundingIsUnbiasedSeededAndBracketing(dtype: DType) {
    // 1.3 lies between two neighbours in every target; the mean of many stochastic roundings
    // approaches 1.3, while round-to-nearest stays at one neighbour.
    let n = 20000
    let value: Float = 1.3
    let tensor = Tensor(shape: [n], values: [Float](repeating: value, count: n))
    let nearest = tensor.converted(to: dtype).floats()[0]
    let rounded = tensor.converted(to: dtype, rounding: .stochastic(seed: 42)).floats()
    let distinct = Set(rounded)
    #expect(distinct.count == 2)
    #expect(distinct.contains(nearest))
    #expect(distinct.allSatisfy { abs($0 - value) < 0.25 })
    let mean = rounded.reduce(0.0) { $0 + Double($1) } / Double(n)
    let gap = Double(distinct.max()! - distinct.min()!)
    // Standard error of the mean ≤ gap / (2√n); allow 5 of them.
    #expect(abs(mean - Double(value)) < 5 * gap / (2 * Double(n).squareRoot()), "mean \(mean)")
    #expect(abs(Double(nearest) - Double(value)) > abs(mean - Double(value)))
    let again = tensor.converted(to: dtype, rounding: .stochastic(seed: 42)).floats()
    #expect(again == rounded)
    let other = tensor.converted(to: dtype, rounding: .stochastic(seed: 43)).floats()
    #expect(other != rounded)
    // Exactly representable values never move; NaN stays NaN.
    let exact = Tensor(shape: [3], values: [1, -0.5, .nan]).converted(to: dtype, rounding: .stochastic(seed: 1))
        .floats()
    #expect(exact[0] == 1 && exact[1] == -0.5 && exact[2].isNaN)
}
