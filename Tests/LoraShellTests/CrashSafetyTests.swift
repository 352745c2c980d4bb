import Foundation
import LoraEngine
import LoraFormats
import Testing

/// SIGKILL (no handler runs: the OOM killer, a power cut, `kill -9`) at seeded random moments
/// while lorash writes a large output: the target holds the previous file or nothing (or the
/// complete new file, when the kill came after the rename), never a part; what is left is a
/// temporary file named `.NAME.lorash-tmp-PID-N` beside the target, and the next write of that
/// target removes it. A library index killed mid-scan opens and keeps what it had committed.
@Suite(.serialized) struct CrashSafetyTests {
    static let peers = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/peers").path

    /// Starts lorash on `script`, waits until its own temporary file of `name` appears in `folder`
    /// (when given) and then `delay` seconds, and SIGKILLs it; its PID.
    static func kill9(
        _ script: String, after delay: Double, once name: String? = nil, in folder: String = "",
        environment: [String: String] = [:]
    ) throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryRunner.binary)
        process.arguments = ["-c", script]
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        if let name {
            let deadline = Date().addingTimeInterval(60)
            let own = "." + name + ".lorash-tmp-\(process.processIdentifier)-"
            while process.isRunning, Date() < deadline,
                (try? temporaries(of: name, in: folder))?.contains(where: { $0.hasPrefix(own) }) != true
            {
                usleep(1000)
            }
        }
        Thread.sleep(forTimeInterval: delay)
        let running = process.isRunning
        if running { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(running, "lorash ended before the kill (\(delay) s): \(script)")
        return process.processIdentifier
    }

    /// The names in `folder` that are temporary files of `name`.
    static func temporaries(of name: String, in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("." + name + ".lorash-tmp-") }
    }

    /// Whether `path` is a complete safetensors file: its header parses and its size is the
    /// header's size plus the last tensor's end.
    static func isCompleteSafetensors(_ path: String) -> Bool {
        guard let reader = try? SafetensorsReader(path: path),
            let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? Int
        else { return false }
        guard let data = FileManager.default.contents(atPath: path), data.count >= 8 else { return false }
        let headerLength = data.prefix(8).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        let end = reader.entries.map { $0.dataRange.upperBound }.max() ?? 0
        return size == 8 + headerLength + end
    }

    /// The outputs killed: a bake into a checkpoint (over a previous file, with
    /// overwrite=true), a save of a 4 GB LoRA (a hole, written as F16), and a conversion.
    @Test(arguments: ["bake", "save", "convert"])
    func aKilledWriteLeavesThePreviousFileOrNothing(_ command: String) throws {
        let folder = try BinaryRunner.temporaryFolder("crash-\(command)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: false)
        let target = out + "/result.safetensors"
        let script: String
        let small: String
        switch command {
        case "bake":
            let fixture = Self.peers + "/peft_lora_mlp"
            let mlp = try SafetensorsReader(path: fixture + "/base.safetensors")
            let base = folder.appendingPathComponent("base.safetensors").path
            try EndToEndTests.writeSparse(
                try mlp.names.map { ($0, try mlp.tensor(named: $0)) }, fillerFloats: 192 << 20, fillers: 16, to: base)
            script =
                "load \(base) as base; load \(fixture) as l; s = stack base l; merge s into \(target) overwrite=true"
            small =
                "load \(fixture)/base.safetensors as base; load \(fixture) as l; s = stack base l; merge s into \(target) overwrite=true"
        default:
            let lora = folder.appendingPathComponent("big.safetensors").path
            try LargeInputs.writeLora(to: lora, modules: 64, width: 8192, rank: 1024, sparse: true)
            script =
                command == "save"
                ? "load \(lora) as l; save l \(target) dtype=f16 overwrite=true"
                : "convert \(lora) \(target) format=kohya dtype=f16 overwrite=true"
            small = "convert \(Self.peers)/peft_lora_mlp \(target) format=kohya overwrite=true"
        }
        // The previous file: any bytes; a killed write must leave them or the whole new file.
        let previous = Data("the previous file".utf8)
        var random = SplitMix64(seed: 19)
        var leftovers = 0
        for round in 0..<3 {
            try previous.write(to: URL(fileURLWithPath: target))
            // Killed at a random moment of the write (the temporary file exists from its start).
            let delay = random.nextUnit() * 0.4
            let pid = try Self.kill9(script, after: delay, once: "result.safetensors", in: out)
            let now = FileManager.default.contents(atPath: target)
            #expect(
                now == previous || Self.isCompleteSafetensors(target),
                "round \(round) (killed after \(delay) s): the target is neither the previous file nor a complete one")
            for name in try Self.temporaries(of: "result.safetensors", in: out) {
                #expect(name.hasPrefix(".result.safetensors.lorash-tmp-\(pid)-"), "\(name) is not the killed run's")
                leftovers += 1
            }
        }
        // The next write of the target removes what the killed runs left.
        let next = try BinaryRunner.run(["-c", small])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try Self.temporaries(of: "result.safetensors", in: out).isEmpty)
        #expect(Self.isCompleteSafetensors(target))
        // Every kill came while the temporary file was being written.
        #expect(leftovers == 3, "\(leftovers) of 3 kills left a temporary file")
    }

    /// A PEFT folder (weights and config) replaced with overwrite=true and killed at random
    /// moments: the folder holds the previous pair or the whole new one, never new weights beside
    /// the old config; the user's own file in it stays; the next write removes the killed runs'
    /// temporary folders.
    @Test func aKilledPeftFolderWriteLeavesOneWholeAdapter() throws {
        let folder = try BinaryRunner.temporaryFolder("crash-peft")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: false)
        let target = out + "/result"
        let lora = folder.appendingPathComponent("big.safetensors").path
        try LargeInputs.writeLora(to: lora, modules: 64, width: 8192, rank: 1024, sparse: true)
        let script = "load \(lora) as l; save l \(target) format=peft dtype=f16 overwrite=true"
        // The previous adapter: PEFT's own fixture, and a README of the user's.
        let fixture = Self.peers + "/peft_lora_mlp"
        let readme = Data("my notes on this adapter".utf8)
        var random = SplitMix64(seed: 20)
        var leftovers = 0
        for round in 0..<3 {
            try? FileManager.default.removeItem(atPath: target)
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
            for name in ["adapter_model.safetensors", "adapter_config.json"] {
                try FileManager.default.copyItem(atPath: fixture + "/" + name, toPath: target + "/" + name)
            }
            try readme.write(to: URL(fileURLWithPath: target + "/README.md"))
            let oldModel = FileManager.default.contents(atPath: fixture + "/adapter_model.safetensors")
            let oldConfig = FileManager.default.contents(atPath: fixture + "/adapter_config.json")
            let delay = random.nextUnit() * 0.4
            let pid = try Self.kill9(script, after: delay, once: "result", in: out)
            let model = FileManager.default.contents(atPath: target + "/adapter_model.safetensors")
            let config = FileManager.default.contents(atPath: target + "/adapter_config.json")
            let old = model == oldModel && config == oldConfig
            let new =
                Self.isCompleteSafetensors(target + "/adapter_model.safetensors")
                && model != oldModel && config != oldConfig
                && (config.flatMap { String(data: $0, encoding: .utf8) }?.contains("\"r\": 1024") ?? false)
            #expect(
                old || new, "round \(round) (killed after \(delay) s): neither the previous adapter nor the new one")
            #expect(FileManager.default.contents(atPath: target + "/README.md") == readme)
            for name in try Self.temporaries(of: "result", in: out) {
                #expect(name.hasPrefix(".result.lorash-tmp-\(pid)-"), "\(name) is not the killed run's")
                leftovers += 1
            }
        }
        #expect(leftovers == 3, "\(leftovers) of 3 kills left a temporary folder")
        let next = try BinaryRunner.run(["-c", "convert \(fixture) \(target) format=peft overwrite=true"])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try Self.temporaries(of: "result", in: out).isEmpty)
        #expect(
            FileManager.default.contents(atPath: target + "/adapter_config.json").flatMap {
                String(data: $0, encoding: .utf8)
            }?.contains("\"r\": 4") == true)
        #expect(FileManager.default.contents(atPath: target + "/README.md") == readme)
    }

    /// A temporary file of a process that still runs is never removed by another's write;
    /// a stale one (its PID gone) is. (Names are made as lorash makes them.)
    @Test func onlyStaleTemporariesAreRemoved() throws {
        let folder = try BinaryRunner.temporaryFolder("crash-stale")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.path + "/a.safetensors"
        // PID 1 runs (init), a PID above the kernel's limit never does.
        let alive = folder.path + "/.a.safetensors.lorash-tmp-1-42"
        let stale = folder.path + "/.a.safetensors.lorash-tmp-2147483646-7"
        let other = folder.path + "/.b.safetensors.lorash-tmp-2147483646-7"
        for path in [alive, stale, other] { FileManager.default.createFile(atPath: path, contents: Data([1])) }
        let run = try BinaryRunner.run(["-c", "convert \(Self.peers)/peft_lora_mlp \(target) format=kohya"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: alive))
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: other), "another target's temporary file was removed")
    }

    /// A library killed while it scans 20000 new files: it opens, every file indexed by the
    /// first (complete) scan is still there, and the next scan completes the index.
    @Test func aKilledScanKeepsTheCommittedIndex() throws {
        let folder = try BinaryRunner.temporaryFolder("crash-scan")
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["LORASH_LIBRARY": folder.path + "/library.db"]
        try InterruptInputs.loraFolder(folder.path + "/first", count: 300)
        let first = try BinaryRunner.run(
            ["-c", "library add \(folder.path)/first; library scan"], environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(ScriptInterruptTests.scanCounts(first.stdout).map(\.new) == 300, "\(first.stdout)")
        try InterruptInputs.loraFolder(folder.path + "/second", count: 20000)
        var random = SplitMix64(seed: 23)
        for round in 0..<3 {
            let delay = 0.2 + random.nextUnit() * 1.5
            _ = try Self.kill9(
                "library add \(folder.path)/second; library scan", after: delay, environment: environment)
            // The index opens after each kill (SQLite's journal rolls an unfinished batch back).
            let check = try BinaryRunner.run(["-c", "library"], environment: environment)
            #expect(check.status == 0, "round \(round): the library does not open after a kill: \(check.stderr)")
        }
        let next = try BinaryRunner.run(["-c", "library scan"], environment: environment)
        #expect(next.status == 0, "\(next.stderr)")
        let counts = ScriptInterruptTests.scanCounts(next.stdout)
        #expect(counts.map { $0.new + $0.unchanged } == 20300, "\(next.stdout)")
        #expect(counts.map(\.unchanged).map { $0 >= 300 } == true, "the first scan's files were lost: \(next.stdout)")
    }
}
