import Foundation
import Testing

/// The bad-input catalogue: files, scripts and commands lorash must refuse (or, for sidecars,
/// read in part and report), each with the exact error, the documented exit status and the
/// files it may leave. `BadInputCatalogueTests` runs every case through the real binary in a
/// fresh folder. Every input is built here from hand-made bytes (or copied from the checked-in
/// PEFT fixture), and every expected message is written out, never taken from lorash.
///
/// To add a case: append a `BadInput` to `cases` (its name must be new), give the files it
/// needs, the arguments, the status and the error; Docs/Reliability.md ("Bad input") says more.
enum BadInputCatalogue {
    /// The documented exit statuses (Docs/Language.md, "Scripts and arguments"): code and meaning.
    enum Status: Sendable {
        case ok, usage, scriptError, inputError

        var code: Int32 {
            switch self {
            case .ok: 0
            case .usage: 64
            case .scriptError: 65
            case .inputError: 74
            }
        }

        /// The meaning column of the table for this status.
        var meaning: String {
            switch self {
            case .ok: "ok"
            case .usage: "usage error"
            case .scriptError: "script error"
            case .inputError: "input error"
            }
        }
    }

    /// How lorash is started.
    enum Launch: Sendable {
        /// Directly, with empty standard input.
        case plain
        /// Under `ulimit -f KIB` (bash): writes past the limit fail with EFBIG, as on a full disk.
        case fileSizeLimit(kib: Int)
        /// As an unprivileged user (uid/gid 65534 through setpriv when the tests run as root,
        /// where permissions do not stop reads or writes; directly otherwise).
        case unprivileged
        /// With the case's folder as standard input (reading it fails with EISDIR).
        case standardInputFromFolder
    }

    /// What is done to the folder after its files are written and before lorash runs.
    enum Preparation: Sendable {
        /// chmod 000 on a file (restored before the inputs are compared).
        case unreadable(String)
        /// A folder with mode 555.
        case readOnlyFolder(String)
        /// A library (library.db) made by `lorash -c "library add loras"`.
        case library
        /// A library made as above, held under a write lock by the test during the run.
        case lockedLibrary
        /// An SQLite database whose `user_version` is 99 (a schema from a newer lorash).
        case newerLibrary
    }

    /// One bad input.
    struct BadInput: Sendable, CustomTestStringConvertible {
        var name: String
        /// Files written in the fresh folder: relative path → bytes (folders are made as needed).
        var files: [String: [UInt8]]
        /// Empty folders to make.
        var folders: [String] = []
        var arguments: [String]
        var status: Status
        /// What the first line of standard error must end with ("" when nothing is expected).
        /// `{dir}` stands for the case's folder, `⟨…⟩` for any text (a parser's byte position).
        var error: String
        /// A line standard output must hold (a problem a library scan reports).
        var report: String? = nil
        /// Files the run may create (a library's index).
        var leaves: [String] = []
        var launch: Launch = .plain
        var preparations: [Preparation] = []

        var testDescription: String { name }
    }

    // MARK: Inputs

    /// The checked-in PEFT fixture's MLP base (fc1 [32, 16], fc2 [32, 32], out [8, 32], F32).
    static let mlpBase: [UInt8] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/peers/peft_lora_mlp/base.safetensors")
        return [UInt8]((try? Data(contentsOf: url)) ?? Data())
    }()

    /// The fixture's PEFT adapter weights (for a folder with a broken config).
    static let mlpAdapter: [UInt8] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/peers/peft_lora_mlp/adapter_model.safetensors")
        return [UInt8]((try? Data(contentsOf: url)) ?? Data())
    }()

    /// A safetensors file: the 8-byte little-endian length, `header` (padded with spaces to a
    /// multiple of 8 when `pad`), then `data`.
    static func safetensors(header: String, data: [UInt8] = [], pad: Bool = true) -> [UInt8] {
        var json = Array(header.utf8)
        while pad && json.count % 8 != 0 { json.append(0x20) }
        return lengthField(UInt64(json.count)) + json + data
    }

    static func lengthField(_ value: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }

    /// A tensor to write: name, dtype, shape and raw bytes.
    struct Tensor {
        var name: String
        var dtype = "F32"
        var shape: [Int]
        var bytes: [UInt8]

        init(_ name: String, dtype: String = "F32", shape: [Int], bytes: [UInt8]) {
            (self.name, self.dtype, self.shape, self.bytes) = (name, dtype, shape, bytes)
        }

        /// F32 values i = 0, 1, … as ((i·37) mod 19 − 9) / 100: small, fixed, never zero-only.
        init(_ name: String, shape: [Int], replacing special: (index: Int, value: Float)? = nil) {
            var values = (0..<shape.reduce(1, *)).map { Float(($0 * 37) % 19 - 9) / 100 }
            if let special { values[special.index] = special.value }
            self.init(name, shape: shape, bytes: BadInputCatalogue.f32(values))
        }
    }

    static func f32(_ values: [Float]) -> [UInt8] {
        values.flatMap { value in (0..<4).map { UInt8(truncatingIfNeeded: value.bitPattern >> (8 * $0)) } }
    }

    /// A safetensors file of `tensors`, in order, with optional metadata.
    static func file(_ tensors: [Tensor], metadata: [String: String] = [:]) -> [UInt8] {
        var entries: [String] = []
        if !metadata.isEmpty {
            entries.append(
                "\"__metadata__\":{"
                    + metadata.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\"\($0.value)\"" }
                    .joined(separator: ",") + "}")
        }
        var offset = 0
        for tensor in tensors {
            entries.append(
                "\"\(tensor.name)\":{\"dtype\":\"\(tensor.dtype)\",\"shape\":\(tensor.shape),\"data_offsets\":[\(offset),\(offset + tensor.bytes.count)]}"
            )
            offset += tensor.bytes.count
        }
        return safetensors(header: "{" + entries.joined(separator: ",") + "}", data: tensors.flatMap(\.bytes))
    }

    /// The MLP modules: name and (out, in).
    static let mlpModules: [(String, Int, Int)] = [("fc1", 32, 16), ("fc2", 32, 32), ("out", 8, 32)]

    /// A kohya LoRA of rank 4 (alpha 4) for the MLP base: per module its alpha, down [4, in]
    /// and up [out, 4]. `inputs` replaces every module's input width (a LoRA for another
    /// model); `special` puts a value into one module's up or down tensor.
    static func kohyaLora(
        inputs: Int? = nil, special: (module: String, role: String, value: Float)? = nil
    ) -> [Tensor] {
        var tensors: [Tensor] = []
        for (module, out, width) in mlpModules {
            let input = inputs ?? width
            let stem = "lora_unet_\(module)"
            tensors.append(Tensor(stem + ".alpha", shape: [], bytes: f32([4])))
            var downSpecial: (index: Int, value: Float)? = nil
            var upSpecial: (index: Int, value: Float)? = nil
            if let special, special.module == module {
                if special.role == "down" { downSpecial = (1, special.value) } else { upSpecial = (5, special.value) }
            }
            tensors.append(Tensor(stem + ".lora_down.weight", shape: [4, input], replacing: downSpecial))
            tensors.append(Tensor(stem + ".lora_up.weight", shape: [out, 4], replacing: upSpecial))
        }
        return tensors
    }

    static let lora = file(kohyaLora())

    /// A kohya LoRA whose every tensor is stored as I32 (the same byte sizes as F32).
    static let integerLora: [UInt8] = file(
        kohyaLora().map { tensor in
            var copy = tensor
            if tensor.name.hasSuffix(".weight") { copy.dtype = "I32" }
            return copy
        })

    /// An SD 1.5 base in part (the first attention's query, conv_in, conv_out and a text
    /// encoder position embedding: SD 1.5 names and shapes, F16 zeros).
    static let sd15Base: [UInt8] = file([
        Tensor(
            "model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn1.to_q.weight", dtype: "F16",
            shape: [320, 320], bytes: [UInt8](repeating: 0, count: 320 * 320 * 2)),
        Tensor(
            "model.diffusion_model.input_blocks.0.0.weight", dtype: "F16", shape: [320, 4, 3, 3],
            bytes: [UInt8](repeating: 0, count: 320 * 36 * 2)),
        Tensor(
            "model.diffusion_model.out.2.weight", dtype: "F16", shape: [4, 320, 3, 3],
            bytes: [UInt8](repeating: 0, count: 320 * 36 * 2)),
    ])

    /// An SDXL LoRA: a module of the second transformer block of input block 4 (which SD 1.5
    /// does not have) and one of text encoder 2.
    static let sdxlLora: [UInt8] = file([
        Tensor("lora_unet_input_blocks_4_1_transformer_blocks_1_attn1_to_q.lora_down.weight", shape: [4, 640]),
        Tensor("lora_unet_input_blocks_4_1_transformer_blocks_1_attn1_to_q.lora_up.weight", shape: [640, 4]),
        Tensor("lora_te2_text_model_encoder_layers_0_mlp_fc1.lora_down.weight", shape: [4, 1280]),
        Tensor("lora_te2_text_model_encoder_layers_0_mlp_fc1.lora_up.weight", shape: [5120, 4]),
    ])

    /// The LoRA cut 100 bytes short; the expected message from its construction: the last
    /// tensor (out's up, 8×4 F32 = 128 bytes) ends at the data size but only size − 100 remain.
    static let truncatedLora: (bytes: [UInt8], message: String) = {
        let tensors = kohyaLora()
        let dataSize = tensors.map(\.bytes.count).reduce(0, +)
        let bytes = file(tensors)
        return (
            Array(bytes.dropLast(100)),
            "x.safetensors: tensor 'lora_unet_out.lora_up.weight' ends at data byte \(dataSize) but the data section has only \(dataSize - 100) bytes; the file is truncated"
        )
    }()

    static let pngBytes: [UInt8] =
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        + [UInt8](repeating: 0, count: 17)
    static let jpegBytes: [UInt8] =
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [UInt8](repeating: 0, count: 40)

    static func text(_ string: String) -> [UInt8] { Array(string.utf8) }

    /// Loads x.safetensors (the usual script of the file cases).
    static let loadX = ["-c", "load x.safetensors as l"]

    /// The base and the LoRA, loaded as b and l, before `tail`.
    static func withBaseAndLora(_ tail: String) -> [String] {
        ["-c", "load base.safetensors as b; load lora.safetensors as l; " + tail]
    }

    static let baseAndLora: [String: [UInt8]] = ["base.safetensors": mlpBase, "lora.safetensors": lora]

    static func loadFile(_ name: String, _ bytes: [UInt8], _ error: String) -> BadInput {
        BadInput(name: name, files: ["x.safetensors": bytes], arguments: loadX, status: .scriptError, error: error)
    }

    static let notValidNonFinite =
        "; nothing was merged (remove the module or fix the file)"

    // MARK: The cases

    static let cases: [BadInput] =
        safetensorsCases + loraCases + commandCases + pathCases + fullDiskCases + libraryCases + scriptCases
        + commandLineCases

    /// Truncated, corrupt, lying and foreign files.
    static let safetensorsCases: [BadInput] = [
        loadFile(
            "empty file", [],
            "x.safetensors: the file is empty (0 bytes); the download or save did not finish"),
        loadFile(
            "shorter than the length field", [0x10, 0, 0],
            "x.safetensors: only 3 bytes, shorter than the 8-byte safetensors header length; the file is truncated"),
        loadFile(
            "header longer than the file", lengthField(4096) + text("{\"a\":1}"),
            "x.safetensors: header length field says 4096 bytes but only 7 follow; the file is truncated or corrupt"),
        loadFile(
            "header length over the limit", lengthField(1 << 62) + text("{}"),
            "x.safetensors: header length field says 4611686018427387904 bytes, over the 100000000-byte limit; not a safetensors file or corrupt"
        ),
        loadFile(
            "header length zero", lengthField(0) + text("{}      "),
            "x.safetensors: the header does not start with '{'; not a safetensors file or corrupt"),
        loadFile(
            "header a JSON array", safetensors(header: "[1,2,3]"),
            "x.safetensors: the header does not start with '{'; not a safetensors file or corrupt"),
        loadFile(
            "header invalid JSON",
            safetensors(header: "{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4]"),
            "x.safetensors: the header is not valid JSON (⟨…⟩); the file is corrupt"),
        loadFile(
            "header not UTF-8",
            safetensors(
                header: "{\"\u{FFFF}\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}",
                data: [0, 0, 0, 0]
            ).map { $0 == 0xEF ? 0xFF : $0 },
            "x.safetensors: the header is not valid UTF-8; the file is corrupt"),
        loadFile(
            "offsets beyond the data",
            safetensors(
                header:
                    "{\"lora_unet_fc1.lora_down.weight\":{\"dtype\":\"F32\",\"shape\":[4,16],\"data_offsets\":[0,256]}}",
                data: [UInt8](repeating: 0, count: 128)),
            "x.safetensors: tensor 'lora_unet_fc1.lora_down.weight' ends at data byte 256 but the data section has only 128 bytes; the file is truncated"
        ),
        loadFile(
            "overlapping offsets",
            safetensors(
                header:
                    "{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]},\"b\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[8,24]}}",
                data: [UInt8](repeating: 0, count: 24)),
            "x.safetensors: tensors 'a' and 'b' overlap in the data section; the file is corrupt"),
        loadFile(
            "data size not shape times dtype",
            safetensors(
                header: "{\"a\":{\"dtype\":\"F32\",\"shape\":[4,4],\"data_offsets\":[0,32]}}",
                data: [UInt8](repeating: 0, count: 32)),
            "x.safetensors: tensor 'a': shape × dtype size is 64 bytes but its data_offsets span 32; the file is corrupt"
        ),
        loadFile(
            "unknown dtype",
            safetensors(
                header: "{\"a\":{\"dtype\":\"Q7\",\"shape\":[4],\"data_offsets\":[0,16]}}",
                data: [UInt8](repeating: 0, count: 16)),
            "x.safetensors: tensor 'a' has unknown dtype 'Q7' (known: F64, F32, F16, BF16, F8_E4M3, F8_E5M2, I8, U8, I16, I32, I64, BOOL)"
        ),
        loadFile(
            "negative dimension",
            safetensors(
                header: "{\"a\":{\"dtype\":\"F32\",\"shape\":[-4],\"data_offsets\":[0,16]}}",
                data: [UInt8](repeating: 0, count: 16)),
            "x.safetensors: tensor 'a' has an invalid shape: dimension -4 is not a non-negative integer"),
        loadFile(
            "bytes before the first tensor",
            safetensors(
                header: "{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[16,32]}}",
                data: [UInt8](repeating: 0, count: 32)),
            "x.safetensors: data bytes 0..<16 before tensor 'a' belong to no tensor; the file is corrupt"),
        loadFile(
            "bytes after the last tensor",
            safetensors(
                header: "{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}",
                data: [UInt8](repeating: 0, count: 64)),
            "x.safetensors: tensors cover 16 data bytes but the data section has 64; extra bytes at the end of the file"
        ),
        loadFile(
            "a tensor named twice",
            safetensors(
                header:
                    "{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]},\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}",
                data: [UInt8](repeating: 0, count: 16)),
            "x.safetensors: tensor 'a' appears twice in the header; the file is corrupt"),
        loadFile(
            "metadata value not a string",
            safetensors(
                header:
                    "{\"__metadata__\":{\"ss_network_dim\":4},\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}",
                data: [UInt8](repeating: 0, count: 16)),
            "x.safetensors: __metadata__ entry 'ss_network_dim': value is not a string"),
        loadFile(
            "empty header", safetensors(header: "{}"),
            "x.safetensors: the file holds no tensors (its header lists none); it is not a model or LoRA: download or save it again"
        ),
        loadFile(
            "metadata and no tensors", safetensors(header: "{\"__metadata__\":{\"ss_network_dim\":\"4\"}}"),
            "x.safetensors: the file holds no tensors (its header lists none); it is not a model or LoRA: download or save it again"
        ),
        loadFile("truncated LoRA (lying header)", truncatedLora.bytes, truncatedLora.message),
        loadFile(
            "PNG named .safetensors", pngBytes,
            "x.safetensors: this is a PNG image, not a safetensors file; give the model's own file (a preview picture often has the model's name)"
        ),
        loadFile(
            "JPEG named .safetensors", jpegBytes,
            "x.safetensors: this is a JPEG image, not a safetensors file; give the model's own file (a preview picture often has the model's name)"
        ),
        loadFile(
            "text named .safetensors", text("load a.safetensors as a\necho hi\n"),
            "x.safetensors: not a safetensors file (looks like a text file); convert it to .safetensors first"),
        loadFile(
            "zip (PyTorch checkpoint) named .safetensors", text("PK") + [3, 4] + [UInt8](repeating: 0, count: 40),
            "x.safetensors: not a safetensors file (looks like a zip archive (a PyTorch .ckpt/.pt/.bin checkpoint)); convert it to .safetensors first"
        ),
        loadFile(
            "gzip named .safetensors", [0x1F, 0x8B, 0x08, 0x00] + [UInt8](repeating: 0, count: 40),
            "x.safetensors: not a safetensors file (looks like a gzip archive (unpack it first)); convert it to .safetensors first"
        ),
    ]

    /// LoRAs that read as safetensors but are no usable LoRA, or do not fit the base.
    static let loraCases: [BadInput] = [
        loadFile(
            "integer LoRA weights", integerLora,
            "x.safetensors: module 'lora_unet_fc1': its down tensor is I32, not a float type (F32, F16, BF16, F8); the file is not a usable LoRA"
        ),
        loadFile(
            "module without its up weight",
            file([
                Tensor("lora_unet_fc1.alpha", shape: [], bytes: f32([4])),
                Tensor("lora_unet_fc1.lora_down.weight", shape: [4, 16]),
            ]),
            "x.safetensors: module 'lora_unet_fc1' has no up (lora_up / lora_B) weight; the file is incomplete"),
        loadFile(
            "up and down ranks differ",
            file([
                Tensor("lora_unet_fc1.lora_down.weight", shape: [4, 16]),
                Tensor("lora_unet_fc1.lora_up.weight", shape: [32, 8]),
            ]),
            "x.safetensors: module 'lora_unet_fc1': up [32, 8] does not fit down [4, 16]"),
        loadFile(
            "only keys of an unknown algorithm", file([Tensor("lora_unet_fc1.oft_blocks", shape: [4, 4])]),
            "x.safetensors: no module of a supported algorithm (LoRA, LoCon, LoHa, LoKr, IA3, full); unknown keys such as lora_unet_fc1.oft_blocks"
        ),
        BadInput(
            name: "NaN in a LoRA, baked",
            files: ["base.safetensors": mlpBase, "lora.safetensors": file(kohyaLora(special: ("fc2", "up", .nan)))],
            arguments: withBaseAndLora("s = stack b l:0.5; merge s into out.safetensors"), status: .scriptError,
            error: "l: module 'lora_unet_fc2' holds NaN or infinite values in up" + notValidNonFinite),
        BadInput(
            name: "infinity in a LoRA, baked",
            files: [
                "base.safetensors": mlpBase, "lora.safetensors": file(kohyaLora(special: ("out", "down", .infinity))),
            ],
            arguments: withBaseAndLora("s = stack b l; merge s into out.safetensors"), status: .scriptError,
            error: "l: module 'lora_unet_out' holds NaN or infinite values in down" + notValidNonFinite),
        BadInput(
            name: "NaN in a LoRA, saved",
            files: ["base.safetensors": mlpBase, "lora.safetensors": file(kohyaLora(special: ("fc1", "up", .nan)))],
            arguments: withBaseAndLora("save l out.safetensors"), status: .scriptError,
            error:
                "module 'lora_unet_fc1' holds NaN or infinite values in up; nothing was written (the file it came from is broken: fix or drop the module)"
        ),
        BadInput(
            name: "NaN in a LoRA, resized",
            files: ["base.safetensors": mlpBase, "lora.safetensors": file(kohyaLora(special: ("fc2", "down", .nan)))],
            arguments: withBaseAndLora("r = resize l rank=2"), status: .scriptError,
            error:
                "l: module 'lora_unet_fc2' holds NaN or infinite values in down; nothing was made (remove the module or fix the file)"
        ),
        BadInput(
            name: "shape mismatch on every module",
            files: ["base.safetensors": mlpBase, "lora.safetensors": file(kohyaLora(inputs: 24))],
            arguments: withBaseAndLora("s = stack b l"), status: .scriptError,
            error:
                "l: no module of the LoRA matches a tensor of the base; run check l on the base to see why (is it for another model?)"
        ),
        BadInput(
            name: "check of a LoRA for another model",
            files: ["base.safetensors": mlpBase, "lora.safetensors": file(kohyaLora(inputs: 24))],
            arguments: withBaseAndLora("check l on b"), status: .scriptError,
            error:
                "l does not fit b: no module of the LoRA matches a tensor of the base; stacking it is refused unless force=true"
        ),
        BadInput(
            name: "SDXL LoRA on an SD 1.5 base",
            files: ["base.safetensors": sd15Base, "lora.safetensors": sdxlLora],
            arguments: withBaseAndLora("s = stack b l; merge s into out.safetensors"), status: .scriptError,
            error:
                "l: no module of the LoRA matches a tensor of the base; run check l on the base to see why (is it for another model?)"
        ),
        BadInput(
            name: "a checkpoint where a LoRA belongs", files: baseAndLora,
            arguments: withBaseAndLora("s = stack b b"), status: .scriptError, error: "'b' is a base, not a LoRA"),
        BadInput(
            name: "PEFT folder with broken adapter_config.json",
            files: [
                "peft/adapter_model.safetensors": mlpAdapter,
                "peft/adapter_config.json": text("{\"r\": 4, \"lora_alpha\": "),
            ],
            arguments: ["-c", "load peft as l"], status: .scriptError,
            error:
                "peft/adapter_config.json: invalid adapter config: not valid JSON (⟨…⟩); fix the file or export the adapter again"
        ),
        BadInput(
            name: "folder without adapter weights", files: [:], folders: ["peft"], arguments: ["-c", "load peft as l"],
            status: .scriptError,
            error: "peft: a folder without adapter_model.safetensors; give a .safetensors file or a PEFT adapter folder"
        ),
    ]

    static func command(_ name: String, _ tail: String, _ error: String) -> BadInput {
        BadInput(name: name, files: baseAndLora, arguments: withBaseAndLora(tail), status: .scriptError, error: error)
    }

    /// Bad numbers, ranges, options and names in commands.
    static let commandCases: [BadInput] = [
        command(
            "weight not a number", "s = stack b l:abc",
            "'l:abc': 'abc' is not a weight; write NAME, NAME:W, NAME:te=W:unet=W or NAME:W:lbw=PRESET"),
        command(
            "weight beyond Float", "s = stack b l:1e999",
            "'l:1e999': weight 1e999 is not a finite 32-bit number (at most ±3.4e38); LoRA weights are usually between -2 and 2; write NAME, NAME:W, NAME:te=W:unet=W or NAME:W:lbw=PRESET"
        ),
        command(
            "weight of a LoRA not in the stack", "s = stack b l:0.5; weight s nobody 0.5",
            "'nobody' is not in the stack (it holds l); add it with stack"),
        command(
            "a LoRA stacked twice", "s = stack b l:0.5 l:0.5",
            "'l' is in the stack twice; give it one weight (the weights add up: l:1), or load the file again under another name to stack it twice"
        ),
        command("rank zero", "r = resize l rank=0", "rank=0: expected a whole number ≥ 1"),
        command("rank negative", "r = resize l rank=-3", "rank=-3: expected a whole number ≥ 1"),
        command("rank fractional", "r = resize l rank=2.5", "rank=2.5: expected a whole number ≥ 1"),
        command("extract rank zero", "e = extract b from b rank=0", "rank=0: expected a whole number ≥ 1"),
        command(
            "unknown merge method", "m = merge l:0.5 method=bogus",
            "method must be one of concat, svd, ties, dare_linear, dare_ties, magnitude_prune, kohya_sum, kohya_concat, peft_linear, peft_svd, not 'bogus'"
        ),
        command(
            "density above one", "m = merge l:0.5 method=ties density=2", "density=2: expected a fraction in (0, 1]"),
        command(
            "unknown dtype option", "save l out.safetensors dtype=q9",
            "dtype must be one of f32, f16, bf16, fp8_e4m3, fp8_e5m2, not 'q9'"),
        command(
            "unknown option", "save l out.safetensors bogus=1",
            "save has no option 'bogus' (its options are format, dtype, overwrite, rank)"),
        command(
            "unknown format", "convert lora.safetensors out.safetensors format=onnx",
            "format must be one of kohya, diffusers, peft, not 'onnx'"),
        command("training steps zero", "t = toy; u = train t on rings steps=0", "train: steps=0 is not in 1…100000"),
        command(
            "training steps negative", "t = toy; u = train t on rings steps=-1", "train: steps=-1 is not in 1…100000"),
        command("render size zero", "t = toy; render t to out.png size=0", "size must be 1…4096, not 0"),
        command("range step zero", "for w in 0..1 step 0 { echo $w }", "a range step cannot be 0"),
        command(
            "range step the wrong way", "for w in 1..0 step 0.5 { echo $w }",
            "step 0.5 never gets from 1 to 0 (use a negative step)"),
        command("unknown session name", "check l on nothing", "no session name 'nothing' (see 'ls')"),
        command("missing argument", "info", "info needs NAME (usage: info NAME [modules] [hash=true|false])"),
    ]

    /// Missing, unreadable and unwritable paths; outputs over inputs or existing files.
    static let pathCases: [BadInput] = [
        BadInput(
            name: "missing file", files: [:], arguments: ["-c", "load nowhere.safetensors as n"], status: .scriptError,
            error: "nowhere.safetensors: cannot open: No such file or directory; check the path"),
        BadInput(
            name: "unreadable file", files: baseAndLora, arguments: ["-c", "load lora.safetensors as l"],
            status: .scriptError,
            error:
                "lora.safetensors: cannot open: Permission denied; this user may not read the file: check its permissions (ls -l)",
            launch: .unprivileged, preparations: [.unreadable("lora.safetensors")]),
        BadInput(
            name: "read-only folder, save", files: baseAndLora, folders: ["ro"],
            arguments: withBaseAndLora("save l ro/out.safetensors"), status: .scriptError,
            error:
                "ro/out.safetensors: cannot write: Permission denied (nothing was written; the folder is not writable: write to another folder or change its permissions)",
            launch: .unprivileged, preparations: [.readOnlyFolder("ro")]),
        BadInput(
            name: "read-only folder, bake", files: baseAndLora, folders: ["ro"],
            arguments: withBaseAndLora("s = stack b l; merge s into ro/out.safetensors"), status: .scriptError,
            error:
                "ro/out.safetensors: cannot write: Permission denied (nothing was written; the folder is not writable: write to another folder or change its permissions)",
            launch: .unprivileged, preparations: [.readOnlyFolder("ro")]),
        BadInput(
            name: "read-only folder, render", files: baseAndLora, folders: ["ro"],
            arguments: withBaseAndLora("t = toy; render t to ro/out.png size=8"), status: .scriptError,
            error:
                "ro/out.png: cannot write: Permission denied (nothing was written; the folder is not writable: write to another folder or change its permissions)",
            launch: .unprivileged, preparations: [.readOnlyFolder("ro")]),
        command(
            "save over its own input", "save l lora.safetensors",
            "lora.safetensors: is one of the inputs (lora.safetensors); write to another path"),
        command(
            "save over a loaded file with overwrite", "save l lora.safetensors overwrite=true",
            "lora.safetensors: this file is loaded in the session (l reads it); write to another file, or drop l first"),
        command(
            "bake over its base with overwrite", "s = stack b l; merge s into base.safetensors overwrite=true",
            "base.safetensors is an input of this bake (the stack reads it); a bake never writes over its inputs: write to another file"
        ),
        command(
            "convert over its input", "convert lora.safetensors lora.safetensors format=kohya overwrite=true",
            "lora.safetensors: this file is loaded in the session (l reads it); write to another file, or drop l first"),
        command(
            "save over an existing file", "save l base.safetensors",
            "base.safetensors: already exists; add overwrite=true to replace it, or choose another name"),
        command(
            "render over an existing file", "t = toy; render t to lora.safetensors size=8",
            "lora.safetensors: already exists; add overwrite=true to replace it, or choose another name"),
        command(
            "output under a file", "save l base.safetensors/out.safetensors",
            "base.safetensors/out.safetensors: cannot write: base.safetensors is a file, not a folder; choose another path"
        ),
        BadInput(
            name: "save to a folder", files: baseAndLora, folders: ["outdir"],
            arguments: withBaseAndLora("save l outdir overwrite=true"), status: .scriptError,
            error: "outdir: cannot write: it is a folder; give a file name (e.g. outdir/out.safetensors)"),
        BadInput(
            name: "bake to a folder", files: baseAndLora, folders: ["outdir"],
            arguments: withBaseAndLora("s = stack b l; merge s into outdir overwrite=true"), status: .scriptError,
            error: "outdir: cannot write: it is a folder; give a file name (e.g. outdir/out.safetensors)"),
        command("quit with a status over 255", "quit 300", "exit status must be 0…255, not 300"),
    ]

    static let diskFull =
        ": cannot write: File too large (nothing was kept; free some space or write to another folder)"

    /// A full disk (a 2 KiB file-size limit: the 3.3 KB LoRA and 7.9 KB bake do not fit).
    static let fullDiskCases: [BadInput] = [
        BadInput(
            name: "disk full, bake", files: baseAndLora,
            arguments: withBaseAndLora("s = stack b l; merge s into out.safetensors"), status: .scriptError,
            error: "out.safetensors" + diskFull, launch: .fileSizeLimit(kib: 2)),
        BadInput(
            name: "disk full, save", files: baseAndLora, arguments: withBaseAndLora("save l out.safetensors"),
            status: .scriptError, error: "out.safetensors" + diskFull, launch: .fileSizeLimit(kib: 2)),
        BadInput(
            name: "disk full, PEFT folder", files: baseAndLora,
            arguments: withBaseAndLora("save l adapter format=peft"), status: .scriptError,
            error: "adapter/adapter_model.safetensors" + diskFull, launch: .fileSizeLimit(kib: 2)),
        BadInput(
            name: "disk full, convert", files: baseAndLora,
            arguments: ["-c", "convert lora.safetensors out.safetensors format=diffusers"], status: .scriptError,
            error: "out.safetensors" + diskFull, launch: .fileSizeLimit(kib: 2)),
        BadInput(
            name: "disk full, render", files: baseAndLora,
            arguments: ["-c", "t = toy; render t to out.png size=256"], status: .scriptError,
            error: "out.png" + diskFull, launch: .fileSizeLimit(kib: 2)),
    ]

    /// A damaged, locked or newer library; a missing folder; sidecars with broken JSON.
    static let libraryCases: [BadInput] = [
        BadInput(
            name: "library add of a missing folder", files: [:], arguments: ["-c", "library add nowhere"],
            status: .scriptError,
            error: "nowhere is not a folder; give the folder that holds your LoRAs (e.g. models/Lora)"),
        BadInput(
            name: "library damaged",
            files: ["library.db": Array(String(repeating: "garbage ", count: 600).utf8)],
            arguments: ["-c", "find hero"], status: .scriptError,
            error:
                "the library {dir}/library.db is damaged or not a library (file is not a database); move it aside, then `library add` your folders and `library scan` to rebuild it (bookmarks, tags and notes lived in it)"
        ),
        BadInput(
            name: "library from a newer lorash", files: [:], arguments: ["-c", "find hero"], status: .scriptError,
            error:
                "the library {dir}/library.db was written by a newer lorash (schema 99, this one knows up to ⟨…⟩); update lorash, or set LORASH_LIBRARY to another file",
            preparations: [.newerLibrary]),
        BadInput(
            name: "library locked by another writer", files: ["loras/hero.safetensors": lora],
            arguments: ["-c", "library scan"], status: .scriptError,
            error:
                "the library {dir}/library.db is busy (another lorash is writing it); try again when it has finished",
            preparations: [.lockedLibrary]),
        BadInput(
            name: "A1111 sidecar with broken JSON",
            files: ["loras/hero.safetensors": lora, "loras/hero.json": text("{\"activation text\": \"hero\", ")],
            arguments: ["-c", "library scan"], status: .ok, error: "",
            report: "  {dir}/loras/hero.json: not valid JSON (⟨…⟩)", leaves: ["library.db"], preparations: [.library]),
        BadInput(
            name: "Civitai Helper sidecar with broken JSON",
            files: ["loras/hero.safetensors": lora, "loras/hero.civitai.info": text("{\"trainedWords\": [")],
            arguments: ["-c", "library scan"], status: .ok, error: "",
            report: "  {dir}/loras/hero.civitai.info: not valid JSON (⟨…⟩)", leaves: ["library.db"],
            preparations: [.library]),
        BadInput(
            name: "Stability Matrix sidecar with broken JSON",
            files: ["loras/hero.safetensors": lora, "loras/hero.cm-info.json": text("{\"TrainedWords\": \"hero\"")],
            arguments: ["-c", "library scan"], status: .ok, error: "",
            report: "  {dir}/loras/hero.cm-info.json: not valid JSON (⟨…⟩)", leaves: ["library.db"],
            preparations: [.library]),
    ]

    static func script(_ name: String, _ text: String, _ error: String) -> BadInput {
        BadInput(
            name: name, files: ["bad.lsh": Array(text.utf8)], arguments: ["bad.lsh"], status: .scriptError, error: error
        )
    }

    /// Syntax and runtime errors in script files, named by file, line and column.
    static let scriptCases: [BadInput] = [
        script(
            "unterminated string", "echo \"start\"\necho \"unterminated\n",
            "bad.lsh:2:6: error: unterminated string (the input ends before it is closed)"),
        script("misspelt command", "echo \"start\"\n  ecoh oops\n", "bad.lsh:2:3: error: unknown command 'ecoh'"),
        script(
            "unclosed block", "echo \"start\"\nfor w in 0..1 step 0.5 {\n  echo $w\n",
            "bad.lsh:2:24: error: '{' is never closed (the input ends before it is closed)"),
        script("unexpected token", "echo \"x\" extra = = 2\n", "bad.lsh:1:16: error: expected a value, found '='"),
        script("unknown name at run time", "let a = 1\necho $missing\n", "bad.lsh:2:6: error: unknown name '$missing'"),
        script(
            "source of a missing file", "echo \"one\"\nsource nowhere.lsh\n",
            "bad.lsh:2:8: error: cannot read 'nowhere.lsh': no such file"),
        BadInput(
            name: "error inside a sourced file",
            files: ["bad.lsh": text("source inner.lsh\n"), "inner.lsh": text("echo \"in\"\n\n  ecoh oops\n")],
            arguments: ["bad.lsh"], status: .scriptError, error: "inner.lsh:3:3: error: unknown command 'ecoh'"),
        BadInput(
            name: "script that is not UTF-8", files: ["bad.lsh": text("echo ") + [0xFF, 0xFE] + text("\n")],
            arguments: ["bad.lsh"], status: .usage,
            error: "lorash: cannot read 'bad.lsh': it is not a UTF-8 text script"
        ),
    ]

    /// Bad command lines and standard input.
    static let commandLineCases: [BadInput] = [
        BadInput(
            name: "unknown command-line option", files: [:], arguments: ["--bogus"], status: .usage,
            error: "lorash: unknown option '--bogus' (see lorash --help)"),
        BadInput(
            name: "-c without its text", files: [:], arguments: ["-c"], status: .usage,
            error: "lorash: -c needs the text to run"),
        BadInput(
            name: "missing script", files: [:], arguments: ["nowhere.lsh"], status: .usage,
            error: "lorash: cannot read 'nowhere.lsh': no such file"),
        BadInput(
            name: "script that is a folder", files: [:], folders: ["dir.lsh"], arguments: ["dir.lsh"], status: .usage,
            error: "lorash: cannot read 'dir.lsh': it is a folder, not a script"),
        BadInput(
            name: "unreadable standard input", files: [:], arguments: ["-"], status: .inputError,
            error: "lorash: cannot read standard input: Is a directory", launch: .standardInputFromFolder),
    ]
}
