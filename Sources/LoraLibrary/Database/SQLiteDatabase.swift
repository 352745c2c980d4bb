import CSQLite
import Foundation

/// A value in or out of SQLite.
public enum SQLValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
}

extension SQLValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(nilLiteral: ()) { self = .null }
    /// `.text` for a string, `.null` for nil.
    public init(_ text: String?) { self = text.map { .text($0) } ?? .null }
    /// `.integer` for an integer, `.null` for nil.
    public init(_ number: Int?) { self = number.map { .integer(Int64($0)) } ?? .null }
    /// `.real` for a number, `.null` for nil.
    public init(_ number: Double?) { self = number.map { .real($0) } ?? .null }
}

/// One connection to an SQLite database file: statements, transactions, `user_version`.
///
/// Not shared between threads (SQLite's connections are not, in the default build's serialised
/// mode they are but lock on every call); each lorash process opens its own. Errors carry the
/// database's path so a message can name it.
public final class SQLiteDatabase {
    /// The file, as given.
    public let path: String
    let handle: OpaquePointer

    /// Opens (creating when `create`) the database at `path`, waiting up to `busyTimeout` seconds
    /// for another process's lock before a statement fails with `.locked`.
    public init(path: String, create: Bool = true, readOnly: Bool = false, busyTimeout: Double = 5) throws(LibraryError)
    {
        self.path = path
        var db: OpaquePointer?
        let flags =
            (readOnly
                ? SQLITE_OPEN_READONLY | SQLITE_OPEN_URI : SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0))
            | SQLITE_OPEN_NOMUTEX
        // Read-only: as an immutable file, so a WAL database in a folder this process cannot
        // write (where SQLite could not make its shared-memory file) still reads.
        let name = readOnly ? Self.immutableURI(path) : path
        let status = sqlite3_open_v2(name, &db, flags, nil)
        guard status == SQLITE_OK, let db else {
            let reason = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
            if let db { sqlite3_close_v2(db) }
            throw .cannotOpen(path: path, reason: reason)
        }
        handle = db
        sqlite3_busy_timeout(db, Int32(busyTimeout * 1000))
        sqlite3_extended_result_codes(db, 1)
    }

    deinit { sqlite3_close_v2(handle) }

    /// `file:PATH?immutable=1` with the characters URIs reserve escaped.
    static func immutableURI(_ path: String) -> String {
        var escaped = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0x80...0xFF:
                escaped += String(format: "%%%02X", byte)
            default: escaped.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return "file:" + escaped + "?immutable=1"
    }

    /// Runs one or more statements that take no parameters and return no rows.
    public func execute(_ sql: String) throws(LibraryError) {
        var message: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &message)
        if status != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_free(message)
            throw error(status, text)
        }
    }

    /// A prepared statement for `sql`, with `values` bound to its `?` parameters in order.
    public func prepare(_ sql: String, _ values: [SQLValue] = []) throws(LibraryError) -> SQLStatement {
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard status == SQLITE_OK, let statement else { throw error(status, lastMessage) }
        let prepared = SQLStatement(statement, database: self)
        try prepared.bind(values)
        return prepared
    }

    /// Runs `sql` with `values` and returns every row.
    public func rows(_ sql: String, _ values: [SQLValue] = []) throws(LibraryError) -> [SQLRow] {
        let statement = try prepare(sql, values)
        var rows: [SQLRow] = []
        while let row = try statement.next() { rows.append(row) }
        return rows
    }

    /// Runs `sql` with `values`, discarding any rows.
    public func run(_ sql: String, _ values: [SQLValue] = []) throws(LibraryError) {
        let statement = try prepare(sql, values)
        while try statement.next() != nil {}
    }

    /// Runs `body` in one transaction (BEGIN IMMEDIATE: the write lock is taken at the start, so
    /// two writers wait for each other instead of failing half-way); rolled back when it throws.
    public func transaction<T>(_ body: () throws(LibraryError) -> T) throws(LibraryError) -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// `PRAGMA user_version`: the schema version lorash records.
    public var userVersion: Int {
        get throws(LibraryError) {
            let row = try rows("PRAGMA user_version").first
            return row?.int(0) ?? 0
        }
    }

    /// The row id of the last INSERT.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last statement.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }

    func error(_ status: Int32, _ message: String) -> LibraryError {
        switch status & 0xff {
        case SQLITE_BUSY, SQLITE_LOCKED: return .locked(path: path)
        case SQLITE_READONLY: return .readOnly(path: path)
        case SQLITE_CORRUPT, SQLITE_NOTADB: return .corrupt(path: path, detail: message)
        case SQLITE_FULL: return .diskFull(path: path)
        case SQLITE_CANTOPEN, SQLITE_IOERR: return .cannotOpen(path: path, reason: message)
        default: return .sql(path: path, message: message)
        }
    }
}

/// A prepared statement; rows come from `next()`.
public final class SQLStatement {
    let handle: OpaquePointer
    let database: SQLiteDatabase

    init(_ handle: OpaquePointer, database: SQLiteDatabase) {
        self.handle = handle
        self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds `values` to the parameters in order (after clearing earlier bindings and resetting).
    public func bind(_ values: [SQLValue]) throws(LibraryError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (i, value) in values.enumerated() {
            let index = Int32(i + 1)
            let status: Int32
            switch value {
            case .null: status = sqlite3_bind_null(handle, index)
            case .integer(let n): status = sqlite3_bind_int64(handle, index, n)
            case .real(let x): status = sqlite3_bind_double(handle, index, x)
            case .text(let s):
                status = s.utf8CString.withUnsafeBufferPointer {
                    lorash_sqlite3_bind_text(handle, index, $0.baseAddress, Int32($0.count - 1))
                }
            case .blob(let bytes):
                status = bytes.withUnsafeBytes {
                    lorash_sqlite3_bind_blob(
                        handle, index, $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32($0.count))
                }
            }
            guard status == SQLITE_OK else { throw database.error(status, database.lastMessage) }
        }
    }

    /// The next row, or nil when there are no more.
    public func next() throws(LibraryError) -> SQLRow? {
        let status = sqlite3_step(handle)
        switch status {
        case SQLITE_ROW:
            let count = sqlite3_column_count(handle)
            var values: [SQLValue] = []
            values.reserveCapacity(Int(count))
            for i in 0..<count { values.append(column(i)) }
            return SQLRow(values: values)
        case SQLITE_DONE:
            sqlite3_reset(handle)
            return nil
        default:
            let message = database.lastMessage
            sqlite3_reset(handle)
            throw database.error(status, message)
        }
    }

    func column(_ i: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, i) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, i))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, i))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, i) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, i))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, i))
            guard count > 0, let bytes = sqlite3_column_blob(handle, i) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default: return .null
        }
    }
}

/// One result row, read by column index.
public struct SQLRow: Sendable, Equatable {
    public let values: [SQLValue]

    public func int(_ i: Int) -> Int? {
        switch values[i] {
        case .integer(let n): return Int(n)
        case .real(let x): return Int(x)
        default: return nil
        }
    }
    public func double(_ i: Int) -> Double? {
        switch values[i] {
        case .integer(let n): return Double(n)
        case .real(let x): return x
        default: return nil
        }
    }
    public func text(_ i: Int) -> String? {
        if case .text(let s) = values[i] { return s }
        return nil
    }
    public func blob(_ i: Int) -> [UInt8]? {
        if case .blob(let b) = values[i] { return b }
        return nil
    }
}
