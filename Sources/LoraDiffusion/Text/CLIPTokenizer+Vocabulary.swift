import CZlib
import Foundation

extension CLIPTokenizer {
    /// Builds the vocabulary from the text of `bpe_simple_vocab_16e6.txt` (a version line,
    /// then one merge `left right` per line), as open_clip's `SimpleTokenizer.__init__` does:
    /// ids 0…255 are the byte symbols in `bytes_to_unicode` order, 256…511 the same with
    /// `</w>`, then one id per merge (the two strings joined), then the two special tokens.
    /// A string listed twice keeps its last id, as Python's `dict(zip(vocab, range))` does.
    /// - Throws: `DiffusionError.vocabularyUnreadable` when the text has too few merges.
    init(mergesText text: [UInt8], source: String) throws(DiffusionError) {
        let mergeCount = 49152 - 256 - 2
        let symbols = Self.byteSymbols
        var vocabulary = CLIPVocabulary(capacity: Self.vocabularySize)
        for byte in Self.byteOrder { vocabulary.append(String(symbols[byte])) }
        for byte in Self.byteOrder { vocabulary.append(String(symbols[byte]) + "</w>") }

        // Lines 1…mergeCount (line 0 is "#version: 0.2"): "left right", the new token being
        // left + right.
        var ranks: [UInt64: Int32] = [:]
        ranks.reserveCapacity(mergeCount)
        var merges: [(Int32, Int32, Int32)] = []
        merges.reserveCapacity(mergeCount)
        let badLine: Int? = text.withUnsafeBufferPointer { buffer in
            var lineStart = 0
            var lineIndex = 0
            var position = 0
            var pending: [(UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>)] = []
            pending.reserveCapacity(mergeCount)
            while position <= buffer.count && pending.count < mergeCount {
                if position == buffer.count || buffer[position] == 0x0A {
                    if lineIndex >= 1 {
                        var space = lineStart
                        while space < position && buffer[space] != 0x20 { space += 1 }
                        if space == position || space == lineStart || space + 1 == position { return lineIndex + 1 }
                        let left = UnsafeBufferPointer(rebasing: buffer[lineStart..<space])
                        let right = UnsafeBufferPointer(rebasing: buffer[(space + 1)..<position])
                        vocabulary.append(left, right)
                        pending.append((left, right))
                    }
                    lineIndex += 1
                    lineStart = position + 1
                }
                position += 1
            }
            if pending.count < mergeCount { return -pending.count - 1 }
            vocabulary.append("<start_of_text>")
            vocabulary.append("<end_of_text>")
            // Ids are final only now (a string listed twice keeps its last id).
            for (rank, (left, right)) in pending.enumerated() {
                // A merge whose parts are not tokens can never apply (every symbol of a word is one).
                guard let l = vocabulary.id(of: left), let r = vocabulary.id(of: right),
                    let m = Self.concatenatedID(left, right, in: vocabulary)
                else {
                    merges.append((-1, -1, -1))
                    continue
                }
                ranks[Self.pairKey(l, r)] = Int32(rank)
                merges.append((l, r, m))
            }
            return nil
        }
        if let badLine {
            let reason =
                badLine > 0
                ? "line \(badLine) is not a merge (\"left right\")"
                : "it holds \(-badLine - 1) merges, CLIP's has \(mergeCount)"
            throw .vocabularyUnreadable(path: source, reason: "\(reason). \(Self.howToGetIt)")
        }
        var byteIDs = [Int32](repeating: 0, count: 256)
        for byte in 0..<256 { byteIDs[byte] = vocabulary.id(of: String(symbols[byte]))! }

        self.vocabulary = vocabulary
        self.mergeRanks = ranks
        self.merges = merges
        self.byteIDs = byteIDs
        self.cleaner = CLIPTextCleaner()
    }

    /// The id of the token `left + right`.
    static func concatenatedID(
        _ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>, in vocabulary: CLIPVocabulary
    ) -> Int32? {
        var joined = [UInt8]()
        joined.reserveCapacity(left.count + right.count)
        joined.append(contentsOf: left)
        joined.append(contentsOf: right)
        return joined.withUnsafeBufferPointer { vocabulary.id(of: $0) }
    }

    /// GPT-2's `bytes_to_unicode` order: the printable bytes `!`…`~`, `¡`…`¬`, `®`…`ÿ`, then the
    /// other 68 bytes.
    static let byteOrder: [Int] = {
        let printable = Array(0x21...0x7E) + Array(0xA1...0xAC) + Array(0xAE...0xFF)
        let printableSet = Set(printable)
        return printable + (0..<256).filter { !printableSet.contains($0) }
    }()

    /// The symbol standing for each byte: itself for printable bytes, U+0100 + n for the n-th
    /// other byte.
    static let byteSymbols: [Unicode.Scalar] = {
        var symbols = [Unicode.Scalar](repeating: " ", count: 256)
        var next: UInt32 = 256
        for (index, byte) in byteOrder.enumerated() {
            if index < 188 {
                symbols[byte] = Unicode.Scalar(UInt32(byte))!
            } else {
                symbols[byte] = Unicode.Scalar(next)!
                next += 1
            }
        }
        return symbols
    }()

    /// The byte each symbol's scalar value stands for (the inverse of `byteSymbols`, indexed
    /// by scalar value 0…0x143).
    static let byteOfSymbol: [UInt8] = {
        var table = [UInt8](repeating: 0x3F, count: 0x144)
        for byte in 0..<256 { table[Int(byteSymbols[byte].value)] = UInt8(byte) }
        return table
    }()

    /// Inflates a gzip file's bytes (zlib with gzip framing, `inflateInit2` with 16 + MAX_WBITS),
    /// stopping early once `lines` whole lines are out (the vocabulary file holds 262 145 lines,
    /// of which CLIP uses the first 48 895).
    /// - Throws: `DiffusionError.vocabularyUnreadable` when the bytes are not gzip.
    static func gunzip(_ compressed: [UInt8], source: String, lines: Int = Int.max) throws(DiffusionError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .vocabularyUnreadable(path: source, reason: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = compressed
        var newlines = 0
        let status: Int32 = input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            var status: Int32 = Z_OK
            repeat {
                status = chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                for byte in chunk[0..<produced] where byte == 0x0A { newlines += 1 }
                output += chunk[0..<produced]
                if newlines >= lines && (status == Z_OK || status == Z_STREAM_END) { return Z_STREAM_END }
            } while status == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0)
            return status
        }
        guard status == Z_STREAM_END else {
            let what = status == Z_OK || status == Z_BUF_ERROR ? "the gzip stream is cut short" : "it is not gzip data"
            throw .vocabularyUnreadable(path: source, reason: "\(what). \(howToGetIt)")
        }
        return output
    }

    /// The vocabulary in this module's resource bundle, found without `Bundle.module` (whose
    /// accessor stops the process when the bundle is missing): `lorash_LoraDiffusion.resources`
    /// (Linux) or `.bundle` (Apple platforms) next to the executable or in its resources, or in
    /// `../share/lorash` beside the executable's folder (where `Scripts/install` puts it).
    static func bundledVocabularyPath() -> String? {
        var folders: [URL] = [Bundle.main.bundleURL]
        if let resources = Bundle.main.resourceURL { folders.append(resources) }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            let folder = executable.deletingLastPathComponent()
            folders.append(folder)
            folders.append(folder.deletingLastPathComponent().appendingPathComponent("share/lorash"))
        }
        let fileManager = FileManager.default
        for folder in folders {
            for bundleName in ["lorash_LoraDiffusion.resources", "lorash_LoraDiffusion.bundle"] {
                let bundleURL = folder.appendingPathComponent(bundleName)
                for candidate in [
                    bundleURL.appendingPathComponent(vocabularyFileName),
                    bundleURL.appendingPathComponent("Contents/Resources/" + vocabularyFileName),
                    bundleURL.appendingPathComponent("Resources/" + vocabularyFileName),
                ] where fileManager.fileExists(atPath: candidate.path) {
                    return candidate.path
                }
            }
        }
        return nil
    }
}

/// The process's one standard tokenizer, loaded on first use and then kept (immutable).
enum StandardTokenizer {
    static let loaded: Result<CLIPTokenizer, DiffusionError> = {
        guard let path = CLIPTokenizer.standardVocabularyPath() else {
            return .failure(
                .vocabularyUnreadable(
                    path: CLIPTokenizer.vocabularyFileName,
                    reason: "it is not in lorash's resources. " + CLIPTokenizer.howToGetIt))
        }
        do throws(DiffusionError) {
            return .success(try CLIPTokenizer(vocabularyPath: path))
        } catch {
            return .failure(error)
        }
    }()
}
