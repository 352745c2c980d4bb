import LoraEngine
import LoraFormats

/// DoRA (weight-decomposed LoRA, Liu et al. 2024): the patched weight is
/// `(W + ΔW) · magnitude / ‖W + ΔW‖` with the norm of each output row, as LyCORIS
/// (`apply_weight_decompose`, `wd_on_out`) and PEFT (`dora.py`) merge it. With a user weight m
/// the result is interpolated as ComfyUI does (research notes b.8): `W' = W + m·(W_c − W)` with
/// `W_c` the DoRA weight at ΔW of weight 1, so m = 0 leaves W alone and m = 1 is PEFT's merge.
public enum WeightDecomposition {
    /// Applies a DoRA module in place to `weight` (F32, out × in·k², the rows the module patches).
    /// - Parameters:
    ///   - delta: `s·ΔW` at weight 1 (F32, same shape).
    ///   - magnitude: one value per output row.
    ///   - multiplier: the user's weight m.
    /// - Complexity: O(out·in).
    public static func apply(to weight: inout Tensor, delta: Tensor, magnitude: Tensor, multiplier: Float) {
        let rows = weight.rows, columns = weight.columns
        let mag = magnitude.floats()
        precondition(mag.count == rows, "DoRA magnitude has \(mag.count) values for \(rows) rows")
        weight.withUnsafeMutableFloats { w in
            delta.withUnsafeFloats { d in
                for i in 0..<rows {
                    var norm = 0.0
                    for j in 0..<columns {
                        let v = Double(w[i * columns + j]) + Double(d[i * columns + j])
                        norm += v * v
                    }
                    let ratio = Double(mag[i]) / norm.squareRoot()
                    let m = Double(multiplier)
                    for j in 0..<columns {
                        let old = Double(w[i * columns + j])
                        let decomposed = (old + Double(d[i * columns + j])) * ratio
                        w[i * columns + j] = Float(old + m * (decomposed - old))
                    }
                }
            }
        }
    }
}
