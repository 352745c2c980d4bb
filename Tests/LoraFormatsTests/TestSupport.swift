import Foundation
import LoraEngine

@testable import LoraFormats

/// Helpers shared by the LoraFormats tests: temporary folders, hand-made safetensors bytes,
/// fixture paths and a naive matrix product for expected deltas.
enum TestSupport {
    /// A fresh empty folder under the system temporary directory.
    static func temporaryFolder(_ label: String = #function) -> String {
        let safe = label.filter { $0.isLetter || $0.isNumber }
        let path = NSTemporaryDirectory() + "lorash-formats-\(safe)-\(UInt32.random(in: 0...UInt32.max))"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Raw safetensors bytes: the 8-byte length (`lengthOverride` to lie), `header` text, `data`.
    static func safetensorsBytes(header: String, data: [UInt8], lengthOverride: UInt64? = nil) -> [UInt8] {
        let headerBytes = Array(header.utf8)
        let n = lengthOverride ?? UInt64(headerBytes.count)
        var out = (0..<8).map { UInt8(truncatingIfNeeded: n >> (8 * UInt64($0))) }
        out += headerBytes
        out += data
        return out
    }

    /// Writes `bytes` to a new file in a temporary folder and returns its path.
    static func file(_ bytes: [UInt8], name: String = "test.safetensors", label: String = #function) -> String {
        let path = temporaryFolder(label) + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// The package root (found from this source file's path).
    static var packageRoot: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }

    /// A fixture path under Tests/Fixtures.
    static func fixture(_ relative: String) -> String { packageRoot + "/Tests/Fixtures/" + relative }

    /// Naive row-major product of `a` (m×k) and `b` (k×n).
    static func matmul(_ a: [Float], _ b: [Float], m: Int, k: Int, n: Int) -> [Float] {
        var out = [Float](repeating: 0, count: m * n)
        for i in 0..<m {
            for p in 0..<k {
                let x = a[i * k + p]
                if x == 0 { continue }
                for j in 0..<n { out[i * n + j] += x * b[p * n + j] }
            }
        }
        return out
    }

    /// max|got − want| / max|want|.
    static func relativeError(_ got: [Float], _ want: [Float]) -> Float {
        precondition(got.count == want.count, "\(got.count) vs \(want.count)")
        var worst: Float = 0
        var scale: Float = 0
        for (g, w) in zip(got, want) {
            worst = max(worst, abs(g - w))
            scale = max(scale, abs(w))
        }
        return scale == 0 ? worst : worst / scale
    }
}
