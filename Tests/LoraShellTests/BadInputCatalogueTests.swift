import Foundation
import LoraLibrary
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the bad-input catalogue (`BadInputCatalogue`) through the built `lorash`: each case in
/// a fresh folder, asserting the exact error, the exit status documented in Docs/Language.md,
/// that nothing (no output, no partial or temporary file) is left beyond what the case allows,
/// and that every input is byte-identical afterwards.
@Suite struct BadInputCatalogueTests {
    typealias BadInput = BadInputCatalogue.BadInput

    @Test func catalogueHoldsSixtyDistinctCases() {
        let names = BadInputCatalogue.cases.map(\.name)
        #expect(names.count >= 60, "\(names.count) cases")
        #expect(Set(names).count == names.count, "a name is used twice")
    }

    @Test(arguments: BadInputCatalogue.cases)
    func badInput(_ bad: BadInput) throws {
        let folder = try BinaryRunner.temporaryFolder("bad-input")
        defer {
            // Modes set by the case would stop the clean-up of a non-root run.
            for case .readOnlyFolder(let path) in bad.preparations {
                chmod(folder.appendingPathComponent(path).path, 0o755)
            }
            try? FileManager.default.removeItem(at: folder)
        }
        if case .unprivileged = bad.launch, getuid() == 0, !FileManager.default.isExecutableFile(atPath: Self.setpriv) {
            // As root, permissions stop nothing; without setpriv there is no other user to be.
            print("skipped '\(bad.name)': running as root without \(Self.setpriv)")
            return
        }
        if case .fileSizeLimit = bad.launch, ProcessInfo.processInfo.environment["TSAN_OPTIONS"] != nil {
            // Under ThreadSanitizer a sanitized lorash under `ulimit -f` dies of SIGBUS in the
            // sanitizer's own shadow memory before it writes anything (EndToEndTests,
            // bakeThatRunsOutOfSpaceLeavesNothing; Docs/Reliability.md).
            print("skipped '\(bad.name)': ulimit -f breaks ThreadSanitizer's shadow memory")
            return
        }
        for name in bad.folders {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        for (name, bytes) in bad.files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let environment = [
            "NO_COLOR": "1", "LORASH_LIBRARY": folder.appendingPathComponent("library.db").path, "HOME": folder.path,
            "XDG_DATA_HOME": folder.appendingPathComponent("xdg").path,
        ]
        // The write lock another process holds (released by closing the database).
        var lock: SQLiteDatabase? = nil
        for preparation in bad.preparations {
            switch preparation {
            case .unreadable(let path): chmod(folder.appendingPathComponent(path).path, 0)
            case .readOnlyFolder(let path): chmod(folder.appendingPathComponent(path).path, 0o555)
            case .library, .lockedLibrary:
                let made = try Self.run(["-c", "library add loras"], in: folder, environment: environment)
                try #require(made.status == 0, "the library could not be made: \(made.stderr)")
            case .newerLibrary:
                let database = try SQLiteDatabase(path: folder.appendingPathComponent("library.db").path)
                try database.execute("PRAGMA user_version = 99")
            }
        }
        let before = try Self.contents(of: folder)
        for case .lockedLibrary in bad.preparations {
            // Another process holds the write lock for the whole run (lorash waits, then gives up).
            let database = try SQLiteDatabase(path: folder.appendingPathComponent("library.db").path)
            try database.execute("BEGIN EXCLUSIVE")
            lock = database
        }
        if case .unprivileged = bad.launch, getuid() == 0 {
            // The unprivileged user must reach the folder (and read what it may read).
            chmod(folder.path, 0o755)
        }

        let result = try Self.run(bad.arguments, in: folder, environment: environment, launch: bad.launch)

        if let held = lock {
            try held.execute("ROLLBACK")
            lock = nil
        }
        for case .unreadable(let path) in bad.preparations { chmod(folder.appendingPathComponent(path).path, 0o644) }
        let context = "\(bad.name): status \(result.status)\nstderr: \(result.stderr)\nstdout: \(result.stdout)"
        let placeholders = { (text: String) in text.replacingOccurrences(of: "{dir}", with: folder.path) }

        // The status, and that the table documents it with this meaning.
        #expect(result.status == bad.status.code, "\(context)")
        #expect(
            Self.documentedStatuses[bad.status.code] == bad.status.meaning, "\(bad.status.code) in Docs/Language.md")
        // The error: the first line of standard error, exactly (up to the wildcards).
        let firstLine =
            result.stderr.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if bad.error.isEmpty {
            #expect(result.stderr.isEmpty, "\(context)")
        } else {
            #expect(Self.matches(firstLine, ending: placeholders(bad.error)), "\(context)")
        }
        if let report = bad.report {
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(
                lines.contains { Self.matches($0, ending: placeholders(report)) && $0.hasPrefix("  /") }, "\(context)")
        }
        // Nothing left behind but what the case allows (no output, no partial or temporary file).
        let after = try Self.contents(of: folder)
        let created = Set(after.keys).subtracting(before.keys)
        #expect(created == Set(bad.leaves).subtracting(before.keys), "left behind: \(created.sorted()); \(context)")
        // Every input byte-identical (a library the run may update is an output, not an input).
        for (path, bytes) in before where !bad.leaves.contains(path) {
            #expect(after[path] == bytes, "\(path) changed or vanished; \(context)")
        }
    }

    /// The exit-status table of Docs/Language.md names each status the catalogue uses with the
    /// meaning the catalogue gives it, and `lorash --help` and `help scripts` say the same.
    @Test func exitStatusTableMatchesTheHelpTexts() throws {
        let table = Self.documentedStatuses
        #expect(table.keys.sorted() == [0, 64, 65, 70, 74, 130], "\(table)")
        for status in [BadInputCatalogue.Status.ok, .usage, .scriptError, .inputError] {
            #expect(table[status.code] == status.meaning, "\(status.code)")
        }
        let usage = try BinaryRunner.run(["--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
        let topic = try BinaryRunner.run(["-c", "help scripts"]).stdout.replacingOccurrences(of: "\n", with: " ")
        for (code, meaning) in table {
            let words = "\(code) \(meaning)"
            #expect(usage.contains(words), "lorash --help lacks '\(words)': \(usage)")
            #expect(topic.contains(words), "help scripts lacks '\(words)': \(topic)")
        }
    }

    // MARK: Helpers

    static let setpriv = "/usr/bin/setpriv"

    /// The table under "Scripts and arguments" in Docs/Language.md: status → meaning.
    static let documentedStatuses: [Int32: String] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Docs/Language.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8),
            let section = text.range(of: "## Scripts and arguments")
        else { return [:] }
        var table: [Int32: String] = [:]
        let rest = text[section.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        for line in rest[..<end].split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2, let code = Int32(cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")))
            else { continue }
            table[code] = cells[1]
        }
        return table
    }()

    /// Whether `line` ends with `expected`, where `⟨…⟩` in `expected` stands for any text.
    static func matches(_ line: String, ending expected: String) -> Bool {
        let parts = expected.components(separatedBy: "⟨…⟩")
        guard parts.count > 1 else { return line.hasSuffix(expected) }
        // The first part starts somewhere, the others follow in order, the last ends the line.
        guard let first = line.range(of: parts[0]) else { return false }
        var rest = line[first.upperBound...]
        for part in parts.dropFirst().dropLast() {
            guard let found = rest.range(of: part) else { return false }
            rest = rest[found.upperBound...]
        }
        return rest.hasSuffix(parts.last!)
    }

    /// Every file under `folder` (hidden ones too), by relative path, with its bytes.
    static func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = folder.path
        guard let walker = FileManager.default.enumerator(atPath: root) else { return files }
        for case let relative as String in walker {
            let path = root + "/" + relative
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
                continue
            }
            files[relative] = FileManager.default.contents(atPath: path) ?? Data()
        }
        return files
    }

    /// Runs lorash in `folder` as `launch` says.
    static func run(
        _ arguments: [String], in folder: URL, environment: [String: String],
        launch: BadInputCatalogue.Launch = .plain
    ) throws -> BinaryRunner.Result {
        let process = Process()
        switch launch {
        case .plain, .standardInputFromFolder:
            process.executableURL = URL(fileURLWithPath: BinaryRunner.binary)
            process.arguments = arguments
        case .fileSizeLimit(let kib):
            // lorash must turn SIGXFSZ into an EFBIG error, not die of it.
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", "ulimit -f \(kib); exec \"$0\" \"$@\"", BinaryRunner.binary] + arguments
        case .unprivileged:
            if getuid() == 0 {
                process.executableURL = URL(fileURLWithPath: setpriv)
                process.arguments =
                    ["--reuid=65534", "--regid=65534", "--clear-groups", BinaryRunner.binary] + arguments
            } else {
                process.executableURL = URL(fileURLWithPath: BinaryRunner.binary)
                process.arguments = arguments
            }
        }
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let standardOutput = Pipe(), standardError = Pipe()
        process.standardOutput = standardOutput
        process.standardError = standardError
        if case .standardInputFromFolder = launch {
            process.standardInput = FileHandle(forReadingAtPath: folder.path)
        } else {
            process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        }
        try process.run()
        // Standard error is read on another thread, so a full pipe cannot stall lorash.
        let errorData = LockedData()
        let reader = Thread { errorData.set(standardError.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let out = standardOutput.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { usleep(1000) }
        return BinaryRunner.Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: errorData.data, as: UTF8.self))
    }

    /// Data handed from a reader thread.
    final class LockedData: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Data? = nil
        func set(_ data: Data) { lock.withLock { value = data } }
        var isSet: Bool { lock.withLock { value != nil } }
        var data: Data { lock.withLock { value ?? Data() } }
    }
}
