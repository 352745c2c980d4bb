import Foundation
import Testing

/// What `plan` writes for a script, and what it refuses (the jobs' text is checked line by
/// line: the backward slice of the names each output needs, loops unrolled, `let` for words
/// that stay variables), and the `job` / `require` heads of a job's script.
@Suite struct PlanTests {
    static let script = """
        base = toy seed=1 width=32
        a = train base on rings rank=2 steps=5
        b = train base on smiley rank=2 steps=5
        s = stack base a:0.5
        for w in [0.25, 1] {
          weight s a w
          let name = "w{w}"
          render s to out/$name.png size=16
        }
        a = resize a rank=1
        save a out/a.safetensors
        info a
        m = merge a b method=concat
        save m out/m.safetensors
        load out/a.safetensors as again
        save again out/again.safetensors format=diffusers
        """

    /// A folder holding `plan.lsh` (the script above, or `text`).
    static func folder(_ text: String = script) throws -> URL {
        let folder = try BinaryRunner.temporaryFolder("plan")
        try text.write(to: folder.appendingPathComponent("plan.lsh"), atomically: true, encoding: .utf8)
        return folder
    }

    static func lorash(_ text: String, in folder: URL) throws -> BinaryRunner.Result {
        try BinaryRunner.run(["-c", text], directory: folder.path)
    }

    static func text(_ path: String, in folder: URL) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func jobsHoldTheStatementsTheirOutputNeedsInOrder() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.lorash("plan plan.lsh into p", in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("planned 5 jobs in 2 waves"), "\(result.stdout)")
        let dir = folder.path
        // The second render: the loop unrolled up to it, b (unused) left out.
        #expect(
            try Self.text("p/jobs/0002.lsh", in: folder) == """
                #!/usr/bin/env lorash
                # lorash plan job 2 of 5, wave 1: render s to out/w1.png size=16
                # from \(dir)/plan.lsh:8
                # output: \(dir)/out/w1.png
                job 2 plan=\(dir)/p folder=\(dir)
                base = toy seed=1 width=32
                a = train base on rings rank=2 steps=5
                s = stack base a:0.5
                weight s a 0.25
                weight s a 1
                render s to out/w1.png size=16

                """)
        // `a = resize a` rebinds a: the job makes the first a, then the second.
        let merge = try Self.text("p/jobs/0004.lsh", in: folder).split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(
            merge == [
                "job 4 plan=\(dir)/p folder=\(dir)", "base = toy seed=1 width=32",
                "a = train base on rings rank=2 steps=5", "b = train base on smiley rank=2 steps=5",
                "a = resize a rank=1", "m = merge a b method=concat", "save m out/m.safetensors",
            ])
        // A file another job writes: the next wave, required by job, not by hash.
        let again = try Self.text("p/jobs/0005.lsh", in: folder)
        #expect(again.contains("# input: \(dir)/out/a.safetensors (made by job 3)\n"))
        #expect(again.contains("require \(dir)/out/a.safetensors job=3\nload out/a.safetensors as again\n"))
        #expect(try Self.text("p/jobs-2.txt", in: folder).hasSuffix("\(dir)/p/jobs/0005.lsh\n"))
        #expect(try Self.text("p/jobs.txt", in: folder).split(separator: "\n").count == 4)
        let manifest = try Self.text("p/manifest.json", in: folder)
        #expect(manifest.contains("\"after\": [\n        3\n      ]"))
        #expect(manifest.contains("\"waves\": 2"))
    }

    @Test func aLoopVariableKeptAsAWordIsBoundInTheJob() throws {
        let folder = try Self.folder(
            """
            base = toy seed=1 width=32
            for pattern in [rings, smiley] {
              l = train base on pattern rank=1 steps=3
              save l "out/{pattern}.safetensors"
            }
            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.lorash("plan plan.lsh into p", in: folder).status == 0)
        let job = try Self.text("p/jobs/0002.lsh", in: folder)
        #expect(job.contains("let pattern = \"smiley\"\nl = train base on pattern rank=1 steps=3\n"), "\(job)")
        // The job draws what the script draws.
        let run = try Self.lorash("plan run p jobs=2", in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let planned = try Data(contentsOf: folder.appendingPathComponent("out/smiley.safetensors"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("out"))
        #expect(try BinaryRunner.run(["-q", "plan.lsh"], directory: folder.path).status == 0)
        #expect(try Data(contentsOf: folder.appendingPathComponent("out/smiley.safetensors")) == planned)
    }

    @Test(arguments: [
        (
            "base = toy\nrender base to out/a.png\nrender base to out/a.png overwrite=true",
            "out/a.png is written twice in the plan (first by line 2)"
        ),
        (
            "load in.safetensors as x\nsave x in.safetensors overwrite=true",
            "in.safetensors is read at line 1 and written here"
        ),
        ("load nowhere.safetensors as x\nsave x out/x.safetensors", "nowhere.safetensors: no such file, and no job"),
        ("base = toy\necho no outputs", "writes no file (no save, convert, merge … into or render … to)"),
        ("base = toy\nrender base to", "'to' must be followed by PATH"),
    ])
    func refusals(script: String, message: String) throws {
        let folder = try Self.folder(script)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([1, 2, 3]).write(to: folder.appendingPathComponent("in.safetensors"))
        let result = try Self.lorash("plan plan.lsh into p", in: folder)
        #expect(result.status == 65)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        // No plan folder is left behind.
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("p").path))
    }

    @Test func aPlanFolderIsNeverClobbered() throws {
        let folder = try Self.folder("base = toy\nrender base to out/a.png size=8")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("busy"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("busy/notes.txt"))
        let busy = try Self.lorash("plan plan.lsh into busy", in: folder)
        #expect(busy.status == 65)
        #expect(busy.stderr.contains("busy is not empty and not a plan (notes.txt"), "\(busy.stderr)")
        #expect(try Self.text("busy/notes.txt", in: folder) == "mine")

        #expect(try Self.lorash("plan plan.lsh into p", in: folder).status == 0)
        let again = try Self.lorash("plan plan.lsh into p", in: folder)
        #expect(again.status == 65)
        #expect(again.stderr.contains("already holds a plan (overwrite=true replaces it"))
        #expect(try Self.lorash("plan plan.lsh into p overwrite=true", in: folder).status == 0)

        let none = try Self.lorash("plan run nowhere", in: folder)
        #expect(none.status == 65)
        #expect(none.stderr.contains("nowhere: no such folder; make a plan with: plan SCRIPT.lsh into"))
        let jobs = try Self.lorash("plan check p jobs=2", in: folder)
        #expect(jobs.stderr.contains("jobs= belongs to plan run"))
    }

    @Test func aJobRefusesAnInputThatChangedSinceThePlan() throws {
        let folder = try Self.folder("load in.safetensors as x\nsave x out/x.safetensors format=diffusers")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = URL(fileURLWithPath: DeterminismTests.unetFixtures + "/lora_diffusers.safetensors")
        try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent("in.safetensors"))
        #expect(try Self.lorash("plan plan.lsh into p", in: folder).status == 0)
        // Another file in its place: the job stops before reading it, and says why.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("in.safetensors"))
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: DeterminismTests.unetFixtures + "/lora_kohya_by_diffusers.safetensors"),
            to: folder.appendingPathComponent("in.safetensors"))
        let job = try BinaryRunner.run([folder.appendingPathComponent("p/jobs/0001.lsh").path])
        #expect(job.status == 65)
        #expect(job.stderr.contains("in.safetensors changed since the plan was made"), "\(job.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/x.safetensors").path))
        // Its failure is logged; plan run reports it, plan check lists it.
        let log = try Self.text("p/logs/0001.log", in: folder)
        #expect(log.contains("\"status\":65"))
        let run = try Self.lorash("plan run p", in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("failed: job 1 ("), "\(run.stderr)")
        let check = try Self.lorash("plan check p", in: folder)
        #expect(check.status == 65)
        #expect(check.stdout.contains("job 1: failed with status 65"), "\(check.stdout)")
        // The planned file back: the retry succeeds, and the job's output log keeps both runs.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("in.safetensors"))
        try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent("in.safetensors"))
        let retry = try Self.lorash("plan run p", in: folder)
        #expect(retry.status == 0, "\(retry.stderr)")
        let out = try Self.text("p/logs/0001.out", in: folder)
        #expect(out.components(separatedBy: "== plan run on ").count == 3, "\(out)")
        #expect(out.contains("in.safetensors changed since the plan was made"), "\(out)")
    }

    /// `FOLDER/models` holding PEFT's MLP fixture as a library would: `mlpbase.safetensors` (the
    /// base) and the adapter folder `mlplora`; its path.
    static func libraryModels(in folder: URL) throws -> String {
        let peers = CrashSafetyTests.peers + "/peft_lora_mlp"
        let models = folder.appendingPathComponent("models").path
        try FileManager.default.createDirectory(atPath: models + "/mlplora", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: peers + "/base.safetensors", toPath: models + "/mlpbase.safetensors")
        for name in ["adapter_model.safetensors", "adapter_config.json"] {
            try FileManager.default.copyItem(atPath: peers + "/" + name, toPath: models + "/mlplora/" + name)
        }
        return models
    }

    /// A script that names its files by library name (a checkpoint to `load`, a PEFT folder
    /// to `stack` and to `save`): the plan records each file with its name and the library, the
    /// jobs read the same files (byte-identical outputs), and a job whose name now stands for
    /// another file (a rescan after a rename) stops before it reads anything.
    @Test func libraryNamesArePlannedAsTheFilesTheyName() throws {
        let folder = try Self.folder(
            """
            load mlpbase as base
            s = stack base mlplora:0.5
            merge s into out/baked.safetensors
            save mlplora out/lora.safetensors
            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let models = try Self.libraryModels(in: folder)
        let library = ["LORASH_LIBRARY": folder.appendingPathComponent("library.db").path]
        func lorash(_ text: String) throws -> BinaryRunner.Result {
            try BinaryRunner.run(["-c", text], environment: library, directory: folder.path)
        }
        #expect(try lorash("library add models; library scan").status == 0)
        // The direct run, its outputs kept aside.
        let direct = try BinaryRunner.run(["plan.lsh"], environment: library, directory: folder.path)
        #expect(direct.status == 0, "\(direct.stderr)")
        let out = folder.appendingPathComponent("out")
        let expected = try ["baked.safetensors", "lora.safetensors"].map {
            try Data(contentsOf: out.appendingPathComponent($0))
        }
        try FileManager.default.removeItem(at: out)

        let plan = try lorash("plan plan.lsh into p")
        #expect(plan.status == 0, "\(plan.stderr)")
        let bake = try Self.text("p/jobs/0001.lsh", in: folder)
        let dir = folder.path
        #expect(bake.contains("job 1 plan=\(dir)/p folder=\(dir) library=\(dir)/library.db\n"), "\(bake)")
        #expect(bake.contains("require \(models)/mlpbase.safetensors sha256="), "\(bake)")
        #expect(bake.contains(" name=mlpbase\n") && bake.contains("require \(models)/mlplora sha256="), "\(bake)")
        #expect(
            bake.hasSuffix("load mlpbase as base\ns = stack base mlplora:0.5\nmerge s into out/baked.safetensors\n"))
        #expect(
            try Self.text("p/jobs/0002.lsh", in: folder).contains(" name=mlplora\nsave mlplora out/lora.safetensors\n"))
        // Run with no LORASH_LIBRARY at all: the jobs use the plan's.
        let run = try BinaryRunner.run(
            ["-c", "plan run p jobs=2"], environment: ["LORASH_LIBRARY": "/nowhere/x.db"], directory: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            try ["baked.safetensors", "lora.safetensors"].map { try Data(contentsOf: out.appendingPathComponent($0)) }
                == expected)
        let check = try BinaryRunner.run(["-c", "plan check p"], directory: dir)
        #expect(check.status == 0 && check.stdout.contains("all 2 jobs are done"), "\(check.stdout)\(check.stderr)")

        // The PEFT folder renamed and the library scanned again: the name is gone, the job says so.
        #expect(try lorash("plan plan.lsh into p2").status == 0)
        try FileManager.default.moveItem(atPath: models + "/mlplora", toPath: models + "/mlplora_v2")
        #expect(try lorash("library scan").status == 0)
        let stale = try BinaryRunner.run([folder.appendingPathComponent("p2/jobs/0002.lsh").path])
        #expect(stale.status == 65)
        #expect(
            stale.stderr.contains("\(models)/mlplora: no such file (an input of this job)")
                || stale.stderr.contains("the library name 'mlplora' is no longer in the library"), "\(stale.stderr)")
        // Back in place under its name but another file in the library under that name: refused by name.
        try FileManager.default.copyItem(atPath: models + "/mlplora_v2", toPath: models + "/mlplora")
        let elsewhere = folder.appendingPathComponent("elsewhere").path
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: models + "/mlplora_v2", toPath: elsewhere + "/mlplora")
        #expect(try lorash("library remove models; library add elsewhere; library scan").status == 0)
        let renamed = try BinaryRunner.run([folder.appendingPathComponent("p2/jobs/0002.lsh").path])
        #expect(renamed.status == 65)
        #expect(
            renamed.stderr.contains(
                "the library name 'mlplora' now stands for \(elsewhere)/mlplora, not \(models)/mlplora"),
            "\(renamed.stderr)")
    }

    /// A library opened in the session is the plan's; `<lora:NAME>` without a weight is the
    /// library's file (a session name of that name is not); a file an earlier job writes is
    /// not looked up in the library.
    @Test func libraryNamesInPlansEdgeCases() throws {
        let folder = try Self.folder(
            """
            load mlpbase as base
            s = stack base "<lora:mlplora>"
            merge s into out/a.safetensors
            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        let peers = CrashSafetyTests.peers + "/peft_lora_mlp"
        let models = try Self.libraryModels(in: folder)
        let db = folder.appendingPathComponent("mine.db").path
        let elsewhere = ["LORASH_LIBRARY": folder.appendingPathComponent("default.db").path]
        let plan = try BinaryRunner.run(
            ["-c", "library open \(db)\nlibrary add models\nlibrary scan\nplan plan.lsh into p"],
            environment: elsewhere,
            directory: folder.path)
        #expect(plan.status == 0, "\(plan.stderr)")
        let job = try Self.text("p/jobs/0001.lsh", in: folder)
        #expect(job.contains(" library=\(db)\n"), "\(job)")
        #expect(job.contains("require \(models)/mlplora sha256=") && job.contains(" name=mlplora\n"), "\(job)")
        let run = try BinaryRunner.run(["-c", "plan run p"], environment: elsewhere, directory: folder.path)
        #expect(run.status == 0, "\(run.stderr)")

        // A session name is not a library name, even in an A1111 tag.
        try "load models/mlplora as mlplora\n\((try Self.text("plan.lsh", in: folder)))"
            .write(to: folder.appendingPathComponent("plan2.lsh"), atomically: true, encoding: .utf8)
        #expect(
            try BinaryRunner.run(["-c", "library open \(db)\nplan plan2.lsh into p2"], directory: folder.path).status
                == 0)
        let own = try Self.text("p2/jobs/0001.lsh", in: folder)
        #expect(!own.contains("name=mlplora") && own.contains("require \(models)/mlplora sha256="), "\(own)")

        // A library name in a variable where a session name goes (`resize $n`), and `convert NAME`.
        try """
        for n in ["mlplora"] {
          small = resize $n rank=2
          save small "out/{n}-r2.safetensors"
        }
        convert mlplora out/mlplora_kohya.safetensors format=kohya
        """.write(to: folder.appendingPathComponent("plan4.lsh"), atomically: true, encoding: .utf8)
        let fourth = try BinaryRunner.run(
            ["-c", "library open \(db)\nplan plan4.lsh into p4\nplan run p4"], directory: folder.path)
        #expect(fourth.status == 0, "\(fourth.stderr)")
        for id in ["0001", "0002"] {
            let text = try Self.text("p4/jobs/\(id).lsh", in: folder)
            #expect(text.contains("require \(models)/mlplora sha256=") && text.contains(" name=mlplora\n"), "\(text)")
            #expect(text.contains(" library=\(db)\n"), "\(text)")
        }
        for file in ["out/mlplora-r2.safetensors", "out/mlplora_kohya.safetensors"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path), "\(file)")
        }

        // `load hero` where an earlier job writes hero.safetensors: refused as before, not read from the library.
        try "load mlpbase as b\nsave b mlpbase2.safetensors\nload mlpbase2 as c\nsave c out/c.safetensors\n"
            .write(to: folder.appendingPathComponent("plan3.lsh"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: peers + "/base.safetensors", toPath: models + "/mlpbase2.safetensors")
        #expect(try BinaryRunner.run(["-c", "library open \(db)\nlibrary scan"], directory: folder.path).status == 0)
        let third = try BinaryRunner.run(["-c", "library open \(db)\nplan plan3.lsh into p3"], directory: folder.path)
        #expect(third.status == 65)
        #expect(third.stderr.contains("mlpbase2: no such file, and no job of the plan writes it"), "\(third.stderr)")
    }

    @Test func jobAndRequireAreForJobScripts() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let late = try Self.lorash("base = toy\njob 1 plan=/tmp folder=/tmp", in: folder)
        #expect(late.status == 65)
        #expect(late.stderr.contains("job must be the first statement of a job's script"))
        let missing = try Self.lorash("require nothing.safetensors sha256=00", in: folder)
        #expect(missing.stderr.contains("nothing.safetensors: no such file (an input of this job)"))
        let both = try Self.lorash("require plan.lsh", in: folder)
        #expect(both.stderr.contains("give sha256= or job=, one of them"))
    }

    @Test func aGridOfRealImagesIsAssembledToTheDirectGridsBytes() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let checkpoint = try TinySD15.write(in: folder.path)
        let script = """
            load \(checkpoint) as sd
            render grid sd x=seed:[1, 2] y=cfg:[1, 7] prompt="a cat" steps=2 size=64 to out/grid.png
            render sd prompt="a dog" steps=2 seed=3 size=64 to out/dog.png
            """
        try script.write(to: folder.appendingPathComponent("sd.lsh"), atomically: true, encoding: .utf8)
        #expect(try BinaryRunner.run(["-q", "sd.lsh"], directory: folder.path).status == 0)
        let direct = try ["grid.png", "dog.png"].map {
            try Data(contentsOf: folder.appendingPathComponent("out/\($0)"))
        }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("out"))

        let planned = try Self.lorash("plan sd.lsh into p", in: folder)
        #expect(planned.stdout.contains("planned 5 jobs (4 grid cells in 1 grid) in 1 wave"), "\(planned.stdout)")
        let cell = try Self.text("p/jobs/0003.lsh", in: folder)
        #expect(cell.contains("cell=3 overwrite=true to \(folder.path)/p/cells/grid-0001/cell-0003.png\n"), "\(cell)")
        let run = try Self.lorash("plan run p jobs=2", in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let got = try ["grid.png", "dog.png"].map { try Data(contentsOf: folder.appendingPathComponent("out/\($0)")) }
        #expect(got[0] == direct[0], "the assembled grid differs from the direct one")
        #expect(got[1] == direct[1])
        let check = try Self.lorash("plan check p", in: folder)
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func userTrialFindings() throws {
        let folder = try Self.folder(
            """
            base = toy seed=1 width=32
            a = train base on rings rank=2 steps=5
            b = train base on smiley rank=2 steps=5
            s = stack base a:0.5 b:0.5
            let ax = a:0..1 step 0.5
            render grid s x=$ax to out/g.png size=16
            render base to out/base.png size=16
            render from out/base.png to out/again.png
            for f in [one, two] {
              load "in-{f}.safetensors" as x
              check x on base
              save x "out/{f}.safetensors" format=diffusers
            }
            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["one", "two"] {
            try FileManager.default.copyItem(
                at: URL(fileURLWithPath: DeterminismTests.unetFixtures + "/lora_diffusers.safetensors"),
                to: folder.appendingPathComponent("in-\(name).safetensors"))
        }
        #expect(try Self.lorash("plan plan.lsh into p", in: folder).status == 0)
        // A sweep axis held in a variable is written back as an axis, not a string.
        #expect(try Self.text("p/jobs/0001.lsh", in: folder).contains("render grid s x=a:0..1 step 0.5 size=16"))
        // render from reads the PNG another job writes: the next wave.
        let from = try Self.text("p/jobs/0005.lsh", in: folder)
        #expect(from.contains("require \(folder.path)/out/base.png job=4\n"), "\(from)")
        // A loop's earlier `load … as x` is not part of a later job; `check` stays as a gate.
        let two = try Self.text("p/jobs/0007.lsh", in: folder).split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(
            two.dropFirst(2) == [
                "base = toy seed=1 width=32", "load in-two.safetensors as x", "check x on base",
                "save x out/two.safetensors format=diffusers",
            ], "\(two)")
        // The gate: the direct script stops at check (a U-Net LoRA does not fit the toy), and so
        // does each job that saves such a LoRA.
        let run = try Self.lorash("plan run p jobs=2", in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("failed: jobs 6-7"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/one.safetensors").path))

        // A plan moved elsewhere: its jobs refuse to run rather than log to the old place.
        try FileManager.default.moveItem(
            at: folder.appendingPathComponent("p"), to: folder.appendingPathComponent("moved"))
        let moved = try BinaryRunner.run([folder.appendingPathComponent("moved/jobs/0004.lsh").path])
        #expect(moved.status == 65)
        #expect(moved.stderr.contains("holds no plan (was it moved or removed?)"), "\(moved.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("p").path))
    }

    @Test func replanningKeepsTheRunsOfUnchangedJobsAndAForeignFile() throws {
        let folder = try Self.folder(
            "base = toy seed=1 width=32\nrender base to out/a.png size=8\nrender base to out/b.png size=8")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.lorash("plan plan.lsh into p", in: folder).status == 0)
        #expect(try Self.lorash("plan run p", in: folder).status == 0)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("p/joblog"))
        try "base = toy seed=1 width=32\nrender base to out/a.png size=8\nrender base to out/c.png size=8".write(
            to: folder.appendingPathComponent("plan.lsh"), atomically: true, encoding: .utf8)
        let again = try Self.lorash("plan plan.lsh into p overwrite=true", in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("kept the runs of 1 job the new plan shares with the old one"))
        #expect(try Self.text("p/joblog", in: folder) == "mine")
        let run = try Self.lorash("plan run p", in: folder)
        #expect(run.stdout.contains("1 of 2 jobs ran (1 done, 0 failed), 1 was done already"), "\(run.stdout)")
        // An output no run of the plan wrote is named when planning.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("p"))
        let blocked = try Self.lorash("plan plan.lsh into p", in: folder)
        #expect(blocked.stderr.contains("2 outputs of the plan exist already"), "\(blocked.stderr)")
    }
}
