import Foundation
import LoraEngine
import LoraFormats

extension Library {
    /// Files that are the same model.
    public struct DuplicateGroup: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// Byte for byte the same file (same sha256).
            case sameFile(sha256: String)
            /// The same tensors (names, shapes and values, within the rounding of the coarser
            /// dtype) under other metadata or another dtype.
            case sameTensors
        }

        public var kind: Kind
        /// The files, by path.
        public var paths: [String]
    }

    /// Duplicates in the library: files with one sha256, and adapters with the same tensors
    /// under other metadata or dtype. Only files that could be duplicates are read: same size,
    /// structure and metadata for the hash (hashed once, then kept); same structure for the
    /// tensors, compared first by a sample of 64 values of one tensor, then in full. Files
    /// that merely look alike (same shapes, other weights) are never reported.
    public func duplicates(cancellation: CancellationToken = CancellationToken()) throws(LibraryError)
        -> [DuplicateGroup]
    {
        var groups: [DuplicateGroup] = []
        // 1. Byte-identical files: identical files agree on every header fact.
        // Candidates: files whose header key (`Library.headerKey`) another file has; files indexed
        // before lorash kept keys are grouped by the facts themselves.
        let sameHeader =
            try database.rows(
                """
                SELECT id, path, sha256, size FROM files WHERE header_key IN (
                  SELECT header_key FROM files WHERE header_key IS NOT NULL GROUP BY header_key HAVING count(*) > 1)
                ORDER BY path
                """)
            + database.rows(
                """
                SELECT files.id, files.path, files.sha256, files.size FROM files JOIN (
                  SELECT size, kind, modules, coalesce(ranks, '') AS r, coalesce(alphas, '') AS a, dtype, metadata
                  FROM files WHERE header_key IS NULL
                  GROUP BY size, kind, modules, r, a, dtype, metadata HAVING count(*) > 1
                ) AS twins ON files.size = twins.size AND files.kind = twins.kind AND files.modules = twins.modules
                  AND coalesce(files.ranks, '') = twins.r AND coalesce(files.alphas, '') = twins.a
                  AND files.dtype = twins.dtype AND files.metadata = twins.metadata
                WHERE files.header_key IS NULL
                ORDER BY files.path
                """)
        var bySHA: [String: [String]] = [:]
        for row in sameHeader {
            if cancellation.isCancelled { break }
            guard case .integer(let id) = row.values[0], let path = row.text(1) else { continue }
            var sha = row.text(2)
            if sha == nil { sha = try sha256(fileID: id, path: path) }
            if let sha { bySHA[sha, default: []].append(path) }
        }
        var identical = Set<String>()
        for (sha, paths) in bySHA.sorted(by: { $0.value[0] < $1.value[0] }) where paths.count > 1 {
            groups.append(DuplicateGroup(kind: .sameFile(sha256: sha), paths: paths))
            identical.formUnion(paths.dropFirst())
        }
        // Files already known to share a hash (hashed earlier) but not in the query above.
        let hashed = try database.rows(
            "SELECT sha256, group_concat(path, char(10)) FROM files WHERE sha256 IS NOT NULL GROUP BY sha256 HAVING count(*) > 1"
        )
        for row in hashed {
            guard let sha = row.text(0), bySHA[sha] == nil else { continue }
            let paths = (row.text(1) ?? "").split(separator: "\n").map(String.init).sorted()
            groups.append(DuplicateGroup(kind: .sameFile(sha256: sha), paths: paths))
            identical.formUnion(paths.dropFirst())
        }

        // 2. The same tensors in other files: same structure, then a sample, then everything.
        // Every adapter's structure and stored sample, from the covering `files_structure` index
        // (a few MB, not the rows); grouped here.
        let structural = try database.rows(
            """
            SELECT path, kind || '|' || coalesce(architecture, '') || '|' || modules || '|' || coalesce(ranks, '') || '|' ||
                   coalesce(alphas, ''), tensor_sample, size || '/' || mtime
            FROM files INDEXED BY files_structure WHERE kind != 'checkpoint'
            """)
        // Full comparisons made before, kept for the size and mtime each file had ("size/mtime").
        var known: [(a: String, aStamp: String, b: String, bStamp: String, same: Bool)] = []
        for row in try database.rows("SELECT a_path, a_stamp, b_path, b_stamp, same FROM tensor_matches") {
            guard let a = row.text(0), let aStamp = row.text(1), let b = row.text(2), let bStamp = row.text(3) else {
                continue
            }
            known.append((a, aStamp, b, bStamp, row.int(4) == 1))
        }
        let inVerdicts = Set(known.flatMap { [$0.a, $0.b] })
        struct Candidate {
            var path: String
            var blob: [UInt8]?
        }
        var byStructure: [String: [Candidate]] = [:]
        var stamps: [String: String] = [:]
        for row in structural {
            guard let path = row.text(0), let structure = row.text(1), !identical.contains(path) else { continue }
            byStructure[structure, default: []].append(Candidate(path: path, blob: row.blob(2)))
            if inVerdicts.contains(path) { stamps[path] = row.text(3) }
        }
        // A verdict counts only while both files are as they were.
        var verdicts: [String: Bool] = [:]
        for v in known where stamps[v.a] == v.aStamp && stamps[v.b] == v.bStamp { verdicts[v.a + "\n" + v.b] = v.same }
        var newVerdicts: [(String, String, Bool)] = []
        func sameTensors(_ a: String, _ b: String) -> Bool {
            let (first, second) = a < b ? (a, b) : (b, a)
            if let known = verdicts[first + "\n" + second] { return known }
            let same = TensorSample.sameTensors(first, second)
            newVerdicts.append((first, second, same))
            return same
        }
        for structure in byStructure.keys.sorted() {
            let candidates = byStructure[structure]!
            guard candidates.count > 1 else { continue }
            if cancellation.isCancelled { break }
            // Samples from the index; files indexed before lorash kept them are read.
            // Sorted by the first sampled value: files with the same tensors differ there by at
            // most the agreement bound (1% of the larger norm), so each file is compared only
            // with the few whose first value is that close (a 1% window of norms held a tenth of
            // a structure's files; a window of first values holds a few percent).
            let samples = candidates.compactMap { c in
                (c.blob.flatMap(TensorSample.init(encoded:)) ?? TensorSample(path: c.path)).map { (c.path, $0) }
            }
            .sorted { ($0.1.values.first ?? 0, $0.0) < ($1.1.values.first ?? 0, $1.0) }
            let bound = 0.01 * (samples.map(\.1.norm).max() ?? 0) + 1e-12
            var grouped = [Bool](repeating: false, count: samples.count)
            for i in samples.indices where !grouped[i] {
                var members = [samples[i].0]
                let first = samples[i].1.values.first ?? 0
                var j = i + 1
                while j < samples.count, (samples[j].1.values.first ?? 0) - first <= bound {
                    if !grouped[j], samples[i].1.agrees(with: samples[j].1), sameTensors(samples[i].0, samples[j].0) {
                        members.append(samples[j].0)
                        grouped[j] = true
                    }
                    j += 1
                }
                if members.count > 1 { groups.append(DuplicateGroup(kind: .sameTensors, paths: members.sorted())) }
            }
        }
        // Kept for the next `dupes` (reading two whole files is its one slow step); a read-only
        // library just compares again next time.
        if !newVerdicts.isEmpty {
            try? database.transaction { () throws(LibraryError) in
                for (a, b, same) in newVerdicts {
                    try database.run(
                        """
                        INSERT OR REPLACE INTO tensor_matches (a_path, a_stamp, b_path, b_stamp, same)
                        SELECT ?1, (SELECT size || '/' || mtime FROM files WHERE path = ?1), ?2,
                               (SELECT size || '/' || mtime FROM files WHERE path = ?2), ?3
                        """, [.text(a), .text(b), .integer(same ? 1 : 0)])
                }
            }
        }
        return groups
    }
}

/// 64 values of one tensor of a file (the first, by name, with at least 64 values, at an even
/// stride), as F32: files whose sample differs cannot hold the same tensors. The scan stores each
/// adapter's sample in the index (`encoded`, 270 bytes), so `dupes` compares them without opening
/// the files.
struct TensorSample: Equatable {
    static let count = 64
    var tensor: String
    var values: [Float]
    var norm: Float

    init(tensor: String, values: [Float]) {
        self.tensor = tensor
        self.values = values
        norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// The sample of the safetensors file at `path` (a PEFT folder's adapter file).
    init?(path: String) {
        let file = FileManager.default.isDirectoryPath(path) ? path + "/adapter_model.safetensors" : path
        guard let reader = try? SafetensorsReader(path: file) else { return nil }
        self.init(reader: reader)
    }

    /// Reads the 64 values alone (their pages, not the whole tensor).
    init?(reader: SafetensorsReader) {
        guard
            let entry = reader.entries.filter({ $0.count >= Self.count && $0.dtype.isFloatingPoint }).min(by: {
                $0.name < $1.name
            })
        else { return nil }
        reader.advise(.random, for: entry)
        defer { reader.advise(.normal, for: entry) }
        let bytes = reader.bytes(of: entry)
        let stride = entry.count / Self.count
        self.init(
            tensor: entry.name,
            values: (0..<Self.count).map { DTypeConversion.loadFloat(bytes.baseAddress!, entry.dtype, $0 * stride) })
    }

    /// "S", version 1, the tensor name's UTF-8 length (UInt16 LE) and bytes, 64 F32 LE values.
    var encoded: [UInt8] {
        let name = Array(tensor.utf8.prefix(Int(UInt16.max)))
        var bytes: [UInt8] = [UInt8(ascii: "S"), 1, UInt8(name.count & 0xFF), UInt8(name.count >> 8)] + name
        for value in values { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes += $0 } }
        return bytes
    }

    init?(encoded bytes: [UInt8]) {
        guard bytes.count >= 4, bytes[0] == UInt8(ascii: "S"), bytes[1] == 1 else { return nil }
        let length = Int(bytes[2]) | Int(bytes[3]) << 8
        guard bytes.count == 4 + length + 4 * Self.count,
            let name = String(validating: bytes[4..<4 + length], as: UTF8.self)
        else { return nil }
        var values: [Float] = []
        values.reserveCapacity(Self.count)
        for i in 0..<Self.count {
            let at = 4 + length + 4 * i
            let bits =
                UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3])
                << 24
            values.append(Float(bitPattern: bits))
        }
        self.init(tensor: name, values: values)
    }

    /// Same tensor name and values within F16/BF16 rounding (relative 1%, of the sample's norm).
    func agrees(with other: TensorSample) -> Bool {
        guard tensor == other.tensor else { return false }
        // Stops at the first values that already differ too much: files of one structure have
        // samples of nearly one norm, so most pairs are told apart by a value or two.
        let limit = 0.01 * max(norm, other.norm) + 1e-12
        let squaredLimit = limit * limit
        var distance: Float = 0
        for (a, b) in zip(values, other.values) {
            distance += (a - b) * (a - b)
            if distance > squaredLimit { return false }
        }
        return true
    }

    /// Whether two files hold the same tensor names and shapes, with values equal within the
    /// rounding of the coarser dtype (2⁻⁸ relative for BF16, 2⁻¹¹ for F16, 0 for F32 pairs,
    /// of each tensor's largest magnitude).
    static func sameTensors(_ a: String, _ b: String) -> Bool {
        func open(_ path: String) -> SafetensorsReader? {
            try? SafetensorsReader(
                path: FileManager.default.isDirectoryPath(path) ? path + "/adapter_model.safetensors" : path)
        }
        guard let left = open(a), let right = open(b), left.names.sorted() == right.names.sorted() else { return false }
        for entry in left.entries {
            guard let other = right.entry(named: entry.name), other.shape == entry.shape else { return false }
            guard entry.dtype.isFloatingPoint, other.dtype.isFloatingPoint else {
                if entry.dtype != other.dtype || !left.bytes(of: entry).elementsEqual(right.bytes(of: other)) {
                    return false
                }
                continue
            }
            let x = left.tensor(for: entry).floats()
            let y = right.tensor(for: other).floats()
            let coarse = [entry.dtype, other.dtype]
            let relative: Float =
                coarse.contains(.bf16) ? 0x1p-8 : coarse.contains(.f16) ? 0x1p-11 : coarse.contains(.f32) ? 0x1p-24 : 0
            let scale = max(x.reduce(0) { max($0, abs($1)) }, y.reduce(0) { max($0, abs($1)) })
            for (u, v) in zip(x, y) where abs(u - v) > relative * scale { return false }
        }
        return true
    }
}
