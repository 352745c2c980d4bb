/// How a LoRA trained in the session learned: its loss at every step and after the last.
/// Kept with the LoRA for summaries; not written to files (a file's recipe says how to make it).
public struct TrainingRecord: Sendable, Equatable {
    /// The loss measured at each step, before its update.
    public var lossHistory: [Float]
    /// The loss after the last update.
    public var finalLoss: Float

    public init(lossHistory: [Float], finalLoss: Float) {
        self.lossHistory = lossHistory
        self.finalLoss = finalLoss
    }
}
