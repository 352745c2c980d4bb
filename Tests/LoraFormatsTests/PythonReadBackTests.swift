import Foundation
import Testing

@testable import LoraFormats

/// Files lorash writes are read back by Python's `safetensors` and `json`
/// (Scripts/check_formats.py), and their deltas compared with the fixtures' references.
@Suite struct PythonReadBackTests {
    static let python = TestSupport.packageRoot + "/.venv/bin/python3"

    func run(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments = [TestSupport.packageRoot + "/Scripts/check_formats.py"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(arguments: [
        ("peft_lora_mlp", "peft_lora_mlp/delta_peft.safetensors"),
        ("peft_rslora_mlp", "peft_rslora_mlp/delta_peft.safetensors"),
        ("diffusers_tiny_unet_lora/lora_diffusers.safetensors", "diffusers_tiny_unet_lora/delta_peft.safetensors"),
    ])
    func pythonReadsWhatWeWrite(_ source: String, _ delta: String) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.python) else {
            print("skipped: \(Self.python) is missing; run Scripts/check_formats.py --bootstrap")
            return
        }
        let lora = try LoraFile.loadLora(path: TestSupport.fixture("peers/" + source))
        let dir = TestSupport.temporaryFolder()
        for format in LoraFormat.allCases {
            let out = dir + "/\(format.rawValue)" + (format == .peft ? "" : ".safetensors")
            let provenance = Provenance(
                commands: ["convert \(source) out format=\(format.rawValue)"], inputs: [(source, "0")])
            try LoraWriter.save(lora, to: out, options: LoraSaveOptions(format: format, provenance: provenance))
            let (status, output) = try run([
                out, "--format", format.rawValue, "--delta", TestSupport.fixture("peers/" + delta),
            ])
            #expect(status == 0, "\(format): \(output)")
            #expect(output.contains("\"ok\": true"), "\(format): \(output)")
            #expect(output.contains("lorash.recipe"), "\(format): \(output)")
            #expect(output.contains("sshs_model_hash"), "\(format): \(output)")
        }
    }
}
