import Foundation
import LoraFormats
import LoraKit
import LoraLibrary

/// The library: library (add, scan, hash, remove), find, bookmark, unbookmark, tag, note, rate.
enum LibraryCommands {
    static var all: [CommandSpec] { [library, find, compat, dupes, lineage, bookmark, unbookmark, tag, note, rate] }

    static let lineage = CommandSpec(
        "lineage", summary: "Which library checkpoints a checkpoint is made of, by its weights.", topic: "library",
        parameters: [ParameterSpec("checkpoint", .sessionName, help: "a loaded checkpoint or a library name")],
        options: [OptionSpec("limit", .integer, default: "5", help: "nearest checkpoints shown")],
        help: """
            Most checkpoints people download are fine-tunes or merges of a few bases, and their
            file hashes say nothing about that. lineage compares weights: every checkpoint of the
            library has a fingerprint (a fixed, seeded sample of 64 denoiser tensors, about 4 KB,
            the same for its F16, BF16 and F32 copies), and lineage ranks the library's
            checkpoints of the same architecture by relative distance (5% is a light fine-tune),
            then fits a merge's mixing weights over the four nearest by non-negative least
            squares: "as a merge: 0.70 ponyDiffusionV6XL + 0.30 sd_xl_base_1.0, residual 4%". A
            near-zero residual is an exact merge of those checkpoints; a larger one, training after
            merging or parents that are not in the library. A checkpoint nothing else names takes
            the family of its nearest (within 50%).
            """,
        examples: ["lineage myMerge_v3", "lineage base limit=10"]
    ) { invocation in
        let checkpoint = try invocation.object("checkpoint", expecting: "a checkpoint")!
        let limit = try invocation.integer("limit") ?? 5
        guard limit > 0 else { throw invocation.error("limit must be at least 1", at: "limit") }
        let lines = try invocation.perform {
            try invocation.session.lineage(checkpoint, name: invocation.word("checkpoint") ?? "it", limit: limit)
        }
        for line in lines { invocation.print(line) }
        return .nothing
    }

    static let dupes = CommandSpec(
        "dupes", summary: "Duplicate files in the library, and LoRAs with the same tensors.", topic: "library",
        help: """
            Lists files that are byte for byte the same (one sha256: a copy kept in two folders,
            a download renamed), then adapters that hold the same tensors under other metadata or
            another dtype (a re-saved or F32 copy), compared tensor by tensor within the coarser
            dtype's rounding. Files are only read when they could be duplicates (same size and
            header for the hash; same structure, then a sample of values, for the tensors), so
            LoRAs that merely share a rank and shapes are never reported. Nothing is deleted.
            """,
        examples: ["dupes"]
    ) { invocation in
        for line in try invocation.perform({ try invocation.session.dupes() }) { invocation.print(line) }
        return .nothing
    }

    static let compat = CommandSpec(
        "compat", summary: "Which LoRAs of the library suit a loaded base, grouped by verdict.", topic: "library",
        parameters: [ParameterSpec("base", .sessionName, help: "a loaded base checkpoint")],
        options: [OptionSpec("limit", .integer, default: "20", help: "LoRAs shown per group")],
        help: """
            Grades every LoRA of the library for the base: trained on this very base (kohya's
            ss_new_sd_model_hash is the base's sha256), same family, a family fine-tuned from the
            other (NoobAI from Illustrious: it usually works), same architecture but another
            family (it loads, and usually draws poorly: Pony, Illustrious, NoobAI and Animagine
            are all SDXL), family unknown, and does not fit (another architecture). Each
            LoRA shown says why. The base's family comes from the library (its sha256 among the
            known public bases, its sidecars, your tags, its name) — `info`-like evidence first
            on the first line.
            """,
        examples: ["compat base", "compat base limit=5"]
    ) { invocation in
        let base = try invocation.object("base", expecting: "a base")!
        let limit = try invocation.integer("limit") ?? 20
        guard limit > 0 else { throw invocation.error("limit must be at least 1", at: "limit") }
        let lines = try invocation.perform {
            try invocation.session.compat(base: base, baseName: invocation.word("base") ?? "base", limit: limit)
        }
        for line in lines { invocation.print(line) }
        return .nothing
    }

    static let library = CommandSpec(
        "library", summary: "The LoRA library: register folders, index them, hash files.", topic: "library",
        parameters: [
            ParameterSpec(
                "action", .choice(["add", "scan", "hash", "remove", "open"]), optional: true,
                help: "add DIR…, scan, hash [NAME…], remove DIR, open FILE; nothing: show the library"),
            ParameterSpec(
                "paths", .path, optional: true, variadic: true,
                help: "folders (add, remove), library names (hash) or an index file (open)"),
        ],
        help: """
            `library add DIR…` registers folders (A1111's models/Lora and models/Stable-diffusion,
            ComfyUI's models/loras …); `library scan` indexes them: new or changed files (by path,
            size, modification time and sidecars) are read — headers, metadata and the sidecars
            other tools write (A1111's NAME.json, Civitai Helper's NAME.civitai.info, Stability
            Matrix's NAME.cm-info.json, ComfyUI-Lora-Manager's NAME.metadata.json, preview
            images) — and files gone are forgotten; nothing is
            ever written to those folders. Ctrl-C stops a scan and keeps what was indexed.
            `library hash` computes the sha256 of every file that has none yet (or of the named
            ones): it finds the checkpoint a LoRA was trained on (kohya's ss_new_sd_model_hash)
            and lets bookmarks follow a moved file. `library` alone shows the folders, the counts
            by kind and family, and the last scan. The index is an SQLite file at
            $LORASH_LIBRARY, else $XDG_DATA_HOME/lorash/library.db
            (~/.local/share/lorash/library.db); `library open FILE` uses another one for the rest
            of the session (a library per project, or a throwaway one in a script).
            """,
        examples: [
            "library add ~/sd/models/Lora ~/sd/models/Stable-diffusion", "library scan", "library", "library hash",
        ]
    ) { invocation in
        let session = invocation.session
        let paths = try invocation.texts("paths")
        switch try invocation.text("action") {
        case nil:
            if !paths.isEmpty {
                throw invocation.error(
                    "say what to do: library add DIR, library scan, library hash, library remove DIR")
            }
            for line in try invocation.perform({ try session.libraryOverview() }) { invocation.print(line) }
        case "add":
            guard !paths.isEmpty else {
                throw invocation.error("library add needs a folder: library add DIR…", at: "action")
            }
            invocation.report(try invocation.perform { try session.libraryAdd(paths) })
        case "scan":
            if !paths.isEmpty {
                throw invocation.error("library scan takes no folders; library add DIR registers one", at: "paths")
            }
            let lines = try invocation.perform { try session.libraryScan(report: invocation.report) }
            invocation.report(lines)
        case "hash":
            invocation.report(try invocation.perform { try session.libraryHash(paths) })
        case "open":
            guard paths.count == 1 else { throw invocation.error("library open takes one index file", at: "action") }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: paths[0], isDirectory: &isFolder), isFolder.boolValue {
                throw invocation.error(
                    "\(paths[0]) is a folder; library open takes the index file (e.g. \(paths[0])/library.db)",
                    at: "paths")
            }
            let previous = session.libraryPath
            session.libraryPath = paths[0]
            // An existing file is opened now, so a damaged or foreign one is said at once.
            if FileManager.default.fileExists(atPath: paths[0]) {
                do {
                    _ = try session.library()
                } catch {
                    session.libraryPath = previous
                    throw invocation.error("\(error)", at: "paths")
                }
            }
            invocation.report([
                FileManager.default.fileExists(atPath: paths[0])
                    ? "library \(paths[0])" : "library \(paths[0]) (made by the first library add)"
            ])
        case "remove":
            guard paths.count == 1 else { throw invocation.error("library remove takes one folder", at: "action") }
            invocation.report(try invocation.perform { try session.libraryRemove(paths[0]) })
        default:
            break
        }
        return .nothing
    }

    static let find = CommandSpec(
        "find", summary: "Search the library by name, trigger word, tag, family, kind, rank.", topic: "library",
        parameters: [
            ParameterSpec(
                "text", .text, optional: true, variadic: true,
                help: "words matched as prefixes against names, trigger words, tags, descriptions and notes")
        ],
        options: [
            OptionSpec(
                "base", .text,
                help: "only files for this base (a session or library name): same architecture and family"),
            OptionSpec("family", .text, help: "SD 1.5, SD 2.x, SDXL, Pony, Illustrious, NoobAI, Animagine, FLUX.1 …")
                .completing(LibraryTerms.familyWords),
            OptionSpec("type", .text, help: "lora, locon, loha, lokr, full, checkpoint, peft")
                .completing(["lora", "locon", "loha", "lokr", "full", "checkpoint", "peft"]),
            OptionSpec(
                "category", .choice(["character", "style", "pose", "detail", "other"]),
                help: "from your tags, the sidecars' tags or the Civitai type"),
            OptionSpec("tag", .text, help: "a tag of yours or of a sidecar"),
            OptionSpec("rank", .text, help: "rank<=N, rank>=N or rank=N (the largest rank of the file)"),
            OptionSpec("bookmarked", .bool, help: "only bookmarked files (true) or only the others (false)"),
            OptionSpec(
                "sort", .choice(Library.SortOrder.allCases.map(\.rawValue)), default: "date",
                help: "date (newest first), name, size, rank, used or rating"),
            OptionSpec("limit", .integer, default: "50", help: "at most this many rows"),
        ],
        help: """
            Searches the index (`library scan` fills it) and prints a table: name (★ bookmarked),
            family, kind, rank, trigger words and date. Words match as prefixes (`water` finds
            watercolor) in file names, ss_output_name, trigger words (the sidecars' activation text
            and trainedWords, kohya's ss_tag_frequency), tags, descriptions and your notes; every
            word must match. `rank<=16` (or >=, <, >, =) filters by rank.
            """,
        examples: [
            "find watercolor", "find family=pony category=character", "find rank<=16 sort=size",
            "find bookmarked=true sort=used", "find base=base limit=10",
        ]
    ) { invocation in
        var query = Library.Query()
        var words: [String] = []
        for word in try invocation.texts("text") {
            if let (op, n) = rankFilter(word) {
                apply(op, n, to: &query)
            } else if word.hasPrefix("rank<") || word.hasPrefix("rank>") {
                throw invocation.error("\(word): a rank filter takes a whole number (rank<=16)", at: "text")
            } else {
                words.append(word)
            }
        }
        query.text = words.joined(separator: " ")
        if let rank = try invocation.text("rank") {
            let text = rank.hasPrefix("<") || rank.hasPrefix(">") || rank.hasPrefix("=") ? rank : "=" + rank
            guard let (op, n) = rankFilter("rank" + text) else {
                throw invocation.error("rank= takes N, <=N or >=N (rank<=16), not \(rank)", at: "rank")
            }
            apply(op, n, to: &query)
        }
        if let family = try invocation.text("family") {
            guard let parsed = LibraryTerms.family(family) else {
                throw invocation.error(
                    "unknown family '\(family)'; one of: sd15, sd2, sdxl (every SDXL family), sdxlbase, pony, illustrious, noobai, animagine, flux, fluxdev, fluxschnell, unknown (with SDXL, family unknown) (a name with spaces is quoted: family=\"SD 1.5\")",
                    at: "family", suggestion: LibraryTerms.suggestion(family))
            }
            query.families = parsed
        }
        if let type = try invocation.text("type") {
            guard let kind = FileKind(userText: type) else {
                throw invocation.error(
                    "unknown type '\(type)'; one of: lora, locon, loha, lokr, full, checkpoint, peft", at: "type")
            }
            query.kind = kind
        }
        query.category = try invocation.text("category")
        query.tag = try invocation.text("tag").map { $0.lowercased() }
        query.bookmarked = try invocation.bool("bookmarked")
        if let sort = try invocation.text("sort") { query.sort = Library.SortOrder(rawValue: sort) ?? .date }
        if let limit = try invocation.integer("limit") {
            guard limit > 0 else { throw invocation.error("limit must be at least 1", at: "limit") }
            query.limit = limit
        }
        let base = try invocation.text("base")
        for line in try invocation.perform({ try invocation.session.find(query, base: base) }) {
            invocation.print(line)
        }
        return .nothing
    }

    /// `rank<=16` → ("<=", 16).
    static func rankFilter(_ word: String) -> (String, Int)? {
        guard word.hasPrefix("rank") else { return nil }
        let rest = word.dropFirst(4)
        for op in ["<=", ">=", "<", ">", "="] where rest.hasPrefix(op) {
            if let n = Int(rest.dropFirst(op.count)) { return (op, n) }
        }
        return nil
    }

    static func apply(_ op: String, _ n: Int, to query: inout Library.Query) {
        switch op {
        case "<=": query.rankAtMost = n
        case "<": query.rankAtMost = n - 1
        case ">=": query.rankAtLeast = n
        case ">": query.rankAtLeast = n + 1
        default:
            query.rankAtMost = n
            query.rankAtLeast = n
        }
    }

    static let bookmark = CommandSpec(
        "bookmark", summary: "Bookmark a library file to try later (find bookmarked=true).", topic: "library",
        parameters: [ParameterSpec("name", .text, help: "a library name (file stem or ss_output_name)")],
        help:
            "Bookmarks live in the index, apart from what scans rewrite: a rescan, a moved file (found again by its sha256) or an update of lorash keeps them.",
        examples: ["bookmark hero"]
    ) { invocation in
        let name = try invocation.text("name")!
        invocation.report([try invocation.perform { try invocation.session.bookmark(name, true) }])
        return .nothing
    }

    static let unbookmark = CommandSpec(
        "unbookmark", summary: "Remove a bookmark.", topic: "library",
        parameters: [ParameterSpec("name", .text, help: "a library name")],
        help: "The opposite of bookmark.", examples: ["unbookmark hero"]
    ) { invocation in
        let name = try invocation.text("name")!
        invocation.report([try invocation.perform { try invocation.session.bookmark(name, false) }])
        return .nothing
    }

    static let tag = CommandSpec(
        "tag", summary: "Add (+word) and remove (-word) your own tags on a library file.", topic: "library",
        parameters: [
            ParameterSpec("name", .text, help: "a library name"),
            ParameterSpec("tags", .text, variadic: true, help: "+word adds, -word removes (a bare word adds)"),
        ],
        help: """
            Your tags are searched by find (find watercolor, find tag=style) and decide the
            category (character, style, pose, detail) and, when a tag names a family (pony,
            illustrious, noobai, animagine, sd15, sdxl …), count as evidence of the family.
            They survive rescans and moves.
            """,
        examples: ["tag hero +character +pony", "tag watercolor +style -old"]
    ) { invocation in
        let name = try invocation.text("name")!
        // `+style -old` are read as the words they are, not as arithmetic on names.
        var changes: [String] = []
        for expression in invocation.expressions("tags") {
            if let words = signedWords(expression, sign: "+") {
                changes += words
            } else {
                changes.append(try invocation.interpreter.evaluate(expression, as: .text, label: "tags").text)
            }
        }
        invocation.report([try invocation.perform { try invocation.session.tag(name, changes: changes) }])
        return .nothing
    }

    /// `+a +b -c` (which the parser reads as sums of names) as the signed words `+a`, `+b`, `-c`.
    static func signedWords(_ expression: Expression, sign: String) -> [String]? {
        switch expression {
        case .word(let word, _): return [sign + word]
        case .unary(let op, let operand, _) where op == "+" || op == "-":
            return signedWords(operand, sign: op == "-" ? (sign == "-" ? "+" : "-") : sign)
        case .binary(let op, let left, let right, _) where op == "+" || op == "-":
            guard let first = signedWords(left, sign: sign), let second = signedWords(right, sign: op) else {
                return nil
            }
            return first + second
        default: return nil
        }
    }

    static let note = CommandSpec(
        "note", summary: "Keep a note on a library file (searched by find).", topic: "library",
        parameters: [
            ParameterSpec("name", .text, help: "a library name"),
            ParameterSpec("text", .text, help: "the note (quoted); \"\" clears it"),
        ],
        help: "One note per file, replacing the last; find searches it.",
        examples: ["note hero \"best at 0.7 with the Illustrious base\""]
    ) { invocation in
        let name = try invocation.text("name")!
        let text = try invocation.text("text")!
        invocation.report([try invocation.perform { try invocation.session.note(name, text) }])
        return .nothing
    }

    static let rate = CommandSpec(
        "rate", summary: "Rate a library file from 1 to 5 (0 clears).", topic: "library",
        parameters: [
            ParameterSpec("name", .text, help: "a library name"),
            ParameterSpec("rating", .integer, help: "1 to 5; 0 clears"),
        ],
        help: "Ratings live in the index with bookmarks, tags and notes.", examples: ["rate hero 5"]
    ) { invocation in
        let name = try invocation.text("name")!
        let stars = try invocation.integer("rating")!
        guard (0...5).contains(stars) else { throw invocation.error("a rating is 1 to 5 (0 clears it)", at: "rating") }
        invocation.report([try invocation.perform { try invocation.session.rate(name, stars) }])
        return .nothing
    }
}

/// Words users type for families.
enum LibraryTerms {
    static var familyNames: [String] { BaseFamily.allCases.map(\.displayName) }

    /// The families a user's word stands for: `sdxl` is every SDXL family, `flux` both FLUX.1.
    static func family(_ text: String) -> [BaseFamily]? {
        let word = text.lowercased().filter { $0.isLetter || $0.isNumber }
        if word == "sdxl" { return BaseFamily.allCases.filter { $0.architecture == .sdxl } }
        if word == "flux" || word == "flux1" { return [.flux1Dev, .flux1Schnell] }
        // What `find` shows as "unknown" and as "SDXL, family unknown".
        if word == "unknown" { return [.otherSDXL, .unknown] }
        return BaseFamily(userText: text).map { [$0] }
    }

    /// The family word closest to a misspelt one.
    static func suggestion(_ text: String) -> String? {
        Suggestions.closest(to: text.lowercased(), among: familyWords)
    }

    /// The family words `family=` takes (and Tab offers).
    static let familyWords = [
        "sd15", "sd2", "sdxl", "sdxlbase", "pony", "illustrious", "noobai", "animagine", "flux", "fluxdev",
        "fluxschnell", "unknown",
    ]
}
