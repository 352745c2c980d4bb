/// The samplers `render` offers, each equal to a diffusers 0.42 scheduler with epsilon
/// prediction. The raw values are the shell's words.
public enum SamplerKind: String, Sendable, CaseIterable {
    /// Euler ancestral (`EulerAncestralDiscreteScheduler`): an Euler step to a lower noise level,
    /// then fresh noise from the generator back up to the next sigma. A1111's "Euler a".
    case eulerAncestral = "euler_a"
    /// Euler (`EulerDiscreteScheduler`, no churn): deterministic first-order steps in sigma.
    case euler
    /// DDIM with eta 0 (`DDIMScheduler`, `set_alpha_to_one=False`, `clip_sample=False`):
    /// deterministic steps in alpha, no sigma scaling of the input.
    case ddim
    /// DPM-Solver++(2M) (`DPMSolverMultistepScheduler`, `algorithm_type="dpmsolver++"`,
    /// `solver_order=2`, `lower_order_final=True`, `euler_at_final=False`,
    /// `final_sigmas_type="zero"`): second order from the previous step's prediction, first order
    /// at the first and the last step.
    case dpmpp2m = "dpmpp_2m"

    /// The sampler for a shell word (`euler_a`, `euler`, `ddim`, `dpmpp_2m`).
    /// - Throws: `DiffusionError.badSetting("sampler", …)` listing the words.
    public static func named(_ word: String) throws(DiffusionError) -> SamplerKind {
        guard let kind = SamplerKind(rawValue: word.lowercased()) else {
            let words = allCases.map(\.rawValue).joined(separator: ", ")
            throw .badSetting("sampler", "unknown sampler '\(word)'; the samplers are \(words)")
        }
        return kind
    }

    /// The name users know.
    public var displayName: String {
        switch self {
        case .eulerAncestral: "Euler a"
        case .euler: "Euler"
        case .ddim: "DDIM"
        case .dpmpp2m: "DPM++ 2M"
        }
    }

    /// Whether diffusers offers Karras sigmas for this sampler (`use_karras_sigmas`). Euler
    /// ancestral and DDIM have no such option in diffusers 0.42, so `karras` is refused for them.
    public var supportsKarras: Bool { self == .euler || self == .dpmpp2m }

    /// Whether a step draws noise from the generator (only Euler ancestral).
    public var drawsNoise: Bool { self == .eulerAncestral }

    /// The diffusers timestep spacing this sampler uses when the model's scheduler config names
    /// none (SD 1.5's published config does not; SDXL's says `leading`).
    public var defaultTimestepSpacing: TimestepSpacing {
        self == .ddim ? .leading : .linspace
    }

    /// One line on the timesteps this sampler visits, for `help render`.
    public var timestepSpacingSummary: String {
        switch self {
        case .eulerAncestral:
            "SD 1.5: linspace, n points from 999 down to 0 (fractional); SDXL: leading, 1000/n·i + 1; no Karras"
        case .euler:
            "SD 1.5: linspace, n points from 999 down to 0 (fractional); SDXL: leading, 1000/n·i + 1; "
                + "karras: sigmas spaced ρ=7 between those ends, timesteps read back from the sigmas"
        case .ddim:
            "leading for SD 1.5 and SDXL: 1000/n·i + 1, from high to low, ending at 1; no Karras"
        case .dpmpp2m:
            "SD 1.5: linspace, n+1 points from 999 to 0 rounded, the last dropped; SDXL: leading, 1000/(n+1)·i + 1; "
                + "karras: sigmas spaced ρ=7 over the whole training range, timesteps rounded"
        }
    }
}
