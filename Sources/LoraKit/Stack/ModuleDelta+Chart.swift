import LoraEngine
import LoraFormats

/// What `render spectrum` and `render delta` draw for a module of any algorithm.
extension ModuleDelta {
    /// The spectrum of a module's delta, and whether it stops before the smallest value.
    public struct Spectrum: Sendable {
        /// Singular values of m·s·ΔW, decreasing.
        public var values: [Double]
        /// True when only the largest values were computed (a full-rank delta with both sides
        /// over `exactLimit`).
        public var isTruncated: Bool

        public init(values: [Double], isTruncated: Bool) {
            self.values = values
            self.isTruncated = isTruncated
        }
    }

    /// Full-rank deltas (LyCORIS full, LoKr with a full side, large LoHa) whose short side is
    /// at most this get an exact SVD of the dense matrix; larger ones their `truncatedRank`
    /// largest singular values by the randomized SVD.
    public static let exactLimit = 512
    /// Singular values computed for a full-rank delta over `exactLimit`.
    public static let truncatedRank = 128

    /// The modules of `adapter` that add a ΔW to their weight, in file order: every algorithm
    /// but IA3 (which scales the weight instead). DoRA modules count by their direction update
    /// U·D.
    public static func chartableModules(of adapter: LoraAdapter) -> [LoraModule] {
        adapter.modules.filter { module in
            if case .ia3 = module.factors { return false }
            return true
        }
    }

    /// The singular values of `module`'s m·s·ΔW. From the factors when the delta has them at
    /// a rank below its short side (LoRA, LoCon, Tucker, LoHa r₁·r₂, LoKr with factored
    /// sides: QR of the thin factors and an SVD of the small core, never the dense product);
    /// otherwise from the dense delta (see `exactLimit`).
    /// - Returns: nil for IA3.
    public static func spectrum(of module: LoraModule, multiplier: Float = 1) -> Spectrum? {
        if let factors = lowRank(module, multiplier: multiplier) ?? structuredFactors(module, multiplier: multiplier) {
            let flat = LowRank(
                up: factors.up.flattenedToMatrix().converted(to: .f32),
                down: factors.down.flattenedToMatrix().converted(to: .f32),
                scale: factors.scale)
            if flat.rank < Swift.min(flat.outFeatures, flat.inFeatures) {
                return Spectrum(values: flat.svd(threads: 1).singularValues, isTruncated: false)
            }
        }
        guard let dense = denseMatrix(module, multiplier: multiplier) else { return nil }
        if Swift.min(dense.rows, dense.columns) <= exactLimit {
            return Spectrum(values: SVD(Matrix(dense)).singularValues, isTruncated: false)
        }
        let svd = RandomizedSVD.decompose(dense, rank: truncatedRank, powerIterations: 4, threads: 1)
        return Spectrum(values: svd.singularValues, isTruncated: true)
    }

    /// `module`'s m·s·ΔW as a dense F32 matrix out × (in·kh·kw); nil for IA3. DoRA modules
    /// give their direction update U·D.
    public static func denseMatrix(_ module: LoraModule, multiplier: Float = 1) -> Tensor? {
        if case .ia3 = module.factors { return nil }
        return dense(module, multiplier: multiplier)?.flattenedToMatrix()
    }
}
