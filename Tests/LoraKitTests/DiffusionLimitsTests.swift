import Foundation
import LoraDiffusion
import LoraEngine
import LoraFormats
import Testing

@testable import LoraKit

/// The SD render's limits, on the tiny SD 1.5 checkpoint: a 100 000 × 100 000 image, a grid of
/// a million cells, a grid whose cells would be gigabytes, a prompt of a megabyte. Each is
/// refused with its message before a tensor is converted or a token is read, and no file is
/// written.
@Suite(.serialized) struct DiffusionLimitsTests {
    let folder = MergeFixtures.temporaryFolder("diffusion-limits")
    let session = Session()

    init() throws {
        let (checkpoint, _) = try TinyCheckpoint.write(in: folder)
        _ = try session.load(path: checkpoint, as: "base")
    }

    func request(_ prompt: String = "a cat") -> Session.ImageRequest {
        var r = Session.ImageRequest()
        r.prompt = prompt
        r.steps = 1
        r.size = 64
        return r
    }

    func refusal(_ body: () throws -> Void) -> SessionError? {
        do {
            try body()
            return nil
        } catch let error as SessionError {
            return error
        } catch {
            Issue.record("not a SessionError: \(error)")
            return nil
        }
    }

    @Test func aHundredThousandPixelRenderIsRefused() {
        let base = session.object(named: "base")!
        var r = request()
        r.size = 100_000
        let error = refusal { _ = try session.renderImage(base, name: "base", r, to: .init(path: folder + "/a.png")) }
        // (The command checks size= itself first and says "size must …"; the session reads it as both sides.)
        #expect(error == .input("size", "width must be a multiple of 8 in 64…4096, not 100000 (nearest: 4096)"))
        r.size = 64
        r.width = 100_000
        r.height = 100_000
        let both = refusal { _ = try session.renderImage(base, name: "base", r, to: .init(path: folder + "/a.png")) }
        #expect(both == .input("width", "width must be a multiple of 8 in 64…4096, not 100000 (nearest: 4096)"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/a.png"))
    }

    @Test func aMegabytePromptIsRefusedBeforeItIsRead() {
        let base = session.object(named: "base")!
        // Tags too: they would name LoRAs to look up, and are not read either.
        let prompt = String(repeating: "a <lora:x:1> ", count: 80_660) + "cat"
        #expect(prompt.utf8.count == 1_048_583)
        let error = refusal {
            _ = try session.renderImage(base, name: "base", request(prompt), to: .init(path: folder + "/b.png"))
        }
        #expect(
            error
                == .input(
                    "prompt",
                    "prompt is 1048583 bytes long; at most 32768 are read (each 75 tokens is one more text-encoder pass): shorten it"
                ))
        var negative = request()
        negative.negative = String(repeating: "x", count: 32_769)
        let second = refusal {
            _ = try session.renderImage(base, name: "base", negative, to: .init(path: folder + "/b.png"))
        }
        #expect(
            second
                == .input(
                    "negative",
                    "negative is 32769 bytes long; at most 32768 are read (each 75 tokens is one more text-encoder pass): shorten it"
                ))
        // 32 768 bytes exactly is the limit, not past it.
        #expect(ImageSettings.promptProblem("prompt", String(repeating: "x", count: 32_768)) == nil)
        #expect(!FileManager.default.fileExists(atPath: folder + "/b.png"))
    }

    @Test func aPromptAxisOfAMegabyteIsRefused() {
        let base = session.object(named: "base")!
        let long = String(repeating: "y", count: 1 << 20)
        let error = refusal {
            _ = try session.renderImageGrid(
                base, name: "base", x: .init(setting: "prompt", texts: ["a cat", long]), y: nil, request(), title: nil,
                to: .init(path: folder + "/c.png"))
        }
        #expect(
            error
                == .input(
                    "prompt",
                    "prompt is 1048576 bytes long; at most 32768 are read (each 75 tokens is one more text-encoder pass): shorten it"
                ))
        #expect(!FileManager.default.fileExists(atPath: folder + "/c.png"))
    }

    @Test func aMillionCellGridIsRefused() {
        let base = session.object(named: "base")!
        let seeds = Session.ImageAxis(setting: "seed", numbers: (0..<1000).map(Double.init))
        let cfgs = Session.ImageAxis(setting: "cfg", numbers: (0..<1000).map { Double($0) / 100 })
        let error = refusal {
            _ = try session.renderImageGrid(
                base, name: "base", x: seeds, y: cfgs, request(), title: nil, to: .init(path: folder + "/d.png"))
        }
        #expect(error == .input("x", "at most 64 values per axis, not 1000"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/d.png"))
    }

    @Test func aGridOfGigabytesIsRefused() {
        let base = session.object(named: "base")!
        var r = request()
        r.size = 2048
        let seeds = Session.ImageAxis(setting: "seed", numbers: (0..<8).map(Double.init))
        let cfgs = Session.ImageAxis(setting: "cfg", numbers: [1, 2, 3, 4])
        let error = refusal {
            _ = try session.renderImageGrid(
                base, name: "base", x: seeds, y: cfgs, r, title: nil, to: .init(path: folder + "/e.png"))
        }
        #expect(
            error
                == .input(
                    "size",
                    "a grid of 8×4 cells of 2048×2048 pixels is 134217728 pixels; at most 67108864 (8192×8192) are drawn: use fewer values or a smaller size"
                ))
        #expect(!FileManager.default.fileExists(atPath: folder + "/e.png"))
    }

    /// Ctrl-C during an SD render (1000 steps) and during a grid of SD renders: `Interrupted`
    /// within a step, no file, and the session's next render works.
    @Test func anSDRenderStopsAtCtrlC() throws {
        let base = session.object(named: "base")!
        var long = request()
        long.steps = 1000
        for (label, path) in [("render", folder + "/f.png"), ("grid", folder + "/g.png")] {
            session.cancellation.reset()
            let cancel = DispatchWorkItem { [session] in session.cancellation.cancel() }
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.5, execute: cancel)
            let start = Date()
            #expect(throws: Interrupted.self, "\(label)") {
                if label == "render" {
                    _ = try session.renderImage(base, name: "base", long, to: .init(path: path))
                } else {
                    _ = try session.renderImageGrid(
                        base, name: "base", x: .init(setting: "seed", numbers: [1, 2, 3]), y: nil, long, title: nil,
                        to: .init(path: path))
                }
            }
            #expect(Date().timeIntervalSince(start) < 60, "\(label) went on after Ctrl-C")
            #expect(!FileManager.default.fileExists(atPath: path), "\(label) left \(path)")
        }
        session.cancellation.reset()
        _ = try session.renderImage(base, name: "base", request(), to: .init(path: folder + "/after.png"))
        #expect(FileManager.default.fileExists(atPath: folder + "/after.png"))
    }
}
