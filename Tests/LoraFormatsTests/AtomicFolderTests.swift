import Foundation
import LoraEngine
import Testing

@testable import LoraFormats

#if canImport(Glibc)
    import Glibc
#endif

/// A PEFT folder written as one (`AtomicFolder`): the user's other files stay, nothing
/// temporary is left, a stale temporary folder goes, and a folder that cannot be exchanged
/// still gets both files.
@Suite struct AtomicFolderTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/peers/peft_lora_mlp").path

    static func text(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
    }

    /// The fixture saved by lorash into `out` (its files then differ from PEFT's own).
    static func saveCopy(to out: String, overwrite: Bool = true) throws {
        try LoraWriter.save(try LoraFile.loadLora(path: fixture), to: out, format: .peft, overwrite: overwrite)
    }

    /// What `saveCopy` writes, read from a fresh folder.
    static func expectedFiles() throws -> (model: Data?, config: Data?) {
        let out = TestSupport.temporaryFolder() + "/reference"
        try saveCopy(to: out, overwrite: false)
        defer { try? FileManager.default.removeItem(atPath: out) }
        return (
            FileManager.default.contents(atPath: out + "/adapter_model.safetensors"),
            FileManager.default.contents(atPath: out + "/adapter_config.json")
        )
    }

    static func files(_ folder: String) -> (model: Data?, config: Data?) {
        (
            FileManager.default.contents(atPath: folder + "/adapter_model.safetensors"),
            FileManager.default.contents(atPath: folder + "/adapter_config.json")
        )
    }

    @Test func overwritingKeepsTheUsersFilesAndLeavesNothingTemporary() throws {
        let root = TestSupport.temporaryFolder()
        let out = root + "/adapter"
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: out)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: out + "/README.md"))
        try FileManager.default.createDirectory(atPath: out + "/logs/run1", withIntermediateDirectories: true)
        try Data("step 1".utf8).write(to: URL(fileURLWithPath: out + "/logs/run1/log.txt"))
        try FileManager.default.createSymbolicLink(atPath: out + "/latest", withDestinationPath: "logs/run1")
        let before = try FileManager.default.contentsOfDirectory(atPath: out).sorted()

        let expected = try Self.expectedFiles()
        #expect(expected.model != FileManager.default.contents(atPath: out + "/adapter_model.safetensors"))
        try Self.saveCopy(to: out)
        #expect(Self.files(out) == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == before)
        #expect(Self.text(out + "/README.md") == "mine")
        #expect(Self.text(out + "/logs/run1/log.txt") == "step 1")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: out + "/latest") == "logs/run1")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["adapter"])
    }

    @Test func aNewFolderAppearsWholeAndAStaleTemporaryFolderGoes() throws {
        let root = TestSupport.temporaryFolder()
        let out = root + "/adapter"
        // What a SIGKILLed write leaves: a temporary folder with a PID that no longer runs.
        let stale = root + "/.adapter.lorash-tmp-2147483646-7"
        try FileManager.default.createDirectory(atPath: stale, withIntermediateDirectories: false)
        try Data("half".utf8).write(to: URL(fileURLWithPath: stale + "/adapter_model.safetensors"))
        try Self.saveCopy(to: out, overwrite: false)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["adapter"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out).sorted() == [
                "adapter_config.json", "adapter_model.safetensors",
            ])
        // Written again without overwrite: refused, and nothing is left.
        #expect(throws: LoraFormatError.file(.outputExists(file: out))) { try Self.saveCopy(to: out, overwrite: false) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["adapter"])
    }

    @Test func aLinkToAFolderStaysALink() throws {
        let root = TestSupport.temporaryFolder()
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: root + "/real")
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: "real")
        let expected = try Self.expectedFiles()
        try Self.saveCopy(to: root + "/link")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: root + "/link") == "real")
        #expect(Self.files(root + "/real") == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["link", "real"])
    }

    /// The new folder keeps the old one's mode (a private folder stays private), and a target
    /// written as `out/.` is the folder itself, with its temporary folder beside it.
    @Test func theFoldersModeStaysAndADotTargetIsTheFolder() throws {
        let root = TestSupport.temporaryFolder()
        let out = root + "/adapter"
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: out)
        #expect(chmod(out, 0o700) == 0)
        let expected = try Self.expectedFiles()
        try Self.saveCopy(to: out + "/.")
        var info = stat()
        #expect(stat(out, &info) == 0 && info.st_mode & 0o7777 == 0o700)
        #expect(Self.files(out) == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["adapter"])
    }

    /// A pipe in the folder cannot be linked into the new one: the files are renamed in one
    /// after the other instead, and the pipe stays.
    @Test func whatCannotBeLinkedFallsBackToRenamingTheFiles() throws {
        let root = TestSupport.temporaryFolder()
        let out = root + "/adapter"
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: out)
        #expect(mkfifo(out + "/pipe", 0o644) == 0)
        let expected = try Self.expectedFiles()
        try Self.saveCopy(to: out)
        #expect(Self.files(out) == expected)
        var info = stat()
        #expect(lstat(out + "/pipe", &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["adapter"])
    }

    @Test func anErrorNamesTheTargetNotTheTemporaryFolder() {
        let error = LoraFormatError.file(
            .writeFailed(file: "/x/.a.lorash-tmp-1-2/adapter_model.safetensors", reason: "full"))
        #expect(
            error.naming("/x/.a.lorash-tmp-1-2", as: "/x/a")
                == .file(.writeFailed(file: "/x/a/adapter_model.safetensors", reason: "full")))
        #expect(
            LoraFormatError.interrupted(path: "/x/.a.lorash-tmp-1-2/adapter_model.safetensors")
                .naming("/x/.a.lorash-tmp-1-2", as: "/x/a") == .interrupted(path: "/x/a/adapter_model.safetensors"))
    }
}
