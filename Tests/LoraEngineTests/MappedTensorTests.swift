import Foundation
import Testing
@testable import LoraEngine

@Test func bakingIntoAMappedTensorCopiesAndNeverWritesTheFile() throws {
    let values: [Float] = (0..<64).map { Float($0) / 8 }
    let f16 = Tensor(shape: [8, 8], values: values).converted(to: .f16)
    let bytes = f16.withUnsafeRawBytes { Data($0) }
    let header = Data(repeating: 0xAB, count: 16)  // tensor data starts at an offset, as in safetensors
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("lorash-engine-\(UUID().uuidString).bin")
    try (header + bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }

    let file = try MappedFile(path: url.path)
    let storage = TensorStorage(viewOf: file.bytes!, byteCount: file.size, owner: file)
    var weight = Tensor(shape: [8, 8], dtype: .f16, storage: storage, byteOffset: 16)
    #expect(weight.floats() == values)
    #expect(weight.rowSlice(2..<3).floats() == Array(values[16..<24]))
    let delta = LowRank(up: Tensor(shape: [8, 1], values: [Float](repeating: 1, count: 8)),
                        down: Tensor(shape: [1, 8], values: [Float](repeating: 0.5, count: 8)))
    FusedBake.apply(to: &weight, deltas: [delta])
    #expect(weight.floats() == values.map { $0 + 0.5 })
    #expect(try Data(contentsOf: url) == header + bytes, "the input file is unchanged")
}
