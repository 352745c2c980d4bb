import Foundation
import LoraEngine
import LoraFormats
import LoraKit

/// Batches across machines (Docs/Batch.md): `plan` writes a script's outputs as independent
/// jobs, runs, checks and assembles them; `job` and `require` head each job's script.
enum BatchCommands {
    static var all: [CommandSpec] { [plan, job, require] }

    static let plan = CommandSpec(
        "plan", summary: "Split a script into independent jobs (for GNU parallel, Slurm or plan run).",
        topic: "batch",
        parameters: [
            ParameterSpec(
                "script", .path,
                help: "the script to plan, or run, check or assemble followed by the plan's folder",
                completions: ["run", "check", "assemble"]),
            ParameterSpec("arguments", .text, optional: true, variadic: true, help: "the script's $1, $2 …"),
            ParameterSpec("folder", .path, keyword: "into", optional: true, help: "the plan's folder"),
        ],
        options: [
            OptionSpec("jobs", .integer, default: "the number of cores", help: "for run: jobs at a time"),
            OptionSpec("overwrite", .bool, default: "false", help: "replace the plan already in the folder"),
        ],
        help: """
            `plan SCRIPT.lsh [ARGS…] into DIR` runs the script's control flow (loops, variables,
            source) without its heavy work: each statement that writes a file (save, convert,
            merge … into, render … to; each cell of a render grid) becomes a job, a
            self-contained script DIR/jobs/NNNN.lsh that loads what it needs (its inputs named by
            absolute path, each checked against the sha256 the plan recorded) and writes that
            one output with the bytes the script itself would. DIR/jobs.txt holds one command per
            line (`lorash DIR/jobs/0001.lsh`) for GNU parallel or a Slurm job array
            (Scripts/slurm-array.sh DIR); a job that reads another's output waits for it: it is
            in the next wave, jobs-2.txt, and so on. DIR/manifest.json lists the jobs, their
            inputs with hashes, outputs and grid cells.

            `plan run DIR [jobs=N]` runs the plan here, N processes at a time, wave by wave;
            a job whose output is there with the hash its last run recorded is skipped, so
            running it again after a failure or Ctrl-C does only what is missing. It then
            composes the grids. `plan check DIR` verifies every output (it exists, is what its
            job wrote, parses, and its recipe's inputs have the planned hashes) and lists what
            is missing or failed (a script stops with 65). `plan assemble DIR` composes each
            grid from its cells and writes DIR/summary.txt (each job's time and host, from the
            logs every job appends to DIR/logs/NNNN.log).

            Statements that only report (ls, info, check, show, find …) are left out; library
            changes (library, tag, note …) too, with a warning. A name a job needs is made again
            in that job: save an in-memory merge that many jobs stack, and load the file.
            """,
        examples: [
            "plan sweep.lsh into plans/sweep", "plan run plans/sweep jobs=2", "plan check plans/sweep",
            "plan assemble plans/sweep",
        ]
    ) { invocation in
        let first = try invocation.text("script")!
        let rest = try invocation.texts("arguments")
        let interpreter = invocation.interpreter
        if ["run", "check", "assemble"].contains(first) && !invocation.has("folder") {
            guard rest.count == 1 else {
                throw invocation.error("usage: plan \(first) DIR\(first == "run" ? " [jobs=N]" : "")", at: "script")
            }
            if first != "run", invocation.has("jobs") {
                throw invocation.error("jobs= belongs to plan run", at: "jobs")
            }
            if invocation.has("overwrite") {
                throw invocation.error(
                    "overwrite= belongs to making a plan (plan SCRIPT into DIR overwrite=true); a job's own statement says whether it may replace its output",
                    at: "overwrite")
            }
            let plan: PlanFolder
            do { plan = try PlanFolder.read(NSString(string: rest[0]).expandingTildeInPath) } catch {
                throw invocation.error("\(error)", at: "arguments")
            }
            switch first {
            case "run": try runPlan(plan, invocation)
            case "check": try checkPlan(plan, invocation)
            default: try assemblePlan(plan, invocation)
            }
            return .nothing
        }
        guard let folder = try invocation.text("folder") else {
            throw invocation.error("plan needs 'into DIR', the folder of the plan: plan \(first) into DIR")
        }
        if invocation.has("jobs") { throw invocation.error("jobs= belongs to plan run", at: "jobs") }
        let made = try makePlan(
            script: first, arguments: rest, into: folder, overwrite: try invocation.bool("overwrite") ?? false,
            interpreter: interpreter, invocation: invocation)
        let lists = (1...max(made.waves, 1)).map { FilePaths.name(of: made.jobList($0)) }
        let shown = PlanFolder.shellWord(folder)
        let cells = made.jobs.filter { $0.cell != nil }.count
        invocation.report([
            "planned \(made.jobs.count) job\(made.jobs.count == 1 ? "" : "s")\(cells > 0 ? " (\(cells) grid cells in \(made.grids.count) grid\(made.grids.count == 1 ? "" : "s"))" : "") in \(made.waves) wave\(made.waves == 1 ? "" : "s") into \(made.folder): \(lists.joined(separator: ", "))",
            "run them: plan run \(shown)"
                + " · parallel --will-cite --jobs N < \(PlanFolder.shellWord(FilePaths.joined(folder, "jobs.txt")))\(made.waves > 1 ? ", then jobs-2.txt …" : "")"
                + " · Scripts/slurm-array.sh \(shown); then plan assemble \(shown)",
        ])
        return .nothing
    }

    static let job = CommandSpec(
        "job", summary: "Head a plan's job script: which job it is, of which plan, run from where.",
        topic: "batch",
        parameters: [ParameterSpec("id", .text, help: "the job's number (0003), or grid-0001 for a grid's assembly")],
        options: [
            OptionSpec("plan", .path, required: true, help: "the plan's folder (its log goes to logs/ID.log)"),
            OptionSpec("folder", .path, required: true, help: "the folder the script's relative paths are read from"),
            OptionSpec("library", .path, help: "the library index the plan resolved library names in"),
        ],
        help: """
            The first statement of every script `plan` writes. It moves to the folder the planned
            script ran in (so its relative paths and LoRA names read as they did there), uses the
            library the plan read library names from (`library=`, when the job has any) and, when
            the script ends, appends a line to the plan's logs/ID.log: the exit status, the host,
            the start and the time taken, and the output's sha256. plan run, plan check and plan
            assemble read those lines. A job whose output is there with the sha256 its last
            successful run recorded is done: the script ends at once with status 0, so running a
            job list again does only what is missing. Only for script files, as their first
            statement.
            """,
        examples: ["job 0003 plan=/data/plans/sweep folder=/data/work"]
    ) { invocation in
        let interpreter = invocation.interpreter
        guard !interpreter.isInteractive else {
            throw invocation.error("job heads a plan's job script; it is not for the shell")
        }
        guard interpreter.planJob == nil, interpreter.session.objectNames.isEmpty else {
            throw invocation.error("job must be the first statement of a job's script")
        }
        let id = try invocation.text("id")!
        guard Int(id) != nil || (id.hasPrefix("grid-") && Int(id.dropFirst(5)) != nil) else {
            throw invocation.error("a job's id is a number (0003) or grid-NNNN, not '\(id)'", at: "id")
        }
        let plan = Planner.absolute(try invocation.text("plan")!, in: FileManager.default.currentDirectoryPath)
        guard FileManager.default.fileExists(atPath: FilePaths.joined(plan, PlanFolder.manifestName)) else {
            throw invocation.error(
                "\(plan) holds no plan (was it moved or removed?): a job runs from the plan it was made in; make the plan again",
                at: "plan")
        }
        let folder = try invocation.text("folder")!
        guard FileManager.default.changeCurrentDirectoryPath(folder) else {
            throw invocation.error(
                "cannot work in \(folder): no such folder here (a plan assumes every machine sees the same paths)",
                at: "folder")
        }
        if let library = try invocation.text("library") {
            guard FileManager.default.fileExists(atPath: library) else {
                throw invocation.error(
                    "the library \(library) is not here: the plan reads files by their library names in it (a plan assumes every machine sees the same paths)",
                    at: "library")
            }
            interpreter.session.libraryPath = library
        }
        let number = Int(id).map(PlanFolder.number) ?? id
        // Run again (parallel or Slurm on the same list), a finished job does nothing.
        if let read = try? PlanFolder.read(plan), read.finishedRun(number) != nil {
            if !interpreter.quiet {
                invocation.print(
                    "job \(id) is done already: \(read.output(of: number) ?? "its output") is what it wrote")
            }
            throw QuitRequest(status: 0)
        }
        interpreter.planJob = PlanJobContext(plan: plan, id: number, started: Date())
        return .nothing
    }

    static let require = CommandSpec(
        "require", summary: "Stop unless a file is there with the planned sha256 (heads a job's script).",
        topic: "batch",
        parameters: [ParameterSpec("path", .path, help: "an input of the job")],
        options: [
            OptionSpec("sha256", .text, help: "the sha256 the file had when the plan was made"),
            OptionSpec("job", .integer, help: "the job of the plan that writes the file"),
            OptionSpec("name", .text, help: "the library name the script wrote for the file"),
        ],
        help: """
            A plan's job names each input it reads: `require PATH sha256=HEX` stops the job
            (status 65) when the file is missing or its sha256 is not the one the plan recorded
            (the file changed since: make the plan again); `require PATH job=N` when job N of the
            plan has not written it, or it changed since (run job N first). `name=NAME`: the
            script named the file by its library name, and the library must still give that
            name to this file. A PEFT folder is hashed by its adapter_model.safetensors.
            """,
        examples: [
            "require /data/models/base.safetensors sha256=6ce0161689b3853acaa03779ec93eafe75a02f4ced659bee03f50797806fa2fa"
        ]
    ) { invocation in
        let path = try invocation.text("path")!
        let sha = try invocation.text("sha256")
        let producer = try invocation.integer("job")
        guard (sha == nil) != (producer == nil) else { throw invocation.error("give sha256= or job=, one of them") }
        guard FileManager.default.fileExists(atPath: path) else {
            let hint = producer.map { "; job \($0) of the plan writes it: run that job first" } ?? ""
            throw invocation.error("\(path): no such file (an input of this job)\(hint)", at: "path")
        }
        guard let actual = PlanFolder.hash(path) else {
            throw invocation.error("\(path): cannot be read to check its sha256", at: "path")
        }
        if let sha, actual != sha.lowercased() {
            throw invocation.error(
                "\(path) changed since the plan was made (sha256 \(actual.prefix(12))…, planned \(sha.prefix(12))…): make the plan again",
                at: "path")
        }
        if let name = try invocation.text("name") {
            let found: String?
            do { found = try invocation.session.libraryFile(named: name) } catch {
                throw invocation.error(
                    "\((error as? SessionError)?.message ?? "\(error)"): make the plan again", at: "name")
            }
            guard let found, Planner.absolute(found, in: FileManager.default.currentDirectoryPath) == path else {
                throw invocation.error(
                    "the library name '\(name)' "
                        + (found.map { "now stands for \($0), not \(path)" } ?? "is no longer in the library")
                        + " (a rescan since the plan was made): make the plan again",
                    at: "name")
            }
        }
        if let producer {
            guard let context = invocation.interpreter.planJob, let plan = try? PlanFolder.read(context.plan) else {
                throw invocation.error("require … job=N belongs in a plan's job script, after job", at: "job")
            }
            guard plan.finishedRun(PlanFolder.number(producer)) != nil else {
                throw invocation.error(
                    "\(path) is not what job \(producer) of the plan wrote (it has not finished, or the file changed since): run job \(producer) first",
                    at: "path")
            }
        }
        return .nothing
    }

    // MARK: Making a plan

    /// Plans `script` into `folder`: runs its control flow through a `Planner` in a session
    /// of its own, then writes the jobs, the job lists and the manifest.
    static func makePlan(
        script: String, arguments: [String], into folder: String, overwrite: Bool, interpreter: Interpreter,
        invocation: CommandInvocation
    ) throws -> PlanFolder {
        let workingFolder = FileManager.default.currentDirectoryPath
        let planFolder = Planner.absolute(folder, in: workingFolder)
        let scriptPath = Planner.absolute(script, in: workingFolder)
        let existed = FileManager.default.fileExists(atPath: planFolder)
        // The runs of the plan being replaced, by what each job does: kept for the same jobs.
        var previousRuns: [String: Data] = [:]
        if overwrite, let old = try? PlanFolder.read(planFolder) {
            for job in old.jobs {
                if let log = FileManager.default.contents(atPath: old.logFile(job.id)) { previousRuns[job.key] = log }
            }
            for grid in old.grids {
                if let log = FileManager.default.contents(atPath: old.gridLogFile(grid.id)) {
                    previousRuns[grid.key] = log
                }
            }
        }
        try prepareFolder(planFolder, overwrite: overwrite, invocation: invocation)
        var written = false
        defer {
            // A failed plan leaves no folder it made (an existing one stays, emptied by overwrite).
            if !written && !existed { try? FileManager.default.removeItem(atPath: planFolder) }
        }

        let planner = Planner(folder: workingFolder, planFolder: planFolder)
        let session = Session(cancellation: interpreter.session.cancellation)
        session.libraryPath = interpreter.session.libraryPath  // `library open` holds for the plan too
        let child = Interpreter(
            commands: interpreter.commands, session: session, output: interpreter.output, report: interpreter.report)
        child.quiet = interpreter.quiet
        child.planner = planner
        let outcome: Interpreter.Outcome
        do {
            outcome = try child.runFile(script, arguments: arguments, at: nil)
        } catch let diagnostic as Diagnostic {
            throw invocation.error(diagnostic.message, at: "script")
        }
        for warning in planner.warnings { interpreter.report(interpreter.withSourceLine(warning)) }
        switch outcome {
        case .success: break
        case .interrupted: throw Interrupted()
        case .failure, .quit:
            if case .quit(0) = outcome { break }
            throw invocation.error("\(script) has an error (above): no plan written", at: "script")
        }
        guard !planner.jobs.isEmpty else {
            throw invocation.error(
                "\(script) writes no file (no save, convert, merge … into or render … to): nothing to plan",
                at: "script")
        }
        let plan = PlanFolder(
            folder: planFolder, script: scriptPath, arguments: arguments, workingFolder: workingFolder,
            lorash: executablePath(),
            jobs: planner.jobs.map { job in
                PlanFolder.Job(
                    id: job.id, wave: job.wave, command: job.command,
                    line: "\(FilePaths.name(of: job.location.file)):\(job.location.line)", output: job.output,
                    inputs: job.inputs.map { (path: $0.path, sha256: $0.sha256, job: $0.job) }, after: job.after,
                    grid: job.cell?.grid, cell: job.cell?.index)
            },
            grids: planner.grids.map {
                PlanFolder.Grid(id: $0.id, output: $0.output, command: $0.command, cells: $0.cells)
            })
        do {
            for job in planner.jobs {
                let text = PlanFolder.jobScript(
                    job, of: planner.jobs.count, plan: plan, lines: job.lines, library: planner.library)
                try write(text, to: plan.jobFile(job.id))
            }
            for grid in planner.grids {
                try write(PlanFolder.assembleScript(grid, plan: plan), to: plan.assembleFile(grid.id))
            }
            for wave in 1...plan.waves {
                let lines = plan.jobs.filter { $0.wave == wave }.map { plan.jobLine($0.id) + "\n" }
                try write(lines.joined(), to: plan.jobList(wave))
            }
            try write(
                JSONWriter.string(plan.manifest, indent: 2) + "\n",
                to: FilePaths.joined(planFolder, PlanFolder.manifestName))
        } catch let error as OutputFileError {
            throw invocation.error("\(error)", at: "folder")
        }
        written = true
        var kept = 0
        for job in plan.jobs { if let log = previousRuns[job.key], keep(log, at: plan.logFile(job.id)) { kept += 1 } }
        for grid in plan.grids { if let log = previousRuns[grid.key] { _ = keep(log, at: plan.gridLogFile(grid.id)) } }
        // Outputs already there that no run of this plan wrote: their jobs would stop at them.
        let blocked = plan.jobs.filter {
            $0.cell == nil && FileManager.default.fileExists(atPath: $0.output) && !plan.isDone($0.id)
                && !$0.command.contains("overwrite=true")
        }
        if let first = blocked.first {
            interpreter.report(
                Diagnostic(
                    severity: .warning,
                    "\(blocked.count) output\(blocked.count == 1 ? "" : "s") of the plan exist\(blocked.count == 1 ? "s" : "") already (\(first.output)\(blocked.count > 1 ? ", …" : "")) and no run of this plan wrote \(blocked.count == 1 ? "it" : "them"): \(blocked.count == 1 ? "its job stops" : "their jobs stop") there unless the statement says overwrite=true; remove \(blocked.count == 1 ? "it" : "them") or add overwrite=true to the script",
                    at: nil))
        }
        if kept > 0 && !interpreter.quiet {
            invocation.print("kept the runs of \(kept) job\(kept == 1 ? "" : "s") the new plan shares with the old one")
        }
        return plan
    }

    /// Makes the plan's folder, or empties the plan in it with `overwrite=true`. A folder
    /// holding other files is refused: a plan never deletes what it did not write.
    static func prepareFolder(_ folder: String, overwrite: Bool, invocation: CommandInvocation) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw invocation.error("\(folder) is a file; a plan is a folder: choose another path", at: "folder")
            }
            let contents = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
            let planFiles = Set([
                "jobs", "assemble", "logs", "slurm", PlanFolder.manifestName, "summary.txt", ".lock",
            ])
            let isPlan = contents.contains(PlanFolder.manifestName)
            if !contents.isEmpty && !isPlan {
                throw invocation.error(
                    "\(folder) is not empty and not a plan (\(contents.sorted().prefix(3).joined(separator: ", "))…): choose a new folder",
                    at: "folder")
            }
            if isPlan {
                guard overwrite else {
                    throw invocation.error(
                        "\(folder) already holds a plan (overwrite=true replaces it; the runs of jobs that stay the same are kept)",
                        at: "folder")
                }
                // Only what a plan writes goes (a joblog or notes of yours stay); grid cells stay
                // for the jobs the new plan shares with the old (their runs are kept).
                for name in contents
                where planFiles.contains(name) || (name.hasPrefix("jobs") && name.hasSuffix(".txt")) {
                    try? manager.removeItem(atPath: FilePaths.joined(folder, name))
                }
            }
        }
        do { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            throw invocation.error("cannot make \(folder): \(error.localizedDescription)", at: "folder")
        }
    }

    /// Writes a job's log from the plan it replaces; false if it cannot.
    private static func keep(_ log: Data, at path: String) -> Bool {
        (try? FileManager.default.createDirectory(atPath: FilePaths.folder(of: path), withIntermediateDirectories: true))
            != nil && FileManager.default.createFile(atPath: path, contents: log)
    }

    private static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: FilePaths.folder(of: path), withIntermediateDirectories: true)
        try AtomicFileWriter.write(Array(text.utf8), to: path, overwrite: true)
    }

    /// The absolute path of the running lorash (what job lists run).
    static func executablePath() -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return Planner.absolute(CommandLine.arguments[0], in: FileManager.default.currentDirectoryPath)
    }

    // MARK: Running, checking, assembling

    static func runPlan(_ plan: PlanFolder, _ invocation: CommandInvocation) throws {
        let parallel = try invocation.integer("jobs") ?? ProcessInfo.processInfo.activeProcessorCount
        guard (1...256).contains(parallel) else { throw invocation.error("jobs must be 1…256", at: "jobs") }
        guard FileManager.default.isExecutableFile(atPath: plan.lorash) else {
            throw invocation.error(
                "\(plan.lorash), the lorash the plan was made with, is not there: make the plan again", at: "arguments")
        }
        // One plan run at a time per plan: two would run every job twice and trip on each other.
        let lock = open(FilePaths.joined(plan.folder, ".lock"), O_RDWR | O_CREAT, 0o644)
        defer { if lock >= 0 { close(lock) } }
        guard lock >= 0, flock(lock, LOCK_EX | LOCK_NB) == 0 else {
            throw invocation.error(
                "another plan run is running this plan (\(plan.folder)); wait for it, or stop it first", at: "arguments"
            )
        }
        let runner = PlanRunner(
            plan: plan, parallel: parallel, cancellation: invocation.session.cancellation,
            print: { line in if !invocation.interpreter.quiet { invocation.print(line) } })
        let outcome = try runner.run()
        let failed = outcome.failed.count
        var lines = [
            "plan run: \(outcome.ran) of \(plan.jobs.count) jobs ran (\(outcome.ran - failed) done, \(failed) failed), \(outcome.skipped) \(outcome.skipped == 1 ? "was" : "were") done already, in \(String(format: "%.1f", outcome.seconds)) s"
        ]
        if failed > 0 {
            let which = failed == 1 ? "job \(outcome.failed[0])" : "jobs \(PlanRunner.ranges(outcome.failed))"
            throw invocation.error(
                lines[0]
                    + "; failed: \(which) (what \(failed == 1 ? "it" : "they") printed is in \(FilePaths.joined(plan.folder, "logs"))/NNNN.out); fix the cause (an input, or the script, then plan it again) and run plan run again: it does only what is missing"
            )
        }
        let assembled = try invocation.perform { () throws -> (lines: [String], missing: Int) in
            do { return try runner.assemble() } catch let error as PlanError { throw SessionError(error.description) }
        }
        lines += assembled.lines
        try writeSummary(plan)
        invocation.report(lines)
    }

    static func checkPlan(_ plan: PlanFolder, _ invocation: CommandInvocation) throws {
        let findings = plan.check()
        let count = plan.jobs.count + plan.grids.count
        let bad = Set(findings.map(\.subject)).count
        if findings.isEmpty {
            invocation.print(
                "plan check: all \(plan.jobs.count) jobs\(plan.grids.isEmpty ? "" : " and \(plan.grids.count) grid\(plan.grids.count == 1 ? "" : "s")") are done; every output is what its job wrote"
            )
            return
        }
        for finding in findings { invocation.print("  \(finding.subject): \(finding.problem)") }
        throw invocation.error(
            "plan check: \(bad) of \(count) outputs are missing or wrong (listed above); plan run \(plan.folder) does what is missing"
        )
    }

    static func assemblePlan(_ plan: PlanFolder, _ invocation: CommandInvocation) throws {
        let runner = PlanRunner(
            plan: plan, parallel: 1, cancellation: invocation.session.cancellation, print: { _ in })
        let assembled = try invocation.perform { () throws -> (lines: [String], missing: Int) in
            do { return try runner.assemble() } catch let error as PlanError { throw SessionError(error.description) }
        }
        try writeSummary(plan)
        let summary = plan.summary()
        invocation.report(
            assembled.lines + [summary.last!, "summary: \(FilePaths.joined(plan.folder, "summary.txt"))"])
        if assembled.missing > 0 {
            throw invocation.error("plan assemble: \(assembled.missing) grid(s) have cells that are not done (above)")
        }
    }

    static func writeSummary(_ plan: PlanFolder) throws {
        let text = plan.summary().joined(separator: "\n") + "\n"
        try? AtomicFileWriter.write(Array(text.utf8), to: FilePaths.joined(plan.folder, "summary.txt"), overwrite: true)
    }
}

extension Interpreter {
    /// The statement `lorash --plan DIR FILE ARG…` runs: `plan FILE ARG… into DIR`, each word
    /// quoted as the language reads it.
    public static func planStatement(script: String, arguments: [String], into folder: String) -> String {
        (["plan", script] + arguments + ["into", folder]).enumerated().map { index, word in
            index == 0 || word == "into" && index == arguments.count + 2 ? word : CommandInvocation.quotedString(word)
        }.joined(separator: " ")
    }
}
