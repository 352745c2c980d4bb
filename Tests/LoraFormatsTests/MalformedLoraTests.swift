import CTempFiles
import Foundation
import LoraEngine
import Testing

@testable import LoraFormats

/// LoRA files and PEFT configs that PEFT or kohya would refuse or read differently are refused
/// with the file, module and what to fix; a fatal signal's cleanup list holds a writer's
/// temporary file.
@Suite struct MalformedLoraTests {
    /// A kohya module `m` (up 2×1, down 1×2) with `extra` tensors (name → (dtype, shape, bytes)).
    func kohyaFile(extra: [(String, String, [Int], [UInt8])], label: String = #function) -> String {
        var entries: [(String, String, [Int], [UInt8])] = [
            ("lora_unet_m.lora_down.weight", "F32", [1, 2], floats([1, 2])),
            ("lora_unet_m.lora_up.weight", "F32", [2, 1], floats([3, 4])),
        ]
        entries += extra
        var header: [String] = []
        var data: [UInt8] = []
        for (name, dtype, shape, bytes) in entries {
            header.append(
                "\"\(name)\":{\"dtype\":\"\(dtype)\",\"shape\":\(shape),\"data_offsets\":[\(data.count),\(data.count + bytes.count)]}"
            )
            data += bytes
        }
        return TestSupport.file(
            TestSupport.safetensorsBytes(header: "{" + header.joined(separator: ",") + "}", data: data), label: label)
    }

    func floats(_ values: [Float]) -> [UInt8] { values.withUnsafeBytes { Array($0) } }

    func message(_ path: String) -> String {
        do {
            _ = try LoraFile.loadLora(path: path)
            return "loaded"
        } catch { return "\(error)" }
    }

    @Test func alphaMustBeOneNumber() {
        let path = kohyaFile(extra: [("lora_unet_m.alpha", "BOOL", [4], [1, 0, 1, 0])])
        #expect(
            message(path).contains("module 'lora_unet_m': alpha must be one number, but it is BOOL of shape [4]"),
            "\(message(path))")
        #expect(message(kohyaFile(extra: [("lora_unet_m.alpha", "F32", [], floats([2]))])) == "loaded")
    }

    /// Integer or boolean factors are refused when loaded, naming the module and the tensor;
    /// they used to load, then stop lorash with a failed precondition in the first merge.
    @Test func factorsMustBeFloats() {
        for (dtype, bytes) in [("I32", [UInt8](repeating: 1, count: 8)), ("BOOL", [UInt8](repeating: 1, count: 2))] {
            let path = kohyaFile(
                extra: [
                    ("lora_unet_n.lora_down.weight", dtype, [1, 2], bytes),
                    ("lora_unet_n.lora_up.weight", "F32", [2, 1], floats([3, 4])),
                ], label: "int-\(dtype)")
            #expect(
                message(path).hasSuffix(
                    "module 'lora_unet_n': its down tensor is \(dtype), not a float type (F32, F16, BF16, F8); the file is not a usable LoRA"
                ), "\(message(path))")
        }
    }

    @Test func twoSpellingsOfOneRoleAreRefused() {
        let path = kohyaFile(extra: [("lora_unet_m.lora_A.weight", "F32", [1, 2], floats([5, 6]))])
        #expect(message(path).contains("two tensors for the same role"), "\(message(path))")
    }

    @Test func doraMagnitudeMustFitTheWeight() {
        let path = kohyaFile(extra: [("lora_unet_m.dora_scale", "F32", [7], floats([Float](repeating: 1, count: 7)))])
        #expect(
            message(path).contains("the DoRA magnitude has 7 values, but the weight has 2 rows and 2 columns"),
            "\(message(path))")
        // LyCORIS conv layouts: [out, 1, 1, 1] per output row, [1, in, 1, 1] for wd_on_out=False.
        let conv: [(String, String, [Int], [UInt8])] = [
            ("lora_unet_c.lora_down.weight", "F32", [2, 3, 3, 3], floats([Float](repeating: 0.1, count: 54))),
            ("lora_unet_c.lora_up.weight", "F32", [4, 2, 1, 1], floats([Float](repeating: 0.1, count: 8))),
        ]
        for shape in [[4, 1, 1, 1], [1, 3, 1, 1]] {
            let count = shape.reduce(1, *)
            let file = kohyaFile(
                extra: conv + [("lora_unet_c.dora_scale", "F32", shape, floats([Float](repeating: 1, count: count)))],
                label: "conv\(count)")
            #expect(message(file) == "loaded", "\(shape): \(message(file))")
        }
    }

    /// adapter_config.json: PEFT's defaults and refusals (LoraConfig: r=8, lora_alpha=8).
    @Test func peftConfigIsChecked() throws {
        let source = TestSupport.fixture("peers/peft_lora_mlp")
        let config = try String(contentsOfFile: source + "/adapter_config.json", encoding: .utf8)
        func load(_ edit: (String) -> String) throws -> String {
            let dir = TestSupport.temporaryFolder("peft")
            try FileManager.default.copyItem(
                atPath: source + "/adapter_model.safetensors", toPath: dir + "/adapter_model.safetensors")
            try edit(config).write(toFile: dir + "/adapter_config.json", atomically: true, encoding: .utf8)
            do {
                let adapter = try LoraFile.loadLora(path: dir)
                return "alpha \(adapter.modules.map(\.alpha))"
            } catch { return "\(error)" }
        }
        #expect(try load { $0 } == "alpha [Optional(8.0), Optional(8.0), Optional(8.0)]")
        #expect(
            try load { $0.replacingOccurrences(of: "\"lora_alpha\": 8,", with: "\"lora_alpha\": \"x\",") }
                .contains("lora_alpha must be a finite number"))
        // Left out, lora_alpha is PEFT's default 8 (not r, which is 4 here).
        #expect(
            try load { $0.replacingOccurrences(of: "\"lora_alpha\": 8,", with: "") }
                == "alpha [Optional(8.0), Optional(8.0), Optional(8.0)]")
        #expect(
            try load { $0.replacingOccurrences(of: "\"r\": 4,", with: "\"r\": 0,") }.hasSuffix(
                "r must be a whole number of 1 or more, not 0"))
        #expect(
            try load { $0.replacingOccurrences(of: "\"lora_alpha\": 8,", with: "\"lora_alpha\": \"eight\",") }
                .hasSuffix("lora_alpha must be a finite number, not \"eight\""))
        #expect(
            try load { $0.replacingOccurrences(of: "\"lora_alpha\": 8,", with: "\"lora_alpha\": 1e300,") }.contains(
                "lora_alpha must be a finite number"))
        #expect(
            try load {
                $0.replacingOccurrences(of: "\"alpha_pattern\": {}", with: "\"alpha_pattern\": {\"fc1\": \"x\"}")
            }
            .hasSuffix("alpha_pattern gives 'fc1' \"x\", not a finite number"))
        // Without its config a folder's strength is unknown: refused, saying what to do.
        let bare = TestSupport.temporaryFolder("peft-bare")
        try FileManager.default.copyItem(
            atPath: source + "/adapter_model.safetensors", toPath: bare + "/adapter_model.safetensors")
        #expect(
            message(bare).contains(
                "adapter_config.json: invalid adapter config: missing, so lora_alpha (the LoRA's strength) is unknown"),
            "\(message(bare))")
        #expect(message(bare + "/adapter_model.safetensors") == "loaded")
        try FileManager.default.createDirectory(
            atPath: bare + "/adapter_config.json", withIntermediateDirectories: false)
        #expect(
            message(bare).hasSuffix("adapter_config.json: invalid adapter config: is a folder, not a JSON file"),
            "\(message(bare))")
        #expect(
            try load { $0.replacingOccurrences(of: "\"r\": 4,", with: "\"r\": 16,") }
                .contains("has rank 4 but the config gives r=16"))
        #expect(
            try load { $0.replacingOccurrences(of: "\"peft_type\": \"LORA\"", with: "\"peft_type\": \"LOHA\"") }
                .contains("peft_type is LOHA"))
        #expect(
            try load { $0.replacingOccurrences(of: "\"use_dora\": false", with: "\"use_dora\": true") }
                .contains("use_dora is true but no module has a lora_magnitude_vector"))
    }

    /// A writer's temporary file is on the list a SIGTERM handler unlinks until it is published
    /// or removed. (Unlinking the whole list here would remove other tests' files.)
    @Test func temporaryFileIsOnTheSignalCleanupList() throws {
        let dir = TestSupport.temporaryFolder("signal")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for publish in [false, true] {
            let writer = try SafetensorsWriter(
                path: dir + "/out\(publish).safetensors", tensors: [.init(name: "t", dtype: .f32, shape: [1])])
            let hidden = try FileManager.default.contentsOfDirectory(atPath: dir).filter {
                $0.hasPrefix(".out\(publish)")
            }
            #expect(hidden.count == 1)
            let temporary = dir + "/" + hidden[0]
            #expect(lorash_temp_contains(temporary) == 1)
            if publish {
                try writer.write("t", bytes: UnsafeRawBufferPointer(start: [Float(1)], count: 4))
                _ = try writer.finish()
            } else {
                writer.cancel()
            }
            #expect(lorash_temp_contains(temporary) == 0)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["outtrue.safetensors"])
    }
}
