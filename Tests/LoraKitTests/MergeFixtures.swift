import Foundation
import LoraEngine
import LoraFormats
import LoraKit

/// Helpers for the stack/bake/merge tests: fixture paths, reference tensors (made by PEFT,
/// diffusers and LyCORIS, never by lorash), temporary folders and error measures.
enum MergeFixtures {
    /// The package root, from this file's path.
    static var packageRoot: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }

    /// `Tests/Fixtures/peers/<relative>`.
    static func peers(_ relative: String) -> String { packageRoot + "/Tests/Fixtures/peers/" + relative }

    /// Every tensor of a safetensors file, as floats by name.
    static func tensors(_ path: String) throws -> [String: [Float]] {
        let reader = try SafetensorsReader(path: path)
        var out: [String: [Float]] = [:]
        for e in reader.entries where e.dtype.isFloatingPoint { out[e.name] = reader.tensor(for: e).floats() }
        return out
    }

    /// A fresh empty folder.
    static func temporaryFolder(_ label: String = #function) -> String {
        let safe = label.filter { $0.isLetter || $0.isNumber }
        let path = NSTemporaryDirectory() + "lorash-merge-\(safe)-\(UInt32.random(in: 0...UInt32.max))"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// max|got − want| / max|want|.
    static func relativeError(_ got: [Float], _ want: [Float]) -> Float {
        precondition(got.count == want.count, "\(got.count) vs \(want.count)")
        var worst: Float = 0, scale: Float = 0
        for (g, w) in zip(got, want) {
            worst = max(worst, abs(g - w))
            scale = max(scale, abs(w))
        }
        return scale == 0 ? worst : worst / scale
    }

    /// ‖got − want‖_F / ‖want‖_F in F64.
    static func relativeFrobenius(_ got: [Float], _ want: [Float]) -> Double {
        var d = 0.0, w = 0.0
        for (g, x) in zip(got, want) {
            d += Double(g - x) * Double(g - x)
            w += Double(x) * Double(x)
        }
        return (d / w).squareRoot()
    }

    /// A stack of one LoRA file on a base file.
    static func stack(base: String, loras: [(String, LoraWeight)]) throws -> Stack {
        Stack(
            base: try BaseModel(path: peers(base)),
            entries: try loras.map {
                StackEntry(
                    name: LoraFile.defaultName(for: $0.0), lora: try LoraFile.loadLora(path: peers($0.0)), weight: $0.1)
            })
    }

    /// Files in `folder`.
    static func listing(_ folder: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder))?.sorted() ?? []
    }
}
