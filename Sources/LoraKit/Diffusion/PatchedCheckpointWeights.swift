import LoraDiffusion
import LoraEngine
import LoraFormats

/// The weights a render reads: a checkpoint's tensors as F32, with a stack's LoRAs applied in
/// memory as A1111 applies them (W + Σᵢ mᵢ·sᵢ·ΔWᵢ, through the same plan and kernels as
/// `merge STACK into PATH dtype=f32`, so a render of the stack and a render of that bake
/// read the same numbers). Nothing is written.
///
/// Patched tensors are computed the first time a model asks for them and kept; the others are
/// converted from the mapped file each time (the model keeps its own copy of every weight, so
/// keeping them here too would hold the checkpoint twice: 28 GB for SDXL in F32). When the
/// stack's weights change (`update(to:)`, between the cells of a grid), only the tensors whose
/// modules or multipliers changed are dropped, and they are patched again from the base's
/// original values, so no drift accumulates however many cells a grid has.
final class PatchedCheckpointWeights: WeightSource {
    /// The checkpoint (memory-mapped; never modified).
    let base: BaseModel
    /// Per tensor, the modules that patch it (stack order) and their multipliers.
    private(set) var operations: [String: [StreamingBake.Operation]] = [:]
    /// What the stack is, as `update` last saw it: one entry per LoRA (source, weights).
    private(set) var stackSignature: [String] = []
    private var converted: [String: Tensor] = [:]

    /// The checkpoint's tensors, unpatched until `update(to:)` is given a stack.
    init(base: BaseModel) { self.base = base }

    /// Applies `stack` (on this base) from now on, dropping only the tensors it patches
    /// differently than before. Returns how many tensors will be patched again.
    /// - Throws: `BakeError` (a LoRA that fits nothing in the base, non-finite factors).
    @discardableResult
    func update(to stack: Stack, force: Bool = false) throws(BakeError) -> Int {
        let planned = try StreamingBake.plan(stack, base: base, force: force).operations
        var changed = 0
        for key in Set(planned.keys).union(operations.keys) {
            let old = operations[key].map(Self.signature) ?? []
            let new = planned[key].map(Self.signature) ?? []
            if old != new {
                converted[key] = nil
                changed += 1
            }
        }
        operations = planned
        stackSignature = stack.entries.map { "\($0.lora.sourcePath)|\($0.weight)" }
        return changed
    }

    /// A tensor's patch as comparable text: each module's LoRA, name, rows and multiplier.
    private static func signature(_ ops: [StreamingBake.Operation]) -> [String] {
        ops.map { "\($0.entry)|\($0.module.sourceName)|\(String(describing: $0.rows))|\($0.multiplier.bitPattern)" }
    }

    func contains(_ name: String) -> Bool { base.file.entry(named: name) != nil }

    func tensor(_ name: String) throws(DiffusionError) -> Tensor {
        if let found = converted[name] { return found }
        guard let entry = base.file.entry(named: name) else { throw .missingWeight(name) }
        let original = base.file.tensor(for: entry)
        guard let ops = operations[name] else {
            // Unpatched: converted for the model, which keeps its own (packed) copy, and not
            // kept here; the file's pages of a converted tensor are dropped right away.
            let value = original.converted(to: .f32)
            if original.dtype != .f32 { base.file.release(entry) }
            return value
        }
        let value = StreamingBake.apply(ops, to: original, outputDType: .f32, options: BakeOptions())
        converted[name] = value
        return value
    }
}
