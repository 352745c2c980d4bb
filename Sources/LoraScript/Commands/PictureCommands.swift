import Foundation
import LoraEngine
import LoraFormats
import LoraKit
import LoraRender

/// The built-in model and pictures: toy, render, show.
enum PictureCommands {
    static var all: [CommandSpec] { [toy, render, show] }

    static let toy = CommandSpec(
        "toy", summary: "Create the built-in image model (a base LoRAs can adapt).", topic: "pictures",
        options: [
            OptionSpec("seed", .integer, default: "0", help: "which random model; each seed draws a different picture"),
            OptionSpec("width", .integer, default: "64", help: "hidden layer width"),
            OptionSpec("depth", .integer, default: "3", help: "number of hidden layers"),
        ],
        help: """
            A small coordinate network: each pixel's position (with Fourier features) and a
            seed-derived latent go through an MLP to an RGB colour. Its layers are named like a
            PyTorch model (`net.0.weight` …), so LoRAs for it work exactly as LoRAs for Stable
            Diffusion do: `render` draws what it (plus a stack of LoRAs) makes.
            """,
        examples: ["base = toy seed=7", "render base to out/base.png"]
    ) { invocation in
        let seed = try invocation.integer("seed") ?? 0
        guard seed >= 0 else { throw invocation.error("seed must be 0 or more", at: "seed") }
        let configuration = ToyModelConfiguration(
            seed: UInt64(seed), width: try invocation.integer("width") ?? 64, depth: try invocation.integer("depth") ?? 3)
        do {
            return .object(try ToyModel(configuration: configuration))
        } catch {
            throw invocation.error("\(error)")
        }
    }

    static let render = CommandSpec(
        "render", summary: "Draw what a base or stack makes (or a sweep grid of weights) to a PNG.", topic: "pictures",
        parameters: [
            ParameterSpec("target", .sessionOrWord, help: "a base (toy) or stack, a pattern (rings, checker, smiley, stripes), or one of grid, spectrum, delta, blocks, interference"),
            ParameterSpec("subject", .sessionName, optional: true, help: "for grid, blocks and interference: the stack; for spectrum and delta: the LoRA"),
            ParameterSpec("path", .path, keyword: "to", help: "the PNG to write"),
            ParameterSpec("show", .flag, keyword: "show", optional: true, help: "also preview it in the terminal"),
        ],
        options: [
            OptionSpec("size", .integer, default: "256 (128 per grid cell)", help: "width and height in pixels"),
            OptionSpec("overwrite", .bool, default: "false", help: "replace an existing file"),
            OptionSpec("x", .any, help: "grid columns: LORA:a..b step s (a LoRA of the stack and its weights)"),
            OptionSpec("y", .any, help: "grid rows: LORA:a..b step s"),
            OptionSpec("title", .text, help: "title of a grid or chart"),
            OptionSpec("module", .text, help: "for delta: the module to draw (default: the first)"),
            OptionSpec("log", .bool, default: "true", help: "for spectrum: logarithmic y axis"),
        ],
        help: """
            `render TARGET to PATH.png` draws a base or a stack. `render grid STACK x=LORA:0..1 step 0.25
            [y=OTHER:0..1 step 0.5] to PATH.png` draws an X/Y grid (A1111's X/Y/Z plot, for LoRA
            weights) with labelled axes: one cell per weight, the other LoRAs at their stack weights.
            `render spectrum LORA to PATH.svg` charts the singular values of every module's
            scale·ΔW (computed from the factors: QR of the thin factors and an SVD of the r×r core,
            never the dense product); `render delta LORA module=NAME to PATH.png` draws one
            module's ΔW as a heatmap (blue negative, red positive). LoHa and LoKr modules are
            charted through their exact factors: a rank-r LoHa's ΔW has rank up to r², a LoKr's
            the product of its two sides' ranks. Deltas of full rank (LyCORIS full, LoKr with a
            full side) are decomposed dense: exactly up to 512 wide, else their largest 128
            values. DoRA modules show their direction update U·D; IA3 modules (which scale the
            weight) are left out. For a stack of real LoRAs (duo = stack unet a:0.8 b:0.5),
            `render blocks STACK to PATH.png` maps each LoRA's strength (‖mᵢ·sᵢ·ΔWᵢ‖, summed over
            the block's modules) in the LoRA Block Weight layout, and `render interference STACK
            to PATH.svg` charts the mean cosine similarity between the LoRAs' deltas over the
            modules they share (1: same direction, −1: opposed, 0: independent).
            Pictures are written atomically (a missing folder is created); an existing file is
            kept unless overwrite=true.
            """,
        examples: [
            "render base to out/base.png size=128", "render s to out/s.png show",
            "render grid s x=rings:0..1 step 0.25 to out/sweep.png",
            "render spectrum rings to out/rings_spectrum.svg", "render delta rings module=net.1.weight to out/delta.png",
            "render blocks duo to out/blocks.png", "render interference duo to out/interference.svg",
        ]
    ) { invocation in
        let target = try invocation.value("target")!
        // A keyword followed by a name is the keyword, even when a session name is spelt the
        // same (`delta = extract …` then `render delta rings …`).
        var keyword: String? = nil
        if case .string(let word) = target { keyword = word }
        if let word = invocation.expressions("target").first?.wordText, invocation.has("subject") { keyword = word }
        switch keyword {
        case "grid": return try renderGrid(invocation)
        case "spectrum": return try renderSpectrum(invocation)
        case "delta": return try renderDelta(invocation)
        case "blocks": return try renderBlocks(invocation)
        case "interference": return try renderInterference(invocation)
        default: break
        }
        if invocation.has("subject") {
            throw invocation.error("unexpected argument: only render grid, spectrum and delta take a second name", at: "subject")
        }
        for option in ["x", "y", "title", "module", "log"] where invocation.has(option) {
            throw invocation.error("\(option)= belongs to render grid, spectrum or delta (see help render)", at: option)
        }
        let size = try invocation.integer("size") ?? 256
        guard (1...4096).contains(size) else { throw invocation.error("size must be 1…4096, not \(size)", at: "size") }
        let start = DispatchTime.now()
        let image: RGBAImage
        switch target {
        case .object(let model as ToyModel):
            image = try model.render(size: size)
        case .object(let stack as ToyStack):
            image = try stack.render(size: size)
        case .string(let word):
            guard let pattern = TargetPattern(rawValue: word) else {
                throw invocation.error(
                    "'\(word)' is neither a session name nor a pattern (\(TargetPattern.allCases.map(\.rawValue).joined(separator: ", ")))",
                    at: "target",
                    suggestion: Suggestions.closest(to: word, among: invocation.interpreter.visibleNames + TargetPattern.allCases.map(\.rawValue)))
            }
            image = pattern.image(size: size)
        case .object(is BaseModel), .object(is Stack):
            throw invocation.error(
                "render draws the built-in model's pictures; for real checkpoints and their LoRAs use render spectrum, delta, blocks or interference",
                at: "target")
        default:
            throw invocation.error("cannot render a \(target.typeName) (render takes a base, a stack or a pattern)", at: "target")
        }
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
        let path = try invocation.text("path")!
        try writePNG(image, to: path, invocation: invocation)
        if !invocation.interpreter.quiet {
            invocation.print("wrote \(path) (\(image.width)×\(image.height), drawn in \(String(format: "%.0f", milliseconds)) ms)")
        }
        if invocation.has("show") { try preview(image, invocation: invocation, afterWriting: true) }
        return .nothing
    }

    /// `render grid STACK x=LORA:range [y=LORA:range] to PATH`.
    static func renderGrid(_ invocation: CommandInvocation) throws -> Value {
        guard invocation.has("subject") else { throw invocation.error("render grid needs a stack: render grid STACK x=LORA:0..1 step 0.25 to PATH") }
        guard case .object(var stack as ToyStack) = try invocation.value("subject")! else {
            throw invocation.error(
                "render grid draws a stack on the built-in model (s = stack toy LORA…); a stack of real files is baked with merge STACK into PATH, or charted with render blocks / render interference",
                at: "subject")
        }
        func axis(_ option: String) throws -> (name: String, values: [Double])? {
            guard let value = try invocation.value(option) else { return nil }
            guard case .labeledRange(let name, let range) = value else {
                throw invocation.error("\(option)= is written LORA:a..b step s (for example \(option)=hero:0..1 step 0.25)", at: option)
            }
            guard stack.entries.contains(where: { $0.name == name }) else {
                throw invocation.error(
                    "'\(name)' is not in the stack (it holds \(stack.entries.map(\.name).joined(separator: ", ")))", at: option,
                    suggestion: Suggestions.closest(to: name, among: stack.entries.map(\.name)))
            }
            guard range.count <= 64 else { throw invocation.error("at most 64 values per axis, not \(range.count)", at: option) }
            return (name, range.values)
        }
        guard let x = try axis("x") else { throw invocation.error("render grid needs x=LORA:a..b step s") }
        let y = try axis("y")
        let size = try invocation.integer("size") ?? 128
        guard (8...1024).contains(size) else { throw invocation.error("a grid cell is 8…1024 pixels, not \(size)", at: "size") }
        let text: (Double) -> String = NumberFormatting.shortest(_:)
        let title = try invocation.text("title") ?? stack.summary
        var cells: [[RGBAImage]] = []
        for yValue in y?.values ?? [0] {
            var row: [RGBAImage] = []
            if let y { try stack.setWeight(Float(yValue), for: y.name) }
            for xValue in x.values {
                try Interruption.check()
                try stack.setWeight(Float(xValue), for: x.name)
                row.append(try stack.render(size: size))
            }
            cells.append(row)
        }
        let grid = SweepGrid(
            cells: cells, columnLabels: x.values.map { "\(x.name) \(text($0))" },
            rowLabels: y.map { axis in axis.values.map { "\(axis.name) \(text($0))" } } ?? [], title: title)
        let image = grid.render()
        let path = try invocation.text("path")!
        try writePNG(image, to: path, invocation: invocation)
        if !invocation.interpreter.quiet {
            invocation.print("wrote \(path) (\(x.values.count)×\((y?.values.count ?? 1)) grid, \(image.width)×\(image.height))")
        }
        if invocation.has("show") { try preview(image, invocation: invocation, afterWriting: true) }
        return .nothing
    }

    /// One module to chart: its name, and its spectrum and dense ΔW (m·s·ΔW), computed only
    /// when asked (a LoRA's other modules are never factored for `render delta`).
    struct ChartModule {
        let name: String
        let spectrum: () -> ModuleDelta.Spectrum?
        let dense: () -> Tensor?
        /// "rank 4", "rank ≤ 16" for the caption.
        let rankText: String
    }

    /// The modules of a LoRA that add a ΔW to their weight (IA3 ones are left out).
    static func chartModules(_ invocation: CommandInvocation) throws -> (name: String, modules: [ChartModule]) {
        guard invocation.has("subject") else {
            throw invocation.error("render \(try invocation.text("target")!) needs a LoRA: render \(try invocation.text("target")!) LORA to PATH")
        }
        let name = invocation.expressions("subject").first?.wordText ?? "LoRA"
        switch try invocation.value("subject")! {
        case .object(let lora as ToyLoRA):
            return (name, lora.modules.map { module in
                let lowRank = LowRank(up: module.up, down: module.down, scale: lora.scale)
                return ChartModule(
                    name: module.name, spectrum: { ModuleDelta.Spectrum(values: lowRank.svd().singularValues, isTruncated: false) },
                    dense: { lowRank.dense() }, rankText: "rank \(lowRank.rank)")
            })
        case .object(let adapter as LoraAdapter):
            let modules = ModuleDelta.chartableModules(of: adapter).map { module in
                ChartModule(
                    name: module.sourceName, spectrum: { ModuleDelta.spectrum(of: module) }, dense: { ModuleDelta.denseMatrix(module) },
                    rankText: "\(module.factors.algorithm)" + (module.rank.map { ", rank \($0)" } ?? ""))
            }
            guard !modules.isEmpty else {
                throw invocation.error("'\(name)' has only IA3 modules, which scale the weight instead of adding a ΔW to it: there is nothing to chart", at: "subject")
            }
            return (name, modules)
        case let other:
            throw invocation.error("'\(name)' is a \(other.typeName), not a LoRA", at: "subject")
        }
    }

    /// `render spectrum LORA to PATH.svg`.
    static func renderSpectrum(_ invocation: CommandInvocation) throws -> Value {
        let (name, modules) = try chartModules(invocation)
        var series: [SpectrumChart.Series] = []
        var truncated = 0
        for module in modules {
            try Interruption.check()
            guard let spectrum = module.spectrum() else { continue }
            if spectrum.isTruncated { truncated += 1 }
            series.append(SpectrumChart.Series(name: module.name, values: spectrum.values))
        }
        let title = try invocation.text("title") ?? "singular values of \(name) (scale · ΔW per module)"
        let chart = SpectrumChart(series: series, title: title, logarithmic: try invocation.bool("log") ?? true)
        let path = try invocation.text("path")!
        try writeFile(Array(chart.svg().utf8), to: path, invocation: invocation)
        if !invocation.interpreter.quiet {
            let note = truncated == 0 ? "" : "; \(truncated) full-rank module\(truncated == 1 ? "" : "s") over \(ModuleDelta.exactLimit) wide: the largest \(ModuleDelta.truncatedRank) values"
            invocation.print("wrote \(path) (\(series.count) modules\(note))")
        }
        return .nothing
    }

    /// The module `wanted` names: its exact name, else the one module whose name ends with it,
    /// or matches it with `_` for `.` (kohya and diffusers spellings), so `down_blocks.0.attentions.0.proj_in`
    /// finds `unet.down_blocks.0.attentions.0.proj_in` and `lora_unet_down_blocks_0_attentions_0_proj_in`.
    static func matchingModule(_ wanted: String, in modules: [ChartModule]) -> ChartModule? {
        if let exact = modules.first(where: { $0.name == wanted }) { return exact }
        let flat = wanted.replacingOccurrences(of: ".", with: "_")
        let matches = modules.filter {
            let name = $0.name.replacingOccurrences(of: ".", with: "_")
            return name == flat || name.hasSuffix("_" + flat)
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// `render delta LORA module=NAME to PATH.png`.
    static func renderDelta(_ invocation: CommandInvocation) throws -> Value {
        let (name, modules) = try chartModules(invocation)
        let wanted = try invocation.text("module")
        guard let module = wanted.map({ w in matchingModule(w, in: modules) }) ?? modules.first else {
            let names = modules.map(\.name)
            let flat = (wanted ?? "").replacingOccurrences(of: ".", with: "_")
            let containing = names.filter { $0.replacingOccurrences(of: ".", with: "_").contains(flat) }
            throw invocation.error(
                "'\(name)' has no module '\(wanted ?? "")'" + (containing.count > 1 ? " (\(containing.count) modules contain it; write more of the name)" : ""),
                at: "module", suggestion: containing.first ?? Suggestions.closest(to: wanted ?? "", among: names))
        }
        guard let dense = module.dense() else { throw invocation.error("'\(module.name)' adds no ΔW to its weight", at: "module") }
        let title = try invocation.text("title") ?? "dW of \(name) \(module.name)"
        let image = MatrixHeatmap.figure(
            values: dense.floats(), rows: dense.rows, columns: dense.columns, title: title,
            caption: "\(dense.rows)x\(dense.columns), \(module.rankText)")
        let path = try invocation.text("path")!
        try writePNG(image, to: path, invocation: invocation)
        if !invocation.interpreter.quiet { invocation.print("wrote \(path) (\(image.width)×\(image.height))") }
        if invocation.has("show") { try preview(image, invocation: invocation, afterWriting: true) }
        return .nothing
    }

    static func stackForAnalysis(_ invocation: CommandInvocation) throws -> (String, Stack) {
        let kind = try invocation.expressions("target").first?.wordText ?? invocation.text("target")!
        guard invocation.has("subject") else { throw invocation.error("render \(kind) needs a stack: render \(kind) STACK to PATH") }
        guard case .object(let stack as Stack) = try invocation.value("subject")! else {
            throw invocation.error("render \(kind) analyses a stack of loaded LoRAs (s = stack BASE LORA…)", at: "subject")
        }
        return (invocation.expressions("subject").first?.wordText ?? "stack", stack)
    }

    /// `render blocks STACK to PATH.png`.
    static func renderBlocks(_ invocation: CommandInvocation) throws -> Value {
        let (name, stack) = try stackForAnalysis(invocation)
        let analysis = StackAnalysis.analyse(stack)
        var blocks: [String] = []
        for contribution in analysis.contributions where !blocks.contains(contribution.block) { blocks.append(contribution.block) }
        let order = BlockLayout.slotNames + ["other"]
        blocks.sort { (order.firstIndex(of: $0) ?? order.count) < (order.firstIndex(of: $1) ?? order.count) }
        let values = stack.names.map { lora in
            blocks.map { block in analysis.contributions.first { $0.lora == lora && $0.block == block }?.norm ?? 0 }
        }
        let title = try invocation.text("title") ?? "block strength of \(name): ||m s dW|| per block"
        let image = BlockStrengthMap(rowLabels: stack.names, columnLabels: blocks, values: values, title: title).render()
        let path = try invocation.text("path")!
        try writePNG(image, to: path, invocation: invocation)
        if !invocation.interpreter.quiet { invocation.print("wrote \(path) (\(stack.names.count) LoRAs × \(blocks.count) blocks)") }
        if invocation.has("show") { try preview(image, invocation: invocation, afterWriting: true) }
        return .nothing
    }

    /// `render interference STACK to PATH.svg`.
    static func renderInterference(_ invocation: CommandInvocation) throws -> Value {
        let (name, stack) = try stackForAnalysis(invocation)
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
        let title = try invocation.text("title") ?? "interference in \(name) (mean cosine)"
        let path = try invocation.text("path")!
        try writeFile(Array(HeatmapChart(labels: names, matrix: matrix, title: title).svg().utf8), to: path, invocation: invocation)
        if !invocation.interpreter.quiet { invocation.print("wrote \(path) (\(names.count)×\(names.count))") }
        return .nothing
    }

    static func writeFile(_ bytes: [UInt8], to path: String, invocation: CommandInvocation) throws {
        try checkExtension(of: path, writing: "svg", invocation: invocation)
        try invocation.createFolder(for: path, at: "path")
        let overwrite = try invocation.overwriteChecked(path: path, at: "path")
        do {
            try AtomicFileWriter.write(bytes, to: path, overwrite: overwrite)
        } catch {
            throw invocation.error("\(error)", at: "path")
        }
    }

    /// Refuses a picture file name whose extension says another format (`.png` for an SVG
    /// chart, `.jpg` for a PNG): viewers would not open it. No extension is fine.
    static func checkExtension(of path: String, writing format: String, invocation: CommandInvocation) throws {
        let ext = (path as NSString).pathExtension.lowercased()
        let pictures = ["png", "svg", "jpg", "jpeg", "webp", "gif", "bmp", "tif", "tiff"]
        guard pictures.contains(ext), ext != format else { return }
        throw invocation.error(
            "\(path): this writes \(format.uppercased()), so the name should end in .\(format) (not .\(ext))", at: "path")
    }

    static let show = CommandSpec(
        "show", summary: "Preview a PNG in the terminal.", topic: "pictures",
        parameters: [ParameterSpec("path", .path, help: "a PNG file")],
        options: [OptionSpec("columns", .integer, default: "64, or less to fit the window", help: "preview width in terminal columns")],
        help: "Draws the picture with 24-bit colour half-block characters. Only on a terminal.",
        examples: ["show out/base.png"]
    ) { invocation in
        let path = try invocation.text("path")!
        let image: RGBAImage
        do {
            image = try PNGDecoder.read(path: path)
        } catch {
            throw invocation.error("\(error)", at: "path")
        }
        try preview(image, invocation: invocation)
        return .nothing
    }

    static func writePNG(_ image: RGBAImage, to path: String, invocation: CommandInvocation) throws {
        try checkExtension(of: path, writing: "png", invocation: invocation)
        try invocation.createFolder(for: path, at: "path")
        let overwrite = try invocation.overwriteChecked(path: path, at: "path")
        do {
            try PNGEncoder().write(image, to: path, overwrite: overwrite)
        } catch {
            throw invocation.error("\(error)", at: "path")
        }
    }

    /// Draws `image` in the terminal. After `render … show` has written the picture, a script
    /// or pipe (no terminal) only gets a note: the file is what it asked for.
    static func preview(_ image: RGBAImage, invocation: CommandInvocation, afterWriting: Bool = false) throws {
        guard invocation.interpreter.output.isTerminal else {
            if afterWriting {
                if !invocation.interpreter.quiet { invocation.print("(no preview: output is not a terminal)") }
                return
            }
            throw invocation.error("show draws on a terminal only (output is not a terminal)")
        }
        guard TerminalSize.drawsColour else {
            throw invocation.error("show draws with 24-bit colours, which this terminal (TERM=\(ProcessInfo.processInfo.environment["TERM"] ?? "")) cannot show; open the PNG instead")
        }
        // The default fits the window (one column spare, so no row wraps).
        let fitting = TerminalSize.columns.map { Swift.max(4, $0 - 1) } ?? 64
        let columns = invocation.has("columns") ? try invocation.integer("columns")! : Swift.min(64, fitting)
        invocation.print(TerminalPreview.render(image, columns: max(4, min(columns, 400)), maxLines: nil))
    }
}
