import Foundation
import LoraFormats
import Testing

/// Drives the real REPL in a pseudo-terminal (tmux): typing, history recall with the up arrow,
/// Tab completion, Ctrl-C, Ctrl-D, and history surviving a restart. Assertions are on what the
/// terminal shows.
@Suite(.serialized) struct ReplTests {
    static let tmuxAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")

    final class Session {
        let name = "lorash-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let socket: String

        init(historyPath: String, term: String = "xterm") throws {
            socket = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sock").path
            let command = "env LORASH_HISTORY=\(historyPath) TERM=\(term) LANG=C.UTF-8 \(BinaryRunner.binary)"
            try tmux(["new-session", "-d", "-s", name, "-x", "100", "-y", "30", command])
            try waitFor("lorash>")
        }

        /// A folder made for this session alone (its history), removed with it.
        private var ownFolder: URL?

        /// A session with a history file of its own, in a fresh temporary folder.
        static func fresh(_ label: String, term: String = "xterm") throws -> Session {
            let folder = try BinaryRunner.temporaryFolder(label)
            let session = try Session(historyPath: folder.appendingPathComponent("history").path, term: term)
            session.ownFolder = folder
            return session
        }

        deinit {
            _ = try? tmux(["kill-server"])
            if let ownFolder { try? FileManager.default.removeItem(at: ownFolder) }
        }

        /// Ctrl-D at the prompt; whether lorash then exited.
        func quit() throws -> Bool {
            try send("C-d")
            return waitForExit()
        }

        /// Runs tmux with posix_spawn and waitpid (Foundation's Process can miss the exit of a
        /// client whose server daemonised), its output going through a temporary file.
        @discardableResult
        func tmux(_ arguments: [String]) throws -> String {
            let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent(
                "\(name)-\(UUID().uuidString).out"
            ).path
            defer { unlink(outputPath) }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            let argv = ["tmux", "-S", socket, "-f", "/dev/null"] + arguments
            var cArguments = argv.map { strdup($0) } + [nil]
            defer { for pointer in cArguments { free(pointer) } }
            var pid: pid_t = 0
            // Start tmux (and so lorash) with no signals blocked or ignored, whatever the runner does.
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            var noSignals = sigset_t()
            sigemptyset(&noSignals)
            var allSignals = sigset_t()
            sigfillset(&allSignals)
            posix_spawnattr_setsigmask(&attributes, &noSignals)
            posix_spawnattr_setsigdefault(&attributes, &allSignals)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
            let spawned = posix_spawn(&pid, "/usr/bin/tmux", &actions, &attributes, &cArguments, environ)
            guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        }

        func send(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }
        func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }
        /// Types `line` and presses Enter.
        func enter(_ line: String) throws {
            try type(line)
            try send("Enter")
        }

        var screen: String { (try? tmux(["capture-pane", "-p", "-t", name])) ?? "" }

        var isRunning: Bool {
            (try? tmux(["list-panes", "-t", name, "-F", "#{pane_dead}"]))?.hasPrefix("0") ?? false
        }

        /// Waits (up to 15 s × `BinaryRunner.timeoutScale`: the suite runs tests side by side) for lorash to exit; whether it did.
        func waitForExit() -> Bool {
            let deadline = Date().addingTimeInterval(15 * BinaryRunner.timeoutScale)
            while isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            return !isRunning
        }

        /// Waits (up to `seconds` × `BinaryRunner.timeoutScale`) until the screen shows `text` `count` times.
        @discardableResult
        func waitFor(_ text: String, count: Int = 1, seconds: Double = 10) throws -> String {
            let deadline = Date().addingTimeInterval(seconds * BinaryRunner.timeoutScale)
            while Date() < deadline {
                let shown = screen
                if shown.components(separatedBy: text).count - 1 >= count { return shown }
                Thread.sleep(forTimeInterval: 0.05)
            }
            Issue.record("timed out waiting for '\(text)' ×\(count); screen:\n\(screen)")
            return screen
        }
    }

    /// Ctrl-C stops a bake, a LoRA merge, a save and training while each shows its progress
    /// line, and returns to the prompt with the session intact: nothing is bound and no file
    /// (not even a temporary one) is left.
    @Test(.enabled(if: tmuxAvailable, "tmux is not installed (Scripts/test installs it)"))
    func controlCStopsLongCommandsAndKeepsTheSession() throws {
        let folder = try BinaryRunner.temporaryFolder("interrupts")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/peers/peft_lora_mlp").path
        // A base of the PEFT fixture's MLP plus 1.5 GB of zeros in 48 tensors (a hole: no disk
        // used), a LoRA of 256 dense 2048×2048 modules (ties works on each whole), and a 4 GB
        // sparse LoRA.
        let mlp = try SafetensorsReader(path: fixture + "/base.safetensors")
        let base = folder.appendingPathComponent("base.safetensors").path
        try EndToEndTests.writeSparse(
            try mlp.names.map { ($0, try mlp.tensor(named: $0)) }, fillerFloats: 384 << 20, fillers: 48, to: base)
        let dense = folder.appendingPathComponent("dense.safetensors").path
        try LargeInputs.writeLora(to: dense, modules: 256, width: 2048, rank: 32, sparse: false)
        let big = folder.appendingPathComponent("big.safetensors").path
        try LargeInputs.writeLora(to: big, modules: 64, width: 8192, rank: 1024, sparse: true)
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)

        let session = try Session.fresh("interrupts")
        var interrupts = 0
        func interrupt(_ line: String, whenShown progress: String) throws {
            try session.enter(line)
            // The whole suite runs beside this test on 2 cores: a 4 GB command may take a while
            // to show its first progress line.
            try session.waitFor(progress, seconds: 40)
            try session.send("C-c")
            interrupts += 1
            try session.waitFor("error: interrupted", count: interrupts)
            Thread.sleep(forTimeInterval: 0.3)  // let the prompt come back before typing
        }
        try session.enter("load \(base) as base; load \(fixture) as l; load \(dense) as dense; load \(big) as big")
        try session.waitFor("big: LoRA (kohya)")
        try session.enter("s = stack base l; toybase = toy seed=1")
        try session.waitFor("toybase = toy base:")
        try interrupt("merge s into \(out.path)/baked.safetensors", whenShown: "merge: tensor")
        try interrupt("m = merge dense:0.5 method=ties density=0.5 rank=8", whenShown: "merge: module")
        try interrupt("save big \(out.path)/big.safetensors dtype=f16", whenShown: "save: tensor")
        try interrupt("t = train toybase on rings steps=100000", whenShown: "train: step")
        try session.enter("ls")
        let listing = try session.waitFor("toy base: 4 layers", count: 2)  // once at `toybase =`, once in the listing
        let names = listing.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        for name in ["base", "l", "dense", "big", "s", "toybase"] {
            #expect(names.contains(name), "\(name) is gone:\n\(listing)")
        }
        #expect(!names.contains("m") && !names.contains("t"), "an interrupted command bound its name:\n\(listing)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
        #expect(session.isRunning)
        #expect(try session.quit())
    }

    /// Ctrl-D at the continuation prompt drops the unfinished block and keeps the session (it
    /// used to leave lorash, losing everything loaded); Ctrl-D on the empty prompt then leaves.
    @Test(
        .enabled(if: tmuxAvailable, "tmux is not installed (Scripts/test installs it)"), arguments: ["xterm", "dumb"])
    func controlDInABlockKeepsTheSession(_ term: String) throws {
        let session = try Session.fresh("repl-ctrl-d", term: term)
        try session.enter("x = 41")
        try session.enter("for w in [1, 2] {")
        try session.waitFor("...>")
        try session.send("C-d")
        try session.waitFor("the unfinished statement was discarded")
        try session.waitFor("lorash>", count: 3)
        #expect(session.isRunning, "Ctrl-D at ...> left the shell")
        try session.enter("echo \"kept {x+1}\"")
        try session.waitFor("\nkept 42")
        #expect(try session.quit(), "Ctrl-D on the empty prompt did not leave")
    }

    /// A terminal that cannot edit (TERM=dumb: Emacs' shell, IDE consoles): plain lines with a
    /// prompt, and Ctrl-C discards the line. It used to show no prompt, and after a Ctrl-C spin
    /// at full CPU reading nothing.
    @Test(.enabled(if: tmuxAvailable, "tmux is not installed (Scripts/test installs it)"))
    func dumbTerminalPromptsAndSurvivesControlC() throws {
        let session = try Session.fresh("repl-dumb", term: "dumb")
        try session.enter("echo \"one {1+1}\"")
        try session.waitFor("\none 2")
        try session.type("this line is abandoned")
        try session.send("C-c")
        try session.waitFor("lorash>", count: 3)
        try session.enter("echo \"two {2+1}\"")
        let screen = try session.waitFor("\ntwo 3")
        #expect(!screen.contains("abandoned\n"), "the abandoned line ran:\n\(screen)")
        #expect(try session.quit())
    }

    /// After the window is made narrower, a long line wraps at the new width and the cursor
    /// lands where it is drawn (libedit kept the old width, and an insertion appeared mid-line).
    @Test(.enabled(if: tmuxAvailable, "tmux is not installed (Scripts/test installs it)"))
    func narrowedWindowWrapsAtTheNewWidth() throws {
        let session = try Session.fresh("repl-resize")
        try session.tmux(["resize-window", "-t", session.name, "-x", "30", "-y", "30"])
        Thread.sleep(forTimeInterval: 0.3)
        try session.type("echo 1111111111222222222233333333334444444444")
        try session.send("C-a", "C-f", "C-f")
        try session.type("X")
        try session.waitFor("lorash> ecXho 1111111111222222\n222233333333334444444444")
        try session.send("C-c")
        // Ctrl-D only once the fresh prompt is up: sooner, it lands on the abandoned line, where
        // it deletes a character instead of ending the session (seen under AddressSanitizer).
        try session.waitFor("lorash>", count: 2)
        #expect(try session.quit())
    }

    /// A tab inside pasted text is kept (it was taken as a completion request and dropped),
    /// and a Tab typed ahead still completes.
    @Test(.enabled(if: tmuxAvailable, "tmux is not installed (Scripts/test installs it)"))
    func pastedTabsAreKept() throws {
        let session = try Session.fresh("repl-paste")
        try session.tmux(["set-buffer", "-b", "p", "echo \"zz\tqq\"\n"])
        try session.tmux(["paste-buffer", "-p", "-b", "p", "-t", session.name])  // -p: as a terminal pastes
        let screen = try session.waitFor("lorash>", count: 2)
        #expect(!screen.contains("zzqq"), "the tab was dropped:\n\(screen)")
        // A Tab typed ahead with the rest of the line (one write, no paste markers) completes.
        try session.tmux(["send-keys", "-t", session.name, "ec", "Tab", "\"typed ahead\"", "Enter"])
        try session.waitFor("\ntyped ahead")
        #expect(try session.quit())
    }

    /// Two shells open at once on one history file both keep their lines (the last to save
    /// used to replace the other's).
    @Test(.enabled(if: tmuxAvailable, "tmux is not installed (Scripts/test installs it)"))
    func twoShellsShareTheHistoryFile() throws {
        let folder = try BinaryRunner.temporaryFolder("repl-two")
        defer { try? FileManager.default.removeItem(at: folder) }
        let history = folder.appendingPathComponent("history").path
        let first = try Session(historyPath: history)
        let second = try Session(historyPath: history)
        for (session, text) in [
            (first, "echo fromA1"), (second, "echo fromB1"), (first, "echo fromA2"), (second, "echo fromB2"),
        ] {
            try session.type(text)
            try session.send("Enter")
            try session.waitFor("\n" + text.dropFirst(5))
        }
        #expect(try first.quit() && second.quit())
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        for text in ["fromA1", "fromB1", "fromA2", "fromB2"] {
            #expect(saved.contains(text), "\(text) missing:\n\(saved)")
        }
    }

    @Test(.enabled(if: tmuxAvailable, "tmux is not installed (Scripts/test installs it)"))
    func typeRecallCompleteInterruptAndExit() throws {
        let folder = try BinaryRunner.temporaryFolder("repl")
        defer { try? FileManager.default.removeItem(at: folder) }
        let history = folder.appendingPathComponent("history").path
        let session = try Session(historyPath: history)

        try session.type("let x = 41")
        try session.send("Enter")
        try session.type("echo \"answer {x+1}\"")
        try session.send("Enter")
        try session.waitFor("answer 42")

        try session.send("Up")  // recall the echo
        try session.send("Enter")
        try session.waitFor("answer 42", count: 2)

        try session.type("ec")
        try session.send("Tab")
        try session.waitFor("lorash> echo ")
        try session.type("héllo ✓")
        try session.send("Enter")
        try session.waitFor("\nhéllo ✓")

        try session.type("for w in 0..1 {")
        try session.send("Enter")
        try session.waitFor("   ...>")
        try session.type("echo \"w={w}\"")
        try session.send("Enter")
        try session.type("}")
        try session.send("Enter")
        try session.waitFor("w=1")

        try session.type("this line is abandoned")
        try session.send("C-c")
        // Type the next line at the new prompt (under load, keys typed before it can be lost).
        try session.waitFor("^C")
        Thread.sleep(forTimeInterval: 0.3)
        try session.type("echo \"still alive {x}\"")
        try session.send("Enter")
        let screen = try session.waitFor("\nstill alive 41")
        #expect(screen.contains("^C"))

        // Ctrl-C during a running command stops it and keeps the session.
        try session.type("base = toy seed=1")
        try session.send("Enter")
        try session.waitFor("base = toy base:")  // type the next line only at the prompt
        try session.type("long = train base on rings steps=100000")
        try session.send("Enter")
        try session.waitFor("train: step")
        try session.send("C-c")
        try session.waitFor("error: interrupted")
        Thread.sleep(forTimeInterval: 0.3)  // let the prompt come back before typing
        try session.type("ls")
        try session.send("Enter")
        let afterInterrupt = try session.waitFor("toy base: 4 layers")
        #expect(
            !afterInterrupt.split(separator: "\n").contains { $0.hasPrefix("long ") },
            "the interrupted command bound its name:\n\(afterInterrupt)")

        try session.type("nosuchcommand")
        try session.send("Enter")
        try session.waitFor("error: unknown command 'nosuchcommand'")
        #expect(session.isRunning)

        try session.send("C-d")
        #expect(session.waitForExit(), "Ctrl-D did not end the REPL")

        // History survives a restart: the block is one entry, the abandoned line is not there.
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved.contains("echo\\040\"answer\\040{x+1}\""))
        #expect(!saved.contains("abandoned"))
        let second = try Session(historyPath: history)
        try second.send("Up")
        try second.waitFor("lorash> nosuchcommand")
        for _ in 0..<4 { try second.send("Up") }  // ls, long = train…, base = toy…, echo
        try second.waitFor("lorash> echo \"still alive {x}\"")
        try second.send("Up")
        try second.waitFor("lorash> for w in 0..1 { echo \"w={w}\"; }")
    }
}
