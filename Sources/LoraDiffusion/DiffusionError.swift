/// What can go wrong building or running a diffusion model; each case names its subject.
public enum DiffusionError: Error, Equatable, Sendable {
    /// The checkpoint has no tensor under this key.
    case missingWeight(String)
    /// The tensor under this key has another shape than the model's configuration needs.
    case unexpectedShape(String, expected: [Int], found: [Int])
    /// CLIP's BPE vocabulary could not be read from this path (the reason follows).
    case vocabularyUnreadable(path: String, reason: String)
    /// A prompt could not be understood (the message says where).
    case badPrompt(String)
    /// The checkpoint is not one `render` can draw (the message says what it is).
    case unsupportedModel(String)
    /// A render setting is out of range or does not apply (the setting's name, the message).
    case badSetting(String, String)
    /// A model was given an input of the wrong shape (the message names the input, the shape it
    /// has and the one the model needs).
    case badInput(String)
    /// The work was cancelled (Ctrl-C) between steps.
    case cancelled
}

extension DiffusionError: CustomStringConvertible {
    /// The message users read.
    public var description: String {
        switch self {
        case .missingWeight(let key): return "the checkpoint has no tensor \(key)"
        case .unexpectedShape(let key, let expected, let found):
            return "\(key) has shape \(found), but the model needs \(expected)"
        case .vocabularyUnreadable(let path, let reason): return "CLIP's vocabulary \(path) cannot be read: \(reason)"
        case .badPrompt(let message), .unsupportedModel(let message), .badSetting(_, let message),
            .badInput(let message):
            return message
        case .cancelled: return "cancelled"
        }
    }
}
