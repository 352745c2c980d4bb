import Testing
@testable import LoraShell

@Test func moduleLinks() { #expect(Bool(true)) }
