import Foundation
import LoraEngine
import Testing

@testable import LoraDiffusion

@Suite struct TextEncoderTests {
    static let tolerance: Float = 1e-4

    func check(_ got: Tensor, _ want: Tensor, _ what: String) {
        let (relative, absolute) = TextFixtures.errors(got, want)
        print("\(what): max |Δ| \(absolute), relative \(relative)")
        #expect(relative <= Self.tolerance, "\(what): relative error \(relative)")
    }

    func checkEncoder(_ name: String, encode: ([[Int]], HiddenStateSelection) -> TextEncoderOutput) throws {
        for tag in ["", "short_"] {
            let ids = TextFixtures.idRows(try TextFixtures.tensor("encoders.safetensors", "\(name).\(tag)ids"))
            let last = encode(ids, .last)
            let penultimate = encode(ids, .penultimate)
            check(
                last.hiddenStates, try TextFixtures.tensor("encoders.safetensors", "\(name).\(tag)last"),
                "\(name).\(tag)last")
            check(
                penultimate.hiddenStates, try TextFixtures.tensor("encoders.safetensors", "\(name).\(tag)penultimate"),
                "\(name).\(tag)penultimate")
            let want = try TextFixtures.tensor("encoders.safetensors", "\(name).\(tag)pooled")
            check(try #require(last.pooled), want, "\(name).\(tag)pooled")
            check(try #require(penultimate.pooled), want, "\(name).\(tag)pooled (with penultimate)")
        }
    }

    @Test func clipLMatchesTransformers() throws {
        let weights = try TextFixtures.weights("tiny-clip-l.safetensors")
        let encoder = try CLIPTextEncoder(weights, prefix: "cond_stage_model.transformer.", config: .tinyCLIPL)
        try checkEncoder("clip_l") { encoder.encode($0, selection: $1, pooled: true) }
    }

    @Test func bigGMatchesTransformersAndOpenCLIP() throws {
        let weights = try TextFixtures.weights("tiny-clip-bigg.safetensors")
        let encoder = try OpenCLIPTextEncoder(
            weights, prefix: "conditioner.embedders.1.model.", config: .tinyOpenCLIPBigG)
        try checkEncoder("bigg") { encoder.encode($0, selection: $1, pooled: true) }
    }

    @Test func clipSkipSelectsEarlierLayersThroughTheFinalNorm() throws {
        let weights = try TextFixtures.weights("tiny-clip-l.safetensors")
        let encoder = try CLIPTextEncoder(weights, prefix: "cond_stage_model.transformer.", config: .tinyCLIPL)
        let ids = TextFixtures.idRows(try TextFixtures.tensor("encoders.safetensors", "clip_l.ids"))
        // clip skip 1 is the last layer; without pooling, skip 2 stops a layer early and equals
        // the final LayerNorm of the penultimate state.
        #expect(
            encoder.encode(ids, selection: .clipSkip(1)).hiddenStates.floats()
                == encoder.encode(ids).hiddenStates.floats())
        let skip2 = encoder.encode(ids, selection: .clipSkip(2))
        #expect(skip2.pooled == nil)
        let penultimate = encoder.encode(ids, selection: .penultimate).hiddenStates
        #expect(skip2.hiddenStates.floats() == encoder.transformer.finalNorm(penultimate).floats())
        // The embeddings themselves (hidden_states[0]).
        let embeddings = encoder.encode(ids, selection: HiddenStateSelection(layersFromEnd: 4, finalLayerNorm: false))
        #expect(embeddings.hiddenStates.floats() == encoder.transformer.embed(ids).floats())
    }

    @Test func missingWeightsAreNamed() throws {
        let empty = InMemoryWeights([:])
        #expect(throws: DiffusionError.self) { try CLIPTextEncoder(empty, prefix: "x.", config: .tinyCLIPL) }
        do {
            _ = try OpenCLIPTextEncoder(empty, prefix: "m.", config: .tinyOpenCLIPBigG)
        } catch {
            #expect(error == .missingWeight("m.transformer.resblocks.0.ln_1.weight"))
        }
    }
}

@Suite struct TextConditionerTests {
    static func conditioners() throws -> (sd15: TextConditioner, sdxl: TextConditioner) {
        let tokenizer = try CLIPTokenizer.standard()
        let l = try CLIPTextEncoder(
            TextFixtures.weights("tiny-clip-l.safetensors"), prefix: "cond_stage_model.transformer.", config: .tinyCLIPL
        )
        let g = try OpenCLIPTextEncoder(
            TextFixtures.weights("tiny-clip-bigg.safetensors"), prefix: "conditioner.embedders.1.model.",
            config: .tinyOpenCLIPBigG)
        return (
            TextConditioner(encoders: .sd15(l), tokenizer: tokenizer),
            TextConditioner(encoders: .sdxl(clipL: l, bigG: g), tokenizer: tokenizer)
        )
    }

    func check(_ got: Tensor, _ name: String) throws {
        let want = try TextFixtures.tensor("conditioning.safetensors", name)
        let (relative, absolute) = TextFixtures.errors(got, want)
        print("\(name) \(want.shape): max |Δ| \(absolute), relative \(relative)")
        #expect(relative <= TextEncoderTests.tolerance, "\(name): relative error \(relative)")
    }

    /// A1111's algorithm (emphasis, mean rescale, chunks, BREAK, tags) computed in Python.
    @Test func a1111ConditioningForSD15AndSDXL() throws {
        var (sd15, sdxl) = try Self.conditioners()
        for (n, prompt) in try TextFixtures.conditioningListing().prompts.enumerated() {
            sd15.clipSkip = 1
            let skip1 = try sd15.encode(prompt)
            try check(skip1.context, "sd15_skip1.\(n)")
            #expect(skip1.pooled == nil)
            sd15.clipSkip = 2
            try check(try sd15.encode(prompt).context, "sd15_skip2.\(n)")
            let xl = try sdxl.encode(prompt)
            try check(xl.context, "sdxl.\(n).context")
            try check(try #require(xl.pooled), "sdxl.\(n).pooled")
            #expect(xl.loraTags.map(\.name) == (prompt.contains("<lora:detail") ? ["detail"] : []))
        }
    }

    /// Plain prompts through diffusers' encode_prompt (clip_skip None and 1 = A1111's 1 and 2).
    @Test func plainPromptsMatchDiffusers() throws {
        var (sd15, _) = try Self.conditioners()
        for (n, prompt) in try TextFixtures.conditioningListing().plain.enumerated() {
            sd15.clipSkip = 1
            try check(try sd15.encode(prompt).context, "plain.skip1.\(n)")
            sd15.clipSkip = 2
            try check(try sd15.encode(prompt).context, "plain.skip2.\(n)")
        }
    }

    @Test func emptyNegativeIsZeroForSDXLOnly() throws {
        let (sd15, sdxl) = try Self.conditioners()
        let negative = try sdxl.encode("", isNegative: true)
        #expect(negative.context.shape == [1, 77, 64] && negative.context.maxAbs() == 0)
        #expect(negative.pooled?.shape == [1, 32] && negative.pooled?.maxAbs() == 0)
        #expect(try sdxl.encode("").context.maxAbs() > 0)
        #expect(try sd15.encode("", isNegative: true).context.maxAbs() > 0)
        // A negative prompt keeps its tags as text.
        let tagged = try sd15.encode("<lora:x:1> blurry", isNegative: true)
        #expect(tagged.loraTags.isEmpty && tagged.chunks.tokens[0][1] != tagged.chunks.tokens[0][0])
        #expect(tagged.chunks.tokenCount > (try sd15.encode("blurry", isNegative: true)).chunks.tokenCount)
    }

    @Test func emphasisModes() throws {
        var (sd15, _) = try Self.conditioners()
        let prompt = "a (red:1.3) car"
        let original = try sd15.encode(prompt).context
        sd15.emphasis = .ignore
        let ignored = try sd15.encode(prompt).context
        #expect(ignored.floats() == (try sd15.encode("a red car")).context.floats())
        sd15.emphasis = .noNorm
        let noNorm = try sd15.encode(prompt).context
        // Original = no-norm rescaled to the unweighted mean.
        let mean = { (t: Tensor) in t.sum() / Double(t.count) }
        #expect(abs(mean(original) - mean(ignored)) < 1e-6 * max(1, abs(mean(ignored))))
        #expect(noNorm.floats() != original.floats())
        sd15.emphasis = .none
        let literal = try sd15.encode(prompt)
        #expect(literal.chunks.multipliers[0].allSatisfy { $0 == 1 })
        #expect(literal.chunks.tokenCount > (try sd15.encode("a red car")).chunks.tokenCount)
    }

    @Test func longPromptsMakeSeveralChunks() throws {
        let (sd15, sdxl) = try Self.conditioners()
        let prompt = Array(repeating: "masterpiece, best quality", count: 30).joined(separator: ", ")
        let c = try sd15.encode(prompt)
        #expect(c.chunks.count >= 2 && c.context.shape == [1, 77 * c.chunks.count, 32])
        let x = try sdxl.encode(prompt)
        #expect(x.context.shape == [1, 77 * c.chunks.count, 64] && x.pooled?.shape == [1, 32])
    }
}
