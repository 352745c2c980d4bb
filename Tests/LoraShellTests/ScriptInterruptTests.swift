import Foundation
import Testing

/// SIGINT (Ctrl-C) while a script resizes, extracts, draws a picture or a grid, scans a library or runs a
/// long loop: the script ends with status 130 and "interrupted", nothing after the command
/// runs, and no output file (not even a temporary one) is left. (Bakes, saves, conversions,
/// merges and training: EndToEndTests.longCommandsStoppedBySIGINTExit130.)
@Suite struct ScriptInterruptTests {
    /// Runs `script` with lorash -c, waits until it printed `started` and then `delay` seconds,
    /// sends SIGINT; the exit status, standard error, and whether it was still running then.
    static func interrupt(_ script: String, environment: [String: String] = [:], delay: Double = 0.5) throws -> (
        status: Int32, reason: Process.TerminationReason, stderr: String, stdout: String, running: Bool
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryRunner.binary)
        process.arguments = ["-c", script]
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let standardOutput = Pipe()
        let standardError = Pipe()
        process.standardOutput = standardOutput
        process.standardError = standardError
        try process.run()
        // The script echoes "started" just before the long command.
        var printed = Data()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline && !String(decoding: printed, as: UTF8.self).contains("started") {
            printed.append(standardOutput.fileHandleForReading.availableData)
        }
        Thread.sleep(forTimeInterval: delay)
        let running = process.isRunning
        if running { kill(process.processIdentifier, SIGINT) }
        let message = String(decoding: standardError.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        printed.append(standardOutput.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        return (
            process.terminationStatus, process.terminationReason, message, String(decoding: printed, as: UTF8.self),
            running
        )
    }

    /// The counts of a scan's line "scanned in 0.52 s: 12 new, 0 changed, 0 gone, 3988 unchanged".
    static func scanCounts(_ output: String) -> (new: Int, unchanged: Int)? {
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("scanned in ") }) else { return nil }
        let words = line.split(separator: " ")
        func count(before label: Substring) -> Int? {
            guard let i = words.firstIndex(where: { $0.hasPrefix(label) }), i > 0 else { return nil }
            return Int(words[i - 1])
        }
        guard let new = count(before: "new"), let unchanged = count(before: "unchanged") else { return nil }
        return (new, unchanged)
    }

    @Test(arguments: ["resize", "extract", "render", "render grid", "library scan", "a long loop"])
    func stoppedBySIGINTExit130(_ command: String) throws {
        let folder = try BinaryRunner.temporaryFolder("script-interrupt")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: false)
        var environment: [String: String] = [:]
        let script: String
        switch command {
        case "resize":
            let lora = folder.appendingPathComponent("big.safetensors").path
            try InterruptInputs.loraToResize(at: lora)
            script = "load \(lora) as l; echo \"started\"; small = resize l rank=8; save small \(out)/small.safetensors"
        case "extract":
            let (tuned, base) = try InterruptInputs.checkpointsToExtract(in: folder.path)
            script =
                "load \(tuned) as tuned; load \(base) as base; echo \"started\"; e = extract tuned from base rank=64; save e \(out)/e.safetensors"
        case "render":
            script = "base = toy seed=1; echo \"started\"; render base to \(out)/t.png size=4096"
        case "render grid":
            script = InterruptInputs.toyStack + "; echo \"started\"; " + InterruptInputs.renderGrid(to: out + "/g.png")
        case "library scan":
            try InterruptInputs.loraFolder(folder.appendingPathComponent("loras").path, count: 8000)
            environment["LORASH_LIBRARY"] = folder.appendingPathComponent("library.db").path
            script = "library add \(folder.path)/loras; echo \"started\"; library scan; echo \"finished\""
        default:
            script = "echo \"started\"; for i in 1..9999999 { let x = i }; echo \"finished\""
        }
        let result = try Self.interrupt(script, environment: environment, delay: command == "library scan" ? 0.05 : 0.5)
        #expect(result.running, "\(command) ended before the signal could be sent: \(result.stderr)")
        #expect(result.reason == .exit && result.status == 130, "status \(result.status): \(result.stderr)")
        #expect(result.stderr.contains("error: interrupted"), "\(result.stderr)")
        #expect(!result.stdout.contains("finished"), "the script went on after the interrupt")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
        if command == "library scan" {
            // What was committed opens and is kept; the next scan completes the index.
            let next = try BinaryRunner.run(["-c", "library scan"], environment: environment)
            #expect(next.status == 0, "\(next.stderr)")
            #expect(Self.scanCounts(next.stdout).map { $0.new + $0.unchanged } == 8000, "\(next.stdout)")
        }
    }
}
