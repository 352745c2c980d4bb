import CZlib

/// Encodes `RGBAImage`s as PNG files: 8 bits per sample, not interlaced.
///
/// Each scanline is filtered with whichever of the five PNG filters gives the smallest sum of
/// absolute (signed) byte values (the heuristic of PNG spec §12.7, as libpng does), unless a
/// fixed filter is asked for. The filtered rows are deflated with zlib (`PNGCompression` picks
/// level and strategy; zlib writes the stream header and Adler-32) and stored in IDAT chunks of
/// at most `maxChunkSize` bytes. Chunk CRCs are zlib's `crc32` over the chunk type and data (PNG spec §5.5).
///
/// Source: PNG Specification (Third Edition), W3C Recommendation, 2025; RFC 1950 (zlib).
public struct PNGEncoder: Sendable {
    /// Colour type to store; `nil` chooses RGB for opaque images and RGBA otherwise. `.grey`
    /// and `.greyAlpha` store the red channel as the grey level (meant for images with R = G = B).
    public var colorType: PNGColorType?
    /// zlib effort: `fast`, `balanced` (default) or `smallest`.
    public var compression: PNGCompression
    /// A filter to use on every row, or `nil` for the per-row minimum-sum heuristic.
    public var fixedFilter: PNGFilter?
    /// Largest IDAT chunk written; the compressed stream is split over as many as needed.
    public var maxChunkSize: Int

    /// An encoder; the defaults suit lorash's pictures.
    public init(
        colorType: PNGColorType? = nil, compression: PNGCompression = .balanced, fixedFilter: PNGFilter? = nil,
        maxChunkSize: Int = 1 << 20
    ) {
        precondition(maxChunkSize > 0, "IDAT chunks must hold at least one byte")
        self.colorType = colorType
        self.compression = compression
        self.fixedFilter = fixedFilter
        self.maxChunkSize = maxChunkSize
    }

    /// The PNG file bytes of `image`, with `text` chunks (A1111's `parameters`, …) in order
    /// between IHDR and the image data, where Pillow puts them and where readers that stop at
    /// the first IDAT still find them. Each pair is a `tEXt` chunk when its text is Latin-1,
    /// else an uncompressed `iTXt` (UTF-8), as Pillow's `PngInfo.add_text` writes it.
    /// - Complexity: O(width · height) filtering (five trial filters per row) plus zlib.
    /// - Precondition: the image is at least 1×1; every keyword is 1–79 Latin-1 characters
    ///   without NUL (`PNGTextChunk.isValidKeyword`).
    public func encode(_ image: RGBAImage, text: [PNGTextChunk] = []) -> [UInt8] {
        precondition(image.width > 0 && image.height > 0, "PNG needs at least one pixel")
        let type = colorType ?? (image.isOpaque ? .rgb : .rgba)
        let raw = filteredScanlines(image, type: type)
        let compressed = Self.deflate(raw, level: compression.level, strategy: compression.strategy)

        var file: [UInt8] = PNGDecoder.signature
        var header = [UInt8]()
        header.appendBigEndian(UInt32(image.width))
        header.appendBigEndian(UInt32(image.height))
        header += [8, type.rawValue, 0, 0, 0]  // depth, colour type, compression, filter, no interlace
        Self.appendChunk("IHDR", header, to: &file)
        for chunk in text {
            let (chunkType, data) = chunk.encoded()
            Self.appendChunk(chunkType, data, to: &file)
        }
        var start = 0
        repeat {
            let end = min(start + maxChunkSize, compressed.count)
            Self.appendChunk("IDAT", Array(compressed[start..<end]), to: &file)
            start = end
        } while start < compressed.count
        Self.appendChunk("IEND", [], to: &file)
        return file
    }

    /// Scanlines converted to `type`, each preceded by its filter byte.
    func filteredScanlines(_ image: RGBAImage, type: PNGColorType) -> [UInt8] {
        let channels = type.channels
        let rowBytes = image.width * channels
        var output = [UInt8](repeating: 0, count: image.height * (rowBytes + 1))
        var previous = [UInt8](repeating: 0, count: rowBytes)
        var current = [UInt8](repeating: 0, count: rowBytes)
        var trial = [UInt8](repeating: 0, count: rowBytes)
        var best = [UInt8](repeating: 0, count: rowBytes)
        let filters = fixedFilter.map { [$0] } ?? PNGFilter.allCases
        image.bytes.withUnsafeBufferPointer { pixels in
            for y in 0..<image.height {
                Self.convertRow(pixels, row: y, width: image.width, type: type, into: &current)
                var bestFilter = PNGFilter.unfiltered
                var bestCost = Int.max
                current.withUnsafeBufferPointer { row in
                    previous.withUnsafeBufferPointer { above in
                        trial.withUnsafeMutableBufferPointer { candidate in
                            for filter in filters {
                                filter.apply(row: row, previous: above, bytesPerPixel: channels, output: candidate)
                                let cost = PNGFilter.cost(candidate)
                                if cost < bestCost {
                                    bestCost = cost
                                    bestFilter = filter
                                    best.withUnsafeMutableBufferPointer {
                                        $0.baseAddress!.update(from: candidate.baseAddress!, count: rowBytes)
                                    }
                                }
                            }
                        }
                    }
                }
                let base = y * (rowBytes + 1)
                output[base] = bestFilter.rawValue
                output.replaceSubrange((base + 1)...(base + rowBytes), with: best)
                swap(&previous, &current)
            }
        }
        return output
    }

    private static func convertRow(
        _ pixels: UnsafeBufferPointer<UInt8>, row y: Int, width: Int, type: PNGColorType, into row: inout [UInt8]
    ) {
        let base = y * width * 4
        switch type {
        case .rgba:
            for i in 0..<(width * 4) { row[i] = pixels[base + i] }
        case .rgb:
            for x in 0..<width {
                row[3 * x] = pixels[base + 4 * x]
                row[3 * x + 1] = pixels[base + 4 * x + 1]
                row[3 * x + 2] = pixels[base + 4 * x + 2]
            }
        case .grey:
            for x in 0..<width { row[x] = pixels[base + 4 * x] }
        case .greyAlpha:
            for x in 0..<width {
                row[2 * x] = pixels[base + 4 * x]
                row[2 * x + 1] = pixels[base + 4 * x + 3]
            }
        }
    }

    /// `data` as a zlib stream (RFC 1950: header, deflate, Adler-32).
    static func deflate(_ data: [UInt8], level: Int32, strategy: Int32) -> [UInt8] {
        var stream = z_stream()
        let started = deflateInit2_(
            &stream, level, Z_DEFLATED, MAX_WBITS, 8, strategy, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(started == Z_OK, "zlib deflateInit2 failed with status \(started)")
        defer { deflateEnd(&stream) }
        var input = data
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(data.count))))
        let status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        precondition(status == Z_STREAM_END, "zlib deflate did not finish (status \(status))")
        output.removeLast(output.count - Int(stream.total_out))
        return output
    }

    /// Appends one chunk: length, type, data, CRC-32 of type and data.
    static func appendChunk(_ type: String, _ data: [UInt8], to file: inout [UInt8]) {
        let typeBytes = Array(type.utf8)
        file.appendBigEndian(UInt32(data.count))
        file += typeBytes
        file += data
        file.appendBigEndian(PNGDecoder.crc(typeBytes + data))
    }
}
