/// Parameters of a LoRA+LoRA merge.
public struct MergeOptions: Sendable {
    /// The method.
    public var method: MergeMethod
    /// Output rank rule for linear (and all) modules; nil = the largest input rank of each module.
    public var target: RankTarget?
    /// Output rank rule for conv modules (kh·kw > 1); nil = `target`.
    public var convTarget: RankTarget?
    /// Kept fraction for TIES/DARE/magnitude pruning, in (0, 1].
    public var density: Double
    /// Seeds DARE's random drops (`SplitMix64`; same seed, same bytes on any thread count).
    public var seed: UInt64
    /// Merge LoRAs detected as made for different architectures (`force=true`).
    public var force: Bool
    /// Ctrl-C and the progress line (module groups done).
    public var observer = WorkObserver()

    public init(
        method: MergeMethod, target: RankTarget? = nil, convTarget: RankTarget? = nil, density: Double = 0.5,
        seed: UInt64 = 0, force: Bool = false
    ) {
        self.force = force
        self.method = method
        self.target = target
        self.convTarget = convTarget
        self.density = density
        self.seed = seed
    }
}
