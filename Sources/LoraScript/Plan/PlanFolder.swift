import Foundation
import LoraFormats

/// A plan on disk (Docs/Batch.md): `manifest.json`, one script per job in `jobs/`, one
/// assembly script per grid in `assemble/`, the job lists `jobs.txt` (wave 1), `jobs-2.txt` …,
/// and, as jobs run, `logs/NNNN.log` (one JSON line per run of job NNNN) and `cells/`.
public struct PlanFolder: Sendable {
    /// One job as the manifest records it.
    public struct Job: Sendable {
        public var id: Int
        public var wave: Int
        /// The command that writes the output, as recorded.
        public var command: String
        /// `script:line` of that command.
        public var line: String
        public var output: String
        /// Each input's path, and its sha256 when planned or the job that writes it.
        public var inputs: [(path: String, sha256: String?, job: Int?)]
        public var after: [Int]
        /// For a grid cell: the grid, the cell (1-based) and the grid's cell count.
        public var grid: Int?
        public var cell: Int?

        /// What the job does, independent of its number: its command, output and inputs.
        var key: String {
            ([command, output] + inputs.map { "\($0.path) \($0.sha256 ?? "job")" }).joined(separator: "\n")
        }
    }

    /// One grid: its cells' jobs and the picture `plan assemble` composes.
    public struct Grid: Sendable {
        public var id: Int
        public var output: String
        public var command: String
        public var cells: [Int]

        /// What the grid is, independent of its number.
        var key: String { "grid\n\(command)\n\(output)\n\(cells.count)" }
    }

    /// The plan's folder (absolute).
    public var folder: String
    /// The script planned, its arguments, and the folder its relative paths are read from.
    public var script: String
    public var arguments: [String]
    public var workingFolder: String
    /// The lorash that runs the jobs.
    public var lorash: String
    public var jobs: [Job]
    public var grids: [Grid]

    /// How many waves the jobs run in (a job reads only outputs of earlier waves).
    public var waves: Int { jobs.map(\.wave).max() ?? 0 }

    public static let manifestName = "manifest.json"

    /// The script of job `id`.
    public func jobFile(_ id: Int) -> String { FilePaths.joined(folder, "jobs/\(Self.number(id)).lsh") }
    /// The log of job `id`: one JSON line per run.
    public func logFile(_ id: Int) -> String { FilePaths.joined(folder, "logs/\(Self.number(id)).log") }
    /// The log of grid `id`'s assembly.
    public func gridLogFile(_ id: Int) -> String { FilePaths.joined(folder, "logs/grid-\(Self.number(id)).log") }
    /// What job `id` printed, when `plan run` ran it.
    public func outputLog(_ id: Int) -> String { FilePaths.joined(folder, "logs/\(Self.number(id)).out") }
    /// The assembly script of grid `id`.
    public func assembleFile(_ id: Int) -> String { FilePaths.joined(folder, "assemble/\(Self.number(id)).lsh") }
    /// The job list of `wave`: `jobs.txt` for the first, `jobs-N.txt` after.
    public func jobList(_ wave: Int) -> String {
        FilePaths.joined(folder, wave == 1 ? "jobs.txt" : "jobs-\(wave).txt")
    }

    static func number(_ id: Int) -> String { String(format: "%04d", id) }

    // MARK: Manifest

    var manifest: JSONValue {
        func job(_ job: Job) -> JSONValue {
            var members: [(String, JSONValue)] = [
                ("id", .number(Double(job.id), integer: job.id)),
                ("wave", .number(Double(job.wave), integer: job.wave)),
                ("file", .string("jobs/\(Self.number(job.id)).lsh")),
                ("command", .string(job.command)), ("line", .string(job.line)), ("output", .string(job.output)),
                (
                    "inputs",
                    .array(
                        job.inputs.map { input in
                            var members: [(String, JSONValue)] = [("path", .string(input.path))]
                            if let hash = input.sha256 { members.append(("sha256", .string(hash))) }
                            if let id = input.job { members.append(("job", .number(Double(id), integer: id))) }
                            return .object(members)
                        })
                ),
                ("after", .array(job.after.map { .number(Double($0), integer: $0) })),
            ]
            if let grid = job.grid, let cell = job.cell {
                members.append(("grid", .number(Double(grid), integer: grid)))
                members.append(("cell", .number(Double(cell), integer: cell)))
            }
            return .object(members)
        }
        return .object([
            ("lorash_plan", .number(1, integer: 1)),
            ("script", .string(script)), ("arguments", .array(arguments.map { .string($0) })),
            ("folder", .string(workingFolder)), ("lorash", .string(lorash)),
            ("waves", .number(Double(waves), integer: waves)),
            ("jobs", .array(jobs.map(job))),
            (
                "grids",
                .array(
                    grids.map { grid in
                        .object([
                            ("id", .number(Double(grid.id), integer: grid.id)), ("output", .string(grid.output)),
                            ("command", .string(grid.command)),
                            ("assemble", .string("assemble/\(Self.number(grid.id)).lsh")),
                            ("cells", .array(grid.cells.map { .number(Double($0), integer: $0) })),
                        ])
                    })
            ),
        ])
    }

    /// Reads the plan in `folder`.
    /// - Throws: `PlanError` when it has no manifest or the manifest is not one lorash wrote.
    public static func read(_ folder: String) throws(PlanError) -> PlanFolder {
        let folder = Planner.absolute(folder, in: FileManager.default.currentDirectoryPath)
        let path = FilePaths.joined(folder, manifestName)
        guard let data = FileManager.default.contents(atPath: path) else {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder)
            throw PlanError(
                exists && isFolder.boolValue
                    ? "\(folder) holds no plan (no \(manifestName)); make one with: plan SCRIPT.lsh into \(folder)"
                    : "\(folder): no such folder; make a plan with: plan SCRIPT.lsh into \(folder)")
        }
        let json: JSONValue
        do { json = try JSONParser.parse(String(decoding: data, as: UTF8.self)) } catch {
            throw PlanError("\(path): not a plan's manifest (\(error)); make the plan again")
        }
        func bad(_ what: String) -> PlanError {
            PlanError("\(path): \(what); the manifest was changed by hand or is damaged: make the plan again")
        }
        guard json["lorash_plan"]?.intValue == 1 else { throw bad("it is not a lorash plan of version 1") }
        guard let script = json["script"]?.stringValue, let working = json["folder"]?.stringValue,
            let lorash = json["lorash"]?.stringValue, let jobList = json["jobs"]?.arrayValue
        else { throw bad("script, folder, lorash or jobs is missing") }
        var jobs: [Job] = []
        for (index, item) in jobList.enumerated() {
            guard let id = item["id"]?.intValue, id == index + 1, let wave = item["wave"]?.intValue, wave >= 1,
                let command = item["command"]?.stringValue, let output = item["output"]?.stringValue
            else { throw bad("job \(index + 1) is incomplete") }
            let inputs = (item["inputs"]?.arrayValue ?? []).compactMap { input -> (String, String?, Int?)? in
                guard let path = input["path"]?.stringValue else { return nil }
                return (path, input["sha256"]?.stringValue, input["job"]?.intValue)
            }
            jobs.append(
                Job(
                    id: id, wave: wave, command: command, line: item["line"]?.stringValue ?? "", output: output,
                    inputs: inputs.map { (path: $0.0, sha256: $0.1, job: $0.2) },
                    after: (item["after"]?.arrayValue ?? []).compactMap(\.intValue), grid: item["grid"]?.intValue,
                    cell: item["cell"]?.intValue))
        }
        let grids = (json["grids"]?.arrayValue ?? []).compactMap { item -> Grid? in
            guard let id = item["id"]?.intValue, let output = item["output"]?.stringValue else { return nil }
            return Grid(
                id: id, output: output, command: item["command"]?.stringValue ?? "",
                cells: (item["cells"]?.arrayValue ?? []).compactMap(\.intValue))
        }
        return PlanFolder(
            folder: folder, script: script, arguments: (json["arguments"]?.arrayValue ?? []).compactMap(\.stringValue),
            workingFolder: working, lorash: lorash, jobs: jobs, grids: grids)
    }

    // MARK: Writing

    /// The text of a job's script: a header naming its output and inputs, `job`, a `require`
    /// per input, then the statements. A job that reads files by library name uses `library`,
    /// the index the plan resolved them in.
    static func jobScript(
        _ job: Planner.Job, of count: Int, plan: PlanFolder, lines: [String], library: String? = nil
    ) -> String {
        var text = "#!/usr/bin/env lorash\n"
        text += "# lorash plan job \(job.id) of \(count), wave \(job.wave): \(job.command)\n"
        text += "# from \(Planner.absolute(job.location.file, in: plan.workingFolder)):\(job.location.line)\n"
        text += "# output: \(job.output)\n"
        for input in job.inputs {
            text +=
                "# input: \(input.path) " + (input.job.map { "(made by job \($0))" } ?? "sha256 \(input.sha256!)")
                + "\n"
        }
        let byName = job.inputs.contains { $0.libraryName != nil }
        text +=
            "job \(job.id) plan=\(Planner.quoted(plan.folder)) folder=\(Planner.quoted(plan.workingFolder))"
            + (byName ? library.map { " library=\(Planner.quoted($0))" } ?? "" : "") + "\n"
        for input in job.inputs {
            let check = input.job.map { "job=\($0)" } ?? "sha256=\(input.sha256!)"
            let name = input.libraryName.map { " name=\(Planner.quoted($0))" } ?? ""
            text += "require \(Planner.quoted(input.path)) \(check)\(name)\n"
        }
        for line in lines { text += line + "\n" }
        return text
    }

    /// A grid's assembly script: the statements that make its stack, then the grid read from
    /// its cells.
    static func assembleScript(_ grid: Planner.Grid, plan: PlanFolder) -> String {
        var text = "#!/usr/bin/env lorash\n"
        text += "# lorash plan: assembles grid \(grid.id) (\(grid.output)) from its cells; plan assemble runs it\n"
        text +=
            "job grid-\(number(grid.id)) plan=\(Planner.quoted(plan.folder)) folder=\(Planner.quoted(plan.workingFolder))\n"
        for line in grid.lines { text += line + "\n" }
        return text
    }

    /// One line of a job list: the command that runs a job, with absolute paths.
    func jobLine(_ id: Int) -> String {
        "\(Self.shellWord(lorash)) \(Self.shellWord(jobFile(id)))"
    }

    /// `word` as one word for a POSIX shell.
    static func shellWord(_ word: String) -> String {
        let plain = !word.isEmpty && word.allSatisfy { $0.isLetter || $0.isNumber || "/._-+=:,@%".contains($0) }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// An error of `plan`, `plan run`, `plan check` or `plan assemble`.
public struct PlanError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
