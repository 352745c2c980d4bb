import Foundation
import LoraEngine
import LoraFormats
import LoraRender
import Testing

/// The same script gives the same bytes: run by the binary with `LORASH_THREADS` 1, 2 and 8,
/// and twice with the same count, every output file (a trained LoRA, toy renders, a bake, seeded
/// DARE merges, a resize, an extract, a real SD 1.5 render of the tiny diffusers checkpoint)
/// is byte-identical. Also: `LORASH_THREADS` values that are not a thread count are refused
/// with status 64, and recipes replay to the same bytes.
@Suite(.serialized) struct DeterminismTests {
    static var root: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }
    static var unetFixtures: String { root + "/Tests/Fixtures/peers/diffusers_tiny_unet_lora" }

    /// Every output the issue names, from one script. Small enough to run six times; the
    /// bake, merges and extract work on the 208-tensor tiny U-Net so the kernels split work
    /// across threads.
    static func script(checkpoint: String) -> String {
        let unet = unetFixtures
        return """
            base = toy seed=3 width=96
            rings = train base on rings rank=4 steps=40
            save rings out/rings.safetensors
            smiley = train base on smiley rank=2 steps=40 seed=5
            save smiley out/smiley.safetensors
            render base to out/base.png size=96
            s = stack base rings:0.8 smiley:0.6
            render s to out/stack.png size=96
            load \(unet)/unet_base.safetensors as unet
            load \(unet)/lora_diffusers.safetensors as dif
            load \(unet)/lora_kohya_by_diffusers.safetensors as koh
            u = stack unet dif:0.8 koh:0.3
            merge u into out/baked.safetensors
            dl = merge dif:0.7 koh:0.4 method=dare_linear density=0.4 seed=3
            save dl out/dare_linear.safetensors
            dt = merge dif:0.7 koh:0.4 method=dare_ties density=0.5 seed=11
            save dt out/dare_ties.safetensors
            sv = merge dif:0.7 koh:0.4 method=svd rank=3
            save sv out/svd.safetensors
            small = resize dif rank=2
            save small out/resized.safetensors
            load \(unet)/unet_fused_0.8_meta.safetensors as fused
            e = extract fused from unet rank=3
            save e out/extracted.safetensors
            load \(checkpoint) as sd
            render sd prompt="a photo of a cat" negative="blurry" steps=3 seed=42 size=64 to out/sd.png
            """
    }

    static let outputs = [
        "baked.safetensors", "base.png", "dare_linear.safetensors", "dare_ties.safetensors", "extracted.safetensors",
        "resized.safetensors", "rings.safetensors", "sd.png", "smiley.safetensors", "stack.png", "svd.safetensors",
    ]

    /// Runs the script in a fresh folder with `LORASH_THREADS=threads`; the outputs' bytes by name.
    static func run(threads: Int, checkpoint: String) throws -> [String: Data] {
        let folder = try BinaryRunner.temporaryFolder("determinism-\(threads)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.run(
            ["-"], input: script(checkpoint: checkpoint) + "\n", environment: ["LORASH_THREADS": "\(threads)"],
            directory: folder.path)
        #expect(result.status == 0, "LORASH_THREADS=\(threads): \(result.stderr)")
        let out = folder.appendingPathComponent("out")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == outputs, "LORASH_THREADS=\(threads)")
        var bytes: [String: Data] = [:]
        for name in names { bytes[name] = try Data(contentsOf: out.appendingPathComponent(name)) }
        return bytes
    }

    @Test func sameBytesOnOneTwoAndEightThreadsAndAcrossRuns() throws {
        let folder = try BinaryRunner.temporaryFolder("determinism-sd")
        defer { try? FileManager.default.removeItem(at: folder) }
        let checkpoint = try TinySD15.write(in: folder.path)
        let reference = try Self.run(threads: 1, checkpoint: checkpoint)
        for threads in [2, 8, 2] {
            let other = try Self.run(threads: threads, checkpoint: checkpoint)
            for name in Self.outputs {
                #expect(reference[name] != nil && other[name] == reference[name], "\(name): 1 vs \(threads) threads")
            }
        }
    }

    /// A value that is not an integer 1…256 is refused before anything runs, with status 64
    /// (usage) and a message naming the variable and what it takes; empty is unset.
    @Test(arguments: ["0", "257", "-2", "four", "1.5", "8 threads", "99999999999999999999"])
    func threadSettingThatIsNotACountIsRefused(_ value: String) throws {
        let result = try BinaryRunner.run(["-c", "echo ran"], environment: ["LORASH_THREADS": value])
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "lorash: LORASH_THREADS=\"\(value)\" is not a thread count: set it to an integer 1…256, or unset it to use every core\n"
        )
    }

    @Test(arguments: ["1", "256", " 3 ", ""])
    func threadSettingThatIsACountRuns(_ value: String) throws {
        let result = try BinaryRunner.run(["-c", "echo ran"], environment: ["LORASH_THREADS": value])
        #expect(result.status == 0 && result.stdout == "ran\n", "\(result)")
    }
}

/// The tiny SD 1.5 checkpoint of Tests/Fixtures/Diffusion (CLIP-L, U-Net and VAE made by
/// diffusers and transformers, under single-file key names), assembled as LoraKitTests'
/// `TinyCheckpoint` does.
enum TinySD15 {
    static var fixtures: String { DeterminismTests.root + "/Tests/Fixtures/Diffusion/" }

    /// Every float tensor of a fixture file, F16, with sparse token-embedding tables
    /// (`KEY:rows`, `KEY:values`) expanded to [49408, width].
    static func tensors(_ relative: String) throws -> [(String, Tensor)] {
        let reader = try SafetensorsReader(path: fixtures + relative)
        var out: [(String, Tensor)] = []
        for entry in reader.entries where entry.dtype.isFloatingPoint && !entry.name.hasSuffix(":values") {
            out.append((entry.name, reader.tensor(for: entry).converted(to: .f16)))
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
            out.append((key, Tensor(shape: [49408, width], values: table).converted(to: .f16)))
        }
        return out
    }

    /// Writes the checkpoint into `folder`; its path.
    static func write(in folder: String) throws -> String {
        let checkpoint = folder + "/tiny-sd15.safetensors"
        let parts =
            try tensors("text/tiny-clip-l.safetensors") + tensors("unet/tiny-sd15-unet.safetensors")
            + tensors("vae/tiny-vae.safetensors")
        try SafetensorsWriter.write(path: checkpoint, tensors: parts.sorted { $0.0 < $1.0 })
        return checkpoint
    }
}
