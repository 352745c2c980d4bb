import Foundation
import LoraEngine
import LoraFormats

extension Library {
    /// What `library hash` did.
    public struct HashResult: Sendable, Equatable {
        public var hashed = 0
        /// Bytes read.
        public var bytes = 0
        /// Files that could not be read, each with its path.
        public var problems: [String] = []
        public var interrupted = false
    }

    /// Computes the sha256 of the named files (every file without one when `names` is empty),
    /// 16 MB at a time (Ctrl-C stops between chunks; hashes finished are kept), then decides
    /// the families again: a LoRA's training base is recognised by its checkpoint's sha256.
    /// - Parameter progress: (files done, files, fraction of the bytes).
    public func hash(
        names: [String], cancellation: CancellationToken = CancellationToken(),
        progress: ((Int, Int, Double) -> Void)? = nil
    ) throws(LibraryError) -> HashResult {
        var targets: [Entry] = []
        if names.isEmpty {
            targets = try database.rows(
                "SELECT \(Self.entryColumns) FROM files LEFT JOIN user_data ON user_data.path = files.path WHERE files.sha256 IS NULL ORDER BY files.kind = 'checkpoint' DESC, files.path"
            ).map(Self.entry)
        } else {
            for name in names { targets.append(try require(name)) }
        }
        var result = HashResult()
        let total = max(1, targets.reduce(0) { $0 + $1.size })
        var doneBytes = 0
        // Hashes are stored a batch at a time (one commit for many small files), and whatever
        // finished is kept when Ctrl-C stops the rest.
        var pending: [(Int64, String, String)] = []
        func flush() throws(LibraryError) {
            guard !pending.isEmpty else { return }
            try database.transaction { () throws(LibraryError) in
                for (id, path, digest) in pending {
                    try database.run("UPDATE files SET sha256 = ? WHERE id = ?", [.text(digest), .integer(id)])
                    try database.run("UPDATE user_data SET sha256 = ? WHERE path = ?", [.text(digest), .text(path)])
                }
            }
            pending.removeAll()
        }
        for (i, entry) in targets.enumerated() {
            progress?(i, targets.count, Double(doneBytes) / Double(total))
            let path =
                FileManager.default.isDirectoryPath(entry.path) ? entry.path + "/adapter_model.safetensors" : entry.path
            switch Self.sha256(
                of: path, cancellation: cancellation,
                progress: { read in
                    progress?(i, targets.count, Double(doneBytes + read) / Double(total))
                })
            {
            case .success(let digest):
                pending.append((entry.id, entry.path, digest))
                if pending.count >= Self.scanBatch { try flush() }
                result.hashed += 1
                result.bytes += entry.size
            case .failure(let problem):
                if cancellation.isCancelled {
                    result.interrupted = true
                    break
                }
                result.problems.append(problem.text)
            }
            if result.interrupted { break }
            doneBytes += entry.size
        }
        try flush()
        if !result.interrupted { progress?(targets.count, targets.count, 1) }
        if result.hashed > 0 { try refreshFamilies() }
        return result
    }

    /// The sha256 of a file, read 16 MB at a time through the mapped file (pages dropped
    /// behind), stopping when `cancellation` is raised.
    static func sha256(of path: String, cancellation: CancellationToken, progress: (Int) -> Void) -> Result<
        String, ScanProblem
    > {
        let file: MappedFile
        do { file = try MappedFile(path: path) } catch {
            return .failure(ScanProblem(text: "\(path): \(error)"))
        }
        var hasher = SHA256()
        let chunk = 1 << 24
        var offset = 0
        while offset < file.size {
            if cancellation.isCancelled { return .failure(ScanProblem(text: "\(path): interrupted")) }
            let n = min(chunk, file.size - offset)
            hasher.update(UnsafeRawBufferPointer(start: file.bytes! + offset, count: n))
            file.dropPages(offset: offset, count: n)
            offset += n
            progress(offset)
        }
        return .success(SHA256.hexString(hasher.finalize()))
    }
}
