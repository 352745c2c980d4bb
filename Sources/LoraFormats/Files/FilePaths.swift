/// Path text operations, in plain Swift.
///
/// Foundation's `NSString.deletingLastPathComponent` (Swift 6.3.1 on Linux) traps on a
/// one-character path such as `p`, which is a valid output name (`save hero p`), so lorash
/// splits paths itself. The results follow NSString's: trailing slashes are ignored, `p` is
/// in the folder `""`, `/p` in `/`.
public enum FilePaths {
    /// The folder part: `a/b` → `a`, `a/b/` → `a`, `/p` → `/`, `p` → `""`.
    public static func folder(of path: String) -> String {
        let trimmed = trimmingTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        let head = trimmingTrailingSlashes(String(trimmed[..<slash]))
        return head.isEmpty ? "/" : head
    }

    /// The last component: `a/b` → `b`, `a/b/` → `b`, `p` → `p`, `/` → `/`.
    public static func name(of path: String) -> String {
        let trimmed = trimmingTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        let tail = String(trimmed[trimmed.index(after: slash)...])
        return tail.isEmpty ? "/" : tail
    }

    /// `name` inside `folder` (`folder/name`; `name` alone when the folder is empty).
    public static func joined(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    static func trimmingTrailingSlashes(_ path: String) -> String {
        var text = Substring(path)
        while text.count > 1 && text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }
}
