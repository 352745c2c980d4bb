/// CLIP's token strings by id, and the id of a string, keyed by the strings' UTF-8 bytes.
///
/// All token strings live in one byte arena with an open-addressing hash table over it (FNV-1a,
/// linear probing), so building the 49 408-entry vocabulary makes no `String` per token and
/// no Unicode-aware hashing: a few milliseconds instead of tens.
struct CLIPVocabulary: Sendable {
    /// Every token's UTF-8 bytes, one after the other.
    private(set) var arena: [UInt8] = []
    /// Token `i` is `arena[offsets[i]..<offsets[i + 1]]`.
    private(set) var offsets: [Int32] = [0]
    /// Hash slots holding token ids (−1 = empty); a power of two at least twice the count.
    private var slots: [Int32]

    init(capacity: Int) {
        var size = 1
        while size < 2 * capacity { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        arena.reserveCapacity(capacity * 8)
        offsets.reserveCapacity(capacity + 1)
    }

    /// The number of tokens.
    var count: Int { offsets.count - 1 }

    /// Appends a token made of `parts` (their bytes one after the other) and returns its id; a
    /// string already present now maps to the new id (the last one wins, as in Python's
    /// `dict(zip(vocab, range(len(vocab))))`).
    @discardableResult
    mutating func append(_ parts: UnsafeBufferPointer<UInt8>...) -> Int32 {
        let start = arena.count
        for part in parts { arena.append(contentsOf: part) }
        let id = Int32(count)
        offsets.append(Int32(arena.count))
        let mask = slots.count - 1
        let hash = arena.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start...])) }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            if bytesEqual(Int(slots[slot]), start..<arena.count) {
                slots[slot] = id
                return id
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = id
        return id
    }

    /// Appends a token given as a string.
    @discardableResult
    mutating func append(_ token: String) -> Int32 {
        var bytes = Array(token.utf8)
        return bytes.withUnsafeMutableBufferPointer { append(UnsafeBufferPointer($0)) }
    }

    /// The id of the token with these bytes.
    func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
        while slots[slot] >= 0 {
            let candidate = Int(slots[slot])
            let range = Int(offsets[candidate])..<Int(offsets[candidate + 1])
            if range.count == bytes.count
                && arena.withUnsafeBufferPointer({ arena in
                    memoryEqual(UnsafeBufferPointer(rebasing: arena[range]), bytes)
                })
            {
                return slots[slot]
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The id of a token string.
    func id(of token: String) -> Int32? {
        var bytes = Array(token.utf8)
        return bytes.withUnsafeMutableBufferPointer { id(of: UnsafeBufferPointer($0)) }
    }

    /// The token string of an id.
    func string(of id: Int) -> String {
        String(decoding: arena[Int(offsets[id])..<Int(offsets[id + 1])], as: UTF8.self)
    }

    private func bytesEqual(_ id: Int, _ range: Range<Int>) -> Bool {
        let existing = Int(offsets[id])..<Int(offsets[id + 1])
        guard existing.count == range.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            memoryEqual(UnsafeBufferPointer(rebasing: a[existing]), UnsafeBufferPointer(rebasing: a[range]))
        }
    }

    private func memoryEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for i in 0..<a.count where a[i] != b[i] { return false }
        return true
    }

    /// 64-bit FNV-1a (Fowler, Noll, Vo).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h ^ (h >> 29)
    }
}
