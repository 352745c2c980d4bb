/// A syntax error. `isIncomplete` means the input stopped in the middle of a statement (an
/// open `{`, `[`, `(` or string, or a trailing `\`), so the REPL should read another line
/// rather than report it.
public struct ParseError: Error, Sendable, Equatable {
    public var diagnostic: Diagnostic
    public var isIncomplete: Bool

    public init(_ diagnostic: Diagnostic, isIncomplete: Bool = false) {
        self.diagnostic = diagnostic
        self.isIncomplete = isIncomplete
    }
}

/// What parsing some input gave: statements, a request for more input, or an error.
public enum ParseOutcome: Sendable, Equatable {
    case complete([Statement])
    /// The input ended inside something still open; the diagnostic says what and where it opened.
    case incomplete(Diagnostic)
    case failure(Diagnostic)

    /// Whether the input stopped in the middle of a statement (the REPL asks for more).
    public var isIncomplete: Bool {
        if case .incomplete = self { return true }
        return false
    }
}
