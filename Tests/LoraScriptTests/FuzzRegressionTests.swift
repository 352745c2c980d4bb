import Testing

@testable import LoraScript

/// Inputs the libFuzzer targets (Scripts/fuzz) found to hang or crash, kept as regression tests.
@Suite struct FuzzRegressionTests {
    private func kinds(_ text: String) throws -> [Token.Kind] {
        var lexer = Lexer(SourceText(name: "t", text: text))
        return try lexer.tokenize().map(\.kind)
    }

    /// `Scripts/fuzz script` timeout-f35cd512: a vertical tab (any blank other than space, tab
    /// and newline) was neither skipped nor part of a word, so the lexer made empty words forever.
    @Test(arguments: [
        ("help\u{0B}verbose", ["help", "verbose"]),
        ("help\u{0C}verbose", ["help", "verbose"]),
        ("load\u{A0}a.safetensors", ["load", "a.safetensors"]),
        ("load\u{3000}a\u{2003}b", ["load", "a", "b"]),
        ("\u{0B}\u{0B}\u{0B}", []),
    ])
    func blanksOtherThanSpaceSeparateWords(text: String, words: [String]) throws {
        #expect(try kinds(text) == words.map { .word($0) } + [.end])
    }

    /// CRLF line ends: Swift reads "\r\n" as one Character, which was no newline either.
    @Test func crlfEndsAStatement() throws {
        #expect(try kinds("a\r\nb") == [.word("a"), .separator, .word("b"), .end])
        #expect(try kinds("a # note\r\nb") == [.word("a"), .separator, .word("b"), .end])
        var lexer = Lexer(SourceText(name: "t", text: "a\r\nb"))
        let tokens = try lexer.tokenize()
        #expect(tokens[2].location.line == 2)
        #expect(tokens[2].location.column == 1)
    }

    /// The fuzzer's input itself (shortened): the parse ends, with the help command's words.
    @Test func fuzzerInputParses() {
        let text = "help esetcho verbose=true\n" + String(repeating: "\u{0B}", count: 75) + "T adapter"
        guard case .complete(let statements) = Parser.parse(SourceText(name: "t", text: text)) else {
            Issue.record("not parsed: \(Parser.parse(SourceText(name: "t", text: text)))")
            return
        }
        #expect(statements.count == 2)
    }
}
