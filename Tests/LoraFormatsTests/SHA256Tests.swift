import Foundation
import Testing

@testable import LoraFormats

/// SHA-256 against the FIPS 180-4 example vectors and against Python's hashlib when available.
@Suite struct SHA256Tests {
    func hex(_ text: String) -> String { Array(text.utf8).withUnsafeBytes { SHA256.hex(of: $0) } }

    @Test func knownVectors() {
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            hex(String(repeating: "a", count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// The CPU's SHA extensions (when present) and the Swift rounds give the same digests, on
    /// lengths around the 64-byte block and the 56-byte padding boundary and on a long input.
    @Test func hardwareAndSwiftAgree() {
        var generator = SystemRandomNumberGenerator()
        for length in [0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4096 + 17, 1 << 20] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            func digest(hardware: Bool) -> [UInt8] {
                var hasher = SHA256()
                hasher.usesHardware = hardware && SHA256.hardwareAvailable
                bytes.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[0..<(length / 3)])) }
                bytes.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[(length / 3)...])) }
                return hasher.finalize()
            }
            #expect(digest(hardware: true) == digest(hardware: false), "length \(length)")
        }
    }

    @Test func chunkedUpdatesAgree() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = bytes.withUnsafeBytes { SHA256.hex(of: $0) }
        for split in [1, 63, 64, 65, 500] {
            var hasher = SHA256()
            hasher.update(Array(bytes[..<split]))
            hasher.update(Array(bytes[split...]))
            #expect(SHA256.hexString(hasher.finalize()) == whole)
        }
    }

    @Test func fileHashMatchesPythonHashlib() throws {
        let bytes = (0..<200_003).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 17) }
        let path = TestSupport.file(bytes, name: "blob.bin")
        let hash = try FileHash.of(path: path)
        #expect(hash.autoV2 == String(hash.sha256.prefix(10)))
        let python = "/usr/bin/python3"
        guard FileManager.default.isExecutableFile(atPath: python) else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [
            "-c", "import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],'rb').read()).hexdigest())", path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(out.trimmingCharacters(in: .whitespacesAndNewlines) == hash.sha256)
    }
}
