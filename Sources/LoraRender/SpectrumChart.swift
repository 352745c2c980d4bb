import Foundation

/// A line or bar chart of one or more series, as SVG text: singular-value spectra of LoRA
/// modules (`render spectrum`), with axes, ticks, axis labels, a title and a legend.
///
/// Series are indexed from 1 along x. On a logarithmic y axis, values that are zero, negative
/// or not finite are left out (a line breaks there, a bar is not drawn).
public struct SpectrumChart: Sendable {
    /// One named list of values.
    public struct Series: Sendable {
        /// Legend text.
        public var name: String
        /// The values, plotted at x = 1, 2, ….
        public var values: [Double]
        /// The group it belongs to (a U-Net block): series of one group share a colour and the
        /// legend names the groups instead of the series. Nil: the series is its own group.
        public var group: String?
        /// A series from its name and values.
        public init(name: String, values: [Double], group: String? = nil) {
            self.name = name
            self.values = values
            self.group = group
        }
    }

    /// How the values are drawn.
    public enum Style: Sendable {
        /// Markers joined by lines.
        case line
        /// Bars, the series of one index side by side.
        case bar
    }

    /// The data.
    public var series: [Series]
    /// Drawn above the plot.
    public var title: String
    /// Label under the x axis.
    public var xLabel = "index"
    /// Label beside the y axis.
    public var yLabel = "singular value"
    /// Whether the y axis is logarithmic (decades).
    public var logarithmic = false
    /// Lines or bars.
    public var style = Style.line
    /// Picture size in SVG user units (pixels).
    public var width = 760
    /// Picture height.
    public var height = 440

    /// Series colours, in order (matplotlib's "tab10").
    public static let palette = [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ]
    /// Group colours, in order: "tab10" then its lighter "tab20" partners, so up to twenty
    /// groups (the blocks of a U-Net) differ.
    public static let groupPalette =
        palette + [
            "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#c7c7c7", "#dbdb8d",
            "#9edae5",
        ]

    /// A chart of `series` under `title`.
    public init(series: [Series], title: String, logarithmic: Bool = false, style: Style = .line) {
        self.series = series
        self.title = title
        self.logarithmic = logarithmic
        self.style = style
    }

    /// Most series named in the legend; beyond it lines are thin and the legend counts the rest.
    public static let legendLimit = 12

    /// Plot area margins: left, right (legend), top, bottom.
    static let margins = (left: 72.0, right: 180.0, top: 44.0, bottom: 56.0)

    /// The SVG document.
    /// - Complexity: O(total number of values).
    public func svg() -> String {
        // Grouped series: one colour and one legend entry per group, in order of appearance.
        var groups: [(name: String, count: Int)] = []
        for item in series {
            guard let group = item.group else { continue }
            if let i = groups.firstIndex(where: { $0.name == group }) {
                groups[i].count += 1
            } else {
                groups.append((group, 1))
            }
        }
        let grouped = !groups.isEmpty
        // A legend taller than the plot makes the picture taller.
        let legendRows = grouped ? groups.count : min(series.count, Self.legendLimit + 1)
        let height = max(self.height, Int(Self.margins.top + Self.margins.bottom) + 16 + legendRows * 20)
        var svg = SVGBuilder(width: width, height: height)
        let m = Self.margins
        let plotLeft = m.left
        let plotRight = Double(width) - m.right
        let plotTop = m.top
        let plotBottom = Double(height) - m.bottom
        let count = max(1, series.map(\.values.count).max() ?? 1)

        let usable = series.flatMap(\.values).filter { $0.isFinite && (!logarithmic || $0 > 0) }
        let yMapping: (Double) -> Double
        let ticks: [Double]
        if logarithmic {
            let (range, decadeTicks) = AxisTicks.logarithmic(usable.min() ?? 0.1, usable.max() ?? 1)
            ticks = decadeTicks
            yMapping = { value in
                plotBottom - (log10(value) - range.lowerBound) / (range.upperBound - range.lowerBound)
                    * (plotBottom - plotTop)
            }
        } else {
            let (range, linearTicks) = AxisTicks.linear(min(0, usable.min() ?? 0), usable.max() ?? 1)
            ticks = linearTicks
            yMapping = { value in
                plotBottom - (value - range.lowerBound) / (range.upperBound - range.lowerBound) * (plotBottom - plotTop)
            }
        }
        let slot = (plotRight - plotLeft) / Double(count)
        let xCenter = { (index: Int) in plotLeft + (Double(index) + 0.5) * slot }

        svg.text(title, x: Double(width) / 2, y: 26, anchor: "middle", size: 16, extra: [("font-weight", "bold")])
        // Grid lines and y ticks.
        for tick in ticks {
            let y = yMapping(tick)
            svg.line(plotLeft, y, plotRight, y, stroke: "#e4e4e4")
            svg.line(plotLeft - 5, y, plotLeft, y, stroke: "#444")
            svg.text(
                AxisTicks.label(tick), x: plotLeft - 8, y: y + 4, anchor: "end", size: 11, extra: [("class", "ytick")])
        }
        // x ticks: about ten labelled indices.
        let xStep = max(1, Int((Double(count) / 10).rounded(.up)))
        for index in stride(from: 0, to: count, by: xStep) {
            let x = xCenter(index)
            svg.line(x, plotBottom, x, plotBottom + 5, stroke: "#444")
            svg.text(
                String(index + 1), x: x, y: plotBottom + 18, anchor: "middle", size: 11, extra: [("class", "xtick")])
        }
        // Axes.
        svg.line(plotLeft, plotTop, plotLeft, plotBottom, stroke: "#444")
        svg.line(plotLeft, plotBottom, plotRight, plotBottom, stroke: "#444")
        svg.text(xLabel, x: (plotLeft + plotRight) / 2, y: Double(height) - 14, anchor: "middle", size: 13)
        let yLabelY = (plotTop + plotBottom) / 2
        svg.text(
            yLabel + (logarithmic ? " (log)" : ""), x: 18, y: yLabelY, anchor: "middle", size: 13,
            extra: [("transform", "rotate(-90 18 \(SVGBuilder.number(yLabelY)))")])

        // Data. Many series (more than `legendLimit`) are drawn as thin translucent lines without
        // markers, so the bundle of spectra stays readable.
        let crowded = series.count > Self.legendLimit
        func color(_ seriesIndex: Int) -> String {
            guard grouped else { return Self.palette[seriesIndex % Self.palette.count] }
            let group = groups.firstIndex { $0.name == series[seriesIndex].group } ?? groups.count
            return Self.groupPalette[group % Self.groupPalette.count]
        }
        for (seriesIndex, item) in series.enumerated() {
            let color = color(seriesIndex)
            switch style {
            case .line:
                var segment = [String]()
                func flush() {
                    // A crowded chart draws no markers: a lone value (a rank-1 module) is a dot.
                    if segment.count == 1, crowded {
                        let point = segment[0].split(separator: ",")
                        svg.element(
                            "circle", [("cx", String(point[0])), ("cy", String(point[1])), ("r", "2"), ("fill", color)])
                    }
                    if segment.count > 1 {
                        svg.element(
                            "polyline",
                            [
                                ("points", segment.joined(separator: " ")), ("fill", "none"), ("stroke", color),
                                ("stroke-width", crowded ? "1" : "2"), ("stroke-opacity", crowded ? "0.5" : "1"),
                                ("class", "series"),
                            ])
                    }
                    segment.removeAll()
                }
                for (index, value) in item.values.enumerated() {
                    guard value.isFinite, !logarithmic || value > 0 else {
                        flush()
                        continue
                    }
                    let x = xCenter(index)
                    let y = yMapping(value)
                    segment.append("\(SVGBuilder.number(x)),\(SVGBuilder.number(y))")
                    if crowded { continue }
                    svg.element(
                        "circle",
                        [
                            ("cx", SVGBuilder.number(x)), ("cy", SVGBuilder.number(y)), ("r", "2.5"), ("fill", color),
                        ])
                }
                flush()
            case .bar:
                let barWidth = slot * 0.8 / Double(max(1, series.count))
                let base = logarithmic ? plotBottom : yMapping(0)
                for (index, value) in item.values.enumerated() where value.isFinite && (!logarithmic || value > 0) {
                    let x = plotLeft + Double(index) * slot + slot * 0.1 + Double(seriesIndex) * barWidth
                    let y = yMapping(value)
                    svg.rect(x, min(y, base), barWidth, abs(base - y), fill: color, extra: [("class", "bar")])
                }
            }
        }

        if grouped {
            // Legend: every group with its number of series.
            for (groupIndex, group) in groups.enumerated() {
                let y = plotTop + 8 + Double(groupIndex) * 20
                svg.rect(plotRight + 16, y - 9, 14, 10, fill: Self.groupPalette[groupIndex % Self.groupPalette.count])
                svg.text(
                    "\(group.name) (\(group.count))", x: plotRight + 36, y: y, size: 12, extra: [("class", "legend")])
            }
            return svg.document()
        }
        // Legend: the first `legendLimit` series, then a count of the rest.
        for (seriesIndex, item) in series.prefix(Self.legendLimit).enumerated() {
            let color = color(seriesIndex)
            let y = plotTop + 8 + Double(seriesIndex) * 20
            svg.rect(plotRight + 16, y - 9, 14, 10, fill: color)
            // Long module names keep their start and end, which is where they differ.
            let name = item.name.count > 22 ? item.name.prefix(10) + "…" + item.name.suffix(11) : item.name
            svg.text(name, x: plotRight + 36, y: y, size: 12, extra: [("class", "legend")])
        }
        if crowded {
            svg.text(
                "+ \(series.count - Self.legendLimit) more", x: plotRight + 16,
                y: plotTop + 8 + Double(Self.legendLimit) * 20, size: 12, extra: [("class", "legend-more")])
        }
        return svg.document()
    }
}
