import Foundation
import Testing

@testable import LoraLibrary

@Suite struct SidecarsTests {
    static func read(_ model: String, siblings: Set<String>? = nil) -> SidecarInfo {
        Sidecars.read(modelPath: LibraryFixtures.path(model), siblings: siblings)
    }

    @Test func civitaiHelperAndA1111AsTheyWriteThem() {
        let info = Self.read("heroPony.safetensors")
        #expect(info.problems == [])
        #expect(info.files == [.civitaiHelper: "heroPony.civitai.info", .webUI: "heroPony.json"])
        #expect(info.baseModels == [.civitaiHelper: "Pony"])
        #expect(info.baseModel == "Pony")
        #expect(info.trainedWords == ["hero", "red cape"])
        #expect(info.modelType == "LORA")
        #expect(info.modelName == "Hero of Café")
        #expect(info.modelDescription == nil)
        #expect(info.versionName == "v1.0")
        #expect(info.tags == ["character", "anime", "hero"])
        #expect(info.civitaiModelID == 98765)
        #expect(info.civitaiVersionID == 123456)
        #expect(!info.notOnCivitai)
        #expect(info.description == "Héro with a red cape")
        #expect(info.sdVersion == "SDXL")
        #expect(info.activationText == "hero, red cape")
        #expect(info.preferredWeight == 0.8 && info.preferredWeightFrom == .webUI)
        #expect(info.negativeText == "blurry")
        #expect(info.notes == "works best at 0.7–0.9")
        #expect(info.previewFileName == "heroPony.preview.png")
    }

    @Test func stabilityMatrixAsItWritesIt() {
        let info = Self.read("styleIL.safetensors")
        #expect(info.problems == [])
        #expect(info.files == [.stabilityMatrix: "styleIL.cm-info.json"])
        #expect(info.baseModels == [.stabilityMatrix: "Illustrious"])
        #expect(info.baseModel == "Illustrious")
        #expect(info.modelName == "Ink Style")
        #expect(info.modelDescription == "<p>Ink & wash</p>")
        #expect(info.tags == ["style", "ink", "illustration"])
        #expect(info.modelType == "LORA")
        #expect(info.versionName == "IL v2")
        #expect(info.civitaiModelID == 4321)
        #expect(info.civitaiVersionID == 8765)
        #expect(info.trainedWords == ["ink wash", "sumi-e"])
        #expect(info.description == nil && info.activationText == nil)
        #expect(info.previewFileName == "styleIL.webp")
    }

    @Test func loraManagerAsItWritesADownload() {
        let info = Self.read("charLM.safetensors")
        #expect(info.problems == [])
        #expect(info.files == [.loraManager: "charLM.metadata.json"])
        #expect(info.baseModels == [.loraManager: "Illustrious"])
        #expect(info.baseModel == "Illustrious")
        #expect(info.trainedWords == ["mika", "school uniform, blue ribbon"])
        #expect(info.modelType == "LORA")
        #expect(info.modelName == "Mika (school uniform)")
        #expect(info.versionName == "v1.0 IL")
        #expect(info.tags == ["character", "anime", "girl"])
        #expect(info.modelDescription == "<p>Mika, in her school uniform — café scenes</p>")
        #expect(info.civitaiModelID == 1122334 && info.civitaiVersionID == 2233445)
        #expect(info.preferredWeight == 0.75 && info.preferredWeightFrom == .loraManager)  // usage_tips' strength
        #expect(info.preferredTextEncoderWeight == 1)  // its clip_strength
        #expect(info.notes == nil)  // ""
        #expect(!info.notOnCivitai)
    }

    @Test func loraManagerAsItWritesTheUsersOwnLora() {
        let info = Self.read("glowLM.safetensors")
        #expect(info.problems == [])
        #expect(info.baseModels == [.loraManager: "Pony"])  // chosen in its UI; no Civitai version
        #expect(info.trainedWords == ["glowline", "neon edge"])  // typed in its UI, kept under civitai
        #expect(info.modelName == "glowLM")
        #expect(info.notes == "my own: good at 0.5 with a dark background")
        #expect(info.preferredWeight == 0.5 && info.preferredTextEncoderWeight == nil)
        #expect(info.tags == nil && info.civitaiVersionID == nil)
    }

    @Test func loraManagerBaseModelIsTheUsersAndA1111KeepsItsOwnFields() throws {
        let folder = LibraryFixtures.temporaryFolder()
        // The user changed the base model in Lora-Manager after the download; A1111's editor
        // has a weight and notes of its own.
        let manager =
            #"{"base_model": "NoobAI", "notes": "LM notes", "usage_tips": "{\"strength\": 0.6, \"clip_strength\": 0.3}", "#
            + #""civitai": {"baseModel": "Illustrious", "trainedWords": ["lm word"]}}"#
        let webUI = #"{"preferred weight": 0.9, "notes": "A1111 notes", "activation text": "a1111 word"}"#
        #expect(FileManager.default.createFile(atPath: folder + "/m.metadata.json", contents: Data(manager.utf8)))
        #expect(FileManager.default.createFile(atPath: folder + "/m.json", contents: Data(webUI.utf8)))
        let info = Sidecars.read(modelPath: folder + "/m.safetensors")
        #expect(info.problems == [])
        #expect(info.files == [.loraManager: "m.metadata.json", .webUI: "m.json"])
        #expect(info.baseModels == [.loraManager: "NoobAI"])
        #expect(info.preferredWeight == 0.9 && info.preferredWeightFrom == .webUI && info.notes == "A1111 notes")
        #expect(info.preferredTextEncoderWeight == nil)  // A1111's one weight, not Lora-Manager's clip_strength
        #expect(info.trainedWords == ["lm word"] && info.activationText == "a1111 word")
        // Without A1111's file, Lora-Manager's weight and notes stand; "Unknown" defers to Civitai.
        try FileManager.default.removeItem(atPath: folder + "/m.json")
        let unknown = manager.replacingOccurrences(of: "NoobAI", with: "Unknown")
        try Data(unknown.utf8).write(to: URL(fileURLWithPath: folder + "/m.metadata.json"))
        let alone = Sidecars.read(modelPath: folder + "/m.safetensors")
        #expect(alone.baseModels == [.loraManager: "Illustrious"])
        #expect(alone.preferredWeight == 0.6 && alone.preferredTextEncoderWeight == 0.3 && alone.notes == "LM notes")
    }

    /// Trigger words the user added in Lora-Manager are kept beside Civitai Helper's copy of
    /// Civitai's.
    @Test func loraManagerTriggerWordsAddToCivitaiHelpers() throws {
        let folder = LibraryFixtures.temporaryFolder()
        let helper = #"{"id": 1, "baseModel": "Pony", "trainedWords": ["hero", "red cape"]}"#
        let manager = #"{"base_model": "Pony", "civitai": {"trainedWords": ["hero", "red cape", "my extra"]}}"#
        #expect(FileManager.default.createFile(atPath: folder + "/h.civitai.info", contents: Data(helper.utf8)))
        #expect(FileManager.default.createFile(atPath: folder + "/h.metadata.json", contents: Data(manager.utf8)))
        let info = Sidecars.read(modelPath: folder + "/h.safetensors")
        #expect(info.trainedWords == ["hero", "red cape", "my extra"])
    }

    @Test func emptyCivitaiInfoMeansNotOnCivitai() {
        let info = Self.read("notOnCivitai.safetensors")
        #expect(info.notOnCivitai)
        #expect(info.files == [.civitaiHelper: "notOnCivitai.civitai.info"])
        #expect(info.baseModel == nil && info.problems == [])
    }

    @Test func aModelWithNoSidecars() {
        let info = Self.read("lonely.safetensors")
        #expect(info == SidecarInfo())
        #expect(info.isEmpty)
    }

    @Test func siblingsAreTrustedAndNothingElseIsLookedFor() {
        // heroPony.civitai.info and heroPony.preview.png exist but are not among the siblings.
        let info = Self.read("heroPony.safetensors", siblings: ["heroPony.safetensors", "heroPony.json"])
        #expect(info.files == [.webUI: "heroPony.json"])
        #expect(info.baseModel == nil && info.previewFileName == nil)
        #expect(info.activationText == "hero, red cape")
        // A sibling that is gone by the time it is read is a problem, not a crash.
        let ghost = Self.read("ghost.safetensors", siblings: ["ghost.safetensors", "ghost.civitai.info"])
        #expect(ghost.files == [.civitaiHelper: "ghost.civitai.info"])
        #expect(ghost.problems == [LibraryFixtures.path("ghost.civitai.info") + ": cannot be opened"])
    }

    @Test func previewsInOrderOfPreference() {
        let all: Set<String> = ["m.safetensors", "m.jpg", "m.webp", "m.png", "m.preview.png", "m.preview.webp"]
        #expect(Sidecars.read(modelPath: "/nowhere/m.safetensors", siblings: all).previewFileName == "m.preview.png")
        let some: Set<String> = ["m.safetensors", "m.jpg", "m.preview.webp", "m.webp"]
        #expect(Sidecars.read(modelPath: "/nowhere/m.safetensors", siblings: some).previewFileName == "m.preview.webp")
        let plain: Set<String> = ["m.safetensors", "m.jpg", "m.webp"]
        #expect(Sidecars.read(modelPath: "/nowhere/m.safetensors", siblings: plain).previewFileName == "m.webp")
        let jpeg: Set<String> = ["m.safetensors", "m.preview.jpeg"]
        #expect(Sidecars.read(modelPath: "/nowhere/m.safetensors", siblings: jpeg).previewFileName == "m.preview.jpeg")
        // Another model's preview is not this one's.
        let other: Set<String> = ["m.safetensors", "mm.png", "m2.preview.png"]
        #expect(Sidecars.read(modelPath: "/nowhere/m.safetensors", siblings: other).previewFileName == nil)
    }

    // MARK: Broken files: problems, never a throw, and the fields that parsed

    @Test func truncatedJSONIsOneProblem() throws {
        let info = Self.read("broken/truncated.safetensors")
        #expect(info.files == [.civitaiHelper: "truncated.civitai.info"])
        #expect(info.problems.count == 1)
        let problem = try #require(info.problems.first)
        #expect(problem.hasPrefix(LibraryFixtures.path("broken/truncated.civitai.info") + ": not valid JSON ("))
        #expect(info.baseModel == nil && info.trainedWords == nil)
    }

    @Test func wrongTypesInACivitaiInfoKeepWhatParsed() {
        let info = Self.read("broken/wrongTypes.safetensors")
        let file = LibraryFixtures.path("broken/wrongTypes.civitai.info")
        #expect(info.civitaiVersionID == 123)
        #expect(info.civitaiModelID == 98765)
        #expect(info.versionName == "v2")
        #expect(info.trainedWords == ["hero, red cape"])
        #expect(info.baseModels[.civitaiHelper] == "1.5")
        #expect(info.modelType == "LoCon")
        #expect(info.modelName == "Wrong Types")
        #expect(info.tags == ["style", "anime"])
        let civitaiProblems = info.problems.filter { $0.hasPrefix(file) }
        #expect(
            civitaiProblems == [
                file + ": \"baseModel\" is a number, not text; read as 1.5",
                file + ": \"trainedWords\" is text, not a list; read as one entry",
                file + ": \"model.tags\" has an entry that is not text; it was left out",
            ])
    }

    @Test func wrongTypesInAnA1111JSONKeepWhatParsed() {
        let info = Self.read("broken/wrongTypes.safetensors")
        let file = LibraryFixtures.path("broken/wrongTypes.json")
        #expect(info.description == "ok")
        #expect(info.sdVersion == "2")
        #expect(info.activationText == "hero")
        #expect(info.preferredWeight == 0.7)  // a numeric string, as A1111's float() takes it
        #expect(info.negativeText == nil)  // null
        #expect(info.notes == nil)
        #expect(
            info.problems.filter { $0.hasPrefix(file) } == [
                file + ": \"sd version\" is a number, not text; read as 2",
                file + ": \"notes\" is a list, not text; ignored",
            ])
        #expect(info.problems.count == 5)
    }

    @Test func wrongTypesInALoraManagerFileKeepWhatParsed() {
        let info = Self.read("broken/wrongLM.safetensors")
        let file = LibraryFixtures.path("broken/wrongLM.metadata.json")
        #expect(info.files == [.loraManager: "wrongLM.metadata.json"])
        #expect(info.baseModels == [:])  // "Unknown", and no Civitai version
        #expect(info.trainedWords == ["fromTop"])
        #expect(info.tags == ["style"])
        #expect(info.preferredWeight == nil && info.modelName == nil)
        #expect(info.problems.count == 3)
        #expect(info.problems.first == file + ": \"civitai\" is text, not an object; ignored")
        #expect(info.problems.dropFirst().first == file + ": \"tags\" is text, not a list; read as one entry")
        #expect(info.problems.last?.hasPrefix(file + ": \"usage_tips\" is not valid JSON (") == true)
    }

    @Test func aWeightThatIsNotANumber() {
        let info = Self.read("broken/badWeight.safetensors")
        #expect(info.preferredWeight == nil)
        #expect(info.notes == "n")
        #expect(
            info.problems == [
                LibraryFixtures.path("broken/badWeight.json")
                    + ": \"preferred weight\" is \"heavy\", not a number; ignored"
            ])
    }

    @Test func latin1BytesAreReplacedAndTheRestIsRead() {
        let info = Self.read("broken/latin1.safetensors")
        #expect(info.description == "caf\u{FFFD} au lait")
        #expect(info.activationText == "coffee")
        // The é is byte 25: `{`, newline, four spaces, "description": " is 22 bytes, then c a f.
        #expect(
            info.problems == [
                LibraryFixtures.path("broken/latin1.json")
                    + ": bytes that are not UTF-8 (the first at byte 25); read with U+FFFD in their place"
            ])
    }

    @Test func notAnObjectAnEmptyFileAndAByteOrderMark() {
        #expect(
            Self.read("broken/array.safetensors").problems == [
                LibraryFixtures.path("broken/array.cm-info.json") + ": not a JSON object but a list"
            ])
        #expect(
            Self.read("broken/empty.safetensors").problems == [
                LibraryFixtures.path("broken/empty.civitai.info") + ": empty file"
            ])
        let bom = Self.read("broken/bom.safetensors")
        #expect(bom.problems == [] && bom.activationText == "bom")
    }

    @Test func aFileOverTheCapIsNotRead() throws {
        let folder = LibraryFixtures.temporaryFolder()
        var big = Data("{\"baseModel\": \"Pony\", \"description\": \"".utf8)
        big.append(Data(repeating: UInt8(ascii: "x"), count: Sidecars.maximumBytes))
        big.append(Data("\"}".utf8))
        #expect(FileManager.default.createFile(atPath: folder + "/big.civitai.info", contents: big))
        let justUnder =
            Data("{\"BaseModel\": \"Illustrious\"}".utf8)
            + Data(repeating: 0x20, count: Sidecars.maximumBytes - 28)
        #expect(justUnder.count == Sidecars.maximumBytes)
        #expect(FileManager.default.createFile(atPath: folder + "/big.cm-info.json", contents: justUnder))
        let info = Sidecars.read(modelPath: folder + "/big.safetensors", siblings: nil)
        #expect(info.problems == [folder + "/big.civitai.info: larger than 4 MiB; not read"])
        #expect(info.baseModels == [.stabilityMatrix: "Illustrious"])
    }

    @Test func civitaiHelperComesFirstAndStabilityMatrixFillsTheRest() throws {
        let folder = LibraryFixtures.temporaryFolder()
        let civitai = #"{"id": 1, "baseModel": "Pony", "model": {"name": "From CH", "type": "LORA"}}"#
        let matrix = #"{"ModelName":"From SM","BaseModel":"Illustrious","Tags":["style"],"VersionName":"v9"}"#
        #expect(FileManager.default.createFile(atPath: folder + "/both.civitai.info", contents: Data(civitai.utf8)))
        #expect(FileManager.default.createFile(atPath: folder + "/both.cm-info.json", contents: Data(matrix.utf8)))
        let info = Sidecars.read(modelPath: folder + "/both.safetensors")
        #expect(info.modelName == "From CH")
        #expect(info.tags == ["style"])
        #expect(info.versionName == "v9")
        #expect(info.baseModels == [.civitaiHelper: "Pony", .stabilityMatrix: "Illustrious"])
        #expect(info.baseModel == "Pony")
    }
}
