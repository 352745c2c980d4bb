/// How lorash prints numbers: the shortest text that reads back as the same `Double`.
///
/// So sweep file names are predictable: `0.25`, not `0.250000`; `1.0` prints `1`; `0.1+0.2`
/// prints `0.30000000000000004`.
public enum NumberFormatting {
    /// The shortest round-tripping text of `value`, without a trailing `.0`.
    public static func shortest(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return "0" }  // also -0
        if value == value.rounded(), abs(value) < 1e16 { return String(Int64(value)) }
        return value.description  // Swift prints the shortest round-tripping form.
    }

    /// The shortest text that reads back as the same `Float` (`0.7`, not `0.699999988079071`).
    public static func shortest(float value: Float) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e7 { return String(Int64(value)) }
        return value.isNaN ? "nan" : value.isInfinite ? (value < 0 ? "-inf" : "inf") : value.description
    }
}
