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
    /// Called after each item with (items done, total, the fraction of the work done), from
    /// whichever thread finished it. The fraction weighs items by their size where the work
    /// knows it (a 1280×5120 module is more work than a 320×320 one), so the time left is
    /// estimated from it rather than from the count.
    public var progress: (@Sendable (_ done: Int, _ total: Int, _ fraction: Double) -> Void)?

    public init(
        cancellation: CancellationToken? = nil,
        progress: (@Sendable (_ done: Int, _ total: Int, _ fraction: Double) -> Void)? = nil
    ) {
        self.cancellation = cancellation
        self.progress = progress
    }

    /// Whether the work was asked to stop.
    public var isCancelled: Bool { cancellation?.isCancelled ?? false }
}
