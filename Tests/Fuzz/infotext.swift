import LoraDiffusion

/// A1111's infotext (the `parameters` PNG text): parsed, and a parsed one written back as a
/// recipe.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInfotext(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzInput.text(data, size)
    if let parameters = try? GenerationParameters(parsingInfotext: text) {
        _ = parameters.recipe(stack: "s")
    }
    return 0
}
