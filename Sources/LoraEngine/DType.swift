/// The element types a tensor can hold, named as the safetensors format names them.
///
/// Floating-point types are computed on (through `Float` or `Double`); integer and boolean
/// types are carried through untouched.
public enum DType: String, Sendable, CaseIterable, Hashable {
    case f64 = "F64"
    case f32 = "F32"
    case f16 = "F16"
    case bf16 = "BF16"
    /// 8-bit float, 4 exponent bits, 3 mantissa bits, no infinities ("e4m3fn"): max 448.
    case f8e4m3 = "F8_E4M3"
    /// 8-bit float, 5 exponent bits, 2 mantissa bits, IEEE-like with infinities: max 57344.
    case f8e5m2 = "F8_E5M2"
    case i8 = "I8"
    case u8 = "U8"
    case i16 = "I16"
    case i32 = "I32"
    case i64 = "I64"
    case bool = "BOOL"

    /// Bytes per element.
    public var byteSize: Int {
        switch self {
        case .f64, .i64: return 8
        case .f32, .i32: return 4
        case .f16, .bf16, .i16: return 2
        case .f8e4m3, .f8e5m2, .i8, .u8, .bool: return 1
        }
    }

    /// Whether values of this type take part in arithmetic (the float types).
    public var isFloatingPoint: Bool {
        switch self {
        case .f64, .f32, .f16, .bf16, .f8e4m3, .f8e5m2: return true
        default: return false
        }
    }

    /// The lower-case name users type (`dtype=bf16`, `dtype=fp8_e4m3`).
    public var userName: String {
        switch self {
        case .f8e4m3: return "fp8_e4m3"
        case .f8e5m2: return "fp8_e5m2"
        default: return rawValue.lowercased()
        }
    }

    /// Parses a user-typed dtype name (`f16`, `fp16`, `half`, `bf16`, `fp8_e4m3`, `F32`, …).
    public init?(userName: String) {
        switch userName.lowercased() {
        case "f64", "fp64", "float64", "double": self = .f64
        case "f32", "fp32", "float32", "float": self = .f32
        case "f16", "fp16", "float16", "half": self = .f16
        case "bf16", "bfloat16": self = .bf16
        case "fp8_e4m3", "f8_e4m3", "e4m3", "fp8", "f8e4m3", "float8_e4m3fn": self = .f8e4m3
        case "fp8_e5m2", "f8_e5m2", "e5m2", "f8e5m2", "float8_e5m2": self = .f8e5m2
        default:
            if let raw = DType(rawValue: userName.uppercased()) { self = raw } else { return nil }
        }
    }
}
