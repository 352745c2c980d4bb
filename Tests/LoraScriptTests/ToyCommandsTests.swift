import Foundation
import LoraRender
import Testing

@testable import LoraScript

@Suite struct ToyCommandsTests {
    func run(_ text: String) -> (Interpreter.Outcome, [String], [Diagnostic]) {
        let output = CapturedOutput()
        var diagnostics: [Diagnostic] = []
        let interpreter = Interpreter(output: output) { diagnostics.append($0) }
        return (interpreter.run(SourceText(name: "t", text: text)), output.lines, diagnostics)
    }

    @Test func aLoraOnlyFitsItsBase() {
        let result = run(
            """
            base = toy seed=1
            other = toy seed=1 width=32
            r = train base on rings rank=2 steps=5 size=8
            s = stack other r:0.5
            """)
        #expect(result.0 == .failure)
        #expect(
            result.2.first?.message
                == "'r' does not fit this base: net.0.weight is [32, 42] but the LoRA's delta is [64, 42] (a LoRA only fits the base it was trained for)"
        )
        #expect(result.2.first?.location == SourceLocation(file: "t", line: 4, column: 17))
    }

    @Test func weightAndSpecErrors() {
        let setup = "base = toy seed=1\nr = train base on rings rank=2 steps=5 size=8\ns = stack base r:0.5\n"
        let unknown = run(setup + "weight s rr 1")
        #expect(unknown.2.first?.message == "'rr' is not in the stack (it holds r); add it with stack")
        #expect(unknown.2.first?.suggestion == "r")
        #expect(
            run(setup + "t = stack base r:heavy").2.first?.message
                == "'r:heavy': 'heavy' is not a weight; write NAME, NAME:W, NAME:te=W:unet=W or NAME:W:lbw=PRESET")
        #expect(run(setup + "render grid s x=r:0..1 to g.png x=1").2.first?.message == "option 'x' is given twice")
        #expect(
            run(setup + "render grid s x=q:0..1 to g.png").2.first?.message == "'q' is not in the stack (it holds r)")
    }

    @Test func trainingRejectsBadParameters() {
        #expect(run("base = toy\nr = train base on rings rank=0").2.first?.location?.line == 2)
        let target = run("base = toy\nr = train base on rngs")
        #expect(target.2.first?.suggestion == "rings")
    }

    @Test func sweepGridIsByteIdenticalAcrossRunsAndWeightsMatter() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lorash-grid-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let script = { (name: String) in
            """
            base = toy seed=2
            r = train base on checker rank=2 steps=20 size=16 seed=3
            s = stack base r
            render grid s x=r:0..1 step 0.5 to \(dir)/\(name).png size=16
            weight s r 0
            render s to \(dir)/\(name)_w0.png size=16
            render base to \(dir)/\(name)_base.png size=16
            """
        }
        #expect(run(script("a")).0 == .success)
        #expect(run(script("b")).0 == .success)
        let a = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/a.png"))
        #expect(a == (try Data(contentsOf: URL(fileURLWithPath: "\(dir)/b.png"))))
        // weight 0 draws exactly the base.
        #expect(try PNGDecoder.read(path: "\(dir)/a_w0.png") == (try PNGDecoder.read(path: "\(dir)/a_base.png")))
    }
}

@Suite struct ToyFilesTests {
    /// Largest per-channel difference between two pictures.
    func maxDifference(_ a: RGBAImage, _ b: RGBAImage) -> Int {
        var worst = 0
        for y in 0..<a.height {
            for x in 0..<a.width {
                let p = a[x, y], q = b[x, y]
                worst = max(
                    worst, abs(Int(p.red) - Int(q.red)), abs(Int(p.green) - Int(q.green)),
                    abs(Int(p.blue) - Int(q.blue)))
            }
        }
        return worst
    }

    @Test func toyBaseAndLorasRoundTripThroughFilesAndConcatIsTheStack() throws {
        let dir = try ScriptRun.temporaryFolder("toyfiles")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = ScriptRun(
            """
            base = toy seed=5
            r = train base on rings rank=2 steps=20 size=16 seed=1
            c = train base on checker rank=2 steps=20 size=16 seed=2
            save base \(dir)/base.safetensors
            save r \(dir)/r.safetensors
            save r \(dir)/r_peft format=peft
            load \(dir)/base.safetensors as base2
            load \(dir)/r.safetensors as r2
            load \(dir)/r_peft as r3
            a = stack base r
            b = stack base2 r2
            p = stack base2 r3
            render a to \(dir)/a.png size=24
            render b to \(dir)/b.png size=24
            render p to \(dir)/p.png size=24
            both = stack base r:0.7 c:0.4
            m = merge r:0.7 c:0.4 method=concat
            merged = stack base m
            render both to \(dir)/both.png size=24
            render merged to \(dir)/merged.png size=24
            """)
        #expect(run.outcome == .success, "\(run.diagnostics)")
        // The same pixels (the files differ in their recipes: other names, files loaded).
        let a = try PNGDecoder.read(path: "\(dir)/a.png")
        #expect(a == (try PNGDecoder.read(path: "\(dir)/b.png")), "kohya-style file round trip")
        #expect(a == (try PNGDecoder.read(path: "\(dir)/p.png")), "PEFT folder round trip")
        // concat reproduces the stack: the same sum, in another summation order (≤ 1 level apart).
        let both = try PNGDecoder.read(path: "\(dir)/both.png")
        let merged = try PNGDecoder.read(path: "\(dir)/merged.png")
        #expect(maxDifference(both, merged) <= 1)
    }
}
