import Foundation
import LoraEngine
import Testing
@testable import LoraFormats

/// The writer: layout as the reference serialiser, padding, metadata, atomic rename, refusals.
@Suite struct SafetensorsWriterTests {
    @Test func writesPaddedHeaderInReferenceOrderAndReadsBack() throws {
        let dir = TestSupport.temporaryFolder()
        let path = dir + "/out.safetensors"
        let a = Tensor(shape: [2, 2], values: [1, 2, 3, 4])
        let b = Tensor(shape: [3], values: [5, 6, 7]).converted(to: .f16)
        let result = try SafetensorsWriter.write(
            path: path, tensors: [("z_b16", b), ("a32", a)], metadata: ["ss_network_dim": "4"], dataHashKey: "sshs_model_hash")
        let bytes = [UInt8](FileManager.default.contents(atPath: path)!)
        let n = bytes[0..<8].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        #expect(n % 8 == 0)
        #expect(bytes.count == 8 + n + 16 + 6)
        let reader = try SafetensorsReader(path: path)
        #expect(reader.names == ["a32", "z_b16"])  // F32 before F16, as safetensors orders them
        #expect(try reader.tensor(named: "a32").floats() == [1, 2, 3, 4])
        #expect(try reader.tensor(named: "z_b16").floats() == [5, 6, 7])
        #expect(reader.metadata["ss_network_dim"] == "4")
        #expect(reader.metadata["sshs_model_hash"] == result.dataSHA256)
        #expect(reader.dataSectionSHA256() == result.dataSHA256)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(leftovers == ["out.safetensors"])
    }

    @Test func refusesToOverwriteWithoutFlag() throws {
        let dir = TestSupport.temporaryFolder()
        let path = dir + "/out.safetensors"
        FileManager.default.createFile(atPath: path, contents: Data("keep".utf8))
        let t = Tensor(shape: [1], values: [1])
        #expect(throws: SafetensorsError.outputExists(file: path)) {
            try SafetensorsWriter.write(path: path, tensors: [("t", t)])
        }
        #expect(FileManager.default.contents(atPath: path) == Data("keep".utf8))
        try SafetensorsWriter.write(path: path, tensors: [("t", t)], overwrite: true)
        #expect(try SafetensorsReader(path: path).names == ["t"])
    }

    @Test func refusesToWriteOverAnInputEvenWithOverwrite() throws {
        let dir = TestSupport.temporaryFolder()
        let path = dir + "/in.safetensors"
        let t = Tensor(shape: [1], values: [1])
        try SafetensorsWriter.write(path: path, tensors: [("t", t)])
        let link = dir + "/alias.safetensors"
        try FileManager.default.linkItem(atPath: path, toPath: link)
        #expect(throws: SafetensorsError.outputIsInput(file: link, input: path)) {
            try SafetensorsWriter.write(path: link, tensors: [("t", t)], overwrite: true, inputs: [path])
        }
    }

    @Test func unfinishedWriterLeavesNothing() throws {
        let dir = TestSupport.temporaryFolder()
        do {
            let writer = try SafetensorsWriter(
                path: dir + "/x.safetensors", tensors: [.init(name: "t", dtype: .f32, shape: [1])])
            #expect(throws: SafetensorsError.missingTensors(file: dir + "/x.safetensors", tensors: ["t"])) {
                try writer.finish()
            }
            #expect(throws: SafetensorsError.self) { try writer.write("u", Tensor(shape: [1], values: [1])) }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test func streamingOutOfOrderWrites() throws {
        let dir = TestSupport.temporaryFolder()
        let specs = (0..<5).map { SafetensorsWriter.Spec(name: "t\($0)", dtype: .bf16, shape: [$0 + 1]) }
        let writer = try SafetensorsWriter(path: dir + "/s.safetensors", tensors: specs)
        for i in [3, 0, 4, 1, 2] {
            try writer.write("t\(i)", Tensor(shape: [i + 1], values: (0...i).map { Float($0) + 0.5 }))
        }
        try writer.finish()
        let reader = try SafetensorsReader(path: dir + "/s.safetensors")
        for i in 0..<5 { #expect(try reader.tensor(named: "t\(i)").floats() == (0...i).map { Float($0) + 0.5 }) }
    }
}
