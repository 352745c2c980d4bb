/// Spelling conversions between flattened (kohya) and dotted (diffusers/PEFT) module paths.
public enum KeyNames {
    /// Multi-word path segments of the models LoRAs target (diffusers, LDM/SGM, BFL, CLIP, T5,
    /// Llama-style LLMs). Used only when neither an architecture table nor a base key list knows
    /// the name.
    static let vocabulary: Set<String> = [
        "down_blocks", "up_blocks", "mid_block", "transformer_blocks", "single_transformer_blocks",
        "to_q", "to_k", "to_v", "to_out", "to_add_out", "add_q_proj", "add_k_proj", "add_v_proj",
        "proj_in", "proj_out", "proj_mlp", "conv_shortcut", "time_emb_proj", "conv_in", "conv_out", "conv_norm_out",
        "time_embedding", "linear_1", "linear_2", "add_embedding", "text_model", "self_attn", "q_proj", "k_proj",
        "v_proj", "out_proj", "o_proj", "gate_proj", "up_proj", "down_proj", "embed_tokens", "lm_head",
        "input_blocks", "output_blocks", "middle_block", "in_layers", "out_layers", "emb_layers",
        "skip_connection", "label_emb", "time_embed", "double_blocks", "single_blocks", "img_attn", "txt_attn",
        "img_mlp", "txt_mlp", "img_mod", "txt_mod", "ff_context", "norm1_context", "final_layer",
        "adaLN_modulation", "img_in", "txt_in", "time_in", "vector_in", "guidance_in", "in_proj", "c_fc", "c_proj",
        "self_attention", "query_key_value", "dense_h_to_4h", "dense_4h_to_h", "x_embedder", "context_embedder",
        "norm_out", "time_text_embed", "timestep_embedder", "guidance_embedder", "text_embedder",
        "final_layer_norm", "layer_norm", "wi_0", "wi_1", "norm_q", "norm_k", "norm_added_q", "norm_added_k",
        "text_projection", "position_embedding", "token_embedding",
    ]

    /// A best-effort dotted path for a flattened kohya path (`down_blocks_0_attentions_0_proj_in`
    /// → `down_blocks.0.attentions.0.proj_in`), joining underscores only inside known segments.
    /// - Complexity: O(n²) in the number of `_`-separated words (names are short).
    public static func unflatten(_ flat: String) -> String {
        let words = flat.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
        var segments: [String] = []
        var i = 0
        while i < words.count {
            var best = 1
            var j = words.count
            while j > i + 1 {
                if vocabulary.contains(words[i..<j].joined(separator: "_")) { best = j - i; break }
                j -= 1
            }
            segments.append(words[i..<(i + best)].joined(separator: "_"))
            i += best
        }
        return segments.joined(separator: ".")
    }
}
