import Foundation
import LoraEngine
import LoraFormats

/// A command call bound to its declaration: the action reads its arguments from here, typed
/// as the declaration says, and reports errors at the argument that caused them.
public struct CommandInvocation {
    public let spec: CommandSpec
    public let call: CommandCall
    /// The interpreter running the command (for `source`, `help`, output and the session).
    public let interpreter: Interpreter
    /// Positional expressions by parameter name (several for a variadic parameter).
    let positionals: [String: [Expression]]
    /// Option expressions by option name.
    let options: [String: (value: Expression, location: SourceLocation)]

    /// Where the command's verb stands.
    public var location: SourceLocation { call.verbLocation }

    /// Whether the named positional argument or option was given.
    public func has(_ name: String) -> Bool { positionals[name] != nil || options[name] != nil }

    /// The location of an argument or option, falling back to the verb.
    public func location(of name: String) -> SourceLocation {
        if let expression = positionals[name]?.first { return expression.location }
        if let option = options[name] { return option.location }
        return call.verbLocation
    }

    /// Refuses an output path that names a file some object of the session reads from (a
    /// loaded checkpoint or LoRA, or one a stack is made of), even with `overwrite=true`:
    /// inputs are never replaced, and the object would no longer describe its file.
    /// A folder (a PEFT output) is checked through the two files it would get. Only needed
    /// with `overwrite=true`: without it, any existing file is refused anyway.
    public func refuseLoadedFile(_ path: String, at argument: String) throws {
        let peft = PeftFolder.files(in: path)
        let targets = [path, peft.model, peft.config].compactMap(FileIdentity.ifExists)
        guard !targets.isEmpty else { return }
        for name in interpreter.visibleNames {
            guard case .object(let object) = interpreter.lookup(name) else { continue }
            for file in object.sourceFiles {
                if let identity = FileIdentity.ifExists(file), targets.contains(where: identity.sameFile(as:)) {
                    throw error(
                        "\(path): this file is loaded in the session (\(name) reads it); write to another file, or drop \(name) first",
                        at: argument)
                }
            }
        }
    }

    /// `overwrite=true` was given: then also refuses a target loaded in the session.
    func overwriteChecked(path: String, at argument: String) throws -> Bool {
        let overwrite = try bool("overwrite") ?? false
        if overwrite { try refuseLoadedFile(path, at: argument) }
        return overwrite
    }

    /// The command as it ran, for a file's recipe: `name = verb args…` with variables and
    /// interpolations evaluated (a loop's `"out/w{w}.png"` is recorded as `out/w0.5.png`) and
    /// without comments. Session names and other bare words stay as written.
    public var recordedText: String {
        let numericOptions = Set(spec.options.filter { [.number, .integer, .bool].contains($0.kind) }.map(\.name))
        let numericArguments = spec.parameters.filter { [.number, .integer].contains($0.kind) }.flatMap { positionals[$0.name] ?? [] }.map(\.location)
        func recorded(_ expression: Expression, numeric: Bool) -> String {
            // A bare word is a name or text as written, except a variable where a number goes.
            if let word = expression.wordText {
                if numeric, let value = interpreter.lookup(word), value.isPlain { return Self.readableWord(value.text) }
                return Self.readableWord(word)
            }
            guard let value = try? interpreter.evaluate(expression, as: numeric ? .any : .text, label: "argument") else { return "?" }
            return Self.readableWord(value.text)
        }
        var parts = [call.verb]
        for argument in call.arguments {
            switch argument {
            case .positional(let expression):
                parts.append(recorded(expression, numeric: numericArguments.contains(expression.location)))
            case .option(let name, _, let expression):
                parts.append(name + "=" + recorded(expression, numeric: numericOptions.contains(name)))
            }
        }
        return (interpreter.bindingName.map { "\($0) = " } ?? "") + parts.joined(separator: " ")
    }

    /// `text` as one argument that reads back as the same text: bare when the lexer gives it
    /// back whole as a word or the same number, else in double quotes with `"`, `\`, `{`, `}`
    /// and `$` escaped.
    static func readableWord(_ text: String) -> String {
        if !text.isEmpty, case .complete(let statements) = Parser.parse(SourceText(name: "", text: "echo " + text)),
            statements.count == 1, case .command(let call) = statements[0], call.arguments.count == 1,
            case .positional(let expression) = call.arguments[0]
        {
            if expression.wordText == text { return text }
            if case .number(let value, _) = expression, NumberFormatting.shortest(value) == text { return text }
        }
        var escaped = ""
        for c in text {
            if "\"\\{}$".contains(c) { escaped.append("\\") }
            escaped.append(c)
        }
        return "\"" + escaped + "\""
    }

    /// The recipe of a LoRA this command makes from `inputs`: their own recipes' commands,
    /// then this command; the files they were read from (hashed when it is saved).
    func derivedRecipe(from inputs: [LoraAdapter], files: [String] = []) -> Provenance {
        var commands: [String] = []
        var paths: [String] = files
        for input in inputs {
            if let recipe = input.recipe {
                for command in recipe.commands where !commands.contains(command) { commands.append(command) }
                paths += recipe.inputs.map(\.path)
            } else if !input.sourcePath.isEmpty {
                paths.append(PeftFolder.tensorFile(of: input.sourcePath))
            }
        }
        return Provenance(commands: commands + [recordedText], inputs: Provenance.inputs(paths, hashing: false))
    }

    /// Creates the folder an output goes into when it is missing (with its parents, as
    /// `mkdir -p`), so `save`, `convert`, `merge … into` and `render` all write into new folders.
    func createFolder(for path: String, at argument: String) throws {
        let directory = FilePaths.folder(of: path)
        guard !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) else { return }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw self.error("cannot create the folder '\(directory)': \(error.localizedDescription)", at: argument)
        }
    }

    /// An error located at the named argument (or at the verb).
    public func error(_ message: String, at name: String? = nil, suggestion: String? = nil) -> Diagnostic {
        Diagnostic(message, at: name.map(location(of:)) ?? call.verbLocation, suggestion: suggestion)
    }

    private func kind(of name: String) -> ValueKind {
        if let parameter = spec.parameters.first(where: { $0.name == name }) { return parameter.kind }
        if let option = spec.options.first(where: { $0.name == name }) { return option.kind }
        preconditionFailure("command \(spec.name) has no argument \(name)")
    }

    private func expression(_ name: String) -> Expression? {
        positionals[name]?.first ?? options[name]?.value
    }

    /// The argument's value, read as its declared kind; nil when not given.
    public func value(_ name: String) throws -> Value? {
        guard let expression = expression(name) else { return nil }
        return try interpreter.evaluate(expression, as: kind(of: name), label: name)
    }

    /// Every value of a variadic argument.
    public func values(_ name: String) throws -> [Value] {
        try (positionals[name] ?? []).map { try interpreter.evaluate($0, as: kind(of: name), label: name) }
    }

    /// The expressions of a variadic argument, for commands that read them their own way.
    public func expressions(_ name: String) -> [Expression] { positionals[name] ?? [] }

    public func number(_ name: String) throws -> Double? {
        guard let value = try value(name) else { return nil }
        guard case .number(let number) = value else {
            throw error("\(name) must be a number, not a \(value.typeName)", at: name)
        }
        return number
    }

    public func integer(_ name: String) throws -> Int? {
        guard let number = try number(name) else { return nil }
        guard number == number.rounded(), abs(number) < 1e15 else {
            throw error("\(name) must be a whole number, not \(NumberFormatting.shortest(number))", at: name)
        }
        return Int(number)
    }

    public func bool(_ name: String) throws -> Bool? {
        guard let value = try value(name) else { return nil }
        guard case .bool(let flag) = value else {
            throw error("\(name) must be true or false, not \(value.text)", at: name)
        }
        return flag
    }

    /// Text of the argument (paths expanded, words literal).
    public func text(_ name: String) throws -> String? {
        try value(name).map(\.text)
    }

    /// Writes a line of output.
    public func print(_ line: String) { interpreter.output.write(line) }
}
