extension SafetensorsReader {
    /// SHA-256 of the data section (the bytes after the header), as 64 hex digits.
    ///
    /// This is kohya's `sshs_model_hash` (sd-scripts `library/train_util.py`
    /// `precalculate_safetensors_hashes`, which hashes the data section of a re-serialisation;
    /// the data section does not depend on the metadata).
    /// - Complexity: O(data size).
    public func dataSectionSHA256() -> String {
        withDataSection { bytes in
            var hasher = SHA256()
            let chunk = 1 << 24
            var offset = 0
            while offset < bytes.count {
                let n = min(chunk, bytes.count - offset)
                hasher.update(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + n)]))
                offset += n
            }
            return SHA256.hexString(hasher.finalize())
        }
    }
}
