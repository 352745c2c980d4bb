import LoraEngine

/// How a long operation is watched from outside: asked whether to stop between items of work,
/// and told how far it got (for a progress line).
///
/// Merges, resizes, extractions, bakes and writes take one; the session passes its
/// cancellation token (raised by Ctrl-C) and a progress meter, a test its own token.
public struct WorkObserver: Sendable {
    /// Asked between items; once cancelled, the work stops with `Interrupted` (or the
    /// operation's `.interrupted` error) and produces nothing.
    public var cancellation: CancellationToken?
    /// Called after each item with (items done, total), from whichever thread finished it.
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    public init(cancellation: CancellationToken? = nil, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) {
        self.cancellation = cancellation
        self.progress = progress
    }

    /// Whether the work was asked to stop.
    public var isCancelled: Bool { cancellation?.isCancelled ?? false }
}
