/// The declaration of one command: its name, arguments, options, summary and help.
///
/// Parsing, validation, tab completion, `help` and the command reference in
/// Docs/Language.md all come from this one declaration.
public struct CommandSpec: Sendable {
    /// What the command does with its bound arguments. Returns the command's result
    /// (`.nothing` when it has none).
    public typealias Action = @Sendable (inout CommandInvocation) throws -> Value

    public var name: String
    /// One line, shown by `help` and in the reference.
    public var summary: String
    /// Positional and keyword arguments, in order.
    public var parameters: [ParameterSpec]
    /// `name=value` options.
    public var options: [OptionSpec]
    /// The longer help text (Markdown-ish plain text), shown by `help NAME`.
    public var help: String
    /// Examples shown by `help NAME` and in the reference.
    public var examples: [String]
    /// The section of the reference this command belongs to.
    public var topic: String
    /// Whether the command makes something `name = …` can bind.
    public var result: CommandResult
    public var action: Action

    public init(
        _ name: String, summary: String, topic: String, parameters: [ParameterSpec] = [],
        options: [OptionSpec] = [], help: String = "", examples: [String] = [], result: CommandResult = .nothing,
        action: @escaping Action
    ) {
        self.name = name
        self.result = result
        self.summary = summary
        self.topic = topic
        self.parameters = parameters
        self.options = options
        self.help = help
        self.examples = examples
        self.action = action
    }

    /// `load PATH [as NAME] [dtype=…]`, generated from the declaration.
    public var usage: String {
        var parts = [name]
        for parameter in parameters { parts.append(parameter.usage) }
        for option in options { parts.append(option.usage) }
        return parts.joined(separator: " ")
    }
}

/// What a command gives back to bind (`name = verb …`), known before it runs, so an
/// assignment of a command that makes nothing is refused before any work (a 7 GB bake) is done.
public enum CommandResult: Sendable, Equatable {
    /// A value (a LoRA, a stack, a base).
    case value
    /// Nothing: it prints or writes files.
    case nothing
    /// A value, except when the named argument is given (`merge … into PATH` writes a file).
    case valueUnless(String)
}

/// How a positional argument is read.
public enum ValueKind: Sendable, Equatable {
    /// Any value; a bare word that names a variable gives its value, else the word's text.
    case any
    case number
    /// A whole number.
    case integer
    /// Text; bare words are taken literally.
    case text
    /// A file or folder path; bare words are taken literally, `~` is expanded.
    case path
    /// A new name to bind (a plain identifier).
    case newName
    /// An existing session name.
    case sessionName
    /// A session name's value if the word names one, else the word itself (`render rings`).
    case sessionOrWord
    case bool
    /// One of a fixed set of words.
    case choice([String])
    /// A keyword alone, present or not (`render … show`); declare it with `keyword:`.
    case flag

    var placeholder: String {
        switch self {
        case .any: return "VALUE"
        case .number: return "NUMBER"
        case .integer: return "N"
        case .text: return "TEXT"
        case .path: return "PATH"
        case .newName, .sessionName, .sessionOrWord: return "NAME"
        case .bool: return "true|false"
        case .choice(let words): return words.joined(separator: "|")
        case .flag: return ""
        }
    }
}

/// One positional argument, possibly introduced by a keyword (`as NAME`, `into PATH`).
public struct ParameterSpec: Sendable {
    /// The name the action reads it by, and the placeholder in usage (upper-cased).
    public var name: String
    public var kind: ValueKind
    /// A word that must come before the value (`as`, `on`, `into`, `to`, `from`).
    public var keyword: String?
    public var isOptional: Bool
    /// Takes every remaining positional argument up to the next keyword.
    public var isVariadic: Bool
    public var help: String
    /// Words the argument may be besides names and paths (`render`'s forms and the built-in
    /// patterns), offered by Tab.
    public var completions: [String]
    /// For an optional parameter that only some words of the argument before it take
    /// (`render`'s SUBJECT after grid, spectrum …): each such word and the kinds of session
    /// object that fit there (`kindName`s; none: a file). Tab offers this parameter only
    /// after those words, and there only names of those kinds. Empty: after anything.
    public var after: [String: [String]] = [:]

    public init(
        _ name: String, _ kind: ValueKind, keyword: String? = nil, optional: Bool = false, variadic: Bool = false,
        help: String = "", completions: [String] = []
    ) {
        self.name = name
        self.kind = kind
        self.keyword = keyword
        self.isOptional = optional
        self.isVariadic = variadic
        self.help = help
        self.completions = completions
    }

    /// The parameter, taken only after `words` (each with the kinds of object it takes).
    public func only(after words: [String: [String]]) -> ParameterSpec {
        var copy = self
        copy.after = words
        return copy
    }

    var usage: String {
        var text = name.uppercased()
        if isVariadic { text += "…" }
        if let keyword { text = kind == .flag ? keyword : "\(keyword) \(text)" }
        return isOptional ? "[\(text)]" : text
    }
}

/// One `name=value` option.
public struct OptionSpec: Sendable {
    public var name: String
    public var kind: ValueKind
    /// The default shown in help (the action applies it); nil = unset.
    public var defaultText: String?
    public var help: String
    /// The command needs it (`convert … format=…`): shown without brackets in the usage.
    public var isRequired: Bool
    /// Words Tab offers for a free-text option (a `.choice` offers its own).
    public var completions: [String] = []

    public init(
        _ name: String, _ kind: ValueKind, default defaultText: String? = nil, required: Bool = false, help: String
    ) {
        self.name = name
        self.kind = kind
        self.defaultText = defaultText
        self.isRequired = required
        self.help = help
    }

    /// The option with `words` offered by Tab (`family=` offers the family words).
    public func completing(_ words: [String]) -> OptionSpec {
        var copy = self
        copy.completions = words
        return copy
    }

    var usage: String {
        let text =
            if case .choice(let words) = kind { "\(name)=\(words.joined(separator: "|"))" } else {
                "\(name)=\(kind.placeholder.lowercased())"
            }
        return isRequired ? text : "[\(text)]"
    }
}
