/// One `<lora:NAME:…>` tag of a prompt, with the weights A1111 reads from it.
public struct LoraTag: Sendable, Equatable {
    /// The LoRA's name as written (A1111 looks it up among its LoRA files).
    public var name: String
    /// The weight of the LoRA's text-encoder modules (A1111's `te`).
    public var textEncoderWeight: Float
    /// The weight of its U-Net modules (A1111's `unet`).
    public var unetWeight: Float
    /// The tag as written, `<lora:…>` included.
    public var written: String
    /// The items lorash does not apply, as written: `dyn=8` or a fourth positional item (A1111's
    /// LyCORIS dynamic rank), and named items A1111 itself ignores (`lbw=…`, `start=…`, which
    /// extensions read).
    public var ignoredItems: [String]

    /// A tag with both weights given.
    public init(
        name: String, textEncoderWeight: Float, unetWeight: Float, written: String = "", ignoredItems: [String] = []
    ) {
        self.name = name
        self.textEncoderWeight = textEncoderWeight
        self.unetWeight = unetWeight
        self.written = written
        self.ignoredItems = ignoredItems
    }
}

/// A prompt with its extra-network tags taken out, as A1111's `extra_networks.parse_prompt`
/// does before anything else reads the prompt.
///
/// Every tag `<KIND:ARGS>` (KIND a run of word characters, ARGS anything up to the next `>`)
/// is removed from the text. Tags of kind `lora` (and its alias `lyco`) become `LoraTag`s;
/// their ARGS split on `:` into items, an item with exactly one `=` being named:
///
/// - `<lora:NAME>`: both weights 1;
/// - `<lora:NAME:W>`: both W;
/// - `<lora:NAME:W_TE:W_UNET>`: text encoder W_TE, U-Net W_UNET;
/// - `<lora:NAME:te=A:unet=B>` (named items win over positional ones; `unet` defaults to the
///   text-encoder weight).
///
/// Other kinds (`hypernet`, …) are removed too and listed in `otherNetworks` (their text in
/// `otherTags`). Weights parse as Python's `float` does (`0.8`, `.5`, `1e-1`, ` 2 `). Not
/// interpreted, and listed in each tag's `ignoredItems` so the caller can say so: a fourth
/// positional item and `dyn=` (LyCORIS dynamic rank), other named items (`lbw=`, per-block
/// `in=`/`mid=`/`out=`, which only extensions read).
public struct PromptLoraTags: Sendable, Equatable {
    /// The prompt without its tags (the rest of the text unchanged, spaces included).
    public var text: String
    /// The LoRA tags, in the order they appear.
    public var tags: [LoraTag]
    /// The kinds of the other extra-network tags removed (`hypernet`), in order.
    public var otherNetworks: [String]
    /// The other extra-network tags as written (`<hypernet:foo:0.8>`), in order.
    public var otherTags: [String]

    /// A prompt's text without tags, its LoRA tags and the other networks' kinds and tags.
    public init(text: String, tags: [LoraTag], otherNetworks: [String] = [], otherTags: [String]? = nil) {
        self.text = text
        self.tags = tags
        self.otherNetworks = otherNetworks
        self.otherTags = otherTags ?? otherNetworks.map { "<\($0):…>" }
    }

    /// Takes every extra-network tag out of `prompt`.
    /// - Throws: `DiffusionError.badPrompt` for a LoRA tag without a name, or whose weight is
    ///   not a number or not finite (A1111 reports these and loads none of the LoRAs).
    /// - Complexity: O(n) in the prompt's length.
    public static func extract(from prompt: String) throws(DiffusionError) -> PromptLoraTags {
        let scalars = Array(prompt.unicodeScalars)
        var text: [Unicode.Scalar] = []
        text.reserveCapacity(scalars.count)
        var tags: [LoraTag] = []
        var others: [String] = []
        var otherTags: [String] = []
        var i = 0
        while i < scalars.count {
            if scalars[i] == "<", let (kind, arguments, end) = tag(in: scalars, at: i) {
                let written = String(String.UnicodeScalarView(scalars[i..<end]))
                if kind == "lora" || kind == "lyco" {
                    tags.append(try loraTag(arguments: arguments, written: written))
                } else {
                    others.append(kind)
                    otherTags.append(written)
                }
                i = end
            } else {
                text.append(scalars[i])
                i += 1
            }
        }
        return PromptLoraTags(
            text: String(String.UnicodeScalarView(text)), tags: tags, otherNetworks: others, otherTags: otherTags)
    }

    /// `<(\w+):([^>]+)>` at `start`: the kind, the arguments and the index after the `>`.
    static func tag(in s: [Unicode.Scalar], at start: Int) -> (String, String, Int)? {
        var j = start + 1
        while j < s.count && PythonText.isWordCharacter(s[j]) { j += 1 }
        guard j > start + 1, j < s.count, s[j] == ":" else { return nil }
        let kindEnd = j
        j += 1
        let argumentsStart = j
        while j < s.count && s[j] != ">" { j += 1 }
        guard j < s.count, j > argumentsStart else { return nil }
        let kind = String(String.UnicodeScalarView(s[(start + 1)..<kindEnd]))
        let arguments = String(String.UnicodeScalarView(s[argumentsStart..<j]))
        return (kind, arguments, j + 1)
    }

    /// A1111's `ExtraNetworkLora.activate` for one tag's arguments.
    static func loraTag(arguments: String, written: String) throws(DiffusionError) -> LoraTag {
        var positional: [String] = []
        var named: [String: String] = [:]
        var ignored: [String] = []
        for item in arguments.split(separator: ":", omittingEmptySubsequences: false) {
            let parts = item.split(separator: "=", omittingEmptySubsequences: false)
            if parts.count == 2 {
                named[String(parts[0])] = String(parts[1])
                if parts[0] != "te" && parts[0] != "unet" { ignored.append(String(item)) }
            } else {
                positional.append(String(item))
                if positional.count > 3 { ignored.append(String(item)) }
            }
        }
        guard let name = positional.first else {
            throw .badPrompt("\(written): the tag names no LoRA (write <lora:NAME:WEIGHT>)")
        }
        func number(_ text: String, _ what: String) throws(DiffusionError) -> Double {
            guard let value = PythonText.float(text) else {
                throw .badPrompt("\(written): the \(what) weight '\(text)' is not a number")
            }
            return value
        }
        var te = positional.count > 1 ? try number(positional[1], "text-encoder") : 1.0
        if let given = named["te"] { te = try number(given, "text-encoder") }
        var unet = positional.count > 2 ? try number(positional[2], "U-Net") : te
        if let given = named["unet"] { unet = try number(given, "U-Net") }
        guard te.isFinite && unet.isFinite else { throw .badPrompt("\(written): a weight is not finite") }
        return LoraTag(
            name: name, textEncoderWeight: Float(te), unetWeight: Float(unet), written: written, ignoredItems: ignored)
    }
}

/// The few pieces of Python's text semantics A1111's prompt handling relies on.
enum PythonText {
    /// `\w` of Python's `re` on `str`: `_`, or a character `str.isalnum` accepts (a letter, or a
    /// character with a numeric value).
    static func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            switch s.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: return true
            default: return false
            }
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return s.properties.numericType != nil
        }
    }

    /// `\d` of Python's `re` on `str`: a decimal digit (category Nd), with its value.
    static func decimalDigit(_ s: Unicode.Scalar) -> Int? {
        if s.isASCII { return (0x30...0x39).contains(s.value) ? Int(s.value - 0x30) : nil }
        guard s.properties.generalCategory == .decimalNumber, let v = s.properties.numericValue else { return nil }
        return Int(v)
    }

    /// Python's `float(text)`: optional surrounding whitespace, a sign, digits (any decimal
    /// digits, `_` between two of them), a point, an exponent; or `inf`, `infinity`, `nan` in
    /// any case. Nil where Python raises `ValueError`.
    static func float(_ text: String) -> Double? {
        var s = Array(text.unicodeScalars)
        while let first = s.first, CLIPTextCleaner.isPythonSpace(first) { s.removeFirst() }
        while let last = s.last, CLIPTextCleaner.isPythonSpace(last) { s.removeLast() }
        var i = 0
        var sign = ""
        if i < s.count && (s[i] == "+" || s[i] == "-") {
            sign = s[i] == "-" ? "-" : ""
            i += 1
        }
        let word = String(String.UnicodeScalarView(s[i...])).lowercased()
        if word == "inf" || word == "infinity" { return sign == "-" ? -.infinity : .infinity }
        if word == "nan" { return .nan }
        // Decimal digits as ASCII, skipping single `_` between two digits.
        func digits() -> String {
            var out = ""
            while i < s.count {
                if let d = decimalDigit(s[i]) {
                    out.unicodeScalars.append(Unicode.Scalar(UInt8(0x30 + d)))
                    i += 1
                } else if s[i] == "_", !out.isEmpty, i + 1 < s.count, decimalDigit(s[i + 1]) != nil {
                    i += 1
                } else {
                    break
                }
            }
            return out
        }
        let whole = digits()
        var fraction = ""
        if i < s.count && s[i] == "." {
            i += 1
            fraction = digits()
        }
        guard !whole.isEmpty || !fraction.isEmpty else { return nil }
        var exponent = "0"
        if i < s.count && (s[i] == "e" || s[i] == "E") {
            i += 1
            var exponentSign = ""
            if i < s.count && (s[i] == "+" || s[i] == "-") {
                exponentSign = s[i] == "-" ? "-" : ""
                i += 1
            }
            let value = digits()
            guard !value.isEmpty else { return nil }
            exponent = exponentSign + value
        }
        guard i == s.count else { return nil }
        return Double("\(sign)\(whole.isEmpty ? "0" : whole).\(fraction.isEmpty ? "0" : fraction)e\(exponent)")
    }
}
