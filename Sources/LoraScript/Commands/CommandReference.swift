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

    /// `help NAME`: usage, summary, help text, arguments, options and examples.
    public static func helpText(for spec: CommandSpec) -> String {
        var lines = ["usage: \(spec.usage)", "", spec.summary]
        if !spec.help.isEmpty {
            lines.append("")
            lines.append(spec.help)
        }
        let described = spec.parameters.filter { !$0.help.isEmpty }
        if !described.isEmpty {
            lines.append("")
            lines.append("Arguments:")
            for parameter in described { lines.append("  \(parameter.name.uppercased())  \(parameter.help)") }
        }
        if !spec.options.isEmpty {
            lines.append("")
            lines.append("Options:")
            for option in spec.options {
                let defaultText = option.defaultText.map { " (default \($0))" } ?? ""
                lines.append("  \(option.name)=\(option.kind.placeholder.lowercased())  \(option.help)\(defaultText)")
            }
        }
        if !spec.examples.isEmpty {
            lines.append("")
            lines.append("Examples:")
            for example in spec.examples { lines.append("  \(example)") }
        }
        return lines.joined(separator: "\n")
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
                            "| `\(option.name)=\(option.kind.placeholder.lowercased())` | \(escape(option.help)) | \(option.defaultText.map { "`\($0)`" } ?? "") |")
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
