import Foundation
import LoraEngine
import LoraFormats

/// One file as the scan indexes it: facts from its header, its sidecars, its category.
struct ScannedFile: Sendable {
    var file: FoundFile
    /// The library name: the file stem (a PEFT folder's name).
    var name: String
    var facts: FileFacts
    var sidecar: SidecarInfo
    var sidecarStamp: String
    var fingerprint: [UInt8]?
    /// An adapter's `TensorSample`, encoded (duplicates).
    var tensorSample: [UInt8]?

    /// Trigger words: the sidecars' activation words first, then the training tags. A
    /// Civitai trained word with commas in it ("twintails, black ribbon") is several prompt
    /// words, as A1111's activation text is: each is one trigger word.
    var triggerWords: [String] {
        var words: [String] = []
        for word in (sidecar.activationText ?? "").split(separator: ",")
            + (sidecar.trainedWords ?? []).flatMap({ $0.split(separator: ",") })
        {
            let w = word.trimmingCharacters(in: .whitespaces)
            if !w.isEmpty && !words.contains(w) { words.append(w) }
        }
        for tag in facts.triggerWords where !words.contains(tag) { words.append(tag) }
        return words
    }

    /// Reads `file`'s facts and sidecars; the failure names the file and what is wrong.
    static func read(_ file: FoundFile) -> Result<ScannedFile, Library.ScanProblem> {
        let facts: FileFacts
        do { facts = try FileFacts.read(path: file.path) } catch {
            return .failure(Library.ScanProblem(text: "\(error) (skipped)"))
        }
        // A file written while it was read is left for the next scan.
        if let now = try? FileIdentity(path: file.isPeftFolder ? file.path + "/adapter_model.safetensors" : file.path),
            now.size != file.size
        {
            return .failure(
                Library.ScanProblem(
                    text: "\(file.path): changed while it was read (skipped; scan again when it is written)"))
        }
        let sidecar = Sidecars.read(modelPath: file.path, siblings: file.siblings)
        return .success(
            ScannedFile(
                file: file, name: LoraFile.defaultName(for: file.path), facts: facts, sidecar: sidecar,
                sidecarStamp: SidecarStamp.of(modelPath: file.path, siblings: file.siblings),
                fingerprint: facts.fingerprint, tensorSample: facts.tensorSample))
    }
}

/// Sizes and mtimes of the sidecars beside a model file, so a rescan notices a sidecar that was
/// added, edited or removed while the model file stayed the same.
enum SidecarStamp {
    /// The names a sidecar of `stem` may have.
    static func candidates(stem: String) -> [String] {
        [
            stem + ".json", stem + ".civitai.info", stem + ".cm-info.json", stem + ".metadata.json",
        ] + Sidecars.previewSuffixes.map { stem + $0 }
    }

    static func of(modelPath: String, siblings: Set<String>) -> String {
        let folder = (modelPath as NSString).deletingLastPathComponent
        let stem = LoraFile.defaultName(for: modelPath)
        var stamp = ""
        for name in candidates(stem: stem) where siblings.contains(name) {
            var s = stat()
            guard stat(folder + "/" + name, &s) == 0 else { continue }
            stamp += "\(name):\(s.st_size):\(s.st_mtim.tv_sec).\(s.st_mtim.tv_nsec);"
        }
        return stamp
    }
}
