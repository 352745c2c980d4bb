import LoraFormats

/// A module-name glob (`*` any run, `?` one character) with the weight it gives matching modules.
public struct ModulePattern: Sendable, Equatable {
    /// The glob, matched against the module's name in its file, its path and its flat path.
    public var glob: String
    /// The weight of matching modules.
    public var weight: Float

    public init(glob: String, weight: Float) {
        self.glob = glob
        self.weight = weight
    }

    /// Whether `module` matches.
    public func matches(_ module: LoraModule) -> Bool {
        [module.sourceName, module.target.path, module.target.flatPath].contains { Self.glob(glob, matches: $0) }
    }

    /// Glob matching with `*` and `?` (iterative, linear backtracking).
    public static func glob(_ pattern: String, matches text: String) -> Bool {
        let p = Array(pattern), t = Array(text)
        var (i, j) = (0, 0)
        var star = -1, mark = 0
        while j < t.count {
            if i < p.count && (p[i] == "?" || p[i] == t[j]) {
                i += 1; j += 1
            } else if i < p.count && p[i] == "*" {
                star = i; mark = j; i += 1
            } else if star >= 0 {
                i = star + 1; mark += 1; j = mark
            } else {
                return false
            }
        }
        while i < p.count && p[i] == "*" { i += 1 }
        return i == p.count
    }
}
