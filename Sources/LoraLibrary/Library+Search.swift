import Foundation
import LoraFormats

extension Library {
    /// One indexed file, as `find` lists it and names resolve to it.
    public struct Entry: Sendable, Equatable {
        public var id: Int64
        public var path: String
        /// The library name (file stem).
        public var name: String
        public var kind: String
        public var architecture: String?
        public var family: BaseFamily
        /// Why the family was decided, strongest evidence first.
        public var familyReasons: [String]
        public var ranks: [Int]
        public var triggerWords: [String]
        public var size: Int
        public var modified: Date
        public var outputName: String?
        public var category: String
        public var preferredWeight: Double?
        /// The sidecar's file name `preferredWeight` came from: A1111's `NAME.json` or
        /// Lora-Manager's `NAME.metadata.json`.
        public var preferredWeightFrom: String?
        /// The text encoders' weight where it differs from `preferredWeight` (Lora-Manager's
        /// `clip_strength`).
        public var preferredTextEncoderWeight: Double?
        public var sha256: String?
        public var trainingBaseHash: String?
        public var bookmarked: Bool
        public var userTags: [String]
        public var note: String
        public var rating: Int?
        public var uses: Int
        /// A1111's activation text (Civitai's trained words are among `triggerWords`).
        public var activationText: String?
        /// A preview image beside the file.
        public var preview: String?
        /// The sidecars' description.
        public var description: String?
        /// The model's name a sidecar gives (Civitai's, or Lora-Manager's `model_name`).
        public var modelName: String?
        /// The notes a sidecar keeps (A1111's, or Lora-Manager's); the user's own are `note`.
        public var sidecarNotes: String?
        /// What the scan could not read of the file's sidecars, one line each naming the file.
        public var sidecarProblems: [String]
    }

    /// How `find` orders its results.
    public enum SortOrder: String, Sendable, CaseIterable {
        /// Newest first.
        case date
        case name
        /// Largest first.
        case size
        /// Highest rank first.
        case rank
        /// Most used (stacked or loaded by library name) first.
        case used
        /// Best rated first.
        case rating
    }

    /// What `find` asks for; every field narrows the result.
    public struct Query: Sendable, Equatable {
        /// Words matched (as prefixes) against names, trigger words, tags, descriptions and notes.
        public var text: String = ""
        /// Families to keep.
        public var families: [BaseFamily]? = nil
        /// Architecture to keep ("SDXL", …).
        public var architecture: String? = nil
        public var kind: FileKind? = nil
        /// character, style, pose, detail or other.
        public var category: String? = nil
        /// A tag (the user's or a sidecar's).
        public var tag: String? = nil
        public var rankAtMost: Int? = nil
        public var rankAtLeast: Int? = nil
        public var bookmarked: Bool? = nil
        public var sort: SortOrder = .date
        public var limit: Int = 50

        public init() {}
    }

    static let entryColumns = """
        files.id, files.path, files.name, files.kind, files.architecture, files.family, files.family_reasons,
        files.ranks, files.trigger_words, files.size, files.mtime, files.output_name, coalesce(files.category, 'other'),
        files.preferred_weight, files.sha256, files.training_base_hash, coalesce(user_data.bookmarked, 0),
        coalesce(user_data.tags, ''), coalesce(user_data.note, ''), user_data.rating, coalesce(user_data.uses, 0),
        files.activation_text, files.preview, files.description, files.preferred_weight_from, files.model_name,
        files.sidecar_notes, files.preferred_te_weight, files.problems
        """

    static func entry(_ row: SQLRow) -> Entry {
        func words(_ text: String?, _ separator: Character) -> [String] {
            (text ?? "").split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
        }
        guard case .integer(let id) = row.values[0] else { fatalError("files.id is an integer primary key") }
        // Rows from before schema 4 had only A1111's NAME.json to take a preferred weight from.
        let path = row.text(1) ?? ""
        let webUIFile = ((path as NSString).lastPathComponent as NSString).deletingPathExtension + ".json"
        return Entry(
            id: id, path: row.text(1) ?? "", name: row.text(2) ?? "", kind: row.text(3) ?? "",
            architecture: row.text(4), family: row.text(5).flatMap(BaseFamily.init(rawValue:)) ?? .unknown,
            familyReasons: words(row.text(6), "\n"),
            ranks: words(row.text(7), ",").compactMap { Int($0) }, triggerWords: words(row.text(8), ","),
            size: row.int(9) ?? 0, modified: Date(timeIntervalSince1970: row.double(10) ?? 0), outputName: row.text(11),
            category: row.text(12) ?? "other", preferredWeight: row.double(13),
            preferredWeightFrom: row.double(13) == nil ? nil : row.text(24) ?? webUIFile,
            preferredTextEncoderWeight: row.double(27),
            sha256: row.text(14),
            trainingBaseHash: row.text(15), bookmarked: row.int(16) == 1, userTags: words(row.text(17), " "),
            note: row.text(18) ?? "", rating: row.int(19), uses: row.int(20) ?? 0, activationText: row.text(21),
            preview: row.text(22), description: row.text(23), modelName: row.text(25), sidecarNotes: row.text(26),
            sidecarProblems: words(row.text(28), "\n"))
    }

    /// The files matching `query`, in its order, at most `limit`.
    public func find(_ query: Query) throws(LibraryError) -> [Entry] {
        var conditions: [String] = []
        var values: [SQLValue] = []
        let match = Self.ftsQuery(query.text)
        if let match {
            conditions.append("files.id IN (SELECT rowid FROM search WHERE search MATCH ?)")
            values.append(.text(match))
        }
        if let families = query.families {
            conditions.append(
                "coalesce(files.family, 'unknown') IN (\(families.map { _ in "?" }.joined(separator: ", ")))")
            values += families.map { .text($0.rawValue) }
        }
        if let architecture = query.architecture {
            conditions.append("files.architecture = ?")
            values.append(.text(architecture))
        }
        if let kind = query.kind {
            conditions.append("files.kind = ?")
            values.append(.text(kind.rawValue))
        }
        if let category = query.category {
            conditions.append("coalesce(files.category, 'other') = ?")
            values.append(.text(category))
        }
        if let tag = query.tag {
            // Your tags are stored as words (spaces as _); the sidecars' as they were written.
            conditions.append(
                "(' ' || coalesce(user_data.tags, '') || ' ' LIKE ? OR ', ' || lower(coalesce(files.tags, '')) || ',' LIKE ?)"
            )
            values += [.text("% \(Self.tagWord(tag)) %"), .text("%, \(tag.lowercased()),%")]
        }
        if let most = query.rankAtMost {
            conditions.append("files.rank_max <= ?")
            values.append(.integer(Int64(most)))
        }
        if let least = query.rankAtLeast {
            conditions.append("files.rank_max >= ?")
            values.append(.integer(Int64(least)))
        }
        if let bookmarked = query.bookmarked {
            conditions.append("coalesce(user_data.bookmarked, 0) = ?")
            values.append(.integer(bookmarked ? 1 : 0))
        }
        let order =
            switch query.sort {
            case .date: "files.mtime DESC, files.name"
            case .name: "files.name COLLATE NOCASE, files.path"
            case .size: "files.size DESC, files.name"
            case .rank: "files.rank_max DESC NULLS LAST, files.name"
            case .used: "coalesce(user_data.uses, 0) DESC, user_data.last_used DESC NULLS LAST, files.name"
            case .rating: "user_data.rating DESC NULLS LAST, files.name"
            }
        // Two steps: the ids, filtered and sorted from the narrow `files_browse` index (user data
        // joined only when asked about), then the whole rows of those `limit` ids. Sorting whole
        // rows (a few KB each) of a 30 000-file library took 25 ms; ids take 3. The index is named:
        // SQLite's planner would take `files_structure` for `type=` and then read every row.
        let needsUserData = query.tag != nil || query.bookmarked != nil || query.sort == .used || query.sort == .rating
        let sql = """
            SELECT \(Self.entryColumns) FROM files LEFT JOIN user_data ON user_data.path = files.path
            WHERE files.id IN (
              SELECT files.id FROM files INDEXED BY files_browse \(needsUserData ? "LEFT JOIN user_data ON user_data.path = files.path" : "")
              \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
              ORDER BY \(order) LIMIT ?)
            ORDER BY \(order)
            """
        values.append(.integer(Int64(max(0, query.limit))))
        return try database.rows(sql, values).map(Self.entry)
    }

    /// An FTS5 query matching every word of `text` as a prefix (quotes doubled, so any text is
    /// safe); nil for no words.
    static func ftsQuery(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        guard !words.isEmpty else { return nil }
        return words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"*" }.joined(separator: " ")
    }

    /// The file a library name stands for: its stem, else its `ss_output_name`, exact first,
    /// then ignoring case; nil when no file has it.
    /// - Throws: `LibraryError.ambiguousName` listing the candidates' paths.
    public func entry(named name: String) throws(LibraryError) -> Entry? {
        // A path picks one file among those sharing a name.
        if name.contains("/") || name.hasSuffix(".safetensors") {
            if let entry = try entry(path: name) { return entry }
            let resolved = (Self.absolute(name) as NSString).resolvingSymlinksInPath
            if let entry = try entry(path: resolved) { return entry }
        }
        for condition in [
            "files.name = ?1", "files.output_name = ?1", "files.name = ?1 COLLATE NOCASE",
            "files.output_name = ?1 COLLATE NOCASE",
        ] {
            let rows = try database.rows(
                "SELECT \(Self.entryColumns) FROM files LEFT JOIN user_data ON user_data.path = files.path WHERE \(condition) ORDER BY files.path",
                [.text(name)])
            if rows.count == 1 { return Self.entry(rows[0]) }
            if rows.count > 1 { throw .ambiguousName(name, candidates: rows.compactMap { $0.text(1) }) }
        }
        return nil
    }

    /// The file at `path` if it is indexed.
    public func entry(path: String) throws(LibraryError) -> Entry? {
        try database.rows(
            "SELECT \(Self.entryColumns) FROM files LEFT JOIN user_data ON user_data.path = files.path WHERE files.path = ?",
            [.text(Self.absolute(path))]
        ).first.map(Self.entry)
    }

    /// Like `entry(named:)`, but a missing name is an error with close names suggested.
    public func require(_ name: String) throws(LibraryError) -> Entry {
        if let entry = try entry(named: name) { return entry }
        let names = try database.rows(
            "SELECT DISTINCT name FROM files WHERE name LIKE ? ORDER BY length(name), name LIMIT 5",
            [.text(String(name.prefix(3)) + "%")]
        ).compactMap { $0.text(0) }
        throw .unknownName(
            name, suggestions: Suggestions.closest(to: name, among: names).map { [$0] } ?? Array(names.prefix(3)))
    }

    /// Distinct file stems starting with `prefix`, shortest first (Tab completion).
    public func names(prefix: String, limit: Int) throws(LibraryError) -> [String] {
        let escaped = prefix.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
        return try database.rows(
            "SELECT DISTINCT name FROM files WHERE name LIKE ? ESCAPE '\\' ORDER BY length(name), name LIMIT ?",
            [.text(escaped + "%"), .integer(Int64(limit))]
        ).compactMap { $0.text(0) }.filter { $0.hasPrefix(prefix) }
    }
}
