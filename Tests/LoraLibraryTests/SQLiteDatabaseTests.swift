import Foundation
import Testing

@testable import LoraLibrary

@Suite struct SQLiteDatabaseTests {
    static func temporaryPath(_ label: String = #function) -> String {
        let dir = NSTemporaryDirectory() + "lorash-library-tests-\(getpid())-\(label.filter(\.isLetter))"
        try? FileManager.default.removeItem(atPath: dir)
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir + "/library.db"
    }

    @Test func valuesRoundTrip() throws {
        let db = try SQLiteDatabase(path: Self.temporaryPath())
        try db.execute("CREATE TABLE t (a, b, c, d, e)")
        try db.run(
            "INSERT INTO t VALUES (?, ?, ?, ?, ?)",
            [.integer(-7), .real(0.25), .text("é ✓"), .blob([0, 1, 255]), .null])
        let row = try #require(try db.rows("SELECT a, b, c, d, e FROM t").first)
        #expect(row.values == [.integer(-7), .real(0.25), .text("é ✓"), .blob([0, 1, 255]), .null])
    }

    @Test func aFailedTransactionChangesNothing() throws {
        let db = try SQLiteDatabase(path: Self.temporaryPath())
        try db.execute("CREATE TABLE t (a UNIQUE)")
        try db.run("INSERT INTO t VALUES (1)")
        #expect(throws: LibraryError.self) {
            try db.transaction { () throws(LibraryError) in
                try db.run("INSERT INTO t VALUES (2)")
                try db.run("INSERT INTO t VALUES (1)")
            }
        }
        #expect(try db.rows("SELECT count(*) FROM t").first?.int(0) == 1)
    }

    @Test func fts5IsThere() throws {
        let db = try SQLiteDatabase(path: Self.temporaryPath())
        try db.execute("CREATE VIRTUAL TABLE f USING fts5(a)")
        try db.run("INSERT INTO f VALUES ('watercolor style')")
        #expect(try db.rows("SELECT count(*) FROM f WHERE f MATCH 'water*'").first?.int(0) == 1)
    }

    @Test func aFileThatIsNotADatabaseIsCorrupt() throws {
        let path = Self.temporaryPath()
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        let db = try SQLiteDatabase(path: path)
        #expect(throws: LibraryError.corrupt(path: path, detail: "file is not a database")) {
            try db.execute("SELECT * FROM sqlite_master")
        }
    }
}
