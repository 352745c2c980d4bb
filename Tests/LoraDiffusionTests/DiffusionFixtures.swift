import Foundation
import LoraEngine
import LoraFormats

@testable import LoraDiffusion

/// Finding and reading the reference fixtures under Tests/Fixtures/Diffusion (made by the
/// scripts in Scripts/fixtures), and comparing tensors with them.
enum DiffusionFixtures {
    /// Tests/Fixtures/Diffusion/ (found from this source file's path), with a trailing slash.
    static var root: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path + "/Tests/Fixtures/Diffusion/"
    }

    /// The path of `file` in the fixture folder `folder` (e.g. "unet", "tiny-sd15-unet.safetensors").
    static func path(_ folder: String, _ file: String) -> String { root + folder + "/" + file }

    /// A reader over a fixture safetensors file.
    static func reader(_ folder: String, _ file: String) throws -> SafetensorsReader {
        try SafetensorsReader(path: path(folder, file))
    }

    /// Every tensor of a fixture safetensors file, as F32, as a `WeightSource`.
    static func weights(_ folder: String, _ file: String) throws -> InMemoryWeights {
        let reader = try reader(folder, file)
        var tensors: [String: Tensor] = [:]
        for name in reader.names { tensors[name] = try reader.tensor(named: name).converted(to: .f32) }
        return InMemoryWeights(tensors)
    }

    /// ‖got − want‖ / ‖want‖ (Frobenius norms, in F64) and max |got − want|.
    /// - Precondition: equal element counts.
    static func error(_ got: Tensor, _ want: Tensor) -> (relative: Double, maxAbsolute: Double) {
        error(got.floats(), want.floats())
    }

    /// ‖got − want‖ / ‖want‖ and max |got − want| over plain arrays.
    static func error(_ got: [Float], _ want: [Float]) -> (relative: Double, maxAbsolute: Double) {
        precondition(got.count == want.count, "\(got.count) values vs \(want.count)")
        var difference = 0.0
        var norm = 0.0
        var worst = 0.0
        for (g, w) in zip(got, want) {
            let d = Double(g) - Double(w)
            difference += d * d
            norm += Double(w) * Double(w)
            worst = Swift.max(worst, abs(d))
        }
        return ((difference / Swift.max(norm, .leastNormalMagnitude)).squareRoot(), worst)
    }
}
