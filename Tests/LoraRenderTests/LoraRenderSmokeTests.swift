import Testing
@testable import LoraRender

@Test func moduleLinks() { #expect(Bool(true)) }
