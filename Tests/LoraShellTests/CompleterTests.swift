import Foundation
import LoraScript
import Testing

@testable import LoraShell

@Suite struct CompleterTests {
    let interpreter: Interpreter = {
        let interpreter = Interpreter(output: CapturedOutput()) { _ in }
        _ = interpreter.run(SourceText(name: "t", text: "let hero = 1; let heroine = 2"))
        return interpreter
    }()

    @Test func commandNamesAtStatementStart() {
        let completer = Completer(interpreter: interpreter)
        #expect(completer.candidates(for: "ec").candidates == ["echo"])
        #expect(completer.candidates(for: "echo 1; ec").candidates == ["echo"])
        #expect(completer.candidates(for: "x = ec").candidates == ["echo"])
        #expect(completer.candidates(for: "so").candidates == ["source"])
        #expect(completer.candidates(for: "se").candidates == ["set"])
    }

    @Test func sessionNamesAndKeywordsAfterTheVerb() {
        let completer = Completer(interpreter: interpreter)
        let result = completer.candidates(for: "echo her")
        #expect(result.word == "her")
        #expect(result.candidates.prefix(2) == ["hero", "heroine"])
    }

    @Test func pathsInFolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lorash-complete-\(getpid())")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("alpha.lsh").path, contents: Data())
        defer { try? FileManager.default.removeItem(at: folder) }
        let completer = Completer(interpreter: interpreter)
        #expect(completer.candidates(for: "source \(folder.path)/al").candidates == ["\(folder.path)/alpha.lsh"])
        #expect(completer.candidates(for: "source \(folder.path)/s").candidates == ["\(folder.path)/sub/"])
        #expect(Completer.commonPrefix(["hero", "heroine"]) == "hero")
    }

    /// `~` is the home folder as `load` reads it ($HOME), and stays `~` in what is completed.
    @Test func tildePathsCompleteUnderHome() throws {
        let home = Interpreter.expandTilde("~")
        let name = "lorash-complete-home-\(getpid())"
        let folder = URL(fileURLWithPath: home).appendingPathComponent(name)
        // Where the home folder cannot be written, only `~` itself is checked.
        let completer = Completer(interpreter: interpreter)
        #expect(completer.candidates(for: "load ~").candidates == ["~/"])
        guard
            (try? FileManager.default.createDirectory(
                at: folder.appendingPathComponent("loras"), withIntermediateDirectories: true)) != nil
        else { return }
        _ = FileManager.default.createFile(
            atPath: folder.appendingPathComponent("loras/hero.safetensors").path, contents: Data())
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(completer.candidates(for: "load ~/\(name)").candidates == ["~/\(name)/"])
        #expect(completer.candidates(for: "load ~/\(name)/").candidates == ["~/\(name)/loras/"])
        #expect(completer.candidates(for: "load ~/\(name)/loras/h").candidates == ["~/\(name)/loras/hero.safetensors"])
    }

    /// A path that is not one bare word stays one argument: quoted when completed bare ('…',
    /// or "…" with escapes when it holds a '), and completed on past the space inside an open
    /// string (a file with its closing quote).
    @Test func pathsWithSpacesAreQuoted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lorash-complete-space-\(getpid())")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("my dir"), withIntermediateDirectories: true)
        for file in ["my dir/adapter.safetensors", "it's {v2}.png", "run(1).png"] {
            _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(file).path, contents: Data())
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let completer = Completer(interpreter: interpreter)
        let path = folder.path
        let bare = completer.candidates(for: "load \(path)/my")
        #expect(bare.word == "\(path)/my" && bare.candidates == ["'\(path)/my dir/"])
        #expect(completer.candidates(for: "show \(path)/ru").candidates == ["'\(path)/run(1).png'"])
        #expect(completer.candidates(for: "show \(path)/it").candidates == ["\"\(path)/it's \\{v2\\}.png\""])
        let quoted = completer.candidates(for: "load \"\(path)/my dir/ad")
        #expect(quoted.word == "\(path)/my dir/ad")
        #expect(quoted.candidates == ["\(path)/my dir/adapter.safetensors\""])
        #expect(
            completer.candidates(for: "load '\(path)/my dir/ad").candidates == ["\(path)/my dir/adapter.safetensors'"])
        // The lexer's rules: no escapes in '…', `#` a comment only after a blank.
        #expect(Completer.openQuote(in: "echo \"a\" \"b")?.1 == "\"")
        #expect(Completer.openQuote(in: "echo \"a\\\"\" x") == nil)
        #expect(Completer.openQuote(in: "echo 'a\"b' x") == nil)
        #expect(Completer.openQuote(in: "load run#3/\"x")?.1 == "\"")
        #expect(Completer.openQuote(in: "echo 1 # \"x") == nil)
    }

    @Test func optionValuesAndHelpTopics() {
        let completer = Completer(interpreter: interpreter)
        #expect(
            completer.candidates(for: "save r p format=").candidates == [
                "format=kohya", "format=diffusers", "format=peft",
            ])
        #expect(completer.candidates(for: "save r p format=p").candidates == ["format=peft"])
        #expect(completer.candidates(for: "m = merge a b method=ti").candidates == ["method=ties"])
        #expect(completer.candidates(for: "save r p overwrite=").candidates == ["overwrite=true", "overwrite=false"])
        #expect(completer.candidates(for: "help mer").candidates.first == "merge")
        #expect(completer.candidates(for: "help ran").candidates.first == "ranges")  // a language topic
    }

    /// `render`'s forms and the built-in patterns complete from the command's declaration.
    @Test func renderFormsAndPatterns() {
        let completer = Completer(interpreter: interpreter)
        #expect(completer.candidates(for: "render sp").candidates.first == "spectrum")
        #expect(completer.candidates(for: "render gr").candidates.first == "grid")
        #expect(completer.candidates(for: "render int").candidates.first == "interference")
        #expect(completer.candidates(for: "render ri").candidates.first == "rings")
        #expect(completer.candidates(for: "render bl").candidates.first == "blocks")
        #expect(completer.candidates(for: "r = train base on sm").candidates.first == "smiley")
        // Elsewhere they are not offered.
        #expect(!completer.candidates(for: "echo sp").candidates.contains("spectrum"))
    }

    /// After `render`'s target only `to` and options fit (not the patterns); after a form, only
    /// names of the kind it takes (grid: stacks and bases; spectrum: LoRAs), then `to`.
    @Test func renderOffersWhatFitsEachPosition() throws {
        let interpreter = Interpreter(output: CapturedOutput()) { _ in }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lorash-complete-render-\(getpid())"
        ).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = FileManager.default.createFile(atPath: folder + "/s1.png", contents: Data())
        let outcome = interpreter.run(
            SourceText(
                name: "t",
                text: """
                    base = toy seed=1
                    rings2 = train base on rings rank=1 steps=1 size=8
                    s = stack base rings2:0.5
                    """))
        #expect(outcome == .success)
        let completer = Completer(interpreter: interpreter)
        let options = Set(interpreter.commands["render"]!.options.map { "\($0.name)=" })
        #expect(completer.candidates(for: "render s r").candidates == ["rng="])
        // After the target: options and `to` only (no patterns, names or files).
        #expect(Set(completer.candidates(for: "render s ").candidates) == options.union(["to"]))
        #expect(
            Set(completer.candidates(for: "render s to out.png s").candidates) == [
                "show", "size=", "sampler=", "seed=", "steps=",
            ])
        // The target itself still offers forms, patterns and names.
        #expect(completer.candidates(for: "render r").candidates.first == "rings")
        #expect(completer.candidates(for: "render r").candidates.contains("rings2"))
        // grid: stacks and bases, and `to`; no LoRAs, no files.
        #expect(Set(completer.candidates(for: "render grid ").candidates) == options.union(["s", "base", "to"]))
        // spectrum: LoRAs; from: files.
        #expect(Set(completer.candidates(for: "render spectrum r").candidates) == ["rings2", "rng="])
        #expect(completer.candidates(for: "render from \(folder)/s").candidates == ["\(folder)/s1.png"])
        #expect(!completer.candidates(for: "render from s").candidates.contains("s"))
        // After the subject, `to`.
        #expect(Set(completer.candidates(for: "render grid s t").candidates) == ["title=", "to"])
    }

    @Test func libraryActionsAndNames() throws {
        let root = NSTemporaryDirectory() + "lorash-completer-library-\(getpid())"
        try? FileManager.default.removeItem(atPath: root)
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Library/folder").path
        let interpreter = Interpreter(output: CapturedOutput()) { _ in }
        interpreter.session.libraryPath = root + "/library.db"
        _ = interpreter.run(SourceText(name: "t", text: "library add \(fixture)\nlibrary scan"))
        let completer = Completer(interpreter: interpreter)
        #expect(completer.candidates(for: "library sc").candidates == ["scan"])
        #expect(completer.candidates(for: "bookmark wat").candidates == ["watercolor"])
        #expect(completer.candidates(for: "s = stack base he").candidates.contains("hero"))
        #expect(completer.candidates(for: "load illu").candidates.contains("illustriousXL_v01"))
        // A name with a space comes quoted.
        #expect(completer.candidates(for: "info ink").candidates.contains("'ink (1)'"))
        // find's free-text options offer their words.
        #expect(completer.candidates(for: "find family=p").candidates == ["family=pony"])
        #expect(
            completer.candidates(for: "find family=flux").candidates == [
                "family=flux", "family=fluxdev", "family=fluxschnell",
            ])
        #expect(
            completer.candidates(for: "find type=lo").candidates == [
                "type=lora", "type=locon", "type=loha", "type=lokr",
            ])
    }
}
