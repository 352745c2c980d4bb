/// Where a checkpoint comes from, read from weight fingerprints: which library checkpoints it is
/// nearest to, and, for a merge, in what proportions it mixes the nearest ones.
///
/// Both are pure functions of the fingerprints: no file is opened, the order of the candidates
/// does not change the answer, and only candidates with the target's `signature` are looked at
/// (other architectures, other tensor sets, other seeds are left out, never compared).
/// Pass the library without the target itself (it would be its own nearest, at distance 0).
public enum Lineage {
    /// One library checkpoint and how far the target is from it.
    public struct Match: Sendable, Hashable {
        /// The candidate's name, as given.
        public let name: String
        /// ‖target − candidate‖ / ‖candidate‖ over the fingerprints (0.05: the covered weights
        /// differ by about 5 % of the candidate's size).
        public let relativeDistance: Double
    }

    /// A merge's estimated recipe: non-negative weights over the nearest candidates.
    public struct Mixture: Sendable, Hashable {
        /// One candidate of the mixture.
        public struct Component: Sendable, Hashable {
            /// The candidate's name.
            public let name: String
            /// Its estimated mixing weight (≥ 0; 0 when it does not help).
            public let weight: Double
            /// The target's relative distance to it alone.
            public let relativeDistance: Double
        }

        /// The candidates considered (the nearest ones), largest weight first.
        public let components: [Component]
        /// ‖target − Σ weight·candidate‖ / ‖target‖: near 0 when the target is such a merge, about
        /// the size of the extra training when it was fine-tuned after (or before) merging.
        public let relativeResidual: Double

        /// The sum of the weights: about 1 for a weighted-average merge (the usual kind); not
        /// forced, so a sum far from 1 says the recipe was something else (an add-difference
        /// merge, a rescaled model).
        public var weightSum: Double { components.reduce(0) { $0 + $1.weight } }
    }

    /// The candidates a mixture is solved over by default.
    public static let maximumComponents = 4
    /// The most candidates a mixture can be solved over (NNLS on a Gram matrix this size).
    public static let maximumCandidates = 32

    /// The candidates comparable with `target`, nearest first.
    ///
    /// - Parameters:
    ///   - target: the fingerprint of the checkpoint asked about.
    ///   - candidates: the library's fingerprints, with names; those with another signature are
    ///     left out.
    /// - Returns: one match per comparable candidate, by increasing relative distance (ties by
    ///   name, then by position in `candidates`; a distance that is not a number comes last).
    /// - Complexity: O(c·v + c log c) for c candidates of v values.
    public static func nearest(
        _ target: WeightFingerprint, among candidates: [(name: String, fingerprint: WeightFingerprint)]
    ) -> [Match] {
        rankedCandidates(target, among: candidates).map { Match(name: $0.name, relativeDistance: $0.distance) }
    }

    /// The non-negative mixture of the `count` nearest comparable candidates that comes closest
    /// to `target`: for a merge `0.7·A + 0.3·B` of two library checkpoints, weights 0.7 and 0.3.
    ///
    /// Fingerprints are linear in the weights, so a merge's fingerprint is the same mixture of
    /// its parents' fingerprints and least squares recovers the mixing weights; non-negativity
    /// (Lawson–Hanson NNLS, see `NonNegativeLeastSquares`) keeps a nearly collinear pair of
    /// candidates from cancelling each other with large weights of opposite signs. The weights
    /// are not forced to sum to 1: `weightSum` reports the sum.
    ///
    /// Limits: the parents must be among the candidates (a merge of checkpoints the library
    /// lacks shows up as a large residual, or as weights on their relatives); candidates that
    /// are fine-tunes of one another are nearly collinear, so noise (training after the merge,
    /// a half-precision file) moves weight between them more than between unrelated bases;
    /// recipes with negative terms (add-difference) and block-weighted merges are fitted as
    /// the nearest non-negative whole-model mixture.
    /// - Parameters:
    ///   - target: the fingerprint of the checkpoint asked about.
    ///   - candidates: the library's fingerprints, with names.
    ///   - count: how many of the nearest comparable candidates to mix (at least 1; by default
    ///     `maximumComponents`; the library solves over all its comparable checkpoints, up to
    ///     `maximumCandidates`, since a merge's parents need not be its nearest: a merge of
    ///     three is nearer to a merge of two of them than to the third).
    /// - Returns: nil when no candidate is comparable with `target`.
    /// - Complexity: O(c·v + c log c + count²·v).
    public static func mixture(
        of target: WeightFingerprint, over candidates: [(name: String, fingerprint: WeightFingerprint)],
        count: Int = maximumComponents
    ) -> Mixture? {
        precondition((1...maximumCandidates).contains(count), "a mixture is over 1 to \(maximumCandidates) candidates")
        let chosen = Array(rankedCandidates(target, among: candidates).prefix(count))
        if chosen.isEmpty { return nil }
        let columns = chosen.map { candidates[$0.position].fingerprint.values }
        let n = columns.count
        var gram = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        var correlation = [Double](repeating: 0, count: n)
        for i in 0..<n {
            correlation[i] = dot(columns[i], target.values)
            for j in 0...i {
                gram[i][j] = dot(columns[i], columns[j])
                gram[j][i] = gram[i][j]
            }
        }
        let weights = NonNegativeLeastSquares.solve(gram: gram, correlation: correlation)

        var residual = 0.0
        var scale = 0.0
        for e in 0..<target.values.count {
            var fitted = 0.0
            for i in 0..<n { fitted += weights[i] * Double(columns[i][e]) }
            let t = Double(target.values[e])
            residual += (t - fitted) * (t - fitted)
            scale += t * t
        }
        let relativeResidual = scale == 0 ? (residual == 0 ? 0 : .infinity) : (residual / scale).squareRoot()
        let components = (0..<n).map { i in
            Mixture.Component(name: chosen[i].name, weight: weights[i], relativeDistance: chosen[i].distance)
        }
        // Stable: equal weights keep the nearest-first order.
        let ordered = components.enumerated().sorted { a, b in
            a.element.weight != b.element.weight ? a.element.weight > b.element.weight : a.offset < b.offset
        }.map(\.element)
        return Mixture(components: ordered, relativeResidual: relativeResidual)
    }

    /// The comparable candidates with their distances and positions, nearest first.
    private static func rankedCandidates(
        _ target: WeightFingerprint, among candidates: [(name: String, fingerprint: WeightFingerprint)]
    ) -> [(name: String, distance: Double, position: Int)] {
        var ranked: [(name: String, distance: Double, position: Int)] = []
        for (position, candidate) in candidates.enumerated() {
            guard let distance = target.relativeDistance(to: candidate.fingerprint) else { continue }
            ranked.append((candidate.name, distance, position))
        }
        return ranked.sorted { a, b in
            if a.distance.isNaN != b.distance.isNaN { return b.distance.isNaN }
            if a.distance != b.distance && !a.distance.isNaN { return a.distance < b.distance }
            if a.name != b.name { return a.name.utf8.lexicographicallyPrecedes(b.name.utf8) }
            return a.position < b.position
        }
    }

    /// Σ a·b in `Double`.
    private static func dot(_ a: [Float], _ b: [Float]) -> Double {
        var sum = 0.0
        for (x, y) in zip(a, b) { sum += Double(x) * Double(y) }
        return sum
    }
}
