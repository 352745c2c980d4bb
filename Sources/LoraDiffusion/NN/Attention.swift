import LoraEngine

/// Multi-head scaled-dot-product attention (torch's `F.scaled_dot_product_attention` on heads
/// split from the last dimension): for each sample b and head h, with D = width / heads,
/// out[b, :, h·D ..< (h+1)·D] = softmax(Q_h·K_hᵀ / √D [+ causal mask]) · V_h.
///
/// The layers' view of the engine's fused kernel, `ScaledDotProductAttention`: queries in
/// chunks whose scores stay within `scoresPerChunk` values per worker (never a full
/// Lq × Lk × heads array: 4096 tokens at 8 heads would be 512 MB). With `isCausal`, query i
/// only sees keys 0...i (CLIP's text encoder).
public struct Attention: Sendable {
    /// Number of heads the width is split into.
    public var heads: Int
    /// Whether query i may only attend to keys 0...i.
    public var isCausal: Bool
    /// Upper bound on (query rows × keys) of one chunk's score block.
    public var scoresPerChunk: Int = 1 << 18

    /// Attention with `heads` heads, causal or not.
    public init(heads: Int, causal: Bool = false) {
        precondition(heads >= 1, "attention needs at least one head")
        self.heads = heads
        self.isCausal = causal
    }

    /// A run of columns of a [B, L, width] tensor (q, k or v inside a fused projection's output).
    typealias Operand = ScaledDotProductAttention.Operand

    /// softmax(Q·Kᵀ/√D)·V per head.
    /// - Parameters:
    ///   - query: [B, Lq, H·D].
    ///   - key: [B, Lk, H·D].
    ///   - value: [B, Lk, H·Dv] (Dv may differ from D).
    /// - Returns: [B, Lq, H·Dv], F32.
    /// - Precondition: batch sizes agree, widths divide by `heads`; causal needs Lq ≤ Lk.
    /// - Complexity: O(B·H·Lq·Lk·(D + Dv)); memory O(B·(Lq + Lk)·width) plus one chunk of
    ///   scores per thread.
    public func callAsFunction(query: Tensor, key: Tensor, value: Tensor) -> Tensor {
        precondition(query.rank == 3 && key.rank == 3 && value.rank == 3, "attention takes [B, L, width] tensors")
        return attend(
            query: Operand(query, columns: 0..<query.shape[2]), key: Operand(key, columns: 0..<key.shape[2]),
            value: Operand(value, columns: 0..<value.shape[2]))
    }

    /// The attention of `query`, `key`, `value` given as column runs (see `callAsFunction`).
    func attend(query: Operand, key: Operand, value: Operand) -> Tensor {
        ScaledDotProductAttention.attend(
            query: query, key: key, value: value, heads: heads, causal: isCausal, scoresPerChunk: scoresPerChunk,
            threads: Parallel.threads)
    }
}
