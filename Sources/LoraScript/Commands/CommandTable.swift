/// All commands the interpreter knows, by name.
public struct CommandTable: Sendable {
    public private(set) var commands: [String: CommandSpec] = [:]
    /// Names in the order they were registered (the reference's order).
    public private(set) var order: [String] = []

    public init(_ specs: [CommandSpec] = []) {
        for spec in specs { register(spec) }
    }

    /// Adds a command; a later declaration with the same name replaces the earlier one.
    public mutating func register(_ spec: CommandSpec) {
        if commands[spec.name] == nil { order.append(spec.name) }
        commands[spec.name] = spec
    }

    public subscript(name: String) -> CommandSpec? { commands[name] }

    /// Every command, in registration order.
    public var all: [CommandSpec] { order.compactMap { commands[$0] } }

    /// The table every session starts with: the language's own commands plus the domain's.
    public static var standard: CommandTable {
        CommandTable(
            CoreCommands.all + FileCommands.all + StackCommands.all + PictureCommands.all + LibraryCommands.all
                + BatchCommands.all)
    }
}
