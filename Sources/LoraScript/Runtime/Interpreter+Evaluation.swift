import Foundation
import LoraFormats
import LoraKit

extension Interpreter {
    /// Evaluates an expression for an argument of the given kind.
    ///
    /// Bare words are read by kind: for `path`, `text`, `newName` and `choice` they are taken
    /// literally; for `sessionName` they must name a bound value; otherwise a word that names a
    /// bound value gives that value, `true`/`false` give booleans, and any other word is text
    /// (an error instead when `strict`, as in `let` and `{…}`, or when a number is expected).
    public func evaluate(_ expression: Expression, as kind: ValueKind, label: String, strict: Bool = false) throws
        -> Value
    {
        let value = try evaluateRaw(expression, kind: kind, strict: strict)
        if case .object(let object) = value, let (path, change) = object.changedSource {
            throw Diagnostic(
                "\(path) changed on disk since it was loaded (\(change)); load it again before using it",
                at: expression.location)
        }
        return try coerce(value, to: kind, label: label, at: expression.location)
    }

    private func coerce(_ value: Value, to kind: ValueKind, label: String, at location: SourceLocation) throws -> Value
    {
        switch kind {
        case .number, .integer:
            if case .number = value { return value }
            if case .string(let text) = value, let number = Double(text) { return .number(number) }
            throw Diagnostic("\(label) must be a number, not \(describe(value))", at: location)
        case .bool:
            if case .bool = value { return value }
            if case .string(let text) = value, let flag = Bool(text) { return .bool(flag) }
            throw Diagnostic("\(label) must be true or false, not \(describe(value))", at: location)
        case .choice(let words):
            let text = value.text
            guard words.contains(text) else {
                throw Diagnostic(
                    "\(label) must be one of \(words.joined(separator: ", ")), not '\(text)'", at: location,
                    suggestion: Suggestions.closest(to: text, among: words))
            }
            return .string(text)
        case .path:
            if case .string(let text) = value { return .string(Self.expandTilde(text)) }
            if case .number = value { return .string(value.text) }
            throw Diagnostic("\(label) must be a path, not a \(value.typeName)", at: location)
        case .newName:
            guard case .string(let text) = value, Parser.isIdentifier(text) else {
                throw Diagnostic(
                    "\(label) must be a name (letters, digits and _), not \(describe(value))", at: location)
            }
            return value
        case .text:
            if case .list = value { return value }
            return .string(value.text)
        case .any, .sessionName, .flag, .sessionOrWord:
            return value
        }
    }

    private func describe(_ value: Value) -> String {
        switch value {
        case .string(let text): return "'\(text)'"
        case .number, .bool: return value.text
        default: return "a \(value.typeName)"
        }
    }

    private func evaluateRaw(_ expression: Expression, kind: ValueKind, strict: Bool) throws -> Value {
        switch expression {
        case .number(let value, _):
            return .number(value)
        case .word(let word, let location):
            return try evaluateWord(word, kind: kind, strict: strict, at: location)
        case .string(let parts, _):
            var text = ""
            for part in parts {
                switch part {
                case .text(let piece): text += piece
                case .expression(let inner): text += try evaluate(inner, as: .any, label: "value", strict: true).text
                }
            }
            return .string(text)
        case .variable(let name, let location):
            return try variable(name, at: location)
        case .list(let elements, _):
            return .list(try elements.map { try evaluateRaw($0, kind: .any, strict: strict) })
        case .labeledList(let label, let elements, _):
            return .labeledList(label, try elements.map { try evaluateRaw($0, kind: .any, strict: strict) })
        case .range(let startExpression, let endExpression, let stepExpression, let location):
            let start = try number(startExpression, strict: strict)
            let end = try number(endExpression, strict: strict)
            let step = try stepExpression.map { try number($0, strict: strict) }
            do {
                return .range(try NumericRange(start: start, end: end, step: step))
            } catch {
                throw Diagnostic(error.description, at: stepExpression?.location ?? location)
            }
        case .labeledRange(let label, let startExpression, let endExpression, let stepExpression, let location):
            let start = try number(startExpression, strict: strict)
            let end = try number(endExpression, strict: strict)
            let step = try stepExpression.map { try number($0, strict: strict) }
            // A weight sweep counted by 1 that misses its own end (`hero:0..1.5` is 0 and 1)
            // is almost always a missing step.
            let span = end - start
            if step == nil, span.isFinite, abs(span - span.rounded()) > 1e-9 * Swift.max(1, abs(span)) {
                throw Diagnostic(
                    "\(label):\(NumberFormatting.shortest(start))..\(NumberFormatting.shortest(end)) counts by 1 and never reaches \(NumberFormatting.shortest(end)): give a step (\(label):\(NumberFormatting.shortest(start))..\(NumberFormatting.shortest(end)) step 0.25)",
                    at: location)
            }
            do {
                return .labeledRange(label, try NumericRange(start: start, end: end, step: step))
            } catch {
                throw Diagnostic(error.description, at: stepExpression?.location ?? location)
            }
        case .unary(let op, let operand, let location):
            let value = try number(operand, strict: true)
            _ = location
            return .number(op == "-" ? -value : value)
        case .binary(let op, let lhsExpression, let rhsExpression, _):
            let lhs = try evaluateRaw(lhsExpression, kind: .any, strict: true)
            let rhs = try evaluateRaw(rhsExpression, kind: .any, strict: true)
            return try binary(op, lhs, rhs, at: rhsExpression.location)
        case .concatenation(let pieces, let location):
            // `6/3` lexes as the number 6 glued to the word `/3`: where arithmetic is expected
            // (`let`, `{…}`, numbers), literal pieces that spell arithmetic are computed.
            if strict || kind == .number || kind == .integer {
                let literal = pieces.compactMap { piece -> String? in
                    switch piece {
                    case .word(let word, _): return word
                    case .number(let value, _): return NumberFormatting.shortest(value)
                    default: return nil
                    }
                }
                if literal.count == pieces.count, let first = literal.first?.first, first.isNumber || first == ".",
                    let arithmetic = Self.arithmeticWord(literal.joined(), at: location)
                {
                    return try evaluateRaw(arithmetic, kind: kind, strict: true)
                }
            }
            var text = ""
            for piece in pieces {
                if case .word(let word, _) = piece {
                    text += word
                } else {
                    text += try evaluateRaw(piece, kind: .text, strict: true).text
                }
            }
            return .string(text)
        }
    }

    private func number(_ expression: Expression, strict: Bool) throws -> Double {
        let value = try evaluateRaw(expression, kind: .number, strict: strict)
        if case .number(let number) = value { return number }
        if case .string(let text) = value, let number = Double(text) { return number }
        throw Diagnostic("expected a number, not \(describe(value))", at: expression.location)
    }

    private func evaluateWord(_ word: String, kind: ValueKind, strict: Bool, at location: SourceLocation) throws
        -> Value
    {
        switch kind {
        case .path, .text, .newName, .choice:
            return .string(word)
        case .flag:
            return .bool(true)
        case .sessionOrWord:
            return lookup(word) ?? .string(word)
        case .sessionName:
            if let value = lookup(word) { return value }
            // A library name (`check hero on base`, `info hero`) stands for its file.
            let found: (any SessionObject)?
            do { found = try session.libraryObject(named: word) } catch {
                throw Diagnostic(error.message, at: location)
            }
            if let found { return .object(found) }
            if word.contains("/") || word.hasSuffix(".safetensors") {
                throw Diagnostic(
                    "no session name '\(word)'; a file is loaded first: load \(word) as NAME", at: location)
            }
            if let families = LibraryTerms.family(word), families.count == 1, families[0].isKnownFamily {
                throw Diagnostic(
                    "'\(word)' is a family, not a name: a base is a checkpoint (load FILE as base, or a library name; find type=checkpoint family=\(families[0].rawValue) lists yours)",
                    at: location)
            }
            throw Diagnostic(
                session.hasLibrary
                    ? "no session name or library file '\(word)' (see 'ls', and 'find \(word)')"
                    : "no session name '\(word)' (see 'ls')", at: location,
                suggestion: Suggestions.closest(to: word, among: visibleNames))
        case .any, .number, .integer, .bool:
            if word == "true" { return .bool(true) }
            if word == "false" { return .bool(false) }
            if let value = lookup(word) { return value }
            let mustResolve = strict || kind == .number || kind == .integer
            if mustResolve, let arithmetic = Self.arithmeticWord(word, at: location) {
                return try evaluateRaw(arithmetic, kind: kind, strict: true)
            }
            if mustResolve && Parser.isIdentifier(word) {
                throw Diagnostic(
                    "unknown name '\(word)'", at: location,
                    suggestion: Suggestions.closest(to: word, among: visibleNames))
            }
            return .string(word)
        }
    }

    private func variable(_ name: String, at location: SourceLocation) throws -> Value {
        if name == "args" { return .list(scriptArguments.map { .string($0) }) }
        if let index = Int(name) {
            if index == 0 { return .string(scriptName) }
            guard index <= scriptArguments.count else {
                throw Diagnostic(
                    "script argument $\(index) was not given (the script got \(scriptArguments.count))", at: location)
            }
            return .string(scriptArguments[index - 1])
        }
        if let value = lookup(name) { return value }
        throw Diagnostic(
            "unknown name '$\(name)'", at: location, suggestion: Suggestions.closest(to: name, among: visibleNames))
    }

    private func binary(_ op: String, _ lhs: Value, _ rhs: Value, at location: SourceLocation) throws -> Value {
        func numeric(_ value: Value) -> Double? {
            if case .number(let n) = value { return n }
            if case .string(let s) = value { return Double(s) }
            return nil
        }
        if op == "==" || op == "!=" {
            let equal: Bool
            if let a = numeric(lhs), let b = numeric(rhs) { equal = a == b } else { equal = lhs.text == rhs.text }
            return .bool(op == "==" ? equal : !equal)
        }
        guard let a = numeric(lhs), let b = numeric(rhs) else {
            if op == "+" { return .string(lhs.text + rhs.text) }
            throw Diagnostic("'\(op)' needs numbers, not \(describe(lhs)) and \(describe(rhs))", at: location)
        }
        switch op {
        case "+": return .number(a + b)
        case "-": return .number(a - b)
        case "*": return .number(a * b)
        case "/":
            guard b != 0 else { throw Diagnostic("division by zero", at: location) }
            return .number(a / b)
        case "%":
            guard b != 0 else { throw Diagnostic("division by zero", at: location) }
            return .number(a.truncatingRemainder(dividingBy: b))
        case "<": return .bool(a < b)
        case "<=": return .bool(a <= b)
        case ">": return .bool(a > b)
        case ">=": return .bool(a >= b)
        default: throw Diagnostic("unknown operator '\(op)'", at: location)
        }
    }

    /// A word such as `x+1` or `w*2` read as arithmetic (words may contain operator
    /// characters so that paths and LoRA specs need no quotes; in an expression they are
    /// operators again). Nil unless the word is names and numbers joined by operators.
    static func arithmeticWord(_ word: String, at location: SourceLocation) -> Expression? {
        let operators: Set<Character> = ["+", "-", "*", "/", "%"]
        guard word.contains(where: operators.contains) else { return nil }
        var spaced = ""
        for character in word {
            if operators.contains(character) {
                spaced += " \(character) "
            } else if character.isLetter || character.isNumber || character == "_" || character == "." {
                spaced.append(character)
            } else {
                return nil
            }
        }
        return try? Parser.parseFragment(spaced, at: location)
    }

    /// `~` and `~/…` become the home folder (`$HOME`, else the user database's).
    public static func expandTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home =
            ProcessInfo.processInfo.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? getpwuid(getuid()).flatMap { $0.pointee.pw_dir.map { String(cString: $0) } } ?? "/"
        return home + path.dropFirst()
    }
}
