/// Vectorised level-1 kernels on `Double` buffers for the factorizations.
///
/// The compiler does not vectorise floating-point reductions on its own (that would reorder
/// the sum), so the dot product keeps four 4-lane accumulators explicitly. The summation order
/// is fixed by the length alone, so results are deterministic.
enum DoubleKernels {
    /// Σ x[i]·y[i] for i in 0..<count.
    @inline(__always)
    static func dot(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ count: Int) -> Double {
        var a0 = SIMD4<Double>(), a1 = SIMD4<Double>(), a2 = SIMD4<Double>(), a3 = SIMD4<Double>()
        let xr = UnsafeRawPointer(x)
        let yr = UnsafeRawPointer(y)
        var i = 0
        while i + 16 <= count {
            let o = i * 8
            a0.addProduct(
                xr.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self),
                yr.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self))
            a1.addProduct(
                xr.loadUnaligned(fromByteOffset: o + 32, as: SIMD4<Double>.self),
                yr.loadUnaligned(fromByteOffset: o + 32, as: SIMD4<Double>.self))
            a2.addProduct(
                xr.loadUnaligned(fromByteOffset: o + 64, as: SIMD4<Double>.self),
                yr.loadUnaligned(fromByteOffset: o + 64, as: SIMD4<Double>.self))
            a3.addProduct(
                xr.loadUnaligned(fromByteOffset: o + 96, as: SIMD4<Double>.self),
                yr.loadUnaligned(fromByteOffset: o + 96, as: SIMD4<Double>.self))
            i += 16
        }
        while i + 4 <= count {
            a0.addProduct(
                xr.loadUnaligned(fromByteOffset: i * 8, as: SIMD4<Double>.self),
                yr.loadUnaligned(fromByteOffset: i * 8, as: SIMD4<Double>.self))
            i += 4
        }
        var total = ((a0 + a1) + (a2 + a3)).sum()
        while i < count {
            total += x[i] * y[i]
            i += 1
        }
        return total
    }

    /// y[i] += alpha·x[i] for i in 0..<count.
    @inline(__always)
    static func axpy(_ alpha: Double, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ count: Int) {
        let a = SIMD4<Double>(repeating: alpha)
        let xr = UnsafeRawPointer(x)
        let yr = UnsafeMutableRawPointer(y)
        var i = 0
        while i + 4 <= count {
            let o = i * 8
            let v = yr.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
            yr.storeBytes(
                of: v.addingProduct(a, xr.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)), toByteOffset: o,
                as: SIMD4<Double>.self)
            i += 4
        }
        while i < count {
            y[i] += alpha * x[i]
            i += 1
        }
    }

    /// (x, y) ← (c·x − s·y, s·x + c·y), a plane rotation of two vectors.
    @inline(__always)
    static func rotate(
        _ x: UnsafeMutablePointer<Double>, _ y: UnsafeMutablePointer<Double>, c: Double, s: Double, _ count: Int
    ) {
        let cv = SIMD4<Double>(repeating: c)
        let sv = SIMD4<Double>(repeating: s)
        let xr = UnsafeMutableRawPointer(x)
        let yr = UnsafeMutableRawPointer(y)
        var i = 0
        while i + 4 <= count {
            let o = i * 8
            let xv = xr.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
            let yv = yr.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
            xr.storeBytes(of: cv * xv - sv * yv, toByteOffset: o, as: SIMD4<Double>.self)
            yr.storeBytes(of: sv * xv + cv * yv, toByteOffset: o, as: SIMD4<Double>.self)
            i += 4
        }
        while i < count {
            let xi = x[i]
            let yi = y[i]
            x[i] = c * xi - s * yi
            y[i] = s * xi + c * yi
            i += 1
        }
    }

    /// Applies the reflector H = I − τ·v·vᵀ (v₀ = 1 implicit, `tail` = v₁…) to `columns` vectors
    /// of `length` elements spaced `stride` apart: x ← x − τ·(vᵀx)·v. Four vectors at a time
    /// share each load of v (register blocking). The summation order depends only on the
    /// vector's position, so results are deterministic.
    static func reflect(
        tail: UnsafePointer<Double>, tau: Double, length: Int, first: UnsafeMutablePointer<Double>,
        stride: Int, columns: Int
    ) {
        var c = 0
        let n = length - 1
        while c + 4 <= columns {
            let x0 = first + c * stride
            let x1 = x0 + stride
            let x2 = x1 + stride
            let x3 = x2 + stride
            var a0 = SIMD4<Double>(), a1 = SIMD4<Double>(), a2 = SIMD4<Double>(), a3 = SIMD4<Double>()
            let vr = UnsafeRawPointer(tail)
            var i = 0
            while i + 4 <= n {
                let o = i * 8
                let v = vr.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
                a0.addProduct(v, UnsafeRawPointer(x0 + 1).loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self))
                a1.addProduct(v, UnsafeRawPointer(x1 + 1).loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self))
                a2.addProduct(v, UnsafeRawPointer(x2 + 1).loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self))
                a3.addProduct(v, UnsafeRawPointer(x3 + 1).loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self))
                i += 4
            }
            var d0 = a0.sum(), d1 = a1.sum(), d2 = a2.sum(), d3 = a3.sum()
            while i < n {
                d0 += tail[i] * x0[1 + i]
                d1 += tail[i] * x1[1 + i]
                d2 += tail[i] * x2[1 + i]
                d3 += tail[i] * x3[1 + i]
                i += 1
            }
            let w0 = tau * (x0[0] + d0), w1 = tau * (x1[0] + d1), w2 = tau * (x2[0] + d2), w3 = tau * (x3[0] + d3)
            x0[0] -= w0
            x1[0] -= w1
            x2[0] -= w2
            x3[0] -= w3
            let m0 = SIMD4<Double>(repeating: -w0), m1 = SIMD4<Double>(repeating: -w1)
            let m2 = SIMD4<Double>(repeating: -w2), m3 = SIMD4<Double>(repeating: -w3)
            i = 0
            while i + 4 <= n {
                let o = i * 8
                let v = vr.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)
                update(x0 + 1, o, m0, v)
                update(x1 + 1, o, m1, v)
                update(x2 + 1, o, m2, v)
                update(x3 + 1, o, m3, v)
                i += 4
            }
            while i < n {
                x0[1 + i] -= w0 * tail[i]
                x1[1 + i] -= w1 * tail[i]
                x2[1 + i] -= w2 * tail[i]
                x3[1 + i] -= w3 * tail[i]
                i += 1
            }
            c += 4
        }
        while c < columns {
            let x = first + c * stride
            let w = tau * (x[0] + dot(tail, x + 1, n))
            x[0] -= w
            axpy(-w, tail, x + 1, n)
            c += 1
        }
    }

    /// x[o…o+3] += m·v (bytes offset `o`).
    @inline(__always)
    private static func update(_ x: UnsafeMutablePointer<Double>, _ o: Int, _ m: SIMD4<Double>, _ v: SIMD4<Double>) {
        let r = UnsafeMutableRawPointer(x)
        r.storeBytes(
            of: r.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self).addingProduct(m, v), toByteOffset: o,
            as: SIMD4<Double>.self)
    }
}
