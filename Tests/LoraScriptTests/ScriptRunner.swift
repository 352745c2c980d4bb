import Foundation

@testable import LoraScript

/// Runs lorash text in a fresh in-process session, for command tests.
struct ScriptRun {
    let interpreter: Interpreter
    let outcome: Interpreter.Outcome
    let lines: [String]
    let diagnostics: [Diagnostic]

    init(_ text: String) {
        let output = CapturedOutput()
        var collected: [Diagnostic] = []
        interpreter = Interpreter(output: output) { collected.append($0) }
        outcome = interpreter.run(SourceText(name: "t", text: text))
        lines = output.lines
        diagnostics = collected
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder(_ label: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lorash-\(label)-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
