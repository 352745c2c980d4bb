import Foundation
import LoraDiffusion

/// The CLIP tokenizer (text cleaning, BPE) and the 75-token prompt chunker.
let tokenizer: CLIPTokenizer = {
    let root = ProcessInfo.processInfo.environment["LORASH_FUZZ_ROOT"] ?? FileManager.default.currentDirectoryPath
    return try! CLIPTokenizer(vocabularyPath: root + "/Sources/LoraDiffusion/Resources/bpe_simple_vocab_16e6.txt.gz")
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCLIP(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzInput.text(data, size)
    let ids = tokenizer.encode(text)
    _ = tokenizer.decode(ids)
    _ = tokenizer.tokenize(text)
    _ = try? PromptChunks(text: text, tokenizer: tokenizer)
    return 0
}
