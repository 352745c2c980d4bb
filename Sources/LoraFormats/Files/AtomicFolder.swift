import CFileCopy
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder of files published as one: a PEFT adapter's weights and config never appear one
/// without the other, or the new weights beside the old config (whose rank and alpha would then
/// scale them wrongly).
///
/// The files are written into `temporary`, a hidden folder beside the target with the name every
/// lorash temporary has (`.NAME.lorash-tmp-PID-N`), and `commit` puts it in the target's place
/// in one rename: `rename(2)` when there is no target yet, `renameat2(RENAME_EXCHANGE)` when
/// there is one. The target's other entries (a README, a training log, subfolders) are hard-
/// linked into the new folder first, so they stay; anything that appears in the old folder
/// before the exchange is moved across after it. The old folder, now at the temporary name, is
/// then removed. A file system that has no hard links or cannot exchange (FAT, some network
/// file systems) gets the two files renamed into the target one after the other instead.
///
/// A process killed at any point (SIGKILL, or SIGTERM, whose handler removes only files) leaves
/// the target as it was or as it is meant to be, and at most a temporary folder, which the next
/// write of the same target removes (`TemporaryFiles.removeStale`). The new folder has the old
/// one's mode and, where the process may set it, owner; it is another folder (inode), so a shell
/// sitting in the old one sees it gone. What cannot be hard-linked (a pipe, a file another user
/// owns under `fs.protected_hardlinks`), a parent folder that cannot take the temporary folder,
/// and a file system that cannot exchange fall back to atomic files one after the other. A file
/// another program replaces in the old folder during the microseconds between the links and the
/// exchange keeps its previous content in the new folder.
struct AtomicFolder {
    /// The folder the files are published as (absolute; a symbolic link resolved).
    let target: String
    /// The path the user gave, for messages.
    let displayPath: String
    /// Where the files are written: the hidden temporary folder, or the target itself when its
    /// parent folder cannot take one (a writable folder in a read-only parent): then each file
    /// is still atomic, but not the pair.
    let folder: String
    /// Whether `folder` is a temporary folder that `commit` puts in the target's place.
    var isTemporary: Bool { folder != target }

    /// Removes stale temporary folders of the target and makes a fresh one, with the target's
    /// mode and owner when it exists.
    init(target path: String) throws(SafetensorsError) {
        displayPath = path
        var resolved = URL(fileURLWithPath: path).standardizedFileURL.path  // `out/.` is `out`
        var info = stat()
        if lstat(resolved, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let real = realpath(resolved, nil) {
            resolved = String(cString: real)  // a link to a folder stays a link
            free(real)
        }
        target = resolved
        TemporaryFiles.removeStale(for: resolved)
        let temporary = TemporaryFiles.path(for: resolved)
        var existing = stat()
        let exists = stat(resolved, &existing) == 0 && existing.st_mode & S_IFMT == S_IFDIR
        // A new folder gets the mode the umask gives; a replacement the old one's.
        if mkdir(temporary, exists ? 0o700 : 0o777) == 0 {
            folder = temporary
            if exists {
                _ = chown(temporary, existing.st_uid, existing.st_gid)  // as the owner can; else ours
                chmod(temporary, existing.st_mode & 0o7777)
            }
        } else if exists, [EACCES, EPERM, EROFS].contains(errno), access(resolved, W_OK) == 0 {
            folder = resolved
        } else {
            throw .writeFailed(file: path, reason: "cannot create a folder: " + SafetensorsWriter.reason(errno))
        }
    }

    /// Removes the temporary folder and what is in it (after a failed or interrupted write).
    func discard() { if isTemporary { Self.removeTree(folder) } }

    /// Puts the temporary folder in the target's place. `published` are the names written into
    /// it; every other entry of an existing target is kept.
    func commit(published: [String]) throws(SafetensorsError) {
        guard isTemporary else { return }
        let temporary = folder
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isFolder) else {
            if rename(temporary, target) == 0 { return }
            throw .writeFailed(file: displayPath, reason: SafetensorsWriter.reason(errno))
        }
        guard isFolder.boolValue else { throw .writeFailed(file: displayPath, reason: "it is a file, not a folder") }
        if Self.linkTree(from: target, to: temporary, skipping: Set(published)),
            lorash_rename_exchange(temporary, target) == 0
        {
            // The old folder is at the temporary name now: move across what appeared in it
            // meanwhile, then remove it (its other files are hard links of the new folder's).
            Self.moveMissing(from: temporary, to: target)
            Self.removeTree(temporary)
            return
        }
        // No hard links or no exchange here: the files one after the other.
        for name in published {
            if rename(FilePaths.joined(temporary, name), FilePaths.joined(target, name)) != 0 {
                let reason = SafetensorsWriter.reason(errno)
                throw .writeFailed(file: FilePaths.joined(displayPath, name), reason: reason)
            }
        }
        Self.removeTree(temporary)
    }

    /// Hard-links every entry of `source` (folders made with their mode, symbolic links
    /// copied) into `destination`, except the top-level names in `skipping`; whether all of
    /// them could be.
    static func linkTree(from source: String, to destination: String, skipping: Set<String>) -> Bool {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: source) else { return false }
        for name in names where !skipping.contains(name) {
            let from = FilePaths.joined(source, name)
            let to = FilePaths.joined(destination, name)
            var info = stat()
            guard lstat(from, &info) == 0 else { return false }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                guard mkdir(to, 0o700) == 0 else { return false }
                _ = chown(to, info.st_uid, info.st_gid)
                chmod(to, info.st_mode & 0o7777)
                guard linkTree(from: from, to: to, skipping: []) else { return false }
            case S_IFLNK:
                guard let link = try? FileManager.default.destinationOfSymbolicLink(atPath: from),
                    symlink(link, to) == 0
                else { return false }
            case S_IFREG:
                guard link(from, to) == 0 else { return false }
            default:
                return false  // a pipe or a socket in an adapter folder: leave the folder as it is
            }
        }
        return true
    }

    /// Moves the entries of `source` that `destination` lacks into it (folders entered).
    static func moveMissing(from source: String, to destination: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: source) else { return }
        for name in names {
            let from = FilePaths.joined(source, name)
            let to = FilePaths.joined(destination, name)
            var there = stat()
            if lstat(to, &there) != 0 {
                rename(from, to)
            } else if there.st_mode & S_IFMT == S_IFDIR {
                moveMissing(from: from, to: to)
            }
        }
    }

    /// Removes a folder and everything in it; errors are ignored.
    static func removeTree(_ path: String) { try? FileManager.default.removeItem(atPath: path) }
}
