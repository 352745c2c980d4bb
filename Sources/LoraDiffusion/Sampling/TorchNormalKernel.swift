import Foundation

/// Which of torch's CPU Box–Muller kernels `torch.randn` reproduces for tensors of 16 or more
/// F32 elements (smaller ones take a double-precision path that is the same everywhere).
///
/// torch compiles `normal_fill` once per CPU capability and picks one at run time. The results
/// differ in the last bits, so a seed gives the same latents only on the same kind of machine.
public enum TorchNormalKernel: String, Sendable, CaseIterable {
    /// The AVX2 kernel: torch on any x86-64 CPU with AVX2, AVX-512 CPUs included (torch
    /// registers no AVX-512 kernel for `normal_`). Box–Muller in F32 over 8 lanes with the
    /// Cephes-style `log256_ps` / `sincos256_ps` of avx_mathfun.h, whose polynomial steps torch's
    /// compiler (GCC, `-ffp-contract=fast`) fuses into FMAs. Emulated exactly with scalar F32
    /// operations, so it gives the same bits on any CPU.
    case avx2
    /// torch's portable C++ kernel (`ATEN_CPU_CAPABILITY=default`, CPUs without AVX2, ARM):
    /// Box–Muller with the C library's `logf`, `cosf` and `sinf`. Bit-equal to torch only where
    /// torch and this program use the same C library (checked on Linux with glibc).
    case scalar
}

/// The Box–Muller transforms of torch's `normal_fill` (aten/src/ATen/native/cpu/
/// DistributionTemplates.h): 16 uniforms `u` in [0, 1) become 16 normals, lane `j < 8` from
/// `u1 = 1 − u[j]` and `u2 = u[j + 8]`: `r = √(−2 ln u1)`, `θ = 2π u2`, `out[j] = r cos θ`,
/// `out[j + 8] = r sin θ`, each written as `fma(n, std, mean)` with std 1 and mean 0.
///
/// Source: G. E. P. Box, M. E. Muller, "A Note on the Generation of Random Normal Deviates",
/// Ann. Math. Statist. 29(2), 1958; the Cephes library (S. L. Moshier) for `logf` / `sinf`
/// / `cosf`, as vectorised by J. Pommier (sse_mathfun.h) and G. Garberoglio (avx_mathfun.h).
enum TorchBoxMuller {
    /// Transforms the 16 uniforms at `block` in place with `kernel`.
    static func fill16(_ block: UnsafeMutablePointer<Float>, kernel: TorchNormalKernel) {
        switch kernel {
        case .avx2: fill16AVX2(block)
        case .scalar: fill16Scalar(block)
        }
    }

    /// The AVX2 kernel, one lane at a time.
    static func fill16AVX2(_ block: UnsafeMutablePointer<Float>) {
        let twoPi = Float(2.0 * Double.pi)
        for j in 0..<8 {
            let u1 = 1 - block[j]
            let u2 = block[j + 8]
            let radius = (Float(-2) * cephesLog(u1)).squareRoot()
            let (sine, cosine) = cephesSinCos(twoPi * u2)
            block[j] = Float(0).addingProduct(radius * cosine, 1)
            block[j + 8] = Float(0).addingProduct(radius * sine, 1)
        }
    }

    /// The portable kernel: θ is rounded from double (`2.0f * pi<double> * u2`), the functions
    /// are the C library's single-precision ones.
    static func fill16Scalar(_ block: UnsafeMutablePointer<Float>) {
        for j in 0..<8 {
            let u1 = 1 - block[j]
            let u2 = block[j + 8]
            let radius = (Float(-2) * logf(u1)).squareRoot()
            let theta = Float(2.0 * Double.pi * Double(u2))
            block[j] = Float(0).addingProduct(radius * cosf(theta), 1)
            block[j + 8] = Float(0).addingProduct(radius * sinf(theta), 1)
        }
    }

    /// `log256_ps` of avx_mathfun.h for one lane, with the FMAs GCC forms from its multiplies
    /// and adds. NaN for `x ≤ 0`; denormals are treated as the smallest normal.
    static func cephesLog(_ input: Float) -> Float {
        let invalid = input <= 0
        let x0 = max(input, Float(bitPattern: 0x0080_0000))
        let bits = x0.bitPattern
        var e = Float(Int32(bitPattern: bits >> 23) - 0x7f) + 1
        // The mantissa as a value in [0.5, 1).
        var x = Float(bitPattern: (bits & ~0x7f80_0000) | Float(0.5).bitPattern)
        let below = x < Float(0.707106781186547524)
        let tmp: Float = below ? x : 0
        x = x - 1
        e = e - (below ? 1 : 0)
        x = x + tmp
        let z = x * x
        var y = Float(7.0376836292E-2)
        y = Float(-1.1514610310E-1).addingProduct(y, x)
        y = Float(1.1676998740E-1).addingProduct(y, x)
        y = Float(-1.2420140846E-1).addingProduct(y, x)
        y = Float(1.4249322787E-1).addingProduct(y, x)
        y = Float(-1.6668057665E-1).addingProduct(y, x)
        y = Float(2.0000714765E-1).addingProduct(y, x)
        y = Float(-2.4999993993E-1).addingProduct(y, x)
        y = Float(3.3333331174E-1).addingProduct(y, x)
        y = y * x
        // y·z + e·q1: GCC fuses the first multiply it meets (y·z) with the add.
        y = (e * Float(-2.12194440e-4)).addingProduct(y, z)
        y = y.addingProduct(-z, 0.5)
        x = x + y
        x = x.addingProduct(e, Float(0.693359375))
        return invalid ? .nan : x
    }

    /// `sincos256_ps` of avx_mathfun.h for one lane (sine, cosine), with GCC's FMAs.
    static func cephesSinCos(_ input: Float) -> (sin: Float, cos: Float) {
        var signSin = input.bitPattern & 0x8000_0000
        var x = Float(bitPattern: input.bitPattern & 0x7fff_ffff)
        // The octant j (made even), by truncation like _mm256_cvttps_epi32.
        var y = x * Float(1.27323954473516)
        var j = Int32(y.rounded(.towardZero))
        j = (j &+ 1) & ~1
        y = Float(j)
        let swapSin = UInt32(bitPattern: (j & 4) << 29)
        let cosinePolynomialIsSine = (j & 2) == 0
        // Extended-precision reduction x − y·π/4 in three parts.
        x = x.addingProduct(y, Float(-0.78515625))
        x = x.addingProduct(y, Float(-2.4187564849853515625e-4))
        x = x.addingProduct(y, Float(-3.77489497744594108e-8))
        let signCos = UInt32(bitPattern: (~(j &- 2) & 4) << 29)
        signSin ^= swapSin
        let z = x * x
        var c = Float(2.443315711809948E-005)
        c = Float(-1.388731625493765E-003).addingProduct(c, z)
        c = Float(4.166664568298827E-002).addingProduct(c, z)
        c = c * z
        c = (-(z * 0.5)).addingProduct(c, z)
        c = c + 1
        var s = Float(-1.9515295891E-4)
        s = Float(8.3321608736E-3).addingProduct(s, z)
        s = Float(-1.6666654611E-1).addingProduct(s, z)
        s = s * z
        s = x.addingProduct(s, x)
        // Select the polynomials with the kernel's masked subtractions and additions.
        let sinFromS: Float = cosinePolynomialIsSine ? s : 0
        let sinFromC: Float = cosinePolynomialIsSine ? 0 : c
        let sRest = s - sinFromS
        let cRest = c - sinFromC
        let sine = sinFromC + sinFromS
        let cosine = cRest + sRest
        return (Float(bitPattern: sine.bitPattern ^ signSin), Float(bitPattern: cosine.bitPattern ^ signCos))
    }
}
