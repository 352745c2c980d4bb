import LoraDiffusion
import LoraRender

/// The PNG decoder, its text chunks and the A1111 `parameters` text in them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPNG(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    if let chunks = try? PNGDecoder.textChunks(in: bytes, file: "fuzz.png") {
        for chunk in chunks where chunk.keyword == "parameters" {
            _ = try? GenerationParameters(parsingInfotext: chunk.text)
        }
    }
    if let image = try? PNGDecoder.decode(bytes, file: "fuzz.png") { _ = image.width * image.height }
    return 0
}
