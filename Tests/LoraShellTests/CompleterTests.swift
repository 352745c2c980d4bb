import Foundation
import Testing
import LoraScript
@testable import LoraShell

@Suite struct CompleterTests {
    let interpreter: Interpreter = {
        let interpreter = Interpreter(output: CapturedOutput()) { _ in }
        _ = interpreter.run(SourceText(name: "t", text: "let hero = 1; let heroine = 2"))
        return interpreter
    }()

    @Test func commandNamesAtStatementStart() {
        let completer = Completer(interpreter: interpreter)
        #expect(completer.candidates(for: "ec").candidates == ["echo"])
        #expect(completer.candidates(for: "echo 1; ec").candidates == ["echo"])
        #expect(completer.candidates(for: "x = ec").candidates == ["echo"])
        #expect(completer.candidates(for: "so").candidates == ["source"])
        #expect(completer.candidates(for: "se").candidates == ["set"])
    }

    @Test func sessionNamesAndKeywordsAfterTheVerb() {
        let completer = Completer(interpreter: interpreter)
        let result = completer.candidates(for: "echo her")
        #expect(result.word == "her")
        #expect(result.candidates.prefix(2) == ["hero", "heroine"])
    }

    @Test func pathsInFolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lorash-complete-\(getpid())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("alpha.lsh").path, contents: Data())
        defer { try? FileManager.default.removeItem(at: folder) }
        let completer = Completer(interpreter: interpreter)
        #expect(completer.candidates(for: "source \(folder.path)/al").candidates == ["\(folder.path)/alpha.lsh"])
        #expect(completer.candidates(for: "source \(folder.path)/s").candidates == ["\(folder.path)/sub/"])
        #expect(Completer.commonPrefix(["hero", "heroine"]) == "hero")
    }
}
