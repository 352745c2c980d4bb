import Foundation
import LoraKit
import LoraRender
import Testing

@testable import LoraScript

@Suite struct PictureCommandsTests {
    func run(_ text: String) -> (Interpreter.Outcome, [String], [Diagnostic]) {
        let output = CapturedOutput()
        var diagnostics: [Diagnostic] = []
        let interpreter = Interpreter(output: output) { diagnostics.append($0) }
        let outcome = interpreter.run(SourceText(name: "t", text: text))
        return (outcome, output.lines, diagnostics)
    }

    func folder() throws -> String { try ScriptRun.temporaryFolder("pictures") }

    @Test func renderWritesTheToyPictureAndRefusesToOverwrite() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (outcome, lines, _) = run("base = toy seed=3\nrender base to \(dir)/sub/b.png size=32")
        #expect(outcome == .success)
        #expect(lines.first?.hasPrefix("wrote \(dir)/sub/b.png (32×32") == true)
        let written = try PNGDecoder.read(path: "\(dir)/sub/b.png")
        let expected = try ToyModel(configuration: ToyModelConfiguration(seed: 3)).render(size: 32)
        #expect(written == expected)

        let before = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/sub/b.png"))
        let again = run("base = toy seed=4\nrender base to \(dir)/sub/b.png size=32")
        #expect(again.0 == .failure)
        #expect(again.2.first?.message.contains("exists") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(dir)/sub/b.png")) == before)
        #expect(run("base = toy seed=4\nrender base to \(dir)/sub/b.png size=32 overwrite=true").0 == .success)
        #expect(try PNGDecoder.read(path: "\(dir)/sub/b.png") != expected)
    }

    /// `render … show` in a script or pipe writes the picture and notes that there is no
    /// preview (it used to fail with status 65 after writing); `show` itself still refuses.
    @Test func showWithoutATerminalOnlyNotes() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (outcome, lines, diagnostics) = run("base = toy seed=3\nrender base to \(dir)/b.png size=16 show")
        #expect(outcome == .success, "\(diagnostics)")
        #expect(lines.last == "(no preview: output is not a terminal)")
        #expect(FileManager.default.fileExists(atPath: "\(dir)/b.png"))
        #expect(run("show \(dir)/b.png").2.first?.message == "show draws on a terminal only (output is not a terminal)")
    }

    /// A terminal as the shell describes it: its size and whether it draws colour come
    /// through the output sink (the language never asks the terminal itself).
    final class FakeTerminal: OutputSink {
        var lines: [String] = []
        let isTerminal = true
        let drawsColour: Bool
        let columns: Int?
        let rows: Int?
        init(columns: Int, rows: Int, drawsColour: Bool = true) {
            self.columns = columns
            self.rows = rows
            self.drawsColour = drawsColour
        }
        func write(_ line: String) { lines.append(line) }
    }

    /// `render … show` of a 256-pixel picture fits the window's height, leaving the command,
    /// its "wrote" line and the next prompt in view; and its width.
    @Test(arguments: [(100, 40), (100, 24), (30, 40)])
    func previewFitsTheWindow(_ columns: Int, _ rows: Int) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let terminal = FakeTerminal(columns: columns, rows: rows)
        let interpreter = Interpreter(output: terminal) { Issue.record("\($0)") }
        _ = interpreter.run(SourceText(name: "t", text: "base = toy seed=3\nrender base to \(dir)/b.png show"))
        let preview = terminal.lines.last!.split(separator: "\n")
        #expect(preview.count <= rows - 4, "\(preview.count) lines in a \(rows)-row window")
        #expect(
            preview.count >= min(rows - 5, min(64, columns - 1) / 2 - 1),
            "the preview should use the room it has (64 columns at most by default)")
        #expect(
            preview.allSatisfy { $0.components(separatedBy: "▀").count - 1 < columns }, "a line wider than the window")
        let plain = FakeTerminal(columns: 80, rows: 24, drawsColour: false)
        var errors: [Diagnostic] = []
        _ = Interpreter(output: plain) { errors.append($0) }.run(SourceText(name: "t", text: "show \(dir)/b.png"))
        #expect(errors.first?.message.contains("cannot show (TERM is dumb or unset)") == true)
    }

    @Test func sameSeedSameBytes() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = run("a = toy seed=9; render a to \(dir)/1.png size=48; render a to \(dir)/2.png size=48")
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: "\(dir)/1.png"))
                == Data(contentsOf: URL(fileURLWithPath: "\(dir)/2.png")))
    }

    @Test func errors() {
        let unknown = run("render rngs to x.png")
        #expect(unknown.2.first?.suggestion == "rings")
        #expect(unknown.2.first?.location?.column == 8)
        #expect(run("render rings to x.png size=0").2.first?.message == "size must be 1…4096, not 0")
        #expect(run("show x.png").2.first?.message.contains("x.png") == true)
        #expect(
            run("render rings").2.first?.message.hasPrefix(
                "render expects 'to PATH' here (usage: render TARGET [SUBJECT] to PATH [show]") == true)
    }
}

@Suite struct ChartCommandsTests {
    static let peers = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/peers").path

    @Test func spectrumAndDeltaOfARealAdapter() throws {
        let dir = try ScriptRun.temporaryFolder("charts")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let output = CapturedOutput()
        var diagnostics: [Diagnostic] = []
        let interpreter = Interpreter(output: output) { diagnostics.append($0) }
        let outcome = interpreter.run(
            SourceText(
                name: "t",
                text: """
                    load \(Self.peers)/peft_lora_mlp as a
                    render spectrum a to \(dir)/s.svg
                    render delta a module=base_model.model.fc1 to \(dir)/d.png
                    """))
        #expect(outcome == .success, "\(diagnostics)")
        let svg = try String(contentsOfFile: "\(dir)/s.svg", encoding: .utf8)
        for module in ["base_model.model.fc1", "base_model.model.fc2", "base_model.model.out"] {
            #expect(svg.contains(module))
        }
        let png = try PNGDecoder.read(path: "\(dir)/d.png")
        #expect(png.height >= 256)  // 32×16 ΔW enlarged until its long side reaches 256 pixels
        let bad = Interpreter(output: CapturedOutput()) { diagnostics.append($0) }
        diagnostics = []
        _ = bad.run(
            SourceText(
                name: "t",
                text:
                    "load \(Self.peers)/peft_lora_mlp as a\nrender delta a module=base_model.model.fc3 to \(dir)/x.png")
        )
        #expect(diagnostics.first?.suggestion == "base_model.model.fc1")
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/x.png"))
        // The end of a name, or its kohya spelling, finds the module; a part of several names
        // suggests one of them.
        diagnostics = []
        _ = bad.run(
            SourceText(
                name: "t",
                text: "render delta a module=fc2 to \(dir)/y.png\nrender delta a module=model_fc1 to \(dir)/z.png"))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(
            FileManager.default.fileExists(atPath: "\(dir)/y.png")
                && FileManager.default.fileExists(atPath: "\(dir)/z.png"))
        _ = bad.run(SourceText(name: "t", text: "render delta a module=fc to \(dir)/w.png"))
        #expect(
            diagnostics.first?.message == "'a' has no module 'fc' (2 modules contain it; write more of the name)",
            "\(diagnostics)")
        #expect(diagnostics.first?.suggestion == "base_model.model.fc1")
    }

    /// LoHa and LoKr modules are charted through their exact factors (they used to be refused).
    @Test(arguments: ["lycoris_loha", "lycoris_lokr"])
    func spectrumAndDeltaOfLycorisModules(_ name: String) throws {
        let dir = try ScriptRun.temporaryFolder("lycoris-charts")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var diagnostics: [Diagnostic] = []
        let interpreter = Interpreter(output: CapturedOutput()) { diagnostics.append($0) }
        let outcome = interpreter.run(
            SourceText(
                name: "t",
                text: """
                    load \(Self.peers)/\(name)/lycoris.safetensors as h
                    render spectrum h to \(dir)/s.svg
                    render delta h module=lycoris_fc1 to \(dir)/d.png
                    """))
        #expect(outcome == .success, "\(diagnostics)")
        let svg = try String(contentsOfFile: "\(dir)/s.svg", encoding: .utf8)
        for module in ["lycoris_conv1", "lycoris_conv2", "lycoris_fc1", "lycoris_fc2"] { #expect(svg.contains(module)) }
        let png = try PNGDecoder.read(path: "\(dir)/d.png")
        #expect(max(png.width, png.height) >= 256)  // fc1 (16 × 128) enlarged until its long side reaches 256 pixels
    }
}
