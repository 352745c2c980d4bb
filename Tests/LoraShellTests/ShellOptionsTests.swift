import Testing

@testable import LoraShell

@Suite struct ShellOptionsTests {
    @Test func modes() throws {
        #expect(try ShellOptions.parse([]).mode == .interactive)
        #expect(
            try ShellOptions.parse(["a.lsh", "x", "--quiet"])
                == {
                    var o = ShellOptions(); o.mode = .script(path: "a.lsh"); o.arguments = ["x", "--quiet"]; return o
                }())
        let command = try ShellOptions.parse(["--keep-going", "-c", "echo 1", "a"])
        #expect(command.mode == .command("echo 1"))
        #expect(command.keepGoing)
        #expect(command.arguments == ["a"])
        #expect(try ShellOptions.parse(["-", "z"]).mode == .standardInput)
        #expect(try ShellOptions.parse(["-q", "--version"]).mode == .version)
    }

    @Test func usageErrors() {
        #expect(throws: ShellOptions.UsageError(description: "unknown option '--frobnicate' (see lorash --help)")) {
            try ShellOptions.parse(["--frobnicate"])
        }
        #expect(
            throws: ShellOptions.UsageError(
                description: "unknown option '--quite' (did you mean --quiet? see lorash --help)")
        ) {
            try ShellOptions.parse(["--quite"])
        }
        #expect(throws: ShellOptions.UsageError(description: "-c needs the text to run")) {
            try ShellOptions.parse(["-c"])
        }
    }
}

@Suite struct HistoryFileTests {
    @Test func pathPrecedence() {
        #expect(
            HistoryFile.path(environment: ["LORASH_HISTORY": "/h", "XDG_STATE_HOME": "/s", "HOME": "/home/u"]) == "/h")
        #expect(HistoryFile.path(environment: ["XDG_STATE_HOME": "/s", "HOME": "/home/u"]) == "/s/lorash/history")
        #expect(HistoryFile.path(environment: ["HOME": "/home/u"]) == "/home/u/.lorash_history")
        // An empty HOME is no home: the user database's, never the current folder.
        #expect(HistoryFile.path(environment: ["HOME": ""]).hasPrefix("/"))
    }

    @Test func multiLineBlockIsOneEntry() {
        #expect(
            HistoryFile.entry(for: ["for w in 0..1 {", "  echo $w", "  echo x", "}"])
                == "for w in 0..1 { echo $w; echo x; }")
        #expect(HistoryFile.entry(for: ["load a \\", "  as b"]) == "load a as b")
        #expect(HistoryFile.entry(for: ["echo [1,", " 2]"]) == "echo [1, 2]")
        #expect(HistoryFile.entry(for: ["for w in [1] { # c", "}"]) == "for w in [1] { # c\n}")
        // A line break inside a string is part of it; inside ( … ) it is only a space.
        #expect(HistoryFile.entry(for: ["echo \"multi", "line\""]) == "echo \"multi\nline\"")
        #expect(HistoryFile.entry(for: ["echo (1 +", "2)"]) == "echo (1 + 2)")
        // Parentheses inside strings do not count.
        #expect(
            HistoryFile.entry(for: ["for x in [1 2] {", "echo \"(\"", "echo $x", "}"])
                == "for x in [1 2] { echo \"(\"; echo $x; }")
    }
}
