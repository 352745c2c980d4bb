import Testing

@testable import LoraScript

private func parse(_ text: String) -> ParseOutcome { Parser.parse(SourceText(name: "t.lsh", text: text)) }

private func statements(_ text: String) throws -> [Statement] {
    guard case .complete(let statements) = parse(text) else {
        Issue.record("did not parse: \(parse(text))")
        return []
    }
    return statements
}

@Suite struct ParserTests {
    @Test func commandWithPositionalsAndOptions() throws {
        let parsed = try statements("save hero out/h.safetensors format=kohya overwrite=true")
        guard case .command(let call) = parsed.first else { Issue.record("not a command"); return }
        #expect(call.verb == "save")
        #expect(call.arguments.count == 4)
        if case .option(let name, let location, let value) = call.arguments[2] {
            #expect(name == "format")
            #expect(location.column == 29)
            #expect(value.wordText == "kohya")
        } else {
            Issue.record("format= is not an option")
        }
    }

    @Test func assignmentBindsACommand() throws {
        let parsed = try statements("s = stack base hero:0.8")
        guard case .assignment(let name, _, let call) = parsed.first else { Issue.record("not assignment"); return }
        #expect(name == "s")
        #expect(call.verb == "stack")
        #expect(call.arguments.count == 2)
    }

    @Test func letWithArithmeticAndRanges() throws {
        let parsed = try statements("let x = 1 + 2 * 3\nlet r = 0..1 step 0.25")
        guard case .binding(_, _, let value, false) = parsed[0], case .binary("+", _, .binary("*", _, _, _), _) = value
        else {
            Issue.record("precedence wrong: \(parsed)")
            return
        }
        guard case .binding(_, _, .range(_, _, .some(.number(0.25, _)), _), _) = parsed[1] else {
            Issue.record("range wrong: \(parsed[1])")
            return
        }
    }

    @Test func labeledRangeOptionTakesStep() throws {
        let parsed = try statements("render grid s x=hero:0..1 step 0.25 to out/g.png")
        guard case .command(let call) = parsed.first else { return }
        #expect(call.arguments.count == 5)
        guard
            case .option("x", _, .labeledRange("hero", .number(0, _), .number(1, _), .number(0.25, _), _)) =
                call.arguments[2]
        else {
            Issue.record("x= not a labeled range: \(call.arguments[2])")
            return
        }
    }

    /// `x=LABEL:[…]` is one option whose value is a labelled list, whatever the elements are
    /// (numbers, strings with commas and brackets inside) and however they are spaced.
    @Test(arguments: [
        ("y=seed:[1, 2]", "seed", 2), ("x=seed:[1,2]", "seed", 2), ("x=hero:[0, 0.5, 1]", "hero", 3),
        ("x=steps:[2, 4]", "steps", 2), ("y=prompt:[\"a\", \"b\"]", "prompt", 2), ("y=cfg:[5, 7]", "cfg", 2),
        ("y=prompt:[\"a, [b]\", 'c]'  ,  \"d\"]", "prompt", 3), ("x=hero:[\n  0,\n  1\n]", "hero", 2),
    ])
    func labeledListOption(_ option: String, _ label: String, _ count: Int) throws {
        let parsed = try statements("render grid s \(option) prompt=\"a cat\" size=64 to out/g.png")
        guard case .command(let call) = parsed.first else { Issue.record("not a command"); return }
        #expect(call.arguments.count == 7, "\(call.arguments)")
        guard case .option(_, let location, .labeledList(let got, let elements, let valueLocation)) = call.arguments[2]
        else {
            Issue.record("\(option) is not a labeled list: \(call.arguments[2])")
            return
        }
        #expect(got == label)
        #expect(elements.count == count)
        #expect(location.column == 15)
        #expect(valueLocation.column == 17)
        guard case .option("prompt", _, _) = call.arguments[3] else {
            Issue.record("prompt= did not follow: \(call.arguments[3])")
            return
        }
    }

    /// What is glued to an option's value belongs to it: `out=a$b` is one joined word, and
    /// `let ys=seed:[1, 2]` binds a labelled list.
    @Test func gluedOptionValueContinues() throws {
        guard case .command(let call) = try statements("save h out=a$b/c.png").first else { return }
        #expect(call.arguments.count == 2)
        guard case .option("out", _, .concatenation(let pieces, _)) = call.arguments[1] else {
            Issue.record("out= is not joined: \(call.arguments[1])")
            return
        }
        #expect(pieces.count == 3)
        let bound = try statements("let ys=seed:[1, 2]")
        guard case .binding("ys", _, .labeledList("seed", let items, _), false) = bound[0] else {
            Issue.record("let ys=seed:[…] is not a labeled list")
            return
        }
        #expect(items.count == 2)
        // A label spaced from its list is not a labelled list (two arguments).
        guard case .command(let spaced) = try statements("echo x=seed: [1]").first else { return }
        #expect(spaced.arguments.count == 2)
    }

    @Test func spacedMinusStartsANewArgument() throws {
        guard case .command(let call) = try statements("echo 1 -2 3 - 1").first else { return }
        #expect(call.arguments.count == 3)  // 1, -2, (3 - 1)
    }

    @Test func nestedForBlocks() throws {
        let parsed = try statements("for a in [1, 2] {\n  for b in 0..1 { echo \"{a}{b}\" }\n}")
        guard case .forLoop("a", _, .list(let items, _), let body) = parsed.first else {
            Issue.record("no loop"); return
        }
        #expect(items.count == 2)
        guard case .forLoop("b", _, _, let inner) = body.first else { Issue.record("no inner loop"); return }
        #expect(inner.count == 1)
    }

    @Test func incompleteInputIsReportedAsIncomplete() {
        #expect(parse("for w in 0..1 {").isIncomplete)
        #expect(parse("echo [1,").isIncomplete)
        #expect(parse("echo (1 +").isIncomplete)
        #expect(parse("load a \\").isIncomplete)
        #expect(!parse("for w in 0..1 {\n echo 1\n}").isIncomplete)
    }

    /// An unclosed string, block or list is reported where it opened (it used to be reported
    /// at the end of the file, quoting an unrelated line); an interpolation missing a value
    /// inside a closed string is an error there, not "unclosed".
    @Test func unclosedThingsAreReportedWhereTheyOpen() {
        let cases: [(String, Int, Int, String)] = [
            (
                "echo 1\necho \"unterminated\necho 2\necho 3", 2, 6,
                "unterminated string (the input ends before it is closed)"
            ),
            ("echo 1\nfor w in [1] {\n  echo w\n", 2, 14, "'{' is never closed (the input ends before it is closed)"),
            ("echo [1,\n2,\n", 1, 6, "'[' is never closed (the input ends before it is closed)"),
        ]
        for (text, line, column, message) in cases {
            var diagnostics: [Diagnostic] = []
            let interpreter = Interpreter(output: CapturedOutput()) { diagnostics.append($0) }
            #expect(interpreter.run(SourceText(name: "t", text: text)) == .failure)
            #expect(diagnostics.first?.message == message, "\(text): \(diagnostics)")
            #expect(
                diagnostics.first?.location?.line == line && diagnostics.first?.location?.column == column,
                "\(text): \(diagnostics)")
        }
        guard case .failure(let diagnostic) = parse("echo 1\necho \"x={1+}\"\necho 3") else {
            Issue.record("not a failure"); return
        }
        #expect(diagnostic.location?.line == 2, "\(diagnostic)")
    }

    @Test func errorsHaveExactLocations() {
        let cases: [(String, Int, Int, String)] = [
            ("echo 1\n}", 2, 1, "unexpected '}' with no open block"),
            ("for 1 in x {}", 1, 5, "expected a loop variable name after 'for'"),
            ("for w of x {}", 1, 7, "expected 'in' after 'for w'"),
            ("for w in [1] echo", 1, 14, "expected '{' to start the loop body, found 'echo'"),
            ("let 9 = 1", 1, 5, "expected a name after 'let', found number 9"),
            ("let a-b = 1", 1, 5, "'a-b' is not a valid name (letters, digits and _)"),
            ("let x 1", 1, 7, "expected '=' after 'let x'"),
            ("echo [1 2]", 1, 9, "expected ',' or ']' in list, found number 2"),
            ("echo \"{}\"", 1, 8, "empty '{}' in string (write \\{ for a brace)"),
            ("echo x= ", 1, 8, "option 'x=' needs a value"),
            ("(1)", 1, 1, "expected a command, found '('"),
            ("let x = 1 2", 1, 11, "unexpected number 2 after the value"),
        ]
        for (text, line, column, message) in cases {
            guard case .failure(let diagnostic) = parse(text) else {
                Issue.record("\(text) parsed: \(parse(text))")
                continue
            }
            #expect(diagnostic.message == message, "\(text)")
            #expect(diagnostic.location == SourceLocation(file: "t.lsh", line: line, column: column), "\(text)")
        }
    }

    /// Generated scripts nested thousands deep overflowed the stack (SIGSEGV); past the limit
    /// they are refused with a message at the token where the limit is crossed.
    @Test func nestingIsLimited() {
        let n = 7000
        let deep = [
            "let x = " + String(repeating: "(", count: n) + "1" + String(repeating: ")", count: n),
            "let x = " + String(repeating: "[", count: n) + "1" + String(repeating: "]", count: n),
            "let x = " + String(repeating: "-", count: 100_000) + "1",
            String(repeating: "for i in [1] { ", count: n) + String(repeating: "}", count: n),
        ]
        for text in deep {
            guard case .failure(let diagnostic) = parse(text) else {
                Issue.record("parsed \(text.prefix(20))…")
                continue
            }
            #expect(diagnostic.message.contains("nest more than \(Parser.maximumDepth) deep"), "\(diagnostic.message)")
        }
        // A flat chain of operators has its own, larger limit.
        guard case .failure(let chain) = parse("let x = 1" + String(repeating: "+1", count: 100_000)) else {
            Issue.record("a 100 000-operator chain parsed")
            return
        }
        #expect(chain.message.contains("chains more than \(Parser.maximumChain) operators"), "\(chain.message)")
        let sum = ScriptRun("let x = 1" + String(repeating: " + 1", count: 299) + "\necho $x")
        #expect(sum.lines == ["300"], "\(sum.diagnostics)")
        let shallow = "let x = " + String(repeating: "(", count: 100) + "1" + String(repeating: ")", count: 100)
        #expect(throws: Never.self) { try statements(shallow) }
        guard case .complete = parse(shallow) else { Issue.record("100 parentheses refused"); return }
    }

    /// Inside ( … ) a line may end after an operator; `6/3` glued is arithmetic where a value
    /// is expected.
    @Test func parenthesesContinueAndGluedDivisionComputes() {
        let run = ScriptRun("let x = (1 +\n 2)\necho $x\nlet y = 6/3\necho $y \"{6/3} {7%4}\"\necho 6/3")
        #expect(run.outcome == .success, "\(run.diagnostics)")
        #expect(run.lines == ["3", "2 2 3", "6/3"])
        let zero = ScriptRun("let z = 1/0")
        #expect(zero.diagnostics.first?.message.contains("division by zero") == true, "\(zero.diagnostics)")
        guard case .incomplete = parse("echo (1 +") else { Issue.record("an open ( does not ask for more"); return }
    }
}
