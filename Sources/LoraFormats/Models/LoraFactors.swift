import LoraEngine

/// The weights of one LoRA module, by algorithm (kohya/LyCORIS/PEFT parametrisations).
///
/// ΔW (before the scale and the user's weight) is, per case (research notes b.1, b.9):
/// `lowRank` U·D (conv: D is r×in×k×k, U is out×r×1×1; with Tucker `mid` (r×r×k×k) D and U are
/// 1×1 and ΔW = einsum(mid, U, D)); `hadamard` (w1a·w1b) ⊙ (w2a·w2b) (LoHa, with optional Tucker
/// cores t1/t2); `kronecker` kron(w1, w2) with each side full or factored (LoKr);
/// `ia3` a per-channel rescale; `full` a dense ΔW (`diff`, optional bias `diff_b`).
public enum LoraFactors: Sendable {
    /// Plain LoRA / LoCon: `up` (out×r[×1×1]), `down` (r×in[×k×k]), optional Tucker `mid`.
    case lowRank(up: Tensor, down: Tensor, mid: Tensor?)
    /// LoHa: two low-rank products multiplied element-wise.
    case hadamard(w1a: Tensor, w1b: Tensor, w2a: Tensor, w2b: Tensor, t1: Tensor?, t2: Tensor?)
    /// LoKr: Kronecker product of `w1` (a×b) and `w2` (c×d[×k×k]); each side full or factored.
    case kronecker(w1: Tensor?, w1a: Tensor?, w1b: Tensor?, w2: Tensor?, w2a: Tensor?, w2b: Tensor?, t2: Tensor?)
    /// IA3: per-channel scale of the output (or input when `onInput`).
    case ia3(weight: Tensor, onInput: Tensor?)
    /// A dense weight difference, optionally with a bias difference.
    case full(diff: Tensor, diffBias: Tensor?)

    /// The algorithm's name as users know it.
    public var algorithm: String {
        switch self {
        case .lowRank(_, let down, let mid):
            if mid != nil { return "locon (tucker)" }
            return down.rank == 4 && (down.shape[2] > 1 || down.shape[3] > 1) ? "locon" : "lora"
        case .hadamard: return "loha"
        case .kronecker: return "lokr"
        case .ia3: return "ia3"
        case .full: return "full"
        }
    }

    /// Whether this is a plain low-rank pair (what diffusers and PEFT files can hold).
    public var isLowRank: Bool { if case .lowRank = self { return true }; return false }

    /// The rank used in the scale α/r: D's rows (LoRA), w1b's rows (LoHa), the factored side's
    /// rank (LoKr; nil when both sides are full, which fixes the scale at 1), nil for IA3/full.
    public var rank: Int? {
        switch self {
        case .lowRank(_, let down, _): return down.shape.first
        case .hadamard(_, let w1b, _, _, _, _): return w1b.shape.first
        case .kronecker(_, _, let w1b, _, _, let w2b, _): return (w2b ?? w1b)?.shape.first
        case .ia3, .full: return nil
        }
    }

    /// Every tensor with its role, in a fixed order.
    public var tensors: [(role: String, tensor: Tensor)] {
        func some(_ items: [(String, Tensor?)]) -> [(role: String, tensor: Tensor)] {
            items.compactMap { role, t in t.map { (role: role, tensor: $0) } }
        }
        switch self {
        case .lowRank(let up, let down, let mid): return some([("up", up), ("down", down), ("mid", mid)])
        case .hadamard(let w1a, let w1b, let w2a, let w2b, let t1, let t2):
            return some([
                ("hada_w1_a", w1a), ("hada_w1_b", w1b), ("hada_w2_a", w2a), ("hada_w2_b", w2b), ("hada_t1", t1),
                ("hada_t2", t2),
            ])
        case .kronecker(let w1, let w1a, let w1b, let w2, let w2a, let w2b, let t2):
            return some([
                ("lokr_w1", w1), ("lokr_w1_a", w1a), ("lokr_w1_b", w1b), ("lokr_w2", w2), ("lokr_w2_a", w2a),
                ("lokr_w2_b", w2b), ("lokr_t2", t2),
            ])
        case .ia3(let weight, let onInput): return some([("weight", weight), ("on_input", onInput)])
        case .full(let diff, let bias): return some([("diff", diff), ("diff_b", bias)])
        }
    }

    /// Number of stored parameters.
    public var parameterCount: Int { tensors.reduce(0) { $0 + $1.tensor.count } }
}
