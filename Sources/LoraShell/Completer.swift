import Foundation
import LoraKit
import LoraScript

/// Tab completion: command names first in a statement, then option names, session names,
/// keywords and file paths.
public struct Completer {
    /// Commands, names and option names come from here.
    public let interpreter: Interpreter

    public init(interpreter: Interpreter) { self.interpreter = interpreter }

    /// The words that could complete the last word of `text` (the line up to the cursor),
    /// and where that word starts in `text`.
    ///
    /// Inside an open string the word runs from the quote, spaces included, and a file
    /// completes with its closing quote. Elsewhere a path that is not one bare word completes
    /// quoted (the candidate then starts with a quote rather than with the word: the editor
    /// replaces the word).
    public func candidates(for text: String) -> (word: String, candidates: [String]) {
        if let (quote, mark) = Self.openQuote(in: text) {
            let word = String(text[text.index(after: quote)...])
            // Inside "…", a file name with `"`, `\`, `{`, `}` or `$` would end or interpolate
            // the string: those are not offered.
            let safe =
                mark == "'"
                ? { (path: String) in !path.contains("'") }
                : { (path: String) in !path.contains(where: Self.escapedInDoubleQuotes.contains) }
            return (word, Self.paths(matching: word).filter(safe).map { $0.hasSuffix("/") ? $0 : $0 + String(mark) })
        }
        let boundary: Set<Character> = [" ", "\t", ";", "{", "[", "(", ",", "\""]
        let word = String(text.reversed().prefix { !boundary.contains($0) }.reversed())
        let before = String(text.dropLast(word.count))
        let statementStart = Self.isStatementStart(before)

        if statementStart {
            let verbs = interpreter.commands.order + ["for", "let", "set"]
            return (word, verbs.filter { $0.hasPrefix(word) }.sorted())
        }
        if word.contains("/") || word.hasPrefix(".") || word.hasPrefix("~") {
            return (word, Self.quotedIfNeeded(Self.paths(matching: word)))
        }
        let verb = Self.currentVerb(before)
        let spec = verb.flatMap { interpreter.commands[$0] }
        // `name=…`: the option's values, when it has a fixed set.
        if let equals = word.firstIndex(of: "="), let spec {
            let name = String(word[..<equals])
            guard let option = spec.options.first(where: { $0.name == name }) else { return (word, []) }
            let values: [String]
            switch option.kind {
            case .choice(let words): values = words
            case .bool: values = ["true", "false"]
            default: values = option.completions
            }
            return (word, values.map { name + "=" + $0 }.filter { $0.hasPrefix(word) })
        }
        var results: [String] = []
        if verb == "help" {
            results += Set(interpreter.commands.order + LanguageTopics.names).filter { $0.hasPrefix(word) }.sorted()
        }
        // What may stand where the cursor is, when the words before it say (`render s ` is
        // followed by `to` or an option, never by a pattern); else every parameter's.
        let slot = spec.flatMap { Self.slot(after: before, in: $0) }
        var names = true
        var files = true
        if let spec {
            let parameters = slot?.parameters ?? spec.parameters
            results += parameters.flatMap(\.completions).filter { $0.hasPrefix(word) }
            for parameter in parameters {
                if case .choice(let words) = parameter.kind { results += words.filter { $0.hasPrefix(word) } }
            }
            // Only names of the kinds the slot takes (`render grid ` takes stacks and bases).
            let kinds = slot?.kinds
            if let kinds {
                names = false
                files = kinds.isEmpty
                results += interpreter.visibleNames.filter { name in
                    guard name.hasPrefix(word), case .object(let object)? = interpreter.lookup(name) else {
                        return false
                    }
                    return kinds.contains(object.kindName)
                }
            }
            // Library names, where a name goes (not for folders: `library add` wants paths).
            if kinds == nil, slot?.parameters.isEmpty != true, spec.name != "library",
                !word.isEmpty || spec.topic == "library",
                parameters.contains(where: {
                    $0.kind == .sessionName || $0.kind == .sessionOrWord || $0.kind == .path || $0.name == "name"
                        || $0.name == "loras"
                })
            {
                results += Self.quotedIfNeeded(interpreter.session.libraryNames(prefix: word))
            }
            results += spec.options.map { "\($0.name)=" }.filter { $0.hasPrefix(word) }
            results += (slot?.keywords ?? spec.parameters.compactMap(\.keyword)).filter { $0.hasPrefix(word) }
            if let slot, slot.parameters.isEmpty {
                names = false
                files = false
            }
        }
        if names { results += interpreter.visibleNames.filter { $0.hasPrefix(word) } }
        if files { results += Self.quotedIfNeeded(Self.paths(matching: word)) }
        var seen = Set<String>()
        return (word, results.filter { seen.insert($0).inserted })
    }

    /// What the next positional argument of `spec` may be, after the arguments already in
    /// `before` (read by the parser, matched to the parameters as the binder does): the
    /// parameters whose value may go there, the keywords that may, and for a parameter taken
    /// only after certain words, the kinds of object it takes. Nil when the line cannot be read
    /// that way (an unfinished expression, arguments that fit no parameter).
    static func slot(after before: String, in spec: CommandSpec) -> (
        parameters: [ParameterSpec], keywords: [String], kinds: [String]?
    )? {
        guard case .complete(let statements) = Parser.parse(SourceText(name: "", text: before)),
            let statement = statements.last
        else { return nil }
        let call: CommandCall
        switch statement {
        case .command(let c), .assignment(_, _, let c): call = c
        default: return nil
        }
        guard call.verb == spec.name else { return nil }
        let words: [String?] = call.arguments.compactMap {
            if case .positional(let expression) = $0 { return expression.wordText }
            return nil
        }
        var index = 0
        var parameters: [ParameterSpec] = []
        var keywords: [String] = []
        var kinds: [String]?
        for (position, parameter) in spec.parameters.enumerated() {
            let later = spec.parameters[(position + 1)...].compactMap(\.keyword)
            if !parameter.after.isEmpty {
                // Taken only right after one of its words.
                guard index > 0, let previous = words[index - 1], let taken = parameter.after[previous] else {
                    continue
                }
                if index == words.count {
                    parameters.append(parameter)
                    kinds = taken
                    continue  // optional: what follows may come instead
                }
            }
            if let keyword = parameter.keyword {
                if index == words.count {
                    keywords.append(keyword)
                    if parameter.isOptional { continue }
                    return (parameters, keywords, kinds)
                }
                guard words[index] == keyword else {
                    if parameter.isOptional { continue }
                    return nil
                }
                index += 1
                if parameter.kind == .flag { continue }
                if index == words.count { return ([parameter], [], nil) }
                index += 1
                continue
            }
            if index == words.count {
                parameters.append(parameter)
                if parameter.isOptional || parameter.isVariadic { continue }
                return (parameters, keywords, kinds)
            }
            if parameter.isVariadic {
                while index < words.count, !later.contains(words[index] ?? "") { index += 1 }
                if index == words.count {
                    parameters.append(parameter)
                    continue
                }
            } else if !(parameter.isOptional && later.contains(words[index] ?? "")) {
                index += 1
            }
        }
        return index == words.count ? (parameters, keywords, kinds) : nil
    }

    /// The characters a `"…"` string gives a meaning to, written with a `\` to stand for
    /// themselves.
    static let escapedInDoubleQuotes: Set<Character> = ["\"", "\\", "{", "}", "$"]

    /// Where the string still open at the end of `text` starts, and its quote mark, if one
    /// is (the lexer's rules: `'…'` has no escapes, `\` escapes in `"…"`, and `#` starts a
    /// comment only after a blank).
    static func openQuote(in text: String) -> (String.Index, Character)? {
        var open: (String.Index, Character)?
        var escaped = false
        var afterBlank = true
        for index in text.indices {
            let character = text[index]
            defer { afterBlank = character == " " || character == "\t" }
            if let (_, mark) = open {
                if escaped { escaped = false; continue }
                if mark == "\"" && character == "\\" { escaped = true; continue }
                if character == mark { open = nil }
                continue
            }
            if character == "\"" || character == "'" { open = (index, character) }
            if character == "#" && afterBlank { return nil }  // the rest is a comment
        }
        return open
    }

    /// Paths that are not one bare word (a space, a quote, a bracket…) quoted so that they
    /// stay one argument: in '…', which has no escapes, or in "…" when they hold a `'`.
    static func quotedIfNeeded(_ paths: [String]) -> [String] {
        paths.map { path in
            guard !path.allSatisfy(Lexer.isWordCharacter) else { return path }
            let closing = path.hasSuffix("/") ? "" : "'"
            if !path.contains("'") { return "'" + path + closing }
            var escaped = ""
            for character in path {
                if escapedInDoubleQuotes.contains(character) { escaped.append("\\") }
                escaped.append(character)
            }
            return "\"" + escaped + (closing.isEmpty ? "" : "\"")
        }
    }

    /// Whether the cursor is where a statement's verb goes.
    static func isStatementStart(_ before: String) -> Bool {
        let trimmed = before.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasSuffix(";") || trimmed.hasSuffix("{") { return true }
        // `name = ` is followed by a verb.
        let parts = trimmed.split(separator: " ")
        if let last = parts.last, last == "=", parts.count >= 2 {
            let statement = trimmed.split(separator: ";").last.map(String.init) ?? trimmed
            return statement.trimmingCharacters(in: .whitespaces).split(separator: " ").count == 2
        }
        return false
    }

    /// The verb of the statement being typed.
    static func currentVerb(_ before: String) -> String? {
        let statement = before.split(whereSeparator: { $0 == ";" || $0 == "{" }).last.map(String.init) ?? before
        var words = statement.split(separator: " ").map(String.init)
        if words.count >= 2 && words[1] == "=" { words.removeFirst(2) }
        return words.first
    }

    /// Files and folders whose path starts with `prefix` (folders end in `/`), written as
    /// `prefix` writes them: a leading `~` stays (it is the home folder, `$HOME` as `load`
    /// reads it).
    static func paths(matching prefix: String) -> [String] {
        if prefix == "~" { return ["~/"] }
        // What was typed up to its last slash is kept as typed; only the listing expands it.
        let shownDirectory: String
        let namePrefix: String
        if let slash = prefix.lastIndex(of: "/") {
            shownDirectory = String(prefix[...slash])
            namePrefix = String(prefix[prefix.index(after: slash)...])
        } else {
            shownDirectory = ""
            namePrefix = prefix
        }
        let directory = Interpreter.expandTilde(shownDirectory)
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
        return listed.filter { $0.hasPrefix(namePrefix) && (namePrefix.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted()
            .map { name in
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: directory + name, isDirectory: &isDirectory)
                return shownDirectory + name + (isDirectory.boolValue ? "/" : "")
            }
    }

    /// The longest common prefix of the candidates.
    public static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
