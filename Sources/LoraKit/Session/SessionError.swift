/// Why a session request was refused, and which of its inputs the refusal is about, so the
/// language can point at the argument the user wrote (`resize hero conv_rank=0`: at
/// `conv_rank`).
public struct SessionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What an error is about.
    public enum Subject: Sendable, Equatable {
        /// An input of the request, by the name the command declares for it (`lora`, `path`,
        /// `rank`, `conv_rank`, `x` …).
        case input(String)
        /// One LoRA among a list of spec words (`stack BASE a:0.5 b`): where that name is
        /// written, at its last place when `last` (a name given twice).
        case lora(String, last: Bool)
        /// The request as a whole.
        case request
    }

    /// The message, complete: what is wrong and what to do.
    public var message: String
    /// What the error is about.
    public var subject: Subject
    /// A close alternative to what was written ("did you mean …"), if there is one.
    public var suggestion: String?

    public init(_ message: String, about subject: Subject = .request, suggestion: String? = nil) {
        self.message = message
        self.subject = subject
        self.suggestion = suggestion
    }

    /// An error about the named input.
    public static func input(_ name: String, _ message: String, suggestion: String? = nil) -> SessionError {
        SessionError(message, about: .input(name), suggestion: suggestion)
    }

    public var description: String { message }
}
