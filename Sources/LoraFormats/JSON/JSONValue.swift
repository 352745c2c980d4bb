/// A parsed JSON value that keeps object members in file order, duplicates included.
///
/// The safetensors header and `adapter_config.json` are JSON; Foundation's parser silently
/// drops duplicate keys, so lorash parses them itself to report duplicates by name.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number; `integer` is set when the text had no fraction or exponent and fits in `Int`.
    case number(Double, integer: Int?)
    case string(String)
    case array([JSONValue])
    /// Members in the order they appear (duplicates kept).
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a, _), .number(let b, _)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// The member named `key` of an object (the first one if duplicated).
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members.first { $0.0 == key }?.1 }
        return nil
    }

    /// The string, if this is one.
    public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    /// The number as a `Double`, if this is a number.
    public var doubleValue: Double? { if case .number(let d, _) = self { return d }; return nil }
    /// The number as an `Int`, if this is an integral number.
    public var intValue: Int? {
        if case .number(let d, let i) = self { return i ?? (d == d.rounded() && abs(d) < 9e15 ? Int(d) : nil) }
        return nil
    }
    /// The Boolean, if this is one.
    public var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }
    /// The members, if this is an object.
    public var objectMembers: [(String, JSONValue)]? { if case .object(let m) = self { return m }; return nil }
    /// The elements, if this is an array.
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a }; return nil }
    /// Whether this is `null`.
    public var isNull: Bool { if case .null = self { return true }; return false }
}

extension JSONValue: CustomStringConvertible {
    /// The value as compact JSON text (`0`, `"eight"`, `[1,2]`), for messages.
    public var description: String { JSONWriter.string(self) }
}
