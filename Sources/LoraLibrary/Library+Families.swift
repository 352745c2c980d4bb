import Foundation
import LoraFormats

extension Library {
    static let clueColumns = """
        files.path, files.architecture, files.metadata, files.sidecar_bases, files.tags, files.civitai_type,
        files.sha256, coalesce(user_data.tags, '')
        """

    /// The family evidence of an indexed file, from its row (metadata, sidecars' base models,
    /// the user's tags, its sha256) and the library's checkpoints.
    public func familyEvidence(id: Int64) throws(LibraryError) -> FamilyEvidence? {
        guard
            let row = try database.rows(
                "SELECT \(Self.clueColumns) FROM files LEFT JOIN user_data ON user_data.path = files.path WHERE files.id = ?",
                [.integer(id)]
            ).first
        else { return nil }
        var evidence = try familyEvidence(Self.clues(row))
        try adoptNearestCheckpoint(&evidence, id: id)
        return evidence
    }

    /// A checkpoint no evidence names takes the family of the library checkpoint nearest by
    /// weights (within 50%), as a reason of its own.
    func adoptNearestCheckpoint(_ evidence: inout FamilyEvidence, id: Int64) throws(LibraryError) {
        guard !evidence.family.isKnownFamily,
            let blob = try database.rows(
                "SELECT fingerprint FROM files WHERE id = ? AND kind = 'checkpoint'", [.integer(id)]
            ).first?.blob(0),
            let target = WeightFingerprint(encoded: blob)
        else { return }
        let candidates = try checkpointFingerprints(excluding: id).filter { $0.family.isKnownFamily }
        guard
            let nearest = Lineage.nearest(target, among: candidates.map { ($0.name, $0.fingerprint) }).first,
            nearest.relativeDistance < 0.5,
            let found = candidates.first(where: { $0.name == nearest.name })
        else { return }
        evidence.adoptNearest(family: found.family, nearest: found.name, distance: nearest.relativeDistance)
    }

    /// The library's checkpoints with fingerprints (file name, family, fingerprint).
    func checkpointFingerprints(excluding id: Int64? = nil) throws(LibraryError) -> [(
        id: Int64, name: String, path: String, family: BaseFamily, fingerprint: WeightFingerprint
    )] {
        try database.rows(
            "SELECT id, path, family, fingerprint FROM files WHERE kind = 'checkpoint' AND fingerprint IS NOT NULL ORDER BY path"
        ).compactMap { row in
            guard case .integer(let rowID) = row.values[0], rowID != id, let path = row.text(1),
                let blob = row.blob(3), let fingerprint = WeightFingerprint(encoded: blob)
            else { return nil }
            return (
                rowID, (path as NSString).lastPathComponent, path,
                row.text(2).flatMap(BaseFamily.init(rawValue:)) ?? .unknown, fingerprint
            )
        }
    }

    /// The family evidence of a file given by its clues (a file outside the library too).
    public func familyEvidence(_ clues: FamilyClues) throws(LibraryError) -> FamilyEvidence {
        var lookupError: LibraryError? = nil
        let evidence = FamilyEvidence(clues: clues) { sha in
            do {
                return try self.checkpoint(sha256: sha)
            } catch {
                lookupError = error as? LibraryError ?? .request("\(error)")
                return nil
            }
        }
        if let lookupError { throw lookupError }
        return evidence
    }

    /// The checkpoint of the library whose file has this sha256.
    func checkpoint(sha256: String) throws(LibraryError) -> LibraryCheckpoint? {
        guard
            let row = try database.rows(
                "SELECT path, family FROM files WHERE sha256 = ? AND kind = 'checkpoint' ORDER BY id LIMIT 1",
                [.text(sha256)]
            ).first, let path = row.text(0)
        else { return nil }
        return LibraryCheckpoint(
            fileName: (path as NSString).lastPathComponent,
            family: row.text(1).flatMap(BaseFamily.init(rawValue:)) ?? .unknown)
    }

    static func clues(_ row: SQLRow) -> FamilyClues {
        var sidecars = SidecarInfo()
        if let json = row.text(3), let members = (try? JSONParser.parse(json))?.objectMembers {
            for (kind, value) in members {
                if let kind = SidecarKind(rawValue: kind), let value = value.stringValue {
                    sidecars.baseModels[kind] = value
                }
            }
        }
        let tags = (row.text(4) ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        sidecars.tags = tags.isEmpty ? nil : tags
        sidecars.modelType = row.text(5)
        var metadata: [String: String] = [:]
        if let json = row.text(2), let members = (try? JSONParser.parse(json))?.objectMembers {
            for (key, value) in members { if let text = value.stringValue { metadata[key] = text } }
        }
        return FamilyClues(
            fileName: ((row.text(0) ?? "") as NSString).lastPathComponent,
            architecture: row.text(1).flatMap(Architecture.init(rawValue:)), metadata: metadata, sidecars: sidecars,
            userTags: (row.text(7) ?? "").split(separator: " ").map(String.init), fileSHA256: row.text(6))
    }

    /// Decides a file's family (with the reasons) and category from its row and user data.
    func updateDerived(id: Int64) throws(LibraryError) {
        guard
            let row = try database.rows(
                "SELECT \(Self.clueColumns) FROM files LEFT JOIN user_data ON user_data.path = files.path WHERE files.id = ?",
                [.integer(id)]
            ).first
        else { return }
        let clues = Self.clues(row)
        var evidence = try familyEvidence(clues)
        try adoptNearestCheckpoint(&evidence, id: id)
        let category = LoraCategory.decide(userTags: clues.userTags, sidecars: clues.sidecars)
        try database.run(
            "UPDATE files SET family = ?, family_reasons = ?, category = ? WHERE id = ?",
            [
                .text(evidence.family.rawValue), .text(evidence.lines.joined(separator: "\n")),
                .text(category.rawValue),
                .integer(id),
            ])
    }

    /// Decides every file's family again (after hashes became known, or a user tag changed):
    /// checkpoints first, since a LoRA's family may follow from its training checkpoint's.
    func refreshFamilies() throws(LibraryError) {
        let ids = try database.rows("SELECT id FROM files ORDER BY kind = 'checkpoint' DESC, id").compactMap {
            row -> Int64? in
            if case .integer(let id) = row.values[0] { return id }
            return nil
        }
        try database.transaction { () throws(LibraryError) in
            for id in ids {
                try updateDerived(id: id)
                try refreshSearch(id: id)
            }
        }
    }
}
