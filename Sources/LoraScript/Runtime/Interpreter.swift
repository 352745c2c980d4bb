import Foundation
import LoraEngine
import LoraFormats
import LoraKit

/// Runs lorash statements against one session.
///
/// One interpreter is one session: names bound by any script, `source`d file or REPL line stay
/// until the interpreter goes away. The interpreter never touches the terminal; it writes
/// results to `output` and hands diagnostics to `report`.
public final class Interpreter {
    /// What a run of some source ended with.
    public enum Outcome: Equatable, Sendable {
        /// Every statement ran.
        case success
        /// At least one statement failed (diagnostics were reported).
        case failure
        /// Ctrl-C stopped a command.
        case interrupted
        /// `quit [code]` was run.
        case quit(Int32)
    }

    /// The commands this session knows.
    public var commands: CommandTable
    public let output: OutputSink
    /// Receives every diagnostic, with its source line filled in.
    public var report: (Diagnostic) -> Void
    /// In a script, the first error stops the run unless this is set.
    public var keepGoing = false
    /// The REPL sets this: results of assignments are shown, errors never stop the session.
    public var isInteractive = false
    /// Suppresses informational output (summaries, progress); `echo` still prints.
    public var quiet = false
    /// `$1 … $N` and `$args` of the running script.
    public var scriptArguments: [String] = []
    /// `$0`, the running script's name.
    public var scriptName = "lorash"
    /// Set while `plan` runs a script: commands are recorded as jobs instead of run.
    var planner: Planner?
    /// Set by `job` at the top of a plan's job script: where its log goes.
    public internal(set) var planJob: PlanJobContext?

    /// The most files `source` may nest.
    public static let maximumSourceDepth = 16

    /// The session the commands make their requests to: the named objects, and the
    /// cancellation token Ctrl-C raises.
    public let session: Session
    var environment: Environment
    private var sourceTexts: [String: [SourceText]] = [:]
    private var sourceStack: [String] = []

    /// An interpreter running commands against `session` (a new one by default), writing to
    /// `output` (which also shows the session's progress lines).
    public init(
        commands: CommandTable = .standard, session: Session = Session(), output: OutputSink,
        report: @escaping (Diagnostic) -> Void
    ) {
        self.commands = commands
        self.session = session
        self.output = output
        self.report = report
        environment = Environment(session: session)
        session.progressSink = output
        session.languageNames = { [unowned self] name in
            switch self.environment.languageLookup(name) {
            case .object(let object)?: return .object(object)
            case let value?: return .value(typeName: value.typeName)
            case nil: return nil
            }
        }
    }

    // MARK: Running source

    /// Parses and runs `source`. Diagnostics go to `report`; the outcome says how it ended.
    @discardableResult
    public func run(_ source: SourceText) -> Outcome {
        remember(source)
        switch Parser.parse(source) {
        case .failure(let diagnostic):
            report(withSourceLine(diagnostic))
            return .failure
        case .incomplete(let open):
            // Reported where the unclosed thing opened: that is where the fix goes.
            var diagnostic = open
            if !open.message.contains("end of input") {
                diagnostic.message = "\(open.message) (the input ends before it is closed)"
            }
            report(withSourceLine(diagnostic))
            return .failure
        case .complete(let statements):
            return run(statements)
        }
    }

    /// Runs parsed statements, reporting errors; stops at the first unless `keepGoing` or interactive.
    public func run(_ statements: [Statement]) -> Outcome {
        var failed = false
        for statement in statements {
            do {
                try execute(statement)
            } catch let request as QuitRequest {
                return .quit(request.status)
            } catch let interrupted as Interrupted {
                // What was being written has been removed (or, for a scan, what was done is
                // kept); the session (in the REPL) is intact.
                report(Diagnostic(interrupted.description, at: statement.location))
                return .interrupted
            } catch is SourceFailed {
                failed = true  // the sourced file already reported its own error
                if !keepGoing { return .failure }
            } catch {
                report(withSourceLine(diagnostic(for: error, at: statement.location)))
                failed = true
                if !keepGoing { return .failure }
            }
        }
        return failed ? .failure : .success
    }

    /// Runs the file at `path` in this session (what `source` and the script runner do).
    /// - Throws: a `Diagnostic` if the file cannot be read or nests too deeply; `QuitRequest`.
    public func runFile(_ path: String, arguments: [String]? = nil, at location: SourceLocation?) throws -> Outcome {
        guard sourceStack.count < Self.maximumSourceDepth else {
            throw Diagnostic(
                "source nests more than \(Self.maximumSourceDepth) files deep (does '\(path)' source itself?)",
                at: location)
        }
        let text: String
        do {
            text = try Self.readScript(path)
        } catch {
            throw Diagnostic("\(error)", at: location)
        }
        let savedArguments = scriptArguments
        let savedName = scriptName
        if let arguments {
            scriptArguments = arguments
            scriptName = path
        }
        sourceStack.append(path)
        defer {
            sourceStack.removeLast()
            scriptArguments = savedArguments
            scriptName = savedName
        }
        // A `#!` line is a comment to us.
        let body = text.hasPrefix("#!") ? "#" + text.dropFirst(2) : text
        return run(SourceText(name: path, text: body))
    }

    /// Reads a script as UTF-8 text with a clear error for folders, missing and binary files.
    static func readScript(_ path: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ScriptFileError("cannot read '\(path)': no such file")
        }
        if isDirectory.boolValue { throw ScriptFileError("cannot read '\(path)': it is a folder, not a script") }
        // A pipe or device (/dev/zero) would block or never end: scripts are regular files.
        if let identity = FileIdentity.ifExists(path), !identity.isRegularFile {
            throw ScriptFileError(
                "cannot read '\(path)': it is not a regular file (a device, pipe or socket); save the script to a file")
        }
        guard access(path, R_OK) == 0, let data = FileManager.default.contents(atPath: path) else {
            throw ScriptFileError("cannot read '\(path)': \(String(cString: strerror(errno)).lowercased())")
        }
        guard let text = String(data: data, encoding: .utf8), !data.contains(0) else {
            throw ScriptFileError("cannot read '\(path)': it is not a UTF-8 text script")
        }
        return text
    }

    /// The folder of the script being run, for resolving relative `source` paths.
    var currentScriptDirectory: String? {
        sourceStack.last.map { FilePaths.folder(of: $0) }
    }

    // MARK: Statements

    func execute(_ statement: Statement) throws {
        try session.cancellation.check()
        switch statement {
        case .command(let call):
            let outer = bindingName
            bindingName = nil
            defer { bindingName = outer }
            if let planner, !Planner.runsWhilePlanning.contains(call.verb) {
                try planner.record(call, binding: nil, interpreter: self)
                return
            }
            let result = try invoke(call)
            show(result)
        case .assignment(let name, let nameLocation, let call):
            if let planner {
                let outer = bindingName
                bindingName = name
                defer { bindingName = outer }
                try planner.record(call, binding: name, interpreter: self)
                return
            }
            let result: Value
            if commands[call.verb] == nil, call.arguments.isEmpty, let existing = environment.lookup(call.verb) {
                result = existing  // `b = a` copies a name's value
            } else {
                let outer = bindingName
                bindingName = name
                defer { bindingName = outer }
                result = try invoke(call)
            }
            if case .nothing = result {
                throw Diagnostic("'\(call.verb)' returns nothing to bind to '\(name)'", at: nameLocation)
            }
            environment.bindGlobal(name, result)
            if isInteractive && !quiet { output.write("\(name) = \(result.text)") }
        case .binding(let name, let nameLocation, let expression, let isSet):
            let value = try evaluate(expression, as: .any, label: name, strict: true)
            if isSet {
                guard environment.rebind(name, value) else {
                    throw Diagnostic(
                        "'\(name)' is not defined (use 'let' to define it)", at: nameLocation,
                        suggestion: Suggestions.closest(to: name, among: environment.allNames))
                }
            } else {
                environment.bindLocal(name, value)
            }
        case .forLoop(let variable, _, let sequenceExpression, let body):
            let sequence = try evaluate(sequenceExpression, as: .any, label: "loop", strict: false)
            func run(_ element: Value) throws {
                try session.cancellation.check()
                environment.pushScope()
                defer { environment.popScope() }
                environment.bindLocal(variable, element)
                for inner in body { try execute(inner) }
            }
            // A range is walked value by value (never made into a list); Ctrl-C stops it between two.
            if case .range(let range) = sequence {
                for value in range.lazyValues { try run(.number(value)) }
                return
            }
            guard let elements = sequence.sequenceElements else {
                throw Diagnostic(
                    "'for' needs a list or a range to walk, not a \(sequence.typeName)", at: sequenceExpression.location
                )
            }
            for element in elements { try run(element) }
        }
    }

    /// Prints the value a bare command returned (`toy`, `merge a b`), except with `--quiet`,
    /// which prints only what scripts echo (and what `ls`, `info` and `help` are asked for).
    private func show(_ result: Value) {
        if quiet { return }
        switch result {
        case .nothing: return
        default: output.write(result.text)
        }
    }

    /// Binds a call's arguments to its command's declaration and runs it.
    /// The name the running command's result will be bound to (`m = merge …`), for recipes.
    public private(set) var bindingName: String?

    public func invoke(_ call: CommandCall) throws -> Value {
        guard let spec = commands[call.verb] else {
            // A name typed alone (`s` at the prompt) is a question about it, not a command.
            if call.arguments.isEmpty, lookup(call.verb) != nil || session.object(named: call.verb) != nil {
                throw Diagnostic(
                    "'\(call.verb)' is a name in the session, not a command: info \(call.verb) shows it, ls lists them all",
                    at: call.verbLocation)
            }
            let candidates = commands.order + environment.allNames
            throw Diagnostic(
                "unknown command '\(call.verb)'", at: call.verbLocation,
                suggestion: Suggestions.closest(to: call.verb, among: candidates))
        }
        var invocation = try CommandBinder.bind(call, to: spec, interpreter: self)
        if let name = bindingName {
            switch spec.result {
            case .value: break
            case .nothing:
                throw Diagnostic(
                    "'\(spec.name)' returns nothing to bind to '\(name)'; write it without '\(name) ='",
                    at: call.verbLocation)
            case .valueUnless(let argument) where invocation.has(argument):
                let word = spec.parameters.first { $0.name == argument }?.keyword ?? argument
                throw Diagnostic(
                    "'\(spec.name) … \(word) …' writes a file and returns nothing to bind to '\(name)'; write it without '\(name) ='",
                    at: call.verbLocation)
            case .valueUnless: break
            }
        }
        return try spec.action(&invocation)
    }

    // MARK: Names

    /// The value bound to `name`, if any (globals, loop scopes, `$1`…).
    public func lookup(_ name: String) -> Value? { environment.lookup(name) }

    /// Binds a session global (what `name = command` does).
    public func bind(_ name: String, _ value: Value) { environment.bindGlobal(name, value) }

    /// Removes a session global; false if it was not bound.
    @discardableResult
    public func unbind(_ name: String) -> Bool { environment.removeGlobal(name) }

    /// Session globals in the order they were bound.
    public var globals: [(String, Value)] { environment.globals }

    /// Every visible name.
    public var visibleNames: [String] { environment.allNames }

    // MARK: Diagnostics

    func diagnostic(for error: any Error, at location: SourceLocation) -> Diagnostic {
        if let diagnostic = error as? Diagnostic {
            return diagnostic.location == nil ? relocated(diagnostic, location) : diagnostic
        }
        if let parse = error as? ParseError { return parse.diagnostic }
        return Diagnostic("\(error)", at: location)
    }

    private func relocated(_ diagnostic: Diagnostic, _ location: SourceLocation) -> Diagnostic {
        var copy = diagnostic
        copy.location = location
        return copy
    }

    private func remember(_ source: SourceText) {
        sourceTexts[source.name, default: []].append(source)
        if sourceTexts[source.name]!.count > 64 { sourceTexts[source.name]!.removeFirst() }
    }

    /// The text of the source line at `location`, if this interpreter ran it (for recipes).
    public func sourceLine(at location: SourceLocation) -> String? {
        withSourceLine(Diagnostic("", at: location)).sourceLine
    }

    /// Fills in the quoted source line of a diagnostic from the texts this interpreter ran.
    func withSourceLine(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.sourceLine == nil, let location = diagnostic.location else { return diagnostic }
        var copy = diagnostic
        for source in (sourceTexts[location.file] ?? []).reversed() {
            if let line = source.line(location.line) {
                copy.sourceLine = line
                break
            }
        }
        return copy
    }
}

/// Thrown by `quit` to end the session with a status.
public struct QuitRequest: Error, Sendable {
    public var status: Int32
}

/// A script file that cannot be read.
struct ScriptFileError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
