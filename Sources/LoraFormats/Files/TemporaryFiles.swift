import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one name every output's temporary file has, and the sweep of the ones a killed
/// process left behind.
///
/// Outputs are written to `.NAME.lorash-tmp-PID-N` beside `NAME` (hidden, in the same folder so
/// the final `rename(2)` stays on one file system) and renamed when complete; a folder output
/// (a PEFT adapter) is a folder of that name (`AtomicFolder`), which a signal leaves (its
/// handler removes files only) for the next write to remove. A SIGTERM, SIGHUP
/// or SIGQUIT removes the file (CTempFiles' handler); a SIGKILL or a power cut cannot, and
/// leaves it: the next write of the same `NAME` removes every such file whose process is gone.
public enum TemporaryFiles {
    /// The marker between the target's name and the process id.
    public static let marker = ".lorash-tmp-"

    /// A fresh temporary path for `path`: `FOLDER/.NAME.lorash-tmp-PID-N` (N random).
    public static func path(for path: String) -> String {
        let folder = FilePaths.folder(of: path)
        let name = FilePaths.name(of: path)
        return FilePaths.joined(
            folder.isEmpty ? "." : folder, "." + name + marker + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    }

    /// The process id a temporary file's name holds, if it is one of `path`'s.
    static func owner(of fileName: String, target name: String) -> pid_t? {
        let prefix = "." + name + marker
        guard fileName.hasPrefix(prefix) else { return nil }
        let rest = fileName.dropFirst(prefix.count)
        guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]), pid > 0,
            UInt32(rest[rest.index(after: dash)...]) != nil
        else { return nil }
        return pid
    }

    /// Removes the temporary files of `path` left by processes that no longer run (a SIGKILL,
    /// a crash, a power cut); those of running processes (another lorash writing the same
    /// name) are left alone. Errors are ignored: a file that cannot be removed stays.
    /// - Returns: the paths removed.
    /// - Complexity: one listing of the target's folder.
    @discardableResult
    public static func removeStale(for path: String) -> [String] {
        let folder = FilePaths.folder(of: path)
        let directory = folder.isEmpty ? "." : folder
        let name = FilePaths.name(of: path)
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var removed: [String] = []
        while let entry = readdir(handle) {
            let fileName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard let pid = owner(of: fileName, target: name), !isRunning(pid) else { continue }
            let stale = FilePaths.joined(directory, fileName)
            var info = stat()
            guard lstat(stale, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                // An `AtomicFolder`'s: a PEFT folder being written, or the old one it replaced.
                if (try? FileManager.default.removeItem(atPath: stale)) != nil { removed.append(stale) }
            } else if unlink(stale) == 0 {
                removed.append(stale)
            }
        }
        return removed
    }

    /// Whether a process with this id runs (EPERM: it does, as another user's). A zombie
    /// (killed, not yet reaped by its parent: a test harness, a shell) is not running: Linux
    /// says so in /proc/PID/stat, whose state follows the parenthesised command name.
    static func isRunning(_ pid: pid_t) -> Bool {
        if pid == getpid() { return true }
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return true }
        let state = stat[stat.index(after: close)...].drop { $0 == " " }.first
        return state != "Z" && state != "X"
    }
}
