/// Where a session shows the progress of long work: a line redrawn in place on a terminal,
/// nothing elsewhere. The language's output implements it.
public protocol ProgressSink: AnyObject {
    /// Shows `text` as the progress line, replacing the previous one.
    func progress(_ text: String)
    /// Clears the progress line.
    func endProgress()
}
