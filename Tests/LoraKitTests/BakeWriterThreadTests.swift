import Foundation
import LoraEngine
import LoraFormats
import Testing
@testable import LoraKit

/// The bake's writer thread: order, buffers, kernel copies, and how a write error stops it.
@Suite struct BakeWriterThreadTests {
    /// A two-tensor source file and a writer for an output of the same tensors plus `extra`.
    private func setUp(_ folder: String, extra: [SafetensorsWriter.Spec] = []) throws -> (SafetensorsReader, SafetensorsWriter) {
        let a = Tensor(shape: [4, 8], values: (0..<32).map { Float($0) / 8 }).converted(to: .f16)
        let b = Tensor(shape: [3], values: [1, -2, 3])
        try SafetensorsWriter.write(path: folder + "/in.safetensors", tensors: [("a", a), ("b", b)])
        let reader = try SafetensorsReader(path: folder + "/in.safetensors")
        let specs = reader.entries.map { SafetensorsWriter.Spec(name: $0.name, dtype: $0.dtype, shape: $0.shape) } + extra
        return (reader, try SafetensorsWriter(path: folder + "/out.safetensors", tensors: specs))
    }

    @Test func writesCopiesBuffersAndTensors() throws {
        let folder = MergeFixtures.temporaryFolder()
        let (reader, writer) = try setUp(folder, extra: [.init(name: "c", dtype: .f32, shape: [2])])
        let thread = BakeWriterThread(writer: writer, file: reader, bufferSize: 64)
        let a = try #require(reader.entry(named: "a")), b = try #require(reader.entry(named: "b"))
        // "a" goes through a buffer holding its bytes with every value doubled.
        let buffer = thread.acquireBuffer()
        let doubled = try reader.tensor(named: "a").scaled(by: 2).converted(to: .f16)
        doubled.withUnsafeRawBytes { thread.buffers[buffer].copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        thread.enqueue(.buffer(name: "a", buffer: buffer, byteCount: a.byteCount, source: a))
        thread.enqueue(.copy(name: "b", source: b))
        thread.enqueue(.tensor(name: "c", Tensor(shape: [2], values: [7, 8]), source: b))
        try thread.finish()
        try writer.finish()
        let out = try SafetensorsReader(path: folder + "/out.safetensors")
        #expect(try out.tensor(named: "a").floats() == (0..<32).map { Float($0) / 4 })
        #expect(try out.tensor(named: "b").floats() == [1, -2, 3])
        #expect(try out.tensor(named: "c").floats() == [7, 8])
    }

    @Test func firstWriteErrorStopsTheThreadAndIsReported() throws {
        let folder = MergeFixtures.temporaryFolder()
        let (reader, writer) = try setUp(folder)
        let thread = BakeWriterThread(writer: writer, file: reader, bufferSize: 16)
        let a = try #require(reader.entry(named: "a")), b = try #require(reader.entry(named: "b"))
        // A tensor of the wrong size: the writer refuses it.
        thread.enqueue(.tensor(name: "a", Tensor(shape: [2], values: [1, 2]), source: a))
        thread.enqueue(.copy(name: "b", source: b))
        // Buffers are still handed back after the failure, so the producer never blocks.
        for _ in 0..<3 {
            let buffer = thread.acquireBuffer()
            thread.enqueue(.buffer(name: "b", buffer: buffer, byteCount: b.byteCount, source: b))
        }
        #expect(throws: SafetensorsError.self) { try thread.finish() }
        guard case .unexpectedTensor(_, "a", _)? = thread.failure else {
            Issue.record("expected the refusal of a, got \(String(describing: thread.failure))")
            return
        }
        writer.cancel()
        #expect(MergeFixtures.listing(folder) == ["in.safetensors"])
    }
}
