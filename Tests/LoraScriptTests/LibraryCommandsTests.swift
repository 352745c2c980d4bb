import Foundation
import LoraEngine
import Testing

@testable import LoraScript

/// The library commands on Tests/Fixtures/Library/folder (LoRAs and a checkpoint written by
/// the reference safetensors library, sidecars as A1111 and Civitai Helper write them).
@Suite struct LibraryCommandsTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Library/folder").path

    /// A copy of the fixture folder and an index path, both fresh.
    static func workspace(_ label: String = #function) throws -> (models: String, library: String) {
        let root = NSTemporaryDirectory() + "lorash-library-commands-\(getpid())-\(label.filter(\.isLetter))"
        try? FileManager.default.removeItem(atPath: root)
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: fixture, toPath: root + "/models")
        return (root + "/models", root + "/index/library.db")
    }

    func run(_ text: String, library: String, keepGoing: Bool = false) -> (Interpreter.Outcome, [String], [Diagnostic])
    {
        let output = CapturedOutput()
        var diagnostics: [Diagnostic] = []
        let interpreter = Interpreter(output: output) { diagnostics.append($0) }
        interpreter.session.libraryPath = library
        interpreter.keepGoing = keepGoing
        return (interpreter.run(SourceText(name: "t", text: text)), output.lines, diagnostics)
    }

    @Test func scanThenFindByTriggerWordFamilyAndCategory() throws {
        let (models, library) = try Self.workspace()
        let (outcome, lines, diagnostics) = run(
            """
            library add \(models)/Lora \(models)/Stable-diffusion
            library scan
            find herochan
            find family=pony
            find category=character
            find inkw
            find rank>=16
            find type=checkpoint
            """, library: library)
        #expect(outcome == .success, "\(diagnostics)")
        let text = lines.joined(separator: "\n")
        #expect(text.contains("7 new, 0 changed, 0 gone, 0 unchanged"))
        // Each find prints a header and its rows; the first column is the name.
        let tables = lines.split { $0.hasPrefix("name ") }.dropFirst().map {
            $0.map { String($0.split(separator: " ")[0]) }
        }
        let names = tables.map { rows in rows.filter { !$0.hasPrefix("`") } }
        #expect(names.count == 6)
        #expect(names[0] == ["hero"])
        #expect(names[1] == ["hero"])
        #expect(names[2] == ["hero"])
        #expect(names[3] == ["ink"])  // its A1111 activation text
        #expect(names[4] == ["watercolor"])
        #expect(names[5] == ["illustriousXL_v01"])
        #expect(text.contains("Pony"))
    }

    @Test func familyVerdictsAndCompat() throws {
        let (models, library) = try Self.workspace()
        let (outcome, lines, diagnostics) = run(
            """
            library add \(models)
            library scan
            load illustriousXL_v01 as base
            check hero on base
            compat base
            """, library: library)
        #expect(outcome == .success, "\(diagnostics)")
        // The cross-family LoRA is a warning, not a refusal.
        #expect(diagnostics.count == 1 && diagnostics[0].severity == .warning)
        #expect(
            diagnostics.first?.message
                == "family: hero was trained on Pony (ss_new_sd_model_hash = sha256 of Pony Diffusion V6 XL); base is Illustrious (its .civitai.info): same SDXL shapes, so it loads, but cross-family LoRAs usually draw poorly"
        )
        #expect(lines.contains("base: Illustrious (its .civitai.info)"))
        let other = try #require(lines.firstIndex { $0.hasPrefix("same architecture, other family") })
        #expect(lines[other].hasSuffix("(1):") && lines[other + 1].hasPrefix("  hero was trained on Pony"))
        let misfits = try #require(lines.firstIndex { $0.hasPrefix("do not fit") })
        #expect(lines[misfits].hasSuffix("(5):"))
    }

    @Test func libraryNamesResolveAndTakeThePreferredWeight() throws {
        let (models, library) = try Self.workspace()
        let (outcome, lines, diagnostics) = run(
            """
            library add \(models)
            library scan
            load watercolor
            t = toy
            info hero_v2
            """, library: library)
        #expect(outcome == .success, "\(diagnostics)")
        #expect(lines.contains { $0.hasPrefix("watercolor: LoRA (kohya), SD1.x, rank 16") })
        #expect(lines.contains("family: Pony"))
        // In an A1111 string too, on a checkpoint of the library.
        let tagged = run("load illustriousXL_v01 as base\ns = stack base \"<lora:hero:0.5>\"", library: library)
        #expect(tagged.0 == .success, "\(tagged.2)")
        #expect(tagged.1.contains("hero: trigger words herochan, red cape"))
        // An ambiguous name lists the files.
        try FileManager.default.createDirectory(atPath: models + "/old", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: models + "/Lora/styles/watercolor.safetensors", toPath: models + "/old/watercolor.safetensors")
        let ambiguous = run("load ink_renamed\nlibrary scan\nload watercolor", library: library)
        #expect(ambiguous.0 == .failure)
        #expect(
            ambiguous.2.first?.message.contains("'watercolor' names 2 files in the library: \(models)/Lora/styles/")
                == true,
            "\(ambiguous.2)")
    }

    /// A user's own SDXL LoRA (no training metadata) whose trigger words, base model, weight and
    /// notes are kept by ComfyUI-Lora-Manager in `NAME.metadata.json` (as it writes it).
    @Test func loraManagerSidecarsGiveTriggerWordsFamilyAndWeight() throws {
        let (models, library) = try Self.workspace()
        try FileManager.default.createDirectory(atPath: models + "/Lora/mine", withIntermediateDirectories: true)
        try Self.copyWithoutMetadata(models + "/Lora/hero.safetensors", to: models + "/Lora/mine/glowLM.safetensors")
        let before = run("library add \(models)\nlibrary scan\nfind neon", library: library)
        #expect(before.0 == .success, "\(before.2)")
        #expect(
            before.1.contains { $0.hasPrefix("scanned in") && $0.hasSuffix(": 8 new, 0 changed, 0 gone, 0 unchanged") })
        #expect(!before.1.contains { $0.hasPrefix("glowLM ") })
        // Lora-Manager writes its sidecar; the next scan reads the file again.
        try FileManager.default.copyItem(
            atPath: Self.fixture + "/../glowLM.metadata.json", toPath: models + "/Lora/mine/glowLM.metadata.json")
        let (outcome, lines, diagnostics) = run(
            """
            library scan
            find neon
            find family=pony
            load illustriousXL_v01 as base
            s = stack base glowLM
            """, library: library)
        #expect(outcome == .success, "\(diagnostics)")
        #expect(
            lines.contains { $0.hasPrefix("scanned in") && $0.hasSuffix(": 0 new, 1 changed, 0 gone, 7 unchanged") })
        let tables = lines.split { $0.hasPrefix("name ") }.dropFirst().map {
            $0.prefix { !$0.hasPrefix("base:") }.map { String($0.split(separator: " ")[0]) }
        }
        #expect(tables.count == 2)
        #expect(tables.first == ["glowLM"])  // "neon edge", typed in Lora-Manager
        #expect(tables.last.map(Set.init) == ["hero", "glowLM"])
        #expect(lines.contains("glowLM: trigger words glowline, neon edge"), "\(lines)")
        #expect(
            lines.contains(
                "glowLM: weight 0.5, its preferred weight (glowLM.metadata.json); write glowLM:1 to override"),
            "\(lines)")
        #expect(
            diagnostics.contains {
                $0.severity == .warning && $0.message.contains("glowLM was trained on Pony (its .metadata.json)")
            }, "\(diagnostics)")
    }

    /// What `info` and `find` show of a Lora-Manager download: its model name (searched), its
    /// trigger words (a Civitai trained word with commas is several), notes and weight; its own
    /// tags with Civitai's; looking at it is not a use.
    @Test func loraManagerFieldsInInfoAndFind() throws {
        let (models, library) = try Self.workspace()
        try Self.copyWithoutMetadata(models + "/Lora/hero.safetensors", to: models + "/Lora/charLM.safetensors")
        let sidecar = try String(contentsOfFile: Self.fixture + "/../charLM.metadata.json", encoding: .utf8)
            .replacingOccurrences(of: "\"notes\": \"\"", with: "\"notes\": \"use score tags\"")
            .replacingOccurrences(
                of: "\"model_name\": \"Mika (school uniform)\"", with: "\"model_name\": \"Festival Mika\""
            )
            .replacingOccurrences(
                of: "\"tags\": [\n    \"character\",", with: "\"tags\": [\n    \"mytag\",\n    \"character\",")
        try sidecar.write(toFile: models + "/Lora/charLM.metadata.json", atomically: true, encoding: .utf8)
        let (outcome, lines, diagnostics) = run(
            """
            library add \(models)
            library scan
            find festival
            find mytag
            find family=illustrious type=lora
            info charLM
            info charLM
            load illustriousXL_v01 as base
            s = stack base charLM
            ls
            """, library: library)
        #expect(outcome == .success, "\(diagnostics)")
        let tables = lines.split { $0.hasPrefix("name ") }.dropFirst().map {
            $0.prefix { !$0.hasPrefix("LoRA (") }.map { String($0.split(separator: " ")[0]) }
        }
        #expect(tables.count == 3, "\(lines)")
        #expect(
            lines.contains { $0.hasPrefix("s ") && $0.hasSuffix("stack on base: charLM:te=1:unet=0.75") }, "\(lines)")
        #expect(tables.allSatisfy { $0 == ["charLM"] }, "\(tables)")
        #expect(lines.contains { $0.hasPrefix("charLM ") && $0.contains("mika, school uniform, blue ribbon") })
        #expect(lines.contains("  model name: Festival Mika"))  // as the user named it in Lora-Manager
        #expect(lines.contains("  trigger words: mika, school uniform, blue ribbon"))
        #expect(lines.contains("  preferred weight: 0.75, text encoders 1 (charLM.metadata.json)"))
        // Stacked, its strength and clip_strength weigh the U-Net and the text encoders, as
        // ComfyUI's LoraLoader does.
        #expect(
            lines.contains(
                "charLM: weight unet=0.75:te=1, its preferred weight (charLM.metadata.json); write charLM:1 to override"
            ),
            "\(lines)")
        #expect(lines.contains("  sidecar notes: use score tags"))
        #expect(lines.contains("library: charLM, category character"), "\(lines)")  // not "used 2 times"
        #expect(!lines.contains { $0.hasPrefix("  sidecar problem") })
        #expect(
            lines.contains("family: Illustrious")
                && lines.contains("  evidence: its .metadata.json says base model \"Illustrious\""))
    }

    /// A NoobAI LoRA on an Illustrious base: its own group in `compat`, and a line (not a
    /// warning) in `check`.
    @Test func aRelatedFamilyIsNotCrossFamily() throws {
        let (models, library) = try Self.workspace()
        try Self.copyWithoutMetadata(models + "/Lora/hero.safetensors", to: models + "/Lora/noobInk.safetensors")
        try #"{"base_model": "NoobAI", "civitai": {"trainedWords": ["inkwash"]}}"#.write(
            toFile: models + "/Lora/noobInk.metadata.json", atomically: true, encoding: .utf8)
        try #"{"base_model": "Pony", "usage_tips": "{\"strength\": 0.7"}"#.write(
            toFile: models + "/Lora/hero.metadata.json", atomically: true, encoding: .utf8)
        let (outcome, lines, diagnostics) = run(
            """
            library add \(models)
            library scan
            load illustriousXL_v01 as base
            check noobInk on base
            compat base
            info hero
            """, library: library)
        #expect(outcome == .success, "\(diagnostics)")
        #expect(diagnostics.filter { $0.message.contains("noobInk") }.isEmpty, "\(diagnostics)")
        #expect(
            lines.contains(
                "family: noobInk was trained on NoobAI (its .metadata.json); base is Illustrious (its .civitai.info): NoobAI was fine-tuned from Illustrious, so LoRAs of one usually work on the other"
            ), "\(lines)")
        let group = try #require(lines.firstIndex { $0.hasPrefix("a family fine-tuned from the other") }, "\(lines)")
        #expect(lines[group].hasSuffix("(1):") && lines[group + 1].hasPrefix("  noobInk was trained on NoobAI"))
        // A sidecar read in part says so in `info`, long after the scan that met it.
        #expect(
            lines.contains {
                $0.hasPrefix("  sidecar problem: \(models)/Lora/hero.metadata.json: \"usage_tips\" is not valid JSON (")
            }, "\(lines)")
    }

    /// `family=` words: `sdxl` is every SDXL family, `unknown` what `find` shows as "unknown"
    /// and as "SDXL, family unknown"; a misspelling gets the closest word.
    @Test func familyWords() {
        #expect(LibraryTerms.family("unknown") == [.otherSDXL, .unknown])
        #expect(LibraryTerms.family("sdxl")?.count == 6)
        #expect(LibraryTerms.family("Pony") == [.pony])
        #expect(LibraryTerms.family("ponny") == nil && LibraryTerms.suggestion("ponny") == "pony")
    }

    /// Copies a safetensors file without its `__metadata__` (the tensors' bytes and offsets as they were).
    static func copyWithoutMetadata(_ source: String, to target: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: source))
        let length = data.prefix(8).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        var header = try #require(
            try JSONSerialization.jsonObject(with: data.subdata(in: 8..<(8 + length))) as? [String: Any])
        header["__metadata__"] = nil
        var json = try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])
        while json.count % 8 != 0 { json.append(0x20) }
        var out = Data((0..<8).map { UInt8(truncatingIfNeeded: json.count >> (8 * $0)) })
        out.append(json)
        out.append(data.subdata(in: (8 + length)..<data.count))
        try out.write(to: URL(fileURLWithPath: target))
    }

    @Test func removingAFolderSaysWhatIsForgottenAndWhatStays() throws {
        let (models, library) = try Self.workspace()
        let (outcome, lines, diagnostics) = run(
            "library add \(models) \(models)/Lora\nlibrary scan\nlibrary remove \(models)/Lora\nlibrary remove \(models)",
            library: library)
        #expect(outcome == .success, "\(diagnostics)")
        #expect(
            lines.suffix(2) == [
                "removed \(models)/Lora: 0 files forgotten (bookmarks, tags and notes are kept); its files stay indexed as part of \(models)",
                "removed \(models): 7 files forgotten (bookmarks, tags and notes are kept)",
            ], "\(lines)")
        let again = run("library remove \(models)", library: library)
        #expect(again.0 == .failure)
        #expect(again.2.first?.message.contains("is not a folder of the library") == true, "\(again.2)")
    }

    @Test func dupesFindCopiesAndReSavedTensorsButNotLookAlikes() throws {
        let (models, library) = try Self.workspace()
        let (outcome, lines, diagnostics) = run("library add \(models)\nlibrary scan\ndupes", library: library)
        #expect(outcome == .success, "\(diagnostics)")
        let start = try #require(lines.firstIndex { $0.hasPrefix("same file") })
        #expect(
            Array(lines[start...]) == [
                lines[start], "  \(models)/Lora/copies/ink (1).safetensors", "  \(models)/Lora/styles/ink.safetensors",
                // The copies stand as one (the first), beside the F32 re-save.
                "same tensors under other metadata or dtype, 2 files:", "  \(models)/Lora/copies/ink (1).safetensors",
                "  \(models)/Lora/copies/ink_fp32.safetensors",
            ])
        #expect(lines[start].hasPrefix("same file (sha256 ") && lines[start].hasSuffix("2 copies:"))
    }

    @Test func lineageRecoversAMergeAndAFineTunesBase() throws {
        let (_, library) = try Self.workspace()
        let lineage = Self.fixture + "/../lineage"
        let (outcome, lines, diagnostics) = run(
            "library add \(lineage)\nlibrary scan\nlineage merge_70_30\nlineage baseA_finetune limit=1",
            library: library)
        #expect(outcome == .success, "\(diagnostics)")
        // merge_70_30 = 0.7·baseA + 0.3·baseB (make_folder.py), in F32 from F32 weights.
        #expect(lines.contains("as a merge: 0.70 baseA.safetensors + 0.30 baseB.safetensors, residual 0%"))
        // The fine-tune is baseA plus 5% noise: baseA is nearest, about 5% away.
        let nearest = try #require(lines.lastIndex { $0.hasPrefix("nearest by weights") })
        let row = lines[nearest + 1].split(separator: " ", omittingEmptySubsequences: true)
        #expect(row.first == "baseA.safetensors")
        let percent = try #require(Double(row.last!.dropLast()))
        #expect(percent > 3 && percent < 7)
    }

    @Test func aCheckpointNothingNamesTakesTheFamilyOfItsNearest() throws {
        let (models, library) = try Self.workspace()
        let unnamed = Self.fixture + "/../unnamed"
        let (outcome, lines, diagnostics) = run(
            "library add \(models) \(unnamed)\nlibrary scan\ninfo myMix_v3", library: library)
        #expect(outcome == .success, "\(diagnostics)")
        // myMix_v3 is the Illustrious checkpoint plus 3% noise (make_folder.py): 3–4% on the sample.
        #expect(lines.contains("family: Illustrious"))
        #expect(
            lines.contains {
                ["3%", "4%"].contains { p in
                    lines.contains(
                        "  evidence: its weights are nearest illustriousXL_v01.safetensors (Illustrious, \(p) apart)")
                } && !$0.isEmpty
            }, "\(lines)")
    }

    @Test func overlappingFoldersSymlinksAndPathsForSharedNames() throws {
        let (models, library) = try Self.workspace()
        try FileManager.default.createDirectory(atPath: models + "/old", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: models + "/Lora/styles/watercolor.safetensors", toPath: models + "/old/watercolor.safetensors")
        // A symlink to a file already in the library is the same file.
        try FileManager.default.createSymbolicLink(
            atPath: models + "/old/hero_link.safetensors", withDestinationPath: models + "/Lora/hero.safetensors")
        let script = [
            "library add \(models)/Lora", "library add \(models)", "library scan", "library scan",
            "bookmark \(models)/old/watercolor.safetensors", "find bookmarked=true",
        ].joined(separator: "\n")
        let (outcome, lines, diagnostics) = run(script, library: library)
        #expect(outcome == .success, "\(diagnostics)")
        #expect(lines.contains { $0.hasSuffix(": 8 new, 0 changed, 0 gone, 0 unchanged") }, "\(lines)")
        #expect(lines.contains { $0.hasSuffix(": 0 new, 0 changed, 0 gone, 8 unchanged") })
        #expect(lines.contains { $0.hasPrefix("★ watercolor ") })
    }

    @Test func userDataCommands() throws {
        let (models, library) = try Self.workspace()
        let (outcome, lines, diagnostics) = run(
            """
            library add \(models)
            library scan
            bookmark watercolor
            tag watercolor +style +paper -paper
            note watercolor "best at 0.7"
            rate watercolor 5
            find bookmarked=true
            find best
            find tag=style
            tag watercolor "+two words"
            find tag="two words"
            info "watercolor"
            library scan
            find bookmarked=true
            """, library: library)
        #expect(outcome == .success, "\(diagnostics)")
        #expect(lines.contains("watercolor: tags style"))
        #expect(lines.contains("watercolor: rated 5/5"))
        #expect(lines.filter { $0.hasPrefix("★ watercolor") }.count == 5)
        #expect(
            lines.contains {
                $0.hasPrefix("library: watercolor, category style; bookmarked, tags style two_words, rated 5/5")
            })
        let bad = run("rate watercolor 9", library: library)
        #expect(bad.0 == .failure && bad.2.first?.message == "a rating is 1 to 5 (0 clears it)")
        let unknown = run("bookmark watercolour", library: library)
        #expect(unknown.2.first?.suggestion == "watercolor")
    }

    @Test func withoutALibraryTheCommandsSaySoAndNothingIsCreated() throws {
        let (_, library) = try Self.workspace()
        let (outcome, lines, diagnostics) = run("library\nfind x", library: library, keepGoing: true)
        #expect(outcome == .failure)
        #expect(lines.first?.hasPrefix("no library yet") == true)
        #expect(diagnostics.first?.message.hasPrefix("there is no library yet") == true)
        #expect(!FileManager.default.fileExists(atPath: library))
    }

    @Test func badArgumentsPointAtTheWord() throws {
        let (models, library) = try Self.workspace()
        _ = run("library add \(models)", library: library)
        for (script, message) in [
            ("find family=ponny", "unknown family 'ponny'"), ("find type=vae", "unknown type 'vae'"),
            ("find rank=abc", "rank= takes N, <=N or >=N"), ("library add /nonexistent/x", "is not a folder"),
            ("library scan extra", "library scan takes no folders"),
        ] {
            let result = run(script, library: library)
            #expect(result.0 == .failure)
            #expect(result.2.first?.message.contains(message) == true, "\(script): \(result.2)")
        }
    }
}
