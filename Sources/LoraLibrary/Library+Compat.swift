import Foundation
import LoraFormats

extension Library {
    /// One LoRA of the library, graded for a base.
    public struct CompatibilityRow: Sendable, Equatable {
        public var name: String
        public var path: String
        /// The verdict's line (why this grade).
        public var reason: String
    }

    /// The library's adapters graded for a base, best grade first; each group sorted by name.
    /// Grades come from the index's columns (architecture, family, training hash) with the
    /// rules of `CompatibilityVerdict`; the first `detailed` rows of each grade get the verdict's
    /// full line.
    public func compatibility(base: FamilyEvidence, baseName: String, basePath: String, detailed: Int = 20)
        throws(LibraryError) -> [(CompatibilityVerdict.Grade, [CompatibilityRow])]
    {
        let architecture = base.effectiveArchitecture?.rawValue ?? "generic"
        var baseSHA = base.fileSHA256
        if baseSHA == nil { baseSHA = try entry(path: basePath)?.sha256 }
        let family = base.family.isKnownFamily ? base.family.rawValue : nil
        let known = BaseFamily.allCases.filter(\.isKnownFamily).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let related = BaseFamily.allCases.filter { base.family.isRelated(to: $0) }.map { "'\($0.rawValue)'" }
            .joined(separator: ", ")
        let rows = try database.rows(
            """
            SELECT files.id, files.name, files.path,
              CASE
                WHEN coalesce(files.architecture, 'generic') != ?1 THEN 5
                WHEN ?2 IS NOT NULL AND files.training_base_hash = ?2 THEN 0
                WHEN ?3 IS NOT NULL AND files.family = ?3 THEN 1
                WHEN ?3 IS NOT NULL AND files.family IN (\(related.isEmpty ? "NULL" : related)) THEN 2
                WHEN ?3 IS NOT NULL AND files.family IN (\(known)) THEN 3
                ELSE 4
              END AS grade
            FROM files WHERE files.kind != 'checkpoint'
            ORDER BY grade, files.name COLLATE NOCASE, files.path
            """, [.text(architecture), SQLValue(baseSHA), SQLValue(family)])
        let grades: [CompatibilityVerdict.Grade] = [
            .sameBase, .sameFamily, .relatedFamily, .sameArchitectureOtherFamily, .unknown, .doesNotFit,
        ]
        var groups = grades.map { ($0, [CompatibilityRow]()) }
        for row in rows {
            guard case .integer(let id) = row.values[0], let grade = row.int(3) else { continue }
            let name = row.text(1) ?? ""
            var reason = ""
            if groups[grade].1.count < detailed, let evidence = try familyEvidence(id: id) {
                reason =
                    CompatibilityVerdict(
                        loraName: name, lora: evidence, baseName: baseName, base: base,
                        modulesFit: grade == 5 ? false : nil
                    ).message
            }
            groups[grade].1.append(CompatibilityRow(name: name, path: row.text(2) ?? "", reason: reason))
        }
        return groups
    }
}
