import Testing
@testable import LoraFormats

@Test func moduleLinks() { #expect(Bool(true)) }
