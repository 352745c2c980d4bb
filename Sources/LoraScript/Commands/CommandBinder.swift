import LoraFormats

/// Matches a call's arguments to a command's declaration: positional arguments and keywords
/// in order, options by name. Unknown options and extra arguments are errors, never ignored.
enum CommandBinder {
    static func bind(_ call: CommandCall, to spec: CommandSpec, interpreter: Interpreter) throws -> CommandInvocation {
        var positional: [Expression] = []
        var options: [String: (value: Expression, location: SourceLocation)] = [:]
        for argument in call.arguments {
            switch argument {
            case .positional(let expression):
                positional.append(expression)
            case .option(let name, let location, let value):
                guard spec.options.contains(where: { $0.name == name }) else {
                    let known = spec.options.map(\.name)
                    let hint =
                        known.isEmpty ? "it takes no options" : "its options are \(known.joined(separator: ", "))"
                    throw Diagnostic(
                        "\(spec.name) has no option '\(name)' (\(hint))", at: location,
                        suggestion: Suggestions.closest(to: name, among: known))
                }
                guard options[name] == nil else {
                    throw Diagnostic("option '\(name)' is given twice", at: location)
                }
                options[name] = (value, location)
            }
        }

        var bound: [String: [Expression]] = [:]
        var index = 0
        let parameters = spec.parameters
        func isKeyword(_ expression: Expression, after parameterIndex: Int) -> Bool {
            guard let word = expression.wordText else { return false }
            return parameters[(parameterIndex + 1)...].contains { $0.keyword == word }
        }
        func usageNote() -> String { "usage: \(spec.usage)" }

        for (parameterIndex, parameter) in parameters.enumerated() {
            if let keyword = parameter.keyword {
                guard index < positional.count, positional[index].wordText == keyword else {
                    if parameter.isOptional { continue }
                    if index == positional.count {
                        // Nothing left to read: say what is missing where it goes, briefly.
                        let what = parameter.help.isEmpty ? "" : " (\(parameter.help))"
                        throw Diagnostic(
                            "\(spec.name) needs '\(keyword) \(parameter.name.uppercased())'\(what)",
                            at: call.endLocation ?? call.verbLocation)
                    }
                    let location = index < positional.count ? positional[index].location : call.verbLocation
                    let found = index < positional.count ? positional[index].wordText : nil
                    throw Diagnostic(
                        "\(spec.name) expects '\(keyword) \(parameter.name.uppercased())' here (\(usageNote()))",
                        at: location, suggestion: found.flatMap { Suggestions.closest(to: $0, among: [keyword]) })
                }
                let keywordLocation = positional[index].location
                index += 1
                if parameter.kind == .flag {
                    bound[parameter.name] = [.word(keyword, keywordLocation)]
                    continue
                }
                guard index < positional.count, !isKeyword(positional[index], after: parameterIndex) else {
                    throw Diagnostic(
                        "'\(keyword)' must be followed by \(parameter.name.uppercased()) (\(usageNote()))",
                        at: keywordLocation)
                }
            }
            if parameter.isVariadic {
                var taken: [Expression] = []
                while index < positional.count, !isKeyword(positional[index], after: parameterIndex) {
                    taken.append(positional[index])
                    index += 1
                }
                if taken.isEmpty && !parameter.isOptional {
                    throw Diagnostic(
                        "\(spec.name) needs \(parameter.name.uppercased()) (\(usageNote()))", at: call.verbLocation)
                }
                if !taken.isEmpty { bound[parameter.name] = taken }
            } else if index < positional.count,
                parameter.keyword != nil || !isKeyword(positional[index], after: parameterIndex)
            {
                bound[parameter.name] = [positional[index]]
                index += 1
            } else if !parameter.isOptional {
                throw Diagnostic(
                    "\(spec.name) needs \(parameter.name.uppercased()) (\(usageNote()))", at: call.verbLocation)
            }
        }
        if index < positional.count {
            let extra = positional[index]
            let keywords = parameters.compactMap(\.keyword)
            throw Diagnostic(
                "unexpected argument \(extra.shortDescription) to \(spec.name) (\(usageNote()))",
                at: extra.location,
                suggestion: extra.wordText.flatMap {
                    Suggestions.closest(to: $0, among: keywords + spec.options.map { "\($0.name)=" })
                })
        }
        return CommandInvocation(spec: spec, call: call, interpreter: interpreter, positionals: bound, options: options)
    }
}
