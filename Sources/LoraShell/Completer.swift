import Foundation
import LoraScript

/// Tab completion: command names first in a statement, then option names, session names,
/// keywords and file paths.
public struct Completer {
    /// Commands, names and option names come from here.
    public let interpreter: Interpreter

    public init(interpreter: Interpreter) { self.interpreter = interpreter }

    /// The words that could complete the last word of `text` (the line up to the cursor),
    /// and where that word starts in `text`.
    public func candidates(for text: String) -> (word: String, candidates: [String]) {
        let boundary: Set<Character> = [" ", "\t", ";", "{", "[", "(", ",", "\""]
        let word = String(text.reversed().prefix { !boundary.contains($0) }.reversed())
        let before = String(text.dropLast(word.count))
        let statementStart = Self.isStatementStart(before)

        if statementStart {
            let verbs = interpreter.commands.order + ["for", "let", "set"]
            return (word, verbs.filter { $0.hasPrefix(word) }.sorted())
        }
        if word.contains("/") || word.hasPrefix(".") || word.hasPrefix("~") {
            return (word, Self.paths(matching: word))
        }
        var results: [String] = []
        if let verb = Self.currentVerb(before), let spec = interpreter.commands[verb] {
            results += spec.options.map { "\($0.name)=" }.filter { $0.hasPrefix(word) }
            results += spec.parameters.compactMap(\.keyword).filter { $0.hasPrefix(word) }
        }
        results += interpreter.visibleNames.filter { $0.hasPrefix(word) }
        results += Self.paths(matching: word)
        var seen = Set<String>()
        return (word, results.filter { seen.insert($0).inserted })
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

    /// Files and folders whose path starts with `prefix` (folders end in `/`).
    static func paths(matching prefix: String) -> [String] {
        let expanded = prefix.hasPrefix("~") ? NSString(string: prefix).expandingTildeInPath : prefix
        let directory: String
        let namePrefix: String
        if let slash = expanded.lastIndex(of: "/") {
            directory = String(expanded[...slash])
            namePrefix = String(expanded[expanded.index(after: slash)...])
        } else {
            directory = ""
            namePrefix = expanded
        }
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
        let shownDirectory = prefix.hasPrefix("~") ? String(prefix[...(prefix.lastIndex(of: "/") ?? prefix.startIndex)]) : directory
        return listed.filter { $0.hasPrefix(namePrefix) && (namePrefix.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().map { name in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: directory + name, isDirectory: &isDirectory)
            let base = prefix.hasPrefix("~") && !prefix.contains("/") ? "~/" : shownDirectory
            return base + name + (isDirectory.boolValue ? "/" : "")
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
