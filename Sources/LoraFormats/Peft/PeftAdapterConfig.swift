import Foundation

/// The LoRA settings of a PEFT `adapter_config.json` (or of diffusers' `lora_adapter_metadata`,
/// which holds the same fields prefixed with the component, e.g. `unet.r`).
///
/// Per-module overrides follow PEFT's `get_pattern_key`: a pattern applies to a module when the
/// module name matches `(.*\.)?pattern$` as a regular expression (peft `tuners/tuners_utils.py`).
public struct PeftAdapterConfig: Sendable {
    /// Default rank `r`.
    public var r: Int
    /// Default `lora_alpha`.
    public var loraAlpha: Float
    /// `use_rslora`: scale α/√r instead of α/r.
    public var useRslora: Bool
    /// `use_dora`.
    public var useDora: Bool
    /// `rank_pattern`: module name pattern → r.
    public var rankPattern: [String: Int]
    /// `alpha_pattern`: module name pattern → alpha.
    public var alphaPattern: [String: Float]
    /// `target_modules` as written (list or regex string), for information.
    public var targetModules: [String]
    /// `base_model_name_or_path`.
    public var baseModel: String?
    /// `peft_type` (LORA expected).
    public var peftType: String

    public init(
        r: Int, loraAlpha: Float, useRslora: Bool = false, useDora: Bool = false, rankPattern: [String: Int] = [:],
        alphaPattern: [String: Float] = [:], targetModules: [String] = [], baseModel: String? = nil,
        peftType: String = "LORA"
    ) {
        self.r = r
        self.loraAlpha = loraAlpha
        self.useRslora = useRslora
        self.useDora = useDora
        self.rankPattern = rankPattern
        self.alphaPattern = alphaPattern
        self.targetModules = targetModules
        self.baseModel = baseModel
        self.peftType = peftType
    }

    /// Reads the fields from a JSON object, each key prefixed by `prefix` (`""` for adapter_config.json,
    /// `"unet."` for diffusers metadata). Returns nil when `r` is absent.
    public init?(json: JSONValue, prefix: String = "") {
        func field(_ name: String) -> JSONValue? { json[prefix + name] }
        guard let r = field("r")?.intValue else { return nil }
        self.r = r
        loraAlpha = field("lora_alpha")?.doubleValue.map(Float.init) ?? Self.defaultAlpha
        useRslora = field("use_rslora")?.boolValue ?? false
        useDora = field("use_dora")?.boolValue ?? false
        rankPattern = [:]
        for (k, v) in field("rank_pattern")?.objectMembers ?? [] { if let i = v.intValue { rankPattern[k] = i } }
        alphaPattern = [:]
        for (k, v) in field("alpha_pattern")?.objectMembers ?? [] {
            if let d = v.doubleValue { alphaPattern[k] = Float(d) }
        }
        if let list = field("target_modules")?.arrayValue {
            targetModules = list.compactMap(\.stringValue)
        } else if let text = field("target_modules")?.stringValue {
            targetModules = [text]
        } else {
            targetModules = []
        }
        baseModel = field("base_model_name_or_path")?.stringValue
        peftType = field("peft_type")?.stringValue ?? "LORA"
    }

    /// PEFT's `LoraConfig.lora_alpha` default, used when the file leaves it out.
    public static let defaultAlpha: Float = 8

    /// What is wrong with an `adapter_config.json` that PEFT would refuse or read differently:
    /// `r` not a whole number ≥ 1, `lora_alpha` not a finite number, a `peft_type` other than
    /// LORA; nil when none of these.
    public static func problem(in json: JSONValue) -> String? {
        guard let r = json["r"] else { return "no 'r' (the rank); PEFT writes it in every LoRA adapter config" }
        guard let rank = r.intValue, rank >= 1 else { return "r must be a whole number of 1 or more, not \(r)" }
        if let alpha = json["lora_alpha"] {
            guard let value = alpha.doubleValue, Float(value).isFinite else {
                return "lora_alpha must be a finite number, not \(alpha)"
            }
        }
        for (field, check) in [
            ("rank_pattern", { (v: JSONValue) in (v.intValue ?? 0) >= 1 }),
            ("alpha_pattern", { (v: JSONValue) in v.doubleValue.map { Float($0).isFinite } ?? false }),
        ] {
            for (key, value) in json[field]?.objectMembers ?? [] where !check(value) {
                return
                    "\(field) gives '\(key)' \(value), not \(field == "rank_pattern" ? "a whole number of 1 or more" : "a finite number")"
            }
        }
        if let type = json["peft_type"]?.stringValue, type.uppercased() != "LORA" {
            return "peft_type is \(type); lorash reads PEFT LoRA adapters (LyCORIS LoHa/LoKr files load directly)"
        }
        return nil
    }

    /// The alpha for `module` (a dotted module path): its `alpha_pattern` entry or `lora_alpha`.
    public func alpha(for module: String) -> Float {
        if let key = Self.patternKey(in: Array(alphaPattern.keys), for: module) { return alphaPattern[key]! }
        return loraAlpha
    }

    /// The rank for `module`: its `rank_pattern` entry or `r`.
    public func rank(for module: String) -> Int {
        if let key = Self.patternKey(in: Array(rankPattern.keys), for: module) { return rankPattern[key]! }
        return r
    }

    /// The first pattern (sorted, for determinism) that matches `module` as PEFT matches them.
    /// Whether a module of rank `rank` at `module` fits this config: `r`, or the rank of any
    /// `rank_pattern` entry that matches it (when several overlap, which one PEFT picks depends
    /// on its version, so any of them is accepted).
    public func allowsRank(_ rank: Int, for module: String) -> Bool {
        if rank == r && Self.patternKey(in: Array(rankPattern.keys), for: module) == nil { return true }
        return rankPattern.contains { Self.patternKey(in: [$0.key], for: module) != nil && $0.value == rank }
    }

    static func patternKey(in patterns: [String], for module: String) -> String? {
        for pattern in patterns.sorted() {
            if module == pattern || module.hasSuffix("." + pattern) { return pattern }
            if let regex = try? NSRegularExpression(pattern: "^(.*\\.)?(\(pattern))$") {
                let range = NSRange(module.startIndex..., in: module)
                if regex.firstMatch(in: module, range: range) != nil { return pattern }
            }
        }
        return nil
    }

    /// The adapter_config.json PEFT writes for these settings, with the usual defaults.
    public func json(extra: [(String, JSONValue)] = []) -> JSONValue {
        var members: [(String, JSONValue)] = [
            (
                "alpha_pattern",
                .object(alphaPattern.keys.sorted().map { ($0, .number(Double(alphaPattern[$0]!), integer: nil)) })
            ),
            ("base_model_name_or_path", baseModel.map { .string($0) } ?? .null),
            ("bias", .string("none")),
            ("fan_in_fan_out", .bool(false)),
            ("inference_mode", .bool(true)),
            ("init_lora_weights", .bool(true)),
            ("lora_alpha", .number(Double(loraAlpha), integer: nil)),
            ("lora_dropout", .number(0, integer: nil)),
            ("modules_to_save", .null),
            ("peft_type", .string(peftType)),
            ("r", .number(Double(r), integer: r)),
            (
                "rank_pattern",
                .object(
                    rankPattern.keys.sorted().map { ($0, .number(Double(rankPattern[$0]!), integer: rankPattern[$0]!)) }
                )
            ),
            ("target_modules", .array(targetModules.map { .string($0) })),
            ("task_type", .null),
            ("use_dora", .bool(useDora)),
            ("use_rslora", .bool(useRslora)),
        ]
        members += extra
        return .object(members)
    }
}

/// The two files of a PEFT adapter folder.
public enum PeftFolder {
    public static let modelFile = "adapter_model.safetensors"
    public static let configFile = "adapter_config.json"

    /// `folder`'s weights file, then its config file.
    public static func files(in folder: String) -> (model: String, config: String) {
        (folder + "/" + modelFile, folder + "/" + configFile)
    }

    /// The safetensors file that holds a LoRA's tensors: `path` itself for a file (whatever
    /// its name), the folder's weights file for a PEFT folder (whatever its name).
    public static func tensorFile(of path: String) -> String {
        FileIdentity.ifExists(path)?.isDirectory == true ? files(in: path).model : path
    }
}
