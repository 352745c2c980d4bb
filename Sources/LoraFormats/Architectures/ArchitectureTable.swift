import Foundation

/// Every checkpoint tensor of SD 1.5, SDXL and FLUX.1 with its shape, diffusers name(s) and the
/// kohya LoRA module(s) that target it (`Tables/*.tsv` beside this file, the source of truth,
/// embedded verbatim by `Scripts/gen-architecture-tables` so the binary works from any folder).
///
/// The derived `targets` map answers, for any LoRA module name spelled the kohya way, the
/// diffusers way or the kohya "diffusers-path alias" way: which checkpoint tensor (and which rows
/// of a fused one) it patches, its shape, and its names in the other schemes.
public struct ArchitectureTable: Sendable {
    /// One checkpoint tensor.
    public struct Row: Sendable {
        /// The key in the single-file checkpoint.
        public let checkpointKey: String
        /// Its shape.
        public let shape: [Int]
        /// diffusers parameter keys with the rows of the checkpoint tensor each occupies (nil = all).
        public let diffusers: [(key: String, rows: Range<Int>?)]
        /// kohya LoRA module names with their rows (nil = all).
        public let kohya: [(name: String, rows: Range<Int>?)]
        /// kohya's diffusers-path alias (SDXL), if any.
        public let kohyaAlias: String?
    }

    /// Where a LoRA module lands in the checkpoint, and its names in each scheme.
    public struct TargetInfo: Sendable {
        /// The checkpoint key patched.
        public let checkpointKey: String
        /// Rows of the checkpoint tensor patched (nil = all).
        public let rows: Range<Int>?
        /// The shape of the patched slice.
        public let shape: [Int]
        /// The kohya module (as a flattened target) this belongs to.
        public let kohya: ModuleTarget
        /// Rows of the kohya module's delta this covers (nil = all of it).
        public let rowsInKohya: Range<Int>?
        /// The diffusers modules (dotted targets) covering this, with rows relative to this slice.
        public let diffusers: [(target: ModuleTarget, rows: Range<Int>?)]
    }

    /// The architecture described.
    public let architecture: Architecture
    /// The checkpoint tensors.
    public let rows: [Row]
    /// LoRA module canonical name (`ModuleTarget.canonicalFlatName`) → where it lands.
    public let targets: [String: TargetInfo]
    /// Checkpoint key → row index.
    public let rowIndex: [String: Int]

    /// The table of `architecture` (nil for SD 2.x and generic, which have none).
    public static func table(for architecture: Architecture) -> ArchitectureTable? {
        switch architecture {
        case .sd1: return sd1
        case .sdxl: return sdxl
        case .flux1: return flux1
        default: return nil
        }
    }

    /// Builds the table of `architecture` on a background thread (once), so that the first
    /// command needing it (matching a LoRA to a base, saving in kohya names) finds it ready
    /// instead of spending ~25 ms (SDXL) parsing it. Nothing happens for architectures
    /// without a table. The table is the same either way.
    public static func prepareInBackground(for architecture: Architecture) {
        guard [.sd1, .sdxl, .flux1].contains(architecture) else { return }
        preparing.lock()
        defer { preparing.unlock() }
        guard !prepared.contains(architecture) else { return }
        prepared.insert(architecture)
        let thread = Thread { _ = table(for: architecture) }
        thread.stackSize = 1 << 20
        thread.start()
    }

    private static let preparing = NSLock()
    nonisolated(unsafe) private static var prepared: Set<Architecture> = []

    static let sd1 = ArchitectureTable(architecture: .sd1, text: sd15Rows)
    static let sdxl = ArchitectureTable(architecture: .sdxl, text: sdxlRows)
    static let flux1 = ArchitectureTable(architecture: .flux1, text: flux1Rows)

    init(architecture: Architecture, text: String) {
        self.architecture = architecture
        var rows: [Row] = []
        // Split on bytes: the table is ASCII, and Character-wise splitting of ~750 KB is slow.
        // The first line is the TSV's header (`checkpoint_key	shape	…`).
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).dropFirst() {
            let c = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map {
                String(Substring($0))
            }
            guard c.count >= 5 else { continue }
            rows.append(
                Row(
                    checkpointKey: c[0], shape: c[1].split(separator: ",").compactMap { Int($0) },
                    diffusers: Self.parts(c[2]).map { (key: $0.0, rows: $0.1) },
                    kohya: Self.parts(c[3]).map { (name: $0.0, rows: $0.1) }, kohyaAlias: Self.kohyaAlias(notes: c[4])))
        }
        self.rows = rows
        var rowIndex: [String: Int] = [:]
        for (n, row) in rows.enumerated() { rowIndex[row.checkpointKey] = n }
        self.rowIndex = rowIndex

        var targets: [String: TargetInfo] = [:]
        for row in rows where row.checkpointKey.hasSuffix("weight") {
            func sliceShape(_ r: Range<Int>?) -> [Int] {
                r.map { [$0.count] + Array(row.shape.dropFirst()) } ?? row.shape
            }
            let diffusersParts: [(ModuleTarget, Range<Int>?)] = row.diffusers.compactMap { part in
                guard part.key.hasSuffix(".weight"), let t = Self.diffusersTarget(String(part.key.dropLast(7))) else {
                    return nil
                }
                return (t, part.rows)
            }
            if row.kohya.isEmpty {
                // Not a default kohya target: still matchable by its diffusers and LDM names.
                let ldm = Self.ldmTarget(row.checkpointKey, architecture: architecture)
                for (t, r) in diffusersParts {
                    targets[t.canonicalFlatName] = TargetInfo(
                        checkpointKey: row.checkpointKey, rows: r, shape: sliceShape(r), kohya: ldm ?? t,
                        rowsInKohya: r,
                        diffusers: [(t, nil)])
                }
                if let ldm, targets[ldm.canonicalFlatName] == nil {
                    targets[ldm.canonicalFlatName] = TargetInfo(
                        checkpointKey: row.checkpointKey, rows: nil, shape: row.shape, kohya: ldm, rowsInKohya: nil,
                        diffusers: diffusersParts.map { ($0.0, $0.1) })
                }
                continue
            }
            for part in row.kohya {
                guard let kohya = Self.kohyaTarget(part.name) else { continue }
                let inside = diffusersParts.filter { d in
                    guard let kr = part.rows else { return true }
                    guard let dr = d.1 else { return false }
                    return dr.lowerBound >= kr.lowerBound && dr.upperBound <= kr.upperBound
                }
                let base = part.rows?.lowerBound ?? 0
                let relative: [(target: ModuleTarget, rows: Range<Int>?)] = inside.map { d in
                    let r = d.1.map { ($0.lowerBound - base)..<($0.upperBound - base) }
                    let whole = r.map { $0.lowerBound == 0 && $0.count == (part.rows?.count ?? row.shape[0]) } ?? true
                    return (target: d.0, rows: whole ? nil : r)
                }
                let info = TargetInfo(
                    checkpointKey: row.checkpointKey, rows: part.rows, shape: sliceShape(part.rows), kohya: kohya,
                    rowsInKohya: nil, diffusers: relative)
                targets[kohya.canonicalFlatName] = info
                for d in relative {
                    let rows = d.rows.map { ($0.lowerBound + base)..<($0.upperBound + base) } ?? part.rows
                    targets[d.target.canonicalFlatName] = TargetInfo(
                        checkpointKey: row.checkpointKey, rows: rows, shape: sliceShape(rows), kohya: kohya,
                        rowsInKohya: d.rows, diffusers: [(d.target, nil)])
                }
                // ComfyUI "generic" names are the checkpoint's own LDM path (`diffusion_model.input_blocks.1.1…`).
                if part.rows == nil, let ldm = Self.ldmTarget(row.checkpointKey, architecture: architecture),
                    targets[ldm.canonicalFlatName] == nil
                {
                    targets[ldm.canonicalFlatName] = info
                }
                if let alias = row.kohyaAlias, let a = Self.kohyaTarget(alias), targets[a.canonicalFlatName] == nil {
                    targets[a.canonicalFlatName] = TargetInfo(
                        checkpointKey: row.checkpointKey, rows: part.rows, shape: sliceShape(part.rows), kohya: kohya,
                        rowsInKohya: nil, diffusers: relative)
                }
            }
        }
        if architecture == .flux1 {
            // kohya's FLUX trainer also trains CLIP-L (lora_te1_…), which the FLUX file does not hold.
            for name in Self.flux1TextEncoderNames.split(separator: "\n") {
                guard let t = Self.kohyaTarget(String(name)), targets[t.canonicalFlatName] == nil else { continue }
                targets[t.canonicalFlatName] = TargetInfo(
                    checkpointKey: "", rows: nil, shape: [], kohya: t, rowsInKohya: nil, diffusers: [])
            }
        }
        self.targets = targets
    }

    /// The kohya diffusers-path alias a row's notes give (`…; diffusers-path alias: lora_unet_…`), if any.
    static func kohyaAlias(notes: String) -> String? {
        guard !notes.isEmpty, let label = notes.range(of: "diffusers-path alias: ") else { return nil }
        let name = notes[label.upperBound...].prefix { $0 != " " && $0 != ";" }
        return name.isEmpty ? nil : String(name)
    }

    /// `name[rows a:b];name2[rows c:d]` → parts.
    /// Parts whose rows are reordered on the way (`[rows 0:3072 -> diffusers rows 3072:6144]`:
    /// FLUX `norm_out.linear`, whose halves diffusers swaps) are left out: mapping them as a
    /// plain slice would put each half of a LoRA's delta on the other half of the weight, so
    /// such a module stays unmatched (reported) rather than silently wrong.
    static func parts(_ text: String) -> [(String, Range<Int>?)] {
        guard !text.isEmpty else { return [] }
        return text.split(separator: ";").compactMap { item in
            guard item.utf8.contains(UInt8(ascii: "[")), let open = item.range(of: "[rows ") else {
                return (String(item), nil)
            }
            let name = String(item[..<open.lowerBound])
            let spec = item[open.upperBound...].dropLast()
            if spec.contains(" -> ") { return nil }
            let bounds = spec.split(separator: ":").compactMap { Int($0) }
            return (name, bounds.count == 2 ? bounds[0]..<bounds[1] : nil)
        }
    }

    /// A kohya module name as a flattened target.
    static func kohyaTarget(_ name: String) -> ModuleTarget? {
        let (_, target) = LoraKeyParser.target(ofStem: name, legacy: false)
        return target.isFlattened ? target : nil
    }

    /// A diffusers module (component-prefixed, without `.weight`) as a dotted target.
    static func diffusersTarget(_ key: String) -> ModuleTarget? {
        let (scheme, target) = LoraKeyParser.target(ofStem: key, legacy: false)
        return scheme == .diffusers ? target : nil
    }

    /// The kohya/ComfyUI-style target of an LDM/BFL checkpoint key (denoiser only).
    static func ldmTarget(_ key: String, architecture: Architecture) -> ModuleTarget? {
        guard key.hasSuffix(".weight") else { return nil }
        var path = String(key.dropLast(7))
        if path.hasPrefix("model.diffusion_model.") {
            path.removeFirst("model.diffusion_model.".count)
        } else if architecture != .flux1 {
            return nil
        }
        let flat = String(decoding: path.utf8.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: "_") : $0 }, as: UTF8.self)
        return ModuleTarget(component: .denoiser, path: flat, isFlattened: true)
    }
}
