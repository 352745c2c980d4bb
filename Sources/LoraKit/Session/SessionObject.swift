/// Something a session can hold under a name besides plain numbers and text: a base model,
/// a LoRA, a stack, a picture. Each domain type conforms and describes itself for `ls`.
public protocol SessionObject: Sendable {
    /// What kind of thing this is, in one lower-case word (`lora`, `base`, `stack`).
    var kindName: String { get }
    /// A one-line summary for `ls` and for the REPL after a command returns it.
    var summary: String { get }
}
