import Foundation
import LoraEngine
import LoraFormats
import LoraRender
import Testing

@testable import LoraKit

/// The PNG side of real renders: what the `parameters` and `lorash` chunks record, and what
/// `render from` makes of a PNG (lorash's or A1111's), on the tiny SD 1.5 checkpoint.
@Suite(.serialized) struct DiffusionRenderFromTests {
    let folder = MergeFixtures.temporaryFolder("diffusion-from")
    let session = Session()
    let checkpoint: String
    let loraPath: String

    init() throws {
        (checkpoint, loraPath) = try TinyCheckpoint.write(in: folder)
        _ = try session.load(path: checkpoint, as: "base")
    }

    func request(_ prompt: String, seed: Int = 3) -> Session.ImageRequest {
        var r = Session.ImageRequest()
        r.prompt = prompt
        r.steps = 2
        r.seed = seed
        r.size = 64
        return r
    }

    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    func chunk(_ keyword: String, of path: String) throws -> String {
        try #require(try PNGDecoder.readTextChunks(path: path).first { $0.keyword == keyword }?.text)
    }

    /// A PNG as A1111 writes one: a few pixels and the infotext in a `parameters` chunk.
    func a1111PNG(_ name: String, _ infotext: String) throws -> String {
        let path = folder + "/" + name
        let image = RGBAImage(width: 8, height: 8, bytes: [UInt8](repeating: 200, count: 8 * 8 * 4))
        try Data(PNGEncoder().encode(image, text: [PNGTextChunk(keyword: "parameters", text: infotext)]))
            .write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The short hash A1111 writes for the tiny checkpoint.
    var modelHash: String { RenderSource.modelHash(checkpoint)! }
    var loraHash: String { Session.loraShortHash(path: loraPath)! }

    @Test func theRecordedCommandIsTheUsersAndTheBytesDoNotDependOnThePath() throws {
        _ = try session.load(path: loraPath, as: "hv")
        let stack = try session.stack(base: session.object(named: "base")!, baseName: "base", loras: ["hv:0.8"]).stack
        let r = request("a cat <lora:hv:0.3>")
        let one = folder + "/one/x.png", two = folder + "/two/x.png"
        _ = try session.renderImage(stack, name: "s", r, to: .init(path: one))
        _ = try session.renderImage(stack, name: "s", r, to: .init(path: two))
        #expect(bytes(one) == bytes(two), "the same render into two folders writes the same bytes")
        let recipe = try JSONParser.parse(try chunk("lorash", of: one))
        #expect(
            recipe["command"]?.stringValue
                == "render s prompt=\"a cat <lora:hv:0.3>\" steps=2 cfg=7 seed=3 size=64 sampler=euler_a")
        // A1111 finds LoRAs by file name: the infotext names the file, and its hash once.
        let infotext = try chunk("parameters", of: one)
        #expect(infotext.hasPrefix("<lora:hero:0.8> a cat <lora:hero:0.3>\nSteps: 2, "))
        #expect(infotext.contains("Lora hashes: \"hero: \(loraHash)\", Version"))
        // Rendered again, with nothing loaded but what the recipe names: the same file.
        let again = folder + "/again.png"
        let fresh = Session()
        _ = try fresh.renderImage(from: one, overriding: .init(), to: .init(path: again))
        #expect(bytes(again) == bytes(one))
        // The infotext alone (A1111's view) finds the LoRA by its hash and name.
        let a1111 = try a1111PNG("from-infotext.png", infotext)
        let viaInfotext = folder + "/via-infotext.png"
        let picture = try session.renderImage(from: a1111, overriding: .init(), to: .init(path: viaInfotext))
        #expect(try PNGDecoder.read(path: viaInfotext).bytes == PNGDecoder.read(path: one).bytes)
        #expect(picture.warnings.isEmpty, "\(picture.warnings)")
    }

    @Test func aGridRecordsItsFirstCellAndItsAxes() throws {
        _ = try session.load(path: loraPath, as: "hero")
        let stack = try session.stack(base: session.object(named: "base")!, baseName: "base", loras: ["hero:0.8"])
            .stack
        let grid = folder + "/grid.png"
        let picture = try session.renderImageGrid(
            stack, name: "s", x: .init(setting: "hero", numbers: [0, 0.5]), y: .init(setting: "seed", numbers: [1, 2]),
            request("a dog", seed: 5), title: nil, to: .init(path: grid))
        #expect(!picture.line.contains("seed"), "the seed is an axis")
        // The parameters are the first cell's, exactly as a single render of it writes them.
        var first = stack
        try first.setWeight(of: "hero", to: LoraWeight(0))
        let single = folder + "/first-cell.png"
        _ = try session.renderImage(first, name: "s", request("a dog", seed: 1), to: .init(path: single))
        #expect(try chunk("parameters", of: grid) == chunk("parameters", of: single))
        #expect(try chunk("parameters", of: grid).hasPrefix("<lora:hero:0> a dog\n"))
        let recipe = try JSONParser.parse(try chunk("lorash", of: grid))
        #expect(
            recipe["command"]?.stringValue
                == "let x = hero:[0, 0.5]; let y = seed:[1, 2]; render grid s x=$x y=$y prompt=\"a dog\" steps=2 cfg=7 seed=5 size=64 sampler=euler_a"
        )
        // render from a grid draws the grid again.
        let again = folder + "/grid-again.png"
        _ = try session.renderImage(from: grid, overriding: .init(), to: .init(path: again))
        #expect(bytes(again) == bytes(grid))
        // A setting that is an axis cannot be given: every cell sets it.
        var seed = Session.ImageRequest()
        seed.seed = 9
        #expect(throws: SessionError.self) {
            _ = try session.renderImage(from: grid, overriding: seed, to: .init(path: folder + "/grid-seed.png"))
        }
        // A random seed is printed.
        let random = try session.renderImageGrid(
            stack, name: "s", x: .init(setting: "hero", numbers: [0, 1]), y: nil, request("a dog", seed: -1),
            title: nil, to: .init(path: folder + "/random.png"))
        #expect(random.line.contains(", seed "), "\(random.line)")
    }

    @Test func theLinesSettingsComeBeforeThePNGsAreChecked() throws {
        let fields = "Seed: 7, Size: 64x64, Model hash: \(modelHash), Model: tiny-sd15, RNG: CPU"
        let sde = try a1111PNG(
            "sde.png", "a cat\nSteps: 2, Sampler: DPM++ 2M SDE, Schedule type: Karras, CFG scale: 6, \(fields)")
        do {
            _ = try session.renderImage(from: sde, overriding: .init(), to: .init(path: folder + "/sde-out.png"))
            Issue.record("a sampler lorash lacks is refused")
        } catch let error as SessionError {
            #expect(error.message.contains("DPM++ 2M SDE") && error.message.contains("sampler="))
        }
        var sampler = Session.ImageRequest()
        sampler.sampler = "dpmpp_2m"
        let fixed = try session.renderImage(from: sde, overriding: sampler, to: .init(path: folder + "/sde-out.png"))
        #expect(fixed.line.contains("dpmpp_2m karras"))
        // The PNG's Karras schedule does not stop another sampler: it is dropped, with a warning.
        let karras = try a1111PNG(
            "k.png", "a cat\nSteps: 2, Sampler: DPM++ 2M, Schedule type: Karras, CFG scale: 6, \(fields)")
        sampler.sampler = "euler_a"
        let euler = try session.renderImage(from: karras, overriding: sampler, to: .init(path: folder + "/k-out.png"))
        #expect(euler.line.contains("euler_a,"))
        #expect(euler.warnings.contains { $0.message.contains("Karras") })
        // A value only the PNG gave is an error about the PNG, naming its field.
        let skip = try a1111PNG("cs3.png", "a cat\nSteps: 2, Sampler: Euler a, CFG scale: 6, \(fields), Clip skip: 3")
        do {
            _ = try session.renderImage(from: skip, overriding: .init(), to: .init(path: folder + "/cs3-out.png"))
            Issue.record("clip skip 3 is refused")
        } catch let error as SessionError {
            #expect(error.subject == .input("subject"))
            #expect(error.message.contains("cs3.png") && error.message.contains("Clip skip: 3"), "\(error.message)")
        }
        var two = Session.ImageRequest()
        two.clipSkip = 2
        _ = try session.renderImage(from: skip, overriding: two, to: .init(path: folder + "/cs3-out.png"))
    }

    @Test func anotherCheckpointOrLoraIsAWarning() throws {
        _ = try session.load(path: loraPath, as: "hero")
        let other = try a1111PNG(
            "other.png",
            "a cat <lora:hero:0.5>\nSteps: 2, Sampler: Euler a, CFG scale: 6, Seed: 1, Size: 64x64, Model hash: 6ce0161689, Model: v1-5-pruned-emaonly, Lora hashes: \"hero: 000000000000\", RNG: CPU"
        )
        let picture = try session.renderImage(from: other, overriding: .init(), to: .init(path: folder + "/o.png"))
        let messages = picture.warnings.map(\.message)
        #expect(
            messages.contains {
                $0.contains("6ce0161689") && $0.contains(modelHash) && $0.contains("v1-5-pruned-emaonly")
            })
        #expect(messages.contains { $0.contains("000000000000") && $0.contains(loraHash) })
        // Two loaded, one of the PNG's name with another hash: drawn with it, and said so.
        try FileManager.default.createDirectory(atPath: folder + "/b", withIntermediateDirectories: true)
        let reader = try SafetensorsReader(path: checkpoint)
        try SafetensorsWriter.write(
            path: folder + "/b/tiny-sd15.safetensors",
            tensors: reader.entries.map { ($0.name, reader.tensor(for: $0)) },
            metadata: ["note": "another file"])
        _ = try session.load(path: folder + "/b/tiny-sd15.safetensors", as: "b")
        let named = try a1111PNG(
            "named.png",
            "a cat\nSteps: 2, Sampler: Euler a, CFG scale: 6, Seed: 1, Size: 64x64, Model hash: 6ce0161689, Model: tiny-sd15, RNG: CPU"
        )
        let drawn = try session.renderImage(from: named, overriding: .init(), to: .init(path: folder + "/n.png"))
        #expect(drawn.warnings.contains { $0.message.contains("different hash") }, "\(drawn.warnings)")
    }

    @Test func settingsNotReproducedAreWarnings() throws {
        _ = try session.load(path: loraPath, as: "hero")
        let png = try a1111PNG(
            "hires.png",
            "a cat <hypernet:foo:0.8> <lora:hero:1:dyn=2>\nSteps: 2, Sampler: DPM++ 2M, Schedule type: Exponential, CFG scale: 6, Seed: 1, Size: 64x64, Model hash: \(modelHash), Model: tiny-sd15, Denoising strength: 0.7, Hires upscale: 2, Hires upscaler: Latent, RNG: CPU, ADetailer model: face.pt"
        )
        let picture = try session.renderImage(from: png, overriding: .init(), to: .init(path: folder + "/h.png"))
        let messages = picture.warnings.map(\.message)
        for part in ["Exponential", "128×128", "<hypernet:foo:0.8>", "dyn=2", "ADetailer model"] {
            #expect(messages.contains { $0.contains(part) }, "no warning about \(part): \(messages)")
        }
        #expect(messages.allSatisfy { $0.contains("hires.png") })
        // Tags in render's own prompt are warned about too, at prompt=.
        let own = try session.renderImage(
            session.object(named: "base")!, name: "base", request("a <hypernet:foo:1> cat"),
            to: .init(path: folder + "/own.png"))
        #expect(own.warnings.map(\.subject) == [.input("prompt")])
    }

    @Test func progressNotesAreSeparated() {
        let line = ProgressMeter.line(
            label: "render", unit: "step", done: 44, total: 200, note: "0.14 s/it", elapsed: 6_000_000_000)
        #expect(line == "render: step 44/200, 0.14 s/it, 22 s left")
        // A grid cell's last step still shows the whole grid's time left.
        let cell = ProgressMeter.line(
            label: "render grid cell 1/4", unit: "step", done: 30, total: 30, fraction: 0.25, note: "0.10 s/it",
            elapsed: 3_000_000_000)
        #expect(cell == "render grid cell 1/4: step 30/30, 0.10 s/it, 9 s left")
    }

    @Test func aFolderThatCannotBeMadeSaysWhy() throws {
        guard FileManager.default.fileExists(atPath: "/proc/self") else { return }
        do {
            _ = try session.renderImage(
                session.object(named: "base")!, name: "base", request("a cat"), to: .init(path: "/proc/nope/x.png"))
            Issue.record("no folder in /proc")
        } catch let error as SessionError {
            #expect(error.subject == .input("path"))
            #expect(error.message.contains("'/proc/nope'") && error.message.contains("/proc"))
            #expect(!error.message.contains("could not be completed"), "\(error.message)")
        }
    }
}
