/// An X/Y sweep plot: a grid of images with a label over each column, a label left of each row
/// and a title, like AUTOMATIC1111's X/Y/Z plot (for LoRA weights, "hero 0.25" …).
///
/// Cells may differ in size; each is centred in a slot as large as the largest cell. Labels too
/// long for their column are shortened with "..".
public struct SweepGrid: Sendable {
    /// Images by row, then column (`cells[row][column]`).
    public var cells: [[RGBAImage]]
    /// One label per column, drawn above it (empty array: no column labels).
    public var columnLabels: [String]
    /// One label per row, drawn left of it (empty array: no row labels).
    public var rowLabels: [String]
    /// Drawn centred above everything, if present.
    public var title: String?
    /// Text magnification; `nil` picks 1 for cells under 160 pixels wide, 2 otherwise.
    public var textScale: Int?
    /// Space between cells and around the picture, in pixels.
    public var gap: Int = 6
    /// Background colour.
    public var background: RGBAColor = .white
    /// Text colour.
    public var foreground: RGBAColor = RGBAColor(grey: 24)

    /// A grid of `cells` (rows of equal length) with optional labels.
    /// - Precondition: every row has the same number of cells; label arrays are empty or match
    ///   the number of columns and rows.
    public init(cells: [[RGBAImage]], columnLabels: [String] = [], rowLabels: [String] = [], title: String? = nil) {
        precondition(!cells.isEmpty && !cells[0].isEmpty, "a grid needs at least one cell")
        precondition(cells.allSatisfy { $0.count == cells[0].count }, "grid rows differ in length")
        precondition(columnLabels.isEmpty || columnLabels.count == cells[0].count, "one label per column")
        precondition(rowLabels.isEmpty || rowLabels.count == cells.count, "one label per row")
        self.cells = cells
        self.columnLabels = columnLabels
        self.rowLabels = rowLabels
        self.title = title
    }

    /// Composes the grid into one image.
    /// - Complexity: O(total pixels).
    public func render() -> RGBAImage {
        let font = BitmapFont.standard
        let slotWidth = cells.flatMap { $0 }.map(\.width).max()!
        let slotHeight = cells.flatMap { $0 }.map(\.height).max()!
        let scale = textScale ?? (slotWidth < 160 ? 1 : 2)
        let textHeight = font.lineHeight * scale
        let columns = cells[0].count
        let rows = cells.count

        let rowLabelWidth = rowLabels.map { font.width(of: $0, scale: scale) }.max().map { $0 + gap } ?? 0
        let titleHeight = title == nil ? 0 : textHeight + gap
        let columnLabelHeight = columnLabels.isEmpty ? 0 : textHeight
        let gridLeft = gap + rowLabelWidth
        let gridTop = gap + titleHeight + columnLabelHeight
        let width = gridLeft + columns * (slotWidth + gap)
        let height = gridTop + rows * (slotHeight + gap)
        var canvas = RGBAImage(width: width, height: height, fill: background)

        if let title {
            let text = font.truncated(title, toWidth: width - 2 * gap, scale: scale)
            canvas.drawText(
                text, x: (width - font.width(of: text, scale: scale)) / 2, y: gap, color: foreground, scale: scale)
        }
        for (column, label) in columnLabels.enumerated() {
            let text = font.truncated(label, toWidth: slotWidth + gap, scale: scale)
            let left = gridLeft + column * (slotWidth + gap)
            canvas.drawText(
                text, x: left + (slotWidth - font.width(of: text, scale: scale)) / 2, y: gap + titleHeight,
                color: foreground, scale: scale)
        }
        for (row, label) in rowLabels.enumerated() {
            let top = gridTop + row * (slotHeight + gap)
            canvas.drawText(
                label, x: gap, y: top + (slotHeight - font.glyphHeight * scale) / 2, color: foreground, scale: scale)
        }
        for (row, images) in cells.enumerated() {
            for (column, image) in images.enumerated() {
                let left = gridLeft + column * (slotWidth + gap) + (slotWidth - image.width) / 2
                let top = gridTop + row * (slotHeight + gap) + (slotHeight - image.height) / 2
                canvas.paste(image, x: left, y: top)
            }
        }
        return canvas
    }
}
