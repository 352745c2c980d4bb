import Foundation
import LoraDiffusion
import LoraFormats
import LoraRender

/// What `render from PATH.png` renders again: the checkpoint (or a stack on it) and the
/// settings, read from the PNG's text chunks.
///
/// lorash's own `lorash` chunk (JSON: the checkpoint and LoRA paths, weights, settings) is
/// preferred; without it, A1111's `parameters` infotext is read: the checkpoint is a loaded one
/// whose file's short hash is the `Model hash`, else the one named by `Model` (a session name,
/// `NAME.safetensors` here, or a library name), else the only checkpoint loaded; the prompt's
/// `<lora:…>` tags bring their LoRAs as in any render.
struct RenderSource {
    var subject: any SessionObject
    var name: String
    var request: Session.ImageRequest

    /// The render a PNG's chunks describe.
    /// - Throws: `SessionError` about `subject` (the PNG) saying what is missing.
    static func from(chunks: [PNGTextChunk], png: String, session: Session) throws -> RenderSource {
        if let recipe = chunks.first(where: { $0.keyword == "lorash" }),
            let json = try? JSONParser.parse(recipe.text), json["tool"]?.stringValue == "lorash"
        {
            return try fromRecipe(json, png: png, session: session)
        }
        guard let text = chunks.first(where: { $0.keyword == "parameters" })?.text else {
            throw SessionError.input(
                "subject",
                "\(png) has no generation parameters (no A1111 'parameters' or lorash text chunk): it was not made by A1111, ComfyUI's A1111-style savers or lorash"
            )
        }
        let parameters: GenerationParameters
        do { parameters = try GenerationParameters(parsingInfotext: text) } catch {
            throw SessionError.input("subject", "\(png): its parameters do not read: \(error)")
        }
        guard let sampler = parameters.sampler.kind else {
            throw SessionError.input(
                "subject",
                "\(png) was made with the sampler \(parameters.sampler.a1111Name), which lorash does not have; give sampler= (euler_a, euler, ddim, dpmpp_2m)"
            )
        }
        var request = Session.ImageRequest()
        request.prompt = parameters.prompt
        request.negative = parameters.negativePrompt
        request.steps = parameters.steps
        request.cfg = parameters.cfgScale
        request.seed = Int(clamping: parameters.seed)
        request.width = parameters.width
        request.height = parameters.height
        request.sampler = sampler.rawValue
        request.karras = parameters.karras
        request.clipSkip = parameters.clipSkip
        let (base, name) = try checkpoint(for: parameters, png: png, session: session)
        return RenderSource(subject: base, name: name, request: request)
    }

    private static func fromRecipe(_ json: JSONValue, png: String, session: Session) throws -> RenderSource {
        guard let path = json["checkpoint"]?.stringValue else {
            throw SessionError.input("subject", "\(png): its lorash recipe names no checkpoint")
        }
        let base: BaseModel
        var name = LoraFile.defaultName(for: path)
        if let (loadedName, loaded) = loadedCheckpoint(session, where: { sameFile($0.path, path) }) {
            base = loaded
            name = loadedName
        } else {
            guard FileManager.default.fileExists(atPath: path) else {
                throw SessionError.input(
                    "subject",
                    "\(png) was rendered from \(path), which is not there any more; load the checkpoint and render it with the PNG's settings"
                )
            }
            do { base = try BaseModel(path: path) } catch { throw SessionError.input("subject", "\(path): \(error)") }
        }
        var entries: [StackEntry] = []
        for item in json["loras"]?.arrayValue ?? [] {
            guard let loraPath = item["path"]?.stringValue else { continue }
            let loraName = item["name"]?.stringValue ?? LoraFile.defaultName(for: loraPath)
            let lora: LoraAdapter
            do { lora = try LoraFile.loadLora(path: loraPath) } catch {
                throw SessionError.input("subject", "\(png) used the LoRA \(loraPath): \(error)")
            }
            var stack = Stack(base: base, entries: [StackEntry(name: loraName, lora: lora)])
            if let weight = item["weight"]?.stringValue {
                do { try stack.setWeight(of: loraName, parsing: weight) } catch {
                    throw SessionError.input("subject", "\(png): the weight of \(loraName) does not read: \(error)")
                }
            }
            entries.append(stack.entries[0])
        }
        var request = Session.ImageRequest()
        request.prompt = json["prompt"]?.stringValue
        request.negative = json["negative"]?.stringValue
        request.steps = json["steps"]?.intValue
        request.cfg = json["cfg"]?.doubleValue
        request.seed = json["seed"]?.stringValue.flatMap { UInt64($0) }.map { Int(clamping: $0) }
        request.width = json["width"]?.intValue
        request.height = json["height"]?.intValue
        request.sampler = json["sampler"]?.stringValue
        request.karras = json["karras"]?.boolValue
        request.clipSkip = json["clip_skip"]?.intValue
        if entries.isEmpty { return RenderSource(subject: base, name: name, request: request) }
        var stack = Stack(base: base, entries: entries)
        stack.baseName = name
        return RenderSource(subject: stack, name: name, request: request)
    }

    /// The checkpoint an A1111 infotext was made with, among what the session can reach.
    private static func checkpoint(for parameters: GenerationParameters, png: String, session: Session) throws -> (
        BaseModel, String
    ) {
        if let hash = parameters.modelHash?.lowercased(), !hash.isEmpty,
            let found = loadedCheckpoint(
                session,
                where: { base in
                    guard let file = try? FileHash.of(path: base.path) else { return false }
                    return GenerationParameters.modelHash(fileSHA256: file.sha256) == hash
                })
        {
            return (found.1, found.0)
        }
        if let model = parameters.modelName, !model.isEmpty {
            if let base = session.object(named: model) as? BaseModel { return (base, model) }
            for path in [model, model + ".safetensors"] where FileManager.default.fileExists(atPath: path) {
                if let base = try? BaseModel(path: path) { return (base, model) }
            }
            if let base = try session.libraryObject(named: model) as? BaseModel { return (base, model) }
        }
        let loaded = session.visibleNames.compactMap { name in
            (session.object(named: name) as? BaseModel).map { (name, $0) }
        }
        if loaded.count == 1 { return (loaded[0].1, loaded[0].0) }
        let what = [parameters.modelName.map { "'\($0)'" }, parameters.modelHash.map { "hash \($0)" }].compactMap { $0 }
        throw SessionError.input(
            "subject",
            "\(png) was made with the checkpoint \(what.isEmpty ? "(not named)" : what.joined(separator: ", ")), which is not loaded; load it first (base = load PATH), then render from \(png) again"
        )
    }

    private static func loadedCheckpoint(_ session: Session, where matches: (BaseModel) -> Bool) -> (String, BaseModel)?
    {
        for name in session.visibleNames {
            if let base = session.object(named: name) as? BaseModel, matches(base) { return (name, base) }
        }
        return nil
    }

    private static func sameFile(_ a: String, _ b: String) -> Bool {
        guard let x = FileIdentity.ifExists(a), let y = FileIdentity.ifExists(b) else { return a == b }
        return x.sameFile(as: y)
    }
}
