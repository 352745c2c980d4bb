import LoraFormats

/// Something a session can hold under a name besides plain numbers and text: a base model,
/// a LoRA, a stack, a picture. Each domain type conforms and describes itself for `ls`.
public protocol SessionObject: Sendable {
    /// What kind of thing this is, in one lower-case word (`lora`, `base`, `stack`).
    var kindName: String { get }
    /// A one-line summary for `ls` and for the REPL after a command returns it.
    var summary: String { get }
    /// The files this object reads from (memory-mapped or loaded); no command may write over
    /// them while the object is in the session.
    var sourceFiles: [String] { get }
    /// The memory-mapped files this object reads lazily, as they were when loaded.
    var sourceSnapshots: [FileSnapshot] { get }
}

extension SessionObject {
    public var sourceFiles: [String] { [] }
    public var sourceSnapshots: [FileSnapshot] { [] }

    /// The first source file rewritten in place since it was loaded, and how; reading it now
    /// would mix old and new bytes, or crash where it shrank.
    public var changedSource: (path: String, change: String)? {
        for snapshot in sourceSnapshots {
            if let change = snapshot.changeSinceSnapshot() { return (snapshot.path, change) }
        }
        return nil
    }
}
