import Foundation
import Testing

/// `plan` end to end, through the binary and the real engines (Docs/Batch.md): a script with a
/// 4×4 weight-sweep grid, 5 trainings, 20 resizes of their files (a second wave) and 5 bakes
/// of the tiny diffusers U-Net is planned, run by `plan run`, by GNU parallel and by a Slurm job
/// array, and every output is byte-identical to running the script directly. A worker killed
/// mid-job leaves no partial file, and running the plan again finishes it with the same bytes.
@Suite(.serialized) struct BatchPlanTests {
    static var root: String { DeterminismTests.root }

    static var script: String {
        let unet = DeterminismTests.unetFixtures
        return """
            base = toy seed=3 width=64
            for i in 1..5 {
              l = train base on rings rank=4 steps=30 seed=i
              save l "out/lora-{i}.safetensors"
            }
            for i in 1..5 {
              for r in 1..4 {
                load "out/lora-{i}.safetensors" as x
                small = resize x rank=r
                save small "out/lora-{i}-r{r}.safetensors"
              }
            }
            load \(unet)/unet_base.safetensors as unet
            load \(unet)/lora_diffusers.safetensors as dif
            load \(unet)/lora_kohya_by_diffusers.safetensors as koh
            for w in [0.2, 0.4, 0.6, 0.8, 1] {
              u = stack unet dif:$w koh:0.3
              merge u into "out/baked-{w}.safetensors"
            }
            rings = train base on rings rank=4 steps=30
            smiley = train base on smiley rank=2 steps=30
            s = stack base rings:0.5 smiley:0.5
            render grid s x=rings:0..1.5 step 0.5 y=smiley:0..1.5 step 0.5 to out/grid.png size=32
            echo planned or done
            """
    }

    /// 5 trainings, 20 resizes, 5 bakes, the grid.
    static let outputCount = 31
    static let jobCount = 5 + 20 + 5 + 16

    /// Writes the script into a fresh folder; runs it there directly when `direct`.
    static func folder(_ label: String, direct: Bool) throws -> URL {
        let folder = try BinaryRunner.temporaryFolder(label)
        try script.write(to: folder.appendingPathComponent("batch.lsh"), atomically: true, encoding: .utf8)
        if direct {
            let result = try BinaryRunner.run(["-q", "batch.lsh"], directory: folder.path)
            #expect(result.status == 0, "\(result.stderr)")
        }
        return folder
    }

    /// The bytes of every file under `out/`, by name.
    static func outputs(_ folder: URL) throws -> [String: Data] {
        let out = folder.appendingPathComponent("out")
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: out.path) {
            files[name] = try Data(contentsOf: out.appendingPathComponent(name))
        }
        return files
    }

    static func expectSame(_ got: [String: Data], _ expected: [String: Data], _ label: String) {
        #expect(got.count == outputCount, "\(label): \(got.keys.sorted())")
        #expect(Set(got.keys) == Set(expected.keys), "\(label)")
        for (name, bytes) in expected { #expect(got[name] == bytes, "\(label): \(name) differs") }
    }

    static func lorash(_ text: String, in folder: URL) throws -> BinaryRunner.Result {
        try BinaryRunner.run(["-c", text], directory: folder.path)
    }

    @Test func planRunCheckAndResumeGiveTheDirectScriptsBytes() throws {
        let direct = try Self.folder("batch-direct", direct: true)
        defer { try? FileManager.default.removeItem(at: direct) }
        let expected = try Self.outputs(direct)
        #expect(expected.count == Self.outputCount)

        let folder = try Self.folder("batch-plan", direct: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let planned = try Self.lorash("plan batch.lsh into plan", in: folder)
        #expect(planned.status == 0, "\(planned.stderr)")
        #expect(planned.stdout.contains("planned \(Self.jobCount) jobs (16 grid cells in 1 grid) in 2 waves"))
        // Nothing heavy ran: no output yet, and the job lists hold 41 and 20 lines.
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        let wave1 = try String(contentsOf: folder.appendingPathComponent("plan/jobs.txt"), encoding: .utf8)
        let wave2 = try String(contentsOf: folder.appendingPathComponent("plan/jobs-2.txt"), encoding: .utf8)
        #expect(wave1.split(separator: "\n").count == Self.jobCount - 20)
        #expect(wave2.split(separator: "\n").count == 20)
        // Each line runs a job by absolute paths: an executable lorash, then the job's script.
        let first = wave1.split(separator: "\n")[0].split(separator: " ").map(String.init)
        #expect(first.count == 2 && first[0].hasPrefix("/") && FileManager.default.isExecutableFile(atPath: first[0]))
        #expect(first.last == folder.appendingPathComponent("plan/jobs/0001.lsh").path)

        // A killed worker leaves no partial file; plan run finishes what is missing.
        let job = folder.appendingPathComponent("plan/jobs/0026.lsh").path  // the first bake
        let worker = Process()
        worker.executableURL = URL(fileURLWithPath: BinaryRunner.binary)
        worker.arguments = [job]
        worker.standardOutput = FileHandle.nullDevice
        worker.standardError = FileHandle.nullDevice
        try worker.run()
        usleep(150_000)
        kill(worker.processIdentifier, SIGKILL)
        worker.waitUntilExit()
        let out = folder.appendingPathComponent("out")
        // The target is whole or absent, never partial (a finished bake is the direct one's bytes).
        if let bytes = try? Data(contentsOf: out.appendingPathComponent("baked-0.2.safetensors")) {
            #expect(bytes == expected["baked-0.2.safetensors"])
        }

        let run = try Self.lorash("plan run plan jobs=4", in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("wrote \(folder.path)/out/grid.png from 16 cells"), "\(run.stdout)")
        Self.expectSame(try Self.outputs(folder), expected, "plan run jobs=4")
        let hidden = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
        #expect(hidden.isEmpty, "temporary files left: \(hidden)")

        let check = try Self.lorash("plan check plan", in: folder)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("all \(Self.jobCount) jobs and 1 grid are done"))

        // Running again does nothing; losing an output reruns only its job.
        try FileManager.default.removeItem(at: out.appendingPathComponent("lora-3-r2.safetensors"))
        let missing = try Self.lorash("plan check plan", in: folder)
        #expect(missing.status == 65)
        #expect(missing.stdout.contains("lora-3-r2.safetensors is missing"), "\(missing.stdout)")
        let again = try Self.lorash("plan run plan jobs=2", in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(
            again.stdout.contains(
                "1 of \(Self.jobCount) jobs ran (1 done, 0 failed), \(Self.jobCount - 1) were done already"),
            "\(again.stdout)")
        Self.expectSame(try Self.outputs(folder), expected, "plan run after a loss")

        // The summary lists every job with its time.
        let summary = try String(contentsOf: folder.appendingPathComponent("plan/summary.txt"), encoding: .utf8)
        #expect(summary.contains("\(Self.jobCount) jobs: \(Self.jobCount) done, 0 failed"))
    }

    @Test func gnuParallelRunsThePlanWithFourWorkers() throws {
        guard let parallel = Self.which("parallel") else {
            Issue.record("GNU parallel is not installed (Scripts/bootstrap installs it)")
            return
        }
        let direct = try Self.folder("batch-direct-parallel", direct: true)
        defer { try? FileManager.default.removeItem(at: direct) }
        let folder = try Self.folder("batch-parallel", direct: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.lorash("plan batch.lsh into plan", in: folder).status == 0)
        for list in ["jobs.txt", "jobs-2.txt"] {
            let result = try Self.shell(
                "\(parallel) --will-cite --jobs 4 --halt now,fail=1 --joblog plan/joblog-\(list) < plan/\(list)",
                in: folder)
            #expect(result.status == 0, "\(list): \(result.output)")
        }
        let assemble = try Self.lorash("plan assemble plan", in: folder)
        #expect(assemble.status == 0, "\(assemble.stderr)")
        #expect(try Self.lorash("plan check plan", in: folder).status == 0)
        Self.expectSame(try Self.outputs(folder), try Self.outputs(direct), "GNU parallel")
    }

    @Test func slurmJobArrayRunsTheTwoWavesWithADependency() throws {
        let start = try Self.shell("Scripts/slurm-local start", in: URL(fileURLWithPath: Self.root))
        if start.status == 77 {
            // The machine cannot start slurmctld/slurmd (the script says why): skipped, not failed.
            print("skipped: a single-node Slurm cluster cannot start here: \(start.output)")
            return
        }
        try #require(start.status == 0, "\(start.output)")
        defer { _ = try? Self.shell("Scripts/slurm-local stop", in: URL(fileURLWithPath: Self.root)) }
        let direct = try Self.folder("batch-direct-slurm", direct: true)
        defer { try? FileManager.default.removeItem(at: direct) }
        let folder = try Self.folder("batch-slurm", direct: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.lorash("plan batch.lsh into plan", in: folder).status == 0)
        let array = try Self.shell("\(Self.root)/Scripts/slurm-array.sh plan --wait", in: folder)
        #expect(array.status == 0, "\(array.output)")
        let assemble = try Self.lorash("plan assemble plan", in: folder)
        #expect(assemble.status == 0, "\(assemble.stderr)")
        let check = try Self.lorash("plan check plan", in: folder)
        #expect(check.status == 0, "\(check.stdout)")
        Self.expectSame(try Self.outputs(folder), try Self.outputs(direct), "Slurm")
    }

    // MARK: Helpers

    static func which(_ tool: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Runs `command` with bash in `folder`, lorash's folder first on PATH; status and output.
    static func shell(_ command: String, in folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        let binaries = URL(fileURLWithPath: BinaryRunner.binary).deletingLastPathComponent().path
        environment["PATH"] = "\(binaries):\(environment["PATH"] ?? "/usr/bin:/bin")"
        if environment["SLURM_CONF"] == nil { environment["SLURM_CONF"] = "/tmp/lorash-slurm/slurm.conf" }
        process.environment = environment
        // A file, not a pipe: daemons the command starts (slurm-local) may keep its descriptors.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("lorash-shell-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: log), as: UTF8.self))
    }
}
