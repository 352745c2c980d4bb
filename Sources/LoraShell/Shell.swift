import Foundation
import LoraEngine
import LoraKit
import LoraScript

#if canImport(Glibc)
    import Glibc
#endif

/// The lorash program: reads the command line, runs a script, a `-c` text, standard input or
/// the REPL, and returns the exit status.
public enum Shell {
    /// The version `--version` prints.
    public static let version = "0.1.0"

    /// Exit statuses (sysexits-style).
    public enum ExitStatus {
        public static let ok: Int32 = 0
        public static let usage: Int32 = 64
        public static let scriptError: Int32 = 65
        public static let internalError: Int32 = 70
        public static let inputError: Int32 = 74
        public static let interrupted: Int32 = 130
    }

    /// The first line of an interactive session.
    static var banner: String { "lorash \(version) — a LoRA shell. 'help' lists the commands, Ctrl-D leaves." }

    /// Runs lorash with `arguments` (without the program name) and returns the exit status.
    public static func main(_ arguments: [String]) -> Int32 {
        let options: ShellOptions
        do {
            options = try ShellOptions.parse(arguments)
        } catch {
            Terminal.writeError("lorash: \(error.description)\n\(ShellOptions.usage)\n")
            return ExitStatus.usage
        }
        switch options.mode {
        case .version:
            print("lorash \(version)")
            return ExitStatus.ok
        case .help:
            print(ShellOptions.usage)
            return ExitStatus.ok
        case .commandReference:
            print(CommandReference.markdown(.standard))
            return ExitStatus.ok
        default:
            break
        }
        if options.planFolder != nil {
            guard case .script = options.mode else {
                Terminal.writeError("lorash: --plan plans a script file: lorash --plan DIR FILE [ARG…]\n")
                return ExitStatus.usage
            }
        }
        do {
            _ = try ParallelFor.threadCount(setting: ProcessInfo.processInfo.environment[ParallelFor.threadsVariable])
        } catch {
            Terminal.writeError("lorash: \(error.description)\n")
            return ExitStatus.usage
        }

        let color = Terminal.colorEnabled(forErrorStream: true)
        let errorOnTerminal = Terminal.errorIsTerminal
        // One token for the session: Ctrl-C cancels it, the shell resets it before each statement.
        let interrupt = CancellationToken()
        let session = Session(cancellation: interrupt)
        let interpreter = Interpreter(session: session, output: StandardOutput()) { diagnostic in
            // After Ctrl-C the terminal has echoed "^C": start the message on its own line.
            let start = errorOnTerminal && interrupt.isCancelled ? "\n" : ""
            Terminal.writeError(start + diagnostic.rendered(color: color) + "\n")
        }
        interpreter.keepGoing = options.keepGoing
        interpreter.quiet = options.quiet
        interpreter.scriptArguments = options.arguments
        SignalHandling.installInterruptHandler(cancelling: interrupt)

        switch options.mode {
        case .script(let path) where options.planFolder != nil:
            interrupt.reset()
            if !FileManager.default.isReadableFile(atPath: path) {
                Terminal.writeError("lorash: cannot read '\(path)': no such file\n")
                return ExitStatus.usage
            }
            let statement = Interpreter.planStatement(
                script: path, arguments: options.arguments, into: options.planFolder!)
            return status(for: interpreter.run(SourceText(name: "<command>", text: statement)))
        case .script(let path):
            interpreter.scriptName = path
            do {
                let code = status(for: try interpreter.runFile(path, arguments: options.arguments, at: nil))
                interpreter.finishPlanJob(status: code)
                return code
            } catch let diagnostic as Diagnostic {
                Terminal.writeError("lorash: \(diagnostic.message)\n")
                return ExitStatus.usage
            } catch {
                Terminal.writeError("lorash: \(error)\n")
                return ExitStatus.internalError
            }
        case .command(let text):
            interpreter.scriptName = "<command>"
            interrupt.reset()
            return status(for: interpreter.run(SourceText(name: "<command>", text: text)))
        case .standardInput:
            return runLines(PlainLineReader(interrupt: interrupt), interpreter: interpreter, interactive: false)
        case .interactive:
            if Terminal.supportsLineEditing {
                setlocale(LC_CTYPE, "")
                let completer = Completer(interpreter: interpreter)
                if let reader = EditLineReader(
                    historyPath: HistoryFile.path(), complete: completer.candidates(for:), interrupt: interrupt)
                {
                    interpreter.isInteractive = true
                    if !options.quiet {
                        print(banner)
                    }
                    return runLines(reader, interpreter: interpreter, interactive: true)
                }
            }
            // A terminal that cannot edit (TERM=dumb or unset): plain lines, still with a prompt.
            let onTerminal = Terminal.inputIsTerminal
            interpreter.isInteractive = onTerminal
            if onTerminal && Terminal.outputIsTerminal && !options.quiet {
                print(banner)
            }
            return runLines(
                PlainLineReader(showsPrompt: onTerminal && Terminal.outputIsTerminal, interrupt: interrupt),
                interpreter: interpreter,
                interactive: onTerminal)
        case .version, .help, .commandReference:
            return ExitStatus.ok
        }
    }

    /// Reads statements line by line (asking for more while the parser says "incomplete"),
    /// running each as soon as it is complete. Interactive: errors never end the session and
    /// Ctrl-C discards the line. Batch: the first error ends the run unless `--keep-going`.
    static func runLines(_ reader: LineReader, interpreter: Interpreter, interactive: Bool) -> Int32 {
        let name = "<stdin>"
        var lines: [String] = []
        var lineNumber = 0
        var firstLine = 1
        var failed = false
        while true {
            let prompt = lines.isEmpty ? "lorash> " : "   ...> "
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                if !lines.isEmpty {
                    let source = SourceText(name: name, text: lines.joined(separator: "\n"), firstLine: firstLine)
                    let outcome = interpreter.run(source)  // reports the unclosed block
                    if outcome != .success { failed = true }
                    // Interactive: Ctrl-D at `...>` drops the unfinished statement, not the
                    // session; a second Ctrl-D, on the empty prompt, leaves.
                    if interactive {
                        Terminal.writeError("(the unfinished statement was discarded; Ctrl-D again leaves lorash)\n")
                        lines = []
                        continue
                    }
                }
                return failed && !interactive ? ExitStatus.scriptError : ExitStatus.ok
            case .failed(let reason):
                Terminal.writeError("lorash: \(reason)\n")
                return ExitStatus.inputError
            case .interrupted:
                // Ctrl-C at the prompt discards the line; while reading a script from a pipe it
                // ends the run, as it would during a command.
                if !interactive { return ExitStatus.interrupted }
                lines = []
                continue
            case .line(let line):
                lineNumber += 1
                if lines.isEmpty { firstLine = lineNumber }
                lines.append(line)
                let source = SourceText(name: name, text: lines.joined(separator: "\n"), firstLine: firstLine)
                if Parser.parse(source).isIncomplete { continue }
                if interactive { reader.addHistory(HistoryFile.entry(for: lines)) }
                lines = []
                interpreter.session.cancellation.reset()
                switch interpreter.run(source) {
                case .success:
                    break
                case .quit(let status):
                    return status
                case .interrupted:
                    if !interactive { return ExitStatus.interrupted }
                case .failure:
                    failed = true
                    if !interactive && !interpreter.keepGoing { return ExitStatus.scriptError }
                }
            }
        }
    }

    static func status(for outcome: Interpreter.Outcome) -> Int32 {
        switch outcome {
        case .success: return ExitStatus.ok
        case .failure: return ExitStatus.scriptError
        case .interrupted: return ExitStatus.interrupted
        case .quit(let status): return status
        }
    }
}
