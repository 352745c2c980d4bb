import Foundation
import LoraEngine
import LoraFormats
import LoraKit

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

    /// The command as it ran, for a file's recipe: `name = verb args…` with variables and
    /// interpolations evaluated (a loop's `"out/w{w}.png"` is recorded as `out/w0.5.png`) and
    /// without comments. Session names and other bare words stay as written.
    public var recordedText: String { recordedText(omitting: nil) }

    /// `recordedText` without positional parameter `omitted` and its keyword (`render s to
    /// out/a.png` recorded as `render s`): a picture's recipe that does not hold its own path,
    /// so the same render writes the same bytes wherever it goes.
    public func recordedText(omitting omitted: String?) -> String {
        let numericOptions = Set(spec.options.filter { [.number, .integer, .bool].contains($0.kind) }.map(\.name))
        let numericArguments = spec.parameters.filter { [.number, .integer].contains($0.kind) }.flatMap {
            positionals[$0.name] ?? []
        }.map(\.location)
        func recorded(_ expression: Expression, numeric: Bool) -> String {
            // A bare word is a name or text as written, except a variable where a number goes.
            if let word = expression.wordText {
                if numeric, let value = interpreter.lookup(word), value.isPlain { return Self.readableWord(value.text) }
                return Self.readableWord(word)
            }
            switch expression {
            case .list, .labeledList, .range, .labeledRange:
                // Sweep axes and lists in their own syntax (`x=hero:0..1 step 0.5`), not as text.
                guard let value = try? interpreter.evaluate(expression, as: .any, label: "argument") else { return "?" }
                return Planner.sourceText(value)
            default:
                // A variable holding a sweep axis or a list (`let ax = hero:0..1 step 0.5`, x=$ax).
                if let value = try? interpreter.evaluate(expression, as: .any, label: "argument") {
                    switch value {
                    case .list, .labeledList, .range, .labeledRange: return Planner.sourceText(value)
                    default: break
                    }
                }
                guard let value = try? interpreter.evaluate(expression, as: numeric ? .any : .text, label: "argument")
                else { return "?" }
                return Self.readableWord(value.text)
            }
        }
        var parts = [call.verb]
        let skipped = Set(omitted.flatMap { positionals[$0] }?.map(\.location) ?? [])
        let keyword = omitted.flatMap { name in spec.parameters.first { $0.name == name }?.keyword }
        for (index, argument) in call.arguments.enumerated() {
            switch argument {
            case .positional(let expression):
                if skipped.contains(expression.location) { continue }
                // The keyword before an omitted argument (`to` of `to PATH`) goes with it.
                if let keyword, expression.wordText == keyword, index + 1 < call.arguments.count,
                    case .positional(let next) = call.arguments[index + 1], skipped.contains(next.location)
                {
                    continue
                }
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
        return quotedString(text)
    }

    /// `text` in double quotes, with `"`, `\`, `{`, `}` and `$` escaped: a string literal that
    /// reads back as `text`.
    static func quotedString(_ text: String) -> String {
        var escaped = ""
        for c in text {
            if "\"\\{}$".contains(c) { escaped.append("\\") }
            escaped.append(c)
        }
        return "\"" + escaped + "\""
    }

    // MARK: Session requests

    /// The session the command makes its request to.
    public var session: Session { interpreter.session }

    /// The word written for an argument (a session name as typed), if it is a bare word.
    public func word(_ name: String) -> String? { expression(name)?.wordText }

    /// The session object an argument holds, or nil when it was not given.
    /// - Throws: a diagnostic at the argument when it holds a plain value (a number, a string).
    public func object(_ name: String, expecting expected: String) throws -> (any SessionObject)? {
        guard let value = try value(name) else { return nil }
        // A quoted library name (`info "[Pony] hero (v2)"`) stands for its file too.
        if case .string(let text) = value {
            let found: (any SessionObject)?
            do { found = try session.libraryObject(named: text) } catch { throw self.error(error.message, at: name) }
            if let found { return found }
        }
        guard case .object(let object) = value else {
            let text = word(name) ?? value.text
            let hint =
                text.contains("/") || text.hasSuffix(".safetensors")
                ? "; a file is loaded first: load \(text) as NAME" : ""
            throw error("'\(text)' is a \(value.typeName), not \(expected)\(hint)", at: name)
        }
        return object
    }

    /// Runs one session request, turning a `SessionError` into a diagnostic at the argument it
    /// is about (an input by its declared name, or a LoRA where it is written among the spec
    /// words of the variadic parameter `loras`). `Interrupted` passes through.
    public func perform<T>(loras: String? = nil, _ request: () throws -> T) throws -> T {
        do {
            return try request()
        } catch let error as SessionError {
            throw diagnostic(for: error, loras: loras)
        }
    }

    /// The diagnostic of a session error.
    func diagnostic(for error: SessionError, loras: String?) -> Diagnostic {
        let location: SourceLocation
        switch error.subject {
        case .input(let name)
        where spec.parameters.contains { $0.name == name } || spec.options.contains { $0.name == name }:
            location = self.location(of: name)
        case .lora(let name, let last):
            location = self.location(ofLora: name, last: last, among: loras)
        default:
            location = call.verbLocation
        }
        return Diagnostic(error.message, at: location, suggestion: error.suggestion)
    }

    /// Where the LoRA `name` is written among the words of `parameter` (a spec `name:…` or an
    /// A1111 tag `<lora:name…>`; its last place when asked), else where those words start.
    func location(ofLora name: String, last: Bool, among parameter: String?) -> SourceLocation {
        guard let parameter else { return call.verbLocation }
        let expressions = self.expressions(parameter)
        if !name.isEmpty {
            let words = expressions.map { (try? interpreter.evaluate($0, as: .text, label: "LoRA").text) ?? "" }
            let pairs = Array(zip(words, expressions))
            for (word, expression) in last ? pairs.reversed() : pairs {
                if word == name || word.hasPrefix(name + ":") || word.contains("<lora:\(name):")
                    || word.contains("<lora:\(name)>")
                    || word.contains("<lyco:\(name):") || word.contains("<lyco:\(name)>")
                {
                    return expression.location
                }
            }
        }
        return expressions.first?.location ?? call.verbLocation
    }

    /// The texts of a variadic argument's words (LoRA specs, names), evaluated as text.
    public func texts(_ name: String) throws -> [String] {
        try expressions(name).map { try interpreter.evaluate($0, as: .text, label: name).text }
    }

    /// Prints `lines` unless the session runs `--quiet`.
    public func report(_ lines: [String]) {
        guard !interpreter.quiet else { return }
        for line in lines { print(line) }
    }

    /// Reports warnings (the session's words) at the argument they are about, as diagnostics
    /// of severity warning: on standard error with the source line, and the command goes on.
    public func warn(_ warnings: [SessionError], loras: String? = nil) {
        for warning in warnings {
            var diagnostic = diagnostic(for: warning, loras: loras)
            diagnostic.severity = .warning
            interpreter.report(interpreter.withSourceLine(diagnostic))
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
