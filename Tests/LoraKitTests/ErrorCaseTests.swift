import Foundation
import LoraEngine
import LoraFormats
import Testing

@testable import LoraKit

/// One test per remaining error case of `BakeError` and `MergeError`, from hand-made inputs.
@Suite struct ErrorCaseTests {
    func module(_ path: String, _ factors: LoraFactors, magnitude: Tensor? = nil) -> LoraModule {
        LoraModule(
            target: ModuleTarget(component: .model, path: path, isFlattened: false), sourceName: "lycoris_" + path,
            factors: factors, alpha: 1, magnitude: magnitude)
    }

    func adapter(_ modules: [LoraModule]) -> LoraAdapter {
        LoraAdapter(modules: modules, scheme: .lycoris, alphaSource: .tensors, sourcePath: "/nonexistent/x.safetensors")
    }

    func lowRank(_ out: Int, _ inF: Int, _ r: Int) -> LoraFactors {
        .lowRank(
            up: Tensor(shape: [out, r], values: (0..<(out * r)).map { Float($0 % 5) * 0.1 }),
            down: Tensor(shape: [r, inF], values: (0..<(r * inF)).map { Float($0 % 3) * 0.1 }), mid: nil)
    }

    @Test func bakeBadMagnitudeAndNotFloat() throws {
        let dir = MergeFixtures.temporaryFolder()
        try SafetensorsWriter.write(
            path: dir + "/base.safetensors",
            tensors: [
                ("w.weight", Tensor(zeros: [4, 3])),
                ("ids.weight", Tensor(shape: [4, 3], dtype: .i32, storage: TensorStorage(zeroedByteCount: 48))),
            ])
        let base = try BaseModel(path: dir + "/base.safetensors")
        let dora = adapter([module("w", lowRank(4, 3, 2), magnitude: Tensor(zeros: [3]))])
        #expect {
            try StreamingBake.run(
                Stack(base: base, entries: [StackEntry(name: "d", lora: dora)]), to: dir + "/o.safetensors")
        } throws: { error in
            guard case BakeError.badMagnitude(_, let m, 3, 4) = error else { return false }
            return m == "lycoris_w"
        }
        let ints = adapter([module("ids", lowRank(4, 3, 2))])
        #expect {
            try StreamingBake.run(
                Stack(base: base, entries: [StackEntry(name: "i", lora: ints)]), to: dir + "/o.safetensors")
        } throws: { error in
            guard case BakeError.notFloat("ids.weight", .i32) = error else { return false }
            return true
        }
        #expect(MergeFixtures.listing(dir) == ["base.safetensors"])
    }

    @Test func mergeErrors() throws {
        // Kohya methods need plain factors.
        let loha = adapter([
            module(
                "w",
                .hadamard(
                    w1a: Tensor(zeros: [4, 1]), w1b: Tensor(zeros: [1, 3]), w2a: Tensor(zeros: [4, 1]),
                    w2b: Tensor(zeros: [1, 3]), t1: nil, t2: nil))
        ])
        #expect {
            try LoraMerge.merge(
                Stack(entries: [StackEntry(name: "h", lora: loha)]), options: MergeOptions(method: .kohyaSum))
        } throws: { error in
            // Named by the LoRA it is about.
            guard case MergeError.inLora("h", .notLowRank(_, "lycoris_w", "loha")) = error else { return false }
            return true
        }
        // IA3 cannot be merged without a base.
        let ia3 = adapter([module("w", .ia3(weight: Tensor(zeros: [4]), onInput: nil))])
        #expect(throws: MergeError.inLora(name: "i", error: .multiplicativeModule(module: "lycoris_w"))) {
            try LoraMerge.merge(
                Stack(entries: [StackEntry(name: "i", lora: ia3)]), options: MergeOptions(method: .concat))
        }
        // Same target, different shapes.
        let a = adapter([module("w", lowRank(4, 3, 2))]), b = adapter([module("w", lowRank(5, 3, 2))])
        #expect {
            try LoraMerge.merge(
                Stack(entries: [StackEntry(name: "a", lora: a), StackEntry(name: "b", lora: b)]),
                options: MergeOptions(method: .concat))
        } throws: { error in
            guard case MergeError.shapesDiffer = error else { return false }
            return "\(error)".contains("lycoris_w")
        }
    }
}
