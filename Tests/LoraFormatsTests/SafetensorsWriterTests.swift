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
            path: path, tensors: [("z_b16", b), ("a32", a)], metadata: ["ss_network_dim": "4"],
            dataHashKey: "sshs_model_hash")
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

    @Test func rawBytesAndKernelCopiesLandAtTheirOffsets() throws {
        let dir = TestSupport.temporaryFolder()
        // A source file whose tensors are copied through, as the streaming bake does.
        let a = Tensor(shape: [3, 5], values: (0..<15).map { Float($0) * 0.25 })
        let b = Tensor(shape: [7], values: (0..<7).map { -Float($0) }).converted(to: .f16)
        try SafetensorsWriter.write(path: dir + "/in.safetensors", tensors: [("a", a), ("b", b)])
        let source = try SafetensorsReader(path: dir + "/in.safetensors")
        let descriptor = try #require(source.openDescriptor())
        defer { close(descriptor) }
        let specs = [
            SafetensorsWriter.Spec(name: "a", dtype: .f32, shape: [3, 5]),
            SafetensorsWriter.Spec(name: "b", dtype: .f16, shape: [7]),
            SafetensorsWriter.Spec(name: "c", dtype: .f32, shape: [2]),
        ]
        let writer = try SafetensorsWriter(path: dir + "/out.safetensors", tensors: specs)
        writer.writesBackAsItGoes = true
        let entryA = try #require(source.entry(named: "a")), entryB = try #require(source.entry(named: "b"))
        try writer.copy(
            "a", fromDescriptor: descriptor, offset: source.fileOffset(of: entryA), fallback: source.bytes(of: entryA))
        // A descriptor the kernel cannot copy from: the bytes come from the fallback buffer.
        try writer.copy(
            "b", fromDescriptor: -1, offset: source.fileOffset(of: entryB), fallback: source.bytes(of: entryB))
        let values: [Float] = [1.5, -2]
        try values.withUnsafeBytes { try writer.write("c", bytes: $0) }
        #expect(throws: SafetensorsError.self) { try values.withUnsafeBytes { try writer.write("c", bytes: $0) } }
        try writer.finish()
        let out = try SafetensorsReader(path: dir + "/out.safetensors")
        #expect(try out.tensor(named: "a").floats() == a.floats())
        #expect(try out.tensor(named: "b").floats() == (0..<7).map { -Float($0) })
        #expect(try out.tensor(named: "c").floats() == values)
    }

    @Test func rawWriteOfTheWrongSizeIsRefused() throws {
        let dir = TestSupport.temporaryFolder()
        let writer = try SafetensorsWriter(
            path: dir + "/x.safetensors", tensors: [.init(name: "t", dtype: .f16, shape: [4])])
        let bytes = [UInt8](repeating: 0, count: 6)
        #expect(
            throws: SafetensorsError.unexpectedTensor(
                file: dir + "/x.safetensors", tensor: "t", reason: "6 bytes where 8 were announced")
        ) {
            try bytes.withUnsafeBytes { try writer.write("t", bytes: $0) }
        }
        writer.cancel()
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    /// The data hash of a file larger than one 64 MiB read-back piece equals the one-shot
    /// SHA-256 of its data section (itself checked against the NIST vectors).
    @Test func dataHashOverSeveralPieces() throws {
        let dir = TestSupport.temporaryFolder()
        let count = (64 << 20) / 4 + 12_345
        let big = Tensor(shape: [count], values: (0..<count).map { Float($0 % 1000) })
        let result = try SafetensorsWriter.write(
            path: dir + "/big.safetensors", tensors: [("big", big)], dataHashKey: "sshs_model_hash")
        let reader = try SafetensorsReader(path: dir + "/big.safetensors")
        #expect(result.dataSHA256 == reader.dataSectionSHA256())
        #expect(reader.metadata["sshs_model_hash"] == result.dataSHA256)
        try FileManager.default.removeItem(atPath: dir)
    }

    /// A file written front to back around the page cache (`startsStreaming`), in pieces of two
    /// pages so tensors straddle pieces and the tail is padded, equals the same file written
    /// through the page cache, and reads back as the values put in. Runs in the system's
    /// temporary folder and, where present, in /dev/shm (tmpfs), which may refuse direct writes:
    /// the bytes are the same either way.
    @Test(arguments: ["", "/dev/shm"])
    func directStreamWritesTheSameBytes(_ folder: String) throws {
        if !folder.isEmpty && !FileManager.default.fileExists(atPath: folder) { return }
        let dir =
            folder.isEmpty
            ? TestSupport.temporaryFolder() : folder + "/lorash-direct-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Sizes around the 8 KiB chunk: 3001 F32 (12 004 bytes), 5 F16, 2048 F32 (exactly one chunk).
        let a = Tensor(shape: [3001], values: (0..<3001).map { Float($0) * 0.5 - 700 })
        let b = Tensor(shape: [5], values: [1, -2, 3.5, 0, 65504]).converted(to: .f16)
        let c = Tensor(shape: [2048], values: (0..<2048).map { Float($0 % 97) })
        try SafetensorsWriter.write(path: dir + "/in.safetensors", tensors: [("a", a), ("b", b)])
        let source = try SafetensorsReader(path: dir + "/in.safetensors")
        let descriptor = try #require(source.openDescriptor())
        defer { close(descriptor) }
        let specs = [
            SafetensorsWriter.Spec(name: "a", dtype: .f32, shape: [3001]),
            SafetensorsWriter.Spec(name: "b", dtype: .f16, shape: [5]),
            SafetensorsWriter.Spec(name: "c", dtype: .f32, shape: [2048]),
        ]
        func write(_ name: String, direct: Bool) throws -> Bool {
            let writer = try SafetensorsWriter(path: dir + "/" + name, tensors: specs, metadata: ["k": "v"])
            let streamed = direct && writer.startsStreaming(chunkSize: 8192) && writer.isStreamingDirectly
            if direct { #expect(!writer.startsStreaming(chunkSize: 8192), "switching twice") }
            for entry in writer.layout {  // layout order: a, c (F32), then b (F16)
                switch entry.name {
                case "a":
                    let e = try #require(source.entry(named: "a"))
                    try writer.copy(
                        "a", fromDescriptor: descriptor, offset: source.fileOffset(of: e), fallback: source.bytes(of: e)
                    )
                case "b":
                    let e = try #require(source.entry(named: "b"))
                    try writer.copy(
                        "b", fromDescriptor: -1, offset: source.fileOffset(of: e), fallback: source.bytes(of: e))
                default:
                    try c.withUnsafeRawBytes { try writer.write("c", bytes: $0) }
                }
            }
            try writer.finish()
            return streamed
        }
        _ = try write("buffered.safetensors", direct: false)
        let streamed = try write("direct.safetensors", direct: true)
        if folder.isEmpty { #expect(streamed, "the test folder's filesystem takes direct writes") }
        #expect(
            FileManager.default.contents(atPath: dir + "/direct.safetensors")
                == FileManager.default.contents(atPath: dir + "/buffered.safetensors"))
        let out = try SafetensorsReader(path: dir + "/direct.safetensors")
        #expect(try out.tensor(named: "a").floats() == a.floats())
        #expect(try out.tensor(named: "b").floats() == [1, -2, 3.5, 0, 65504])
        #expect(try out.tensor(named: "c").floats() == c.floats())
        #expect(out.metadata["k"] == "v")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [
                "buffered.safetensors", "direct.safetensors", "in.safetensors",
            ])
    }

    /// A stream is written front to back: a tensor out of `layout` order is refused, and a
    /// writer that already wrote a tensor cannot switch.
    @Test func directStreamRefusesOutOfOrderTensors() throws {
        let dir = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let specs = [
            SafetensorsWriter.Spec(name: "a", dtype: .f32, shape: [2]),
            SafetensorsWriter.Spec(name: "b", dtype: .f32, shape: [2]),
        ]
        let writer = try SafetensorsWriter(path: dir + "/x.safetensors", tensors: specs)
        try #require(writer.startsStreaming())
        let outOfOrder = SafetensorsError.unexpectedTensor(
            file: dir + "/x.safetensors", tensor: "b",
            reason: "written out of order (a streamed file is written front to back)")
        #expect(throws: outOfOrder) {
            try Tensor(shape: [2], values: [1, 2]).withUnsafeRawBytes { try writer.write("b", bytes: $0) }
        }
        #expect(throws: outOfOrder) { _ = try writer.reserveTensor("b") }
        #expect(throws: outOfOrder) { try writer.enqueueWrite("b", Tensor(shape: [2], values: [1, 2])) }
        writer.cancel()
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
        let plain = try SafetensorsWriter(path: dir + "/y.safetensors", tensors: specs)
        try plain.write("b", Tensor(shape: [2], values: [1, 2]))
        #expect(!plain.startsStreaming())
        plain.cancel()
    }

    /// A file larger than the free space of its folder's filesystem is refused up front, with
    /// the sizes and what to do, and nothing is created.
    @Test func fileLargerThanTheFreeSpaceIsRefusedBeforeWriting() throws {
        let dir = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let huge = SafetensorsWriter.Spec(name: "t", dtype: .f32, shape: [1 << 50])  // 4.5 PB
        let error = #expect(throws: SafetensorsError.self) {
            try SafetensorsWriter(path: dir + "/huge.safetensors", tensors: [huge]).cancel()
        }
        let text = error.map { "\($0)" } ?? ""
        #expect(text.hasPrefix(dir + "/huge.safetensors: cannot write: it needs 4503.6 TB and only "), "\(text)")
        #expect(
            text.hasSuffix(" are free there (nothing was written; free some space or write to another folder)"),
            "\(text)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    /// A stream's threads and descriptor end with the writer, finished or cancelled (with jobs
    /// still queued): afterwards no descriptor of this process points into the test's folder.
    @Test func directStreamLeavesNoDescriptorOpen() throws {
        let dir = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let values = Tensor(shape: [3000], values: (0..<3000).map { Float($0) })
        for finishing in [true, false] {
            let writer = try SafetensorsWriter(
                path: dir + "/out\(finishing).safetensors", tensors: [.init(name: "t", dtype: .f32, shape: [3000])])
            try #require(writer.startsStreaming(chunkSize: 8192))
            try writer.enqueueWrite("t", values)
            if finishing { try writer.finish() } else { writer.cancel() }
        }
        let descriptors = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")
        let targets = descriptors.compactMap {
            try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + $0)
        }
        #expect(!targets.contains { $0.hasPrefix(dir) }, "\(targets.filter { $0.hasPrefix(dir) })")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["outtrue.safetensors"])
    }

    /// The streamed writer's three ways in (a region filled in place, a copy read on the fill
    /// thread, a tensor converted on the fill thread), in pieces of one page so the ring (four
    /// pages) wraps many times and tensors are split, give the bytes of the plain writer, around
    /// and through the page cache. Conversions round as `Tensor.converted` does, stochastic
    /// rounding included (each piece draws the random numbers of its elements' indices).
    @Test(arguments: [true, false])
    func streamedWritesEqualPlainWrites(_ bypassingPageCache: Bool) throws {
        let dir = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var g = SplitMix64(seed: 3)
        let a = Tensor.randomNormal(shape: [37, 301], generator: &g)  // 44 548 bytes: 11 pages and a bit
        let b = Tensor.randomNormal(shape: [3, 5], generator: &g).converted(to: .f16)
        let c = Tensor.randomNormal(shape: [2001], generator: &g)  // F32 in, BF16 out (stochastic)
        let d = Tensor.randomNormal(shape: [999], generator: &g)  // F32 in, F16 out (nearest)
        let e = Tensor(shape: [0], values: [])
        try SafetensorsWriter.write(path: dir + "/in.safetensors", tensors: [("a", a), ("b", b)])
        let source = try SafetensorsReader(path: dir + "/in.safetensors")
        let descriptor = try #require(source.openDescriptor())
        defer { close(descriptor) }
        let specs = [
            SafetensorsWriter.Spec(name: "a", dtype: .f32, shape: [37, 301]),
            .init(name: "b", dtype: .f16, shape: [3, 5]),
            .init(name: "c", dtype: .bf16, shape: [2001]), .init(name: "d", dtype: .f16, shape: [999]),
            .init(name: "e", dtype: .f32, shape: [0]), .init(name: "f", dtype: .f32, shape: [700]),
        ]
        let stochastic = DTypeConversion.Rounding.stochastic(seed: 11)
        let f = Tensor(shape: [700], values: (0..<700).map { Float($0) - 350 })

        let plain = try SafetensorsWriter(path: dir + "/plain.safetensors", tensors: specs)
        try plain.write("a", a)
        try plain.write("b", b)
        try plain.write("c", c.converted(to: .bf16, rounding: stochastic))
        try plain.write("d", d)
        try plain.write("e", e)
        try plain.write("f", f)
        try plain.finish()

        let writer = try SafetensorsWriter(path: dir + "/streamed.safetensors", tensors: specs)
        try #require(writer.startsStreaming(bypassingPageCache: bypassingPageCache, chunkSize: 4096))
        #expect(writer.maximumReservation == 3 * 4096)
        var order: [String] = []
        for entry in writer.layout {
            order.append(entry.name)
            switch entry.name {
            case "a":
                let e = try #require(source.entry(named: "a"))
                try writer.enqueueCopy(
                    "a", fromDescriptor: descriptor, offset: source.fileOffset(of: e), fallback: source.bytes(of: e))
            case "b":
                let e = try #require(source.entry(named: "b"))
                // From memory.
                try writer.enqueueCopy("b", fromDescriptor: -1, offset: 0, fallback: source.bytes(of: e))
            case "c": try writer.enqueueWrite("c", c, rounding: stochastic)
            case "d": try writer.enqueueWrite("d", d)
            case "e": try writer.enqueueWrite("e", e)
            default:
                let region = try writer.reserveTensor("f")
                #expect(region.bytes.count == 2800)
                for i in 0..<700 { region.bytes.storeBytes(of: Float(i) - 350, toByteOffset: 4 * i, as: Float.self) }
                writer.commit(region)
            }
        }
        #expect(order == ["a", "e", "f", "c", "b", "d"])
        #expect(writer.isStreamingDirectly == bypassingPageCache)
        try writer.finish()
        let want = try #require(FileManager.default.contents(atPath: dir + "/plain.safetensors"))
        #expect(FileManager.default.contents(atPath: dir + "/streamed.safetensors") == want)
    }

    /// A tensor larger than the stream's ring cannot be reserved in one piece: refused with its
    /// size, and the writer can still be cancelled cleanly.
    @Test func reservingMoreThanTheRingIsRefused() throws {
        let dir = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let writer = try SafetensorsWriter(
            path: dir + "/x.safetensors", tensors: [.init(name: "big", dtype: .f32, shape: [4096])])
        try #require(writer.startsStreaming(chunkSize: 4096))
        #expect(
            throws: SafetensorsError.unexpectedTensor(
                file: dir + "/x.safetensors", tensor: "big",
                reason: "16384 bytes do not fit the stream's 12288-byte buffer")
        ) {
            _ = try writer.reserveTensor("big")
        }
        writer.cancel()
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    /// A write the system refuses (a descriptor open for reading only) stops the stream: the
    /// next reservation or `finish` throws the system's reason, and nothing is left behind.
    @Test func writeErrorStopsTheStream() throws {
        let dir = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/x.bin"
        FileManager.default.createFile(atPath: path, contents: Data())
        let readOnly = open(path, O_RDONLY)
        defer { close(readOnly) }
        let stream = try #require(
            RingFileStream(
                temporaryPath: path, path: path, bufferedDescriptor: readOnly, bypassesPageCache: false,
                chunkSize: 4096))
        defer { stream.shutDown() }
        let bytes = [UInt8](repeating: 7, count: 3 * 4096)
        let error = #expect(throws: SafetensorsError.self) {
            for _ in 0..<10 { try bytes.withUnsafeBytes { try stream.append($0) } }
            try stream.finish()
        }
        #expect(error == .writeFailed(file: path, reason: String(cString: strerror(EBADF))))
    }

    /// A tensor reserved and never filled makes `finish` fail with the byte range (rather than
    /// wait forever), and the temporary file is removed.
    @Test func finishRefusesAReservedTensorNeverFilled() throws {
        let dir = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let writer = try SafetensorsWriter(
            path: dir + "/x.safetensors", tensors: [.init(name: "t", dtype: .f32, shape: [10])])
        try #require(writer.startsStreaming(chunkSize: 4096))
        let region = try writer.reserveTensor("t")
        #expect(region.bytes.count == 40)
        let error = #expect(throws: SafetensorsError.self) { try writer.finish() }
        guard case .writeFailed(let file, let reason)? = error else {
            Issue.record("expected writeFailed, got \(String(describing: error))")
            return
        }
        #expect(file == dir + "/x.safetensors")
        #expect(reason.hasSuffix("were reserved but never filled"), "\(reason)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }
}
