/// The library's tables, as an ordered list of migrations; `PRAGMA user_version` records how
/// many have run.
///
/// A database at version v is brought to `current` by running migrations v+1 … current, each in
/// one transaction with its version bump, so a crash leaves it at one version or the next. A
/// database above `current` was written by a newer lorash and is refused, never downgraded.
/// User data (bookmarks, tags, notes, ratings) lives in `user_data`, keyed by path and sha256,
/// apart from what a scan rewrites, so no rescan or migration touches it.
public enum LibrarySchema {
    /// The version this lorash writes.
    public static var current: Int { migrations.count }

    /// Migration n (1-based) brings version n−1 to n. Never edit a migration that has shipped;
    /// add one.
    public static let migrations: [String] = [
        // 1: folders, files with their header facts and sidecars, user data, full-text search.
        """
        CREATE TABLE folders (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            added_at REAL NOT NULL,
            scanned_at REAL
        );
        CREATE TABLE files (
            id INTEGER PRIMARY KEY,
            folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
            path TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            size INTEGER NOT NULL,
            mtime REAL NOT NULL,
            kind TEXT NOT NULL,
            architecture TEXT,
            recognised_by TEXT,
            ranks TEXT,
            rank_max INTEGER,
            alphas TEXT,
            dtype TEXT,
            modules INTEGER,
            output_name TEXT,
            trigger_words TEXT,
            tags TEXT,
            description TEXT,
            metadata TEXT,
            training_base_hash TEXT,
            training_base_name TEXT,
            sidecar_bases TEXT,
            sidecar_notes TEXT,
            civitai_type TEXT,
            preferred_weight REAL,
            activation_text TEXT,
            preview TEXT,
            family TEXT,
            family_reasons TEXT,
            category TEXT,
            sha256 TEXT,
            problems TEXT,
            sidecar_stamp TEXT NOT NULL DEFAULT '',
            scanned_at REAL NOT NULL
        );
        CREATE INDEX files_name ON files(name);
        CREATE INDEX files_output_name ON files(output_name);
        CREATE INDEX files_sha256 ON files(sha256);
        CREATE INDEX files_family ON files(family);
        CREATE TABLE user_data (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            sha256 TEXT,
            size INTEGER,
            bookmarked INTEGER NOT NULL DEFAULT 0,
            tags TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            rating INTEGER
        );
        CREATE INDEX user_data_sha256 ON user_data(sha256);
        CREATE VIRTUAL TABLE search USING fts5(name, triggers, tags, text, tokenize = 'unicode61', prefix = '2 3');
        CREATE TABLE facts (key TEXT PRIMARY KEY, value TEXT);
        """,
        // 2: weight fingerprints (lineage, duplicates) and use counts for sort=used.
        """
        ALTER TABLE files ADD COLUMN fingerprint BLOB;
        ALTER TABLE user_data ADD COLUMN uses INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE user_data ADD COLUMN last_used REAL;
        """,
        // 3: adapters' tensor samples, so `dupes` compares files without opening them, and the
        // verdicts of its full comparisons (by path, for the size/mtime each file had), a hash of
        // the header facts byte-identical files share (the candidates for hashing); a covering
        // index of what `find` filters and sorts by, so it sorts ids, not whole rows.
        """
        ALTER TABLE files ADD COLUMN tensor_sample BLOB;
        ALTER TABLE files ADD COLUMN header_key INTEGER;
        CREATE INDEX files_header_key ON files(header_key);
        CREATE INDEX files_structure ON files(kind, architecture, modules, ranks, alphas, size, mtime, path, tensor_sample);
        CREATE TABLE tensor_matches (
          a_path TEXT NOT NULL, a_stamp TEXT NOT NULL, b_path TEXT NOT NULL, b_stamp TEXT NOT NULL,
          same INTEGER NOT NULL, PRIMARY KEY (a_path, b_path));
        CREATE INDEX files_browse ON files(family, kind, category, architecture, rank_max, mtime, size, name, path);
        """,
        // 4: which sidecar the preferred weight came from (A1111's NAME.json or Lora-Manager's
        // NAME.metadata.json; NULL in rows from before, which only A1111's file could give) and
        // the text encoders' weight when it differs (Lora-Manager's clip_strength), and
        // the model's name a sidecar gives ("Detail Tweaker XL"), searched with the file's. The
        // files with sidecars are read again at the next scan, to fill them.
        """
        ALTER TABLE files ADD COLUMN preferred_weight_from TEXT;
        ALTER TABLE files ADD COLUMN model_name TEXT;
        ALTER TABLE files ADD COLUMN preferred_te_weight REAL;
        UPDATE files SET sidecar_stamp = '' WHERE sidecar_stamp != '';
        """,
    ]

    /// Brings `database` to `current`, refusing one from a newer lorash.
    /// - Throws: `LibraryError.newerSchema`, or the SQLite error of a failed migration (which
    ///   leaves the database at the version before it).
    public static func migrate(_ database: SQLiteDatabase) throws(LibraryError) {
        try migrate(database, to: current)
    }

    /// Brings `database` to `version` (tests build old databases with it).
    public static func migrate(_ database: SQLiteDatabase, to version: Int) throws(LibraryError) {
        let found = try database.userVersion
        if found > current {
            throw .newerSchema(path: database.path, found: found, supported: current)
        }
        guard found < version else { return }
        for next in (found + 1)...version {
            try database.transaction { () throws(LibraryError) in
                try database.execute(migrations[next - 1])
                try database.execute("PRAGMA user_version = \(next)")
            }
        }
    }
}
