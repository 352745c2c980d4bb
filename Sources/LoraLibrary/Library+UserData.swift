import Foundation
import LoraFormats

extension Library {
    /// Bookmarks (or un-bookmarks) the file `name` stands for.
    /// - Returns: the file.
    @discardableResult
    public func setBookmark(_ name: String, _ on: Bool) throws(LibraryError) -> Entry {
        try changeUserData(name, "bookmarked = ?", [.integer(on ? 1 : 0)])
    }

    /// Adds (`+word`, or a bare word) and removes (`-word`) the user's tags, in the order
    /// given; tags are single lower-case words, kept sorted.
    /// - Returns: the file, with its tags after the change.
    @discardableResult
    public func changeTags(_ name: String, _ changes: [String]) throws(LibraryError) -> Entry {
        let entry = try require(name)
        var tags = Set(entry.userTags)
        for change in changes {
            let word = Self.tagWord(change)
            guard !word.isEmpty else { continue }
            if change.trimmingCharacters(in: .whitespaces).hasPrefix("-") {
                tags.remove(word)
            } else {
                tags.insert(word)
            }
        }
        return try changeUserData(name, "tags = ?", [.text(tags.sorted().joined(separator: " "))])
    }

    /// Sets the user's note ("" clears it).
    @discardableResult
    public func setNote(_ name: String, _ note: String) throws(LibraryError) -> Entry {
        try changeUserData(name, "note = ?", [.text(note)])
    }

    /// Sets a rating of 1 to 5 (nil clears it).
    @discardableResult
    public func setRating(_ name: String, _ rating: Int?) throws(LibraryError) -> Entry {
        if let rating, !(1...5).contains(rating) {
            throw .request("a rating is 1 to 5 (got \(rating)); `rate \(name) 0` clears it")
        }
        return try changeUserData(name, "rating = ?", [SQLValue(rating)])
    }

    /// Counts one use of the file at `path` (for `sort=used`); nothing when it is not indexed.
    public func recordUse(path: String) throws(LibraryError) {
        guard let entry = try entry(path: path) else { return }
        try database.transaction { () throws(LibraryError) in
            try ensureUserData(entry)
            try database.run(
                "UPDATE user_data SET uses = uses + 1, last_used = ? WHERE path = ?",
                [.real(Date().timeIntervalSince1970), .text(entry.path)])
        }
    }

    /// Lower-cased, without the leading +/- and spaces.
    static func tagWord(_ tag: String) -> String {
        var t = tag.trimmingCharacters(in: .whitespaces).lowercased()
        while t.hasPrefix("+") || t.hasPrefix("-") || t.hasPrefix("#") { t.removeFirst() }
        return t.replacingOccurrences(of: " ", with: "_")
    }

    /// Creates the file's user-data row (with its sha256, so the data can follow a moved file).
    func ensureUserData(_ entry: Entry) throws(LibraryError) {
        var sha = entry.sha256
        if sha == nil { sha = try sha256(fileID: entry.id, path: entry.path) }
        try database.run(
            "INSERT INTO user_data (path, sha256, size) VALUES (?, ?, ?) ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size",
            [.text(entry.path), SQLValue(sha), .integer(Int64(entry.size))])
    }

    private func changeUserData(_ name: String, _ assignment: String, _ values: [SQLValue]) throws(LibraryError)
        -> Entry
    {
        let entry = try require(name)
        try database.transaction { () throws(LibraryError) in
            try ensureUserData(entry)
            try database.run("UPDATE user_data SET \(assignment) WHERE path = ?", values + [.text(entry.path)])
            // A tag may name a family or a category.
            try updateDerived(id: entry.id)
            try refreshSearch(id: entry.id)
        }
        return try self.entry(path: entry.path) ?? entry
    }
}
