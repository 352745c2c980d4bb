import Foundation
import LoraEngine
import LoraFormats
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
        // A missing `to` is shown where it goes, at the end of the line, in a short message.
        for (line, column) in [
            ("render rings", 13), ("render rings   # the pattern", 16), ("render rings prompt=\"a cat\"", 28),
        ] {
            let missing = run(line).2.first
            #expect(missing?.message == "render needs 'to PATH' (the PNG to write)", "\(line)")
            #expect(missing?.location?.column == column, "\(line)")
        }
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

/// `render` of a real (tiny) SD 1.5 checkpoint: axes written LABEL:[…], A1111 sampler names,
/// and the refusals of values, as the user writes them.
@Suite(.serialized) struct ImageRenderCommandsTests {
    /// The tiny SD 1.5 checkpoint of Tests/Fixtures/Diffusion (CLIP-L, U-Net, VAE), assembled
    /// under single-file key names into `folder` (the sparse token table expanded).
    static func tinyCheckpoint(in folder: String) throws -> String {
        let fixtures =
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().path
            + "/Fixtures/Diffusion/"
        var tensors: [(String, Tensor)] = []
        for file in ["text/tiny-clip-l", "unet/tiny-sd15-unet", "vae/tiny-vae"] {
            let reader = try SafetensorsReader(path: fixtures + file + ".safetensors")
            for entry in reader.entries where entry.dtype.isFloatingPoint && !entry.name.hasSuffix(":values") {
                tensors.append((entry.name, reader.tensor(for: entry).converted(to: .f16)))
            }
            for entry in reader.entries where entry.name.hasSuffix(":rows") {
                let key = String(entry.name.dropLast(":rows".count))
                let rows = reader.tensor(for: entry).withUnsafeRawBytes { Array($0.bindMemory(to: Int32.self)) }
                let values = try reader.tensor(named: key + ":values").floats()
                let width = values.count / rows.count
                var table = [Float](repeating: 0, count: 49408 * width)
                for (k, row) in rows.enumerated() {
                    for c in 0..<width { table[Int(row) * width + c] = values[k * width + c] }
                }
                tensors.append((key, Tensor(shape: [49408, width], values: table).converted(to: .f16)))
            }
        }
        let path = folder + "/tiny-sd15.safetensors"
        try SafetensorsWriter.write(path: path, tensors: tensors.sorted { $0.0 < $1.0 })
        return path
    }

    @Test func axesSamplersAndValues() throws {
        let folder = try ScriptRun.temporaryFolder("image-render")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let checkpoint = try Self.tinyCheckpoint(in: folder)
        let run = ScriptRun(
            """
            load \(checkpoint) as base
            render grid base x=seed:[1,2] y=cfg:[5, 7] prompt="a cat" size=64 steps=1 to \(folder)/g1.png
            render grid base x=steps:[1, 2] y=prompt:["a, [cat]", "b"] size=64 to \(folder)/g2.png
            render grid base x=sampler:["Euler a", "DPM++ 2M", ddim] prompt="a" size=64 steps=1 to \(folder)/g3.png
            render base sampler="DPM++ 2M Karras" prompt="a" size=64 steps=1 to \(folder)/k.png
            render base sampler="Euler a" prompt="a" size=64 steps=1 to \(folder)/a.png
            """)
        #expect(run.diagnostics.map(\.message) == [])
        #expect(run.lines.contains { $0.hasPrefix("wrote \(folder)/g1.png (2×2 grid of 64×64 images") })
        #expect(run.lines.contains { $0.hasPrefix("wrote \(folder)/g2.png (2×2 grid of 64×64 images") })
        #expect(run.lines.contains { $0.hasPrefix("wrote \(folder)/g3.png (3×1 grid of 64×64 images") })
        #expect(run.lines.contains { $0.hasPrefix("wrote \(folder)/k.png (64×64, SD 1.5, 1 steps dpmpp_2m karras") })
        #expect(run.lines.contains { $0.hasPrefix("wrote \(folder)/a.png (64×64, SD 1.5, 1 steps euler_a,") })

        func error(_ line: String) -> Diagnostic? {
            let interpreter = run.interpreter
            var found: [Diagnostic] = []
            let saved = interpreter.report
            interpreter.report = { found.append($0) }
            defer { interpreter.report = saved }
            _ = interpreter.run(SourceText(name: "t", text: line))
            return found.first
        }
        let size = error("render base size=100 prompt=\"a\" to \(folder)/x.png")
        #expect(size?.message == "size must be a multiple of 8 in 64…4096, not 100 (nearest: 96 or 104)")
        #expect(size?.location?.column == 13)
        let negative = error("render base cfg=-1 prompt=\"a\" to \(folder)/x.png")
        #expect(negative?.message == "cfg must be 0…100, not -1")
        let huge = error("render base cfg=1e9 prompt=\"a\" to \(folder)/x.png")
        #expect(huge?.message == "cfg must be 0…100, not 1000000000")
        let unknown = error("render base sampler=\"DPM++ 2M SDE\" prompt=\"a\" to \(folder)/x.png")
        #expect(unknown?.message.hasPrefix("sampler=\"DPM++ 2M SDE\" is not a sampler lorash has: euler_a,") == true)
        #expect(error("render base sampler=\"Eular a\" to \(folder)/x.png")?.suggestion == "Euler a")
        let conflict = error("render base sampler=\"DPM++ 2M Karras\" karras=false to \(folder)/x.png")
        #expect(
            conflict?.message
                == "sampler=\"DPM++ 2M Karras\" is dpmpp_2m with Karras sigmas, and karras=false says otherwise; give one of them"
        )
    }
}
