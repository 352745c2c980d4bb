import Foundation

/// A model file (or PEFT adapter folder) found under a library folder, with what `stat` says.
public struct FoundFile: Sendable, Equatable {
    /// The path as reached from the library folder (symlinks not resolved).
    public var path: String
    /// Bytes (for a PEFT folder: its adapter_model.safetensors).
    public var size: Int
    /// Modification time in seconds since 1970 (with the nanoseconds).
    public var mtime: Double
    /// Whether this is a PEFT adapter folder.
    public var isPeftFolder: Bool
    /// Names of the other files in the same folder (sidecars are looked up in it, not stat'ed).
    public var siblings: Set<String>
    /// Device and inode: the same file reached through a symlink is one file.
    public var identity: [UInt64] = []
}

/// Walks library folders for `.safetensors` files and PEFT adapter folders.
///
/// Symlinks are followed (users link models between A1111 and ComfyUI), each real folder is
/// entered once (a symlink loop is reported, not followed), hidden folders are skipped.
/// Unreadable folders and names that are not UTF-8 are reported with their path and skipped;
/// the walk goes on.
public struct FolderWalk {
    /// Files found, in path order within each folder.
    public private(set) var files: [FoundFile] = []
    /// One line per thing skipped, each naming its path.
    public private(set) var problems: [String] = []
    private var visited = Set<[UInt64]>()

    /// Walks `root`.
    public init(root: String) {
        walk(root, depth: 0)
    }

    private mutating func walk(_ folder: String, depth: Int) {
        var info = stat()
        guard stat(folder, &info) == 0 else {
            problems.append("\(folder): \(String(cString: strerror(errno))) (skipped)")
            return
        }
        let identity = [UInt64(info.st_dev), UInt64(info.st_ino)]
        guard visited.insert(identity).inserted else {
            problems.append("\(folder): a symlink loop or a second link to a folder already scanned (skipped)")
            return
        }
        guard depth < 64 else {
            problems.append("\(folder): nested more than 64 folders deep (skipped)")
            return
        }
        guard let directory = opendir(folder) else {
            problems.append("\(folder): cannot be read: \(String(cString: strerror(errno))) (skipped)")
            return
        }
        var names: [String] = []
        while let entry = readdir(directory) {
            let raw = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                Array(bytes.prefix(while: { $0 != 0 }))
            }
            guard let name = String(validating: raw, as: UTF8.self) else {
                let shown = String(decoding: raw, as: UTF8.self)
                problems.append("\(folder)/\(shown): the name is not UTF-8 (skipped; rename the file)")
                continue
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        closedir(directory)
        names.sort()
        let siblings = Set(names)
        var subfolders: [String] = []
        for name in names where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var s = stat()
            guard stat(path, &s) == 0 else {
                // A dangling symlink, or a file removed while the folder was listed.
                let reason = String(cString: strerror(errno))
                var link = stat()
                if lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK {
                    problems.append("\(path): a symlink to nothing (\(reason); skipped)")
                } else if name.hasSuffix(".safetensors") {
                    problems.append("\(path): \(reason) (skipped)")
                }
                continue
            }
            let mtime = Double(s.st_mtim.tv_sec) + Double(s.st_mtim.tv_nsec) / 1e9
            if (s.st_mode & S_IFMT) == S_IFDIR {
                if let adapter = Self.peftAdapter(path) {
                    files.append(
                        FoundFile(
                            path: path, size: adapter.size, mtime: max(mtime, adapter.mtime), isPeftFolder: true,
                            siblings: siblings, identity: [UInt64(s.st_dev), UInt64(s.st_ino)]))
                } else {
                    subfolders.append(path)
                }
            } else if (s.st_mode & S_IFMT) == S_IFREG, name.hasSuffix(".safetensors"),
                name != "adapter_model.safetensors" || !siblings.contains("adapter_config.json")
            {
                files.append(
                    FoundFile(
                        path: path, size: Int(s.st_size), mtime: mtime, isPeftFolder: false, siblings: siblings,
                        identity: [UInt64(s.st_dev), UInt64(s.st_ino)]))
            }
        }
        for sub in subfolders { walk(sub, depth: depth + 1) }
    }

    /// A folder holding adapter_config.json and adapter_model.safetensors: the tensors' size and
    /// the later of the two mtimes.
    static func peftAdapter(_ folder: String) -> (size: Int, mtime: Double)? {
        var config = stat()
        var model = stat()
        guard stat(folder + "/adapter_config.json", &config) == 0,
            stat(folder + "/adapter_model.safetensors", &model) == 0
        else { return nil }
        let time = { (s: stat) in Double(s.st_mtim.tv_sec) + Double(s.st_mtim.tv_nsec) / 1e9 }
        return (Int(model.st_size), max(time(config), time(model)))
    }
}
