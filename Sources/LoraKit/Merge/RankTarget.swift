/// How many singular triplets a truncation keeps: a fixed rank or the minimal rank meeting a
/// dynamic target (kohya resize_lora's sv_fro / sv_ratio / sv_cumulative, research notes b.4,
/// without its off-by-one: kohya-ss/sd-scripts#2194).
public enum RankTarget: Sendable, Equatable, CustomStringConvertible {
    /// Exactly K (or fewer when the matrix has fewer singular values).
    case rank(Int)
    /// Minimal k with √(Σ_{i<k} σᵢ² / Σ σᵢ²) ≥ t (kept Frobenius norm fraction).
    case fro(Double)
    /// Keep σᵢ > σ₀ / t (t = largest kept max/min ratio).
    case ratio(Double)
    /// Minimal k with Σ_{i<k} σᵢ / Σ σᵢ ≥ t.
    case cumulative(Double)

    /// Parses `rank=K`, `fro=T`, `ratio=T`, `cumulative=T` (key and value).
    /// - Throws: `MergeError.invalidParameter`.
    public init(key: String, value: String) throws(MergeError) {
        switch key {
        case "rank", "conv_rank":
            guard let k = Int(value), k >= 1 else {
                throw .invalidParameter(name: key, value: value, expected: "a whole number ≥ 1")
            }
            self = .rank(k)
        case "fro", "cumulative":
            guard let t = Double(value), t > 0, t <= 1 else {
                throw .invalidParameter(name: key, value: value, expected: "a fraction in (0, 1]")
            }
            self = key == "fro" ? .fro(t) : .cumulative(t)
        case "ratio":
            guard let t = Double(value), t >= 1 else {
                throw .invalidParameter(name: key, value: value, expected: "a ratio ≥ 1")
            }
            self = .ratio(t)
        default:
            throw .invalidParameter(name: key, value: value, expected: "one of rank, fro, ratio, cumulative")
        }
    }

    public var description: String {
        switch self {
        case .rank(let k): return "rank=\(k)"
        case .fro(let t): return "fro=\(t)"
        case .ratio(let t): return "ratio=\(t)"
        case .cumulative(let t): return "cumulative=\(t)"
        }
    }

    /// The rank to keep for decreasing singular values `sigma` (at least 1, at most
    /// `sigma.count` and `cap`).
    /// - Complexity: O(n).
    public func rank(for sigma: [Double], cap: Int? = nil) -> Int {
        let n = sigma.count
        guard n > 0 else { return 0 }
        let tolerance = 1e-12
        var k: Int
        switch self {
        case .rank(let r): k = r
        case .fro(let t):
            let total = sigma.reduce(0) { $0 + $1 * $1 }
            k = n
            var running = 0.0
            for (i, s) in sigma.enumerated() {
                running += s * s
                if total == 0 || (running / total).squareRoot() >= t - tolerance { k = i + 1; break }
            }
        case .cumulative(let t):
            let total = sigma.reduce(0, +)
            k = n
            var running = 0.0
            for (i, s) in sigma.enumerated() {
                running += s
                if total == 0 || running / total >= t - tolerance { k = i + 1; break }
            }
        case .ratio(let t):
            k = sigma.filter { $0 > sigma[0] / t }.count
        }
        if let cap { k = Swift.min(k, cap) }
        return Swift.max(1, Swift.min(k, n))
    }
}
