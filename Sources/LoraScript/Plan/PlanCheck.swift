import Foundation
import LoraFormats
import LoraRender

extension PlanFolder {
    /// What `plan check` found about one job or grid.
    struct Finding: Equatable {
        /// `job 3` or `grid 1`.
        var subject: String
        var problem: String
    }

    /// Checks every output against the manifest: it exists, is what the job's last successful
    /// run recorded, parses as its format, and carries a recipe whose inputs have the sha256
    /// the plan recorded. Returns the problems (none: the plan is complete).
    func check() -> [Finding] {
        var findings: [Finding] = []
        for job in jobs {
            let subject = "job \(job.id)"
            if let problem = problem(ofRun: Self.number(job.id), output: job.output) {
                findings.append(Finding(subject: subject, problem: problem))
                continue
            }
            if let problem = problem(parsing: job) { findings.append(Finding(subject: subject, problem: problem)) }
        }
        for grid in grids {
            let subject = "grid \(grid.id)"
            if let problem = problem(ofRun: "grid-\(Self.number(grid.id))", output: grid.output) {
                findings.append(Finding(subject: subject, problem: problem + " (plan assemble composes it)"))
                continue
            }
            do {
                _ = try PNGDecoder.decode(Array(FileManager.default.contents(atPath: grid.output)!), file: grid.output)
            } catch {
                findings.append(Finding(subject: subject, problem: "\(error)"))
            }
        }
        return findings
    }

    /// Why the output of `id` is not a finished run's, if it is not.
    private func problem(ofRun id: String, output: String) -> String? {
        let runs = PlanJobRecord.read(FilePaths.joined(folder, "logs/\(id).log"))
        guard FileManager.default.fileExists(atPath: output) else {
            if let last = runs.last, last.status == 130 {
                return "was interrupted on \(last.host); \(output) is not written"
            }
            if let last = runs.last, last.status != 0 {
                return "failed with status \(last.status) on \(last.host); \(output) is not written"
            }
            if let last = runs.last, last.status == 0 { return "\(output) is missing (it was written, then removed)" }
            return "\(output) is missing (not run yet)"
        }
        guard let last = runs.last(where: { $0.status == 0 }), let recorded = last.outputSHA256 else {
            return "\(output) exists, but no run of this job recorded it (it was written by something else)"
        }
        guard Self.hash(output) == recorded else {
            return
                "\(output) changed since the job wrote it (sha256 \(Self.hash(output)?.prefix(12) ?? "?")…, recorded \(recorded.prefix(12))…)"
        }
        return nil
    }

    /// Whether a job's output parses and carries the recipe the plan expects.
    private func problem(parsing job: Job) -> String? {
        let path = job.output
        let name = FilePaths.name(of: path).lowercased()
        var recipe: String?
        var parameters: String?
        if name.hasSuffix(".png") {
            guard let data = FileManager.default.contents(atPath: path) else { return "\(path) cannot be read" }
            do {
                _ = try PNGDecoder.decode(Array(data), file: path)
                let chunks = try PNGDecoder.textChunks(in: Array(data), file: path)
                if let cell = job.cell {
                    guard let note = chunks.first(where: { $0.keyword == "lorash-cell" }),
                        (try? JSONParser.parse(note.text))?["cell"]?.intValue == cell
                    else { return "\(path) is not cell \(cell) of its grid" }
                    return nil
                }
                recipe = chunks.first { $0.keyword == "lorash" }?.text
                parameters = chunks.first { $0.keyword == "parameters" }?.text
                if recipe == nil && chunks.isEmpty { return nil }  // a chart or a toy grid carries none
            } catch {
                return "\(error)"
            }
        } else if name.hasSuffix(".svg") {
            guard let data = FileManager.default.contents(atPath: path),
                String(decoding: data.prefix(256), as: UTF8.self).contains("<svg")
            else { return "\(path) is not an SVG picture" }
            return nil
        } else {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            let file = isFolder.boolValue ? PeftFolder.tensorFile(of: path) : path
            do {
                let reader = try SafetensorsReader(path: file)
                recipe = reader.metadata["lorash.recipe"]
            } catch {
                return "\(error)"
            }
        }
        // A file with no recipe (a toy base saved, a conversion of a foreign file) has nothing more to check.
        guard let recipe else { return nil }
        guard let json = try? JSONParser.parse(recipe) else { return "\(path): its lorash recipe is not readable" }
        // A real image's recipe names its checkpoint by path; its A1111 parameters by hash.
        if let checkpoint = json["checkpoint"]?.stringValue {
            guard let planned = job.inputs.first(where: { $0.path == checkpoint }) else {
                return "\(path) was drawn from \(checkpoint), which is not an input of its job"
            }
            if let hash = planned.sha256, let parameters,
                let range = parameters.range(of: "Model hash: "),
                !hash.hasPrefix(parameters[range.upperBound...].prefix(10).lowercased())
            {
                return "\(path) was drawn from another \(checkpoint) than the plan hashed"
            }
            return nil
        }
        guard let inputs = json["inputs"]?.arrayValue else { return "\(path): its lorash recipe is not readable" }
        for input in inputs {
            guard let recorded = input["path"]?.stringValue, let hash = input["sha256"]?.stringValue else { continue }
            let absolute = Planner.absolute(recorded, in: workingFolder)
            guard let planned = job.inputs.first(where: { $0.path == absolute }) else { continue }
            let expected = planned.sha256 ?? planned.job.flatMap { finishedRun(Self.number($0))?.outputSHA256 }
            if let expected, !hash.isEmpty, expected != hash {
                return
                    "\(path) was made from another \(recorded) (sha256 \(hash.prefix(12))…, planned \(expected.prefix(12))…)"
            }
        }
        return nil
    }

    /// The table `plan assemble` writes to `summary.txt`: each job's wave, status, time and
    /// host from its log, and the totals.
    func summary() -> [String] {
        var lines = ["job   wave  status   seconds  host  output"]
        var total = 0.0
        var first = Double.infinity
        var last = 0.0
        var done = 0
        var failed = 0
        for job in jobs {
            let runs = PlanJobRecord.read(logFile(job.id))
            let status: String
            var seconds = "-"
            var host = "-"
            if let run = runs.last {
                status = run.status == 0 ? "ok" : "failed \(run.status)"
                seconds = String(format: "%.2f", run.seconds)
                host = run.host
                total += run.seconds
                first = min(first, run.started)
                last = max(last, run.started + run.seconds)
                if run.status == 0 { done += 1 } else { failed += 1 }
            } else {
                status = "not run"
            }
            lines.append(
                "\(Self.number(job.id))  \(String(job.wave).padding(toLength: 4, withPad: " ", startingAt: 0))  \(status.padding(toLength: 7, withPad: " ", startingAt: 0))  \(seconds.padding(toLength: 7, withPad: " ", startingAt: 0))  \(host)  \(job.output)"
            )
        }
        let span = last > first ? String(format: "%.2f s from the first start to the last end", last - first) : ""
        lines.append(
            "\(jobs.count) jobs: \(done) done, \(failed) failed, \(jobs.count - done - failed) not run; \(String(format: "%.2f", total)) s of job time\(span.isEmpty ? "" : ", " + span)"
        )
        return lines
    }
}
