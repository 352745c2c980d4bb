import Foundation
import LoraEngine
import LoraFormats
import Testing

@testable import LoraScript

@Suite struct FileCommandsTests {
    static let peers = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/peers").path

    func run(_ text: String) -> (Interpreter.Outcome, [String], [Diagnostic]) {
        let output = CapturedOutput()
        var diagnostics: [Diagnostic] = []
        let interpreter = Interpreter(output: output) { diagnostics.append($0) }
        return (interpreter.run(SourceText(name: "t", text: text)), output.lines, diagnostics)
    }

    /// Every command that writes a file creates a missing output folder, as `render` does, so a
    /// script can write into `out/…` from a fresh clone.
    @Test func writingCommandsCreateMissingFolders() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lorash-folders-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let mlp = "\(Self.peers)/peft_lora_mlp"
        let result = run(
            """
            load \(mlp) as a
            load \(mlp)/base.safetensors as base
            save a \(dir)/save/nested/a.safetensors
            save a \(dir)/peft/nested/a format=peft
            convert \(mlp) \(dir)/convert/a.safetensors format=diffusers
            s = stack base a
            merge s into \(dir)/bake/nested/baked.safetensors
            t = toy
            save t \(dir)/toy/t.safetensors
            render spectrum a to \(dir)/render/s.svg
            """)
        #expect(result.0 == .success, "\(result.2)")
        for file in [
            "save/nested/a.safetensors", "peft/nested/a/adapter_model.safetensors", "convert/a.safetensors",
            "bake/nested/baked.safetensors", "toy/t.safetensors", "render/s.svg",
        ] {
            #expect(FileManager.default.fileExists(atPath: "\(dir)/\(file)"), "\(file)")
        }
        // The bake is base + 2·B@A: checked against the file PEFT merge_and_unload wrote.
        let baked = try SafetensorsReader(path: "\(dir)/bake/nested/baked.safetensors")
        let merged = try SafetensorsReader(path: "\(mlp)/merged.safetensors")
        #expect(baked.entries.map(\.name).sorted() == merged.entries.map(\.name).sorted())
        for entry in merged.entries {
            let (want, got) = (try merged.tensor(for: entry).floats(), try baked.tensor(named: entry.name).floats())
            let scale = want.map(abs).max() ?? 1
            #expect(zip(want, got).allSatisfy { abs($0 - $1) <= 1e-5 * scale }, "\(entry.name)")
        }
    }

    @Test func saveConvertsAndRecordsTheRecipeAndNeverOverwrites() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lorash-files-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = "\(dir)/a.safetensors"
        let first = run("load \(Self.peers)/peft_lora_mlp as a\nsave a \(out) format=kohya")
        #expect(first.0 == .success, "\(first.2)")
        #expect(first.1.last == "wrote \(out) (3 modules)")

        let written = try LoraFile.loadLora(path: out)
        // kohya-style names for a plain PyTorch model are LyCORIS' `lycoris_` + module path.
        #expect(written.modules.map(\.sourceName).sorted() == ["lycoris_fc1", "lycoris_fc2", "lycoris_out"])
        #expect(written.modules.map(\.alpha) == [8, 8, 8])  // PEFT lora_alpha, kept
        #expect(written.metadata["lorash.recipe"]?.contains("save a \(out) format=kohya") == true)

        let before = try Data(contentsOf: URL(fileURLWithPath: out))
        let again = run("load \(Self.peers)/peft_rslora_mlp as a\nsave a \(out) format=kohya")
        #expect(again.0 == .failure)
        #expect(again.2.first?.location?.line == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == before)
        #expect(run("load \(Self.peers)/peft_rslora_mlp as a\nsave a \(out) format=kohya overwrite=true").0 == .success)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) != before)
    }

    /// The recipe names every input with its sha256 (expected values from `sha256sum`); the
    /// bake hashes its inputs while it writes and fills them in before publishing the file.
    @Test func recipeRecordsInputHashes() throws {
        let dir = try ScriptRun.temporaryFolder("recipe")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let mlp = "\(Self.peers)/peft_lora_mlp"
        let run = run(
            "load \(mlp)/base.safetensors as b\nload \(mlp) as a\ns = stack b a\nmerge s into \(dir)/baked.safetensors\nsave a \(dir)/a.safetensors\nload \(Self.peers)/peft_dora_mlp as d\nr = resize d rank=2\nsave r \(dir)/r.safetensors"
        )
        #expect(run.0 == .success, "\(run.2)")
        let dora = "\(Self.peers)/peft_dora_mlp/adapter_model.safetensors"
        let expected = [
            "\(mlp)/base.safetensors": "8b8e9f00a7417236b3538090f9daa3b5e14078a113fbf4c6f48196c3ed8e5cae",
            "\(mlp)/adapter_model.safetensors": "d8c0f653f43db71deeaf2b65714787b0f30ac7e06dbb0b1ad74d1f1c905d6f90",
            "\(mlp)/adapter_config.json": "2f186674749f21acd5a0c165b40bb42778b5dcf1e0540ce3b25f0cf6e29e5743",
            dora: "043f53785631b43e0bed4b2cf8c446d5c21326e8429fdcd6ae7ffe7750718601",
        ]
        // One LoRA saved is not a merge: no merged_from (a PEFT folder's config is not an input).
        #expect(try SafetensorsReader(path: "\(dir)/a.safetensors").metadata["modelspec.merged_from"] == nil)
        // A LoRA made in the session records the file it was made from and the command that
        // made it, before the save.
        let paths = ["\(mlp)/base.safetensors", "\(mlp)/adapter_model.safetensors", "\(mlp)/adapter_config.json", dora]
        for (file, inputs, commands) in [
            ("baked", [0, 1, 2], ["merge s into \(dir)/baked.safetensors"]),
            ("a", [1], ["save a \(dir)/a.safetensors"]),
            ("r", [3], ["r = resize d rank=2", "save r \(dir)/r.safetensors"]),
        ] {
            let recipe = try #require(
                try SafetensorsReader(path: "\(dir)/\(file).safetensors").metadata["lorash.recipe"])
            let json = try JSONParser.parse(recipe)
            let recorded = (json["inputs"]?.arrayValue ?? []).map {
                ($0["path"]?.stringValue ?? "", $0["sha256"]?.stringValue ?? "")
            }
            #expect(recorded.map(\.0) == inputs.map { paths[$0] }, "\(file)")
            for (path, hash) in recorded { #expect(hash == expected[path], "\(file): \(path)") }
            #expect(json["commands"]?.arrayValue?.compactMap(\.stringValue) == commands, "\(file)")
        }
    }

    /// A tensor that is no LoRA module lorash reads is not written by save or convert, and
    /// they say so (it used to vanish from the copy without a word); load warns of it.
    @Test func keysNotWrittenAreNamed() throws {
        let dir = try ScriptRun.temporaryFolder("unknown-keys")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try SafetensorsWriter.write(
            path: "\(dir)/in.safetensors",
            tensors: [
                ("lora_unet_fc1.lora_down.weight", Tensor(shape: [1, 2], values: [1, 2])),
                ("lora_unet_fc1.lora_up.weight", Tensor(shape: [2, 1], values: [3, 4])),
                ("something_weird.qux", Tensor(shape: [2], values: [5, 6])),
            ])
        let run = ScriptRun(
            "load \(dir)/in.safetensors as a\nsave a \(dir)/a.safetensors\nconvert \(dir)/in.safetensors \(dir)/b.safetensors format=kohya"
        )
        #expect(run.outcome == .success, "\(run.diagnostics)")
        let notes = run.lines.filter { $0.hasPrefix("note: ") }
        #expect(
            notes
                == Array(
                    repeating:
                        "note: 1 key of the input is not a LoRA module lorash reads and was not written: something_weird.qux",
                    count: 2), "\(run.lines)")
        // load says so first, as a warning that names the file and the key.
        let warnings = run.diagnostics.filter { $0.severity == .warning }.map(\.message)
        #expect(
            warnings == [
                "\(dir)/in.safetensors: 1 key is not a LoRA module lorash reads and is left out of stacks, merges and saves: something_weird.qux (info a lists them)"
            ], "\(run.diagnostics)")
    }

    /// Every recorded argument reads back as the same text: words the lexer would split
    /// (commas of a block vector, parentheses, spaces) or read as something else are quoted.
    @Test func recordedArgumentsReadBack() {
        let texts = [
            "hero:0.8", "0.5", "out/a.safetensors", "hero:0.8:lbw=1,0,0", "x(1).safetensors", "a b", "{w}", "$x", "-1",
            "1e-3",
            "1..2", "a\"b", "back\\slash", "#not a comment", "",
        ]
        for text in texts {
            let readable = CommandInvocation.readableWord(text)
            let (outcome, lines, diagnostics) = run("echo \(readable)")
            #expect(outcome == .success && lines == [text], "\(text) → \(readable): \(lines) \(diagnostics)")
        }
        #expect(CommandInvocation.readableWord("hero:0.8") == "hero:0.8")
        #expect(CommandInvocation.readableWord("out/a.safetensors") == "out/a.safetensors")
    }

    /// Recipes record commands as they ran: a loop's variables and interpolations evaluated,
    /// comments left out, and the chain of session LoRAs (merge, then resize) before the save.
    @Test func recipesRecordCommandsAsTheyRan() throws {
        let dir = try ScriptRun.temporaryFolder("recipe-loop")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let a = "\(Self.peers)/peft_weighted_adapter/src/a", b = "\(Self.peers)/peft_weighted_adapter/src/b"
        let run = run(
            """
            load \(a) as a
            load \(b) as b
            m = merge a:0.7 b:0.4 method=svd rank=3   # a comment
            for k in [2] {
              small = resize m rank=k
              save small "\(dir)/r {k}.safetensors"
            }
            """)
        #expect(run.0 == .success, "\(run.2)")
        let recipe = try #require(try SafetensorsReader(path: "\(dir)/r 2.safetensors").metadata["lorash.recipe"])
        let json = try JSONParser.parse(recipe)
        #expect(
            json["commands"]?.arrayValue?.compactMap(\.stringValue) == [
                "m = merge a:0.7 b:0.4 method=svd rank=3", "small = resize m rank=2",
                "save small \"\(dir)/r 2.safetensors\"",
            ])
        #expect(
            json["inputs"]?.arrayValue?.compactMap { $0["path"]?.stringValue } == [
                "\(a)/adapter_model.safetensors", "\(b)/adapter_model.safetensors",
            ])
    }

    @Test func lycorisToDiffusersNeedsRankAndReportsTheEnergy() throws {
        let dir = try ScriptRun.temporaryFolder("rank")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let refused = ScriptRun(
            "convert \(Self.peers)/lycoris_loha/lycoris.safetensors \(dir)/d.safetensors format=diffusers")
        #expect(refused.outcome == .failure)
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/d.safetensors"))
        let approximated = ScriptRun(
            "convert \(Self.peers)/lycoris_loha/lycoris.safetensors \(dir)/d.safetensors format=diffusers rank=4")
        #expect(approximated.outcome == .success, "\(approximated.diagnostics)")
        #expect(
            approximated.lines.last?.hasPrefix("approximated 4 modules: retained ") == true, "\(approximated.lines)")
        let written = try LoraFile.loadLora(path: "\(dir)/d.safetensors")
        #expect(written.modules.allSatisfy { $0.factors.isLowRank && $0.rank == 4 })
        // A LoHa of rank 4 has Hadamard rank up to 16: the full-rank (16) approximation keeps everything.
        let exact = ScriptRun(
            "convert \(Self.peers)/lycoris_loha/lycoris.safetensors \(dir)/e.safetensors format=diffusers rank=16")
        #expect(
            exact.lines.last?.hasPrefix(
                "approximated 4 modules: retained 100.0% of the energy on average, lowest 100.0%") == true,
            "\(exact.lines)")
    }

    /// A LoRA made in the session has no file yet: info says so instead of a blank path, "0 B"
    /// and an offer to hash a file that does not exist.
    @Test func infoOnAnUnsavedLoraSaysItIsNotSaved() {
        let run = ScriptRun(
            "load \(Self.peers)/lycoris_loha/lycoris.safetensors as h\nr = resize h rank=2\ninfo r\ninfo h")
        #expect(run.outcome == .success, "\(run.diagnostics)")
        #expect(
            run.lines.contains("LoRA (LyCORIS), generic, rank 2, alpha 2, 4 modules, F32, not saved"), "\(run.lines)")
        #expect(run.lines.contains("file: none: made in this session (save NAME PATH writes it)"))
        #expect(run.lines.filter { $0.hasPrefix("sha256:") }.count == 1, "only h, from its file: \(run.lines)")
        #expect(run.lines.contains("LoRA (LyCORIS), generic, loha, rank 4, alpha 2, 4 modules, F32, 8.7 KB"))
    }

    /// Whether a LoRA is a file or a PEFT folder is decided by what is on disk, not by its
    /// name: a file without the .safetensors extension, and a folder named like one, both show
    /// the weights file's size and hash (sha256sum's).
    @Test func infoFindsTheTensorFileWhateverTheName() throws {
        let dir = try ScriptRun.temporaryFolder("names")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let mlp = "\(Self.peers)/peft_lora_mlp"
        try FileManager.default.copyItem(atPath: "\(mlp)/adapter_model.safetensors", toPath: "\(dir)/plain.lora")
        try FileManager.default.createDirectory(atPath: "\(dir)/folder.safetensors", withIntermediateDirectories: false)
        for file in ["adapter_model.safetensors", "adapter_config.json"] {
            try FileManager.default.copyItem(atPath: "\(mlp)/\(file)", toPath: "\(dir)/folder.safetensors/\(file)")
        }
        let run = ScriptRun("load \(dir)/plain.lora as p\ninfo p\nload \(dir)/folder.safetensors as f\ninfo f")
        #expect(run.outcome == .success, "\(run.diagnostics)")
        let hash = "sha256: d8c0f653f43db71deeaf2b65714787b0f30ac7e06dbb0b1ad74d1f1c905d6f90"
        #expect(run.lines.filter { $0.hasPrefix(hash) }.count == 2, "\(run.lines)")
        #expect(run.lines.filter { $0.hasSuffix(", 3.0 KB") && $0.contains("rank 4") }.count >= 2, "\(run.lines)")
    }

    @Test func badOptionValuesAreNamed() {
        let result = run("load \(Self.peers)/peft_lora_mlp as a\nsave a x.safetensors format=kohyaa")
        #expect(result.2.first?.message == "format must be one of kohya, diffusers, peft, not 'kohyaa'")
        #expect(result.2.first?.suggestion == "kohya")
    }
}
