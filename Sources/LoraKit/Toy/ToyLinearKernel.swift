/// The one matrix product of the toy model's forward pass, on feature-major batches.
///
/// Activations are stored feature-major: `input[i · batch + b]` is feature i of pixel b, so a
/// batch of pixels for one feature is contiguous and the inner loop is a SIMD multiply-add
/// over pixels (blocks of 2 outputs × 32 pixels, then 8-lane and scalar tails). Each output element is
/// summed over inputs in increasing order, so results do not depend on the batch size or on
/// how batches are spread over threads. This function is the seam where the engine's GEMM
/// can take over.
enum ToyLinearKernel {
    /// `output[o, b] = base[o, b] + alpha · Σᵢ weight[o, i] · input[i, b]` where `base` is
    /// `bias[o]` (or 0 without bias) when `accumulate` is false, and the existing output
    /// when it is true.
    /// - Parameters:
    ///   - weight: row-major outputs × inputs.
    ///   - input: inputs × batch, feature-major.
    ///   - output: outputs × batch, feature-major.
    /// - Complexity: O(outputs · inputs · batch).
    static func multiply(
        weight: UnsafePointer<Float>, outputs: Int, inputs: Int, input: UnsafePointer<Float>, batch: Int,
        bias: UnsafePointer<Float>?, alpha: Float, accumulate: Bool, output: UnsafeMutablePointer<Float>
    ) {
        let inputRaw = UnsafeRawPointer(input)
        // Outer loop over 32-pixel column blocks, so the block's inputs (inputs × 32 floats,
        // 8 KiB at 64 inputs) stay in L1 while every output row passes over them.
        var b = 0
        while b + 32 <= batch {
            // Two output rows × 32 pixels at a time: 8 independent accumulators hide the FMA
            // latency, and each loaded input vector feeds two FMAs.
            var o = 0
            while o + 2 <= outputs {
                let row0 = weight + o * inputs
                let row1 = row0 + inputs
                var a0 = SIMD8<Float>(repeating: 0)
                var a1 = a0, a2 = a0, a3 = a0, c0 = a0, c1 = a0, c2 = a0, c3 = a0
                for i in 0..<inputs {
                    let w0 = SIMD8<Float>(repeating: row0[i])
                    let w1 = SIMD8<Float>(repeating: row1[i])
                    let p = inputRaw + (i * batch + b) * 4
                    let x0 = p.loadUnaligned(as: SIMD8<Float>.self)
                    let x1 = p.loadUnaligned(fromByteOffset: 32, as: SIMD8<Float>.self)
                    let x2 = p.loadUnaligned(fromByteOffset: 64, as: SIMD8<Float>.self)
                    let x3 = p.loadUnaligned(fromByteOffset: 96, as: SIMD8<Float>.self)
                    a0 = a0.addingProduct(w0, x0)
                    a1 = a1.addingProduct(w0, x1)
                    a2 = a2.addingProduct(w0, x2)
                    a3 = a3.addingProduct(w0, x3)
                    c0 = c0.addingProduct(w1, x0)
                    c1 = c1.addingProduct(w1, x1)
                    c2 = c2.addingProduct(w1, x2)
                    c3 = c3.addingProduct(w1, x3)
                }
                let start0: Float = bias?[o] ?? 0
                let start1: Float = bias?[o + 1] ?? 0
                let target0 = UnsafeMutableRawPointer(output + o * batch + b)
                let target1 = UnsafeMutableRawPointer(output + (o + 1) * batch + b)
                store(a0, at: target0, start: start0, alpha: alpha, accumulate: accumulate)
                store(a1, at: target0 + 32, start: start0, alpha: alpha, accumulate: accumulate)
                store(a2, at: target0 + 64, start: start0, alpha: alpha, accumulate: accumulate)
                store(a3, at: target0 + 96, start: start0, alpha: alpha, accumulate: accumulate)
                store(c0, at: target1, start: start1, alpha: alpha, accumulate: accumulate)
                store(c1, at: target1 + 32, start: start1, alpha: alpha, accumulate: accumulate)
                store(c2, at: target1 + 64, start: start1, alpha: alpha, accumulate: accumulate)
                store(c3, at: target1 + 96, start: start1, alpha: alpha, accumulate: accumulate)
                o += 2
            }
            if o < outputs {
                singleRow(
                    weight: weight + o * inputs, inputs: inputs, input: input, batch: batch, pixels: b..<(b + 32),
                    start: bias?[o] ?? 0, alpha: alpha, accumulate: accumulate, output: output + o * batch)
            }
            b += 32
        }
        if b < batch {
            for o in 0..<outputs {
                singleRow(
                    weight: weight + o * inputs, inputs: inputs, input: input, batch: batch, pixels: b..<batch,
                    start: bias?[o] ?? 0, alpha: alpha, accumulate: accumulate, output: output + o * batch)
            }
        }
    }

    /// One output row for `pixels`: 32, then 8 pixels at a time, then one by one.
    @inline(__always)
    private static func singleRow(
        weight row: UnsafePointer<Float>, inputs: Int, input: UnsafePointer<Float>, batch: Int, pixels: Range<Int>,
        start: Float, alpha: Float, accumulate: Bool, output target: UnsafeMutablePointer<Float>
    ) {
        let inputRaw = UnsafeRawPointer(input)
        let targetRaw = UnsafeMutableRawPointer(target)
        var b = pixels.lowerBound
        let end = pixels.upperBound
        while b + 32 <= end {
            var a0 = SIMD8<Float>(repeating: 0)
            var a1 = a0
            var a2 = a0
            var a3 = a0
            for i in 0..<inputs {
                let w = SIMD8<Float>(repeating: row[i])
                let p = inputRaw + (i * batch + b) * 4
                a0 = a0.addingProduct(w, p.loadUnaligned(as: SIMD8<Float>.self))
                a1 = a1.addingProduct(w, p.loadUnaligned(fromByteOffset: 32, as: SIMD8<Float>.self))
                a2 = a2.addingProduct(w, p.loadUnaligned(fromByteOffset: 64, as: SIMD8<Float>.self))
                a3 = a3.addingProduct(w, p.loadUnaligned(fromByteOffset: 96, as: SIMD8<Float>.self))
            }
            store(a0, at: targetRaw + b * 4, start: start, alpha: alpha, accumulate: accumulate)
            store(a1, at: targetRaw + (b + 8) * 4, start: start, alpha: alpha, accumulate: accumulate)
            store(a2, at: targetRaw + (b + 16) * 4, start: start, alpha: alpha, accumulate: accumulate)
            store(a3, at: targetRaw + (b + 24) * 4, start: start, alpha: alpha, accumulate: accumulate)
            b += 32
        }
        while b + 8 <= end {
            var a0 = SIMD8<Float>(repeating: 0)
            for i in 0..<inputs {
                let p = inputRaw + (i * batch + b) * 4
                a0 = a0.addingProduct(SIMD8<Float>(repeating: row[i]), p.loadUnaligned(as: SIMD8<Float>.self))
            }
            store(a0, at: targetRaw + b * 4, start: start, alpha: alpha, accumulate: accumulate)
            b += 8
        }
        while b < end {
            var sum: Float = 0
            for i in 0..<inputs { sum = sum.addingProduct(row[i], input[i * batch + b]) }
            target[b] = (accumulate ? target[b] : start).addingProduct(alpha, sum)
            b += 1
        }
    }

    /// Writes `base + alpha · sum` for 8 pixels at `q`, `base` being the stored values or `start`.
    @inline(__always)
    private static func store(
        _ sum: SIMD8<Float>, at q: UnsafeMutableRawPointer, start: Float, alpha: Float, accumulate: Bool
    ) {
        let base = accumulate ? q.loadUnaligned(as: SIMD8<Float>.self) : SIMD8<Float>(repeating: start)
        q.storeBytes(of: base.addingProduct(SIMD8<Float>(repeating: alpha), sum), as: SIMD8<Float>.self)
    }

    /// The plain reference: the same formula with scalar loops (for tests).
    static func reference(
        weight: [Float], outputs: Int, inputs: Int, input: [Float], batch: Int, bias: [Float]?, alpha: Float,
        accumulate: Bool, output: inout [Float]
    ) {
        for o in 0..<outputs {
            for b in 0..<batch {
                var sum: Float = 0
                for i in 0..<inputs { sum += weight[o * inputs + i] * input[i * batch + b] }
                let base = accumulate ? output[o * batch + b] : (bias?[o] ?? 0)
                output[o * batch + b] = base + alpha * sum
            }
        }
    }
}
