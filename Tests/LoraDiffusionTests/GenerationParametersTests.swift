import Foundation
import Testing

@testable import LoraDiffusion

/// A1111 infotexts. The syntax rules are checked against Python's own `re.findall`, `json.dumps`,
/// `json.loads` and `str.strip` (`Scripts/fixtures/png_text.py` → `infotext_syntax.json`); the
/// infotexts below were written by hand following A1111 1.10's `create_infotext` and
/// `parse_generation_parameters` (and, for the older forms, the versions that wrote them).
@Suite struct GenerationParametersTests {
    static let folder: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path + "/Tests/Fixtures/Diffusion/png/"
    }()

    static func json(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + name))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    // MARK: The text rules, against Python

    @Test func fieldRegexMatchesPythonsFindall() throws {
        let cases = try Self.json("infotext_syntax.json")["findall"] as! [[String: Any]]
        #expect(cases.count == 18)
        for entry in cases {
            let line = entry["line"] as! String
            let want = (entry["fields"] as! [[String]]).map { $0[0] + "=" + $0[1] }
            let got = Infotext.findFields(in: Array(line.unicodeScalars)).map { $0.0 + "=" + $0.1 }
            #expect(got == want, "\(line)")
        }
    }

    @Test func quoteUnquoteAndStripMatchPython() throws {
        let reference = try Self.json("infotext_syntax.json")
        for entry in reference["quote"] as! [[String: String]] {
            #expect(Infotext.quote(entry["value"]!) == entry["quoted"]!)
            #expect(Infotext.unquote(entry["quoted"]!) == entry["value"]! || !entry["quoted"]!.hasPrefix("\""))
        }
        for entry in reference["unquote"] as! [[String: String]] {
            #expect(Infotext.unquote(entry["text"]!) == entry["value"]!, "\(entry["text"]!)")
        }
        for entry in reference["strip"] as! [[String: String]] {
            #expect(Infotext.pythonStrip(entry["text"]!) == entry["stripped"]!)
        }
        // A lone surrogate is a Python string Swift cannot hold: the text stays as written.
        #expect(Infotext.unquote("\"a \\ud800 b\"") == "\"a \\ud800 b\"")
    }

    // MARK: Writing

    static let lorashRender = GenerationParameters(
        prompt: "a castle, (golden hour:1.2)\nsecond line", negativePrompt: "blurry, lowres", steps: 30,
        sampler: .lorash(.dpmpp2m), karras: true, cfgScale: 6.5, seed: 4_294_967_295, width: 512, height: 768,
        clipSkip: 2, modelHash: "6ce0161689", modelName: "my model, v2: final",
        loraHashes: [.init(name: "hero", hash: "0123456789ab"), .init(name: "style", hash: "ba9876543210")])

    @Test func writesA1111FieldOrderAndQuoting() throws {
        #expect(
            Self.lorashRender.infotext == """
                a castle, (golden hour:1.2)
                second line
                Negative prompt: blurry, lowres
                Steps: 30, Sampler: DPM++ 2M, Schedule type: Karras, CFG scale: 6.5, Seed: 4294967295, \
                Size: 512x768, Model hash: 6ce0161689, Model: "my model, v2: final", Clip skip: 2, RNG: CPU, \
                Lora hashes: "hero: 0123456789ab, style: ba9876543210", Version: lorash
                """)
        #expect(try GenerationParameters(parsingInfotext: Self.lorashRender.infotext) == Self.lorashRender)
    }

    @Test func writesTheDefaultsAsA1111Does() throws {
        // No negative prompt line; Clip skip 1, the GPU RNG and a missing version are not written;
        // the standard schedule is "Automatic" for Euler a and "Uniform" for DPM++ 2M.
        var plain = GenerationParameters(prompt: "  a fox  ", seed: 7, width: 512, height: 512, rng: .gpu, version: nil)
        #expect(
            plain.infotext
                == "a fox  \nSteps: 20, Sampler: Euler a, Schedule type: Automatic, CFG scale: 7, Seed: 7, Size: 512x512"
        )
        plain.sampler = .lorash(.dpmpp2m)
        #expect(
            plain.infotext.hasSuffix("Sampler: DPM++ 2M, Schedule type: Uniform, CFG scale: 7, Seed: 7, Size: 512x512"))
        plain.sampler = .lorash(.ddim)
        plain.karras = true
        #expect(plain.infotext.contains("Sampler: DDIM, Schedule type: Karras,"))
        // An empty prompt leaves the fields alone.
        let empty = GenerationParameters(prompt: "", negativePrompt: "n", seed: 1, width: 64, height: 64)
        #expect(empty.infotext.hasPrefix("Negative prompt: n\nSteps: 20,"))
        #expect(try GenerationParameters(parsingInfotext: empty.infotext) == empty)
    }

    @Test func loraNamesLoseColonsAndCommasAsInA1111() {
        let parameters = GenerationParameters(
            prompt: "p", seed: 1, width: 64, height: 64, loraHashes: [.init(name: "odd:name, v2", hash: "abc")])
        #expect(parameters.infotext.contains("Lora hashes: \"oddname v2: abc\""))
    }

    @Test func roundTripsManyLorashRenders() throws {
        let prompts = [
            "猫の女の子, 桜 🌸, “soft light”", "tabs\tand \"quotes\" and {braces}", "one line",
            "first\nsecond\nthird", "Negative-looking: no, fine",
        ]
        var index = 0
        for prompt in prompts {
            for sampler in SamplerKind.allCases {
                for karras in [false, true] {
                    index += 1
                    let parameters = GenerationParameters(
                        prompt: prompt, negativePrompt: index % 3 == 0 ? "" : "bad, \"ugly\"\nworse",
                        steps: index, sampler: .lorash(sampler), karras: karras, cfgScale: Double(index) / 4,
                        seed: UInt64(index) * 1_000_003, width: 64 * (index % 5 + 1), height: 512,
                        clipSkip: index % 2 + 1, modelHash: index % 4 == 0 ? nil : "0123456789",
                        modelName: index % 4 == 0 ? nil : "model_\(index)",
                        loraHashes: (0..<(index % 3)).map { .init(name: "lora\($0)", hash: "\($0)0000000000a") })
                    #expect(try GenerationParameters(parsingInfotext: parameters.infotext) == parameters, "\(index)")
                }
            }
        }
    }

    // MARK: Reading A1111, Forge and Civitai infotexts

    /// A1111 1.10 with Hires fix, VAE, LoRAs, an embedding and ADetailer.
    static let a1111v110 = """
        masterpiece, best quality, 1girl, silver hair, (detailed eyes:1.2), <lora:add_detail:0.6>, <lora:hero_v2:0.8>
        Negative prompt: lowres, bad anatomy, easynegative
        Steps: 28, Sampler: DPM++ 2M, Schedule type: Karras, CFG scale: 7, Seed: 2891346752, Size: 512x768, \
        Model hash: 6ce0161689, Model: v1-5-pruned-emaonly, VAE hash: 735e4c3a44, \
        VAE: vae-ft-mse-840000-ema-pruned.safetensors, Denoising strength: 0.45, Clip skip: 2, Hires upscale: 2, \
        Hires steps: 15, Hires upscaler: R-ESRGAN 4x+ Anime6B, Lora hashes: "add_detail: 7c6bad76eb54, hero_v2: \
        0123456789ab", TI hashes: "easynegative: c74b4e810b03", ADetailer model: face_yolov8n.pt, \
        ADetailer prompt: "detailed face, smiling", ADetailer confidence: 0.3, ADetailer dilate erode: 4, \
        ADetailer mask blur: 4, ADetailer denoising strength: 0.4, ADetailer inpaint only masked: True, \
        ADetailer inpaint padding: 32, ADetailer version: 24.1.2, Version: v1.10.1
        """

    @Test func readsA1111v110WithHiresAndADetailer() throws {
        let read = try GenerationParameters(parsingInfotext: Self.a1111v110)
        #expect(
            read.prompt
                == "masterpiece, best quality, 1girl, silver hair, (detailed eyes:1.2), <lora:add_detail:0.6>, <lora:hero_v2:0.8>"
        )
        #expect(read.negativePrompt == "lowres, bad anatomy, easynegative")
        #expect(read.steps == 28 && read.sampler == .lorash(.dpmpp2m) && read.karras && read.cfgScale == 7)
        #expect(read.seed == 2_891_346_752 && read.width == 512 && read.height == 768 && read.clipSkip == 2)
        #expect(read.modelHash == "6ce0161689" && read.modelName == "v1-5-pruned-emaonly")
        #expect(
            read.loraHashes == [
                .init(name: "add_detail", hash: "7c6bad76eb54"), .init(name: "hero_v2", hash: "0123456789ab"),
            ])
        #expect(read.rng == .gpu && read.version == "v1.10.1")
        #expect(
            read.extraFields.map(\.key) == [
                "VAE hash", "VAE", "Denoising strength", "Hires upscale", "Hires steps", "Hires upscaler", "TI hashes",
                "ADetailer model", "ADetailer prompt", "ADetailer confidence", "ADetailer dilate erode",
                "ADetailer mask blur", "ADetailer denoising strength", "ADetailer inpaint only masked",
                "ADetailer inpaint padding", "ADetailer version",
            ])
        #expect(read.extraField("ADetailer prompt") == "detailed face, smiling")
        #expect(read.extraField("TI hashes") == "easynegative: c74b4e810b03")
        #expect(read.extraField("Hires upscaler") == "R-ESRGAN 4x+ Anime6B")
        // Written back, it is the same text.
        #expect(read.infotext == Self.a1111v110)
    }

    @Test func readsTheOldSamplerNameWithKarrasAndWritesTheNewForm() throws {
        let v160 = """
            a portrait of an old sailor, oil painting
            Negative prompt: cartoon
            Steps: 30, Sampler: DPM++ 2M Karras, CFG scale: 7.5, Seed: 123456789, Face restoration: CodeFormer, \
            Size: 640x512, Model hash: 6ce0161689, Model: v1-5-pruned-emaonly, Variation seed: 42, \
            Variation seed strength: 0.3, ENSD: 31337, Lora hashes: "sailor: abcdef012345", Version: v1.6.0
            """
        let read = try GenerationParameters(parsingInfotext: v160)
        #expect(read.sampler == .lorash(.dpmpp2m) && read.schedule == .karras)
        #expect(read.cfgScale == 7.5 && read.width == 640 && read.height == 512 && read.clipSkip == 1)
        #expect(read.extraField("Face restoration") == "CodeFormer" && read.extraField("ENSD") == "31337")
        #expect(
            read.infotext == """
                a portrait of an old sailor, oil painting
                Negative prompt: cartoon
                Steps: 30, Sampler: DPM++ 2M, Schedule type: Karras, CFG scale: 7.5, Seed: 123456789, \
                Face restoration: CodeFormer, Size: 640x512, Model hash: 6ce0161689, Model: v1-5-pruned-emaonly, \
                Variation seed: 42, Variation seed strength: 0.3, ENSD: 31337, Lora hashes: "sailor: abcdef012345", \
                Version: v1.6.0
                """)
    }

    @Test func readsAnEarlyInfotextWithMultiLinePrompts() throws {
        let early = """
              a lighthouse on a cliff, storm,
              dramatic clouds, ((waves)), [fog]  
            Negative prompt: blurry,
            jpeg artifacts
            Steps: 20, Sampler: Euler a, CFG scale: 7, Seed: 965400086, Size: 512x512, Model hash: 45dee52b
            """
        let read = try GenerationParameters(parsingInfotext: early)
        #expect(read.prompt == "a lighthouse on a cliff, storm,\ndramatic clouds, ((waves)), [fog]")
        #expect(read.negativePrompt == "blurry,\njpeg artifacts")
        #expect(read.sampler == .lorash(.eulerAncestral) && !read.karras && read.modelHash == "45dee52b")
        #expect(read.modelName == nil && read.version == nil && read.rng == .gpu && read.extraFields.isEmpty)
        // Windows line ends: Python splits at "\n" and strips the "\r".
        let crlf = "a cat\r\nNegative prompt: a dog\r\nSteps: 5, Sampler: Euler, CFG scale: 7, Seed: 1, Size: 64x64\r\n"
        let windows = try GenerationParameters(parsingInfotext: crlf)
        #expect(windows.prompt == "a cat" && windows.negativePrompt == "a dog" && windows.height == 64)
    }

    /// What Civitai's own generator writes: fields out of A1111's order and JSON values left
    /// unquoted, which A1111's regex cuts at the first comma (and so does lorash).
    @Test func readsCivitaiGeneratorTextAsA1111Does() throws {
        let civitai = """
            a fox in the snow
            Negative prompt: blurry
            Steps: 25, CFG scale: 7, Sampler: DPM++ 2M Karras, Seed: 1234, Size: 832x1216, Clip skip: 2, \
            Created Date: 2024-05-01T12:00:00.0000000Z, Civitai resources: [{"type":"checkpoint","modelVersionId":128713}], \
            Civitai metadata: {}
            """
        let read = try GenerationParameters(parsingInfotext: civitai)
        #expect(read.sampler == .lorash(.dpmpp2m) && read.karras && read.width == 832 && read.height == 1216)
        #expect(
            read.extraFields == [
                .init(key: "Created Date", value: "2024-05-01T12:00:00.0000000Z"),
                .init(key: "Civitai resources", value: "[{\"type\":\"checkpoint\""),
                .init(key: "Civitai metadata", value: "{}"),
            ])
    }

    @Test func samplerAndScheduleNames() throws {
        func read(_ sampler: String, _ schedule: String? = nil) throws -> (
            GenerationParameters.Sampler, GenerationParameters.Schedule
        ) {
            let scheduleField = schedule.map { "Schedule type: \($0), " } ?? ""
            let parameters = try GenerationParameters(
                parsingInfotext: "p\nSteps: 5, Sampler: \(sampler), \(scheduleField)CFG scale: 7, Seed: 1, Size: 64x64")
            return (parameters.sampler, parameters.schedule)
        }
        // 1.9+: "Automatic" is the sampler's default scheduler, Karras for DPM++ 2M.
        #expect(try read("DPM++ 2M", "Automatic") == (.lorash(.dpmpp2m), .karras))
        #expect(try read("DPM++ 2M", "Uniform") == (.lorash(.dpmpp2m), .standard))
        #expect(try read("DPM++ 2M") == (.lorash(.dpmpp2m), .standard))  // before 1.9: no Karras
        #expect(try read("Euler a", "Automatic") == (.lorash(.eulerAncestral), .standard))
        #expect(try read("Euler", "Karras") == (.lorash(.euler), .karras))
        #expect(try read("DDIM", "Automatic") == (.lorash(.ddim), .standard))
        #expect(try read("Euler", "Exponential") == (.lorash(.euler), .other("Exponential")))
        #expect(try read("DPM++ SDE Karras") == (.other("DPM++ SDE"), .karras))
        #expect(try read("DPM++ 2M SDE Exponential") == (.other("DPM++ 2M SDE"), .other("Exponential")))
        #expect(try read("UniPC", "Automatic") == (.other("UniPC"), .standard))
        #expect(try read("k_euler_a") == (.lorash(.eulerAncestral), .standard))
        #expect(try read("k_dpmpp_2m_ka") == (.lorash(.dpmpp2m), .karras))
        #expect(try read("euler a") == (.lorash(.eulerAncestral), .standard))
        #expect(try read("dpmpp_2m", "karras") == (.lorash(.dpmpp2m), .karras))
        // A sampler lorash does not have is written back as it was read.
        let other = try GenerationParameters(
            parsingInfotext:
                "p\nSteps: 5, Sampler: DPM++ SDE, Schedule type: Align Your Steps, CFG scale: 7, Seed: 1, Size: 64x64")
        #expect(other.infotext.contains("Sampler: DPM++ SDE, Schedule type: Align Your Steps, CFG scale: 7"))
        #expect(other.sampler.kind == nil && GenerationParameters.Sampler.lorash(.euler).kind == .euler)
    }

    @Test func readsRandomSourceAndDuplicates() throws {
        let text =
            "p\nSteps: 5, Sampler: Euler, CFG scale: 7, Seed: 1, Size: 64x64, RNG: NV, Steps: 9, Extra: a, Extra: b"
        let read = try GenerationParameters(parsingInfotext: text)
        #expect(read.rng == .nv)
        #expect(read.steps == 9)  // a repeated key keeps its first place and its last value
        #expect(read.extraFields == [.init(key: "Extra", value: "b")])
        #expect(try GenerationParameters(parsingInfotext: text.replacingOccurrences(of: "NV", with: "CPU")).rng == .cpu)
        #expect(
            try GenerationParameters(parsingInfotext: "p\nSteps: 5, Sampler: Euler, CFG scale: 7, Seed: 1, Size: 64x64")
                .rng == .gpu)
    }

    @Test func theFixturePNGsInfotexts() throws {
        let files = try Self.json("expected.json")["files"] as! [String: [String: Any]]
        func parameters(_ name: String) -> String { (files[name]!["text"] as! [[String]])[0][1] }

        let latin1 = try GenerationParameters(parsingInfotext: parameters("a1111_latin1.png"))
        #expect(latin1.prompt.contains("café terrace") && latin1.loraHashes.map(\.name) == ["add_detail"])
        #expect(latin1.infotext == parameters("a1111_latin1.png"))

        // The Unicode fixture was written by hand as lorash should write this render.
        let ours = GenerationParameters(
            prompt: "猫の女の子, 桜 🌸, “soft light”, <lora:hanami_style:0.8>", negativePrompt: "低品質, blurry",
            cfgScale: 6.5, seed: 42, width: 512, height: 512, modelHash: "6ce0161689", modelName: "v1-5-pruned-emaonly",
            loraHashes: [.init(name: "hanami_style", hash: "0123456789ab")])
        #expect(ours.infotext == parameters("a1111_unicode.png"))
        #expect(try GenerationParameters(parsingInfotext: parameters("a1111_unicode.png")) == ours)
    }

    @Test func refusesWhatCannotBeReproduced() {
        func problem(_ text: String) -> String? {
            do {
                _ = try GenerationParameters(parsingInfotext: text)
                return nil
            } catch {
                guard case .badSetting(let name, _) = error else { return "unexpected \(error)" }
                return name
            }
        }
        let good = "Steps: 5, Sampler: Euler, CFG scale: 7, Seed: 1, Size: 64x64"
        #expect(problem("p\n" + good) == nil)
        #expect(problem("just a prompt, with: a colon") == "parameters")
        #expect(problem("") == "parameters")
        #expect(problem("p\nSteps: 5, Sampler: Euler, CFG scale: 7, Size: 64x64") == "seed")
        #expect(problem("p\nSampler: Euler, CFG scale: 7, Seed: 1, Size: 64x64") == "steps")
        #expect(problem("p\nSteps: 5, CFG scale: 7, Seed: 1, Size: 64x64") == "sampler")
        #expect(problem("p\nSteps: 5, Sampler: Euler, Seed: 1, Size: 64x64") == "cfg")
        #expect(problem("p\nSteps: 5, Sampler: Euler, CFG scale: 7, Seed: 1") == "size")
        #expect(problem("p\n" + good.replacingOccurrences(of: "Seed: 1", with: "Seed: -1")) == "seed")
        #expect(problem("p\n" + good.replacingOccurrences(of: "Steps: 5", with: "Steps: five")) == "steps")
        #expect(problem("p\n" + good.replacingOccurrences(of: "CFG scale: 7", with: "CFG scale: inf")) == "cfg")
        #expect(problem("p\n" + good.replacingOccurrences(of: "64x64", with: "64 by 64")) == "size")
        #expect(problem("p\n" + good + ", Clip skip: two") == "clip_skip")
    }

    // MARK: Hashes and recipe

    @Test func hashPrefixes() {
        let sha = "6CE0161689B3853ACAA03779EC93EAFE75A02F4CED659BEE03F50797806FA2FA"
        #expect(GenerationParameters.modelHash(fileSHA256: sha) == "6ce0161689")
        #expect(GenerationParameters.loraHash(dataSectionSHA256: sha) == "6ce0161689b3")
    }

    @Test func recipeReproducesTheRender() {
        #expect(
            Self.lorashRender.recipe(stack: "base + hero:0.8", output: "out/castle.png")
                == "render base + hero:0.8 prompt=\"a castle, (golden hour:1.2)\\nsecond line\" "
                + "negative=\"blurry, lowres\" steps=30 cfg=6.5 seed=4294967295 width=512 height=768 "
                + "sampler=dpmpp_2m karras=true clip_skip=2 to out/castle.png")
        let plain = GenerationParameters(prompt: "say \"hi\" {x} $HOME \\ tab\t", seed: 3, width: 512, height: 512)
        #expect(
            plain.recipe(stack: "sd15")
                == "render sd15 prompt=\"say \\\"hi\\\" \\{x\\} \\$HOME \\\\ tab\\t\" steps=20 cfg=7 seed=3 size=512 sampler=euler_a"
        )
        var other = plain
        other.sampler = .other("DPM++ SDE")
        #expect(other.recipe(stack: "sd15").hasSuffix("size=512 sampler=\"DPM++ SDE\""))
        #expect(plain.recipe(stack: "sd15", output: "my picture.png").hasSuffix(" to \"my picture.png\""))
        #expect(plain.recipe(stack: "sd15", output: "2024.png").hasSuffix(" to \"2024.png\""))
        #expect(plain.recipe(stack: "sd15", output: "/tmp/a=b.png").hasSuffix(" to \"/tmp/a=b.png\""))
        #expect(plain.recipe(stack: "sd15", output: "~/renders/a_1.png").hasSuffix(" to ~/renders/a_1.png"))
    }
}
