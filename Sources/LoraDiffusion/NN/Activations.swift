import LoraEngine

/// SiLU (swish), x·σ(x) = x / (1 + e⁻ˣ), elementwise; F32 result of the same shape.
/// - Complexity: O(count), vectorised and threaded.
public func silu(_ x: Tensor) -> Tensor { VectorMath.map(x) { VectorMath.silu($0) } }

/// The exact GELU, x·Φ(x) = ½·x·(1 + erf(x/√2)), elementwise (torch's default
/// `approximate="none"`; erf by Abramowitz & Stegun 7.1.26, absolute error ≤ 1.5·10⁻⁷).
/// - Complexity: O(count), vectorised and threaded.
public func gelu(_ x: Tensor) -> Tensor { VectorMath.map(x) { VectorMath.gelu($0) } }

/// OpenAI CLIP's "quick GELU", x·σ(1.702·x), elementwise.
/// - Complexity: O(count), vectorised and threaded.
public func quickGelu(_ x: Tensor) -> Tensor { VectorMath.map(x) { VectorMath.quickGelu($0) } }

/// GEGLU's gating (Shazeer, "GLU Variants Improve Transformer", 2020), as diffusers' `GEGLU`
/// applies it after its projection: the last dimension of `x` (size 2n) is split in halves
/// `hidden, gate = x.chunk(2, dim: -1)`, and the result is `hidden · gelu(gate)`, of size n.
/// - Precondition: the last dimension is even.
/// - Complexity: O(count), vectorised and threaded.
public func geglu(_ x: Tensor) -> Tensor {
    let width = x.shape.last ?? 1
    precondition(width % 2 == 0, "geglu needs an even last dimension, got \(x.shape)")
    let half = width / 2
    let rows = x.count / Swift.max(width, 1)
    let input = x.converted(to: .f32)
    var out = Tensor(uninitialized: Array(x.shape.dropLast()) + [half])
    input.withUnsafeFloats { source in
        out.withUnsafeMutableFloats { target in
            guard let s = source.baseAddress, let t = target.baseAddress else { return }
            Parallel.forEachBlock(count: rows, blockSize: Swift.max(1, 16384 / Swift.max(half, 1))) { range in
                for row in range {
                    Activations.gegluRow(
                        hidden: s + row * width, gate: s + row * width + half, into: t + row * half, count: half)
                }
            }
        }
    }
    return out
}

/// The row kernels behind the activation functions (shared with the fused U-Net paths).
enum Activations {
    /// `out[i] = hidden[i] · gelu(gate[i])` for `i < count`.
    @inline(__always)
    static func gegluRow(
        hidden: UnsafePointer<Float>, gate: UnsafePointer<Float>, into out: UnsafeMutablePointer<Float>, count: Int
    ) {
        var i = 0
        while i + 8 <= count {
            let h = UnsafeRawPointer(hidden + i).loadUnaligned(as: SIMD8<Float>.self)
            let g = UnsafeRawPointer(gate + i).loadUnaligned(as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(out + i).storeBytes(of: h * VectorMath.gelu(g), as: SIMD8<Float>.self)
            i += 8
        }
        if i < count {
            var h = SIMD8<Float>()
            var g = SIMD8<Float>()
            for j in 0..<(count - i) {
                h[j] = hidden[i + j]
                g[j] = gate[i + j]
            }
            let r = h * VectorMath.gelu(g)
            for j in 0..<(count - i) { out[i + j] = r[j] }
        }
    }

    /// The plain twin of `geglu`: a loop with Foundation's `erf`.
    static func gegluReference(_ x: [Float], width: Int) -> [Float] {
        let half = width / 2
        var out = [Float]()
        for row in 0..<(x.count / width) {
            for i in 0..<half {
                out.append(x[row * width + i] * VectorMath.geluReference(x[row * width + half + i]))
            }
        }
        return out
    }
}
