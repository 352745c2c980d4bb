import Foundation
import Testing

@testable import LoraRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects the elements of an SVG document with an XML parser (so the test also proves the
/// document is well-formed).
final class SVGElements: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text = ""
    }
    var elements: [Element] = []
    private var open: [Int] = []

    static func parse(_ svg: String) throws -> [Element] {
        let collector = SVGElements()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        struct Malformed: Error { let message: String }
        guard parser.parse() else { throw Malformed(message: "\(parser.parserError.map { "\($0)" } ?? "?")") }
        return collector.elements
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(Element(name: name, attributes: attributes))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let last = open.last { elements[last].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }
}

@Suite struct SVGChartTests {
    @Test func linearLineChart() throws {
        var chart = SpectrumChart(
            series: [.init(name: "unet.down <a&b>", values: [4, 2, 1]), .init(name: "te", values: [3, 3])],
            title: "spectrum")
        chart.width = 500
        chart.height = 300
        let elements = try SVGElements.parse(chart.svg())
        #expect(elements.first?.name == "svg")
        #expect(elements.filter { $0.attributes["class"] == "series" }.count == 2)
        #expect(elements.contains { $0.attributes["class"] == "legend" && $0.text == "unet.down <a&b>" })
        // Nice ticks for 0…4 with about 5 steps: 0, 1, 2, 3, 4.
        let yTicks = elements.filter { $0.attributes["class"] == "ytick" }.map(\.text)
        #expect(yTicks == ["0", "1", "2", "3", "4"])
        #expect(elements.filter { $0.attributes["class"] == "xtick" }.map(\.text) == ["1", "2", "3"])
        // Plot area: y from 44 (value 4) to 300 - 56 = 244 (value 0); x slots of (500-72-180)/3.
        let points = elements.first { $0.attributes["class"] == "series" }!.attributes["points"]!
        let slot = (500.0 - 72 - 180) / 3
        let values: [Double] = [4, 2, 1]
        var expected: [(Double, Double)] = []
        for index in 0..<3 {
            let x: Double = 72 + (Double(index) + 0.5) * slot
            let y: Double = 244 - values[index] / 4 * 200
            expected.append((x, y))
        }
        let parsed = points.split(separator: " ").map { pair in pair.split(separator: ",").map { Double($0)! } }
        #expect(parsed.count == 3)
        for (point, want) in zip(parsed, expected) {
            #expect(abs(point[0] - want.0) < 0.01 && abs(point[1] - want.1) < 0.01)
        }
    }

    @Test func logarithmicAxisUsesDecadesAndSkipsZeros() throws {
        let chart = SpectrumChart(
            series: [.init(name: "s", values: [50, 3, 0.02, 0, 0.5])], title: "log", logarithmic: true)
        let elements = try SVGElements.parse(chart.svg())
        #expect(elements.filter { $0.attributes["class"] == "ytick" }.map(\.text) == ["0.01", "0.1", "1", "10", "100"])
        // The zero breaks the line into two pieces: 3 points and 1 point (a single point draws no line).
        let lines = elements.filter { $0.attributes["class"] == "series" }
        #expect(lines.count == 1)
        #expect(lines[0].attributes["points"]!.split(separator: " ").count == 3)
        #expect(elements.filter { $0.name == "circle" }.count == 4)
    }

    @Test func manySeriesAreThinAndTheLegendIsCapped() throws {
        let series = (0..<30).map { SpectrumChart.Series(name: "module \($0)", values: [3, 2, 1]) }
        let elements = try SVGElements.parse(SpectrumChart(series: series, title: "many").svg())
        #expect(elements.filter { $0.attributes["class"] == "series" }.count == 30)
        #expect(elements.filter { $0.name == "circle" }.isEmpty)
        #expect(elements.filter { $0.attributes["class"] == "legend" }.count == 12)
        #expect(elements.first { $0.attributes["class"] == "legend-more" }?.text == "+ 18 more")
    }

    /// Series with groups (a large LoRA's modules by block) share their group's colour, and the
    /// legend names every group with its count instead of cutting module names; a lone value
    /// (a rank-1 module) is drawn as a dot.
    @Test func groupedSeriesAreColouredAndNamedByGroup() throws {
        let groups = ["text encoder 1", "IN04", "MID", "OUT05"]
        let series = (0..<40).map { n in
            SpectrumChart.Series(
                name: "lora_unet_module_\(n)", values: n % 2 == 0 ? [3, 2, 1] : [2], group: groups[n % 4])
        }
        let elements = try SVGElements.parse(SpectrumChart(series: series, title: "grouped", logarithmic: true).svg())
        let legend = elements.filter { $0.attributes["class"] == "legend" }.map(\.text)
        #expect(legend == ["text encoder 1 (10)", "IN04 (10)", "MID (10)", "OUT05 (10)"])
        #expect(elements.first { $0.attributes["class"] == "legend-more" } == nil)
        let lines = elements.filter { $0.attributes["class"] == "series" }
        #expect(lines.count == 20, "the 20 three-value series are lines")
        for (index, line) in lines.enumerated() {
            #expect(line.attributes["stroke"] == SpectrumChart.groupPalette[(2 * index) % 4], "series \(2 * index)")
        }
        #expect(elements.filter { $0.name == "circle" }.count == 20, "the 20 one-value series are dots")
    }

    /// Twenty blocks' legend does not fit 440 units: the picture grows to hold it (margins 44 +
    /// 56, 16 for the first row, 20 a row).
    @Test func aLongLegendMakesTheChartTaller() throws {
        let series = (0..<40).map { SpectrumChart.Series(name: "m\($0)", values: [1, 0.5], group: "block \($0 / 2)") }
        let svg = SpectrumChart(series: series, title: "tall").svg()
        #expect(svg.contains("height=\"516\""), "\(svg.prefix(200))")
    }

    @Test func controlCharactersAreDropped() throws {
        let chart = SpectrumChart(series: [.init(name: "bad\u{1}name", values: [1, 2])], title: "t\u{0}itle")
        let elements = try SVGElements.parse(chart.svg())
        #expect(elements.contains { $0.text == "badname" })
    }

    @Test func barChart() throws {
        let chart = SpectrumChart(
            series: [.init(name: "a", values: [1, 2]), .init(name: "b", values: [2, 1])], title: "bars", style: .bar)
        let bars = try SVGElements.parse(chart.svg()).filter { $0.attributes["class"] == "bar" }
        #expect(bars.count == 4)
        let heights = bars.map { Double($0.attributes["height"]!)! }
        #expect(abs(heights[1] - 2 * heights[0]) < 0.02, "bar heights are proportional on a linear axis")
    }

    @Test func cosineHeatmap() throws {
        let chart = HeatmapChart(
            labels: ["hero", "style"], matrix: [[1, -0.25], [-0.25, 1]], title: "interference")
        let elements = try SVGElements.parse(chart.svg())
        let cells = elements.filter { $0.attributes["class"] == "cell" }
        #expect(cells.count == 4)
        #expect(cells[0].attributes["fill"] == "#67001f", "cosine 1 is full red")
        #expect(cells[1].attributes["fill"] == Colormap.diverging.color(-0.25).hexString)
        #expect(
            elements.filter { $0.attributes["class"] == "value" }.map(\.text) == ["1.00", "-0.25", "-0.25", "1.00"])
        #expect(elements.filter { $0.attributes["class"] == "row" }.map(\.text) == ["hero", "style"])
        #expect(elements.filter { $0.attributes["class"] == "column" }.map(\.text) == ["hero", "style"])
    }

    @Test func niceTicks() {
        let unitTicks = AxisTicks.linear(0, 0.93).ticks
        #expect(unitTicks.count == 6 && abs(unitTicks[3] - 0.6) < 1e-12 && unitTicks.last == 1)
        let ticks = AxisTicks.linear(-3, 17).ticks
        #expect(ticks == [-5, 0, 5, 10, 15, 20])
        #expect(AxisTicks.logarithmic(0.3, 2).ticks == [0.1, 1, 10])
    }
}
