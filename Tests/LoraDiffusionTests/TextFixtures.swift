import Foundation
import LoraEngine
import LoraFormats

@testable import LoraDiffusion

/// The text fixtures made by Scripts/fixtures/diffusion_text.py (Tests/Fixtures/Diffusion/text).
enum TextFixtures {
    /// The folder of the text fixtures (found from this source file's path).
    static var folder: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path + "/Tests/Fixtures/Diffusion/text/"
    }

    /// One LoRA tag as A1111 reads it.
    struct Lora: Decodable {
        let name: String
        let te: Double
        let unet: Double
    }

    /// One `[text, weight]` pair of A1111's `parse_prompt_attention`.
    struct Segment: Decodable {
        let text: String
        let weight: Double
        init(from decoder: Decoder) throws {
            var container = try decoder.unkeyedContainer()
            text = try container.decode(String.self)
            weight = try container.decode(Double.self)
        }
    }

    /// One prompt of prompts.json.
    struct Prompt: Decodable {
        let prompt: String
        let text: String
        let ids: [Int]
        let transformers_agrees: Bool
        let loras: [Lora]
        let other_networks: [String]
        let segments: [Segment]?
        let chunks: [[Int]]?
        let multipliers: [[Double]]?
        let token_count: Int?
        let error: String?
    }

    struct PromptFile: Decodable {
        let tokenizer: String
        let prompts: [Prompt]
    }

    /// The prompts of prompts.json.
    static func prompts() throws -> [Prompt] {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "prompts.json"))
        return try JSONDecoder().decode(PromptFile.self, from: data).prompts
    }

    /// The prompts listed in conditioning.json.
    struct ConditioningListing: Decodable {
        let prompts: [String]
        let plain: [String]
    }

    static func conditioningListing() throws -> ConditioningListing {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "conditioning.json"))
        return try JSONDecoder().decode(ConditioningListing.self, from: data)
    }

    /// A fixture safetensors file's tensors, with sparse token embeddings (`KEY:rows` I32 and
    /// `KEY:values`) expanded to the full [49408, width] table under `KEY`, all as F32.
    static func weights(_ file: String) throws -> InMemoryWeights {
        let reader = try SafetensorsReader(path: folder + file)
        var tensors: [String: Tensor] = [:]
        for name in reader.names where !name.hasSuffix(":rows") && !name.hasSuffix(":values") {
            tensors[name] = try reader.tensor(named: name).converted(to: .f32)
        }
        for name in reader.names where name.hasSuffix(":rows") {
            let key = String(name.dropLast(":rows".count))
            let rows = integers(try reader.tensor(named: name))
            let values = try reader.tensor(named: key + ":values").converted(to: .f32)
            let width = values.shape[1]
            var full = Tensor(zeros: [CLIPTokenizer.vocabularySize, width])
            let source = values.floats()
            full.withUnsafeMutableFloats { target in
                for (k, row) in rows.enumerated() {
                    for c in 0..<width { target[row * width + c] = source[k * width + c] }
                }
            }
            tensors[key] = full
        }
        return InMemoryWeights(tensors)
    }

    /// A tensor of fixture file `file` (F32 when it holds floats; integers as stored).
    static func tensor(_ file: String, _ name: String) throws -> Tensor {
        let found = try SafetensorsReader(path: folder + file).tensor(named: name)
        return found.dtype.isFloatingPoint ? found.converted(to: .f32) : found
    }

    /// The values of an I32 tensor.
    static func integers(_ tensor: Tensor) -> [Int] {
        precondition(tensor.dtype == .i32)
        return tensor.withUnsafeRawBytes { raw in
            (0..<tensor.count).map { Int(raw.loadUnaligned(fromByteOffset: $0 * 4, as: Int32.self)) }
        }
    }

    /// The rows of an I32 [B, L] ids tensor.
    static func idRows(_ tensor: Tensor) -> [[Int]] {
        let values = integers(tensor)
        let length = tensor.shape[1]
        return (0..<tensor.shape[0]).map { Array(values[($0 * length)..<(($0 + 1) * length)]) }
    }

    /// max|got − want| / max|want|, and max|got − want|.
    static func errors(_ got: Tensor, _ want: Tensor) -> (relative: Float, absolute: Float) {
        precondition(got.shape == want.shape, "\(got.shape) vs \(want.shape)")
        let g = got.floats()
        let w = want.floats()
        var worst: Float = 0
        var scale: Float = 0
        for i in 0..<g.count {
            worst = max(worst, abs(g[i] - w[i]))
            scale = max(scale, abs(w[i]))
        }
        return (worst / max(scale, 1e-30), worst)
    }
}
