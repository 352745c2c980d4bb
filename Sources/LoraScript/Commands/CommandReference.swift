/// Help text and the Markdown command reference, generated from the command table.
///
/// `help`, `help NAME` and the "Commands" section of Docs/Language.md all come from here, so
/// they cannot disagree with what the parser accepts (a test checks the doc).
public enum CommandReference {
    /// `help` with no topic: every command with its summary, grouped by topic.
    public static func overview(_ table: CommandTable) -> String {
        var lines = ["Commands (help NAME for details, help syntax for the language):"]
        let width = (table.order.map(\.count).max() ?? 0) + 2
        var topics: [String] = []
        for spec in table.all where !topics.contains(spec.topic) { topics.append(spec.topic) }
        for topic in topics {
            lines.append("")
            lines.append("  \(topic):")
            for spec in table.all where spec.topic == topic {
                lines.append("    " + spec.name.padding(toLength: width, withPad: " ", startingAt: 0) + spec.summary)
            }
        }
        lines.append("")
        lines.append("Language: " + LanguageTopics.names.joined(separator: ", ") + " (help TOPIC)")
        return lines.joined(separator: "\n")
    }

    /// `help NAME`: usage, summary, help text, arguments, options and examples, fitted to
    /// `width` columns: the usage wraps between its parts under the command's name, and the
    /// arguments' and options' descriptions line up in one column (a name too long for it puts
    /// its description on the next line).
    public static func helpText(for spec: CommandSpec, width: Int = 80) -> String {
        let width = Swift.max(width, 40)
        let usageParts = spec.parameters.map(\.usage) + spec.options.map(\.usage)
        var lines = wrapped(
            usageParts, first: "usage: \(spec.name)", indent: "usage: \(spec.name)".count + 1, width: width)
        lines += ["", spec.summary]
        if !spec.help.isEmpty {
            lines.append("")
            lines.append(spec.help)
        }
        let arguments = spec.parameters.filter { !$0.help.isEmpty }.map { ($0.name.uppercased(), $0.help) }
        let options = spec.options.map { option in
            (
                "\(option.name)=\(option.kind.placeholder.lowercased())",
                option.help + (option.isRequired ? " (required)" : option.defaultText.map { " (default \($0))" } ?? "")
            )
        }
        let column = Swift.min((arguments + options).map(\.0.count).max() ?? 0, 22) + 4
        for (title, rows) in [("Arguments:", arguments), ("Options:", options)] where !rows.isEmpty {
            lines += ["", title]
            for (label, help) in rows { lines += described(label, help, column: column, width: width) }
        }
        if !spec.examples.isEmpty {
            lines.append("")
            lines.append("Examples:")
            for example in spec.examples { lines.append("  \(example)") }
        }
        return lines.joined(separator: "\n")
    }

    /// `first` followed by `parts` separated by spaces, broken into lines of at most `width`
    /// columns (a part longer than a line stays whole); continuation lines start at `indent`.
    static func wrapped(_ parts: [String], first: String, indent: Int, width: Int) -> [String] {
        var lines: [String] = []
        var line = first
        for part in parts {
            if line.count + 1 + part.count > width && line.count > indent {
                lines.append(line)
                line = String(repeating: " ", count: indent) + part
            } else {
                line += (line.isEmpty ? "" : " ") + part
            }
        }
        lines.append(line)
        return lines
    }

    /// `  LABEL   help…` with the help wrapped at `width` from `column`; a label that reaches
    /// the column puts the help on the next line.
    static func described(_ label: String, _ help: String, column: Int, width: Int) -> [String] {
        let words = help.split(separator: " ").map(String.init)
        let head = "  " + label
        if head.count + 2 <= column {
            let padded = head.padding(toLength: column, withPad: " ", startingAt: 0)
            return wrapped(Array(words.dropFirst()), first: padded + (words.first ?? ""), indent: column, width: width)
        }
        let rest = wrapped(
            Array(words.dropFirst()), first: String(repeating: " ", count: column) + (words.first ?? ""),
            indent: column, width: width)
        return [head] + rest
    }

    /// The Markdown "Commands" section of the language reference.
    public static func markdown(_ table: CommandTable) -> String {
        var out: [String] = []
        var topics: [String] = []
        for spec in table.all where !topics.contains(spec.topic) { topics.append(spec.topic) }
        for topic in topics {
            out.append("### \(topic.prefix(1).uppercased() + topic.dropFirst())")
            out.append("")
            for spec in table.all where spec.topic == topic {
                out.append("#### `\(spec.name)`")
                out.append("")
                out.append("```")
                out.append(spec.usage)
                out.append("```")
                out.append("")
                out.append(spec.summary)
                if !spec.help.isEmpty {
                    out.append("")
                    out.append(spec.help)
                }
                let described = spec.parameters.filter { !$0.help.isEmpty }
                if !described.isEmpty || !spec.options.isEmpty {
                    out.append("")
                    out.append("| argument | meaning | default |")
                    out.append("|---|---|---|")
                    for parameter in described {
                        out.append("| `\(parameter.usage)` | \(escape(parameter.help)) | |")
                    }
                    for option in spec.options {
                        out.append(
                            "| `\(option.name)=\(option.kind.placeholder.lowercased())` | \(escape(option.help)) | \(option.isRequired ? "required" : option.defaultText.map { "`\($0)`" } ?? "") |"
                        )
                    }
                }
                if !spec.examples.isEmpty {
                    out.append("")
                    out.append("```")
                    out.append(contentsOf: spec.examples)
                    out.append("```")
                }
                out.append("")
            }
        }
        return out.joined(separator: "\n")
    }

    private static func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
