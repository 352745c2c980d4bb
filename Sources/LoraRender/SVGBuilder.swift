import Foundation

/// Accumulates SVG 1.1 markup; escapes text and attribute values.
struct SVGBuilder {
    private(set) var body = ""
    let width: Int
    let height: Int

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// `text` with the five XML special characters escaped and the control characters XML 1.0
    /// forbids (below U+0020 other than tab, newline, return) dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1, scalar.value < 0x20,
                scalar != "\t", scalar != "\n", scalar != "\r"
            {
                continue
            }
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A coordinate or length with at most two decimals.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.2f", rounded)
    }

    mutating func element(_ name: String, _ attributes: [(String, String)], text: String? = nil) {
        body += "<\(name)"
        for (key, value) in attributes { body += " \(key)=\"\(Self.escape(value))\"" }
        if let text {
            body += ">\(Self.escape(text))</\(name)>\n"
        } else {
            body += "/>\n"
        }
    }

    mutating func raw(_ markup: String) { body += markup }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1) {
        element(
            "line",
            [
                ("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)), ("y2", Self.number(y2)),
                ("stroke", stroke), ("stroke-width", Self.number(width)),
            ])
    }

    mutating func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, extra: [(String, String)] = [])
    {
        element(
            "rect",
            [
                ("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(w)), ("height", Self.number(h)),
                ("fill", fill),
            ] + extra)
    }

    mutating func text(
        _ content: String, x: Double, y: Double, anchor: String = "start", size: Double = 12, fill: String = "#222",
        extra: [(String, String)] = []
    ) {
        element(
            "text",
            [
                ("x", Self.number(x)), ("y", Self.number(y)), ("text-anchor", anchor), ("font-size", Self.number(size)),
                ("fill", fill),
            ] + extra, text: content)
    }

    /// The complete document.
    func document() -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" \
        viewBox="0 0 \(width) \(height)" font-family="Helvetica, Arial, sans-serif">
        <rect x="0" y="0" width="\(width)" height="\(height)" fill="#ffffff"/>
        \(body)</svg>

        """
    }
}
