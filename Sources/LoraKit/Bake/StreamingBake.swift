import Foundation
import LoraEngine
import LoraFormats

/// `merge STACK into PATH`: writes base + Σᵢ mᵢ·sᵢ·ΔWᵢ as a new checkpoint, one tensor at a time.
///
/// The base stays memory-mapped; tensors are visited in the output's data order and written
/// front to back through the writer's stream (`SafetensorsWriter.startsStreaming`), where three
/// threads keep the cores and the disk busy at the same time:
/// - this one computes each patched tensor straight into the bytes that will be written (a
///   region of the stream's ring): low-rank modules (LoRA, LoCon, Tucker) by `FusedBake`, from
///   the mapped base, in the storage dtype, all LoRAs of a module as one concatenated product;
///   LoHa, LoKr, full, IA3 and DoRA modules through one F32 copy of their tensor, converted
///   on the fill thread;
/// - the stream's fill thread reads untouched tensors from the base into their regions (`pread`);
/// - the stream's I/O thread writes the filled prefix of the ring in 32 MiB pieces, around
///   the page cache (O_DIRECT) where the filesystem takes it: buffered writes would cost about
///   a CPU-second per GB, which is what `cp` spends. Elsewhere the same bytes go through the
///   page cache, with each piece's writeback started as soon as it is written.
/// Where the stream is not available (systems without the ring), tensors are written one at a
/// time. Peak memory is the ring (128 MiB, or the largest patched tensor plus a piece), a few
/// F32 tensors in flight and the factors of the tensor at hand: the pages of the base and of
/// the LoRAs are released as each tensor is done. Fused weights (SDXL TE2
/// `in_proj_weight`, FLUX `qkv`/`linear1`) get each module in its row slice. Modules of one
/// tensor are applied in stack order: additive ones commute and are summed in one pass; DoRA
/// and IA3 modules act on the weight as it is when they are reached.
///
/// Safety: every factor is checked for NaN/inf before anything is written; the output is a
/// temporary file renamed into place at the end, never over an existing file without
/// `overwrite`, never over an input; `BakeOptions.cancellation` is checked between tensors and
/// a raised flag (or a write error) stops the writer and removes the temporary file.
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
    public static func run(_ stack: Stack, to path: String, options: BakeOptions = BakeOptions()) throws(BakeError)
        -> BakeReport
    {
        guard let base = stack.checkpoint else { throw .noBase }
        let (operations, loras) = try plan(stack, base: base, force: options.force)

        let file = base.file
        var specs: [SafetensorsWriter.Spec] = []
        for e in file.entries {
            if operations[e.name] != nil && !e.dtype.isFloatingPoint { throw .notFloat(tensor: e.name, dtype: e.dtype) }
            let dtype = (options.dtype != nil && e.dtype.isFloatingPoint) ? options.dtype! : e.dtype
            specs.append(SafetensorsWriter.Spec(name: e.name, dtype: dtype, shape: e.shape))
        }
        var metadata = file.metadata
        // Hashes of the base's data no longer describe the output.
        for key in ["sshs_model_hash", "sshs_legacy_hash", "modelspec.hash_sha256"] {
            metadata.removeValue(forKey: key)
        }
        metadata["modelspec.merged_from"] = ([LoraFile.defaultName(for: base.path)] + stack.entries.map(\.name)).joined(
            separator: ", ")
        metadata["lorash.stack"] = stack.specText
        // Inputs without a hash yet (< 1 GB: the LoRAs) are hashed on another thread while the
        // bake runs; the header gets a stand-in, replaced before the file is published.
        var pendingHashes: [(token: String, path: String)] = []
        if var provenance = options.provenance {
            for i in provenance.inputs.indices
            where provenance.inputs[i].sha256.isEmpty && Provenance.isSmall(provenance.inputs[i].path) {
                provenance.inputs[i].sha256 = Provenance.pendingToken(i)
                pendingHashes.append((provenance.inputs[i].sha256, provenance.inputs[i].path))
            }
            metadata["lorash.recipe"] = provenance.json
        }
        let inputs = [base.path] + stack.entries.map(\.lora.sourcePath)
        let writer: SafetensorsWriter
        do {
            writer = try SafetensorsWriter(
                path: path, tensors: specs, metadata: metadata, overwrite: options.overwrite, inputs: inputs)
        } catch { throw .file(error) }
        let hashing = InputHashing(paths: pendingHashes.map(\.path))

        // Written front to back, in `layout` order, through the writer's stream: patched
        // tensors are computed straight into the bytes that go to the disk, untouched ones read
        // into them on the stream's fill thread, and the disk written on its I/O thread.
        var largestDirect = 0
        for entry in writer.layout {
            if let ops = operations[entry.name], let source = file.entry(named: entry.name),
                writesDirectly(ops, from: source.dtype, to: entry.dtype)
            {
                largestDirect = Swift.max(largestDirect, entry.byteCount)
            }
        }
        let streaming =
            options.streams
            && writer.startsStreaming(
                bypassingPageCache: options.bypassesPageCache, largestTensor: largestDirect,
                chunkSize: options.streamChunkSize)
        // Without a stream (no ring on this system): one tensor at a time through a scratch buffer.
        if !streaming { writer.writesBackAsItGoes = true }
        let scratch = streaming ? nil : UnsafeMutableRawBufferPointer.allocate(byteCount: largestDirect, alignment: 64)
        defer { scratch?.deallocate() }
        let descriptor = file.openDescriptor() ?? -1
        defer { if descriptor >= 0 { close(descriptor) } }
        var patched = 0
        do {
            for (done, entry) in writer.layout.enumerated() {
                options.progress?(done, writer.layout.count)
                guard options.cancellation?.isCancelled != true else { throw BakeError.interrupted(path: path) }
                guard let source = file.entry(named: entry.name) else { continue }
                let release: @Sendable () -> Void = { file.release(source) }
                if let ops = operations[entry.name] {
                    if source.byteCount > 0 && writesDirectly(ops, from: source.dtype, to: entry.dtype) {
                        let base = file.bytes(of: source).baseAddress!
                        let count = source.shape.reduce(1, *)
                        if let scratch {
                            applyDirectly(
                                ops, from: base, dtype: source.dtype, shape: source.shape, into: scratch.baseAddress!,
                                dtype: entry.dtype, options: options)
                            try checkOutput(
                                scratch.baseAddress!, dtype: entry.dtype, source: base, sourceDType: source.dtype,
                                count: count, tensor: entry.name,
                                threads: options.threads)
                            try writer.write(
                                entry.name, bytes: UnsafeRawBufferPointer(rebasing: scratch[0..<entry.byteCount]))
                        } else {
                            let region = try writer.reserveTensor(entry.name)
                            applyDirectly(
                                ops, from: base, dtype: source.dtype, shape: source.shape,
                                into: region.bytes.baseAddress!, dtype: entry.dtype, options: options)
                            try checkOutput(
                                region.bytes.baseAddress!, dtype: entry.dtype, source: base, sourceDType: source.dtype,
                                count: count, tensor: entry.name,
                                threads: options.threads)
                            writer.commit(region)
                        }
                        release()
                    } else {
                        let base = file.tensor(for: source)
                        let tensor = apply(ops, to: base, outputDType: entry.dtype, options: options)
                        try checkOutput(tensor, dtype: entry.dtype, base: base, name: entry.name)
                        try writer.enqueueWrite(entry.name, tensor, rounding: options.rounding, then: release)
                    }
                    for op in ops { op.module.releaseMappedPages() }
                    patched += 1
                } else if source.dtype == entry.dtype {
                    try writer.enqueueCopy(
                        entry.name, fromDescriptor: descriptor, offset: file.fileOffset(of: source),
                        fallback: file.bytes(of: source), then: release)
                } else {
                    // A copied tensor changes dtype: it too must fit (a large bias in F16).
                    let original = file.tensor(for: source)
                    if !entry.dtype.holdsRange(of: source.dtype), let limit = entry.dtype.outOfRangeThreshold {
                        let overflowing = original.countFinite(atLeast: limit)
                        if overflowing > 0 {
                            throw BakeError.copiedOverflow(tensor: entry.name, count: overflowing, dtype: entry.dtype)
                        }
                    }
                    try writer.enqueueWrite(entry.name, original, then: release)
                }
            }
            options.progress?(writer.layout.count, writer.layout.count)
            for ((token, _), hash) in zip(
                pendingHashes, try hashing.wait(unless: { options.cancellation?.isCancelled == true }, path: path))
            {
                writer.replaceInHeader(token, with: hash ?? String(repeating: "-", count: 64))
            }
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

    /// What a bake of `stack` does to each tensor of `base`: the modules that patch it, in stack
    /// order, with their multipliers; and per LoRA how many modules apply and which are skipped.
    /// Refuses what the bake refuses (a LoRA that fits nothing, non-finite factors, DoRA
    /// magnitudes of the wrong length).
    /// - Throws: `BakeError`.
    static func plan(_ stack: Stack, base: BaseModel, force: Bool) throws(BakeError) -> (
        operations: [String: [Operation]], loras: [(name: String, applied: Int, skipped: [ModuleMatch])]
    ) {
        var operations: [String: [Operation]] = [:]
        var loras: [(name: String, applied: Int, skipped: [ModuleMatch])] = []
        for (index, entry) in stack.entries.enumerated() {
            let report = ModuleMatcher.check(lora: entry.lora, base: base, force: force)
            if let refusal = report.refusal, !(force && report.matchedCount > 0) {
                throw force ? .nothingMatches(lora: entry.name) : .refused(lora: entry.name, reason: refusal)
            }
            var applied = 0
            for (module, match) in zip(entry.lora.modules, report.matches) {
                guard let (key, rows) = matchedKey(module, match.status) else { continue }
                let m = entry.weight.multiplier(for: module)
                if m == 0 { continue }
                try checkFinite(module, lora: entry.name)
                module.releaseMappedPages()  // read again when its tensor is reached
                if let magnitude = module.magnitude {
                    let rowCount = rows?.count ?? base.shapes[key]?.first ?? 0
                    if magnitude.count != rowCount {
                        throw .badMagnitude(
                            lora: entry.name, module: module.sourceName, count: magnitude.count, rows: rowCount)
                    }
                }
                operations[key, default: []].append(Operation(entry: index, module: module, rows: rows, multiplier: m))
                applied += 1
            }
            loras.append(
                (
                    entry.name, applied,
                    zip(entry.lora.modules, report.matches).filter { matchedKey($0.0, $0.1.status) == nil }.map(\.1)
                ))
        }

        return (operations, loras)
    }

    /// Whether the fused kernel can write this tensor straight from the mapped base into an
    /// output buffer: only low-rank modules without DoRA magnitudes, a non-empty float tensor,
    /// and either one module group over all rows or no dtype change (row slices of a fused
    /// weight are then patched in the buffer after a plain copy).
    static func writesDirectly(_ ops: [Operation], from sourceDType: DType, to outputDType: DType) -> Bool {
        guard sourceDType.isFloatingPoint, outputDType.isFloatingPoint,
            ops.allSatisfy({ $0.module.magnitude == nil && $0.module.factors.isLowRank })
        else { return false }
        let groups = groupedByRows(ops)
        return sourceDType == outputDType || (groups.count == 1 && groups[0].0 == nil)
    }

    /// base + Σ deltas written into `destination` in `outputDType` (see `writesDirectly`).
    static func applyDirectly(
        _ ops: [Operation], from source: UnsafeRawPointer, dtype sourceDType: DType, shape: [Int],
        into destination: UnsafeMutableRawPointer, dtype outputDType: DType, options: BakeOptions
    ) {
        let rows = shape.first ?? 1
        let columns = rows == 0 ? 0 : shape.reduce(1, *) / rows
        let groups = groupedByRows(ops)
        func deltas(_ group: [Operation]) -> [LowRank] {
            group.map { ModuleDelta.lowRank($0.module, multiplier: $0.multiplier)! }
        }
        if groups.count == 1 && groups[0].0 == nil {
            FusedBake.apply(
                source: source, sourceDType: sourceDType, destination: destination, destinationDType: outputDType,
                rows: rows, columns: columns, deltas: deltas(groups[0].1), rounding: options.rounding,
                threads: options.threads)
            return
        }
        FusedBake.convertRows(
            source: source, sourceDType: sourceDType, destination: destination, destinationDType: outputDType,
            rows: 0..<rows, columns: columns)
        for (range, group) in groups {
            FusedBake.apply(
                source: UnsafeRawPointer(destination), sourceDType: outputDType, destination: destination,
                destinationDType: outputDType,
                rows: rows, columns: columns, deltas: deltas(group), deltaRows: range, rounding: options.rounding,
                threads: options.threads)
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
                weight.count == (module.rows?.count ?? found[0]) || weight.count == found[1]
            else { return nil }
            return (key, module.rows)
        default: return nil
        }
    }

    /// Refuses a module with a NaN or infinite factor, alpha or magnitude.
    static func checkFinite(_ module: LoraModule, lora: String) throws(BakeError) {
        if let role = module.nonFiniteRole { throw .nonFinite(lora: lora, module: module.sourceName, tensor: role) }
    }

    /// Refuses a patched tensor whose output holds more NaN/inf values than its base did: the
    /// weights or the LoRAs' values are too large for the output dtype (F16 ends at 65504).
    static func checkOutput(
        _ output: UnsafeRawPointer, dtype: DType, source: UnsafeRawPointer, sourceDType: DType, count: Int,
        tensor: String,
        threads: Int = 1
    ) throws(BakeError) {
        // Split over the kernel's threads: the pass runs between two tensors' kernels, and
        // when the disk keeps up the kernels set the bake's time.
        let parts = Swift.max(1, Swift.min(threads, count >> 20))
        let address = UInt(bitPattern: output)
        let bad = ParallelFor.map(count: parts, workers: parts) { part in
            let start = count * part / parts, end = count * (part + 1) / parts
            let pointer = UnsafeRawPointer(bitPattern: address)! + start * dtype.byteSize
            return DTypeConversion.nonFiniteCount(pointer, dtype: dtype, count: end - start)
        }.reduce(0, +)
        guard bad > 0 else { return }
        if bad > DTypeConversion.nonFiniteCount(source, dtype: sourceDType, count: count) {
            throw .overflow(tensor: tensor, count: bad, dtype: dtype)
        }
    }

    /// `checkOutput` for a tensor computed in F32 and converted to `dtype` later: values past
    /// the dtype's largest finite value would become ±inf there.
    static func checkOutput(_ tensor: Tensor, dtype: DType, base: Tensor, name: String) throws(BakeError) {
        var bad = tensor.nonFiniteCount()
        if tensor.dtype == .f32, let threshold = dtype.overflowThreshold.map(Float.init) {
            // Finite values that round to ±inf (infinities are counted above).
            bad += tensor.withUnsafeFloats { $0.reduce(0) { $0 + ($1.isFinite && abs($1) >= threshold ? 1 : 0) } }
        }
        guard bad > 0 else { return }
        if bad > base.nonFiniteCount() { throw .overflow(tensor: name, count: bad, dtype: dtype) }
    }

    /// The patched tensor. Pure low-rank stacks written in the base's dtype are added in that
    /// dtype by the fused kernel; anything else goes through one F32 copy.
    static func apply(_ ops: [Operation], to tensor: Tensor, outputDType: DType, options: BakeOptions) -> Tensor {
        let simple = ops.allSatisfy { $0.module.magnitude == nil && $0.module.factors.isLowRank }
        if simple && outputDType == tensor.dtype {
            var weight = tensor.flattenedToMatrix()
            for (rows, group) in groupedByRows(ops) {
                let deltas = group.map { ModuleDelta.lowRank($0.module, multiplier: $0.multiplier)! }
                FusedBake.apply(
                    to: &weight, deltas: deltas, rows: rows, rounding: options.rounding, threads: options.threads)
            }
            return weight.reshaped(tensor.shape)
        }
        var weight = tensor.flattenedToMatrix().converted(to: .f32)
        var pending: [Operation] = []
        func flush() {
            for (rows, group) in groupedByRows(pending) {
                let lowRank = group.compactMap {
                    $0.module.factors.isLowRank ? ModuleDelta.lowRank($0.module, multiplier: $0.multiplier) : nil
                }
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
                if let delta = ModuleDelta.dense(op.module, multiplier: op.multiplier, base: slice) {
                    addRows(&weight, op.rows, delta)
                }
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
            if let i = groups.firstIndex(where: { $0.0 == op.rows }) {
                groups[i].1.append(op)
            } else {
                groups.append((op.rows, [op]))
            }
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

/// The SHA-256 of some files, computed on a background thread from creation.
final class InputHashing: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var hashes: [String?] = []

    init(paths: [String]) {
        guard !paths.isEmpty else {
            done.signal()
            return
        }
        Thread {
            self.hashes = paths.map { try? FileHash.of(path: $0).sha256 }
            self.done.signal()
        }.start()
    }

    /// The hashes in the order of the paths (nil where a file could not be read); waits for
    /// them, checking `interrupted` every 50 ms.
    /// - Throws: `BakeError.interrupted`.
    func wait(unless interrupted: () -> Bool, path: String) throws(BakeError) -> [String?] {
        while done.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
            if interrupted() { throw .interrupted(path: path) }
        }
        done.signal()
        return hashes
    }
}
