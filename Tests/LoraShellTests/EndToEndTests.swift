import Foundation
import LoraEngine
import LoraFormats
import Testing

/// The built binary, driven as users drive it: -c, stdin, scripts, arguments, exit statuses.
@Suite struct EndToEndTests {
    @Test func sweepFromStandardInput() throws {
        let result = try BinaryRunner.run(["-"], input: "for w in 0..1 step 0.5 { echo \"w={w}\" }\n")
        #expect(result.stdout == "w=0\nw=0.5\nw=1\n")
        #expect(result.status == 0)
    }

    /// Piped input: CRLF line ends, a last line with no newline, and a long script (read in
    /// chunks, one line at a time).
    @Test func pipedLinesOfEveryEnding() throws {
        let result = try BinaryRunner.run(["-"], input: "echo a\r\necho b\necho \"c\"")
        #expect(result.stdout == "a\nb\nc\n" && result.status == 0, "\(result)")
        let long = (1...30_000).map { "let x = \($0)" }.joined(separator: "\n") + "\necho \"{x}\"\n"
        #expect(try BinaryRunner.run(["-"], input: long).stdout == "30000\n")
        // A read error is not the end of the script: it is reported, with status 74 (EX_IOERR).
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryRunner.binary)
        process.arguments = ["-"]
        process.standardInput = FileHandle(forReadingAtPath: FileManager.default.temporaryDirectory.path)
        let stderr = Pipe()
        process.standardError = stderr
        try process.run()
        let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(
            process.terminationStatus == 74 && message.contains("cannot read standard input: Is a directory"),
            "\(message)")
    }

    @Test func commandText() throws {
        let result = try BinaryRunner.run(["-c", "let x = 2; echo \"{x}\""])
        #expect(result.stdout == "2\n")
        #expect(result.status == 0)
    }

    @Test func pipedInputWithoutDashIsBatchMode() throws {
        let result = try BinaryRunner.run([], input: "echo 1\nfor w in [a] {\n echo $w\n}\n")
        #expect(result.stdout == "1\na\n")
        #expect(result.status == 0)
        #expect(!result.stdout.contains("lorash>"))
    }

    @Test func misspeltCommandInAScript() throws {
        let folder = try BinaryRunner.temporaryFolder("e2e")
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("sweep.lsh")
        try "echo start\n  ecoh oops\necho never\n".write(to: script, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run([script.path])
        #expect(result.status == 65)
        #expect(result.stdout == "start\n")
        #expect(
            result.stderr
                == "\(script.path):2:3: error: unknown command 'ecoh'\n  ecoh oops\n  ^\ndid you mean 'echo'?\n")
    }

    @Test func keepGoingRunsEveryStatementButStillFails() throws {
        let result = try BinaryRunner.run(["--keep-going", "-c", "ecoh 1\necho 2"])
        #expect(result.stdout == "2\n")
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("<command>:1:1: error: unknown command 'ecoh'"))
    }

    @Test func scriptArgumentsAndShebang() throws {
        let folder = try BinaryRunner.temporaryFolder("args")
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("args.lsh")
        try "#!/usr/bin/env lorash\necho $0 $1 $2\necho $args\n".write(to: script, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run([script.path, "hero", "0.5"])
        #expect(result.stdout == "\(script.path) hero 0.5\n[\"hero\", \"0.5\"]\n")
        #expect(result.status == 0)
    }

    /// A full disk in the middle of a bake, simulated by a file-size limit (writes past it fail
    /// with EFBIG as they would with ENOSPC): a clear error, status 65, no file left behind.
    /// Not under ThreadSanitizer (Scripts/test-sanitized thread sets TSAN_OPTIONS): there the
    /// sanitized lorash, under `ulimit -f 4`, dies of SIGBUS at an address in the sanitizer's
    /// own shadow memory (0x1a…, not the mapped input at 0x7f…) right after it maps the base,
    /// before it writes anything (strace, Docs/Reliability.md).
    @Test(.disabled(if: ProcessInfo.processInfo.environment["TSAN_OPTIONS"] != nil, "ulimit -f breaks TSan's shadow"))
    func bakeThatRunsOutOfSpaceLeavesNothing() throws {
        let folder = try BinaryRunner.temporaryFolder("full")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/peers/peft_lora_mlp").path
        let script =
            "load \(fixture)/base.safetensors as base; load \(fixture) as l; s = stack base l; merge s into out.safetensors"
        // bash's `ulimit -f` counts KiB: the header fits in 4 KiB, the 7.9 KB of tensors do not.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "ulimit -f 4; exec \"$0\" -c \"$1\"", BinaryRunner.binary, script]
        process.currentDirectoryURL = folder
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 65, "\(message)")
        #expect(
            message.contains("out.safetensors: cannot write: File too large (nothing was kept; free some space"),
            "\(message)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// A signal in the middle of a bake leaves nothing behind:
    /// - SIGTERM (a service stopping, `timeout`, a closed terminal): the process still dies of
    ///   the signal (status 143 in a shell), and the handler unlinks the hidden temporary output;
    /// - SIGINT (Ctrl-C): the bake stops at the next tensor with "interrupted", the temporary
    ///   output is removed, and the script ends with status 130.
    @Test(arguments: [SIGTERM, SIGINT])
    func bakeStoppedBySignalLeavesNothing(_ signal: Int32) throws {
        let bake = try RunningBake("signal")
        defer { try? FileManager.default.removeItem(at: bake.folder) }
        let before = try FileManager.default.attributesOfItem(atPath: bake.base)
        let running = bake.waitForTemporaryOutput()
        if running { kill(bake.process.processIdentifier, signal) }
        let message = bake.finish()
        #expect(running, "the bake ended before the signal could be sent")
        if signal == SIGTERM {
            #expect(
                bake.process.terminationReason == .uncaughtSignal && bake.process.terminationStatus == SIGTERM,
                "status \(bake.process.terminationStatus)")
        } else {
            #expect(
                bake.process.terminationReason == .exit && bake.process.terminationStatus == 130,
                "status \(bake.process.terminationStatus)")
            #expect(message.contains("error: interrupted"), "\(message)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: bake.out.path).isEmpty)
        let after = try FileManager.default.attributesOfItem(atPath: bake.base)
        #expect(
            after[.size] as? Int == before[.size] as? Int
                && after[.modificationDate] as? Date == before[.modificationDate] as? Date)
    }

    /// SIGINT (Ctrl-C) during a save, a conversion, a LoRA merge or training in a script: the
    /// script ends with status 130 and "interrupted", and no file (not even a temporary one)
    /// is left where it was writing.
    @Test(arguments: ["save", "convert", "merge", "train"])
    func longCommandsStoppedBySIGINTExit130(_ command: String) throws {
        let folder = try BinaryRunner.temporaryFolder("sigint-\(command)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
        let lora = folder.appendingPathComponent("lora.safetensors").path
        let writes = command == "save" || command == "convert"
        if writes {
            try LargeInputs.writeLora(to: lora, modules: 64, width: 8192, rank: 1024, sparse: true)
        } else if command == "merge" {
            try LargeInputs.writeLora(to: lora, modules: 256, width: 2048, rank: 32, sparse: false)
        }
        let script: String
        switch command {
        case "save": script = "load \(lora) as l; save l \(out.path)/l.safetensors dtype=f16"
        case "convert": script = "convert \(lora) \(out.path)/l.safetensors format=diffusers dtype=f16"
        case "merge": script = "load \(lora) as l; m = merge l:0.5 method=ties density=0.5 rank=8; echo \"done\""
        default: script = "base = toy seed=1; t = train base on rings steps=100000; echo \"done\""
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryRunner.binary)
        process.arguments = ["-c", script]
        let standardError = Pipe()
        process.standardOutput = Pipe()
        process.standardError = standardError
        try process.run()
        // A writer is interrupted once its temporary output exists, the others once they run.
        var started = false
        for _ in 0..<Int(20_000 * BinaryRunner.timeoutScale) where process.isRunning && !started {
            started =
                writes
                ? (try? FileManager.default.contentsOfDirectory(atPath: out.path))?.isEmpty == false
                : true
            usleep(writes ? 500 : 0)
        }
        if !writes { Thread.sleep(forTimeInterval: 1.5 * BinaryRunner.timeoutScale) }
        let running = process.isRunning
        if running { kill(process.processIdentifier, SIGINT) }
        let message = String(decoding: standardError.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(running, "\(command) ended before the signal could be sent")
        #expect(
            process.terminationReason == .exit && process.terminationStatus == 130,
            "status \(process.terminationStatus): \(message)")
        #expect(message.contains("error: interrupted"), "\(message)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    /// A base truncated by another program while the bake reads it (a download restarted, a
    /// file rewritten in place): lorash used to die of SIGBUS and leave its temporary output.
    /// Now the output is removed and the error says what happened, with status 74.
    @Test func bakeOfAnInputTruncatedMeanwhileLeavesNothing() throws {
        let bake = try RunningBake("truncated")
        defer { try? FileManager.default.removeItem(at: bake.folder) }
        let running = bake.waitForTemporaryOutput()
        if running { #expect(truncate(bake.base, 4096) == 0) }
        let message = bake.finish()
        #expect(running, "the bake ended before the base could be truncated")
        #expect(
            bake.process.terminationReason == .exit && bake.process.terminationStatus == 74,
            "status \(bake.process.terminationStatus): \(message)")
        #expect(
            message.contains("a file the session had loaded can no longer be read where it was mapped"), "\(message)")
        #expect(message.contains("the unfinished output was removed"), "\(message)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: bake.out.path).isEmpty)
    }

    /// lorash baking the PEFT fixture's LoRA into its MLP base plus 768 MB of zeros the LoRA
    /// does not touch (a sparse file: no disk is used to make it), so the bake is still writing
    /// when the test acts on it.
    final class RunningBake {
        let folder: URL
        let base: String
        let out: URL
        let process = Process()
        private let standardError = Pipe()

        init(_ label: String) throws {
            folder = try BinaryRunner.temporaryFolder(label)
            let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Fixtures/peers/peft_lora_mlp").path
            let mlp = try SafetensorsReader(path: fixture + "/base.safetensors")
            base = folder.appendingPathComponent("base.safetensors").path
            try EndToEndTests.writeSparse(
                try mlp.names.map { ($0, try mlp.tensor(named: $0)) }, fillerFloats: 192 << 20, to: base)
            out = folder.appendingPathComponent("out")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: false)
            // Started from a test's worker thread, lorash inherits a mask that blocks SIGTERM; it
            // must unblock the signals it handles, or a signal would wait until the bake ends.
            process.executableURL = URL(fileURLWithPath: BinaryRunner.binary)
            process.arguments = [
                "-c",
                "load \(base) as base; load \(fixture) as l; s = stack base l; merge s into \(out.path)/baked.safetensors",
            ]
            process.standardOutput = Pipe()
            process.standardError = standardError
            try process.run()
        }

        /// Waits for the hidden temporary output to appear; whether lorash is still running
        /// then (once it has exited and been reaped, its PID may be another process's).
        func waitForTemporaryOutput() -> Bool {
            for _ in 0..<Int(20_000 * BinaryRunner.timeoutScale) where process.isRunning {
                if (try? FileManager.default.contentsOfDirectory(atPath: out.path))?.contains(where: {
                    $0.contains(".lorash-tmp-")
                }) == true {
                    return process.isRunning
                }
                usleep(500)
            }
            return false
        }

        /// Waits for lorash to end; its standard error.
        func finish() -> String {
            let message = String(decoding: standardError.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return message
        }
    }

    /// Writes `tensors` as safetensors, then `fillers` F32 tensors `filler`, `filler1` … of
    /// `fillerFloats` zeros in all, a hole in the file (several, so work done tensor by tensor
    /// can stop between them soon).
    static func writeSparse(_ tensors: [(String, Tensor)], fillerFloats: Int, fillers: Int = 1, to path: String) throws
    {
        var header: [String] = []
        var offset = 0
        func entry(_ name: String, _ dtype: String, _ shape: [Int], _ bytes: Int) {
            header.append(
                "\"\(name)\":{\"dtype\":\"\(dtype)\",\"shape\":\(shape),\"data_offsets\":[\(offset),\(offset + bytes)]}"
            )
            offset += bytes
        }
        for (name, tensor) in tensors { entry(name, tensor.dtype.rawValue, tensor.shape, tensor.byteCount) }
        for n in 0..<fillers {
            let floats = fillerFloats / fillers + (n == 0 ? fillerFloats % fillers : 0)
            entry(n == 0 ? "filler" : "filler\(n)", "F32", [floats], floats * 4)
        }
        var json = Array(("{" + header.joined(separator: ",") + "}").utf8)
        while json.count % 8 != 0 { json.append(0x20) }
        var data = Data()
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { data.append(contentsOf: $0) }
        data.append(contentsOf: json)
        for (_, tensor) in tensors { tensor.withUnsafeRawBytes { data.append(contentsOf: $0) } }
        try data.write(to: URL(fileURLWithPath: path))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(data.count + fillerFloats * 4))
        try handle.close()
    }

    @Test func exitStatuses() throws {
        #expect(try BinaryRunner.run(["--bogus"]).status == 64)
        #expect(try BinaryRunner.run(["/no/such/script.lsh"]).status == 64)
        #expect(try BinaryRunner.run(["-c", "quit 7"]).status == 7)
        #expect(try BinaryRunner.run(["-c", "echo \"unterminated"]).status == 65)
        #expect(try BinaryRunner.run(["-"], input: "echo 1\nnope\necho 2\n").status == 65)
        let version = try BinaryRunner.run(["--version"])
        #expect(version.stdout.hasPrefix("lorash "))
        #expect(version.status == 0)
    }

    /// One-character output names in the current folder (`save a p`, `render … to q`): they
    /// stopped lorash with a trap in Foundation's `deletingLastPathComponent`.
    @Test func oneCharacterOutputNames() throws {
        let folder = try BinaryRunner.temporaryFolder("short-names")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/peers/peft_lora_mlp").path
        let result = try BinaryRunner.run(
            [
                "-c",
                "load \(fixture) as a; save a p; convert \(fixture) q format=kohya; b = toy; save b t; render b to r.png size=8",
            ],
            directory: folder.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["p", "q", "r.png", "t"])
    }

    @Test func stdinErrorsNameStdinAndLine() throws {
        let result = try BinaryRunner.run(["-"], input: "echo 1\n\necho $missing\n")
        #expect(result.stderr.hasPrefix("<stdin>:3:6: error: unknown name '$missing'"))
    }

    @Test func noColourWhenPiped() throws {
        let result = try BinaryRunner.run(["-c", "nope"], environment: ["NO_COLOR": ""])
        #expect(!result.stderr.contains("\u{1B}["))
    }
}
