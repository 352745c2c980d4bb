/// The rank-like options of a request as the user wrote them (`rank=`, `fro=`, `ratio=`,
/// `cumulative=`, `conv_rank=`), each read by the one parser, `RankTarget(key:value:)`, so a
/// value one of them refuses (`0`, `-3`, `2.5`) is refused by all with the same message.
public struct RankOptions: Sendable, Equatable {
    /// The options given, in declaration order: (`rank`, "8"), (`conv_rank`, "4") …
    public var given: [(name: String, value: String)]

    /// The options of the dynamic or fixed target, one of which a truncation takes.
    public static let targetNames = ["rank", "fro", "ratio", "cumulative"]

    public init(
        rank: String? = nil, fro: String? = nil, ratio: String? = nil, cumulative: String? = nil,
        convRank: String? = nil
    ) {
        given = [("rank", rank), ("fro", fro), ("ratio", ratio), ("cumulative", cumulative), ("conv_rank", convRank)]
            .compactMap { name, value in value.map { (name, $0) } }
    }

    /// The options given as (name, value text), in the order they were written (an error about
    /// two of them points at the second).
    public init(given: [(name: String, value: String)]) {
        self.given = given
    }

    public static func == (a: RankOptions, b: RankOptions) -> Bool {
        a.given.map { "\($0.name)=\($0.value)" } == b.given.map { "\($0.name)=\($0.value)" }
    }

    /// Whether any option was given.
    public var isEmpty: Bool { given.isEmpty }

    /// The names given.
    public var names: [String] { given.map(\.name) }

    /// The target of linear (and all) modules: the one of rank/fro/ratio/cumulative given.
    /// - Parameter requiredBy: the command that needs one (`resize`), or nil when none is fine.
    /// - Throws: `SessionError` about the second target given, the bad value, or the request.
    public func target(requiredBy command: String? = nil) throws(SessionError) -> RankTarget? {
        let targets = given.filter { Self.targetNames.contains($0.name) }
        guard targets.count <= 1 else {
            throw .input(
                targets[1].name,
                "give one of rank=, fro=, ratio=, cumulative= (not \(targets.map(\.name).joined(separator: " and ")))")
        }
        guard let (name, value) = targets.first else {
            if let command { throw SessionError("\(command) needs rank=K, fro=T, ratio=T or cumulative=T") }
            return nil
        }
        return try Self.parse(name, value)
    }

    /// The target of conv modules, `conv_rank=`, or nil.
    public func convTarget() throws(SessionError) -> RankTarget? {
        guard let value = given.first(where: { $0.name == "conv_rank" })?.value else { return nil }
        return try Self.parse("conv_rank", value)
    }

    /// A fixed rank option (`rank=` of extract or save, `conv_rank=`) as a number.
    /// - Throws: `SessionError` about `name` for anything but a whole number ≥ 1.
    public func fixedRank(_ name: String) throws(SessionError) -> Int? {
        guard let value = given.first(where: { $0.name == name })?.value else { return nil }
        guard case .rank(let k) = try Self.parse(name, value) else { return nil }
        return k
    }

    /// The one parser of every rank-like option.
    static func parse(_ name: String, _ value: String) throws(SessionError) -> RankTarget {
        do {
            return try RankTarget(key: name, value: value)
        } catch {
            throw .input(name, "\(error)")
        }
    }
}
