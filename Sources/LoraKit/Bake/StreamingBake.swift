import LoraEngine
import LoraFormats

/// `merge STACK into PATH`: writes base + Σᵢ mᵢ·sᵢ·ΔWᵢ as a new checkpoint, one tensor at a time.
///
/// The base stays memory-mapped; tensors are visited in the output's data order, each patched
/// tensor is updated (low-rank modules by `FusedBake` in the storage dtype, tile by tile; LoHa,
/// LoKr, full, IA3 and DoRA modules on one F32 copy of that tensor), written at its offset by
/// `SafetensorsWriter`, and its pages are released; untouched tensors are copied through. Peak
/// memory is therefore about the largest patched tensor (×2 when it goes through F32), not the
/// model. Fused weights (SDXL TE2 `in_proj_weight`, FLUX `qkv`/`linear1`) get each module in its
/// row slice. Modules of one tensor are applied in stack order: additive ones commute and are
/// summed in one pass; DoRA and IA3 modules act on the weight as it is when they are reached.
///
/// Safety: every factor is checked for NaN/inf before anything is written; the output is a
/// temporary file renamed into place at the end, never over an existing file without
/// `overwrite`, never over an input; `Interruption.check()` runs between tensors and a raised
/// flag (`BakeOptions.isInterrupted`) removes the temporary file.
public enum StreamingBake {
    /// One module applied to one tensor.
    struct Operation {
        let entry: Int
        let module: LoraModule
        let rows: Range<Int>?
        let multiplier: Float
    }

    /// Bakes `stack` into a new checkpoint at `path`.
    /// - Throws: `BakeError`.
    /// - Complexity: one pass over the base's bytes; O(rows·in·r) per low-rank module.
    @discardableResult
    public static func run(_ stack: Stack, to path: String, options: BakeOptions = BakeOptions()) throws(BakeError) -> BakeReport {
        guard let base = stack.base else { throw .noBase }
        var operations: [String: [Operation]] = [:]
        var loras: [(name: String, applied: Int, skipped: [ModuleMatch])] = []
        for (index, entry) in stack.entries.enumerated() {
            let report = ModuleMatcher.check(lora: entry.lora, base: base, force: options.force)
            if let refusal = report.refusal, !(options.force && report.matchedCount > 0) {
                throw .refused(lora: entry.name, reason: refusal)
            }
            var applied = 0
            for (module, match) in zip(entry.lora.modules, report.matches) {
                guard let (key, rows) = matchedKey(module, match.status) else { continue }
                let m = entry.weight.multiplier(for: module)
                if m == 0 { continue }
                try checkFinite(module, lora: entry.name)
                if let magnitude = module.magnitude {
                    let rowCount = rows?.count ?? base.shapes[key]?.first ?? 0
                    if magnitude.count != rowCount {
                        throw .badMagnitude(lora: entry.name, module: module.sourceName, count: magnitude.count, rows: rowCount)
                    }
                }
                operations[key, default: []].append(Operation(entry: index, module: module, rows: rows, multiplier: m))
                applied += 1
            }
            loras.append((entry.name, applied, zip(entry.lora.modules, report.matches).filter { matchedKey($0.0, $0.1.status) == nil }.map(\.1)))
        }

        let file = base.file
        var specs: [SafetensorsWriter.Spec] = []
        for e in file.entries {
            if operations[e.name] != nil && !e.dtype.isFloatingPoint { throw .notFloat(tensor: e.name, dtype: e.dtype) }
            let dtype = (options.dtype != nil && e.dtype.isFloatingPoint) ? options.dtype! : e.dtype
            specs.append(SafetensorsWriter.Spec(name: e.name, dtype: dtype, shape: e.shape))
        }
        var metadata = file.metadata
        // Hashes of the base's data no longer describe the output.
        for key in ["sshs_model_hash", "sshs_legacy_hash", "modelspec.hash_sha256"] { metadata.removeValue(forKey: key) }
        metadata["modelspec.merged_from"] = ([LoraFile.defaultName(for: base.path)] + stack.entries.map(\.name)).joined(separator: ", ")
        metadata["lorash.stack"] = stack.specText
        if let provenance = options.provenance { metadata["lorash.recipe"] = provenance.json }
        let inputs = [base.path] + stack.entries.map(\.lora.sourcePath)
        let writer: SafetensorsWriter
        do {
            writer = try SafetensorsWriter(path: path, tensors: specs, metadata: metadata, overwrite: options.overwrite, inputs: inputs)
        } catch { throw .file(error) }

        var patched = 0
        do {
            for (done, entry) in writer.layout.enumerated() {
                options.progress?(done, writer.layout.count)
                guard !options.isInterrupted() else { throw BakeError.interrupted(path: path) }
                guard let source = file.entry(named: entry.name) else { continue }
                let tensor = file.tensor(for: source)
                if let ops = operations[entry.name] {
                    try writer.write(entry.name, apply(ops, to: tensor, outputDType: entry.dtype, options: options))
                    patched += 1
                } else {
                    try writer.write(entry.name, tensor)
                }
                file.release(source)
            }
            options.progress?(writer.layout.count, writer.layout.count)
            let result = try writer.finish()
            return BakeReport(
                path: path, fileSize: result.fileSize, patchedTensors: patched,
                copiedTensors: file.entries.count - patched, loras: loras)
        } catch let error as BakeError {
            writer.cancel()
            throw error
        } catch let error as SafetensorsError {
            writer.cancel()
            throw .file(error)
        } catch {
            writer.cancel()
            throw .interrupted(path: path)
        }
    }

    /// The base key and rows a module patches. `ModuleMatcher` compares an IA3 module's vector
    /// shape with the weight's and reports a mismatch; a vector of the weight's row (or column)
    /// count is the match IA3 means.
    static func matchedKey(_ module: LoraModule, _ status: ModuleMatch.Status) -> (String, Range<Int>?)? {
        switch status {
        case .matched(let key, let rows): return (key, rows)
        case .shapeMismatch(let key, _, let found):
            guard case .ia3(let weight, _) = module.factors, found.count >= 2,
                  weight.count == (module.rows?.count ?? found[0]) || weight.count == found[1] else { return nil }
            return (key, module.rows)
        default: return nil
        }
    }

    /// Refuses a module with a NaN or infinite factor, alpha or magnitude.
    static func checkFinite(_ module: LoraModule, lora: String) throws(BakeError) {
        for (role, tensor) in module.factors.tensors where tensor.dtype.isFloatingPoint && !tensor.isFinite {
            throw .nonFinite(lora: lora, module: module.sourceName, tensor: role)
        }
        if let magnitude = module.magnitude, !magnitude.isFinite {
            throw .nonFinite(lora: lora, module: module.sourceName, tensor: "magnitude")
        }
        if let alpha = module.alpha, !alpha.isFinite {
            throw .nonFinite(lora: lora, module: module.sourceName, tensor: "alpha")
        }
    }

    /// The patched tensor. Pure low-rank stacks written in the base's dtype are added in that
    /// dtype by the fused kernel; anything else goes through one F32 copy.
    static func apply(_ ops: [Operation], to tensor: Tensor, outputDType: DType, options: BakeOptions) -> Tensor {
        let simple = ops.allSatisfy { $0.module.magnitude == nil && $0.module.factors.isLowRank }
        if simple && outputDType == tensor.dtype {
            var weight = tensor.flattenedToMatrix()
            for (rows, group) in groupedByRows(ops) {
                let deltas = group.map { ModuleDelta.lowRank($0.module, multiplier: $0.multiplier)! }
                FusedBake.apply(to: &weight, deltas: deltas, rows: rows, rounding: options.rounding, threads: options.threads)
            }
            return weight.reshaped(tensor.shape)
        }
        var weight = tensor.flattenedToMatrix().converted(to: .f32)
        var pending: [Operation] = []
        func flush() {
            for (rows, group) in groupedByRows(pending) {
                let lowRank = group.compactMap { $0.module.factors.isLowRank ? ModuleDelta.lowRank($0.module, multiplier: $0.multiplier) : nil }
                FusedBake.apply(to: &weight, deltas: lowRank, rows: rows, threads: options.threads)
                for op in group where !op.module.factors.isLowRank {
                    let slice = rowSlice(weight, rows)
                    if let delta = ModuleDelta.dense(op.module, multiplier: op.multiplier, base: slice) {
                        addRows(&weight, rows, delta)
                    }
                }
            }
            pending.removeAll()
        }
        for op in ops {
            if case .ia3 = op.module.factors {
                // Multiplicative: applied to the weight as it is at this point of the stack.
                flush()
                let slice = rowSlice(weight, op.rows)
                if let delta = ModuleDelta.dense(op.module, multiplier: op.multiplier, base: slice) { addRows(&weight, op.rows, delta) }
            } else if let magnitude = op.module.magnitude {
                flush()
                var slice = rowSlice(weight, op.rows)
                if let delta = ModuleDelta.dense(op.module, multiplier: 1, base: slice) {
                    WeightDecomposition.apply(to: &slice, delta: delta, magnitude: magnitude, multiplier: op.multiplier)
                    setRows(&weight, op.rows, slice)
                }
            } else {
                pending.append(op)
            }
        }
        flush()
        return weight.reshaped(tensor.shape)
    }

    /// Operations grouped by row range, groups in order of first appearance.
    static func groupedByRows(_ ops: [Operation]) -> [(Range<Int>?, [Operation])] {
        var groups: [(Range<Int>?, [Operation])] = []
        for op in ops {
            if let i = groups.firstIndex(where: { $0.0 == op.rows }) { groups[i].1.append(op) } else { groups.append((op.rows, [op])) }
        }
        return groups
    }

    /// Rows `rows` of an F32 matrix as an owned F32 matrix (all rows when nil).
    static func rowSlice(_ weight: Tensor, _ rows: Range<Int>?) -> Tensor {
        guard let rows else { return weight }
        let columns = weight.columns
        var out = Tensor(zeros: [rows.count, columns])
        weight.withUnsafeFloats { w in
            out.withUnsafeMutableFloats { o in
                for i in 0..<(rows.count * columns) { o[i] = w[rows.lowerBound * columns + i] }
            }
        }
        return out
    }

    /// weight[rows] += delta (F32).
    static func addRows(_ weight: inout Tensor, _ rows: Range<Int>?, _ delta: Tensor) {
        let start = (rows?.lowerBound ?? 0) * weight.columns
        weight.withUnsafeMutableFloats { w in
            delta.withUnsafeFloats { d in for i in 0..<d.count { w[start + i] += d[i] } }
        }
    }

    /// weight[rows] = values (F32).
    static func setRows(_ weight: inout Tensor, _ rows: Range<Int>?, _ values: Tensor) {
        let start = (rows?.lowerBound ?? 0) * weight.columns
        weight.withUnsafeMutableFloats { w in
            values.withUnsafeFloats { d in for i in 0..<d.count { w[start + i] = d[i] } }
        }
    }
}
