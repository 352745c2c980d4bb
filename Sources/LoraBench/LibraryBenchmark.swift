// `LoraBench library`: the library's operations on the folder `Scripts/bench.d/library_inputs.py`
// made, timed in process (the SQLite index as `lorash` uses it; the whole commands are timed by
// the driver): first scan, rescans, find, compat, dupes and lineage.
import Foundation
import LoraEngine
import LoraFormats
import LoraLibrary

/// Wall times of `runs` calls of `body` (after one warm-up call), in seconds.
func times(runs: Int, _ body: () throws -> Void) rethrows -> [Double] {
    try body()
    var result: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        result.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return result
}

/// Prints a line at once (stdout may be a pipe or a log file).
func say(_ line: String) {
    print(line)
    fflush(nil)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1
        ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func once(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

struct BenchFailure: Error, CustomStringConvertible {
    var description: String
}

/// - Parameter reuse: time everything but the first scan on the index a previous run left.
func libraryBenchmark(out: String, dataFolder: String, reuse: Bool = false) throws {
    var results: [String: Any] = [:]
    let databasePath = "\(dataFolder)/library.db"
    if !reuse {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }
    }
    let truth =
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(dataFolder)/truth.json")))
        as! [String: Any]
    let library = try Library(path: databasePath)
    _ = try library.add(folders: ["\(dataFolder)/Lora", "\(dataFolder)/Stable-diffusion"])

    // Scans: the first (every header read, fingerprints made), unchanged, after touching 100.
    var report: Library.ScanReport! = nil
    let first = try once { report = try library.scan() }
    if reuse { report.added = try library.overview().files }
    guard report.problems.isEmpty else {
        throw BenchFailure(description: "scan problems: \(report.problems.prefix(5))")
    }
    results["files"] = report.added
    results["scan_first"] = first
    say(
        String(
            format: "  first scan: %d files in %.2f s (%.0f files/s)", report.added, first, Double(report.added) / first
        ))
    let unchanged = try times(runs: 3) {
        report = try library.scan()
        guard report.added + report.updated + report.removed == 0 else {
            throw BenchFailure(description: "an unchanged rescan read files: \(report!)")
        }
    }
    results["rescan_unchanged"] = median(unchanged)
    results["rescan_unchanged_worst"] = unchanged.max()!
    say(String(format: "  rescan, nothing changed: median %.3f s, worst %.3f s", median(unchanged), unchanged.max()!))
    let adapters = try library.find(
        {
            var query = Library.Query()
            query.sort = .name
            query.limit = 100_000
            query.kind = .lora
            return query
        }())
    var touchRuns: [Double] = []
    for round in 0..<3 {
        for entry in adapters.dropFirst(round * 100).prefix(100) {
            try FileManager.default.setAttributes(
                [.modificationDate: Date().addingTimeInterval(Double(round + 1))], ofItemAtPath: entry.path)
        }
        touchRuns.append(
            try once {
                report = try library.scan()
                guard report.updated == 100 else { throw BenchFailure(description: "touched 100, scan: \(report!)") }
            })
    }
    results["rescan_touched_100"] = median(touchRuns)
    results["rescan_touched_100_worst"] = touchRuns.max()!
    say(String(format: "  rescan after touching 100: median %.3f s, worst %.3f s", median(touchRuns), touchRuns.max()!))

    // find: by trigger word, a common word's prefix, family with the default sort, every sort.
    let trigger = truth["trigger"] as! String
    var queries: [(String, Library.Query, (([Library.Entry]) -> Bool))] = []
    func query(_ build: (inout Library.Query) -> Void) -> Library.Query {
        var query = Library.Query()
        build(&query)
        return query
    }
    queries.append(
        ("find \(trigger)", query { $0.text = trigger }, { $0.count == 1 && $0[0].triggerWords.contains(trigger) }))
    queries.append(("find water", query { $0.text = "water" }, { $0.count == 50 }))
    queries.append(
        (
            "find family=pony", query { $0.families = [.pony] },
            { $0.count == 50 && $0.allSatisfy { $0.family == .pony } }
        ))
    queries.append(
        (
            "find family=illustrious sort=name",
            query {
                $0.families = [.illustrious]; $0.sort = .name
            },
            { $0.count == 50 && $0.map(\.name) == $0.map(\.name).sorted { $0.lowercased() < $1.lowercased() } }
        ))
    queries.append(("find sort=size", query { $0.sort = .size }, { $0.count == 50 && $0[0].size >= $0[49].size }))
    queries.append(
        (
            "find type=lora rank<=8 sort=rank",
            query {
                $0.kind = .lora; $0.rankAtMost = 8; $0.sort = .rank
            }, { $0.count == 50 }
        ))
    queries.append(
        (
            "find category=style sort=used",
            query {
                $0.category = "style"; $0.sort = .used
            }, { !$0.isEmpty }
        ))
    queries.append(
        (
            "find masterpiece family=pony",
            query {
                $0.text = "masterpiece"; $0.families = [.pony]
            }, { !$0.isEmpty }
        ))
    var findRows: [[String: Any]] = []
    for (label, query, check) in queries {
        var found: [Library.Entry] = []
        let runs = try times(runs: 20) { found = try library.find(query) }
        guard check(found) else { throw BenchFailure(description: "\(label): unexpected result (\(found.count) rows)") }
        findRows.append(["query": label, "median": median(runs), "worst": runs.max()!, "rows": found.count])
        say(
            String(
                format: "  %@: median %.2f ms, worst %.2f ms (%d rows)", label, median(runs) * 1e3, runs.max()! * 1e3,
                found.count))
    }
    results["find"] = findRows

    // compat for a Pony checkpoint (its family from a sidecar-free name hint is unknown, so use the
    // evidence of the known Pony hash, as a base that file's LoRAs name).
    let base = "\(dataFolder)/Stable-diffusion/base0.safetensors"
    guard let baseEntry = try library.entry(path: base), let stored = try library.familyEvidence(id: baseEntry.id)
    else {
        throw BenchFailure(description: "base0 is not indexed")
    }
    var evidence = stored
    evidence.family = .pony
    var groups: [(CompatibilityVerdict.Grade, [Library.CompatibilityRow])] = []
    let compatRuns = try times(runs: 10) {
        groups = try library.compatibility(base: evidence, baseName: "base0", basePath: base)
    }
    let graded = groups.map { $0.1.count }.reduce(0, +)
    let checkpoints = try FileManager.default.contentsOfDirectory(atPath: "\(dataFolder)/Stable-diffusion").count
    guard graded == (results["files"] as! Int) - checkpoints else {
        throw BenchFailure(description: "compat graded \(graded) adapters")
    }
    results["compat"] = median(compatRuns)
    results["compat_worst"] = compatRuns.max()!
    say(
        String(
            format: "  compat (%d adapters in %d grades): median %.1f ms, worst %.1f ms", graded,
            groups.filter { !$0.1.isEmpty }.count, median(compatRuns) * 1e3, compatRuns.max()! * 1e3))

    // dupes: the first run hashes the candidates and compares tensors; later runs use the hashes.
    var duplicates: [Library.DuplicateGroup] = []
    let dupesFirst = try once { duplicates = try library.duplicates() }
    let copies = (truth["byte_copies"] as! [[String]]).map { $0.map { "\(dataFolder)/\($0)" } }
    let same = (truth["same_tensors"] as! [[String]]).map { $0.map { "\(dataFolder)/\($0)" } }
    let sameFile = duplicates.filter { if case .sameFile = $0.kind { true } else { false } }
    let sameTensors = duplicates.filter { $0.kind == .sameTensors }
    // A file with byte copies stands for them all (dupes lists a file of a copy group once).
    var representative: [String: String] = [:]
    for group in sameFile { for path in group.paths { representative[path] = group.paths.min()! } }
    func pairs(_ groups: [Library.DuplicateGroup]) -> Set<Set<String>> {
        Set(
            groups.flatMap { group in
                let paths = group.paths.map { representative[$0] ?? $0 }
                return paths.dropFirst().map { Set([paths[0], $0]) }
            })
    }
    let expectedCopies = Set(copies.map { Set($0) })
    let expectedSame = Set(same.map { Set($0.map { representative[$0] ?? $0 }) })
    guard
        Set(sameFile.flatMap { group in group.paths.dropFirst().map { Set([group.paths[0], $0]) } }) == expectedCopies
    else {
        throw BenchFailure(
            description: "dupes: \(sameFile.count) same-file groups, expected the \(copies.count) copies")
    }
    // Every re-upload must be found; any other pair is written out for the driver to check with
    // the safetensors library (random data could make two files alike).
    let missing = expectedSame.subtracting(pairs(sameTensors))
    guard missing.isEmpty else {
        throw BenchFailure(description: "dupes missed \(missing.count) re-uploads, e.g. \(missing.first!.sorted())")
    }
    results["dupes_other_pairs"] = pairs(sameTensors).subtracting(expectedSame).map { $0.sorted() }
    let dupesRuns = try times(runs: 5) { duplicates = try library.duplicates() }
    results["dupes_first"] = dupesFirst
    results["dupes"] = median(dupesRuns)
    results["dupes_worst"] = dupesRuns.max()!
    say(
        String(
            format: "  dupes (%d byte copies, %d same tensors): first %.2f s, then median %.1f ms, worst %.1f ms",
            sameFile.count, sameTensors.count, dupesFirst, median(dupesRuns) * 1e3, dupesRuns.max()! * 1e3))

    // lineage of each merge: the stored fingerprint, the distances and the mixture.
    let merges = truth["merges"] as! [String: [String: Double]]
    var lineageRuns: [Double] = []
    var worstError = 0.0
    for (name, weights) in merges.sorted(by: { $0.key < $1.key }) {
        let path = "\(dataFolder)/Stable-diffusion/\(name).safetensors"
        var lineage: Library.LineageReport? = nil
        lineageRuns += try times(runs: 3) {
            guard let fingerprint = try library.fingerprint(path: path) else {
                throw BenchFailure(description: "\(name) has no fingerprint")
            }
            lineage = try library.lineage(of: fingerprint, excluding: path)
        }
        guard let mixture = lineage?.mixture else { throw BenchFailure(description: "\(name): no mixture") }
        for component in mixture.components {
            let stem = String(component.name.prefix { $0 != "." })
            worstError = max(worstError, abs(component.weight - (weights[stem] ?? 0)))
        }
    }
    guard worstError <= 0.02 else { throw BenchFailure(description: "lineage: a mixing weight off by \(worstError)") }
    results["lineage"] = median(lineageRuns)
    results["lineage_worst"] = lineageRuns.max()!
    results["lineage_weight_error"] = worstError
    say(
        String(
            format: "  lineage of %d merges against 19: median %.1f ms, worst %.1f ms; weights within %.4f",
            merges.count, median(lineageRuns) * 1e3, lineageRuns.max()! * 1e3, worstError))
    let attributes = try FileManager.default.attributesOfItem(atPath: databasePath)
    results["database_bytes"] = (attributes[.size] as? Int) ?? 0
    let json = try JSONSerialization.data(withJSONObject: results, options: [.sortedKeys, .prettyPrinted])
    try json.write(to: URL(fileURLWithPath: out))
}
