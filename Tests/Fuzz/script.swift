import LoraScript

/// The language's lexer and parser over arbitrary text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScript(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzInput.text(data, size)
    _ = Parser.parse(SourceText(name: "fuzz.lorash", text: text))
    return 0
}
