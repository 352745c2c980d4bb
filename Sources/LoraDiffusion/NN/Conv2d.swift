import LoraEngine
import Synchronization

/// A 2-D convolution (torch's `nn.Conv2d` with groups 1 and dilation 1, zero padding):
/// out[b, o, y, x] = bias[o] + Σ_{c, i, j} weight[o, c, i, j] · in[b, c, y·s − p + i, x·s − p + j].
///
/// Computed as im2col + `GEMM` in the channels-last layout: each output position's receptive
/// field (kh·kw runs of `inChannels` contiguous values) is copied into a row of a column
/// matrix, in bands of positions so the matrix stays near 16 MB, and multiplied by the kernel
/// rearranged once to [kh·kw·in, out]. A 1×1 convolution with stride 1 needs no copy at all.
/// `callAsFunction` takes and returns torch's [B, C, H, W]; `channelsLast` takes and returns
/// [B, H, W, C] (the U-Net's layout, which saves two transposes per layer).
public struct Conv2d: Sendable {
    /// Input channels.
    public let inChannels: Int
    /// Output channels.
    public let outChannels: Int
    /// Kernel height.
    public let kernelHeight: Int
    /// Kernel width.
    public let kernelWidth: Int
    /// Step between output positions (both directions).
    public let stride: Int
    /// Zeros added on every side (both directions).
    public let padding: Int
    /// The kernel as a matrix [kh·kw·in, out] (row (i·kw + j)·in + c holds weight[·, c, i, j]),
    /// packed once as the B of every product.
    let kernel: PackedMatrix
    /// The Winograd F(4×4, 3×3) form of a 3×3, stride-1, padding-1 layer with a bias and at
    /// most 640 channels in and out (the U-Net's two finest levels, where most of its
    /// convolution work is): about 2.5 times less arithmetic on maps of `winogradMinimumPixels`
    /// or more. Coarser maps (and wider layers) keep im2col: there the transforms would cost
    /// more than they save.
    let winograd: ChannelsLastConv3x3?
    /// The Winograd kernels, transformed and packed at the layer's first Winograd call and kept
    /// (four times the im2col kernel's size, held only by layers that run on large maps: about
    /// 0.5 GB for SD 1.5 at 512²; transforming them at every call cost 3–4 % of a step).
    let winogradKernels = WinogradKernelCache()
    /// The smallest map (height × width) the Winograd form is used on.
    var winogradMinimumPixels = 32 * 32
    /// The bias, [out], if the layer has one.
    public let bias: Tensor?

    /// A convolution over given tensors.
    /// - Parameters:
    ///   - weight: [out, in, kh, kw] (torch's layout).
    ///   - bias: [out], or nil.
    /// - Precondition: shapes as above, `stride ≥ 1`, `padding ≥ 0`.
    public init(weight: Tensor, bias: Tensor?, stride: Int = 1, padding: Int = 0) {
        precondition(weight.rank == 4, "Conv2d weight must be [out, in, kh, kw], got \(weight.shape)")
        precondition(stride >= 1 && padding >= 0, "Conv2d stride \(stride), padding \(padding)")
        let (o, c, kh, kw) = (weight.shape[0], weight.shape[1], weight.shape[2], weight.shape[3])
        precondition(bias == nil || bias!.count == o, "Conv2d bias does not match \(weight.shape)")
        inChannels = c
        outChannels = o
        kernelHeight = kh
        kernelWidth = kw
        self.stride = stride
        self.padding = padding
        self.bias = bias.map { $0.converted(to: .f32).reshaped([o]) }
        let weight32 = weight.converted(to: .f32)
        winograd =
            kh == 3 && kw == 3 && stride == 1 && padding == 1 && c <= 640 && o <= 640
            ? bias.map { ChannelsLastConv3x3(weight: weight32, bias: $0) } : nil
        kernel =
            kh * kw == 1
            ? PackedMatrix(weight32.reshaped([o, c]), transposed: true, threads: Parallel.threads)
            : PackedMatrix(Conv2d.kernelMatrix(weight32), threads: Parallel.threads)
    }

    /// torch's kernel [o, c, kh, kw] as the GEMM matrix [kh·kw·c, o] (row (i·kw + j)·c + ci):
    /// a blocked transpose to [c·kh·kw, o], then the rows reordered from (ci, tap) to (tap, ci).
    static func kernelMatrix(_ weight: Tensor) -> Tensor {
        let (o, c) = (weight.shape[0], weight.shape[1])
        let taps = weight.shape[2] * weight.shape[3]
        let transposed = weight.reshaped([o, c * taps]).transposed()  // row ci·taps + tap
        if taps == 1 { return transposed }
        var out = Tensor(uninitialized: [taps * c, o])
        transposed.withUnsafeFloats { source in
            out.withUnsafeMutableFloats { target in
                let (s, t) = (source.baseAddress!, target.baseAddress!)
                for ci in 0..<c {
                    for tap in 0..<taps { (t + (tap * c + ci) * o).update(from: s + (ci * taps + tap) * o, count: o) }
                }
            }
        }
        return out
    }

    /// The convolution stored under `prefix` (`prefix.weight` [out, in, k, k], and `prefix.bias`
    /// [out] when `bias` is true).
    /// - Throws: `DiffusionError.missingWeight` / `.unexpectedShape` naming the key.
    public init(
        _ weights: some WeightSource, prefix: String, inChannels: Int, outChannels: Int, kernelSize: Int,
        stride: Int = 1, padding: Int = 0, bias: Bool = true
    ) throws(DiffusionError) {
        let weight = try weights.tensor(
            prefix + ".weight", shape: [outChannels, inChannels, kernelSize, kernelSize])
        let b = bias ? try weights.tensor(prefix + ".bias", shape: [outChannels]) : nil
        self.init(weight: weight, bias: b, stride: stride, padding: padding)
    }

    /// The kernel in torch's layout [out, in, kh, kw] (rebuilt from the kept matrix).
    public var weight: Tensor {
        let k = kernel.matrix().floats()
        var w = [Float](repeating: 0, count: k.count)
        for oi in 0..<outChannels {
            for ci in 0..<inChannels {
                for i in 0..<kernelHeight {
                    for j in 0..<kernelWidth {
                        w[((oi * inChannels + ci) * kernelHeight + i) * kernelWidth + j] =
                            k[((i * kernelWidth + j) * inChannels + ci) * outChannels + oi]
                    }
                }
            }
        }
        return Tensor(shape: [outChannels, inChannels, kernelHeight, kernelWidth], values: w)
    }

    /// The output's spatial size for an input of `height` × `width`.
    public func outputSize(height: Int, width: Int) -> (height: Int, width: Int) {
        ((height + 2 * padding - kernelHeight) / stride + 1, (width + 2 * padding - kernelWidth) / stride + 1)
    }

    /// The convolution of a channels-first tensor: [B, in, H, W] → [B, out, H', W'].
    /// - Complexity: O(B·H'·W'·kh·kw·in·out) on `GEMM`, plus two layout transposes.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        precondition(
            x.rank == 4 && x.shape[1] == inChannels, "Conv2d(\(inChannels)→\(outChannels)) applied to \(x.shape)")
        return ChannelLayout.channelsFirst(channelsLast(ChannelLayout.channelsLast(x)))
    }

    /// The convolution of a channels-last tensor: [B, H, W, in] → [B, H', W', out].
    /// - Complexity: O(B·H'·W'·kh·kw·in·out) on `GEMM`.
    public func channelsLast(_ x: Tensor) -> Tensor { channelsLast(x, residual: nil) }

    /// `residual + conv(x)` (channels-last), with the residual written into the output before
    /// the product is accumulated onto it (no separate pass, no extra map).
    /// - Precondition: `residual`, if given, has the output's element count.
    func channelsLast(_ x: Tensor, residual: Tensor?) -> Tensor {
        precondition(
            x.rank == 4 && x.shape[3] == inChannels, "Conv2d(\(inChannels)→\(outChannels)) applied to \(x.shape)")
        let (batch, height, width) = (x.shape[0], x.shape[1], x.shape[2])
        let (outHeight, outWidth) = outputSize(height: height, width: width)
        let positions = batch * outHeight * outWidth
        let input = x.converted(to: .f32)
        let outShape = [batch, outHeight, outWidth, outChannels]
        precondition(
            residual == nil || residual!.count == positions * outChannels, "residual does not match \(outShape)")
        let base = residual?.converted(to: .f32).reshaped([positions, outChannels])
        if let winograd, height * width >= winogradMinimumPixels {
            let kernels = winogradKernels.kernels { winograd.packedKernels(taps: Array(0..<36)) }
            return winograd.batch(input, residual: residual?.reshaped(outShape), kernels: kernels)
        }
        if kernelHeight == 1 && kernelWidth == 1 && stride == 1 && padding == 0 {
            return multiply(input.reshaped([positions, inChannels]), onto: base).reshaped(outShape)
        }
        let depth = kernelHeight * kernelWidth * inChannels
        let bandRows = Swift.max(64, (1 << 22) / depth)
        if positions <= bandRows {
            let columns = im2col(
                input, firstPosition: 0, count: positions, height: height, width: width, outHeight: outHeight,
                outWidth: outWidth)
            return multiply(columns, onto: base).reshaped(outShape)
        }
        var out = Tensor(uninitialized: outShape)
        for first in Swift.stride(from: 0, to: positions, by: bandRows) {
            let count = Swift.min(bandRows, positions - first)
            let columns = im2col(
                input, firstPosition: first, count: count, height: height, width: width, outHeight: outHeight,
                outWidth: outWidth)
            let band = multiply(columns, onto: base?.rowSlice(first..<(first + count)))
            band.withUnsafeFloats { source in
                out.withUnsafeMutableFloats { target in
                    (target.baseAddress! + first * outChannels).update(
                        from: source.baseAddress!, count: count * outChannels)
                }
            }
        }
        return out
    }

    /// base + columns·kernel + bias for a column matrix [rows, kh·kw·in] → [rows, out].
    func multiply(_ columns: Tensor, onto base: Tensor?) -> Tensor {
        let rows = columns.shape[0]
        if base == nil && bias == nil { return GEMM.product(columns, kernel, threads: Parallel.threads) }
        var out = Linear.startingRows(rows: rows, width: outChannels, base: base, bias: bias)
        GEMM.multiplyAdd(columns, kernel, beta: 1, into: &out, threads: Parallel.threads)
        return out
    }

    /// The column matrix [count, kh·kw·in] of output positions `firstPosition ..< +count`
    /// (positions numbered over [B, H', W'] in order); out-of-image taps are zero.
    func im2col(
        _ x: Tensor, firstPosition: Int, count: Int, height: Int, width: Int, outHeight: Int, outWidth: Int
    ) -> Tensor {
        let depth = kernelHeight * kernelWidth * inChannels
        var columns = Tensor(uninitialized: [count, depth])
        let c = inChannels
        let (kh, kw, s, p) = (kernelHeight, kernelWidth, stride, padding)
        x.withUnsafeFloats { source in
            columns.withUnsafeMutableFloats { target in
                guard let src = source.baseAddress, let dst = target.baseAddress else { return }
                Parallel.forEachBlock(count: count, blockSize: 64) { range in
                    for row in range {
                        let position = firstPosition + row
                        let b = position / (outHeight * outWidth)
                        let oy = (position / outWidth) % outHeight
                        let ox = position % outWidth
                        var out = dst + row * depth
                        for i in 0..<kh {
                            let iy = oy * s - p + i
                            for j in 0..<kw {
                                let ix = ox * s - p + j
                                if iy >= 0 && iy < height && ix >= 0 && ix < width {
                                    out.update(from: src + ((b * height + iy) * width + ix) * c, count: c)
                                } else {
                                    out.update(repeating: 0, count: c)
                                }
                                out += c
                            }
                        }
                    }
                }
            }
        }
        return columns
    }

    /// The plain twin: the defining sum, in double precision, on channels-first data.
    static func reference(
        _ x: [Float], batch: Int, inChannels: Int, height: Int, width: Int, weight: [Float], bias: [Float]?,
        outChannels: Int, kernel: Int, stride: Int, padding: Int
    ) -> [Float] {
        let oh = (height + 2 * padding - kernel) / stride + 1
        let ow = (width + 2 * padding - kernel) / stride + 1
        var out = [Float](repeating: 0, count: batch * outChannels * oh * ow)
        for b in 0..<batch {
            for o in 0..<outChannels {
                for y in 0..<oh {
                    for xo in 0..<ow {
                        var sum = Double(bias?[o] ?? 0)
                        for c in 0..<inChannels {
                            for i in 0..<kernel {
                                for j in 0..<kernel {
                                    let iy = y * stride - padding + i
                                    let ix = xo * stride - padding + j
                                    if iy < 0 || iy >= height || ix < 0 || ix >= width { continue }
                                    sum +=
                                        Double(weight[((o * inChannels + c) * kernel + i) * kernel + j])
                                        * Double(x[((b * inChannels + c) * height + iy) * width + ix])
                                }
                            }
                        }
                        out[((b * outChannels + o) * oh + y) * ow + xo] = Float(sum)
                    }
                }
            }
        }
        return out
    }
}

/// The packed Winograd kernels of one `Conv2d`, made once on first use (by whichever caller
/// gets there first; the others wait) and shared by every copy of the layer.
final class WinogradKernelCache: Sendable {
    private let stored = Mutex<[PackedMatrix]?>(nil)

    /// The kernels, made by `make` if this is the first call.
    func kernels(_ make: () -> [PackedMatrix]) -> [PackedMatrix] {
        stored.withLock { kernels in
            if let kernels { return kernels }
            let made = make()
            kernels = made
            return made
        }
    }
}
