import Testing
@testable import LoraScript

@Test func moduleLinks() { #expect(Bool(true)) }
