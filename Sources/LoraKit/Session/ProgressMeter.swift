import Foundation
import Synchronization

/// Counts the items of one long operation and shows "merge: module 120/986, 12 s left" on a
/// progress sink, at most ten times a second, from any thread.
///
/// The time left is the time per item so far times the items left, shown once a second has
/// passed (before that the estimate says little).
final class ProgressMeter: @unchecked Sendable {
    private struct State {
        var done = 0
        var lastShown: UInt64 = 0
    }

    private let label: String
    private let unit: String
    private let sink: (any ProgressSink)?
    private let start = DispatchTime.now().uptimeNanoseconds
    private let state = Mutex(State())

    /// A meter for work on `unit`s (module, tensor, step), shown as `label: unit done/total`.
    init(_ label: String, unit: String, sink: (any ProgressSink)?) {
        self.label = label
        self.unit = unit
        self.sink = sink
    }

    /// Records that `done` of `total` items are finished, with an optional note after the count.
    func update(done: Int, total: Int, note: String = "", always: Bool = false) {
        guard let sink else { return }
        state.withLock { state in
            state.done = Swift.max(state.done, done)
            let now = DispatchTime.now().uptimeNanoseconds
            guard always || done >= total || now - state.lastShown >= 100_000_000 else { return }
            state.lastShown = now
            sink.progress(Self.line(label: label, unit: unit, done: state.done, total: total, note: note, elapsed: now - start))
        }
    }

    /// Clears the line.
    func finish() {
        state.withLock { _ in sink?.endProgress() }
    }

    /// The closure long operations call after each item.
    var callback: @Sendable (Int, Int) -> Void {
        { [self] done, total in update(done: done, total: total) }
    }

    /// "merge: module 120/986, 12 s left" (the estimate from `elapsed` nanoseconds so far).
    static func line(label: String, unit: String, done: Int, total: Int, note: String = "", elapsed: UInt64) -> String {
        var text = "\(label): \(unit) \(done)/\(total)" + note
        let seconds = Double(elapsed) / 1e9
        if done > 0, done < total, seconds >= 1 {
            let left = seconds / Double(done) * Double(total - done)
            text += ", " + duration(left) + " left"
        }
        return text
    }

    /// "8 s", "2 min 05 s", "1 h 03 min".
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole < 60 { return "\(whole) s" }
        if whole < 3600 { return String(format: "%d min %02d s", whole / 60, whole % 60) }
        return String(format: "%d h %02d min", whole / 3600, (whole % 3600) / 60)
    }
}
