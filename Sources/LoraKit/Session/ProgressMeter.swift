import Foundation
import Synchronization

/// Counts the items of one long operation and shows "merge: module 120/986, 12 s left" on a
/// progress sink, at most ten times a second, from any thread.
///
/// The time left is the time per item so far times the items left, shown once a second has
/// passed (before that the estimate says little). A note ("0.42 s/it", "loss 0.01234") follows
/// the count after a comma; work made of parts (the cells of an image grid, each with its own
/// steps) shares one start time and gives the fraction of the whole, so the time left is the
/// whole work's.
final class ProgressMeter: @unchecked Sendable {
    private struct State {
        var done = 0
        var lastShown: UInt64 = 0
    }

    private let label: String
    private let unit: String
    private let sink: (any ProgressSink)?
    private let start: UInt64
    private let state = Mutex(State())

    /// A meter for work on `unit`s (module, tensor, step), shown as `label: unit done/total`;
    /// the time left counts from `start` (an uptime in nanoseconds; by default now).
    init(_ label: String, unit: String, sink: (any ProgressSink)?, start: UInt64? = nil) {
        self.label = label
        self.unit = unit
        self.sink = sink
        self.start = start ?? DispatchTime.now().uptimeNanoseconds
    }

    /// Records that `done` of `total` items are finished (`fraction` of the work, when items
    /// differ in size or are part of larger work), with an optional note after the count.
    func update(done: Int, total: Int, fraction: Double? = nil, note: String = "", always: Bool = false) {
        guard let sink else { return }
        state.withLock { state in
            state.done = Swift.max(state.done, done)
            let now = DispatchTime.now().uptimeNanoseconds
            guard always || done >= total || now - state.lastShown >= 100_000_000 else { return }
            state.lastShown = now
            sink.progress(
                Self.line(
                    label: label, unit: unit, done: state.done, total: total, fraction: fraction, note: note,
                    elapsed: now - start))
        }
    }

    /// Clears the line.
    func finish() {
        state.withLock { _ in sink?.endProgress() }
    }

    /// The closure the bake and the writers call after each tensor.
    var callback: @Sendable (Int, Int) -> Void {
        { [self] done, total in update(done: done, total: total) }
    }

    /// The closure module workers call after each item, with the fraction of the work done.
    var weightedCallback: @Sendable (Int, Int, Double) -> Void {
        { [self] done, total, fraction in update(done: done, total: total, fraction: fraction) }
    }

    /// "merge: module 120/986, 12 s left", "render: step 4/20, 0.42 s/it, 7 s left": the note
    /// after a comma, and the time left from `elapsed` nanoseconds so far and the fraction of
    /// the work done (by default the fraction of items).
    static func line(
        label: String, unit: String, done: Int, total: Int, fraction: Double? = nil, note: String = "", elapsed: UInt64
    ) -> String {
        var text = "\(label): \(unit) \(done)/\(total)"
        if !note.isEmpty { text += ", " + note }
        let seconds = Double(elapsed) / 1e9
        let part = fraction ?? (total > 0 ? Double(done) / Double(total) : 0)
        if part > 0, part < 1, fraction != nil || done < total, seconds >= 1 {
            text += ", " + duration(seconds / part * (1 - part)) + " left"
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
