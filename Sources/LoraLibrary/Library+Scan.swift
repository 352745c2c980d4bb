import Foundation
import LoraEngine
import LoraFormats

extension Library {
    /// What a scan did.
    public struct ScanReport: Sendable, Equatable {
        /// Files indexed for the first time.
        public var added = 0
        /// Files whose size, mtime or sidecars changed, read again.
        public var updated = 0
        /// Files gone from their folder, forgotten (their user data is kept).
        public var removed = 0
        /// Files unchanged since the last scan (not opened).
        public var unchanged = 0
        /// Files found under a new path whose user data followed them (same sha256).
        public var moved = 0
        /// One line per file or folder skipped, each naming its path.
        public var problems: [String] = []
        /// Whether Ctrl-C stopped the scan (what was indexed before it is kept).
        public var interrupted = false
    }

    /// How many files a scan reads, then writes, in one transaction.
    static let scanBatch = 256

    /// Indexes every registered folder incrementally: files new or changed by (path, size,
    /// mtime, sidecars) are read (headers, metadata, sidecars), files gone are forgotten, the
    /// rest is not opened. Work is committed a batch at a time, so Ctrl-C (`cancellation`)
    /// keeps what was indexed.
    /// - Parameter progress: called with (files read, files to read) between batches.
    /// - Throws: `LibraryError` when the index cannot be written; unreadable files and folders
    ///   are reported in `problems` and skipped.
    public func scan(
        cancellation: CancellationToken = CancellationToken(), progress: ((Int, Int) -> Void)? = nil
    ) throws(LibraryError) -> ScanReport {
        var report = ScanReport()
        var work: [(folderID: Int64, file: FoundFile, knownID: Int64?)] = []
        // Every indexed file by path, whichever folder found it: folders may nest (models and
        // models/Lora), and a file is indexed once.
        var known: [String: (id: Int64, size: Int, mtime: Double, stamp: String)] = [:]
        for row in try database.rows("SELECT id, path, size, mtime, sidecar_stamp FROM files") {
            guard case .integer(let id) = row.values[0], let path = row.text(1) else { continue }
            known[path] = (id, row.int(2) ?? -1, row.double(3) ?? -1, row.text(4) ?? "")
        }
        var seen = Set<String>()
        var seenFiles = Set<[UInt64]>()
        var walkedRoots: [String] = []
        let folderRows = try database.rows("SELECT id, path FROM folders ORDER BY length(path), id")
        var scannedFolders: [Int64] = []
        for row in folderRows {
            guard case .integer(let folderID) = row.values[0], let folder = row.text(1) else { continue }
            guard FileManager.default.isDirectoryPath(folder) else {
                let count =
                    try database.rows("SELECT count(*) FROM files WHERE folder_id = ?", [.integer(folderID)])
                    .first?.int(0) ?? 0
                report.problems.append(
                    "\(folder): the folder is missing (its \(count) indexed file\(count == 1 ? "" : "s") are kept until it is back, or `library remove \(folder)`)"
                )
                continue
            }
            scannedFolders.append(folderID)
            // A folder inside one already walked was walked with it.
            if walkedRoots.contains(where: { folder.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) { continue }
            walkedRoots.append(folder)
            let walk = FolderWalk(root: folder)
            report.problems += walk.problems
            for file in walk.files {
                // The same file reached twice (a symlink, a hard link) is indexed once.
                guard seenFiles.insert(file.identity).inserted, seen.insert(file.path).inserted else { continue }
                if let k = known[file.path], k.size == file.size, k.mtime == file.mtime,
                    k.stamp == SidecarStamp.of(modelPath: file.path, siblings: file.siblings)
                {
                    report.unchanged += 1
                } else {
                    work.append((folderID, file, known[file.path]?.id))
                }
            }
        }
        // Files of folders that were walked and no longer there; files of missing folders stay.
        let walkedIDs = Set(scannedFolders)
        var gone: [Int64] = []
        for row in try database.rows("SELECT id, path, folder_id FROM files") {
            guard case .integer(let id) = row.values[0], let path = row.text(1),
                case .integer(let folder) = row.values[2]
            else { continue }
            let underWalked = walkedRoots.contains { path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
            if !seen.contains(path), walkedIDs.contains(folder) || underWalked { gone.append(id) }
        }

        if !gone.isEmpty {
            try database.transaction { () throws(LibraryError) in
                for id in gone {
                    try database.run("DELETE FROM search WHERE rowid = ?", [.integer(id)])
                    try database.run("DELETE FROM files WHERE id = ?", [.integer(id)])
                }
            }
            report.removed = gone.count
        }

        var done = 0
        progress?(0, work.count)
        var start = 0
        while start < work.count {
            if cancellation.isCancelled {
                report.interrupted = true
                break
            }
            let batch = Array(work[start..<min(start + Self.scanBatch, work.count)])
            let read = Self.readConcurrently(batch.map(\.file))
            try database.transaction { () throws(LibraryError) in
                for (item, result) in zip(batch, read) {
                    switch result {
                    case .success(let scanned):
                        try write(scanned, folderID: item.folderID, replacing: item.knownID)
                        if item.knownID == nil { report.added += 1 } else { report.updated += 1 }
                        report.problems += scanned.sidecar.problems
                    case .failure(let problem):
                        report.problems.append(problem.text)
                        // A file that can no longer be read is not kept with stale facts.
                        if let id = item.knownID {
                            try database.run("DELETE FROM search WHERE rowid = ?", [.integer(id)])
                            try database.run("DELETE FROM files WHERE id = ?", [.integer(id)])
                        }
                    }
                }
            }
            start += batch.count
            done += batch.count
            progress?(done, work.count)
        }
        if report.added > 0 { report.moved = try reattachMovedUserData() }
        if !report.interrupted {
            let now = Date().timeIntervalSince1970
            try database.transaction { () throws(LibraryError) in
                for id in scannedFolders {
                    try database.run("UPDATE folders SET scanned_at = ? WHERE id = ?", [.real(now), .integer(id)])
                }
            }
        }
        return report
    }

    struct ScanProblem: Error { var text: String }

    /// Reads files' facts and sidecars on every core (each file alone; SQLite stays on this thread).
    static func readConcurrently(_ files: [FoundFile]) -> [Result<ScannedFile, ScanProblem>] {
        let results = UnsafeMutableBufferPointer<Result<ScannedFile, ScanProblem>?>.allocate(capacity: files.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let base = SendableResults(pointer: results.baseAddress!)
        let workers = max(1, min(ParallelFor.defaultThreadCount, files.count / 8))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var i = worker
            while i < files.count {
                (base.pointer + i).pointee = ScannedFile.read(files[i])
                i += workers
            }
        }
        return results.map { $0! }
    }

    struct SendableResults: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<Result<ScannedFile, ScanProblem>?>
    }

    /// Writes one file's row and its search entry (replacing the row it had).
    func write(_ scanned: ScannedFile, folderID: Int64, replacing knownID: Int64?) throws(LibraryError) {
        // By path, not only by the id this scan knew: another lorash may have indexed the file
        // meanwhile (two scans at once), and the last write wins.
        _ = knownID
        try database.run(
            "DELETE FROM search WHERE rowid IN (SELECT id FROM files WHERE path = ?)", [.text(scanned.file.path)])
        try database.run("DELETE FROM files WHERE path = ?", [.text(scanned.file.path)])
        let f = scanned.facts
        let s = scanned.sidecar
        let folder = (scanned.file.path as NSString).deletingLastPathComponent
        let bases = JSONValue.object(
            s.baseModels.sorted { $0.key < $1.key }.map { ($0.key.rawValue, .string($0.value)) })
        let text = [s.description, s.modelDescription].compactMap { $0 }.joined(separator: " ")
        let metadata = Self.encode(f.metadata)
        try database.run(
            """
            INSERT INTO files (folder_id, path, name, size, mtime, kind, architecture, recognised_by, ranks, rank_max, alphas,
              dtype, modules, output_name, trigger_words, tags, description, metadata, training_base_hash,
              training_base_name, sidecar_bases, sidecar_notes, civitai_type, preferred_weight, activation_text, preview,
              problems, sidecar_stamp, scanned_at, fingerprint, tensor_sample, header_key, preferred_weight_from,
              model_name, preferred_te_weight)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(folderID), .text(scanned.file.path), .text(scanned.name), .integer(Int64(scanned.file.size)),
                .real(scanned.file.mtime), .text(f.kind.rawValue), .text(f.architecture), .text(f.recognisedBy),
                .text(f.ranks.map(String.init).joined(separator: ",")), SQLValue(f.ranks.max()),
                .text(f.alphas.map { NumberFormatting.shortest(float: $0) }.joined(separator: ",")),
                .text(f.dtype), .integer(Int64(f.modules)), SQLValue(f.outputName),
                .text(Self.list(scanned.triggerWords)), .text(Self.list(s.tags ?? [])),
                SQLValue(text.isEmpty ? nil : text),
                .text(metadata), SQLValue(f.trainingBaseHash), SQLValue(f.trainingBaseName),
                s.baseModels.isEmpty ? .null : .text(JSONWriter.string(bases)), SQLValue(s.notes),
                SQLValue(s.modelType), SQLValue(s.preferredWeight),
                SQLValue(s.activationText), SQLValue(s.previewFileName.map { folder + "/" + $0 }),
                .text(s.problems.joined(separator: "\n")), .text(scanned.sidecarStamp),
                .real(Date().timeIntervalSince1970), scanned.fingerprint.map { .blob($0) } ?? .null,
                scanned.tensorSample.map { .blob($0) } ?? .null, .integer(Self.headerKey(scanned, metadata: metadata)),
                SQLValue(s.preferredWeightFrom.flatMap { s.files[$0] }), SQLValue(s.modelName),
                SQLValue(s.preferredTextEncoderWeight),
            ])
        let id = database.lastInsertRowID
        try updateDerived(id: id)
        try refreshSearch(id: id)
    }

    /// A 64-bit hash (FNV-1a) of what byte-identical files must share: size, kind, modules,
    /// ranks, alphas, dtype and the kept metadata. `dupes` hashes only files whose key another
    /// file has (two different files may share a key; the sha256 tells them apart).
    static func headerKey(_ scanned: ScannedFile, metadata: String) -> Int64 {
        let f = scanned.facts
        let text = [
            String(scanned.file.size), f.kind.rawValue, String(f.modules),
            f.ranks.map(String.init).joined(separator: ","),
            f.alphas.map { NumberFormatting.shortest(float: $0) }.joined(separator: ","), f.dtype, metadata,
        ].joined(separator: "\u{1F}")
        return Int64(bitPattern: WeightFingerprint.fnv1a(Array(text.utf8)))
    }

    /// Rebuilds one file's search entry from its row and its user data.
    func refreshSearch(id: Int64) throws(LibraryError) {
        try database.run("DELETE FROM search WHERE rowid = ?", [.integer(id)])
        try database.run(
            """
            INSERT INTO search (rowid, name, triggers, tags, text)
            SELECT files.id, files.name || ' ' || coalesce(files.output_name, '') || ' ' || coalesce(files.model_name, ''),
                   coalesce(files.trigger_words, '') || ' ' || coalesce(files.activation_text, ''),
                   coalesce(files.tags, '') || ' ' || coalesce(user_data.tags, '') || ' ' || coalesce(files.family, ''),
                   coalesce(files.description, '') || ' ' || coalesce(files.sidecar_notes, '') || ' ' || coalesce(user_data.note, '')
            FROM files LEFT JOIN user_data ON user_data.path = files.path WHERE files.id = ?
            """, [.integer(id)])
    }

    /// User data whose file is gone, attached again to a new file with the same size and sha256.
    /// - Returns: how many were attached.
    func reattachMovedUserData() throws(LibraryError) -> Int {
        let orphans = try database.rows(
            """
            SELECT user_data.id, user_data.sha256, user_data.size FROM user_data
            WHERE user_data.sha256 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM files WHERE files.path = user_data.path)
            """)
        var moved = 0
        for orphan in orphans {
            guard case .integer(let id) = orphan.values[0], let sha = orphan.text(1), let size = orphan.int(2) else {
                continue
            }
            let candidates = try database.rows(
                """
                SELECT files.id, files.path, files.sha256 FROM files
                WHERE files.size = ? AND NOT EXISTS (SELECT 1 FROM user_data WHERE user_data.path = files.path)
                """, [.integer(Int64(size))])
            for candidate in candidates {
                guard case .integer(let fileID) = candidate.values[0], let path = candidate.text(1) else { continue }
                var hash = candidate.text(2)
                if hash == nil { hash = try sha256(fileID: fileID, path: path) }
                guard hash == sha else { continue }
                try database.transaction { () throws(LibraryError) in
                    try database.run("UPDATE user_data SET path = ? WHERE id = ?", [.text(path), .integer(id)])
                }
                try refreshSearch(id: fileID)
                moved += 1
                break
            }
        }
        return moved
    }

    /// The sha256 of an indexed file, computed and stored when not known yet (nil when the file
    /// cannot be read).
    func sha256(fileID: Int64, path: String) throws(LibraryError) -> String? {
        let target = FileManager.default.isDirectoryPath(path) ? path + "/adapter_model.safetensors" : path
        guard let hash = try? FileHash.of(path: target) else { return nil }
        try database.run("UPDATE files SET sha256 = ? WHERE id = ?", [.text(hash.sha256), .integer(fileID)])
        return hash.sha256
    }

    static func list(_ words: [String]) -> String {
        words.map { $0.replacingOccurrences(of: ",", with: " ") }.joined(separator: ", ")
    }

    static func encode(_ metadata: [String: String]) -> String {
        JSONWriter.string(.object(metadata.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
    }
}
