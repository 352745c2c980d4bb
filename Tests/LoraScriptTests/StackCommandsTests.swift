import Foundation
import LoraEngine
import LoraFormats
import LoraKit
import LoraRender
import Testing

@testable import LoraScript

/// The stack commands end to end through the interpreter, checked against the reference tools'
/// outputs in Tests/Fixtures/peers (never against our own output).
@Suite struct StackCommandsTests {
    static let peers = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/peers").path

    func run(_ text: String) -> (Interpreter, Interpreter.Outcome, [String], [Diagnostic]) {
        let output = CapturedOutput()
        var diagnostics: [Diagnostic] = []
        let interpreter = Interpreter(output: output) { diagnostics.append($0) }
        let outcome = interpreter.run(SourceText(name: "t", text: text))
        return (interpreter, outcome, output.lines, diagnostics)
    }

    func folder() throws -> String { try ScriptRun.temporaryFolder("stack") }

    /// max |a − b| / max |b| over every tensor of `expected`.
    func relativeError(_ file: String, _ expected: String) throws -> Float {
        let got = try SafetensorsReader(path: file)
        let want = try SafetensorsReader(path: expected)
        var worst: Float = 0
        for entry in want.entries {
            let w = try want.tensor(named: entry.name).floats()
            let g = try got.tensor(named: entry.name).floats()
            let scale = max(w.map(abs).max() ?? 0, 1e-12)
            worst = max(worst, zip(g, w).map { abs($0 - $1) }.max()! / scale)
        }
        return worst
    }

    @Test func bakeMatchesPeftMergeAndUnload() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (_, outcome, _, diagnostics) = run(
            """
            load \(Self.peers)/peft_lora_mlp as adapter
            load \(Self.peers)/peft_lora_mlp/base.safetensors as base
            s = stack base adapter
            merge s into \(dir)/merged.safetensors
            """)
        #expect(outcome == .success, "\(diagnostics)")
        #expect(try relativeError("\(dir)/merged.safetensors", "\(Self.peers)/peft_lora_mlp/merged.safetensors") < 1e-5)
        // The base file is untouched and the output is not overwritten.
        let again = run(
            """
            load \(Self.peers)/peft_lora_mlp as adapter
            load \(Self.peers)/peft_lora_mlp/base.safetensors as base
            s = stack base adapter:0.5
            merge s into \(dir)/merged.safetensors
            """)
        #expect(again.1 == .failure)
        #expect(try relativeError("\(dir)/merged.safetensors", "\(Self.peers)/peft_lora_mlp/merged.safetensors") < 1e-5)
    }

    @Test func concatMergeReproducesTheStackExactly() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (interpreter, outcome, lines, diagnostics) = run(
            """
            load \(Self.peers)/peft_weighted_adapter/src/a as a
            load \(Self.peers)/peft_weighted_adapter/src/b as b
            m = merge a:0.7 b:0.4 method=concat
            """)
        #expect(outcome == .success, "\(diagnostics)")
        #expect(lines.last?.hasPrefix("concat: 3 modules, rank 8, retained 100.0%") == true)
        guard case .object(let merged as LoraAdapter)? = interpreter.lookup("m") else {
            Issue.record("m is not a LoRA")
            return
        }
        // derived_stack_dense = 0.7·Δa + 0.4·Δb, computed by the fixture's author with torch.
        let expected = try SafetensorsReader(
            path: "\(Self.peers)/peft_weighted_adapter/derived_stack_dense.safetensors")
        for module in merged.modules {
            let key = module.target.path.replacingOccurrences(of: "base_model.model.", with: "") + ".weight"
            let want = try expected.tensor(named: key).floats()
            let got = try ModuleDelta.factored(module, allowDoRA: false).dense().floats()
            let scale = want.map(abs).max()!
            #expect(zip(got, want).map { abs($0 - $1) }.max()! / scale < 1e-5, "\(key)")
        }
    }

    @Test func stackErrorsNameTheProblem() {
        let setup =
            "load \(Self.peers)/peft_lora_mlp as adapter\nload \(Self.peers)/lycoris_loha/base.safetensors as conv\n"
        let wrongBase = run(setup + "s = stack conv adapter")
        #expect(wrongBase.1 == .failure)
        #expect(wrongBase.3.first?.location?.line == 3)
        let unknown = run(setup + "s = stack conv nobody:0.5")
        #expect(unknown.3.first?.message.contains("nobody") == true)
        let noTarget = run(setup + "small = resize adapter")
        #expect(noTarget.3.first?.message == "resize needs rank=K, fro=T, ratio=T or cumulative=T")
        let twoTargets = run(setup + "small = resize adapter rank=2 fro=0.9")
        #expect(twoTargets.3.first?.message == "give one of rank=, fro=, ratio=, cumulative= (not rank and fro)")
    }

    /// merge options that the form or method written does not use are errors at the option,
    /// not silently ignored; a merge of zero weights, or one worse than nothing, says so.
    @Test func mergeOptionsThatDoNotApplyAreRefused() {
        let setup =
            "load \(Self.peers)/peft_weighted_adapter/src/a as a\nload \(Self.peers)/peft_weighted_adapter/src/b as b\nload \(Self.peers)/peft_weighted_adapter/base.safetensors as base\ns = stack base a\n"
        let cases: [(String, String, Int)] = [
            ("m = merge a b method=concat rank=4", "rank= does not apply to method=concat", 29),
            ("m = merge a b method=kohya_sum fro=0.9", "fro= does not apply to method=kohya_sum", 32),
            ("m = merge a b method=svd rank=2 dtype=f16", "dtype= applies to a bake", 33),
            (
                "m = merge a b method=svd rank=2 density=0.3",
                "density= applies to ties, dare_linear, dare_ties and magnitude_prune", 33
            ),
            ("m = merge a b method=ties rank=2 seed=4", "seed= seeds the random drop of dare_linear and dare_ties", 34),
            ("merge s into /tmp/never.safetensors method=svd", "method= applies to merging LoRAs into one LoRA", 37),
        ]
        for (line, message, column) in cases {
            let result = run(setup + line)
            #expect(result.1 == .failure, "\(line)")
            #expect(result.3.first?.message.hasPrefix(message) == true, "\(line): \(result.3.map(\.message))")
            #expect(result.3.first?.location?.column == column, "\(line)")
        }
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never.safetensors"))
        // Modules weighted 0 are left out of a merge; when every one is, there is nothing to merge.
        let zero = run(setup + "m = merge a:0 b:0 method=svd rank=2")
        #expect(zero.1 == .failure)
        #expect(
            zero.3.first?.message
                == "nothing to merge: every module is weighted 0 (te=0, unet=0, a block or a pattern at 0)", "\(zero.3)"
        )
        let half = run(setup + "m = merge a:1 b:0 method=concat\ninfo m")
        #expect(half.2.contains { $0.contains("3 modules") }, "\(half.2)")
        let fine = run(setup + "m = merge a b method=dare_ties density=0.5 seed=3 rank=4")
        #expect(fine.1 == .success, "\(fine.3)")
    }

    @Test func extractOfAnExactRankFourDeltaKeepsEverything() {
        let (_, outcome, lines, diagnostics) = run(
            """
            load \(Self.peers)/peft_lora_mlp/base.safetensors as before
            load \(Self.peers)/peft_lora_mlp/merged.safetensors as after
            x = extract after from before rank=4 clamp=1
            """)
        #expect(outcome == .success, "\(diagnostics)")
        // merged = base + 2·B·A with rank 4 (case.json): a rank-4 extraction is exact.
        #expect(lines.last?.hasPrefix("extract: 3 modules, rank 4, retained 100.0%") == true)
    }
}

@Suite struct StackPictureTests {
    @Test func blocksAndInterferenceOfTheSameLoraInTwoFormats() throws {
        let peers = StackCommandsTests.peers
        let dir = try ScriptRun.temporaryFolder("blocks")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // lora_kohya_by_diffusers is lora_diffusers converted by diffusers itself: the same deltas.
        let run = ScriptRun(
            """
            load \(peers)/diffusers_tiny_unet_lora/lora_diffusers.safetensors as d
            load \(peers)/diffusers_tiny_unet_lora/lora_kohya_by_diffusers.safetensors as k
            load \(peers)/diffusers_tiny_unet_lora/unet_base.safetensors as u
            s = stack u d:0.8 k:0.5
            render blocks s to \(dir)/b.png
            render interference s to \(dir)/i.svg
            """)
        #expect(run.outcome == .success, "\(run.diagnostics)")
        let svg = try String(contentsOfFile: "\(dir)/i.svg", encoding: .utf8)
        #expect(svg.components(separatedBy: ">1.00<").count - 1 == 4, "same LoRA: every cosine is 1")
        #expect(try PNGDecoder.read(path: "\(dir)/b.png").width > 100)
        #expect(run.lines.contains("wrote \(dir)/b.png (2 LoRAs × 7 blocks)"))
    }
}
