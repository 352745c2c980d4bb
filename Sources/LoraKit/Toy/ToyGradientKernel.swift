/// The weight-gradient product of the toy model's backward pass: sums over the pixels of a
/// feature-major batch.
///
/// With activations stored feature-major (`left[p · batch + b]`), the gradient of a weight
/// matrix is a matrix of dot products between rows, `Σ_b left[p, b] · right[q, b]`, each over
/// contiguous memory. Each dot product is summed in a fixed order (16 lanes of partial sums
/// over blocks of 16 pixels, then the lanes in order, then the scalar tail), so the result does
/// not depend on threads.
enum ToyGradientKernel {
    /// `result[p · rightRows + q] = base + alpha · Σ_b left[p · batch + b] · right[q · batch + b]`,
    /// `base` being 0, or the existing value when `accumulate` is true.
    /// - Complexity: O(leftRows · rightRows · batch).
    static func multiplyRows(
        left: UnsafePointer<Float>, leftRows: Int, right: UnsafePointer<Float>, rightRows: Int, batch: Int,
        alpha: Float, accumulate: Bool, result: UnsafeMutablePointer<Float>
    ) {
        let leftRaw = UnsafeRawPointer(left)
        let rightRaw = UnsafeRawPointer(right)
        for p in 0..<leftRows {
            for q in 0..<rightRows {
                let l = leftRaw + p * batch * 4
                let r = rightRaw + q * batch * 4
                var a0 = SIMD8<Float>(repeating: 0)
                var a1 = a0
                var b = 0
                while b + 16 <= batch {
                    a0 = a0.addingProduct(
                        l.loadUnaligned(fromByteOffset: b * 4, as: SIMD8<Float>.self),
                        r.loadUnaligned(fromByteOffset: b * 4, as: SIMD8<Float>.self))
                    a1 = a1.addingProduct(
                        l.loadUnaligned(fromByteOffset: b * 4 + 32, as: SIMD8<Float>.self),
                        r.loadUnaligned(fromByteOffset: b * 4 + 32, as: SIMD8<Float>.self))
                    b += 16
                }
                var sum = (a0 + a1).sum()
                while b < batch {
                    sum = sum.addingProduct(left[p * batch + b], right[q * batch + b])
                    b += 1
                }
                let index = p * rightRows + q
                result[index] = (accumulate ? result[index] : 0).addingProduct(alpha, sum)
            }
        }
    }

    /// The plain reference: the same formula with a scalar loop in `Double` (for tests).
    static func reference(
        left: [Float], leftRows: Int, right: [Float], rightRows: Int, batch: Int, alpha: Float, accumulate: Bool,
        result: inout [Float]
    ) {
        for p in 0..<leftRows {
            for q in 0..<rightRows {
                var sum = 0.0
                for b in 0..<batch { sum += Double(left[p * batch + b]) * Double(right[q * batch + b]) }
                let base = accumulate ? Double(result[p * rightRows + q]) : 0
                result[p * rightRows + q] = Float(base + Double(alpha) * sum)
            }
        }
    }
}
