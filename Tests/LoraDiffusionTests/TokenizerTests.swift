import Foundation
import Testing

@testable import LoraDiffusion

@Suite struct TokenizerTests {
    @Test func everyFixturePromptGivesOpenCLIPsIDs() throws {
        let tokenizer = try CLIPTokenizer.standard()
        let prompts = try TextFixtures.prompts()
        #expect(prompts.count >= 300)
        var failures: [String] = []
        for record in prompts {
            let ids = tokenizer.encode(record.text)
            if ids != record.ids { failures.append("\(record.text.debugDescription): \(ids) ≠ \(record.ids)") }
        }
        #expect(failures.isEmpty, "\(failures.count) prompts differ:\n\(failures.prefix(10).joined(separator: "\n"))")
    }

    @Test func knownIDsAndFraming() throws {
        let tokenizer = try CLIPTokenizer.standard()
        #expect(tokenizer.encode("a photo of a cat") == [320, 1125, 539, 320, 2368])
        #expect(tokenizer.encode(",")[0] == tokenizer.commaID)
        #expect(tokenizer.token(of: 2368) == "cat</w>")
        #expect(tokenizer.id(of: "<end_of_text>") == CLIPTokenizer.endOfText)
        let framed = tokenizer.tokenize("a photo of a cat")
        #expect(framed.count == 77 && framed[0] == 49406 && framed[6] == 49407 && framed[7] == 0)
        let padded = tokenizer.tokenize("a photo of a cat", padding: CLIPTokenizer.endOfText)
        #expect(padded[7...].allSatisfy { $0 == CLIPTokenizer.endOfText })
        let long = tokenizer.tokenize(String(repeating: "cat ", count: 100))
        #expect(long.count == 77 && long[76] == CLIPTokenizer.endOfText && long[75] == 2368)
        #expect(tokenizer.decode(tokenizer.encode("Café, it’s 東京 🐱!")) == "café , it 's 東京 🐱! ")
    }

    @Test func cleaningFollowsFtfyAndPython() throws {
        let cleaner = CLIPTextCleaner()
        func clean(_ s: String) -> String { String(String.UnicodeScalarView(cleaner.clean(s))) }
        #expect(clean("  A\tB\n\nC  ") == "a b c")
        #expect(clean("ΟΔΟΣ ΑΘΗΝΑΣ") == "οδος αθηνας")
        #expect(clean("ＡＢＣ（１）") == "abc(1)")
        #expect(clean("ﬁne “q” it’s") == "fine \"q\" it's")
        #expect(clean("&amp;amp; &lt;3 &eacute &#x263A; &#0; &NTILDE;") == "& <3 é ☺ \u{FFFD} ñ")
        #expect(clean("a<b &amp; c") == "a<b & c")
        #expect(Array(clean("e\u{301}").unicodeScalars) == ["\u{E9}"])
        #expect(clean("x\u{1B}[31my\u{07}z") == "xyz")
    }

    @Test func vocabularyLoadsQuickly() throws {
        let path = try #require(CLIPTokenizer.standardVocabularyPath())
        let clock = ContinuousClock()
        let start = clock.now
        let tokenizer = try CLIPTokenizer(vocabularyPath: path)
        let elapsed = clock.now - start
        print("CLIP vocabulary loaded in \(elapsed)")
        #expect(tokenizer.encode("cat") == [2368])
        #expect(elapsed < .seconds(2))
    }

    @Test func unreadableVocabularyIsAnError() {
        #expect(throws: DiffusionError.self) { try CLIPTokenizer(vocabularyPath: "/nonexistent/bpe.txt.gz") }
        #expect(throws: DiffusionError.self) { try CLIPTokenizer(gzipData: Array("not gzip".utf8), source: "x") }
        do {
            _ = try CLIPTokenizer(vocabularyPath: "/nonexistent/bpe.txt.gz")
        } catch {
            guard case .vocabularyUnreadable(let path, let reason) = error else { Issue.record("\(error)"); return }
            #expect(path == "/nonexistent/bpe.txt.gz")
            #expect(reason.contains(CLIPTokenizer.vocabularyEnvironmentVariable))
        }
    }
}
