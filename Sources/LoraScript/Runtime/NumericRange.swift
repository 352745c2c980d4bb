import LoraFormats

/// An inclusive numeric range with a step, as written `start..end step s`.
///
/// Values are computed without accumulated float drift: the bounds and the step are scaled to
/// integers by the smallest power of ten that makes all three whole (up to 10¹⁵), stepped in
/// integers, and divided back, so `0..1 step 0.1` has 11 values ending at exactly `1` and its
/// fourth value prints as `0.3`. `end` is included when it falls on a step.
public struct NumericRange: Sendable, Equatable {
    public let start: Double
    public let end: Double
    public let step: Double

    /// Why a range is invalid.
    public enum RangeError: Error, Equatable, CustomStringConvertible {
        case zeroStep
        case wrongDirection(start: Double, end: Double, step: Double)
        case tooLarge(count: Double)
        case notFinite

        public var description: String {
            switch self {
            case .zeroStep: return "a range step cannot be 0"
            case .wrongDirection(let s, let e, let st):
                return
                    "step \(NumberFormatting.shortest(st)) never gets from \(NumberFormatting.shortest(s)) to \(NumberFormatting.shortest(e)) (use a \(st > 0 ? "negative" : "positive") step)"
            case .tooLarge(let count):
                return "range has \(NumberFormatting.shortest(count)) values; at most 10000000 are allowed"
            case .notFinite: return "range bounds and step must be finite numbers"
            }
        }
    }

    /// Creates a range; `step` defaults to 1 (or -1 when `end < start`).
    public init(start: Double, end: Double, step: Double? = nil) throws(RangeError) {
        let step = step ?? (end < start ? -1 : 1)
        guard start.isFinite, end.isFinite, step.isFinite else { throw .notFinite }
        guard step != 0 else { throw .zeroStep }
        guard start == end || (end - start > 0) == (step > 0) else {
            throw .wrongDirection(start: start, end: end, step: step)
        }
        self.start = start
        self.end = end
        self.step = step
        // Counted in Double: a range like 0..1e20 or a step like 1e-300 has more values than
        // an Int holds, and must be refused, not converted.
        let count = Self.layout(start: start, end: end, step: step).count
        guard count.isFinite, count <= 10_000_000 else { throw .tooLarge(count: count) }
    }

    /// The values, in order.
    public var values: [Double] { Array(lazyValues) }

    /// The values one at a time, without making their array: a `for` over 10 000 000 values
    /// holds one, not 80 MB of them (and 480 MB of script values).
    public var lazyValues: LazyMapSequence<Range<Int>, Double> {
        let layout = Self.layout(start: start, end: end, step: step)
        let start = start
        let step = step
        if let scale = layout.scale {
            let a = (start * scale).rounded()
            let s = (step * scale).rounded()
            return (0..<Int(layout.count)).lazy.map { (a + Double($0) * s) / scale }
        }
        return (0..<Int(layout.count)).lazy.map { start + Double($0) * step }
    }

    /// Number of values.
    public var count: Int { Int(Self.layout(start: start, end: end, step: step).count) }

    /// The decimal scale that makes the bounds and the step integers (nil if none up to 10¹⁵
    /// does), and the number of values (a whole number, or infinite; checked by `init`).
    private static func layout(start: Double, end: Double, step: Double) -> (scale: Double?, count: Double) {
        var scale = 1.0
        for _ in 0...15 {
            let values = [start, end, step].map { $0 * scale }
            if values.allSatisfy({
                abs($0) < 9e15 && $0 == $0.rounded() || abs($0 - $0.rounded()) < 1e-9 * max(1, abs($0))
            }) {
                let a = (start * scale).rounded()
                let b = (end * scale).rounded()
                let s = (step * scale).rounded()
                guard s != 0 else { break }  // a step too small to scale (1e-300)
                let count = ((b - a) / s).rounded(.down) + 1
                return (scale, count.isNaN ? .infinity : max(count, 0))
            }
            scale *= 10
        }
        let count = ((end - start) / step * (1 + 1e-12)).rounded(.down) + 1
        return (nil, count.isNaN ? .infinity : max(count, 0))
    }
}
