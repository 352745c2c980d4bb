import Foundation
import LoraEngine
import LoraFormats

/// The language's own commands: echo, help, ls, source, drop, quit.
enum CoreCommands {
    static var all: [CommandSpec] { [echo, help, ls, drop, source, quit] }

    static let echo = CommandSpec(
        "echo", summary: "Print values, separated by spaces.", topic: "language",
        parameters: [ParameterSpec("values", .any, optional: true, variadic: true)],
        help: """
            Prints its arguments separated by single spaces and a newline. Strings interpolate
            `{expr}`; a bare word prints as itself unless it names a value.
            """,
        examples: ["echo \"w={w}\"", "echo 0.1 + 0.2", "echo $args"]
    ) { invocation in
        let values = try invocation.values("values")
        invocation.print(values.map(\.text).joined(separator: " "))
        return .nothing
    }

    static let help = CommandSpec(
        "help", summary: "Show the commands, or the help of one command or topic.", topic: "language",
        parameters: [ParameterSpec("topic", .text, optional: true)],
        help:
            "`help` lists every command; `help NAME` shows its usage, options and examples; `help syntax` explains the language.",
        examples: ["help", "help load", "help syntax"]
    ) { invocation in
        let interpreter = invocation.interpreter
        guard let topic = try invocation.text("topic") else {
            invocation.print(CommandReference.overview(interpreter.commands))
            return .nothing
        }
        if let spec = interpreter.commands[topic] {
            invocation.print(
                CommandReference.helpText(for: spec, width: Swift.min(interpreter.output.columns ?? 80, 100)))
        } else if let text = LanguageTopics.text(for: topic) {
            invocation.print(text)
        } else {
            throw invocation.error(
                "no help for '\(topic)' (try 'help' for the list)", at: "topic",
                suggestion: Suggestions.closest(to: topic, among: interpreter.commands.order + LanguageTopics.names))
        }
        return .nothing
    }

    static let ls = CommandSpec(
        "ls", summary: "List the session's names: what each holds.", topic: "language",
        help:
            "Lists every session name (bases, LoRAs, stacks, variables) with its kind and a summary, in the order they were bound.",
        examples: ["ls"]
    ) { invocation in
        let globals = invocation.interpreter.globals
        if globals.isEmpty {
            invocation.print("(the session is empty)")
        }
        let width = globals.map(\.0.count).max() ?? 0
        for (name, value) in globals {
            let padded = name.padding(toLength: width, withPad: " ", startingAt: 0)
            let kind = value.typeName.padding(toLength: 8, withPad: " ", startingAt: 0)
            invocation.print("\(padded)  \(kind)  \(value.text)")
        }
        return .nothing
    }

    static let drop = CommandSpec(
        "drop", summary: "Remove names from the session.", topic: "language",
        parameters: [ParameterSpec("names", .text, variadic: true)],
        help: "Forgets session names (files on disk are not touched).",
        examples: ["drop hero villain"]
    ) { invocation in
        // All or nothing: every name is checked before any is dropped.
        var names: [String] = []
        for expression in invocation.expressions("names") {
            let name = try invocation.interpreter.evaluate(expression, as: .text, label: "name").text
            guard invocation.interpreter.globals.contains(where: { $0.0 == name }) else {
                throw Diagnostic(
                    "no session name '\(name)'; nothing was dropped", at: expression.location,
                    suggestion: Suggestions.closest(to: name, among: invocation.interpreter.visibleNames))
            }
            names.append(name)
        }
        for name in names { _ = invocation.interpreter.unbind(name) }
        return .nothing
    }

    static let source = CommandSpec(
        "source", summary: "Run a script file in this session.", topic: "language",
        parameters: [
            ParameterSpec(
                "file", .path,
                help:
                    "the script; relative paths are tried from the current folder, then from the sourcing script's folder"
            ),
            ParameterSpec("arguments", .text, optional: true, variadic: true, help: "become $1 … $N inside the file"),
        ],
        help: """
            Runs FILE's statements in the current session: names it binds stay bound. With
            arguments, the file sees them as `$1 … $N` and `$args`; without, it sees the caller's.
            Files may source other files, up to 16 deep. An error inside the file is reported
            at its own file, line and column.
            """,
        examples: ["source setup.lsh", "source sweep.lsh hero 0.5"]
    ) { invocation in
        let interpreter = invocation.interpreter
        var path = try invocation.text("file")!
        if !path.hasPrefix("/"), !FileManager.default.fileExists(atPath: path),
            let directory = interpreter.currentScriptDirectory
        {
            let sibling = FilePaths.joined(directory, path)
            if FileManager.default.fileExists(atPath: sibling) { path = sibling }
        }
        let arguments = invocation.has("arguments") ? try invocation.values("arguments").map(\.text) : nil
        let outcome = try interpreter.runFile(path, arguments: arguments, at: invocation.location(of: "file"))
        switch outcome {
        case .success: return .nothing
        case .quit(let status): throw QuitRequest(status: status)
        case .interrupted: throw Interrupted()
        case .failure: throw SourceFailed()
        }
    }

    static let quit = CommandSpec(
        "quit", summary: "Leave lorash (Ctrl-D does the same).", topic: "language",
        parameters: [ParameterSpec("status", .integer, optional: true, help: "exit status, default 0")],
        help: "Ends the session; in a script, ends the script with the given exit status.",
        examples: ["quit", "quit 3"]
    ) { invocation in
        let status = try invocation.integer("status") ?? 0
        guard (0...255).contains(status) else {
            throw invocation.error("exit status must be 0…255, not \(status)", at: "status")
        }
        throw QuitRequest(status: Int32(status))
    }
}

/// A sourced file failed; its own error was already reported at its own location.
struct SourceFailed: Error, CustomStringConvertible {
    var description: String { "the sourced file failed (see the error above)" }
}
