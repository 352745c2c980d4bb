import LoraEngine

/// A matrix drawn as a PNG-ready heatmap, one colour per entry (`render delta`).
///
/// Large matrices are shrunk by averaging square blocks of entries (before colouring, so the
/// colours show block means); small ones are enlarged by an integer factor so each entry is a
/// visible square. Signed data uses the diverging colormap on −m…m where m is the largest
/// magnitude, so zero is always white; `sequential` maps the minimum…maximum range.
public enum MatrixHeatmap {
    /// The heatmap of a row-major `rows`×`columns` matrix.
    /// - Parameters:
    ///   - values: `rows · columns` entries, row-major.
    ///   - colormap: `.diverging` (default, symmetric around zero) or `.sequential`.
    ///   - range: the values mapped to the colormap's ends; `nil` derives it from the data.
    ///   - maxSide: the longest side of the result, in entries after block averaging.
    ///   - minSide: small matrices are enlarged by whole pixels until the longest side reaches this.
    /// - Complexity: O(rows · columns).
    public static func image(
        values: [Float], rows: Int, columns: Int, colormap: Colormap = .diverging,
        range: ClosedRange<Double>? = nil, maxSide: Int = 1024, minSide: Int = 256
    ) -> RGBAImage {
        draw(
            values: values, rows: rows, columns: columns, colormap: colormap, range: range, maxSide: maxSide,
            minSide: minSide
        ).image
    }

    /// The heatmap and the values its colormap's ends stand for.
    static func draw(
        values: [Float], rows: Int, columns: Int, colormap: Colormap, range: ClosedRange<Double>?, maxSide: Int,
        minSide: Int
    ) -> (image: RGBAImage, lower: Double, upper: Double) {
        precondition(rows > 0 && columns > 0 && values.count == rows * columns, "values do not fill \(rows)×\(columns)")
        let block = max(1, (max(rows, columns) + maxSide - 1) / maxSide)
        let outRows = (rows + block - 1) / block
        let outColumns = (columns + block - 1) / block
        var pooled = [Double](repeating: 0, count: outRows * outColumns)
        var counts = [Int](repeating: 0, count: outRows * outColumns)
        for r in 0..<rows {
            for c in 0..<columns {
                let index = (r / block) * outColumns + c / block
                pooled[index] += Double(values[r * columns + c])
                counts[index] += 1
            }
        }
        for i in pooled.indices { pooled[i] /= Double(counts[i]) }

        let finite = pooled.filter(\.isFinite)
        let lower: Double
        let upper: Double
        if let range {
            (lower, upper) = (range.lowerBound, range.upperBound)
        } else if colormap == .diverging {
            let magnitude = finite.map(abs).max() ?? 0
            (lower, upper) = (-magnitude, magnitude)
        } else {
            (lower, upper) = (finite.min() ?? 0, finite.max() ?? 0)
        }
        let span = upper - lower
        let domain = colormap.domain
        let longest = max(outRows, outColumns)
        let enlarge = max(1, (minSide + longest - 1) / longest)
        var image = RGBAImage(width: outColumns * enlarge, height: outRows * enlarge)
        for r in 0..<outRows {
            for c in 0..<outColumns {
                let value = pooled[r * outColumns + c]
                let unit = span > 0 ? (value - lower) / span : 0.5
                let color = colormap.color(domain.lowerBound + unit * (domain.upperBound - domain.lowerBound))
                image.fillRectangle(x: c * enlarge, y: r * enlarge, width: enlarge, height: enlarge, color: color)
            }
        }
        return (image, lower, upper)
    }

    /// The heatmap of a 2-D tensor of any float dtype (see `image(values:rows:columns:…)`).
    /// - Precondition: `matrix.rank == 2` and its dtype is floating point.
    public static func image(
        matrix: Tensor, colormap: Colormap = .diverging, range: ClosedRange<Double>? = nil, maxSide: Int = 1024,
        minSide: Int = 256
    ) -> RGBAImage {
        precondition(matrix.rank == 2, "a heatmap needs a matrix, got shape \(matrix.shape)")
        return image(
            values: matrix.floats(), rows: matrix.shape[0], columns: matrix.shape[1], colormap: colormap,
            range: range, maxSide: maxSide, minSide: minSide)
    }
}
