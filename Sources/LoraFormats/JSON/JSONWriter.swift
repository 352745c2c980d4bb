/// Serialises `JSONValue`s compactly or pretty-printed, members in the order given.
public enum JSONWriter {
    /// The JSON text of `value`; `indent` > 0 pretty-prints with that many spaces per level.
    public static func string(_ value: JSONValue, indent: Int = 0) -> String {
        var out = ""
        write(value, into: &out, indent: indent, level: 0)
        return out
    }

    /// A JSON string literal for `text` (quotes included), escaping as RFC 8259 requires.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func write(_ value: JSONValue, into out: inout String, indent: Int, level: Int) {
        let newline = indent > 0 ? "\n" : ""
        let pad = String(repeating: " ", count: indent * (level + 1))
        let closePad = String(repeating: " ", count: indent * level)
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let d, let i):
            if let i {
                out += String(i)
            } else if d == d.rounded() && abs(d) < 1e15 {
                out += String(Int(d))
            } else {
                out += "\(d)"
            }
        case .string(let s): out += quoted(s)
        case .array(let elements):
            if elements.isEmpty { out += "[]"; return }
            out += "[" + newline
            for (n, element) in elements.enumerated() {
                out += pad
                write(element, into: &out, indent: indent, level: level + 1)
                out += (n + 1 < elements.count ? "," : "") + newline
            }
            out += closePad + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{" + newline
            for (n, (key, member)) in members.enumerated() {
                out += pad + quoted(key) + (indent > 0 ? ": " : ":")
                write(member, into: &out, indent: indent, level: level + 1)
                out += (n + 1 < members.count ? "," : "") + newline
            }
            out += closePad + "}"
        }
    }
}
