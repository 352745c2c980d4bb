import LoraFormats
import Testing

@testable import LoraScript

@Suite struct NumericRangeTests {
    @Test func tenthsHaveNoDrift() throws {
        let values = try NumericRange(start: 0, end: 1, step: 0.1).values
        #expect(values.count == 11)
        #expect(values.last == 1.0)
        #expect(values[3] == 0.3)
        #expect(
            values.map(NumberFormatting.shortest) == [
                "0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1",
            ])
    }

    @Test func endIncludedOnlyOnAStep() throws {
        #expect(try NumericRange(start: 0, end: 1, step: 0.3).values == [0, 0.3, 0.6, 0.9])
        #expect(try NumericRange(start: 0, end: 1, step: 0.25).values == [0, 0.25, 0.5, 0.75, 1])
        #expect(try NumericRange(start: 1, end: 3).values == [1, 2, 3])
        #expect(try NumericRange(start: 1, end: 0, step: -0.5).values == [1, 0.5, 0])
        #expect(try NumericRange(start: 2, end: 2, step: 1).values == [2])
    }

    @Test func invalidRanges() {
        #expect(throws: NumericRange.RangeError.zeroStep) { try NumericRange(start: 0, end: 1, step: 0) }
        #expect(throws: NumericRange.RangeError.wrongDirection(start: 0, end: 1, step: -1)) {
            try NumericRange(start: 0, end: 1, step: -1)
        }
    }

    /// Ranges with more values than an Int holds are refused, not converted (they trapped).
    @Test func hugeRangesAreRefused() {
        for (start, end, step) in [
            (0.0, 1e20, 1.0), (0, 9.3e18, 1), (-1e308, 1e308, 1), (0, 1, 1e-300), (0, 1, 1e-320), (0, 1e300, 1e-300),
        ] {
            #expect(throws: NumericRange.RangeError.self) { try NumericRange(start: start, end: end, step: step) }
        }
        #expect(throws: NumericRange.RangeError.tooLarge(count: 1e12 + 1)) {
            try NumericRange(start: 0, end: 1e12, step: 1)
        }
    }
}

@Suite struct SuggestionsTests {
    @Test func nearMisses() {
        #expect(Suggestions.closest(to: "ecoh", among: ["echo", "help", "ls"]) == "echo")
        #expect(Suggestions.closest(to: "laod", among: ["load", "ls"]) == "load")
        #expect(Suggestions.closest(to: "xyzzy", among: ["load", "ls"]) == nil)
        #expect(Suggestions.editDistance("kitten", "sitting") == 3)
        #expect(Suggestions.editDistance("ab", "ba") == 1)
    }
}
