import Foundation
import LoraFormats
import LoraRender
import Testing

/// A file's recipe replays it: the commands recorded in a trained LoRA's `lorash.recipe`
/// metadata, or in a picture's `lorash` text chunk, run in a fresh folder by the binary, write
/// the same bytes.
@Suite struct RecipeReplayTests {
    /// Runs `script` with the binary in a fresh folder; the bytes of `output` (relative) there.
    static func run(_ script: String, output: String) throws -> Data {
        let folder = try BinaryRunner.temporaryFolder("recipe")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.run(["-"], input: script + "\n", directory: folder.path)
        #expect(result.status == 0, "\(result.stderr)")
        return try Data(contentsOf: folder.appendingPathComponent(output))
    }

    /// The sha256 of a file as coreutils' `sha256sum` prints it.
    static func sha256sum(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return String(text.prefix(64))
    }

    /// The `commands` of a recipe's JSON.
    static func commands(_ json: String) throws -> [String] {
        let value = try JSONParser.parse(json)
        #expect(value["tool"]?.stringValue == "lorash")
        guard case .array(let commands)? = value["commands"] else {
            Issue.record("no commands in \(json)")
            return []
        }
        return commands.compactMap(\.stringValue)
    }

    /// A LoRA trained on the built-in model records the `toy` and `train` commands before its
    /// `save` (it used to record only the `save`, which cannot make it again).
    @Test func trainedLoraRecipeReplaysToTheSameBytes() throws {
        let script = """
            # a comment, and a variable in an option: recorded as its value
            let n = 30
            base = toy seed=5 width=32
            r = train base on rings rank=2 steps=$n lr=0.02
            save r out/r.safetensors
            """
        let saved = try Self.run(script, output: "out/r.safetensors")
        let folder = try BinaryRunner.temporaryFolder("recipe-read")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("r.safetensors").path
        try saved.write(to: URL(fileURLWithPath: path))
        let recipe = try #require(try SafetensorsReader(path: path).metadata["lorash.recipe"])
        let commands = try Self.commands(recipe)
        #expect(
            commands == [
                "base = toy seed=5 width=32", "r = train base on rings rank=2 steps=30 lr=0.02",
                "save r out/r.safetensors",
            ])
        let replayed = try Self.run(commands.joined(separator: "\n"), output: "out/r.safetensors")
        #expect(replayed == saved)
    }

    /// A LoRA trained on a PNG target records the PNG with its sha256.
    @Test func trainedOnAPictureRecordsThePicture() throws {
        let folder = try BinaryRunner.temporaryFolder("recipe-png")
        defer { try? FileManager.default.removeItem(at: folder) }
        // A 4×4 PNG drawn by hand: a red left half and a blue right half.
        var pixels = [UInt8]()
        for _ in 0..<4 { pixels += [255, 0, 0, 255, 255, 0, 0, 255, 0, 0, 255, 255, 0, 0, 255, 255] }
        let png = PNGEncoder().encode(RGBAImage(width: 4, height: 4, bytes: pixels))
        try Data(png).write(to: folder.appendingPathComponent("target.png"))
        let script = "b = toy\nt = train b on target.png rank=1 steps=5 size=4\nsave t t.safetensors\n"
        let result = try BinaryRunner.run(["-"], input: script, directory: folder.path)
        #expect(result.status == 0, "\(result.stderr)")
        let recipe = try JSONParser.parse(
            try #require(
                try SafetensorsReader(path: folder.appendingPathComponent("t.safetensors").path).metadata[
                    "lorash.recipe"]))
        guard case .array(let inputs)? = recipe["inputs"] else {
            Issue.record("no inputs: \(recipe)")
            return
        }
        #expect(inputs.count == 1)
        #expect(inputs.first?["path"]?.stringValue == "target.png")
        let expected = try Self.sha256sum(folder.appendingPathComponent("target.png").path)
        #expect(inputs.first?["sha256"]?.stringValue == expected)
    }

    /// A picture of a stack on the built-in model records the model, the LoRA's training, the
    /// stack as it stands (after `weight`) and the render without its path.
    @Test func toyRenderRecipeReplaysToTheSameBytes() throws {
        let script = """
            base = toy seed=5 width=32
            r = train base on rings rank=2 steps=20
            s = stack base r:0.7
            weight s r 0.5
            render s to out/s.png size=48
            """
        let png = try Self.run(script, output: "out/s.png")
        let chunks = try PNGDecoder.textChunks(in: Array(png), file: "s.png")
        let recipe = try #require(chunks.first { $0.keyword == "lorash" }?.text)
        let commands = try Self.commands(recipe)
        #expect(
            commands == [
                "base = toy seed=5 width=32", "r = train base on rings rank=2 steps=20", "s = stack base r:0.5",
                "render s size=48",
            ])
        let replay = commands.dropLast().joined(separator: "\n") + "\n" + commands.last! + " to out/again.png"
        #expect(try Self.run(replay, output: "out/again.png") == png)
    }

    /// The real renderer's recipe (`render from`) draws the same bytes again.
    @Test func diffusionRenderFromItsRecipeGivesTheSameBytes() throws {
        let folder = try BinaryRunner.temporaryFolder("recipe-sd")
        defer { try? FileManager.default.removeItem(at: folder) }
        let checkpoint = try TinySD15.write(in: folder.path)
        let script = """
            load \(checkpoint) as sd
            render sd prompt="a red house" steps=2 seed=7 size=64 to first.png
            render from first.png to again.png
            """
        let result = try BinaryRunner.run(["-"], input: script + "\n", directory: folder.path)
        #expect(result.status == 0, "\(result.stderr)")
        let first = try Data(contentsOf: folder.appendingPathComponent("first.png"))
        let again = try Data(contentsOf: folder.appendingPathComponent("again.png"))
        #expect(first == again)
    }
}
