import Foundation
import LoraEngine
import LoraFormats
import Testing

@testable import LoraLibrary

/// Lineage on synthetic SD 1.5 checkpoints: three unrelated bases A, B, C (N(0, 0.02²) each)
/// and D, a relative of A (A plus 30 % independent noise, as a large fine-tune like Pony is of
/// SDXL). Every expected weight and distance follows from how the targets are built.
@Suite struct LineageTests {
    typealias Library = [(name: String, fingerprint: WeightFingerprint)]

    /// The bases and the library's fingerprints of them (F16 files), made once for the suite.
    struct Bases: @unchecked Sendable {
        let a: SyntheticCheckpoint
        let b: SyntheticCheckpoint
        let c: SyntheticCheckpoint
        let d: SyntheticCheckpoint
        let library: Library

        init() {
            a = SyntheticCheckpoint.sd15Base(seed: 101)
            b = SyntheticCheckpoint.sd15Base(seed: 102)
            c = SyntheticCheckpoint.sd15Base(seed: 103)
            d = a.fineTuned(relative: 0.3, seed: 104)
            let folder = temporaryFolder("lineage-bases")
            defer { try? FileManager.default.removeItem(atPath: folder) }
            library = [("A", a), ("B", b), ("C", c), ("D", d)].map { name, checkpoint in
                (name, try! checkpoint.fingerprint(in: folder, name: name, dtype: .f16))
            }
        }
    }

    static let bases = Bases()

    let folder = temporaryFolder("lineage-\(UInt32.random(in: 0...UInt32.max))")
    var a: SyntheticCheckpoint { Self.bases.a }
    var b: SyntheticCheckpoint { Self.bases.b }
    var c: SyntheticCheckpoint { Self.bases.c }
    var d: SyntheticCheckpoint { Self.bases.d }
    var library: Library { Self.bases.library }

    func fingerprint(_ checkpoint: SyntheticCheckpoint, dtype: DType = .f16) throws -> WeightFingerprint {
        try checkpoint.fingerprint(in: folder, name: "target", dtype: dtype)
    }

    func weights(_ mixture: Lineage.Mixture) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: mixture.components.map { ($0.name, $0.weight) })
    }

    @Test func aFineTuneIsNearestToItsBase() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = try fingerprint(a.fineTuned(relative: 0.05, seed: 105))
        let ranked = Lineage.nearest(target, among: library)
        #expect(ranked.map(\.name) == ["A", "D", "B", "C"] || ranked.map(\.name) == ["A", "D", "C", "B"])
        // ‖0.05·n‖/‖A‖ = 0.05, estimated from 192 samples (relative error ~5 %).
        #expect(abs(ranked[0].relativeDistance - 0.05) < 0.01)
        // ‖0.05·n − 0.3·n′‖/‖A + 0.3·n′‖ = √(0.0025 + 0.09)/√1.09 ≈ 0.291.
        #expect(abs(ranked[1].relativeDistance - 0.291) < 0.04)
        // Unrelated: ‖A − B‖/‖B‖ ≈ √2.
        #expect(ranked[2].relativeDistance > 1.2)
    }

    @Test func aTwoWayMergeOfRelativesIsTakenApart() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = try fingerprint(SyntheticCheckpoint.merge([(0.7, d), (0.3, a)]))
        let mixture = try #require(Lineage.mixture(of: target, over: library))
        let w = weights(mixture)
        #expect(mixture.components.count == 4)
        #expect(mixture.components.map(\.name).prefix(2) == ["D", "A"])
        #expect(abs(w["D"]! - 0.7) < 0.02 && abs(w["A"]! - 0.3) < 0.02)
        #expect(w["B"]! < 0.02 && w["C"]! < 0.02)
        #expect(abs(mixture.weightSum - 1) < 0.02)
        #expect(mixture.relativeResidual < 0.01)
    }

    @Test func aThreeWayMergeIsTakenApart() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = try fingerprint(SyntheticCheckpoint.merge([(0.5, a), (0.3, b), (0.2, c)]), dtype: .bf16)
        let mixture = try #require(Lineage.mixture(of: target, over: library))
        let w = weights(mixture)
        #expect(abs(w["A"]! - 0.5) < 0.02 && abs(w["B"]! - 0.3) < 0.02 && abs(w["C"]! - 0.2) < 0.02)
        #expect(w["D"]! < 0.02)
        #expect(abs(mixture.weightSum - 1) < 0.02)
        #expect(mixture.relativeResidual < 0.01)
        #expect(mixture.components.map(\.name).prefix(3) == ["A", "B", "C"])
    }

    @Test func trainingAfterTheMergeShowsAsResidual() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = try fingerprint(
            SyntheticCheckpoint.merge([(0.6, b), (0.4, c)]).fineTuned(relative: 0.05, seed: 106))
        let mixture = try #require(Lineage.mixture(of: target, over: library))
        let w = weights(mixture)
        #expect(abs(w["B"]! - 0.6) < 0.02 && abs(w["C"]! - 0.4) < 0.02)
        // The noise, 0.05 of a base, against ‖0.6·B + 0.4·C‖ ≈ √0.52: 0.069, less the little the
        // four candidates explain of it.
        #expect(mixture.relativeResidual > 0.055 && mixture.relativeResidual < 0.085)
    }

    @Test func aMergeOfCheckpointsTheLibraryLacksLeavesALargeResidual() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = try fingerprint(SyntheticCheckpoint.merge([(0.5, b), (0.5, c)]))
        let onlyRelatives = library.filter { $0.name == "A" || $0.name == "D" }
        let mixture = try #require(Lineage.mixture(of: target, over: onlyRelatives))
        #expect(mixture.relativeResidual > 0.9)
    }

    @Test func aCopyInTheLibraryTakesNoWeightFromItsTwin() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = try fingerprint(SyntheticCheckpoint.merge([(0.7, a), (0.3, b)]))
        let twin = library.first { $0.name == "A" }!.fingerprint
        let withTwin = library + [(name: "A copy", fingerprint: twin)]
        let mixture = try #require(Lineage.mixture(of: target, over: withTwin))
        let w = weights(mixture)
        // Equal distances: "A" comes first by name and takes the weight; its twin adds nothing.
        #expect(abs(w["A"]! - 0.7) < 0.02 && w["A copy"]! == 0)
        #expect(abs(w["B"]! - 0.3) < 0.02)
    }

    @Test func otherArchitecturesAreLeftOut() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sdxl = try SyntheticCheckpoint.random(SyntheticCheckpoint.sdxlRows, seed: 107)
            .fingerprint(in: folder, name: "sdxl")
        let target = try fingerprint(a.fineTuned(relative: 0.05, seed: 108))
        let mixed = library + [(name: "SDXL", fingerprint: sdxl)]
        #expect(!Lineage.nearest(target, among: mixed).map(\.name).contains("SDXL"))
        #expect(Lineage.nearest(sdxl, among: library).isEmpty)
        #expect(Lineage.mixture(of: sdxl, over: library) == nil)
        let mixture = try #require(Lineage.mixture(of: target, over: mixed))
        #expect(!mixture.components.map(\.name).contains("SDXL"))
    }

    @Test func theAnswerDoesNotDependOnTheCandidatesOrder() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = try fingerprint(SyntheticCheckpoint.merge([(0.5, a), (0.3, b), (0.2, d)]))
        let reversed = Array(library.reversed())
        let rotated = Array(library[2...] + library[..<2])
        let nearest = Lineage.nearest(target, among: library)
        #expect(Lineage.nearest(target, among: reversed) == nearest)
        #expect(Lineage.nearest(target, among: rotated) == nearest)
        let mixture = Lineage.mixture(of: target, over: library, count: 3)
        #expect(mixture?.components.count == 3)
        #expect(Lineage.mixture(of: target, over: reversed, count: 3) == mixture)
        #expect(Lineage.mixture(of: target, over: rotated, count: 3) == mixture)
    }
}
