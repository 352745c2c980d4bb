import Synchronization

/// A request to stop a piece of work, shared by whoever runs it and whoever may want it stopped.
///
/// The shell makes one token for its session, and its SIGINT handler calls `cancel()` (one
/// atomic store, safe in a signal handler). The session hands the token to everything long it
/// runs — bakes, merges, resizes, extractions, file writes, training, render grids, script
/// loops — which read `isCancelled` or call `check()` between blocks of work and unwind, leaving
/// no partial file. Nothing reads a process-wide flag: a test makes its own token and cancels
/// only its own work.
///
/// It lives in the engine, the lowest module, because work at every level checks it: the
/// engine's parallel loops, the file writers in LoraFormats and the algorithms in LoraKit.
public final class CancellationToken: Sendable {
    private let flag = Atomic<Bool>(false)

    /// A token that is not cancelled.
    public init() {}

    /// Asks the work to stop (async-signal-safe).
    public func cancel() { flag.store(true, ordering: .relaxed) }

    /// Clears the request, before the next piece of work starts.
    public func reset() { flag.store(false, ordering: .relaxed) }

    /// Whether the work was asked to stop.
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }

    /// Throws `Interrupted` when the work was asked to stop.
    public func check() throws(Interrupted) {
        if isCancelled { throw Interrupted() }
    }
}

/// Thrown by `CancellationToken.check()` when the work was asked to stop (Ctrl-C).
public struct Interrupted: Error, Sendable, CustomStringConvertible {
    /// What the stopped work kept, when it kept something ("kept 256 files indexed"); nil
    /// when nothing was written.
    public var kept: String?
    public init(kept: String? = nil) { self.kept = kept }
    public var description: String { "interrupted; " + (kept ?? "nothing was written") }
}
