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
            a0.addProduct(xr.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self), yr.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self))
            a1.addProduct(xr.loadUnaligned(fromByteOffset: o + 32, as: SIMD4<Double>.self), yr.loadUnaligned(fromByteOffset: o + 32, as: SIMD4<Double>.self))
            a2.addProduct(xr.loadUnaligned(fromByteOffset: o + 64, as: SIMD4<Double>.self), yr.loadUnaligned(fromByteOffset: o + 64, as: SIMD4<Double>.self))
            a3.addProduct(xr.loadUnaligned(fromByteOffset: o + 96, as: SIMD4<Double>.self), yr.loadUnaligned(fromByteOffset: o + 96, as: SIMD4<Double>.self))
            i += 16
        }
        while i + 4 <= count {
            a0.addProduct(xr.loadUnaligned(fromByteOffset: i * 8, as: SIMD4<Double>.self), yr.loadUnaligned(fromByteOffset: i * 8, as: SIMD4<Double>.self))
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
            yr.storeBytes(of: v.addingProduct(a, xr.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self)), toByteOffset: o, as: SIMD4<Double>.self)
            i += 4
        }
        while i < count {
            y[i] += alpha * x[i]
            i += 1
        }
    }

    /// (x, y) ← (c·x − s·y, s·x + c·y), a plane rotation of two vectors.
    @inline(__always)
    static func rotate(_ x: UnsafeMutablePointer<Double>, _ y: UnsafeMutablePointer<Double>, c: Double, s: Double, _ count: Int) {
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
}
