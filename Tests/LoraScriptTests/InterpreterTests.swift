import Testing

@testable import LoraScript

private func run(_ text: String, arguments: [String] = []) -> (Interpreter.Outcome, [String], [Diagnostic]) {
    let output = CapturedOutput()
    var diagnostics: [Diagnostic] = []
    let interpreter = Interpreter(output: output) { diagnostics.append($0) }
    interpreter.scriptArguments = arguments
    let outcome = interpreter.run(SourceText(name: "<command>", text: text))
    return (outcome, output.lines, diagnostics)
}

@Suite struct InterpreterTests {
    @Test func sweepLoopPrintsEachWeight() {
        let (outcome, lines, _) = run("for w in 0..1 step 0.5 { echo \"w={w}\" }")
        #expect(outcome == .success)
        #expect(lines == ["w=0", "w=0.5", "w=1"])
    }

    @Test func letAndInterpolation() {
        #expect(run("let x = 2; echo \"{x}\"").1 == ["2"])
        #expect(run("echo 0.1+0.2").1 == ["0.30000000000000004"])
        #expect(run("let x = 41; echo \"{x+1}\"").1 == ["42"])
    }

    @Test func firstErrorStopsAScript() {
        let (outcome, lines, diagnostics) = run("echo a\necoh b\necho c")
        #expect(outcome == .failure)
        #expect(lines == ["a"])
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].headline == "<command>:2:1: error: unknown command 'ecoh'")
        #expect(diagnostics[0].suggestion == "echo")
        #expect(diagnostics[0].sourceLine == "ecoh b")
    }

    @Test func keepGoingReportsEveryError() {
        let output = CapturedOutput()
        var diagnostics: [Diagnostic] = []
        let interpreter = Interpreter(output: output) { diagnostics.append($0) }
        interpreter.keepGoing = true
        let outcome = interpreter.run(SourceText(name: "k", text: "ecoh 1\necho 2\nhlep"))
        #expect(outcome == .failure)
        #expect(output.lines == ["2"])
        #expect(diagnostics.map(\.location?.line) == [1, 3])
    }

    @Test func scriptArguments() {
        #expect(run("echo $1 $2; echo $args", arguments: ["a", "0.5"]).1 == ["a 0.5", "[\"a\", \"0.5\"]"])
        let missing = run("echo $3", arguments: ["a"])
        #expect(missing.2.first?.message == "script argument $3 was not given (the script got 1)")
    }

    @Test func sessionKeepsStateAfterAnError() {
        let output = CapturedOutput()
        let interpreter = Interpreter(output: output) { _ in }
        interpreter.isInteractive = true
        _ = interpreter.run(SourceText(name: "<stdin>", text: "let x = 5"))
        #expect(interpreter.run(SourceText(name: "<stdin>", text: "nonsense")) == .failure)
        _ = interpreter.run(SourceText(name: "<stdin>", text: "echo \"{x}\""))
        #expect(output.lines == ["5"])
    }

    @Test func quitCarriesItsStatus() {
        #expect(run("echo a; quit 3; echo b").0 == .quit(3))
    }

    @Test func diagnosticRendersCaretUnderColumn() {
        let diagnostic = Diagnostic(
            "unknown command 'ecoh'", at: SourceLocation(file: "a.lsh", line: 2, column: 5), suggestion: "echo")
        var located = diagnostic
        located.sourceLine = "    ecoh x"
        #expect(
            located.description == "a.lsh:2:5: error: unknown command 'ecoh'\n    ecoh x\n    ^\ndid you mean 'echo'?")
    }
}
