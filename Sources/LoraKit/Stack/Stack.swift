import LoraFormats

/// An ordered list of LoRAs with weights, on an optional base model: what the user sees is
/// W + Σᵢ mᵢ·sᵢ·ΔWᵢ for every targeted weight (LORA.md: the stack is the ground truth that
/// every merge reproduces or measures itself against).
///
/// A value type: `weight STACK LORA W` changes a copy. Build one with `Stack.build` from
/// parsed specs and a closure that resolves names to LoRAs.
public struct Stack: Sendable {
    /// The base model (nil for LoRA-only stacks used by LoRA+LoRA merges).
    public var base: BaseModel?
    /// The LoRAs, in order.
    public var entries: [StackEntry]
    /// The session name of the base, for summaries (nil: the base file's stem).
    public var baseName: String?

    public init(base: BaseModel? = nil, entries: [StackEntry]) {
        self.base = base
        self.entries = entries
    }

    /// Builds a stack from spec words: each word is a spec (`hero:0.8`) or an A1111 string
    /// (`"<lora:style:0.8> <lora:hero:te=0.5:unet=0.8>"`).
    /// - Parameters:
    ///   - resolve: finds the LoRA a name stands for (the session's names, then files); nil when
    ///     there is none.
    /// - Throws: `StackError` (bad spec, unknown name) or whatever `resolve` throws.
    public static func build(
        base: BaseModel?, words: [String], resolve: (String) throws -> LoraAdapter?
    ) throws -> Stack {
        var specs: [LoraSpec] = []
        for word in words {
            if LoraSpec.isA1111(word) { specs += try LoraSpec.parseA1111(word) } else { specs.append(try LoraSpec.parse(word)) }
        }
        return try build(base: base, specs: specs, resolve: resolve)
    }

    /// Builds a stack from parsed specs.
    /// - Throws: `StackError.unknownLora` or whatever `resolve` throws.
    public static func build(
        base: BaseModel?, specs: [LoraSpec], resolve: (String) throws -> LoraAdapter?
    ) throws -> Stack {
        var entries: [StackEntry] = []
        for spec in specs {
            if entries.contains(where: { $0.name == spec.name }) { throw StackError.duplicateLora(name: spec.name) }
            guard let lora = try resolve(spec.name) else { throw StackError.unknownLora(name: spec.name) }
            entries.append(StackEntry(name: spec.name, lora: lora, weight: try checkBlockVector(spec, lora: lora)))
        }
        return Stack(base: base, entries: entries)
    }

    /// The spec's weight as it applies to `lora`: a block-weight vector written out for the
    /// other SD architecture (12 or 20 values are SDXL's, 17 or 26 SD 1.5's) is refused, since
    /// it would switch off blocks silently; on an SDXL LoRA a preset is applied by section
    /// (`BlockWeights.sdxlPreset`).
    static func checkBlockVector(_ spec: LoraSpec, lora: LoraAdapter) throws(StackError) -> LoraWeight {
        guard let blocks = spec.weight.blocks else { return spec.weight }
        let architecture = ArchitectureDetector.detect(lora: lora, fileName: lora.sourcePath).architecture
        if BlockWeights.presets.contains(where: { $0.name == blocks.source.uppercased() }) {
            guard architecture == .sdxl else { return spec.weight }
            var weight = spec.weight
            weight.blocks = try BlockWeights.sdxlPreset(blocks)
            return weight
        }
        let count = blocks.source.split(separator: ",", omittingEmptySubsequences: false).count
        let fits: Set<Int> = switch architecture {
        case .sd1: [17, 26]
        case .sdxl: [12, 20]
        default: [12, 17, 20, 26]
        }
        if !fits.contains(count) { throw .blockVectorForOtherArchitecture(lora: spec.name, count: count, architecture: architecture.rawValue) }
        return spec.weight
    }

    /// Names in order.
    public var names: [String] { entries.map(\.name) }

    /// Changes the weight of the LoRA called `name` (`weight STACK LORA W`).
    /// - Throws: `StackError.notInStack`.
    public mutating func setWeight(of name: String, to weight: LoraWeight) throws(StackError) {
        guard let i = entries.firstIndex(where: { $0.name == name }) else { throw .notInStack(name: name, stack: names) }
        entries[i].weight = try Self.checkBlockVector(LoraSpec(name: name, weight: weight), lora: entries[i].lora)
    }

    /// Parses `W` (`0.8`, `te=0.5:unet=0.8`, `0.8:lbw=OUTALL`) and sets it.
    /// - Throws: `StackError`.
    public mutating func setWeight(of name: String, parsing text: String) throws(StackError) {
        try setWeight(of: name, to: LoraSpec.parse(name + ":" + text).weight)
    }

    /// The match report of every entry against the base (empty without a base).
    public func matchReports(force: Bool = false) -> [MatchReport] {
        guard let base else { return [] }
        return entries.map { ModuleMatcher.check(lora: $0.lora, base: base, force: force) }
    }

    /// Refuses a stack holding a LoRA for another architecture than the base, or one of whose
    /// modules none matches the base (LORA.md: refused unless the user forces it).
    /// - Throws: `StackError.refused` naming the first such LoRA.
    public func checkBase(force: Bool = false) throws(StackError) {
        for (entry, report) in zip(entries, matchReports(force: force)) {
            if let reason = report.refusal, !(force && report.matchedCount > 0) {
                throw force ? .nothingMatches(lora: entry.name) : .refused(lora: entry.name, reason: reason)
            }
        }
    }

    /// As it can be written back: `hero:0.8 style:te=0.5:unet=0.8`.
    public var specText: String { entries.map { LoraSpec(name: $0.name, weight: $0.weight).description }.joined(separator: " ") }
}

extension Stack: SessionObject {
    public var kindName: String { "stack" }
    public var summary: String {
        let on = base.map { " on " + (baseName ?? LoraFile.defaultName(for: $0.path)) } ?? ""
        return "stack\(on): " + (entries.isEmpty ? "empty" : specText)
    }
    /// The base's file and every LoRA's.
    public var sourceFiles: [String] { (base?.sourceFiles ?? []) + entries.flatMap(\.lora.sourceFiles) }
    public var sourceSnapshots: [FileSnapshot] { (base?.sourceSnapshots ?? []) + entries.flatMap(\.lora.sourceSnapshots) }
}
