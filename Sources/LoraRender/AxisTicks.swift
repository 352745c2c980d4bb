import Foundation

/// Tick positions and labels for chart axes.
enum AxisTicks {
    /// "Nice" linear ticks covering `lower…upper`: steps of 1, 2 or 5 × 10ᵏ, about `target` of
    /// them (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990). Returns the
    /// extended range and the ticks.
    static func linear(_ lower: Double, _ upper: Double, target: Int = 5) -> (
        range: ClosedRange<Double>, ticks: [Double]
    ) {
        var low = lower
        var high = upper
        if !(high > low) {
            let pad = low == 0 ? 1 : abs(low) * 0.5
            low -= pad
            high += pad
        }
        let rough = (high - low) / Double(max(1, target))
        let magnitude = pow(10, floor(log10(rough)))
        let fraction = rough / magnitude
        let step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude
        let first = floor(low / step + 1e-9) * step
        let last = ceil(high / step - 1e-9) * step
        var ticks = [Double]()
        var k = 0
        while first + Double(k) * step <= last + step * 1e-6 {
            let value = first + Double(k) * step
            ticks.append(abs(value) < step * 1e-9 ? 0 : value)
            k += 1
        }
        return (first...last, ticks)
    }

    /// Decade ticks 10ᵏ covering the positive `lower…upper`; the range is in log10 units.
    static func logarithmic(_ lower: Double, _ upper: Double) -> (range: ClosedRange<Double>, ticks: [Double]) {
        var low = floor(log10(lower) + 1e-9)
        var high = ceil(log10(upper) - 1e-9)
        if high <= low {
            low -= 1
            high += 1
        }
        return (low...high, stride(from: low, through: high, by: 1).map { pow(10, $0) })
    }

    /// A short label: `%g` with up to 4 significant digits.
    static func label(_ value: Double) -> String {
        String(format: "%.4g", value)
    }
}
