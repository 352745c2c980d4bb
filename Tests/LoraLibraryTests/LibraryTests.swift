import Foundation
import LoraEngine
import Testing

@testable import LoraLibrary

@Suite struct LibraryTests {
    /// A library at a fresh path with one folder of three LoRAs.
    static func make(_ label: String = #function) throws -> (Library, String) {
        let root = LibraryFixtures.folder(label)
        let loras = root + "/Lora"
        try FileManager.default.createDirectory(atPath: loras + "/styles", withIntermediateDirectories: true)
        LibraryFixtures.lora(
            loras + "/hero.safetensors", sdxl: true, rank: 8,
            metadata: [
                "ss_output_name": "hero_v2", "ss_sd_model_name": "ponyDiffusionV6XL.safetensors",
                "ss_tag_frequency": LibraryFixtures.tagFrequency([("herochan", 40), ("red cape", 12)]),
            ])
        LibraryFixtures.lora(
            loras + "/styles/watercolor.safetensors", rank: 16,
            metadata: ["ss_tag_frequency": LibraryFixtures.tagFrequency([("wtrcolor", 30)])])
        LibraryFixtures.lora(loras + "/styles/ink.safetensors", rank: 4)
        let library = try Library(path: root + "/library.db")
        try library.add(folders: [loras])
        return (library, loras)
    }

    @Test func scanIndexesNewFilesThenOnlyWhatChanged() throws {
        let (library, loras) = try Self.make()
        var report = try library.scan()
        #expect(report.added == 3 && report.unchanged == 0 && report.problems.isEmpty)
        report = try library.scan()
        #expect(report.added == 0 && report.updated == 0 && report.unchanged == 3)
        // A changed file (other size) is read again; a removed one is forgotten.
        LibraryFixtures.lora(loras + "/styles/ink.safetensors", rank: 8)
        try FileManager.default.removeItem(atPath: loras + "/styles/watercolor.safetensors")
        report = try library.scan()
        #expect(report.updated == 1 && report.removed == 1 && report.unchanged == 1)
        let ink = try #require(try library.entry(named: "ink"))
        #expect(ink.ranks == [8])
        #expect(try library.entry(named: "watercolor") == nil)
        let overview = try library.overview()
        #expect(overview.files == 2 && overview.folders.count == 1 && overview.lastScan != nil)
    }

    @Test func factsComeFromTheHeader() throws {
        let (library, _) = try Self.make()
        _ = try library.scan()
        let hero = try #require(try library.entry(named: "hero"))
        #expect(hero.kind == "LoRA")
        #expect(hero.architecture == "SDXL")
        #expect(hero.ranks == [8])
        #expect(hero.outputName == "hero_v2")
        #expect(hero.triggerWords == ["herochan", "red cape"])
        // The output name resolves too.
        #expect(try library.entry(named: "hero_v2")?.path == hero.path)
        #expect(try library.entry(named: "HERO")?.path == hero.path)
    }

    @Test func findMatchesTriggerWordsByPrefixAndFilters() throws {
        let (library, _) = try Self.make()
        _ = try library.scan()
        var query = Library.Query()
        query.text = "heroc"
        #expect(try library.find(query).map(\.name) == ["hero"])
        query.text = "wtrcol"
        #expect(try library.find(query).map(\.name) == ["watercolor"])
        query.text = ""
        query.rankAtMost = 8
        query.sort = .name
        #expect(try library.find(query).map(\.name) == ["hero", "ink"])
        query.rankAtMost = nil
        query.architecture = "SDXL"
        #expect(try library.find(query).map(\.name) == ["hero"])
        query.architecture = nil
        query.sort = .rank
        #expect(try library.find(query).map(\.name) == ["watercolor", "hero", "ink"])
        // Any text is a safe query.
        query.text = "\" OR * NEAR("
        #expect(try library.find(query).isEmpty)
    }

    @Test func userDataSurvivesRescansAndMoves() throws {
        let (library, loras) = try Self.make()
        _ = try library.scan()
        try library.setBookmark("ink", true)
        try library.changeTags("ink", ["+Style", "+old"])
        try library.changeTags("ink", ["-old", "+x", "-x"])
        try library.setNote("ink", "great at 0.6")
        try library.setRating("ink", 4)
        var query = Library.Query()
        query.bookmarked = true
        #expect(try library.find(query).map(\.name) == ["ink"])
        query = Library.Query()
        query.text = "great"
        #expect(try library.find(query).map(\.name) == ["ink"])
        // Moved to another folder of the library: found again by sha256.
        try FileManager.default.moveItem(
            atPath: loras + "/styles/ink.safetensors", toPath: loras + "/ink-moved.safetensors")
        let report = try library.scan()
        #expect(report.added == 1 && report.removed == 1 && report.moved == 1)
        let moved = try #require(try library.entry(named: "ink-moved"))
        #expect(moved.bookmarked && moved.userTags == ["style"] && moved.note == "great at 0.6" && moved.rating == 4)
        #expect(throws: LibraryError.self) { try library.setRating("ink-moved", 6) }
    }

    @Test func ambiguousAndUnknownNamesSayWhatToDo() throws {
        let (library, loras) = try Self.make()
        try FileManager.default.createDirectory(atPath: loras + "/old", withIntermediateDirectories: true)
        LibraryFixtures.lora(loras + "/old/ink.safetensors", rank: 2)
        _ = try library.scan()
        #expect(
            throws: LibraryError.ambiguousName(
                "ink", candidates: [loras + "/old/ink.safetensors", loras + "/styles/ink.safetensors"])
        ) {
            try library.entry(named: "ink")
        }
        do {
            _ = try library.require("watercolour")
            Issue.record("an unknown name was found")
        } catch {
            #expect(error == .unknownName("watercolour", suggestions: ["watercolor"]))
        }
    }

    @Test func badFilesAreReportedAndSkipped() throws {
        let (library, loras) = try Self.make()
        FileManager.default.createFile(atPath: loras + "/broken.safetensors", contents: Data("not safetensors".utf8))
        // A name that is not UTF-8.
        let bad = loras + "/caf\u{FFFD}"
        _ = bad
        let raw: [UInt8] = Array((loras + "/caf").utf8) + [0xE9] + Array(".safetensors".utf8) + [0]
        raw.withUnsafeBufferPointer { p in
            let fd = open(
                UnsafeRawPointer(p.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644)
            close(fd)
        }
        // A symlink loop.
        try FileManager.default.createSymbolicLink(atPath: loras + "/styles/loop", withDestinationPath: loras)
        let report = try library.scan()
        #expect(report.added == 3)
        #expect(report.problems.contains { $0.contains("broken.safetensors") })
        #expect(report.problems.contains { $0.contains("not UTF-8") })
        #expect(report.problems.contains { $0.contains("loop") })
    }

    @Test func aFileThatChangedWhileItWasReadIsLeftForTheNextScan() throws {
        let (_, loras) = try Self.make()
        let path = loras + "/hero.safetensors"
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        // What the walk saw (a smaller file, being written) is not what the read found.
        let seen = FoundFile(path: path, size: size - 8, mtime: 0, isPeftFolder: false, siblings: [])
        guard case .failure(let problem) = ScannedFile.read(seen) else {
            Issue.record("a file that changed was indexed")
            return
        }
        #expect(problem.text == "\(path): changed while it was read (skipped; scan again when it is written)")
    }

    @Test func usesCountForSortUsed() throws {
        let (library, _) = try Self.make()
        _ = try library.scan()
        let ink = try #require(try library.entry(named: "ink"))
        try library.recordUse(path: ink.path)
        try library.recordUse(path: ink.path)
        let hero = try #require(try library.entry(named: "hero"))
        try library.recordUse(path: hero.path)
        var query = Library.Query()
        query.sort = .used
        #expect(try library.find(query).map(\.name) == ["ink", "hero", "watercolor"])
        #expect(try library.entry(named: "ink")?.uses == 2)
    }

    @Test func aRemovedFolderKeepsItsFiles() throws {
        let (library, loras) = try Self.make()
        _ = try library.scan()
        try FileManager.default.moveItem(atPath: loras, toPath: loras + "-away")
        let report = try library.scan()
        #expect(report.problems.count == 1 && report.problems[0].contains("missing"))
        #expect(try library.overview().files == 3)
    }

    @Test func ctrlCKeepsWhatWasIndexed() throws {
        let (library, loras) = try Self.make()
        for i in 0..<600 { LibraryFixtures.lora(loras + "/many\(i).safetensors", rank: 1 + i % 4) }
        let token = CancellationToken()
        let report = try library.scan(cancellation: token) { done, _ in if done >= Library.scanBatch { token.cancel() }
        }
        #expect(report.interrupted)
        let indexed = try library.overview().files
        #expect(indexed == Library.scanBatch)
        let rest = try library.scan()
        #expect(rest.added == 603 - indexed && !rest.interrupted)
    }
}

@Suite struct LibrarySchemaTests {
    @Test func anOldDatabaseIsMigratedWithItsUserData() throws {
        let path = LibraryFixtures.folder() + "/library.db"
        do {
            let db = try SQLiteDatabase(path: path)
            try LibrarySchema.migrate(db, to: 1)
            try db.run("INSERT INTO user_data (path, sha256, size, bookmarked, note) VALUES ('/x', 'ab', 3, 1, 'keep')")
        }
        let library = try Library(path: path)
        let rows = try library.database.rows("SELECT bookmarked, note, uses FROM user_data WHERE path = '/x'")
        #expect(rows.first?.values == [.integer(1), .text("keep"), .integer(0)])
        #expect(try library.database.userVersion == LibrarySchema.current)
        // Version 3's table and column are there.
        #expect(try library.database.rows("SELECT count(*) FROM tensor_matches").first?.int(0) == 0)
        #expect(try library.database.rows("SELECT count(tensor_sample) FROM files").first?.int(0) == 0)
    }

    /// Version 4 reads the files with sidecars again at the next scan (for the model name and
    /// where the preferred weight came from); files without sidecars are not read again.
    @Test func version4ReadsFilesWithSidecarsAgain() throws {
        let path = LibraryFixtures.folder() + "/library.db"
        do {
            let db = try SQLiteDatabase(path: path)
            try LibrarySchema.migrate(db, to: 3)
            try db.run("INSERT INTO folders (id, path, added_at) VALUES (1, '/m', 0)")
            for (id, stamp) in [(1, "a.json:10:1.0;"), (2, "")] {
                try db.run(
                    "INSERT INTO files (id, folder_id, path, name, size, mtime, kind, sidecar_stamp, scanned_at) VALUES (?, 1, ?, ?, 1, 1, 'LoRA', ?, 0)",
                    [.integer(Int64(id)), .text("/m/\(id).safetensors"), .text("\(id)"), .text(stamp)])
            }
        }
        let library = try Library(path: path)
        let rows = try library.database.rows(
            "SELECT sidecar_stamp, model_name, preferred_weight_from FROM files ORDER BY id")
        #expect(rows.map(\.values) == [[.text(""), .null, .null], [.text(""), .null, .null]])
    }

    @Test func aNewerDatabaseIsRefused() throws {
        let path = LibraryFixtures.folder() + "/library.db"
        do {
            let db = try SQLiteDatabase(path: path)
            try db.execute("PRAGMA user_version = \(LibrarySchema.current + 1)")
        }
        #expect(
            throws: LibraryError.newerSchema(
                path: path, found: LibrarySchema.current + 1, supported: LibrarySchema.current)
        ) {
            try Library(path: path)
        }
    }

    @Test func aCorruptDatabaseIsNamed() throws {
        let path = LibraryFixtures.folder() + "/library.db"
        try Data(repeating: 7, count: 8192).write(to: URL(fileURLWithPath: path))
        do {
            _ = try Library(path: path)
            Issue.record("a corrupt library opened")
        } catch {
            guard case .corrupt(let named, _) = error else { Issue.record("\(error)"); return }
            #expect(named == path)
        }
    }

    @Test func aLockedDatabaseSaysSo() throws {
        let path = LibraryFixtures.folder() + "/library.db"
        let first = try Library(path: path)
        try first.database.execute("BEGIN IMMEDIATE")
        let second = try SQLiteDatabase(path: path, busyTimeout: 0.05)
        #expect(throws: LibraryError.locked(path: path)) { try second.execute("BEGIN IMMEDIATE") }
        // WAL: the second can still read while the first holds the write lock.
        #expect(try second.rows("SELECT count(*) FROM files").first?.int(0) == 0)
        try first.database.execute("ROLLBACK")
    }

    @Test func aReadOnlyDatabaseReadsButRefusesWrites() throws {
        let folder = LibraryFixtures.folder()
        let path = folder + "/library.db"
        do {
            let library = try Library(path: path)
            try library.add(folders: [folder])
            try library.database.execute("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE")
        }
        let library = try Library(path: path, readOnly: true)
        #expect(try library.folders().count == 1)
        #expect(throws: LibraryError.readOnly(path: path)) { try library.add(folders: [folder + "/.."]) }
    }
}

@Suite struct DuplicatesTests {
    /// Two LoRAs with the same tensors (one F16, one F32, other metadata) and a look-alike.
    static func make(_ label: String = #function) throws -> (Library, String) {
        let root = LibraryFixtures.folder(label)
        let loras = root + "/Lora"
        try FileManager.default.createDirectory(atPath: loras, withIntermediateDirectories: true)
        LibraryFixtures.lora(loras + "/ink.safetensors", metadata: ["ss_output_name": "ink"], dtype: "F16", seed: 3)
        LibraryFixtures.lora(loras + "/ink_fp32.safetensors", metadata: ["ss_output_name": "renamed"], seed: 3)
        LibraryFixtures.lora(loras + "/other.safetensors", seed: 4)
        let library = try Library(path: root + "/library.db")
        try library.add(folders: [loras])
        _ = try library.scan()
        return (library, loras)
    }

    @Test func theScanStoresEachAdaptersSample() throws {
        let (library, loras) = try Self.make()
        let blob = try #require(
            try library.database.rows(
                "SELECT tensor_sample FROM files WHERE path = ?", [.text(loras + "/ink.safetensors")]
            )
            .first?.blob(0))
        let sample = try #require(TensorSample(encoded: blob))
        // The first tensor by name with at least 64 values: to_k's lora_down, 4 × 768; 64 values
        // at a stride of 3072 / 64 = 48, each (i·31 + 3·17) mod 13 · 0.001 rounded to F16.
        #expect(
            sample.tensor == "lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_k.lora_down.weight")
        let expected = (0..<64).map { Float(Float16(Float((($0 * 48) * 31 + 51) % 13) * 0.001)) }
        #expect(sample.values == expected)
        #expect(TensorSample(encoded: sample.encoded) == sample)
        #expect(TensorSample(encoded: Array(sample.encoded.dropLast())) == nil)
        #expect(TensorSample(encoded: [UInt8(ascii: "S"), 2] + sample.encoded.dropFirst(2)) == nil)
    }

    @Test func aFullComparisonIsRememberedUntilAFileChanges() throws {
        let (library, loras) = try Self.make()
        let pair = [loras + "/ink.safetensors", loras + "/ink_fp32.safetensors"]
        #expect(try library.duplicates() == [Library.DuplicateGroup(kind: .sameTensors, paths: pair)])
        let verdicts = try library.database.rows("SELECT a_path, b_path, same FROM tensor_matches")
        #expect(verdicts.map(\.values) == [[.text(pair[0]), .text(pair[1]), .integer(1)]])
        // The stored verdict is what the next run uses (altered here to prove it).
        try library.database.run("UPDATE tensor_matches SET same = 0")
        #expect(try library.duplicates().isEmpty)
        // A changed file (new mtime, rescanned) is compared again.
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: pair[1])
        #expect(try library.scan().updated == 1)
        #expect(try library.duplicates() == [Library.DuplicateGroup(kind: .sameTensors, paths: pair)])
    }

    @Test func byteCopiesAreFoundByHeaderKeyAndWithoutOne() throws {
        let (library, loras) = try Self.make()
        try FileManager.default.copyItem(atPath: loras + "/other.safetensors", toPath: loras + "/other (1).safetensors")
        #expect(try library.scan().added == 1)
        let copies = [loras + "/other (1).safetensors", loras + "/other.safetensors"]
        func sameFiles() throws -> [[String]] {
            try library.duplicates().compactMap { if case .sameFile = $0.kind { $0.paths } else { nil } }
        }
        #expect(try sameFiles() == [copies])
        // Only the two files sharing a header key were hashed.
        #expect(try library.database.rows("SELECT count(sha256) FROM files").first?.int(0) == 2)
        // Rows indexed before lorash kept header keys are grouped by their header facts.
        try library.database.run("UPDATE files SET header_key = NULL, sha256 = NULL")
        #expect(try sameFiles() == [copies])
    }

    @Test func filesIndexedWithoutASampleAreRead() throws {
        let (library, loras) = try Self.make()
        try library.database.run("UPDATE files SET tensor_sample = NULL")
        #expect(
            try library.duplicates() == [
                Library.DuplicateGroup(
                    kind: .sameTensors, paths: [loras + "/ink.safetensors", loras + "/ink_fp32.safetensors"])
            ])
    }
}
