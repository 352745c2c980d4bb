import Foundation
import LoraEngine
import LoraFormats

extension Session {
    /// What `stack` made: the stack, a line per LoRA on how its modules match a checkpoint,
    /// and warnings (weights far outside the usual range).
    public struct StackResult {
        public var stack: Stack
        /// `hero: 986 of 986 modules match; …`, one per LoRA (stacks on a checkpoint).
        public var matchLines: [String]
        /// Said about the LoRA they name; the stack is made anyway.
        public var warnings: [SessionError]
    }

    /// `NAME = stack BASE LORA[:W] …`: LoRAs on a base, each checked against it.
    /// - Parameters:
    ///   - base: a loaded checkpoint or the built-in model.
    ///   - baseName: its session name, for summaries.
    ///   - words: spec words (`hero:0.8`, `hero:te=0.5:unet=0.8`) or A1111 strings; names
    ///     resolve as `resolveLora` says.
    ///   - force: accept LoRAs made for another architecture.
    /// - Throws: `SessionError` about `base` or about the LoRA at fault.
    public func stack(base: any SessionObject, baseName: String, loras words: [String], force: Bool = false)
        throws(SessionError) -> StackResult
    {
        guard let stackBase = StackBase(base) else {
            throw .input("base", "the base of a stack is a loaded checkpoint or a toy, not a \(base.kindName)")
        }
        var notes: [String] = []
        let words = preferredWeights(words, notes: &notes)
        var stack = try buildStack(base: stackBase, words: words)
        stack.baseName = baseName
        stack.isForced = force
        do {
            try stack.checkBase(force: force)
        } catch {
            throw stackError(error)
        }
        var lines: [String] = []
        if case .checkpoint? = stack.base {
            for (entry, report) in zip(stack.entries, stack.matchReports(force: true)) {
                lines.append("\(entry.name): \(report.countLine)")
            }
        }
        var familyWarnings: [SessionError] = []
        var fits: [Bool] = []
        if case .checkpoint? = stack.base { fits = stack.matchReports(force: false).map { $0.refusal == nil } }
        for (index, entry) in stack.entries.enumerated() {
            if case .checkpoint(let base)? = stack.base,
                let verdict = familyVerdict(
                    lora: entry.lora, loraName: entry.name, base: base, baseName: baseName,
                    modulesFit: index < fits.count ? fits[index] : true),
                verdict.grade == .sameArchitectureOtherFamily
            {
                familyWarnings.append(SessionError(verdict.message, about: .lora(entry.name, last: false)))
            }
            if let hints = libraryHints(entry.lora), !hints.triggerWords.isEmpty {
                lines.append("\(entry.name): trigger words " + hints.triggerWords.prefix(6).joined(separator: ", "))
            }
        }
        return StackResult(
            stack: stack, matchLines: notes + lines,
            warnings: Self.weightWarnings(stack.entries) + Self.specWarnings(words, stack: stack) + familyWarnings)
    }

    /// Plain library names (no weight written) take their sidecar's preferred weight, as A1111
    /// does; a note says so.
    func preferredWeights(_ words: [String], notes: inout [String]) -> [String] {
        guard hasLibrary else { return words }
        return words.map { word in
            guard !word.contains(":"), !LoraSpec.isA1111(word), object(named: word) == nil,
                !FileManager.default.fileExists(atPath: word),
                !FileManager.default.fileExists(atPath: word + ".safetensors"),
                let library = try? library(), let entry = try? library.entry(named: word),
                let weight = entry.preferredWeight, weight.isFinite
            else { return word }
            var text = NumberFormatting.shortest(weight)
            if let te = entry.preferredTextEncoderWeight, te.isFinite {
                text = "unet=\(text):te=\(NumberFormatting.shortest(te))"
            }
            let from = entry.preferredWeightFrom ?? "its sidecar"
            notes.append("\(word): weight \(text), its preferred weight (\(from)); write \(word):1 to override")
            return "\(word):\(text)"
        }
    }

    /// What a spec says that users often do not mean: `te=W` alone, which (as in A1111) sets the
    /// U-Net's weight too; a glob (or a misspelt key such as `tee=`) that matches no module.
    static func specWarnings(_ words: [String], stack: Stack) -> [SessionError] {
        var warnings: [SessionError] = []
        for word in words {
            var items: [String] = []
            if LoraSpec.isA1111(word) {
                var rest = Substring(word)
                while let open = rest.range(of: "<"), let close = rest[open.upperBound...].firstIndex(of: ">") {
                    let inner = rest[open.upperBound..<close]
                    for tag in ["lora:", "lyco:"] where inner.lowercased().hasPrefix(tag) {
                        items.append(String(inner.dropFirst(tag.count)))
                    }
                    rest = rest[rest.index(after: close)...]
                }
            } else {
                items = [word]
            }
            for item in items {
                let parts = item.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
                guard let name = parts.first, let entry = stack.entries.first(where: { $0.name == name }) else {
                    continue
                }
                let keys = parts.dropFirst().compactMap {
                    $0.split(separator: "=").first.map { String($0).lowercased() }
                }
                let numbers = parts.dropFirst().filter { Float($0) != nil }.count
                if keys.contains("te") && !keys.contains("unet") && numbers < 2 {
                    warnings.append(
                        SessionError(
                            "\(name): te= alone sets the U-Net's weight too (A1111's rule: unet defaults to te); write \(name):te=W:unet=1 to change the text encoder only",
                            about: .lora(name, last: false)))
                }
                for pattern in entry.weight.patterns where !entry.lora.modules.contains(where: pattern.matches) {
                    warnings.append(
                        SessionError(
                            "\(name): '\(pattern.glob)=' matches no module of \(name), so it changes nothing (keys are te, unet and lbw; anything else is a glob of module names: info \(name) modules lists them)",
                            about: .lora(name, last: false)))
                }
            }
        }
        return warnings
    }

    /// The stack of `words` on `base` (nil for a LoRA-only stack), names resolved by the session.
    func buildStack(base: StackBase?, words: [String]) throws(SessionError) -> Stack {
        do {
            return try Stack.build(base: base, words: words) { name in try resolveLora(name) }
        } catch let error as SessionError {
            throw error
        } catch {
            throw stackError(error)
        }
    }

    /// A stack error about the LoRA it names (a name given twice: at its second place), with
    /// the session name closest to an unknown one.
    func stackError(_ error: any Error) -> SessionError {
        let stackError = error as? StackError
        let isDuplicate = if case .duplicateLora? = stackError { true } else { false }
        var suggestion: String? = nil
        if case .unknownLora(let name)? = stackError {
            suggestion = Suggestions.closest(to: name, among: visibleNames.filter { boundObject($0) is LoraAdapter })
        }
        if case .unknownPreset(let name, let known)? = stackError {
            suggestion = Suggestions.closest(to: name, among: known)
        }
        return SessionError(
            "\(error)", about: .lora(stackError?.loraName ?? "", last: isDuplicate), suggestion: suggestion)
    }

    /// Weights beyond ±10: accepted (users exaggerate on purpose) but said, as LoRAs are made
    /// for weights near 1 and 1e9 is usually a typo.
    static func weightWarnings(_ entries: [StackEntry]) -> [SessionError] {
        entries.compactMap { entry in
            let w = entry.weight
            let weights = [w.textEncoder, w.denoiser] + w.patterns.map(\.weight)
            guard let far = weights.first(where: { abs($0) > 10 }) else { return nil }
            return SessionError(
                "\(entry.name): a weight of \(NumberFormatting.shortest(float: far)) is far outside the usual -2…2 (LoRAs are made for weights near 1); the result will be mostly this LoRA, magnified",
                about: .lora(entry.name, last: false))
        }
    }

    /// What `weight` changed: the stack (now bound to its name) and warnings.
    public struct WeightResult {
        public var stack: Stack
        public var warnings: [SessionError]
    }

    /// `weight STACK LORA W` (or `weight STACK LORA:te=W:unet=W`): the stack with one LoRA's
    /// weight changed, bound to `stackName` in place of the old one.
    /// - Parameters:
    ///   - spec: the LoRA's name, or a whole spec when `weight` is nil.
    /// - Throws: `SessionError` about `stack`, `lora` or `weight`.
    public func setWeight(
        of stackObject: any SessionObject, named stackName: String, lora spec: String, weight: Double?
    ) throws(SessionError) -> WeightResult {
        guard var stack = stackObject as? Stack else {
            throw .input("stack", "weight changes a stack, not a \(stackObject.kindName) (weight STACK LORA W)")
        }
        if let weight, !Float(weight).isFinite {
            throw .input("weight", LoraSpec.notFiniteReason(NumberFormatting.shortest(weight)))
        }
        let parsed: LoraSpec
        do {
            parsed = try weight.map { LoraSpec(name: spec, weight: LoraWeight(Float($0))) } ?? LoraSpec.parse(spec)
        } catch {
            throw .input("lora", "\(error)")
        }
        guard weight != nil || spec.contains(":") else {
            throw .input("lora", "weight needs the new weight: weight \(stackName) \(spec) W (or \(spec):te=W:unet=W)")
        }
        do {
            try stack.setWeight(of: parsed.name, to: parsed.weight)
        } catch {
            throw .input("lora", "\(error)", suggestion: Suggestions.closest(to: parsed.name, among: stack.names))
        }
        bind(stackName, stack)
        let entry = stack.entries.filter { $0.name == parsed.name }
        return WeightResult(
            stack: stack,
            warnings: Self.weightWarnings(entry).map { .input(weight == nil ? "lora" : "weight", $0.message) })
    }
}
