import Foundation
import LoraFormats

/// An ordered list of LoRAs with weights, on an optional base: what the user sees is
/// W + Σᵢ mᵢ·sᵢ·ΔWᵢ for every targeted weight (LORA.md: the stack is the ground truth that
/// every merge reproduces or measures itself against).
///
/// One type for every kind of base (`StackBase`): a checkpoint's stack is baked and charted,
/// the built-in model's is drawn; a LoRA-only stack (no base) is what LoRA+LoRA merges take.
/// A value type: `weight STACK LORA W` changes a copy. Build one with `Stack.build` from spec
/// words and a closure that resolves names to LoRAs.
public struct Stack: Sendable {
    /// The base (nil for LoRA-only stacks used by LoRA+LoRA merges).
    public var base: StackBase?
    /// The LoRAs, in order.
    public var entries: [StackEntry]
    /// The session name of the base, for summaries (nil: the base file's stem).
    public var baseName: String?
    /// Built with `force=true`: its LoRAs were accepted for another architecture, and a bake of
    /// it does not refuse them again.
    public var isForced = false

    public init(base: StackBase? = nil, entries: [StackEntry]) {
        self.base = base
        self.entries = entries
    }

    /// A stack on a checkpoint.
    public init(base: BaseModel, entries: [StackEntry]) {
        self.init(base: .checkpoint(base), entries: entries)
    }

    /// The checkpoint the stack is on, if it is on one.
    public var checkpoint: BaseModel? {
        if case .checkpoint(let model)? = base { return model }
        return nil
    }

    /// The built-in model the stack is on, if it is on it.
    public var toy: ToyModel? {
        if case .toy(let model)? = base { return model }
        return nil
    }

    /// Builds a stack from spec words: each word is a spec (`hero:0.8`) or an A1111 string
    /// (`"<lora:style:0.8> <lora:hero:te=0.5:unet=0.8>"`).
    /// - Parameters:
    ///   - resolve: finds the LoRA a name stands for (the session's names, then files); nil when
    ///     there is none.
    /// - Throws: `StackError` (bad spec, unknown name, a LoRA that does not fit the built-in
    ///   model) or whatever `resolve` throws.
    public static func build(
        base: StackBase?, words: [String], resolve: (String) throws -> LoraAdapter?
    ) throws -> Stack {
        var specs: [LoraSpec] = []
        for word in words {
            if LoraSpec.isA1111(word) {
                specs += try LoraSpec.parseA1111(word)
            } else {
                specs.append(try LoraSpec.parse(word))
            }
        }
        return try build(base: base, specs: specs, resolve: resolve)
    }

    /// Builds a stack from parsed specs.
    /// - Throws: `StackError.unknownLora`, the built-in model's rules (`toyWeightNotUniform`,
    ///   `doesNotFitToy`) or whatever `resolve` throws.
    public static func build(
        base: StackBase?, specs: [LoraSpec], resolve: (String) throws -> LoraAdapter?
    ) throws -> Stack {
        var entries: [StackEntry] = []
        for spec in specs {
            if let first = entries.first(where: { $0.name == spec.name }) {
                let (a, b) = (first.weight, spec.weight)
                // The sum as the user wrote the weights (decimal, so 0.7 + 0.2 is 0.9).
                let sum =
                    a.isUniform && b.isUniform
                    ? Decimal(string: a.denoiser.description).flatMap { x in
                        Decimal(string: b.denoiser.description).map { x + $0 }
                    } : nil
                throw StackError.duplicateLora(name: spec.name, combined: sum.map { "\(spec.name):\($0)" })
            }
            if case .toy? = base, !spec.weight.isUniform { throw StackError.toyWeightNotUniform(lora: spec.name) }
            guard let lora = try resolve(spec.name) else { throw StackError.unknownLora(name: spec.name) }
            if case .toy(let model)? = base, let reason = model.misfit(of: lora) {
                throw StackError.doesNotFitToy(lora: spec.name, reason: reason)
            }
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
        let fits: Set<Int> =
            switch architecture {
            case .sd1: [17, 26]
            case .sdxl: [12, 20]
            default: [12, 17, 20, 26]
            }
        if !fits.contains(count) {
            throw .blockVectorForOtherArchitecture(lora: spec.name, count: count, architecture: architecture.rawValue)
        }
        return spec.weight
    }

    /// Names in order.
    public var names: [String] { entries.map(\.name) }

    /// Changes the weight of the LoRA called `name` (`weight STACK LORA W`).
    /// - Throws: `StackError.notInStack`; on the built-in model `.toyWeightNotUniform`.
    public mutating func setWeight(of name: String, to weight: LoraWeight) throws(StackError) {
        guard let i = entries.firstIndex(where: { $0.name == name }) else {
            throw .notInStack(name: name, stack: names)
        }
        if case .toy? = base, !weight.isUniform { throw .toyWeightNotUniform(lora: name) }
        entries[i].weight = try Self.checkBlockVector(LoraSpec(name: name, weight: weight), lora: entries[i].lora)
    }

    /// Parses `W` (`0.8`, `te=0.5:unet=0.8`, `0.8:lbw=OUTALL`) and sets it.
    /// - Throws: `StackError`.
    public mutating func setWeight(of name: String, parsing text: String) throws(StackError) {
        try setWeight(of: name, to: LoraSpec.parse(name + ":" + text).weight)
    }

    /// The match report of every entry against the base (empty without a base): module by
    /// module through the checkpoint's key list, or the built-in model's layer shapes.
    public func matchReports(force: Bool = false) -> [MatchReport] {
        switch base {
        case .checkpoint(let model)?:
            return entries.map { ModuleMatcher.check(lora: $0.lora, base: model, force: force) }
        case .toy(let model)?: return entries.map { model.matchReport(for: $0.lora) }
        case nil: return []
        }
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
    public var specText: String {
        entries.map { LoraSpec(name: $0.name, weight: $0.weight).description }.joined(separator: " ")
    }
}

extension Stack: SessionObject {
    public var kindName: String { "stack" }
    public var summary: String {
        let on: String
        switch base {
        case .checkpoint(let model)?: on = " on " + (baseName ?? LoraFile.defaultName(for: model.path))
        case .toy?: on = " on " + (baseName ?? "toy")
        case nil: on = ""
        }
        // Every weight written out, 1 too: what each LoRA is at matters more here than brevity.
        let loras = entries.map { entry in
            entry.weight == LoraWeight()
                ? "\(entry.name):1" : LoraSpec(name: entry.name, weight: entry.weight).description
        }
        return "stack\(on): " + (entries.isEmpty ? "empty" : loras.joined(separator: " "))
    }
    /// The base's file and every LoRA's.
    public var sourceFiles: [String] { (base?.object.sourceFiles ?? []) + entries.flatMap(\.lora.sourceFiles) }
    public var sourceSnapshots: [FileSnapshot] {
        (base?.object.sourceSnapshots ?? []) + entries.flatMap(\.lora.sourceSnapshots)
    }
}
