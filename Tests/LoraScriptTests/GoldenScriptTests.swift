import Foundation
import Testing

@testable import LoraScript

/// Walks Tests/Fixtures/Scripts/*.lsh. Each script states what it must print:
/// `# expect: TEXT` — the next line of output, in order;
/// `# expect error: LINE:COL: MESSAGE` — a diagnostic, in order;
/// `# expect warning: LINE:COL: MESSAGE` — a warning (the statement goes on), in order;
/// `# expect suggestion: WORD` — the "did you mean" of the preceding expected error;
/// `# args: A B …` — script arguments; `# keep-going` — report every error;
/// `# quiet` — run as `--quiet` (no summaries with timings);
/// `# tmp` — the runner creates an empty temporary folder, passes its path as one more
/// script argument after those of `# args` (so `$1` when there are none), and removes it
/// afterwards: scripts that write files write there, never into the repository. In the
/// output and in error messages the folder's path reads `$tmp`, so expectations do not
/// depend on where it was made (`# expect: wrote $tmp/a.png (…)`).
/// A command that prints several lines at once is compared line by line. The numbers the
/// scripts expect are recomputed without lorash by Fixtures/Scripts/reference/check_numbers.py.
@Suite(.serialized) struct GoldenScriptTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/Scripts")

    static var scripts: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".lsh") }.sorted()
    }

    @Test func thereAreGoldenScripts() { #expect(Self.scripts.count >= 8) }

    @Test(arguments: scripts)
    func golden(_ name: String) throws {
        let path = Self.folder.appendingPathComponent(name).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var expectedOutput: [String] = []
        var expectedErrors: [(String, String?)] = []
        var expectedWarnings: [String] = []
        var arguments: [String] = []
        var keepGoing = false
        var quiet = false
        var wantsTemporaryFolder = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let range = line.range(of: "# expect: ") {
                expectedOutput.append(String(line[range.upperBound...]))
            } else if let range = line.range(of: "# expect warning: ") {
                expectedWarnings.append(String(line[range.upperBound...]))
            } else if let range = line.range(of: "# expect error: ") {
                expectedErrors.append((String(line[range.upperBound...]), nil))
            } else if let range = line.range(of: "# expect suggestion: ") {
                expectedErrors[expectedErrors.count - 1].1 = String(line[range.upperBound...])
            } else if let range = line.range(of: "# args: ") {
                arguments = line[range.upperBound...].split(separator: " ").map(String.init)
            } else if line.contains("# keep-going") {
                keepGoing = true
            } else if line.hasPrefix("# quiet") {
                quiet = true
            } else if line.hasPrefix("# tmp") {
                wantsTemporaryFolder = true
            }
        }
        var temporaryFolder: String? = nil
        if wantsTemporaryFolder {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent(
                "lorash-golden-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
            temporaryFolder = url.path
            arguments.append(url.path)
        }
        defer { if let temporaryFolder { try? FileManager.default.removeItem(atPath: temporaryFolder) } }
        func masked(_ text: String) -> String {
            temporaryFolder.map { text.replacingOccurrences(of: $0, with: "$tmp") } ?? text
        }
        let output = CapturedOutput()
        var diagnostics: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        let interpreter = Interpreter(output: output) { diagnostic in
            if diagnostic.severity == .warning { warnings.append(diagnostic) } else { diagnostics.append(diagnostic) }
        }
        interpreter.keepGoing = keepGoing
        interpreter.quiet = quiet
        let cwd = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(Self.folder.path)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(cwd) }
        let outcome = try interpreter.runFile(name, arguments: arguments, at: nil)

        let lines = output.lines.flatMap {
            $0.split(separator: "\n", omittingEmptySubsequences: false).map { masked(String($0)) }
        }
        #expect(lines == expectedOutput, "\(name): output")
        let got = diagnostics.map { d in
            (d.location.map { "\($0.line):\($0.column): " } ?? "") + masked(d.message)
        }
        #expect(got == expectedErrors.map(\.0), "\(name): errors")
        let gotWarnings = warnings.map { d in (d.location.map { "\($0.line):\($0.column): " } ?? "") + d.message }
        #expect(gotWarnings == expectedWarnings, "\(name): warnings")
        for (diagnostic, expected) in zip(diagnostics, expectedErrors) where expected.1 != nil {
            #expect(diagnostic.suggestion == expected.1, "\(name): suggestion")
        }
        #expect(outcome == (expectedErrors.isEmpty ? .success : .failure), "\(name): outcome")
    }
}
