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
    let delta = LowRank(
        up: Tensor(shape: [8, 1], values: [Float](repeating: 1, count: 8)),
        down: Tensor(shape: [1, 8], values: [Float](repeating: 0.5, count: 8)))
    FusedBake.apply(to: &weight, deltas: [delta])
    #expect(weight.floats() == values.map { $0 + 0.5 })
    #expect(try Data(contentsOf: url) == header + bytes, "the input file is unchanged")
}

#if os(Linux)
    /// The resident size (kB) of this process's mapping that contains `address`, from /proc/self/smaps.
    private func residentKilobytes(ofMappingAt address: UnsafeRawPointer) throws -> Int? {
        let target = UInt(bitPattern: address)
        var inMapping = false
        // Read to the end: /proc files report a size of 0.
        let data = try FileHandle(forReadingFrom: URL(fileURLWithPath: "/proc/self/smaps")).readToEnd() ?? Data()
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if let range = fields.first, range.contains("-"), !range.hasSuffix(":") {
                let bounds = range.split(separator: "-").compactMap { UInt($0, radix: 16) }
                inMapping = bounds.count == 2 && bounds[0] <= target && target < bounds[1]
            } else if inMapping, fields.first == "Rss:", fields.count >= 2 {
                return Int(fields[1])
            }
        }
        return nil
    }

    /// The `VmFlags` of this process's mapping that contains `address`, from /proc/self/smaps.
    private func mappingFlags(at address: UnsafeRawPointer) throws -> [Substring]? {
        let target = UInt(bitPattern: address)
        var inMapping = false
        let data = try FileHandle(forReadingFrom: URL(fileURLWithPath: "/proc/self/smaps")).readToEnd() ?? Data()
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if let range = fields.first, range.contains("-"), !range.hasSuffix(":") {
                let bounds = range.split(separator: "-").compactMap { UInt($0, radix: 16) }
                inMapping = bounds.count == 2 && bounds[0] <= target && target < bounds[1]
            } else if inMapping, fields.first == "VmFlags:" {
                return Array(fields.dropFirst())
            }
        }
        return nil
    }

    /// Advising random access marks the pages of the range (and only those) for reads without
    /// read-ahead (`rr` in smaps), leaves the bytes as they were, and `.normal` undoes it.
    @Test func advisingRandomAccessMarksTheRangeAndNormalUndoesIt() throws {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let bytes = (0..<(8 * page)).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lorash-advise-\(UUID().uuidString).bin")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try MappedFile(path: url.path)
        let start = file.bytes!
        // Bytes 2.5 to 4.5 pages in: pages 2, 3 and 4.
        file.advise(.random, offset: 2 * page + page / 2, count: 2 * page)
        #expect(try mappingFlags(at: start + 2 * page)?.contains("rr") == true)
        #expect(try mappingFlags(at: start + 4 * page)?.contains("rr") == true)
        #expect(try mappingFlags(at: start + page)?.contains("rr") == false)
        #expect(try mappingFlags(at: start + 5 * page)?.contains("rr") == false)
        #expect(Array(UnsafeRawBufferPointer(start: start, count: file.size)) == bytes)
        file.advise(.normal, offset: 2 * page + page / 2, count: 2 * page)
        #expect(try mappingFlags(at: start + 3 * page)?.contains("rr") == false)
    }

    /// Releasing a mapped tensor's pages drops them from this process's memory (its share of the
    /// mapping goes from the whole tensor to ~nothing), and its values stay readable; an owned
    /// tensor is left alone.
    @Test func releasingMappedPagesDropsThemAndKeepsTheValues() throws {
        let count = 8 << 20  // 32 MiB of F32
        let values = (0..<count).map { Float($0 % 1000) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lorash-release-\(UUID().uuidString).bin")
        try values.withUnsafeBytes { Data($0) }.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try MappedFile(path: url.path)
        let tensor = Tensor(
            shape: [count], dtype: .f32, storage: TensorStorage(viewOf: file.bytes!, byteCount: file.size, owner: file))
        #expect(tensor.floats().reduce(0, +) == values.reduce(0, +))  // touches every page
        let touched = try #require(try residentKilobytes(ofMappingAt: file.bytes!))
        #expect(touched >= 30 * 1024, "\(touched) kB resident after reading 32 MiB")
        tensor.storage.releaseMappedPages()
        let released = try #require(try residentKilobytes(ofMappingAt: file.bytes!))
        #expect(released < 1024, "\(released) kB resident after the release")
        #expect(tensor.floats() == values)
        let owned = Tensor(shape: [4], values: [1, 2, 3, 4])
        owned.storage.releaseMappedPages()
        #expect(owned.floats() == [1, 2, 3, 4])
    }
#endif
