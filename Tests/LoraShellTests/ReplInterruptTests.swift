import Foundation
import Testing

/// Ctrl-C in the real REPL (tmux) while a resize, an extract, a 4096² render, a render grid, a library scan
/// and a runaway loop run: each stops with "interrupted", the prompt comes back, every name
/// loaded before is still there, none of the interrupted ones is bound, and no file is left.
/// (Bakes, merges, saves and training: ReplTests.controlCStopsLongCommandsAndKeepsTheSession.)
@Suite(.serialized) struct ReplInterruptTests {
    @Test(.enabled(if: ReplTests.tmuxAvailable, "tmux is not installed (Scripts/test installs it)"))
    func controlCStopsResizeExtractRenderScanAndLoops() throws {
        let folder = try BinaryRunner.temporaryFolder("repl-interrupts")
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.safetensors").path
        try InterruptInputs.loraToResize(at: big)
        let (tuned, base) = try InterruptInputs.checkpointsToExtract(in: folder.path)
        try InterruptInputs.loraFolder(folder.appendingPathComponent("loras").path, count: 20000)
        let out = folder.appendingPathComponent("out").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: false)

        let session = try ReplTests.Session.fresh("repl-interrupts")
        var interrupts = 0
        func interrupt(_ line: String, whenShown progress: String?) throws {
            try session.enter(line)
            if let progress {
                try session.waitFor(progress, seconds: 40)  // the suite runs beside it on 2 cores
            } else {
                Thread.sleep(forTimeInterval: 1)
            }
            try session.send("C-c")
            interrupts += 1
            try session.waitFor("interrupted", count: interrupts)
            Thread.sleep(forTimeInterval: 0.3)  // let the prompt come back before typing
        }
        try session.enter("load \(big) as big; load \(tuned) as tuned; load \(base) as base")
        try session.waitFor("base: checkpoint")
        try session.enter(InterruptInputs.toyStack)
        try session.waitFor("s = stack")
        try session.enter("library open \(folder.path)/library.db; library add \(folder.path)/loras")
        try session.waitFor("library add")  // the line as typed, then its report
        Thread.sleep(forTimeInterval: 0.5)
        try interrupt("small = resize big rank=8", whenShown: "resize: module")
        try interrupt("e = extract tuned from base rank=64", whenShown: "extract: tensor")
        try interrupt("render toybase to \(out)/t.png size=4096", whenShown: nil)
        try interrupt(InterruptInputs.renderGrid(to: out + "/g.png"), whenShown: "render: cell")
        try interrupt("library scan", whenShown: "library scan: file")
        try interrupt("for i in 1..9999999 { let x = i }", whenShown: nil)
        try session.enter("ls; echo \"listed\"")
        let listing = try session.waitFor("\nlisted")
        let names = listing.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        for name in ["big", "tuned", "base", "toybase", "r", "s"] {
            #expect(names.contains(name), "\(name) is gone:\n\(listing)")
        }
        #expect(!names.contains("small") && !names.contains("e"), "an interrupted command bound its name:\n\(listing)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
        try session.enter("echo \"still here {1+1}\"")
        try session.waitFor("\nstill here 2")
        #expect(session.isRunning)
        #expect(try session.quit())
    }
}
