import LoraFormats
import LoraKit

/// A value in the lorash language.
public enum Value: Sendable {
    case number(Double)
    case string(String)
    case bool(Bool)
    case list([Value])
    case range(NumericRange)
    /// `label:range`, from `hero:0..1 step 0.25` (a sweep axis).
    case labeledRange(String, NumericRange)
    /// `label:[a, b, …]`, from `seed:[1, 2, 3]` (a sweep axis of listed values).
    case labeledList(String, [Value])
    /// A domain object: a base model, a LoRA, a stack, …
    case object(any SessionObject)
    /// The result of a command that returns nothing.
    case nothing

    /// A number, string or boolean (what a `let` or loop variable holds), not a session object.
    public var isPlain: Bool {
        switch self {
        case .number, .string, .bool: return true
        default: return false
        }
    }

    /// The name of the value's type, for error messages.
    public var typeName: String {
        switch self {
        case .number: return "number"
        case .string: return "string"
        case .bool: return "boolean"
        case .list: return "list"
        case .range: return "range"
        case .labeledRange, .labeledList: return "sweep axis"
        case .object(let o): return o.kindName
        case .nothing: return "nothing"
        }
    }

    /// How the value prints in `echo` and in `{…}` interpolation.
    public var text: String {
        switch self {
        case .number(let v): return NumberFormatting.shortest(v)
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .list(let items): return "[" + items.map(\.listElementText).joined(separator: ", ") + "]"
        case .range(let r): return r.text
        case .labeledRange(let label, let r): return "\(label):\(r.text)"
        case .labeledList(let label, let items): return "\(label):" + Value.list(items).text
        case .object(let o): return o.summary
        case .nothing: return ""
        }
    }

    private var listElementText: String {
        if case .string(let s) = self { return "\"\(s)\"" }
        return text
    }

    /// The elements a `for` loop walks: a list's items or a range's values.
    public var sequenceElements: [Value]? {
        switch self {
        case .list(let items): return items
        case .range(let r): return r.values.map { .number($0) }
        default: return nil
        }
    }
}

extension NumericRange {
    /// `start..end step s`.
    public var text: String {
        let s: (Double) -> String = NumberFormatting.shortest(_:)
        return step == 1 ? "\(s(start))..\(s(end))" : "\(s(start))..\(s(end)) step \(s(step))"
    }
}
