import Testing

@testable import LoraEngine

@Test func elementwiseOpsComputeExpectedValues() {
    let x = Tensor(shape: [2, 3], values: [1, 2, 3, 4, 5, 6])
    let y = Tensor(shape: [2, 3], values: [0.5, -1, 2, 0, 10, -6])
    #expect(x.adding(y).floats() == [1.5, 1, 5, 4, 15, 0])
    #expect(x.scaled(by: -2).floats() == [-2, -4, -6, -8, -10, -12])
    var z = x
    z.axpy(2, y)
    #expect(z.floats() == [2, 0, 7, 4, 25, -6])
    #expect(x.floats() == [1, 2, 3, 4, 5, 6], "copy-on-write keeps the original")
    // Long enough for the SIMD body and a tail; a bf16 input is converted.
    let n = 37
    let big = Tensor(shape: [n], values: (0..<n).map { Float($0) }).converted(to: .bf16)
    var acc = Tensor(shape: [n], values: [Float](repeating: 1, count: n))
    acc.axpy(0.5, big)
    #expect(acc.floats() == (0..<n).map { 1 + 0.5 * Float($0) })
}

@Test func reductionsAccumulateInDoubleForEveryDtype() {
    let values: [Float] = (0..<1001).map { Float($0 % 17) - 8 }
    let expectedSum = values.reduce(0.0) { $0 + Double($1) }
    let expectedSquares = values.reduce(0.0) { $0 + Double($1) * Double($1) }
    for dtype in [DType.f32, .f16, .bf16, .f8e4m3, .f64] {
        let t = Tensor(shape: [7, 143], values: values).converted(to: dtype)
        #expect(t.sum() == expectedSum, "\(dtype)")
        #expect(t.sumOfSquares() == expectedSquares)
        #expect(abs(t.frobeniusNorm() - expectedSquares.squareRoot()) < 1e-12)
        #expect(t.maxAbs() == 8)
        #expect(t.nonFiniteCount() == 0 && t.isFinite)
    }
    // F32 sums of many small values keep Double accuracy: 1e7 × 0.1 (F32 accumulation drifts).
    let tenths = Tensor(shape: [10_000_000], values: [Float](repeating: 0.1, count: 10_000_000))
    #expect(abs(tenths.sum() - 1e7 * Double(Float(0.1))) < 1e-3)
}

@Test func nonFiniteCheckFindsNaNAndInfinities() {
    var values = [Float](repeating: 1, count: 100)
    values[3] = .nan
    values[50] = .infinity
    values[99] = -.infinity
    let t = Tensor(shape: [100], values: values)
    #expect(t.nonFiniteCount() == 3)
    #expect(!t.isFinite)
    #expect(t.maxAbs().isNaN)
    #expect(t.converted(to: .f16).nonFiniteCount() == 3)
    #expect(t.converted(to: .f8e4m3).nonFiniteCount() == 1, "e4m3fn saturates ±inf, keeps NaN")
}

@Test func transposeReshapeAndRowSlices() {
    let t = Tensor(shape: [2, 3], values: [1, 2, 3, 4, 5, 6])
    #expect(t.transposed().shape == [3, 2])
    #expect(t.transposed().floats() == [1, 4, 2, 5, 3, 6])
    #expect(t.converted(to: .bf16).transposed().floats() == [1, 4, 2, 5, 3, 6])
    var g = SplitMix64(seed: 3)
    let big = Tensor.randomNormal(shape: [45, 70], generator: &g)
    #expect(big.transposed().transposed().floats() == big.floats())
    let bigT = big.transposed().floats()
    let bigV = big.floats()
    #expect(bigT[7 * 45 + 44] == bigV[44 * 70 + 7])
    #expect(t.reshaped([3, 2]).floats() == t.floats())
    // Fused q|k|v: a 6 × 2 weight, rows 2..<4 are "k".
    let fused = Tensor(shape: [6, 2], values: (0..<12).map(Float.init)).converted(to: .f16)
    let k = fused.rowSlice(2..<4)
    #expect(k.shape == [2, 2] && k.dtype == .f16)
    #expect(k.floats() == [4, 5, 6, 7])
    let conv = Tensor(zeros: [4, 3, 3, 3])
    #expect(conv.flattenedToMatrix().shape == [4, 27])
    #expect(Tensor.concatenatingRows([t, t.scaled(by: 2)]).floats() == [1, 2, 3, 4, 5, 6, 2, 4, 6, 8, 10, 12])
}

@Test func quantileBySelectionMatchesSortedDefinition() {
    var g = SplitMix64(seed: 11)
    for n in [1, 2, 5, 1000, 100_001] {
        let values = g.normals(count: n)
        let t = Tensor(shape: [n], values: values)
        let sorted = values.sorted()
        for q in [0.0, 0.1, 0.5, 0.9, 0.999, 1.0] {
            let h = q * Double(n - 1)
            let lo = Int(h.rounded(.down))
            let hi = min(lo + 1, n - 1)
            let expected = Double(sorted[lo]) + (h - Double(lo)) * (Double(sorted[hi]) - Double(sorted[lo]))
            #expect(abs(Double(t.quantile(q)) - expected) <= 1e-6 * max(1, abs(expected)), "n=\(n) q=\(q)")
        }
        let mags = values.map { abs($0) }.sorted()
        #expect(t.quantile(1, ofMagnitudes: true) == mags.last!)
    }
    // Many ties (the three-way partition) and numpy's example.
    let ties = Tensor(shape: [9], values: [3, 3, 3, 1, 1, 2, 2, 2, 2])
    #expect(ties.quantile(0.5) == 2)
    #expect(Tensor(shape: [4], values: [10, 7, 4, 3]).quantile(0.5) == 5.5)
    #expect(Tensor(shape: [3], values: [1, .nan, 2]).quantile(0.5).isNaN)
}

@Test func splitMix64MatchesPublishedSequence() {
    // First outputs of SplitMix64 seeded with 1234567 (Vigna's splitmix64.c test vector).
    var g = SplitMix64(seed: 1234567)
    let expected: [UInt64] = [
        6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821,
    ]
    #expect((0..<5).map { _ in g.next() } == expected)
    #expect(SplitMix64.hash(1234567, 2) == expected[2])
    var n = SplitMix64(seed: 5)
    let normals = (0..<20000).map { _ in n.nextNormal() }
    let mean = normals.reduce(0, +) / 20000
    let variance = normals.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 20000
    #expect(abs(mean) < 0.03 && abs(variance - 1) < 0.05)
}

@Test func doubleKernelsMatchPlainLoopsOnEveryTailLength() {
    var g = SplitMix64(seed: 21)
    for n in 0..<41 {
        var x = (0..<n).map { _ in g.nextNormal() }
        var y = (0..<n).map { _ in g.nextNormal() }
        let plainDot = zip(x, y).reduce(0.0) { $0 + $1.0 * $1.1 }
        let dot = x.withUnsafeBufferPointer { xb in
            y.withUnsafeBufferPointer { yb in
                DoubleKernels.dot(
                    xb.baseAddress ?? UnsafePointer(bitPattern: 8)!, yb.baseAddress ?? UnsafePointer(bitPattern: 8)!, n)
            }
        }
        #expect(abs(dot - plainDot) < 1e-12 * Double(max(n, 1)))
        let expectedY = zip(x, y).map { $1 + 0.5 * $0 }
        x.withUnsafeBufferPointer { xb in
            y.withUnsafeMutableBufferPointer { yb in
                if n > 0 { DoubleKernels.axpy(0.5, xb.baseAddress!, yb.baseAddress!, n) }
            }
        }
        #expect(zip(y, expectedY).allSatisfy { abs($0 - $1) < 1e-15 })
        let (c, s) = (0.6, 0.8)
        let expectedX = zip(x, y).map { c * $0 - s * $1 }
        let expectedY2 = zip(x, y).map { s * $0 + c * $1 }
        x.withUnsafeMutableBufferPointer { xb in
            y.withUnsafeMutableBufferPointer { yb in
                if n > 0 { DoubleKernels.rotate(xb.baseAddress!, yb.baseAddress!, c: c, s: s, n) }
            }
        }
        #expect(
            zip(x, expectedX).allSatisfy { abs($0 - $1) < 1e-15 }
                && zip(y, expectedY2).allSatisfy { abs($0 - $1) < 1e-15 })
    }
}

@Test func blockedReflectorMatchesPlainHouseholderUpdate() {
    var g = SplitMix64(seed: 31)
    for length in [1, 2, 5, 8, 13] {
        for columns in [0, 1, 3, 4, 5, 9] {
            let stride = length + 2
            let v = (0..<length).map { $0 == 0 ? 1.0 : g.nextNormal() }
            let tau = 2 / v.reduce(0) { $0 + $1 * $1 }  // makes H an exact reflector
            var x = (0..<(stride * max(columns, 1))).map { _ in g.nextNormal() }
            var expected = x
            for c in 0..<columns {
                let dot = (0..<length).reduce(0.0) { $0 + v[$1] * expected[c * stride + $1] }
                for i in 0..<length { expected[c * stride + i] -= tau * dot * v[i] }
            }
            let tail = Array(v.dropFirst()) + [0]
            tail.withUnsafeBufferPointer { t in
                x.withUnsafeMutableBufferPointer { xb in
                    DoubleKernels.reflect(
                        tail: t.baseAddress!, tau: tau, length: length, first: xb.baseAddress!, stride: stride,
                        columns: columns)
                }
            }
            #expect(zip(x, expected).allSatisfy { abs($0 - $1) < 1e-12 }, "length \(length) columns \(columns)")
        }
    }
}

@Test func largeBuffersAreReusedWithoutSharingLiveData() {
    // Two live 6 MiB tensors never share a buffer; a freed one may come back, with new contents.
    let n = 6 << 18
    var a = Tensor(zeros: [n])
    a.scale(by: 2)
    let b = Tensor(shape: [n], values: [Float](repeating: 3, count: n))
    #expect(a.sum() == 0 && b.sum() == 3 * Double(n))
    do {
        let temporary = Tensor(shape: [n], values: [Float](repeating: 7, count: n))
        #expect(temporary.maxAbs() == 7)
    }
    let c = Tensor(zeros: [n])
    #expect(c.sum() == 0 && c.maxAbs() == 0, "a reused buffer is zeroed when zeros are asked for")
    #expect(b.maxAbs() == 3)
}
