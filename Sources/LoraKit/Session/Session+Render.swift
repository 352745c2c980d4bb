import Foundation
import LoraEngine
import LoraFormats
import LoraRender

extension Session {
    /// What `render` drew: the picture (for a preview; nil for SVG charts) and the line to print.
    public struct Picture {
        public var image: RGBAImage?
        public var line: String
        /// What the picture does not reproduce or may get wrong (a `render from` PNG's
        /// settings lorash does not draw, another checkpoint's hash, a prompt's hypernetwork
        /// tag): one warning each, to print before `line`.
        public var warnings: [SessionError] = []
    }

    /// What `render` is asked to draw: a session object, or a word (a built-in pattern).
    public enum RenderTarget {
        case object(any SessionObject, name: String)
        case word(String)
    }

    /// One axis of a grid: a LoRA of the stack and the weights it takes.
    public struct GridAxis: Sendable {
        public var lora: String
        public var values: [Double]
        public init(lora: String, values: [Double]) {
            self.lora = lora
            self.values = values
        }
    }

    /// Where a picture goes and how.
    public struct PictureOutput {
        public var path: String
        public var overwrite = false
        public init(path: String, overwrite: Bool = false) {
            self.path = path
            self.overwrite = overwrite
        }
    }

    /// `render TARGET to PATH.png [size=N]`: the built-in model, a stack on it, or a pattern.
    /// - Parameter command: the command as it ran, without `to PATH` (`render s size=128`): with
    ///   the commands that made the target, the PNG's recipe (`pictureRecipe`).
    /// - Throws: `SessionError` about `target`, `size` or `path`.
    public func render(_ target: RenderTarget, size: Int?, to output: PictureOutput, command: String = "") throws
        -> Picture
    {
        let size = size ?? 256
        guard (1...4096).contains(size) else { throw SessionError.input("size", "size must be 1…4096, not \(size)") }
        let start = DispatchTime.now()
        let image: RGBAImage
        switch target {
        case .object(let model as ToyModel, _):
            image = try model.render(size: size, cancellation: cancellation)
        case .object(let stack as Stack, _) where stack.toy != nil:
            image = try stack.render(size: size, cancellation: cancellation)
        case .object(is BaseModel, _), .object(is Stack, _):
            throw SessionError.input(
                "target",
                "render draws the built-in model's pictures; for real checkpoints and their LoRAs use render spectrum, delta, blocks or interference"
            )
        case .object(is LoraAdapter, let name):
            throw SessionError.input(
                "target",
                "'\(name)' is a LoRA: render draws a base or a stack, so stack it on its base first (s = stack BASE \(name), then render s to PATH), or chart it (render spectrum \(name) to PATH.svg, render delta \(name) to PATH.png)"
            )
        case .object(let object, _):
            throw SessionError.input(
                "target", "cannot render a \(object.kindName) (render takes a base, a stack or a pattern)")
        case .word(let word):
            guard let pattern = TargetPattern(rawValue: word) else {
                throw SessionError.input(
                    "target",
                    "'\(word)' is neither a session name nor a pattern (\(TargetPattern.allCases.map(\.rawValue).joined(separator: ", ")))",
                    suggestion: Suggestions.closest(
                        to: word, among: visibleNames + TargetPattern.allCases.map(\.rawValue)))
            }
            image = pattern.image(size: size)
        }
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
        let recipe = Self.pictureRecipe(of: target, command: command)
        try writePNG(image, text: [PNGTextChunk(keyword: "lorash", text: recipe.json)], to: output)
        return Picture(
            image: image,
            line:
                "wrote \(output.path) (\(image.width)×\(image.height), drawn in \(String(format: "%.0f", milliseconds)) ms)"
        )
    }

    /// `render grid STACK x=LORA:a..b step s [y=…] to PATH.png`: one picture per weight (pair),
    /// the other LoRAs at their stack weights, with labelled axes.
    /// - Throws: `SessionError` about `subject`, `x`, `y`, `size` or `path`; `Interrupted`.
    public func renderGrid(
        _ stackObject: (any SessionObject)?, x: GridAxis?, y: GridAxis?, size: Int?, title: String?,
        cells which: GridCells = .all, to output: PictureOutput
    ) throws -> Picture {
        guard let stackObject else {
            throw SessionError("render grid needs a stack: render grid STACK x=LORA:0..1 step 0.25 to PATH")
        }
        guard var stack = stackObject as? Stack, stack.toy != nil else {
            throw SessionError.input(
                "subject",
                "render grid draws a stack on the built-in model (s = stack toy LORA…); a stack of real files is baked with merge STACK into PATH, or charted with render blocks / render interference"
            )
        }
        func check(_ axis: GridAxis?, _ input: String) throws(SessionError) {
            guard let axis else { return }
            guard stack.names.contains(axis.lora) else {
                throw .input(
                    input, "'\(axis.lora)' is not in the stack (it holds \(stack.names.joined(separator: ", ")))",
                    suggestion: Suggestions.closest(to: axis.lora, among: stack.names))
            }
            guard axis.values.count <= 64 else {
                throw .input(input, "at most 64 values per axis, not \(axis.values.count)")
            }
        }
        try check(x, "x")
        try check(y, "y")
        guard let x else { throw SessionError("render grid needs x=LORA:a..b step s") }
        let size = size ?? 128
        guard (8...1024).contains(size) else {
            throw SessionError.input("size", "a grid cell is 8…1024 pixels, not \(size)")
        }
        try Self.checkGridSize(columns: x.values.count, rows: y?.values.count ?? 1, width: size, height: size)
        try which.check(total: x.values.count * (y?.values.count ?? 1))
        let text: (Double) -> String = NumberFormatting.shortest(_:)
        let title = title ?? stack.summary
        var cells: [[RGBAImage]] = []
        let meter = meter("render", unit: "cell")
        defer { meter.finish() }
        let total = x.values.count * (y?.values.count ?? 1)
        for yValue in y?.values ?? [0] {
            var row: [RGBAImage] = []
            if let y { try stack.setWeight(of: y.lora, to: LoraWeight(Float(yValue))) }
            for xValue in x.values {
                try cancellation.check()
                let index = cells.count * x.values.count + row.count + 1
                if case .from = which {
                    row.append(try which.read(index, width: size, height: size))
                    continue
                }
                guard which.draws(index) else {
                    row.append(RGBAImage(width: 0, height: 0))
                    continue
                }
                try stack.setWeight(of: x.lora, to: LoraWeight(Float(xValue)))
                let cell = try stack.render(size: size, cancellation: cancellation)
                if case .only = which { return try writeGridCell(cell, index: index, total: total, to: output) }
                row.append(cell)
                meter.update(done: index, total: total)
            }
            cells.append(row)
        }
        let grid = SweepGrid(
            cells: cells, columnLabels: x.values.map { "\(x.lora) \(text($0))" },
            rowLabels: y.map { axis in axis.values.map { "\(axis.lora) \(text($0))" } } ?? [], title: title)
        let image = grid.render()
        try writePNG(image, to: output)
        return Picture(
            image: image,
            line:
                "wrote \(output.path) (\(x.values.count)×\((y?.values.count ?? 1)) grid, \(image.width)×\(image.height))"
        )
    }

    /// The most pixels of cells a grid draws: 8192² (256 MB as RGBA, held twice: the cells and
    /// the picture). 64 × 64 cells of 1024 pixels would be 16 GB.
    public static let maximumGridPixels = 8192 * 8192

    /// Refuses a grid whose cells alone are more than `maximumGridPixels`, before any is drawn.
    static func checkGridSize(columns: Int, rows: Int, width: Int, height: Int) throws(SessionError) {
        // At most 64·64 cells of 4096² pixels: 2³⁶, no overflow.
        let pixels = columns * rows * width * height
        guard pixels > maximumGridPixels else { return }
        throw .input(
            "size",
            "a grid of \(columns)×\(rows) cells of \(width)×\(height) pixels is \(pixels) pixels; at most \(maximumGridPixels) (8192×8192) are drawn: use fewer values or a smaller size"
        )
    }

    /// One module to chart: its name, and its spectrum and dense ΔW (m·s·ΔW), computed only
    /// when asked (a LoRA's other modules are never factored for `render delta`).
    struct ChartModule {
        let module: LoraModule
        var name: String { module.sourceName }
        /// "lora, rank 4" for the caption.
        var rankText: String { "\(module.factors.algorithm)" + (module.rank.map { ", rank \($0)" } ?? "") }
    }

    /// The modules of a LoRA that add a ΔW to their weight (IA3 ones are left out).
    func chartModules(_ object: (any SessionObject)?, name: String, kind: String) throws(SessionError) -> [ChartModule]
    {
        guard let object else { throw SessionError("render \(kind) needs a LoRA: render \(kind) LORA to PATH") }
        guard let adapter = object as? LoraAdapter else {
            throw .input("subject", "'\(name)' is a \(object.kindName), not a LoRA")
        }
        let modules = ModuleDelta.chartableModules(of: adapter).map(ChartModule.init(module:))
        guard !modules.isEmpty else {
            throw .input(
                "subject",
                "'\(name)' has only IA3 modules, which scale the weight instead of adding a ΔW to it: there is nothing to chart"
            )
        }
        return modules
    }

    /// `render spectrum LORA to PATH.svg`: the singular values of every module's s·ΔW.
    /// - Throws: `SessionError` about `subject` or `path`; `Interrupted`.
    public func renderSpectrum(
        _ object: (any SessionObject)?, name: String, title: String?, logarithmic: Bool?, to output: PictureOutput
    ) throws -> Picture {
        let modules = try chartModules(object, name: name, kind: "spectrum")
        // More modules than the legend names: their lines are grouped (and coloured) by block.
        let grouped = modules.count > SpectrumChart.legendLimit
        var series: [(series: SpectrumChart.Series, order: Int)] = []
        var truncated = 0
        for module in modules {
            try cancellation.check()
            guard let spectrum = ModuleDelta.spectrum(of: module.module) else { continue }
            if spectrum.isTruncated { truncated += 1 }
            let group = BlockLayout.group(of: module.module.target)
            series.append(
                (
                    SpectrumChart.Series(
                        name: module.name, values: spectrum.values, group: grouped ? group.label : nil), group.order
                ))
        }
        if grouped {
            series = series.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }.map(
                \.element)
        }
        let chart = SpectrumChart(
            series: series.map(\.series), title: title ?? "singular values of \(name) (scale · ΔW per module)",
            logarithmic: logarithmic ?? true)
        try writeSVG(chart.svg(), to: output)
        let note =
            truncated == 0
            ? ""
            : "; \(truncated) full-rank module\(truncated == 1 ? "" : "s") over \(ModuleDelta.exactLimit) wide: the largest \(ModuleDelta.truncatedRank) values"
        let blocks = Set(series.compactMap(\.series.group)).count
        return Picture(
            image: nil,
            line:
                "wrote \(output.path) (\(series.count) modules\(grouped ? " in \(blocks) groups, coloured by block" : "")\(note))"
        )
    }

    /// The module `wanted` names: its exact name, else the one module whose name ends with it,
    /// or matches it with `_` for `.` (kohya and diffusers spellings), with or without the
    /// weight's `.weight`, so `down_blocks.0.attentions.0.proj_in` finds
    /// `unet.down_blocks.0.attentions.0.proj_in` and `lora_unet_down_blocks_0_attentions_0_proj_in`,
    /// and `net.1.weight` finds `net.1`.
    static func matchingModule(_ wanted: String, in modules: [ChartModule]) -> ChartModule? {
        if let exact = modules.first(where: { $0.name == wanted }) { return exact }
        var candidates = [wanted]
        if wanted.hasSuffix(".weight") { candidates.append(withoutWeightSuffix(wanted)) }
        for candidate in candidates {
            let flat = candidate.replacingOccurrences(of: ".", with: "_")
            let matches = modules.filter {
                let name = $0.name.replacingOccurrences(of: ".", with: "_")
                return name == flat || name.hasSuffix("_" + flat)
            }
            if matches.count == 1 { return matches[0] }
        }
        return nil
    }

    /// A weight's name without its `.weight` (`net.1.weight` → `net.1`, the module's name).
    static func withoutWeightSuffix(_ name: String) -> String {
        name.hasSuffix(".weight") ? String(name.dropLast(".weight".count)) : name
    }

    /// `render delta LORA [module=NAME] to PATH.png`: one module's ΔW as a heatmap.
    /// - Throws: `SessionError` about `subject`, `module` or `path`.
    public func renderDelta(
        _ object: (any SessionObject)?, name: String, module wanted: String?, title: String?, to output: PictureOutput
    ) throws -> Picture {
        let modules = try chartModules(object, name: name, kind: "delta")
        guard let module = wanted.map({ Self.matchingModule($0, in: modules) }) ?? modules.first else {
            let names = modules.map(\.name)
            let flat = (wanted ?? "").replacingOccurrences(of: ".", with: "_")
            let containing = names.filter { $0.replacingOccurrences(of: ".", with: "_").contains(flat) }
            throw SessionError.input(
                "module",
                "'\(name)' has no module '\(wanted ?? "")'"
                    + (containing.count > 1
                        ? " (\(containing.count) modules contain it; write more of the name)"
                        : " (info \(name) modules lists them)"),
                suggestion: containing.first
                    ?? Suggestions.closest(to: Self.withoutWeightSuffix(wanted ?? ""), among: names))
        }
        guard let dense = ModuleDelta.denseMatrix(module.module) else {
            throw SessionError.input("module", "'\(module.name)' adds no ΔW to its weight")
        }
        let image = MatrixHeatmap.figure(
            values: dense.floats(), rows: dense.rows, columns: dense.columns,
            title: title ?? "dW of \(name) \(module.name)",
            caption: "\(dense.rows)x\(dense.columns), \(module.rankText)")
        try writePNG(image, to: output)
        return Picture(image: image, line: "wrote \(output.path) (\(image.width)×\(image.height))")
    }

    /// The stack `render blocks` and `render interference` analyse.
    func stackForAnalysis(_ object: (any SessionObject)?, kind: String) throws(SessionError) -> Stack {
        guard let object else { throw SessionError("render \(kind) needs a stack: render \(kind) STACK to PATH") }
        guard let stack = object as? Stack, stack.toy == nil else {
            throw .input("subject", "render \(kind) analyses a stack of loaded LoRAs (s = stack BASE LORA…)")
        }
        return stack
    }

    /// `render blocks STACK to PATH.png`: each LoRA's strength per block.
    /// - Throws: `SessionError` about `subject` or `path`.
    public func renderBlocks(_ object: (any SessionObject)?, name: String, title: String?, to output: PictureOutput)
        throws -> Picture
    {
        let stack = try stackForAnalysis(object, kind: "blocks")
        let analysis = StackAnalysis.analyse(stack)
        var blocks: [String] = []
        for contribution in analysis.contributions where !blocks.contains(contribution.block) {
            blocks.append(contribution.block)
        }
        let order = BlockLayout.slotNames + ["other"]
        blocks.sort { (order.firstIndex(of: $0) ?? order.count) < (order.firstIndex(of: $1) ?? order.count) }
        let values = stack.names.map { lora in
            blocks.map { block in analysis.contributions.first { $0.lora == lora && $0.block == block }?.norm ?? 0 }
        }
        var map = BlockStrengthMap(
            rowLabels: stack.names, columnLabels: blocks, values: values,
            title: title ?? "How strongly each LoRA of \(name) changes each block")
        map.caption =
            "Each number is the size (Frobenius norm) of weight x scale x dW over the block's modules: 0 leaves the block alone. "
            + "BASE is the text encoders, IN00-IN11 the U-Net's down blocks, MID its middle, OUT00-OUT11 its up blocks, other the rest."
        // Twice the font's size: readable at 100% without zooming in.
        map.textScale = 2
        let image = map.render()
        try writePNG(image, to: output)
        return Picture(
            image: image,
            line:
                "wrote \(output.path) (\(stack.names.count) LoRA\(stack.names.count == 1 ? "" : "s") × \(blocks.count) block\(blocks.count == 1 ? "" : "s"))"
        )
    }

    /// `render interference STACK to PATH.svg`: the mean cosine between the LoRAs' deltas.
    /// - Throws: `SessionError` about `subject` or `path`.
    public func renderInterference(
        _ object: (any SessionObject)?, name: String, title: String?, to output: PictureOutput
    ) throws -> Picture {
        let stack = try stackForAnalysis(object, kind: "interference")
        let analysis = StackAnalysis.analyse(stack)
        let names = stack.names
        var matrix = names.map { _ in names.map { _ in 0.0 } }
        for i in names.indices {
            matrix[i][i] = 1
            for j in names.indices where j > i {
                let shared = analysis.interferences.filter {
                    ($0.first == names[i] && $0.second == names[j]) || ($0.first == names[j] && $0.second == names[i])
                }
                let mean = shared.isEmpty ? 0 : shared.map(\.cosine).reduce(0, +) / Double(shared.count)
                matrix[i][j] = mean
                matrix[j][i] = mean
            }
        }
        try writeSVG(
            HeatmapChart(labels: names, matrix: matrix, title: title ?? "interference in \(name) (mean cosine)").svg(),
            to: output)
        return Picture(image: nil, line: "wrote \(output.path) (\(names.count)×\(names.count))")
    }

    /// Writes a PNG (with `text` chunks) atomically after the output checks.
    func writePNG(_ image: RGBAImage, text: [PNGTextChunk] = [], to output: PictureOutput) throws(SessionError) {
        try writePicture(PNGEncoder().encode(image, text: text), format: "png", to: output)
    }

    /// The recipe of a picture of the built-in model, written in its `lorash` text chunk (JSON
    /// as a LoRA file's `lorash.recipe`: `tool`, `commands`, `inputs`): the commands that made
    /// the model (`base = toy seed=7`), each LoRA of a stack on it (its own recipe's commands —
    /// `train`, `merge` … — or `load PATH as NAME` for a file, whose sha256 is an input), the
    /// stack as it stands now (`s = stack base rings:0.5`, weights changed since included), then
    /// `command`. Run in order, with `to PATH` after the last, they draw the same bytes. A model
    /// read from a file contributes nothing (load it again under the same name first).
    static func pictureRecipe(of target: RenderTarget, command: String) -> Provenance {
        var commands: [String] = []
        var files: [String] = []
        func add(_ more: [String]) {
            for line in more where !commands.contains(line) { commands.append(line) }
        }
        switch target {
        case .object(let model as ToyModel, _):
            add(model.recipe)
        case .object(let stack as Stack, let name):
            add(stack.toy?.recipe ?? [])
            for entry in stack.entries {
                if let recipe = entry.lora.recipe {
                    add(recipe.commands)
                    files += recipe.inputs.map(\.path)
                } else if !entry.lora.sourcePath.isEmpty {
                    add(["load \(Self.recordedWord(entry.lora.sourcePath)) as \(entry.name)"])
                    files.append(PeftFolder.tensorFile(of: entry.lora.sourcePath))
                }
            }
            if !name.isEmpty {
                let loras = stack.specText.isEmpty ? "" : " " + stack.specText
                let force = stack.isForced ? " force=true" : ""
                add(["\(name) = stack \(stack.baseName ?? "base")\(loras)\(force)"])
            }
        default:
            break
        }
        if !command.isEmpty { add([command]) }
        return Provenance(commands: commands, inputs: Provenance.inputs(files))
    }

    /// A path as one word of a recorded command: bare when it is plain, else quoted.
    static func recordedWord(_ text: String) -> String {
        let plain = !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || "/._-".contains($0) }
        if plain { return text }
        var escaped = ""
        for c in text {
            if "\"\\{}$".contains(c) { escaped.append("\\") }
            escaped.append(c)
        }
        return "\"" + escaped + "\""
    }

    /// Writes an SVG chart atomically after the output checks.
    func writeSVG(_ text: String, to output: PictureOutput) throws(SessionError) {
        try writePicture(Array(text.utf8), format: "svg", to: output)
    }

    /// Refuses a picture file name whose extension says another format (`.png` for an SVG
    /// chart, `.jpg` for a PNG): viewers would not open it. No extension is fine. Then the
    /// output checks, and the bytes written atomically.
    func writePicture(_ bytes: [UInt8], format: String, to output: PictureOutput) throws(SessionError) {
        let path = output.path
        let name = FilePaths.name(of: path)
        let ext = name.contains(".") ? String(name.split(separator: ".").last!).lowercased() : ""
        let pictures = ["png", "svg", "jpg", "jpeg", "webp", "gif", "bmp", "tif", "tiff"]
        if pictures.contains(ext), ext != format {
            throw .input(
                "path",
                "\(path): this writes \(format.uppercased()), so the name should end in .\(format) (not .\(ext))")
        }
        try prepareOutput(path, overwrite: output.overwrite, input: "path")
        do {
            try AtomicFileWriter.write(bytes, to: path, overwrite: output.overwrite)
        } catch {
            throw .input("path", "\(error)")
        }
    }
}
