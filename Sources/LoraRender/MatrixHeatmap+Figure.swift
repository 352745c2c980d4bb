import Foundation
import LoraEngine

/// A heatmap with a title, an optional caption and a labelled colour bar (`render delta`).
extension MatrixHeatmap {
    /// The heatmap of a row-major matrix framed as a figure: `title` above, `caption` below,
    /// and to the right a colour bar labelled with the values of its top, middle and bottom.
    ///
    /// Parameters are those of `image(values:rows:columns:…)`; text is drawn at scale 2 when
    /// the heatmap is at least 300 pixels wide.
    /// - Complexity: O(rows · columns).
    public static func figure(
        values: [Float], rows: Int, columns: Int, title: String, caption: String? = nil,
        colormap: Colormap = .diverging, range: ClosedRange<Double>? = nil, maxSide: Int = 1024, minSide: Int = 256
    ) -> RGBAImage {
        let (map, lower, upper) = draw(
            values: values, rows: rows, columns: columns, colormap: colormap, range: range, maxSide: maxSide,
            minSide: minSide)
        let font = BitmapFont.standard
        let scale = map.width >= 300 ? 2 : 1
        let margin = 8 * scale
        let lineHeight = font.lineHeight * scale
        let barWidth = 14 * scale
        let labels = [upper, (lower + upper) / 2, lower].map { String(format: "%.3g", $0) }
        let labelWidth = labels.map { font.width(of: $0, scale: scale) }.max()!
        let width = max(
            margin + map.width + margin + barWidth + 4 * scale + labelWidth + margin,
            font.width(of: title, scale: scale) + 2 * margin)
        let top = margin + lineHeight + margin / 2
        let height = top + map.height + (caption == nil ? margin : margin / 2 + lineHeight + margin)
        let ink = RGBAColor(grey: 24)
        var canvas = RGBAImage(width: width, height: height, fill: .white)
        canvas.drawText(title, x: margin, y: margin, color: ink, scale: scale)
        canvas.paste(map, x: margin, y: top)
        if let caption {
            canvas.drawText(caption, x: margin, y: top + map.height + margin / 2, color: ink, scale: scale)
        }

        let barLeft = margin + map.width + margin
        let domain = colormap.domain
        for y in 0..<map.height {
            let unit = map.height == 1 ? 0.5 : 1 - Double(y) / Double(map.height - 1)
            let color = colormap.color(domain.lowerBound + unit * (domain.upperBound - domain.lowerBound))
            canvas.fillRectangle(x: barLeft, y: top + y, width: barWidth, height: 1, color: color)
        }
        canvas.strokeRectangle(x: barLeft, y: top, width: barWidth, height: map.height, color: ink)
        let glyphHeight = font.glyphHeight * scale
        let positions = [top, top + (map.height - glyphHeight) / 2, top + map.height - glyphHeight]
        for (label, y) in zip(labels, positions) {
            canvas.drawText(label, x: barLeft + barWidth + 4 * scale, y: y, color: ink, scale: scale)
        }
        return canvas
    }

    /// `figure(values:rows:columns:title:…)` for a 2-D tensor of any float dtype.
    /// - Precondition: `matrix.rank == 2`.
    public static func figure(
        matrix: Tensor, title: String, caption: String? = nil, colormap: Colormap = .diverging,
        range: ClosedRange<Double>? = nil, maxSide: Int = 1024, minSide: Int = 256
    ) -> RGBAImage {
        precondition(matrix.rank == 2, "a heatmap needs a matrix, got shape \(matrix.shape)")
        return figure(
            values: matrix.floats(), rows: matrix.shape[0], columns: matrix.shape[1], title: title, caption: caption,
            colormap: colormap, range: range, maxSide: maxSide, minSide: minSide)
    }
}
