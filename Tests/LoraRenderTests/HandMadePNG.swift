/// Builds PNG bytes by hand for decoder tests, independently of lorash's encoder: CRC-32 and
/// Adler-32 are computed bit by bit here, and image data is stored in uncompressed ("stored")
/// deflate blocks (RFC 1951 §3.2.4), so no library code produces the expected bytes.
enum HandMadePNG {
    static let signature: [UInt8] = [137, 80, 78, 71, 13, 10, 26, 10]

    /// CRC-32, reflected polynomial 0xEDB88320 (PNG spec Annex D), one bit at a time.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }

    /// Adler-32 (RFC 1950 §8.2).
    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 255), UInt8((value >> 8) & 255), UInt8(value & 255)]
    }

    static func chunk(_ type: String, _ data: [UInt8], corruptCRC: Bool = false) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        var crc = crc32(typeBytes + data)
        if corruptCRC { crc ^= 1 }
        return bigEndian(UInt32(data.count)) + typeBytes + data + bigEndian(crc)
    }

    static func header(
        width: UInt32, height: UInt32, bitDepth: UInt8 = 8, colorType: UInt8, compression: UInt8 = 0,
        filter: UInt8 = 0, interlace: UInt8 = 0
    ) -> [UInt8] {
        chunk("IHDR", bigEndian(width) + bigEndian(height) + [bitDepth, colorType, compression, filter, interlace])
    }

    /// A zlib stream holding `raw` in one stored block.
    static func zlibStored(_ raw: [UInt8]) -> [UInt8] {
        let length = UInt16(raw.count)
        return [0x78, 0x01, 0x01, UInt8(length & 255), UInt8(length >> 8), UInt8(~length & 255), UInt8(~length >> 8)]
            + raw + bigEndian(adler32(raw))
    }

    /// A complete PNG with the given header fields and filtered scanlines (filter bytes included).
    static func file(width: UInt32, height: UInt32, colorType: UInt8, scanlines: [UInt8], idatSplit: Int = 1)
        -> [UInt8]
    {
        let stream = zlibStored(scanlines)
        var bytes = signature + header(width: width, height: height, colorType: colorType)
        let part = (stream.count + idatSplit - 1) / idatSplit
        var start = 0
        while start < stream.count {
            bytes += chunk("IDAT", Array(stream[start..<min(start + part, stream.count)]))
            start += part
        }
        return bytes + chunk("IEND", [])
    }
}
