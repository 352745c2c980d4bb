import Foundation
import LoraEngine
import LoraFormats
import Testing

@testable import LoraScript

/// Bad input found by an adversarial review: each case must stop with a clear error (status
/// 65 in a script), leave no file behind and leave every input as it was.
@Suite struct BadInputTests {
    static let peers = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/peers").path

    /// The folder's entries, hidden temporary files included.
    static func entries(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    static func copyMLP(into folder: String) throws {
        for name in ["base.safetensors", "peft_lora_mlp", "peft_dora_mlp"] {
            let source = name.hasSuffix(".safetensors") ? "\(peers)/peft_lora_mlp/\(name)" : "\(peers)/\(name)"
            try FileManager.default.copyItem(atPath: source, toPath: "\(folder)/\(name)")
        }
    }

    /// A weight that overflows the output dtype is refused with the tensor's name, in both
    /// bake paths (the fused kernel's bytes, and DoRA's F32 result), and nothing is written.
    @Test(arguments: [
        ("peft_lora_mlp:1e37", "f16"), ("peft_lora_mlp:3e38", "f32"), ("peft_dora_mlp:1e37", "f16"),
    ])
    func overflowingBakeIsRefused(_ spec: String, _ dtype: String) throws {
        let dir = try ScriptRun.temporaryFolder("overflow")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.copyMLP(into: dir)
        let before = try Self.entries(dir)
        let run = ScriptRun(
            "load \(dir)/base.safetensors as b\nload \(dir)/\(spec.split(separator: ":")[0]) as a\ns = stack b a:\(spec.split(separator: ":")[1])\nmerge s into \(dir)/out.safetensors dtype=\(dtype)"
        )
        #expect(run.outcome == .failure)
        // The weight is far outside -2…2: said as a warning at the stack, then refused at the bake.
        #expect(run.diagnostics.first?.severity == .warning)
        #expect(run.diagnostics.first?.message.contains("is far outside the usual -2…2") == true)
        let message = run.diagnostics.first { $0.severity == .error }?.message ?? ""
        #expect(message.contains("of the merged weight would be NaN or infinite in \(dtype)"), "\(message)")
        #expect(
            message.hasPrefix("fc1.weight") || message.hasPrefix("fc2.weight") || message.hasPrefix("out.weight"),
            "\(message)")
        #expect(try Self.entries(dir) == before)
        // The same stack at an ordinary weight bakes.
        let fine = ScriptRun(
            "load \(dir)/base.safetensors as b\nload \(dir)/\(spec.split(separator: ":")[0]) as a\ns = stack b a:0.8\nmerge s into \(dir)/out.safetensors dtype=\(dtype)"
        )
        #expect(fine.outcome == .success, "\(fine.diagnostics)")
    }

    @Test func nonFiniteWeightsAreRefusedByWeight() throws {
        let dir = try ScriptRun.temporaryFolder("weight")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.copyMLP(into: dir)
        for value in ["1e999", "z", "-1e39"] {
            let run = ScriptRun(
                "load \(dir)/base.safetensors as b\nload \(dir)/peft_lora_mlp as a\ns = stack b a\nlet z = 1e999 - 1e999\nweight s a \(value)"
            )
            #expect(run.outcome == .failure)
            #expect(
                run.diagnostics.first?.message.contains("is not a finite 32-bit number") == true, "\(run.diagnostics)")
            #expect(run.diagnostics.first?.location?.line == 5)
        }
    }

    /// NaN in a LoRA stops merge and resize with the module's name, not only the bake.
    @Test func nanInALoraStopsMergeAndResize() throws {
        let dir = try ScriptRun.temporaryFolder("nan")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // A copy of the PEFT adapter with one NaN in fc2's lora_B (F32, so set its bytes).
        try FileManager.default.copyItem(atPath: "\(Self.peers)/peft_lora_mlp", toPath: "\(dir)/nan")
        let model = "\(dir)/nan/adapter_model.safetensors"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: model))
        let headerLength = Int(bytes.prefix(8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
        let offset = 8 + headerLength + 1280 + 4 * 5  // fc2.lora_B starts at data byte 1280
        bytes.replaceSubrange(offset..<offset + 4, with: [0x00, 0x00, 0xC0, 0x7F])  // quiet NaN
        try bytes.write(to: URL(fileURLWithPath: model))
        for command in [
            "r = resize a rank=2", "m = merge a b method=svd rank=2", "m = merge a b method=concat",
            "save a \(dir)/copy.safetensors", "convert \(dir)/nan \(dir)/copy.safetensors format=kohya",
        ] {
            let run = ScriptRun("load \(dir)/nan as a\nload \(Self.peers)/peft_lora_mlp as b\n\(command)")
            #expect(run.outcome == .failure, "\(command)")
            let message = run.diagnostics.first?.message ?? ""
            #expect(
                message.contains("module 'base_model.model.fc2' holds NaN or infinite values in up"),
                "\(command): \(message)")
            // The LoRA is named as the session calls it, whichever command found it.
            if !command.contains("save") && !command.contains("convert") {
                #expect(message.hasPrefix("a: "), "\(command): \(message)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/copy.safetensors"))
    }

    /// A narrower dtype that cannot hold a value is refused instead of writing inf: factors of
    /// a saved or converted LoRA, and weights a bake copies through without patching.
    @Test func narrowerDTypesMustHoldEveryValue() throws {
        let dir = try ScriptRun.temporaryFolder("narrow")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let big: [Float] = [1e6, 2, 3, 4]
        try SafetensorsWriter.write(
            path: "\(dir)/big.safetensors",
            tensors: [
                ("lora_unet_fc1.lora_down.weight", Tensor(shape: [1, 2], values: [big[0], big[1]])),
                ("lora_unet_fc1.lora_up.weight", Tensor(shape: [2, 1], values: [big[2], big[3]])),
            ])
        for command in [
            "save a \(dir)/a16.safetensors dtype=f16",
            "convert \(dir)/big.safetensors \(dir)/a16.safetensors format=kohya dtype=f16",
        ] {
            let run = ScriptRun("load \(dir)/big.safetensors as a\n\(command)")
            #expect(run.outcome == .failure, "\(command)")
            #expect(
                run.diagnostics.first?.message.contains(
                    "lora_unet_fc1.lora_down.weight: 1 value is beyond the range of f16") == true,
                "\(command): \(run.diagnostics)")
        }
        // e4m3 has no infinity: 1e6 would be clamped to 448, which is refused the same way.
        let e4m3 = ScriptRun("load \(dir)/big.safetensors as a\nsave a \(dir)/a8.safetensors dtype=fp8_e4m3")
        #expect(
            e4m3.diagnostics.first?.message.contains("1 value is beyond the range of fp8_e4m3") == true,
            "\(e4m3.diagnostics)")
        #expect(
            ScriptRun("load \(dir)/big.safetensors as a\nsave a \(dir)/a16.safetensors dtype=bf16").outcome == .success)
        // The bake: fc1 is patched, a bias of 1e6 is only copied, and F16 cannot hold it.
        try SafetensorsWriter.write(
            path: "\(dir)/base.safetensors",
            tensors: [
                ("fc1.weight", Tensor(shape: [2, 2], values: [0.5, 0.25, 0, 1])),
                ("fc1.bias", Tensor(shape: [2], values: [1e6, 0])),
            ])
        try SafetensorsWriter.write(
            path: "\(dir)/small.safetensors",
            tensors: [
                ("lora_unet_fc1.lora_down.weight", Tensor(shape: [1, 2], values: [0.5, 0.5])),
                ("lora_unet_fc1.lora_up.weight", Tensor(shape: [2, 1], values: [0.5, 0.5])),
            ])
        let bake = ScriptRun(
            "load \(dir)/base.safetensors as b\nload \(dir)/small.safetensors as l\ns = stack b l\nmerge s into \(dir)/out.safetensors dtype=f16"
        )
        #expect(bake.outcome == .failure)
        #expect(
            bake.diagnostics.first?.message.hasPrefix(
                "fc1.bias: 1 value of the base (a weight no LoRA patches) is beyond the range of f16") == true,
            "\(bake.diagnostics)")
        #expect(
            try Self.entries(dir) == ["a16.safetensors", "base.safetensors", "big.safetensors", "small.safetensors"])
    }

    /// `overwrite=true` never replaces a file the session has loaded, and never a device or a
    /// pipe (it replaced /dev/null with a regular file).
    @Test func outputsNeverReplaceLoadedFilesOrSpecialFiles() throws {
        let dir = try ScriptRun.temporaryFolder("targets")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.copyMLP(into: dir)
        let lora = "\(dir)/peft_lora_mlp/adapter_model.safetensors"
        let before = try Data(contentsOf: URL(fileURLWithPath: lora))
        for command in [
            "render spectrum a to \(lora) overwrite=true", "save a \(dir)/peft_lora_mlp format=peft overwrite=true",
            "save a \(dir)/base.safetensors overwrite=true", "merge s into \(dir)/base.safetensors overwrite=true",
        ] {
            let run = ScriptRun(
                "load \(dir)/peft_lora_mlp as a\nload \(dir)/base.safetensors as b\ns = stack b a\n\(command)")
            #expect(run.outcome == .failure, "\(command)")
            // A bake into its own base says so (dropping the stack is not the way out).
            let expected =
                command.hasPrefix("merge") ? "is an input of this bake" : "this file is loaded in the session"
            #expect(run.diagnostics.first?.message.contains(expected) == true, "\(command): \(run.diagnostics)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: lora)) == before)
        #expect(mkfifo("\(dir)/pipe", 0o644) == 0)
        for command in ["save a \(dir)/pipe overwrite=true", "render spectrum a to \(dir)/pipe overwrite=true"] {
            let run = ScriptRun("load \(dir)/peft_lora_mlp as a\n\(command)")
            #expect(run.outcome == .failure, "\(command)")
            #expect(
                run.diagnostics.first?.message.contains("is not a regular file") == true,
                "\(command): \(run.diagnostics)")
            var status = stat()
            #expect(stat("\(dir)/pipe", &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO)
        }
        // Reading a pipe with no writer would wait forever.
        let load = ScriptRun("load \(dir)/pipe as p")
        #expect(load.diagnostics.first?.message.contains("not a regular file") == true, "\(load.diagnostics)")
        let source = ScriptRun("source \(dir)/pipe")
        #expect(source.diagnostics.first?.message.contains("not a regular file") == true, "\(source.diagnostics)")
        #expect(try Self.entries(dir) == ["base.safetensors", "peft_dora_mlp", "peft_lora_mlp", "pipe"])
    }

    /// A file rewritten in place after `load` is refused before its tensors are read (a shrunk
    /// memory-mapped file ended the process with SIGBUS).
    @Test func fileChangedAfterLoadIsRefused() throws {
        let dir = try ScriptRun.temporaryFolder("changed")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.copyMLP(into: dir)
        let output = CapturedOutput()
        var diagnostics: [Diagnostic] = []
        let interpreter = Interpreter(output: output) { diagnostics.append($0) }
        #expect(
            interpreter.run(
                SourceText(name: "t", text: "load \(dir)/base.safetensors as b\nload \(dir)/peft_lora_mlp as a"))
                == .success)
        #expect(truncate("\(dir)/peft_lora_mlp/adapter_model.safetensors", 600) == 0)
        #expect(interpreter.run(SourceText(name: "t", text: "r = resize a rank=2")) == .failure)
        #expect(
            diagnostics.last?.message.contains(
                "adapter_model.safetensors changed on disk since it was loaded (its size went from 3040 to 600 bytes)")
                == true, "\(diagnostics)")
        #expect(interpreter.run(SourceText(name: "t", text: "s = stack b\necho ok")) == .success)
    }

    /// A LoRA made in the session from a loaded one can still read the loaded file (a resize
    /// keeps a DoRA module's magnitude vector as it is): it is refused the same way. One whose
    /// factors are all new does not read the file any more and stays usable.
    @Test func derivedLoraOfAChangedFileIsRefused() throws {
        let dir = try ScriptRun.temporaryFolder("changed-derived")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.copyMLP(into: dir)
        var diagnostics: [Diagnostic] = []
        let interpreter = Interpreter(output: CapturedOutput()) { diagnostics.append($0) }
        let setUp =
            "load \(dir)/peft_dora_mlp as d\nload \(dir)/peft_lora_mlp as a\nkept = resize d rank=2\ncut = resize a rank=2\ndrop a d"
        #expect(interpreter.run(SourceText(name: "t", text: setUp)) == .success, "\(diagnostics)")
        for folder in ["peft_dora_mlp", "peft_lora_mlp"] {
            #expect(truncate("\(dir)/\(folder)/adapter_model.safetensors", 600) == 0)
        }
        #expect(interpreter.run(SourceText(name: "t", text: "save kept \(dir)/k.safetensors")) == .failure)
        #expect(
            diagnostics.last?.message.contains(
                "peft_dora_mlp/adapter_model.safetensors changed on disk since it was loaded (its size went from")
                == true,
            "\(diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/k.safetensors"))
        #expect(
            interpreter.run(SourceText(name: "t", text: "save cut \(dir)/c.safetensors")) == .success, "\(diagnostics)")
    }

    @Test func extractOptionsAndSkippedWeightsAreReported() throws {
        let run = ScriptRun(
            "load \(Self.peers)/peft_lora_mlp/merged.safetensors as t\nload \(Self.peers)/peft_lora_mlp/base.safetensors as b\nx = extract t from b rank=2 clamp=2"
        )
        #expect(run.diagnostics.first?.message == "clamp=2: expected a quantile in (0, 1] (1 = no clamp)")
    }

    /// The messages a docs review found misleading, each now saying what happened and what to do.
    @Test func messagesSayWhatToDo() throws {
        let dir = try ScriptRun.temporaryFolder("messages")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.copyMLP(into: dir)
        let cases: [(String, String)] = [
            ("ls 5", "unexpected argument '5' to ls"),
            (
                "load \(dir)/peft_lora_mlp/adapter_config.json",
                "this is a PEFT adapter's config, not its weights; load the adapter's folder (load \(dir)/peft_lora_mlp)"
            ),
            (
                "load \(dir)/peft_lora_mlp as a\nsave a \(dir)/base.safetensors/a.safetensors",
                "\(dir)/base.safetensors is a file, not a folder; choose another path"
            ),
            (
                "load \(dir)/peft_lora_mlp as a\nrender spectrum a to \(dir)/s.png",
                "this writes SVG, so the name should end in .svg (not .png)"
            ),
            (
                "b = toy\nr = train b on rings rank=2 steps=2 size=8\ns = stack b r\nmerge s into \(dir)/o.safetensors",
                "is the built-in model (a toy, even when loaded from a file)"
            ),
            (
                "load \(dir)/base.safetensors as b\nload \(Self.peers)/lycoris_loha/lycoris.safetensors as l\ns = stack b l force=true",
                "none of its modules matches the base, so even force=true has nothing to apply"
            ),
            (
                "load \(dir)/peft_lora_mlp as a\nsave a \(dir)/base.safetensors format=peft overwrite=true",
                "format=peft writes a folder"
            ),
            (
                "t = toy\nsave t \(dir)/t format=peft",
                "format= applies to saving a LoRA; the built-in model is written as its own F32 checkpoint"
            ),
        ]
        for (script, expected) in cases {
            let run = ScriptRun(script)
            #expect(run.outcome == .failure, "\(script)")
            #expect(
                run.diagnostics.first?.message.contains(expected) == true,
                "\(script): \(run.diagnostics.map(\.message))")
        }
        #expect(try Self.entries(dir) == ["base.safetensors", "peft_dora_mlp", "peft_lora_mlp"])
    }

    /// A refused LoRA is pointed at where it is written, not at the first LoRA; a name twice
    /// is refused at its second place.
    @Test func stackErrorsPointAtTheirLora() throws {
        let dir = try ScriptRun.temporaryFolder("caret")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.copyMLP(into: dir)
        let loads =
            "load \(dir)/base.safetensors as b\nload \(dir)/peft_lora_mlp as a\nload \(Self.peers)/lycoris_loha/lycoris.safetensors as l\n"
        let refused = ScriptRun(loads + "s = stack b a l")
        #expect(refused.diagnostics.first?.message.hasPrefix("l: ") == true, "\(refused.diagnostics)")
        #expect(refused.diagnostics.first?.location?.column == 15)
        let twice = ScriptRun(loads + "s = stack b a:0.5 \"<lora:a:1>\"")
        #expect(twice.diagnostics.first?.message.hasPrefix("'a' is in the stack twice") == true, "\(twice.diagnostics)")
        #expect(twice.diagnostics.first?.location?.column == 19)
    }

    @Test func dropIsAllOrNothingAndToyStacksHaveInfo() {
        let run = ScriptRun("a = toy\nb = toy seed=2\ndrop a nosuch")
        #expect(run.outcome == .failure)
        #expect(run.interpreter.lookup("a") != nil, "drop removed a before failing on nosuch")
        // Loop variables are not session names: dropping one is an error, as before.
        let local = ScriptRun("for x in [1] { drop x }")
        #expect(local.diagnostics.first?.message.contains("no session name 'x'") == true, "\(local.diagnostics)")
        let info = ScriptRun("b = toy\nr = train b on rings rank=2 steps=2 size=8\ns = stack b r:0.5\ninfo s")
        #expect(info.outcome == .success, "\(info.diagnostics)")
        #expect(info.lines.last?.hasPrefix("  r: weight 0.5, ") == true, "\(info.lines)")
    }

    /// A session name spelt like a render keyword does not hide the keyword, and a stack on a
    /// loaded checkpoint is summarised with the base's session name.
    @Test func renderKeywordsAndStackNames() throws {
        let dir = try ScriptRun.temporaryFolder("keywords")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.copyMLP(into: dir)
        let run = ScriptRun(
            "load \(dir)/peft_lora_mlp as spectrum\nrender spectrum spectrum to \(dir)/s.svg\nload \(dir)/base.safetensors as mlp\ns = stack mlp spectrum:0.5\nls"
        )
        #expect(run.outcome == .success, "\(run.diagnostics)")
        #expect(FileManager.default.fileExists(atPath: "\(dir)/s.svg"))
        #expect(run.lines.contains { $0.contains("stack on mlp: spectrum:0.5") }, "\(run.lines)")
    }

    @Test func quietPrintsOnlyWhatIsAskedFor() {
        let output = CapturedOutput()
        let interpreter = Interpreter(output: output) { _ in }
        interpreter.quiet = true
        #expect(interpreter.run(SourceText(name: "t", text: "toy\nb = toy\necho done")) == .success)
        #expect(output.lines == ["done"])
    }
}
