import Testing

@testable import LoraEngine

@Test func moduleLinks() { #expect(DType(userName: "bf16") == .bf16) }
