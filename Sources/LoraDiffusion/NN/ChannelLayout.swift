import LoraEngine

/// Conversions between torch's channels-first image layout [B, C, H, W] and the channels-last
/// layout [B, H, W, C] the convolution kernels and the U-Net work in (a pixel's channels are
/// contiguous there, so a 1×1 convolution or a per-position linear layer is one GEMM and a
/// spatial transformer needs no permutes).
public enum ChannelLayout {
    /// [B, C, H, W] → [B, H, W, C] (any number of spatial dimensions: [B, C, …] → [B, …, C]).
    /// - Complexity: O(count), blocked transposes threaded over samples and tiles.
    public static func channelsLast(_ x: Tensor) -> Tensor {
        precondition(x.rank >= 2, "channelsLast needs [B, C, …], got \(x.shape)")
        let batch = x.shape[0]
        let channels = x.shape[1]
        let spatial = Array(x.shape.dropFirst(2))
        let out = transposeEachSample(
            x.converted(to: .f32), batch: batch, rows: channels, columns: spatial.reduce(1, *))
        return out.reshaped([batch] + spatial + [channels])
    }

    /// [B, H, W, C] → [B, C, H, W] (any number of spatial dimensions: [B, …, C] → [B, C, …]).
    /// - Complexity: O(count).
    public static func channelsFirst(_ x: Tensor) -> Tensor {
        precondition(x.rank >= 2, "channelsFirst needs [B, …, C], got \(x.shape)")
        let batch = x.shape[0]
        let channels = x.shape[x.rank - 1]
        let spatial = Array(x.shape.dropFirst().dropLast())
        let out = transposeEachSample(
            x.converted(to: .f32), batch: batch, rows: spatial.reduce(1, *), columns: channels)
        return out.reshaped([batch, channels] + spatial)
    }

    /// For each sample, the [rows, columns] matrix transposed to [columns, rows].
    static func transposeEachSample(_ x: Tensor, batch: Int, rows: Int, columns: Int) -> Tensor {
        var out = Tensor(uninitialized: [batch * rows * columns])
        let tile = 32
        let rowTiles = (rows + tile - 1) / tile
        x.withUnsafeFloats { source in
            out.withUnsafeMutableFloats { target in
                guard let s = source.baseAddress, let t = target.baseAddress else { return }
                Parallel.forEach(batch * rowTiles) { item in
                    let sample = item / rowTiles
                    let r0 = (item % rowTiles) * tile
                    let r1 = Swift.min(rows, r0 + tile)
                    let from = s + sample * rows * columns
                    let to = t + sample * rows * columns
                    for c0 in stride(from: 0, to: columns, by: tile) {
                        let c1 = Swift.min(columns, c0 + tile)
                        for r in r0..<r1 {
                            for c in c0..<c1 { to[c * rows + r] = from[r * columns + c] }
                        }
                    }
                }
            }
        }
        return out
    }
}
