import CZlib

/// How hard the PNG encoder compresses the filtered rows (zlib level and strategy).
///
/// Measured on a 256×256 toy-model picture (196 608 bytes of RGB): `fast` 3 ms → 69.6 kB,
/// `balanced` 31 ms → 63.8 kB, `smallest` ≈ 100 ms → 62.2 kB. Flat charts compress far
/// better under all three.
public enum PNGCompression: Sendable, Hashable, CaseIterable {
    /// zlib's `Z_RLE` strategy: Huffman coding plus runs (matches at distance one); about ten
    /// times faster than `balanced`, a tenth larger on photos and model output, but weaker on
    /// repeating patterns. For large sweep grids.
    case fast
    /// zlib level 6, default strategy (what most tools write). The default.
    case balanced
    /// zlib level 9, default strategy.
    case smallest

    /// zlib compression level.
    var level: Int32 {
        switch self {
        case .fast, .balanced: return 6
        case .smallest: return 9
        }
    }

    /// zlib strategy.
    var strategy: Int32 {
        self == .fast ? Z_RLE : Z_DEFAULT_STRATEGY
    }
}
