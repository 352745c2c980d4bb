import Foundation

/// A table of per-block strengths drawn as a PNG (`render blocks`): one row per LoRA, one
/// column per block (in the LoRA Block Weight order: BASE, IN00 …, MID, OUT00 …), each cell
/// coloured by its value and labelled with it.
///
/// Non-negative data uses the sequential colormap from 0 to the largest value; data with
/// negative entries uses the diverging one, symmetric around zero. NaN cells are grey and
/// labelled "-" (a block the LoRA does not touch).
public struct BlockStrengthMap: Sendable {
    /// Row names (LoRAs).
    public var rowLabels: [String]
    /// Column names (blocks).
    public var columnLabels: [String]
    /// `values[row][column]`.
    public var values: [[Double]]
    /// Drawn above the table, if present.
    public var title: String?
    /// Drawn under the table, wrapped to its width (at least 60 characters), if present: what
    /// the numbers are and what the column names mean.
    public var caption: String?
    /// Whether each cell shows its value as text.
    public var showsValues = true
    /// Text magnification.
    public var textScale = 1

    /// A map of `values` with one label per row and column.
    /// - Precondition: `values` has `rowLabels.count` rows of `columnLabels.count` entries.
    public init(rowLabels: [String], columnLabels: [String], values: [[Double]], title: String? = nil) {
        precondition(
            values.count == rowLabels.count && values.allSatisfy { $0.count == columnLabels.count },
            "values must be \(rowLabels.count) rows × \(columnLabels.count) columns")
        precondition(!rowLabels.isEmpty && !columnLabels.isEmpty, "a block map needs rows and columns")
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.values = values
        self.title = title
    }

    /// The value as the cells print it: two decimals below 10, then whole numbers.
    static func cellText(_ value: Double) -> String {
        if value.isNaN { return "-" }
        return abs(value) < 9.995 ? String(format: "%.2f", value) : String(format: "%.0f", value)
    }

    /// Draws the map.
    /// - Complexity: O(rows · columns · cell area).
    public func render() -> RGBAImage {
        let font = BitmapFont.standard
        let scale = textScale
        let pad = 4 * scale
        let flat = values.flatMap { $0 }.filter(\.isFinite)
        let signed = flat.contains { $0 < 0 }
        let colormap: Colormap = signed ? .diverging : .sequential
        let magnitude = flat.map(abs).max() ?? 0

        let valueWidth = showsValues ? font.width(of: "-0.00", scale: scale) : 0
        let labelWidth = columnLabels.map { font.width(of: $0, scale: scale) }.max()!
        let cellWidth = max(valueWidth, labelWidth, 16 * scale) + 2 * pad
        let cellHeight = font.lineHeight * scale + 2 * pad
        let rowLabelWidth = rowLabels.map { font.width(of: $0, scale: scale) }.max()! + 2 * pad
        let titleHeight = title == nil ? 0 : font.lineHeight * scale + pad
        let headerHeight = font.lineHeight * scale + pad
        let left = pad + rowLabelWidth
        let top = pad + titleHeight + headerHeight
        let tableWidth = left + columnLabels.count * cellWidth + pad
        let captionColumns = max(60, (tableWidth - 2 * pad) / (font.advance * scale))
        let captionLines = caption.map { Self.wrap($0, columns: captionColumns) } ?? []
        let titleWidth = title.map { font.width(of: $0, scale: scale) + 2 * pad } ?? 0
        let width = max(
            tableWidth, titleWidth, captionLines.map { font.width(of: $0, scale: scale) + 2 * pad }.max() ?? 0)
        let captionTop = top + rowLabels.count * cellHeight + pad
        let height = captionTop + captionLines.count * font.lineHeight * scale + pad
        let ink = RGBAColor(grey: 24)
        var canvas = RGBAImage(width: width, height: height, fill: .white)

        if let title { canvas.drawText(title, x: pad, y: pad, color: ink, scale: scale) }
        for (column, label) in columnLabels.enumerated() {
            let x = left + column * cellWidth + (cellWidth - font.width(of: label, scale: scale)) / 2
            canvas.drawText(label, x: x, y: pad + titleHeight, color: ink, scale: scale)
        }
        for (row, label) in rowLabels.enumerated() {
            let y = top + row * cellHeight + pad
            canvas.drawText(label, x: pad, y: y, color: ink, scale: scale)
            for column in columnLabels.indices {
                let value = values[row][column]
                // Both colormaps take value / magnitude: −1…1 diverging, 0…1 sequential.
                let color = colormap.color(magnitude == 0 ? (value.isNaN ? .nan : 0) : value / magnitude)
                let x = left + column * cellWidth
                canvas.fillRectangle(
                    x: x, y: top + row * cellHeight, width: cellWidth - 1, height: cellHeight - 1, color: color)
                if showsValues {
                    let text = Self.cellText(value)
                    canvas.drawText(
                        text, x: x + (cellWidth - 1 - font.width(of: text, scale: scale)) / 2, y: y,
                        color: Colormap.textColor(on: color), scale: scale)
                }
            }
        }
        for (index, line) in captionLines.enumerated() {
            canvas.drawText(line, x: pad, y: captionTop + index * font.lineHeight * scale, color: ink, scale: scale)
        }
        return canvas
    }

    /// `text` broken into lines of at most `columns` characters at spaces.
    static func wrap(_ text: String, columns: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > columns {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
