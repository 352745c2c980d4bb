import Foundation
import Testing

@testable import LoraDiffusion

@Suite struct PromptParserTests {
    /// Every fixture prompt: the tag-free text, the LoRA weights, A1111's segments and chunks.
    @Test func everyFixturePromptParsesAsA1111Does() throws {
        let tokenizer = try CLIPTokenizer.standard()
        var failures: [String] = []
        for record in try TextFixtures.prompts() {
            let name = record.prompt.debugDescription
            let extracted: PromptLoraTags
            do {
                extracted = try PromptLoraTags.extract(from: record.prompt)
            } catch {
                if record.error?.hasPrefix("lora") != true { failures.append("\(name): \(error)") }
                continue
            }
            if record.error?.hasPrefix("lora") == true { failures.append("\(name): expected a LoRA error") }
            if extracted.text != record.text || !extracted.text.unicodeScalars.elementsEqual(record.text.unicodeScalars)
            {
                failures.append("\(name): text \(extracted.text.debugDescription)")
            }
            let tags = extracted.tags.map { "\($0.name) \($0.textEncoderWeight) \($0.unetWeight)" }
            let wanted = record.loras.map { "\($0.name) \(Float($0.te)) \(Float($0.unet))" }
            if record.error == nil && tags != wanted { failures.append("\(name): tags \(tags) ≠ \(wanted)") }
            if extracted.otherNetworks != record.other_networks { failures.append("\(name): others") }

            let segments: [PromptSegment]
            do {
                segments = try PromptParser.segments(extracted.text)
            } catch {
                if record.error?.hasPrefix("emphasis") != true { failures.append("\(name): \(error)") }
                continue
            }
            if record.error?.hasPrefix("emphasis") == true { failures.append("\(name): expected an emphasis error") }
            let want = record.segments ?? []
            if segments.map(\.text) != want.map(\.text) || segments.map(\.weight) != want.map(\.weight) {
                failures.append("\(name): segments \(segments.map { ($0.text, $0.weight) })")
            }
            let chunks = PromptChunks(segments: segments, tokenizer: tokenizer)
            if chunks.tokens != record.chunks { failures.append("\(name): chunk tokens differ") }
            if chunks.multipliers != record.multipliers { failures.append("\(name): multipliers differ") }
            if chunks.tokenCount != record.token_count { failures.append("\(name): count \(chunks.tokenCount)") }
        }
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(12).joined(separator: "\n"))")
    }

    // Hand-written cases from A1111's documented behaviour (prompt_parser.py's doctests and the
    // wiki's "Attention/emphasis" section).

    func parsed(_ text: String) throws -> [[String]] {
        try PromptParser.segments(text).map { [$0.text, String(format: "%.6f", $0.weight)] }
    }

    @Test func emphasisWeights() throws {
        #expect(
            try parsed("a (b:1.5) [c]") == [
                ["a ", "1.000000"], ["b", "1.500000"], [" ", "1.000000"], ["c", "0.909091"],
            ])
        #expect(try parsed("((a))") == [["a", "1.210000"]])
        #expect(try parsed("[[a]]") == [["a", "0.826446"]])
        #expect(try parsed("(a:0.5) (b)") == [["a", "0.500000"], [" ", "1.000000"], ["b", "1.100000"]])
        #expect(try parsed("normal text") == [["normal text", "1.000000"]])
        #expect(try parsed("") == [["", "1.000000"]])
    }

    @Test func a1111Doctests() throws {
        #expect(
            try parsed("an (important) word") == [
                ["an ", "1.000000"], ["important", "1.100000"], [" word", "1.000000"],
            ])
        #expect(try parsed("(unbalanced") == [["unbalanced", "1.100000"]])
        #expect(try parsed("\\(literal\\]") == [["(literal]", "1.000000"]])
        #expect(try parsed("(unnecessary)(parens)") == [["unnecessaryparens", "1.100000"]])
        let weights = try PromptParser.segments("a (((house:1.3)) [on] a (hill:0.5), sun, (((sky))).").map(\.weight)
        #expect(weights == [1.0, 1.5730000000000004, 1.1, 1.0, 1.1, 0.55, 1.1, 1.4641000000000006, 1.1])
    }

    @Test func escapesAndStrayBrackets() throws {
        #expect(try parsed("a \\\\ b") == [["a \\ b", "1.000000"]])
        #expect(try parsed("a \\b") == [["a b", "1.000000"]])
        #expect(try parsed("a) b] c:d") == [["a) b] c:d", "1.000000"]])
        #expect(try parsed("x:1.2) y") == [["x:1.2) y", "1.000000"]])
    }

    @Test func breakSplitsAndKeepsItsWeight() throws {
        let segments = try PromptParser.segments("a cat BREAK a dog")
        #expect(segments == [PromptSegment("a cat", 1), PromptSegment("BREAK", -1), PromptSegment("a dog", 1)])
        #expect(segments[1].isBreak)
        #expect(try PromptParser.segments("BREAKFAST").count == 1)
        #expect(try PromptParser.segments("a break b").count == 1)
        // Inside brackets the marker is scaled with its neighbours and reads as the word "break".
        let inside = try PromptParser.segments("(a BREAK b)")
        #expect(inside.count == 3 && !inside[1].isBreak && inside[1].weight == -1.1)
    }

    @Test func unreadableWeightIsAnError() {
        #expect(throws: DiffusionError.self) { try PromptParser.segments("(cat:1.2.3)") }
        #expect(throws: DiffusionError.self) { try PromptParser.segments("(cat:.)") }
        #expect((try? PromptParser.segments("(cat:-1)"))?.first?.weight == -1)
    }

    @Test func loraTags() throws {
        let one = try PromptLoraTags.extract(from: "a <lora:hero:0.8> cat")
        #expect(one.text == "a  cat")
        #expect(
            one.tags == [LoraTag(name: "hero", textEncoderWeight: 0.8, unetWeight: 0.8, written: "<lora:hero:0.8>")])
        let split = try PromptLoraTags.extract(from: "<lora:x:1:0.5><lyco:y:te=0.2:unet=0.9><lora:z>")
        #expect(split.text == "")
        #expect(split.tags.map(\.name) == ["x", "y", "z"])
        #expect(split.tags.map(\.textEncoderWeight) == [1, 0.2, 1])
        #expect(split.tags.map(\.unetWeight) == [0.5, 0.9, 1])
        let named = try PromptLoraTags.extract(from: "<lora:s:0.5:te=0.2> <lora:u:unet=0.6> <hypernet:h:1>")
        #expect(named.tags.map(\.textEncoderWeight) == [0.2, 1])
        #expect(named.tags.map(\.unetWeight) == [0.2, 0.6])
        #expect(named.otherNetworks == ["hypernet"])
        #expect(named.text == "  ")
        #expect(try PromptLoraTags.extract(from: "a <b> <lora:> c").text == "a <b> <lora:> c")
        #expect(throws: DiffusionError.self) { try PromptLoraTags.extract(from: "<lora:x:abc>") }
        #expect(throws: DiffusionError.self) { try PromptLoraTags.extract(from: "<lora:x:inf>") }
        #expect(throws: DiffusionError.self) { try PromptLoraTags.extract(from: "<lora:te=1>") }
    }

    @Test func pythonFloat() {
        #expect(PythonText.float("1.5") == 1.5)
        #expect(PythonText.float(" .5 ") == 0.5)
        #expect(PythonText.float("2.") == 2)
        #expect(PythonText.float("-1e-1") == -0.1)
        #expect(PythonText.float("1_000") == 1000)
        #expect(PythonText.float("+1.E2") == 100)
        #expect(PythonText.float("Infinity") == .infinity)
        #expect(PythonText.float("١.٥") == 1.5)
        for bad in ["", ".", "1.2.3", "1__0", "_1", "1_", "e5", "1e", "0x10", "abc", "1 2"] {
            #expect(PythonText.float(bad) == nil, "\(bad)")
        }
    }

    @Test func chunksOfAnEmptyPrompt() throws {
        let chunks = try PromptChunks(text: "", tokenizer: CLIPTokenizer.standard())
        #expect(chunks.tokens == [[49406] + Array(repeating: 49407, count: 76)])
        #expect(chunks.multipliers == [Array(repeating: 1, count: 77)])
        #expect(chunks.tokenCount == 0)
    }

    @Test func commaBacktrackMovesTheLastPhrase() throws {
        // 70 words, a comma, then 10 words: the 75-token chunk would end inside the last phrase;
        // A1111 ends it at the comma and moves the phrase to the next chunk.
        let tokenizer = try CLIPTokenizer.standard()
        let text =
            Array(repeating: "cat", count: 70).joined(separator: " ") + ", "
            + Array(repeating: "dog", count: 10).joined(separator: " ")
        let chunks = try PromptChunks(text: text, tokenizer: tokenizer)
        #expect(chunks.count == 2)
        let cat = tokenizer.encode("cat")[0]
        let dog = tokenizer.encode("dog")[0]
        #expect(Array(chunks.tokens[0][1...71]) == Array(repeating: cat, count: 70) + [tokenizer.commaID])
        #expect(chunks.tokens[0][72...].allSatisfy { $0 == CLIPTokenizer.endOfText })
        #expect(Array(chunks.tokens[1][1...10]) == Array(repeating: dog, count: 10))
        let noBacktrack = try PromptChunks(text: text, tokenizer: tokenizer, commaPaddingBacktrack: 0)
        #expect(noBacktrack.tokens[0][75] == dog && noBacktrack.tokens[1][1] == dog)
    }

    @Test func zeroPaddingForBigG() throws {
        let chunks = try PromptChunks(text: "a cat", tokenizer: CLIPTokenizer.standard())
        let g = chunks.tokensPaddedWithZero(chunk: 0)
        #expect(g[0] == 49406 && g[3] == 49407 && g[4...].allSatisfy { $0 == 0 })
    }
}
