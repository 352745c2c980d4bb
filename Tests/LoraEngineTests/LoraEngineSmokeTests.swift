import Testing
@testable import LoraEngine

@Test func moduleLinks() { #expect(Bool(true)) }
