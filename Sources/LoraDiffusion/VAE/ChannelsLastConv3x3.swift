import LoraEngine

/// A 3×3 convolution, stride 1, zero padding 1 (torch's `nn.Conv2d(in, out, 3, padding=1)`),
/// on one channels-last image `[H, W, in]`, made for the VAE decoder's large maps.
///
/// Algorithm: Winograd's minimal filtering F(4×4, 3×3) (Lavin & Gray, "Fast Algorithms for
/// Convolutional Neural Networks", CVPR 2016, with their interpolation points 0, ±1, ±2): the
/// output is cut into 4×4 tiles; each tile's 6×6 input patch d becomes V = Bᵀ·d·B, each kernel
/// g becomes U = G·g·Gᵀ (6×6), and the 36 element positions are 36 independent matrix
/// products M = V·U over the channels (on `GEMM`), after which Y = Aᵀ·M·A gives the tile:
/// 36 multiplications per 16 outputs instead of 144. The kernels are transformed at each call
/// (milliseconds), so the VAE keeps only the checkpoint's weights; the U-Net's `Conv2d`, which
/// runs each layer at every step, keeps them (`WinogradKernelCache`). In F32 the result agrees
/// with the direct sum to about 10⁻⁶ relative.
///
/// Memory: the work goes in strips of tile rows so the transformed input stays within
/// `tileBudget` values (16 MB) whatever the image size. Each strip's input rows (and the halo
/// rows) are first copied into a zero-bordered buffer, normalised and passed through SiLU on
/// the way when the convolution follows a GroupNorm (`NormalizationMap`), so the normalised
/// map is never stored whole. The bias, and a residual when accumulating, are added as tiles
/// are written out.
///
/// `upsampled(_:)` fuses a nearest-neighbour 2× upsample (diffusers' `Upsample2D`) into the
/// convolution without making the upsampled copy: a 4×4 output tile of the big image sits over
/// a 2×2 block of the small one, and its 6×6 patch repeats the small rows 2i−1, 2i, 2i, 2i+1,
/// 2i+1, 2i+2 (likewise columns), d = E·p·Eᵀ for the 4×4 neighbourhood p; Bᵀ·E has a zero
/// row, so V has 5×5 nonzero positions and 25 products are needed (1.6 multiplications per
/// output instead of 9).
///
/// Results do not depend on the thread count: strips are fixed by the image size and the
/// budget, and `GEMM` accumulates every element in the same order on any number of threads.
struct ChannelsLastConv3x3: Sendable {
    /// Input channels.
    let inChannels: Int
    /// Output channels.
    let outChannels: Int
    /// The kernel as torch stores it, [out, in, 3, 3], F32.
    let weight: Tensor
    /// The bias, [out].
    let bias: [Float]
    /// The most values a strip's transformed input (or its products) may hold (by default 4 Mi
    /// values, 16 MB; tests make it small to cross strip boundaries on small images).
    var tileBudget = 4 << 20

    /// The element positions (row·6 + column of the 6×6 transform) an upsampling convolution
    /// uses: row and column 2 of its V are zero.
    static let upsampledTaps = [0, 1, 3, 4, 5].flatMap { row in [0, 1, 3, 4, 5].map { row * 6 + $0 } }

    /// A convolution over a torch kernel `weight` [out, in, 3, 3] and `bias` [out].
    init(weight: Tensor, bias: Tensor) {
        precondition(
            weight.rank == 4 && weight.shape[2] == 3 && weight.shape[3] == 3, "not a 3×3 kernel: \(weight.shape)")
        precondition(bias.count == weight.shape[0], "bias does not match \(weight.shape)")
        inChannels = weight.shape[1]
        outChannels = weight.shape[0]
        self.weight = weight.converted(to: .f32)
        self.bias = bias.converted(to: .f32).floats()
    }

    /// The convolution stored under `prefix` (`prefix.weight` [out, in, 3, 3], `prefix.bias`).
    /// - Throws: `DiffusionError.missingWeight` / `.unexpectedShape`.
    init(_ weights: some WeightSource, prefix: String, inChannels: Int, outChannels: Int) throws(DiffusionError) {
        self.init(
            weight: try weights.tensor(prefix + ".weight", shape: [outChannels, inChannels, 3, 3]),
            bias: try weights.tensor(prefix + ".bias", shape: [outChannels]))
    }

    /// conv(x) + bias, or conv(SiLU(normalised x)) + bias when `normalization` is given.
    /// - Parameter x: [H, W, in], F32.
    /// - Returns: [H, W, out].
    /// - Complexity: O(H·W·in·out·2.25) multiply-adds on `GEMM`.
    func callAsFunction(_ x: Tensor, normalization: NormalizationMap? = nil) -> Tensor {
        let (height, width) = imageSize(of: x)
        var out = Tensor(uninitialized: [height, width, outChannels])
        run(x, normalization: normalization, upsampling: false, into: &out, accumulate: false)
        return out
    }

    /// `residual += conv(…) + bias`, in place (a ResNet block's last convolution and its skip
    /// connection, without another full-size map).
    /// - Precondition: `residual` is [H, W, out].
    func accumulate(_ x: Tensor, normalization: NormalizationMap? = nil, into residual: inout Tensor) {
        let (height, width) = imageSize(of: x)
        precondition(residual.shape == [height, width, outChannels], "residual \(residual.shape) does not match")
        run(x, normalization: normalization, upsampling: false, into: &residual, accumulate: true)
    }

    /// conv(nearest-2×-upsampled x) + bias: [H, W, in] gives [2H, 2W, out].
    /// - Complexity: O(H·W·in·out·6.25) multiply-adds on `GEMM` (4·H·W outputs).
    func upsampled(_ x: Tensor) -> Tensor {
        let (height, width) = imageSize(of: x)
        var out = Tensor(uninitialized: [2 * height, 2 * width, outChannels])
        run(x, normalization: nil, upsampling: true, into: &out, accumulate: false)
        return out
    }

    /// Height and width of a channels-last image with `inChannels` channels.
    private func imageSize(of x: Tensor) -> (Int, Int) {
        precondition(
            x.rank == 3 && x.shape[2] == inChannels && x.dtype == .f32,
            "conv3x3(\(inChannels)→\(outChannels)) applied to \(x.shape)")
        return (x.shape[0], x.shape[1])
    }

    /// The transformed kernels U = G·g·Gᵀ at element positions `taps`, each an [in, out]
    /// matrix (row c, column o holds position t of U for weight[o, c]).
    func transformedKernels(taps: [Int]) -> [Tensor] {
        let (c, n) = (inChannels, outChannels)
        var kernels = taps.map { _ in Tensor(uninitialized: [c, n]) }
        var pointers: [UnsafeMutablePointer<Float>] = []
        for index in kernels.indices {
            kernels[index].withUnsafeMutableFloats { pointers.append($0.baseAddress!) }
        }
        weight.withUnsafeFloats { source in
            let w = source.baseAddress!
            Parallel.forEach(c) { channel in
                // Eight output channels at a time.
                for first in stride(from: 0, to: n, by: 8) {
                    let lanes = Swift.min(8, n - first)
                    var g = InlineArray<9, SIMD8<Float>>(repeating: SIMD8())
                    for tap in 0..<9 {
                        for lane in 0..<lanes { g[tap][lane] = w[((first + lane) * c + channel) * 9 + tap] }
                    }
                    let u = Self.kernelTransform(g)
                    for (index, tap) in taps.enumerated() {
                        Self.store(u[tap], pointers[index] + channel * n + first, lanes)
                    }
                }
            }
        }
        return kernels
    }

    /// U = G·g·Gᵀ for 3×3 kernels `g` (row-major, one kernel per lane): the 36 positions.
    /// G = [[¼, 0, 0], [−⅙, −⅙, −⅙], [−⅙, ⅙, −⅙], [1/24, 1/12, ⅙], [1/24, −1/12, ⅙], [0, 0, 1]].
    @inline(__always)
    static func kernelTransform(_ g: InlineArray<9, SIMD8<Float>>) -> InlineArray<36, SIMD8<Float>> {
        var rows = InlineArray<18, SIMD8<Float>>(repeating: SIMD8())  // G·g, 6 × 3
        for column in 0..<3 {
            let t = interpolate(g[column], g[3 + column], g[6 + column])
            for r in 0..<6 { rows[r * 3 + column] = t[r] }
        }
        var u = InlineArray<36, SIMD8<Float>>(repeating: SIMD8())
        for row in 0..<6 {
            let t = interpolate(rows[row * 3], rows[row * 3 + 1], rows[row * 3 + 2])
            for column in 0..<6 { u[row * 6 + column] = t[column] }
        }
        return u
    }

    /// G·(g0, g1, g2).
    @inline(__always)
    static func interpolate(_ g0: SIMD8<Float>, _ g1: SIMD8<Float>, _ g2: SIMD8<Float>) -> InlineArray<6, SIMD8<Float>>
    {
        let outer = g0 + g2
        let quarter = g0 * 0.25
        let sixth: Float = 1.0 / 6
        let even = (outer + g1) * -sixth
        let odd = (outer - g1) * -sixth
        let high = g0 * (1.0 / 24) + g2 * sixth
        let middle = g1 * (1.0 / 12)
        return [quarter, even, odd, high + middle, high - middle, g2]
    }

    /// The transformed kernels of `transformedKernels(taps:)`, each packed once as the B of
    /// its products (for several images under one kernel: a batch).
    func packedKernels(taps: [Int]) -> [PackedMatrix] {
        transformedKernels(taps: taps).map { PackedMatrix($0, threads: Parallel.threads) }
    }

    /// `residual += conv(x) + bias` (or `conv(x) + bias` when `residual` is nil) for every
    /// image of a channels-last batch [B, H, W, in], the kernels transformed once for all.
    /// - Returns: [B, H, W, out].
    /// - Precondition: `residual`, if given, is [B, H, W, out].
    /// - Parameter kernels: `packedKernels(taps: Array(0..<36))`, if kept by the caller.
    func batch(_ x: Tensor, residual: Tensor?, kernels given: [PackedMatrix]? = nil) -> Tensor {
        precondition(
            x.rank == 4 && x.shape[3] == inChannels, "conv3x3(\(inChannels)→\(outChannels)) applied to \(x.shape)")
        let (count, height, width) = (x.shape[0], x.shape[1], x.shape[2])
        let kernels = given ?? packedKernels(taps: Array(0..<36))
        let (inSize, outSize) = (height * width * inChannels, height * width * outChannels)
        var out =
            residual?.converted(to: .f32).reshaped([count, height, width, outChannels])
            ?? Tensor(uninitialized: [count, height, width, outChannels])
        let flat = x.converted(to: .f32).reshaped([count, inSize])
        for item in 0..<count {
            let image = flat.rowSlice(item..<(item + 1)).reshaped([height, width, inChannels])
            var result =
                residual == nil
                ? Tensor(uninitialized: [height, width, outChannels])
                : out.reshaped([count, outSize]).rowSlice(item..<(item + 1)).reshaped([height, width, outChannels])
            run(
                image, normalization: nil, upsampling: false, into: &result, accumulate: residual != nil,
                kernels: kernels)
            result.withUnsafeFloats { source in
                out.withUnsafeMutableFloats { target in
                    (target.baseAddress! + item * outSize).update(from: source.baseAddress!, count: outSize)
                }
            }
        }
        return out
    }

    /// The strip loop: transform the input, 36 (or 25) products, transform the output.
    /// - Parameter kernels: the packed transformed kernels for the taps, if made already.
    private func run(
        _ x: Tensor, normalization: NormalizationMap?, upsampling: Bool, into out: inout Tensor, accumulate: Bool,
        kernels packed: [PackedMatrix]? = nil
    ) {
        let (height, width) = imageSize(of: x)
        let c = inChannels
        let n = outChannels
        let taps = upsampling ? Self.upsampledTaps : Array(0..<36)
        // Tiles: 4×4 blocks of the output; over 2×2 blocks of the input when upsampling.
        let step = upsampling ? 2 : 4  // input rows (and columns) per tile
        let tileColumns = (width + step - 1) / step
        let tileRows = (height + step - 1) / step
        // Bounds V ([positions · tiles, in]) and M ([positions · tiles, out]) alike.
        let widest = Swift.max(c, n)
        let rowsPerStrip = Swift.max(
            1, Swift.min(tileRows, tileBudget / Swift.max(1, taps.count * tileColumns * widest)))
        // Input rows a strip reads (with the halo) and the padded buffer's width.
        let paddedRows = step * rowsPerStrip + 2
        let paddedWidth = step * tileColumns + 2
        let kernels = packed ?? packedKernels(taps: taps)
        var padded = Tensor(uninitialized: [paddedRows * paddedWidth * c])
        // V: `taps.count` matrices [tiles, in], one after the other (a strip's tiles may be
        // fewer: the last strip uses a prefix). M: one [tiles, out] matrix per position, made
        // once per strip size and overwritten by each strip (fresh buffers would cost a page
        // fault per 4 KB every time).
        var transformed = Tensor(uninitialized: [taps.count * rowsPerStrip * tileColumns, c])
        var products: [Tensor] = []
        let (outHeight, outWidth) = upsampling ? (2 * height, 2 * width) : (height, width)
        let zeros = [Float](repeating: 0, count: n)
        x.withUnsafeFloats { source in
            out.withUnsafeMutableFloats { target in
                let src = source.baseAddress!
                let dst = target.baseAddress!
                for firstTileRow in stride(from: 0, to: tileRows, by: rowsPerStrip) {
                    let rows = Swift.min(rowsPerStrip, tileRows - firstTileRow)
                    let tiles = rows * tileColumns
                    let firstInputRow = step * firstTileRow - 1
                    fillPadded(
                        &padded, from: src, height: height, width: width, firstRow: firstInputRow, rows: paddedRows,
                        paddedWidth: paddedWidth, normalization: normalization)
                    padded.withUnsafeFloats { paddedBuffer in
                        transformed.withUnsafeMutableFloats { transformedBuffer in
                            let p = paddedBuffer.baseAddress!
                            let v = transformedBuffer.baseAddress!
                            Parallel.forEach(rows) { row in
                                for column in 0..<tileColumns {
                                    let tile = row * tileColumns + column
                                    let patch = p + (step * row * paddedWidth + step * column) * c
                                    if upsampling {
                                        Self.upsampledInputTransform(
                                            patch, rowStride: paddedWidth * c, into: v + tile * c, tapStride: tiles * c,
                                            channels: c)
                                    } else {
                                        Self.inputTransform(
                                            patch, rowStride: paddedWidth * c, into: v + tile * c, tapStride: tiles * c,
                                            channels: c)
                                    }
                                }
                            }
                        }
                    }
                    if products.first?.shape[0] != tiles {
                        products = taps.map { _ in Tensor(uninitialized: [tiles, n]) }
                    }
                    for index in taps.indices {
                        GEMM.multiplyAdd(
                            transformed.rowSlice((index * tiles)..<((index + 1) * tiles)), kernels[index], beta: 0,
                            into: &products[index], threads: Parallel.threads)
                    }
                    // Position t of M for a tile: products[index of t] row `tile`, or zeros. The
                    // pointers stay valid while `products` and `zeros` live (to the loop's end).
                    var bases = [UnsafePointer<Float>](repeating: UnsafePointer(dst), count: 36)
                    var strides = [Int](repeating: 0, count: 36)
                    zeros.withUnsafeBufferPointer { zeroBuffer in
                        for t in 0..<36 {
                            bases[t] = zeroBuffer.baseAddress!
                            strides[t] = 0
                        }
                        for (index, tap) in taps.enumerated() {
                            products[index].withUnsafeFloats { bases[tap] = $0.baseAddress! }
                            strides[tap] = n
                        }
                        Self.writeTiles(
                            bases: bases, strides: strides, bias: bias, into: dst, tileRows: rows,
                            tileColumns: tileColumns, firstTileRow: firstTileRow, outHeight: outHeight,
                            outWidth: outWidth, channels: n, accumulate: accumulate)
                    }
                    withExtendedLifetime(products) {}
                }
            }
        }
    }

    /// Copies input rows `firstRow ..< firstRow + rows` into `padded`, each as `paddedWidth`
    /// pixels: a zero, the row's `width` pixels, zeros; rows outside the image are zeros. When
    /// `normalization` is given, pixels are normalised and through SiLU (the padding stays
    /// zero, as the convolution pads its own input).
    private func fillPadded(
        _ padded: inout Tensor, from src: UnsafePointer<Float>, height: Int, width: Int, firstRow: Int, rows: Int,
        paddedWidth: Int, normalization: NormalizationMap?
    ) {
        let c = inChannels
        let map = normalization ?? NormalizationMap(mean: [], scale: [], bias: [])
        padded.withUnsafeMutableFloats { paddedBuffer in
            map.mean.withUnsafeBufferPointer { meanBuffer in
                map.scale.withUnsafeBufferPointer { scaleBuffer in
                    map.bias.withUnsafeBufferPointer { biasBuffer in
                        let p = paddedBuffer.baseAddress!
                        Parallel.forEach(rows) { r in
                            let row = p + r * paddedWidth * c
                            let y = firstRow + r
                            guard y >= 0 && y < height else {
                                row.update(repeating: 0, count: paddedWidth * c)
                                return
                            }
                            row.update(repeating: 0, count: c)
                            (row + (width + 1) * c).update(repeating: 0, count: (paddedWidth - width - 1) * c)
                            let input = src + y * width * c
                            guard normalization != nil else {
                                (row + c).update(from: input, count: width * c)
                                return
                            }
                            for column in 0..<width {
                                map.apply(
                                    input + column * c, into: row + (column + 1) * c, count: c, silu: true,
                                    mean: meanBuffer.baseAddress!, scale: scaleBuffer.baseAddress!,
                                    bias: biasBuffer.baseAddress!)
                            }
                        }
                    }
                }
            }
        }
    }

    /// The output transform of every tile of a strip (`tileRows` × `tileColumns` tiles from
    /// tile row `firstTileRow`), in parallel over tile rows.
    private static func writeTiles(
        bases: [UnsafePointer<Float>], strides: [Int], bias: [Float], into dst: UnsafeMutablePointer<Float>,
        tileRows: Int, tileColumns: Int, firstTileRow: Int, outHeight: Int, outWidth: Int, channels n: Int,
        accumulate: Bool
    ) {
        bases.withUnsafeBufferPointer { basePointers in
            strides.withUnsafeBufferPointer { stridePointers in
                bias.withUnsafeBufferPointer { biasBuffer in
                    Parallel.forEach(tileRows) { row in
                        for column in 0..<tileColumns {
                            let y0 = 4 * (firstTileRow + row)
                            let x0 = 4 * column
                            outputTransform(
                                bases: basePointers.baseAddress!, strides: stridePointers.baseAddress!,
                                tile: row * tileColumns + column, bias: biasBuffer.baseAddress!, into: dst,
                                rows: Swift.min(4, outHeight - y0), columns: Swift.min(4, outWidth - x0),
                                firstPixel: y0 * outWidth + x0, rowPixels: outWidth, channels: n, accumulate: accumulate
                            )
                        }
                    }
                }
            }
        }
    }

    /// V = Bᵀ·d·B of one 6×6 patch (top-left pixel at `patch`, rows `rowStride` apart, pixels
    /// `channels` apart), every channel; position t goes to `target + t·tapStride`.
    /// Bᵀ = [[4, 0, −5, 0, 1, 0], [0, −4, −4, 1, 1, 0], [0, 4, −4, −1, 1, 0],
    ///       [0, −2, −1, 2, 1, 0], [0, 2, −1, −2, 1, 0], [0, 4, 0, −5, 0, 1]].
    @inline(__always)
    static func inputTransform(
        _ patch: UnsafePointer<Float>, rowStride: Int, into target: UnsafeMutablePointer<Float>, tapStride: Int,
        channels: Int
    ) {
        var channel = 0
        while channel < channels {
            let lanes = Swift.min(8, channels - channel)
            // Bᵀ·d, column by column.
            var e = InlineArray<36, SIMD8<Float>>(repeating: SIMD8())
            for s in 0..<6 {
                let column = patch + s * channels + channel
                let t = transformInput(
                    load(column, lanes), load(column + rowStride, lanes), load(column + 2 * rowStride, lanes),
                    load(column + 3 * rowStride, lanes), load(column + 4 * rowStride, lanes),
                    load(column + 5 * rowStride, lanes))
                for r in 0..<6 { e[r * 6 + s] = t[r] }
            }
            // (Bᵀ·d)·B, row by row.
            for r in 0..<6 {
                let t = transformInput(e[r * 6], e[r * 6 + 1], e[r * 6 + 2], e[r * 6 + 3], e[r * 6 + 4], e[r * 6 + 5])
                let base = target + r * 6 * tapStride + channel
                for s in 0..<6 { store(t[s], base + s * tapStride, lanes) }
            }
            channel += 8
        }
    }

    /// Bᵀ·(d0 … d5).
    @inline(__always)
    static func transformInput(
        _ d0: SIMD8<Float>, _ d1: SIMD8<Float>, _ d2: SIMD8<Float>, _ d3: SIMD8<Float>, _ d4: SIMD8<Float>,
        _ d5: SIMD8<Float>
    ) -> InlineArray<6, SIMD8<Float>> {
        let a = d4 - 4 * d2
        let b = d3 - 4 * d1
        let c = d4 - d2
        let d = 2 * (d3 - d1)
        return [4 * d0 - 5 * d2 + d4, a + b, a - b, c + d, c - d, 4 * d1 - 5 * d3 + d5]
    }

    /// The nonzero part of V = Bᵀ·E·p·Eᵀ·B for one 2×2 block of the small image (its 4×4
    /// neighbourhood p at `patch`): the 25 positions of `upsampledTaps`, in that order. Bᵀ·E maps
    /// (p0, p1, p2, p3) to (4p0 − 5p1 + p2, −8p1 + 2p2, 0, −3p1 + 3p2, p1 − p2, 4p1 − 5p2 + p3).
    @inline(__always)
    static func upsampledInputTransform(
        _ patch: UnsafePointer<Float>, rowStride: Int, into target: UnsafeMutablePointer<Float>, tapStride: Int,
        channels: Int
    ) {
        var channel = 0
        while channel < channels {
            let lanes = Swift.min(8, channels - channel)
            var e = InlineArray<20, SIMD8<Float>>(repeating: SIMD8())  // the 5 nonzero rows × 4 columns
            for s in 0..<4 {
                let column = patch + s * channels + channel
                let t = transformUpsampledInput(
                    load(column, lanes), load(column + rowStride, lanes), load(column + 2 * rowStride, lanes),
                    load(column + 3 * rowStride, lanes))
                for r in 0..<5 { e[r * 4 + s] = t[r] }
            }
            for r in 0..<5 {
                let t = transformUpsampledInput(e[r * 4], e[r * 4 + 1], e[r * 4 + 2], e[r * 4 + 3])
                let base = target + r * 5 * tapStride + channel
                for s in 0..<5 { store(t[s], base + s * tapStride, lanes) }
            }
            channel += 8
        }
    }

    /// The nonzero values of Bᵀ·E·(p0 … p3): positions 0, 1, 3, 4, 5.
    @inline(__always)
    static func transformUpsampledInput(
        _ p0: SIMD8<Float>, _ p1: SIMD8<Float>, _ p2: SIMD8<Float>, _ p3: SIMD8<Float>
    ) -> InlineArray<5, SIMD8<Float>> {
        [4 * p0 - 5 * p1 + p2, 2 * p2 - 8 * p1, 3 * (p2 - p1), p1 - p2, 4 * p1 - 5 * p2 + p3]
    }

    /// Y = Aᵀ·M·A for one tile, plus the bias, written (or added) to its up to 4×4 pixels.
    /// M's position t for this tile is at `bases[t] + tile·strides[t]` (stride 0: zeros).
    /// Aᵀ = [[1, 1, 1, 1, 1, 0], [0, 1, −1, 2, −2, 0], [0, 1, 1, 4, 4, 0], [0, 1, −1, 8, −8, 1]].
    @inline(__always)
    static func outputTransform(
        bases: UnsafePointer<UnsafePointer<Float>>, strides: UnsafePointer<Int>, tile: Int, bias: UnsafePointer<Float>,
        into target: UnsafeMutablePointer<Float>, rows: Int, columns: Int, firstPixel: Int, rowPixels: Int,
        channels: Int, accumulate: Bool
    ) {
        var channel = 0
        while channel < channels {
            let lanes = Swift.min(8, channels - channel)
            // Aᵀ·M, column by column: 4 × 6.
            var q = InlineArray<24, SIMD8<Float>>(repeating: SIMD8())
            for s in 0..<6 {
                var m = InlineArray<6, SIMD8<Float>>(repeating: SIMD8())
                for r in 0..<6 {
                    let t = r * 6 + s
                    m[r] = load(bases[t] + tile * strides[t] + channel, lanes)
                }
                let y = transformOutput(m[0], m[1], m[2], m[3], m[4], m[5])
                for a in 0..<4 { q[a * 6 + s] = y[a] }
            }
            let b = load(bias + channel, lanes)
            for a in 0..<rows {
                let y = transformOutput(q[a * 6], q[a * 6 + 1], q[a * 6 + 2], q[a * 6 + 3], q[a * 6 + 4], q[a * 6 + 5])
                for column in 0..<columns {
                    let pixel = target + (firstPixel + a * rowPixels + column) * channels + channel
                    let computed = y[column] + b
                    store(accumulate ? computed + load(UnsafePointer(pixel), lanes) : computed, pixel, lanes)
                }
            }
            channel += 8
        }
    }

    /// Aᵀ·(m0 … m5).
    @inline(__always)
    static func transformOutput(
        _ m0: SIMD8<Float>, _ m1: SIMD8<Float>, _ m2: SIMD8<Float>, _ m3: SIMD8<Float>, _ m4: SIMD8<Float>,
        _ m5: SIMD8<Float>
    ) -> InlineArray<4, SIMD8<Float>> {
        let sum12 = m1 + m2
        let difference12 = m1 - m2
        let sum34 = m3 + m4
        let difference34 = m3 - m4
        return [
            m0 + sum12 + sum34, difference12 + 2 * difference34, sum12 + 4 * sum34,
            difference12 + 8 * difference34 + m5,
        ]
    }

    /// `lanes` (≤ 8) floats from `pointer`, the rest zero.
    @inline(__always)
    static func load(_ pointer: UnsafePointer<Float>, _ lanes: Int) -> SIMD8<Float> {
        if lanes == 8 { return UnsafeRawPointer(pointer).loadUnaligned(as: SIMD8<Float>.self) }
        var v = SIMD8<Float>()
        for j in 0..<lanes { v[j] = pointer[j] }
        return v
    }

    /// Stores the first `lanes` (≤ 8) lanes of `v` at `pointer`.
    @inline(__always)
    static func store(_ v: SIMD8<Float>, _ pointer: UnsafeMutablePointer<Float>, _ lanes: Int) {
        if lanes == 8 {
            UnsafeMutableRawPointer(pointer).storeBytes(of: v, as: SIMD8<Float>.self)
            return
        }
        for j in 0..<lanes { pointer[j] = v[j] }
    }

    // MARK: Plain twins (for tests)

    /// The plain twin: a direct 3×3 convolution with zero padding on one channels-first image
    /// `x` [in, height, width], kernel `weight` [out, in, 3, 3] and `bias`, summed in F64;
    /// returns [out, height, width].
    static func reference(
        _ x: [Float], inChannels: Int, height: Int, width: Int, weight: [Float], bias: [Float]
    ) -> [Float] {
        let out = bias.count
        var result = [Float](repeating: 0, count: out * height * width)
        for o in 0..<out {
            for y in 0..<height {
                for column in 0..<width {
                    var sum = Double(bias[o])
                    for c in 0..<inChannels {
                        for ky in 0..<3 {
                            let sy = y + ky - 1
                            if sy < 0 || sy >= height { continue }
                            for kx in 0..<3 {
                                let sx = column + kx - 1
                                if sx < 0 || sx >= width { continue }
                                sum +=
                                    Double(weight[((o * inChannels + c) * 3 + ky) * 3 + kx])
                                    * Double(x[(c * height + sy) * width + sx])
                            }
                        }
                    }
                    result[(o * height + y) * width + column] = Float(sum)
                }
            }
        }
        return result
    }

    /// The plain twin of `upsampled(_:)`: the nearest-2× upsampled copy of `x` [in, height,
    /// width], then `reference`; returns [out, 2·height, 2·width].
    static func upsampledReference(
        _ x: [Float], inChannels: Int, height: Int, width: Int, weight: [Float], bias: [Float]
    ) -> [Float] {
        var big = [Float](repeating: 0, count: inChannels * 4 * height * width)
        for c in 0..<inChannels {
            for y in 0..<(2 * height) {
                for column in 0..<(2 * width) {
                    big[(c * 2 * height + y) * 2 * width + column] = x[(c * height + y / 2) * width + column / 2]
                }
            }
        }
        return reference(big, inChannels: inChannels, height: 2 * height, width: 2 * width, weight: weight, bias: bias)
    }
}
