import Foundation
import LoraEngine
import LoraFormats
import LoraLibrary

/// One lorash session: its named objects, how names resolve, the cancellation of the work it
/// runs, and the typed requests every command is made of (stack, weight, bake, merge, resize,
/// extract, load, save, convert, check, render, train …).
///
/// The language binds a command's arguments and makes one request; the session decides what
/// kind of object it was given (a checkpoint or the built-in model, a LoRA file or a trained
/// LoRA), runs the work through the formats, the engine and the renderer, and answers with a
/// typed result or a `SessionError` saying which input is wrong. Everything runs on the caller's
/// thread (the work itself spreads over the cores); the session is not shared between threads.
///
/// Named objects live here, in the order they were bound; the language's own names (loop
/// variables, `let` values) stay in the language, which the session asks through `languageNames`
/// before its own, so `stack base l` finds the LoRA a loop variable `l` holds.
public final class Session {
    /// What the language knows of a name it binds itself.
    public enum LanguageName {
        /// A session object held by a language variable (a loop over LoRAs).
        case object(any SessionObject)
        /// A plain value (a number, a string, a list …), by its type's name.
        case value(typeName: String)
    }

    /// Raised by Ctrl-C (the shell's SIGINT handler); every long request checks it. The shell
    /// resets it before each statement.
    public let cancellation: CancellationToken
    /// Where long work shows its progress line (the language's output); nil shows none.
    public weak var progressSink: (any ProgressSink)?
    /// The language's names, asked before the session's own (nil: none).
    public var languageNames: ((String) -> LanguageName?)?

    /// The library index file (`$LORASH_LIBRARY`, else under `$XDG_DATA_HOME`); opened at the
    /// first library request, created by the first `library add`.
    public var libraryPath: String = Library.defaultPath() {
        didSet { openedLibrary = nil }
    }
    var openedLibrary: Library?
    /// The last rendered checkpoint's converted weights (kept so the next render of it does
    /// not convert them again; dropped when another base is rendered).
    var diffusionState: DiffusionState?

    private var objects: [String: any SessionObject] = [:]
    /// The names of the session's objects, in the order they were first bound.
    public private(set) var objectNames: [String] = []

    /// A session whose work stops when `cancellation` is cancelled.
    public init(cancellation: CancellationToken = CancellationToken()) {
        self.cancellation = cancellation
    }

    // MARK: Names

    /// Binds `object` to `name` (replacing what it held; the name keeps its first place).
    public func bind(_ name: String, _ object: any SessionObject) {
        if objects[name] == nil { objectNames.append(name) }
        objects[name] = object
    }

    /// Forgets `name`; false when it named no object.
    @discardableResult
    public func unbind(_ name: String) -> Bool {
        guard objects.removeValue(forKey: name) != nil else { return false }
        objectNames.removeAll { $0 == name }
        return true
    }

    /// The session object bound to `name`, not looking at the language's names.
    public func boundObject(_ name: String) -> (any SessionObject)? { objects[name] }

    /// What `name` stands for: a language variable's object, else a session object.
    public func object(named name: String) -> (any SessionObject)? {
        if case .object(let object)? = languageNames?(name) { return object }
        return objects[name]
    }

    /// Every name a suggestion may offer: the session's objects.
    public var visibleNames: [String] { objectNames }

    /// The LoRA `name` stands for — a session name (or a language variable holding one), else
    /// the file `NAME` or `NAME.safetensors` in the current folder, as `<lora:NAME:W>` finds
    /// it, else a library name (file stem or `ss_output_name`) — or nil when nothing has that
    /// name.
    /// - Throws: `SessionError` when the name holds something else than a LoRA, or the file
    ///   cannot be read as one.
    public func resolveLora(_ name: String) throws(SessionError) -> LoraAdapter? {
        switch languageNames?(name) {
        case .value(let typeName)?:
            throw SessionError("'\(name)' is a \(typeName), not a LoRA", about: .lora(name, last: false))
        case .object(let object)?: return try lora(object, named: name)
        case nil: break
        }
        if let object = objects[name] { return try lora(object, named: name) }
        var paths = [name, name + ".safetensors"].filter { FileManager.default.fileExists(atPath: $0) }
        if paths.isEmpty, let path = try libraryPath(for: name, about: .lora(name, last: false)) { paths = [path] }
        for path in paths {
            do {
                return try LoraFile.loadLora(path: path)
            } catch {
                throw SessionError("\(error)", about: .lora(name, last: false))
            }
        }
        return nil
    }

    private func lora(_ object: any SessionObject, named name: String) throws(SessionError) -> LoraAdapter {
        guard let adapter = object as? LoraAdapter else {
            let hint = object is Stack ? " (to bake a stack into a checkpoint: merge \(name) into PATH)" : ""
            throw SessionError("'\(name)' is a \(object.kindName), not a LoRA\(hint)", about: .lora(name, last: false))
        }
        return adapter
    }

    // MARK: Outputs

    /// Refuses an output path that names a file some object of the session reads from (a
    /// loaded checkpoint or LoRA, or one a stack is made of), even with `overwrite=true`:
    /// inputs are never replaced, and the object would no longer describe its file. A folder
    /// (a PEFT output) is checked through the two files it would get.
    /// - Throws: `SessionError` about `input`.
    public func refuseLoadedFile(_ path: String, input: String) throws(SessionError) {
        let peft = PeftFolder.files(in: path)
        let targets = [path, peft.model, peft.config].compactMap(FileIdentity.ifExists)
        guard !targets.isEmpty else { return }
        for name in objectNames {
            for file in objects[name]!.sourceFiles {
                if let identity = FileIdentity.ifExists(file), targets.contains(where: identity.sameFile(as:)) {
                    throw .input(
                        input,
                        "\(path): this file is loaded in the session (\(name) reads it); write to another file, or drop \(name) first"
                    )
                }
            }
        }
    }

    /// Checks an output before anything is written: with `overwrite`, the target may not be a
    /// file the session reads; the folder is created when missing (as `mkdir -p`), so every
    /// command writes into new folders.
    /// - Throws: `SessionError` about `input`.
    func prepareOutput(_ path: String, overwrite: Bool, input: String) throws(SessionError) {
        if overwrite { try refuseLoadedFile(path, input: input) }
        let directory = FilePaths.folder(of: path)
        guard !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) else { return }
        // Made one level at a time, so the message names the level that failed and the system's
        // reason (Foundation's "The file doesn't exist" says neither).
        var missing: [String] = []
        var existing = directory
        while !existing.isEmpty, existing != "/", !FileManager.default.fileExists(atPath: existing) {
            missing.append(existing)
            existing = FilePaths.folder(of: existing)
        }
        var isFolder: ObjCBool = false
        if !existing.isEmpty, FileManager.default.fileExists(atPath: existing, isDirectory: &isFolder),
            !isFolder.boolValue
        {
            throw .input(
                input,
                "cannot write \(path): '\(existing)' is a file, not a folder; choose another path, or move that file away"
            )
        }
        for folder in missing.reversed() where mkdir(folder, 0o777) != 0 {
            let code = errno
            if code == EEXIST { continue }
            let reason = String(cString: strerror(code))
            let parent = FilePaths.folder(of: folder).isEmpty ? "." : FilePaths.folder(of: folder)
            let advice: String
            switch code {
            case EACCES, EPERM: advice = "you may not create folders in '\(parent)'"
            case EROFS: advice = "'\(parent)' is on a read-only file system"
            case ENOENT: advice = "'\(parent)' does not allow new folders (a system folder such as /proc or /sys)"
            default: advice = "the system refused"
            }
            throw .input(
                input,
                "cannot create the folder '\(folder)' for \(path): \(advice) (\(reason)); write under a folder you can create files in, such as the current one or your home folder"
            )
        }
    }

    /// A progress meter on the session's sink for one long request.
    func meter(_ label: String, unit: String) -> ProgressMeter {
        ProgressMeter(label, unit: unit, sink: progressSink)
    }

    /// The observer long algorithms take: the session's token and `meter`.
    func observer(_ meter: ProgressMeter) -> WorkObserver {
        WorkObserver(cancellation: cancellation, progress: meter.weightedCallback)
    }
}
