import Foundation
import LoraEngine

/// A minimal reader for the `.npy` reference files written by Scripts/gen_engine_refs.py
/// (numpy format version 1.0, little-endian, C order).
struct NpyFile {
    let descr: String
    let shape: [Int]
    let data: Data

    /// The folder of the engine reference files (Tests/Fixtures/Engine), found from this source file.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/Engine")

    init(_ name: String) throws {
        let url = Self.folder.appendingPathComponent(name + ".npy")
        let bytes = try Data(contentsOf: url)
        precondition(bytes.prefix(6) == Data([0x93]) + Data("NUMPY".utf8), "\(name): not an npy file")
        let major = bytes[6]
        let headerLength: Int
        let start: Int
        if major == 1 {
            headerLength = Int(bytes[8]) | Int(bytes[9]) << 8
            start = 10
        } else {
            headerLength = Int(bytes[8]) | Int(bytes[9]) << 8 | Int(bytes[10]) << 16 | Int(bytes[11]) << 24
            start = 12
        }
        let header = String(decoding: bytes[start..<(start + headerLength)], as: UTF8.self)
        func field(_ key: String) -> String {
            let range = header.range(of: "'\(key)': ")!
            return String(header[range.upperBound...])
        }
        let descrText = field("descr").dropFirst()
        descr = String(descrText.prefix { $0 != "'" })
        precondition(field("fortran_order").hasPrefix("False"), "\(name): Fortran order")
        let shapeText = field("shape").dropFirst().prefix { $0 != ")" }
        shape = shapeText.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        data = bytes.subdata(in: (start + headerLength)..<bytes.count)
    }

    var count: Int { shape.reduce(1, *) }

    func array<T>(_ type: T.Type) -> [T] {
        data.withUnsafeBytes { raw in
            (0..<count).map { raw.loadUnaligned(fromByteOffset: $0 * MemoryLayout<T>.size, as: T.self) }
        }
    }

    var floats: [Float] {
        switch descr {
        case "<f4": return array(Float.self)
        case "<f8": return array(Double.self).map { Float($0) }
        default: preconditionFailure("descr \(descr) is not float")
        }
    }

    var doubles: [Double] {
        switch descr {
        case "<f4": return array(Float.self).map { Double($0) }
        case "<f8": return array(Double.self)
        default: preconditionFailure("descr \(descr) is not float")
        }
    }
}

/// Loads a reference file as an F32 tensor of its shape.
func referenceTensor(_ name: String) throws -> LoraEngine.Tensor {
    let file = try NpyFile(name)
    return LoraEngine.Tensor(shape: file.shape, values: file.floats)
}
