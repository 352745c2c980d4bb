import Foundation
import LoraEngine
import LoraFormats
import LoraLibrary

extension Session {
    /// The library, opened at the first request; `create` makes the index when there is none
    /// (only `library add` does: a search never leaves an empty database behind).
    /// - Throws: `SessionError` with the library's message (no index yet, a newer schema,
    ///   a damaged file).
    public func library(create: Bool = false) throws(SessionError) -> Library {
        if let openedLibrary { return openedLibrary }
        do {
            let library = try Library(path: libraryPath, create: create)
            openedLibrary = library
            return library
        } catch {
            throw SessionError(Self.message(error))
        }
    }

    /// Whether a library index exists (name resolution asks it only then).
    public var hasLibrary: Bool { openedLibrary != nil || FileManager.default.fileExists(atPath: libraryPath) }

    static func message(_ error: LibraryError) -> String {
        if case .cannotOpen(_, let reason) = error, reason.hasPrefix("there is no library yet") {
            return
                "there is no library yet: `library add DIR` registers a folder of LoRAs, then `library scan` indexes it"
        }
        return error.description
    }

    /// Runs a library call, mapping its error to a `SessionError` about `input`.
    func withLibrary<T>(create: Bool = false, about input: String? = nil, _ body: (Library) throws(LibraryError) -> T)
        throws(SessionError) -> T
    {
        let library = try library(create: create)
        do {
            return try body(library)
        } catch {
            let subject: SessionError.Subject = input.map { .input($0) } ?? .request
            if case .unknownName(let name, let names) = error, names.count == 1 {
                throw SessionError(
                    "no LoRA or checkpoint named '\(name)' in the library", about: subject, suggestion: names[0])
            }
            throw SessionError(Self.message(error), about: subject)
        }
    }

    // MARK: Folders and scans

    /// `library`: the folders, counts by kind and family, the last scan.
    public func libraryOverview() throws(SessionError) -> [String] {
        guard hasLibrary else {
            return [
                "no library yet (\(libraryPath)): `library add DIR` registers a folder of LoRAs, `library scan` indexes it"
            ]
        }
        let overview = try withLibrary { library throws(LibraryError) in try library.overview() }
        var lines = ["library \(libraryPath)"]
        if overview.folders.isEmpty { lines.append("  no folders: `library add DIR`") }
        for folder in overview.folders {
            let state =
                !FileManager.default.fileExists(atPath: folder.path)
                ? "missing: its files stay indexed until it is back, or `library remove`"
                : folder.scannedAt.map { "scanned \(Self.dateText($0))" } ?? "not scanned yet"
            lines.append("  \(folder.path)  (\(state))")
        }
        if overview.files == 0 {
            lines.append("no files indexed yet" + (overview.folders.isEmpty ? "" : ": `library scan`"))
        } else {
            lines.append(
                "\(overview.files) file\(overview.files == 1 ? "" : "s"): "
                    + overview.byKind.map { "\($0.1) \($0.0)" }.joined(separator: ", ") + "; \(overview.hashed) hashed")
            lines.append("families: " + overview.byFamily.map { "\($0.1) \($0.0)" }.joined(separator: "; "))
        }
        lines.append("last scan: " + (overview.lastScan.map(Self.dateText) ?? "never (`library scan`)"))
        return lines
    }

    /// `library add DIR…`: registers folders (creating the index the first time).
    public func libraryAdd(_ folders: [String]) throws(SessionError) -> [String] {
        // Checked before the index is created: a mistyped folder must not leave an empty
        // library.db behind.
        for folder in folders {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: Library.absolute(folder), isDirectory: &isFolder),
                isFolder.boolValue
            {
                continue
            }
            throw SessionError(LibraryError.notAFolder(path: folder).description, about: .input("folders"))
        }
        let added = try withLibrary(create: true, about: "folders") { library throws(LibraryError) in
            try library.add(folders: folders)
        }
        if added.isEmpty { return ["already in the library: " + folders.joined(separator: ", ")] }
        return added.map { "added \($0)" } + ["`library scan` indexes \(added.count == 1 ? "it" : "them")"]
    }

    /// `library remove DIR`: forgets a folder and its files (user data is kept).
    public func libraryRemove(_ folder: String) throws(SessionError) -> [String] {
        let (removed, around) = try withLibrary(about: "folder") {
            library throws(LibraryError) -> (Int?, String?) in
            let path = Library.absolute(folder)
            // A registered folder around this one indexed its files, and keeps them.
            let around = try library.folders().map(\.path).filter { path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
                .max { $0.count < $1.count }
            return (try library.remove(folder: folder), around)
        }
        guard let removed else {
            throw .input("folder", "\(folder) is not a folder of the library (`library` lists them)")
        }
        var line =
            "removed \(folder): \(removed) file\(removed == 1 ? "" : "s") forgotten (bookmarks, tags and notes are kept)"
        if let around { line += "; its files stay indexed as part of \(around)" }
        return [line]
    }

    /// `library scan`: indexes new and changed files, with progress; Ctrl-C keeps what was
    /// indexed.
    /// - Throws: `Interrupted` (saying what was kept) after the report lines went to `report`.
    public func libraryScan(report: ([String]) -> Void) throws -> [String] {
        let meter = meter("library scan", unit: "file")
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try withLibrary { library throws(LibraryError) in
            try library.scan(cancellation: cancellation) { done, total in meter.update(done: done, total: total) }
        }
        meter.finish()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var lines = [
            "scanned in \(String(format: "%.2f", seconds)) s: \(result.added) new, \(result.updated) changed, \(result.removed) gone, \(result.unchanged) unchanged"
                + (result.moved > 0 ? ", \(result.moved) moved (their bookmarks, tags and notes followed)" : "")
        ]
        if !result.problems.isEmpty {
            lines.append(
                "\(result.problems.count) problem\(result.problems.count == 1 ? "" : "s") (files skipped, or sidecars read in part):"
            )
            lines += result.problems.prefix(20).map { "  " + $0 }
            if result.problems.count > 20 { lines.append("  … and \(result.problems.count - 20) more") }
        }
        if result.interrupted {
            report(lines)
            throw Interrupted(kept: "what was indexed is kept; `library scan` goes on from there")
        }
        return lines
    }

    /// `library hash [NAME…]`: the sha256 of the named files (all that have none yet when no
    /// name is given), with progress; families are decided again, since a LoRA's training
    /// base is found by its checkpoint's sha256.
    public func libraryHash(_ names: [String]) throws -> [String] {
        let meter = meter("library hash", unit: "file")
        let result = try withLibrary(about: "names") { library throws(LibraryError) in
            try library.hash(names: names, cancellation: cancellation) { done, total, fraction in
                meter.update(done: done, total: total, fraction: fraction)
            }
        }
        meter.finish()
        var lines = ["hashed \(result.hashed) file\(result.hashed == 1 ? "" : "s") (\(Self.bytesText(result.bytes)))"]
        lines += result.problems.map { "  skipped " + $0 }
        if result.interrupted { throw Interrupted(kept: "the hashes computed so far are kept") }
        return lines
    }

    // MARK: Search

    /// `find …`: the matching files as a table (name, family, kind, rank, trigger words, date).
    /// - Parameter base: a session name or library name whose architecture and family the
    ///   files must share (`base=NAME`).
    public func find(_ query: Library.Query, base: String? = nil) throws(SessionError) -> [String] {
        var query = query
        if let base {
            let (architecture, family) = try baseIdentity(base)
            query.architecture = architecture
            if let family, family.isKnownFamily { query.families = [family] }
        }
        let limit = query.limit
        query.limit = limit + 1
        var entries = try withLibrary { library throws(LibraryError) in try library.find(query) }
        if entries.isEmpty { return ["nothing found" + (query.text.isEmpty ? "" : " for '\(query.text)'")] }
        let more = entries.count > limit
        entries = Array(entries.prefix(limit))
        return Self.table(entries) + (more ? ["… more than \(limit); limit=N shows more, or narrow the search"] : [])
    }

    /// The architecture and family of a base given by session name or library name.
    func baseIdentity(_ name: String) throws(SessionError) -> (architecture: String, family: BaseFamily?) {
        if let object = object(named: name) {
            guard let base = object as? BaseModel else {
                throw .input("base", "'\(name)' is a \(object.kindName), not a base checkpoint")
            }
            let entry =
                hasLibrary
                ? try withLibrary { library throws(LibraryError) in try library.entry(path: base.path) } : nil
            return (base.architecture.architecture.rawValue, entry?.family)
        }
        let entry = try withLibrary(about: "base") { library throws(LibraryError) in try library.require(name) }
        guard entry.kind == "checkpoint" else { throw .input("base", "'\(name)' is a \(entry.kind), not a checkpoint") }
        return (entry.architecture ?? "generic", entry.family)
    }

    /// The files as `find` prints them.
    static func table(_ entries: [Library.Entry]) -> [String] {
        // Names several rows share get their folder, so the rows can be told apart.
        var counts: [String: Int] = [:]
        for e in entries { counts[e.name, default: 0] += 1 }
        let rows = entries.map { e -> [String] in
            let folder = ((e.path as NSString).deletingLastPathComponent as NSString).lastPathComponent
            return [
                (e.bookmarked ? "★ " : "") + e.name + (counts[e.name]! > 1 ? " (\(folder)/)" : "")
                    + (e.rating.map { " " + String(repeating: "*", count: $0) } ?? ""),
                e.family.displayName, e.kind,
                e.ranks.isEmpty ? "-" : e.ranks.map(String.init).joined(separator: ","),
                e.triggerWords.prefix(3).joined(separator: ", ") + (e.triggerWords.count > 3 ? ", …" : ""),
                Self.dateText(e.modified),
            ]
        }
        let header = ["name", "family", "kind", "rank", "trigger words", "date"]
        let limits = [48, 20, 11, 8, 40, 10]
        // Widths in terminal columns: a Japanese or Chinese name takes two per character.
        let all = [header] + rows
        let widths = (0..<header.count).map { c in
            min(limits[c], all.map { TerminalColumns.width($0[c]) }.max() ?? 0)
        }
        return all.map { row in
            row.enumerated().map { c, cell in
                let text = TerminalColumns.clip(cell, to: widths[c])
                return c == row.count - 1 ? text : TerminalColumns.pad(text, to: widths[c])
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
    }

    /// `dupes`: files with one sha256, and adapters holding the same tensors under other
    /// metadata or dtype.
    public func dupes() throws(SessionError) -> [String] {
        let groups = try withLibrary { library throws(LibraryError) in
            try library.duplicates(cancellation: cancellation)
        }
        if groups.isEmpty { return ["no duplicates"] }
        var lines: [String] = []
        for group in groups {
            switch group.kind {
            case .sameFile(let sha):
                lines.append("same file (sha256 \(sha.prefix(10))…), \(group.paths.count) copies:")
            case .sameTensors:
                lines.append("same tensors under other metadata or dtype, \(group.paths.count) files:")
            }
            lines += group.paths.map { "  " + $0 }
        }
        return lines
    }

    // MARK: User data

    /// `bookmark NAME` / `unbookmark NAME`.
    public func bookmark(_ name: String, _ on: Bool) throws(SessionError) -> String {
        let entry = try withLibrary(about: "name") { library throws(LibraryError) in try library.setBookmark(name, on) }
        return on
            ? "bookmarked \(entry.name) (find bookmarked=true lists them)" : "\(entry.name) is no longer bookmarked"
    }

    /// `tag NAME +a -b`: adds and removes the user's tags.
    public func tag(_ name: String, changes: [String]) throws(SessionError) -> String {
        let entry = try withLibrary(about: "name") { library throws(LibraryError) in
            try library.changeTags(name, changes)
        }
        return "\(entry.name): tags " + (entry.userTags.isEmpty ? "(none)" : entry.userTags.joined(separator: " "))
    }

    /// `note NAME "…"`.
    public func note(_ name: String, _ text: String) throws(SessionError) -> String {
        let entry = try withLibrary(about: "name") { library throws(LibraryError) in try library.setNote(name, text) }
        return text.isEmpty ? "\(entry.name): note cleared" : "\(entry.name): note kept"
    }

    /// `rate NAME 1..5` (0 clears).
    public func rate(_ name: String, _ stars: Int) throws(SessionError) -> String {
        let entry = try withLibrary(about: "rating") { library throws(LibraryError) in
            try library.setRating(name, stars == 0 ? nil : stars)
        }
        return stars == 0 ? "\(entry.name): rating cleared" : "\(entry.name): rated \(stars)/5"
    }

    // MARK: Names

    /// The file a library name stands for, when a library exists and the name is in it;
    /// `recordingUse`: a load or a stack, counted for `find sort=used` (`info`, `check` are not).
    /// - Throws: `SessionError` for an ambiguous name (listing the candidates).
    func libraryPath(
        for name: String, about subject: SessionError.Subject, recordingUse: Bool = true
    ) throws(SessionError) -> String? {
        guard hasLibrary, !name.contains("/") else { return nil }
        let library = try library()
        do {
            guard let entry = try library.entry(named: name) else { return nil }
            if recordingUse { try? library.recordUse(path: entry.path) }
            return entry.path
        } catch {
            throw SessionError(Self.message(error), about: subject)
        }
    }

    /// The file a library name stands for (not counted as a use): what `plan` records as a
    /// job's input, and what `require … name=` checks. nil when there is no library or the
    /// name is not in it.
    /// - Throws: `SessionError` for an ambiguous name (listing the candidates).
    public func libraryFile(named name: String) throws(SessionError) -> String? {
        try libraryPath(for: name, about: .request, recordingUse: false)
    }

    /// The file a library name stands for, loaded (header only; not bound): a LoRA or a
    /// checkpoint, for a command that looks at it (`info`, `check`, `compat`, a render's base),
    /// so not counted as a use. nil when there is no library or the name is not in it.
    /// - Throws: `SessionError` for an ambiguous name or a file that no longer reads.
    public func libraryObject(named name: String) throws(SessionError) -> (any SessionObject)? {
        guard let path = try libraryPath(for: name, about: .request, recordingUse: false) else { return nil }
        do {
            switch try LoraFile.load(path: path) {
            case .lora(let adapter): return adapter
            case .checkpoint(let base): return base
            }
        } catch {
            throw SessionError("\(name) (from the library): \(error)")
        }
    }

    static func dateText(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }

    static func bytesText(_ bytes: Int) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000 && unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return unit == 0 ? "\(bytes) B" : String(format: "%.1f %@", value, units[unit])
    }
}

extension Session {
    // MARK: Families

    /// What the library (or, without one, the file and its sidecars) says of a file's family.
    /// nil for objects with no file (a LoRA made in the session, the built-in model).
    func familyEvidence(path: String, architecture: Architecture, metadata: [String: String]) -> FamilyEvidence? {
        guard !path.isEmpty else { return nil }
        if hasLibrary, let library = try? library(), let entry = try? library.entry(path: path),
            let evidence = try? library.familyEvidence(id: entry.id)
        {
            return evidence
        }
        let siblings = Set((try? FileManager.default.contentsOfDirectory(atPath: FilePaths.folder(of: path))) ?? [])
        let clues = FamilyClues(
            fileName: (path as NSString).lastPathComponent, architecture: architecture, metadata: metadata,
            sidecars: Sidecars.read(modelPath: path, siblings: siblings),
            fileSHA256: FileHash.cached(path: path)?.sha256)
        if hasLibrary, let library = try? library(), let evidence = try? library.familyEvidence(clues) {
            return evidence
        }
        return FamilyEvidence(clues: clues)
    }

    /// The family verdict of a LoRA on a checkpoint, when both have files.
    func familyVerdict(lora: LoraAdapter, loraName: String, base: BaseModel, baseName: String, modulesFit: Bool)
        -> CompatibilityVerdict?
    {
        let loraArchitecture = ArchitectureDetector.detect(lora: lora, fileName: lora.sourcePath).architecture
        // Families are of diffusion models: a generic model has none to tell.
        guard loraArchitecture != .generic || base.architecture.architecture != .generic else { return nil }
        guard
            let loraEvidence = familyEvidence(
                path: lora.sourcePath, architecture: loraArchitecture, metadata: lora.metadata),
            let baseEvidence = familyEvidence(
                path: base.path, architecture: base.architecture.architecture, metadata: base.file.metadata)
        else { return nil }
        return CompatibilityVerdict(
            loraName: loraName, lora: loraEvidence, baseName: baseName, base: baseEvidence, modulesFit: modulesFit)
    }

    /// What the library knows of a LoRA for a stack: its trigger words and preferred weight.
    func libraryHints(_ lora: LoraAdapter) -> (triggerWords: [String], preferredWeight: Double?)? {
        guard hasLibrary, !lora.sourcePath.isEmpty, let library = try? library(),
            let entry = try? library.entry(path: lora.sourcePath)
        else { return nil }
        return (entry.triggerWords, entry.preferredWeight)
    }

    /// `compat BASE`: the library's LoRAs for a base, grouped by verdict, each with its reason.
    public func compat(base object: any SessionObject, baseName: String, limit: Int = 20) throws(SessionError)
        -> [String]
    {
        guard let base = object as? BaseModel else {
            throw .input("base", "compat needs a loaded base checkpoint, not a \(object.kindName)")
        }
        let library = try library()
        guard
            let baseEvidence = familyEvidence(
                path: base.path, architecture: base.architecture.architecture, metadata: base.file.metadata)
        else { throw .input("base", "\(baseName) has no file to judge") }
        let groups = try withLibrary { library throws(LibraryError) in
            try library.compatibility(base: baseEvidence, baseName: baseName, basePath: base.path)
        }
        _ = library
        var lines = ["\(baseName): \(baseEvidence.summary)"]
        for (grade, rows) in groups where !rows.isEmpty {
            lines.append("\(Self.gradeTitle(grade)) (\(rows.count)):")
            for row in rows.prefix(limit) {
                lines.append("  " + (row.reason.hasPrefix(row.name + " ") ? row.reason : "\(row.name): \(row.reason)"))
            }
            if rows.count > limit {
                lines.append("  … and \(rows.count - limit) more (compat \(baseName) limit=\(rows.count) lists them)")
            }
        }
        if groups.allSatisfy({ $0.1.isEmpty }) { lines.append("the library has no LoRAs (`library scan`)") }
        return lines
    }

    static func gradeTitle(_ grade: CompatibilityVerdict.Grade) -> String {
        switch grade {
        case .sameBase: return "trained on this very base"
        case .sameFamily: return "same family"
        case .relatedFamily: return "a family fine-tuned from the other (loads, usually works)"
        case .sameArchitectureOtherFamily: return "same architecture, other family (loads, usually draws poorly)"
        case .unknown: return "family unknown"
        case .doesNotFit: return "do not fit (other architecture)"
        }
    }
}

extension Session {
    /// `lineage CKPT`: the library's checkpoints nearest by weights, and for a merge the
    /// mixing weights over the nearest, with the residual.
    public func lineage(_ object: any SessionObject, name: String, limit: Int = 5) throws(SessionError) -> [String] {
        guard let base = object as? BaseModel else {
            throw .input("checkpoint", "lineage compares checkpoints, not a \(object.kindName)")
        }
        let library = try library()
        var target = try? library.fingerprint(path: base.path)
        if target == nil { target = WeightFingerprint(reader: base.file) }
        guard let target else {
            throw .input("checkpoint", "\(name) has no weight tensors to compare")
        }
        let report = try withLibrary { library throws(LibraryError) in
            try library.lineage(of: target, excluding: base.path)
        }
        guard !report.nearest.isEmpty else {
            return [
                "no checkpoint of the library is comparable with \(name) (\(target.architecture))"
                    + (report.incomparable > 0 ? "; \(report.incomparable) of other architectures" : "")
                    + ": `library add` the folder of your base checkpoints, then `library scan`"
            ]
        }
        var lines = ["nearest by weights (relative distance of a fixed sample of \(target.tensorCount) tensors):"]
        for match in report.nearest.prefix(limit) {
            lines.append(
                "  \(match.name)  \(Self.percent(match.distance))"
                    + (match.family == .unknown ? "" : "  (\(match.family.displayName))"))
        }
        if report.nearest.count > limit { lines.append("  … and \(report.nearest.count - limit) more") }
        if let mixture = report.mixture {
            let parts = mixture.components.filter { $0.weight >= 0.005 }.prefix(Lineage.maximumComponents).map {
                String(format: "%.2f ", $0.weight) + $0.name
            }
            lines.append(
                "as a merge: " + parts.joined(separator: " + ") + ", residual \(Self.percent(mixture.relativeResidual))"
                    + (abs(mixture.weightSum - 1) > 0.05
                        ? String(format: " (weights sum to %.2f)", mixture.weightSum) : ""))
            let residual = mixture.relativeResidual
            lines.append(
                residual < 0.01
                    ? "  a merge of these checkpoints, nothing more"
                    : residual < 0.15
                        ? "  close to a merge of these, trained or changed a little after"
                        : "  not a merge of the library's checkpoints: its parents are elsewhere, or it was trained far from them"
            )
        }
        return lines
    }

    static func percent(_ x: Double) -> String {
        x < 0.001 ? "0%" : x < 0.1 ? String(format: "%.1f%%", x * 100) : String(format: "%.0f%%", x * 100)
    }
}

extension Session {
    /// What the library holds of a file: the user's data and the sidecars' (for `info`).
    func libraryLines(path: String) -> [String] {
        guard hasLibrary, let library = try? library(), let entry = try? library.entry(path: path) else { return [] }
        var lines: [String] = []
        var mine: [String] = []
        if entry.bookmarked { mine.append("bookmarked") }
        if !entry.userTags.isEmpty { mine.append("tags " + entry.userTags.joined(separator: " ")) }
        if let rating = entry.rating { mine.append("rated \(rating)/5") }
        if entry.uses > 0 { mine.append("used \(entry.uses) time\(entry.uses == 1 ? "" : "s")") }
        lines.append(
            "library: \(entry.name), category \(entry.category)"
                + (mine.isEmpty ? "" : "; " + mine.joined(separator: ", ")))
        if !entry.note.isEmpty { lines.append("  note: \(entry.note)") }
        if let name = entry.modelName, name != entry.name { lines.append("  model name: \(name)") }
        if !entry.triggerWords.isEmpty {
            lines.append("  trigger words: " + entry.triggerWords.joined(separator: ", "))
        }
        if let text = entry.activationText, !text.isEmpty { lines.append("  activation text: \(text)") }
        if let weight = entry.preferredWeight {
            lines.append(
                "  preferred weight: \(NumberFormatting.shortest(weight))"
                    + (entry.preferredTextEncoderWeight.map { ", text encoders \(NumberFormatting.shortest($0))" } ?? "")
                    + (entry.preferredWeightFrom.map { " (\($0))" } ?? ""))
        }
        if let notes = entry.sidecarNotes, !notes.isEmpty { lines.append("  sidecar notes: \(notes)") }
        if let description = entry.description, !description.isEmpty {
            lines.append(
                "  description: " + (description.count > 200 ? String(description.prefix(199)) + "…" : description))
        }
        if let preview = entry.preview { lines.append("  preview: \(preview)") }
        for problem in entry.sidecarProblems { lines.append("  sidecar problem: \(problem)") }
        return lines
    }
}

extension Session {
    /// Library names starting with `prefix` (at most 40), for Tab; none without a library.
    public func libraryNames(prefix: String) -> [String] {
        guard hasLibrary, let library = try? library() else { return [] }
        return (try? library.names(prefix: prefix, limit: 40)) ?? []
    }
}
