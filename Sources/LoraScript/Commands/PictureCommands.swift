import Foundation
import LoraDiffusion
import LoraEngine
import LoraFormats
import LoraKit
import LoraRender

/// The built-in model and pictures: toy, train, render, show.
enum PictureCommands {
    static var all: [CommandSpec] { [toy, train, render, show] }

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
        examples: ["base = toy seed=7", "render base to out/base.png"],
        result: .value
    ) { invocation in
        let model = try invocation.perform {
            try invocation.session.makeToy(
                seed: try invocation.integer("seed"), width: try invocation.integer("width"),
                depth: try invocation.integer("depth"), command: invocation.recordedText)
        }
        return .object(model)
    }

    static let train = CommandSpec(
        "train", summary: "Train a LoRA for the built-in model so that it draws a target picture.", topic: "pictures",
        parameters: [
            ParameterSpec("base", .sessionName, help: "a toy base (from `toy`)"),
            ParameterSpec(
                "target", .sessionOrWord, keyword: "on",
                help: "a pattern (rings, checker, smiley, stripes) or a square PNG",
                completions: TargetPattern.allCases.map(\.rawValue)),
        ],
        options: [
            OptionSpec(
                "rank", .integer, default: "4",
                help:
                    "LoRA rank r: the capacity of the update (1…256, and at most the largest trained layer's smaller side)"
            ),
            OptionSpec("alpha", .number, default: "the rank", help: "alpha; the update is scaled by alpha/rank"),
            OptionSpec("steps", .integer, default: "300", help: "Adam steps (full batch)"),
            OptionSpec("lr", .number, default: "0.01", help: "learning rate"),
            OptionSpec("seed", .integer, default: "0", help: "initialisation seed: the same seed gives the same bytes"),
            OptionSpec("layers", .text, help: "which layers get a LoRA, e.g. \"0,3\" or net.2 (default: all)"),
            OptionSpec("size", .integer, default: "64", help: "training resolution for patterns"),
        ],
        help: """
            Trains LoRA factors (down seeded, up zero, as kohya and PEFT start) on the frozen base
            with Adam and hand-written backpropagation, minimising the squared error between what
            base + LoRA draws and the target. Shows the loss while it runs (on a terminal); Ctrl-C
            stops it. Deterministic: the same seed gives byte-identical factors.
            """,
        examples: ["rings = train base on rings rank=4", "tiny = train base on smiley rank=1 steps=200"],
        result: .value
    ) { invocation in
        let base = try invocation.object("base", expecting: "a toy base")!
        var request = Session.TrainRequest()
        request.rank = try invocation.integer("rank")
        request.alpha = try invocation.number("alpha")
        request.steps = try invocation.integer("steps")
        request.learningRate = try invocation.number("lr")
        request.seed = try invocation.integer("seed")
        request.layers = try invocation.text("layers")
        request.size = try invocation.integer("size")
        request.command = invocation.recordedText
        let target = try invocation.value("target")!
        if case .object = target {
            let word = invocation.word("target") ?? target.text
            let pattern = TargetPattern(rawValue: word) != nil
            throw invocation.error(
                pattern
                    ? "'\(word)' is your \(target.typeName == "lora" ? "LoRA" : target.typeName) now, which hides the pattern: write the pattern in quotes (on \"\(word)\"), or give LoRAs names of their own (\(word)8 = train …)"
                    : "'\(word)' is a \(target.typeName): a target is a pattern name (rings, checker, smiley, stripes) or a PNG path",
                at: "target")
        }
        let result = try invocation.perform { try invocation.session.train(base, on: target.text, request) }
        invocation.report([result.line])
        return .object(result.lora)
    }

    /// The charts and grids `render` draws besides pictures, by their first word.
    static let renderForms = ["grid", "from", "spectrum", "delta", "blocks", "interference"]

    /// The forms that take a SUBJECT, and the kinds of object each takes (from: a PNG file).
    static let subjectKinds: [String: [String]] = [
        "grid": ["stack", "base"], "from": [], "spectrum": ["lora"], "delta": ["lora"], "blocks": ["stack"],
        "interference": ["stack"],
    ]

    /// The options of a real image (an SD 1.5 / SDXL checkpoint or a stack on one).
    static let imageOptions: Set<String> = [
        "prompt", "negative", "steps", "cfg", "seed", "width", "height", "sampler", "karras", "clip_skip", "rng",
    ]

    /// The options each form of `render` takes (`picture`: `render TARGET to PATH`).
    static let renderOptions: [String: Set<String>] = [
        "picture": imageOptions.union(["size", "overwrite"]),
        "grid": imageOptions.union(["x", "y", "size", "title", "overwrite", "cell", "cells"]),
        "from": imageOptions.union(["size", "overwrite"]),
        "spectrum": ["title", "log", "overwrite"], "delta": ["module", "title", "overwrite"],
        "blocks": ["title", "overwrite"], "interference": ["title", "overwrite"],
    ]

    static let render = CommandSpec(
        "render", summary: "Draw what a base or stack makes (or a sweep grid of weights) to a PNG.", topic: "pictures",
        parameters: [
            ParameterSpec(
                "target", .sessionOrWord,
                help:
                    "a base (toy, or an SD 1.5 / SDXL checkpoint, loaded or a library name) or a stack on one, a pattern (rings, checker, smiley, stripes), or one of grid, from, spectrum, delta, blocks, interference",
                completions: renderForms + TargetPattern.allCases.map(\.rawValue)),
            ParameterSpec(
                "subject", .sessionName, optional: true,
                help:
                    "for grid, blocks and interference: the stack; for spectrum and delta: the LoRA; for from: the PNG whose parameters to render again"
            ).only(after: subjectKinds),
            ParameterSpec("path", .path, keyword: "to", help: "the PNG to write"),
            ParameterSpec("show", .flag, keyword: "show", optional: true, help: "also preview it in the terminal"),
        ],
        options: [
            OptionSpec(
                "size", .integer, default: "the model's (512 SD 1.5, 1024 SDXL; toy 256, 128 per grid cell)",
                help:
                    "width and height in pixels: SD 64…4096 (a multiple of 8), toy 1…4096, a toy grid cell 8…1024; a grid's cells together at most 8192×8192"
            ),
            OptionSpec(
                "prompt", .text,
                help: "what to draw (A1111 syntax: (word:1.2), [word], BREAK, <lora:NAME:W>); at most 32768 bytes"),
            OptionSpec(
                "negative", .text, default: "\"\"",
                help: "what to steer away from (classifier-free guidance); at most 32768 bytes"),
            OptionSpec("steps", .integer, default: "20", help: "sampling steps"),
            OptionSpec("cfg", .number, default: "7", help: "guidance scale (1 turns guidance off)"),
            OptionSpec("seed", .integer, default: "0", help: "the initial noise; -1 draws one at random (printed)"),
            OptionSpec("width", .integer, default: "size", help: "image width, a multiple of 8"),
            OptionSpec("height", .integer, default: "size", help: "image height, a multiple of 8"),
            OptionSpec(
                "sampler", .text, default: "euler_a",
                help: "euler_a, euler, ddim or dpmpp_2m, or as A1111 names them (\"Euler a\", \"DPM++ 2M Karras\")"
            ).completing(["euler_a", "euler", "ddim", "dpmpp_2m"]),
            OptionSpec("karras", .bool, default: "false", help: "Karras sigmas (euler and dpmpp_2m only)"),
            OptionSpec(
                "clip_skip", .integer, default: "1",
                help: "1: CLIP's last layer; 2: the one before (SD 1.5; SDXL always uses the one before)"),
            OptionSpec(
                "rng", .text, default: "torch", help: "the noise generator: torch (torch.randn on a CPU generator)"
            ).completing(["torch"]),
            OptionSpec("overwrite", .bool, default: "false", help: "replace an existing file"),
            OptionSpec(
                "x", .any,
                help:
                    "grid columns: LORA:a..b step s or LORA:[w1, w2] (a LoRA of the stack and its weights), or for real images seed:, cfg:, steps:, clip_skip: with a range or a list, or prompt:, negative:, sampler: with a list (x=seed:[1, 2], x=prompt:[\"a\", \"b\"], x=sampler:[\"Euler a\", \"DDIM\"])"
            ),
            OptionSpec("y", .any, help: "grid rows: written as x=; at most 64 values per axis"),
            OptionSpec("title", .text, help: "title of a grid or chart"),
            OptionSpec(
                "cell", .integer,
                help: "for grid: draw only cell N (1-based, row by row) and write it alone (a plan's job does)"),
            OptionSpec(
                "cells", .path,
                help: "for grid: draw no cell, compose the grid from FOLDER/cell-0001.png … (plan assemble does)"),
            OptionSpec("module", .text, help: "for delta: the module to draw (default: the first)"),
            OptionSpec("log", .bool, default: "true", help: "for spectrum: logarithmic y axis"),
        ],
        help: """
            `render TARGET to PATH.png` draws a base or a stack. `render grid STACK x=LORA:0..1 step 0.25
            [y=OTHER:0..1 step 0.5] to PATH.png` draws an X/Y grid (A1111's X/Y/Z plot, for LoRA
            weights) with labelled axes: one cell per weight, the other LoRAs at their stack weights.

            Real images: on an SD 1.5 or SDXL single-file checkpoint (or a stack on one),
            `render STACK prompt="…" to PATH.png` runs text-to-image on lorash's own engine, the
            stack's LoRAs and the prompt's `<lora:NAME:W>` tags applied in memory
            (W + Σ mᵢ·sᵢ·ΔWᵢ; nothing is written but the picture). The initial noise is
            torch.randn on a CPU generator seeded with `seed` (diffusers'
            `torch.Generator("cpu").manual_seed(seed)`), and the same command writes the same
            bytes on any number of threads. A grid of real images can also sweep a setting
            (`x=seed:1..4`, `cfg:5..9 step 2`, `steps:…`, `clip_skip:1..2`) or a list of
            values written in the option (`x=prompt:["a cat", "a dog"]`, `negative:[…]`,
            `sampler:["Euler a", "DDIM"]`, `seed:[1, 2]`, `LORA:[0, 0.5, 1]`). Every cell has
            the same seed unless an axis is the seed.

            The PNG carries A1111's `parameters` text (LoRAs named by their files, with their
            hashes; a grid's are its first cell's) and lorash's recipe (the files, the settings,
            a grid's axes, and the command without `to PATH`). Nothing in it depends on where it
            is written: `render from IN.png to OUT.png` renders it again, byte for byte (a
            grid: the whole grid). Options given replace the PNG's settings before they are
            checked (`sampler=dpmpp_2m` draws a PNG made with a sampler lorash lacks); on a
            grid, an option its axis sets is an error. From an A1111 PNG, the checkpoint and
            LoRAs are found by hash among the loaded ones (else by name), and what lorash does
            not reproduce (another file's hash, hires fix, GPU noise, other schedules, VAE,
            embeddings, …) is a warning, one line each. On a terminal a progress line shows
            the step, s/it and the time left; Ctrl-C stops within a step and writes nothing.

            The samplers are diffusers' schedulers with each model's published config (SD 1.5:
            each class's default spacing; SDXL: "leading"); their timesteps for n steps:

                euler_a   SD 1.5: linspace, n points from 999 down to 0 (fractional);
                          SDXL: leading, 1000/n·i + 1; no Karras
                euler     as euler_a; karras=true: sigmas spaced ρ=7 between those ends,
                          timesteps read back from the sigmas
                ddim      leading for SD 1.5 and SDXL: 1000/n·i + 1, from high to low,
                          ending at 1; no Karras
                dpmpp_2m  SD 1.5: linspace, n+1 points from 999 to 0 rounded, the last
                          dropped; SDXL: leading, 1000/(n+1)·i + 1; karras=true: sigmas
                          spaced ρ=7 over the whole training range, timesteps rounded

            FLUX is out of scope, as are SD 2.x, SD 3, diffusers model folders, img2img,
            inpainting and hires fix. Docs/Rendering.md has the details.

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
            A LoRA with more modules than the legend holds (12) has its spectrum lines coloured
            by block (text encoders, IN…, MID, OUT…), the legend naming the blocks.
            Each form takes only its own options (size: pictures and grids; x, y: grid; log:
            spectrum; module: delta; title: charts and grids); another is an error. Pictures are
            written atomically (a missing folder is created); an existing file is kept unless
            overwrite=true. `show` previews a PNG in the terminal, fitted to the window's width
            and height.
            """,
        examples: [
            "render base to out/base.png size=128", "render s to out/s.png show",
            "render grid s x=rings:0..1 step 0.25 to out/sweep.png",
            "render sd prompt=\"a lighthouse, (golden hour:1.2)\" negative=\"blurry\" seed=42 to out/lighthouse.png",
            "render grid sd x=hero:0..1 step 0.25 y=seed:1..3 prompt=\"hero, a knight\" to out/hero.png",
            "render from out/lighthouse.png seed=43 to out/lighthouse43.png",
            "render spectrum rings to out/rings_spectrum.svg",
            "render delta rings module=net.1.weight to out/delta.png",
            "render blocks duo to out/blocks.png", "render interference duo to out/interference.svg",
        ]
    ) { invocation in
        let target = try invocation.value("target")!
        // A keyword followed by a name is the keyword, even when a session name is spelt the
        // same (`delta = extract …` then `render delta rings …`).
        var keyword: String? = nil
        if case .string(let word) = target { keyword = word }
        if let word = invocation.word("target"), invocation.has("subject") { keyword = word }
        let session = invocation.session
        let output = Session.PictureOutput(
            path: try invocation.text("path")!, overwrite: try invocation.bool("overwrite") ?? false)
        let subject =
            keyword == "from"
            ? nil
            : try invocation.object(
                "subject", expecting: keyword == "spectrum" || keyword == "delta" ? "a LoRA" : "a stack")
        let subjectName = invocation.word("subject") ?? (keyword == "spectrum" || keyword == "delta" ? "LoRA" : "stack")
        let title = try invocation.text("title")
        // Each form takes its own options; one it does not use is refused, never ignored.
        let form = keyword.flatMap { renderOptions[$0] != nil ? $0 : nil } ?? "picture"
        if let option = invocation.spec.options.map(\.name).first(where: {
            invocation.has($0) && !renderOptions[form]!.contains($0)
        }) {
            let uses = renderOptions.filter { $0.value.contains(option) }.keys.sorted {
                renderForms.firstIndex(of: $0) ?? -1 < renderForms.firstIndex(of: $1) ?? -1
            }
            throw invocation.error(
                "\(option)= does not apply to render \(form == "picture" ? "TARGET" : form); it belongs to render \(uses.map { $0 == "picture" ? "TARGET" : $0 }.joined(separator: ", ")) (see help render)",
                at: option)
        }
        let image = try imageRequest(invocation)
        let picture: Session.Picture
        switch keyword {
        case "grid" where Session.isDiffusionSubject(subject):
            let image = try imageRequest(checking: image, invocation)
            let x = try imageAxis("x", invocation), y = try imageAxis("y", invocation)
            let cells = try gridCells(invocation)
            picture = try invocation.perform {
                try session.renderImageGrid(
                    subject!, name: subjectName, x: x, y: y, image, title: title, cells: cells, to: output)
            }
        case "grid":
            if let option = imageOptions.sorted().first(where: invocation.has) {
                throw invocation.error(
                    "\(option)= applies to SD 1.5 and SDXL checkpoints; a grid of the built-in model takes x, y, size and title",
                    at: option)
            }
            let x = try axis("x", invocation), y = try axis("y", invocation)
            let cells = try gridCells(invocation)
            picture = try invocation.perform {
                try session.renderGrid(
                    subject, x: x, y: y, size: try invocation.integer("size"), title: title, cells: cells, to: output)
            }
        case "from":
            guard invocation.has("subject") else {
                throw invocation.error("render from needs a PNG: render from PATH.png to OUT.png")
            }
            let png =
                try invocation.word("subject").map { NSString(string: $0).expandingTildeInPath }
                ?? invocation.value("subject")!.text
            let image = try imageRequest(checking: image, invocation)
            picture = try invocation.perform { try session.renderImage(from: png, overriding: image, to: output) }
        case "spectrum":
            picture = try invocation.perform {
                try session.renderSpectrum(
                    subject, name: subjectName, title: title, logarithmic: try invocation.bool("log"), to: output)
            }
        case "delta":
            picture = try invocation.perform {
                try session.renderDelta(
                    subject, name: subjectName, module: try invocation.text("module"), title: title, to: output)
            }
        case "blocks":
            picture = try invocation.perform {
                try session.renderBlocks(subject, name: subjectName, title: title, to: output)
            }
        case "interference":
            picture = try invocation.perform {
                try session.renderInterference(subject, name: subjectName, title: title, to: output)
            }
        default:
            if invocation.has("subject") {
                throw invocation.error(
                    "unexpected argument: only render \(renderForms.dropLast().joined(separator: ", ")) and \(renderForms.last!) take a second name",
                    at: "subject")
            }
            let renderTarget = try resolvedTarget(target, invocation)
            if case .object(let object, let name) = renderTarget, Session.isDiffusionSubject(object) {
                let image = try imageRequest(checking: image, invocation)
                picture = try invocation.perform { try session.renderImage(object, name: name, image, to: output) }
            } else {
                // The target first: a LoRA or an unknown name is what is wrong, not prompt=.
                if let option = imageOptions.sorted().first(where: invocation.has) {
                    guard isBuiltInPicture(renderTarget) else {
                        // The session refuses every target that is not the built-in model or a
                        // pattern, before it draws or writes anything.
                        _ = try invocation.perform { try session.render(renderTarget, size: 1, to: output) }
                        throw invocation.error("cannot render this target", at: "target")
                    }
                    throw invocation.error(
                        "\(option)= applies to SD 1.5 and SDXL checkpoints (load one, then render it or a stack on it); the built-in model and patterns take size only",
                        at: option)
                }
                picture = try invocation.perform {
                    try session.render(
                        renderTarget, size: try invocation.integer("size"), to: output,
                        command: invocation.recordedText(omitting: "path"))
                }
            }
        }
        invocation.warn(picture.warnings)
        invocation.report([picture.line])
        if invocation.has("show"), let image = picture.image {
            try preview(image, invocation: invocation, afterWriting: true)
        }
        return .nothing
    }

    /// The target of `render TARGET to PATH`: a session object, a name in the library (a
    /// checkpoint there renders as it does after `load`, as `stack` takes it for a base), or a
    /// word (a pattern, or a name the session will refuse with a suggestion).
    static func resolvedTarget(_ target: Value, _ invocation: CommandInvocation) throws -> Session.RenderTarget {
        if case .object(let object) = target { return .object(object, name: invocation.word("target") ?? "") }
        let word = target.text
        if TargetPattern(rawValue: word) == nil, !word.isEmpty {
            let found: (any SessionObject)?
            do { found = try invocation.session.libraryObject(named: word) } catch {
                throw invocation.error(error.message, at: "target")
            }
            if let found { return .object(found, name: word) }
        }
        return .word(word)
    }

    /// Whether `target` is drawn by the built-in renderer: the toy model, a stack on it, or a pattern.
    static func isBuiltInPicture(_ target: Session.RenderTarget) -> Bool {
        switch target {
        case .object(let object, _): return object is ToyModel || (object as? Stack)?.toy != nil
        case .word(let word): return TargetPattern(rawValue: word) != nil
        }
    }

    /// The image settings as written (nil where not given: the session picks the model's
    /// defaults, and `render from` keeps the PNG's).
    static func imageRequest(_ invocation: CommandInvocation) throws -> Session.ImageRequest {
        var request = Session.ImageRequest()
        request.prompt = try invocation.text("prompt")
        request.negative = try invocation.text("negative")
        request.steps = try invocation.integer("steps")
        request.cfg = try invocation.number("cfg")
        request.seed = try invocation.integer("seed")
        request.size = try invocation.integer("size")
        request.width = try invocation.integer("width")
        request.height = try invocation.integer("height")
        request.sampler = try invocation.text("sampler")
        request.karras = try invocation.bool("karras")
        request.clipSkip = try invocation.integer("clip_skip")
        request.rng = try invocation.text("rng")
        return request
    }

    /// `request` made ready for a real image: a sampler written as A1111 shows it (`Euler a`,
    /// `DPM++ 2M Karras`) becomes lorash's word (and `karras=true`), and `size=` is checked as
    /// `size`, with the nearest sides that work.
    static func imageRequest(
        checking request: Session.ImageRequest, _ invocation: CommandInvocation
    ) throws -> Session.ImageRequest {
        var request = request
        if let size = request.size, let problem = ImageSettings.sizeProblem("size", size) {
            throw invocation.error(problem, at: "size")
        }
        if let written = request.sampler {
            let (kind, karras) = try sampler(written, invocation, at: "sampler")
            request.sampler = kind.rawValue
            if karras {
                if request.karras == false {
                    throw invocation.error(
                        "sampler=\"\(written)\" is \(kind.rawValue) with Karras sigmas, and karras=false says otherwise; give one of them",
                        at: "karras")
                }
                request.karras = true
            }
        }
        return request
    }

    /// The lorash sampler a `sampler=` value names, and whether it asks for Karras sigmas: a
    /// lorash word (`euler_a`), or A1111's name as its UI and PNGs show it (`Euler a`, `DPM++ 2M`,
    /// `DPM++ 2M Karras`), read as `render from` reads a PNG's `Sampler:` field.
    /// - Throws: a diagnostic at `option` that echoes the value as written.
    static func sampler(_ written: String, _ invocation: CommandInvocation, at option: String) throws -> (
        SamplerKind, karras: Bool
    ) {
        let words = SamplerKind.allCases.map(\.rawValue)
        let names = SamplerKind.allCases.map(GenerationParameters.Sampler.a1111Name(of:))
        if let kind = SamplerKind(rawValue: written.lowercased()) { return (kind, false) }
        // A1111's own reading of a sampler name (its aliases and schedule suffixes), the one
        // `render from` applies to a PNG's `Sampler:` field.
        let (parsed, schedule) = GenerationParameters.samplerAndSchedule(samplerName: written, scheduleLabel: nil)
        if let kind = parsed.kind {
            switch schedule {
            case .standard: return (kind, false)
            case .karras: return (kind, true)
            case .other(let label):
                throw invocation.error(
                    "sampler=\"\(written)\": lorash has no \(label) schedule (\(kind.rawValue) takes the standard one, or karras=true)",
                    at: option)
            }
        }
        let karrasNames = SamplerKind.allCases.filter(\.supportsKarras).map {
            GenerationParameters.Sampler.a1111Name(of: $0) + " Karras"
        }
        let quoted = (names + karrasNames).map { "\"\($0)\"" }.joined(separator: ", ")
        throw invocation.error(
            "sampler=\"\(written)\" is not a sampler lorash has: \(words.joined(separator: ", ")), or as A1111 names them \(quoted)",
            at: option, suggestion: Suggestions.closest(to: written, among: words + names + karrasNames))
    }

    /// Which cells a grid draws: `cell=N` one (written alone), `cells=FOLDER` none (read from
    /// the folder), else all. The two are exclusive.
    static func gridCells(_ invocation: CommandInvocation) throws -> Session.GridCells {
        if let index = try invocation.integer("cell") {
            if invocation.has("cells") { throw invocation.error("give cell= or cells=, not both", at: "cells") }
            return .only(index)
        }
        if let folder = try invocation.text("cells") { return .from(folder: folder) }
        return .all
    }

    /// An axis of an image grid: `LORA:a..b step s`, `LORA:[0.2, 0.8]`, `seed:[1, 2, 3]`,
    /// `prompt:["…", "…"]`, or a settings axis such as `cfg:[5, 7, 9]` or `steps:[10, 20]`.
    static func imageAxis(_ option: String, _ invocation: CommandInvocation) throws -> Session.ImageAxis? {
        guard let value = try invocation.value(option) else { return nil }
        switch value {
        case .labeledRange(let name, let range):
            return try checkedAxis(name, values: range.values.map(Value.number), option, invocation)
        case .labeledList(let name, let items):
            return try checkedAxis(name, values: items, option, invocation)
        default:
            throw invocation.error(
                "\(option)= is written LORA:a..b step s, LORA:[w1, w2], seed:[1, 2, 3] or prompt:[\"…\", \"…\"] (for example \(option)=hero:0..1 step 0.25)",
                at: option)
        }
    }

    private static func checkedAxis(
        _ name: String, values: [Value], _ option: String, _ invocation: CommandInvocation
    ) throws -> Session.ImageAxis {
        guard !values.isEmpty else { throw invocation.error("\(option)= lists no values", at: option) }
        switch name {
        case "prompt", "negative":
            return Session.ImageAxis(setting: name, texts: values.map(\.text))
        case "sampler":
            var words: [String] = []
            for value in values {
                let (kind, karras) = try sampler(value.text, invocation, at: option)
                if karras {
                    throw invocation.error(
                        "\(option)=sampler:[…] sweeps samplers on one schedule: write \(kind.rawValue) and give karras=true for every cell",
                        at: option)
                }
                words.append(kind.rawValue)
            }
            return Session.ImageAxis(setting: name, texts: words)
        default:
            var numbers: [Double] = []
            for value in values {
                guard case .number(let number) = value else {
                    throw invocation.error(
                        "\(option)=\(name):[…] takes numbers, not \(value.typeName) \(value.text)", at: option)
                }
                numbers.append(number)
            }
            return Session.ImageAxis(setting: name, numbers: numbers)
        }
    }

    /// A grid axis of the built-in model as written, `LORA:a..b step s` or `LORA:[w1, w2, …]`.
    static func axis(_ option: String, _ invocation: CommandInvocation) throws -> Session.GridAxis? {
        guard let value = try invocation.value(option) else { return nil }
        switch value {
        case .labeledRange(let name, let range):
            return Session.GridAxis(lora: name, values: range.values)
        case .labeledList(let name, let items):
            guard !items.isEmpty else { throw invocation.error("\(option)= lists no values", at: option) }
            var weights: [Double] = []
            for item in items {
                guard case .number(let weight) = item else {
                    throw invocation.error(
                        "\(option)=\(name):[…] takes weights (numbers), not \(item.typeName) \(item.text)", at: option)
                }
                weights.append(weight)
            }
            return Session.GridAxis(lora: name, values: weights)
        default:
            throw invocation.error(
                "\(option)= is written LORA:a..b step s or LORA:[w1, w2] (for example \(option)=hero:0..1 step 0.25)",
                at: option)
        }
    }

    static let show = CommandSpec(
        "show", summary: "Preview a PNG in the terminal.", topic: "pictures",
        parameters: [ParameterSpec("path", .path, help: "a PNG file")],
        options: [
            OptionSpec(
                "columns", .integer, default: "64, or less to fit the window", help: "preview width in terminal columns"
            )
        ],
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

    /// Draws `image` in the terminal, fitted to the window's width and height (so the command
    /// and its "wrote" line stay on screen). After `render … show` has written the picture, a
    /// script or pipe (no terminal) only gets a note: the file is what it asked for.
    static func preview(_ image: RGBAImage, invocation: CommandInvocation, afterWriting: Bool = false) throws {
        let output = invocation.interpreter.output
        guard output.isTerminal else {
            if afterWriting {
                invocation.report(["(no preview: output is not a terminal)"])
                return
            }
            throw invocation.error("show draws on a terminal only (output is not a terminal)")
        }
        guard output.drawsColour else {
            throw invocation.error(
                "show draws with 24-bit colours, which this terminal cannot show (TERM is dumb or unset); open the PNG instead"
            )
        }
        // The default fits the window (one column spare, so no row wraps); the height leaves
        // the command, its "wrote" line and the next prompt in view.
        let fitting = output.columns.map { Swift.max(4, $0 - 1) } ?? 64
        let columns = invocation.has("columns") ? try invocation.integer("columns")! : Swift.min(64, fitting)
        let lines = output.rows.map { Swift.max(4, $0 - 4) }
        invocation.print(TerminalPreview.render(image, columns: max(4, min(columns, 400)), maxLines: lines))
    }
}
