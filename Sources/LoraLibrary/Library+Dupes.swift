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
        let sameHeader = try database.rows(
            """
            SELECT files.id, files.path, files.sha256, files.size FROM files JOIN (
              SELECT size, kind, modules, coalesce(ranks, '') AS r, coalesce(alphas, '') AS a, dtype, metadata
              FROM files GROUP BY size, kind, modules, r, a, dtype, metadata HAVING count(*) > 1
            ) AS twins ON files.size = twins.size AND files.kind = twins.kind AND files.modules = twins.modules
              AND coalesce(files.ranks, '') = twins.r AND coalesce(files.alphas, '') = twins.a
              AND files.dtype = twins.dtype AND files.metadata = twins.metadata
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
        let structural = try database.rows(
            """
            SELECT files.path, files.kind || '|' || coalesce(files.architecture, '') || '|' || files.modules || '|' ||
                   coalesce(files.ranks, '') || '|' || coalesce(files.alphas, '') AS structure
            FROM files WHERE files.kind != 'checkpoint' AND (files.kind, coalesce(files.architecture, ''), files.modules,
              coalesce(files.ranks, ''), coalesce(files.alphas, '')) IN (
              SELECT kind, coalesce(architecture, ''), modules, coalesce(ranks, ''), coalesce(alphas, '') FROM files
              WHERE kind != 'checkpoint' GROUP BY 1, 2, 3, 4, 5 HAVING count(*) > 1)
            ORDER BY structure, files.path
            """)
        var byStructure: [String: [String]] = [:]
        for row in structural {
            guard let path = row.text(0), let structure = row.text(1), !identical.contains(path) else { continue }
            byStructure[structure, default: []].append(path)
        }
        for structure in byStructure.keys.sorted() {
            let paths = byStructure[structure]!
            guard paths.count > 1 else { continue }
            if cancellation.isCancelled { break }
            let samples = paths.compactMap { path in TensorSample(path: path).map { (path, $0) } }
                .sorted { $0.1.norm < $1.1.norm }
            var grouped = Set<String>()
            for i in samples.indices where !grouped.contains(samples[i].0) {
                var members = [samples[i].0]
                var j = i + 1
                while j < samples.count, samples[j].1.norm <= samples[i].1.norm * 1.01 + 1e-12 {
                    if !grouped.contains(samples[j].0), samples[i].1.agrees(with: samples[j].1),
                        TensorSample.sameTensors(samples[i].0, samples[j].0)
                    {
                        members.append(samples[j].0)
                        grouped.insert(samples[j].0)
                    }
                    j += 1
                }
                if members.count > 1 { groups.append(DuplicateGroup(kind: .sameTensors, paths: members.sorted())) }
            }
        }
        return groups
    }
}

/// 64 values of one tensor of a file (the first, by name, with at least 64 values), as F32:
/// files whose sample differs cannot hold the same tensors.
struct TensorSample: Equatable {
    var tensor: String
    var values: [Float]
    var norm: Float

    init?(path: String) {
        let file = FileManager.default.isDirectoryPath(path) ? path + "/adapter_model.safetensors" : path
        guard let reader = try? SafetensorsReader(path: file),
            let entry = reader.entries.filter({ $0.count >= 64 && $0.dtype.isFloatingPoint }).min(by: {
                $0.name < $1.name
            })
        else { return nil }
        let all = reader.tensor(for: entry).floats()
        let stride = all.count / 64
        values = (0..<64).map { all[$0 * stride] }
        tensor = entry.name
        norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// Same tensor name and values within F16/BF16 rounding (relative 1%, of the sample's norm).
    func agrees(with other: TensorSample) -> Bool {
        guard tensor == other.tensor else { return false }
        var distance: Float = 0
        for (a, b) in zip(values, other.values) { distance += (a - b) * (a - b) }
        return distance.squareRoot() <= 0.01 * max(norm, other.norm) + 1e-12
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
