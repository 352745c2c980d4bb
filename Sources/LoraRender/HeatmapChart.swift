import Foundation

/// A labelled matrix as SVG text, every cell coloured and printed with its value: the cosine
/// similarity between stacked LoRAs (`render interference`), or any small table of numbers.
///
/// Colours use the diverging colormap over `range` (−1…1 by default, as cosines are), so zero
/// is white, positive red, negative blue. Column labels are written at a slant above the cells.
public struct HeatmapChart: Sendable {
    /// Names of the rows, left of the cells.
    public var rowLabels: [String]
    /// Names of the columns, above the cells.
    public var columnLabels: [String]
    /// `values[row][column]`.
    public var values: [[Double]]
    /// Drawn above the matrix.
    public var title: String
    /// The values mapped to full blue and full red.
    public var range: ClosedRange<Double> = -1...1
    /// Side of one cell in pixels.
    public var cellSize = 56

    /// A chart of `values`.
    /// - Precondition: `values` has one row per row label and one entry per column label.
    public init(rowLabels: [String], columnLabels: [String], values: [[Double]], title: String) {
        precondition(
            values.count == rowLabels.count && values.allSatisfy { $0.count == columnLabels.count },
            "values must be \(rowLabels.count) rows × \(columnLabels.count) columns")
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.values = values
        self.title = title
    }

    /// A square chart whose rows and columns are the same items (a cosine matrix).
    public init(labels: [String], matrix: [[Double]], title: String) {
        self.init(rowLabels: labels, columnLabels: labels, values: matrix, title: title)
    }

    /// The SVG document.
    /// - Complexity: O(rows · columns).
    public func svg() -> String {
        let longestRow = Double(rowLabels.map(\.count).max() ?? 0)
        let longestColumn = Double(columnLabels.map(\.count).max() ?? 0)
        let left = 20 + longestRow * 7.5
        let top = 56 + longestColumn * 5.5
        let cell = Double(cellSize)
        // Wide enough for the title too (16-unit bold text: about 9.5 units a character).
        let width = Int(
            max(left + Double(columnLabels.count) * cell + 40 + longestColumn * 5.5, Double(title.count) * 9.5 + 40))
        let height = Int(top + Double(rowLabels.count) * cell + 24)
        var svg = SVGBuilder(width: width, height: height)
        svg.text(title, x: Double(width) / 2, y: 26, anchor: "middle", size: 16, extra: [("font-weight", "bold")])

        for (column, label) in columnLabels.enumerated() {
            let x = left + (Double(column) + 0.5) * cell
            let y = top - 8
            svg.text(
                label, x: x, y: y, size: 12,
                extra: [
                    ("transform", "rotate(-40 \(SVGBuilder.number(x)) \(SVGBuilder.number(y)))"), ("class", "column"),
                ])
        }
        let span = range.upperBound - range.lowerBound
        for (row, label) in rowLabels.enumerated() {
            let y = top + Double(row) * cell
            svg.text(label, x: left - 8, y: y + cell / 2 + 4, anchor: "end", size: 12, extra: [("class", "row")])
            for column in columnLabels.indices {
                let value = values[row][column]
                let unit = span > 0 ? (value - range.lowerBound) / span * 2 - 1 : 0
                let color = Colormap.diverging.color(unit)
                let x = left + Double(column) * cell
                svg.rect(x, y, cell, cell, fill: color.hexString, extra: [("stroke", "#ffffff"), ("class", "cell")])
                // Rounded to two places; a value that rounds to zero prints 0.00, never -0.00.
                let rounded = (value * 100).rounded() / 100
                let text = value.isNaN ? "-" : String(format: "%.2f", rounded == 0 ? 0 : rounded)
                svg.text(
                    text, x: x + cell / 2, y: y + cell / 2 + 4, anchor: "middle", size: 12,
                    fill: Colormap.textColor(on: color).hexString, extra: [("class", "value")])
            }
        }
        return svg.document()
    }
}
