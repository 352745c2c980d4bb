/// How a scheduler places its inference timesteps on the training range (diffusers'
/// `timestep_spacing`; Table 2 of Lin et al., "Common Diffusion Noise Schedules and Sample Steps
/// are Flawed", 2023).
public enum TimestepSpacing: String, Sendable, CaseIterable {
    /// Evenly from the last training step down to 0 (`np.linspace`).
    case linspace
    /// Multiples of `trainSteps / n` (integer division) plus `stepsOffset`, from high to low.
    case leading
    /// Down from `trainSteps` by `trainSteps / n` (real division), rounded, minus 1.
    case trailing
}

/// The noise schedule a model was trained with and the spacing its sampler uses: the
/// `scheduler_config.json` of a diffusers model folder, reduced to what the four samplers read.
///
/// Betas are diffusers' `scaled_linear`: `linspace(√betaStart, √betaEnd, trainSteps)²` in F32.
public struct SchedulerConfig: Sendable, Equatable {
    /// Training diffusion steps (`num_train_timesteps`).
    public var trainSteps: Int
    /// The first beta (`beta_start`).
    public var betaStart: Double
    /// The last beta (`beta_end`).
    public var betaEnd: Double
    /// Added to `leading` timesteps (`steps_offset`).
    public var stepsOffset: Int
    /// The spacing; `nil` means each sampler's own diffusers default
    /// (`SamplerKind.defaultTimestepSpacing`), as a config without `timestep_spacing` gives.
    public var timestepSpacing: TimestepSpacing?

    /// A configuration with every field given.
    public init(
        trainSteps: Int = 1000, betaStart: Double = 0.00085, betaEnd: Double = 0.012, stepsOffset: Int = 1,
        timestepSpacing: TimestepSpacing? = nil
    ) {
        self.trainSteps = trainSteps
        self.betaStart = betaStart
        self.betaEnd = betaEnd
        self.stepsOffset = stepsOffset
        self.timestepSpacing = timestepSpacing
    }

    /// SD 1.5's published config (runwayml/stable-diffusion-v1-5 `scheduler_config.json`):
    /// scaled_linear betas 0.00085…0.012, 1000 training steps, steps_offset 1, no
    /// timestep_spacing (each scheduler class's default: linspace for Euler, Euler ancestral and
    /// DPM++, leading for DDIM).
    public static let sd15 = SchedulerConfig()

    /// SDXL base 1.0's published config: the same betas with `timestep_spacing="leading"`.
    public static let sdxl = SchedulerConfig(timestepSpacing: .leading)

    /// The spacing `sampler` uses under this config.
    public func spacing(for sampler: SamplerKind) -> TimestepSpacing {
        timestepSpacing ?? sampler.defaultTimestepSpacing
    }
}
