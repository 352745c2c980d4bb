import Foundation
import LoraFormats

extension Library {
    /// What `lineage` finds for a checkpoint.
    public struct LineageReport: Sendable {
        /// The library's checkpoints of the same architecture, nearest first (file name,
        /// relative distance, family).
        public var nearest: [(name: String, distance: Double, family: BaseFamily)]
        /// The non-negative mixture of the nearest that comes closest, when there are any.
        public var mixture: Lineage.Mixture?
        /// Checkpoints of the library that could not be compared (other architecture or none).
        public var incomparable: Int
    }

    /// Ranks the library's checkpoints by weight distance to `target` and fits a merge's
    /// mixing weights over the nearest (`Lineage`); the file at `excluding` (the target itself
    /// when it is indexed) is left out.
    public func lineage(of target: WeightFingerprint, excluding path: String?) throws(LibraryError) -> LineageReport {
        let all = try checkpointFingerprints()
        let others = all.filter { $0.path != path.map(Self.absolute) }
        let candidates = others.map { (name: $0.name, fingerprint: $0.fingerprint) }
        let matches = Lineage.nearest(target, among: candidates)
        let families = Dictionary(others.map { ($0.name, $0.family) }, uniquingKeysWith: { a, _ in a })
        return LineageReport(
            nearest: matches.map { ($0.name, $0.relativeDistance, families[$0.name] ?? .unknown) },
            mixture: Lineage.mixture(
                of: target, over: candidates, count: min(Lineage.maximumCandidates, max(1, matches.count))),
            incomparable: others.count - matches.count)
    }

    /// The stored fingerprint of an indexed file, if it has one.
    public func fingerprint(path: String) throws(LibraryError) -> WeightFingerprint? {
        try database.rows("SELECT fingerprint FROM files WHERE path = ?", [.text(Self.absolute(path))]).first?.blob(0)
            .flatMap(WeightFingerprint.init(encoded:))
    }
}
