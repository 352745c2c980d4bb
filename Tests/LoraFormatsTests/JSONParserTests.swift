import Testing

@testable import LoraFormats

/// The header JSON parser: values, escapes, duplicates kept, errors with offsets, round trip.
@Suite struct JSONParserTests {
    @Test func parsesValuesAndKeepsMemberOrderAndDuplicates() throws {
        let value = try JSONParser.parse(#" {"b": [1, -2.5e1, true, null], "a": "x", "a": {"k": false}} "#)
        let members = try #require(value.objectMembers)
        #expect(members.map(\.0) == ["b", "a", "a"])
        #expect(value["b"] == .array([.number(1, integer: 1), .number(-25, integer: nil), .bool(true), .null]))
        #expect(value["a"]?.stringValue == "x")
        #expect(value["b"]?.arrayValue?[0].intValue == 1)
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try JSONParser.parse(#""tab\t quote\" slash\/ é \u00e9 \ud83d\ude00""#)
        #expect(value.stringValue == "tab\t quote\" slash/ é é 😀")
    }

    @Test(arguments: [
        ("{\"a\":}", 5), ("[1,]", 3), ("\"abc", 4), ("01", 1), ("{\"a\" 1}", 5), ("\"\\ud800\"", 7), ("[1] x", 4),
        ("-", 1),
    ])
    func reportsTheOffsetOfTheFirstError(_ text: String, _ offset: Int) {
        do {
            _ = try JSONParser.parse(text)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.offset == offset, "\(text): \(error)")
        }
    }

    @Test func rejectsRawControlCharactersAndDeepNesting() {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse("\"a\nb\"") }
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(String(repeating: "[", count: 600)) }
    }

    @Test func writerOutputParsesBackToTheSameValue() throws {
        let value: JSONValue = .object([
            ("s", .string("line\nbreak \"q\" \u{1}")), ("n", .number(8, integer: 8)),
            ("f", .number(0.25, integer: nil)),
            ("a", .array([.bool(false), .null])), ("o", .object([])),
        ])
        for indent in [0, 2] {
            #expect(try JSONParser.parse(JSONWriter.string(value, indent: indent)) == value)
        }
    }
}
