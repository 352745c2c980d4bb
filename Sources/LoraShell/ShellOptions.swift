import LoraFormats

/// What the command line asked for.
public struct ShellOptions: Equatable, Sendable {
    /// How statements reach the shell.
    public enum Mode: Equatable, Sendable {
        /// The interactive REPL (or batch mode when stdin is not a terminal).
        case interactive
        /// `lorash FILE args…`.
        case script(path: String)
        /// `lorash -c "…"`.
        case command(String)
        /// `lorash -`: statements from standard input.
        case standardInput
        case version
        case help
        /// `--command-reference`: print the Markdown command reference (for Docs/Language.md).
        case commandReference
    }

    public var mode: Mode = .interactive
    public var arguments: [String] = []
    public var keepGoing = false
    public var quiet = false
    /// `--plan DIR`: plan the script into DIR instead of running it (`plan FILE ARG… into DIR`).
    public var planFolder: String?

    /// Why the command line was rejected (exit status 64).
    public struct UsageError: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    public static let usage = """
        usage: lorash [options] [FILE [ARG…] | -c TEXT [ARG…] | - [ARG…]]

          (no file)        interactive shell (batch mode when input is not a terminal)
          FILE [ARG…]      run a script; ARGs are $1 … $N inside it
          -c TEXT          run TEXT as a script
          -                read statements from standard input
          --keep-going, -k report every failing statement instead of stopping at the first
          --quiet, -q      print only what scripts echo, and errors
          --plan DIR       write FILE's outputs as jobs into DIR instead of running it
                           (the same as: lorash -c 'plan FILE ARG… into DIR'; Docs/Batch.md)
          --version        print the version
          --help, -h       print this help

        Exit status: 0 ok, 64 usage error, 65 script error, 70 internal error, 74 input error
        (standard input unreadable, or a loaded file truncated meanwhile), 130 interrupted
        (the table in Docs/Language.md, "Scripts and arguments", gives examples).
        """

    /// Parses `argv` without the program name.
    public static func parse(_ argv: [String]) throws(UsageError) -> ShellOptions {
        var options = ShellOptions()
        var index = 0
        while index < argv.count {
            let argument = argv[index]
            index += 1
            switch argument {
            case "--keep-going", "-k": options.keepGoing = true
            case "--quiet", "-q": options.quiet = true
            case "--plan":
                guard index < argv.count else { throw UsageError(description: "--plan needs the plan's folder") }
                options.planFolder = argv[index]
                index += 1
            case "--version", "-V": options.mode = .version; return options
            case "--help", "-h": options.mode = .help; return options
            case "--command-reference": options.mode = .commandReference; return options
            case "-c":
                guard index < argv.count else { throw UsageError(description: "-c needs the text to run") }
                options.mode = .command(argv[index])
                options.arguments = Array(argv[(index + 1)...])
                return options
            case "-":
                options.mode = .standardInput
                options.arguments = Array(argv[index...])
                return options
            case "--":
                guard index < argv.count else { return options }
                options.mode = .script(path: argv[index])
                options.arguments = Array(argv[(index + 1)...])
                return options
            default:
                if argument.hasPrefix("-") && argument.count > 1 {
                    let known = ["--keep-going", "--quiet", "--plan", "--version", "--help"]
                    let hint = Suggestions.closest(to: argument, among: known).map { "did you mean \($0)? " } ?? ""
                    throw UsageError(description: "unknown option '\(argument)' (\(hint)see lorash --help)")
                }
                options.mode = .script(path: argument)
                options.arguments = Array(argv[index...])
                return options
            }
        }
        return options
    }
}
