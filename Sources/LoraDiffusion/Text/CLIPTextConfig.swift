import LoraEngine

/// The shape of a CLIP text transformer (OpenAI CLIP's text tower: Radford et al., "Learning
/// Transferable Visual Models From Natural Language Supervision", 2021).
public struct CLIPTextConfig: Sendable, Equatable {
    /// The MLP's activation.
    public enum Activation: Sendable, Equatable {
        /// x·σ(1.702·x), OpenAI's CLIP-L (`quick_gelu`).
        case quickGelu
        /// The exact GELU, OpenCLIP's models (bigG).
        case gelu
    }

    /// Token ids the embedding table holds.
    public var vocabularySize: Int
    /// Hidden width.
    public var width: Int
    /// The MLP's inner width.
    public var intermediateSize: Int
    /// Number of transformer layers.
    public var layers: Int
    /// Attention heads per layer.
    public var heads: Int
    /// Positions the position embedding holds (the longest sequence).
    public var maxPositions: Int
    /// The MLP's activation.
    public var activation: Activation
    /// Width of the text projection applied to the pooled output, nil for none (SD's CLIP-L
    /// checkpoints store no projection).
    public var projectionWidth: Int?
    /// LayerNorm epsilon.
    public var layerNormEps: Float

    /// A configuration.
    public init(
        vocabularySize: Int = CLIPTokenizer.vocabularySize, width: Int, intermediateSize: Int, layers: Int, heads: Int,
        maxPositions: Int = CLIPTokenizer.contextLength, activation: Activation, projectionWidth: Int? = nil,
        layerNormEps: Float = 1e-5
    ) {
        precondition(width % heads == 0, "width \(width) does not divide by \(heads) heads")
        self.vocabularySize = vocabularySize
        self.width = width
        self.intermediateSize = intermediateSize
        self.layers = layers
        self.heads = heads
        self.maxPositions = maxPositions
        self.activation = activation
        self.projectionWidth = projectionWidth
        self.layerNormEps = layerNormEps
    }

    /// OpenAI CLIP ViT-L/14's text tower (SD 1.5, SDXL's first encoder): 12 layers, width 768,
    /// 12 heads, quick GELU.
    public static let clipL = CLIPTextConfig(
        width: 768, intermediateSize: 3072, layers: 12, heads: 12, activation: .quickGelu)

    /// OpenCLIP ViT-bigG/14's text tower (SDXL's second encoder): 32 layers, width 1280, 20 heads,
    /// GELU, projection 1280.
    public static let openCLIPBigG = CLIPTextConfig(
        width: 1280, intermediateSize: 5120, layers: 32, heads: 20, activation: .gelu, projectionWidth: 1280)

    /// The tiny CLIP-L of the test fixtures: width 32, 3 layers, 4 heads, quick GELU.
    public static let tinyCLIPL = CLIPTextConfig(
        width: 32, intermediateSize: 64, layers: 3, heads: 4, activation: .quickGelu)

    /// The tiny bigG of the test fixtures: width 32, 3 layers, 4 heads, GELU, projection 32.
    public static let tinyOpenCLIPBigG = CLIPTextConfig(
        width: 32, intermediateSize: 64, layers: 3, heads: 4, activation: .gelu, projectionWidth: 32)
}

/// Which hidden state a text encoder returns.
///
/// In transformers' terms, `hidden_states[-layersFromEnd]` (1 = the output of the last layer,
/// 2 = the input of the last layer), then the final LayerNorm when `finalLayerNorm` is set.
public struct HiddenStateSelection: Sendable, Equatable {
    /// 1 for the last layer's output, 2 for the penultimate, …
    public var layersFromEnd: Int
    /// Whether the final LayerNorm is applied.
    public var finalLayerNorm: Bool

    /// A selection.
    /// - Precondition: `layersFromEnd >= 1`.
    public init(layersFromEnd: Int, finalLayerNorm: Bool) {
        precondition(layersFromEnd >= 1, "layersFromEnd counts from 1")
        self.layersFromEnd = layersFromEnd
        self.finalLayerNorm = finalLayerNorm
    }

    /// The last layer with the final LayerNorm (`last_hidden_state`; SD 1.5 at clip skip 1).
    public static let last = HiddenStateSelection(layersFromEnd: 1, finalLayerNorm: true)
    /// The penultimate hidden state without the final LayerNorm (SDXL, both encoders).
    public static let penultimate = HiddenStateSelection(layersFromEnd: 2, finalLayerNorm: false)

    /// A1111's "clip skip" for SD 1.5: `hidden_states[-n]` through the final LayerNorm
    /// (n = 1 is `last`).
    public static func clipSkip(_ n: Int) -> HiddenStateSelection {
        HiddenStateSelection(layersFromEnd: max(1, n), finalLayerNorm: true)
    }
}

/// What a text encoder computes for a batch of token sequences.
public struct TextEncoderOutput: Sendable {
    /// The selected hidden states, [B, L, width].
    public var hiddenStates: Tensor
    /// The pooled output, when asked for: the final-LayerNorm'd last hidden state at each
    /// sequence's EOS (the first position holding the largest id), projected when the model has a
    /// projection; [B, width] or [B, projection].
    public var pooled: Tensor?
}
