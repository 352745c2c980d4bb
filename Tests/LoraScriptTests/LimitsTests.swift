import Foundation
import Testing

@testable import LoraScript

/// Requests whose size alone would exhaust memory or time are refused with a message that
/// names the limit, before anything of that size is allocated: a range of a billion values,
/// a 100 000-pixel render, a grid of a million cells, a rank no matrix can hold, and `source`
/// recursion. (The SD render's limits, with a checkpoint, are in LoraKitTests' DiffusionLimitsTests.)
@Suite struct LimitsTests {
    static let peers = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/peers").path

    /// One refusal: the script, the line and column the error points at, and its message.
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let script: String
        let line: Int
        let column: Int
        let message: String
        var testDescription: String { label }
    }

    static let toyStack =
        "base = toy seed=1\nr = train base on rings rank=2 steps=1 size=8\nq = train base on checker rank=2 steps=1 size=8\ns = stack base r q\n"

    static let cases: [Case] = [
        Case(
            label: "a range of a billion values", script: "for w in 0..1 step 1e-9 { echo $w }", line: 1, column: 20,
            message: "range has 1000000001 values; at most 10000000 are allowed"),
        Case(
            label: "a range bound to a name", script: "let r = 1..1e12 step 1", line: 1, column: 22,
            message: "range has 1000000000000 values; at most 10000000 are allowed"),
        Case(
            label: "a 100 000 × 100 000 toy render",
            script: "base = toy seed=1\nrender base to nowhere.png size=100000",
            line: 2, column: 28, message: "size must be 1…4096, not 100000"),
        Case(
            label: "a grid of a million cells", script: toyStack + "render grid s x=r:0..999 y=q:0..999 to g.png",
            line: 5, column: 15, message: "at most 64 values per axis, not 1000"),
        Case(
            label: "a grid of 64 × 64 cells of 1024 pixels (a 16 GB picture)",
            script: toyStack + "render grid s x=r:0..63 y=q:0..63 to g.png size=1024", line: 5, column: 44,
            message:
                "a grid of 64×64 cells of 1024×1024 pixels is 4294967296 pixels; at most 67108864 (8192×8192) are drawn: use fewer values or a smaller size"
        ),
        Case(
            label: "resize to a rank larger than every module",
            script: "load \(peers)/peft_weighted_adapter/src/a as a\nsmall = resize a rank=1000000000", line: 2,
            column: 18,
            message:
                "rank=1000000000 is larger than every matrix: the largest, base_model.model.fc2 (32×32), has rank 32 at most, and resize keeps at most each module's rank; give rank=32 or less"
        ),
        Case(
            label: "extract at a rank larger than every weight",
            script:
                "load \(peers)/peft_lora_mlp/base.safetensors as mlp\nload \(peers)/peft_lora_mlp/merged.safetensors as merged\ne = extract merged from mlp rank=1000000000",
            line: 3, column: 29,
            message:
                "rank=1000000000 is larger than every matrix: the largest, fc2.weight (32×32), has rank 32 at most, and extract keeps at most each weight's rank; give rank=32 or less"
        ),
        Case(
            label: "train at a rank larger than every layer",
            script: "base = toy seed=1 width=8\nr = train base on rings rank=9 steps=1 size=8", line: 2, column: 25,
            message:
                "train: rank=9 is larger than every trained layer's matrix (the largest, net.0, is 8×42: rank 8 at most); use rank=8 or less"
        ),
    ]

    @Test(arguments: cases)
    func refused(_ test: Case) {
        let run = ScriptRun(test.script)
        #expect(run.outcome == .failure)
        #expect(run.diagnostics.count == 1)
        #expect(run.diagnostics.first?.message == test.message)
        #expect(run.diagnostics.first?.location?.line == test.line)
        #expect(run.diagnostics.first?.location?.column == test.column)
    }

    /// Nothing is written when a grid or a render is refused (the paths are relative to the
    /// test's working folder, where no such files may appear).
    @Test func refusedPicturesWriteNothing() {
        for name in ["nowhere.png", "g.png"] {
            #expect(!FileManager.default.fileExists(atPath: name), "\(name) was written")
        }
    }

    /// A script that sources itself stops at the nesting cap with the file named; the cap is
    /// the documented 16.
    @Test func sourceRecursionIsCapped() throws {
        let folder = try ScriptRun.temporaryFolder("limits-source")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/self.lsh"
        try "echo deeper\nsource self.lsh\n".write(toFile: path, atomically: true, encoding: .utf8)
        let run = ScriptRun("source \(path)")
        #expect(Interpreter.maximumSourceDepth == 16)
        #expect(run.outcome == .failure)
        #expect(run.lines == Array(repeating: "deeper", count: 16))
        #expect(
            run.diagnostics.first?.message
                == "source nests more than 16 files deep (does '\(folder)/self.lsh' source itself?)")
    }

    /// A rank larger than some matrices but not all is kept (those keep their own rank).
    @Test func aRankAboveSomeMatricesIsKept() {
        let run = ScriptRun(
            "load \(Self.peers)/peft_lora_mlp/base.safetensors as mlp\nload \(Self.peers)/peft_lora_mlp/merged.safetensors as merged\ne = extract merged from mlp rank=20 clamp=1"
        )
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics)")
        #expect(run.outcome == .success)
    }
}
