import Testing

@testable import LoraScript

private func kinds(_ text: String) throws -> [Token.Kind] {
    var lexer = Lexer(SourceText(name: "t", text: text))
    return try lexer.tokenize().map(\.kind)
}

@Suite struct LexerTests {
    @Test func pathsAndSpecsAreSingleWords() throws {
        #expect(
            try kinds("load models/a.safetensors as hero") == [
                .word("load"), .word("models/a.safetensors"), .word("as"), .word("hero"), .end,
            ])
        #expect(
            try kinds("stack base hero:te=0.5:unet=0.8") == [
                .word("stack"), .word("base"), .word("hero:te=0.5:unet=0.8"), .end,
            ])
        #expect(try kinds("../up/x.png ./y") == [.word("../up/x.png"), .word("./y"), .end])
    }

    @Test func numbersRangesAndOperators() throws {
        #expect(try kinds("0..1 step 0.25") == [.number(0), .dotDot, .number(1), .word("step"), .number(0.25), .end])
        #expect(try kinds("1e-3 -2") == [.number(0.001), .op("-"), .number(2), .end])
        #expect(try kinds("0.1+0.2") == [.number(0.1), .op("+"), .number(0.2), .end])
        #expect(try kinds("1girl 0.5x") == [.word("1girl"), .word("0.5x"), .end])
        #expect(try kinds("6 / 3") == [.number(6), .op("/"), .number(3), .end])
    }

    @Test func stringsInterpolateAndEscape() throws {
        let tokens = try kinds(#""w={w}\n\{x\}" 'raw {w}'"#)
        guard case .string(let parts) = tokens[0] else { Issue.record("not a string"); return }
        #expect(parts.count == 3)
        #expect(parts[0] == .text("w="))
        if case .interpolation(let source, let location) = parts[1] {
            #expect(source == "w")
            #expect(location.column == 5)
        } else {
            Issue.record("no interpolation")
        }
        #expect(parts[2] == .text("\n{x}"))
        #expect(tokens[1] == .string([.text("raw {w}")]))
    }

    @Test func commentsSeparatorsAndContinuations() throws {
        #expect(
            try kinds("echo a # note\necho b; echo c") == [
                .word("echo"), .word("a"), .separator, .word("echo"), .word("b"), .separator, .word("echo"), .word("c"),
                .end,
            ])
        #expect(try kinds("echo a \\\n b") == [.word("echo"), .word("a"), .word("b"), .end])
        #expect(try kinds("a#b") == [.word("a#b"), .end])
    }

    @Test func variablesAndLocations() throws {
        var lexer = Lexer(SourceText(name: "f.lsh", text: "echo\n  $1 $args"))
        let tokens = try lexer.tokenize()
        #expect(tokens[2].kind == .variable("1"))
        #expect(tokens[2].location == SourceLocation(file: "f.lsh", line: 2, column: 3))
        #expect(tokens[3].kind == .variable("args"))
        #expect(tokens[3].location.column == 6)
    }

    @Test func unterminatedStringIsIncomplete() {
        var lexer = Lexer(SourceText(name: "t", text: "echo \"abc"))
        #expect(throws: Lexer.LexError.self) { try lexer.tokenize() }
        #expect(Parser.parse(SourceText(name: "t", text: "echo \"abc")).isIncomplete)
    }
}
