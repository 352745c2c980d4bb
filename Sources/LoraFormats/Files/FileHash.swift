import Foundation
import LoraEngine

/// The hashes users search model files by, computed once per path + size + mtime.
///
/// `sha256` is the digest of the whole file (what Civitai and A1111 show); `autoV2` is its
/// first 10 hex digits (A1111's "AutoV2" short hash). `sshs_model_hash` (kohya) is the digest
/// of the safetensors data section only: see `SafetensorsReader.dataSectionSHA256()`.
public struct FileHash: Sendable, Equatable {
    /// 64 lower-case hex digits.
    public let sha256: String
    /// The first 10 hex digits of `sha256` (A1111 "AutoV2").
    public var autoV2: String { String(sha256.prefix(10)) }

    public init(sha256: String) { self.sha256 = sha256 }

    /// The hash of `path` if this process has computed it for the file as it is now, else nil
    /// (never reads the file).
    public static func cached(path: String) -> FileHash? {
        guard let identity = FileIdentity.ifExists(path) else { return nil }
        return FileHashCache.shared.lookup(path: path, identity: identity)
    }

    /// The hash of the file at `path`, from the cache when the file's size and mtime are unchanged.
    /// - Throws: `SafetensorsError.cannotOpen` / `.isDirectory`.
    /// - Complexity: O(file size) the first time, O(1) after.
    public static func of(path: String) throws(SafetensorsError) -> FileHash {
        let identity = try FileIdentity(path: path)
        if let cached = FileHashCache.shared.lookup(path: path, identity: identity) { return cached }
        let file: MappedFile
        do { file = try MappedFile(path: path) } catch {
            throw .cannotOpen(file: path, reason: "\(error)")
        }
        var hasher = SHA256()
        let chunk = 1 << 24
        var offset = 0
        while offset < file.size {
            let n = min(chunk, file.size - offset)
            hasher.update(UnsafeRawBufferPointer(start: file.bytes! + offset, count: n))
            file.dropPages(offset: offset, count: n)
            offset += n
        }
        let hash = FileHash(sha256: SHA256.hexString(hasher.finalize()))
        FileHashCache.shared.store(path: path, identity: identity, hash: hash)
        return hash
    }
}
