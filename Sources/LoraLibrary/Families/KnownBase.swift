import Foundation

/// A public base checkpoint recognised by the sha256 of its file.
///
/// kohya's trainers record `ss_new_sd_model_hash`, the sha256 of the whole base file a LoRA was
/// trained on; when it is one of these, the LoRA's family is known for certain even if the user
/// does not have that checkpoint. Every hash here is cited (`source`, a repository and path
/// where it is published); none is computed or guessed.
public struct KnownBase: Sendable, Equatable {
    /// The full sha256 of the file, 64 lower-case hex digits.
    public let sha256: String
    /// The model and file ("Pony Diffusion V6 XL").
    public let name: String
    /// Its family.
    public let family: BaseFamily
    /// Where the hash is published: repository and path (or the research note).
    public let source: String

    /// The base whose file has this sha256 (any case, surrounding spaces ignored), if known.
    public static func lookup(sha256: String) -> KnownBase? {
        bySHA256[sha256.trimmingCharacters(in: .whitespaces).lowercased()]
    }

    private static let bySHA256: [String: KnownBase] = Dictionary(
        all.map { ($0.sha256, $0) }, uniquingKeysWith: { first, _ in first })

    private static let swarmUI = "mcmonkeyprojects/SwarmUI src/Text2Image/CommonModels.cs"
    private static let nnll = "darkshapes/nnll nnll/mir/automata.py (commit cb54e65)"
    private static let researchNotes = "shared/research/reading-list.md (a real Pony LoRA's ss_new_sd_model_hash)"

    /// Every known base, by family.
    public static let all: [KnownBase] = [
        KnownBase(
            sha256: "6ce0161689b3853acaa03779ec93eafe75a02f4ced659bee03f50797806fa2fa",
            name: "Stable Diffusion v1.5 (v1-5-pruned-emaonly.safetensors)", family: .sd15, source: nnll),
        KnownBase(
            sha256: "1a189f0be69d6106a48548e7626207dddd7042a418dbf372cefd05e0cdba61b6",
            name: "Stable Diffusion v1.5 (v1-5-pruned.safetensors)", family: .sd15, source: nnll),
        KnownBase(
            sha256: "e9476a13728cd75d8279f6ec8bad753a66a1957ca375a1464dc63b37db6e3916",
            name: "Stable Diffusion v1.5 (v1-5-pruned-emaonly-fp16.safetensors)", family: .sd15, source: swarmUI),
        KnownBase(
            sha256: "dcd690123cfc64383981a31d955694f6acf2072a80537fdb612c8e58ec87a8ac",
            name: "Stable Diffusion v2.1 (v2-1_768-ema-pruned.safetensors)", family: .sd2, source: swarmUI),
        KnownBase(
            sha256: "31e35c80fc4829d14f90153f4c74cd59c90b779f6afe05a74cd6120b893f7e5b",
            name: "SDXL 1.0 base (sd_xl_base_1.0.safetensors)", family: .sdxlBase,
            source: researchNotes + "; " + swarmUI),
        KnownBase(
            sha256: "67ab2fd8ec439a89b3fedb15cc65f54336af163c7eb5e4f2acc98f090a29b0b3",
            name: "Pony Diffusion V6 XL", family: .pony, source: researchNotes + "; " + nnll),
        KnownBase(
            sha256: "3e15ba00387db678ab4a099f75771c4f5ac67fda9e7100a01d263eaf30145aa9",
            name: "Illustrious XL v0.1", family: .illustrious, source: nnll),
        KnownBase(
            sha256: "e3d12d0f76d61aa31d2668a2217e5b642592193f2946842c44d7056ea5469cce",
            name: "Illustrious XL v0.1 GUIDED", family: .illustrious, source: nnll),
        KnownBase(
            sha256: "735cf3fefcbdc4f7817f53247e38b836ffd27c7641af6d8daa21d245242cb4bd",
            name: "Illustrious XL v1.0", family: .illustrious, source: nnll),
        KnownBase(
            sha256: "536863e9f0c13b0ce834e2f8a19ada425ee4f722c0ad3d0051ec7e6adaa8156c",
            name: "Illustrious XL v1.1", family: .illustrious, source: nnll),
        KnownBase(
            sha256: "c2a1a3eaa13d4c107dc7e00c3fe830cab427aa026362740ea094745b3422a331",
            name: "Illustrious XL v2.0", family: .illustrious, source: nnll),
        KnownBase(
            sha256: "1449e5b0b9de87b0f414c5f29cb11ce3b3dc61fa2b320e784c9441720bf7b766",
            name: "Animagine XL 3.0", family: .animagine, source: nnll),
        KnownBase(
            sha256: "e3c47aedb06418c6c331443cd89f2b3b3b34b7ed2102a3d4c4408a8d35aad6b0",
            name: "Animagine XL 3.1", family: .animagine, source: nnll),
        KnownBase(
            sha256: "8ece83aa1bed1fb39a2b81f1660f0ce6889218e493c1f2ed55e9f15f59a7e03f",
            name: "Animagine XL 4.0", family: .animagine, source: nnll),
        KnownBase(
            sha256: "6327eca98bfb6538dd7a4edce22484a1bbc57a8cff6b11d075d40da1afb847ac",
            name: "Animagine XL 4.0 Opt", family: .animagine, source: nnll),
        KnownBase(
            sha256: "4610115bb0c89560703c892c59ac2742fa821e60ef5871b33493ba544683abd7",
            name: "FLUX.1 [dev] (single file)", family: .flux1Dev, source: nnll),
        KnownBase(
            sha256: "8e91b68084b53a7fc44ed2a3756d821e355ac1a7b6fe29be760c1db532f3d88a",
            name: "FLUX.1 [dev] fp8 (flux1-dev-fp8.safetensors)", family: .flux1Dev, source: swarmUI),
        KnownBase(
            sha256: "9403429e0052277ac2a87ad800adece5481eecefd9ed334e1f348723621d2a0a",
            name: "FLUX.1 [schnell] (single file)", family: .flux1Schnell, source: nnll),
        KnownBase(
            sha256: "ead426278b49030e9da5df862994f25ce94ab2ee4df38b556ddddb3db093bf72",
            name: "FLUX.1 [schnell] fp8 (flux1-schnell-fp8.safetensors)", family: .flux1Schnell, source: swarmUI),
    ]
}
