import Foundation
import LoraEngine
import Testing

@testable import LoraFormats

/// The embedded architecture tables, synthetic full-size checkpoints built from them (sparse
/// files: header only on disk), detection, and matching of every kohya module.
@Suite struct ArchitectureTableTests {
    static let files: [(Architecture, String)] = [(.sd1, "sd15"), (.sdxl, "sdxl"), (.flux1, "flux1-dev")]

    /// The tables' folder: the source of truth `ArchitectureTable+Data.swift` is generated from.
    static let tables = TestSupport.packageRoot + "/Sources/LoraFormats/Architectures/Tables/"

    /// Rows of a table: checkpoint key, shape, diffusers, kohya, notes.
    func tsv(_ name: String) throws -> [[String]] {
        let text = try String(contentsOfFile: Self.tables + "\(name).tsv", encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    /// Every table file and the string `Scripts/gen-architecture-tables` embeds it as.
    static let generated: [String: String] = [
        "sd15.tsv": ArchitectureTable.sd15Rows, "sdxl.tsv": ArchitectureTable.sdxlRows,
        "flux1-dev.tsv": ArchitectureTable.flux1Rows,
        "flux1-dev_kohya_te1_names.txt": ArchitectureTable.flux1TextEncoderNames,
    ]

    /// The embedded data is the tables, verbatim (as `CommandReferenceTests` keeps Docs/Language.md
    /// in step with the command table): a table edited without regenerating fails here.
    @Test(arguments: generated.keys.sorted())
    func generatedDataIsTheTables(_ file: String) throws {
        let text = try String(contentsOfFile: Self.tables + file, encoding: .utf8)
        let embedded = Self.generated[file]!
        var stale: String? = nil
        if embedded + "\n" != text {
            let want = text.split(separator: "\n", omittingEmptySubsequences: false)
            let have = (embedded + "\n").split(separator: "\n", omittingEmptySubsequences: false)
            let line =
                zip(want, have).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(want.count, have.count)
            stale =
                "ArchitectureTable+Data.swift differs from Tables/\(file) at line \(line + 1): run Scripts/gen-architecture-tables"
        }
        // The message is the compared value, so it shows on the failure's own line.
        #expect(stale == nil)
    }

    /// Every file of the folder is embedded (a table added without the script's knowing is caught).
    @Test func everyTableIsEmbedded() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.tables).filter { $0 != "README.md" }
        #expect(
            Set(files) == Set(Self.generated.keys), "add the new table to Scripts/gen-architecture-tables and run it")
    }

    /// A full-size checkpoint of `architecture` in `dtype`: a real header, the data section a hole.
    static func syntheticCheckpoint(
        _ architecture: Architecture, dtype: DType = .f16, metadata: String = "", name: String = "ckpt.safetensors"
    ) -> String {
        let table = ArchitectureTable.table(for: architecture)!
        return syntheticCheckpoint(
            table.rows.map { ($0.checkpointKey, $0.shape) }, dtype: dtype, metadata: metadata, name: name,
            label: "\(architecture)")
    }

    /// A checkpoint of the given keys and shapes whose data section is a hole (sparse file).
    static func syntheticCheckpoint(
        _ tensors: [(String, [Int])], dtype: DType = .f16, metadata: String = "", name: String = "ckpt.safetensors",
        label: String = "custom"
    ) -> String {
        var header = "{" + (metadata.isEmpty ? "" : "\"__metadata__\":\(metadata),")
        var offset = 0
        for (n, (key, shape)) in tensors.enumerated() {
            let bytes = shape.reduce(1, *) * dtype.byteSize
            header +=
                (n > 0 ? "," : "")
                + "\"\(key)\":{\"dtype\":\"\(dtype.rawValue)\",\"shape\":[\(shape.map(String.init).joined(separator: ","))],\"data_offsets\":[\(offset),\(offset + bytes)]}"
            offset += bytes
        }
        header += "}"
        header += String(repeating: " ", count: (8 - header.utf8.count % 8) % 8)
        let path = TestSupport.temporaryFolder("synthetic\(label)") + "/" + name
        var bytes = (0..<8).map { UInt8(truncatingIfNeeded: UInt64(header.utf8.count) >> (8 * UInt64($0))) }
        bytes += Array(header.utf8)
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let handle = FileHandle(forWritingAtPath: path)!
        try! handle.truncate(atOffset: UInt64(bytes.count + offset))
        try! handle.close()
        return path
    }

    /// A kohya LoRA (rank 4, zero factors) with one module per kohya name in the table.
    static func kohyaLora(_ architecture: Architecture) -> LoraAdapter {
        let table = ArchitectureTable.table(for: architecture)!
        var modules: [LoraModule] = []
        var seen = Set<String>()
        for row in table.rows {
            for part in row.kohya where seen.insert(part.name).inserted {
                let out = part.rows?.count ?? row.shape[0]
                let rest = Array(row.shape.dropFirst())
                let down = Tensor(zeros: [4] + rest, dtype: .f16)
                let up = Tensor(zeros: [out, 4] + (rest.count == 3 ? [1, 1] : []), dtype: .f16)
                let (_, target) = LoraKeyParser.target(ofStem: part.name, legacy: false)
                modules.append(
                    LoraModule(
                        target: target, sourceName: part.name, factors: .lowRank(up: up, down: down, mid: nil), alpha: 2
                    ))
            }
        }
        return LoraAdapter(modules: modules, scheme: .kohya, alphaSource: .tensors, sourcePath: "synthetic.safetensors")
    }

    @Test(arguments: files)
    func embeddedTableEqualsTheFixture(_ architecture: Architecture, _ file: String) throws {
        let table = ArchitectureTable.table(for: architecture)!
        let rows = try tsv(file)
        #expect(table.rows.count == rows.count)
        for (row, cols) in zip(table.rows, rows) {
            #expect(row.checkpointKey == cols[0])
            #expect(row.shape.map(String.init).joined(separator: ",") == cols[1])
            let diffusers = row.diffusers.map {
                $0.key + ($0.rows.map { "[rows \($0.lowerBound):\($0.upperBound)]" } ?? "")
            }
            // Parts whose rows diffusers reorders (FLUX norm_out's swapped halves) are left out.
            let plain = cols[2].split(separator: ";").filter { !$0.contains(" -> ") }.joined(separator: ";")
            #expect(diffusers.joined(separator: ";") == plain)
            let kohya = row.kohya.map { $0.name + ($0.rows.map { "[rows \($0.lowerBound):\($0.upperBound)]" } ?? "") }
            #expect(kohya.joined(separator: ";") == cols[3])
        }
    }

    /// CLIP-L is spelt as real files spell it, in every name column (Tables/README.md,
    /// "Correction"): checkpoint keys, diffusers keys and kohya names all have `text_model`.
    @Test func clipLRowsHaveTextModel() throws {
        for (file, prefix, kohya) in [
            ("sd15", "cond_stage_model.transformer.", "lora_te_"),
            ("sdxl", "conditioner.embedders.0.transformer.", "lora_te1_"),
        ] {
            let rows = try tsv(file).filter { $0[0].hasPrefix(prefix) }
            #expect(rows.count == 196, "\(file)")
            #expect(
                rows.filter { !$0[0].hasPrefix(prefix + "text_model.") || !$0[2].hasPrefix("text_encoder.text_model.") }
                    .isEmpty, "\(file)")
            let names = rows.map { $0[3] }.filter { !$0.isEmpty }
            #expect(
                names.count == 72 && names.allSatisfy { $0.hasPrefix(kohya + "text_model_encoder_layers_") }, "\(file)")
        }
        let flux = ArchitectureTable.flux1TextEncoderNames.split(separator: "\n")
        #expect(flux.count == 72 && flux.allSatisfy { $0.hasPrefix("lora_te1_text_model_encoder_layers_") })
        // The keys diffusers' single_file_utils recognises SD 1.x and SDXL CLIP-L by.
        #expect(
            ArchitectureTable.sd1.rowIndex[
                "cond_stage_model.transformer.text_model.embeddings.position_embedding.weight"] != nil)
        #expect(
            ArchitectureTable.sdxl.rowIndex[
                "conditioner.embedders.0.transformer.text_model.embeddings.position_embedding.weight"] != nil)
    }

    /// A file's key is read as the table's through the table's aliases, and only there.
    @Test func keyAliasesReadTheOtherSpellings() {
        let long = "cond_stage_model.transformer.text_model.encoder.layers.3.mlp.fc1.weight"
        let short = "cond_stage_model.transformer.encoder.layers.3.mlp.fc1.weight"
        #expect(ArchitectureTable.sd1.tableKey(forFileKey: long) == long)
        #expect(ArchitectureTable.sd1.tableKey(forFileKey: short) == long)
        #expect(
            ArchitectureTable.sd1.tableKey(
                forFileKey: "cond_stage_model.transformer.text_model.embeddings.position_ids") == nil)
        #expect(
            ArchitectureTable.sd1.tableKey(
                forFileKey: "cond_stage_model.transformer.text_model.text_model.encoder.layers.3.mlp.fc1.weight") == nil
        )
        #expect(
            ArchitectureTable.sdxl.tableKey(forFileKey: "conditioner.embedders.0.transformer.final_layer_norm.bias")
                == "conditioner.embedders.0.transformer.text_model.final_layer_norm.bias")
        #expect(ArchitectureTable.sdxl.tableKey(forFileKey: short) == nil)  // SD 1.x's prefix is not SDXL's
        let openCLIP = "conditioner.embedders.1.model.transformer.resblocks.0.attn.in_proj_weight"
        #expect(ArchitectureTable.sdxl.tableKey(forFileKey: openCLIP) == openCLIP)
        #expect(
            ArchitectureTable.flux1.tableKey(forFileKey: "model.diffusion_model.double_blocks.0.img_attn.qkv.weight")
                == "double_blocks.0.img_attn.qkv.weight")
        // A file with both spellings of a tensor is read by the table's, whatever the order.
        #expect(ArchitectureTable.sd1.fileKeys([short]) == [long: short])
        #expect(ArchitectureTable.sd1.fileKeys([short, long]) == [long: long])
        #expect(ArchitectureTable.sd1.fileKeys([long, short]) == [long: long])
    }

    @Test(arguments: files)
    func everyKohyaModuleMatchesATensorOfTheRightShape(_ architecture: Architecture, _ file: String) throws {
        let path = Self.syntheticCheckpoint(architecture)
        let base = try BaseModel(path: path)
        #expect(base.architecture.architecture == architecture)
        let lora = Self.kohyaLora(architecture)
        #expect(ArchitectureDetector.detect(lora: lora, fileName: "x").architecture == architecture)
        let report = ModuleMatcher.check(lora: lora, base: base)
        // Expected: each kohya name's checkpoint key and rows, straight from the TSV.
        var expected: [String: (String, String?)] = [:]
        for cols in try tsv(file) where !cols[3].isEmpty {
            for part in cols[3].split(separator: ";") {
                let name = part.split(separator: "[").first.map(String.init)!
                let rows = part.contains("[rows ") ? String(part.split(separator: "[rows ")[1].dropLast()) : nil
                expected[name] = (cols[0], rows)
            }
        }
        var matched = 0
        for match in report.matches {
            guard case .matched(let key, let rows) = match.status else {
                Issue.record("\(match.summary)")
                continue
            }
            let want = expected[match.sourceName]!
            #expect(key == want.0, "\(match.sourceName)")
            #expect(rows.map { "\($0.lowerBound):\($0.upperBound)" } == want.1, "\(match.sourceName)")
            matched += 1
        }
        #expect(matched == lora.modules.count)
        #expect(report.refusal == nil)
        let counts: [Architecture: Int] = [.sd1: 350, .sdxl: 1052, .flux1: 304]
        #expect(lora.modules.count == counts[architecture])
    }

    @Test func fluxTextEncoderModulesAreReportedMissingNotWrong() throws {
        let base = try BaseModel(path: Self.syntheticCheckpoint(.flux1))
        let te = ArchitectureTable.flux1TextEncoderNames.split(separator: "\n").prefix(3).map { name -> LoraModule in
            let (_, target) = LoraKeyParser.target(ofStem: String(name), legacy: false)
            return LoraModule(
                target: target, sourceName: String(name),
                factors: .lowRank(up: Tensor(zeros: [768, 4]), down: Tensor(zeros: [4, 768]), mid: nil))
        }
        let report = ModuleMatcher.check(
            lora: LoraAdapter(modules: te, scheme: .kohya, alphaSource: .missing, sourcePath: "x"), base: base)
        #expect(report.matchedCount == 0)
        for m in report.matches {
            guard case .missing(let reason) = m.status else { Issue.record("\(m.summary)"); continue }
            #expect(reason.contains("no text encoder"))
        }
    }

    @Test func otherArchitectureIsRefusedWithTheReason() throws {
        let base = try BaseModel(path: Self.syntheticCheckpoint(.sdxl))
        let report = ModuleMatcher.check(lora: Self.kohyaLora(.sd1), base: base)
        #expect(report.matchedCount == 0)
        #expect(report.matches.allSatisfy { $0.status == .otherArchitecture(lora: .sd1, base: .sdxl) })
        #expect(report.refusal == "the LoRA is for SD1.x but the base is SDXL")
        #expect(report.countLine.hasSuffix("\(report.matches.count) other architecture"))
        // force=true matches by name and shape: SD 1.5 names are not SDXL's, and the few that are
        // (diffusers-path aliases) have other widths.
        let forced = ModuleMatcher.check(lora: Self.kohyaLora(.sd1), base: base, force: true)
        #expect(
            forced.matches.allSatisfy {
                if case .otherArchitecture = $0.status { return false }
                return true
            })
        #expect(
            forced.matches.contains {
                if case .shapeMismatch = $0.status { return true }
                return false
            })
    }

    @Test func metadataHintsAndFileNameTagAreReported() throws {
        let path = Self.syntheticCheckpoint(
            .sdxl, metadata: #"{"modelspec.architecture":"stable-diffusion-xl-v1-base"}"#,
            name: "waiNSFW [Illustrious] v11.safetensors")
        let base = try BaseModel(path: path)
        #expect(base.architecture.architecture == .sdxl)
        #expect(base.architecture.hints.map(\.key) == ["modelspec.architecture", "file name tag"])
        #expect(base.architecture.hints.last?.value == "Illustrious")
        #expect(base.architecture.evidence.contains { $0.contains("2048") })
        // Shapes cannot tell SDXL's families apart: said as a note, not as evidence.
        #expect(base.architecture.familyNote?.contains("Pony") == true)
        #expect(!base.architecture.evidence.contains { $0.contains("Pony") })
    }

    @Test func sdxlKohyaConvertsToDiffusersNamesAndBack() throws {
        let lora = Self.kohyaLora(.sdxl)
        let dir = TestSupport.temporaryFolder()
        try LoraWriter.save(lora, to: dir + "/d.safetensors", format: .diffusers)
        let reader = try SafetensorsReader(path: dir + "/d.safetensors")
        #expect(reader.contains("unet.down_blocks.1.attentions.0.transformer_blocks.0.attn1.to_q.lora_A.weight"))
        #expect(reader.contains("text_encoder_2.text_model.encoder.layers.0.self_attn.q_proj.lora_B.weight"))
        #expect(reader.contains("text_encoder.text_model.encoder.layers.11.mlp.fc2.lora_A.weight"))
        let diffusers = try LoraFile.loadLora(path: dir + "/d.safetensors")
        #expect(ArchitectureDetector.detect(lora: diffusers, fileName: "x").architecture == .sdxl)
        try LoraWriter.save(diffusers, to: dir + "/k.safetensors", format: .kohya)
        let names = Set(
            try SafetensorsReader(path: dir + "/k.safetensors").names.filter { $0.hasSuffix(".lora_down.weight") }.map {
                String($0.dropLast(17))
            })
        let want = Set(
            lora.modules.map {
                LoraWriter.kohyaPrefix($0.target.component, architecture: .sdxl, sourceName: "")
                    + LoraWriter.kohyaPath($0.target, architecture: .sdxl)
            })
        #expect(names == want)
        #expect(names.contains("lora_te1_text_model_encoder_layers_0_self_attn_q_proj"))
        #expect(names.contains("lora_unet_input_blocks_4_1_transformer_blocks_0_attn1_to_q"))
    }

    /// ΔW rows `rows` of a module (naive), for spot checks on big fused modules.
    func deltaRows(_ module: LoraModule, _ rows: [Int]) -> [[Float]] {
        guard case .lowRank(let up, let down, nil) = module.factors else { return [] }
        let r = up.shape[1], n = down.count / r
        let u = up.floats(), d = down.floats()
        return rows.map { i in
            (0..<n).map { j in (0..<r).reduce(Float(0)) { $0 + u[i * r + $1] * d[$1 * n + j] } * module.scale }
        }
    }

    @Test func fluxFusedQkvSplitsAndFusesExactly() throws {
        var state: UInt64 = 42
        func random(_ shape: [Int]) -> Tensor {
            Tensor(
                shape: shape,
                values: (0..<shape.reduce(1, *)).map { _ in
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    return Float(Int(state >> 40) % 2001 - 1000) / 1000
                })
        }
        let qkv = LoraModule(
            target: ModuleTarget(component: .denoiser, path: "double_blocks_0_img_attn_qkv", isFlattened: true),
            sourceName: "lora_unet_double_blocks_0_img_attn_qkv",
            factors: .lowRank(up: random([9216, 4]), down: random([4, 3072]), mid: nil), alpha: 2)
        let linear1 = LoraModule(
            target: ModuleTarget(component: .denoiser, path: "single_blocks_3_linear1", isFlattened: true),
            sourceName: "lora_unet_single_blocks_3_linear1",
            factors: .lowRank(up: random([21504, 4]), down: random([4, 3072]), mid: nil), alpha: 8)
        let lora = LoraAdapter(
            modules: [qkv, linear1], scheme: .kohya, alphaSource: .tensors, sourcePath: "flux.safetensors")
        let dir = TestSupport.temporaryFolder()
        try LoraWriter.save(lora, to: dir + "/d.safetensors", format: .diffusers)
        let split = try LoraFile.loadLora(path: dir + "/d.safetensors")
        #expect(
            Set(split.modules.map(\.target.path)) == [
                "transformer_blocks.0.attn.to_q", "transformer_blocks.0.attn.to_k", "transformer_blocks.0.attn.to_v",
                "single_transformer_blocks.3.attn.to_q", "single_transformer_blocks.3.attn.to_k",
                "single_transformer_blocks.3.attn.to_v", "single_transformer_blocks.3.proj_mlp",
            ])
        let base = try BaseModel(path: Self.syntheticCheckpoint(.flux1, dtype: .bf16))
        let report = ModuleMatcher.check(lora: split, base: base)
        #expect(report.matchedCount == 7, "\(report.unmatched.map(\.summary))")
        // Each split piece equals the matching rows of the fused delta.
        let sample = [0, 1, 3071, 3072, 6143, 6144, 9215]
        let fused = deltaRows(qkv, sample)
        for (name, offset) in [("to_q", 0), ("to_k", 3072), ("to_v", 6144)] {
            let piece = split.modules.first { $0.target.path == "transformer_blocks.0.attn.\(name)" }!
            for (n, row) in sample.enumerated() where row >= offset && row < offset + 3072 {
                #expect(TestSupport.relativeError(deltaRows(piece, [row - offset])[0], fused[n]) < 1e-6)
            }
        }
        // Back to kohya: one fused module per weight, same delta rows; the pieces share the
        // down they were split with, so the rank stays 4 (not 3·4 / 4·4 block-diagonal).
        try LoraWriter.save(split, to: dir + "/k.safetensors", format: .kohya)
        let back = try LoraFile.loadLora(path: dir + "/k.safetensors")
        #expect(
            back.modules.map(\.sourceName).sorted() == [
                "lora_unet_double_blocks_0_img_attn_qkv", "lora_unet_single_blocks_3_linear1",
            ])
        let qkvBack = back.modules.first { $0.sourceName.hasSuffix("qkv") }!
        #expect(back.modules.map(\.rank) == [4, 4])
        let backRows = deltaRows(qkvBack, sample)
        for n in sample.indices { #expect(TestSupport.relativeError(backRows[n], fused[n]) < 1e-6) }
        // Pieces with downs of their own (a LoRA trained on diffusers' split layers) are fused
        // block-diagonally: rank 3·4, the same delta rows. (to_k: down ×2, up ×0.5, same ΔW.)
        var own = split
        own.modules = split.modules.map { module in
            guard module.target.path == "transformer_blocks.0.attn.to_k",
                case .lowRank(let up, let down, nil) = module.factors
            else { return module }
            var copy = module
            copy.factors = .lowRank(
                up: Tensor(shape: up.shape, values: up.floats().map { $0 * 0.5 }),
                down: Tensor(shape: down.shape, values: down.floats().map { $0 * 2 }), mid: nil)
            return copy
        }
        try LoraWriter.save(own, to: dir + "/k2.safetensors", format: .kohya)
        let blockDiagonal = try LoraFile.loadLora(path: dir + "/k2.safetensors").modules.first {
            $0.sourceName.hasSuffix("qkv")
        }!
        #expect(blockDiagonal.rank == 12)
        let ownRows = deltaRows(blockDiagonal, sample)
        for n in sample.indices { #expect(TestSupport.relativeError(ownRows[n], fused[n]) < 1e-6) }
        // And to diffusers again: the fused up splits back into rank-4 pieces, same deltas.
        try LoraWriter.save(back, to: dir + "/d2.safetensors", format: .diffusers)
        let again = try LoraFile.loadLora(path: dir + "/d2.safetensors")
        #expect(again.modules.count == 7)
        #expect(again.modules.allSatisfy { $0.rank == 4 })
        for (name, offset) in [("to_q", 0), ("to_k", 3072), ("to_v", 6144)] {
            let piece = again.modules.first { $0.target.path == "transformer_blocks.0.attn.\(name)" }!
            for (n, row) in sample.enumerated() where row >= offset && row < offset + 3072 {
                #expect(TestSupport.relativeError(deltaRows(piece, [row - offset])[0], fused[n]) < 1e-6)
            }
        }
        let l1 = back.modules.first { $0.sourceName.hasSuffix("linear1") }!
        let lrows = [0, 9215, 9216, 21503]
        for (a, b) in zip(deltaRows(l1, lrows), deltaRows(linear1, lrows)) {
            #expect(TestSupport.relativeError(a, b) < 1e-6)
        }
    }

    @Test func unflattenKnowsTheCommonSegments() {
        #expect(
            KeyNames.unflatten("down_blocks_0_attentions_0_transformer_blocks_0_attn1_to_out_0")
                == "down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_out.0")
        #expect(KeyNames.unflatten("model_layers_3_self_attn_q_proj") == "model.layers.3.self_attn.q_proj")
        #expect(KeyNames.unflatten("fc1") == "fc1")
    }

    @Test func sd2UsesSD1UNetNamesAndOpenCLIPFusedRows() throws {
        let path = Self.syntheticCheckpoint([
            ("model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight", [320, 1024]),
            ("model.diffusion_model.input_blocks.1.1.proj_in.weight", [320, 320]),
            ("cond_stage_model.model.transformer.resblocks.0.attn.in_proj_weight", [3072, 1024]),
            ("cond_stage_model.model.transformer.resblocks.0.mlp.c_fc.weight", [4096, 1024]),
        ])
        let base = try BaseModel(path: path)
        #expect(base.architecture.architecture == .sd2)
        func module(_ name: String, out: Int, inputs: Int) -> LoraModule {
            let (_, target) = LoraKeyParser.target(ofStem: name, legacy: false)
            return LoraModule(
                target: target, sourceName: name,
                factors: .lowRank(up: Tensor(zeros: [out, 2]), down: Tensor(zeros: [2, inputs]), mid: nil))
        }
        let lora = LoraAdapter(
            modules: [
                module("lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_k", out: 320, inputs: 1024),
                module("lora_unet_down_blocks_0_attentions_0_proj_in", out: 320, inputs: 320),
                module("lora_te_text_model_encoder_layers_0_self_attn_k_proj", out: 1024, inputs: 1024),
                module("lora_te_text_model_encoder_layers_0_mlp_fc1", out: 4096, inputs: 1024),
                module("lora_te_text_model_encoder_layers_0_mlp_fc2", out: 1024, inputs: 4096),
            ], scheme: .kohya, alphaSource: .missing, sourcePath: "sd2.safetensors")
        let report = ModuleMatcher.check(lora: lora, base: base)
        #expect(
            report.matches.map(\.status) == [
                .matched(baseKey: "model.diffusion_model.input_blocks.1.1.proj_in.weight", rows: nil),
                .matched(
                    baseKey: "model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight", rows: nil),
                .matched(baseKey: "cond_stage_model.model.transformer.resblocks.0.mlp.c_fc.weight", rows: nil),
                .missing(reason: "the base has no cond_stage_model.model.transformer.resblocks.0.mlp.c_proj.weight"),
                .matched(
                    baseKey: "cond_stage_model.model.transformer.resblocks.0.attn.in_proj_weight", rows: 1024..<2048),
            ])
    }

    @Test func moduleSummaryLine() {
        let lora = Self.kohyaLora(.sd1)
        let module = lora.modules.first { $0.sourceName == "lora_te_text_model_encoder_layers_0_mlp_fc1" }!
        #expect(
            module.summary.hasPrefix(
                "lora_te_text_model_encoder_layers_0_mlp_fc1  lora  rank 4  alpha 2  scale 0.5  [3072,768]"))
    }

    @Test func fluxKohyaLoraConvertsToDiffusersAndStillMatches() throws {
        let lora = Self.kohyaLora(.flux1)
        let table = ArchitectureTable.table(for: .flux1)!
        let pieces = lora.modules.reduce(0) { $0 + max(1, table.targets[$1.target.canonicalFlatName]!.diffusers.count) }
        let dir = TestSupport.temporaryFolder()
        try LoraWriter.save(lora, to: dir + "/d.safetensors", format: .diffusers)
        let diffusers = try LoraFile.loadLora(path: dir + "/d.safetensors")
        #expect(diffusers.modules.count == pieces)
        #expect(diffusers.modules.allSatisfy { $0.sourceName.hasPrefix("transformer.") })
        let base = try BaseModel(path: Self.syntheticCheckpoint(.flux1))
        let report = ModuleMatcher.check(lora: diffusers, base: base)
        #expect(report.unmatched.isEmpty, "\(report.unmatched.prefix(3).map(\.summary))")
    }

    @Test func neverWritesOverAProvenanceInput() throws {
        let lora = Self.kohyaLora(.sd1)
        let dir = TestSupport.temporaryFolder()
        let other = dir + "/other.safetensors"
        try SafetensorsWriter.write(path: other, tensors: [("x", Tensor(shape: [1], values: [1]))])
        let options = LoraSaveOptions(
            format: .kohya, overwrite: true, provenance: Provenance(commands: ["merge"], inputs: [(other, "0")]))
        #expect(throws: LoraFormatError.file(.outputIsInput(file: other, input: other))) {
            try LoraWriter.save(lora, to: other, options: options)
        }
    }

    @Test func sdxlDenoiserThroughPeftKeepsItsKohyaNames() throws {
        let unet = Self.kohyaLora(.sdxl)
        let lora = LoraAdapter(
            modules: unet.modules.filter { $0.target.component == .denoiser }, scheme: .kohya,
            alphaSource: .tensors, sourcePath: "x.safetensors")
        let dir = TestSupport.temporaryFolder()
        try LoraWriter.save(lora, to: dir + "/p", format: .peft)
        #expect(
            try SafetensorsReader(path: dir + "/p/adapter_model.safetensors").contains(
                "base_model.model.down_blocks.1.attentions.0.transformer_blocks.0.attn1.to_q.lora_A.weight"))
        let peft = try LoraFile.loadLora(path: dir + "/p")
        try LoraWriter.save(peft, to: dir + "/k.safetensors", format: .kohya)
        let names = Set(
            try SafetensorsReader(path: dir + "/k.safetensors").names.filter { $0.hasSuffix(".alpha") }.map {
                String($0.dropLast(6))
            })
        #expect(names == Set(lora.modules.map(\.sourceName)))
    }

    @Test func checkpointInfoGroupsTensorsByPart() throws {
        let loaded = try LoraFile.load(path: Self.syntheticCheckpoint(.sdxl))
        let info = try FileInfo(loaded, computeHash: false)
        #expect(
            info.tensorGroups.map(\.name) == [
                "conditioner.embedders.0", "conditioner.embedders.1", "first_stage_model", "model.diffusion_model",
            ])
        #expect(info.tensorGroups.reduce(0) { $0 + $1.tensors } == 2513)
        #expect(info.tensorGroups.reduce(0) { $0 + $1.parameters } == info.parameterCount)
        #expect(loaded.summary.line == "checkpoint, SDXL, 2513 tensors, F16, 6.9 GB")
    }

    /// The table built in the background (as `load` asks) is the one a fresh parse gives.
    @Test func tableBuiltInTheBackgroundIsTheSame() throws {
        ArchitectureTable.prepareInBackground(for: .sdxl)
        ArchitectureTable.prepareInBackground(for: .sdxl)  // a second request starts nothing
        ArchitectureTable.prepareInBackground(for: .generic)  // no table: nothing to do
        let shared = try #require(ArchitectureTable.table(for: .sdxl))
        let fresh = ArchitectureTable(architecture: .sdxl, text: ArchitectureTable.sdxlRows)
        #expect(shared.rows.count == 2513 && fresh.rows.count == 2513)
        #expect(Set(shared.targets.keys) == Set(fresh.targets.keys))
        #expect(
            shared.targets.values.map(\.checkpointKey).sorted() == fresh.targets.values.map(\.checkpointKey).sorted())
        #expect(ArchitectureTable.table(for: .generic) == nil)
    }
}
