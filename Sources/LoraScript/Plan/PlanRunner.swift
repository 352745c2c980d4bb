import CTempFiles
import Foundation
import LoraEngine
import LoraFormats
import LoraRender

#if canImport(Glibc)
    import Glibc
#endif

/// What a job's log line says: one JSON line per run, appended by the job's own lorash when
/// its script ends (whoever started it: `plan run`, GNU parallel, Slurm).
public struct PlanJobRecord: Sendable, Equatable {
    public var status: Int32
    public var host: String
    public var started: Double
    public var seconds: Double
    /// The output's sha256 after a successful run.
    public var outputSHA256: String?

    var json: String {
        var members: [(String, JSONValue)] = [
            ("status", .number(Double(status), integer: Int(status))), ("host", .string(host)),
            ("started", .number(started, integer: nil)), ("seconds", .number(seconds, integer: nil)),
        ]
        if let outputSHA256 { members.append(("output_sha256", .string(outputSHA256))) }
        return JSONWriter.string(.object(members))
    }

    /// Every run recorded in a log file, oldest first (unreadable lines are skipped).
    static func read(_ path: String) -> [PlanJobRecord] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard let json = try? JSONParser.parse(String(line)), let status = json["status"]?.intValue else {
                return nil
            }
            return PlanJobRecord(
                status: Int32(clamping: status), host: json["host"]?.stringValue ?? "",
                started: json["started"]?.doubleValue ?? 0, seconds: json["seconds"]?.doubleValue ?? 0,
                outputSHA256: json["output_sha256"]?.stringValue)
        }
    }
}

/// Where a job's script says it belongs (`job ID plan=DIR folder=DIR`), kept by the
/// interpreter until the script ends.
public struct PlanJobContext: Sendable {
    /// The plan's folder.
    public var plan: String
    /// `0003` for job 3, `grid-0001` for grid 1's assembly.
    public var id: String
    public var started: Date
}

extension Interpreter {
    /// Appends the running job's log line (its status, time, host and output's sha256), when
    /// the script was a plan's job. The script runner calls it as the script ends.
    public func finishPlanJob(status: Int32) {
        guard let job = planJob else { return }
        planJob = nil
        let seconds = Date().timeIntervalSince(job.started)
        var record = PlanJobRecord(
            status: status, host: ProcessInfo.processInfo.hostName, started: job.started.timeIntervalSince1970,
            seconds: seconds, outputSHA256: nil)
        if status == 0, let plan = try? PlanFolder.read(job.plan), let output = plan.output(of: job.id) {
            record.outputSHA256 = PlanFolder.hash(output)
        }
        PlanFolder.appendLog(record, to: FilePaths.joined(job.plan, "logs/\(job.id).log"))
    }
}

extension PlanFolder {
    /// The output of job or grid `id` (`0003`, `grid-0001`).
    func output(of id: String) -> String? {
        if id.hasPrefix("grid-"), let number = Int(id.dropFirst(5)) {
            return grids.first { $0.id == number }?.output
        }
        return Int(id).flatMap { number in jobs.first { $0.id == number }?.output }
    }

    /// The sha256 of an output: a file's, or a PEFT folder's tensor file's; nil if missing.
    static func hash(_ path: String) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else { return try? FileHash.of(path: path).sha256 }
        // A PEFT folder: its two files, the weights and adapter_config.json (alpha, targets).
        let files = PeftFolder.files(in: path)
        guard let weights = try? FileHash.of(path: files.model).sha256,
            let config = FileManager.default.contents(atPath: files.config)
        else { return nil }
        var digest = SHA256()
        digest.update(Array("\(weights)\n".utf8))
        digest.update(Array(config))
        return digest.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// Appends one line to a log, creating its folder; several processes may append at once.
    static func appendLog(_ record: PlanJobRecord, to path: String) {
        let logs = FilePaths.folder(of: path)
        // Never a plan folder of its own: a moved plan's jobs do not log to where it was.
        guard FileManager.default.fileExists(atPath: FilePaths.joined(FilePaths.folder(of: logs), manifestName))
        else { return }
        try? FileManager.default.createDirectory(atPath: logs, withIntermediateDirectories: true)
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let line = Array((record.json + "\n").utf8)
        _ = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    /// The last successful run of `id` whose recorded output is the file there now, if any.
    func finishedRun(_ id: String) -> PlanJobRecord? {
        guard let output = output(of: id),
            let last = PlanJobRecord.read(FilePaths.joined(folder, "logs/\(id).log")).last(where: { $0.status == 0 }),
            let recorded = last.outputSHA256, Self.hash(output) == recorded
        else { return nil }
        return last
    }

    /// Whether job `id` is done: its output is there and is what its last successful run wrote.
    func isDone(_ id: Int) -> Bool { finishedRun(Self.number(id)) != nil }
}

/// Runs a plan's jobs on this machine, `jobs` at a time, wave after wave, each in its own
/// lorash process (what `plan run` does). Jobs already done are skipped, so a plan stopped
/// or half-failed is finished by running it again.
struct PlanRunner {
    var plan: PlanFolder
    var parallel: Int
    var cancellation: CancellationToken
    var print: (String) -> Void

    /// What a run did.
    struct Outcome {
        var ran = 0
        var skipped = 0
        var failed: [Int] = []
        var seconds = 0.0
    }

    func run() throws -> Outcome {
        var outcome = Outcome()
        let start = Date()
        for wave in 1...max(plan.waves, 1) {
            let jobs = plan.jobs.filter { $0.wave == wave }
            let pending = jobs.filter { !plan.isDone($0.id) }
            outcome.skipped += jobs.count - pending.count
            if !outcome.failed.isEmpty {
                break  // a later wave reads what the failed jobs would have written
            }
            let failed = try runAll(pending.map(\.id), label: "wave \(wave)/\(plan.waves)")
            outcome.ran += pending.count
            outcome.failed += failed
        }
        outcome.seconds = Date().timeIntervalSince(start)
        return outcome
    }

    /// Runs `ids` with at most `parallel` processes; returns the ids that failed.
    private func runAll(_ ids: [Int], label: String) throws -> [Int] {
        var queue = ids[...]
        var running: [(id: Int, process: Process, slot: Int32)] = []
        var failed: [Int] = []
        var done = 0
        let threads = max(1, ProcessInfo.processInfo.activeProcessorCount / max(parallel, 1))
        while !queue.isEmpty || !running.isEmpty {
            if cancellation.isCancelled {
                for (_, process, _) in running where process.isRunning { kill(process.processIdentifier, SIGINT) }
                for (_, process, slot) in running {
                    process.waitUntilExit()
                    lorash_child_forget(slot)
                }
                throw Interrupted(kept: "the jobs that finished are kept; plan run goes on from there")
            }
            while running.count < parallel, let id = queue.popFirst() {
                let process = try start(id, threads: threads)
                // SIGTERM or SIGHUP to plan run ends its jobs too (SignalHandling).
                running.append((id, process, lorash_child_remember(process.processIdentifier)))
            }
            usleep(20_000)
            for (index, entry) in running.enumerated().reversed() where !entry.process.isRunning {
                running.remove(at: index)
                lorash_child_forget(entry.slot)
                done += 1
                let status = entry.process.terminationStatus
                let seconds = PlanJobRecord.read(plan.logFile(entry.id)).last?.seconds ?? 0
                if status == 0 && entry.process.terminationReason == .exit {
                    print(
                        "plan run: \(label): job \(entry.id) done (\(done)/\(ids.count), \(String(format: "%.1f", seconds)) s)"
                    )
                } else {
                    failed.append(entry.id)
                    print(
                        "plan run: \(label): job \(entry.id) failed with status \(status) (see \(plan.outputLog(entry.id)))"
                    )
                }
            }
        }
        return failed.sorted()
    }

    /// Starts job `id`: `lorash jobs/NNNN.lsh`, its output and errors appended to
    /// `logs/NNNN.out` after a line naming the run (a retry keeps the failure's message).
    private func start(_ id: Int, threads: Int) throws -> Process {
        try start(script: plan.jobFile(id), log: plan.outputLog(id), threads: threads)
    }

    func start(script: String, log: String, threads: Int) throws -> Process {
        try FileManager.default.createDirectory(
            atPath: FilePaths.folder(of: log), withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: log) {
            _ = FileManager.default.createFile(atPath: log, contents: nil)
        }
        guard let handle = FileHandle(forWritingAtPath: log) else {
            throw PlanError("cannot write \(log): \(String(cString: strerror(errno)).lowercased())")
        }
        handle.seekToEndOfFile()
        let started = ISO8601DateFormatter().string(from: Date())
        handle.write(Data("== plan run on \(ProcessInfo.processInfo.hostName) at \(started)\n".utf8))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: plan.lorash)
        process.arguments = [script]
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        if environment[ParallelFor.threadsVariable] == nil {
            environment[ParallelFor.threadsVariable] = String(threads)
        }
        process.environment = environment
        do { try process.run() } catch {
            throw PlanError("cannot run \(plan.lorash): \(error.localizedDescription)")
        }
        return process
    }

    /// Composes every grid whose cells are done and whose picture is not yet assembled from
    /// them; returns the lines to print. Grids with missing cells are named, not composed.
    func assemble() throws -> (lines: [String], missing: Int) {
        var lines: [String] = []
        var missing = 0
        for grid in plan.grids {
            let id = "grid-\(PlanFolder.number(grid.id))"
            let absent = grid.cells.filter { !plan.isDone($0) }
            if !absent.isEmpty {
                missing += 1
                lines.append(
                    "grid \(grid.id) (\(grid.output)): \(absent.count) of \(grid.cells.count) cells are not done (jobs \(Self.ranges(absent)))"
                )
                continue
            }
            if plan.finishedRun(id) != nil {
                lines.append("grid \(grid.id): \(grid.output) is assembled")
                continue
            }
            let log = FilePaths.joined(plan.folder, "logs/\(id).out")
            let process = try start(
                script: plan.assembleFile(grid.id), log: log, threads: ProcessInfo.processInfo.activeProcessorCount)
            while process.isRunning {
                if cancellation.isCancelled { kill(process.processIdentifier, SIGINT) }
                usleep(20_000)
            }
            process.waitUntilExit()
            if cancellation.isCancelled { throw Interrupted() }
            guard process.terminationStatus == 0 else {
                let text = (FileManager.default.contents(atPath: log)).map { String(decoding: $0, as: UTF8.self) } ?? ""
                throw PlanError(
                    "grid \(grid.id) (\(grid.output)) could not be assembled:\n\(text.trimmingCharacters(in: .whitespacesAndNewlines))"
                )
            }
            lines.append("grid \(grid.id): wrote \(grid.output) from \(grid.cells.count) cells")
        }
        return (lines, missing)
    }

    /// `1-4, 7` for [1, 2, 3, 4, 7].
    static func ranges(_ ids: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        let sorted = ids.sorted()
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count, sorted[end + 1] == sorted[end] + 1 { end += 1 }
            parts.append(end == index ? "\(sorted[index])" : "\(sorted[index])-\(sorted[end])")
            index = end + 1
        }
        return parts.joined(separator: ", ")
    }
}
