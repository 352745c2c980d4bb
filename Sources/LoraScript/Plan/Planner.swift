import Foundation
import LoraFormats
import LoraKit

/// Records a script's statements instead of running them: what `plan SCRIPT into DIR` does.
///
/// The interpreter still runs the control flow (`for`, `let`, `set`, `source`, `echo`); every
/// other command is written down as the text it would have run (`recordedText`: variables and
/// interpolations evaluated, words as written). A statement that writes a file (`save`,
/// `convert`, `merge … into`, `render … to`) becomes a job: the statements its names depend on
/// (a backward slice through the names they define and use, in order) and then itself. A grid
/// becomes one job per cell, and an assembly script that composes the cells.
///
/// The language has no `if` and no values computed from a command's result, so the control
/// flow never depends on the heavy work the plan leaves out: the jobs together do exactly
/// what the script does.
final class Planner {
    /// One recorded statement that makes or changes session names.
    struct Entry {
        /// The statement's lines (`let` bindings it needs, then the command).
        var lines: [String]
        /// The names it binds or changes.
        var defines: Set<String>
        /// Whether it binds them afresh (`m = merge …`, `load … as m`), so nothing before it
        /// that made them matters; `weight s …` changes `s` in place.
        var isFresh: Bool
        /// The session names it reads.
        var uses: Set<String>
        /// The files it reads (absolute paths).
        var inputs: [String]
        /// Where it stands in the script.
        var location: SourceLocation
    }

    /// A file a job reads, with where it comes from.
    struct Input: Equatable {
        var path: String
        /// Its sha256 when the plan was made (a file that exists).
        var sha256: String?
        /// The job that writes it (a file the plan makes).
        var job: Int?
        /// The library name the script wrote for it (`load hero`, `stack base hero:0.8`): the
        /// job resolves the name again through the same library, and stops unless it still
        /// names this file.
        var libraryName: String?
    }

    /// One job: a statement that writes a file, and what it needs.
    struct Job {
        var id: Int
        var lines: [String]
        /// The command that writes the output, as recorded.
        var command: String
        var output: String
        var inputs: [Input]
        var location: SourceLocation
        /// The jobs whose outputs it reads.
        var after: [Int]
        var wave = 1
        /// For a grid cell: the grid's number, the cell (1-based) and the grid's cell count.
        var cell: (grid: Int, index: Int, of: Int)?
    }

    /// A grid split into cell jobs, and the script that composes it.
    struct Grid {
        var id: Int
        var output: String
        var lines: [String]
        var command: String
        var cells: [Int]
        var location: SourceLocation
    }

    /// The commands that run as usual while planning: they make no output and have no
    /// heavy work (`source` runs the file's statements through the planner).
    static let runsWhilePlanning: Set<String> = ["source", "quit", "echo", "help"]
    /// Commands that read or report and make nothing a job needs: left out quietly.
    static let leftOut: Set<String> = ["ls", "info", "show", "find", "compat", "dupes", "lineage"]
    /// Commands that change the library index: left out, with a warning.
    static let libraryChanges: Set<String> = ["library", "bookmark", "unbookmark", "tag", "note", "rate"]
    /// The parameter naming the output of each command that writes one.
    static let outputParameter: [String: String] = [
        "save": "path", "convert": "output", "merge": "path", "render": "path",
    ]

    /// The folder the script's relative paths are read from.
    let folder: String
    /// The plan's folder: its cells go under it.
    let planFolder: String
    private(set) var entries: [Entry] = []
    private(set) var jobs: [Job] = []
    private(set) var grids: [Grid] = []
    /// Warnings to print once planning is over.
    private(set) var warnings: [Diagnostic] = []
    /// Session names the plan has bound so far.
    private var names: Set<String> = []
    /// The job writing each output path.
    private var producers: [String: Int] = [:]
    /// Every file read so far, and where (an output may not replace it).
    private var readFiles: [String: SourceLocation] = [:]
    private var hashes: [String: String] = [:]
    /// The library names the script wrote for files, by the file's path.
    private var libraryNames: [String: String] = [:]
    /// The library those names were resolved in (absolute), when the script used any.
    private(set) var library: String?

    init(folder: String, planFolder: String) {
        self.folder = folder
        self.planFolder = planFolder
    }

    // MARK: Recording

    /// Records `call` (bound to `binding` when `name = call`) in place of running it.
    func record(_ call: CommandCall, binding: String?, interpreter: Interpreter) throws {
        guard let spec = interpreter.commands[call.verb] else {
            // `b = a`: a copy of a session name.
            if let binding, call.arguments.isEmpty, names.contains(call.verb) {
                append(
                    Entry(
                        lines: ["\(binding) = \(call.verb)"], defines: [binding], isFresh: true, uses: [call.verb],
                        inputs: [], location: call.verbLocation))
                return
            }
            _ = try interpreter.invoke(call)  // the unknown-command error, with its suggestion
            return
        }
        if Self.leftOut.contains(spec.name) { return }
        if Self.libraryChanges.contains(spec.name) || spec.name == "plan" || spec.name == "job"
            || spec.name == "require"
        {
            warnings.append(
                Diagnostic(
                    severity: .warning,
                    "'\(spec.name)' is left out of the plan (it makes no output a job writes); run it directly",
                    at: call.verbLocation))
            return
        }
        let invocation = try CommandBinder.bind(call, to: spec, interpreter: interpreter)
        if spec.name == "drop" {
            for name in try invocation.texts("names") { names.remove(name) }
            return
        }
        let command = invocation.recordedText
        let lines = letLines(call, interpreter: interpreter, keeping: command) + [command]
        let uses = try usedNames(invocation, interpreter: interpreter)
        let inputs = try inputFiles(invocation, interpreter: interpreter)

        if let parameter = Self.outputParameter[spec.name], invocation.has(parameter) {
            let output = Self.absolute(try invocation.text(parameter)!, in: folder)
            if spec.name == "render", invocation.word("target") == "grid", invocation.has("subject"),
                !invocation.has("cell"), !invocation.has("cells")
            {
                try addGrid(invocation, command: command, lines: lines, uses: uses, inputs: inputs, output: output)
            } else {
                try addJob(
                    lines: lines, command: command, uses: uses, inputs: inputs, output: output,
                    location: call.verbLocation)
            }
            return
        }
        var defines = Set<String>()
        var fresh = true
        if let binding {
            defines.insert(binding)
        } else if spec.name == "load" {
            let path = try invocation.text("path")!
            defines.insert(try invocation.text("name") ?? LoraFile.defaultName(for: path))
        } else if spec.name == "weight", let stack = invocation.word("stack") {
            defines.insert(stack)
            fresh = false
        } else if spec.name == "check", let first = spec.parameters.first,
            let lora = invocation.word(first.name), names.contains(lora)
        {
            // A gate: kept in every job that uses the LoRA, so a LoRA that does not fit stops them.
            defines.insert(lora)
            fresh = false
        }
        // A command that binds nothing and writes nothing (`toy` on its own) only shows its result.
        guard !defines.isEmpty else { return }
        names.formUnion(defines)
        append(
            Entry(
                lines: lines, defines: defines, isFresh: fresh, uses: uses, inputs: inputs,
                location: call.verbLocation))
    }

    private func append(_ entry: Entry) {
        names.formUnion(entry.defines)
        for path in entry.inputs where readFiles[path] == nil { readFiles[path] = entry.location }
        entries.append(entry)
    }

    /// The statements that make `uses`, in script order: a backward slice of the entries.
    private func slice(for uses: Set<String>) -> [Entry] {
        var needed = uses
        var kept: [Entry] = []
        for entry in entries.reversed() where !entry.defines.isDisjoint(with: needed) {
            kept.append(entry)
            if entry.isFresh { needed.subtract(entry.defines) }
            needed.formUnion(entry.uses)
        }
        return kept.reversed()
    }

    private func addJob(
        lines: [String], command: String, uses: Set<String>, inputs: [String], output: String,
        location: SourceLocation, cell: (grid: Int, index: Int, of: Int)? = nil
    ) throws {
        let slice = slice(for: uses)
        var files: [String] = []
        for path in slice.flatMap(\.inputs) + inputs where !files.contains(path) { files.append(path) }
        if cell == nil { try claim(output, at: location) }
        for path in inputs where readFiles[path] == nil { readFiles[path] = location }
        let id = jobs.count + 1
        var job = Job(
            id: id, lines: slice.flatMap(\.lines) + lines, command: command, output: output,
            inputs: try files.map { try input($0, at: location) }, location: location, after: [])
        job.after = Array(Set(job.inputs.compactMap(\.job))).sorted()
        job.wave = 1 + (job.after.map { jobs[$0 - 1].wave }.max() ?? 0)
        job.cell = cell
        jobs.append(job)
        if cell == nil { producers[output] = id }
    }

    /// Refuses a second job writing the same file, or a job writing over a file the plan reads.
    private func claim(_ output: String, at location: SourceLocation) throws {
        if output == planFolder || output.hasPrefix(planFolder + "/") {
            throw Diagnostic(
                "\(output) is inside the plan's folder (\(planFolder)): write outputs elsewhere, or plan into another folder",
                at: location)
        }
        if let other = producers[output] {
            throw Diagnostic(
                "\(output) is written twice in the plan (first by line \(jobs[other - 1].location.line)): each job needs its own output",
                at: location)
        }
        if let reader = readFiles[output] {
            throw Diagnostic(
                "\(output) is read at line \(reader.line) and written here: jobs run in any order, so write the new file elsewhere",
                at: location)
        }
        if grids.contains(where: { $0.output == output }) {
            throw Diagnostic("\(output) is the output of a grid of the plan: write this file elsewhere", at: location)
        }
    }

    private func input(_ path: String, at location: SourceLocation) throws -> Input {
        if let job = producers[path] { return Input(path: path, job: job) }
        if grids.contains(where: { $0.output == path }) {
            throw Diagnostic(
                "\(path) is a grid the plan assembles after its jobs: a job cannot read it; render it in another plan",
                at: location)
        }
        if let hash = hashes[path] { return Input(path: path, sha256: hash, libraryName: libraryNames[path]) }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
            do { _ = try FileHash.of(path: path) } catch { throw Diagnostic("\(error)", at: location) }
        }
        guard let hash = PlanFolder.hash(path) else {
            throw Diagnostic("\(path): cannot be read to record its sha256", at: location)
        }
        hashes[path] = hash
        return Input(path: path, sha256: hash, libraryName: libraryNames[path])
    }

    private func addGrid(
        _ invocation: CommandInvocation, command: String, lines: [String], uses: Set<String>, inputs: [String],
        output: String
    ) throws {
        let location = invocation.call.verbLocation
        try claim(output, at: location)
        let count = try cellCount(invocation)
        let id = grids.count + 1
        let cellFolder = Self.cellFolder(grid: id, in: planFolder)
        var cellJobs: [Int] = []
        for index in 1...count {
            let cellFile = Session.GridCells.file(index, in: cellFolder)
            // The plan's own file: a cell drawn again (after a failure, a new plan) replaces it.
            let replace = command.contains(" overwrite=") ? [] : ["overwrite=true"]
            let cellCommand = Self.replacingOutput(of: invocation, with: ["cell=\(index)"] + replace, path: cellFile)
            try addJob(
                lines: lines.dropLast() + [cellCommand], command: cellCommand, uses: uses, inputs: inputs,
                output: cellFile, location: location, cell: (id, index, count))
            cellJobs.append(jobs.count)
        }
        let assemble = command + " cells=\(Self.quoted(cellFolder))"
        let slice = slice(for: uses)
        grids.append(
            Grid(
                id: id, output: output, lines: slice.flatMap(\.lines) + lines.dropLast() + [assemble],
                command: command, cells: cellJobs, location: location))
    }

    /// How many cells a grid has: its axes' values multiplied, read as the grid reads them.
    private func cellCount(_ invocation: CommandInvocation) throws -> Int {
        var count = 1
        for axis in ["x", "y"] {
            guard let value = try invocation.value(axis) else { continue }
            switch value {
            case .labeledRange(_, let range): count *= range.count
            case .labeledList(_, let items), .list(let items): count *= items.count
            default:
                throw invocation.error(
                    "\(axis)= is written LORA:a..b step s or LORA:[w1, w2] (for example x=hero:0..1 step 0.25)",
                    at: axis)
            }
        }
        guard count <= 64 * 64 else { throw invocation.error("a grid has at most 64×64 cells", at: "x") }
        return count
    }

    // MARK: Words

    /// The folder of grid `grid`'s cells.
    static func cellFolder(grid: Int, in planFolder: String) -> String {
        FilePaths.joined(planFolder, "cells/grid-\(String(format: "%04d", grid))")
    }

    /// The grid command with `to PATH` replaced by `extra` options and `to path`.
    static func replacingOutput(of invocation: CommandInvocation, with extra: [String], path: String) -> String {
        invocation.recordedText(omitting: "path") + " " + extra.joined(separator: " ") + " to " + quoted(path)
    }

    /// A path as one word of a command.
    static func quoted(_ path: String) -> String { CommandInvocation.readableWord(path) }

    /// `path` made absolute against `folder`, `~` expanded, `.` and `..` resolved.
    static func absolute(_ path: String, in folder: String) -> String {
        let expanded = NSString(string: path).expandingTildeInPath
        let joined = expanded.hasPrefix("/") ? expanded : FilePaths.joined(folder, expanded)
        return URL(fileURLWithPath: joined).standardizedFileURL.path
    }

    /// `let NAME = VALUE` for each variable the call names by a bare word (a loop's `w` in
    /// `resize lora …`), so the job reads it as the script did.
    private func letLines(_ call: CommandCall, interpreter: Interpreter, keeping command: String) -> [String] {
        var lines: [String] = []
        // Words the recorded command no longer holds (a number put in their place) need none.
        var seen = Set<String>()
        let kept = Set(Self.nameTokens(command))
        func visit(_ expression: Expression) {
            switch expression {
            case .word(let word, _):
                guard kept.contains(word), !seen.contains(word),
                    let value = interpreter.environment.languageLookup(word)
                else { return }
                seen.insert(word)
                lines.append("let \(word) = \(Self.sourceText(value))")
            case .concatenation(let parts, _), .list(let parts, _), .labeledList(_, let parts, _):
                parts.forEach(visit)
            case .binary(_, let a, let b, _):
                visit(a)
                visit(b)
            case .unary(_, let a, _):
                visit(a)
            case .range(let a, let b, let c, _), .labeledRange(_, let a, let b, let c, _):
                visit(a)
                visit(b)
                c.map(visit)
            case .number, .string, .variable:
                return
            }
        }
        for argument in call.arguments {
            switch argument {
            case .positional(let expression): visit(expression)
            case .option(_, _, let expression): visit(expression)
            }
        }
        return lines
    }

    /// A value written so the language reads it back: numbers and words as `recordedText`
    /// writes them, lists and sweep axes in their own syntax.
    static func sourceText(_ value: Value) -> String {
        switch value {
        case .list(let items): return "[" + items.map(sourceText).joined(separator: ", ") + "]"
        case .range(let range): return range.text
        case .labeledRange(let label, let range): return "\(label):\(range.text)"
        case .labeledList(let label, let items):
            return "\(label):[" + items.map(sourceText).joined(separator: ", ") + "]"
        case .string(let text): return CommandInvocation.quotedString(text)
        default: return CommandInvocation.readableWord(value.text)
        }
    }

    /// The session names of the plan an invocation reads: every name-like piece of its
    /// non-path arguments (`hero` in `hero:0.8`, in `<lora:hero:0.8>`, in `x=hero:0..1`).
    private func usedNames(_ invocation: CommandInvocation, interpreter: Interpreter) throws -> Set<String> {
        var used = Set<String>()
        for (name, expression) in arguments(of: invocation)
        where ![.path, .newName].contains(kind(of: name, in: invocation.spec)) {
            let value = try interpreter.evaluate(expression, as: .any, label: name)
            for token in Self.nameTokens(Self.sourceText(value)) where names.contains(token) { used.insert(token) }
            if case .word(let word, _) = expression, names.contains(word) { used.insert(word) }
        }
        return used
    }

    /// The files an invocation reads: its path arguments other than the output, and words
    /// that name a file as a LoRA spec does (`hero` for `hero.safetensors`).
    private func inputFiles(_ invocation: CommandInvocation, interpreter: Interpreter) throws -> [String] {
        let output = Self.outputParameter[invocation.spec.name]
        var files: [String] = []
        func add(_ path: String) {
            let absolute = Self.absolute(path, in: folder)
            if !files.contains(absolute) { files.append(absolute) }
        }
        for (name, expression) in arguments(of: invocation) where name != output && name != "cells" {
            let kind = kind(of: name, in: invocation.spec)
            if name == "subject", invocation.word("target") == "from" {
                let text = try interpreter.evaluate(expression, as: .path, label: name).text
                let path = Self.absolute(text, in: folder)
                guard FileManager.default.fileExists(atPath: path) || producers[path] != nil else {
                    throw Diagnostic(
                        "\(text): no such file, and no job of the plan writes it", at: expression.location)
                }
                add(path)
                continue
            }
            // A library name where a session name goes (`save hero …`, `resize $n rank=2` with
            // $n a library name): the word, or the variable's text.
            if kind == .sessionName,
                case .string(let word)? = try? interpreter.evaluate(expression, as: .any, label: name),
                !names.contains(word),
                let path = try libraryFile(word, interpreter: interpreter, at: expression.location)
            {
                add(path)
                continue
            }
            if [.sessionName, .newName, .flag, .bool, .number, .integer].contains(kind) { continue }
            let value = try interpreter.evaluate(expression, as: kind == .path ? .path : .any, label: name)
            if kind == .path {
                let path = Self.absolute(value.text, in: folder)
                if !FileManager.default.fileExists(atPath: path), producers[path] == nil,
                    !FileManager.default.fileExists(atPath: path + ".safetensors"),
                    producers[path + ".safetensors"] == nil,
                    let found = try libraryFile(value.text, interpreter: interpreter, at: expression.location)
                {
                    add(found)
                    continue
                }
                guard FileManager.default.fileExists(atPath: path) || producers[path] != nil else {
                    throw Diagnostic(
                        "\(value.text): no such file, and no job of the plan writes it", at: expression.location)
                }
                add(path)
                continue
            }

            // LoRA specs: `name`, `name:0.8`, `<lora:name:0.8>`; a file in the folder if not a name.
            guard case .string(let text) = value else { continue }
            let specs = ["loras", "inputs"].contains(name)
            for word in text.split(separator: " ").map(String.init) {
                var stem = word
                let tag = stem.hasPrefix("<lora:") || stem.hasPrefix("<lyco:")
                if tag { stem = String(stem.dropFirst(6).prefix { $0 != ">" }) }
                if let colon = stem.firstIndex(of: ":") { stem = String(stem[..<colon]) }
                guard !stem.isEmpty, !names.contains(stem) else { continue }
                var found = false
                for candidate in [stem, stem + ".safetensors"] {
                    let path = Self.absolute(candidate, in: folder)
                    var isFolder: ObjCBool = false
                    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) || producers[path] != nil {
                        if isFolder.boolValue
                            && !FileManager.default.fileExists(atPath: PeftFolder.tensorFile(of: path))
                        {
                            continue
                        }
                        add(path)
                        found = true
                        break
                    }
                }
                // Not a file here: a library name (`stack base hero:0.8`, `<lora:hero:0.8>`).
                if !found, specs || tag,
                    let path = try libraryFile(stem, interpreter: interpreter, at: expression.location)
                {
                    add(path)
                }
            }
        }
        return files
    }

    /// The file a library name stands for, remembered with the name and the library it came
    /// from (the jobs resolve it there again); nil when there is no library or no such name.
    private func libraryFile(_ name: String, interpreter: Interpreter, at location: SourceLocation) throws -> String? {
        guard !name.contains("/") else { return nil }
        let found: String?
        do { found = try interpreter.session.libraryFile(named: name) } catch {
            throw Diagnostic(error.message, at: location)
        }
        guard let found else { return nil }
        let path = Self.absolute(found, in: folder)
        libraryNames[path] = name
        library = Self.absolute(interpreter.session.libraryPath, in: folder)
        return path
    }

    private func arguments(of invocation: CommandInvocation) -> [(String, Expression)] {
        var all: [(String, Expression)] = []
        for parameter in invocation.spec.parameters {
            for expression in invocation.expressions(parameter.name) { all.append((parameter.name, expression)) }
        }
        for option in invocation.spec.options {
            if let expression = invocation.options[option.name]?.value { all.append((option.name, expression)) }
        }
        return all
    }

    private func kind(of name: String, in spec: CommandSpec) -> ValueKind {
        spec.parameters.first { $0.name == name }?.kind ?? spec.options.first { $0.name == name }?.kind ?? .any
    }

    /// The identifier-like pieces of a text (`hero` and `0` and `8` of `hero:0.8`).
    static func nameTokens(_ text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
    }
}
