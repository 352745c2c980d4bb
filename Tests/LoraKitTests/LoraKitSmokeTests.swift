import Testing
@testable import LoraKit

@Test func moduleLinks() { #expect(Bool(true)) }
