import Testing

@testable import LoraFormats

@Suite struct NumberFormattingTests {
    @Test func shortestRoundTrip() {
        #expect(NumberFormatting.shortest(0.25) == "0.25")
        #expect(NumberFormatting.shortest(1.0) == "1")
        #expect(NumberFormatting.shortest(-3) == "-3")
        #expect(NumberFormatting.shortest(0.1 + 0.2) == "0.30000000000000004")
        #expect(NumberFormatting.shortest(1e-7) == "1e-07")
        #expect(NumberFormatting.shortest(-0.0) == "0")
        #expect(NumberFormatting.shortest(.infinity) == "inf")
        // Floats (LoRA weights and alphas) print as Floats, not widened to Double.
        #expect(NumberFormatting.shortest(float: 0.7) == "0.7")
        #expect(NumberFormatting.shortest(float: 8) == "8")
        #expect("\(Double(Float(0.7)))" != "0.7")  // why the Float overload exists
        for value in [0.1, 1.0 / 3, 123.456, 2e-300, 6.02e23] {
            #expect(Double(NumberFormatting.shortest(value)) == value)
        }
    }
}
