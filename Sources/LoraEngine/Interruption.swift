import Synchronization

/// The process-wide "stop what you are doing" flag raised by Ctrl-C.
///
/// The shell's SIGINT handler only calls `raise()` (an atomic store, safe in a signal
/// handler); long-running loops call `check()` between blocks of work, which throws
/// `Interrupted` so the command unwinds, cleans up its temporary files and returns the user
/// to the prompt with the session intact.
public enum Interruption {
    private static let flag = Atomic<Bool>(false)

    /// Raises the flag (async-signal-safe).
    public static func raise() { flag.store(true, ordering: .relaxed) }
    /// Lowers the flag, before a command starts.
    public static func clear() { flag.store(false, ordering: .relaxed) }
    /// Whether the flag is raised.
    public static var isRaised: Bool { flag.load(ordering: .relaxed) }
    /// Throws `Interrupted` if the flag is raised.
    public static func check() throws(Interrupted) {
        if flag.load(ordering: .relaxed) { throw Interrupted() }
    }
}

/// Thrown by `Interruption.check()` when the user pressed Ctrl-C.
public struct Interrupted: Error, Sendable, CustomStringConvertible {
    public init() {}
    public var description: String { "interrupted" }
}
