// Generated from Tests/Fixtures/architectures/*.tsv (columns: checkpoint key, shape, diffusers key,
// kohya LoRA name, kohya diffusers-path alias). `ArchitectureTableTests` checks it equals the TSVs.
// Regenerate with the snippet in Docs/Formats.md ("Architecture tables").

extension ArchitectureTable {
    /// `sd15.tsv` rows.
    static let sd15Rows = #"""
cond_stage_model.transformer.embeddings.position_embedding.weight	77,768	text_encoder.embeddings.position_embedding.weight		
cond_stage_model.transformer.embeddings.token_embedding.weight	49408,768	text_encoder.embeddings.token_embedding.weight		
cond_stage_model.transformer.encoder.layers.0.layer_norm1.bias	768	text_encoder.encoder.layers.0.layer_norm1.bias		
cond_stage_model.transformer.encoder.layers.0.layer_norm1.weight	768	text_encoder.encoder.layers.0.layer_norm1.weight		
cond_stage_model.transformer.encoder.layers.0.layer_norm2.bias	768	text_encoder.encoder.layers.0.layer_norm2.bias		
cond_stage_model.transformer.encoder.layers.0.layer_norm2.weight	768	text_encoder.encoder.layers.0.layer_norm2.weight		
cond_stage_model.transformer.encoder.layers.0.mlp.fc1.bias	3072	text_encoder.encoder.layers.0.mlp.fc1.bias		
cond_stage_model.transformer.encoder.layers.0.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.0.mlp.fc1.weight	lora_te_encoder_layers_0_mlp_fc1	
cond_stage_model.transformer.encoder.layers.0.mlp.fc2.bias	768	text_encoder.encoder.layers.0.mlp.fc2.bias		
cond_stage_model.transformer.encoder.layers.0.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.0.mlp.fc2.weight	lora_te_encoder_layers_0_mlp_fc2	
cond_stage_model.transformer.encoder.layers.0.self_attn.k_proj.bias	768	text_encoder.encoder.layers.0.self_attn.k_proj.bias		
cond_stage_model.transformer.encoder.layers.0.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.0.self_attn.k_proj.weight	lora_te_encoder_layers_0_self_attn_k_proj	
cond_stage_model.transformer.encoder.layers.0.self_attn.out_proj.bias	768	text_encoder.encoder.layers.0.self_attn.out_proj.bias		
cond_stage_model.transformer.encoder.layers.0.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.0.self_attn.out_proj.weight	lora_te_encoder_layers_0_self_attn_out_proj	
cond_stage_model.transformer.encoder.layers.0.self_attn.q_proj.bias	768	text_encoder.encoder.layers.0.self_attn.q_proj.bias		
cond_stage_model.transformer.encoder.layers.0.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.0.self_attn.q_proj.weight	lora_te_encoder_layers_0_self_attn_q_proj	
cond_stage_model.transformer.encoder.layers.0.self_attn.v_proj.bias	768	text_encoder.encoder.layers.0.self_attn.v_proj.bias		
cond_stage_model.transformer.encoder.layers.0.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.0.self_attn.v_proj.weight	lora_te_encoder_layers_0_self_attn_v_proj	
cond_stage_model.transformer.encoder.layers.1.layer_norm1.bias	768	text_encoder.encoder.layers.1.layer_norm1.bias		
cond_stage_model.transformer.encoder.layers.1.layer_norm1.weight	768	text_encoder.encoder.layers.1.layer_norm1.weight		
cond_stage_model.transformer.encoder.layers.1.layer_norm2.bias	768	text_encoder.encoder.layers.1.layer_norm2.bias		
cond_stage_model.transformer.encoder.layers.1.layer_norm2.weight	768	text_encoder.encoder.layers.1.layer_norm2.weight		
cond_stage_model.transformer.encoder.layers.1.mlp.fc1.bias	3072	text_encoder.encoder.layers.1.mlp.fc1.bias		
cond_stage_model.transformer.encoder.layers.1.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.1.mlp.fc1.weight	lora_te_encoder_layers_1_mlp_fc1	
cond_stage_model.transformer.encoder.layers.1.mlp.fc2.bias	768	text_encoder.encoder.layers.1.mlp.fc2.bias		
cond_stage_model.transformer.encoder.layers.1.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.1.mlp.fc2.weight	lora_te_encoder_layers_1_mlp_fc2	
cond_stage_model.transformer.encoder.layers.1.self_attn.k_proj.bias	768	text_encoder.encoder.layers.1.self_attn.k_proj.bias		
cond_stage_model.transformer.encoder.layers.1.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.1.self_attn.k_proj.weight	lora_te_encoder_layers_1_self_attn_k_proj	
cond_stage_model.transformer.encoder.layers.1.self_attn.out_proj.bias	768	text_encoder.encoder.layers.1.self_attn.out_proj.bias		
cond_stage_model.transformer.encoder.layers.1.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.1.self_attn.out_proj.weight	lora_te_encoder_layers_1_self_attn_out_proj	
cond_stage_model.transformer.encoder.layers.1.self_attn.q_proj.bias	768	text_encoder.encoder.layers.1.self_attn.q_proj.bias		
cond_stage_model.transformer.encoder.layers.1.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.1.self_attn.q_proj.weight	lora_te_encoder_layers_1_self_attn_q_proj	
cond_stage_model.transformer.encoder.layers.1.self_attn.v_proj.bias	768	text_encoder.encoder.layers.1.self_attn.v_proj.bias		
cond_stage_model.transformer.encoder.layers.1.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.1.self_attn.v_proj.weight	lora_te_encoder_layers_1_self_attn_v_proj	
cond_stage_model.transformer.encoder.layers.10.layer_norm1.bias	768	text_encoder.encoder.layers.10.layer_norm1.bias		
cond_stage_model.transformer.encoder.layers.10.layer_norm1.weight	768	text_encoder.encoder.layers.10.layer_norm1.weight		
cond_stage_model.transformer.encoder.layers.10.layer_norm2.bias	768	text_encoder.encoder.layers.10.layer_norm2.bias		
cond_stage_model.transformer.encoder.layers.10.layer_norm2.weight	768	text_encoder.encoder.layers.10.layer_norm2.weight		
cond_stage_model.transformer.encoder.layers.10.mlp.fc1.bias	3072	text_encoder.encoder.layers.10.mlp.fc1.bias		
cond_stage_model.transformer.encoder.layers.10.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.10.mlp.fc1.weight	lora_te_encoder_layers_10_mlp_fc1	
cond_stage_model.transformer.encoder.layers.10.mlp.fc2.bias	768	text_encoder.encoder.layers.10.mlp.fc2.bias		
cond_stage_model.transformer.encoder.layers.10.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.10.mlp.fc2.weight	lora_te_encoder_layers_10_mlp_fc2	
cond_stage_model.transformer.encoder.layers.10.self_attn.k_proj.bias	768	text_encoder.encoder.layers.10.self_attn.k_proj.bias		
cond_stage_model.transformer.encoder.layers.10.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.10.self_attn.k_proj.weight	lora_te_encoder_layers_10_self_attn_k_proj	
cond_stage_model.transformer.encoder.layers.10.self_attn.out_proj.bias	768	text_encoder.encoder.layers.10.self_attn.out_proj.bias		
cond_stage_model.transformer.encoder.layers.10.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.10.self_attn.out_proj.weight	lora_te_encoder_layers_10_self_attn_out_proj	
cond_stage_model.transformer.encoder.layers.10.self_attn.q_proj.bias	768	text_encoder.encoder.layers.10.self_attn.q_proj.bias		
cond_stage_model.transformer.encoder.layers.10.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.10.self_attn.q_proj.weight	lora_te_encoder_layers_10_self_attn_q_proj	
cond_stage_model.transformer.encoder.layers.10.self_attn.v_proj.bias	768	text_encoder.encoder.layers.10.self_attn.v_proj.bias		
cond_stage_model.transformer.encoder.layers.10.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.10.self_attn.v_proj.weight	lora_te_encoder_layers_10_self_attn_v_proj	
cond_stage_model.transformer.encoder.layers.11.layer_norm1.bias	768	text_encoder.encoder.layers.11.layer_norm1.bias		
cond_stage_model.transformer.encoder.layers.11.layer_norm1.weight	768	text_encoder.encoder.layers.11.layer_norm1.weight		
cond_stage_model.transformer.encoder.layers.11.layer_norm2.bias	768	text_encoder.encoder.layers.11.layer_norm2.bias		
cond_stage_model.transformer.encoder.layers.11.layer_norm2.weight	768	text_encoder.encoder.layers.11.layer_norm2.weight		
cond_stage_model.transformer.encoder.layers.11.mlp.fc1.bias	3072	text_encoder.encoder.layers.11.mlp.fc1.bias		
cond_stage_model.transformer.encoder.layers.11.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.11.mlp.fc1.weight	lora_te_encoder_layers_11_mlp_fc1	
cond_stage_model.transformer.encoder.layers.11.mlp.fc2.bias	768	text_encoder.encoder.layers.11.mlp.fc2.bias		
cond_stage_model.transformer.encoder.layers.11.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.11.mlp.fc2.weight	lora_te_encoder_layers_11_mlp_fc2	
cond_stage_model.transformer.encoder.layers.11.self_attn.k_proj.bias	768	text_encoder.encoder.layers.11.self_attn.k_proj.bias		
cond_stage_model.transformer.encoder.layers.11.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.11.self_attn.k_proj.weight	lora_te_encoder_layers_11_self_attn_k_proj	
cond_stage_model.transformer.encoder.layers.11.self_attn.out_proj.bias	768	text_encoder.encoder.layers.11.self_attn.out_proj.bias		
cond_stage_model.transformer.encoder.layers.11.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.11.self_attn.out_proj.weight	lora_te_encoder_layers_11_self_attn_out_proj	
cond_stage_model.transformer.encoder.layers.11.self_attn.q_proj.bias	768	text_encoder.encoder.layers.11.self_attn.q_proj.bias		
cond_stage_model.transformer.encoder.layers.11.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.11.self_attn.q_proj.weight	lora_te_encoder_layers_11_self_attn_q_proj	
cond_stage_model.transformer.encoder.layers.11.self_attn.v_proj.bias	768	text_encoder.encoder.layers.11.self_attn.v_proj.bias		
cond_stage_model.transformer.encoder.layers.11.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.11.self_attn.v_proj.weight	lora_te_encoder_layers_11_self_attn_v_proj	
cond_stage_model.transformer.encoder.layers.2.layer_norm1.bias	768	text_encoder.encoder.layers.2.layer_norm1.bias		
cond_stage_model.transformer.encoder.layers.2.layer_norm1.weight	768	text_encoder.encoder.layers.2.layer_norm1.weight		
cond_stage_model.transformer.encoder.layers.2.layer_norm2.bias	768	text_encoder.encoder.layers.2.layer_norm2.bias		
cond_stage_model.transformer.encoder.layers.2.layer_norm2.weight	768	text_encoder.encoder.layers.2.layer_norm2.weight		
cond_stage_model.transformer.encoder.layers.2.mlp.fc1.bias	3072	text_encoder.encoder.layers.2.mlp.fc1.bias		
cond_stage_model.transformer.encoder.layers.2.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.2.mlp.fc1.weight	lora_te_encoder_layers_2_mlp_fc1	
cond_stage_model.transformer.encoder.layers.2.mlp.fc2.bias	768	text_encoder.encoder.layers.2.mlp.fc2.bias		
cond_stage_model.transformer.encoder.layers.2.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.2.mlp.fc2.weight	lora_te_encoder_layers_2_mlp_fc2	
cond_stage_model.transformer.encoder.layers.2.self_attn.k_proj.bias	768	text_encoder.encoder.layers.2.self_attn.k_proj.bias		
cond_stage_model.transformer.encoder.layers.2.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.2.self_attn.k_proj.weight	lora_te_encoder_layers_2_self_attn_k_proj	
cond_stage_model.transformer.encoder.layers.2.self_attn.out_proj.bias	768	text_encoder.encoder.layers.2.self_attn.out_proj.bias		
cond_stage_model.transformer.encoder.layers.2.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.2.self_attn.out_proj.weight	lora_te_encoder_layers_2_self_attn_out_proj	
cond_stage_model.transformer.encoder.layers.2.self_attn.q_proj.bias	768	text_encoder.encoder.layers.2.self_attn.q_proj.bias		
cond_stage_model.transformer.encoder.layers.2.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.2.self_attn.q_proj.weight	lora_te_encoder_layers_2_self_attn_q_proj	
cond_stage_model.transformer.encoder.layers.2.self_attn.v_proj.bias	768	text_encoder.encoder.layers.2.self_attn.v_proj.bias		
cond_stage_model.transformer.encoder.layers.2.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.2.self_attn.v_proj.weight	lora_te_encoder_layers_2_self_attn_v_proj	
cond_stage_model.transformer.encoder.layers.3.layer_norm1.bias	768	text_encoder.encoder.layers.3.layer_norm1.bias		
cond_stage_model.transformer.encoder.layers.3.layer_norm1.weight	768	text_encoder.encoder.layers.3.layer_norm1.weight		
cond_stage_model.transformer.encoder.layers.3.layer_norm2.bias	768	text_encoder.encoder.layers.3.layer_norm2.bias		
cond_stage_model.transformer.encoder.layers.3.layer_norm2.weight	768	text_encoder.encoder.layers.3.layer_norm2.weight		
cond_stage_model.transformer.encoder.layers.3.mlp.fc1.bias	3072	text_encoder.encoder.layers.3.mlp.fc1.bias		
cond_stage_model.transformer.encoder.layers.3.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.3.mlp.fc1.weight	lora_te_encoder_layers_3_mlp_fc1	
cond_stage_model.transformer.encoder.layers.3.mlp.fc2.bias	768	text_encoder.encoder.layers.3.mlp.fc2.bias		
cond_stage_model.transformer.encoder.layers.3.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.3.mlp.fc2.weight	lora_te_encoder_layers_3_mlp_fc2	
cond_stage_model.transformer.encoder.layers.3.self_attn.k_proj.bias	768	text_encoder.encoder.layers.3.self_attn.k_proj.bias		
cond_stage_model.transformer.encoder.layers.3.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.3.self_attn.k_proj.weight	lora_te_encoder_layers_3_self_attn_k_proj	
cond_stage_model.transformer.encoder.layers.3.self_attn.out_proj.bias	768	text_encoder.encoder.layers.3.self_attn.out_proj.bias		
cond_stage_model.transformer.encoder.layers.3.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.3.self_attn.out_proj.weight	lora_te_encoder_layers_3_self_attn_out_proj	
cond_stage_model.transformer.encoder.layers.3.self_attn.q_proj.bias	768	text_encoder.encoder.layers.3.self_attn.q_proj.bias		
cond_stage_model.transformer.encoder.layers.3.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.3.self_attn.q_proj.weight	lora_te_encoder_layers_3_self_attn_q_proj	
cond_stage_model.transformer.encoder.layers.3.self_attn.v_proj.bias	768	text_encoder.encoder.layers.3.self_attn.v_proj.bias		
cond_stage_model.transformer.encoder.layers.3.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.3.self_attn.v_proj.weight	lora_te_encoder_layers_3_self_attn_v_proj	
cond_stage_model.transformer.encoder.layers.4.layer_norm1.bias	768	text_encoder.encoder.layers.4.layer_norm1.bias		
cond_stage_model.transformer.encoder.layers.4.layer_norm1.weight	768	text_encoder.encoder.layers.4.layer_norm1.weight		
cond_stage_model.transformer.encoder.layers.4.layer_norm2.bias	768	text_encoder.encoder.layers.4.layer_norm2.bias		
cond_stage_model.transformer.encoder.layers.4.layer_norm2.weight	768	text_encoder.encoder.layers.4.layer_norm2.weight		
cond_stage_model.transformer.encoder.layers.4.mlp.fc1.bias	3072	text_encoder.encoder.layers.4.mlp.fc1.bias		
cond_stage_model.transformer.encoder.layers.4.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.4.mlp.fc1.weight	lora_te_encoder_layers_4_mlp_fc1	
cond_stage_model.transformer.encoder.layers.4.mlp.fc2.bias	768	text_encoder.encoder.layers.4.mlp.fc2.bias		
cond_stage_model.transformer.encoder.layers.4.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.4.mlp.fc2.weight	lora_te_encoder_layers_4_mlp_fc2	
cond_stage_model.transformer.encoder.layers.4.self_attn.k_proj.bias	768	text_encoder.encoder.layers.4.self_attn.k_proj.bias		
cond_stage_model.transformer.encoder.layers.4.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.4.self_attn.k_proj.weight	lora_te_encoder_layers_4_self_attn_k_proj	
cond_stage_model.transformer.encoder.layers.4.self_attn.out_proj.bias	768	text_encoder.encoder.layers.4.self_attn.out_proj.bias		
cond_stage_model.transformer.encoder.layers.4.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.4.self_attn.out_proj.weight	lora_te_encoder_layers_4_self_attn_out_proj	
cond_stage_model.transformer.encoder.layers.4.self_attn.q_proj.bias	768	text_encoder.encoder.layers.4.self_attn.q_proj.bias		
cond_stage_model.transformer.encoder.layers.4.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.4.self_attn.q_proj.weight	lora_te_encoder_layers_4_self_attn_q_proj	
cond_stage_model.transformer.encoder.layers.4.self_attn.v_proj.bias	768	text_encoder.encoder.layers.4.self_attn.v_proj.bias		
cond_stage_model.transformer.encoder.layers.4.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.4.self_attn.v_proj.weight	lora_te_encoder_layers_4_self_attn_v_proj	
cond_stage_model.transformer.encoder.layers.5.layer_norm1.bias	768	text_encoder.encoder.layers.5.layer_norm1.bias		
cond_stage_model.transformer.encoder.layers.5.layer_norm1.weight	768	text_encoder.encoder.layers.5.layer_norm1.weight		
cond_stage_model.transformer.encoder.layers.5.layer_norm2.bias	768	text_encoder.encoder.layers.5.layer_norm2.bias		
cond_stage_model.transformer.encoder.layers.5.layer_norm2.weight	768	text_encoder.encoder.layers.5.layer_norm2.weight		
cond_stage_model.transformer.encoder.layers.5.mlp.fc1.bias	3072	text_encoder.encoder.layers.5.mlp.fc1.bias		
cond_stage_model.transformer.encoder.layers.5.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.5.mlp.fc1.weight	lora_te_encoder_layers_5_mlp_fc1	
cond_stage_model.transformer.encoder.layers.5.mlp.fc2.bias	768	text_encoder.encoder.layers.5.mlp.fc2.bias		
cond_stage_model.transformer.encoder.layers.5.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.5.mlp.fc2.weight	lora_te_encoder_layers_5_mlp_fc2	
cond_stage_model.transformer.encoder.layers.5.self_attn.k_proj.bias	768	text_encoder.encoder.layers.5.self_attn.k_proj.bias		
cond_stage_model.transformer.encoder.layers.5.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.5.self_attn.k_proj.weight	lora_te_encoder_layers_5_self_attn_k_proj	
cond_stage_model.transformer.encoder.layers.5.self_attn.out_proj.bias	768	text_encoder.encoder.layers.5.self_attn.out_proj.bias		
cond_stage_model.transformer.encoder.layers.5.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.5.self_attn.out_proj.weight	lora_te_encoder_layers_5_self_attn_out_proj	
cond_stage_model.transformer.encoder.layers.5.self_attn.q_proj.bias	768	text_encoder.encoder.layers.5.self_attn.q_proj.bias		
cond_stage_model.transformer.encoder.layers.5.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.5.self_attn.q_proj.weight	lora_te_encoder_layers_5_self_attn_q_proj	
cond_stage_model.transformer.encoder.layers.5.self_attn.v_proj.bias	768	text_encoder.encoder.layers.5.self_attn.v_proj.bias		
cond_stage_model.transformer.encoder.layers.5.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.5.self_attn.v_proj.weight	lora_te_encoder_layers_5_self_attn_v_proj	
cond_stage_model.transformer.encoder.layers.6.layer_norm1.bias	768	text_encoder.encoder.layers.6.layer_norm1.bias		
cond_stage_model.transformer.encoder.layers.6.layer_norm1.weight	768	text_encoder.encoder.layers.6.layer_norm1.weight		
cond_stage_model.transformer.encoder.layers.6.layer_norm2.bias	768	text_encoder.encoder.layers.6.layer_norm2.bias		
cond_stage_model.transformer.encoder.layers.6.layer_norm2.weight	768	text_encoder.encoder.layers.6.layer_norm2.weight		
cond_stage_model.transformer.encoder.layers.6.mlp.fc1.bias	3072	text_encoder.encoder.layers.6.mlp.fc1.bias		
cond_stage_model.transformer.encoder.layers.6.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.6.mlp.fc1.weight	lora_te_encoder_layers_6_mlp_fc1	
cond_stage_model.transformer.encoder.layers.6.mlp.fc2.bias	768	text_encoder.encoder.layers.6.mlp.fc2.bias		
cond_stage_model.transformer.encoder.layers.6.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.6.mlp.fc2.weight	lora_te_encoder_layers_6_mlp_fc2	
cond_stage_model.transformer.encoder.layers.6.self_attn.k_proj.bias	768	text_encoder.encoder.layers.6.self_attn.k_proj.bias		
cond_stage_model.transformer.encoder.layers.6.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.6.self_attn.k_proj.weight	lora_te_encoder_layers_6_self_attn_k_proj	
cond_stage_model.transformer.encoder.layers.6.self_attn.out_proj.bias	768	text_encoder.encoder.layers.6.self_attn.out_proj.bias		
cond_stage_model.transformer.encoder.layers.6.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.6.self_attn.out_proj.weight	lora_te_encoder_layers_6_self_attn_out_proj	
cond_stage_model.transformer.encoder.layers.6.self_attn.q_proj.bias	768	text_encoder.encoder.layers.6.self_attn.q_proj.bias		
cond_stage_model.transformer.encoder.layers.6.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.6.self_attn.q_proj.weight	lora_te_encoder_layers_6_self_attn_q_proj	
cond_stage_model.transformer.encoder.layers.6.self_attn.v_proj.bias	768	text_encoder.encoder.layers.6.self_attn.v_proj.bias		
cond_stage_model.transformer.encoder.layers.6.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.6.self_attn.v_proj.weight	lora_te_encoder_layers_6_self_attn_v_proj	
cond_stage_model.transformer.encoder.layers.7.layer_norm1.bias	768	text_encoder.encoder.layers.7.layer_norm1.bias		
cond_stage_model.transformer.encoder.layers.7.layer_norm1.weight	768	text_encoder.encoder.layers.7.layer_norm1.weight		
cond_stage_model.transformer.encoder.layers.7.layer_norm2.bias	768	text_encoder.encoder.layers.7.layer_norm2.bias		
cond_stage_model.transformer.encoder.layers.7.layer_norm2.weight	768	text_encoder.encoder.layers.7.layer_norm2.weight		
cond_stage_model.transformer.encoder.layers.7.mlp.fc1.bias	3072	text_encoder.encoder.layers.7.mlp.fc1.bias		
cond_stage_model.transformer.encoder.layers.7.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.7.mlp.fc1.weight	lora_te_encoder_layers_7_mlp_fc1	
cond_stage_model.transformer.encoder.layers.7.mlp.fc2.bias	768	text_encoder.encoder.layers.7.mlp.fc2.bias		
cond_stage_model.transformer.encoder.layers.7.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.7.mlp.fc2.weight	lora_te_encoder_layers_7_mlp_fc2	
cond_stage_model.transformer.encoder.layers.7.self_attn.k_proj.bias	768	text_encoder.encoder.layers.7.self_attn.k_proj.bias		
cond_stage_model.transformer.encoder.layers.7.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.7.self_attn.k_proj.weight	lora_te_encoder_layers_7_self_attn_k_proj	
cond_stage_model.transformer.encoder.layers.7.self_attn.out_proj.bias	768	text_encoder.encoder.layers.7.self_attn.out_proj.bias		
cond_stage_model.transformer.encoder.layers.7.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.7.self_attn.out_proj.weight	lora_te_encoder_layers_7_self_attn_out_proj	
cond_stage_model.transformer.encoder.layers.7.self_attn.q_proj.bias	768	text_encoder.encoder.layers.7.self_attn.q_proj.bias		
cond_stage_model.transformer.encoder.layers.7.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.7.self_attn.q_proj.weight	lora_te_encoder_layers_7_self_attn_q_proj	
cond_stage_model.transformer.encoder.layers.7.self_attn.v_proj.bias	768	text_encoder.encoder.layers.7.self_attn.v_proj.bias		
cond_stage_model.transformer.encoder.layers.7.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.7.self_attn.v_proj.weight	lora_te_encoder_layers_7_self_attn_v_proj	
cond_stage_model.transformer.encoder.layers.8.layer_norm1.bias	768	text_encoder.encoder.layers.8.layer_norm1.bias		
cond_stage_model.transformer.encoder.layers.8.layer_norm1.weight	768	text_encoder.encoder.layers.8.layer_norm1.weight		
cond_stage_model.transformer.encoder.layers.8.layer_norm2.bias	768	text_encoder.encoder.layers.8.layer_norm2.bias		
cond_stage_model.transformer.encoder.layers.8.layer_norm2.weight	768	text_encoder.encoder.layers.8.layer_norm2.weight		
cond_stage_model.transformer.encoder.layers.8.mlp.fc1.bias	3072	text_encoder.encoder.layers.8.mlp.fc1.bias		
cond_stage_model.transformer.encoder.layers.8.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.8.mlp.fc1.weight	lora_te_encoder_layers_8_mlp_fc1	
cond_stage_model.transformer.encoder.layers.8.mlp.fc2.bias	768	text_encoder.encoder.layers.8.mlp.fc2.bias		
cond_stage_model.transformer.encoder.layers.8.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.8.mlp.fc2.weight	lora_te_encoder_layers_8_mlp_fc2	
cond_stage_model.transformer.encoder.layers.8.self_attn.k_proj.bias	768	text_encoder.encoder.layers.8.self_attn.k_proj.bias		
cond_stage_model.transformer.encoder.layers.8.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.8.self_attn.k_proj.weight	lora_te_encoder_layers_8_self_attn_k_proj	
cond_stage_model.transformer.encoder.layers.8.self_attn.out_proj.bias	768	text_encoder.encoder.layers.8.self_attn.out_proj.bias		
cond_stage_model.transformer.encoder.layers.8.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.8.self_attn.out_proj.weight	lora_te_encoder_layers_8_self_attn_out_proj	
cond_stage_model.transformer.encoder.layers.8.self_attn.q_proj.bias	768	text_encoder.encoder.layers.8.self_attn.q_proj.bias		
cond_stage_model.transformer.encoder.layers.8.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.8.self_attn.q_proj.weight	lora_te_encoder_layers_8_self_attn_q_proj	
cond_stage_model.transformer.encoder.layers.8.self_attn.v_proj.bias	768	text_encoder.encoder.layers.8.self_attn.v_proj.bias		
cond_stage_model.transformer.encoder.layers.8.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.8.self_attn.v_proj.weight	lora_te_encoder_layers_8_self_attn_v_proj	
cond_stage_model.transformer.encoder.layers.9.layer_norm1.bias	768	text_encoder.encoder.layers.9.layer_norm1.bias		
cond_stage_model.transformer.encoder.layers.9.layer_norm1.weight	768	text_encoder.encoder.layers.9.layer_norm1.weight		
cond_stage_model.transformer.encoder.layers.9.layer_norm2.bias	768	text_encoder.encoder.layers.9.layer_norm2.bias		
cond_stage_model.transformer.encoder.layers.9.layer_norm2.weight	768	text_encoder.encoder.layers.9.layer_norm2.weight		
cond_stage_model.transformer.encoder.layers.9.mlp.fc1.bias	3072	text_encoder.encoder.layers.9.mlp.fc1.bias		
cond_stage_model.transformer.encoder.layers.9.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.9.mlp.fc1.weight	lora_te_encoder_layers_9_mlp_fc1	
cond_stage_model.transformer.encoder.layers.9.mlp.fc2.bias	768	text_encoder.encoder.layers.9.mlp.fc2.bias		
cond_stage_model.transformer.encoder.layers.9.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.9.mlp.fc2.weight	lora_te_encoder_layers_9_mlp_fc2	
cond_stage_model.transformer.encoder.layers.9.self_attn.k_proj.bias	768	text_encoder.encoder.layers.9.self_attn.k_proj.bias		
cond_stage_model.transformer.encoder.layers.9.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.9.self_attn.k_proj.weight	lora_te_encoder_layers_9_self_attn_k_proj	
cond_stage_model.transformer.encoder.layers.9.self_attn.out_proj.bias	768	text_encoder.encoder.layers.9.self_attn.out_proj.bias		
cond_stage_model.transformer.encoder.layers.9.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.9.self_attn.out_proj.weight	lora_te_encoder_layers_9_self_attn_out_proj	
cond_stage_model.transformer.encoder.layers.9.self_attn.q_proj.bias	768	text_encoder.encoder.layers.9.self_attn.q_proj.bias		
cond_stage_model.transformer.encoder.layers.9.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.9.self_attn.q_proj.weight	lora_te_encoder_layers_9_self_attn_q_proj	
cond_stage_model.transformer.encoder.layers.9.self_attn.v_proj.bias	768	text_encoder.encoder.layers.9.self_attn.v_proj.bias		
cond_stage_model.transformer.encoder.layers.9.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.9.self_attn.v_proj.weight	lora_te_encoder_layers_9_self_attn_v_proj	
cond_stage_model.transformer.final_layer_norm.bias	768	text_encoder.final_layer_norm.bias		
cond_stage_model.transformer.final_layer_norm.weight	768	text_encoder.final_layer_norm.weight		
first_stage_model.decoder.conv_in.bias	512	vae.decoder.conv_in.bias		
first_stage_model.decoder.conv_in.weight	512,4,3,3	vae.decoder.conv_in.weight		
first_stage_model.decoder.conv_out.bias	3	vae.decoder.conv_out.bias		
first_stage_model.decoder.conv_out.weight	3,128,3,3	vae.decoder.conv_out.weight		
first_stage_model.decoder.mid.attn_1.k.bias	512	vae.decoder.mid_block.attentions.0.to_k.bias		
first_stage_model.decoder.mid.attn_1.k.weight	512,512,1,1	vae.decoder.mid_block.attentions.0.to_k.weight		
first_stage_model.decoder.mid.attn_1.norm.bias	512	vae.decoder.mid_block.attentions.0.group_norm.bias		
first_stage_model.decoder.mid.attn_1.norm.weight	512	vae.decoder.mid_block.attentions.0.group_norm.weight		
first_stage_model.decoder.mid.attn_1.proj_out.bias	512	vae.decoder.mid_block.attentions.0.to_out.0.bias		
first_stage_model.decoder.mid.attn_1.proj_out.weight	512,512,1,1	vae.decoder.mid_block.attentions.0.to_out.0.weight		
first_stage_model.decoder.mid.attn_1.q.bias	512	vae.decoder.mid_block.attentions.0.to_q.bias		
first_stage_model.decoder.mid.attn_1.q.weight	512,512,1,1	vae.decoder.mid_block.attentions.0.to_q.weight		
first_stage_model.decoder.mid.attn_1.v.bias	512	vae.decoder.mid_block.attentions.0.to_v.bias		
first_stage_model.decoder.mid.attn_1.v.weight	512,512,1,1	vae.decoder.mid_block.attentions.0.to_v.weight		
first_stage_model.decoder.mid.block_1.conv1.bias	512	vae.decoder.mid_block.resnets.0.conv1.bias		
first_stage_model.decoder.mid.block_1.conv1.weight	512,512,3,3	vae.decoder.mid_block.resnets.0.conv1.weight		
first_stage_model.decoder.mid.block_1.conv2.bias	512	vae.decoder.mid_block.resnets.0.conv2.bias		
first_stage_model.decoder.mid.block_1.conv2.weight	512,512,3,3	vae.decoder.mid_block.resnets.0.conv2.weight		
first_stage_model.decoder.mid.block_1.norm1.bias	512	vae.decoder.mid_block.resnets.0.norm1.bias		
first_stage_model.decoder.mid.block_1.norm1.weight	512	vae.decoder.mid_block.resnets.0.norm1.weight		
first_stage_model.decoder.mid.block_1.norm2.bias	512	vae.decoder.mid_block.resnets.0.norm2.bias		
first_stage_model.decoder.mid.block_1.norm2.weight	512	vae.decoder.mid_block.resnets.0.norm2.weight		
first_stage_model.decoder.mid.block_2.conv1.bias	512	vae.decoder.mid_block.resnets.1.conv1.bias		
first_stage_model.decoder.mid.block_2.conv1.weight	512,512,3,3	vae.decoder.mid_block.resnets.1.conv1.weight		
first_stage_model.decoder.mid.block_2.conv2.bias	512	vae.decoder.mid_block.resnets.1.conv2.bias		
first_stage_model.decoder.mid.block_2.conv2.weight	512,512,3,3	vae.decoder.mid_block.resnets.1.conv2.weight		
first_stage_model.decoder.mid.block_2.norm1.bias	512	vae.decoder.mid_block.resnets.1.norm1.bias		
first_stage_model.decoder.mid.block_2.norm1.weight	512	vae.decoder.mid_block.resnets.1.norm1.weight		
first_stage_model.decoder.mid.block_2.norm2.bias	512	vae.decoder.mid_block.resnets.1.norm2.bias		
first_stage_model.decoder.mid.block_2.norm2.weight	512	vae.decoder.mid_block.resnets.1.norm2.weight		
first_stage_model.decoder.norm_out.bias	128	vae.decoder.conv_norm_out.bias		
first_stage_model.decoder.norm_out.weight	128	vae.decoder.conv_norm_out.weight		
first_stage_model.decoder.up.0.block.0.conv1.bias	128	vae.decoder.up_blocks.3.resnets.0.conv1.bias		
first_stage_model.decoder.up.0.block.0.conv1.weight	128,256,3,3	vae.decoder.up_blocks.3.resnets.0.conv1.weight		
first_stage_model.decoder.up.0.block.0.conv2.bias	128	vae.decoder.up_blocks.3.resnets.0.conv2.bias		
first_stage_model.decoder.up.0.block.0.conv2.weight	128,128,3,3	vae.decoder.up_blocks.3.resnets.0.conv2.weight		
first_stage_model.decoder.up.0.block.0.nin_shortcut.bias	128	vae.decoder.up_blocks.3.resnets.0.conv_shortcut.bias		
first_stage_model.decoder.up.0.block.0.nin_shortcut.weight	128,256,1,1	vae.decoder.up_blocks.3.resnets.0.conv_shortcut.weight		
first_stage_model.decoder.up.0.block.0.norm1.bias	256	vae.decoder.up_blocks.3.resnets.0.norm1.bias		
first_stage_model.decoder.up.0.block.0.norm1.weight	256	vae.decoder.up_blocks.3.resnets.0.norm1.weight		
first_stage_model.decoder.up.0.block.0.norm2.bias	128	vae.decoder.up_blocks.3.resnets.0.norm2.bias		
first_stage_model.decoder.up.0.block.0.norm2.weight	128	vae.decoder.up_blocks.3.resnets.0.norm2.weight		
first_stage_model.decoder.up.0.block.1.conv1.bias	128	vae.decoder.up_blocks.3.resnets.1.conv1.bias		
first_stage_model.decoder.up.0.block.1.conv1.weight	128,128,3,3	vae.decoder.up_blocks.3.resnets.1.conv1.weight		
first_stage_model.decoder.up.0.block.1.conv2.bias	128	vae.decoder.up_blocks.3.resnets.1.conv2.bias		
first_stage_model.decoder.up.0.block.1.conv2.weight	128,128,3,3	vae.decoder.up_blocks.3.resnets.1.conv2.weight		
first_stage_model.decoder.up.0.block.1.norm1.bias	128	vae.decoder.up_blocks.3.resnets.1.norm1.bias		
first_stage_model.decoder.up.0.block.1.norm1.weight	128	vae.decoder.up_blocks.3.resnets.1.norm1.weight		
first_stage_model.decoder.up.0.block.1.norm2.bias	128	vae.decoder.up_blocks.3.resnets.1.norm2.bias		
first_stage_model.decoder.up.0.block.1.norm2.weight	128	vae.decoder.up_blocks.3.resnets.1.norm2.weight		
first_stage_model.decoder.up.0.block.2.conv1.bias	128	vae.decoder.up_blocks.3.resnets.2.conv1.bias		
first_stage_model.decoder.up.0.block.2.conv1.weight	128,128,3,3	vae.decoder.up_blocks.3.resnets.2.conv1.weight		
first_stage_model.decoder.up.0.block.2.conv2.bias	128	vae.decoder.up_blocks.3.resnets.2.conv2.bias		
first_stage_model.decoder.up.0.block.2.conv2.weight	128,128,3,3	vae.decoder.up_blocks.3.resnets.2.conv2.weight		
first_stage_model.decoder.up.0.block.2.norm1.bias	128	vae.decoder.up_blocks.3.resnets.2.norm1.bias		
first_stage_model.decoder.up.0.block.2.norm1.weight	128	vae.decoder.up_blocks.3.resnets.2.norm1.weight		
first_stage_model.decoder.up.0.block.2.norm2.bias	128	vae.decoder.up_blocks.3.resnets.2.norm2.bias		
first_stage_model.decoder.up.0.block.2.norm2.weight	128	vae.decoder.up_blocks.3.resnets.2.norm2.weight		
first_stage_model.decoder.up.1.block.0.conv1.bias	256	vae.decoder.up_blocks.2.resnets.0.conv1.bias		
first_stage_model.decoder.up.1.block.0.conv1.weight	256,512,3,3	vae.decoder.up_blocks.2.resnets.0.conv1.weight		
first_stage_model.decoder.up.1.block.0.conv2.bias	256	vae.decoder.up_blocks.2.resnets.0.conv2.bias		
first_stage_model.decoder.up.1.block.0.conv2.weight	256,256,3,3	vae.decoder.up_blocks.2.resnets.0.conv2.weight		
first_stage_model.decoder.up.1.block.0.nin_shortcut.bias	256	vae.decoder.up_blocks.2.resnets.0.conv_shortcut.bias		
first_stage_model.decoder.up.1.block.0.nin_shortcut.weight	256,512,1,1	vae.decoder.up_blocks.2.resnets.0.conv_shortcut.weight		
first_stage_model.decoder.up.1.block.0.norm1.bias	512	vae.decoder.up_blocks.2.resnets.0.norm1.bias		
first_stage_model.decoder.up.1.block.0.norm1.weight	512	vae.decoder.up_blocks.2.resnets.0.norm1.weight		
first_stage_model.decoder.up.1.block.0.norm2.bias	256	vae.decoder.up_blocks.2.resnets.0.norm2.bias		
first_stage_model.decoder.up.1.block.0.norm2.weight	256	vae.decoder.up_blocks.2.resnets.0.norm2.weight		
first_stage_model.decoder.up.1.block.1.conv1.bias	256	vae.decoder.up_blocks.2.resnets.1.conv1.bias		
first_stage_model.decoder.up.1.block.1.conv1.weight	256,256,3,3	vae.decoder.up_blocks.2.resnets.1.conv1.weight		
first_stage_model.decoder.up.1.block.1.conv2.bias	256	vae.decoder.up_blocks.2.resnets.1.conv2.bias		
first_stage_model.decoder.up.1.block.1.conv2.weight	256,256,3,3	vae.decoder.up_blocks.2.resnets.1.conv2.weight		
first_stage_model.decoder.up.1.block.1.norm1.bias	256	vae.decoder.up_blocks.2.resnets.1.norm1.bias		
first_stage_model.decoder.up.1.block.1.norm1.weight	256	vae.decoder.up_blocks.2.resnets.1.norm1.weight		
first_stage_model.decoder.up.1.block.1.norm2.bias	256	vae.decoder.up_blocks.2.resnets.1.norm2.bias		
first_stage_model.decoder.up.1.block.1.norm2.weight	256	vae.decoder.up_blocks.2.resnets.1.norm2.weight		
first_stage_model.decoder.up.1.block.2.conv1.bias	256	vae.decoder.up_blocks.2.resnets.2.conv1.bias		
first_stage_model.decoder.up.1.block.2.conv1.weight	256,256,3,3	vae.decoder.up_blocks.2.resnets.2.conv1.weight		
first_stage_model.decoder.up.1.block.2.conv2.bias	256	vae.decoder.up_blocks.2.resnets.2.conv2.bias		
first_stage_model.decoder.up.1.block.2.conv2.weight	256,256,3,3	vae.decoder.up_blocks.2.resnets.2.conv2.weight		
first_stage_model.decoder.up.1.block.2.norm1.bias	256	vae.decoder.up_blocks.2.resnets.2.norm1.bias		
first_stage_model.decoder.up.1.block.2.norm1.weight	256	vae.decoder.up_blocks.2.resnets.2.norm1.weight		
first_stage_model.decoder.up.1.block.2.norm2.bias	256	vae.decoder.up_blocks.2.resnets.2.norm2.bias		
first_stage_model.decoder.up.1.block.2.norm2.weight	256	vae.decoder.up_blocks.2.resnets.2.norm2.weight		
first_stage_model.decoder.up.1.upsample.conv.bias	256	vae.decoder.up_blocks.2.upsamplers.0.conv.bias		
first_stage_model.decoder.up.1.upsample.conv.weight	256,256,3,3	vae.decoder.up_blocks.2.upsamplers.0.conv.weight		
first_stage_model.decoder.up.2.block.0.conv1.bias	512	vae.decoder.up_blocks.1.resnets.0.conv1.bias		
first_stage_model.decoder.up.2.block.0.conv1.weight	512,512,3,3	vae.decoder.up_blocks.1.resnets.0.conv1.weight		
first_stage_model.decoder.up.2.block.0.conv2.bias	512	vae.decoder.up_blocks.1.resnets.0.conv2.bias		
first_stage_model.decoder.up.2.block.0.conv2.weight	512,512,3,3	vae.decoder.up_blocks.1.resnets.0.conv2.weight		
first_stage_model.decoder.up.2.block.0.norm1.bias	512	vae.decoder.up_blocks.1.resnets.0.norm1.bias		
first_stage_model.decoder.up.2.block.0.norm1.weight	512	vae.decoder.up_blocks.1.resnets.0.norm1.weight		
first_stage_model.decoder.up.2.block.0.norm2.bias	512	vae.decoder.up_blocks.1.resnets.0.norm2.bias		
first_stage_model.decoder.up.2.block.0.norm2.weight	512	vae.decoder.up_blocks.1.resnets.0.norm2.weight		
first_stage_model.decoder.up.2.block.1.conv1.bias	512	vae.decoder.up_blocks.1.resnets.1.conv1.bias		
first_stage_model.decoder.up.2.block.1.conv1.weight	512,512,3,3	vae.decoder.up_blocks.1.resnets.1.conv1.weight		
first_stage_model.decoder.up.2.block.1.conv2.bias	512	vae.decoder.up_blocks.1.resnets.1.conv2.bias		
first_stage_model.decoder.up.2.block.1.conv2.weight	512,512,3,3	vae.decoder.up_blocks.1.resnets.1.conv2.weight		
first_stage_model.decoder.up.2.block.1.norm1.bias	512	vae.decoder.up_blocks.1.resnets.1.norm1.bias		
first_stage_model.decoder.up.2.block.1.norm1.weight	512	vae.decoder.up_blocks.1.resnets.1.norm1.weight		
first_stage_model.decoder.up.2.block.1.norm2.bias	512	vae.decoder.up_blocks.1.resnets.1.norm2.bias		
first_stage_model.decoder.up.2.block.1.norm2.weight	512	vae.decoder.up_blocks.1.resnets.1.norm2.weight		
first_stage_model.decoder.up.2.block.2.conv1.bias	512	vae.decoder.up_blocks.1.resnets.2.conv1.bias		
first_stage_model.decoder.up.2.block.2.conv1.weight	512,512,3,3	vae.decoder.up_blocks.1.resnets.2.conv1.weight		
first_stage_model.decoder.up.2.block.2.conv2.bias	512	vae.decoder.up_blocks.1.resnets.2.conv2.bias		
first_stage_model.decoder.up.2.block.2.conv2.weight	512,512,3,3	vae.decoder.up_blocks.1.resnets.2.conv2.weight		
first_stage_model.decoder.up.2.block.2.norm1.bias	512	vae.decoder.up_blocks.1.resnets.2.norm1.bias		
first_stage_model.decoder.up.2.block.2.norm1.weight	512	vae.decoder.up_blocks.1.resnets.2.norm1.weight		
first_stage_model.decoder.up.2.block.2.norm2.bias	512	vae.decoder.up_blocks.1.resnets.2.norm2.bias		
first_stage_model.decoder.up.2.block.2.norm2.weight	512	vae.decoder.up_blocks.1.resnets.2.norm2.weight		
first_stage_model.decoder.up.2.upsample.conv.bias	512	vae.decoder.up_blocks.1.upsamplers.0.conv.bias		
first_stage_model.decoder.up.2.upsample.conv.weight	512,512,3,3	vae.decoder.up_blocks.1.upsamplers.0.conv.weight		
first_stage_model.decoder.up.3.block.0.conv1.bias	512	vae.decoder.up_blocks.0.resnets.0.conv1.bias		
first_stage_model.decoder.up.3.block.0.conv1.weight	512,512,3,3	vae.decoder.up_blocks.0.resnets.0.conv1.weight		
first_stage_model.decoder.up.3.block.0.conv2.bias	512	vae.decoder.up_blocks.0.resnets.0.conv2.bias		
first_stage_model.decoder.up.3.block.0.conv2.weight	512,512,3,3	vae.decoder.up_blocks.0.resnets.0.conv2.weight		
first_stage_model.decoder.up.3.block.0.norm1.bias	512	vae.decoder.up_blocks.0.resnets.0.norm1.bias		
first_stage_model.decoder.up.3.block.0.norm1.weight	512	vae.decoder.up_blocks.0.resnets.0.norm1.weight		
first_stage_model.decoder.up.3.block.0.norm2.bias	512	vae.decoder.up_blocks.0.resnets.0.norm2.bias		
first_stage_model.decoder.up.3.block.0.norm2.weight	512	vae.decoder.up_blocks.0.resnets.0.norm2.weight		
first_stage_model.decoder.up.3.block.1.conv1.bias	512	vae.decoder.up_blocks.0.resnets.1.conv1.bias		
first_stage_model.decoder.up.3.block.1.conv1.weight	512,512,3,3	vae.decoder.up_blocks.0.resnets.1.conv1.weight		
first_stage_model.decoder.up.3.block.1.conv2.bias	512	vae.decoder.up_blocks.0.resnets.1.conv2.bias		
first_stage_model.decoder.up.3.block.1.conv2.weight	512,512,3,3	vae.decoder.up_blocks.0.resnets.1.conv2.weight		
first_stage_model.decoder.up.3.block.1.norm1.bias	512	vae.decoder.up_blocks.0.resnets.1.norm1.bias		
first_stage_model.decoder.up.3.block.1.norm1.weight	512	vae.decoder.up_blocks.0.resnets.1.norm1.weight		
first_stage_model.decoder.up.3.block.1.norm2.bias	512	vae.decoder.up_blocks.0.resnets.1.norm2.bias		
first_stage_model.decoder.up.3.block.1.norm2.weight	512	vae.decoder.up_blocks.0.resnets.1.norm2.weight		
first_stage_model.decoder.up.3.block.2.conv1.bias	512	vae.decoder.up_blocks.0.resnets.2.conv1.bias		
first_stage_model.decoder.up.3.block.2.conv1.weight	512,512,3,3	vae.decoder.up_blocks.0.resnets.2.conv1.weight		
first_stage_model.decoder.up.3.block.2.conv2.bias	512	vae.decoder.up_blocks.0.resnets.2.conv2.bias		
first_stage_model.decoder.up.3.block.2.conv2.weight	512,512,3,3	vae.decoder.up_blocks.0.resnets.2.conv2.weight		
first_stage_model.decoder.up.3.block.2.norm1.bias	512	vae.decoder.up_blocks.0.resnets.2.norm1.bias		
first_stage_model.decoder.up.3.block.2.norm1.weight	512	vae.decoder.up_blocks.0.resnets.2.norm1.weight		
first_stage_model.decoder.up.3.block.2.norm2.bias	512	vae.decoder.up_blocks.0.resnets.2.norm2.bias		
first_stage_model.decoder.up.3.block.2.norm2.weight	512	vae.decoder.up_blocks.0.resnets.2.norm2.weight		
first_stage_model.decoder.up.3.upsample.conv.bias	512	vae.decoder.up_blocks.0.upsamplers.0.conv.bias		
first_stage_model.decoder.up.3.upsample.conv.weight	512,512,3,3	vae.decoder.up_blocks.0.upsamplers.0.conv.weight		
first_stage_model.encoder.conv_in.bias	128	vae.encoder.conv_in.bias		
first_stage_model.encoder.conv_in.weight	128,3,3,3	vae.encoder.conv_in.weight		
first_stage_model.encoder.conv_out.bias	8	vae.encoder.conv_out.bias		
first_stage_model.encoder.conv_out.weight	8,512,3,3	vae.encoder.conv_out.weight		
first_stage_model.encoder.down.0.block.0.conv1.bias	128	vae.encoder.down_blocks.0.resnets.0.conv1.bias		
first_stage_model.encoder.down.0.block.0.conv1.weight	128,128,3,3	vae.encoder.down_blocks.0.resnets.0.conv1.weight		
first_stage_model.encoder.down.0.block.0.conv2.bias	128	vae.encoder.down_blocks.0.resnets.0.conv2.bias		
first_stage_model.encoder.down.0.block.0.conv2.weight	128,128,3,3	vae.encoder.down_blocks.0.resnets.0.conv2.weight		
first_stage_model.encoder.down.0.block.0.norm1.bias	128	vae.encoder.down_blocks.0.resnets.0.norm1.bias		
first_stage_model.encoder.down.0.block.0.norm1.weight	128	vae.encoder.down_blocks.0.resnets.0.norm1.weight		
first_stage_model.encoder.down.0.block.0.norm2.bias	128	vae.encoder.down_blocks.0.resnets.0.norm2.bias		
first_stage_model.encoder.down.0.block.0.norm2.weight	128	vae.encoder.down_blocks.0.resnets.0.norm2.weight		
first_stage_model.encoder.down.0.block.1.conv1.bias	128	vae.encoder.down_blocks.0.resnets.1.conv1.bias		
first_stage_model.encoder.down.0.block.1.conv1.weight	128,128,3,3	vae.encoder.down_blocks.0.resnets.1.conv1.weight		
first_stage_model.encoder.down.0.block.1.conv2.bias	128	vae.encoder.down_blocks.0.resnets.1.conv2.bias		
first_stage_model.encoder.down.0.block.1.conv2.weight	128,128,3,3	vae.encoder.down_blocks.0.resnets.1.conv2.weight		
first_stage_model.encoder.down.0.block.1.norm1.bias	128	vae.encoder.down_blocks.0.resnets.1.norm1.bias		
first_stage_model.encoder.down.0.block.1.norm1.weight	128	vae.encoder.down_blocks.0.resnets.1.norm1.weight		
first_stage_model.encoder.down.0.block.1.norm2.bias	128	vae.encoder.down_blocks.0.resnets.1.norm2.bias		
first_stage_model.encoder.down.0.block.1.norm2.weight	128	vae.encoder.down_blocks.0.resnets.1.norm2.weight		
first_stage_model.encoder.down.0.downsample.conv.bias	128	vae.encoder.down_blocks.0.downsamplers.0.conv.bias		
first_stage_model.encoder.down.0.downsample.conv.weight	128,128,3,3	vae.encoder.down_blocks.0.downsamplers.0.conv.weight		
first_stage_model.encoder.down.1.block.0.conv1.bias	256	vae.encoder.down_blocks.1.resnets.0.conv1.bias		
first_stage_model.encoder.down.1.block.0.conv1.weight	256,128,3,3	vae.encoder.down_blocks.1.resnets.0.conv1.weight		
first_stage_model.encoder.down.1.block.0.conv2.bias	256	vae.encoder.down_blocks.1.resnets.0.conv2.bias		
first_stage_model.encoder.down.1.block.0.conv2.weight	256,256,3,3	vae.encoder.down_blocks.1.resnets.0.conv2.weight		
first_stage_model.encoder.down.1.block.0.nin_shortcut.bias	256	vae.encoder.down_blocks.1.resnets.0.conv_shortcut.bias		
first_stage_model.encoder.down.1.block.0.nin_shortcut.weight	256,128,1,1	vae.encoder.down_blocks.1.resnets.0.conv_shortcut.weight		
first_stage_model.encoder.down.1.block.0.norm1.bias	128	vae.encoder.down_blocks.1.resnets.0.norm1.bias		
first_stage_model.encoder.down.1.block.0.norm1.weight	128	vae.encoder.down_blocks.1.resnets.0.norm1.weight		
first_stage_model.encoder.down.1.block.0.norm2.bias	256	vae.encoder.down_blocks.1.resnets.0.norm2.bias		
first_stage_model.encoder.down.1.block.0.norm2.weight	256	vae.encoder.down_blocks.1.resnets.0.norm2.weight		
first_stage_model.encoder.down.1.block.1.conv1.bias	256	vae.encoder.down_blocks.1.resnets.1.conv1.bias		
first_stage_model.encoder.down.1.block.1.conv1.weight	256,256,3,3	vae.encoder.down_blocks.1.resnets.1.conv1.weight		
first_stage_model.encoder.down.1.block.1.conv2.bias	256	vae.encoder.down_blocks.1.resnets.1.conv2.bias		
first_stage_model.encoder.down.1.block.1.conv2.weight	256,256,3,3	vae.encoder.down_blocks.1.resnets.1.conv2.weight		
first_stage_model.encoder.down.1.block.1.norm1.bias	256	vae.encoder.down_blocks.1.resnets.1.norm1.bias		
first_stage_model.encoder.down.1.block.1.norm1.weight	256	vae.encoder.down_blocks.1.resnets.1.norm1.weight		
first_stage_model.encoder.down.1.block.1.norm2.bias	256	vae.encoder.down_blocks.1.resnets.1.norm2.bias		
first_stage_model.encoder.down.1.block.1.norm2.weight	256	vae.encoder.down_blocks.1.resnets.1.norm2.weight		
first_stage_model.encoder.down.1.downsample.conv.bias	256	vae.encoder.down_blocks.1.downsamplers.0.conv.bias		
first_stage_model.encoder.down.1.downsample.conv.weight	256,256,3,3	vae.encoder.down_blocks.1.downsamplers.0.conv.weight		
first_stage_model.encoder.down.2.block.0.conv1.bias	512	vae.encoder.down_blocks.2.resnets.0.conv1.bias		
first_stage_model.encoder.down.2.block.0.conv1.weight	512,256,3,3	vae.encoder.down_blocks.2.resnets.0.conv1.weight		
first_stage_model.encoder.down.2.block.0.conv2.bias	512	vae.encoder.down_blocks.2.resnets.0.conv2.bias		
first_stage_model.encoder.down.2.block.0.conv2.weight	512,512,3,3	vae.encoder.down_blocks.2.resnets.0.conv2.weight		
first_stage_model.encoder.down.2.block.0.nin_shortcut.bias	512	vae.encoder.down_blocks.2.resnets.0.conv_shortcut.bias		
first_stage_model.encoder.down.2.block.0.nin_shortcut.weight	512,256,1,1	vae.encoder.down_blocks.2.resnets.0.conv_shortcut.weight		
first_stage_model.encoder.down.2.block.0.norm1.bias	256	vae.encoder.down_blocks.2.resnets.0.norm1.bias		
first_stage_model.encoder.down.2.block.0.norm1.weight	256	vae.encoder.down_blocks.2.resnets.0.norm1.weight		
first_stage_model.encoder.down.2.block.0.norm2.bias	512	vae.encoder.down_blocks.2.resnets.0.norm2.bias		
first_stage_model.encoder.down.2.block.0.norm2.weight	512	vae.encoder.down_blocks.2.resnets.0.norm2.weight		
first_stage_model.encoder.down.2.block.1.conv1.bias	512	vae.encoder.down_blocks.2.resnets.1.conv1.bias		
first_stage_model.encoder.down.2.block.1.conv1.weight	512,512,3,3	vae.encoder.down_blocks.2.resnets.1.conv1.weight		
first_stage_model.encoder.down.2.block.1.conv2.bias	512	vae.encoder.down_blocks.2.resnets.1.conv2.bias		
first_stage_model.encoder.down.2.block.1.conv2.weight	512,512,3,3	vae.encoder.down_blocks.2.resnets.1.conv2.weight		
first_stage_model.encoder.down.2.block.1.norm1.bias	512	vae.encoder.down_blocks.2.resnets.1.norm1.bias		
first_stage_model.encoder.down.2.block.1.norm1.weight	512	vae.encoder.down_blocks.2.resnets.1.norm1.weight		
first_stage_model.encoder.down.2.block.1.norm2.bias	512	vae.encoder.down_blocks.2.resnets.1.norm2.bias		
first_stage_model.encoder.down.2.block.1.norm2.weight	512	vae.encoder.down_blocks.2.resnets.1.norm2.weight		
first_stage_model.encoder.down.2.downsample.conv.bias	512	vae.encoder.down_blocks.2.downsamplers.0.conv.bias		
first_stage_model.encoder.down.2.downsample.conv.weight	512,512,3,3	vae.encoder.down_blocks.2.downsamplers.0.conv.weight		
first_stage_model.encoder.down.3.block.0.conv1.bias	512	vae.encoder.down_blocks.3.resnets.0.conv1.bias		
first_stage_model.encoder.down.3.block.0.conv1.weight	512,512,3,3	vae.encoder.down_blocks.3.resnets.0.conv1.weight		
first_stage_model.encoder.down.3.block.0.conv2.bias	512	vae.encoder.down_blocks.3.resnets.0.conv2.bias		
first_stage_model.encoder.down.3.block.0.conv2.weight	512,512,3,3	vae.encoder.down_blocks.3.resnets.0.conv2.weight		
first_stage_model.encoder.down.3.block.0.norm1.bias	512	vae.encoder.down_blocks.3.resnets.0.norm1.bias		
first_stage_model.encoder.down.3.block.0.norm1.weight	512	vae.encoder.down_blocks.3.resnets.0.norm1.weight		
first_stage_model.encoder.down.3.block.0.norm2.bias	512	vae.encoder.down_blocks.3.resnets.0.norm2.bias		
first_stage_model.encoder.down.3.block.0.norm2.weight	512	vae.encoder.down_blocks.3.resnets.0.norm2.weight		
first_stage_model.encoder.down.3.block.1.conv1.bias	512	vae.encoder.down_blocks.3.resnets.1.conv1.bias		
first_stage_model.encoder.down.3.block.1.conv1.weight	512,512,3,3	vae.encoder.down_blocks.3.resnets.1.conv1.weight		
first_stage_model.encoder.down.3.block.1.conv2.bias	512	vae.encoder.down_blocks.3.resnets.1.conv2.bias		
first_stage_model.encoder.down.3.block.1.conv2.weight	512,512,3,3	vae.encoder.down_blocks.3.resnets.1.conv2.weight		
first_stage_model.encoder.down.3.block.1.norm1.bias	512	vae.encoder.down_blocks.3.resnets.1.norm1.bias		
first_stage_model.encoder.down.3.block.1.norm1.weight	512	vae.encoder.down_blocks.3.resnets.1.norm1.weight		
first_stage_model.encoder.down.3.block.1.norm2.bias	512	vae.encoder.down_blocks.3.resnets.1.norm2.bias		
first_stage_model.encoder.down.3.block.1.norm2.weight	512	vae.encoder.down_blocks.3.resnets.1.norm2.weight		
first_stage_model.encoder.mid.attn_1.k.bias	512	vae.encoder.mid_block.attentions.0.to_k.bias		
first_stage_model.encoder.mid.attn_1.k.weight	512,512,1,1	vae.encoder.mid_block.attentions.0.to_k.weight		
first_stage_model.encoder.mid.attn_1.norm.bias	512	vae.encoder.mid_block.attentions.0.group_norm.bias		
first_stage_model.encoder.mid.attn_1.norm.weight	512	vae.encoder.mid_block.attentions.0.group_norm.weight		
first_stage_model.encoder.mid.attn_1.proj_out.bias	512	vae.encoder.mid_block.attentions.0.to_out.0.bias		
first_stage_model.encoder.mid.attn_1.proj_out.weight	512,512,1,1	vae.encoder.mid_block.attentions.0.to_out.0.weight		
first_stage_model.encoder.mid.attn_1.q.bias	512	vae.encoder.mid_block.attentions.0.to_q.bias		
first_stage_model.encoder.mid.attn_1.q.weight	512,512,1,1	vae.encoder.mid_block.attentions.0.to_q.weight		
first_stage_model.encoder.mid.attn_1.v.bias	512	vae.encoder.mid_block.attentions.0.to_v.bias		
first_stage_model.encoder.mid.attn_1.v.weight	512,512,1,1	vae.encoder.mid_block.attentions.0.to_v.weight		
first_stage_model.encoder.mid.block_1.conv1.bias	512	vae.encoder.mid_block.resnets.0.conv1.bias		
first_stage_model.encoder.mid.block_1.conv1.weight	512,512,3,3	vae.encoder.mid_block.resnets.0.conv1.weight		
first_stage_model.encoder.mid.block_1.conv2.bias	512	vae.encoder.mid_block.resnets.0.conv2.bias		
first_stage_model.encoder.mid.block_1.conv2.weight	512,512,3,3	vae.encoder.mid_block.resnets.0.conv2.weight		
first_stage_model.encoder.mid.block_1.norm1.bias	512	vae.encoder.mid_block.resnets.0.norm1.bias		
first_stage_model.encoder.mid.block_1.norm1.weight	512	vae.encoder.mid_block.resnets.0.norm1.weight		
first_stage_model.encoder.mid.block_1.norm2.bias	512	vae.encoder.mid_block.resnets.0.norm2.bias		
first_stage_model.encoder.mid.block_1.norm2.weight	512	vae.encoder.mid_block.resnets.0.norm2.weight		
first_stage_model.encoder.mid.block_2.conv1.bias	512	vae.encoder.mid_block.resnets.1.conv1.bias		
first_stage_model.encoder.mid.block_2.conv1.weight	512,512,3,3	vae.encoder.mid_block.resnets.1.conv1.weight		
first_stage_model.encoder.mid.block_2.conv2.bias	512	vae.encoder.mid_block.resnets.1.conv2.bias		
first_stage_model.encoder.mid.block_2.conv2.weight	512,512,3,3	vae.encoder.mid_block.resnets.1.conv2.weight		
first_stage_model.encoder.mid.block_2.norm1.bias	512	vae.encoder.mid_block.resnets.1.norm1.bias		
first_stage_model.encoder.mid.block_2.norm1.weight	512	vae.encoder.mid_block.resnets.1.norm1.weight		
first_stage_model.encoder.mid.block_2.norm2.bias	512	vae.encoder.mid_block.resnets.1.norm2.bias		
first_stage_model.encoder.mid.block_2.norm2.weight	512	vae.encoder.mid_block.resnets.1.norm2.weight		
first_stage_model.encoder.norm_out.bias	512	vae.encoder.conv_norm_out.bias		
first_stage_model.encoder.norm_out.weight	512	vae.encoder.conv_norm_out.weight		
first_stage_model.post_quant_conv.bias	4	vae.post_quant_conv.bias		
first_stage_model.post_quant_conv.weight	4,4,1,1	vae.post_quant_conv.weight		
first_stage_model.quant_conv.bias	8	vae.quant_conv.bias		
first_stage_model.quant_conv.weight	8,8,1,1	vae.quant_conv.weight		
model.diffusion_model.input_blocks.0.0.bias	320	unet.conv_in.bias		
model.diffusion_model.input_blocks.0.0.weight	320,4,3,3	unet.conv_in.weight		
model.diffusion_model.input_blocks.1.0.emb_layers.1.bias	320	unet.down_blocks.0.resnets.0.time_emb_proj.bias		
model.diffusion_model.input_blocks.1.0.emb_layers.1.weight	320,1280	unet.down_blocks.0.resnets.0.time_emb_proj.weight	lora_unet_down_blocks_0_resnets_0_time_emb_proj	
model.diffusion_model.input_blocks.1.0.in_layers.0.bias	320	unet.down_blocks.0.resnets.0.norm1.bias		
model.diffusion_model.input_blocks.1.0.in_layers.0.weight	320	unet.down_blocks.0.resnets.0.norm1.weight		
model.diffusion_model.input_blocks.1.0.in_layers.2.bias	320	unet.down_blocks.0.resnets.0.conv1.bias		
model.diffusion_model.input_blocks.1.0.in_layers.2.weight	320,320,3,3	unet.down_blocks.0.resnets.0.conv1.weight	lora_unet_down_blocks_0_resnets_0_conv1	
model.diffusion_model.input_blocks.1.0.out_layers.0.bias	320	unet.down_blocks.0.resnets.0.norm2.bias		
model.diffusion_model.input_blocks.1.0.out_layers.0.weight	320	unet.down_blocks.0.resnets.0.norm2.weight		
model.diffusion_model.input_blocks.1.0.out_layers.3.bias	320	unet.down_blocks.0.resnets.0.conv2.bias		
model.diffusion_model.input_blocks.1.0.out_layers.3.weight	320,320,3,3	unet.down_blocks.0.resnets.0.conv2.weight	lora_unet_down_blocks_0_resnets_0_conv2	
model.diffusion_model.input_blocks.1.1.norm.bias	320	unet.down_blocks.0.attentions.0.norm.bias		
model.diffusion_model.input_blocks.1.1.norm.weight	320	unet.down_blocks.0.attentions.0.norm.weight		
model.diffusion_model.input_blocks.1.1.proj_in.bias	320	unet.down_blocks.0.attentions.0.proj_in.bias		
model.diffusion_model.input_blocks.1.1.proj_in.weight	320,320,1,1	unet.down_blocks.0.attentions.0.proj_in.weight	lora_unet_down_blocks_0_attentions_0_proj_in	
model.diffusion_model.input_blocks.1.1.proj_out.bias	320	unet.down_blocks.0.attentions.0.proj_out.bias		
model.diffusion_model.input_blocks.1.1.proj_out.weight	320,320,1,1	unet.down_blocks.0.attentions.0.proj_out.weight	lora_unet_down_blocks_0_attentions_0_proj_out	
model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn1.to_k.weight	320,320	unet.down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_k.weight	lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn1_to_k	
model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn1.to_out.0.bias	320	unet.down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn1.to_out.0.weight	320,320	unet.down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn1_to_out_0	
model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn1.to_q.weight	320,320	unet.down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_q.weight	lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn1_to_q	
model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn1.to_v.weight	320,320	unet.down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_v.weight	lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn1_to_v	
model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight	320,768	unet.down_blocks.0.attentions.0.transformer_blocks.0.attn2.to_k.weight	lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_k	
model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn2.to_out.0.bias	320	unet.down_blocks.0.attentions.0.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn2.to_out.0.weight	320,320	unet.down_blocks.0.attentions.0.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_out_0	
model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn2.to_q.weight	320,320	unet.down_blocks.0.attentions.0.transformer_blocks.0.attn2.to_q.weight	lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_q	
model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn2.to_v.weight	320,768	unet.down_blocks.0.attentions.0.transformer_blocks.0.attn2.to_v.weight	lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_v	
model.diffusion_model.input_blocks.1.1.transformer_blocks.0.ff.net.0.proj.bias	2560	unet.down_blocks.0.attentions.0.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.1.1.transformer_blocks.0.ff.net.0.proj.weight	2560,320	unet.down_blocks.0.attentions.0.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_ff_net_0_proj	
model.diffusion_model.input_blocks.1.1.transformer_blocks.0.ff.net.2.bias	320	unet.down_blocks.0.attentions.0.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.input_blocks.1.1.transformer_blocks.0.ff.net.2.weight	320,1280	unet.down_blocks.0.attentions.0.transformer_blocks.0.ff.net.2.weight	lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_ff_net_2	
model.diffusion_model.input_blocks.1.1.transformer_blocks.0.norm1.bias	320	unet.down_blocks.0.attentions.0.transformer_blocks.0.norm1.bias		
model.diffusion_model.input_blocks.1.1.transformer_blocks.0.norm1.weight	320	unet.down_blocks.0.attentions.0.transformer_blocks.0.norm1.weight		
model.diffusion_model.input_blocks.1.1.transformer_blocks.0.norm2.bias	320	unet.down_blocks.0.attentions.0.transformer_blocks.0.norm2.bias		
model.diffusion_model.input_blocks.1.1.transformer_blocks.0.norm2.weight	320	unet.down_blocks.0.attentions.0.transformer_blocks.0.norm2.weight		
model.diffusion_model.input_blocks.1.1.transformer_blocks.0.norm3.bias	320	unet.down_blocks.0.attentions.0.transformer_blocks.0.norm3.bias		
model.diffusion_model.input_blocks.1.1.transformer_blocks.0.norm3.weight	320	unet.down_blocks.0.attentions.0.transformer_blocks.0.norm3.weight		
model.diffusion_model.input_blocks.10.0.emb_layers.1.bias	1280	unet.down_blocks.3.resnets.0.time_emb_proj.bias		
model.diffusion_model.input_blocks.10.0.emb_layers.1.weight	1280,1280	unet.down_blocks.3.resnets.0.time_emb_proj.weight	lora_unet_down_blocks_3_resnets_0_time_emb_proj	
model.diffusion_model.input_blocks.10.0.in_layers.0.bias	1280	unet.down_blocks.3.resnets.0.norm1.bias		
model.diffusion_model.input_blocks.10.0.in_layers.0.weight	1280	unet.down_blocks.3.resnets.0.norm1.weight		
model.diffusion_model.input_blocks.10.0.in_layers.2.bias	1280	unet.down_blocks.3.resnets.0.conv1.bias		
model.diffusion_model.input_blocks.10.0.in_layers.2.weight	1280,1280,3,3	unet.down_blocks.3.resnets.0.conv1.weight	lora_unet_down_blocks_3_resnets_0_conv1	
model.diffusion_model.input_blocks.10.0.out_layers.0.bias	1280	unet.down_blocks.3.resnets.0.norm2.bias		
model.diffusion_model.input_blocks.10.0.out_layers.0.weight	1280	unet.down_blocks.3.resnets.0.norm2.weight		
model.diffusion_model.input_blocks.10.0.out_layers.3.bias	1280	unet.down_blocks.3.resnets.0.conv2.bias		
model.diffusion_model.input_blocks.10.0.out_layers.3.weight	1280,1280,3,3	unet.down_blocks.3.resnets.0.conv2.weight	lora_unet_down_blocks_3_resnets_0_conv2	
model.diffusion_model.input_blocks.11.0.emb_layers.1.bias	1280	unet.down_blocks.3.resnets.1.time_emb_proj.bias		
model.diffusion_model.input_blocks.11.0.emb_layers.1.weight	1280,1280	unet.down_blocks.3.resnets.1.time_emb_proj.weight	lora_unet_down_blocks_3_resnets_1_time_emb_proj	
model.diffusion_model.input_blocks.11.0.in_layers.0.bias	1280	unet.down_blocks.3.resnets.1.norm1.bias		
model.diffusion_model.input_blocks.11.0.in_layers.0.weight	1280	unet.down_blocks.3.resnets.1.norm1.weight		
model.diffusion_model.input_blocks.11.0.in_layers.2.bias	1280	unet.down_blocks.3.resnets.1.conv1.bias		
model.diffusion_model.input_blocks.11.0.in_layers.2.weight	1280,1280,3,3	unet.down_blocks.3.resnets.1.conv1.weight	lora_unet_down_blocks_3_resnets_1_conv1	
model.diffusion_model.input_blocks.11.0.out_layers.0.bias	1280	unet.down_blocks.3.resnets.1.norm2.bias		
model.diffusion_model.input_blocks.11.0.out_layers.0.weight	1280	unet.down_blocks.3.resnets.1.norm2.weight		
model.diffusion_model.input_blocks.11.0.out_layers.3.bias	1280	unet.down_blocks.3.resnets.1.conv2.bias		
model.diffusion_model.input_blocks.11.0.out_layers.3.weight	1280,1280,3,3	unet.down_blocks.3.resnets.1.conv2.weight	lora_unet_down_blocks_3_resnets_1_conv2	
model.diffusion_model.input_blocks.2.0.emb_layers.1.bias	320	unet.down_blocks.0.resnets.1.time_emb_proj.bias		
model.diffusion_model.input_blocks.2.0.emb_layers.1.weight	320,1280	unet.down_blocks.0.resnets.1.time_emb_proj.weight	lora_unet_down_blocks_0_resnets_1_time_emb_proj	
model.diffusion_model.input_blocks.2.0.in_layers.0.bias	320	unet.down_blocks.0.resnets.1.norm1.bias		
model.diffusion_model.input_blocks.2.0.in_layers.0.weight	320	unet.down_blocks.0.resnets.1.norm1.weight		
model.diffusion_model.input_blocks.2.0.in_layers.2.bias	320	unet.down_blocks.0.resnets.1.conv1.bias		
model.diffusion_model.input_blocks.2.0.in_layers.2.weight	320,320,3,3	unet.down_blocks.0.resnets.1.conv1.weight	lora_unet_down_blocks_0_resnets_1_conv1	
model.diffusion_model.input_blocks.2.0.out_layers.0.bias	320	unet.down_blocks.0.resnets.1.norm2.bias		
model.diffusion_model.input_blocks.2.0.out_layers.0.weight	320	unet.down_blocks.0.resnets.1.norm2.weight		
model.diffusion_model.input_blocks.2.0.out_layers.3.bias	320	unet.down_blocks.0.resnets.1.conv2.bias		
model.diffusion_model.input_blocks.2.0.out_layers.3.weight	320,320,3,3	unet.down_blocks.0.resnets.1.conv2.weight	lora_unet_down_blocks_0_resnets_1_conv2	
model.diffusion_model.input_blocks.2.1.norm.bias	320	unet.down_blocks.0.attentions.1.norm.bias		
model.diffusion_model.input_blocks.2.1.norm.weight	320	unet.down_blocks.0.attentions.1.norm.weight		
model.diffusion_model.input_blocks.2.1.proj_in.bias	320	unet.down_blocks.0.attentions.1.proj_in.bias		
model.diffusion_model.input_blocks.2.1.proj_in.weight	320,320,1,1	unet.down_blocks.0.attentions.1.proj_in.weight	lora_unet_down_blocks_0_attentions_1_proj_in	
model.diffusion_model.input_blocks.2.1.proj_out.bias	320	unet.down_blocks.0.attentions.1.proj_out.bias		
model.diffusion_model.input_blocks.2.1.proj_out.weight	320,320,1,1	unet.down_blocks.0.attentions.1.proj_out.weight	lora_unet_down_blocks_0_attentions_1_proj_out	
model.diffusion_model.input_blocks.2.1.transformer_blocks.0.attn1.to_k.weight	320,320	unet.down_blocks.0.attentions.1.transformer_blocks.0.attn1.to_k.weight	lora_unet_down_blocks_0_attentions_1_transformer_blocks_0_attn1_to_k	
model.diffusion_model.input_blocks.2.1.transformer_blocks.0.attn1.to_out.0.bias	320	unet.down_blocks.0.attentions.1.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.2.1.transformer_blocks.0.attn1.to_out.0.weight	320,320	unet.down_blocks.0.attentions.1.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_down_blocks_0_attentions_1_transformer_blocks_0_attn1_to_out_0	
model.diffusion_model.input_blocks.2.1.transformer_blocks.0.attn1.to_q.weight	320,320	unet.down_blocks.0.attentions.1.transformer_blocks.0.attn1.to_q.weight	lora_unet_down_blocks_0_attentions_1_transformer_blocks_0_attn1_to_q	
model.diffusion_model.input_blocks.2.1.transformer_blocks.0.attn1.to_v.weight	320,320	unet.down_blocks.0.attentions.1.transformer_blocks.0.attn1.to_v.weight	lora_unet_down_blocks_0_attentions_1_transformer_blocks_0_attn1_to_v	
model.diffusion_model.input_blocks.2.1.transformer_blocks.0.attn2.to_k.weight	320,768	unet.down_blocks.0.attentions.1.transformer_blocks.0.attn2.to_k.weight	lora_unet_down_blocks_0_attentions_1_transformer_blocks_0_attn2_to_k	
model.diffusion_model.input_blocks.2.1.transformer_blocks.0.attn2.to_out.0.bias	320	unet.down_blocks.0.attentions.1.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.2.1.transformer_blocks.0.attn2.to_out.0.weight	320,320	unet.down_blocks.0.attentions.1.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_down_blocks_0_attentions_1_transformer_blocks_0_attn2_to_out_0	
model.diffusion_model.input_blocks.2.1.transformer_blocks.0.attn2.to_q.weight	320,320	unet.down_blocks.0.attentions.1.transformer_blocks.0.attn2.to_q.weight	lora_unet_down_blocks_0_attentions_1_transformer_blocks_0_attn2_to_q	
model.diffusion_model.input_blocks.2.1.transformer_blocks.0.attn2.to_v.weight	320,768	unet.down_blocks.0.attentions.1.transformer_blocks.0.attn2.to_v.weight	lora_unet_down_blocks_0_attentions_1_transformer_blocks_0_attn2_to_v	
model.diffusion_model.input_blocks.2.1.transformer_blocks.0.ff.net.0.proj.bias	2560	unet.down_blocks.0.attentions.1.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.2.1.transformer_blocks.0.ff.net.0.proj.weight	2560,320	unet.down_blocks.0.attentions.1.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_down_blocks_0_attentions_1_transformer_blocks_0_ff_net_0_proj	
model.diffusion_model.input_blocks.2.1.transformer_blocks.0.ff.net.2.bias	320	unet.down_blocks.0.attentions.1.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.input_blocks.2.1.transformer_blocks.0.ff.net.2.weight	320,1280	unet.down_blocks.0.attentions.1.transformer_blocks.0.ff.net.2.weight	lora_unet_down_blocks_0_attentions_1_transformer_blocks_0_ff_net_2	
model.diffusion_model.input_blocks.2.1.transformer_blocks.0.norm1.bias	320	unet.down_blocks.0.attentions.1.transformer_blocks.0.norm1.bias		
model.diffusion_model.input_blocks.2.1.transformer_blocks.0.norm1.weight	320	unet.down_blocks.0.attentions.1.transformer_blocks.0.norm1.weight		
model.diffusion_model.input_blocks.2.1.transformer_blocks.0.norm2.bias	320	unet.down_blocks.0.attentions.1.transformer_blocks.0.norm2.bias		
model.diffusion_model.input_blocks.2.1.transformer_blocks.0.norm2.weight	320	unet.down_blocks.0.attentions.1.transformer_blocks.0.norm2.weight		
model.diffusion_model.input_blocks.2.1.transformer_blocks.0.norm3.bias	320	unet.down_blocks.0.attentions.1.transformer_blocks.0.norm3.bias		
model.diffusion_model.input_blocks.2.1.transformer_blocks.0.norm3.weight	320	unet.down_blocks.0.attentions.1.transformer_blocks.0.norm3.weight		
model.diffusion_model.input_blocks.3.0.op.bias	320	unet.down_blocks.0.downsamplers.0.conv.bias		
model.diffusion_model.input_blocks.3.0.op.weight	320,320,3,3	unet.down_blocks.0.downsamplers.0.conv.weight	lora_unet_down_blocks_0_downsamplers_0_conv	
model.diffusion_model.input_blocks.4.0.emb_layers.1.bias	640	unet.down_blocks.1.resnets.0.time_emb_proj.bias		
model.diffusion_model.input_blocks.4.0.emb_layers.1.weight	640,1280	unet.down_blocks.1.resnets.0.time_emb_proj.weight	lora_unet_down_blocks_1_resnets_0_time_emb_proj	
model.diffusion_model.input_blocks.4.0.in_layers.0.bias	320	unet.down_blocks.1.resnets.0.norm1.bias		
model.diffusion_model.input_blocks.4.0.in_layers.0.weight	320	unet.down_blocks.1.resnets.0.norm1.weight		
model.diffusion_model.input_blocks.4.0.in_layers.2.bias	640	unet.down_blocks.1.resnets.0.conv1.bias		
model.diffusion_model.input_blocks.4.0.in_layers.2.weight	640,320,3,3	unet.down_blocks.1.resnets.0.conv1.weight	lora_unet_down_blocks_1_resnets_0_conv1	
model.diffusion_model.input_blocks.4.0.out_layers.0.bias	640	unet.down_blocks.1.resnets.0.norm2.bias		
model.diffusion_model.input_blocks.4.0.out_layers.0.weight	640	unet.down_blocks.1.resnets.0.norm2.weight		
model.diffusion_model.input_blocks.4.0.out_layers.3.bias	640	unet.down_blocks.1.resnets.0.conv2.bias		
model.diffusion_model.input_blocks.4.0.out_layers.3.weight	640,640,3,3	unet.down_blocks.1.resnets.0.conv2.weight	lora_unet_down_blocks_1_resnets_0_conv2	
model.diffusion_model.input_blocks.4.0.skip_connection.bias	640	unet.down_blocks.1.resnets.0.conv_shortcut.bias		
model.diffusion_model.input_blocks.4.0.skip_connection.weight	640,320,1,1	unet.down_blocks.1.resnets.0.conv_shortcut.weight	lora_unet_down_blocks_1_resnets_0_conv_shortcut	
model.diffusion_model.input_blocks.4.1.norm.bias	640	unet.down_blocks.1.attentions.0.norm.bias		
model.diffusion_model.input_blocks.4.1.norm.weight	640	unet.down_blocks.1.attentions.0.norm.weight		
model.diffusion_model.input_blocks.4.1.proj_in.bias	640	unet.down_blocks.1.attentions.0.proj_in.bias		
model.diffusion_model.input_blocks.4.1.proj_in.weight	640,640,1,1	unet.down_blocks.1.attentions.0.proj_in.weight	lora_unet_down_blocks_1_attentions_0_proj_in	
model.diffusion_model.input_blocks.4.1.proj_out.bias	640	unet.down_blocks.1.attentions.0.proj_out.bias		
model.diffusion_model.input_blocks.4.1.proj_out.weight	640,640,1,1	unet.down_blocks.1.attentions.0.proj_out.weight	lora_unet_down_blocks_1_attentions_0_proj_out	
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn1.to_k.weight	640,640	unet.down_blocks.1.attentions.0.transformer_blocks.0.attn1.to_k.weight	lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn1_to_k	
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn1.to_out.0.bias	640	unet.down_blocks.1.attentions.0.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn1.to_out.0.weight	640,640	unet.down_blocks.1.attentions.0.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn1_to_out_0	
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn1.to_q.weight	640,640	unet.down_blocks.1.attentions.0.transformer_blocks.0.attn1.to_q.weight	lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn1_to_q	
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn1.to_v.weight	640,640	unet.down_blocks.1.attentions.0.transformer_blocks.0.attn1.to_v.weight	lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn1_to_v	
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn2.to_k.weight	640,768	unet.down_blocks.1.attentions.0.transformer_blocks.0.attn2.to_k.weight	lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn2_to_k	
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn2.to_out.0.bias	640	unet.down_blocks.1.attentions.0.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn2.to_out.0.weight	640,640	unet.down_blocks.1.attentions.0.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn2_to_out_0	
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn2.to_q.weight	640,640	unet.down_blocks.1.attentions.0.transformer_blocks.0.attn2.to_q.weight	lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn2_to_q	
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn2.to_v.weight	640,768	unet.down_blocks.1.attentions.0.transformer_blocks.0.attn2.to_v.weight	lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn2_to_v	
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.ff.net.0.proj.bias	5120	unet.down_blocks.1.attentions.0.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.ff.net.0.proj.weight	5120,640	unet.down_blocks.1.attentions.0.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_ff_net_0_proj	
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.ff.net.2.bias	640	unet.down_blocks.1.attentions.0.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.ff.net.2.weight	640,2560	unet.down_blocks.1.attentions.0.transformer_blocks.0.ff.net.2.weight	lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_ff_net_2	
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.norm1.bias	640	unet.down_blocks.1.attentions.0.transformer_blocks.0.norm1.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.norm1.weight	640	unet.down_blocks.1.attentions.0.transformer_blocks.0.norm1.weight		
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.norm2.bias	640	unet.down_blocks.1.attentions.0.transformer_blocks.0.norm2.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.norm2.weight	640	unet.down_blocks.1.attentions.0.transformer_blocks.0.norm2.weight		
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.norm3.bias	640	unet.down_blocks.1.attentions.0.transformer_blocks.0.norm3.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.norm3.weight	640	unet.down_blocks.1.attentions.0.transformer_blocks.0.norm3.weight		
model.diffusion_model.input_blocks.5.0.emb_layers.1.bias	640	unet.down_blocks.1.resnets.1.time_emb_proj.bias		
model.diffusion_model.input_blocks.5.0.emb_layers.1.weight	640,1280	unet.down_blocks.1.resnets.1.time_emb_proj.weight	lora_unet_down_blocks_1_resnets_1_time_emb_proj	
model.diffusion_model.input_blocks.5.0.in_layers.0.bias	640	unet.down_blocks.1.resnets.1.norm1.bias		
model.diffusion_model.input_blocks.5.0.in_layers.0.weight	640	unet.down_blocks.1.resnets.1.norm1.weight		
model.diffusion_model.input_blocks.5.0.in_layers.2.bias	640	unet.down_blocks.1.resnets.1.conv1.bias		
model.diffusion_model.input_blocks.5.0.in_layers.2.weight	640,640,3,3	unet.down_blocks.1.resnets.1.conv1.weight	lora_unet_down_blocks_1_resnets_1_conv1	
model.diffusion_model.input_blocks.5.0.out_layers.0.bias	640	unet.down_blocks.1.resnets.1.norm2.bias		
model.diffusion_model.input_blocks.5.0.out_layers.0.weight	640	unet.down_blocks.1.resnets.1.norm2.weight		
model.diffusion_model.input_blocks.5.0.out_layers.3.bias	640	unet.down_blocks.1.resnets.1.conv2.bias		
model.diffusion_model.input_blocks.5.0.out_layers.3.weight	640,640,3,3	unet.down_blocks.1.resnets.1.conv2.weight	lora_unet_down_blocks_1_resnets_1_conv2	
model.diffusion_model.input_blocks.5.1.norm.bias	640	unet.down_blocks.1.attentions.1.norm.bias		
model.diffusion_model.input_blocks.5.1.norm.weight	640	unet.down_blocks.1.attentions.1.norm.weight		
model.diffusion_model.input_blocks.5.1.proj_in.bias	640	unet.down_blocks.1.attentions.1.proj_in.bias		
model.diffusion_model.input_blocks.5.1.proj_in.weight	640,640,1,1	unet.down_blocks.1.attentions.1.proj_in.weight	lora_unet_down_blocks_1_attentions_1_proj_in	
model.diffusion_model.input_blocks.5.1.proj_out.bias	640	unet.down_blocks.1.attentions.1.proj_out.bias		
model.diffusion_model.input_blocks.5.1.proj_out.weight	640,640,1,1	unet.down_blocks.1.attentions.1.proj_out.weight	lora_unet_down_blocks_1_attentions_1_proj_out	
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.attn1.to_k.weight	640,640	unet.down_blocks.1.attentions.1.transformer_blocks.0.attn1.to_k.weight	lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_attn1_to_k	
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.attn1.to_out.0.bias	640	unet.down_blocks.1.attentions.1.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.attn1.to_out.0.weight	640,640	unet.down_blocks.1.attentions.1.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_attn1_to_out_0	
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.attn1.to_q.weight	640,640	unet.down_blocks.1.attentions.1.transformer_blocks.0.attn1.to_q.weight	lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_attn1_to_q	
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.attn1.to_v.weight	640,640	unet.down_blocks.1.attentions.1.transformer_blocks.0.attn1.to_v.weight	lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_attn1_to_v	
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.attn2.to_k.weight	640,768	unet.down_blocks.1.attentions.1.transformer_blocks.0.attn2.to_k.weight	lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_attn2_to_k	
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.attn2.to_out.0.bias	640	unet.down_blocks.1.attentions.1.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.attn2.to_out.0.weight	640,640	unet.down_blocks.1.attentions.1.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_attn2_to_out_0	
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.attn2.to_q.weight	640,640	unet.down_blocks.1.attentions.1.transformer_blocks.0.attn2.to_q.weight	lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_attn2_to_q	
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.attn2.to_v.weight	640,768	unet.down_blocks.1.attentions.1.transformer_blocks.0.attn2.to_v.weight	lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_attn2_to_v	
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.ff.net.0.proj.bias	5120	unet.down_blocks.1.attentions.1.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.ff.net.0.proj.weight	5120,640	unet.down_blocks.1.attentions.1.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_ff_net_0_proj	
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.ff.net.2.bias	640	unet.down_blocks.1.attentions.1.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.ff.net.2.weight	640,2560	unet.down_blocks.1.attentions.1.transformer_blocks.0.ff.net.2.weight	lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_ff_net_2	
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.norm1.bias	640	unet.down_blocks.1.attentions.1.transformer_blocks.0.norm1.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.norm1.weight	640	unet.down_blocks.1.attentions.1.transformer_blocks.0.norm1.weight		
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.norm2.bias	640	unet.down_blocks.1.attentions.1.transformer_blocks.0.norm2.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.norm2.weight	640	unet.down_blocks.1.attentions.1.transformer_blocks.0.norm2.weight		
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.norm3.bias	640	unet.down_blocks.1.attentions.1.transformer_blocks.0.norm3.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.norm3.weight	640	unet.down_blocks.1.attentions.1.transformer_blocks.0.norm3.weight		
model.diffusion_model.input_blocks.6.0.op.bias	640	unet.down_blocks.1.downsamplers.0.conv.bias		
model.diffusion_model.input_blocks.6.0.op.weight	640,640,3,3	unet.down_blocks.1.downsamplers.0.conv.weight	lora_unet_down_blocks_1_downsamplers_0_conv	
model.diffusion_model.input_blocks.7.0.emb_layers.1.bias	1280	unet.down_blocks.2.resnets.0.time_emb_proj.bias		
model.diffusion_model.input_blocks.7.0.emb_layers.1.weight	1280,1280	unet.down_blocks.2.resnets.0.time_emb_proj.weight	lora_unet_down_blocks_2_resnets_0_time_emb_proj	
model.diffusion_model.input_blocks.7.0.in_layers.0.bias	640	unet.down_blocks.2.resnets.0.norm1.bias		
model.diffusion_model.input_blocks.7.0.in_layers.0.weight	640	unet.down_blocks.2.resnets.0.norm1.weight		
model.diffusion_model.input_blocks.7.0.in_layers.2.bias	1280	unet.down_blocks.2.resnets.0.conv1.bias		
model.diffusion_model.input_blocks.7.0.in_layers.2.weight	1280,640,3,3	unet.down_blocks.2.resnets.0.conv1.weight	lora_unet_down_blocks_2_resnets_0_conv1	
model.diffusion_model.input_blocks.7.0.out_layers.0.bias	1280	unet.down_blocks.2.resnets.0.norm2.bias		
model.diffusion_model.input_blocks.7.0.out_layers.0.weight	1280	unet.down_blocks.2.resnets.0.norm2.weight		
model.diffusion_model.input_blocks.7.0.out_layers.3.bias	1280	unet.down_blocks.2.resnets.0.conv2.bias		
model.diffusion_model.input_blocks.7.0.out_layers.3.weight	1280,1280,3,3	unet.down_blocks.2.resnets.0.conv2.weight	lora_unet_down_blocks_2_resnets_0_conv2	
model.diffusion_model.input_blocks.7.0.skip_connection.bias	1280	unet.down_blocks.2.resnets.0.conv_shortcut.bias		
model.diffusion_model.input_blocks.7.0.skip_connection.weight	1280,640,1,1	unet.down_blocks.2.resnets.0.conv_shortcut.weight	lora_unet_down_blocks_2_resnets_0_conv_shortcut	
model.diffusion_model.input_blocks.7.1.norm.bias	1280	unet.down_blocks.2.attentions.0.norm.bias		
model.diffusion_model.input_blocks.7.1.norm.weight	1280	unet.down_blocks.2.attentions.0.norm.weight		
model.diffusion_model.input_blocks.7.1.proj_in.bias	1280	unet.down_blocks.2.attentions.0.proj_in.bias		
model.diffusion_model.input_blocks.7.1.proj_in.weight	1280,1280,1,1	unet.down_blocks.2.attentions.0.proj_in.weight	lora_unet_down_blocks_2_attentions_0_proj_in	
model.diffusion_model.input_blocks.7.1.proj_out.bias	1280	unet.down_blocks.2.attentions.0.proj_out.bias		
model.diffusion_model.input_blocks.7.1.proj_out.weight	1280,1280,1,1	unet.down_blocks.2.attentions.0.proj_out.weight	lora_unet_down_blocks_2_attentions_0_proj_out	
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.attn1.to_k.weight	lora_unet_down_blocks_2_attentions_0_transformer_blocks_0_attn1_to_k	
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_down_blocks_2_attentions_0_transformer_blocks_0_attn1_to_out_0	
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.attn1.to_q.weight	lora_unet_down_blocks_2_attentions_0_transformer_blocks_0_attn1_to_q	
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.attn1.to_v.weight	lora_unet_down_blocks_2_attentions_0_transformer_blocks_0_attn1_to_v	
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.attn2.to_k.weight	1280,768	unet.down_blocks.2.attentions.0.transformer_blocks.0.attn2.to_k.weight	lora_unet_down_blocks_2_attentions_0_transformer_blocks_0_attn2_to_k	
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_down_blocks_2_attentions_0_transformer_blocks_0_attn2_to_out_0	
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.attn2.to_q.weight	lora_unet_down_blocks_2_attentions_0_transformer_blocks_0_attn2_to_q	
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.attn2.to_v.weight	1280,768	unet.down_blocks.2.attentions.0.transformer_blocks.0.attn2.to_v.weight	lora_unet_down_blocks_2_attentions_0_transformer_blocks_0_attn2_to_v	
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.0.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_down_blocks_2_attentions_0_transformer_blocks_0_ff_net_0_proj	
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.ff.net.2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.0.transformer_blocks.0.ff.net.2.weight	lora_unet_down_blocks_2_attentions_0_transformer_blocks_0_ff_net_2	
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.norm1.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.norm1.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.norm1.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.norm1.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.norm2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.norm2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.norm2.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.norm2.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.norm3.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.norm3.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.norm3.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.norm3.weight		
model.diffusion_model.input_blocks.8.0.emb_layers.1.bias	1280	unet.down_blocks.2.resnets.1.time_emb_proj.bias		
model.diffusion_model.input_blocks.8.0.emb_layers.1.weight	1280,1280	unet.down_blocks.2.resnets.1.time_emb_proj.weight	lora_unet_down_blocks_2_resnets_1_time_emb_proj	
model.diffusion_model.input_blocks.8.0.in_layers.0.bias	1280	unet.down_blocks.2.resnets.1.norm1.bias		
model.diffusion_model.input_blocks.8.0.in_layers.0.weight	1280	unet.down_blocks.2.resnets.1.norm1.weight		
model.diffusion_model.input_blocks.8.0.in_layers.2.bias	1280	unet.down_blocks.2.resnets.1.conv1.bias		
model.diffusion_model.input_blocks.8.0.in_layers.2.weight	1280,1280,3,3	unet.down_blocks.2.resnets.1.conv1.weight	lora_unet_down_blocks_2_resnets_1_conv1	
model.diffusion_model.input_blocks.8.0.out_layers.0.bias	1280	unet.down_blocks.2.resnets.1.norm2.bias		
model.diffusion_model.input_blocks.8.0.out_layers.0.weight	1280	unet.down_blocks.2.resnets.1.norm2.weight		
model.diffusion_model.input_blocks.8.0.out_layers.3.bias	1280	unet.down_blocks.2.resnets.1.conv2.bias		
model.diffusion_model.input_blocks.8.0.out_layers.3.weight	1280,1280,3,3	unet.down_blocks.2.resnets.1.conv2.weight	lora_unet_down_blocks_2_resnets_1_conv2	
model.diffusion_model.input_blocks.8.1.norm.bias	1280	unet.down_blocks.2.attentions.1.norm.bias		
model.diffusion_model.input_blocks.8.1.norm.weight	1280	unet.down_blocks.2.attentions.1.norm.weight		
model.diffusion_model.input_blocks.8.1.proj_in.bias	1280	unet.down_blocks.2.attentions.1.proj_in.bias		
model.diffusion_model.input_blocks.8.1.proj_in.weight	1280,1280,1,1	unet.down_blocks.2.attentions.1.proj_in.weight	lora_unet_down_blocks_2_attentions_1_proj_in	
model.diffusion_model.input_blocks.8.1.proj_out.bias	1280	unet.down_blocks.2.attentions.1.proj_out.bias		
model.diffusion_model.input_blocks.8.1.proj_out.weight	1280,1280,1,1	unet.down_blocks.2.attentions.1.proj_out.weight	lora_unet_down_blocks_2_attentions_1_proj_out	
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.attn1.to_k.weight	lora_unet_down_blocks_2_attentions_1_transformer_blocks_0_attn1_to_k	
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_down_blocks_2_attentions_1_transformer_blocks_0_attn1_to_out_0	
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.attn1.to_q.weight	lora_unet_down_blocks_2_attentions_1_transformer_blocks_0_attn1_to_q	
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.attn1.to_v.weight	lora_unet_down_blocks_2_attentions_1_transformer_blocks_0_attn1_to_v	
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.attn2.to_k.weight	1280,768	unet.down_blocks.2.attentions.1.transformer_blocks.0.attn2.to_k.weight	lora_unet_down_blocks_2_attentions_1_transformer_blocks_0_attn2_to_k	
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_down_blocks_2_attentions_1_transformer_blocks_0_attn2_to_out_0	
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.attn2.to_q.weight	lora_unet_down_blocks_2_attentions_1_transformer_blocks_0_attn2_to_q	
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.attn2.to_v.weight	1280,768	unet.down_blocks.2.attentions.1.transformer_blocks.0.attn2.to_v.weight	lora_unet_down_blocks_2_attentions_1_transformer_blocks_0_attn2_to_v	
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.1.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_down_blocks_2_attentions_1_transformer_blocks_0_ff_net_0_proj	
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.ff.net.2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.1.transformer_blocks.0.ff.net.2.weight	lora_unet_down_blocks_2_attentions_1_transformer_blocks_0_ff_net_2	
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.norm1.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.norm1.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.norm1.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.norm1.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.norm2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.norm2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.norm2.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.norm2.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.norm3.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.norm3.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.norm3.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.norm3.weight		
model.diffusion_model.input_blocks.9.0.op.bias	1280	unet.down_blocks.2.downsamplers.0.conv.bias		
model.diffusion_model.input_blocks.9.0.op.weight	1280,1280,3,3	unet.down_blocks.2.downsamplers.0.conv.weight	lora_unet_down_blocks_2_downsamplers_0_conv	
model.diffusion_model.middle_block.0.emb_layers.1.bias	1280	unet.mid_block.resnets.0.time_emb_proj.bias		
model.diffusion_model.middle_block.0.emb_layers.1.weight	1280,1280	unet.mid_block.resnets.0.time_emb_proj.weight	lora_unet_mid_block_resnets_0_time_emb_proj	
model.diffusion_model.middle_block.0.in_layers.0.bias	1280	unet.mid_block.resnets.0.norm1.bias		
model.diffusion_model.middle_block.0.in_layers.0.weight	1280	unet.mid_block.resnets.0.norm1.weight		
model.diffusion_model.middle_block.0.in_layers.2.bias	1280	unet.mid_block.resnets.0.conv1.bias		
model.diffusion_model.middle_block.0.in_layers.2.weight	1280,1280,3,3	unet.mid_block.resnets.0.conv1.weight	lora_unet_mid_block_resnets_0_conv1	
model.diffusion_model.middle_block.0.out_layers.0.bias	1280	unet.mid_block.resnets.0.norm2.bias		
model.diffusion_model.middle_block.0.out_layers.0.weight	1280	unet.mid_block.resnets.0.norm2.weight		
model.diffusion_model.middle_block.0.out_layers.3.bias	1280	unet.mid_block.resnets.0.conv2.bias		
model.diffusion_model.middle_block.0.out_layers.3.weight	1280,1280,3,3	unet.mid_block.resnets.0.conv2.weight	lora_unet_mid_block_resnets_0_conv2	
model.diffusion_model.middle_block.1.norm.bias	1280	unet.mid_block.attentions.0.norm.bias		
model.diffusion_model.middle_block.1.norm.weight	1280	unet.mid_block.attentions.0.norm.weight		
model.diffusion_model.middle_block.1.proj_in.bias	1280	unet.mid_block.attentions.0.proj_in.bias		
model.diffusion_model.middle_block.1.proj_in.weight	1280,1280,1,1	unet.mid_block.attentions.0.proj_in.weight	lora_unet_mid_block_attentions_0_proj_in	
model.diffusion_model.middle_block.1.proj_out.bias	1280	unet.mid_block.attentions.0.proj_out.bias		
model.diffusion_model.middle_block.1.proj_out.weight	1280,1280,1,1	unet.mid_block.attentions.0.proj_out.weight	lora_unet_mid_block_attentions_0_proj_out	
model.diffusion_model.middle_block.1.transformer_blocks.0.attn1.to_k.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.0.attn1.to_k.weight	lora_unet_mid_block_attentions_0_transformer_blocks_0_attn1_to_k	
model.diffusion_model.middle_block.1.transformer_blocks.0.attn1.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.0.attn1.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_mid_block_attentions_0_transformer_blocks_0_attn1_to_out_0	
model.diffusion_model.middle_block.1.transformer_blocks.0.attn1.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.0.attn1.to_q.weight	lora_unet_mid_block_attentions_0_transformer_blocks_0_attn1_to_q	
model.diffusion_model.middle_block.1.transformer_blocks.0.attn1.to_v.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.0.attn1.to_v.weight	lora_unet_mid_block_attentions_0_transformer_blocks_0_attn1_to_v	
model.diffusion_model.middle_block.1.transformer_blocks.0.attn2.to_k.weight	1280,768	unet.mid_block.attentions.0.transformer_blocks.0.attn2.to_k.weight	lora_unet_mid_block_attentions_0_transformer_blocks_0_attn2_to_k	
model.diffusion_model.middle_block.1.transformer_blocks.0.attn2.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.0.attn2.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_mid_block_attentions_0_transformer_blocks_0_attn2_to_out_0	
model.diffusion_model.middle_block.1.transformer_blocks.0.attn2.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.0.attn2.to_q.weight	lora_unet_mid_block_attentions_0_transformer_blocks_0_attn2_to_q	
model.diffusion_model.middle_block.1.transformer_blocks.0.attn2.to_v.weight	1280,768	unet.mid_block.attentions.0.transformer_blocks.0.attn2.to_v.weight	lora_unet_mid_block_attentions_0_transformer_blocks_0_attn2_to_v	
model.diffusion_model.middle_block.1.transformer_blocks.0.ff.net.0.proj.bias	10240	unet.mid_block.attentions.0.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.middle_block.1.transformer_blocks.0.ff.net.0.proj.weight	10240,1280	unet.mid_block.attentions.0.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_mid_block_attentions_0_transformer_blocks_0_ff_net_0_proj	
model.diffusion_model.middle_block.1.transformer_blocks.0.ff.net.2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.0.ff.net.2.weight	1280,5120	unet.mid_block.attentions.0.transformer_blocks.0.ff.net.2.weight	lora_unet_mid_block_attentions_0_transformer_blocks_0_ff_net_2	
model.diffusion_model.middle_block.1.transformer_blocks.0.norm1.bias	1280	unet.mid_block.attentions.0.transformer_blocks.0.norm1.bias		
model.diffusion_model.middle_block.1.transformer_blocks.0.norm1.weight	1280	unet.mid_block.attentions.0.transformer_blocks.0.norm1.weight		
model.diffusion_model.middle_block.1.transformer_blocks.0.norm2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.0.norm2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.0.norm2.weight	1280	unet.mid_block.attentions.0.transformer_blocks.0.norm2.weight		
model.diffusion_model.middle_block.1.transformer_blocks.0.norm3.bias	1280	unet.mid_block.attentions.0.transformer_blocks.0.norm3.bias		
model.diffusion_model.middle_block.1.transformer_blocks.0.norm3.weight	1280	unet.mid_block.attentions.0.transformer_blocks.0.norm3.weight		
model.diffusion_model.middle_block.2.emb_layers.1.bias	1280	unet.mid_block.resnets.1.time_emb_proj.bias		
model.diffusion_model.middle_block.2.emb_layers.1.weight	1280,1280	unet.mid_block.resnets.1.time_emb_proj.weight	lora_unet_mid_block_resnets_1_time_emb_proj	
model.diffusion_model.middle_block.2.in_layers.0.bias	1280	unet.mid_block.resnets.1.norm1.bias		
model.diffusion_model.middle_block.2.in_layers.0.weight	1280	unet.mid_block.resnets.1.norm1.weight		
model.diffusion_model.middle_block.2.in_layers.2.bias	1280	unet.mid_block.resnets.1.conv1.bias		
model.diffusion_model.middle_block.2.in_layers.2.weight	1280,1280,3,3	unet.mid_block.resnets.1.conv1.weight	lora_unet_mid_block_resnets_1_conv1	
model.diffusion_model.middle_block.2.out_layers.0.bias	1280	unet.mid_block.resnets.1.norm2.bias		
model.diffusion_model.middle_block.2.out_layers.0.weight	1280	unet.mid_block.resnets.1.norm2.weight		
model.diffusion_model.middle_block.2.out_layers.3.bias	1280	unet.mid_block.resnets.1.conv2.bias		
model.diffusion_model.middle_block.2.out_layers.3.weight	1280,1280,3,3	unet.mid_block.resnets.1.conv2.weight	lora_unet_mid_block_resnets_1_conv2	
model.diffusion_model.out.0.bias	320	unet.conv_norm_out.bias		
model.diffusion_model.out.0.weight	320	unet.conv_norm_out.weight		
model.diffusion_model.out.2.bias	4	unet.conv_out.bias		
model.diffusion_model.out.2.weight	4,320,3,3	unet.conv_out.weight		
model.diffusion_model.output_blocks.0.0.emb_layers.1.bias	1280	unet.up_blocks.0.resnets.0.time_emb_proj.bias		
model.diffusion_model.output_blocks.0.0.emb_layers.1.weight	1280,1280	unet.up_blocks.0.resnets.0.time_emb_proj.weight	lora_unet_up_blocks_0_resnets_0_time_emb_proj	
model.diffusion_model.output_blocks.0.0.in_layers.0.bias	2560	unet.up_blocks.0.resnets.0.norm1.bias		
model.diffusion_model.output_blocks.0.0.in_layers.0.weight	2560	unet.up_blocks.0.resnets.0.norm1.weight		
model.diffusion_model.output_blocks.0.0.in_layers.2.bias	1280	unet.up_blocks.0.resnets.0.conv1.bias		
model.diffusion_model.output_blocks.0.0.in_layers.2.weight	1280,2560,3,3	unet.up_blocks.0.resnets.0.conv1.weight	lora_unet_up_blocks_0_resnets_0_conv1	
model.diffusion_model.output_blocks.0.0.out_layers.0.bias	1280	unet.up_blocks.0.resnets.0.norm2.bias		
model.diffusion_model.output_blocks.0.0.out_layers.0.weight	1280	unet.up_blocks.0.resnets.0.norm2.weight		
model.diffusion_model.output_blocks.0.0.out_layers.3.bias	1280	unet.up_blocks.0.resnets.0.conv2.bias		
model.diffusion_model.output_blocks.0.0.out_layers.3.weight	1280,1280,3,3	unet.up_blocks.0.resnets.0.conv2.weight	lora_unet_up_blocks_0_resnets_0_conv2	
model.diffusion_model.output_blocks.0.0.skip_connection.bias	1280	unet.up_blocks.0.resnets.0.conv_shortcut.bias		
model.diffusion_model.output_blocks.0.0.skip_connection.weight	1280,2560,1,1	unet.up_blocks.0.resnets.0.conv_shortcut.weight	lora_unet_up_blocks_0_resnets_0_conv_shortcut	
model.diffusion_model.output_blocks.1.0.emb_layers.1.bias	1280	unet.up_blocks.0.resnets.1.time_emb_proj.bias		
model.diffusion_model.output_blocks.1.0.emb_layers.1.weight	1280,1280	unet.up_blocks.0.resnets.1.time_emb_proj.weight	lora_unet_up_blocks_0_resnets_1_time_emb_proj	
model.diffusion_model.output_blocks.1.0.in_layers.0.bias	2560	unet.up_blocks.0.resnets.1.norm1.bias		
model.diffusion_model.output_blocks.1.0.in_layers.0.weight	2560	unet.up_blocks.0.resnets.1.norm1.weight		
model.diffusion_model.output_blocks.1.0.in_layers.2.bias	1280	unet.up_blocks.0.resnets.1.conv1.bias		
model.diffusion_model.output_blocks.1.0.in_layers.2.weight	1280,2560,3,3	unet.up_blocks.0.resnets.1.conv1.weight	lora_unet_up_blocks_0_resnets_1_conv1	
model.diffusion_model.output_blocks.1.0.out_layers.0.bias	1280	unet.up_blocks.0.resnets.1.norm2.bias		
model.diffusion_model.output_blocks.1.0.out_layers.0.weight	1280	unet.up_blocks.0.resnets.1.norm2.weight		
model.diffusion_model.output_blocks.1.0.out_layers.3.bias	1280	unet.up_blocks.0.resnets.1.conv2.bias		
model.diffusion_model.output_blocks.1.0.out_layers.3.weight	1280,1280,3,3	unet.up_blocks.0.resnets.1.conv2.weight	lora_unet_up_blocks_0_resnets_1_conv2	
model.diffusion_model.output_blocks.1.0.skip_connection.bias	1280	unet.up_blocks.0.resnets.1.conv_shortcut.bias		
model.diffusion_model.output_blocks.1.0.skip_connection.weight	1280,2560,1,1	unet.up_blocks.0.resnets.1.conv_shortcut.weight	lora_unet_up_blocks_0_resnets_1_conv_shortcut	
model.diffusion_model.output_blocks.10.0.emb_layers.1.bias	320	unet.up_blocks.3.resnets.1.time_emb_proj.bias		
model.diffusion_model.output_blocks.10.0.emb_layers.1.weight	320,1280	unet.up_blocks.3.resnets.1.time_emb_proj.weight	lora_unet_up_blocks_3_resnets_1_time_emb_proj	
model.diffusion_model.output_blocks.10.0.in_layers.0.bias	640	unet.up_blocks.3.resnets.1.norm1.bias		
model.diffusion_model.output_blocks.10.0.in_layers.0.weight	640	unet.up_blocks.3.resnets.1.norm1.weight		
model.diffusion_model.output_blocks.10.0.in_layers.2.bias	320	unet.up_blocks.3.resnets.1.conv1.bias		
model.diffusion_model.output_blocks.10.0.in_layers.2.weight	320,640,3,3	unet.up_blocks.3.resnets.1.conv1.weight	lora_unet_up_blocks_3_resnets_1_conv1	
model.diffusion_model.output_blocks.10.0.out_layers.0.bias	320	unet.up_blocks.3.resnets.1.norm2.bias		
model.diffusion_model.output_blocks.10.0.out_layers.0.weight	320	unet.up_blocks.3.resnets.1.norm2.weight		
model.diffusion_model.output_blocks.10.0.out_layers.3.bias	320	unet.up_blocks.3.resnets.1.conv2.bias		
model.diffusion_model.output_blocks.10.0.out_layers.3.weight	320,320,3,3	unet.up_blocks.3.resnets.1.conv2.weight	lora_unet_up_blocks_3_resnets_1_conv2	
model.diffusion_model.output_blocks.10.0.skip_connection.bias	320	unet.up_blocks.3.resnets.1.conv_shortcut.bias		
model.diffusion_model.output_blocks.10.0.skip_connection.weight	320,640,1,1	unet.up_blocks.3.resnets.1.conv_shortcut.weight	lora_unet_up_blocks_3_resnets_1_conv_shortcut	
model.diffusion_model.output_blocks.10.1.norm.bias	320	unet.up_blocks.3.attentions.1.norm.bias		
model.diffusion_model.output_blocks.10.1.norm.weight	320	unet.up_blocks.3.attentions.1.norm.weight		
model.diffusion_model.output_blocks.10.1.proj_in.bias	320	unet.up_blocks.3.attentions.1.proj_in.bias		
model.diffusion_model.output_blocks.10.1.proj_in.weight	320,320,1,1	unet.up_blocks.3.attentions.1.proj_in.weight	lora_unet_up_blocks_3_attentions_1_proj_in	
model.diffusion_model.output_blocks.10.1.proj_out.bias	320	unet.up_blocks.3.attentions.1.proj_out.bias		
model.diffusion_model.output_blocks.10.1.proj_out.weight	320,320,1,1	unet.up_blocks.3.attentions.1.proj_out.weight	lora_unet_up_blocks_3_attentions_1_proj_out	
model.diffusion_model.output_blocks.10.1.transformer_blocks.0.attn1.to_k.weight	320,320	unet.up_blocks.3.attentions.1.transformer_blocks.0.attn1.to_k.weight	lora_unet_up_blocks_3_attentions_1_transformer_blocks_0_attn1_to_k	
model.diffusion_model.output_blocks.10.1.transformer_blocks.0.attn1.to_out.0.bias	320	unet.up_blocks.3.attentions.1.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.10.1.transformer_blocks.0.attn1.to_out.0.weight	320,320	unet.up_blocks.3.attentions.1.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_up_blocks_3_attentions_1_transformer_blocks_0_attn1_to_out_0	
model.diffusion_model.output_blocks.10.1.transformer_blocks.0.attn1.to_q.weight	320,320	unet.up_blocks.3.attentions.1.transformer_blocks.0.attn1.to_q.weight	lora_unet_up_blocks_3_attentions_1_transformer_blocks_0_attn1_to_q	
model.diffusion_model.output_blocks.10.1.transformer_blocks.0.attn1.to_v.weight	320,320	unet.up_blocks.3.attentions.1.transformer_blocks.0.attn1.to_v.weight	lora_unet_up_blocks_3_attentions_1_transformer_blocks_0_attn1_to_v	
model.diffusion_model.output_blocks.10.1.transformer_blocks.0.attn2.to_k.weight	320,768	unet.up_blocks.3.attentions.1.transformer_blocks.0.attn2.to_k.weight	lora_unet_up_blocks_3_attentions_1_transformer_blocks_0_attn2_to_k	
model.diffusion_model.output_blocks.10.1.transformer_blocks.0.attn2.to_out.0.bias	320	unet.up_blocks.3.attentions.1.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.10.1.transformer_blocks.0.attn2.to_out.0.weight	320,320	unet.up_blocks.3.attentions.1.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_up_blocks_3_attentions_1_transformer_blocks_0_attn2_to_out_0	
model.diffusion_model.output_blocks.10.1.transformer_blocks.0.attn2.to_q.weight	320,320	unet.up_blocks.3.attentions.1.transformer_blocks.0.attn2.to_q.weight	lora_unet_up_blocks_3_attentions_1_transformer_blocks_0_attn2_to_q	
model.diffusion_model.output_blocks.10.1.transformer_blocks.0.attn2.to_v.weight	320,768	unet.up_blocks.3.attentions.1.transformer_blocks.0.attn2.to_v.weight	lora_unet_up_blocks_3_attentions_1_transformer_blocks_0_attn2_to_v	
model.diffusion_model.output_blocks.10.1.transformer_blocks.0.ff.net.0.proj.bias	2560	unet.up_blocks.3.attentions.1.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.10.1.transformer_blocks.0.ff.net.0.proj.weight	2560,320	unet.up_blocks.3.attentions.1.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_up_blocks_3_attentions_1_transformer_blocks_0_ff_net_0_proj	
model.diffusion_model.output_blocks.10.1.transformer_blocks.0.ff.net.2.bias	320	unet.up_blocks.3.attentions.1.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.output_blocks.10.1.transformer_blocks.0.ff.net.2.weight	320,1280	unet.up_blocks.3.attentions.1.transformer_blocks.0.ff.net.2.weight	lora_unet_up_blocks_3_attentions_1_transformer_blocks_0_ff_net_2	
model.diffusion_model.output_blocks.10.1.transformer_blocks.0.norm1.bias	320	unet.up_blocks.3.attentions.1.transformer_blocks.0.norm1.bias		
model.diffusion_model.output_blocks.10.1.transformer_blocks.0.norm1.weight	320	unet.up_blocks.3.attentions.1.transformer_blocks.0.norm1.weight		
model.diffusion_model.output_blocks.10.1.transformer_blocks.0.norm2.bias	320	unet.up_blocks.3.attentions.1.transformer_blocks.0.norm2.bias		
model.diffusion_model.output_blocks.10.1.transformer_blocks.0.norm2.weight	320	unet.up_blocks.3.attentions.1.transformer_blocks.0.norm2.weight		
model.diffusion_model.output_blocks.10.1.transformer_blocks.0.norm3.bias	320	unet.up_blocks.3.attentions.1.transformer_blocks.0.norm3.bias		
model.diffusion_model.output_blocks.10.1.transformer_blocks.0.norm3.weight	320	unet.up_blocks.3.attentions.1.transformer_blocks.0.norm3.weight		
model.diffusion_model.output_blocks.11.0.emb_layers.1.bias	320	unet.up_blocks.3.resnets.2.time_emb_proj.bias		
model.diffusion_model.output_blocks.11.0.emb_layers.1.weight	320,1280	unet.up_blocks.3.resnets.2.time_emb_proj.weight	lora_unet_up_blocks_3_resnets_2_time_emb_proj	
model.diffusion_model.output_blocks.11.0.in_layers.0.bias	640	unet.up_blocks.3.resnets.2.norm1.bias		
model.diffusion_model.output_blocks.11.0.in_layers.0.weight	640	unet.up_blocks.3.resnets.2.norm1.weight		
model.diffusion_model.output_blocks.11.0.in_layers.2.bias	320	unet.up_blocks.3.resnets.2.conv1.bias		
model.diffusion_model.output_blocks.11.0.in_layers.2.weight	320,640,3,3	unet.up_blocks.3.resnets.2.conv1.weight	lora_unet_up_blocks_3_resnets_2_conv1	
model.diffusion_model.output_blocks.11.0.out_layers.0.bias	320	unet.up_blocks.3.resnets.2.norm2.bias		
model.diffusion_model.output_blocks.11.0.out_layers.0.weight	320	unet.up_blocks.3.resnets.2.norm2.weight		
model.diffusion_model.output_blocks.11.0.out_layers.3.bias	320	unet.up_blocks.3.resnets.2.conv2.bias		
model.diffusion_model.output_blocks.11.0.out_layers.3.weight	320,320,3,3	unet.up_blocks.3.resnets.2.conv2.weight	lora_unet_up_blocks_3_resnets_2_conv2	
model.diffusion_model.output_blocks.11.0.skip_connection.bias	320	unet.up_blocks.3.resnets.2.conv_shortcut.bias		
model.diffusion_model.output_blocks.11.0.skip_connection.weight	320,640,1,1	unet.up_blocks.3.resnets.2.conv_shortcut.weight	lora_unet_up_blocks_3_resnets_2_conv_shortcut	
model.diffusion_model.output_blocks.11.1.norm.bias	320	unet.up_blocks.3.attentions.2.norm.bias		
model.diffusion_model.output_blocks.11.1.norm.weight	320	unet.up_blocks.3.attentions.2.norm.weight		
model.diffusion_model.output_blocks.11.1.proj_in.bias	320	unet.up_blocks.3.attentions.2.proj_in.bias		
model.diffusion_model.output_blocks.11.1.proj_in.weight	320,320,1,1	unet.up_blocks.3.attentions.2.proj_in.weight	lora_unet_up_blocks_3_attentions_2_proj_in	
model.diffusion_model.output_blocks.11.1.proj_out.bias	320	unet.up_blocks.3.attentions.2.proj_out.bias		
model.diffusion_model.output_blocks.11.1.proj_out.weight	320,320,1,1	unet.up_blocks.3.attentions.2.proj_out.weight	lora_unet_up_blocks_3_attentions_2_proj_out	
model.diffusion_model.output_blocks.11.1.transformer_blocks.0.attn1.to_k.weight	320,320	unet.up_blocks.3.attentions.2.transformer_blocks.0.attn1.to_k.weight	lora_unet_up_blocks_3_attentions_2_transformer_blocks_0_attn1_to_k	
model.diffusion_model.output_blocks.11.1.transformer_blocks.0.attn1.to_out.0.bias	320	unet.up_blocks.3.attentions.2.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.11.1.transformer_blocks.0.attn1.to_out.0.weight	320,320	unet.up_blocks.3.attentions.2.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_up_blocks_3_attentions_2_transformer_blocks_0_attn1_to_out_0	
model.diffusion_model.output_blocks.11.1.transformer_blocks.0.attn1.to_q.weight	320,320	unet.up_blocks.3.attentions.2.transformer_blocks.0.attn1.to_q.weight	lora_unet_up_blocks_3_attentions_2_transformer_blocks_0_attn1_to_q	
model.diffusion_model.output_blocks.11.1.transformer_blocks.0.attn1.to_v.weight	320,320	unet.up_blocks.3.attentions.2.transformer_blocks.0.attn1.to_v.weight	lora_unet_up_blocks_3_attentions_2_transformer_blocks_0_attn1_to_v	
model.diffusion_model.output_blocks.11.1.transformer_blocks.0.attn2.to_k.weight	320,768	unet.up_blocks.3.attentions.2.transformer_blocks.0.attn2.to_k.weight	lora_unet_up_blocks_3_attentions_2_transformer_blocks_0_attn2_to_k	
model.diffusion_model.output_blocks.11.1.transformer_blocks.0.attn2.to_out.0.bias	320	unet.up_blocks.3.attentions.2.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.11.1.transformer_blocks.0.attn2.to_out.0.weight	320,320	unet.up_blocks.3.attentions.2.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_up_blocks_3_attentions_2_transformer_blocks_0_attn2_to_out_0	
model.diffusion_model.output_blocks.11.1.transformer_blocks.0.attn2.to_q.weight	320,320	unet.up_blocks.3.attentions.2.transformer_blocks.0.attn2.to_q.weight	lora_unet_up_blocks_3_attentions_2_transformer_blocks_0_attn2_to_q	
model.diffusion_model.output_blocks.11.1.transformer_blocks.0.attn2.to_v.weight	320,768	unet.up_blocks.3.attentions.2.transformer_blocks.0.attn2.to_v.weight	lora_unet_up_blocks_3_attentions_2_transformer_blocks_0_attn2_to_v	
model.diffusion_model.output_blocks.11.1.transformer_blocks.0.ff.net.0.proj.bias	2560	unet.up_blocks.3.attentions.2.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.11.1.transformer_blocks.0.ff.net.0.proj.weight	2560,320	unet.up_blocks.3.attentions.2.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_up_blocks_3_attentions_2_transformer_blocks_0_ff_net_0_proj	
model.diffusion_model.output_blocks.11.1.transformer_blocks.0.ff.net.2.bias	320	unet.up_blocks.3.attentions.2.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.output_blocks.11.1.transformer_blocks.0.ff.net.2.weight	320,1280	unet.up_blocks.3.attentions.2.transformer_blocks.0.ff.net.2.weight	lora_unet_up_blocks_3_attentions_2_transformer_blocks_0_ff_net_2	
model.diffusion_model.output_blocks.11.1.transformer_blocks.0.norm1.bias	320	unet.up_blocks.3.attentions.2.transformer_blocks.0.norm1.bias		
model.diffusion_model.output_blocks.11.1.transformer_blocks.0.norm1.weight	320	unet.up_blocks.3.attentions.2.transformer_blocks.0.norm1.weight		
model.diffusion_model.output_blocks.11.1.transformer_blocks.0.norm2.bias	320	unet.up_blocks.3.attentions.2.transformer_blocks.0.norm2.bias		
model.diffusion_model.output_blocks.11.1.transformer_blocks.0.norm2.weight	320	unet.up_blocks.3.attentions.2.transformer_blocks.0.norm2.weight		
model.diffusion_model.output_blocks.11.1.transformer_blocks.0.norm3.bias	320	unet.up_blocks.3.attentions.2.transformer_blocks.0.norm3.bias		
model.diffusion_model.output_blocks.11.1.transformer_blocks.0.norm3.weight	320	unet.up_blocks.3.attentions.2.transformer_blocks.0.norm3.weight		
model.diffusion_model.output_blocks.2.0.emb_layers.1.bias	1280	unet.up_blocks.0.resnets.2.time_emb_proj.bias		
model.diffusion_model.output_blocks.2.0.emb_layers.1.weight	1280,1280	unet.up_blocks.0.resnets.2.time_emb_proj.weight	lora_unet_up_blocks_0_resnets_2_time_emb_proj	
model.diffusion_model.output_blocks.2.0.in_layers.0.bias	2560	unet.up_blocks.0.resnets.2.norm1.bias		
model.diffusion_model.output_blocks.2.0.in_layers.0.weight	2560	unet.up_blocks.0.resnets.2.norm1.weight		
model.diffusion_model.output_blocks.2.0.in_layers.2.bias	1280	unet.up_blocks.0.resnets.2.conv1.bias		
model.diffusion_model.output_blocks.2.0.in_layers.2.weight	1280,2560,3,3	unet.up_blocks.0.resnets.2.conv1.weight	lora_unet_up_blocks_0_resnets_2_conv1	
model.diffusion_model.output_blocks.2.0.out_layers.0.bias	1280	unet.up_blocks.0.resnets.2.norm2.bias		
model.diffusion_model.output_blocks.2.0.out_layers.0.weight	1280	unet.up_blocks.0.resnets.2.norm2.weight		
model.diffusion_model.output_blocks.2.0.out_layers.3.bias	1280	unet.up_blocks.0.resnets.2.conv2.bias		
model.diffusion_model.output_blocks.2.0.out_layers.3.weight	1280,1280,3,3	unet.up_blocks.0.resnets.2.conv2.weight	lora_unet_up_blocks_0_resnets_2_conv2	
model.diffusion_model.output_blocks.2.0.skip_connection.bias	1280	unet.up_blocks.0.resnets.2.conv_shortcut.bias		
model.diffusion_model.output_blocks.2.0.skip_connection.weight	1280,2560,1,1	unet.up_blocks.0.resnets.2.conv_shortcut.weight	lora_unet_up_blocks_0_resnets_2_conv_shortcut	
model.diffusion_model.output_blocks.2.1.conv.bias	1280	unet.up_blocks.0.upsamplers.0.conv.bias		
model.diffusion_model.output_blocks.2.1.conv.weight	1280,1280,3,3	unet.up_blocks.0.upsamplers.0.conv.weight	lora_unet_up_blocks_0_upsamplers_0_conv	
model.diffusion_model.output_blocks.3.0.emb_layers.1.bias	1280	unet.up_blocks.1.resnets.0.time_emb_proj.bias		
model.diffusion_model.output_blocks.3.0.emb_layers.1.weight	1280,1280	unet.up_blocks.1.resnets.0.time_emb_proj.weight	lora_unet_up_blocks_1_resnets_0_time_emb_proj	
model.diffusion_model.output_blocks.3.0.in_layers.0.bias	2560	unet.up_blocks.1.resnets.0.norm1.bias		
model.diffusion_model.output_blocks.3.0.in_layers.0.weight	2560	unet.up_blocks.1.resnets.0.norm1.weight		
model.diffusion_model.output_blocks.3.0.in_layers.2.bias	1280	unet.up_blocks.1.resnets.0.conv1.bias		
model.diffusion_model.output_blocks.3.0.in_layers.2.weight	1280,2560,3,3	unet.up_blocks.1.resnets.0.conv1.weight	lora_unet_up_blocks_1_resnets_0_conv1	
model.diffusion_model.output_blocks.3.0.out_layers.0.bias	1280	unet.up_blocks.1.resnets.0.norm2.bias		
model.diffusion_model.output_blocks.3.0.out_layers.0.weight	1280	unet.up_blocks.1.resnets.0.norm2.weight		
model.diffusion_model.output_blocks.3.0.out_layers.3.bias	1280	unet.up_blocks.1.resnets.0.conv2.bias		
model.diffusion_model.output_blocks.3.0.out_layers.3.weight	1280,1280,3,3	unet.up_blocks.1.resnets.0.conv2.weight	lora_unet_up_blocks_1_resnets_0_conv2	
model.diffusion_model.output_blocks.3.0.skip_connection.bias	1280	unet.up_blocks.1.resnets.0.conv_shortcut.bias		
model.diffusion_model.output_blocks.3.0.skip_connection.weight	1280,2560,1,1	unet.up_blocks.1.resnets.0.conv_shortcut.weight	lora_unet_up_blocks_1_resnets_0_conv_shortcut	
model.diffusion_model.output_blocks.3.1.norm.bias	1280	unet.up_blocks.1.attentions.0.norm.bias		
model.diffusion_model.output_blocks.3.1.norm.weight	1280	unet.up_blocks.1.attentions.0.norm.weight		
model.diffusion_model.output_blocks.3.1.proj_in.bias	1280	unet.up_blocks.1.attentions.0.proj_in.bias		
model.diffusion_model.output_blocks.3.1.proj_in.weight	1280,1280,1,1	unet.up_blocks.1.attentions.0.proj_in.weight	lora_unet_up_blocks_1_attentions_0_proj_in	
model.diffusion_model.output_blocks.3.1.proj_out.bias	1280	unet.up_blocks.1.attentions.0.proj_out.bias		
model.diffusion_model.output_blocks.3.1.proj_out.weight	1280,1280,1,1	unet.up_blocks.1.attentions.0.proj_out.weight	lora_unet_up_blocks_1_attentions_0_proj_out	
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.attn1.to_k.weight	1280,1280	unet.up_blocks.1.attentions.0.transformer_blocks.0.attn1.to_k.weight	lora_unet_up_blocks_1_attentions_0_transformer_blocks_0_attn1_to_k	
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.attn1.to_out.0.bias	1280	unet.up_blocks.1.attentions.0.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.attn1.to_out.0.weight	1280,1280	unet.up_blocks.1.attentions.0.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_up_blocks_1_attentions_0_transformer_blocks_0_attn1_to_out_0	
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.attn1.to_q.weight	1280,1280	unet.up_blocks.1.attentions.0.transformer_blocks.0.attn1.to_q.weight	lora_unet_up_blocks_1_attentions_0_transformer_blocks_0_attn1_to_q	
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.attn1.to_v.weight	1280,1280	unet.up_blocks.1.attentions.0.transformer_blocks.0.attn1.to_v.weight	lora_unet_up_blocks_1_attentions_0_transformer_blocks_0_attn1_to_v	
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.attn2.to_k.weight	1280,768	unet.up_blocks.1.attentions.0.transformer_blocks.0.attn2.to_k.weight	lora_unet_up_blocks_1_attentions_0_transformer_blocks_0_attn2_to_k	
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.attn2.to_out.0.bias	1280	unet.up_blocks.1.attentions.0.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.attn2.to_out.0.weight	1280,1280	unet.up_blocks.1.attentions.0.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_up_blocks_1_attentions_0_transformer_blocks_0_attn2_to_out_0	
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.attn2.to_q.weight	1280,1280	unet.up_blocks.1.attentions.0.transformer_blocks.0.attn2.to_q.weight	lora_unet_up_blocks_1_attentions_0_transformer_blocks_0_attn2_to_q	
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.attn2.to_v.weight	1280,768	unet.up_blocks.1.attentions.0.transformer_blocks.0.attn2.to_v.weight	lora_unet_up_blocks_1_attentions_0_transformer_blocks_0_attn2_to_v	
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.ff.net.0.proj.bias	10240	unet.up_blocks.1.attentions.0.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.ff.net.0.proj.weight	10240,1280	unet.up_blocks.1.attentions.0.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_up_blocks_1_attentions_0_transformer_blocks_0_ff_net_0_proj	
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.ff.net.2.bias	1280	unet.up_blocks.1.attentions.0.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.ff.net.2.weight	1280,5120	unet.up_blocks.1.attentions.0.transformer_blocks.0.ff.net.2.weight	lora_unet_up_blocks_1_attentions_0_transformer_blocks_0_ff_net_2	
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.norm1.bias	1280	unet.up_blocks.1.attentions.0.transformer_blocks.0.norm1.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.norm1.weight	1280	unet.up_blocks.1.attentions.0.transformer_blocks.0.norm1.weight		
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.norm2.bias	1280	unet.up_blocks.1.attentions.0.transformer_blocks.0.norm2.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.norm2.weight	1280	unet.up_blocks.1.attentions.0.transformer_blocks.0.norm2.weight		
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.norm3.bias	1280	unet.up_blocks.1.attentions.0.transformer_blocks.0.norm3.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.norm3.weight	1280	unet.up_blocks.1.attentions.0.transformer_blocks.0.norm3.weight		
model.diffusion_model.output_blocks.4.0.emb_layers.1.bias	1280	unet.up_blocks.1.resnets.1.time_emb_proj.bias		
model.diffusion_model.output_blocks.4.0.emb_layers.1.weight	1280,1280	unet.up_blocks.1.resnets.1.time_emb_proj.weight	lora_unet_up_blocks_1_resnets_1_time_emb_proj	
model.diffusion_model.output_blocks.4.0.in_layers.0.bias	2560	unet.up_blocks.1.resnets.1.norm1.bias		
model.diffusion_model.output_blocks.4.0.in_layers.0.weight	2560	unet.up_blocks.1.resnets.1.norm1.weight		
model.diffusion_model.output_blocks.4.0.in_layers.2.bias	1280	unet.up_blocks.1.resnets.1.conv1.bias		
model.diffusion_model.output_blocks.4.0.in_layers.2.weight	1280,2560,3,3	unet.up_blocks.1.resnets.1.conv1.weight	lora_unet_up_blocks_1_resnets_1_conv1	
model.diffusion_model.output_blocks.4.0.out_layers.0.bias	1280	unet.up_blocks.1.resnets.1.norm2.bias		
model.diffusion_model.output_blocks.4.0.out_layers.0.weight	1280	unet.up_blocks.1.resnets.1.norm2.weight		
model.diffusion_model.output_blocks.4.0.out_layers.3.bias	1280	unet.up_blocks.1.resnets.1.conv2.bias		
model.diffusion_model.output_blocks.4.0.out_layers.3.weight	1280,1280,3,3	unet.up_blocks.1.resnets.1.conv2.weight	lora_unet_up_blocks_1_resnets_1_conv2	
model.diffusion_model.output_blocks.4.0.skip_connection.bias	1280	unet.up_blocks.1.resnets.1.conv_shortcut.bias		
model.diffusion_model.output_blocks.4.0.skip_connection.weight	1280,2560,1,1	unet.up_blocks.1.resnets.1.conv_shortcut.weight	lora_unet_up_blocks_1_resnets_1_conv_shortcut	
model.diffusion_model.output_blocks.4.1.norm.bias	1280	unet.up_blocks.1.attentions.1.norm.bias		
model.diffusion_model.output_blocks.4.1.norm.weight	1280	unet.up_blocks.1.attentions.1.norm.weight		
model.diffusion_model.output_blocks.4.1.proj_in.bias	1280	unet.up_blocks.1.attentions.1.proj_in.bias		
model.diffusion_model.output_blocks.4.1.proj_in.weight	1280,1280,1,1	unet.up_blocks.1.attentions.1.proj_in.weight	lora_unet_up_blocks_1_attentions_1_proj_in	
model.diffusion_model.output_blocks.4.1.proj_out.bias	1280	unet.up_blocks.1.attentions.1.proj_out.bias		
model.diffusion_model.output_blocks.4.1.proj_out.weight	1280,1280,1,1	unet.up_blocks.1.attentions.1.proj_out.weight	lora_unet_up_blocks_1_attentions_1_proj_out	
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.attn1.to_k.weight	1280,1280	unet.up_blocks.1.attentions.1.transformer_blocks.0.attn1.to_k.weight	lora_unet_up_blocks_1_attentions_1_transformer_blocks_0_attn1_to_k	
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.attn1.to_out.0.bias	1280	unet.up_blocks.1.attentions.1.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.attn1.to_out.0.weight	1280,1280	unet.up_blocks.1.attentions.1.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_up_blocks_1_attentions_1_transformer_blocks_0_attn1_to_out_0	
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.attn1.to_q.weight	1280,1280	unet.up_blocks.1.attentions.1.transformer_blocks.0.attn1.to_q.weight	lora_unet_up_blocks_1_attentions_1_transformer_blocks_0_attn1_to_q	
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.attn1.to_v.weight	1280,1280	unet.up_blocks.1.attentions.1.transformer_blocks.0.attn1.to_v.weight	lora_unet_up_blocks_1_attentions_1_transformer_blocks_0_attn1_to_v	
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.attn2.to_k.weight	1280,768	unet.up_blocks.1.attentions.1.transformer_blocks.0.attn2.to_k.weight	lora_unet_up_blocks_1_attentions_1_transformer_blocks_0_attn2_to_k	
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.attn2.to_out.0.bias	1280	unet.up_blocks.1.attentions.1.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.attn2.to_out.0.weight	1280,1280	unet.up_blocks.1.attentions.1.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_up_blocks_1_attentions_1_transformer_blocks_0_attn2_to_out_0	
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.attn2.to_q.weight	1280,1280	unet.up_blocks.1.attentions.1.transformer_blocks.0.attn2.to_q.weight	lora_unet_up_blocks_1_attentions_1_transformer_blocks_0_attn2_to_q	
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.attn2.to_v.weight	1280,768	unet.up_blocks.1.attentions.1.transformer_blocks.0.attn2.to_v.weight	lora_unet_up_blocks_1_attentions_1_transformer_blocks_0_attn2_to_v	
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.ff.net.0.proj.bias	10240	unet.up_blocks.1.attentions.1.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.ff.net.0.proj.weight	10240,1280	unet.up_blocks.1.attentions.1.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_up_blocks_1_attentions_1_transformer_blocks_0_ff_net_0_proj	
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.ff.net.2.bias	1280	unet.up_blocks.1.attentions.1.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.ff.net.2.weight	1280,5120	unet.up_blocks.1.attentions.1.transformer_blocks.0.ff.net.2.weight	lora_unet_up_blocks_1_attentions_1_transformer_blocks_0_ff_net_2	
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.norm1.bias	1280	unet.up_blocks.1.attentions.1.transformer_blocks.0.norm1.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.norm1.weight	1280	unet.up_blocks.1.attentions.1.transformer_blocks.0.norm1.weight		
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.norm2.bias	1280	unet.up_blocks.1.attentions.1.transformer_blocks.0.norm2.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.norm2.weight	1280	unet.up_blocks.1.attentions.1.transformer_blocks.0.norm2.weight		
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.norm3.bias	1280	unet.up_blocks.1.attentions.1.transformer_blocks.0.norm3.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.norm3.weight	1280	unet.up_blocks.1.attentions.1.transformer_blocks.0.norm3.weight		
model.diffusion_model.output_blocks.5.0.emb_layers.1.bias	1280	unet.up_blocks.1.resnets.2.time_emb_proj.bias		
model.diffusion_model.output_blocks.5.0.emb_layers.1.weight	1280,1280	unet.up_blocks.1.resnets.2.time_emb_proj.weight	lora_unet_up_blocks_1_resnets_2_time_emb_proj	
model.diffusion_model.output_blocks.5.0.in_layers.0.bias	1920	unet.up_blocks.1.resnets.2.norm1.bias		
model.diffusion_model.output_blocks.5.0.in_layers.0.weight	1920	unet.up_blocks.1.resnets.2.norm1.weight		
model.diffusion_model.output_blocks.5.0.in_layers.2.bias	1280	unet.up_blocks.1.resnets.2.conv1.bias		
model.diffusion_model.output_blocks.5.0.in_layers.2.weight	1280,1920,3,3	unet.up_blocks.1.resnets.2.conv1.weight	lora_unet_up_blocks_1_resnets_2_conv1	
model.diffusion_model.output_blocks.5.0.out_layers.0.bias	1280	unet.up_blocks.1.resnets.2.norm2.bias		
model.diffusion_model.output_blocks.5.0.out_layers.0.weight	1280	unet.up_blocks.1.resnets.2.norm2.weight		
model.diffusion_model.output_blocks.5.0.out_layers.3.bias	1280	unet.up_blocks.1.resnets.2.conv2.bias		
model.diffusion_model.output_blocks.5.0.out_layers.3.weight	1280,1280,3,3	unet.up_blocks.1.resnets.2.conv2.weight	lora_unet_up_blocks_1_resnets_2_conv2	
model.diffusion_model.output_blocks.5.0.skip_connection.bias	1280	unet.up_blocks.1.resnets.2.conv_shortcut.bias		
model.diffusion_model.output_blocks.5.0.skip_connection.weight	1280,1920,1,1	unet.up_blocks.1.resnets.2.conv_shortcut.weight	lora_unet_up_blocks_1_resnets_2_conv_shortcut	
model.diffusion_model.output_blocks.5.1.norm.bias	1280	unet.up_blocks.1.attentions.2.norm.bias		
model.diffusion_model.output_blocks.5.1.norm.weight	1280	unet.up_blocks.1.attentions.2.norm.weight		
model.diffusion_model.output_blocks.5.1.proj_in.bias	1280	unet.up_blocks.1.attentions.2.proj_in.bias		
model.diffusion_model.output_blocks.5.1.proj_in.weight	1280,1280,1,1	unet.up_blocks.1.attentions.2.proj_in.weight	lora_unet_up_blocks_1_attentions_2_proj_in	
model.diffusion_model.output_blocks.5.1.proj_out.bias	1280	unet.up_blocks.1.attentions.2.proj_out.bias		
model.diffusion_model.output_blocks.5.1.proj_out.weight	1280,1280,1,1	unet.up_blocks.1.attentions.2.proj_out.weight	lora_unet_up_blocks_1_attentions_2_proj_out	
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.attn1.to_k.weight	1280,1280	unet.up_blocks.1.attentions.2.transformer_blocks.0.attn1.to_k.weight	lora_unet_up_blocks_1_attentions_2_transformer_blocks_0_attn1_to_k	
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.attn1.to_out.0.bias	1280	unet.up_blocks.1.attentions.2.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.attn1.to_out.0.weight	1280,1280	unet.up_blocks.1.attentions.2.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_up_blocks_1_attentions_2_transformer_blocks_0_attn1_to_out_0	
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.attn1.to_q.weight	1280,1280	unet.up_blocks.1.attentions.2.transformer_blocks.0.attn1.to_q.weight	lora_unet_up_blocks_1_attentions_2_transformer_blocks_0_attn1_to_q	
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.attn1.to_v.weight	1280,1280	unet.up_blocks.1.attentions.2.transformer_blocks.0.attn1.to_v.weight	lora_unet_up_blocks_1_attentions_2_transformer_blocks_0_attn1_to_v	
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.attn2.to_k.weight	1280,768	unet.up_blocks.1.attentions.2.transformer_blocks.0.attn2.to_k.weight	lora_unet_up_blocks_1_attentions_2_transformer_blocks_0_attn2_to_k	
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.attn2.to_out.0.bias	1280	unet.up_blocks.1.attentions.2.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.attn2.to_out.0.weight	1280,1280	unet.up_blocks.1.attentions.2.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_up_blocks_1_attentions_2_transformer_blocks_0_attn2_to_out_0	
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.attn2.to_q.weight	1280,1280	unet.up_blocks.1.attentions.2.transformer_blocks.0.attn2.to_q.weight	lora_unet_up_blocks_1_attentions_2_transformer_blocks_0_attn2_to_q	
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.attn2.to_v.weight	1280,768	unet.up_blocks.1.attentions.2.transformer_blocks.0.attn2.to_v.weight	lora_unet_up_blocks_1_attentions_2_transformer_blocks_0_attn2_to_v	
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.ff.net.0.proj.bias	10240	unet.up_blocks.1.attentions.2.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.ff.net.0.proj.weight	10240,1280	unet.up_blocks.1.attentions.2.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_up_blocks_1_attentions_2_transformer_blocks_0_ff_net_0_proj	
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.ff.net.2.bias	1280	unet.up_blocks.1.attentions.2.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.ff.net.2.weight	1280,5120	unet.up_blocks.1.attentions.2.transformer_blocks.0.ff.net.2.weight	lora_unet_up_blocks_1_attentions_2_transformer_blocks_0_ff_net_2	
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.norm1.bias	1280	unet.up_blocks.1.attentions.2.transformer_blocks.0.norm1.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.norm1.weight	1280	unet.up_blocks.1.attentions.2.transformer_blocks.0.norm1.weight		
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.norm2.bias	1280	unet.up_blocks.1.attentions.2.transformer_blocks.0.norm2.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.norm2.weight	1280	unet.up_blocks.1.attentions.2.transformer_blocks.0.norm2.weight		
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.norm3.bias	1280	unet.up_blocks.1.attentions.2.transformer_blocks.0.norm3.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.norm3.weight	1280	unet.up_blocks.1.attentions.2.transformer_blocks.0.norm3.weight		
model.diffusion_model.output_blocks.5.2.conv.bias	1280	unet.up_blocks.1.upsamplers.0.conv.bias		
model.diffusion_model.output_blocks.5.2.conv.weight	1280,1280,3,3	unet.up_blocks.1.upsamplers.0.conv.weight	lora_unet_up_blocks_1_upsamplers_0_conv	
model.diffusion_model.output_blocks.6.0.emb_layers.1.bias	640	unet.up_blocks.2.resnets.0.time_emb_proj.bias		
model.diffusion_model.output_blocks.6.0.emb_layers.1.weight	640,1280	unet.up_blocks.2.resnets.0.time_emb_proj.weight	lora_unet_up_blocks_2_resnets_0_time_emb_proj	
model.diffusion_model.output_blocks.6.0.in_layers.0.bias	1920	unet.up_blocks.2.resnets.0.norm1.bias		
model.diffusion_model.output_blocks.6.0.in_layers.0.weight	1920	unet.up_blocks.2.resnets.0.norm1.weight		
model.diffusion_model.output_blocks.6.0.in_layers.2.bias	640	unet.up_blocks.2.resnets.0.conv1.bias		
model.diffusion_model.output_blocks.6.0.in_layers.2.weight	640,1920,3,3	unet.up_blocks.2.resnets.0.conv1.weight	lora_unet_up_blocks_2_resnets_0_conv1	
model.diffusion_model.output_blocks.6.0.out_layers.0.bias	640	unet.up_blocks.2.resnets.0.norm2.bias		
model.diffusion_model.output_blocks.6.0.out_layers.0.weight	640	unet.up_blocks.2.resnets.0.norm2.weight		
model.diffusion_model.output_blocks.6.0.out_layers.3.bias	640	unet.up_blocks.2.resnets.0.conv2.bias		
model.diffusion_model.output_blocks.6.0.out_layers.3.weight	640,640,3,3	unet.up_blocks.2.resnets.0.conv2.weight	lora_unet_up_blocks_2_resnets_0_conv2	
model.diffusion_model.output_blocks.6.0.skip_connection.bias	640	unet.up_blocks.2.resnets.0.conv_shortcut.bias		
model.diffusion_model.output_blocks.6.0.skip_connection.weight	640,1920,1,1	unet.up_blocks.2.resnets.0.conv_shortcut.weight	lora_unet_up_blocks_2_resnets_0_conv_shortcut	
model.diffusion_model.output_blocks.6.1.norm.bias	640	unet.up_blocks.2.attentions.0.norm.bias		
model.diffusion_model.output_blocks.6.1.norm.weight	640	unet.up_blocks.2.attentions.0.norm.weight		
model.diffusion_model.output_blocks.6.1.proj_in.bias	640	unet.up_blocks.2.attentions.0.proj_in.bias		
model.diffusion_model.output_blocks.6.1.proj_in.weight	640,640,1,1	unet.up_blocks.2.attentions.0.proj_in.weight	lora_unet_up_blocks_2_attentions_0_proj_in	
model.diffusion_model.output_blocks.6.1.proj_out.bias	640	unet.up_blocks.2.attentions.0.proj_out.bias		
model.diffusion_model.output_blocks.6.1.proj_out.weight	640,640,1,1	unet.up_blocks.2.attentions.0.proj_out.weight	lora_unet_up_blocks_2_attentions_0_proj_out	
model.diffusion_model.output_blocks.6.1.transformer_blocks.0.attn1.to_k.weight	640,640	unet.up_blocks.2.attentions.0.transformer_blocks.0.attn1.to_k.weight	lora_unet_up_blocks_2_attentions_0_transformer_blocks_0_attn1_to_k	
model.diffusion_model.output_blocks.6.1.transformer_blocks.0.attn1.to_out.0.bias	640	unet.up_blocks.2.attentions.0.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.6.1.transformer_blocks.0.attn1.to_out.0.weight	640,640	unet.up_blocks.2.attentions.0.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_up_blocks_2_attentions_0_transformer_blocks_0_attn1_to_out_0	
model.diffusion_model.output_blocks.6.1.transformer_blocks.0.attn1.to_q.weight	640,640	unet.up_blocks.2.attentions.0.transformer_blocks.0.attn1.to_q.weight	lora_unet_up_blocks_2_attentions_0_transformer_blocks_0_attn1_to_q	
model.diffusion_model.output_blocks.6.1.transformer_blocks.0.attn1.to_v.weight	640,640	unet.up_blocks.2.attentions.0.transformer_blocks.0.attn1.to_v.weight	lora_unet_up_blocks_2_attentions_0_transformer_blocks_0_attn1_to_v	
model.diffusion_model.output_blocks.6.1.transformer_blocks.0.attn2.to_k.weight	640,768	unet.up_blocks.2.attentions.0.transformer_blocks.0.attn2.to_k.weight	lora_unet_up_blocks_2_attentions_0_transformer_blocks_0_attn2_to_k	
model.diffusion_model.output_blocks.6.1.transformer_blocks.0.attn2.to_out.0.bias	640	unet.up_blocks.2.attentions.0.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.6.1.transformer_blocks.0.attn2.to_out.0.weight	640,640	unet.up_blocks.2.attentions.0.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_up_blocks_2_attentions_0_transformer_blocks_0_attn2_to_out_0	
model.diffusion_model.output_blocks.6.1.transformer_blocks.0.attn2.to_q.weight	640,640	unet.up_blocks.2.attentions.0.transformer_blocks.0.attn2.to_q.weight	lora_unet_up_blocks_2_attentions_0_transformer_blocks_0_attn2_to_q	
model.diffusion_model.output_blocks.6.1.transformer_blocks.0.attn2.to_v.weight	640,768	unet.up_blocks.2.attentions.0.transformer_blocks.0.attn2.to_v.weight	lora_unet_up_blocks_2_attentions_0_transformer_blocks_0_attn2_to_v	
model.diffusion_model.output_blocks.6.1.transformer_blocks.0.ff.net.0.proj.bias	5120	unet.up_blocks.2.attentions.0.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.6.1.transformer_blocks.0.ff.net.0.proj.weight	5120,640	unet.up_blocks.2.attentions.0.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_up_blocks_2_attentions_0_transformer_blocks_0_ff_net_0_proj	
model.diffusion_model.output_blocks.6.1.transformer_blocks.0.ff.net.2.bias	640	unet.up_blocks.2.attentions.0.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.output_blocks.6.1.transformer_blocks.0.ff.net.2.weight	640,2560	unet.up_blocks.2.attentions.0.transformer_blocks.0.ff.net.2.weight	lora_unet_up_blocks_2_attentions_0_transformer_blocks_0_ff_net_2	
model.diffusion_model.output_blocks.6.1.transformer_blocks.0.norm1.bias	640	unet.up_blocks.2.attentions.0.transformer_blocks.0.norm1.bias		
model.diffusion_model.output_blocks.6.1.transformer_blocks.0.norm1.weight	640	unet.up_blocks.2.attentions.0.transformer_blocks.0.norm1.weight		
model.diffusion_model.output_blocks.6.1.transformer_blocks.0.norm2.bias	640	unet.up_blocks.2.attentions.0.transformer_blocks.0.norm2.bias		
model.diffusion_model.output_blocks.6.1.transformer_blocks.0.norm2.weight	640	unet.up_blocks.2.attentions.0.transformer_blocks.0.norm2.weight		
model.diffusion_model.output_blocks.6.1.transformer_blocks.0.norm3.bias	640	unet.up_blocks.2.attentions.0.transformer_blocks.0.norm3.bias		
model.diffusion_model.output_blocks.6.1.transformer_blocks.0.norm3.weight	640	unet.up_blocks.2.attentions.0.transformer_blocks.0.norm3.weight		
model.diffusion_model.output_blocks.7.0.emb_layers.1.bias	640	unet.up_blocks.2.resnets.1.time_emb_proj.bias		
model.diffusion_model.output_blocks.7.0.emb_layers.1.weight	640,1280	unet.up_blocks.2.resnets.1.time_emb_proj.weight	lora_unet_up_blocks_2_resnets_1_time_emb_proj	
model.diffusion_model.output_blocks.7.0.in_layers.0.bias	1280	unet.up_blocks.2.resnets.1.norm1.bias		
model.diffusion_model.output_blocks.7.0.in_layers.0.weight	1280	unet.up_blocks.2.resnets.1.norm1.weight		
model.diffusion_model.output_blocks.7.0.in_layers.2.bias	640	unet.up_blocks.2.resnets.1.conv1.bias		
model.diffusion_model.output_blocks.7.0.in_layers.2.weight	640,1280,3,3	unet.up_blocks.2.resnets.1.conv1.weight	lora_unet_up_blocks_2_resnets_1_conv1	
model.diffusion_model.output_blocks.7.0.out_layers.0.bias	640	unet.up_blocks.2.resnets.1.norm2.bias		
model.diffusion_model.output_blocks.7.0.out_layers.0.weight	640	unet.up_blocks.2.resnets.1.norm2.weight		
model.diffusion_model.output_blocks.7.0.out_layers.3.bias	640	unet.up_blocks.2.resnets.1.conv2.bias		
model.diffusion_model.output_blocks.7.0.out_layers.3.weight	640,640,3,3	unet.up_blocks.2.resnets.1.conv2.weight	lora_unet_up_blocks_2_resnets_1_conv2	
model.diffusion_model.output_blocks.7.0.skip_connection.bias	640	unet.up_blocks.2.resnets.1.conv_shortcut.bias		
model.diffusion_model.output_blocks.7.0.skip_connection.weight	640,1280,1,1	unet.up_blocks.2.resnets.1.conv_shortcut.weight	lora_unet_up_blocks_2_resnets_1_conv_shortcut	
model.diffusion_model.output_blocks.7.1.norm.bias	640	unet.up_blocks.2.attentions.1.norm.bias		
model.diffusion_model.output_blocks.7.1.norm.weight	640	unet.up_blocks.2.attentions.1.norm.weight		
model.diffusion_model.output_blocks.7.1.proj_in.bias	640	unet.up_blocks.2.attentions.1.proj_in.bias		
model.diffusion_model.output_blocks.7.1.proj_in.weight	640,640,1,1	unet.up_blocks.2.attentions.1.proj_in.weight	lora_unet_up_blocks_2_attentions_1_proj_in	
model.diffusion_model.output_blocks.7.1.proj_out.bias	640	unet.up_blocks.2.attentions.1.proj_out.bias		
model.diffusion_model.output_blocks.7.1.proj_out.weight	640,640,1,1	unet.up_blocks.2.attentions.1.proj_out.weight	lora_unet_up_blocks_2_attentions_1_proj_out	
model.diffusion_model.output_blocks.7.1.transformer_blocks.0.attn1.to_k.weight	640,640	unet.up_blocks.2.attentions.1.transformer_blocks.0.attn1.to_k.weight	lora_unet_up_blocks_2_attentions_1_transformer_blocks_0_attn1_to_k	
model.diffusion_model.output_blocks.7.1.transformer_blocks.0.attn1.to_out.0.bias	640	unet.up_blocks.2.attentions.1.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.7.1.transformer_blocks.0.attn1.to_out.0.weight	640,640	unet.up_blocks.2.attentions.1.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_up_blocks_2_attentions_1_transformer_blocks_0_attn1_to_out_0	
model.diffusion_model.output_blocks.7.1.transformer_blocks.0.attn1.to_q.weight	640,640	unet.up_blocks.2.attentions.1.transformer_blocks.0.attn1.to_q.weight	lora_unet_up_blocks_2_attentions_1_transformer_blocks_0_attn1_to_q	
model.diffusion_model.output_blocks.7.1.transformer_blocks.0.attn1.to_v.weight	640,640	unet.up_blocks.2.attentions.1.transformer_blocks.0.attn1.to_v.weight	lora_unet_up_blocks_2_attentions_1_transformer_blocks_0_attn1_to_v	
model.diffusion_model.output_blocks.7.1.transformer_blocks.0.attn2.to_k.weight	640,768	unet.up_blocks.2.attentions.1.transformer_blocks.0.attn2.to_k.weight	lora_unet_up_blocks_2_attentions_1_transformer_blocks_0_attn2_to_k	
model.diffusion_model.output_blocks.7.1.transformer_blocks.0.attn2.to_out.0.bias	640	unet.up_blocks.2.attentions.1.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.7.1.transformer_blocks.0.attn2.to_out.0.weight	640,640	unet.up_blocks.2.attentions.1.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_up_blocks_2_attentions_1_transformer_blocks_0_attn2_to_out_0	
model.diffusion_model.output_blocks.7.1.transformer_blocks.0.attn2.to_q.weight	640,640	unet.up_blocks.2.attentions.1.transformer_blocks.0.attn2.to_q.weight	lora_unet_up_blocks_2_attentions_1_transformer_blocks_0_attn2_to_q	
model.diffusion_model.output_blocks.7.1.transformer_blocks.0.attn2.to_v.weight	640,768	unet.up_blocks.2.attentions.1.transformer_blocks.0.attn2.to_v.weight	lora_unet_up_blocks_2_attentions_1_transformer_blocks_0_attn2_to_v	
model.diffusion_model.output_blocks.7.1.transformer_blocks.0.ff.net.0.proj.bias	5120	unet.up_blocks.2.attentions.1.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.7.1.transformer_blocks.0.ff.net.0.proj.weight	5120,640	unet.up_blocks.2.attentions.1.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_up_blocks_2_attentions_1_transformer_blocks_0_ff_net_0_proj	
model.diffusion_model.output_blocks.7.1.transformer_blocks.0.ff.net.2.bias	640	unet.up_blocks.2.attentions.1.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.output_blocks.7.1.transformer_blocks.0.ff.net.2.weight	640,2560	unet.up_blocks.2.attentions.1.transformer_blocks.0.ff.net.2.weight	lora_unet_up_blocks_2_attentions_1_transformer_blocks_0_ff_net_2	
model.diffusion_model.output_blocks.7.1.transformer_blocks.0.norm1.bias	640	unet.up_blocks.2.attentions.1.transformer_blocks.0.norm1.bias		
model.diffusion_model.output_blocks.7.1.transformer_blocks.0.norm1.weight	640	unet.up_blocks.2.attentions.1.transformer_blocks.0.norm1.weight		
model.diffusion_model.output_blocks.7.1.transformer_blocks.0.norm2.bias	640	unet.up_blocks.2.attentions.1.transformer_blocks.0.norm2.bias		
model.diffusion_model.output_blocks.7.1.transformer_blocks.0.norm2.weight	640	unet.up_blocks.2.attentions.1.transformer_blocks.0.norm2.weight		
model.diffusion_model.output_blocks.7.1.transformer_blocks.0.norm3.bias	640	unet.up_blocks.2.attentions.1.transformer_blocks.0.norm3.bias		
model.diffusion_model.output_blocks.7.1.transformer_blocks.0.norm3.weight	640	unet.up_blocks.2.attentions.1.transformer_blocks.0.norm3.weight		
model.diffusion_model.output_blocks.8.0.emb_layers.1.bias	640	unet.up_blocks.2.resnets.2.time_emb_proj.bias		
model.diffusion_model.output_blocks.8.0.emb_layers.1.weight	640,1280	unet.up_blocks.2.resnets.2.time_emb_proj.weight	lora_unet_up_blocks_2_resnets_2_time_emb_proj	
model.diffusion_model.output_blocks.8.0.in_layers.0.bias	960	unet.up_blocks.2.resnets.2.norm1.bias		
model.diffusion_model.output_blocks.8.0.in_layers.0.weight	960	unet.up_blocks.2.resnets.2.norm1.weight		
model.diffusion_model.output_blocks.8.0.in_layers.2.bias	640	unet.up_blocks.2.resnets.2.conv1.bias		
model.diffusion_model.output_blocks.8.0.in_layers.2.weight	640,960,3,3	unet.up_blocks.2.resnets.2.conv1.weight	lora_unet_up_blocks_2_resnets_2_conv1	
model.diffusion_model.output_blocks.8.0.out_layers.0.bias	640	unet.up_blocks.2.resnets.2.norm2.bias		
model.diffusion_model.output_blocks.8.0.out_layers.0.weight	640	unet.up_blocks.2.resnets.2.norm2.weight		
model.diffusion_model.output_blocks.8.0.out_layers.3.bias	640	unet.up_blocks.2.resnets.2.conv2.bias		
model.diffusion_model.output_blocks.8.0.out_layers.3.weight	640,640,3,3	unet.up_blocks.2.resnets.2.conv2.weight	lora_unet_up_blocks_2_resnets_2_conv2	
model.diffusion_model.output_blocks.8.0.skip_connection.bias	640	unet.up_blocks.2.resnets.2.conv_shortcut.bias		
model.diffusion_model.output_blocks.8.0.skip_connection.weight	640,960,1,1	unet.up_blocks.2.resnets.2.conv_shortcut.weight	lora_unet_up_blocks_2_resnets_2_conv_shortcut	
model.diffusion_model.output_blocks.8.1.norm.bias	640	unet.up_blocks.2.attentions.2.norm.bias		
model.diffusion_model.output_blocks.8.1.norm.weight	640	unet.up_blocks.2.attentions.2.norm.weight		
model.diffusion_model.output_blocks.8.1.proj_in.bias	640	unet.up_blocks.2.attentions.2.proj_in.bias		
model.diffusion_model.output_blocks.8.1.proj_in.weight	640,640,1,1	unet.up_blocks.2.attentions.2.proj_in.weight	lora_unet_up_blocks_2_attentions_2_proj_in	
model.diffusion_model.output_blocks.8.1.proj_out.bias	640	unet.up_blocks.2.attentions.2.proj_out.bias		
model.diffusion_model.output_blocks.8.1.proj_out.weight	640,640,1,1	unet.up_blocks.2.attentions.2.proj_out.weight	lora_unet_up_blocks_2_attentions_2_proj_out	
model.diffusion_model.output_blocks.8.1.transformer_blocks.0.attn1.to_k.weight	640,640	unet.up_blocks.2.attentions.2.transformer_blocks.0.attn1.to_k.weight	lora_unet_up_blocks_2_attentions_2_transformer_blocks_0_attn1_to_k	
model.diffusion_model.output_blocks.8.1.transformer_blocks.0.attn1.to_out.0.bias	640	unet.up_blocks.2.attentions.2.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.8.1.transformer_blocks.0.attn1.to_out.0.weight	640,640	unet.up_blocks.2.attentions.2.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_up_blocks_2_attentions_2_transformer_blocks_0_attn1_to_out_0	
model.diffusion_model.output_blocks.8.1.transformer_blocks.0.attn1.to_q.weight	640,640	unet.up_blocks.2.attentions.2.transformer_blocks.0.attn1.to_q.weight	lora_unet_up_blocks_2_attentions_2_transformer_blocks_0_attn1_to_q	
model.diffusion_model.output_blocks.8.1.transformer_blocks.0.attn1.to_v.weight	640,640	unet.up_blocks.2.attentions.2.transformer_blocks.0.attn1.to_v.weight	lora_unet_up_blocks_2_attentions_2_transformer_blocks_0_attn1_to_v	
model.diffusion_model.output_blocks.8.1.transformer_blocks.0.attn2.to_k.weight	640,768	unet.up_blocks.2.attentions.2.transformer_blocks.0.attn2.to_k.weight	lora_unet_up_blocks_2_attentions_2_transformer_blocks_0_attn2_to_k	
model.diffusion_model.output_blocks.8.1.transformer_blocks.0.attn2.to_out.0.bias	640	unet.up_blocks.2.attentions.2.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.8.1.transformer_blocks.0.attn2.to_out.0.weight	640,640	unet.up_blocks.2.attentions.2.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_up_blocks_2_attentions_2_transformer_blocks_0_attn2_to_out_0	
model.diffusion_model.output_blocks.8.1.transformer_blocks.0.attn2.to_q.weight	640,640	unet.up_blocks.2.attentions.2.transformer_blocks.0.attn2.to_q.weight	lora_unet_up_blocks_2_attentions_2_transformer_blocks_0_attn2_to_q	
model.diffusion_model.output_blocks.8.1.transformer_blocks.0.attn2.to_v.weight	640,768	unet.up_blocks.2.attentions.2.transformer_blocks.0.attn2.to_v.weight	lora_unet_up_blocks_2_attentions_2_transformer_blocks_0_attn2_to_v	
model.diffusion_model.output_blocks.8.1.transformer_blocks.0.ff.net.0.proj.bias	5120	unet.up_blocks.2.attentions.2.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.8.1.transformer_blocks.0.ff.net.0.proj.weight	5120,640	unet.up_blocks.2.attentions.2.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_up_blocks_2_attentions_2_transformer_blocks_0_ff_net_0_proj	
model.diffusion_model.output_blocks.8.1.transformer_blocks.0.ff.net.2.bias	640	unet.up_blocks.2.attentions.2.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.output_blocks.8.1.transformer_blocks.0.ff.net.2.weight	640,2560	unet.up_blocks.2.attentions.2.transformer_blocks.0.ff.net.2.weight	lora_unet_up_blocks_2_attentions_2_transformer_blocks_0_ff_net_2	
model.diffusion_model.output_blocks.8.1.transformer_blocks.0.norm1.bias	640	unet.up_blocks.2.attentions.2.transformer_blocks.0.norm1.bias		
model.diffusion_model.output_blocks.8.1.transformer_blocks.0.norm1.weight	640	unet.up_blocks.2.attentions.2.transformer_blocks.0.norm1.weight		
model.diffusion_model.output_blocks.8.1.transformer_blocks.0.norm2.bias	640	unet.up_blocks.2.attentions.2.transformer_blocks.0.norm2.bias		
model.diffusion_model.output_blocks.8.1.transformer_blocks.0.norm2.weight	640	unet.up_blocks.2.attentions.2.transformer_blocks.0.norm2.weight		
model.diffusion_model.output_blocks.8.1.transformer_blocks.0.norm3.bias	640	unet.up_blocks.2.attentions.2.transformer_blocks.0.norm3.bias		
model.diffusion_model.output_blocks.8.1.transformer_blocks.0.norm3.weight	640	unet.up_blocks.2.attentions.2.transformer_blocks.0.norm3.weight		
model.diffusion_model.output_blocks.8.2.conv.bias	640	unet.up_blocks.2.upsamplers.0.conv.bias		
model.diffusion_model.output_blocks.8.2.conv.weight	640,640,3,3	unet.up_blocks.2.upsamplers.0.conv.weight	lora_unet_up_blocks_2_upsamplers_0_conv	
model.diffusion_model.output_blocks.9.0.emb_layers.1.bias	320	unet.up_blocks.3.resnets.0.time_emb_proj.bias		
model.diffusion_model.output_blocks.9.0.emb_layers.1.weight	320,1280	unet.up_blocks.3.resnets.0.time_emb_proj.weight	lora_unet_up_blocks_3_resnets_0_time_emb_proj	
model.diffusion_model.output_blocks.9.0.in_layers.0.bias	960	unet.up_blocks.3.resnets.0.norm1.bias		
model.diffusion_model.output_blocks.9.0.in_layers.0.weight	960	unet.up_blocks.3.resnets.0.norm1.weight		
model.diffusion_model.output_blocks.9.0.in_layers.2.bias	320	unet.up_blocks.3.resnets.0.conv1.bias		
model.diffusion_model.output_blocks.9.0.in_layers.2.weight	320,960,3,3	unet.up_blocks.3.resnets.0.conv1.weight	lora_unet_up_blocks_3_resnets_0_conv1	
model.diffusion_model.output_blocks.9.0.out_layers.0.bias	320	unet.up_blocks.3.resnets.0.norm2.bias		
model.diffusion_model.output_blocks.9.0.out_layers.0.weight	320	unet.up_blocks.3.resnets.0.norm2.weight		
model.diffusion_model.output_blocks.9.0.out_layers.3.bias	320	unet.up_blocks.3.resnets.0.conv2.bias		
model.diffusion_model.output_blocks.9.0.out_layers.3.weight	320,320,3,3	unet.up_blocks.3.resnets.0.conv2.weight	lora_unet_up_blocks_3_resnets_0_conv2	
model.diffusion_model.output_blocks.9.0.skip_connection.bias	320	unet.up_blocks.3.resnets.0.conv_shortcut.bias		
model.diffusion_model.output_blocks.9.0.skip_connection.weight	320,960,1,1	unet.up_blocks.3.resnets.0.conv_shortcut.weight	lora_unet_up_blocks_3_resnets_0_conv_shortcut	
model.diffusion_model.output_blocks.9.1.norm.bias	320	unet.up_blocks.3.attentions.0.norm.bias		
model.diffusion_model.output_blocks.9.1.norm.weight	320	unet.up_blocks.3.attentions.0.norm.weight		
model.diffusion_model.output_blocks.9.1.proj_in.bias	320	unet.up_blocks.3.attentions.0.proj_in.bias		
model.diffusion_model.output_blocks.9.1.proj_in.weight	320,320,1,1	unet.up_blocks.3.attentions.0.proj_in.weight	lora_unet_up_blocks_3_attentions_0_proj_in	
model.diffusion_model.output_blocks.9.1.proj_out.bias	320	unet.up_blocks.3.attentions.0.proj_out.bias		
model.diffusion_model.output_blocks.9.1.proj_out.weight	320,320,1,1	unet.up_blocks.3.attentions.0.proj_out.weight	lora_unet_up_blocks_3_attentions_0_proj_out	
model.diffusion_model.output_blocks.9.1.transformer_blocks.0.attn1.to_k.weight	320,320	unet.up_blocks.3.attentions.0.transformer_blocks.0.attn1.to_k.weight	lora_unet_up_blocks_3_attentions_0_transformer_blocks_0_attn1_to_k	
model.diffusion_model.output_blocks.9.1.transformer_blocks.0.attn1.to_out.0.bias	320	unet.up_blocks.3.attentions.0.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.9.1.transformer_blocks.0.attn1.to_out.0.weight	320,320	unet.up_blocks.3.attentions.0.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_up_blocks_3_attentions_0_transformer_blocks_0_attn1_to_out_0	
model.diffusion_model.output_blocks.9.1.transformer_blocks.0.attn1.to_q.weight	320,320	unet.up_blocks.3.attentions.0.transformer_blocks.0.attn1.to_q.weight	lora_unet_up_blocks_3_attentions_0_transformer_blocks_0_attn1_to_q	
model.diffusion_model.output_blocks.9.1.transformer_blocks.0.attn1.to_v.weight	320,320	unet.up_blocks.3.attentions.0.transformer_blocks.0.attn1.to_v.weight	lora_unet_up_blocks_3_attentions_0_transformer_blocks_0_attn1_to_v	
model.diffusion_model.output_blocks.9.1.transformer_blocks.0.attn2.to_k.weight	320,768	unet.up_blocks.3.attentions.0.transformer_blocks.0.attn2.to_k.weight	lora_unet_up_blocks_3_attentions_0_transformer_blocks_0_attn2_to_k	
model.diffusion_model.output_blocks.9.1.transformer_blocks.0.attn2.to_out.0.bias	320	unet.up_blocks.3.attentions.0.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.9.1.transformer_blocks.0.attn2.to_out.0.weight	320,320	unet.up_blocks.3.attentions.0.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_up_blocks_3_attentions_0_transformer_blocks_0_attn2_to_out_0	
model.diffusion_model.output_blocks.9.1.transformer_blocks.0.attn2.to_q.weight	320,320	unet.up_blocks.3.attentions.0.transformer_blocks.0.attn2.to_q.weight	lora_unet_up_blocks_3_attentions_0_transformer_blocks_0_attn2_to_q	
model.diffusion_model.output_blocks.9.1.transformer_blocks.0.attn2.to_v.weight	320,768	unet.up_blocks.3.attentions.0.transformer_blocks.0.attn2.to_v.weight	lora_unet_up_blocks_3_attentions_0_transformer_blocks_0_attn2_to_v	
model.diffusion_model.output_blocks.9.1.transformer_blocks.0.ff.net.0.proj.bias	2560	unet.up_blocks.3.attentions.0.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.9.1.transformer_blocks.0.ff.net.0.proj.weight	2560,320	unet.up_blocks.3.attentions.0.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_up_blocks_3_attentions_0_transformer_blocks_0_ff_net_0_proj	
model.diffusion_model.output_blocks.9.1.transformer_blocks.0.ff.net.2.bias	320	unet.up_blocks.3.attentions.0.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.output_blocks.9.1.transformer_blocks.0.ff.net.2.weight	320,1280	unet.up_blocks.3.attentions.0.transformer_blocks.0.ff.net.2.weight	lora_unet_up_blocks_3_attentions_0_transformer_blocks_0_ff_net_2	
model.diffusion_model.output_blocks.9.1.transformer_blocks.0.norm1.bias	320	unet.up_blocks.3.attentions.0.transformer_blocks.0.norm1.bias		
model.diffusion_model.output_blocks.9.1.transformer_blocks.0.norm1.weight	320	unet.up_blocks.3.attentions.0.transformer_blocks.0.norm1.weight		
model.diffusion_model.output_blocks.9.1.transformer_blocks.0.norm2.bias	320	unet.up_blocks.3.attentions.0.transformer_blocks.0.norm2.bias		
model.diffusion_model.output_blocks.9.1.transformer_blocks.0.norm2.weight	320	unet.up_blocks.3.attentions.0.transformer_blocks.0.norm2.weight		
model.diffusion_model.output_blocks.9.1.transformer_blocks.0.norm3.bias	320	unet.up_blocks.3.attentions.0.transformer_blocks.0.norm3.bias		
model.diffusion_model.output_blocks.9.1.transformer_blocks.0.norm3.weight	320	unet.up_blocks.3.attentions.0.transformer_blocks.0.norm3.weight		
model.diffusion_model.time_embed.0.bias	1280	unet.time_embedding.linear_1.bias		
model.diffusion_model.time_embed.0.weight	1280,320	unet.time_embedding.linear_1.weight		
model.diffusion_model.time_embed.2.bias	1280	unet.time_embedding.linear_2.bias		
model.diffusion_model.time_embed.2.weight	1280,1280	unet.time_embedding.linear_2.weight		
"""#
    /// `sdxl.tsv` rows.
    static let sdxlRows = #"""
conditioner.embedders.0.transformer.embeddings.position_embedding.weight	77,768	text_encoder.embeddings.position_embedding.weight		
conditioner.embedders.0.transformer.embeddings.token_embedding.weight	49408,768	text_encoder.embeddings.token_embedding.weight		
conditioner.embedders.0.transformer.encoder.layers.0.layer_norm1.bias	768	text_encoder.encoder.layers.0.layer_norm1.bias		
conditioner.embedders.0.transformer.encoder.layers.0.layer_norm1.weight	768	text_encoder.encoder.layers.0.layer_norm1.weight		
conditioner.embedders.0.transformer.encoder.layers.0.layer_norm2.bias	768	text_encoder.encoder.layers.0.layer_norm2.bias		
conditioner.embedders.0.transformer.encoder.layers.0.layer_norm2.weight	768	text_encoder.encoder.layers.0.layer_norm2.weight		
conditioner.embedders.0.transformer.encoder.layers.0.mlp.fc1.bias	3072	text_encoder.encoder.layers.0.mlp.fc1.bias		
conditioner.embedders.0.transformer.encoder.layers.0.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.0.mlp.fc1.weight	lora_te1_encoder_layers_0_mlp_fc1	
conditioner.embedders.0.transformer.encoder.layers.0.mlp.fc2.bias	768	text_encoder.encoder.layers.0.mlp.fc2.bias		
conditioner.embedders.0.transformer.encoder.layers.0.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.0.mlp.fc2.weight	lora_te1_encoder_layers_0_mlp_fc2	
conditioner.embedders.0.transformer.encoder.layers.0.self_attn.k_proj.bias	768	text_encoder.encoder.layers.0.self_attn.k_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.0.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.0.self_attn.k_proj.weight	lora_te1_encoder_layers_0_self_attn_k_proj	
conditioner.embedders.0.transformer.encoder.layers.0.self_attn.out_proj.bias	768	text_encoder.encoder.layers.0.self_attn.out_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.0.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.0.self_attn.out_proj.weight	lora_te1_encoder_layers_0_self_attn_out_proj	
conditioner.embedders.0.transformer.encoder.layers.0.self_attn.q_proj.bias	768	text_encoder.encoder.layers.0.self_attn.q_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.0.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.0.self_attn.q_proj.weight	lora_te1_encoder_layers_0_self_attn_q_proj	
conditioner.embedders.0.transformer.encoder.layers.0.self_attn.v_proj.bias	768	text_encoder.encoder.layers.0.self_attn.v_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.0.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.0.self_attn.v_proj.weight	lora_te1_encoder_layers_0_self_attn_v_proj	
conditioner.embedders.0.transformer.encoder.layers.1.layer_norm1.bias	768	text_encoder.encoder.layers.1.layer_norm1.bias		
conditioner.embedders.0.transformer.encoder.layers.1.layer_norm1.weight	768	text_encoder.encoder.layers.1.layer_norm1.weight		
conditioner.embedders.0.transformer.encoder.layers.1.layer_norm2.bias	768	text_encoder.encoder.layers.1.layer_norm2.bias		
conditioner.embedders.0.transformer.encoder.layers.1.layer_norm2.weight	768	text_encoder.encoder.layers.1.layer_norm2.weight		
conditioner.embedders.0.transformer.encoder.layers.1.mlp.fc1.bias	3072	text_encoder.encoder.layers.1.mlp.fc1.bias		
conditioner.embedders.0.transformer.encoder.layers.1.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.1.mlp.fc1.weight	lora_te1_encoder_layers_1_mlp_fc1	
conditioner.embedders.0.transformer.encoder.layers.1.mlp.fc2.bias	768	text_encoder.encoder.layers.1.mlp.fc2.bias		
conditioner.embedders.0.transformer.encoder.layers.1.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.1.mlp.fc2.weight	lora_te1_encoder_layers_1_mlp_fc2	
conditioner.embedders.0.transformer.encoder.layers.1.self_attn.k_proj.bias	768	text_encoder.encoder.layers.1.self_attn.k_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.1.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.1.self_attn.k_proj.weight	lora_te1_encoder_layers_1_self_attn_k_proj	
conditioner.embedders.0.transformer.encoder.layers.1.self_attn.out_proj.bias	768	text_encoder.encoder.layers.1.self_attn.out_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.1.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.1.self_attn.out_proj.weight	lora_te1_encoder_layers_1_self_attn_out_proj	
conditioner.embedders.0.transformer.encoder.layers.1.self_attn.q_proj.bias	768	text_encoder.encoder.layers.1.self_attn.q_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.1.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.1.self_attn.q_proj.weight	lora_te1_encoder_layers_1_self_attn_q_proj	
conditioner.embedders.0.transformer.encoder.layers.1.self_attn.v_proj.bias	768	text_encoder.encoder.layers.1.self_attn.v_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.1.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.1.self_attn.v_proj.weight	lora_te1_encoder_layers_1_self_attn_v_proj	
conditioner.embedders.0.transformer.encoder.layers.10.layer_norm1.bias	768	text_encoder.encoder.layers.10.layer_norm1.bias		
conditioner.embedders.0.transformer.encoder.layers.10.layer_norm1.weight	768	text_encoder.encoder.layers.10.layer_norm1.weight		
conditioner.embedders.0.transformer.encoder.layers.10.layer_norm2.bias	768	text_encoder.encoder.layers.10.layer_norm2.bias		
conditioner.embedders.0.transformer.encoder.layers.10.layer_norm2.weight	768	text_encoder.encoder.layers.10.layer_norm2.weight		
conditioner.embedders.0.transformer.encoder.layers.10.mlp.fc1.bias	3072	text_encoder.encoder.layers.10.mlp.fc1.bias		
conditioner.embedders.0.transformer.encoder.layers.10.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.10.mlp.fc1.weight	lora_te1_encoder_layers_10_mlp_fc1	
conditioner.embedders.0.transformer.encoder.layers.10.mlp.fc2.bias	768	text_encoder.encoder.layers.10.mlp.fc2.bias		
conditioner.embedders.0.transformer.encoder.layers.10.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.10.mlp.fc2.weight	lora_te1_encoder_layers_10_mlp_fc2	
conditioner.embedders.0.transformer.encoder.layers.10.self_attn.k_proj.bias	768	text_encoder.encoder.layers.10.self_attn.k_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.10.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.10.self_attn.k_proj.weight	lora_te1_encoder_layers_10_self_attn_k_proj	
conditioner.embedders.0.transformer.encoder.layers.10.self_attn.out_proj.bias	768	text_encoder.encoder.layers.10.self_attn.out_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.10.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.10.self_attn.out_proj.weight	lora_te1_encoder_layers_10_self_attn_out_proj	
conditioner.embedders.0.transformer.encoder.layers.10.self_attn.q_proj.bias	768	text_encoder.encoder.layers.10.self_attn.q_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.10.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.10.self_attn.q_proj.weight	lora_te1_encoder_layers_10_self_attn_q_proj	
conditioner.embedders.0.transformer.encoder.layers.10.self_attn.v_proj.bias	768	text_encoder.encoder.layers.10.self_attn.v_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.10.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.10.self_attn.v_proj.weight	lora_te1_encoder_layers_10_self_attn_v_proj	
conditioner.embedders.0.transformer.encoder.layers.11.layer_norm1.bias	768	text_encoder.encoder.layers.11.layer_norm1.bias		
conditioner.embedders.0.transformer.encoder.layers.11.layer_norm1.weight	768	text_encoder.encoder.layers.11.layer_norm1.weight		
conditioner.embedders.0.transformer.encoder.layers.11.layer_norm2.bias	768	text_encoder.encoder.layers.11.layer_norm2.bias		
conditioner.embedders.0.transformer.encoder.layers.11.layer_norm2.weight	768	text_encoder.encoder.layers.11.layer_norm2.weight		
conditioner.embedders.0.transformer.encoder.layers.11.mlp.fc1.bias	3072	text_encoder.encoder.layers.11.mlp.fc1.bias		
conditioner.embedders.0.transformer.encoder.layers.11.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.11.mlp.fc1.weight	lora_te1_encoder_layers_11_mlp_fc1	
conditioner.embedders.0.transformer.encoder.layers.11.mlp.fc2.bias	768	text_encoder.encoder.layers.11.mlp.fc2.bias		
conditioner.embedders.0.transformer.encoder.layers.11.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.11.mlp.fc2.weight	lora_te1_encoder_layers_11_mlp_fc2	
conditioner.embedders.0.transformer.encoder.layers.11.self_attn.k_proj.bias	768	text_encoder.encoder.layers.11.self_attn.k_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.11.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.11.self_attn.k_proj.weight	lora_te1_encoder_layers_11_self_attn_k_proj	
conditioner.embedders.0.transformer.encoder.layers.11.self_attn.out_proj.bias	768	text_encoder.encoder.layers.11.self_attn.out_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.11.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.11.self_attn.out_proj.weight	lora_te1_encoder_layers_11_self_attn_out_proj	
conditioner.embedders.0.transformer.encoder.layers.11.self_attn.q_proj.bias	768	text_encoder.encoder.layers.11.self_attn.q_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.11.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.11.self_attn.q_proj.weight	lora_te1_encoder_layers_11_self_attn_q_proj	
conditioner.embedders.0.transformer.encoder.layers.11.self_attn.v_proj.bias	768	text_encoder.encoder.layers.11.self_attn.v_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.11.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.11.self_attn.v_proj.weight	lora_te1_encoder_layers_11_self_attn_v_proj	
conditioner.embedders.0.transformer.encoder.layers.2.layer_norm1.bias	768	text_encoder.encoder.layers.2.layer_norm1.bias		
conditioner.embedders.0.transformer.encoder.layers.2.layer_norm1.weight	768	text_encoder.encoder.layers.2.layer_norm1.weight		
conditioner.embedders.0.transformer.encoder.layers.2.layer_norm2.bias	768	text_encoder.encoder.layers.2.layer_norm2.bias		
conditioner.embedders.0.transformer.encoder.layers.2.layer_norm2.weight	768	text_encoder.encoder.layers.2.layer_norm2.weight		
conditioner.embedders.0.transformer.encoder.layers.2.mlp.fc1.bias	3072	text_encoder.encoder.layers.2.mlp.fc1.bias		
conditioner.embedders.0.transformer.encoder.layers.2.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.2.mlp.fc1.weight	lora_te1_encoder_layers_2_mlp_fc1	
conditioner.embedders.0.transformer.encoder.layers.2.mlp.fc2.bias	768	text_encoder.encoder.layers.2.mlp.fc2.bias		
conditioner.embedders.0.transformer.encoder.layers.2.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.2.mlp.fc2.weight	lora_te1_encoder_layers_2_mlp_fc2	
conditioner.embedders.0.transformer.encoder.layers.2.self_attn.k_proj.bias	768	text_encoder.encoder.layers.2.self_attn.k_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.2.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.2.self_attn.k_proj.weight	lora_te1_encoder_layers_2_self_attn_k_proj	
conditioner.embedders.0.transformer.encoder.layers.2.self_attn.out_proj.bias	768	text_encoder.encoder.layers.2.self_attn.out_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.2.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.2.self_attn.out_proj.weight	lora_te1_encoder_layers_2_self_attn_out_proj	
conditioner.embedders.0.transformer.encoder.layers.2.self_attn.q_proj.bias	768	text_encoder.encoder.layers.2.self_attn.q_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.2.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.2.self_attn.q_proj.weight	lora_te1_encoder_layers_2_self_attn_q_proj	
conditioner.embedders.0.transformer.encoder.layers.2.self_attn.v_proj.bias	768	text_encoder.encoder.layers.2.self_attn.v_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.2.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.2.self_attn.v_proj.weight	lora_te1_encoder_layers_2_self_attn_v_proj	
conditioner.embedders.0.transformer.encoder.layers.3.layer_norm1.bias	768	text_encoder.encoder.layers.3.layer_norm1.bias		
conditioner.embedders.0.transformer.encoder.layers.3.layer_norm1.weight	768	text_encoder.encoder.layers.3.layer_norm1.weight		
conditioner.embedders.0.transformer.encoder.layers.3.layer_norm2.bias	768	text_encoder.encoder.layers.3.layer_norm2.bias		
conditioner.embedders.0.transformer.encoder.layers.3.layer_norm2.weight	768	text_encoder.encoder.layers.3.layer_norm2.weight		
conditioner.embedders.0.transformer.encoder.layers.3.mlp.fc1.bias	3072	text_encoder.encoder.layers.3.mlp.fc1.bias		
conditioner.embedders.0.transformer.encoder.layers.3.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.3.mlp.fc1.weight	lora_te1_encoder_layers_3_mlp_fc1	
conditioner.embedders.0.transformer.encoder.layers.3.mlp.fc2.bias	768	text_encoder.encoder.layers.3.mlp.fc2.bias		
conditioner.embedders.0.transformer.encoder.layers.3.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.3.mlp.fc2.weight	lora_te1_encoder_layers_3_mlp_fc2	
conditioner.embedders.0.transformer.encoder.layers.3.self_attn.k_proj.bias	768	text_encoder.encoder.layers.3.self_attn.k_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.3.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.3.self_attn.k_proj.weight	lora_te1_encoder_layers_3_self_attn_k_proj	
conditioner.embedders.0.transformer.encoder.layers.3.self_attn.out_proj.bias	768	text_encoder.encoder.layers.3.self_attn.out_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.3.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.3.self_attn.out_proj.weight	lora_te1_encoder_layers_3_self_attn_out_proj	
conditioner.embedders.0.transformer.encoder.layers.3.self_attn.q_proj.bias	768	text_encoder.encoder.layers.3.self_attn.q_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.3.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.3.self_attn.q_proj.weight	lora_te1_encoder_layers_3_self_attn_q_proj	
conditioner.embedders.0.transformer.encoder.layers.3.self_attn.v_proj.bias	768	text_encoder.encoder.layers.3.self_attn.v_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.3.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.3.self_attn.v_proj.weight	lora_te1_encoder_layers_3_self_attn_v_proj	
conditioner.embedders.0.transformer.encoder.layers.4.layer_norm1.bias	768	text_encoder.encoder.layers.4.layer_norm1.bias		
conditioner.embedders.0.transformer.encoder.layers.4.layer_norm1.weight	768	text_encoder.encoder.layers.4.layer_norm1.weight		
conditioner.embedders.0.transformer.encoder.layers.4.layer_norm2.bias	768	text_encoder.encoder.layers.4.layer_norm2.bias		
conditioner.embedders.0.transformer.encoder.layers.4.layer_norm2.weight	768	text_encoder.encoder.layers.4.layer_norm2.weight		
conditioner.embedders.0.transformer.encoder.layers.4.mlp.fc1.bias	3072	text_encoder.encoder.layers.4.mlp.fc1.bias		
conditioner.embedders.0.transformer.encoder.layers.4.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.4.mlp.fc1.weight	lora_te1_encoder_layers_4_mlp_fc1	
conditioner.embedders.0.transformer.encoder.layers.4.mlp.fc2.bias	768	text_encoder.encoder.layers.4.mlp.fc2.bias		
conditioner.embedders.0.transformer.encoder.layers.4.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.4.mlp.fc2.weight	lora_te1_encoder_layers_4_mlp_fc2	
conditioner.embedders.0.transformer.encoder.layers.4.self_attn.k_proj.bias	768	text_encoder.encoder.layers.4.self_attn.k_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.4.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.4.self_attn.k_proj.weight	lora_te1_encoder_layers_4_self_attn_k_proj	
conditioner.embedders.0.transformer.encoder.layers.4.self_attn.out_proj.bias	768	text_encoder.encoder.layers.4.self_attn.out_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.4.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.4.self_attn.out_proj.weight	lora_te1_encoder_layers_4_self_attn_out_proj	
conditioner.embedders.0.transformer.encoder.layers.4.self_attn.q_proj.bias	768	text_encoder.encoder.layers.4.self_attn.q_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.4.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.4.self_attn.q_proj.weight	lora_te1_encoder_layers_4_self_attn_q_proj	
conditioner.embedders.0.transformer.encoder.layers.4.self_attn.v_proj.bias	768	text_encoder.encoder.layers.4.self_attn.v_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.4.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.4.self_attn.v_proj.weight	lora_te1_encoder_layers_4_self_attn_v_proj	
conditioner.embedders.0.transformer.encoder.layers.5.layer_norm1.bias	768	text_encoder.encoder.layers.5.layer_norm1.bias		
conditioner.embedders.0.transformer.encoder.layers.5.layer_norm1.weight	768	text_encoder.encoder.layers.5.layer_norm1.weight		
conditioner.embedders.0.transformer.encoder.layers.5.layer_norm2.bias	768	text_encoder.encoder.layers.5.layer_norm2.bias		
conditioner.embedders.0.transformer.encoder.layers.5.layer_norm2.weight	768	text_encoder.encoder.layers.5.layer_norm2.weight		
conditioner.embedders.0.transformer.encoder.layers.5.mlp.fc1.bias	3072	text_encoder.encoder.layers.5.mlp.fc1.bias		
conditioner.embedders.0.transformer.encoder.layers.5.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.5.mlp.fc1.weight	lora_te1_encoder_layers_5_mlp_fc1	
conditioner.embedders.0.transformer.encoder.layers.5.mlp.fc2.bias	768	text_encoder.encoder.layers.5.mlp.fc2.bias		
conditioner.embedders.0.transformer.encoder.layers.5.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.5.mlp.fc2.weight	lora_te1_encoder_layers_5_mlp_fc2	
conditioner.embedders.0.transformer.encoder.layers.5.self_attn.k_proj.bias	768	text_encoder.encoder.layers.5.self_attn.k_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.5.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.5.self_attn.k_proj.weight	lora_te1_encoder_layers_5_self_attn_k_proj	
conditioner.embedders.0.transformer.encoder.layers.5.self_attn.out_proj.bias	768	text_encoder.encoder.layers.5.self_attn.out_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.5.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.5.self_attn.out_proj.weight	lora_te1_encoder_layers_5_self_attn_out_proj	
conditioner.embedders.0.transformer.encoder.layers.5.self_attn.q_proj.bias	768	text_encoder.encoder.layers.5.self_attn.q_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.5.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.5.self_attn.q_proj.weight	lora_te1_encoder_layers_5_self_attn_q_proj	
conditioner.embedders.0.transformer.encoder.layers.5.self_attn.v_proj.bias	768	text_encoder.encoder.layers.5.self_attn.v_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.5.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.5.self_attn.v_proj.weight	lora_te1_encoder_layers_5_self_attn_v_proj	
conditioner.embedders.0.transformer.encoder.layers.6.layer_norm1.bias	768	text_encoder.encoder.layers.6.layer_norm1.bias		
conditioner.embedders.0.transformer.encoder.layers.6.layer_norm1.weight	768	text_encoder.encoder.layers.6.layer_norm1.weight		
conditioner.embedders.0.transformer.encoder.layers.6.layer_norm2.bias	768	text_encoder.encoder.layers.6.layer_norm2.bias		
conditioner.embedders.0.transformer.encoder.layers.6.layer_norm2.weight	768	text_encoder.encoder.layers.6.layer_norm2.weight		
conditioner.embedders.0.transformer.encoder.layers.6.mlp.fc1.bias	3072	text_encoder.encoder.layers.6.mlp.fc1.bias		
conditioner.embedders.0.transformer.encoder.layers.6.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.6.mlp.fc1.weight	lora_te1_encoder_layers_6_mlp_fc1	
conditioner.embedders.0.transformer.encoder.layers.6.mlp.fc2.bias	768	text_encoder.encoder.layers.6.mlp.fc2.bias		
conditioner.embedders.0.transformer.encoder.layers.6.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.6.mlp.fc2.weight	lora_te1_encoder_layers_6_mlp_fc2	
conditioner.embedders.0.transformer.encoder.layers.6.self_attn.k_proj.bias	768	text_encoder.encoder.layers.6.self_attn.k_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.6.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.6.self_attn.k_proj.weight	lora_te1_encoder_layers_6_self_attn_k_proj	
conditioner.embedders.0.transformer.encoder.layers.6.self_attn.out_proj.bias	768	text_encoder.encoder.layers.6.self_attn.out_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.6.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.6.self_attn.out_proj.weight	lora_te1_encoder_layers_6_self_attn_out_proj	
conditioner.embedders.0.transformer.encoder.layers.6.self_attn.q_proj.bias	768	text_encoder.encoder.layers.6.self_attn.q_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.6.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.6.self_attn.q_proj.weight	lora_te1_encoder_layers_6_self_attn_q_proj	
conditioner.embedders.0.transformer.encoder.layers.6.self_attn.v_proj.bias	768	text_encoder.encoder.layers.6.self_attn.v_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.6.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.6.self_attn.v_proj.weight	lora_te1_encoder_layers_6_self_attn_v_proj	
conditioner.embedders.0.transformer.encoder.layers.7.layer_norm1.bias	768	text_encoder.encoder.layers.7.layer_norm1.bias		
conditioner.embedders.0.transformer.encoder.layers.7.layer_norm1.weight	768	text_encoder.encoder.layers.7.layer_norm1.weight		
conditioner.embedders.0.transformer.encoder.layers.7.layer_norm2.bias	768	text_encoder.encoder.layers.7.layer_norm2.bias		
conditioner.embedders.0.transformer.encoder.layers.7.layer_norm2.weight	768	text_encoder.encoder.layers.7.layer_norm2.weight		
conditioner.embedders.0.transformer.encoder.layers.7.mlp.fc1.bias	3072	text_encoder.encoder.layers.7.mlp.fc1.bias		
conditioner.embedders.0.transformer.encoder.layers.7.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.7.mlp.fc1.weight	lora_te1_encoder_layers_7_mlp_fc1	
conditioner.embedders.0.transformer.encoder.layers.7.mlp.fc2.bias	768	text_encoder.encoder.layers.7.mlp.fc2.bias		
conditioner.embedders.0.transformer.encoder.layers.7.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.7.mlp.fc2.weight	lora_te1_encoder_layers_7_mlp_fc2	
conditioner.embedders.0.transformer.encoder.layers.7.self_attn.k_proj.bias	768	text_encoder.encoder.layers.7.self_attn.k_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.7.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.7.self_attn.k_proj.weight	lora_te1_encoder_layers_7_self_attn_k_proj	
conditioner.embedders.0.transformer.encoder.layers.7.self_attn.out_proj.bias	768	text_encoder.encoder.layers.7.self_attn.out_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.7.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.7.self_attn.out_proj.weight	lora_te1_encoder_layers_7_self_attn_out_proj	
conditioner.embedders.0.transformer.encoder.layers.7.self_attn.q_proj.bias	768	text_encoder.encoder.layers.7.self_attn.q_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.7.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.7.self_attn.q_proj.weight	lora_te1_encoder_layers_7_self_attn_q_proj	
conditioner.embedders.0.transformer.encoder.layers.7.self_attn.v_proj.bias	768	text_encoder.encoder.layers.7.self_attn.v_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.7.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.7.self_attn.v_proj.weight	lora_te1_encoder_layers_7_self_attn_v_proj	
conditioner.embedders.0.transformer.encoder.layers.8.layer_norm1.bias	768	text_encoder.encoder.layers.8.layer_norm1.bias		
conditioner.embedders.0.transformer.encoder.layers.8.layer_norm1.weight	768	text_encoder.encoder.layers.8.layer_norm1.weight		
conditioner.embedders.0.transformer.encoder.layers.8.layer_norm2.bias	768	text_encoder.encoder.layers.8.layer_norm2.bias		
conditioner.embedders.0.transformer.encoder.layers.8.layer_norm2.weight	768	text_encoder.encoder.layers.8.layer_norm2.weight		
conditioner.embedders.0.transformer.encoder.layers.8.mlp.fc1.bias	3072	text_encoder.encoder.layers.8.mlp.fc1.bias		
conditioner.embedders.0.transformer.encoder.layers.8.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.8.mlp.fc1.weight	lora_te1_encoder_layers_8_mlp_fc1	
conditioner.embedders.0.transformer.encoder.layers.8.mlp.fc2.bias	768	text_encoder.encoder.layers.8.mlp.fc2.bias		
conditioner.embedders.0.transformer.encoder.layers.8.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.8.mlp.fc2.weight	lora_te1_encoder_layers_8_mlp_fc2	
conditioner.embedders.0.transformer.encoder.layers.8.self_attn.k_proj.bias	768	text_encoder.encoder.layers.8.self_attn.k_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.8.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.8.self_attn.k_proj.weight	lora_te1_encoder_layers_8_self_attn_k_proj	
conditioner.embedders.0.transformer.encoder.layers.8.self_attn.out_proj.bias	768	text_encoder.encoder.layers.8.self_attn.out_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.8.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.8.self_attn.out_proj.weight	lora_te1_encoder_layers_8_self_attn_out_proj	
conditioner.embedders.0.transformer.encoder.layers.8.self_attn.q_proj.bias	768	text_encoder.encoder.layers.8.self_attn.q_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.8.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.8.self_attn.q_proj.weight	lora_te1_encoder_layers_8_self_attn_q_proj	
conditioner.embedders.0.transformer.encoder.layers.8.self_attn.v_proj.bias	768	text_encoder.encoder.layers.8.self_attn.v_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.8.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.8.self_attn.v_proj.weight	lora_te1_encoder_layers_8_self_attn_v_proj	
conditioner.embedders.0.transformer.encoder.layers.9.layer_norm1.bias	768	text_encoder.encoder.layers.9.layer_norm1.bias		
conditioner.embedders.0.transformer.encoder.layers.9.layer_norm1.weight	768	text_encoder.encoder.layers.9.layer_norm1.weight		
conditioner.embedders.0.transformer.encoder.layers.9.layer_norm2.bias	768	text_encoder.encoder.layers.9.layer_norm2.bias		
conditioner.embedders.0.transformer.encoder.layers.9.layer_norm2.weight	768	text_encoder.encoder.layers.9.layer_norm2.weight		
conditioner.embedders.0.transformer.encoder.layers.9.mlp.fc1.bias	3072	text_encoder.encoder.layers.9.mlp.fc1.bias		
conditioner.embedders.0.transformer.encoder.layers.9.mlp.fc1.weight	3072,768	text_encoder.encoder.layers.9.mlp.fc1.weight	lora_te1_encoder_layers_9_mlp_fc1	
conditioner.embedders.0.transformer.encoder.layers.9.mlp.fc2.bias	768	text_encoder.encoder.layers.9.mlp.fc2.bias		
conditioner.embedders.0.transformer.encoder.layers.9.mlp.fc2.weight	768,3072	text_encoder.encoder.layers.9.mlp.fc2.weight	lora_te1_encoder_layers_9_mlp_fc2	
conditioner.embedders.0.transformer.encoder.layers.9.self_attn.k_proj.bias	768	text_encoder.encoder.layers.9.self_attn.k_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.9.self_attn.k_proj.weight	768,768	text_encoder.encoder.layers.9.self_attn.k_proj.weight	lora_te1_encoder_layers_9_self_attn_k_proj	
conditioner.embedders.0.transformer.encoder.layers.9.self_attn.out_proj.bias	768	text_encoder.encoder.layers.9.self_attn.out_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.9.self_attn.out_proj.weight	768,768	text_encoder.encoder.layers.9.self_attn.out_proj.weight	lora_te1_encoder_layers_9_self_attn_out_proj	
conditioner.embedders.0.transformer.encoder.layers.9.self_attn.q_proj.bias	768	text_encoder.encoder.layers.9.self_attn.q_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.9.self_attn.q_proj.weight	768,768	text_encoder.encoder.layers.9.self_attn.q_proj.weight	lora_te1_encoder_layers_9_self_attn_q_proj	
conditioner.embedders.0.transformer.encoder.layers.9.self_attn.v_proj.bias	768	text_encoder.encoder.layers.9.self_attn.v_proj.bias		
conditioner.embedders.0.transformer.encoder.layers.9.self_attn.v_proj.weight	768,768	text_encoder.encoder.layers.9.self_attn.v_proj.weight	lora_te1_encoder_layers_9_self_attn_v_proj	
conditioner.embedders.0.transformer.final_layer_norm.bias	768	text_encoder.final_layer_norm.bias		
conditioner.embedders.0.transformer.final_layer_norm.weight	768	text_encoder.final_layer_norm.weight		
conditioner.embedders.1.model.ln_final.bias	1280	text_encoder_2.text_model.final_layer_norm.bias		
conditioner.embedders.1.model.ln_final.weight	1280	text_encoder_2.text_model.final_layer_norm.weight		
conditioner.embedders.1.model.positional_embedding	77,1280	text_encoder_2.text_model.embeddings.position_embedding.weight		
conditioner.embedders.1.model.text_projection	1280,1280	text_encoder_2.text_projection.weight		
conditioner.embedders.1.model.token_embedding.weight	49408,1280	text_encoder_2.text_model.embeddings.token_embedding.weight		
conditioner.embedders.1.model.transformer.resblocks.0.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.0.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.0.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.0.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.0.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.0.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.0.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.0.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_0_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_0_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_0_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.0.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.0.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.0.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.0.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_0_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.0.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.0.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.0.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.0.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.0.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.0.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.0.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.0.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.0.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.0.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.0.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.0.mlp.fc1.weight	lora_te2_text_model_encoder_layers_0_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.0.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.0.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.0.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.0.mlp.fc2.weight	lora_te2_text_model_encoder_layers_0_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.1.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.1.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.1.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.1.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.1.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.1.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.1.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.1.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_1_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_1_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_1_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.1.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.1.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.1.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.1.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_1_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.1.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.1.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.1.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.1.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.1.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.1.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.1.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.1.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.1.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.1.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.1.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.1.mlp.fc1.weight	lora_te2_text_model_encoder_layers_1_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.1.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.1.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.1.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.1.mlp.fc2.weight	lora_te2_text_model_encoder_layers_1_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.10.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.10.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.10.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.10.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.10.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.10.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.10.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.10.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_10_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_10_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_10_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.10.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.10.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.10.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.10.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_10_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.10.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.10.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.10.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.10.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.10.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.10.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.10.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.10.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.10.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.10.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.10.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.10.mlp.fc1.weight	lora_te2_text_model_encoder_layers_10_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.10.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.10.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.10.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.10.mlp.fc2.weight	lora_te2_text_model_encoder_layers_10_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.11.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.11.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.11.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.11.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.11.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.11.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.11.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.11.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_11_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_11_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_11_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.11.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.11.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.11.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.11.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_11_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.11.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.11.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.11.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.11.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.11.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.11.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.11.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.11.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.11.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.11.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.11.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.11.mlp.fc1.weight	lora_te2_text_model_encoder_layers_11_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.11.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.11.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.11.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.11.mlp.fc2.weight	lora_te2_text_model_encoder_layers_11_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.12.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.12.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.12.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.12.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.12.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.12.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.12.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.12.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_12_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_12_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_12_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.12.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.12.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.12.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.12.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_12_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.12.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.12.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.12.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.12.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.12.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.12.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.12.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.12.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.12.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.12.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.12.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.12.mlp.fc1.weight	lora_te2_text_model_encoder_layers_12_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.12.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.12.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.12.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.12.mlp.fc2.weight	lora_te2_text_model_encoder_layers_12_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.13.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.13.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.13.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.13.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.13.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.13.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.13.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.13.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_13_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_13_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_13_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.13.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.13.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.13.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.13.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_13_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.13.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.13.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.13.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.13.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.13.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.13.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.13.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.13.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.13.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.13.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.13.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.13.mlp.fc1.weight	lora_te2_text_model_encoder_layers_13_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.13.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.13.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.13.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.13.mlp.fc2.weight	lora_te2_text_model_encoder_layers_13_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.14.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.14.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.14.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.14.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.14.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.14.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.14.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.14.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_14_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_14_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_14_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.14.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.14.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.14.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.14.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_14_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.14.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.14.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.14.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.14.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.14.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.14.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.14.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.14.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.14.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.14.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.14.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.14.mlp.fc1.weight	lora_te2_text_model_encoder_layers_14_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.14.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.14.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.14.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.14.mlp.fc2.weight	lora_te2_text_model_encoder_layers_14_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.15.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.15.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.15.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.15.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.15.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.15.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.15.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.15.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_15_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_15_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_15_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.15.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.15.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.15.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.15.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_15_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.15.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.15.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.15.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.15.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.15.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.15.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.15.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.15.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.15.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.15.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.15.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.15.mlp.fc1.weight	lora_te2_text_model_encoder_layers_15_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.15.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.15.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.15.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.15.mlp.fc2.weight	lora_te2_text_model_encoder_layers_15_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.16.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.16.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.16.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.16.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.16.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.16.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.16.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.16.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_16_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_16_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_16_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.16.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.16.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.16.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.16.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_16_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.16.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.16.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.16.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.16.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.16.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.16.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.16.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.16.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.16.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.16.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.16.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.16.mlp.fc1.weight	lora_te2_text_model_encoder_layers_16_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.16.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.16.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.16.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.16.mlp.fc2.weight	lora_te2_text_model_encoder_layers_16_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.17.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.17.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.17.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.17.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.17.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.17.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.17.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.17.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_17_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_17_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_17_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.17.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.17.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.17.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.17.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_17_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.17.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.17.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.17.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.17.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.17.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.17.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.17.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.17.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.17.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.17.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.17.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.17.mlp.fc1.weight	lora_te2_text_model_encoder_layers_17_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.17.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.17.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.17.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.17.mlp.fc2.weight	lora_te2_text_model_encoder_layers_17_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.18.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.18.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.18.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.18.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.18.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.18.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.18.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.18.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_18_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_18_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_18_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.18.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.18.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.18.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.18.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_18_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.18.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.18.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.18.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.18.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.18.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.18.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.18.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.18.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.18.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.18.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.18.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.18.mlp.fc1.weight	lora_te2_text_model_encoder_layers_18_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.18.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.18.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.18.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.18.mlp.fc2.weight	lora_te2_text_model_encoder_layers_18_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.19.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.19.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.19.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.19.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.19.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.19.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.19.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.19.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_19_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_19_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_19_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.19.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.19.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.19.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.19.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_19_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.19.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.19.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.19.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.19.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.19.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.19.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.19.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.19.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.19.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.19.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.19.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.19.mlp.fc1.weight	lora_te2_text_model_encoder_layers_19_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.19.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.19.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.19.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.19.mlp.fc2.weight	lora_te2_text_model_encoder_layers_19_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.2.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.2.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.2.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.2.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.2.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.2.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.2.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.2.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_2_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_2_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_2_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.2.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.2.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.2.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.2.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_2_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.2.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.2.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.2.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.2.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.2.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.2.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.2.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.2.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.2.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.2.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.2.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.2.mlp.fc1.weight	lora_te2_text_model_encoder_layers_2_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.2.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.2.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.2.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.2.mlp.fc2.weight	lora_te2_text_model_encoder_layers_2_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.20.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.20.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.20.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.20.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.20.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.20.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.20.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.20.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_20_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_20_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_20_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.20.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.20.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.20.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.20.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_20_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.20.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.20.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.20.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.20.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.20.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.20.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.20.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.20.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.20.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.20.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.20.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.20.mlp.fc1.weight	lora_te2_text_model_encoder_layers_20_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.20.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.20.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.20.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.20.mlp.fc2.weight	lora_te2_text_model_encoder_layers_20_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.21.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.21.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.21.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.21.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.21.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.21.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.21.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.21.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_21_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_21_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_21_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.21.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.21.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.21.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.21.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_21_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.21.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.21.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.21.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.21.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.21.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.21.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.21.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.21.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.21.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.21.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.21.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.21.mlp.fc1.weight	lora_te2_text_model_encoder_layers_21_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.21.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.21.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.21.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.21.mlp.fc2.weight	lora_te2_text_model_encoder_layers_21_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.22.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.22.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.22.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.22.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.22.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.22.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.22.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.22.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_22_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_22_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_22_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.22.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.22.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.22.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.22.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_22_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.22.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.22.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.22.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.22.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.22.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.22.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.22.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.22.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.22.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.22.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.22.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.22.mlp.fc1.weight	lora_te2_text_model_encoder_layers_22_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.22.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.22.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.22.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.22.mlp.fc2.weight	lora_te2_text_model_encoder_layers_22_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.23.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.23.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.23.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.23.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.23.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.23.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.23.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.23.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_23_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_23_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_23_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.23.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.23.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.23.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.23.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_23_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.23.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.23.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.23.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.23.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.23.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.23.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.23.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.23.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.23.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.23.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.23.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.23.mlp.fc1.weight	lora_te2_text_model_encoder_layers_23_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.23.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.23.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.23.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.23.mlp.fc2.weight	lora_te2_text_model_encoder_layers_23_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.24.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.24.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.24.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.24.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.24.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.24.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.24.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.24.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_24_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_24_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_24_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.24.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.24.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.24.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.24.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_24_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.24.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.24.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.24.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.24.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.24.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.24.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.24.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.24.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.24.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.24.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.24.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.24.mlp.fc1.weight	lora_te2_text_model_encoder_layers_24_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.24.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.24.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.24.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.24.mlp.fc2.weight	lora_te2_text_model_encoder_layers_24_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.25.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.25.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.25.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.25.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.25.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.25.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.25.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.25.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_25_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_25_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_25_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.25.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.25.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.25.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.25.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_25_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.25.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.25.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.25.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.25.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.25.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.25.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.25.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.25.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.25.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.25.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.25.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.25.mlp.fc1.weight	lora_te2_text_model_encoder_layers_25_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.25.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.25.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.25.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.25.mlp.fc2.weight	lora_te2_text_model_encoder_layers_25_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.26.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.26.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.26.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.26.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.26.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.26.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.26.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.26.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_26_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_26_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_26_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.26.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.26.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.26.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.26.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_26_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.26.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.26.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.26.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.26.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.26.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.26.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.26.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.26.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.26.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.26.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.26.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.26.mlp.fc1.weight	lora_te2_text_model_encoder_layers_26_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.26.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.26.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.26.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.26.mlp.fc2.weight	lora_te2_text_model_encoder_layers_26_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.27.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.27.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.27.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.27.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.27.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.27.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.27.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.27.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_27_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_27_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_27_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.27.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.27.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.27.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.27.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_27_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.27.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.27.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.27.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.27.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.27.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.27.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.27.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.27.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.27.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.27.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.27.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.27.mlp.fc1.weight	lora_te2_text_model_encoder_layers_27_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.27.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.27.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.27.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.27.mlp.fc2.weight	lora_te2_text_model_encoder_layers_27_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.28.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.28.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.28.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.28.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.28.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.28.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.28.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.28.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_28_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_28_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_28_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.28.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.28.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.28.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.28.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_28_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.28.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.28.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.28.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.28.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.28.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.28.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.28.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.28.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.28.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.28.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.28.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.28.mlp.fc1.weight	lora_te2_text_model_encoder_layers_28_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.28.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.28.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.28.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.28.mlp.fc2.weight	lora_te2_text_model_encoder_layers_28_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.29.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.29.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.29.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.29.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.29.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.29.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.29.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.29.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_29_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_29_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_29_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.29.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.29.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.29.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.29.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_29_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.29.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.29.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.29.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.29.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.29.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.29.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.29.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.29.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.29.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.29.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.29.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.29.mlp.fc1.weight	lora_te2_text_model_encoder_layers_29_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.29.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.29.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.29.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.29.mlp.fc2.weight	lora_te2_text_model_encoder_layers_29_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.3.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.3.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.3.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.3.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.3.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.3.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.3.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.3.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_3_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_3_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_3_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.3.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.3.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.3.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.3.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_3_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.3.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.3.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.3.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.3.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.3.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.3.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.3.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.3.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.3.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.3.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.3.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.3.mlp.fc1.weight	lora_te2_text_model_encoder_layers_3_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.3.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.3.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.3.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.3.mlp.fc2.weight	lora_te2_text_model_encoder_layers_3_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.30.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.30.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.30.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.30.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.30.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.30.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.30.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.30.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_30_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_30_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_30_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.30.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.30.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.30.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.30.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_30_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.30.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.30.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.30.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.30.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.30.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.30.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.30.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.30.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.30.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.30.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.30.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.30.mlp.fc1.weight	lora_te2_text_model_encoder_layers_30_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.30.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.30.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.30.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.30.mlp.fc2.weight	lora_te2_text_model_encoder_layers_30_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.31.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.31.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.31.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.31.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.31.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.31.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.31.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.31.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_31_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_31_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_31_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.31.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.31.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.31.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.31.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_31_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.31.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.31.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.31.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.31.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.31.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.31.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.31.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.31.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.31.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.31.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.31.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.31.mlp.fc1.weight	lora_te2_text_model_encoder_layers_31_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.31.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.31.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.31.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.31.mlp.fc2.weight	lora_te2_text_model_encoder_layers_31_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.4.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.4.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.4.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.4.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.4.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.4.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.4.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.4.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_4_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_4_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_4_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.4.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.4.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.4.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.4.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_4_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.4.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.4.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.4.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.4.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.4.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.4.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.4.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.4.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.4.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.4.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.4.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.4.mlp.fc1.weight	lora_te2_text_model_encoder_layers_4_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.4.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.4.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.4.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.4.mlp.fc2.weight	lora_te2_text_model_encoder_layers_4_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.5.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.5.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.5.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.5.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.5.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.5.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.5.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.5.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_5_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_5_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_5_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.5.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.5.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.5.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.5.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_5_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.5.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.5.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.5.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.5.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.5.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.5.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.5.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.5.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.5.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.5.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.5.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.5.mlp.fc1.weight	lora_te2_text_model_encoder_layers_5_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.5.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.5.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.5.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.5.mlp.fc2.weight	lora_te2_text_model_encoder_layers_5_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.6.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.6.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.6.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.6.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.6.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.6.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.6.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.6.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_6_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_6_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_6_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.6.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.6.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.6.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.6.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_6_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.6.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.6.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.6.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.6.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.6.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.6.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.6.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.6.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.6.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.6.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.6.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.6.mlp.fc1.weight	lora_te2_text_model_encoder_layers_6_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.6.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.6.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.6.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.6.mlp.fc2.weight	lora_te2_text_model_encoder_layers_6_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.7.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.7.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.7.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.7.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.7.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.7.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.7.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.7.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_7_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_7_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_7_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.7.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.7.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.7.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.7.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_7_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.7.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.7.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.7.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.7.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.7.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.7.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.7.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.7.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.7.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.7.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.7.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.7.mlp.fc1.weight	lora_te2_text_model_encoder_layers_7_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.7.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.7.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.7.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.7.mlp.fc2.weight	lora_te2_text_model_encoder_layers_7_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.8.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.8.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.8.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.8.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.8.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.8.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.8.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.8.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_8_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_8_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_8_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.8.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.8.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.8.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.8.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_8_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.8.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.8.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.8.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.8.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.8.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.8.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.8.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.8.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.8.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.8.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.8.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.8.mlp.fc1.weight	lora_te2_text_model_encoder_layers_8_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.8.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.8.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.8.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.8.mlp.fc2.weight	lora_te2_text_model_encoder_layers_8_mlp_fc2	
conditioner.embedders.1.model.transformer.resblocks.9.attn.in_proj_bias	3840	text_encoder_2.text_model.encoder.layers.9.self_attn.q_proj.bias[rows 0:1280];text_encoder_2.text_model.encoder.layers.9.self_attn.k_proj.bias[rows 1280:2560];text_encoder_2.text_model.encoder.layers.9.self_attn.v_proj.bias[rows 2560:3840]		
conditioner.embedders.1.model.transformer.resblocks.9.attn.in_proj_weight	3840,1280	text_encoder_2.text_model.encoder.layers.9.self_attn.q_proj.weight[rows 0:1280];text_encoder_2.text_model.encoder.layers.9.self_attn.k_proj.weight[rows 1280:2560];text_encoder_2.text_model.encoder.layers.9.self_attn.v_proj.weight[rows 2560:3840]	lora_te2_text_model_encoder_layers_9_self_attn_q_proj[rows 0:1280];lora_te2_text_model_encoder_layers_9_self_attn_k_proj[rows 1280:2560];lora_te2_text_model_encoder_layers_9_self_attn_v_proj[rows 2560:3840]	
conditioner.embedders.1.model.transformer.resblocks.9.attn.out_proj.bias	1280	text_encoder_2.text_model.encoder.layers.9.self_attn.out_proj.bias		
conditioner.embedders.1.model.transformer.resblocks.9.attn.out_proj.weight	1280,1280	text_encoder_2.text_model.encoder.layers.9.self_attn.out_proj.weight	lora_te2_text_model_encoder_layers_9_self_attn_out_proj	
conditioner.embedders.1.model.transformer.resblocks.9.ln_1.bias	1280	text_encoder_2.text_model.encoder.layers.9.layer_norm1.bias		
conditioner.embedders.1.model.transformer.resblocks.9.ln_1.weight	1280	text_encoder_2.text_model.encoder.layers.9.layer_norm1.weight		
conditioner.embedders.1.model.transformer.resblocks.9.ln_2.bias	1280	text_encoder_2.text_model.encoder.layers.9.layer_norm2.bias		
conditioner.embedders.1.model.transformer.resblocks.9.ln_2.weight	1280	text_encoder_2.text_model.encoder.layers.9.layer_norm2.weight		
conditioner.embedders.1.model.transformer.resblocks.9.mlp.c_fc.bias	5120	text_encoder_2.text_model.encoder.layers.9.mlp.fc1.bias		
conditioner.embedders.1.model.transformer.resblocks.9.mlp.c_fc.weight	5120,1280	text_encoder_2.text_model.encoder.layers.9.mlp.fc1.weight	lora_te2_text_model_encoder_layers_9_mlp_fc1	
conditioner.embedders.1.model.transformer.resblocks.9.mlp.c_proj.bias	1280	text_encoder_2.text_model.encoder.layers.9.mlp.fc2.bias		
conditioner.embedders.1.model.transformer.resblocks.9.mlp.c_proj.weight	1280,5120	text_encoder_2.text_model.encoder.layers.9.mlp.fc2.weight	lora_te2_text_model_encoder_layers_9_mlp_fc2	
first_stage_model.decoder.conv_in.bias	512	vae.decoder.conv_in.bias		
first_stage_model.decoder.conv_in.weight	512,4,3,3	vae.decoder.conv_in.weight		
first_stage_model.decoder.conv_out.bias	3	vae.decoder.conv_out.bias		
first_stage_model.decoder.conv_out.weight	3,128,3,3	vae.decoder.conv_out.weight		
first_stage_model.decoder.mid.attn_1.k.bias	512	vae.decoder.mid_block.attentions.0.to_k.bias		
first_stage_model.decoder.mid.attn_1.k.weight	512,512,1,1	vae.decoder.mid_block.attentions.0.to_k.weight		
first_stage_model.decoder.mid.attn_1.norm.bias	512	vae.decoder.mid_block.attentions.0.group_norm.bias		
first_stage_model.decoder.mid.attn_1.norm.weight	512	vae.decoder.mid_block.attentions.0.group_norm.weight		
first_stage_model.decoder.mid.attn_1.proj_out.bias	512	vae.decoder.mid_block.attentions.0.to_out.0.bias		
first_stage_model.decoder.mid.attn_1.proj_out.weight	512,512,1,1	vae.decoder.mid_block.attentions.0.to_out.0.weight		
first_stage_model.decoder.mid.attn_1.q.bias	512	vae.decoder.mid_block.attentions.0.to_q.bias		
first_stage_model.decoder.mid.attn_1.q.weight	512,512,1,1	vae.decoder.mid_block.attentions.0.to_q.weight		
first_stage_model.decoder.mid.attn_1.v.bias	512	vae.decoder.mid_block.attentions.0.to_v.bias		
first_stage_model.decoder.mid.attn_1.v.weight	512,512,1,1	vae.decoder.mid_block.attentions.0.to_v.weight		
first_stage_model.decoder.mid.block_1.conv1.bias	512	vae.decoder.mid_block.resnets.0.conv1.bias		
first_stage_model.decoder.mid.block_1.conv1.weight	512,512,3,3	vae.decoder.mid_block.resnets.0.conv1.weight		
first_stage_model.decoder.mid.block_1.conv2.bias	512	vae.decoder.mid_block.resnets.0.conv2.bias		
first_stage_model.decoder.mid.block_1.conv2.weight	512,512,3,3	vae.decoder.mid_block.resnets.0.conv2.weight		
first_stage_model.decoder.mid.block_1.norm1.bias	512	vae.decoder.mid_block.resnets.0.norm1.bias		
first_stage_model.decoder.mid.block_1.norm1.weight	512	vae.decoder.mid_block.resnets.0.norm1.weight		
first_stage_model.decoder.mid.block_1.norm2.bias	512	vae.decoder.mid_block.resnets.0.norm2.bias		
first_stage_model.decoder.mid.block_1.norm2.weight	512	vae.decoder.mid_block.resnets.0.norm2.weight		
first_stage_model.decoder.mid.block_2.conv1.bias	512	vae.decoder.mid_block.resnets.1.conv1.bias		
first_stage_model.decoder.mid.block_2.conv1.weight	512,512,3,3	vae.decoder.mid_block.resnets.1.conv1.weight		
first_stage_model.decoder.mid.block_2.conv2.bias	512	vae.decoder.mid_block.resnets.1.conv2.bias		
first_stage_model.decoder.mid.block_2.conv2.weight	512,512,3,3	vae.decoder.mid_block.resnets.1.conv2.weight		
first_stage_model.decoder.mid.block_2.norm1.bias	512	vae.decoder.mid_block.resnets.1.norm1.bias		
first_stage_model.decoder.mid.block_2.norm1.weight	512	vae.decoder.mid_block.resnets.1.norm1.weight		
first_stage_model.decoder.mid.block_2.norm2.bias	512	vae.decoder.mid_block.resnets.1.norm2.bias		
first_stage_model.decoder.mid.block_2.norm2.weight	512	vae.decoder.mid_block.resnets.1.norm2.weight		
first_stage_model.decoder.norm_out.bias	128	vae.decoder.conv_norm_out.bias		
first_stage_model.decoder.norm_out.weight	128	vae.decoder.conv_norm_out.weight		
first_stage_model.decoder.up.0.block.0.conv1.bias	128	vae.decoder.up_blocks.3.resnets.0.conv1.bias		
first_stage_model.decoder.up.0.block.0.conv1.weight	128,256,3,3	vae.decoder.up_blocks.3.resnets.0.conv1.weight		
first_stage_model.decoder.up.0.block.0.conv2.bias	128	vae.decoder.up_blocks.3.resnets.0.conv2.bias		
first_stage_model.decoder.up.0.block.0.conv2.weight	128,128,3,3	vae.decoder.up_blocks.3.resnets.0.conv2.weight		
first_stage_model.decoder.up.0.block.0.nin_shortcut.bias	128	vae.decoder.up_blocks.3.resnets.0.conv_shortcut.bias		
first_stage_model.decoder.up.0.block.0.nin_shortcut.weight	128,256,1,1	vae.decoder.up_blocks.3.resnets.0.conv_shortcut.weight		
first_stage_model.decoder.up.0.block.0.norm1.bias	256	vae.decoder.up_blocks.3.resnets.0.norm1.bias		
first_stage_model.decoder.up.0.block.0.norm1.weight	256	vae.decoder.up_blocks.3.resnets.0.norm1.weight		
first_stage_model.decoder.up.0.block.0.norm2.bias	128	vae.decoder.up_blocks.3.resnets.0.norm2.bias		
first_stage_model.decoder.up.0.block.0.norm2.weight	128	vae.decoder.up_blocks.3.resnets.0.norm2.weight		
first_stage_model.decoder.up.0.block.1.conv1.bias	128	vae.decoder.up_blocks.3.resnets.1.conv1.bias		
first_stage_model.decoder.up.0.block.1.conv1.weight	128,128,3,3	vae.decoder.up_blocks.3.resnets.1.conv1.weight		
first_stage_model.decoder.up.0.block.1.conv2.bias	128	vae.decoder.up_blocks.3.resnets.1.conv2.bias		
first_stage_model.decoder.up.0.block.1.conv2.weight	128,128,3,3	vae.decoder.up_blocks.3.resnets.1.conv2.weight		
first_stage_model.decoder.up.0.block.1.norm1.bias	128	vae.decoder.up_blocks.3.resnets.1.norm1.bias		
first_stage_model.decoder.up.0.block.1.norm1.weight	128	vae.decoder.up_blocks.3.resnets.1.norm1.weight		
first_stage_model.decoder.up.0.block.1.norm2.bias	128	vae.decoder.up_blocks.3.resnets.1.norm2.bias		
first_stage_model.decoder.up.0.block.1.norm2.weight	128	vae.decoder.up_blocks.3.resnets.1.norm2.weight		
first_stage_model.decoder.up.0.block.2.conv1.bias	128	vae.decoder.up_blocks.3.resnets.2.conv1.bias		
first_stage_model.decoder.up.0.block.2.conv1.weight	128,128,3,3	vae.decoder.up_blocks.3.resnets.2.conv1.weight		
first_stage_model.decoder.up.0.block.2.conv2.bias	128	vae.decoder.up_blocks.3.resnets.2.conv2.bias		
first_stage_model.decoder.up.0.block.2.conv2.weight	128,128,3,3	vae.decoder.up_blocks.3.resnets.2.conv2.weight		
first_stage_model.decoder.up.0.block.2.norm1.bias	128	vae.decoder.up_blocks.3.resnets.2.norm1.bias		
first_stage_model.decoder.up.0.block.2.norm1.weight	128	vae.decoder.up_blocks.3.resnets.2.norm1.weight		
first_stage_model.decoder.up.0.block.2.norm2.bias	128	vae.decoder.up_blocks.3.resnets.2.norm2.bias		
first_stage_model.decoder.up.0.block.2.norm2.weight	128	vae.decoder.up_blocks.3.resnets.2.norm2.weight		
first_stage_model.decoder.up.1.block.0.conv1.bias	256	vae.decoder.up_blocks.2.resnets.0.conv1.bias		
first_stage_model.decoder.up.1.block.0.conv1.weight	256,512,3,3	vae.decoder.up_blocks.2.resnets.0.conv1.weight		
first_stage_model.decoder.up.1.block.0.conv2.bias	256	vae.decoder.up_blocks.2.resnets.0.conv2.bias		
first_stage_model.decoder.up.1.block.0.conv2.weight	256,256,3,3	vae.decoder.up_blocks.2.resnets.0.conv2.weight		
first_stage_model.decoder.up.1.block.0.nin_shortcut.bias	256	vae.decoder.up_blocks.2.resnets.0.conv_shortcut.bias		
first_stage_model.decoder.up.1.block.0.nin_shortcut.weight	256,512,1,1	vae.decoder.up_blocks.2.resnets.0.conv_shortcut.weight		
first_stage_model.decoder.up.1.block.0.norm1.bias	512	vae.decoder.up_blocks.2.resnets.0.norm1.bias		
first_stage_model.decoder.up.1.block.0.norm1.weight	512	vae.decoder.up_blocks.2.resnets.0.norm1.weight		
first_stage_model.decoder.up.1.block.0.norm2.bias	256	vae.decoder.up_blocks.2.resnets.0.norm2.bias		
first_stage_model.decoder.up.1.block.0.norm2.weight	256	vae.decoder.up_blocks.2.resnets.0.norm2.weight		
first_stage_model.decoder.up.1.block.1.conv1.bias	256	vae.decoder.up_blocks.2.resnets.1.conv1.bias		
first_stage_model.decoder.up.1.block.1.conv1.weight	256,256,3,3	vae.decoder.up_blocks.2.resnets.1.conv1.weight		
first_stage_model.decoder.up.1.block.1.conv2.bias	256	vae.decoder.up_blocks.2.resnets.1.conv2.bias		
first_stage_model.decoder.up.1.block.1.conv2.weight	256,256,3,3	vae.decoder.up_blocks.2.resnets.1.conv2.weight		
first_stage_model.decoder.up.1.block.1.norm1.bias	256	vae.decoder.up_blocks.2.resnets.1.norm1.bias		
first_stage_model.decoder.up.1.block.1.norm1.weight	256	vae.decoder.up_blocks.2.resnets.1.norm1.weight		
first_stage_model.decoder.up.1.block.1.norm2.bias	256	vae.decoder.up_blocks.2.resnets.1.norm2.bias		
first_stage_model.decoder.up.1.block.1.norm2.weight	256	vae.decoder.up_blocks.2.resnets.1.norm2.weight		
first_stage_model.decoder.up.1.block.2.conv1.bias	256	vae.decoder.up_blocks.2.resnets.2.conv1.bias		
first_stage_model.decoder.up.1.block.2.conv1.weight	256,256,3,3	vae.decoder.up_blocks.2.resnets.2.conv1.weight		
first_stage_model.decoder.up.1.block.2.conv2.bias	256	vae.decoder.up_blocks.2.resnets.2.conv2.bias		
first_stage_model.decoder.up.1.block.2.conv2.weight	256,256,3,3	vae.decoder.up_blocks.2.resnets.2.conv2.weight		
first_stage_model.decoder.up.1.block.2.norm1.bias	256	vae.decoder.up_blocks.2.resnets.2.norm1.bias		
first_stage_model.decoder.up.1.block.2.norm1.weight	256	vae.decoder.up_blocks.2.resnets.2.norm1.weight		
first_stage_model.decoder.up.1.block.2.norm2.bias	256	vae.decoder.up_blocks.2.resnets.2.norm2.bias		
first_stage_model.decoder.up.1.block.2.norm2.weight	256	vae.decoder.up_blocks.2.resnets.2.norm2.weight		
first_stage_model.decoder.up.1.upsample.conv.bias	256	vae.decoder.up_blocks.2.upsamplers.0.conv.bias		
first_stage_model.decoder.up.1.upsample.conv.weight	256,256,3,3	vae.decoder.up_blocks.2.upsamplers.0.conv.weight		
first_stage_model.decoder.up.2.block.0.conv1.bias	512	vae.decoder.up_blocks.1.resnets.0.conv1.bias		
first_stage_model.decoder.up.2.block.0.conv1.weight	512,512,3,3	vae.decoder.up_blocks.1.resnets.0.conv1.weight		
first_stage_model.decoder.up.2.block.0.conv2.bias	512	vae.decoder.up_blocks.1.resnets.0.conv2.bias		
first_stage_model.decoder.up.2.block.0.conv2.weight	512,512,3,3	vae.decoder.up_blocks.1.resnets.0.conv2.weight		
first_stage_model.decoder.up.2.block.0.norm1.bias	512	vae.decoder.up_blocks.1.resnets.0.norm1.bias		
first_stage_model.decoder.up.2.block.0.norm1.weight	512	vae.decoder.up_blocks.1.resnets.0.norm1.weight		
first_stage_model.decoder.up.2.block.0.norm2.bias	512	vae.decoder.up_blocks.1.resnets.0.norm2.bias		
first_stage_model.decoder.up.2.block.0.norm2.weight	512	vae.decoder.up_blocks.1.resnets.0.norm2.weight		
first_stage_model.decoder.up.2.block.1.conv1.bias	512	vae.decoder.up_blocks.1.resnets.1.conv1.bias		
first_stage_model.decoder.up.2.block.1.conv1.weight	512,512,3,3	vae.decoder.up_blocks.1.resnets.1.conv1.weight		
first_stage_model.decoder.up.2.block.1.conv2.bias	512	vae.decoder.up_blocks.1.resnets.1.conv2.bias		
first_stage_model.decoder.up.2.block.1.conv2.weight	512,512,3,3	vae.decoder.up_blocks.1.resnets.1.conv2.weight		
first_stage_model.decoder.up.2.block.1.norm1.bias	512	vae.decoder.up_blocks.1.resnets.1.norm1.bias		
first_stage_model.decoder.up.2.block.1.norm1.weight	512	vae.decoder.up_blocks.1.resnets.1.norm1.weight		
first_stage_model.decoder.up.2.block.1.norm2.bias	512	vae.decoder.up_blocks.1.resnets.1.norm2.bias		
first_stage_model.decoder.up.2.block.1.norm2.weight	512	vae.decoder.up_blocks.1.resnets.1.norm2.weight		
first_stage_model.decoder.up.2.block.2.conv1.bias	512	vae.decoder.up_blocks.1.resnets.2.conv1.bias		
first_stage_model.decoder.up.2.block.2.conv1.weight	512,512,3,3	vae.decoder.up_blocks.1.resnets.2.conv1.weight		
first_stage_model.decoder.up.2.block.2.conv2.bias	512	vae.decoder.up_blocks.1.resnets.2.conv2.bias		
first_stage_model.decoder.up.2.block.2.conv2.weight	512,512,3,3	vae.decoder.up_blocks.1.resnets.2.conv2.weight		
first_stage_model.decoder.up.2.block.2.norm1.bias	512	vae.decoder.up_blocks.1.resnets.2.norm1.bias		
first_stage_model.decoder.up.2.block.2.norm1.weight	512	vae.decoder.up_blocks.1.resnets.2.norm1.weight		
first_stage_model.decoder.up.2.block.2.norm2.bias	512	vae.decoder.up_blocks.1.resnets.2.norm2.bias		
first_stage_model.decoder.up.2.block.2.norm2.weight	512	vae.decoder.up_blocks.1.resnets.2.norm2.weight		
first_stage_model.decoder.up.2.upsample.conv.bias	512	vae.decoder.up_blocks.1.upsamplers.0.conv.bias		
first_stage_model.decoder.up.2.upsample.conv.weight	512,512,3,3	vae.decoder.up_blocks.1.upsamplers.0.conv.weight		
first_stage_model.decoder.up.3.block.0.conv1.bias	512	vae.decoder.up_blocks.0.resnets.0.conv1.bias		
first_stage_model.decoder.up.3.block.0.conv1.weight	512,512,3,3	vae.decoder.up_blocks.0.resnets.0.conv1.weight		
first_stage_model.decoder.up.3.block.0.conv2.bias	512	vae.decoder.up_blocks.0.resnets.0.conv2.bias		
first_stage_model.decoder.up.3.block.0.conv2.weight	512,512,3,3	vae.decoder.up_blocks.0.resnets.0.conv2.weight		
first_stage_model.decoder.up.3.block.0.norm1.bias	512	vae.decoder.up_blocks.0.resnets.0.norm1.bias		
first_stage_model.decoder.up.3.block.0.norm1.weight	512	vae.decoder.up_blocks.0.resnets.0.norm1.weight		
first_stage_model.decoder.up.3.block.0.norm2.bias	512	vae.decoder.up_blocks.0.resnets.0.norm2.bias		
first_stage_model.decoder.up.3.block.0.norm2.weight	512	vae.decoder.up_blocks.0.resnets.0.norm2.weight		
first_stage_model.decoder.up.3.block.1.conv1.bias	512	vae.decoder.up_blocks.0.resnets.1.conv1.bias		
first_stage_model.decoder.up.3.block.1.conv1.weight	512,512,3,3	vae.decoder.up_blocks.0.resnets.1.conv1.weight		
first_stage_model.decoder.up.3.block.1.conv2.bias	512	vae.decoder.up_blocks.0.resnets.1.conv2.bias		
first_stage_model.decoder.up.3.block.1.conv2.weight	512,512,3,3	vae.decoder.up_blocks.0.resnets.1.conv2.weight		
first_stage_model.decoder.up.3.block.1.norm1.bias	512	vae.decoder.up_blocks.0.resnets.1.norm1.bias		
first_stage_model.decoder.up.3.block.1.norm1.weight	512	vae.decoder.up_blocks.0.resnets.1.norm1.weight		
first_stage_model.decoder.up.3.block.1.norm2.bias	512	vae.decoder.up_blocks.0.resnets.1.norm2.bias		
first_stage_model.decoder.up.3.block.1.norm2.weight	512	vae.decoder.up_blocks.0.resnets.1.norm2.weight		
first_stage_model.decoder.up.3.block.2.conv1.bias	512	vae.decoder.up_blocks.0.resnets.2.conv1.bias		
first_stage_model.decoder.up.3.block.2.conv1.weight	512,512,3,3	vae.decoder.up_blocks.0.resnets.2.conv1.weight		
first_stage_model.decoder.up.3.block.2.conv2.bias	512	vae.decoder.up_blocks.0.resnets.2.conv2.bias		
first_stage_model.decoder.up.3.block.2.conv2.weight	512,512,3,3	vae.decoder.up_blocks.0.resnets.2.conv2.weight		
first_stage_model.decoder.up.3.block.2.norm1.bias	512	vae.decoder.up_blocks.0.resnets.2.norm1.bias		
first_stage_model.decoder.up.3.block.2.norm1.weight	512	vae.decoder.up_blocks.0.resnets.2.norm1.weight		
first_stage_model.decoder.up.3.block.2.norm2.bias	512	vae.decoder.up_blocks.0.resnets.2.norm2.bias		
first_stage_model.decoder.up.3.block.2.norm2.weight	512	vae.decoder.up_blocks.0.resnets.2.norm2.weight		
first_stage_model.decoder.up.3.upsample.conv.bias	512	vae.decoder.up_blocks.0.upsamplers.0.conv.bias		
first_stage_model.decoder.up.3.upsample.conv.weight	512,512,3,3	vae.decoder.up_blocks.0.upsamplers.0.conv.weight		
first_stage_model.encoder.conv_in.bias	128	vae.encoder.conv_in.bias		
first_stage_model.encoder.conv_in.weight	128,3,3,3	vae.encoder.conv_in.weight		
first_stage_model.encoder.conv_out.bias	8	vae.encoder.conv_out.bias		
first_stage_model.encoder.conv_out.weight	8,512,3,3	vae.encoder.conv_out.weight		
first_stage_model.encoder.down.0.block.0.conv1.bias	128	vae.encoder.down_blocks.0.resnets.0.conv1.bias		
first_stage_model.encoder.down.0.block.0.conv1.weight	128,128,3,3	vae.encoder.down_blocks.0.resnets.0.conv1.weight		
first_stage_model.encoder.down.0.block.0.conv2.bias	128	vae.encoder.down_blocks.0.resnets.0.conv2.bias		
first_stage_model.encoder.down.0.block.0.conv2.weight	128,128,3,3	vae.encoder.down_blocks.0.resnets.0.conv2.weight		
first_stage_model.encoder.down.0.block.0.norm1.bias	128	vae.encoder.down_blocks.0.resnets.0.norm1.bias		
first_stage_model.encoder.down.0.block.0.norm1.weight	128	vae.encoder.down_blocks.0.resnets.0.norm1.weight		
first_stage_model.encoder.down.0.block.0.norm2.bias	128	vae.encoder.down_blocks.0.resnets.0.norm2.bias		
first_stage_model.encoder.down.0.block.0.norm2.weight	128	vae.encoder.down_blocks.0.resnets.0.norm2.weight		
first_stage_model.encoder.down.0.block.1.conv1.bias	128	vae.encoder.down_blocks.0.resnets.1.conv1.bias		
first_stage_model.encoder.down.0.block.1.conv1.weight	128,128,3,3	vae.encoder.down_blocks.0.resnets.1.conv1.weight		
first_stage_model.encoder.down.0.block.1.conv2.bias	128	vae.encoder.down_blocks.0.resnets.1.conv2.bias		
first_stage_model.encoder.down.0.block.1.conv2.weight	128,128,3,3	vae.encoder.down_blocks.0.resnets.1.conv2.weight		
first_stage_model.encoder.down.0.block.1.norm1.bias	128	vae.encoder.down_blocks.0.resnets.1.norm1.bias		
first_stage_model.encoder.down.0.block.1.norm1.weight	128	vae.encoder.down_blocks.0.resnets.1.norm1.weight		
first_stage_model.encoder.down.0.block.1.norm2.bias	128	vae.encoder.down_blocks.0.resnets.1.norm2.bias		
first_stage_model.encoder.down.0.block.1.norm2.weight	128	vae.encoder.down_blocks.0.resnets.1.norm2.weight		
first_stage_model.encoder.down.0.downsample.conv.bias	128	vae.encoder.down_blocks.0.downsamplers.0.conv.bias		
first_stage_model.encoder.down.0.downsample.conv.weight	128,128,3,3	vae.encoder.down_blocks.0.downsamplers.0.conv.weight		
first_stage_model.encoder.down.1.block.0.conv1.bias	256	vae.encoder.down_blocks.1.resnets.0.conv1.bias		
first_stage_model.encoder.down.1.block.0.conv1.weight	256,128,3,3	vae.encoder.down_blocks.1.resnets.0.conv1.weight		
first_stage_model.encoder.down.1.block.0.conv2.bias	256	vae.encoder.down_blocks.1.resnets.0.conv2.bias		
first_stage_model.encoder.down.1.block.0.conv2.weight	256,256,3,3	vae.encoder.down_blocks.1.resnets.0.conv2.weight		
first_stage_model.encoder.down.1.block.0.nin_shortcut.bias	256	vae.encoder.down_blocks.1.resnets.0.conv_shortcut.bias		
first_stage_model.encoder.down.1.block.0.nin_shortcut.weight	256,128,1,1	vae.encoder.down_blocks.1.resnets.0.conv_shortcut.weight		
first_stage_model.encoder.down.1.block.0.norm1.bias	128	vae.encoder.down_blocks.1.resnets.0.norm1.bias		
first_stage_model.encoder.down.1.block.0.norm1.weight	128	vae.encoder.down_blocks.1.resnets.0.norm1.weight		
first_stage_model.encoder.down.1.block.0.norm2.bias	256	vae.encoder.down_blocks.1.resnets.0.norm2.bias		
first_stage_model.encoder.down.1.block.0.norm2.weight	256	vae.encoder.down_blocks.1.resnets.0.norm2.weight		
first_stage_model.encoder.down.1.block.1.conv1.bias	256	vae.encoder.down_blocks.1.resnets.1.conv1.bias		
first_stage_model.encoder.down.1.block.1.conv1.weight	256,256,3,3	vae.encoder.down_blocks.1.resnets.1.conv1.weight		
first_stage_model.encoder.down.1.block.1.conv2.bias	256	vae.encoder.down_blocks.1.resnets.1.conv2.bias		
first_stage_model.encoder.down.1.block.1.conv2.weight	256,256,3,3	vae.encoder.down_blocks.1.resnets.1.conv2.weight		
first_stage_model.encoder.down.1.block.1.norm1.bias	256	vae.encoder.down_blocks.1.resnets.1.norm1.bias		
first_stage_model.encoder.down.1.block.1.norm1.weight	256	vae.encoder.down_blocks.1.resnets.1.norm1.weight		
first_stage_model.encoder.down.1.block.1.norm2.bias	256	vae.encoder.down_blocks.1.resnets.1.norm2.bias		
first_stage_model.encoder.down.1.block.1.norm2.weight	256	vae.encoder.down_blocks.1.resnets.1.norm2.weight		
first_stage_model.encoder.down.1.downsample.conv.bias	256	vae.encoder.down_blocks.1.downsamplers.0.conv.bias		
first_stage_model.encoder.down.1.downsample.conv.weight	256,256,3,3	vae.encoder.down_blocks.1.downsamplers.0.conv.weight		
first_stage_model.encoder.down.2.block.0.conv1.bias	512	vae.encoder.down_blocks.2.resnets.0.conv1.bias		
first_stage_model.encoder.down.2.block.0.conv1.weight	512,256,3,3	vae.encoder.down_blocks.2.resnets.0.conv1.weight		
first_stage_model.encoder.down.2.block.0.conv2.bias	512	vae.encoder.down_blocks.2.resnets.0.conv2.bias		
first_stage_model.encoder.down.2.block.0.conv2.weight	512,512,3,3	vae.encoder.down_blocks.2.resnets.0.conv2.weight		
first_stage_model.encoder.down.2.block.0.nin_shortcut.bias	512	vae.encoder.down_blocks.2.resnets.0.conv_shortcut.bias		
first_stage_model.encoder.down.2.block.0.nin_shortcut.weight	512,256,1,1	vae.encoder.down_blocks.2.resnets.0.conv_shortcut.weight		
first_stage_model.encoder.down.2.block.0.norm1.bias	256	vae.encoder.down_blocks.2.resnets.0.norm1.bias		
first_stage_model.encoder.down.2.block.0.norm1.weight	256	vae.encoder.down_blocks.2.resnets.0.norm1.weight		
first_stage_model.encoder.down.2.block.0.norm2.bias	512	vae.encoder.down_blocks.2.resnets.0.norm2.bias		
first_stage_model.encoder.down.2.block.0.norm2.weight	512	vae.encoder.down_blocks.2.resnets.0.norm2.weight		
first_stage_model.encoder.down.2.block.1.conv1.bias	512	vae.encoder.down_blocks.2.resnets.1.conv1.bias		
first_stage_model.encoder.down.2.block.1.conv1.weight	512,512,3,3	vae.encoder.down_blocks.2.resnets.1.conv1.weight		
first_stage_model.encoder.down.2.block.1.conv2.bias	512	vae.encoder.down_blocks.2.resnets.1.conv2.bias		
first_stage_model.encoder.down.2.block.1.conv2.weight	512,512,3,3	vae.encoder.down_blocks.2.resnets.1.conv2.weight		
first_stage_model.encoder.down.2.block.1.norm1.bias	512	vae.encoder.down_blocks.2.resnets.1.norm1.bias		
first_stage_model.encoder.down.2.block.1.norm1.weight	512	vae.encoder.down_blocks.2.resnets.1.norm1.weight		
first_stage_model.encoder.down.2.block.1.norm2.bias	512	vae.encoder.down_blocks.2.resnets.1.norm2.bias		
first_stage_model.encoder.down.2.block.1.norm2.weight	512	vae.encoder.down_blocks.2.resnets.1.norm2.weight		
first_stage_model.encoder.down.2.downsample.conv.bias	512	vae.encoder.down_blocks.2.downsamplers.0.conv.bias		
first_stage_model.encoder.down.2.downsample.conv.weight	512,512,3,3	vae.encoder.down_blocks.2.downsamplers.0.conv.weight		
first_stage_model.encoder.down.3.block.0.conv1.bias	512	vae.encoder.down_blocks.3.resnets.0.conv1.bias		
first_stage_model.encoder.down.3.block.0.conv1.weight	512,512,3,3	vae.encoder.down_blocks.3.resnets.0.conv1.weight		
first_stage_model.encoder.down.3.block.0.conv2.bias	512	vae.encoder.down_blocks.3.resnets.0.conv2.bias		
first_stage_model.encoder.down.3.block.0.conv2.weight	512,512,3,3	vae.encoder.down_blocks.3.resnets.0.conv2.weight		
first_stage_model.encoder.down.3.block.0.norm1.bias	512	vae.encoder.down_blocks.3.resnets.0.norm1.bias		
first_stage_model.encoder.down.3.block.0.norm1.weight	512	vae.encoder.down_blocks.3.resnets.0.norm1.weight		
first_stage_model.encoder.down.3.block.0.norm2.bias	512	vae.encoder.down_blocks.3.resnets.0.norm2.bias		
first_stage_model.encoder.down.3.block.0.norm2.weight	512	vae.encoder.down_blocks.3.resnets.0.norm2.weight		
first_stage_model.encoder.down.3.block.1.conv1.bias	512	vae.encoder.down_blocks.3.resnets.1.conv1.bias		
first_stage_model.encoder.down.3.block.1.conv1.weight	512,512,3,3	vae.encoder.down_blocks.3.resnets.1.conv1.weight		
first_stage_model.encoder.down.3.block.1.conv2.bias	512	vae.encoder.down_blocks.3.resnets.1.conv2.bias		
first_stage_model.encoder.down.3.block.1.conv2.weight	512,512,3,3	vae.encoder.down_blocks.3.resnets.1.conv2.weight		
first_stage_model.encoder.down.3.block.1.norm1.bias	512	vae.encoder.down_blocks.3.resnets.1.norm1.bias		
first_stage_model.encoder.down.3.block.1.norm1.weight	512	vae.encoder.down_blocks.3.resnets.1.norm1.weight		
first_stage_model.encoder.down.3.block.1.norm2.bias	512	vae.encoder.down_blocks.3.resnets.1.norm2.bias		
first_stage_model.encoder.down.3.block.1.norm2.weight	512	vae.encoder.down_blocks.3.resnets.1.norm2.weight		
first_stage_model.encoder.mid.attn_1.k.bias	512	vae.encoder.mid_block.attentions.0.to_k.bias		
first_stage_model.encoder.mid.attn_1.k.weight	512,512,1,1	vae.encoder.mid_block.attentions.0.to_k.weight		
first_stage_model.encoder.mid.attn_1.norm.bias	512	vae.encoder.mid_block.attentions.0.group_norm.bias		
first_stage_model.encoder.mid.attn_1.norm.weight	512	vae.encoder.mid_block.attentions.0.group_norm.weight		
first_stage_model.encoder.mid.attn_1.proj_out.bias	512	vae.encoder.mid_block.attentions.0.to_out.0.bias		
first_stage_model.encoder.mid.attn_1.proj_out.weight	512,512,1,1	vae.encoder.mid_block.attentions.0.to_out.0.weight		
first_stage_model.encoder.mid.attn_1.q.bias	512	vae.encoder.mid_block.attentions.0.to_q.bias		
first_stage_model.encoder.mid.attn_1.q.weight	512,512,1,1	vae.encoder.mid_block.attentions.0.to_q.weight		
first_stage_model.encoder.mid.attn_1.v.bias	512	vae.encoder.mid_block.attentions.0.to_v.bias		
first_stage_model.encoder.mid.attn_1.v.weight	512,512,1,1	vae.encoder.mid_block.attentions.0.to_v.weight		
first_stage_model.encoder.mid.block_1.conv1.bias	512	vae.encoder.mid_block.resnets.0.conv1.bias		
first_stage_model.encoder.mid.block_1.conv1.weight	512,512,3,3	vae.encoder.mid_block.resnets.0.conv1.weight		
first_stage_model.encoder.mid.block_1.conv2.bias	512	vae.encoder.mid_block.resnets.0.conv2.bias		
first_stage_model.encoder.mid.block_1.conv2.weight	512,512,3,3	vae.encoder.mid_block.resnets.0.conv2.weight		
first_stage_model.encoder.mid.block_1.norm1.bias	512	vae.encoder.mid_block.resnets.0.norm1.bias		
first_stage_model.encoder.mid.block_1.norm1.weight	512	vae.encoder.mid_block.resnets.0.norm1.weight		
first_stage_model.encoder.mid.block_1.norm2.bias	512	vae.encoder.mid_block.resnets.0.norm2.bias		
first_stage_model.encoder.mid.block_1.norm2.weight	512	vae.encoder.mid_block.resnets.0.norm2.weight		
first_stage_model.encoder.mid.block_2.conv1.bias	512	vae.encoder.mid_block.resnets.1.conv1.bias		
first_stage_model.encoder.mid.block_2.conv1.weight	512,512,3,3	vae.encoder.mid_block.resnets.1.conv1.weight		
first_stage_model.encoder.mid.block_2.conv2.bias	512	vae.encoder.mid_block.resnets.1.conv2.bias		
first_stage_model.encoder.mid.block_2.conv2.weight	512,512,3,3	vae.encoder.mid_block.resnets.1.conv2.weight		
first_stage_model.encoder.mid.block_2.norm1.bias	512	vae.encoder.mid_block.resnets.1.norm1.bias		
first_stage_model.encoder.mid.block_2.norm1.weight	512	vae.encoder.mid_block.resnets.1.norm1.weight		
first_stage_model.encoder.mid.block_2.norm2.bias	512	vae.encoder.mid_block.resnets.1.norm2.bias		
first_stage_model.encoder.mid.block_2.norm2.weight	512	vae.encoder.mid_block.resnets.1.norm2.weight		
first_stage_model.encoder.norm_out.bias	512	vae.encoder.conv_norm_out.bias		
first_stage_model.encoder.norm_out.weight	512	vae.encoder.conv_norm_out.weight		
first_stage_model.post_quant_conv.bias	4	vae.post_quant_conv.bias		
first_stage_model.post_quant_conv.weight	4,4,1,1	vae.post_quant_conv.weight		
first_stage_model.quant_conv.bias	8	vae.quant_conv.bias		
first_stage_model.quant_conv.weight	8,8,1,1	vae.quant_conv.weight		
model.diffusion_model.input_blocks.0.0.bias	320	unet.conv_in.bias		
model.diffusion_model.input_blocks.0.0.weight	320,4,3,3	unet.conv_in.weight		
model.diffusion_model.input_blocks.1.0.emb_layers.1.bias	320	unet.down_blocks.0.resnets.0.time_emb_proj.bias		
model.diffusion_model.input_blocks.1.0.emb_layers.1.weight	320,1280	unet.down_blocks.0.resnets.0.time_emb_proj.weight	lora_unet_input_blocks_1_0_emb_layers_1	lora_unet_down_blocks_0_resnets_0_time_emb_proj
model.diffusion_model.input_blocks.1.0.in_layers.0.bias	320	unet.down_blocks.0.resnets.0.norm1.bias		
model.diffusion_model.input_blocks.1.0.in_layers.0.weight	320	unet.down_blocks.0.resnets.0.norm1.weight		
model.diffusion_model.input_blocks.1.0.in_layers.2.bias	320	unet.down_blocks.0.resnets.0.conv1.bias		
model.diffusion_model.input_blocks.1.0.in_layers.2.weight	320,320,3,3	unet.down_blocks.0.resnets.0.conv1.weight	lora_unet_input_blocks_1_0_in_layers_2	lora_unet_down_blocks_0_resnets_0_conv1
model.diffusion_model.input_blocks.1.0.out_layers.0.bias	320	unet.down_blocks.0.resnets.0.norm2.bias		
model.diffusion_model.input_blocks.1.0.out_layers.0.weight	320	unet.down_blocks.0.resnets.0.norm2.weight		
model.diffusion_model.input_blocks.1.0.out_layers.3.bias	320	unet.down_blocks.0.resnets.0.conv2.bias		
model.diffusion_model.input_blocks.1.0.out_layers.3.weight	320,320,3,3	unet.down_blocks.0.resnets.0.conv2.weight	lora_unet_input_blocks_1_0_out_layers_3	lora_unet_down_blocks_0_resnets_0_conv2
model.diffusion_model.input_blocks.2.0.emb_layers.1.bias	320	unet.down_blocks.0.resnets.1.time_emb_proj.bias		
model.diffusion_model.input_blocks.2.0.emb_layers.1.weight	320,1280	unet.down_blocks.0.resnets.1.time_emb_proj.weight	lora_unet_input_blocks_2_0_emb_layers_1	lora_unet_down_blocks_0_resnets_1_time_emb_proj
model.diffusion_model.input_blocks.2.0.in_layers.0.bias	320	unet.down_blocks.0.resnets.1.norm1.bias		
model.diffusion_model.input_blocks.2.0.in_layers.0.weight	320	unet.down_blocks.0.resnets.1.norm1.weight		
model.diffusion_model.input_blocks.2.0.in_layers.2.bias	320	unet.down_blocks.0.resnets.1.conv1.bias		
model.diffusion_model.input_blocks.2.0.in_layers.2.weight	320,320,3,3	unet.down_blocks.0.resnets.1.conv1.weight	lora_unet_input_blocks_2_0_in_layers_2	lora_unet_down_blocks_0_resnets_1_conv1
model.diffusion_model.input_blocks.2.0.out_layers.0.bias	320	unet.down_blocks.0.resnets.1.norm2.bias		
model.diffusion_model.input_blocks.2.0.out_layers.0.weight	320	unet.down_blocks.0.resnets.1.norm2.weight		
model.diffusion_model.input_blocks.2.0.out_layers.3.bias	320	unet.down_blocks.0.resnets.1.conv2.bias		
model.diffusion_model.input_blocks.2.0.out_layers.3.weight	320,320,3,3	unet.down_blocks.0.resnets.1.conv2.weight	lora_unet_input_blocks_2_0_out_layers_3	lora_unet_down_blocks_0_resnets_1_conv2
model.diffusion_model.input_blocks.3.0.op.bias	320	unet.down_blocks.0.downsamplers.0.conv.bias		
model.diffusion_model.input_blocks.3.0.op.weight	320,320,3,3	unet.down_blocks.0.downsamplers.0.conv.weight	lora_unet_input_blocks_3_0_op	lora_unet_down_blocks_0_downsamplers_0_conv
model.diffusion_model.input_blocks.4.0.emb_layers.1.bias	640	unet.down_blocks.1.resnets.0.time_emb_proj.bias		
model.diffusion_model.input_blocks.4.0.emb_layers.1.weight	640,1280	unet.down_blocks.1.resnets.0.time_emb_proj.weight	lora_unet_input_blocks_4_0_emb_layers_1	lora_unet_down_blocks_1_resnets_0_time_emb_proj
model.diffusion_model.input_blocks.4.0.in_layers.0.bias	320	unet.down_blocks.1.resnets.0.norm1.bias		
model.diffusion_model.input_blocks.4.0.in_layers.0.weight	320	unet.down_blocks.1.resnets.0.norm1.weight		
model.diffusion_model.input_blocks.4.0.in_layers.2.bias	640	unet.down_blocks.1.resnets.0.conv1.bias		
model.diffusion_model.input_blocks.4.0.in_layers.2.weight	640,320,3,3	unet.down_blocks.1.resnets.0.conv1.weight	lora_unet_input_blocks_4_0_in_layers_2	lora_unet_down_blocks_1_resnets_0_conv1
model.diffusion_model.input_blocks.4.0.out_layers.0.bias	640	unet.down_blocks.1.resnets.0.norm2.bias		
model.diffusion_model.input_blocks.4.0.out_layers.0.weight	640	unet.down_blocks.1.resnets.0.norm2.weight		
model.diffusion_model.input_blocks.4.0.out_layers.3.bias	640	unet.down_blocks.1.resnets.0.conv2.bias		
model.diffusion_model.input_blocks.4.0.out_layers.3.weight	640,640,3,3	unet.down_blocks.1.resnets.0.conv2.weight	lora_unet_input_blocks_4_0_out_layers_3	lora_unet_down_blocks_1_resnets_0_conv2
model.diffusion_model.input_blocks.4.0.skip_connection.bias	640	unet.down_blocks.1.resnets.0.conv_shortcut.bias		
model.diffusion_model.input_blocks.4.0.skip_connection.weight	640,320,1,1	unet.down_blocks.1.resnets.0.conv_shortcut.weight	lora_unet_input_blocks_4_0_skip_connection	lora_unet_down_blocks_1_resnets_0_conv_shortcut
model.diffusion_model.input_blocks.4.1.norm.bias	640	unet.down_blocks.1.attentions.0.norm.bias		
model.diffusion_model.input_blocks.4.1.norm.weight	640	unet.down_blocks.1.attentions.0.norm.weight		
model.diffusion_model.input_blocks.4.1.proj_in.bias	640	unet.down_blocks.1.attentions.0.proj_in.bias		
model.diffusion_model.input_blocks.4.1.proj_in.weight	640,640	unet.down_blocks.1.attentions.0.proj_in.weight	lora_unet_input_blocks_4_1_proj_in	lora_unet_down_blocks_1_attentions_0_proj_in
model.diffusion_model.input_blocks.4.1.proj_out.bias	640	unet.down_blocks.1.attentions.0.proj_out.bias		
model.diffusion_model.input_blocks.4.1.proj_out.weight	640,640	unet.down_blocks.1.attentions.0.proj_out.weight	lora_unet_input_blocks_4_1_proj_out	lora_unet_down_blocks_1_attentions_0_proj_out
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn1.to_k.weight	640,640	unet.down_blocks.1.attentions.0.transformer_blocks.0.attn1.to_k.weight	lora_unet_input_blocks_4_1_transformer_blocks_0_attn1_to_k	lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn1_to_k
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn1.to_out.0.bias	640	unet.down_blocks.1.attentions.0.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn1.to_out.0.weight	640,640	unet.down_blocks.1.attentions.0.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_input_blocks_4_1_transformer_blocks_0_attn1_to_out_0	lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn1_to_out_0
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn1.to_q.weight	640,640	unet.down_blocks.1.attentions.0.transformer_blocks.0.attn1.to_q.weight	lora_unet_input_blocks_4_1_transformer_blocks_0_attn1_to_q	lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn1_to_q
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn1.to_v.weight	640,640	unet.down_blocks.1.attentions.0.transformer_blocks.0.attn1.to_v.weight	lora_unet_input_blocks_4_1_transformer_blocks_0_attn1_to_v	lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn1_to_v
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn2.to_k.weight	640,2048	unet.down_blocks.1.attentions.0.transformer_blocks.0.attn2.to_k.weight	lora_unet_input_blocks_4_1_transformer_blocks_0_attn2_to_k	lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn2_to_k
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn2.to_out.0.bias	640	unet.down_blocks.1.attentions.0.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn2.to_out.0.weight	640,640	unet.down_blocks.1.attentions.0.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_input_blocks_4_1_transformer_blocks_0_attn2_to_out_0	lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn2_to_out_0
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn2.to_q.weight	640,640	unet.down_blocks.1.attentions.0.transformer_blocks.0.attn2.to_q.weight	lora_unet_input_blocks_4_1_transformer_blocks_0_attn2_to_q	lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn2_to_q
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn2.to_v.weight	640,2048	unet.down_blocks.1.attentions.0.transformer_blocks.0.attn2.to_v.weight	lora_unet_input_blocks_4_1_transformer_blocks_0_attn2_to_v	lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_attn2_to_v
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.ff.net.0.proj.bias	5120	unet.down_blocks.1.attentions.0.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.ff.net.0.proj.weight	5120,640	unet.down_blocks.1.attentions.0.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_input_blocks_4_1_transformer_blocks_0_ff_net_0_proj	lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_ff_net_0_proj
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.ff.net.2.bias	640	unet.down_blocks.1.attentions.0.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.ff.net.2.weight	640,2560	unet.down_blocks.1.attentions.0.transformer_blocks.0.ff.net.2.weight	lora_unet_input_blocks_4_1_transformer_blocks_0_ff_net_2	lora_unet_down_blocks_1_attentions_0_transformer_blocks_0_ff_net_2
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.norm1.bias	640	unet.down_blocks.1.attentions.0.transformer_blocks.0.norm1.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.norm1.weight	640	unet.down_blocks.1.attentions.0.transformer_blocks.0.norm1.weight		
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.norm2.bias	640	unet.down_blocks.1.attentions.0.transformer_blocks.0.norm2.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.norm2.weight	640	unet.down_blocks.1.attentions.0.transformer_blocks.0.norm2.weight		
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.norm3.bias	640	unet.down_blocks.1.attentions.0.transformer_blocks.0.norm3.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.0.norm3.weight	640	unet.down_blocks.1.attentions.0.transformer_blocks.0.norm3.weight		
model.diffusion_model.input_blocks.4.1.transformer_blocks.1.attn1.to_k.weight	640,640	unet.down_blocks.1.attentions.0.transformer_blocks.1.attn1.to_k.weight	lora_unet_input_blocks_4_1_transformer_blocks_1_attn1_to_k	lora_unet_down_blocks_1_attentions_0_transformer_blocks_1_attn1_to_k
model.diffusion_model.input_blocks.4.1.transformer_blocks.1.attn1.to_out.0.bias	640	unet.down_blocks.1.attentions.0.transformer_blocks.1.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.1.attn1.to_out.0.weight	640,640	unet.down_blocks.1.attentions.0.transformer_blocks.1.attn1.to_out.0.weight	lora_unet_input_blocks_4_1_transformer_blocks_1_attn1_to_out_0	lora_unet_down_blocks_1_attentions_0_transformer_blocks_1_attn1_to_out_0
model.diffusion_model.input_blocks.4.1.transformer_blocks.1.attn1.to_q.weight	640,640	unet.down_blocks.1.attentions.0.transformer_blocks.1.attn1.to_q.weight	lora_unet_input_blocks_4_1_transformer_blocks_1_attn1_to_q	lora_unet_down_blocks_1_attentions_0_transformer_blocks_1_attn1_to_q
model.diffusion_model.input_blocks.4.1.transformer_blocks.1.attn1.to_v.weight	640,640	unet.down_blocks.1.attentions.0.transformer_blocks.1.attn1.to_v.weight	lora_unet_input_blocks_4_1_transformer_blocks_1_attn1_to_v	lora_unet_down_blocks_1_attentions_0_transformer_blocks_1_attn1_to_v
model.diffusion_model.input_blocks.4.1.transformer_blocks.1.attn2.to_k.weight	640,2048	unet.down_blocks.1.attentions.0.transformer_blocks.1.attn2.to_k.weight	lora_unet_input_blocks_4_1_transformer_blocks_1_attn2_to_k	lora_unet_down_blocks_1_attentions_0_transformer_blocks_1_attn2_to_k
model.diffusion_model.input_blocks.4.1.transformer_blocks.1.attn2.to_out.0.bias	640	unet.down_blocks.1.attentions.0.transformer_blocks.1.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.1.attn2.to_out.0.weight	640,640	unet.down_blocks.1.attentions.0.transformer_blocks.1.attn2.to_out.0.weight	lora_unet_input_blocks_4_1_transformer_blocks_1_attn2_to_out_0	lora_unet_down_blocks_1_attentions_0_transformer_blocks_1_attn2_to_out_0
model.diffusion_model.input_blocks.4.1.transformer_blocks.1.attn2.to_q.weight	640,640	unet.down_blocks.1.attentions.0.transformer_blocks.1.attn2.to_q.weight	lora_unet_input_blocks_4_1_transformer_blocks_1_attn2_to_q	lora_unet_down_blocks_1_attentions_0_transformer_blocks_1_attn2_to_q
model.diffusion_model.input_blocks.4.1.transformer_blocks.1.attn2.to_v.weight	640,2048	unet.down_blocks.1.attentions.0.transformer_blocks.1.attn2.to_v.weight	lora_unet_input_blocks_4_1_transformer_blocks_1_attn2_to_v	lora_unet_down_blocks_1_attentions_0_transformer_blocks_1_attn2_to_v
model.diffusion_model.input_blocks.4.1.transformer_blocks.1.ff.net.0.proj.bias	5120	unet.down_blocks.1.attentions.0.transformer_blocks.1.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.1.ff.net.0.proj.weight	5120,640	unet.down_blocks.1.attentions.0.transformer_blocks.1.ff.net.0.proj.weight	lora_unet_input_blocks_4_1_transformer_blocks_1_ff_net_0_proj	lora_unet_down_blocks_1_attentions_0_transformer_blocks_1_ff_net_0_proj
model.diffusion_model.input_blocks.4.1.transformer_blocks.1.ff.net.2.bias	640	unet.down_blocks.1.attentions.0.transformer_blocks.1.ff.net.2.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.1.ff.net.2.weight	640,2560	unet.down_blocks.1.attentions.0.transformer_blocks.1.ff.net.2.weight	lora_unet_input_blocks_4_1_transformer_blocks_1_ff_net_2	lora_unet_down_blocks_1_attentions_0_transformer_blocks_1_ff_net_2
model.diffusion_model.input_blocks.4.1.transformer_blocks.1.norm1.bias	640	unet.down_blocks.1.attentions.0.transformer_blocks.1.norm1.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.1.norm1.weight	640	unet.down_blocks.1.attentions.0.transformer_blocks.1.norm1.weight		
model.diffusion_model.input_blocks.4.1.transformer_blocks.1.norm2.bias	640	unet.down_blocks.1.attentions.0.transformer_blocks.1.norm2.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.1.norm2.weight	640	unet.down_blocks.1.attentions.0.transformer_blocks.1.norm2.weight		
model.diffusion_model.input_blocks.4.1.transformer_blocks.1.norm3.bias	640	unet.down_blocks.1.attentions.0.transformer_blocks.1.norm3.bias		
model.diffusion_model.input_blocks.4.1.transformer_blocks.1.norm3.weight	640	unet.down_blocks.1.attentions.0.transformer_blocks.1.norm3.weight		
model.diffusion_model.input_blocks.5.0.emb_layers.1.bias	640	unet.down_blocks.1.resnets.1.time_emb_proj.bias		
model.diffusion_model.input_blocks.5.0.emb_layers.1.weight	640,1280	unet.down_blocks.1.resnets.1.time_emb_proj.weight	lora_unet_input_blocks_5_0_emb_layers_1	lora_unet_down_blocks_1_resnets_1_time_emb_proj
model.diffusion_model.input_blocks.5.0.in_layers.0.bias	640	unet.down_blocks.1.resnets.1.norm1.bias		
model.diffusion_model.input_blocks.5.0.in_layers.0.weight	640	unet.down_blocks.1.resnets.1.norm1.weight		
model.diffusion_model.input_blocks.5.0.in_layers.2.bias	640	unet.down_blocks.1.resnets.1.conv1.bias		
model.diffusion_model.input_blocks.5.0.in_layers.2.weight	640,640,3,3	unet.down_blocks.1.resnets.1.conv1.weight	lora_unet_input_blocks_5_0_in_layers_2	lora_unet_down_blocks_1_resnets_1_conv1
model.diffusion_model.input_blocks.5.0.out_layers.0.bias	640	unet.down_blocks.1.resnets.1.norm2.bias		
model.diffusion_model.input_blocks.5.0.out_layers.0.weight	640	unet.down_blocks.1.resnets.1.norm2.weight		
model.diffusion_model.input_blocks.5.0.out_layers.3.bias	640	unet.down_blocks.1.resnets.1.conv2.bias		
model.diffusion_model.input_blocks.5.0.out_layers.3.weight	640,640,3,3	unet.down_blocks.1.resnets.1.conv2.weight	lora_unet_input_blocks_5_0_out_layers_3	lora_unet_down_blocks_1_resnets_1_conv2
model.diffusion_model.input_blocks.5.1.norm.bias	640	unet.down_blocks.1.attentions.1.norm.bias		
model.diffusion_model.input_blocks.5.1.norm.weight	640	unet.down_blocks.1.attentions.1.norm.weight		
model.diffusion_model.input_blocks.5.1.proj_in.bias	640	unet.down_blocks.1.attentions.1.proj_in.bias		
model.diffusion_model.input_blocks.5.1.proj_in.weight	640,640	unet.down_blocks.1.attentions.1.proj_in.weight	lora_unet_input_blocks_5_1_proj_in	lora_unet_down_blocks_1_attentions_1_proj_in
model.diffusion_model.input_blocks.5.1.proj_out.bias	640	unet.down_blocks.1.attentions.1.proj_out.bias		
model.diffusion_model.input_blocks.5.1.proj_out.weight	640,640	unet.down_blocks.1.attentions.1.proj_out.weight	lora_unet_input_blocks_5_1_proj_out	lora_unet_down_blocks_1_attentions_1_proj_out
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.attn1.to_k.weight	640,640	unet.down_blocks.1.attentions.1.transformer_blocks.0.attn1.to_k.weight	lora_unet_input_blocks_5_1_transformer_blocks_0_attn1_to_k	lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_attn1_to_k
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.attn1.to_out.0.bias	640	unet.down_blocks.1.attentions.1.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.attn1.to_out.0.weight	640,640	unet.down_blocks.1.attentions.1.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_input_blocks_5_1_transformer_blocks_0_attn1_to_out_0	lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_attn1_to_out_0
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.attn1.to_q.weight	640,640	unet.down_blocks.1.attentions.1.transformer_blocks.0.attn1.to_q.weight	lora_unet_input_blocks_5_1_transformer_blocks_0_attn1_to_q	lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_attn1_to_q
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.attn1.to_v.weight	640,640	unet.down_blocks.1.attentions.1.transformer_blocks.0.attn1.to_v.weight	lora_unet_input_blocks_5_1_transformer_blocks_0_attn1_to_v	lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_attn1_to_v
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.attn2.to_k.weight	640,2048	unet.down_blocks.1.attentions.1.transformer_blocks.0.attn2.to_k.weight	lora_unet_input_blocks_5_1_transformer_blocks_0_attn2_to_k	lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_attn2_to_k
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.attn2.to_out.0.bias	640	unet.down_blocks.1.attentions.1.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.attn2.to_out.0.weight	640,640	unet.down_blocks.1.attentions.1.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_input_blocks_5_1_transformer_blocks_0_attn2_to_out_0	lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_attn2_to_out_0
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.attn2.to_q.weight	640,640	unet.down_blocks.1.attentions.1.transformer_blocks.0.attn2.to_q.weight	lora_unet_input_blocks_5_1_transformer_blocks_0_attn2_to_q	lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_attn2_to_q
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.attn2.to_v.weight	640,2048	unet.down_blocks.1.attentions.1.transformer_blocks.0.attn2.to_v.weight	lora_unet_input_blocks_5_1_transformer_blocks_0_attn2_to_v	lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_attn2_to_v
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.ff.net.0.proj.bias	5120	unet.down_blocks.1.attentions.1.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.ff.net.0.proj.weight	5120,640	unet.down_blocks.1.attentions.1.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_input_blocks_5_1_transformer_blocks_0_ff_net_0_proj	lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_ff_net_0_proj
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.ff.net.2.bias	640	unet.down_blocks.1.attentions.1.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.ff.net.2.weight	640,2560	unet.down_blocks.1.attentions.1.transformer_blocks.0.ff.net.2.weight	lora_unet_input_blocks_5_1_transformer_blocks_0_ff_net_2	lora_unet_down_blocks_1_attentions_1_transformer_blocks_0_ff_net_2
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.norm1.bias	640	unet.down_blocks.1.attentions.1.transformer_blocks.0.norm1.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.norm1.weight	640	unet.down_blocks.1.attentions.1.transformer_blocks.0.norm1.weight		
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.norm2.bias	640	unet.down_blocks.1.attentions.1.transformer_blocks.0.norm2.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.norm2.weight	640	unet.down_blocks.1.attentions.1.transformer_blocks.0.norm2.weight		
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.norm3.bias	640	unet.down_blocks.1.attentions.1.transformer_blocks.0.norm3.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.0.norm3.weight	640	unet.down_blocks.1.attentions.1.transformer_blocks.0.norm3.weight		
model.diffusion_model.input_blocks.5.1.transformer_blocks.1.attn1.to_k.weight	640,640	unet.down_blocks.1.attentions.1.transformer_blocks.1.attn1.to_k.weight	lora_unet_input_blocks_5_1_transformer_blocks_1_attn1_to_k	lora_unet_down_blocks_1_attentions_1_transformer_blocks_1_attn1_to_k
model.diffusion_model.input_blocks.5.1.transformer_blocks.1.attn1.to_out.0.bias	640	unet.down_blocks.1.attentions.1.transformer_blocks.1.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.1.attn1.to_out.0.weight	640,640	unet.down_blocks.1.attentions.1.transformer_blocks.1.attn1.to_out.0.weight	lora_unet_input_blocks_5_1_transformer_blocks_1_attn1_to_out_0	lora_unet_down_blocks_1_attentions_1_transformer_blocks_1_attn1_to_out_0
model.diffusion_model.input_blocks.5.1.transformer_blocks.1.attn1.to_q.weight	640,640	unet.down_blocks.1.attentions.1.transformer_blocks.1.attn1.to_q.weight	lora_unet_input_blocks_5_1_transformer_blocks_1_attn1_to_q	lora_unet_down_blocks_1_attentions_1_transformer_blocks_1_attn1_to_q
model.diffusion_model.input_blocks.5.1.transformer_blocks.1.attn1.to_v.weight	640,640	unet.down_blocks.1.attentions.1.transformer_blocks.1.attn1.to_v.weight	lora_unet_input_blocks_5_1_transformer_blocks_1_attn1_to_v	lora_unet_down_blocks_1_attentions_1_transformer_blocks_1_attn1_to_v
model.diffusion_model.input_blocks.5.1.transformer_blocks.1.attn2.to_k.weight	640,2048	unet.down_blocks.1.attentions.1.transformer_blocks.1.attn2.to_k.weight	lora_unet_input_blocks_5_1_transformer_blocks_1_attn2_to_k	lora_unet_down_blocks_1_attentions_1_transformer_blocks_1_attn2_to_k
model.diffusion_model.input_blocks.5.1.transformer_blocks.1.attn2.to_out.0.bias	640	unet.down_blocks.1.attentions.1.transformer_blocks.1.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.1.attn2.to_out.0.weight	640,640	unet.down_blocks.1.attentions.1.transformer_blocks.1.attn2.to_out.0.weight	lora_unet_input_blocks_5_1_transformer_blocks_1_attn2_to_out_0	lora_unet_down_blocks_1_attentions_1_transformer_blocks_1_attn2_to_out_0
model.diffusion_model.input_blocks.5.1.transformer_blocks.1.attn2.to_q.weight	640,640	unet.down_blocks.1.attentions.1.transformer_blocks.1.attn2.to_q.weight	lora_unet_input_blocks_5_1_transformer_blocks_1_attn2_to_q	lora_unet_down_blocks_1_attentions_1_transformer_blocks_1_attn2_to_q
model.diffusion_model.input_blocks.5.1.transformer_blocks.1.attn2.to_v.weight	640,2048	unet.down_blocks.1.attentions.1.transformer_blocks.1.attn2.to_v.weight	lora_unet_input_blocks_5_1_transformer_blocks_1_attn2_to_v	lora_unet_down_blocks_1_attentions_1_transformer_blocks_1_attn2_to_v
model.diffusion_model.input_blocks.5.1.transformer_blocks.1.ff.net.0.proj.bias	5120	unet.down_blocks.1.attentions.1.transformer_blocks.1.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.1.ff.net.0.proj.weight	5120,640	unet.down_blocks.1.attentions.1.transformer_blocks.1.ff.net.0.proj.weight	lora_unet_input_blocks_5_1_transformer_blocks_1_ff_net_0_proj	lora_unet_down_blocks_1_attentions_1_transformer_blocks_1_ff_net_0_proj
model.diffusion_model.input_blocks.5.1.transformer_blocks.1.ff.net.2.bias	640	unet.down_blocks.1.attentions.1.transformer_blocks.1.ff.net.2.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.1.ff.net.2.weight	640,2560	unet.down_blocks.1.attentions.1.transformer_blocks.1.ff.net.2.weight	lora_unet_input_blocks_5_1_transformer_blocks_1_ff_net_2	lora_unet_down_blocks_1_attentions_1_transformer_blocks_1_ff_net_2
model.diffusion_model.input_blocks.5.1.transformer_blocks.1.norm1.bias	640	unet.down_blocks.1.attentions.1.transformer_blocks.1.norm1.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.1.norm1.weight	640	unet.down_blocks.1.attentions.1.transformer_blocks.1.norm1.weight		
model.diffusion_model.input_blocks.5.1.transformer_blocks.1.norm2.bias	640	unet.down_blocks.1.attentions.1.transformer_blocks.1.norm2.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.1.norm2.weight	640	unet.down_blocks.1.attentions.1.transformer_blocks.1.norm2.weight		
model.diffusion_model.input_blocks.5.1.transformer_blocks.1.norm3.bias	640	unet.down_blocks.1.attentions.1.transformer_blocks.1.norm3.bias		
model.diffusion_model.input_blocks.5.1.transformer_blocks.1.norm3.weight	640	unet.down_blocks.1.attentions.1.transformer_blocks.1.norm3.weight		
model.diffusion_model.input_blocks.6.0.op.bias	640	unet.down_blocks.1.downsamplers.0.conv.bias		
model.diffusion_model.input_blocks.6.0.op.weight	640,640,3,3	unet.down_blocks.1.downsamplers.0.conv.weight	lora_unet_input_blocks_6_0_op	lora_unet_down_blocks_1_downsamplers_0_conv
model.diffusion_model.input_blocks.7.0.emb_layers.1.bias	1280	unet.down_blocks.2.resnets.0.time_emb_proj.bias		
model.diffusion_model.input_blocks.7.0.emb_layers.1.weight	1280,1280	unet.down_blocks.2.resnets.0.time_emb_proj.weight	lora_unet_input_blocks_7_0_emb_layers_1	lora_unet_down_blocks_2_resnets_0_time_emb_proj
model.diffusion_model.input_blocks.7.0.in_layers.0.bias	640	unet.down_blocks.2.resnets.0.norm1.bias		
model.diffusion_model.input_blocks.7.0.in_layers.0.weight	640	unet.down_blocks.2.resnets.0.norm1.weight		
model.diffusion_model.input_blocks.7.0.in_layers.2.bias	1280	unet.down_blocks.2.resnets.0.conv1.bias		
model.diffusion_model.input_blocks.7.0.in_layers.2.weight	1280,640,3,3	unet.down_blocks.2.resnets.0.conv1.weight	lora_unet_input_blocks_7_0_in_layers_2	lora_unet_down_blocks_2_resnets_0_conv1
model.diffusion_model.input_blocks.7.0.out_layers.0.bias	1280	unet.down_blocks.2.resnets.0.norm2.bias		
model.diffusion_model.input_blocks.7.0.out_layers.0.weight	1280	unet.down_blocks.2.resnets.0.norm2.weight		
model.diffusion_model.input_blocks.7.0.out_layers.3.bias	1280	unet.down_blocks.2.resnets.0.conv2.bias		
model.diffusion_model.input_blocks.7.0.out_layers.3.weight	1280,1280,3,3	unet.down_blocks.2.resnets.0.conv2.weight	lora_unet_input_blocks_7_0_out_layers_3	lora_unet_down_blocks_2_resnets_0_conv2
model.diffusion_model.input_blocks.7.0.skip_connection.bias	1280	unet.down_blocks.2.resnets.0.conv_shortcut.bias		
model.diffusion_model.input_blocks.7.0.skip_connection.weight	1280,640,1,1	unet.down_blocks.2.resnets.0.conv_shortcut.weight	lora_unet_input_blocks_7_0_skip_connection	lora_unet_down_blocks_2_resnets_0_conv_shortcut
model.diffusion_model.input_blocks.7.1.norm.bias	1280	unet.down_blocks.2.attentions.0.norm.bias		
model.diffusion_model.input_blocks.7.1.norm.weight	1280	unet.down_blocks.2.attentions.0.norm.weight		
model.diffusion_model.input_blocks.7.1.proj_in.bias	1280	unet.down_blocks.2.attentions.0.proj_in.bias		
model.diffusion_model.input_blocks.7.1.proj_in.weight	1280,1280	unet.down_blocks.2.attentions.0.proj_in.weight	lora_unet_input_blocks_7_1_proj_in	lora_unet_down_blocks_2_attentions_0_proj_in
model.diffusion_model.input_blocks.7.1.proj_out.bias	1280	unet.down_blocks.2.attentions.0.proj_out.bias		
model.diffusion_model.input_blocks.7.1.proj_out.weight	1280,1280	unet.down_blocks.2.attentions.0.proj_out.weight	lora_unet_input_blocks_7_1_proj_out	lora_unet_down_blocks_2_attentions_0_proj_out
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.attn1.to_k.weight	lora_unet_input_blocks_7_1_transformer_blocks_0_attn1_to_k	lora_unet_down_blocks_2_attentions_0_transformer_blocks_0_attn1_to_k
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_input_blocks_7_1_transformer_blocks_0_attn1_to_out_0	lora_unet_down_blocks_2_attentions_0_transformer_blocks_0_attn1_to_out_0
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.attn1.to_q.weight	lora_unet_input_blocks_7_1_transformer_blocks_0_attn1_to_q	lora_unet_down_blocks_2_attentions_0_transformer_blocks_0_attn1_to_q
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.attn1.to_v.weight	lora_unet_input_blocks_7_1_transformer_blocks_0_attn1_to_v	lora_unet_down_blocks_2_attentions_0_transformer_blocks_0_attn1_to_v
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.attn2.to_k.weight	1280,2048	unet.down_blocks.2.attentions.0.transformer_blocks.0.attn2.to_k.weight	lora_unet_input_blocks_7_1_transformer_blocks_0_attn2_to_k	lora_unet_down_blocks_2_attentions_0_transformer_blocks_0_attn2_to_k
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_input_blocks_7_1_transformer_blocks_0_attn2_to_out_0	lora_unet_down_blocks_2_attentions_0_transformer_blocks_0_attn2_to_out_0
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.attn2.to_q.weight	lora_unet_input_blocks_7_1_transformer_blocks_0_attn2_to_q	lora_unet_down_blocks_2_attentions_0_transformer_blocks_0_attn2_to_q
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.attn2.to_v.weight	1280,2048	unet.down_blocks.2.attentions.0.transformer_blocks.0.attn2.to_v.weight	lora_unet_input_blocks_7_1_transformer_blocks_0_attn2_to_v	lora_unet_down_blocks_2_attentions_0_transformer_blocks_0_attn2_to_v
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.0.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_input_blocks_7_1_transformer_blocks_0_ff_net_0_proj	lora_unet_down_blocks_2_attentions_0_transformer_blocks_0_ff_net_0_proj
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.ff.net.2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.0.transformer_blocks.0.ff.net.2.weight	lora_unet_input_blocks_7_1_transformer_blocks_0_ff_net_2	lora_unet_down_blocks_2_attentions_0_transformer_blocks_0_ff_net_2
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.norm1.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.norm1.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.norm1.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.norm1.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.norm2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.norm2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.norm2.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.norm2.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.norm3.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.norm3.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.0.norm3.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.0.norm3.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.1.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.1.attn1.to_k.weight	lora_unet_input_blocks_7_1_transformer_blocks_1_attn1_to_k	lora_unet_down_blocks_2_attentions_0_transformer_blocks_1_attn1_to_k
model.diffusion_model.input_blocks.7.1.transformer_blocks.1.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.1.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.1.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.1.attn1.to_out.0.weight	lora_unet_input_blocks_7_1_transformer_blocks_1_attn1_to_out_0	lora_unet_down_blocks_2_attentions_0_transformer_blocks_1_attn1_to_out_0
model.diffusion_model.input_blocks.7.1.transformer_blocks.1.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.1.attn1.to_q.weight	lora_unet_input_blocks_7_1_transformer_blocks_1_attn1_to_q	lora_unet_down_blocks_2_attentions_0_transformer_blocks_1_attn1_to_q
model.diffusion_model.input_blocks.7.1.transformer_blocks.1.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.1.attn1.to_v.weight	lora_unet_input_blocks_7_1_transformer_blocks_1_attn1_to_v	lora_unet_down_blocks_2_attentions_0_transformer_blocks_1_attn1_to_v
model.diffusion_model.input_blocks.7.1.transformer_blocks.1.attn2.to_k.weight	1280,2048	unet.down_blocks.2.attentions.0.transformer_blocks.1.attn2.to_k.weight	lora_unet_input_blocks_7_1_transformer_blocks_1_attn2_to_k	lora_unet_down_blocks_2_attentions_0_transformer_blocks_1_attn2_to_k
model.diffusion_model.input_blocks.7.1.transformer_blocks.1.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.1.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.1.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.1.attn2.to_out.0.weight	lora_unet_input_blocks_7_1_transformer_blocks_1_attn2_to_out_0	lora_unet_down_blocks_2_attentions_0_transformer_blocks_1_attn2_to_out_0
model.diffusion_model.input_blocks.7.1.transformer_blocks.1.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.1.attn2.to_q.weight	lora_unet_input_blocks_7_1_transformer_blocks_1_attn2_to_q	lora_unet_down_blocks_2_attentions_0_transformer_blocks_1_attn2_to_q
model.diffusion_model.input_blocks.7.1.transformer_blocks.1.attn2.to_v.weight	1280,2048	unet.down_blocks.2.attentions.0.transformer_blocks.1.attn2.to_v.weight	lora_unet_input_blocks_7_1_transformer_blocks_1_attn2_to_v	lora_unet_down_blocks_2_attentions_0_transformer_blocks_1_attn2_to_v
model.diffusion_model.input_blocks.7.1.transformer_blocks.1.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.0.transformer_blocks.1.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.1.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.0.transformer_blocks.1.ff.net.0.proj.weight	lora_unet_input_blocks_7_1_transformer_blocks_1_ff_net_0_proj	lora_unet_down_blocks_2_attentions_0_transformer_blocks_1_ff_net_0_proj
model.diffusion_model.input_blocks.7.1.transformer_blocks.1.ff.net.2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.1.ff.net.2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.1.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.0.transformer_blocks.1.ff.net.2.weight	lora_unet_input_blocks_7_1_transformer_blocks_1_ff_net_2	lora_unet_down_blocks_2_attentions_0_transformer_blocks_1_ff_net_2
model.diffusion_model.input_blocks.7.1.transformer_blocks.1.norm1.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.1.norm1.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.1.norm1.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.1.norm1.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.1.norm2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.1.norm2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.1.norm2.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.1.norm2.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.1.norm3.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.1.norm3.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.1.norm3.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.1.norm3.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.2.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.2.attn1.to_k.weight	lora_unet_input_blocks_7_1_transformer_blocks_2_attn1_to_k	lora_unet_down_blocks_2_attentions_0_transformer_blocks_2_attn1_to_k
model.diffusion_model.input_blocks.7.1.transformer_blocks.2.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.2.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.2.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.2.attn1.to_out.0.weight	lora_unet_input_blocks_7_1_transformer_blocks_2_attn1_to_out_0	lora_unet_down_blocks_2_attentions_0_transformer_blocks_2_attn1_to_out_0
model.diffusion_model.input_blocks.7.1.transformer_blocks.2.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.2.attn1.to_q.weight	lora_unet_input_blocks_7_1_transformer_blocks_2_attn1_to_q	lora_unet_down_blocks_2_attentions_0_transformer_blocks_2_attn1_to_q
model.diffusion_model.input_blocks.7.1.transformer_blocks.2.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.2.attn1.to_v.weight	lora_unet_input_blocks_7_1_transformer_blocks_2_attn1_to_v	lora_unet_down_blocks_2_attentions_0_transformer_blocks_2_attn1_to_v
model.diffusion_model.input_blocks.7.1.transformer_blocks.2.attn2.to_k.weight	1280,2048	unet.down_blocks.2.attentions.0.transformer_blocks.2.attn2.to_k.weight	lora_unet_input_blocks_7_1_transformer_blocks_2_attn2_to_k	lora_unet_down_blocks_2_attentions_0_transformer_blocks_2_attn2_to_k
model.diffusion_model.input_blocks.7.1.transformer_blocks.2.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.2.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.2.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.2.attn2.to_out.0.weight	lora_unet_input_blocks_7_1_transformer_blocks_2_attn2_to_out_0	lora_unet_down_blocks_2_attentions_0_transformer_blocks_2_attn2_to_out_0
model.diffusion_model.input_blocks.7.1.transformer_blocks.2.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.2.attn2.to_q.weight	lora_unet_input_blocks_7_1_transformer_blocks_2_attn2_to_q	lora_unet_down_blocks_2_attentions_0_transformer_blocks_2_attn2_to_q
model.diffusion_model.input_blocks.7.1.transformer_blocks.2.attn2.to_v.weight	1280,2048	unet.down_blocks.2.attentions.0.transformer_blocks.2.attn2.to_v.weight	lora_unet_input_blocks_7_1_transformer_blocks_2_attn2_to_v	lora_unet_down_blocks_2_attentions_0_transformer_blocks_2_attn2_to_v
model.diffusion_model.input_blocks.7.1.transformer_blocks.2.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.0.transformer_blocks.2.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.2.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.0.transformer_blocks.2.ff.net.0.proj.weight	lora_unet_input_blocks_7_1_transformer_blocks_2_ff_net_0_proj	lora_unet_down_blocks_2_attentions_0_transformer_blocks_2_ff_net_0_proj
model.diffusion_model.input_blocks.7.1.transformer_blocks.2.ff.net.2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.2.ff.net.2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.2.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.0.transformer_blocks.2.ff.net.2.weight	lora_unet_input_blocks_7_1_transformer_blocks_2_ff_net_2	lora_unet_down_blocks_2_attentions_0_transformer_blocks_2_ff_net_2
model.diffusion_model.input_blocks.7.1.transformer_blocks.2.norm1.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.2.norm1.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.2.norm1.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.2.norm1.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.2.norm2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.2.norm2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.2.norm2.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.2.norm2.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.2.norm3.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.2.norm3.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.2.norm3.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.2.norm3.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.3.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.3.attn1.to_k.weight	lora_unet_input_blocks_7_1_transformer_blocks_3_attn1_to_k	lora_unet_down_blocks_2_attentions_0_transformer_blocks_3_attn1_to_k
model.diffusion_model.input_blocks.7.1.transformer_blocks.3.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.3.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.3.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.3.attn1.to_out.0.weight	lora_unet_input_blocks_7_1_transformer_blocks_3_attn1_to_out_0	lora_unet_down_blocks_2_attentions_0_transformer_blocks_3_attn1_to_out_0
model.diffusion_model.input_blocks.7.1.transformer_blocks.3.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.3.attn1.to_q.weight	lora_unet_input_blocks_7_1_transformer_blocks_3_attn1_to_q	lora_unet_down_blocks_2_attentions_0_transformer_blocks_3_attn1_to_q
model.diffusion_model.input_blocks.7.1.transformer_blocks.3.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.3.attn1.to_v.weight	lora_unet_input_blocks_7_1_transformer_blocks_3_attn1_to_v	lora_unet_down_blocks_2_attentions_0_transformer_blocks_3_attn1_to_v
model.diffusion_model.input_blocks.7.1.transformer_blocks.3.attn2.to_k.weight	1280,2048	unet.down_blocks.2.attentions.0.transformer_blocks.3.attn2.to_k.weight	lora_unet_input_blocks_7_1_transformer_blocks_3_attn2_to_k	lora_unet_down_blocks_2_attentions_0_transformer_blocks_3_attn2_to_k
model.diffusion_model.input_blocks.7.1.transformer_blocks.3.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.3.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.3.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.3.attn2.to_out.0.weight	lora_unet_input_blocks_7_1_transformer_blocks_3_attn2_to_out_0	lora_unet_down_blocks_2_attentions_0_transformer_blocks_3_attn2_to_out_0
model.diffusion_model.input_blocks.7.1.transformer_blocks.3.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.3.attn2.to_q.weight	lora_unet_input_blocks_7_1_transformer_blocks_3_attn2_to_q	lora_unet_down_blocks_2_attentions_0_transformer_blocks_3_attn2_to_q
model.diffusion_model.input_blocks.7.1.transformer_blocks.3.attn2.to_v.weight	1280,2048	unet.down_blocks.2.attentions.0.transformer_blocks.3.attn2.to_v.weight	lora_unet_input_blocks_7_1_transformer_blocks_3_attn2_to_v	lora_unet_down_blocks_2_attentions_0_transformer_blocks_3_attn2_to_v
model.diffusion_model.input_blocks.7.1.transformer_blocks.3.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.0.transformer_blocks.3.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.3.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.0.transformer_blocks.3.ff.net.0.proj.weight	lora_unet_input_blocks_7_1_transformer_blocks_3_ff_net_0_proj	lora_unet_down_blocks_2_attentions_0_transformer_blocks_3_ff_net_0_proj
model.diffusion_model.input_blocks.7.1.transformer_blocks.3.ff.net.2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.3.ff.net.2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.3.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.0.transformer_blocks.3.ff.net.2.weight	lora_unet_input_blocks_7_1_transformer_blocks_3_ff_net_2	lora_unet_down_blocks_2_attentions_0_transformer_blocks_3_ff_net_2
model.diffusion_model.input_blocks.7.1.transformer_blocks.3.norm1.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.3.norm1.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.3.norm1.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.3.norm1.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.3.norm2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.3.norm2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.3.norm2.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.3.norm2.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.3.norm3.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.3.norm3.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.3.norm3.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.3.norm3.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.4.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.4.attn1.to_k.weight	lora_unet_input_blocks_7_1_transformer_blocks_4_attn1_to_k	lora_unet_down_blocks_2_attentions_0_transformer_blocks_4_attn1_to_k
model.diffusion_model.input_blocks.7.1.transformer_blocks.4.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.4.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.4.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.4.attn1.to_out.0.weight	lora_unet_input_blocks_7_1_transformer_blocks_4_attn1_to_out_0	lora_unet_down_blocks_2_attentions_0_transformer_blocks_4_attn1_to_out_0
model.diffusion_model.input_blocks.7.1.transformer_blocks.4.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.4.attn1.to_q.weight	lora_unet_input_blocks_7_1_transformer_blocks_4_attn1_to_q	lora_unet_down_blocks_2_attentions_0_transformer_blocks_4_attn1_to_q
model.diffusion_model.input_blocks.7.1.transformer_blocks.4.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.4.attn1.to_v.weight	lora_unet_input_blocks_7_1_transformer_blocks_4_attn1_to_v	lora_unet_down_blocks_2_attentions_0_transformer_blocks_4_attn1_to_v
model.diffusion_model.input_blocks.7.1.transformer_blocks.4.attn2.to_k.weight	1280,2048	unet.down_blocks.2.attentions.0.transformer_blocks.4.attn2.to_k.weight	lora_unet_input_blocks_7_1_transformer_blocks_4_attn2_to_k	lora_unet_down_blocks_2_attentions_0_transformer_blocks_4_attn2_to_k
model.diffusion_model.input_blocks.7.1.transformer_blocks.4.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.4.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.4.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.4.attn2.to_out.0.weight	lora_unet_input_blocks_7_1_transformer_blocks_4_attn2_to_out_0	lora_unet_down_blocks_2_attentions_0_transformer_blocks_4_attn2_to_out_0
model.diffusion_model.input_blocks.7.1.transformer_blocks.4.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.4.attn2.to_q.weight	lora_unet_input_blocks_7_1_transformer_blocks_4_attn2_to_q	lora_unet_down_blocks_2_attentions_0_transformer_blocks_4_attn2_to_q
model.diffusion_model.input_blocks.7.1.transformer_blocks.4.attn2.to_v.weight	1280,2048	unet.down_blocks.2.attentions.0.transformer_blocks.4.attn2.to_v.weight	lora_unet_input_blocks_7_1_transformer_blocks_4_attn2_to_v	lora_unet_down_blocks_2_attentions_0_transformer_blocks_4_attn2_to_v
model.diffusion_model.input_blocks.7.1.transformer_blocks.4.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.0.transformer_blocks.4.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.4.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.0.transformer_blocks.4.ff.net.0.proj.weight	lora_unet_input_blocks_7_1_transformer_blocks_4_ff_net_0_proj	lora_unet_down_blocks_2_attentions_0_transformer_blocks_4_ff_net_0_proj
model.diffusion_model.input_blocks.7.1.transformer_blocks.4.ff.net.2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.4.ff.net.2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.4.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.0.transformer_blocks.4.ff.net.2.weight	lora_unet_input_blocks_7_1_transformer_blocks_4_ff_net_2	lora_unet_down_blocks_2_attentions_0_transformer_blocks_4_ff_net_2
model.diffusion_model.input_blocks.7.1.transformer_blocks.4.norm1.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.4.norm1.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.4.norm1.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.4.norm1.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.4.norm2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.4.norm2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.4.norm2.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.4.norm2.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.4.norm3.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.4.norm3.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.4.norm3.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.4.norm3.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.5.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.5.attn1.to_k.weight	lora_unet_input_blocks_7_1_transformer_blocks_5_attn1_to_k	lora_unet_down_blocks_2_attentions_0_transformer_blocks_5_attn1_to_k
model.diffusion_model.input_blocks.7.1.transformer_blocks.5.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.5.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.5.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.5.attn1.to_out.0.weight	lora_unet_input_blocks_7_1_transformer_blocks_5_attn1_to_out_0	lora_unet_down_blocks_2_attentions_0_transformer_blocks_5_attn1_to_out_0
model.diffusion_model.input_blocks.7.1.transformer_blocks.5.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.5.attn1.to_q.weight	lora_unet_input_blocks_7_1_transformer_blocks_5_attn1_to_q	lora_unet_down_blocks_2_attentions_0_transformer_blocks_5_attn1_to_q
model.diffusion_model.input_blocks.7.1.transformer_blocks.5.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.5.attn1.to_v.weight	lora_unet_input_blocks_7_1_transformer_blocks_5_attn1_to_v	lora_unet_down_blocks_2_attentions_0_transformer_blocks_5_attn1_to_v
model.diffusion_model.input_blocks.7.1.transformer_blocks.5.attn2.to_k.weight	1280,2048	unet.down_blocks.2.attentions.0.transformer_blocks.5.attn2.to_k.weight	lora_unet_input_blocks_7_1_transformer_blocks_5_attn2_to_k	lora_unet_down_blocks_2_attentions_0_transformer_blocks_5_attn2_to_k
model.diffusion_model.input_blocks.7.1.transformer_blocks.5.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.5.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.5.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.5.attn2.to_out.0.weight	lora_unet_input_blocks_7_1_transformer_blocks_5_attn2_to_out_0	lora_unet_down_blocks_2_attentions_0_transformer_blocks_5_attn2_to_out_0
model.diffusion_model.input_blocks.7.1.transformer_blocks.5.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.5.attn2.to_q.weight	lora_unet_input_blocks_7_1_transformer_blocks_5_attn2_to_q	lora_unet_down_blocks_2_attentions_0_transformer_blocks_5_attn2_to_q
model.diffusion_model.input_blocks.7.1.transformer_blocks.5.attn2.to_v.weight	1280,2048	unet.down_blocks.2.attentions.0.transformer_blocks.5.attn2.to_v.weight	lora_unet_input_blocks_7_1_transformer_blocks_5_attn2_to_v	lora_unet_down_blocks_2_attentions_0_transformer_blocks_5_attn2_to_v
model.diffusion_model.input_blocks.7.1.transformer_blocks.5.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.0.transformer_blocks.5.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.5.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.0.transformer_blocks.5.ff.net.0.proj.weight	lora_unet_input_blocks_7_1_transformer_blocks_5_ff_net_0_proj	lora_unet_down_blocks_2_attentions_0_transformer_blocks_5_ff_net_0_proj
model.diffusion_model.input_blocks.7.1.transformer_blocks.5.ff.net.2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.5.ff.net.2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.5.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.0.transformer_blocks.5.ff.net.2.weight	lora_unet_input_blocks_7_1_transformer_blocks_5_ff_net_2	lora_unet_down_blocks_2_attentions_0_transformer_blocks_5_ff_net_2
model.diffusion_model.input_blocks.7.1.transformer_blocks.5.norm1.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.5.norm1.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.5.norm1.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.5.norm1.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.5.norm2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.5.norm2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.5.norm2.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.5.norm2.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.5.norm3.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.5.norm3.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.5.norm3.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.5.norm3.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.6.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.6.attn1.to_k.weight	lora_unet_input_blocks_7_1_transformer_blocks_6_attn1_to_k	lora_unet_down_blocks_2_attentions_0_transformer_blocks_6_attn1_to_k
model.diffusion_model.input_blocks.7.1.transformer_blocks.6.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.6.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.6.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.6.attn1.to_out.0.weight	lora_unet_input_blocks_7_1_transformer_blocks_6_attn1_to_out_0	lora_unet_down_blocks_2_attentions_0_transformer_blocks_6_attn1_to_out_0
model.diffusion_model.input_blocks.7.1.transformer_blocks.6.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.6.attn1.to_q.weight	lora_unet_input_blocks_7_1_transformer_blocks_6_attn1_to_q	lora_unet_down_blocks_2_attentions_0_transformer_blocks_6_attn1_to_q
model.diffusion_model.input_blocks.7.1.transformer_blocks.6.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.6.attn1.to_v.weight	lora_unet_input_blocks_7_1_transformer_blocks_6_attn1_to_v	lora_unet_down_blocks_2_attentions_0_transformer_blocks_6_attn1_to_v
model.diffusion_model.input_blocks.7.1.transformer_blocks.6.attn2.to_k.weight	1280,2048	unet.down_blocks.2.attentions.0.transformer_blocks.6.attn2.to_k.weight	lora_unet_input_blocks_7_1_transformer_blocks_6_attn2_to_k	lora_unet_down_blocks_2_attentions_0_transformer_blocks_6_attn2_to_k
model.diffusion_model.input_blocks.7.1.transformer_blocks.6.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.6.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.6.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.6.attn2.to_out.0.weight	lora_unet_input_blocks_7_1_transformer_blocks_6_attn2_to_out_0	lora_unet_down_blocks_2_attentions_0_transformer_blocks_6_attn2_to_out_0
model.diffusion_model.input_blocks.7.1.transformer_blocks.6.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.6.attn2.to_q.weight	lora_unet_input_blocks_7_1_transformer_blocks_6_attn2_to_q	lora_unet_down_blocks_2_attentions_0_transformer_blocks_6_attn2_to_q
model.diffusion_model.input_blocks.7.1.transformer_blocks.6.attn2.to_v.weight	1280,2048	unet.down_blocks.2.attentions.0.transformer_blocks.6.attn2.to_v.weight	lora_unet_input_blocks_7_1_transformer_blocks_6_attn2_to_v	lora_unet_down_blocks_2_attentions_0_transformer_blocks_6_attn2_to_v
model.diffusion_model.input_blocks.7.1.transformer_blocks.6.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.0.transformer_blocks.6.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.6.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.0.transformer_blocks.6.ff.net.0.proj.weight	lora_unet_input_blocks_7_1_transformer_blocks_6_ff_net_0_proj	lora_unet_down_blocks_2_attentions_0_transformer_blocks_6_ff_net_0_proj
model.diffusion_model.input_blocks.7.1.transformer_blocks.6.ff.net.2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.6.ff.net.2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.6.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.0.transformer_blocks.6.ff.net.2.weight	lora_unet_input_blocks_7_1_transformer_blocks_6_ff_net_2	lora_unet_down_blocks_2_attentions_0_transformer_blocks_6_ff_net_2
model.diffusion_model.input_blocks.7.1.transformer_blocks.6.norm1.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.6.norm1.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.6.norm1.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.6.norm1.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.6.norm2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.6.norm2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.6.norm2.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.6.norm2.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.6.norm3.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.6.norm3.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.6.norm3.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.6.norm3.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.7.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.7.attn1.to_k.weight	lora_unet_input_blocks_7_1_transformer_blocks_7_attn1_to_k	lora_unet_down_blocks_2_attentions_0_transformer_blocks_7_attn1_to_k
model.diffusion_model.input_blocks.7.1.transformer_blocks.7.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.7.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.7.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.7.attn1.to_out.0.weight	lora_unet_input_blocks_7_1_transformer_blocks_7_attn1_to_out_0	lora_unet_down_blocks_2_attentions_0_transformer_blocks_7_attn1_to_out_0
model.diffusion_model.input_blocks.7.1.transformer_blocks.7.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.7.attn1.to_q.weight	lora_unet_input_blocks_7_1_transformer_blocks_7_attn1_to_q	lora_unet_down_blocks_2_attentions_0_transformer_blocks_7_attn1_to_q
model.diffusion_model.input_blocks.7.1.transformer_blocks.7.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.7.attn1.to_v.weight	lora_unet_input_blocks_7_1_transformer_blocks_7_attn1_to_v	lora_unet_down_blocks_2_attentions_0_transformer_blocks_7_attn1_to_v
model.diffusion_model.input_blocks.7.1.transformer_blocks.7.attn2.to_k.weight	1280,2048	unet.down_blocks.2.attentions.0.transformer_blocks.7.attn2.to_k.weight	lora_unet_input_blocks_7_1_transformer_blocks_7_attn2_to_k	lora_unet_down_blocks_2_attentions_0_transformer_blocks_7_attn2_to_k
model.diffusion_model.input_blocks.7.1.transformer_blocks.7.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.7.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.7.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.7.attn2.to_out.0.weight	lora_unet_input_blocks_7_1_transformer_blocks_7_attn2_to_out_0	lora_unet_down_blocks_2_attentions_0_transformer_blocks_7_attn2_to_out_0
model.diffusion_model.input_blocks.7.1.transformer_blocks.7.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.7.attn2.to_q.weight	lora_unet_input_blocks_7_1_transformer_blocks_7_attn2_to_q	lora_unet_down_blocks_2_attentions_0_transformer_blocks_7_attn2_to_q
model.diffusion_model.input_blocks.7.1.transformer_blocks.7.attn2.to_v.weight	1280,2048	unet.down_blocks.2.attentions.0.transformer_blocks.7.attn2.to_v.weight	lora_unet_input_blocks_7_1_transformer_blocks_7_attn2_to_v	lora_unet_down_blocks_2_attentions_0_transformer_blocks_7_attn2_to_v
model.diffusion_model.input_blocks.7.1.transformer_blocks.7.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.0.transformer_blocks.7.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.7.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.0.transformer_blocks.7.ff.net.0.proj.weight	lora_unet_input_blocks_7_1_transformer_blocks_7_ff_net_0_proj	lora_unet_down_blocks_2_attentions_0_transformer_blocks_7_ff_net_0_proj
model.diffusion_model.input_blocks.7.1.transformer_blocks.7.ff.net.2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.7.ff.net.2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.7.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.0.transformer_blocks.7.ff.net.2.weight	lora_unet_input_blocks_7_1_transformer_blocks_7_ff_net_2	lora_unet_down_blocks_2_attentions_0_transformer_blocks_7_ff_net_2
model.diffusion_model.input_blocks.7.1.transformer_blocks.7.norm1.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.7.norm1.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.7.norm1.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.7.norm1.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.7.norm2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.7.norm2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.7.norm2.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.7.norm2.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.7.norm3.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.7.norm3.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.7.norm3.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.7.norm3.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.8.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.8.attn1.to_k.weight	lora_unet_input_blocks_7_1_transformer_blocks_8_attn1_to_k	lora_unet_down_blocks_2_attentions_0_transformer_blocks_8_attn1_to_k
model.diffusion_model.input_blocks.7.1.transformer_blocks.8.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.8.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.8.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.8.attn1.to_out.0.weight	lora_unet_input_blocks_7_1_transformer_blocks_8_attn1_to_out_0	lora_unet_down_blocks_2_attentions_0_transformer_blocks_8_attn1_to_out_0
model.diffusion_model.input_blocks.7.1.transformer_blocks.8.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.8.attn1.to_q.weight	lora_unet_input_blocks_7_1_transformer_blocks_8_attn1_to_q	lora_unet_down_blocks_2_attentions_0_transformer_blocks_8_attn1_to_q
model.diffusion_model.input_blocks.7.1.transformer_blocks.8.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.8.attn1.to_v.weight	lora_unet_input_blocks_7_1_transformer_blocks_8_attn1_to_v	lora_unet_down_blocks_2_attentions_0_transformer_blocks_8_attn1_to_v
model.diffusion_model.input_blocks.7.1.transformer_blocks.8.attn2.to_k.weight	1280,2048	unet.down_blocks.2.attentions.0.transformer_blocks.8.attn2.to_k.weight	lora_unet_input_blocks_7_1_transformer_blocks_8_attn2_to_k	lora_unet_down_blocks_2_attentions_0_transformer_blocks_8_attn2_to_k
model.diffusion_model.input_blocks.7.1.transformer_blocks.8.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.8.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.8.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.8.attn2.to_out.0.weight	lora_unet_input_blocks_7_1_transformer_blocks_8_attn2_to_out_0	lora_unet_down_blocks_2_attentions_0_transformer_blocks_8_attn2_to_out_0
model.diffusion_model.input_blocks.7.1.transformer_blocks.8.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.8.attn2.to_q.weight	lora_unet_input_blocks_7_1_transformer_blocks_8_attn2_to_q	lora_unet_down_blocks_2_attentions_0_transformer_blocks_8_attn2_to_q
model.diffusion_model.input_blocks.7.1.transformer_blocks.8.attn2.to_v.weight	1280,2048	unet.down_blocks.2.attentions.0.transformer_blocks.8.attn2.to_v.weight	lora_unet_input_blocks_7_1_transformer_blocks_8_attn2_to_v	lora_unet_down_blocks_2_attentions_0_transformer_blocks_8_attn2_to_v
model.diffusion_model.input_blocks.7.1.transformer_blocks.8.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.0.transformer_blocks.8.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.8.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.0.transformer_blocks.8.ff.net.0.proj.weight	lora_unet_input_blocks_7_1_transformer_blocks_8_ff_net_0_proj	lora_unet_down_blocks_2_attentions_0_transformer_blocks_8_ff_net_0_proj
model.diffusion_model.input_blocks.7.1.transformer_blocks.8.ff.net.2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.8.ff.net.2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.8.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.0.transformer_blocks.8.ff.net.2.weight	lora_unet_input_blocks_7_1_transformer_blocks_8_ff_net_2	lora_unet_down_blocks_2_attentions_0_transformer_blocks_8_ff_net_2
model.diffusion_model.input_blocks.7.1.transformer_blocks.8.norm1.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.8.norm1.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.8.norm1.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.8.norm1.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.8.norm2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.8.norm2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.8.norm2.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.8.norm2.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.8.norm3.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.8.norm3.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.8.norm3.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.8.norm3.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.9.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.9.attn1.to_k.weight	lora_unet_input_blocks_7_1_transformer_blocks_9_attn1_to_k	lora_unet_down_blocks_2_attentions_0_transformer_blocks_9_attn1_to_k
model.diffusion_model.input_blocks.7.1.transformer_blocks.9.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.9.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.9.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.9.attn1.to_out.0.weight	lora_unet_input_blocks_7_1_transformer_blocks_9_attn1_to_out_0	lora_unet_down_blocks_2_attentions_0_transformer_blocks_9_attn1_to_out_0
model.diffusion_model.input_blocks.7.1.transformer_blocks.9.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.9.attn1.to_q.weight	lora_unet_input_blocks_7_1_transformer_blocks_9_attn1_to_q	lora_unet_down_blocks_2_attentions_0_transformer_blocks_9_attn1_to_q
model.diffusion_model.input_blocks.7.1.transformer_blocks.9.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.9.attn1.to_v.weight	lora_unet_input_blocks_7_1_transformer_blocks_9_attn1_to_v	lora_unet_down_blocks_2_attentions_0_transformer_blocks_9_attn1_to_v
model.diffusion_model.input_blocks.7.1.transformer_blocks.9.attn2.to_k.weight	1280,2048	unet.down_blocks.2.attentions.0.transformer_blocks.9.attn2.to_k.weight	lora_unet_input_blocks_7_1_transformer_blocks_9_attn2_to_k	lora_unet_down_blocks_2_attentions_0_transformer_blocks_9_attn2_to_k
model.diffusion_model.input_blocks.7.1.transformer_blocks.9.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.9.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.9.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.9.attn2.to_out.0.weight	lora_unet_input_blocks_7_1_transformer_blocks_9_attn2_to_out_0	lora_unet_down_blocks_2_attentions_0_transformer_blocks_9_attn2_to_out_0
model.diffusion_model.input_blocks.7.1.transformer_blocks.9.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.0.transformer_blocks.9.attn2.to_q.weight	lora_unet_input_blocks_7_1_transformer_blocks_9_attn2_to_q	lora_unet_down_blocks_2_attentions_0_transformer_blocks_9_attn2_to_q
model.diffusion_model.input_blocks.7.1.transformer_blocks.9.attn2.to_v.weight	1280,2048	unet.down_blocks.2.attentions.0.transformer_blocks.9.attn2.to_v.weight	lora_unet_input_blocks_7_1_transformer_blocks_9_attn2_to_v	lora_unet_down_blocks_2_attentions_0_transformer_blocks_9_attn2_to_v
model.diffusion_model.input_blocks.7.1.transformer_blocks.9.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.0.transformer_blocks.9.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.9.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.0.transformer_blocks.9.ff.net.0.proj.weight	lora_unet_input_blocks_7_1_transformer_blocks_9_ff_net_0_proj	lora_unet_down_blocks_2_attentions_0_transformer_blocks_9_ff_net_0_proj
model.diffusion_model.input_blocks.7.1.transformer_blocks.9.ff.net.2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.9.ff.net.2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.9.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.0.transformer_blocks.9.ff.net.2.weight	lora_unet_input_blocks_7_1_transformer_blocks_9_ff_net_2	lora_unet_down_blocks_2_attentions_0_transformer_blocks_9_ff_net_2
model.diffusion_model.input_blocks.7.1.transformer_blocks.9.norm1.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.9.norm1.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.9.norm1.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.9.norm1.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.9.norm2.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.9.norm2.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.9.norm2.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.9.norm2.weight		
model.diffusion_model.input_blocks.7.1.transformer_blocks.9.norm3.bias	1280	unet.down_blocks.2.attentions.0.transformer_blocks.9.norm3.bias		
model.diffusion_model.input_blocks.7.1.transformer_blocks.9.norm3.weight	1280	unet.down_blocks.2.attentions.0.transformer_blocks.9.norm3.weight		
model.diffusion_model.input_blocks.8.0.emb_layers.1.bias	1280	unet.down_blocks.2.resnets.1.time_emb_proj.bias		
model.diffusion_model.input_blocks.8.0.emb_layers.1.weight	1280,1280	unet.down_blocks.2.resnets.1.time_emb_proj.weight	lora_unet_input_blocks_8_0_emb_layers_1	lora_unet_down_blocks_2_resnets_1_time_emb_proj
model.diffusion_model.input_blocks.8.0.in_layers.0.bias	1280	unet.down_blocks.2.resnets.1.norm1.bias		
model.diffusion_model.input_blocks.8.0.in_layers.0.weight	1280	unet.down_blocks.2.resnets.1.norm1.weight		
model.diffusion_model.input_blocks.8.0.in_layers.2.bias	1280	unet.down_blocks.2.resnets.1.conv1.bias		
model.diffusion_model.input_blocks.8.0.in_layers.2.weight	1280,1280,3,3	unet.down_blocks.2.resnets.1.conv1.weight	lora_unet_input_blocks_8_0_in_layers_2	lora_unet_down_blocks_2_resnets_1_conv1
model.diffusion_model.input_blocks.8.0.out_layers.0.bias	1280	unet.down_blocks.2.resnets.1.norm2.bias		
model.diffusion_model.input_blocks.8.0.out_layers.0.weight	1280	unet.down_blocks.2.resnets.1.norm2.weight		
model.diffusion_model.input_blocks.8.0.out_layers.3.bias	1280	unet.down_blocks.2.resnets.1.conv2.bias		
model.diffusion_model.input_blocks.8.0.out_layers.3.weight	1280,1280,3,3	unet.down_blocks.2.resnets.1.conv2.weight	lora_unet_input_blocks_8_0_out_layers_3	lora_unet_down_blocks_2_resnets_1_conv2
model.diffusion_model.input_blocks.8.1.norm.bias	1280	unet.down_blocks.2.attentions.1.norm.bias		
model.diffusion_model.input_blocks.8.1.norm.weight	1280	unet.down_blocks.2.attentions.1.norm.weight		
model.diffusion_model.input_blocks.8.1.proj_in.bias	1280	unet.down_blocks.2.attentions.1.proj_in.bias		
model.diffusion_model.input_blocks.8.1.proj_in.weight	1280,1280	unet.down_blocks.2.attentions.1.proj_in.weight	lora_unet_input_blocks_8_1_proj_in	lora_unet_down_blocks_2_attentions_1_proj_in
model.diffusion_model.input_blocks.8.1.proj_out.bias	1280	unet.down_blocks.2.attentions.1.proj_out.bias		
model.diffusion_model.input_blocks.8.1.proj_out.weight	1280,1280	unet.down_blocks.2.attentions.1.proj_out.weight	lora_unet_input_blocks_8_1_proj_out	lora_unet_down_blocks_2_attentions_1_proj_out
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.attn1.to_k.weight	lora_unet_input_blocks_8_1_transformer_blocks_0_attn1_to_k	lora_unet_down_blocks_2_attentions_1_transformer_blocks_0_attn1_to_k
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_input_blocks_8_1_transformer_blocks_0_attn1_to_out_0	lora_unet_down_blocks_2_attentions_1_transformer_blocks_0_attn1_to_out_0
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.attn1.to_q.weight	lora_unet_input_blocks_8_1_transformer_blocks_0_attn1_to_q	lora_unet_down_blocks_2_attentions_1_transformer_blocks_0_attn1_to_q
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.attn1.to_v.weight	lora_unet_input_blocks_8_1_transformer_blocks_0_attn1_to_v	lora_unet_down_blocks_2_attentions_1_transformer_blocks_0_attn1_to_v
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.attn2.to_k.weight	1280,2048	unet.down_blocks.2.attentions.1.transformer_blocks.0.attn2.to_k.weight	lora_unet_input_blocks_8_1_transformer_blocks_0_attn2_to_k	lora_unet_down_blocks_2_attentions_1_transformer_blocks_0_attn2_to_k
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_input_blocks_8_1_transformer_blocks_0_attn2_to_out_0	lora_unet_down_blocks_2_attentions_1_transformer_blocks_0_attn2_to_out_0
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.attn2.to_q.weight	lora_unet_input_blocks_8_1_transformer_blocks_0_attn2_to_q	lora_unet_down_blocks_2_attentions_1_transformer_blocks_0_attn2_to_q
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.attn2.to_v.weight	1280,2048	unet.down_blocks.2.attentions.1.transformer_blocks.0.attn2.to_v.weight	lora_unet_input_blocks_8_1_transformer_blocks_0_attn2_to_v	lora_unet_down_blocks_2_attentions_1_transformer_blocks_0_attn2_to_v
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.1.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_input_blocks_8_1_transformer_blocks_0_ff_net_0_proj	lora_unet_down_blocks_2_attentions_1_transformer_blocks_0_ff_net_0_proj
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.ff.net.2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.1.transformer_blocks.0.ff.net.2.weight	lora_unet_input_blocks_8_1_transformer_blocks_0_ff_net_2	lora_unet_down_blocks_2_attentions_1_transformer_blocks_0_ff_net_2
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.norm1.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.norm1.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.norm1.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.norm1.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.norm2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.norm2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.norm2.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.norm2.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.norm3.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.norm3.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.0.norm3.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.0.norm3.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.1.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.1.attn1.to_k.weight	lora_unet_input_blocks_8_1_transformer_blocks_1_attn1_to_k	lora_unet_down_blocks_2_attentions_1_transformer_blocks_1_attn1_to_k
model.diffusion_model.input_blocks.8.1.transformer_blocks.1.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.1.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.1.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.1.attn1.to_out.0.weight	lora_unet_input_blocks_8_1_transformer_blocks_1_attn1_to_out_0	lora_unet_down_blocks_2_attentions_1_transformer_blocks_1_attn1_to_out_0
model.diffusion_model.input_blocks.8.1.transformer_blocks.1.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.1.attn1.to_q.weight	lora_unet_input_blocks_8_1_transformer_blocks_1_attn1_to_q	lora_unet_down_blocks_2_attentions_1_transformer_blocks_1_attn1_to_q
model.diffusion_model.input_blocks.8.1.transformer_blocks.1.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.1.attn1.to_v.weight	lora_unet_input_blocks_8_1_transformer_blocks_1_attn1_to_v	lora_unet_down_blocks_2_attentions_1_transformer_blocks_1_attn1_to_v
model.diffusion_model.input_blocks.8.1.transformer_blocks.1.attn2.to_k.weight	1280,2048	unet.down_blocks.2.attentions.1.transformer_blocks.1.attn2.to_k.weight	lora_unet_input_blocks_8_1_transformer_blocks_1_attn2_to_k	lora_unet_down_blocks_2_attentions_1_transformer_blocks_1_attn2_to_k
model.diffusion_model.input_blocks.8.1.transformer_blocks.1.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.1.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.1.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.1.attn2.to_out.0.weight	lora_unet_input_blocks_8_1_transformer_blocks_1_attn2_to_out_0	lora_unet_down_blocks_2_attentions_1_transformer_blocks_1_attn2_to_out_0
model.diffusion_model.input_blocks.8.1.transformer_blocks.1.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.1.attn2.to_q.weight	lora_unet_input_blocks_8_1_transformer_blocks_1_attn2_to_q	lora_unet_down_blocks_2_attentions_1_transformer_blocks_1_attn2_to_q
model.diffusion_model.input_blocks.8.1.transformer_blocks.1.attn2.to_v.weight	1280,2048	unet.down_blocks.2.attentions.1.transformer_blocks.1.attn2.to_v.weight	lora_unet_input_blocks_8_1_transformer_blocks_1_attn2_to_v	lora_unet_down_blocks_2_attentions_1_transformer_blocks_1_attn2_to_v
model.diffusion_model.input_blocks.8.1.transformer_blocks.1.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.1.transformer_blocks.1.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.1.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.1.transformer_blocks.1.ff.net.0.proj.weight	lora_unet_input_blocks_8_1_transformer_blocks_1_ff_net_0_proj	lora_unet_down_blocks_2_attentions_1_transformer_blocks_1_ff_net_0_proj
model.diffusion_model.input_blocks.8.1.transformer_blocks.1.ff.net.2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.1.ff.net.2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.1.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.1.transformer_blocks.1.ff.net.2.weight	lora_unet_input_blocks_8_1_transformer_blocks_1_ff_net_2	lora_unet_down_blocks_2_attentions_1_transformer_blocks_1_ff_net_2
model.diffusion_model.input_blocks.8.1.transformer_blocks.1.norm1.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.1.norm1.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.1.norm1.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.1.norm1.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.1.norm2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.1.norm2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.1.norm2.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.1.norm2.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.1.norm3.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.1.norm3.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.1.norm3.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.1.norm3.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.2.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.2.attn1.to_k.weight	lora_unet_input_blocks_8_1_transformer_blocks_2_attn1_to_k	lora_unet_down_blocks_2_attentions_1_transformer_blocks_2_attn1_to_k
model.diffusion_model.input_blocks.8.1.transformer_blocks.2.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.2.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.2.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.2.attn1.to_out.0.weight	lora_unet_input_blocks_8_1_transformer_blocks_2_attn1_to_out_0	lora_unet_down_blocks_2_attentions_1_transformer_blocks_2_attn1_to_out_0
model.diffusion_model.input_blocks.8.1.transformer_blocks.2.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.2.attn1.to_q.weight	lora_unet_input_blocks_8_1_transformer_blocks_2_attn1_to_q	lora_unet_down_blocks_2_attentions_1_transformer_blocks_2_attn1_to_q
model.diffusion_model.input_blocks.8.1.transformer_blocks.2.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.2.attn1.to_v.weight	lora_unet_input_blocks_8_1_transformer_blocks_2_attn1_to_v	lora_unet_down_blocks_2_attentions_1_transformer_blocks_2_attn1_to_v
model.diffusion_model.input_blocks.8.1.transformer_blocks.2.attn2.to_k.weight	1280,2048	unet.down_blocks.2.attentions.1.transformer_blocks.2.attn2.to_k.weight	lora_unet_input_blocks_8_1_transformer_blocks_2_attn2_to_k	lora_unet_down_blocks_2_attentions_1_transformer_blocks_2_attn2_to_k
model.diffusion_model.input_blocks.8.1.transformer_blocks.2.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.2.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.2.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.2.attn2.to_out.0.weight	lora_unet_input_blocks_8_1_transformer_blocks_2_attn2_to_out_0	lora_unet_down_blocks_2_attentions_1_transformer_blocks_2_attn2_to_out_0
model.diffusion_model.input_blocks.8.1.transformer_blocks.2.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.2.attn2.to_q.weight	lora_unet_input_blocks_8_1_transformer_blocks_2_attn2_to_q	lora_unet_down_blocks_2_attentions_1_transformer_blocks_2_attn2_to_q
model.diffusion_model.input_blocks.8.1.transformer_blocks.2.attn2.to_v.weight	1280,2048	unet.down_blocks.2.attentions.1.transformer_blocks.2.attn2.to_v.weight	lora_unet_input_blocks_8_1_transformer_blocks_2_attn2_to_v	lora_unet_down_blocks_2_attentions_1_transformer_blocks_2_attn2_to_v
model.diffusion_model.input_blocks.8.1.transformer_blocks.2.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.1.transformer_blocks.2.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.2.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.1.transformer_blocks.2.ff.net.0.proj.weight	lora_unet_input_blocks_8_1_transformer_blocks_2_ff_net_0_proj	lora_unet_down_blocks_2_attentions_1_transformer_blocks_2_ff_net_0_proj
model.diffusion_model.input_blocks.8.1.transformer_blocks.2.ff.net.2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.2.ff.net.2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.2.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.1.transformer_blocks.2.ff.net.2.weight	lora_unet_input_blocks_8_1_transformer_blocks_2_ff_net_2	lora_unet_down_blocks_2_attentions_1_transformer_blocks_2_ff_net_2
model.diffusion_model.input_blocks.8.1.transformer_blocks.2.norm1.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.2.norm1.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.2.norm1.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.2.norm1.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.2.norm2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.2.norm2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.2.norm2.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.2.norm2.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.2.norm3.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.2.norm3.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.2.norm3.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.2.norm3.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.3.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.3.attn1.to_k.weight	lora_unet_input_blocks_8_1_transformer_blocks_3_attn1_to_k	lora_unet_down_blocks_2_attentions_1_transformer_blocks_3_attn1_to_k
model.diffusion_model.input_blocks.8.1.transformer_blocks.3.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.3.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.3.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.3.attn1.to_out.0.weight	lora_unet_input_blocks_8_1_transformer_blocks_3_attn1_to_out_0	lora_unet_down_blocks_2_attentions_1_transformer_blocks_3_attn1_to_out_0
model.diffusion_model.input_blocks.8.1.transformer_blocks.3.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.3.attn1.to_q.weight	lora_unet_input_blocks_8_1_transformer_blocks_3_attn1_to_q	lora_unet_down_blocks_2_attentions_1_transformer_blocks_3_attn1_to_q
model.diffusion_model.input_blocks.8.1.transformer_blocks.3.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.3.attn1.to_v.weight	lora_unet_input_blocks_8_1_transformer_blocks_3_attn1_to_v	lora_unet_down_blocks_2_attentions_1_transformer_blocks_3_attn1_to_v
model.diffusion_model.input_blocks.8.1.transformer_blocks.3.attn2.to_k.weight	1280,2048	unet.down_blocks.2.attentions.1.transformer_blocks.3.attn2.to_k.weight	lora_unet_input_blocks_8_1_transformer_blocks_3_attn2_to_k	lora_unet_down_blocks_2_attentions_1_transformer_blocks_3_attn2_to_k
model.diffusion_model.input_blocks.8.1.transformer_blocks.3.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.3.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.3.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.3.attn2.to_out.0.weight	lora_unet_input_blocks_8_1_transformer_blocks_3_attn2_to_out_0	lora_unet_down_blocks_2_attentions_1_transformer_blocks_3_attn2_to_out_0
model.diffusion_model.input_blocks.8.1.transformer_blocks.3.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.3.attn2.to_q.weight	lora_unet_input_blocks_8_1_transformer_blocks_3_attn2_to_q	lora_unet_down_blocks_2_attentions_1_transformer_blocks_3_attn2_to_q
model.diffusion_model.input_blocks.8.1.transformer_blocks.3.attn2.to_v.weight	1280,2048	unet.down_blocks.2.attentions.1.transformer_blocks.3.attn2.to_v.weight	lora_unet_input_blocks_8_1_transformer_blocks_3_attn2_to_v	lora_unet_down_blocks_2_attentions_1_transformer_blocks_3_attn2_to_v
model.diffusion_model.input_blocks.8.1.transformer_blocks.3.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.1.transformer_blocks.3.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.3.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.1.transformer_blocks.3.ff.net.0.proj.weight	lora_unet_input_blocks_8_1_transformer_blocks_3_ff_net_0_proj	lora_unet_down_blocks_2_attentions_1_transformer_blocks_3_ff_net_0_proj
model.diffusion_model.input_blocks.8.1.transformer_blocks.3.ff.net.2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.3.ff.net.2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.3.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.1.transformer_blocks.3.ff.net.2.weight	lora_unet_input_blocks_8_1_transformer_blocks_3_ff_net_2	lora_unet_down_blocks_2_attentions_1_transformer_blocks_3_ff_net_2
model.diffusion_model.input_blocks.8.1.transformer_blocks.3.norm1.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.3.norm1.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.3.norm1.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.3.norm1.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.3.norm2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.3.norm2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.3.norm2.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.3.norm2.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.3.norm3.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.3.norm3.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.3.norm3.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.3.norm3.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.4.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.4.attn1.to_k.weight	lora_unet_input_blocks_8_1_transformer_blocks_4_attn1_to_k	lora_unet_down_blocks_2_attentions_1_transformer_blocks_4_attn1_to_k
model.diffusion_model.input_blocks.8.1.transformer_blocks.4.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.4.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.4.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.4.attn1.to_out.0.weight	lora_unet_input_blocks_8_1_transformer_blocks_4_attn1_to_out_0	lora_unet_down_blocks_2_attentions_1_transformer_blocks_4_attn1_to_out_0
model.diffusion_model.input_blocks.8.1.transformer_blocks.4.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.4.attn1.to_q.weight	lora_unet_input_blocks_8_1_transformer_blocks_4_attn1_to_q	lora_unet_down_blocks_2_attentions_1_transformer_blocks_4_attn1_to_q
model.diffusion_model.input_blocks.8.1.transformer_blocks.4.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.4.attn1.to_v.weight	lora_unet_input_blocks_8_1_transformer_blocks_4_attn1_to_v	lora_unet_down_blocks_2_attentions_1_transformer_blocks_4_attn1_to_v
model.diffusion_model.input_blocks.8.1.transformer_blocks.4.attn2.to_k.weight	1280,2048	unet.down_blocks.2.attentions.1.transformer_blocks.4.attn2.to_k.weight	lora_unet_input_blocks_8_1_transformer_blocks_4_attn2_to_k	lora_unet_down_blocks_2_attentions_1_transformer_blocks_4_attn2_to_k
model.diffusion_model.input_blocks.8.1.transformer_blocks.4.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.4.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.4.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.4.attn2.to_out.0.weight	lora_unet_input_blocks_8_1_transformer_blocks_4_attn2_to_out_0	lora_unet_down_blocks_2_attentions_1_transformer_blocks_4_attn2_to_out_0
model.diffusion_model.input_blocks.8.1.transformer_blocks.4.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.4.attn2.to_q.weight	lora_unet_input_blocks_8_1_transformer_blocks_4_attn2_to_q	lora_unet_down_blocks_2_attentions_1_transformer_blocks_4_attn2_to_q
model.diffusion_model.input_blocks.8.1.transformer_blocks.4.attn2.to_v.weight	1280,2048	unet.down_blocks.2.attentions.1.transformer_blocks.4.attn2.to_v.weight	lora_unet_input_blocks_8_1_transformer_blocks_4_attn2_to_v	lora_unet_down_blocks_2_attentions_1_transformer_blocks_4_attn2_to_v
model.diffusion_model.input_blocks.8.1.transformer_blocks.4.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.1.transformer_blocks.4.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.4.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.1.transformer_blocks.4.ff.net.0.proj.weight	lora_unet_input_blocks_8_1_transformer_blocks_4_ff_net_0_proj	lora_unet_down_blocks_2_attentions_1_transformer_blocks_4_ff_net_0_proj
model.diffusion_model.input_blocks.8.1.transformer_blocks.4.ff.net.2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.4.ff.net.2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.4.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.1.transformer_blocks.4.ff.net.2.weight	lora_unet_input_blocks_8_1_transformer_blocks_4_ff_net_2	lora_unet_down_blocks_2_attentions_1_transformer_blocks_4_ff_net_2
model.diffusion_model.input_blocks.8.1.transformer_blocks.4.norm1.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.4.norm1.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.4.norm1.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.4.norm1.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.4.norm2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.4.norm2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.4.norm2.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.4.norm2.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.4.norm3.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.4.norm3.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.4.norm3.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.4.norm3.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.5.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.5.attn1.to_k.weight	lora_unet_input_blocks_8_1_transformer_blocks_5_attn1_to_k	lora_unet_down_blocks_2_attentions_1_transformer_blocks_5_attn1_to_k
model.diffusion_model.input_blocks.8.1.transformer_blocks.5.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.5.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.5.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.5.attn1.to_out.0.weight	lora_unet_input_blocks_8_1_transformer_blocks_5_attn1_to_out_0	lora_unet_down_blocks_2_attentions_1_transformer_blocks_5_attn1_to_out_0
model.diffusion_model.input_blocks.8.1.transformer_blocks.5.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.5.attn1.to_q.weight	lora_unet_input_blocks_8_1_transformer_blocks_5_attn1_to_q	lora_unet_down_blocks_2_attentions_1_transformer_blocks_5_attn1_to_q
model.diffusion_model.input_blocks.8.1.transformer_blocks.5.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.5.attn1.to_v.weight	lora_unet_input_blocks_8_1_transformer_blocks_5_attn1_to_v	lora_unet_down_blocks_2_attentions_1_transformer_blocks_5_attn1_to_v
model.diffusion_model.input_blocks.8.1.transformer_blocks.5.attn2.to_k.weight	1280,2048	unet.down_blocks.2.attentions.1.transformer_blocks.5.attn2.to_k.weight	lora_unet_input_blocks_8_1_transformer_blocks_5_attn2_to_k	lora_unet_down_blocks_2_attentions_1_transformer_blocks_5_attn2_to_k
model.diffusion_model.input_blocks.8.1.transformer_blocks.5.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.5.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.5.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.5.attn2.to_out.0.weight	lora_unet_input_blocks_8_1_transformer_blocks_5_attn2_to_out_0	lora_unet_down_blocks_2_attentions_1_transformer_blocks_5_attn2_to_out_0
model.diffusion_model.input_blocks.8.1.transformer_blocks.5.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.5.attn2.to_q.weight	lora_unet_input_blocks_8_1_transformer_blocks_5_attn2_to_q	lora_unet_down_blocks_2_attentions_1_transformer_blocks_5_attn2_to_q
model.diffusion_model.input_blocks.8.1.transformer_blocks.5.attn2.to_v.weight	1280,2048	unet.down_blocks.2.attentions.1.transformer_blocks.5.attn2.to_v.weight	lora_unet_input_blocks_8_1_transformer_blocks_5_attn2_to_v	lora_unet_down_blocks_2_attentions_1_transformer_blocks_5_attn2_to_v
model.diffusion_model.input_blocks.8.1.transformer_blocks.5.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.1.transformer_blocks.5.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.5.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.1.transformer_blocks.5.ff.net.0.proj.weight	lora_unet_input_blocks_8_1_transformer_blocks_5_ff_net_0_proj	lora_unet_down_blocks_2_attentions_1_transformer_blocks_5_ff_net_0_proj
model.diffusion_model.input_blocks.8.1.transformer_blocks.5.ff.net.2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.5.ff.net.2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.5.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.1.transformer_blocks.5.ff.net.2.weight	lora_unet_input_blocks_8_1_transformer_blocks_5_ff_net_2	lora_unet_down_blocks_2_attentions_1_transformer_blocks_5_ff_net_2
model.diffusion_model.input_blocks.8.1.transformer_blocks.5.norm1.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.5.norm1.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.5.norm1.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.5.norm1.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.5.norm2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.5.norm2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.5.norm2.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.5.norm2.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.5.norm3.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.5.norm3.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.5.norm3.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.5.norm3.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.6.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.6.attn1.to_k.weight	lora_unet_input_blocks_8_1_transformer_blocks_6_attn1_to_k	lora_unet_down_blocks_2_attentions_1_transformer_blocks_6_attn1_to_k
model.diffusion_model.input_blocks.8.1.transformer_blocks.6.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.6.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.6.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.6.attn1.to_out.0.weight	lora_unet_input_blocks_8_1_transformer_blocks_6_attn1_to_out_0	lora_unet_down_blocks_2_attentions_1_transformer_blocks_6_attn1_to_out_0
model.diffusion_model.input_blocks.8.1.transformer_blocks.6.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.6.attn1.to_q.weight	lora_unet_input_blocks_8_1_transformer_blocks_6_attn1_to_q	lora_unet_down_blocks_2_attentions_1_transformer_blocks_6_attn1_to_q
model.diffusion_model.input_blocks.8.1.transformer_blocks.6.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.6.attn1.to_v.weight	lora_unet_input_blocks_8_1_transformer_blocks_6_attn1_to_v	lora_unet_down_blocks_2_attentions_1_transformer_blocks_6_attn1_to_v
model.diffusion_model.input_blocks.8.1.transformer_blocks.6.attn2.to_k.weight	1280,2048	unet.down_blocks.2.attentions.1.transformer_blocks.6.attn2.to_k.weight	lora_unet_input_blocks_8_1_transformer_blocks_6_attn2_to_k	lora_unet_down_blocks_2_attentions_1_transformer_blocks_6_attn2_to_k
model.diffusion_model.input_blocks.8.1.transformer_blocks.6.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.6.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.6.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.6.attn2.to_out.0.weight	lora_unet_input_blocks_8_1_transformer_blocks_6_attn2_to_out_0	lora_unet_down_blocks_2_attentions_1_transformer_blocks_6_attn2_to_out_0
model.diffusion_model.input_blocks.8.1.transformer_blocks.6.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.6.attn2.to_q.weight	lora_unet_input_blocks_8_1_transformer_blocks_6_attn2_to_q	lora_unet_down_blocks_2_attentions_1_transformer_blocks_6_attn2_to_q
model.diffusion_model.input_blocks.8.1.transformer_blocks.6.attn2.to_v.weight	1280,2048	unet.down_blocks.2.attentions.1.transformer_blocks.6.attn2.to_v.weight	lora_unet_input_blocks_8_1_transformer_blocks_6_attn2_to_v	lora_unet_down_blocks_2_attentions_1_transformer_blocks_6_attn2_to_v
model.diffusion_model.input_blocks.8.1.transformer_blocks.6.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.1.transformer_blocks.6.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.6.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.1.transformer_blocks.6.ff.net.0.proj.weight	lora_unet_input_blocks_8_1_transformer_blocks_6_ff_net_0_proj	lora_unet_down_blocks_2_attentions_1_transformer_blocks_6_ff_net_0_proj
model.diffusion_model.input_blocks.8.1.transformer_blocks.6.ff.net.2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.6.ff.net.2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.6.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.1.transformer_blocks.6.ff.net.2.weight	lora_unet_input_blocks_8_1_transformer_blocks_6_ff_net_2	lora_unet_down_blocks_2_attentions_1_transformer_blocks_6_ff_net_2
model.diffusion_model.input_blocks.8.1.transformer_blocks.6.norm1.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.6.norm1.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.6.norm1.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.6.norm1.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.6.norm2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.6.norm2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.6.norm2.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.6.norm2.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.6.norm3.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.6.norm3.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.6.norm3.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.6.norm3.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.7.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.7.attn1.to_k.weight	lora_unet_input_blocks_8_1_transformer_blocks_7_attn1_to_k	lora_unet_down_blocks_2_attentions_1_transformer_blocks_7_attn1_to_k
model.diffusion_model.input_blocks.8.1.transformer_blocks.7.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.7.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.7.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.7.attn1.to_out.0.weight	lora_unet_input_blocks_8_1_transformer_blocks_7_attn1_to_out_0	lora_unet_down_blocks_2_attentions_1_transformer_blocks_7_attn1_to_out_0
model.diffusion_model.input_blocks.8.1.transformer_blocks.7.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.7.attn1.to_q.weight	lora_unet_input_blocks_8_1_transformer_blocks_7_attn1_to_q	lora_unet_down_blocks_2_attentions_1_transformer_blocks_7_attn1_to_q
model.diffusion_model.input_blocks.8.1.transformer_blocks.7.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.7.attn1.to_v.weight	lora_unet_input_blocks_8_1_transformer_blocks_7_attn1_to_v	lora_unet_down_blocks_2_attentions_1_transformer_blocks_7_attn1_to_v
model.diffusion_model.input_blocks.8.1.transformer_blocks.7.attn2.to_k.weight	1280,2048	unet.down_blocks.2.attentions.1.transformer_blocks.7.attn2.to_k.weight	lora_unet_input_blocks_8_1_transformer_blocks_7_attn2_to_k	lora_unet_down_blocks_2_attentions_1_transformer_blocks_7_attn2_to_k
model.diffusion_model.input_blocks.8.1.transformer_blocks.7.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.7.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.7.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.7.attn2.to_out.0.weight	lora_unet_input_blocks_8_1_transformer_blocks_7_attn2_to_out_0	lora_unet_down_blocks_2_attentions_1_transformer_blocks_7_attn2_to_out_0
model.diffusion_model.input_blocks.8.1.transformer_blocks.7.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.7.attn2.to_q.weight	lora_unet_input_blocks_8_1_transformer_blocks_7_attn2_to_q	lora_unet_down_blocks_2_attentions_1_transformer_blocks_7_attn2_to_q
model.diffusion_model.input_blocks.8.1.transformer_blocks.7.attn2.to_v.weight	1280,2048	unet.down_blocks.2.attentions.1.transformer_blocks.7.attn2.to_v.weight	lora_unet_input_blocks_8_1_transformer_blocks_7_attn2_to_v	lora_unet_down_blocks_2_attentions_1_transformer_blocks_7_attn2_to_v
model.diffusion_model.input_blocks.8.1.transformer_blocks.7.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.1.transformer_blocks.7.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.7.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.1.transformer_blocks.7.ff.net.0.proj.weight	lora_unet_input_blocks_8_1_transformer_blocks_7_ff_net_0_proj	lora_unet_down_blocks_2_attentions_1_transformer_blocks_7_ff_net_0_proj
model.diffusion_model.input_blocks.8.1.transformer_blocks.7.ff.net.2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.7.ff.net.2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.7.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.1.transformer_blocks.7.ff.net.2.weight	lora_unet_input_blocks_8_1_transformer_blocks_7_ff_net_2	lora_unet_down_blocks_2_attentions_1_transformer_blocks_7_ff_net_2
model.diffusion_model.input_blocks.8.1.transformer_blocks.7.norm1.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.7.norm1.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.7.norm1.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.7.norm1.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.7.norm2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.7.norm2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.7.norm2.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.7.norm2.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.7.norm3.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.7.norm3.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.7.norm3.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.7.norm3.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.8.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.8.attn1.to_k.weight	lora_unet_input_blocks_8_1_transformer_blocks_8_attn1_to_k	lora_unet_down_blocks_2_attentions_1_transformer_blocks_8_attn1_to_k
model.diffusion_model.input_blocks.8.1.transformer_blocks.8.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.8.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.8.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.8.attn1.to_out.0.weight	lora_unet_input_blocks_8_1_transformer_blocks_8_attn1_to_out_0	lora_unet_down_blocks_2_attentions_1_transformer_blocks_8_attn1_to_out_0
model.diffusion_model.input_blocks.8.1.transformer_blocks.8.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.8.attn1.to_q.weight	lora_unet_input_blocks_8_1_transformer_blocks_8_attn1_to_q	lora_unet_down_blocks_2_attentions_1_transformer_blocks_8_attn1_to_q
model.diffusion_model.input_blocks.8.1.transformer_blocks.8.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.8.attn1.to_v.weight	lora_unet_input_blocks_8_1_transformer_blocks_8_attn1_to_v	lora_unet_down_blocks_2_attentions_1_transformer_blocks_8_attn1_to_v
model.diffusion_model.input_blocks.8.1.transformer_blocks.8.attn2.to_k.weight	1280,2048	unet.down_blocks.2.attentions.1.transformer_blocks.8.attn2.to_k.weight	lora_unet_input_blocks_8_1_transformer_blocks_8_attn2_to_k	lora_unet_down_blocks_2_attentions_1_transformer_blocks_8_attn2_to_k
model.diffusion_model.input_blocks.8.1.transformer_blocks.8.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.8.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.8.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.8.attn2.to_out.0.weight	lora_unet_input_blocks_8_1_transformer_blocks_8_attn2_to_out_0	lora_unet_down_blocks_2_attentions_1_transformer_blocks_8_attn2_to_out_0
model.diffusion_model.input_blocks.8.1.transformer_blocks.8.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.8.attn2.to_q.weight	lora_unet_input_blocks_8_1_transformer_blocks_8_attn2_to_q	lora_unet_down_blocks_2_attentions_1_transformer_blocks_8_attn2_to_q
model.diffusion_model.input_blocks.8.1.transformer_blocks.8.attn2.to_v.weight	1280,2048	unet.down_blocks.2.attentions.1.transformer_blocks.8.attn2.to_v.weight	lora_unet_input_blocks_8_1_transformer_blocks_8_attn2_to_v	lora_unet_down_blocks_2_attentions_1_transformer_blocks_8_attn2_to_v
model.diffusion_model.input_blocks.8.1.transformer_blocks.8.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.1.transformer_blocks.8.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.8.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.1.transformer_blocks.8.ff.net.0.proj.weight	lora_unet_input_blocks_8_1_transformer_blocks_8_ff_net_0_proj	lora_unet_down_blocks_2_attentions_1_transformer_blocks_8_ff_net_0_proj
model.diffusion_model.input_blocks.8.1.transformer_blocks.8.ff.net.2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.8.ff.net.2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.8.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.1.transformer_blocks.8.ff.net.2.weight	lora_unet_input_blocks_8_1_transformer_blocks_8_ff_net_2	lora_unet_down_blocks_2_attentions_1_transformer_blocks_8_ff_net_2
model.diffusion_model.input_blocks.8.1.transformer_blocks.8.norm1.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.8.norm1.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.8.norm1.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.8.norm1.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.8.norm2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.8.norm2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.8.norm2.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.8.norm2.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.8.norm3.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.8.norm3.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.8.norm3.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.8.norm3.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.9.attn1.to_k.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.9.attn1.to_k.weight	lora_unet_input_blocks_8_1_transformer_blocks_9_attn1_to_k	lora_unet_down_blocks_2_attentions_1_transformer_blocks_9_attn1_to_k
model.diffusion_model.input_blocks.8.1.transformer_blocks.9.attn1.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.9.attn1.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.9.attn1.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.9.attn1.to_out.0.weight	lora_unet_input_blocks_8_1_transformer_blocks_9_attn1_to_out_0	lora_unet_down_blocks_2_attentions_1_transformer_blocks_9_attn1_to_out_0
model.diffusion_model.input_blocks.8.1.transformer_blocks.9.attn1.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.9.attn1.to_q.weight	lora_unet_input_blocks_8_1_transformer_blocks_9_attn1_to_q	lora_unet_down_blocks_2_attentions_1_transformer_blocks_9_attn1_to_q
model.diffusion_model.input_blocks.8.1.transformer_blocks.9.attn1.to_v.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.9.attn1.to_v.weight	lora_unet_input_blocks_8_1_transformer_blocks_9_attn1_to_v	lora_unet_down_blocks_2_attentions_1_transformer_blocks_9_attn1_to_v
model.diffusion_model.input_blocks.8.1.transformer_blocks.9.attn2.to_k.weight	1280,2048	unet.down_blocks.2.attentions.1.transformer_blocks.9.attn2.to_k.weight	lora_unet_input_blocks_8_1_transformer_blocks_9_attn2_to_k	lora_unet_down_blocks_2_attentions_1_transformer_blocks_9_attn2_to_k
model.diffusion_model.input_blocks.8.1.transformer_blocks.9.attn2.to_out.0.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.9.attn2.to_out.0.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.9.attn2.to_out.0.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.9.attn2.to_out.0.weight	lora_unet_input_blocks_8_1_transformer_blocks_9_attn2_to_out_0	lora_unet_down_blocks_2_attentions_1_transformer_blocks_9_attn2_to_out_0
model.diffusion_model.input_blocks.8.1.transformer_blocks.9.attn2.to_q.weight	1280,1280	unet.down_blocks.2.attentions.1.transformer_blocks.9.attn2.to_q.weight	lora_unet_input_blocks_8_1_transformer_blocks_9_attn2_to_q	lora_unet_down_blocks_2_attentions_1_transformer_blocks_9_attn2_to_q
model.diffusion_model.input_blocks.8.1.transformer_blocks.9.attn2.to_v.weight	1280,2048	unet.down_blocks.2.attentions.1.transformer_blocks.9.attn2.to_v.weight	lora_unet_input_blocks_8_1_transformer_blocks_9_attn2_to_v	lora_unet_down_blocks_2_attentions_1_transformer_blocks_9_attn2_to_v
model.diffusion_model.input_blocks.8.1.transformer_blocks.9.ff.net.0.proj.bias	10240	unet.down_blocks.2.attentions.1.transformer_blocks.9.ff.net.0.proj.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.9.ff.net.0.proj.weight	10240,1280	unet.down_blocks.2.attentions.1.transformer_blocks.9.ff.net.0.proj.weight	lora_unet_input_blocks_8_1_transformer_blocks_9_ff_net_0_proj	lora_unet_down_blocks_2_attentions_1_transformer_blocks_9_ff_net_0_proj
model.diffusion_model.input_blocks.8.1.transformer_blocks.9.ff.net.2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.9.ff.net.2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.9.ff.net.2.weight	1280,5120	unet.down_blocks.2.attentions.1.transformer_blocks.9.ff.net.2.weight	lora_unet_input_blocks_8_1_transformer_blocks_9_ff_net_2	lora_unet_down_blocks_2_attentions_1_transformer_blocks_9_ff_net_2
model.diffusion_model.input_blocks.8.1.transformer_blocks.9.norm1.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.9.norm1.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.9.norm1.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.9.norm1.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.9.norm2.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.9.norm2.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.9.norm2.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.9.norm2.weight		
model.diffusion_model.input_blocks.8.1.transformer_blocks.9.norm3.bias	1280	unet.down_blocks.2.attentions.1.transformer_blocks.9.norm3.bias		
model.diffusion_model.input_blocks.8.1.transformer_blocks.9.norm3.weight	1280	unet.down_blocks.2.attentions.1.transformer_blocks.9.norm3.weight		
model.diffusion_model.label_emb.0.0.bias	1280	unet.add_embedding.linear_1.bias		
model.diffusion_model.label_emb.0.0.weight	1280,2816	unet.add_embedding.linear_1.weight		
model.diffusion_model.label_emb.0.2.bias	1280	unet.add_embedding.linear_2.bias		
model.diffusion_model.label_emb.0.2.weight	1280,1280	unet.add_embedding.linear_2.weight		
model.diffusion_model.middle_block.0.emb_layers.1.bias	1280	unet.mid_block.resnets.0.time_emb_proj.bias		
model.diffusion_model.middle_block.0.emb_layers.1.weight	1280,1280	unet.mid_block.resnets.0.time_emb_proj.weight	lora_unet_middle_block_0_emb_layers_1	lora_unet_mid_block_resnets_0_time_emb_proj
model.diffusion_model.middle_block.0.in_layers.0.bias	1280	unet.mid_block.resnets.0.norm1.bias		
model.diffusion_model.middle_block.0.in_layers.0.weight	1280	unet.mid_block.resnets.0.norm1.weight		
model.diffusion_model.middle_block.0.in_layers.2.bias	1280	unet.mid_block.resnets.0.conv1.bias		
model.diffusion_model.middle_block.0.in_layers.2.weight	1280,1280,3,3	unet.mid_block.resnets.0.conv1.weight	lora_unet_middle_block_0_in_layers_2	lora_unet_mid_block_resnets_0_conv1
model.diffusion_model.middle_block.0.out_layers.0.bias	1280	unet.mid_block.resnets.0.norm2.bias		
model.diffusion_model.middle_block.0.out_layers.0.weight	1280	unet.mid_block.resnets.0.norm2.weight		
model.diffusion_model.middle_block.0.out_layers.3.bias	1280	unet.mid_block.resnets.0.conv2.bias		
model.diffusion_model.middle_block.0.out_layers.3.weight	1280,1280,3,3	unet.mid_block.resnets.0.conv2.weight	lora_unet_middle_block_0_out_layers_3	lora_unet_mid_block_resnets_0_conv2
model.diffusion_model.middle_block.1.norm.bias	1280	unet.mid_block.attentions.0.norm.bias		
model.diffusion_model.middle_block.1.norm.weight	1280	unet.mid_block.attentions.0.norm.weight		
model.diffusion_model.middle_block.1.proj_in.bias	1280	unet.mid_block.attentions.0.proj_in.bias		
model.diffusion_model.middle_block.1.proj_in.weight	1280,1280	unet.mid_block.attentions.0.proj_in.weight	lora_unet_middle_block_1_proj_in	lora_unet_mid_block_attentions_0_proj_in
model.diffusion_model.middle_block.1.proj_out.bias	1280	unet.mid_block.attentions.0.proj_out.bias		
model.diffusion_model.middle_block.1.proj_out.weight	1280,1280	unet.mid_block.attentions.0.proj_out.weight	lora_unet_middle_block_1_proj_out	lora_unet_mid_block_attentions_0_proj_out
model.diffusion_model.middle_block.1.transformer_blocks.0.attn1.to_k.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.0.attn1.to_k.weight	lora_unet_middle_block_1_transformer_blocks_0_attn1_to_k	lora_unet_mid_block_attentions_0_transformer_blocks_0_attn1_to_k
model.diffusion_model.middle_block.1.transformer_blocks.0.attn1.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.0.attn1.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_middle_block_1_transformer_blocks_0_attn1_to_out_0	lora_unet_mid_block_attentions_0_transformer_blocks_0_attn1_to_out_0
model.diffusion_model.middle_block.1.transformer_blocks.0.attn1.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.0.attn1.to_q.weight	lora_unet_middle_block_1_transformer_blocks_0_attn1_to_q	lora_unet_mid_block_attentions_0_transformer_blocks_0_attn1_to_q
model.diffusion_model.middle_block.1.transformer_blocks.0.attn1.to_v.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.0.attn1.to_v.weight	lora_unet_middle_block_1_transformer_blocks_0_attn1_to_v	lora_unet_mid_block_attentions_0_transformer_blocks_0_attn1_to_v
model.diffusion_model.middle_block.1.transformer_blocks.0.attn2.to_k.weight	1280,2048	unet.mid_block.attentions.0.transformer_blocks.0.attn2.to_k.weight	lora_unet_middle_block_1_transformer_blocks_0_attn2_to_k	lora_unet_mid_block_attentions_0_transformer_blocks_0_attn2_to_k
model.diffusion_model.middle_block.1.transformer_blocks.0.attn2.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.0.attn2.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_middle_block_1_transformer_blocks_0_attn2_to_out_0	lora_unet_mid_block_attentions_0_transformer_blocks_0_attn2_to_out_0
model.diffusion_model.middle_block.1.transformer_blocks.0.attn2.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.0.attn2.to_q.weight	lora_unet_middle_block_1_transformer_blocks_0_attn2_to_q	lora_unet_mid_block_attentions_0_transformer_blocks_0_attn2_to_q
model.diffusion_model.middle_block.1.transformer_blocks.0.attn2.to_v.weight	1280,2048	unet.mid_block.attentions.0.transformer_blocks.0.attn2.to_v.weight	lora_unet_middle_block_1_transformer_blocks_0_attn2_to_v	lora_unet_mid_block_attentions_0_transformer_blocks_0_attn2_to_v
model.diffusion_model.middle_block.1.transformer_blocks.0.ff.net.0.proj.bias	10240	unet.mid_block.attentions.0.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.middle_block.1.transformer_blocks.0.ff.net.0.proj.weight	10240,1280	unet.mid_block.attentions.0.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_middle_block_1_transformer_blocks_0_ff_net_0_proj	lora_unet_mid_block_attentions_0_transformer_blocks_0_ff_net_0_proj
model.diffusion_model.middle_block.1.transformer_blocks.0.ff.net.2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.0.ff.net.2.weight	1280,5120	unet.mid_block.attentions.0.transformer_blocks.0.ff.net.2.weight	lora_unet_middle_block_1_transformer_blocks_0_ff_net_2	lora_unet_mid_block_attentions_0_transformer_blocks_0_ff_net_2
model.diffusion_model.middle_block.1.transformer_blocks.0.norm1.bias	1280	unet.mid_block.attentions.0.transformer_blocks.0.norm1.bias		
model.diffusion_model.middle_block.1.transformer_blocks.0.norm1.weight	1280	unet.mid_block.attentions.0.transformer_blocks.0.norm1.weight		
model.diffusion_model.middle_block.1.transformer_blocks.0.norm2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.0.norm2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.0.norm2.weight	1280	unet.mid_block.attentions.0.transformer_blocks.0.norm2.weight		
model.diffusion_model.middle_block.1.transformer_blocks.0.norm3.bias	1280	unet.mid_block.attentions.0.transformer_blocks.0.norm3.bias		
model.diffusion_model.middle_block.1.transformer_blocks.0.norm3.weight	1280	unet.mid_block.attentions.0.transformer_blocks.0.norm3.weight		
model.diffusion_model.middle_block.1.transformer_blocks.1.attn1.to_k.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.1.attn1.to_k.weight	lora_unet_middle_block_1_transformer_blocks_1_attn1_to_k	lora_unet_mid_block_attentions_0_transformer_blocks_1_attn1_to_k
model.diffusion_model.middle_block.1.transformer_blocks.1.attn1.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.1.attn1.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.1.attn1.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.1.attn1.to_out.0.weight	lora_unet_middle_block_1_transformer_blocks_1_attn1_to_out_0	lora_unet_mid_block_attentions_0_transformer_blocks_1_attn1_to_out_0
model.diffusion_model.middle_block.1.transformer_blocks.1.attn1.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.1.attn1.to_q.weight	lora_unet_middle_block_1_transformer_blocks_1_attn1_to_q	lora_unet_mid_block_attentions_0_transformer_blocks_1_attn1_to_q
model.diffusion_model.middle_block.1.transformer_blocks.1.attn1.to_v.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.1.attn1.to_v.weight	lora_unet_middle_block_1_transformer_blocks_1_attn1_to_v	lora_unet_mid_block_attentions_0_transformer_blocks_1_attn1_to_v
model.diffusion_model.middle_block.1.transformer_blocks.1.attn2.to_k.weight	1280,2048	unet.mid_block.attentions.0.transformer_blocks.1.attn2.to_k.weight	lora_unet_middle_block_1_transformer_blocks_1_attn2_to_k	lora_unet_mid_block_attentions_0_transformer_blocks_1_attn2_to_k
model.diffusion_model.middle_block.1.transformer_blocks.1.attn2.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.1.attn2.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.1.attn2.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.1.attn2.to_out.0.weight	lora_unet_middle_block_1_transformer_blocks_1_attn2_to_out_0	lora_unet_mid_block_attentions_0_transformer_blocks_1_attn2_to_out_0
model.diffusion_model.middle_block.1.transformer_blocks.1.attn2.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.1.attn2.to_q.weight	lora_unet_middle_block_1_transformer_blocks_1_attn2_to_q	lora_unet_mid_block_attentions_0_transformer_blocks_1_attn2_to_q
model.diffusion_model.middle_block.1.transformer_blocks.1.attn2.to_v.weight	1280,2048	unet.mid_block.attentions.0.transformer_blocks.1.attn2.to_v.weight	lora_unet_middle_block_1_transformer_blocks_1_attn2_to_v	lora_unet_mid_block_attentions_0_transformer_blocks_1_attn2_to_v
model.diffusion_model.middle_block.1.transformer_blocks.1.ff.net.0.proj.bias	10240	unet.mid_block.attentions.0.transformer_blocks.1.ff.net.0.proj.bias		
model.diffusion_model.middle_block.1.transformer_blocks.1.ff.net.0.proj.weight	10240,1280	unet.mid_block.attentions.0.transformer_blocks.1.ff.net.0.proj.weight	lora_unet_middle_block_1_transformer_blocks_1_ff_net_0_proj	lora_unet_mid_block_attentions_0_transformer_blocks_1_ff_net_0_proj
model.diffusion_model.middle_block.1.transformer_blocks.1.ff.net.2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.1.ff.net.2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.1.ff.net.2.weight	1280,5120	unet.mid_block.attentions.0.transformer_blocks.1.ff.net.2.weight	lora_unet_middle_block_1_transformer_blocks_1_ff_net_2	lora_unet_mid_block_attentions_0_transformer_blocks_1_ff_net_2
model.diffusion_model.middle_block.1.transformer_blocks.1.norm1.bias	1280	unet.mid_block.attentions.0.transformer_blocks.1.norm1.bias		
model.diffusion_model.middle_block.1.transformer_blocks.1.norm1.weight	1280	unet.mid_block.attentions.0.transformer_blocks.1.norm1.weight		
model.diffusion_model.middle_block.1.transformer_blocks.1.norm2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.1.norm2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.1.norm2.weight	1280	unet.mid_block.attentions.0.transformer_blocks.1.norm2.weight		
model.diffusion_model.middle_block.1.transformer_blocks.1.norm3.bias	1280	unet.mid_block.attentions.0.transformer_blocks.1.norm3.bias		
model.diffusion_model.middle_block.1.transformer_blocks.1.norm3.weight	1280	unet.mid_block.attentions.0.transformer_blocks.1.norm3.weight		
model.diffusion_model.middle_block.1.transformer_blocks.2.attn1.to_k.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.2.attn1.to_k.weight	lora_unet_middle_block_1_transformer_blocks_2_attn1_to_k	lora_unet_mid_block_attentions_0_transformer_blocks_2_attn1_to_k
model.diffusion_model.middle_block.1.transformer_blocks.2.attn1.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.2.attn1.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.2.attn1.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.2.attn1.to_out.0.weight	lora_unet_middle_block_1_transformer_blocks_2_attn1_to_out_0	lora_unet_mid_block_attentions_0_transformer_blocks_2_attn1_to_out_0
model.diffusion_model.middle_block.1.transformer_blocks.2.attn1.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.2.attn1.to_q.weight	lora_unet_middle_block_1_transformer_blocks_2_attn1_to_q	lora_unet_mid_block_attentions_0_transformer_blocks_2_attn1_to_q
model.diffusion_model.middle_block.1.transformer_blocks.2.attn1.to_v.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.2.attn1.to_v.weight	lora_unet_middle_block_1_transformer_blocks_2_attn1_to_v	lora_unet_mid_block_attentions_0_transformer_blocks_2_attn1_to_v
model.diffusion_model.middle_block.1.transformer_blocks.2.attn2.to_k.weight	1280,2048	unet.mid_block.attentions.0.transformer_blocks.2.attn2.to_k.weight	lora_unet_middle_block_1_transformer_blocks_2_attn2_to_k	lora_unet_mid_block_attentions_0_transformer_blocks_2_attn2_to_k
model.diffusion_model.middle_block.1.transformer_blocks.2.attn2.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.2.attn2.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.2.attn2.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.2.attn2.to_out.0.weight	lora_unet_middle_block_1_transformer_blocks_2_attn2_to_out_0	lora_unet_mid_block_attentions_0_transformer_blocks_2_attn2_to_out_0
model.diffusion_model.middle_block.1.transformer_blocks.2.attn2.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.2.attn2.to_q.weight	lora_unet_middle_block_1_transformer_blocks_2_attn2_to_q	lora_unet_mid_block_attentions_0_transformer_blocks_2_attn2_to_q
model.diffusion_model.middle_block.1.transformer_blocks.2.attn2.to_v.weight	1280,2048	unet.mid_block.attentions.0.transformer_blocks.2.attn2.to_v.weight	lora_unet_middle_block_1_transformer_blocks_2_attn2_to_v	lora_unet_mid_block_attentions_0_transformer_blocks_2_attn2_to_v
model.diffusion_model.middle_block.1.transformer_blocks.2.ff.net.0.proj.bias	10240	unet.mid_block.attentions.0.transformer_blocks.2.ff.net.0.proj.bias		
model.diffusion_model.middle_block.1.transformer_blocks.2.ff.net.0.proj.weight	10240,1280	unet.mid_block.attentions.0.transformer_blocks.2.ff.net.0.proj.weight	lora_unet_middle_block_1_transformer_blocks_2_ff_net_0_proj	lora_unet_mid_block_attentions_0_transformer_blocks_2_ff_net_0_proj
model.diffusion_model.middle_block.1.transformer_blocks.2.ff.net.2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.2.ff.net.2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.2.ff.net.2.weight	1280,5120	unet.mid_block.attentions.0.transformer_blocks.2.ff.net.2.weight	lora_unet_middle_block_1_transformer_blocks_2_ff_net_2	lora_unet_mid_block_attentions_0_transformer_blocks_2_ff_net_2
model.diffusion_model.middle_block.1.transformer_blocks.2.norm1.bias	1280	unet.mid_block.attentions.0.transformer_blocks.2.norm1.bias		
model.diffusion_model.middle_block.1.transformer_blocks.2.norm1.weight	1280	unet.mid_block.attentions.0.transformer_blocks.2.norm1.weight		
model.diffusion_model.middle_block.1.transformer_blocks.2.norm2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.2.norm2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.2.norm2.weight	1280	unet.mid_block.attentions.0.transformer_blocks.2.norm2.weight		
model.diffusion_model.middle_block.1.transformer_blocks.2.norm3.bias	1280	unet.mid_block.attentions.0.transformer_blocks.2.norm3.bias		
model.diffusion_model.middle_block.1.transformer_blocks.2.norm3.weight	1280	unet.mid_block.attentions.0.transformer_blocks.2.norm3.weight		
model.diffusion_model.middle_block.1.transformer_blocks.3.attn1.to_k.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.3.attn1.to_k.weight	lora_unet_middle_block_1_transformer_blocks_3_attn1_to_k	lora_unet_mid_block_attentions_0_transformer_blocks_3_attn1_to_k
model.diffusion_model.middle_block.1.transformer_blocks.3.attn1.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.3.attn1.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.3.attn1.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.3.attn1.to_out.0.weight	lora_unet_middle_block_1_transformer_blocks_3_attn1_to_out_0	lora_unet_mid_block_attentions_0_transformer_blocks_3_attn1_to_out_0
model.diffusion_model.middle_block.1.transformer_blocks.3.attn1.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.3.attn1.to_q.weight	lora_unet_middle_block_1_transformer_blocks_3_attn1_to_q	lora_unet_mid_block_attentions_0_transformer_blocks_3_attn1_to_q
model.diffusion_model.middle_block.1.transformer_blocks.3.attn1.to_v.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.3.attn1.to_v.weight	lora_unet_middle_block_1_transformer_blocks_3_attn1_to_v	lora_unet_mid_block_attentions_0_transformer_blocks_3_attn1_to_v
model.diffusion_model.middle_block.1.transformer_blocks.3.attn2.to_k.weight	1280,2048	unet.mid_block.attentions.0.transformer_blocks.3.attn2.to_k.weight	lora_unet_middle_block_1_transformer_blocks_3_attn2_to_k	lora_unet_mid_block_attentions_0_transformer_blocks_3_attn2_to_k
model.diffusion_model.middle_block.1.transformer_blocks.3.attn2.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.3.attn2.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.3.attn2.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.3.attn2.to_out.0.weight	lora_unet_middle_block_1_transformer_blocks_3_attn2_to_out_0	lora_unet_mid_block_attentions_0_transformer_blocks_3_attn2_to_out_0
model.diffusion_model.middle_block.1.transformer_blocks.3.attn2.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.3.attn2.to_q.weight	lora_unet_middle_block_1_transformer_blocks_3_attn2_to_q	lora_unet_mid_block_attentions_0_transformer_blocks_3_attn2_to_q
model.diffusion_model.middle_block.1.transformer_blocks.3.attn2.to_v.weight	1280,2048	unet.mid_block.attentions.0.transformer_blocks.3.attn2.to_v.weight	lora_unet_middle_block_1_transformer_blocks_3_attn2_to_v	lora_unet_mid_block_attentions_0_transformer_blocks_3_attn2_to_v
model.diffusion_model.middle_block.1.transformer_blocks.3.ff.net.0.proj.bias	10240	unet.mid_block.attentions.0.transformer_blocks.3.ff.net.0.proj.bias		
model.diffusion_model.middle_block.1.transformer_blocks.3.ff.net.0.proj.weight	10240,1280	unet.mid_block.attentions.0.transformer_blocks.3.ff.net.0.proj.weight	lora_unet_middle_block_1_transformer_blocks_3_ff_net_0_proj	lora_unet_mid_block_attentions_0_transformer_blocks_3_ff_net_0_proj
model.diffusion_model.middle_block.1.transformer_blocks.3.ff.net.2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.3.ff.net.2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.3.ff.net.2.weight	1280,5120	unet.mid_block.attentions.0.transformer_blocks.3.ff.net.2.weight	lora_unet_middle_block_1_transformer_blocks_3_ff_net_2	lora_unet_mid_block_attentions_0_transformer_blocks_3_ff_net_2
model.diffusion_model.middle_block.1.transformer_blocks.3.norm1.bias	1280	unet.mid_block.attentions.0.transformer_blocks.3.norm1.bias		
model.diffusion_model.middle_block.1.transformer_blocks.3.norm1.weight	1280	unet.mid_block.attentions.0.transformer_blocks.3.norm1.weight		
model.diffusion_model.middle_block.1.transformer_blocks.3.norm2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.3.norm2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.3.norm2.weight	1280	unet.mid_block.attentions.0.transformer_blocks.3.norm2.weight		
model.diffusion_model.middle_block.1.transformer_blocks.3.norm3.bias	1280	unet.mid_block.attentions.0.transformer_blocks.3.norm3.bias		
model.diffusion_model.middle_block.1.transformer_blocks.3.norm3.weight	1280	unet.mid_block.attentions.0.transformer_blocks.3.norm3.weight		
model.diffusion_model.middle_block.1.transformer_blocks.4.attn1.to_k.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.4.attn1.to_k.weight	lora_unet_middle_block_1_transformer_blocks_4_attn1_to_k	lora_unet_mid_block_attentions_0_transformer_blocks_4_attn1_to_k
model.diffusion_model.middle_block.1.transformer_blocks.4.attn1.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.4.attn1.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.4.attn1.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.4.attn1.to_out.0.weight	lora_unet_middle_block_1_transformer_blocks_4_attn1_to_out_0	lora_unet_mid_block_attentions_0_transformer_blocks_4_attn1_to_out_0
model.diffusion_model.middle_block.1.transformer_blocks.4.attn1.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.4.attn1.to_q.weight	lora_unet_middle_block_1_transformer_blocks_4_attn1_to_q	lora_unet_mid_block_attentions_0_transformer_blocks_4_attn1_to_q
model.diffusion_model.middle_block.1.transformer_blocks.4.attn1.to_v.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.4.attn1.to_v.weight	lora_unet_middle_block_1_transformer_blocks_4_attn1_to_v	lora_unet_mid_block_attentions_0_transformer_blocks_4_attn1_to_v
model.diffusion_model.middle_block.1.transformer_blocks.4.attn2.to_k.weight	1280,2048	unet.mid_block.attentions.0.transformer_blocks.4.attn2.to_k.weight	lora_unet_middle_block_1_transformer_blocks_4_attn2_to_k	lora_unet_mid_block_attentions_0_transformer_blocks_4_attn2_to_k
model.diffusion_model.middle_block.1.transformer_blocks.4.attn2.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.4.attn2.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.4.attn2.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.4.attn2.to_out.0.weight	lora_unet_middle_block_1_transformer_blocks_4_attn2_to_out_0	lora_unet_mid_block_attentions_0_transformer_blocks_4_attn2_to_out_0
model.diffusion_model.middle_block.1.transformer_blocks.4.attn2.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.4.attn2.to_q.weight	lora_unet_middle_block_1_transformer_blocks_4_attn2_to_q	lora_unet_mid_block_attentions_0_transformer_blocks_4_attn2_to_q
model.diffusion_model.middle_block.1.transformer_blocks.4.attn2.to_v.weight	1280,2048	unet.mid_block.attentions.0.transformer_blocks.4.attn2.to_v.weight	lora_unet_middle_block_1_transformer_blocks_4_attn2_to_v	lora_unet_mid_block_attentions_0_transformer_blocks_4_attn2_to_v
model.diffusion_model.middle_block.1.transformer_blocks.4.ff.net.0.proj.bias	10240	unet.mid_block.attentions.0.transformer_blocks.4.ff.net.0.proj.bias		
model.diffusion_model.middle_block.1.transformer_blocks.4.ff.net.0.proj.weight	10240,1280	unet.mid_block.attentions.0.transformer_blocks.4.ff.net.0.proj.weight	lora_unet_middle_block_1_transformer_blocks_4_ff_net_0_proj	lora_unet_mid_block_attentions_0_transformer_blocks_4_ff_net_0_proj
model.diffusion_model.middle_block.1.transformer_blocks.4.ff.net.2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.4.ff.net.2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.4.ff.net.2.weight	1280,5120	unet.mid_block.attentions.0.transformer_blocks.4.ff.net.2.weight	lora_unet_middle_block_1_transformer_blocks_4_ff_net_2	lora_unet_mid_block_attentions_0_transformer_blocks_4_ff_net_2
model.diffusion_model.middle_block.1.transformer_blocks.4.norm1.bias	1280	unet.mid_block.attentions.0.transformer_blocks.4.norm1.bias		
model.diffusion_model.middle_block.1.transformer_blocks.4.norm1.weight	1280	unet.mid_block.attentions.0.transformer_blocks.4.norm1.weight		
model.diffusion_model.middle_block.1.transformer_blocks.4.norm2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.4.norm2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.4.norm2.weight	1280	unet.mid_block.attentions.0.transformer_blocks.4.norm2.weight		
model.diffusion_model.middle_block.1.transformer_blocks.4.norm3.bias	1280	unet.mid_block.attentions.0.transformer_blocks.4.norm3.bias		
model.diffusion_model.middle_block.1.transformer_blocks.4.norm3.weight	1280	unet.mid_block.attentions.0.transformer_blocks.4.norm3.weight		
model.diffusion_model.middle_block.1.transformer_blocks.5.attn1.to_k.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.5.attn1.to_k.weight	lora_unet_middle_block_1_transformer_blocks_5_attn1_to_k	lora_unet_mid_block_attentions_0_transformer_blocks_5_attn1_to_k
model.diffusion_model.middle_block.1.transformer_blocks.5.attn1.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.5.attn1.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.5.attn1.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.5.attn1.to_out.0.weight	lora_unet_middle_block_1_transformer_blocks_5_attn1_to_out_0	lora_unet_mid_block_attentions_0_transformer_blocks_5_attn1_to_out_0
model.diffusion_model.middle_block.1.transformer_blocks.5.attn1.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.5.attn1.to_q.weight	lora_unet_middle_block_1_transformer_blocks_5_attn1_to_q	lora_unet_mid_block_attentions_0_transformer_blocks_5_attn1_to_q
model.diffusion_model.middle_block.1.transformer_blocks.5.attn1.to_v.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.5.attn1.to_v.weight	lora_unet_middle_block_1_transformer_blocks_5_attn1_to_v	lora_unet_mid_block_attentions_0_transformer_blocks_5_attn1_to_v
model.diffusion_model.middle_block.1.transformer_blocks.5.attn2.to_k.weight	1280,2048	unet.mid_block.attentions.0.transformer_blocks.5.attn2.to_k.weight	lora_unet_middle_block_1_transformer_blocks_5_attn2_to_k	lora_unet_mid_block_attentions_0_transformer_blocks_5_attn2_to_k
model.diffusion_model.middle_block.1.transformer_blocks.5.attn2.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.5.attn2.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.5.attn2.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.5.attn2.to_out.0.weight	lora_unet_middle_block_1_transformer_blocks_5_attn2_to_out_0	lora_unet_mid_block_attentions_0_transformer_blocks_5_attn2_to_out_0
model.diffusion_model.middle_block.1.transformer_blocks.5.attn2.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.5.attn2.to_q.weight	lora_unet_middle_block_1_transformer_blocks_5_attn2_to_q	lora_unet_mid_block_attentions_0_transformer_blocks_5_attn2_to_q
model.diffusion_model.middle_block.1.transformer_blocks.5.attn2.to_v.weight	1280,2048	unet.mid_block.attentions.0.transformer_blocks.5.attn2.to_v.weight	lora_unet_middle_block_1_transformer_blocks_5_attn2_to_v	lora_unet_mid_block_attentions_0_transformer_blocks_5_attn2_to_v
model.diffusion_model.middle_block.1.transformer_blocks.5.ff.net.0.proj.bias	10240	unet.mid_block.attentions.0.transformer_blocks.5.ff.net.0.proj.bias		
model.diffusion_model.middle_block.1.transformer_blocks.5.ff.net.0.proj.weight	10240,1280	unet.mid_block.attentions.0.transformer_blocks.5.ff.net.0.proj.weight	lora_unet_middle_block_1_transformer_blocks_5_ff_net_0_proj	lora_unet_mid_block_attentions_0_transformer_blocks_5_ff_net_0_proj
model.diffusion_model.middle_block.1.transformer_blocks.5.ff.net.2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.5.ff.net.2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.5.ff.net.2.weight	1280,5120	unet.mid_block.attentions.0.transformer_blocks.5.ff.net.2.weight	lora_unet_middle_block_1_transformer_blocks_5_ff_net_2	lora_unet_mid_block_attentions_0_transformer_blocks_5_ff_net_2
model.diffusion_model.middle_block.1.transformer_blocks.5.norm1.bias	1280	unet.mid_block.attentions.0.transformer_blocks.5.norm1.bias		
model.diffusion_model.middle_block.1.transformer_blocks.5.norm1.weight	1280	unet.mid_block.attentions.0.transformer_blocks.5.norm1.weight		
model.diffusion_model.middle_block.1.transformer_blocks.5.norm2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.5.norm2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.5.norm2.weight	1280	unet.mid_block.attentions.0.transformer_blocks.5.norm2.weight		
model.diffusion_model.middle_block.1.transformer_blocks.5.norm3.bias	1280	unet.mid_block.attentions.0.transformer_blocks.5.norm3.bias		
model.diffusion_model.middle_block.1.transformer_blocks.5.norm3.weight	1280	unet.mid_block.attentions.0.transformer_blocks.5.norm3.weight		
model.diffusion_model.middle_block.1.transformer_blocks.6.attn1.to_k.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.6.attn1.to_k.weight	lora_unet_middle_block_1_transformer_blocks_6_attn1_to_k	lora_unet_mid_block_attentions_0_transformer_blocks_6_attn1_to_k
model.diffusion_model.middle_block.1.transformer_blocks.6.attn1.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.6.attn1.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.6.attn1.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.6.attn1.to_out.0.weight	lora_unet_middle_block_1_transformer_blocks_6_attn1_to_out_0	lora_unet_mid_block_attentions_0_transformer_blocks_6_attn1_to_out_0
model.diffusion_model.middle_block.1.transformer_blocks.6.attn1.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.6.attn1.to_q.weight	lora_unet_middle_block_1_transformer_blocks_6_attn1_to_q	lora_unet_mid_block_attentions_0_transformer_blocks_6_attn1_to_q
model.diffusion_model.middle_block.1.transformer_blocks.6.attn1.to_v.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.6.attn1.to_v.weight	lora_unet_middle_block_1_transformer_blocks_6_attn1_to_v	lora_unet_mid_block_attentions_0_transformer_blocks_6_attn1_to_v
model.diffusion_model.middle_block.1.transformer_blocks.6.attn2.to_k.weight	1280,2048	unet.mid_block.attentions.0.transformer_blocks.6.attn2.to_k.weight	lora_unet_middle_block_1_transformer_blocks_6_attn2_to_k	lora_unet_mid_block_attentions_0_transformer_blocks_6_attn2_to_k
model.diffusion_model.middle_block.1.transformer_blocks.6.attn2.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.6.attn2.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.6.attn2.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.6.attn2.to_out.0.weight	lora_unet_middle_block_1_transformer_blocks_6_attn2_to_out_0	lora_unet_mid_block_attentions_0_transformer_blocks_6_attn2_to_out_0
model.diffusion_model.middle_block.1.transformer_blocks.6.attn2.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.6.attn2.to_q.weight	lora_unet_middle_block_1_transformer_blocks_6_attn2_to_q	lora_unet_mid_block_attentions_0_transformer_blocks_6_attn2_to_q
model.diffusion_model.middle_block.1.transformer_blocks.6.attn2.to_v.weight	1280,2048	unet.mid_block.attentions.0.transformer_blocks.6.attn2.to_v.weight	lora_unet_middle_block_1_transformer_blocks_6_attn2_to_v	lora_unet_mid_block_attentions_0_transformer_blocks_6_attn2_to_v
model.diffusion_model.middle_block.1.transformer_blocks.6.ff.net.0.proj.bias	10240	unet.mid_block.attentions.0.transformer_blocks.6.ff.net.0.proj.bias		
model.diffusion_model.middle_block.1.transformer_blocks.6.ff.net.0.proj.weight	10240,1280	unet.mid_block.attentions.0.transformer_blocks.6.ff.net.0.proj.weight	lora_unet_middle_block_1_transformer_blocks_6_ff_net_0_proj	lora_unet_mid_block_attentions_0_transformer_blocks_6_ff_net_0_proj
model.diffusion_model.middle_block.1.transformer_blocks.6.ff.net.2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.6.ff.net.2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.6.ff.net.2.weight	1280,5120	unet.mid_block.attentions.0.transformer_blocks.6.ff.net.2.weight	lora_unet_middle_block_1_transformer_blocks_6_ff_net_2	lora_unet_mid_block_attentions_0_transformer_blocks_6_ff_net_2
model.diffusion_model.middle_block.1.transformer_blocks.6.norm1.bias	1280	unet.mid_block.attentions.0.transformer_blocks.6.norm1.bias		
model.diffusion_model.middle_block.1.transformer_blocks.6.norm1.weight	1280	unet.mid_block.attentions.0.transformer_blocks.6.norm1.weight		
model.diffusion_model.middle_block.1.transformer_blocks.6.norm2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.6.norm2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.6.norm2.weight	1280	unet.mid_block.attentions.0.transformer_blocks.6.norm2.weight		
model.diffusion_model.middle_block.1.transformer_blocks.6.norm3.bias	1280	unet.mid_block.attentions.0.transformer_blocks.6.norm3.bias		
model.diffusion_model.middle_block.1.transformer_blocks.6.norm3.weight	1280	unet.mid_block.attentions.0.transformer_blocks.6.norm3.weight		
model.diffusion_model.middle_block.1.transformer_blocks.7.attn1.to_k.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.7.attn1.to_k.weight	lora_unet_middle_block_1_transformer_blocks_7_attn1_to_k	lora_unet_mid_block_attentions_0_transformer_blocks_7_attn1_to_k
model.diffusion_model.middle_block.1.transformer_blocks.7.attn1.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.7.attn1.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.7.attn1.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.7.attn1.to_out.0.weight	lora_unet_middle_block_1_transformer_blocks_7_attn1_to_out_0	lora_unet_mid_block_attentions_0_transformer_blocks_7_attn1_to_out_0
model.diffusion_model.middle_block.1.transformer_blocks.7.attn1.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.7.attn1.to_q.weight	lora_unet_middle_block_1_transformer_blocks_7_attn1_to_q	lora_unet_mid_block_attentions_0_transformer_blocks_7_attn1_to_q
model.diffusion_model.middle_block.1.transformer_blocks.7.attn1.to_v.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.7.attn1.to_v.weight	lora_unet_middle_block_1_transformer_blocks_7_attn1_to_v	lora_unet_mid_block_attentions_0_transformer_blocks_7_attn1_to_v
model.diffusion_model.middle_block.1.transformer_blocks.7.attn2.to_k.weight	1280,2048	unet.mid_block.attentions.0.transformer_blocks.7.attn2.to_k.weight	lora_unet_middle_block_1_transformer_blocks_7_attn2_to_k	lora_unet_mid_block_attentions_0_transformer_blocks_7_attn2_to_k
model.diffusion_model.middle_block.1.transformer_blocks.7.attn2.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.7.attn2.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.7.attn2.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.7.attn2.to_out.0.weight	lora_unet_middle_block_1_transformer_blocks_7_attn2_to_out_0	lora_unet_mid_block_attentions_0_transformer_blocks_7_attn2_to_out_0
model.diffusion_model.middle_block.1.transformer_blocks.7.attn2.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.7.attn2.to_q.weight	lora_unet_middle_block_1_transformer_blocks_7_attn2_to_q	lora_unet_mid_block_attentions_0_transformer_blocks_7_attn2_to_q
model.diffusion_model.middle_block.1.transformer_blocks.7.attn2.to_v.weight	1280,2048	unet.mid_block.attentions.0.transformer_blocks.7.attn2.to_v.weight	lora_unet_middle_block_1_transformer_blocks_7_attn2_to_v	lora_unet_mid_block_attentions_0_transformer_blocks_7_attn2_to_v
model.diffusion_model.middle_block.1.transformer_blocks.7.ff.net.0.proj.bias	10240	unet.mid_block.attentions.0.transformer_blocks.7.ff.net.0.proj.bias		
model.diffusion_model.middle_block.1.transformer_blocks.7.ff.net.0.proj.weight	10240,1280	unet.mid_block.attentions.0.transformer_blocks.7.ff.net.0.proj.weight	lora_unet_middle_block_1_transformer_blocks_7_ff_net_0_proj	lora_unet_mid_block_attentions_0_transformer_blocks_7_ff_net_0_proj
model.diffusion_model.middle_block.1.transformer_blocks.7.ff.net.2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.7.ff.net.2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.7.ff.net.2.weight	1280,5120	unet.mid_block.attentions.0.transformer_blocks.7.ff.net.2.weight	lora_unet_middle_block_1_transformer_blocks_7_ff_net_2	lora_unet_mid_block_attentions_0_transformer_blocks_7_ff_net_2
model.diffusion_model.middle_block.1.transformer_blocks.7.norm1.bias	1280	unet.mid_block.attentions.0.transformer_blocks.7.norm1.bias		
model.diffusion_model.middle_block.1.transformer_blocks.7.norm1.weight	1280	unet.mid_block.attentions.0.transformer_blocks.7.norm1.weight		
model.diffusion_model.middle_block.1.transformer_blocks.7.norm2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.7.norm2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.7.norm2.weight	1280	unet.mid_block.attentions.0.transformer_blocks.7.norm2.weight		
model.diffusion_model.middle_block.1.transformer_blocks.7.norm3.bias	1280	unet.mid_block.attentions.0.transformer_blocks.7.norm3.bias		
model.diffusion_model.middle_block.1.transformer_blocks.7.norm3.weight	1280	unet.mid_block.attentions.0.transformer_blocks.7.norm3.weight		
model.diffusion_model.middle_block.1.transformer_blocks.8.attn1.to_k.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.8.attn1.to_k.weight	lora_unet_middle_block_1_transformer_blocks_8_attn1_to_k	lora_unet_mid_block_attentions_0_transformer_blocks_8_attn1_to_k
model.diffusion_model.middle_block.1.transformer_blocks.8.attn1.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.8.attn1.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.8.attn1.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.8.attn1.to_out.0.weight	lora_unet_middle_block_1_transformer_blocks_8_attn1_to_out_0	lora_unet_mid_block_attentions_0_transformer_blocks_8_attn1_to_out_0
model.diffusion_model.middle_block.1.transformer_blocks.8.attn1.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.8.attn1.to_q.weight	lora_unet_middle_block_1_transformer_blocks_8_attn1_to_q	lora_unet_mid_block_attentions_0_transformer_blocks_8_attn1_to_q
model.diffusion_model.middle_block.1.transformer_blocks.8.attn1.to_v.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.8.attn1.to_v.weight	lora_unet_middle_block_1_transformer_blocks_8_attn1_to_v	lora_unet_mid_block_attentions_0_transformer_blocks_8_attn1_to_v
model.diffusion_model.middle_block.1.transformer_blocks.8.attn2.to_k.weight	1280,2048	unet.mid_block.attentions.0.transformer_blocks.8.attn2.to_k.weight	lora_unet_middle_block_1_transformer_blocks_8_attn2_to_k	lora_unet_mid_block_attentions_0_transformer_blocks_8_attn2_to_k
model.diffusion_model.middle_block.1.transformer_blocks.8.attn2.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.8.attn2.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.8.attn2.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.8.attn2.to_out.0.weight	lora_unet_middle_block_1_transformer_blocks_8_attn2_to_out_0	lora_unet_mid_block_attentions_0_transformer_blocks_8_attn2_to_out_0
model.diffusion_model.middle_block.1.transformer_blocks.8.attn2.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.8.attn2.to_q.weight	lora_unet_middle_block_1_transformer_blocks_8_attn2_to_q	lora_unet_mid_block_attentions_0_transformer_blocks_8_attn2_to_q
model.diffusion_model.middle_block.1.transformer_blocks.8.attn2.to_v.weight	1280,2048	unet.mid_block.attentions.0.transformer_blocks.8.attn2.to_v.weight	lora_unet_middle_block_1_transformer_blocks_8_attn2_to_v	lora_unet_mid_block_attentions_0_transformer_blocks_8_attn2_to_v
model.diffusion_model.middle_block.1.transformer_blocks.8.ff.net.0.proj.bias	10240	unet.mid_block.attentions.0.transformer_blocks.8.ff.net.0.proj.bias		
model.diffusion_model.middle_block.1.transformer_blocks.8.ff.net.0.proj.weight	10240,1280	unet.mid_block.attentions.0.transformer_blocks.8.ff.net.0.proj.weight	lora_unet_middle_block_1_transformer_blocks_8_ff_net_0_proj	lora_unet_mid_block_attentions_0_transformer_blocks_8_ff_net_0_proj
model.diffusion_model.middle_block.1.transformer_blocks.8.ff.net.2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.8.ff.net.2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.8.ff.net.2.weight	1280,5120	unet.mid_block.attentions.0.transformer_blocks.8.ff.net.2.weight	lora_unet_middle_block_1_transformer_blocks_8_ff_net_2	lora_unet_mid_block_attentions_0_transformer_blocks_8_ff_net_2
model.diffusion_model.middle_block.1.transformer_blocks.8.norm1.bias	1280	unet.mid_block.attentions.0.transformer_blocks.8.norm1.bias		
model.diffusion_model.middle_block.1.transformer_blocks.8.norm1.weight	1280	unet.mid_block.attentions.0.transformer_blocks.8.norm1.weight		
model.diffusion_model.middle_block.1.transformer_blocks.8.norm2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.8.norm2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.8.norm2.weight	1280	unet.mid_block.attentions.0.transformer_blocks.8.norm2.weight		
model.diffusion_model.middle_block.1.transformer_blocks.8.norm3.bias	1280	unet.mid_block.attentions.0.transformer_blocks.8.norm3.bias		
model.diffusion_model.middle_block.1.transformer_blocks.8.norm3.weight	1280	unet.mid_block.attentions.0.transformer_blocks.8.norm3.weight		
model.diffusion_model.middle_block.1.transformer_blocks.9.attn1.to_k.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.9.attn1.to_k.weight	lora_unet_middle_block_1_transformer_blocks_9_attn1_to_k	lora_unet_mid_block_attentions_0_transformer_blocks_9_attn1_to_k
model.diffusion_model.middle_block.1.transformer_blocks.9.attn1.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.9.attn1.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.9.attn1.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.9.attn1.to_out.0.weight	lora_unet_middle_block_1_transformer_blocks_9_attn1_to_out_0	lora_unet_mid_block_attentions_0_transformer_blocks_9_attn1_to_out_0
model.diffusion_model.middle_block.1.transformer_blocks.9.attn1.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.9.attn1.to_q.weight	lora_unet_middle_block_1_transformer_blocks_9_attn1_to_q	lora_unet_mid_block_attentions_0_transformer_blocks_9_attn1_to_q
model.diffusion_model.middle_block.1.transformer_blocks.9.attn1.to_v.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.9.attn1.to_v.weight	lora_unet_middle_block_1_transformer_blocks_9_attn1_to_v	lora_unet_mid_block_attentions_0_transformer_blocks_9_attn1_to_v
model.diffusion_model.middle_block.1.transformer_blocks.9.attn2.to_k.weight	1280,2048	unet.mid_block.attentions.0.transformer_blocks.9.attn2.to_k.weight	lora_unet_middle_block_1_transformer_blocks_9_attn2_to_k	lora_unet_mid_block_attentions_0_transformer_blocks_9_attn2_to_k
model.diffusion_model.middle_block.1.transformer_blocks.9.attn2.to_out.0.bias	1280	unet.mid_block.attentions.0.transformer_blocks.9.attn2.to_out.0.bias		
model.diffusion_model.middle_block.1.transformer_blocks.9.attn2.to_out.0.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.9.attn2.to_out.0.weight	lora_unet_middle_block_1_transformer_blocks_9_attn2_to_out_0	lora_unet_mid_block_attentions_0_transformer_blocks_9_attn2_to_out_0
model.diffusion_model.middle_block.1.transformer_blocks.9.attn2.to_q.weight	1280,1280	unet.mid_block.attentions.0.transformer_blocks.9.attn2.to_q.weight	lora_unet_middle_block_1_transformer_blocks_9_attn2_to_q	lora_unet_mid_block_attentions_0_transformer_blocks_9_attn2_to_q
model.diffusion_model.middle_block.1.transformer_blocks.9.attn2.to_v.weight	1280,2048	unet.mid_block.attentions.0.transformer_blocks.9.attn2.to_v.weight	lora_unet_middle_block_1_transformer_blocks_9_attn2_to_v	lora_unet_mid_block_attentions_0_transformer_blocks_9_attn2_to_v
model.diffusion_model.middle_block.1.transformer_blocks.9.ff.net.0.proj.bias	10240	unet.mid_block.attentions.0.transformer_blocks.9.ff.net.0.proj.bias		
model.diffusion_model.middle_block.1.transformer_blocks.9.ff.net.0.proj.weight	10240,1280	unet.mid_block.attentions.0.transformer_blocks.9.ff.net.0.proj.weight	lora_unet_middle_block_1_transformer_blocks_9_ff_net_0_proj	lora_unet_mid_block_attentions_0_transformer_blocks_9_ff_net_0_proj
model.diffusion_model.middle_block.1.transformer_blocks.9.ff.net.2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.9.ff.net.2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.9.ff.net.2.weight	1280,5120	unet.mid_block.attentions.0.transformer_blocks.9.ff.net.2.weight	lora_unet_middle_block_1_transformer_blocks_9_ff_net_2	lora_unet_mid_block_attentions_0_transformer_blocks_9_ff_net_2
model.diffusion_model.middle_block.1.transformer_blocks.9.norm1.bias	1280	unet.mid_block.attentions.0.transformer_blocks.9.norm1.bias		
model.diffusion_model.middle_block.1.transformer_blocks.9.norm1.weight	1280	unet.mid_block.attentions.0.transformer_blocks.9.norm1.weight		
model.diffusion_model.middle_block.1.transformer_blocks.9.norm2.bias	1280	unet.mid_block.attentions.0.transformer_blocks.9.norm2.bias		
model.diffusion_model.middle_block.1.transformer_blocks.9.norm2.weight	1280	unet.mid_block.attentions.0.transformer_blocks.9.norm2.weight		
model.diffusion_model.middle_block.1.transformer_blocks.9.norm3.bias	1280	unet.mid_block.attentions.0.transformer_blocks.9.norm3.bias		
model.diffusion_model.middle_block.1.transformer_blocks.9.norm3.weight	1280	unet.mid_block.attentions.0.transformer_blocks.9.norm3.weight		
model.diffusion_model.middle_block.2.emb_layers.1.bias	1280	unet.mid_block.resnets.1.time_emb_proj.bias		
model.diffusion_model.middle_block.2.emb_layers.1.weight	1280,1280	unet.mid_block.resnets.1.time_emb_proj.weight	lora_unet_middle_block_2_emb_layers_1	lora_unet_mid_block_resnets_1_time_emb_proj
model.diffusion_model.middle_block.2.in_layers.0.bias	1280	unet.mid_block.resnets.1.norm1.bias		
model.diffusion_model.middle_block.2.in_layers.0.weight	1280	unet.mid_block.resnets.1.norm1.weight		
model.diffusion_model.middle_block.2.in_layers.2.bias	1280	unet.mid_block.resnets.1.conv1.bias		
model.diffusion_model.middle_block.2.in_layers.2.weight	1280,1280,3,3	unet.mid_block.resnets.1.conv1.weight	lora_unet_middle_block_2_in_layers_2	lora_unet_mid_block_resnets_1_conv1
model.diffusion_model.middle_block.2.out_layers.0.bias	1280	unet.mid_block.resnets.1.norm2.bias		
model.diffusion_model.middle_block.2.out_layers.0.weight	1280	unet.mid_block.resnets.1.norm2.weight		
model.diffusion_model.middle_block.2.out_layers.3.bias	1280	unet.mid_block.resnets.1.conv2.bias		
model.diffusion_model.middle_block.2.out_layers.3.weight	1280,1280,3,3	unet.mid_block.resnets.1.conv2.weight	lora_unet_middle_block_2_out_layers_3	lora_unet_mid_block_resnets_1_conv2
model.diffusion_model.out.0.bias	320	unet.conv_norm_out.bias		
model.diffusion_model.out.0.weight	320	unet.conv_norm_out.weight		
model.diffusion_model.out.2.bias	4	unet.conv_out.bias		
model.diffusion_model.out.2.weight	4,320,3,3	unet.conv_out.weight		
model.diffusion_model.output_blocks.0.0.emb_layers.1.bias	1280	unet.up_blocks.0.resnets.0.time_emb_proj.bias		
model.diffusion_model.output_blocks.0.0.emb_layers.1.weight	1280,1280	unet.up_blocks.0.resnets.0.time_emb_proj.weight	lora_unet_output_blocks_0_0_emb_layers_1	lora_unet_up_blocks_0_resnets_0_time_emb_proj
model.diffusion_model.output_blocks.0.0.in_layers.0.bias	2560	unet.up_blocks.0.resnets.0.norm1.bias		
model.diffusion_model.output_blocks.0.0.in_layers.0.weight	2560	unet.up_blocks.0.resnets.0.norm1.weight		
model.diffusion_model.output_blocks.0.0.in_layers.2.bias	1280	unet.up_blocks.0.resnets.0.conv1.bias		
model.diffusion_model.output_blocks.0.0.in_layers.2.weight	1280,2560,3,3	unet.up_blocks.0.resnets.0.conv1.weight	lora_unet_output_blocks_0_0_in_layers_2	lora_unet_up_blocks_0_resnets_0_conv1
model.diffusion_model.output_blocks.0.0.out_layers.0.bias	1280	unet.up_blocks.0.resnets.0.norm2.bias		
model.diffusion_model.output_blocks.0.0.out_layers.0.weight	1280	unet.up_blocks.0.resnets.0.norm2.weight		
model.diffusion_model.output_blocks.0.0.out_layers.3.bias	1280	unet.up_blocks.0.resnets.0.conv2.bias		
model.diffusion_model.output_blocks.0.0.out_layers.3.weight	1280,1280,3,3	unet.up_blocks.0.resnets.0.conv2.weight	lora_unet_output_blocks_0_0_out_layers_3	lora_unet_up_blocks_0_resnets_0_conv2
model.diffusion_model.output_blocks.0.0.skip_connection.bias	1280	unet.up_blocks.0.resnets.0.conv_shortcut.bias		
model.diffusion_model.output_blocks.0.0.skip_connection.weight	1280,2560,1,1	unet.up_blocks.0.resnets.0.conv_shortcut.weight	lora_unet_output_blocks_0_0_skip_connection	lora_unet_up_blocks_0_resnets_0_conv_shortcut
model.diffusion_model.output_blocks.0.1.norm.bias	1280	unet.up_blocks.0.attentions.0.norm.bias		
model.diffusion_model.output_blocks.0.1.norm.weight	1280	unet.up_blocks.0.attentions.0.norm.weight		
model.diffusion_model.output_blocks.0.1.proj_in.bias	1280	unet.up_blocks.0.attentions.0.proj_in.bias		
model.diffusion_model.output_blocks.0.1.proj_in.weight	1280,1280	unet.up_blocks.0.attentions.0.proj_in.weight	lora_unet_output_blocks_0_1_proj_in	lora_unet_up_blocks_0_attentions_0_proj_in
model.diffusion_model.output_blocks.0.1.proj_out.bias	1280	unet.up_blocks.0.attentions.0.proj_out.bias		
model.diffusion_model.output_blocks.0.1.proj_out.weight	1280,1280	unet.up_blocks.0.attentions.0.proj_out.weight	lora_unet_output_blocks_0_1_proj_out	lora_unet_up_blocks_0_attentions_0_proj_out
model.diffusion_model.output_blocks.0.1.transformer_blocks.0.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.0.attn1.to_k.weight	lora_unet_output_blocks_0_1_transformer_blocks_0_attn1_to_k	lora_unet_up_blocks_0_attentions_0_transformer_blocks_0_attn1_to_k
model.diffusion_model.output_blocks.0.1.transformer_blocks.0.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.0.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_output_blocks_0_1_transformer_blocks_0_attn1_to_out_0	lora_unet_up_blocks_0_attentions_0_transformer_blocks_0_attn1_to_out_0
model.diffusion_model.output_blocks.0.1.transformer_blocks.0.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.0.attn1.to_q.weight	lora_unet_output_blocks_0_1_transformer_blocks_0_attn1_to_q	lora_unet_up_blocks_0_attentions_0_transformer_blocks_0_attn1_to_q
model.diffusion_model.output_blocks.0.1.transformer_blocks.0.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.0.attn1.to_v.weight	lora_unet_output_blocks_0_1_transformer_blocks_0_attn1_to_v	lora_unet_up_blocks_0_attentions_0_transformer_blocks_0_attn1_to_v
model.diffusion_model.output_blocks.0.1.transformer_blocks.0.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.0.transformer_blocks.0.attn2.to_k.weight	lora_unet_output_blocks_0_1_transformer_blocks_0_attn2_to_k	lora_unet_up_blocks_0_attentions_0_transformer_blocks_0_attn2_to_k
model.diffusion_model.output_blocks.0.1.transformer_blocks.0.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.0.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_output_blocks_0_1_transformer_blocks_0_attn2_to_out_0	lora_unet_up_blocks_0_attentions_0_transformer_blocks_0_attn2_to_out_0
model.diffusion_model.output_blocks.0.1.transformer_blocks.0.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.0.attn2.to_q.weight	lora_unet_output_blocks_0_1_transformer_blocks_0_attn2_to_q	lora_unet_up_blocks_0_attentions_0_transformer_blocks_0_attn2_to_q
model.diffusion_model.output_blocks.0.1.transformer_blocks.0.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.0.transformer_blocks.0.attn2.to_v.weight	lora_unet_output_blocks_0_1_transformer_blocks_0_attn2_to_v	lora_unet_up_blocks_0_attentions_0_transformer_blocks_0_attn2_to_v
model.diffusion_model.output_blocks.0.1.transformer_blocks.0.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.0.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.0.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.0.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_output_blocks_0_1_transformer_blocks_0_ff_net_0_proj	lora_unet_up_blocks_0_attentions_0_transformer_blocks_0_ff_net_0_proj
model.diffusion_model.output_blocks.0.1.transformer_blocks.0.ff.net.2.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.0.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.0.transformer_blocks.0.ff.net.2.weight	lora_unet_output_blocks_0_1_transformer_blocks_0_ff_net_2	lora_unet_up_blocks_0_attentions_0_transformer_blocks_0_ff_net_2
model.diffusion_model.output_blocks.0.1.transformer_blocks.0.norm1.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.0.norm1.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.0.norm1.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.0.norm1.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.0.norm2.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.0.norm2.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.0.norm2.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.0.norm2.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.0.norm3.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.0.norm3.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.0.norm3.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.0.norm3.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.1.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.1.attn1.to_k.weight	lora_unet_output_blocks_0_1_transformer_blocks_1_attn1_to_k	lora_unet_up_blocks_0_attentions_0_transformer_blocks_1_attn1_to_k
model.diffusion_model.output_blocks.0.1.transformer_blocks.1.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.1.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.1.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.1.attn1.to_out.0.weight	lora_unet_output_blocks_0_1_transformer_blocks_1_attn1_to_out_0	lora_unet_up_blocks_0_attentions_0_transformer_blocks_1_attn1_to_out_0
model.diffusion_model.output_blocks.0.1.transformer_blocks.1.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.1.attn1.to_q.weight	lora_unet_output_blocks_0_1_transformer_blocks_1_attn1_to_q	lora_unet_up_blocks_0_attentions_0_transformer_blocks_1_attn1_to_q
model.diffusion_model.output_blocks.0.1.transformer_blocks.1.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.1.attn1.to_v.weight	lora_unet_output_blocks_0_1_transformer_blocks_1_attn1_to_v	lora_unet_up_blocks_0_attentions_0_transformer_blocks_1_attn1_to_v
model.diffusion_model.output_blocks.0.1.transformer_blocks.1.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.0.transformer_blocks.1.attn2.to_k.weight	lora_unet_output_blocks_0_1_transformer_blocks_1_attn2_to_k	lora_unet_up_blocks_0_attentions_0_transformer_blocks_1_attn2_to_k
model.diffusion_model.output_blocks.0.1.transformer_blocks.1.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.1.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.1.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.1.attn2.to_out.0.weight	lora_unet_output_blocks_0_1_transformer_blocks_1_attn2_to_out_0	lora_unet_up_blocks_0_attentions_0_transformer_blocks_1_attn2_to_out_0
model.diffusion_model.output_blocks.0.1.transformer_blocks.1.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.1.attn2.to_q.weight	lora_unet_output_blocks_0_1_transformer_blocks_1_attn2_to_q	lora_unet_up_blocks_0_attentions_0_transformer_blocks_1_attn2_to_q
model.diffusion_model.output_blocks.0.1.transformer_blocks.1.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.0.transformer_blocks.1.attn2.to_v.weight	lora_unet_output_blocks_0_1_transformer_blocks_1_attn2_to_v	lora_unet_up_blocks_0_attentions_0_transformer_blocks_1_attn2_to_v
model.diffusion_model.output_blocks.0.1.transformer_blocks.1.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.0.transformer_blocks.1.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.1.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.0.transformer_blocks.1.ff.net.0.proj.weight	lora_unet_output_blocks_0_1_transformer_blocks_1_ff_net_0_proj	lora_unet_up_blocks_0_attentions_0_transformer_blocks_1_ff_net_0_proj
model.diffusion_model.output_blocks.0.1.transformer_blocks.1.ff.net.2.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.1.ff.net.2.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.1.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.0.transformer_blocks.1.ff.net.2.weight	lora_unet_output_blocks_0_1_transformer_blocks_1_ff_net_2	lora_unet_up_blocks_0_attentions_0_transformer_blocks_1_ff_net_2
model.diffusion_model.output_blocks.0.1.transformer_blocks.1.norm1.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.1.norm1.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.1.norm1.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.1.norm1.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.1.norm2.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.1.norm2.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.1.norm2.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.1.norm2.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.1.norm3.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.1.norm3.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.1.norm3.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.1.norm3.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.2.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.2.attn1.to_k.weight	lora_unet_output_blocks_0_1_transformer_blocks_2_attn1_to_k	lora_unet_up_blocks_0_attentions_0_transformer_blocks_2_attn1_to_k
model.diffusion_model.output_blocks.0.1.transformer_blocks.2.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.2.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.2.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.2.attn1.to_out.0.weight	lora_unet_output_blocks_0_1_transformer_blocks_2_attn1_to_out_0	lora_unet_up_blocks_0_attentions_0_transformer_blocks_2_attn1_to_out_0
model.diffusion_model.output_blocks.0.1.transformer_blocks.2.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.2.attn1.to_q.weight	lora_unet_output_blocks_0_1_transformer_blocks_2_attn1_to_q	lora_unet_up_blocks_0_attentions_0_transformer_blocks_2_attn1_to_q
model.diffusion_model.output_blocks.0.1.transformer_blocks.2.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.2.attn1.to_v.weight	lora_unet_output_blocks_0_1_transformer_blocks_2_attn1_to_v	lora_unet_up_blocks_0_attentions_0_transformer_blocks_2_attn1_to_v
model.diffusion_model.output_blocks.0.1.transformer_blocks.2.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.0.transformer_blocks.2.attn2.to_k.weight	lora_unet_output_blocks_0_1_transformer_blocks_2_attn2_to_k	lora_unet_up_blocks_0_attentions_0_transformer_blocks_2_attn2_to_k
model.diffusion_model.output_blocks.0.1.transformer_blocks.2.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.2.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.2.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.2.attn2.to_out.0.weight	lora_unet_output_blocks_0_1_transformer_blocks_2_attn2_to_out_0	lora_unet_up_blocks_0_attentions_0_transformer_blocks_2_attn2_to_out_0
model.diffusion_model.output_blocks.0.1.transformer_blocks.2.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.2.attn2.to_q.weight	lora_unet_output_blocks_0_1_transformer_blocks_2_attn2_to_q	lora_unet_up_blocks_0_attentions_0_transformer_blocks_2_attn2_to_q
model.diffusion_model.output_blocks.0.1.transformer_blocks.2.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.0.transformer_blocks.2.attn2.to_v.weight	lora_unet_output_blocks_0_1_transformer_blocks_2_attn2_to_v	lora_unet_up_blocks_0_attentions_0_transformer_blocks_2_attn2_to_v
model.diffusion_model.output_blocks.0.1.transformer_blocks.2.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.0.transformer_blocks.2.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.2.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.0.transformer_blocks.2.ff.net.0.proj.weight	lora_unet_output_blocks_0_1_transformer_blocks_2_ff_net_0_proj	lora_unet_up_blocks_0_attentions_0_transformer_blocks_2_ff_net_0_proj
model.diffusion_model.output_blocks.0.1.transformer_blocks.2.ff.net.2.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.2.ff.net.2.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.2.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.0.transformer_blocks.2.ff.net.2.weight	lora_unet_output_blocks_0_1_transformer_blocks_2_ff_net_2	lora_unet_up_blocks_0_attentions_0_transformer_blocks_2_ff_net_2
model.diffusion_model.output_blocks.0.1.transformer_blocks.2.norm1.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.2.norm1.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.2.norm1.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.2.norm1.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.2.norm2.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.2.norm2.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.2.norm2.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.2.norm2.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.2.norm3.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.2.norm3.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.2.norm3.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.2.norm3.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.3.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.3.attn1.to_k.weight	lora_unet_output_blocks_0_1_transformer_blocks_3_attn1_to_k	lora_unet_up_blocks_0_attentions_0_transformer_blocks_3_attn1_to_k
model.diffusion_model.output_blocks.0.1.transformer_blocks.3.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.3.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.3.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.3.attn1.to_out.0.weight	lora_unet_output_blocks_0_1_transformer_blocks_3_attn1_to_out_0	lora_unet_up_blocks_0_attentions_0_transformer_blocks_3_attn1_to_out_0
model.diffusion_model.output_blocks.0.1.transformer_blocks.3.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.3.attn1.to_q.weight	lora_unet_output_blocks_0_1_transformer_blocks_3_attn1_to_q	lora_unet_up_blocks_0_attentions_0_transformer_blocks_3_attn1_to_q
model.diffusion_model.output_blocks.0.1.transformer_blocks.3.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.3.attn1.to_v.weight	lora_unet_output_blocks_0_1_transformer_blocks_3_attn1_to_v	lora_unet_up_blocks_0_attentions_0_transformer_blocks_3_attn1_to_v
model.diffusion_model.output_blocks.0.1.transformer_blocks.3.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.0.transformer_blocks.3.attn2.to_k.weight	lora_unet_output_blocks_0_1_transformer_blocks_3_attn2_to_k	lora_unet_up_blocks_0_attentions_0_transformer_blocks_3_attn2_to_k
model.diffusion_model.output_blocks.0.1.transformer_blocks.3.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.3.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.3.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.3.attn2.to_out.0.weight	lora_unet_output_blocks_0_1_transformer_blocks_3_attn2_to_out_0	lora_unet_up_blocks_0_attentions_0_transformer_blocks_3_attn2_to_out_0
model.diffusion_model.output_blocks.0.1.transformer_blocks.3.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.3.attn2.to_q.weight	lora_unet_output_blocks_0_1_transformer_blocks_3_attn2_to_q	lora_unet_up_blocks_0_attentions_0_transformer_blocks_3_attn2_to_q
model.diffusion_model.output_blocks.0.1.transformer_blocks.3.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.0.transformer_blocks.3.attn2.to_v.weight	lora_unet_output_blocks_0_1_transformer_blocks_3_attn2_to_v	lora_unet_up_blocks_0_attentions_0_transformer_blocks_3_attn2_to_v
model.diffusion_model.output_blocks.0.1.transformer_blocks.3.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.0.transformer_blocks.3.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.3.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.0.transformer_blocks.3.ff.net.0.proj.weight	lora_unet_output_blocks_0_1_transformer_blocks_3_ff_net_0_proj	lora_unet_up_blocks_0_attentions_0_transformer_blocks_3_ff_net_0_proj
model.diffusion_model.output_blocks.0.1.transformer_blocks.3.ff.net.2.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.3.ff.net.2.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.3.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.0.transformer_blocks.3.ff.net.2.weight	lora_unet_output_blocks_0_1_transformer_blocks_3_ff_net_2	lora_unet_up_blocks_0_attentions_0_transformer_blocks_3_ff_net_2
model.diffusion_model.output_blocks.0.1.transformer_blocks.3.norm1.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.3.norm1.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.3.norm1.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.3.norm1.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.3.norm2.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.3.norm2.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.3.norm2.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.3.norm2.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.3.norm3.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.3.norm3.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.3.norm3.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.3.norm3.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.4.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.4.attn1.to_k.weight	lora_unet_output_blocks_0_1_transformer_blocks_4_attn1_to_k	lora_unet_up_blocks_0_attentions_0_transformer_blocks_4_attn1_to_k
model.diffusion_model.output_blocks.0.1.transformer_blocks.4.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.4.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.4.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.4.attn1.to_out.0.weight	lora_unet_output_blocks_0_1_transformer_blocks_4_attn1_to_out_0	lora_unet_up_blocks_0_attentions_0_transformer_blocks_4_attn1_to_out_0
model.diffusion_model.output_blocks.0.1.transformer_blocks.4.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.4.attn1.to_q.weight	lora_unet_output_blocks_0_1_transformer_blocks_4_attn1_to_q	lora_unet_up_blocks_0_attentions_0_transformer_blocks_4_attn1_to_q
model.diffusion_model.output_blocks.0.1.transformer_blocks.4.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.4.attn1.to_v.weight	lora_unet_output_blocks_0_1_transformer_blocks_4_attn1_to_v	lora_unet_up_blocks_0_attentions_0_transformer_blocks_4_attn1_to_v
model.diffusion_model.output_blocks.0.1.transformer_blocks.4.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.0.transformer_blocks.4.attn2.to_k.weight	lora_unet_output_blocks_0_1_transformer_blocks_4_attn2_to_k	lora_unet_up_blocks_0_attentions_0_transformer_blocks_4_attn2_to_k
model.diffusion_model.output_blocks.0.1.transformer_blocks.4.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.4.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.4.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.4.attn2.to_out.0.weight	lora_unet_output_blocks_0_1_transformer_blocks_4_attn2_to_out_0	lora_unet_up_blocks_0_attentions_0_transformer_blocks_4_attn2_to_out_0
model.diffusion_model.output_blocks.0.1.transformer_blocks.4.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.4.attn2.to_q.weight	lora_unet_output_blocks_0_1_transformer_blocks_4_attn2_to_q	lora_unet_up_blocks_0_attentions_0_transformer_blocks_4_attn2_to_q
model.diffusion_model.output_blocks.0.1.transformer_blocks.4.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.0.transformer_blocks.4.attn2.to_v.weight	lora_unet_output_blocks_0_1_transformer_blocks_4_attn2_to_v	lora_unet_up_blocks_0_attentions_0_transformer_blocks_4_attn2_to_v
model.diffusion_model.output_blocks.0.1.transformer_blocks.4.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.0.transformer_blocks.4.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.4.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.0.transformer_blocks.4.ff.net.0.proj.weight	lora_unet_output_blocks_0_1_transformer_blocks_4_ff_net_0_proj	lora_unet_up_blocks_0_attentions_0_transformer_blocks_4_ff_net_0_proj
model.diffusion_model.output_blocks.0.1.transformer_blocks.4.ff.net.2.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.4.ff.net.2.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.4.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.0.transformer_blocks.4.ff.net.2.weight	lora_unet_output_blocks_0_1_transformer_blocks_4_ff_net_2	lora_unet_up_blocks_0_attentions_0_transformer_blocks_4_ff_net_2
model.diffusion_model.output_blocks.0.1.transformer_blocks.4.norm1.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.4.norm1.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.4.norm1.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.4.norm1.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.4.norm2.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.4.norm2.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.4.norm2.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.4.norm2.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.4.norm3.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.4.norm3.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.4.norm3.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.4.norm3.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.5.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.5.attn1.to_k.weight	lora_unet_output_blocks_0_1_transformer_blocks_5_attn1_to_k	lora_unet_up_blocks_0_attentions_0_transformer_blocks_5_attn1_to_k
model.diffusion_model.output_blocks.0.1.transformer_blocks.5.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.5.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.5.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.5.attn1.to_out.0.weight	lora_unet_output_blocks_0_1_transformer_blocks_5_attn1_to_out_0	lora_unet_up_blocks_0_attentions_0_transformer_blocks_5_attn1_to_out_0
model.diffusion_model.output_blocks.0.1.transformer_blocks.5.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.5.attn1.to_q.weight	lora_unet_output_blocks_0_1_transformer_blocks_5_attn1_to_q	lora_unet_up_blocks_0_attentions_0_transformer_blocks_5_attn1_to_q
model.diffusion_model.output_blocks.0.1.transformer_blocks.5.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.5.attn1.to_v.weight	lora_unet_output_blocks_0_1_transformer_blocks_5_attn1_to_v	lora_unet_up_blocks_0_attentions_0_transformer_blocks_5_attn1_to_v
model.diffusion_model.output_blocks.0.1.transformer_blocks.5.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.0.transformer_blocks.5.attn2.to_k.weight	lora_unet_output_blocks_0_1_transformer_blocks_5_attn2_to_k	lora_unet_up_blocks_0_attentions_0_transformer_blocks_5_attn2_to_k
model.diffusion_model.output_blocks.0.1.transformer_blocks.5.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.5.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.5.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.5.attn2.to_out.0.weight	lora_unet_output_blocks_0_1_transformer_blocks_5_attn2_to_out_0	lora_unet_up_blocks_0_attentions_0_transformer_blocks_5_attn2_to_out_0
model.diffusion_model.output_blocks.0.1.transformer_blocks.5.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.5.attn2.to_q.weight	lora_unet_output_blocks_0_1_transformer_blocks_5_attn2_to_q	lora_unet_up_blocks_0_attentions_0_transformer_blocks_5_attn2_to_q
model.diffusion_model.output_blocks.0.1.transformer_blocks.5.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.0.transformer_blocks.5.attn2.to_v.weight	lora_unet_output_blocks_0_1_transformer_blocks_5_attn2_to_v	lora_unet_up_blocks_0_attentions_0_transformer_blocks_5_attn2_to_v
model.diffusion_model.output_blocks.0.1.transformer_blocks.5.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.0.transformer_blocks.5.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.5.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.0.transformer_blocks.5.ff.net.0.proj.weight	lora_unet_output_blocks_0_1_transformer_blocks_5_ff_net_0_proj	lora_unet_up_blocks_0_attentions_0_transformer_blocks_5_ff_net_0_proj
model.diffusion_model.output_blocks.0.1.transformer_blocks.5.ff.net.2.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.5.ff.net.2.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.5.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.0.transformer_blocks.5.ff.net.2.weight	lora_unet_output_blocks_0_1_transformer_blocks_5_ff_net_2	lora_unet_up_blocks_0_attentions_0_transformer_blocks_5_ff_net_2
model.diffusion_model.output_blocks.0.1.transformer_blocks.5.norm1.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.5.norm1.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.5.norm1.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.5.norm1.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.5.norm2.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.5.norm2.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.5.norm2.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.5.norm2.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.5.norm3.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.5.norm3.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.5.norm3.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.5.norm3.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.6.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.6.attn1.to_k.weight	lora_unet_output_blocks_0_1_transformer_blocks_6_attn1_to_k	lora_unet_up_blocks_0_attentions_0_transformer_blocks_6_attn1_to_k
model.diffusion_model.output_blocks.0.1.transformer_blocks.6.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.6.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.6.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.6.attn1.to_out.0.weight	lora_unet_output_blocks_0_1_transformer_blocks_6_attn1_to_out_0	lora_unet_up_blocks_0_attentions_0_transformer_blocks_6_attn1_to_out_0
model.diffusion_model.output_blocks.0.1.transformer_blocks.6.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.6.attn1.to_q.weight	lora_unet_output_blocks_0_1_transformer_blocks_6_attn1_to_q	lora_unet_up_blocks_0_attentions_0_transformer_blocks_6_attn1_to_q
model.diffusion_model.output_blocks.0.1.transformer_blocks.6.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.6.attn1.to_v.weight	lora_unet_output_blocks_0_1_transformer_blocks_6_attn1_to_v	lora_unet_up_blocks_0_attentions_0_transformer_blocks_6_attn1_to_v
model.diffusion_model.output_blocks.0.1.transformer_blocks.6.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.0.transformer_blocks.6.attn2.to_k.weight	lora_unet_output_blocks_0_1_transformer_blocks_6_attn2_to_k	lora_unet_up_blocks_0_attentions_0_transformer_blocks_6_attn2_to_k
model.diffusion_model.output_blocks.0.1.transformer_blocks.6.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.6.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.6.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.6.attn2.to_out.0.weight	lora_unet_output_blocks_0_1_transformer_blocks_6_attn2_to_out_0	lora_unet_up_blocks_0_attentions_0_transformer_blocks_6_attn2_to_out_0
model.diffusion_model.output_blocks.0.1.transformer_blocks.6.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.6.attn2.to_q.weight	lora_unet_output_blocks_0_1_transformer_blocks_6_attn2_to_q	lora_unet_up_blocks_0_attentions_0_transformer_blocks_6_attn2_to_q
model.diffusion_model.output_blocks.0.1.transformer_blocks.6.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.0.transformer_blocks.6.attn2.to_v.weight	lora_unet_output_blocks_0_1_transformer_blocks_6_attn2_to_v	lora_unet_up_blocks_0_attentions_0_transformer_blocks_6_attn2_to_v
model.diffusion_model.output_blocks.0.1.transformer_blocks.6.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.0.transformer_blocks.6.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.6.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.0.transformer_blocks.6.ff.net.0.proj.weight	lora_unet_output_blocks_0_1_transformer_blocks_6_ff_net_0_proj	lora_unet_up_blocks_0_attentions_0_transformer_blocks_6_ff_net_0_proj
model.diffusion_model.output_blocks.0.1.transformer_blocks.6.ff.net.2.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.6.ff.net.2.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.6.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.0.transformer_blocks.6.ff.net.2.weight	lora_unet_output_blocks_0_1_transformer_blocks_6_ff_net_2	lora_unet_up_blocks_0_attentions_0_transformer_blocks_6_ff_net_2
model.diffusion_model.output_blocks.0.1.transformer_blocks.6.norm1.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.6.norm1.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.6.norm1.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.6.norm1.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.6.norm2.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.6.norm2.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.6.norm2.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.6.norm2.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.6.norm3.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.6.norm3.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.6.norm3.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.6.norm3.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.7.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.7.attn1.to_k.weight	lora_unet_output_blocks_0_1_transformer_blocks_7_attn1_to_k	lora_unet_up_blocks_0_attentions_0_transformer_blocks_7_attn1_to_k
model.diffusion_model.output_blocks.0.1.transformer_blocks.7.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.7.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.7.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.7.attn1.to_out.0.weight	lora_unet_output_blocks_0_1_transformer_blocks_7_attn1_to_out_0	lora_unet_up_blocks_0_attentions_0_transformer_blocks_7_attn1_to_out_0
model.diffusion_model.output_blocks.0.1.transformer_blocks.7.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.7.attn1.to_q.weight	lora_unet_output_blocks_0_1_transformer_blocks_7_attn1_to_q	lora_unet_up_blocks_0_attentions_0_transformer_blocks_7_attn1_to_q
model.diffusion_model.output_blocks.0.1.transformer_blocks.7.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.7.attn1.to_v.weight	lora_unet_output_blocks_0_1_transformer_blocks_7_attn1_to_v	lora_unet_up_blocks_0_attentions_0_transformer_blocks_7_attn1_to_v
model.diffusion_model.output_blocks.0.1.transformer_blocks.7.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.0.transformer_blocks.7.attn2.to_k.weight	lora_unet_output_blocks_0_1_transformer_blocks_7_attn2_to_k	lora_unet_up_blocks_0_attentions_0_transformer_blocks_7_attn2_to_k
model.diffusion_model.output_blocks.0.1.transformer_blocks.7.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.7.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.7.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.7.attn2.to_out.0.weight	lora_unet_output_blocks_0_1_transformer_blocks_7_attn2_to_out_0	lora_unet_up_blocks_0_attentions_0_transformer_blocks_7_attn2_to_out_0
model.diffusion_model.output_blocks.0.1.transformer_blocks.7.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.7.attn2.to_q.weight	lora_unet_output_blocks_0_1_transformer_blocks_7_attn2_to_q	lora_unet_up_blocks_0_attentions_0_transformer_blocks_7_attn2_to_q
model.diffusion_model.output_blocks.0.1.transformer_blocks.7.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.0.transformer_blocks.7.attn2.to_v.weight	lora_unet_output_blocks_0_1_transformer_blocks_7_attn2_to_v	lora_unet_up_blocks_0_attentions_0_transformer_blocks_7_attn2_to_v
model.diffusion_model.output_blocks.0.1.transformer_blocks.7.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.0.transformer_blocks.7.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.7.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.0.transformer_blocks.7.ff.net.0.proj.weight	lora_unet_output_blocks_0_1_transformer_blocks_7_ff_net_0_proj	lora_unet_up_blocks_0_attentions_0_transformer_blocks_7_ff_net_0_proj
model.diffusion_model.output_blocks.0.1.transformer_blocks.7.ff.net.2.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.7.ff.net.2.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.7.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.0.transformer_blocks.7.ff.net.2.weight	lora_unet_output_blocks_0_1_transformer_blocks_7_ff_net_2	lora_unet_up_blocks_0_attentions_0_transformer_blocks_7_ff_net_2
model.diffusion_model.output_blocks.0.1.transformer_blocks.7.norm1.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.7.norm1.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.7.norm1.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.7.norm1.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.7.norm2.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.7.norm2.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.7.norm2.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.7.norm2.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.7.norm3.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.7.norm3.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.7.norm3.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.7.norm3.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.8.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.8.attn1.to_k.weight	lora_unet_output_blocks_0_1_transformer_blocks_8_attn1_to_k	lora_unet_up_blocks_0_attentions_0_transformer_blocks_8_attn1_to_k
model.diffusion_model.output_blocks.0.1.transformer_blocks.8.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.8.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.8.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.8.attn1.to_out.0.weight	lora_unet_output_blocks_0_1_transformer_blocks_8_attn1_to_out_0	lora_unet_up_blocks_0_attentions_0_transformer_blocks_8_attn1_to_out_0
model.diffusion_model.output_blocks.0.1.transformer_blocks.8.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.8.attn1.to_q.weight	lora_unet_output_blocks_0_1_transformer_blocks_8_attn1_to_q	lora_unet_up_blocks_0_attentions_0_transformer_blocks_8_attn1_to_q
model.diffusion_model.output_blocks.0.1.transformer_blocks.8.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.8.attn1.to_v.weight	lora_unet_output_blocks_0_1_transformer_blocks_8_attn1_to_v	lora_unet_up_blocks_0_attentions_0_transformer_blocks_8_attn1_to_v
model.diffusion_model.output_blocks.0.1.transformer_blocks.8.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.0.transformer_blocks.8.attn2.to_k.weight	lora_unet_output_blocks_0_1_transformer_blocks_8_attn2_to_k	lora_unet_up_blocks_0_attentions_0_transformer_blocks_8_attn2_to_k
model.diffusion_model.output_blocks.0.1.transformer_blocks.8.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.8.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.8.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.8.attn2.to_out.0.weight	lora_unet_output_blocks_0_1_transformer_blocks_8_attn2_to_out_0	lora_unet_up_blocks_0_attentions_0_transformer_blocks_8_attn2_to_out_0
model.diffusion_model.output_blocks.0.1.transformer_blocks.8.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.8.attn2.to_q.weight	lora_unet_output_blocks_0_1_transformer_blocks_8_attn2_to_q	lora_unet_up_blocks_0_attentions_0_transformer_blocks_8_attn2_to_q
model.diffusion_model.output_blocks.0.1.transformer_blocks.8.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.0.transformer_blocks.8.attn2.to_v.weight	lora_unet_output_blocks_0_1_transformer_blocks_8_attn2_to_v	lora_unet_up_blocks_0_attentions_0_transformer_blocks_8_attn2_to_v
model.diffusion_model.output_blocks.0.1.transformer_blocks.8.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.0.transformer_blocks.8.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.8.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.0.transformer_blocks.8.ff.net.0.proj.weight	lora_unet_output_blocks_0_1_transformer_blocks_8_ff_net_0_proj	lora_unet_up_blocks_0_attentions_0_transformer_blocks_8_ff_net_0_proj
model.diffusion_model.output_blocks.0.1.transformer_blocks.8.ff.net.2.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.8.ff.net.2.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.8.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.0.transformer_blocks.8.ff.net.2.weight	lora_unet_output_blocks_0_1_transformer_blocks_8_ff_net_2	lora_unet_up_blocks_0_attentions_0_transformer_blocks_8_ff_net_2
model.diffusion_model.output_blocks.0.1.transformer_blocks.8.norm1.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.8.norm1.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.8.norm1.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.8.norm1.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.8.norm2.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.8.norm2.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.8.norm2.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.8.norm2.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.8.norm3.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.8.norm3.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.8.norm3.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.8.norm3.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.9.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.9.attn1.to_k.weight	lora_unet_output_blocks_0_1_transformer_blocks_9_attn1_to_k	lora_unet_up_blocks_0_attentions_0_transformer_blocks_9_attn1_to_k
model.diffusion_model.output_blocks.0.1.transformer_blocks.9.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.9.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.9.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.9.attn1.to_out.0.weight	lora_unet_output_blocks_0_1_transformer_blocks_9_attn1_to_out_0	lora_unet_up_blocks_0_attentions_0_transformer_blocks_9_attn1_to_out_0
model.diffusion_model.output_blocks.0.1.transformer_blocks.9.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.9.attn1.to_q.weight	lora_unet_output_blocks_0_1_transformer_blocks_9_attn1_to_q	lora_unet_up_blocks_0_attentions_0_transformer_blocks_9_attn1_to_q
model.diffusion_model.output_blocks.0.1.transformer_blocks.9.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.9.attn1.to_v.weight	lora_unet_output_blocks_0_1_transformer_blocks_9_attn1_to_v	lora_unet_up_blocks_0_attentions_0_transformer_blocks_9_attn1_to_v
model.diffusion_model.output_blocks.0.1.transformer_blocks.9.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.0.transformer_blocks.9.attn2.to_k.weight	lora_unet_output_blocks_0_1_transformer_blocks_9_attn2_to_k	lora_unet_up_blocks_0_attentions_0_transformer_blocks_9_attn2_to_k
model.diffusion_model.output_blocks.0.1.transformer_blocks.9.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.9.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.9.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.9.attn2.to_out.0.weight	lora_unet_output_blocks_0_1_transformer_blocks_9_attn2_to_out_0	lora_unet_up_blocks_0_attentions_0_transformer_blocks_9_attn2_to_out_0
model.diffusion_model.output_blocks.0.1.transformer_blocks.9.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.0.transformer_blocks.9.attn2.to_q.weight	lora_unet_output_blocks_0_1_transformer_blocks_9_attn2_to_q	lora_unet_up_blocks_0_attentions_0_transformer_blocks_9_attn2_to_q
model.diffusion_model.output_blocks.0.1.transformer_blocks.9.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.0.transformer_blocks.9.attn2.to_v.weight	lora_unet_output_blocks_0_1_transformer_blocks_9_attn2_to_v	lora_unet_up_blocks_0_attentions_0_transformer_blocks_9_attn2_to_v
model.diffusion_model.output_blocks.0.1.transformer_blocks.9.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.0.transformer_blocks.9.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.9.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.0.transformer_blocks.9.ff.net.0.proj.weight	lora_unet_output_blocks_0_1_transformer_blocks_9_ff_net_0_proj	lora_unet_up_blocks_0_attentions_0_transformer_blocks_9_ff_net_0_proj
model.diffusion_model.output_blocks.0.1.transformer_blocks.9.ff.net.2.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.9.ff.net.2.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.9.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.0.transformer_blocks.9.ff.net.2.weight	lora_unet_output_blocks_0_1_transformer_blocks_9_ff_net_2	lora_unet_up_blocks_0_attentions_0_transformer_blocks_9_ff_net_2
model.diffusion_model.output_blocks.0.1.transformer_blocks.9.norm1.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.9.norm1.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.9.norm1.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.9.norm1.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.9.norm2.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.9.norm2.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.9.norm2.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.9.norm2.weight		
model.diffusion_model.output_blocks.0.1.transformer_blocks.9.norm3.bias	1280	unet.up_blocks.0.attentions.0.transformer_blocks.9.norm3.bias		
model.diffusion_model.output_blocks.0.1.transformer_blocks.9.norm3.weight	1280	unet.up_blocks.0.attentions.0.transformer_blocks.9.norm3.weight		
model.diffusion_model.output_blocks.1.0.emb_layers.1.bias	1280	unet.up_blocks.0.resnets.1.time_emb_proj.bias		
model.diffusion_model.output_blocks.1.0.emb_layers.1.weight	1280,1280	unet.up_blocks.0.resnets.1.time_emb_proj.weight	lora_unet_output_blocks_1_0_emb_layers_1	lora_unet_up_blocks_0_resnets_1_time_emb_proj
model.diffusion_model.output_blocks.1.0.in_layers.0.bias	2560	unet.up_blocks.0.resnets.1.norm1.bias		
model.diffusion_model.output_blocks.1.0.in_layers.0.weight	2560	unet.up_blocks.0.resnets.1.norm1.weight		
model.diffusion_model.output_blocks.1.0.in_layers.2.bias	1280	unet.up_blocks.0.resnets.1.conv1.bias		
model.diffusion_model.output_blocks.1.0.in_layers.2.weight	1280,2560,3,3	unet.up_blocks.0.resnets.1.conv1.weight	lora_unet_output_blocks_1_0_in_layers_2	lora_unet_up_blocks_0_resnets_1_conv1
model.diffusion_model.output_blocks.1.0.out_layers.0.bias	1280	unet.up_blocks.0.resnets.1.norm2.bias		
model.diffusion_model.output_blocks.1.0.out_layers.0.weight	1280	unet.up_blocks.0.resnets.1.norm2.weight		
model.diffusion_model.output_blocks.1.0.out_layers.3.bias	1280	unet.up_blocks.0.resnets.1.conv2.bias		
model.diffusion_model.output_blocks.1.0.out_layers.3.weight	1280,1280,3,3	unet.up_blocks.0.resnets.1.conv2.weight	lora_unet_output_blocks_1_0_out_layers_3	lora_unet_up_blocks_0_resnets_1_conv2
model.diffusion_model.output_blocks.1.0.skip_connection.bias	1280	unet.up_blocks.0.resnets.1.conv_shortcut.bias		
model.diffusion_model.output_blocks.1.0.skip_connection.weight	1280,2560,1,1	unet.up_blocks.0.resnets.1.conv_shortcut.weight	lora_unet_output_blocks_1_0_skip_connection	lora_unet_up_blocks_0_resnets_1_conv_shortcut
model.diffusion_model.output_blocks.1.1.norm.bias	1280	unet.up_blocks.0.attentions.1.norm.bias		
model.diffusion_model.output_blocks.1.1.norm.weight	1280	unet.up_blocks.0.attentions.1.norm.weight		
model.diffusion_model.output_blocks.1.1.proj_in.bias	1280	unet.up_blocks.0.attentions.1.proj_in.bias		
model.diffusion_model.output_blocks.1.1.proj_in.weight	1280,1280	unet.up_blocks.0.attentions.1.proj_in.weight	lora_unet_output_blocks_1_1_proj_in	lora_unet_up_blocks_0_attentions_1_proj_in
model.diffusion_model.output_blocks.1.1.proj_out.bias	1280	unet.up_blocks.0.attentions.1.proj_out.bias		
model.diffusion_model.output_blocks.1.1.proj_out.weight	1280,1280	unet.up_blocks.0.attentions.1.proj_out.weight	lora_unet_output_blocks_1_1_proj_out	lora_unet_up_blocks_0_attentions_1_proj_out
model.diffusion_model.output_blocks.1.1.transformer_blocks.0.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.0.attn1.to_k.weight	lora_unet_output_blocks_1_1_transformer_blocks_0_attn1_to_k	lora_unet_up_blocks_0_attentions_1_transformer_blocks_0_attn1_to_k
model.diffusion_model.output_blocks.1.1.transformer_blocks.0.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.0.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_output_blocks_1_1_transformer_blocks_0_attn1_to_out_0	lora_unet_up_blocks_0_attentions_1_transformer_blocks_0_attn1_to_out_0
model.diffusion_model.output_blocks.1.1.transformer_blocks.0.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.0.attn1.to_q.weight	lora_unet_output_blocks_1_1_transformer_blocks_0_attn1_to_q	lora_unet_up_blocks_0_attentions_1_transformer_blocks_0_attn1_to_q
model.diffusion_model.output_blocks.1.1.transformer_blocks.0.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.0.attn1.to_v.weight	lora_unet_output_blocks_1_1_transformer_blocks_0_attn1_to_v	lora_unet_up_blocks_0_attentions_1_transformer_blocks_0_attn1_to_v
model.diffusion_model.output_blocks.1.1.transformer_blocks.0.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.1.transformer_blocks.0.attn2.to_k.weight	lora_unet_output_blocks_1_1_transformer_blocks_0_attn2_to_k	lora_unet_up_blocks_0_attentions_1_transformer_blocks_0_attn2_to_k
model.diffusion_model.output_blocks.1.1.transformer_blocks.0.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.0.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_output_blocks_1_1_transformer_blocks_0_attn2_to_out_0	lora_unet_up_blocks_0_attentions_1_transformer_blocks_0_attn2_to_out_0
model.diffusion_model.output_blocks.1.1.transformer_blocks.0.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.0.attn2.to_q.weight	lora_unet_output_blocks_1_1_transformer_blocks_0_attn2_to_q	lora_unet_up_blocks_0_attentions_1_transformer_blocks_0_attn2_to_q
model.diffusion_model.output_blocks.1.1.transformer_blocks.0.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.1.transformer_blocks.0.attn2.to_v.weight	lora_unet_output_blocks_1_1_transformer_blocks_0_attn2_to_v	lora_unet_up_blocks_0_attentions_1_transformer_blocks_0_attn2_to_v
model.diffusion_model.output_blocks.1.1.transformer_blocks.0.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.1.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.0.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.1.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_output_blocks_1_1_transformer_blocks_0_ff_net_0_proj	lora_unet_up_blocks_0_attentions_1_transformer_blocks_0_ff_net_0_proj
model.diffusion_model.output_blocks.1.1.transformer_blocks.0.ff.net.2.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.0.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.1.transformer_blocks.0.ff.net.2.weight	lora_unet_output_blocks_1_1_transformer_blocks_0_ff_net_2	lora_unet_up_blocks_0_attentions_1_transformer_blocks_0_ff_net_2
model.diffusion_model.output_blocks.1.1.transformer_blocks.0.norm1.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.0.norm1.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.0.norm1.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.0.norm1.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.0.norm2.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.0.norm2.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.0.norm2.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.0.norm2.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.0.norm3.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.0.norm3.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.0.norm3.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.0.norm3.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.1.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.1.attn1.to_k.weight	lora_unet_output_blocks_1_1_transformer_blocks_1_attn1_to_k	lora_unet_up_blocks_0_attentions_1_transformer_blocks_1_attn1_to_k
model.diffusion_model.output_blocks.1.1.transformer_blocks.1.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.1.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.1.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.1.attn1.to_out.0.weight	lora_unet_output_blocks_1_1_transformer_blocks_1_attn1_to_out_0	lora_unet_up_blocks_0_attentions_1_transformer_blocks_1_attn1_to_out_0
model.diffusion_model.output_blocks.1.1.transformer_blocks.1.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.1.attn1.to_q.weight	lora_unet_output_blocks_1_1_transformer_blocks_1_attn1_to_q	lora_unet_up_blocks_0_attentions_1_transformer_blocks_1_attn1_to_q
model.diffusion_model.output_blocks.1.1.transformer_blocks.1.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.1.attn1.to_v.weight	lora_unet_output_blocks_1_1_transformer_blocks_1_attn1_to_v	lora_unet_up_blocks_0_attentions_1_transformer_blocks_1_attn1_to_v
model.diffusion_model.output_blocks.1.1.transformer_blocks.1.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.1.transformer_blocks.1.attn2.to_k.weight	lora_unet_output_blocks_1_1_transformer_blocks_1_attn2_to_k	lora_unet_up_blocks_0_attentions_1_transformer_blocks_1_attn2_to_k
model.diffusion_model.output_blocks.1.1.transformer_blocks.1.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.1.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.1.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.1.attn2.to_out.0.weight	lora_unet_output_blocks_1_1_transformer_blocks_1_attn2_to_out_0	lora_unet_up_blocks_0_attentions_1_transformer_blocks_1_attn2_to_out_0
model.diffusion_model.output_blocks.1.1.transformer_blocks.1.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.1.attn2.to_q.weight	lora_unet_output_blocks_1_1_transformer_blocks_1_attn2_to_q	lora_unet_up_blocks_0_attentions_1_transformer_blocks_1_attn2_to_q
model.diffusion_model.output_blocks.1.1.transformer_blocks.1.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.1.transformer_blocks.1.attn2.to_v.weight	lora_unet_output_blocks_1_1_transformer_blocks_1_attn2_to_v	lora_unet_up_blocks_0_attentions_1_transformer_blocks_1_attn2_to_v
model.diffusion_model.output_blocks.1.1.transformer_blocks.1.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.1.transformer_blocks.1.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.1.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.1.transformer_blocks.1.ff.net.0.proj.weight	lora_unet_output_blocks_1_1_transformer_blocks_1_ff_net_0_proj	lora_unet_up_blocks_0_attentions_1_transformer_blocks_1_ff_net_0_proj
model.diffusion_model.output_blocks.1.1.transformer_blocks.1.ff.net.2.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.1.ff.net.2.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.1.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.1.transformer_blocks.1.ff.net.2.weight	lora_unet_output_blocks_1_1_transformer_blocks_1_ff_net_2	lora_unet_up_blocks_0_attentions_1_transformer_blocks_1_ff_net_2
model.diffusion_model.output_blocks.1.1.transformer_blocks.1.norm1.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.1.norm1.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.1.norm1.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.1.norm1.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.1.norm2.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.1.norm2.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.1.norm2.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.1.norm2.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.1.norm3.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.1.norm3.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.1.norm3.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.1.norm3.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.2.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.2.attn1.to_k.weight	lora_unet_output_blocks_1_1_transformer_blocks_2_attn1_to_k	lora_unet_up_blocks_0_attentions_1_transformer_blocks_2_attn1_to_k
model.diffusion_model.output_blocks.1.1.transformer_blocks.2.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.2.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.2.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.2.attn1.to_out.0.weight	lora_unet_output_blocks_1_1_transformer_blocks_2_attn1_to_out_0	lora_unet_up_blocks_0_attentions_1_transformer_blocks_2_attn1_to_out_0
model.diffusion_model.output_blocks.1.1.transformer_blocks.2.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.2.attn1.to_q.weight	lora_unet_output_blocks_1_1_transformer_blocks_2_attn1_to_q	lora_unet_up_blocks_0_attentions_1_transformer_blocks_2_attn1_to_q
model.diffusion_model.output_blocks.1.1.transformer_blocks.2.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.2.attn1.to_v.weight	lora_unet_output_blocks_1_1_transformer_blocks_2_attn1_to_v	lora_unet_up_blocks_0_attentions_1_transformer_blocks_2_attn1_to_v
model.diffusion_model.output_blocks.1.1.transformer_blocks.2.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.1.transformer_blocks.2.attn2.to_k.weight	lora_unet_output_blocks_1_1_transformer_blocks_2_attn2_to_k	lora_unet_up_blocks_0_attentions_1_transformer_blocks_2_attn2_to_k
model.diffusion_model.output_blocks.1.1.transformer_blocks.2.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.2.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.2.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.2.attn2.to_out.0.weight	lora_unet_output_blocks_1_1_transformer_blocks_2_attn2_to_out_0	lora_unet_up_blocks_0_attentions_1_transformer_blocks_2_attn2_to_out_0
model.diffusion_model.output_blocks.1.1.transformer_blocks.2.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.2.attn2.to_q.weight	lora_unet_output_blocks_1_1_transformer_blocks_2_attn2_to_q	lora_unet_up_blocks_0_attentions_1_transformer_blocks_2_attn2_to_q
model.diffusion_model.output_blocks.1.1.transformer_blocks.2.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.1.transformer_blocks.2.attn2.to_v.weight	lora_unet_output_blocks_1_1_transformer_blocks_2_attn2_to_v	lora_unet_up_blocks_0_attentions_1_transformer_blocks_2_attn2_to_v
model.diffusion_model.output_blocks.1.1.transformer_blocks.2.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.1.transformer_blocks.2.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.2.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.1.transformer_blocks.2.ff.net.0.proj.weight	lora_unet_output_blocks_1_1_transformer_blocks_2_ff_net_0_proj	lora_unet_up_blocks_0_attentions_1_transformer_blocks_2_ff_net_0_proj
model.diffusion_model.output_blocks.1.1.transformer_blocks.2.ff.net.2.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.2.ff.net.2.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.2.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.1.transformer_blocks.2.ff.net.2.weight	lora_unet_output_blocks_1_1_transformer_blocks_2_ff_net_2	lora_unet_up_blocks_0_attentions_1_transformer_blocks_2_ff_net_2
model.diffusion_model.output_blocks.1.1.transformer_blocks.2.norm1.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.2.norm1.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.2.norm1.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.2.norm1.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.2.norm2.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.2.norm2.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.2.norm2.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.2.norm2.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.2.norm3.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.2.norm3.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.2.norm3.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.2.norm3.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.3.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.3.attn1.to_k.weight	lora_unet_output_blocks_1_1_transformer_blocks_3_attn1_to_k	lora_unet_up_blocks_0_attentions_1_transformer_blocks_3_attn1_to_k
model.diffusion_model.output_blocks.1.1.transformer_blocks.3.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.3.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.3.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.3.attn1.to_out.0.weight	lora_unet_output_blocks_1_1_transformer_blocks_3_attn1_to_out_0	lora_unet_up_blocks_0_attentions_1_transformer_blocks_3_attn1_to_out_0
model.diffusion_model.output_blocks.1.1.transformer_blocks.3.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.3.attn1.to_q.weight	lora_unet_output_blocks_1_1_transformer_blocks_3_attn1_to_q	lora_unet_up_blocks_0_attentions_1_transformer_blocks_3_attn1_to_q
model.diffusion_model.output_blocks.1.1.transformer_blocks.3.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.3.attn1.to_v.weight	lora_unet_output_blocks_1_1_transformer_blocks_3_attn1_to_v	lora_unet_up_blocks_0_attentions_1_transformer_blocks_3_attn1_to_v
model.diffusion_model.output_blocks.1.1.transformer_blocks.3.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.1.transformer_blocks.3.attn2.to_k.weight	lora_unet_output_blocks_1_1_transformer_blocks_3_attn2_to_k	lora_unet_up_blocks_0_attentions_1_transformer_blocks_3_attn2_to_k
model.diffusion_model.output_blocks.1.1.transformer_blocks.3.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.3.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.3.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.3.attn2.to_out.0.weight	lora_unet_output_blocks_1_1_transformer_blocks_3_attn2_to_out_0	lora_unet_up_blocks_0_attentions_1_transformer_blocks_3_attn2_to_out_0
model.diffusion_model.output_blocks.1.1.transformer_blocks.3.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.3.attn2.to_q.weight	lora_unet_output_blocks_1_1_transformer_blocks_3_attn2_to_q	lora_unet_up_blocks_0_attentions_1_transformer_blocks_3_attn2_to_q
model.diffusion_model.output_blocks.1.1.transformer_blocks.3.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.1.transformer_blocks.3.attn2.to_v.weight	lora_unet_output_blocks_1_1_transformer_blocks_3_attn2_to_v	lora_unet_up_blocks_0_attentions_1_transformer_blocks_3_attn2_to_v
model.diffusion_model.output_blocks.1.1.transformer_blocks.3.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.1.transformer_blocks.3.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.3.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.1.transformer_blocks.3.ff.net.0.proj.weight	lora_unet_output_blocks_1_1_transformer_blocks_3_ff_net_0_proj	lora_unet_up_blocks_0_attentions_1_transformer_blocks_3_ff_net_0_proj
model.diffusion_model.output_blocks.1.1.transformer_blocks.3.ff.net.2.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.3.ff.net.2.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.3.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.1.transformer_blocks.3.ff.net.2.weight	lora_unet_output_blocks_1_1_transformer_blocks_3_ff_net_2	lora_unet_up_blocks_0_attentions_1_transformer_blocks_3_ff_net_2
model.diffusion_model.output_blocks.1.1.transformer_blocks.3.norm1.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.3.norm1.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.3.norm1.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.3.norm1.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.3.norm2.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.3.norm2.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.3.norm2.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.3.norm2.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.3.norm3.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.3.norm3.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.3.norm3.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.3.norm3.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.4.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.4.attn1.to_k.weight	lora_unet_output_blocks_1_1_transformer_blocks_4_attn1_to_k	lora_unet_up_blocks_0_attentions_1_transformer_blocks_4_attn1_to_k
model.diffusion_model.output_blocks.1.1.transformer_blocks.4.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.4.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.4.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.4.attn1.to_out.0.weight	lora_unet_output_blocks_1_1_transformer_blocks_4_attn1_to_out_0	lora_unet_up_blocks_0_attentions_1_transformer_blocks_4_attn1_to_out_0
model.diffusion_model.output_blocks.1.1.transformer_blocks.4.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.4.attn1.to_q.weight	lora_unet_output_blocks_1_1_transformer_blocks_4_attn1_to_q	lora_unet_up_blocks_0_attentions_1_transformer_blocks_4_attn1_to_q
model.diffusion_model.output_blocks.1.1.transformer_blocks.4.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.4.attn1.to_v.weight	lora_unet_output_blocks_1_1_transformer_blocks_4_attn1_to_v	lora_unet_up_blocks_0_attentions_1_transformer_blocks_4_attn1_to_v
model.diffusion_model.output_blocks.1.1.transformer_blocks.4.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.1.transformer_blocks.4.attn2.to_k.weight	lora_unet_output_blocks_1_1_transformer_blocks_4_attn2_to_k	lora_unet_up_blocks_0_attentions_1_transformer_blocks_4_attn2_to_k
model.diffusion_model.output_blocks.1.1.transformer_blocks.4.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.4.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.4.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.4.attn2.to_out.0.weight	lora_unet_output_blocks_1_1_transformer_blocks_4_attn2_to_out_0	lora_unet_up_blocks_0_attentions_1_transformer_blocks_4_attn2_to_out_0
model.diffusion_model.output_blocks.1.1.transformer_blocks.4.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.4.attn2.to_q.weight	lora_unet_output_blocks_1_1_transformer_blocks_4_attn2_to_q	lora_unet_up_blocks_0_attentions_1_transformer_blocks_4_attn2_to_q
model.diffusion_model.output_blocks.1.1.transformer_blocks.4.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.1.transformer_blocks.4.attn2.to_v.weight	lora_unet_output_blocks_1_1_transformer_blocks_4_attn2_to_v	lora_unet_up_blocks_0_attentions_1_transformer_blocks_4_attn2_to_v
model.diffusion_model.output_blocks.1.1.transformer_blocks.4.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.1.transformer_blocks.4.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.4.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.1.transformer_blocks.4.ff.net.0.proj.weight	lora_unet_output_blocks_1_1_transformer_blocks_4_ff_net_0_proj	lora_unet_up_blocks_0_attentions_1_transformer_blocks_4_ff_net_0_proj
model.diffusion_model.output_blocks.1.1.transformer_blocks.4.ff.net.2.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.4.ff.net.2.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.4.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.1.transformer_blocks.4.ff.net.2.weight	lora_unet_output_blocks_1_1_transformer_blocks_4_ff_net_2	lora_unet_up_blocks_0_attentions_1_transformer_blocks_4_ff_net_2
model.diffusion_model.output_blocks.1.1.transformer_blocks.4.norm1.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.4.norm1.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.4.norm1.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.4.norm1.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.4.norm2.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.4.norm2.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.4.norm2.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.4.norm2.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.4.norm3.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.4.norm3.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.4.norm3.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.4.norm3.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.5.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.5.attn1.to_k.weight	lora_unet_output_blocks_1_1_transformer_blocks_5_attn1_to_k	lora_unet_up_blocks_0_attentions_1_transformer_blocks_5_attn1_to_k
model.diffusion_model.output_blocks.1.1.transformer_blocks.5.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.5.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.5.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.5.attn1.to_out.0.weight	lora_unet_output_blocks_1_1_transformer_blocks_5_attn1_to_out_0	lora_unet_up_blocks_0_attentions_1_transformer_blocks_5_attn1_to_out_0
model.diffusion_model.output_blocks.1.1.transformer_blocks.5.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.5.attn1.to_q.weight	lora_unet_output_blocks_1_1_transformer_blocks_5_attn1_to_q	lora_unet_up_blocks_0_attentions_1_transformer_blocks_5_attn1_to_q
model.diffusion_model.output_blocks.1.1.transformer_blocks.5.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.5.attn1.to_v.weight	lora_unet_output_blocks_1_1_transformer_blocks_5_attn1_to_v	lora_unet_up_blocks_0_attentions_1_transformer_blocks_5_attn1_to_v
model.diffusion_model.output_blocks.1.1.transformer_blocks.5.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.1.transformer_blocks.5.attn2.to_k.weight	lora_unet_output_blocks_1_1_transformer_blocks_5_attn2_to_k	lora_unet_up_blocks_0_attentions_1_transformer_blocks_5_attn2_to_k
model.diffusion_model.output_blocks.1.1.transformer_blocks.5.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.5.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.5.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.5.attn2.to_out.0.weight	lora_unet_output_blocks_1_1_transformer_blocks_5_attn2_to_out_0	lora_unet_up_blocks_0_attentions_1_transformer_blocks_5_attn2_to_out_0
model.diffusion_model.output_blocks.1.1.transformer_blocks.5.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.5.attn2.to_q.weight	lora_unet_output_blocks_1_1_transformer_blocks_5_attn2_to_q	lora_unet_up_blocks_0_attentions_1_transformer_blocks_5_attn2_to_q
model.diffusion_model.output_blocks.1.1.transformer_blocks.5.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.1.transformer_blocks.5.attn2.to_v.weight	lora_unet_output_blocks_1_1_transformer_blocks_5_attn2_to_v	lora_unet_up_blocks_0_attentions_1_transformer_blocks_5_attn2_to_v
model.diffusion_model.output_blocks.1.1.transformer_blocks.5.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.1.transformer_blocks.5.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.5.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.1.transformer_blocks.5.ff.net.0.proj.weight	lora_unet_output_blocks_1_1_transformer_blocks_5_ff_net_0_proj	lora_unet_up_blocks_0_attentions_1_transformer_blocks_5_ff_net_0_proj
model.diffusion_model.output_blocks.1.1.transformer_blocks.5.ff.net.2.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.5.ff.net.2.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.5.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.1.transformer_blocks.5.ff.net.2.weight	lora_unet_output_blocks_1_1_transformer_blocks_5_ff_net_2	lora_unet_up_blocks_0_attentions_1_transformer_blocks_5_ff_net_2
model.diffusion_model.output_blocks.1.1.transformer_blocks.5.norm1.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.5.norm1.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.5.norm1.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.5.norm1.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.5.norm2.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.5.norm2.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.5.norm2.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.5.norm2.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.5.norm3.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.5.norm3.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.5.norm3.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.5.norm3.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.6.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.6.attn1.to_k.weight	lora_unet_output_blocks_1_1_transformer_blocks_6_attn1_to_k	lora_unet_up_blocks_0_attentions_1_transformer_blocks_6_attn1_to_k
model.diffusion_model.output_blocks.1.1.transformer_blocks.6.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.6.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.6.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.6.attn1.to_out.0.weight	lora_unet_output_blocks_1_1_transformer_blocks_6_attn1_to_out_0	lora_unet_up_blocks_0_attentions_1_transformer_blocks_6_attn1_to_out_0
model.diffusion_model.output_blocks.1.1.transformer_blocks.6.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.6.attn1.to_q.weight	lora_unet_output_blocks_1_1_transformer_blocks_6_attn1_to_q	lora_unet_up_blocks_0_attentions_1_transformer_blocks_6_attn1_to_q
model.diffusion_model.output_blocks.1.1.transformer_blocks.6.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.6.attn1.to_v.weight	lora_unet_output_blocks_1_1_transformer_blocks_6_attn1_to_v	lora_unet_up_blocks_0_attentions_1_transformer_blocks_6_attn1_to_v
model.diffusion_model.output_blocks.1.1.transformer_blocks.6.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.1.transformer_blocks.6.attn2.to_k.weight	lora_unet_output_blocks_1_1_transformer_blocks_6_attn2_to_k	lora_unet_up_blocks_0_attentions_1_transformer_blocks_6_attn2_to_k
model.diffusion_model.output_blocks.1.1.transformer_blocks.6.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.6.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.6.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.6.attn2.to_out.0.weight	lora_unet_output_blocks_1_1_transformer_blocks_6_attn2_to_out_0	lora_unet_up_blocks_0_attentions_1_transformer_blocks_6_attn2_to_out_0
model.diffusion_model.output_blocks.1.1.transformer_blocks.6.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.6.attn2.to_q.weight	lora_unet_output_blocks_1_1_transformer_blocks_6_attn2_to_q	lora_unet_up_blocks_0_attentions_1_transformer_blocks_6_attn2_to_q
model.diffusion_model.output_blocks.1.1.transformer_blocks.6.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.1.transformer_blocks.6.attn2.to_v.weight	lora_unet_output_blocks_1_1_transformer_blocks_6_attn2_to_v	lora_unet_up_blocks_0_attentions_1_transformer_blocks_6_attn2_to_v
model.diffusion_model.output_blocks.1.1.transformer_blocks.6.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.1.transformer_blocks.6.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.6.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.1.transformer_blocks.6.ff.net.0.proj.weight	lora_unet_output_blocks_1_1_transformer_blocks_6_ff_net_0_proj	lora_unet_up_blocks_0_attentions_1_transformer_blocks_6_ff_net_0_proj
model.diffusion_model.output_blocks.1.1.transformer_blocks.6.ff.net.2.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.6.ff.net.2.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.6.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.1.transformer_blocks.6.ff.net.2.weight	lora_unet_output_blocks_1_1_transformer_blocks_6_ff_net_2	lora_unet_up_blocks_0_attentions_1_transformer_blocks_6_ff_net_2
model.diffusion_model.output_blocks.1.1.transformer_blocks.6.norm1.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.6.norm1.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.6.norm1.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.6.norm1.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.6.norm2.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.6.norm2.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.6.norm2.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.6.norm2.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.6.norm3.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.6.norm3.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.6.norm3.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.6.norm3.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.7.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.7.attn1.to_k.weight	lora_unet_output_blocks_1_1_transformer_blocks_7_attn1_to_k	lora_unet_up_blocks_0_attentions_1_transformer_blocks_7_attn1_to_k
model.diffusion_model.output_blocks.1.1.transformer_blocks.7.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.7.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.7.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.7.attn1.to_out.0.weight	lora_unet_output_blocks_1_1_transformer_blocks_7_attn1_to_out_0	lora_unet_up_blocks_0_attentions_1_transformer_blocks_7_attn1_to_out_0
model.diffusion_model.output_blocks.1.1.transformer_blocks.7.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.7.attn1.to_q.weight	lora_unet_output_blocks_1_1_transformer_blocks_7_attn1_to_q	lora_unet_up_blocks_0_attentions_1_transformer_blocks_7_attn1_to_q
model.diffusion_model.output_blocks.1.1.transformer_blocks.7.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.7.attn1.to_v.weight	lora_unet_output_blocks_1_1_transformer_blocks_7_attn1_to_v	lora_unet_up_blocks_0_attentions_1_transformer_blocks_7_attn1_to_v
model.diffusion_model.output_blocks.1.1.transformer_blocks.7.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.1.transformer_blocks.7.attn2.to_k.weight	lora_unet_output_blocks_1_1_transformer_blocks_7_attn2_to_k	lora_unet_up_blocks_0_attentions_1_transformer_blocks_7_attn2_to_k
model.diffusion_model.output_blocks.1.1.transformer_blocks.7.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.7.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.7.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.7.attn2.to_out.0.weight	lora_unet_output_blocks_1_1_transformer_blocks_7_attn2_to_out_0	lora_unet_up_blocks_0_attentions_1_transformer_blocks_7_attn2_to_out_0
model.diffusion_model.output_blocks.1.1.transformer_blocks.7.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.7.attn2.to_q.weight	lora_unet_output_blocks_1_1_transformer_blocks_7_attn2_to_q	lora_unet_up_blocks_0_attentions_1_transformer_blocks_7_attn2_to_q
model.diffusion_model.output_blocks.1.1.transformer_blocks.7.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.1.transformer_blocks.7.attn2.to_v.weight	lora_unet_output_blocks_1_1_transformer_blocks_7_attn2_to_v	lora_unet_up_blocks_0_attentions_1_transformer_blocks_7_attn2_to_v
model.diffusion_model.output_blocks.1.1.transformer_blocks.7.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.1.transformer_blocks.7.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.7.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.1.transformer_blocks.7.ff.net.0.proj.weight	lora_unet_output_blocks_1_1_transformer_blocks_7_ff_net_0_proj	lora_unet_up_blocks_0_attentions_1_transformer_blocks_7_ff_net_0_proj
model.diffusion_model.output_blocks.1.1.transformer_blocks.7.ff.net.2.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.7.ff.net.2.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.7.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.1.transformer_blocks.7.ff.net.2.weight	lora_unet_output_blocks_1_1_transformer_blocks_7_ff_net_2	lora_unet_up_blocks_0_attentions_1_transformer_blocks_7_ff_net_2
model.diffusion_model.output_blocks.1.1.transformer_blocks.7.norm1.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.7.norm1.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.7.norm1.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.7.norm1.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.7.norm2.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.7.norm2.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.7.norm2.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.7.norm2.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.7.norm3.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.7.norm3.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.7.norm3.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.7.norm3.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.8.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.8.attn1.to_k.weight	lora_unet_output_blocks_1_1_transformer_blocks_8_attn1_to_k	lora_unet_up_blocks_0_attentions_1_transformer_blocks_8_attn1_to_k
model.diffusion_model.output_blocks.1.1.transformer_blocks.8.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.8.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.8.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.8.attn1.to_out.0.weight	lora_unet_output_blocks_1_1_transformer_blocks_8_attn1_to_out_0	lora_unet_up_blocks_0_attentions_1_transformer_blocks_8_attn1_to_out_0
model.diffusion_model.output_blocks.1.1.transformer_blocks.8.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.8.attn1.to_q.weight	lora_unet_output_blocks_1_1_transformer_blocks_8_attn1_to_q	lora_unet_up_blocks_0_attentions_1_transformer_blocks_8_attn1_to_q
model.diffusion_model.output_blocks.1.1.transformer_blocks.8.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.8.attn1.to_v.weight	lora_unet_output_blocks_1_1_transformer_blocks_8_attn1_to_v	lora_unet_up_blocks_0_attentions_1_transformer_blocks_8_attn1_to_v
model.diffusion_model.output_blocks.1.1.transformer_blocks.8.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.1.transformer_blocks.8.attn2.to_k.weight	lora_unet_output_blocks_1_1_transformer_blocks_8_attn2_to_k	lora_unet_up_blocks_0_attentions_1_transformer_blocks_8_attn2_to_k
model.diffusion_model.output_blocks.1.1.transformer_blocks.8.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.8.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.8.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.8.attn2.to_out.0.weight	lora_unet_output_blocks_1_1_transformer_blocks_8_attn2_to_out_0	lora_unet_up_blocks_0_attentions_1_transformer_blocks_8_attn2_to_out_0
model.diffusion_model.output_blocks.1.1.transformer_blocks.8.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.8.attn2.to_q.weight	lora_unet_output_blocks_1_1_transformer_blocks_8_attn2_to_q	lora_unet_up_blocks_0_attentions_1_transformer_blocks_8_attn2_to_q
model.diffusion_model.output_blocks.1.1.transformer_blocks.8.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.1.transformer_blocks.8.attn2.to_v.weight	lora_unet_output_blocks_1_1_transformer_blocks_8_attn2_to_v	lora_unet_up_blocks_0_attentions_1_transformer_blocks_8_attn2_to_v
model.diffusion_model.output_blocks.1.1.transformer_blocks.8.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.1.transformer_blocks.8.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.8.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.1.transformer_blocks.8.ff.net.0.proj.weight	lora_unet_output_blocks_1_1_transformer_blocks_8_ff_net_0_proj	lora_unet_up_blocks_0_attentions_1_transformer_blocks_8_ff_net_0_proj
model.diffusion_model.output_blocks.1.1.transformer_blocks.8.ff.net.2.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.8.ff.net.2.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.8.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.1.transformer_blocks.8.ff.net.2.weight	lora_unet_output_blocks_1_1_transformer_blocks_8_ff_net_2	lora_unet_up_blocks_0_attentions_1_transformer_blocks_8_ff_net_2
model.diffusion_model.output_blocks.1.1.transformer_blocks.8.norm1.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.8.norm1.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.8.norm1.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.8.norm1.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.8.norm2.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.8.norm2.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.8.norm2.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.8.norm2.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.8.norm3.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.8.norm3.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.8.norm3.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.8.norm3.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.9.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.9.attn1.to_k.weight	lora_unet_output_blocks_1_1_transformer_blocks_9_attn1_to_k	lora_unet_up_blocks_0_attentions_1_transformer_blocks_9_attn1_to_k
model.diffusion_model.output_blocks.1.1.transformer_blocks.9.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.9.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.9.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.9.attn1.to_out.0.weight	lora_unet_output_blocks_1_1_transformer_blocks_9_attn1_to_out_0	lora_unet_up_blocks_0_attentions_1_transformer_blocks_9_attn1_to_out_0
model.diffusion_model.output_blocks.1.1.transformer_blocks.9.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.9.attn1.to_q.weight	lora_unet_output_blocks_1_1_transformer_blocks_9_attn1_to_q	lora_unet_up_blocks_0_attentions_1_transformer_blocks_9_attn1_to_q
model.diffusion_model.output_blocks.1.1.transformer_blocks.9.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.9.attn1.to_v.weight	lora_unet_output_blocks_1_1_transformer_blocks_9_attn1_to_v	lora_unet_up_blocks_0_attentions_1_transformer_blocks_9_attn1_to_v
model.diffusion_model.output_blocks.1.1.transformer_blocks.9.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.1.transformer_blocks.9.attn2.to_k.weight	lora_unet_output_blocks_1_1_transformer_blocks_9_attn2_to_k	lora_unet_up_blocks_0_attentions_1_transformer_blocks_9_attn2_to_k
model.diffusion_model.output_blocks.1.1.transformer_blocks.9.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.9.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.9.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.9.attn2.to_out.0.weight	lora_unet_output_blocks_1_1_transformer_blocks_9_attn2_to_out_0	lora_unet_up_blocks_0_attentions_1_transformer_blocks_9_attn2_to_out_0
model.diffusion_model.output_blocks.1.1.transformer_blocks.9.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.1.transformer_blocks.9.attn2.to_q.weight	lora_unet_output_blocks_1_1_transformer_blocks_9_attn2_to_q	lora_unet_up_blocks_0_attentions_1_transformer_blocks_9_attn2_to_q
model.diffusion_model.output_blocks.1.1.transformer_blocks.9.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.1.transformer_blocks.9.attn2.to_v.weight	lora_unet_output_blocks_1_1_transformer_blocks_9_attn2_to_v	lora_unet_up_blocks_0_attentions_1_transformer_blocks_9_attn2_to_v
model.diffusion_model.output_blocks.1.1.transformer_blocks.9.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.1.transformer_blocks.9.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.9.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.1.transformer_blocks.9.ff.net.0.proj.weight	lora_unet_output_blocks_1_1_transformer_blocks_9_ff_net_0_proj	lora_unet_up_blocks_0_attentions_1_transformer_blocks_9_ff_net_0_proj
model.diffusion_model.output_blocks.1.1.transformer_blocks.9.ff.net.2.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.9.ff.net.2.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.9.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.1.transformer_blocks.9.ff.net.2.weight	lora_unet_output_blocks_1_1_transformer_blocks_9_ff_net_2	lora_unet_up_blocks_0_attentions_1_transformer_blocks_9_ff_net_2
model.diffusion_model.output_blocks.1.1.transformer_blocks.9.norm1.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.9.norm1.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.9.norm1.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.9.norm1.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.9.norm2.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.9.norm2.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.9.norm2.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.9.norm2.weight		
model.diffusion_model.output_blocks.1.1.transformer_blocks.9.norm3.bias	1280	unet.up_blocks.0.attentions.1.transformer_blocks.9.norm3.bias		
model.diffusion_model.output_blocks.1.1.transformer_blocks.9.norm3.weight	1280	unet.up_blocks.0.attentions.1.transformer_blocks.9.norm3.weight		
model.diffusion_model.output_blocks.2.0.emb_layers.1.bias	1280	unet.up_blocks.0.resnets.2.time_emb_proj.bias		
model.diffusion_model.output_blocks.2.0.emb_layers.1.weight	1280,1280	unet.up_blocks.0.resnets.2.time_emb_proj.weight	lora_unet_output_blocks_2_0_emb_layers_1	lora_unet_up_blocks_0_resnets_2_time_emb_proj
model.diffusion_model.output_blocks.2.0.in_layers.0.bias	1920	unet.up_blocks.0.resnets.2.norm1.bias		
model.diffusion_model.output_blocks.2.0.in_layers.0.weight	1920	unet.up_blocks.0.resnets.2.norm1.weight		
model.diffusion_model.output_blocks.2.0.in_layers.2.bias	1280	unet.up_blocks.0.resnets.2.conv1.bias		
model.diffusion_model.output_blocks.2.0.in_layers.2.weight	1280,1920,3,3	unet.up_blocks.0.resnets.2.conv1.weight	lora_unet_output_blocks_2_0_in_layers_2	lora_unet_up_blocks_0_resnets_2_conv1
model.diffusion_model.output_blocks.2.0.out_layers.0.bias	1280	unet.up_blocks.0.resnets.2.norm2.bias		
model.diffusion_model.output_blocks.2.0.out_layers.0.weight	1280	unet.up_blocks.0.resnets.2.norm2.weight		
model.diffusion_model.output_blocks.2.0.out_layers.3.bias	1280	unet.up_blocks.0.resnets.2.conv2.bias		
model.diffusion_model.output_blocks.2.0.out_layers.3.weight	1280,1280,3,3	unet.up_blocks.0.resnets.2.conv2.weight	lora_unet_output_blocks_2_0_out_layers_3	lora_unet_up_blocks_0_resnets_2_conv2
model.diffusion_model.output_blocks.2.0.skip_connection.bias	1280	unet.up_blocks.0.resnets.2.conv_shortcut.bias		
model.diffusion_model.output_blocks.2.0.skip_connection.weight	1280,1920,1,1	unet.up_blocks.0.resnets.2.conv_shortcut.weight	lora_unet_output_blocks_2_0_skip_connection	lora_unet_up_blocks_0_resnets_2_conv_shortcut
model.diffusion_model.output_blocks.2.1.norm.bias	1280	unet.up_blocks.0.attentions.2.norm.bias		
model.diffusion_model.output_blocks.2.1.norm.weight	1280	unet.up_blocks.0.attentions.2.norm.weight		
model.diffusion_model.output_blocks.2.1.proj_in.bias	1280	unet.up_blocks.0.attentions.2.proj_in.bias		
model.diffusion_model.output_blocks.2.1.proj_in.weight	1280,1280	unet.up_blocks.0.attentions.2.proj_in.weight	lora_unet_output_blocks_2_1_proj_in	lora_unet_up_blocks_0_attentions_2_proj_in
model.diffusion_model.output_blocks.2.1.proj_out.bias	1280	unet.up_blocks.0.attentions.2.proj_out.bias		
model.diffusion_model.output_blocks.2.1.proj_out.weight	1280,1280	unet.up_blocks.0.attentions.2.proj_out.weight	lora_unet_output_blocks_2_1_proj_out	lora_unet_up_blocks_0_attentions_2_proj_out
model.diffusion_model.output_blocks.2.1.transformer_blocks.0.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.0.attn1.to_k.weight	lora_unet_output_blocks_2_1_transformer_blocks_0_attn1_to_k	lora_unet_up_blocks_0_attentions_2_transformer_blocks_0_attn1_to_k
model.diffusion_model.output_blocks.2.1.transformer_blocks.0.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.0.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_output_blocks_2_1_transformer_blocks_0_attn1_to_out_0	lora_unet_up_blocks_0_attentions_2_transformer_blocks_0_attn1_to_out_0
model.diffusion_model.output_blocks.2.1.transformer_blocks.0.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.0.attn1.to_q.weight	lora_unet_output_blocks_2_1_transformer_blocks_0_attn1_to_q	lora_unet_up_blocks_0_attentions_2_transformer_blocks_0_attn1_to_q
model.diffusion_model.output_blocks.2.1.transformer_blocks.0.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.0.attn1.to_v.weight	lora_unet_output_blocks_2_1_transformer_blocks_0_attn1_to_v	lora_unet_up_blocks_0_attentions_2_transformer_blocks_0_attn1_to_v
model.diffusion_model.output_blocks.2.1.transformer_blocks.0.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.2.transformer_blocks.0.attn2.to_k.weight	lora_unet_output_blocks_2_1_transformer_blocks_0_attn2_to_k	lora_unet_up_blocks_0_attentions_2_transformer_blocks_0_attn2_to_k
model.diffusion_model.output_blocks.2.1.transformer_blocks.0.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.0.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_output_blocks_2_1_transformer_blocks_0_attn2_to_out_0	lora_unet_up_blocks_0_attentions_2_transformer_blocks_0_attn2_to_out_0
model.diffusion_model.output_blocks.2.1.transformer_blocks.0.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.0.attn2.to_q.weight	lora_unet_output_blocks_2_1_transformer_blocks_0_attn2_to_q	lora_unet_up_blocks_0_attentions_2_transformer_blocks_0_attn2_to_q
model.diffusion_model.output_blocks.2.1.transformer_blocks.0.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.2.transformer_blocks.0.attn2.to_v.weight	lora_unet_output_blocks_2_1_transformer_blocks_0_attn2_to_v	lora_unet_up_blocks_0_attentions_2_transformer_blocks_0_attn2_to_v
model.diffusion_model.output_blocks.2.1.transformer_blocks.0.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.2.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.0.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.2.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_output_blocks_2_1_transformer_blocks_0_ff_net_0_proj	lora_unet_up_blocks_0_attentions_2_transformer_blocks_0_ff_net_0_proj
model.diffusion_model.output_blocks.2.1.transformer_blocks.0.ff.net.2.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.0.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.2.transformer_blocks.0.ff.net.2.weight	lora_unet_output_blocks_2_1_transformer_blocks_0_ff_net_2	lora_unet_up_blocks_0_attentions_2_transformer_blocks_0_ff_net_2
model.diffusion_model.output_blocks.2.1.transformer_blocks.0.norm1.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.0.norm1.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.0.norm1.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.0.norm1.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.0.norm2.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.0.norm2.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.0.norm2.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.0.norm2.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.0.norm3.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.0.norm3.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.0.norm3.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.0.norm3.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.1.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.1.attn1.to_k.weight	lora_unet_output_blocks_2_1_transformer_blocks_1_attn1_to_k	lora_unet_up_blocks_0_attentions_2_transformer_blocks_1_attn1_to_k
model.diffusion_model.output_blocks.2.1.transformer_blocks.1.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.1.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.1.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.1.attn1.to_out.0.weight	lora_unet_output_blocks_2_1_transformer_blocks_1_attn1_to_out_0	lora_unet_up_blocks_0_attentions_2_transformer_blocks_1_attn1_to_out_0
model.diffusion_model.output_blocks.2.1.transformer_blocks.1.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.1.attn1.to_q.weight	lora_unet_output_blocks_2_1_transformer_blocks_1_attn1_to_q	lora_unet_up_blocks_0_attentions_2_transformer_blocks_1_attn1_to_q
model.diffusion_model.output_blocks.2.1.transformer_blocks.1.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.1.attn1.to_v.weight	lora_unet_output_blocks_2_1_transformer_blocks_1_attn1_to_v	lora_unet_up_blocks_0_attentions_2_transformer_blocks_1_attn1_to_v
model.diffusion_model.output_blocks.2.1.transformer_blocks.1.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.2.transformer_blocks.1.attn2.to_k.weight	lora_unet_output_blocks_2_1_transformer_blocks_1_attn2_to_k	lora_unet_up_blocks_0_attentions_2_transformer_blocks_1_attn2_to_k
model.diffusion_model.output_blocks.2.1.transformer_blocks.1.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.1.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.1.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.1.attn2.to_out.0.weight	lora_unet_output_blocks_2_1_transformer_blocks_1_attn2_to_out_0	lora_unet_up_blocks_0_attentions_2_transformer_blocks_1_attn2_to_out_0
model.diffusion_model.output_blocks.2.1.transformer_blocks.1.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.1.attn2.to_q.weight	lora_unet_output_blocks_2_1_transformer_blocks_1_attn2_to_q	lora_unet_up_blocks_0_attentions_2_transformer_blocks_1_attn2_to_q
model.diffusion_model.output_blocks.2.1.transformer_blocks.1.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.2.transformer_blocks.1.attn2.to_v.weight	lora_unet_output_blocks_2_1_transformer_blocks_1_attn2_to_v	lora_unet_up_blocks_0_attentions_2_transformer_blocks_1_attn2_to_v
model.diffusion_model.output_blocks.2.1.transformer_blocks.1.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.2.transformer_blocks.1.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.1.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.2.transformer_blocks.1.ff.net.0.proj.weight	lora_unet_output_blocks_2_1_transformer_blocks_1_ff_net_0_proj	lora_unet_up_blocks_0_attentions_2_transformer_blocks_1_ff_net_0_proj
model.diffusion_model.output_blocks.2.1.transformer_blocks.1.ff.net.2.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.1.ff.net.2.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.1.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.2.transformer_blocks.1.ff.net.2.weight	lora_unet_output_blocks_2_1_transformer_blocks_1_ff_net_2	lora_unet_up_blocks_0_attentions_2_transformer_blocks_1_ff_net_2
model.diffusion_model.output_blocks.2.1.transformer_blocks.1.norm1.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.1.norm1.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.1.norm1.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.1.norm1.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.1.norm2.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.1.norm2.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.1.norm2.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.1.norm2.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.1.norm3.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.1.norm3.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.1.norm3.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.1.norm3.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.2.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.2.attn1.to_k.weight	lora_unet_output_blocks_2_1_transformer_blocks_2_attn1_to_k	lora_unet_up_blocks_0_attentions_2_transformer_blocks_2_attn1_to_k
model.diffusion_model.output_blocks.2.1.transformer_blocks.2.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.2.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.2.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.2.attn1.to_out.0.weight	lora_unet_output_blocks_2_1_transformer_blocks_2_attn1_to_out_0	lora_unet_up_blocks_0_attentions_2_transformer_blocks_2_attn1_to_out_0
model.diffusion_model.output_blocks.2.1.transformer_blocks.2.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.2.attn1.to_q.weight	lora_unet_output_blocks_2_1_transformer_blocks_2_attn1_to_q	lora_unet_up_blocks_0_attentions_2_transformer_blocks_2_attn1_to_q
model.diffusion_model.output_blocks.2.1.transformer_blocks.2.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.2.attn1.to_v.weight	lora_unet_output_blocks_2_1_transformer_blocks_2_attn1_to_v	lora_unet_up_blocks_0_attentions_2_transformer_blocks_2_attn1_to_v
model.diffusion_model.output_blocks.2.1.transformer_blocks.2.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.2.transformer_blocks.2.attn2.to_k.weight	lora_unet_output_blocks_2_1_transformer_blocks_2_attn2_to_k	lora_unet_up_blocks_0_attentions_2_transformer_blocks_2_attn2_to_k
model.diffusion_model.output_blocks.2.1.transformer_blocks.2.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.2.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.2.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.2.attn2.to_out.0.weight	lora_unet_output_blocks_2_1_transformer_blocks_2_attn2_to_out_0	lora_unet_up_blocks_0_attentions_2_transformer_blocks_2_attn2_to_out_0
model.diffusion_model.output_blocks.2.1.transformer_blocks.2.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.2.attn2.to_q.weight	lora_unet_output_blocks_2_1_transformer_blocks_2_attn2_to_q	lora_unet_up_blocks_0_attentions_2_transformer_blocks_2_attn2_to_q
model.diffusion_model.output_blocks.2.1.transformer_blocks.2.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.2.transformer_blocks.2.attn2.to_v.weight	lora_unet_output_blocks_2_1_transformer_blocks_2_attn2_to_v	lora_unet_up_blocks_0_attentions_2_transformer_blocks_2_attn2_to_v
model.diffusion_model.output_blocks.2.1.transformer_blocks.2.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.2.transformer_blocks.2.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.2.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.2.transformer_blocks.2.ff.net.0.proj.weight	lora_unet_output_blocks_2_1_transformer_blocks_2_ff_net_0_proj	lora_unet_up_blocks_0_attentions_2_transformer_blocks_2_ff_net_0_proj
model.diffusion_model.output_blocks.2.1.transformer_blocks.2.ff.net.2.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.2.ff.net.2.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.2.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.2.transformer_blocks.2.ff.net.2.weight	lora_unet_output_blocks_2_1_transformer_blocks_2_ff_net_2	lora_unet_up_blocks_0_attentions_2_transformer_blocks_2_ff_net_2
model.diffusion_model.output_blocks.2.1.transformer_blocks.2.norm1.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.2.norm1.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.2.norm1.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.2.norm1.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.2.norm2.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.2.norm2.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.2.norm2.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.2.norm2.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.2.norm3.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.2.norm3.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.2.norm3.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.2.norm3.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.3.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.3.attn1.to_k.weight	lora_unet_output_blocks_2_1_transformer_blocks_3_attn1_to_k	lora_unet_up_blocks_0_attentions_2_transformer_blocks_3_attn1_to_k
model.diffusion_model.output_blocks.2.1.transformer_blocks.3.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.3.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.3.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.3.attn1.to_out.0.weight	lora_unet_output_blocks_2_1_transformer_blocks_3_attn1_to_out_0	lora_unet_up_blocks_0_attentions_2_transformer_blocks_3_attn1_to_out_0
model.diffusion_model.output_blocks.2.1.transformer_blocks.3.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.3.attn1.to_q.weight	lora_unet_output_blocks_2_1_transformer_blocks_3_attn1_to_q	lora_unet_up_blocks_0_attentions_2_transformer_blocks_3_attn1_to_q
model.diffusion_model.output_blocks.2.1.transformer_blocks.3.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.3.attn1.to_v.weight	lora_unet_output_blocks_2_1_transformer_blocks_3_attn1_to_v	lora_unet_up_blocks_0_attentions_2_transformer_blocks_3_attn1_to_v
model.diffusion_model.output_blocks.2.1.transformer_blocks.3.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.2.transformer_blocks.3.attn2.to_k.weight	lora_unet_output_blocks_2_1_transformer_blocks_3_attn2_to_k	lora_unet_up_blocks_0_attentions_2_transformer_blocks_3_attn2_to_k
model.diffusion_model.output_blocks.2.1.transformer_blocks.3.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.3.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.3.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.3.attn2.to_out.0.weight	lora_unet_output_blocks_2_1_transformer_blocks_3_attn2_to_out_0	lora_unet_up_blocks_0_attentions_2_transformer_blocks_3_attn2_to_out_0
model.diffusion_model.output_blocks.2.1.transformer_blocks.3.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.3.attn2.to_q.weight	lora_unet_output_blocks_2_1_transformer_blocks_3_attn2_to_q	lora_unet_up_blocks_0_attentions_2_transformer_blocks_3_attn2_to_q
model.diffusion_model.output_blocks.2.1.transformer_blocks.3.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.2.transformer_blocks.3.attn2.to_v.weight	lora_unet_output_blocks_2_1_transformer_blocks_3_attn2_to_v	lora_unet_up_blocks_0_attentions_2_transformer_blocks_3_attn2_to_v
model.diffusion_model.output_blocks.2.1.transformer_blocks.3.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.2.transformer_blocks.3.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.3.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.2.transformer_blocks.3.ff.net.0.proj.weight	lora_unet_output_blocks_2_1_transformer_blocks_3_ff_net_0_proj	lora_unet_up_blocks_0_attentions_2_transformer_blocks_3_ff_net_0_proj
model.diffusion_model.output_blocks.2.1.transformer_blocks.3.ff.net.2.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.3.ff.net.2.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.3.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.2.transformer_blocks.3.ff.net.2.weight	lora_unet_output_blocks_2_1_transformer_blocks_3_ff_net_2	lora_unet_up_blocks_0_attentions_2_transformer_blocks_3_ff_net_2
model.diffusion_model.output_blocks.2.1.transformer_blocks.3.norm1.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.3.norm1.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.3.norm1.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.3.norm1.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.3.norm2.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.3.norm2.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.3.norm2.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.3.norm2.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.3.norm3.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.3.norm3.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.3.norm3.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.3.norm3.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.4.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.4.attn1.to_k.weight	lora_unet_output_blocks_2_1_transformer_blocks_4_attn1_to_k	lora_unet_up_blocks_0_attentions_2_transformer_blocks_4_attn1_to_k
model.diffusion_model.output_blocks.2.1.transformer_blocks.4.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.4.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.4.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.4.attn1.to_out.0.weight	lora_unet_output_blocks_2_1_transformer_blocks_4_attn1_to_out_0	lora_unet_up_blocks_0_attentions_2_transformer_blocks_4_attn1_to_out_0
model.diffusion_model.output_blocks.2.1.transformer_blocks.4.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.4.attn1.to_q.weight	lora_unet_output_blocks_2_1_transformer_blocks_4_attn1_to_q	lora_unet_up_blocks_0_attentions_2_transformer_blocks_4_attn1_to_q
model.diffusion_model.output_blocks.2.1.transformer_blocks.4.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.4.attn1.to_v.weight	lora_unet_output_blocks_2_1_transformer_blocks_4_attn1_to_v	lora_unet_up_blocks_0_attentions_2_transformer_blocks_4_attn1_to_v
model.diffusion_model.output_blocks.2.1.transformer_blocks.4.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.2.transformer_blocks.4.attn2.to_k.weight	lora_unet_output_blocks_2_1_transformer_blocks_4_attn2_to_k	lora_unet_up_blocks_0_attentions_2_transformer_blocks_4_attn2_to_k
model.diffusion_model.output_blocks.2.1.transformer_blocks.4.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.4.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.4.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.4.attn2.to_out.0.weight	lora_unet_output_blocks_2_1_transformer_blocks_4_attn2_to_out_0	lora_unet_up_blocks_0_attentions_2_transformer_blocks_4_attn2_to_out_0
model.diffusion_model.output_blocks.2.1.transformer_blocks.4.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.4.attn2.to_q.weight	lora_unet_output_blocks_2_1_transformer_blocks_4_attn2_to_q	lora_unet_up_blocks_0_attentions_2_transformer_blocks_4_attn2_to_q
model.diffusion_model.output_blocks.2.1.transformer_blocks.4.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.2.transformer_blocks.4.attn2.to_v.weight	lora_unet_output_blocks_2_1_transformer_blocks_4_attn2_to_v	lora_unet_up_blocks_0_attentions_2_transformer_blocks_4_attn2_to_v
model.diffusion_model.output_blocks.2.1.transformer_blocks.4.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.2.transformer_blocks.4.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.4.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.2.transformer_blocks.4.ff.net.0.proj.weight	lora_unet_output_blocks_2_1_transformer_blocks_4_ff_net_0_proj	lora_unet_up_blocks_0_attentions_2_transformer_blocks_4_ff_net_0_proj
model.diffusion_model.output_blocks.2.1.transformer_blocks.4.ff.net.2.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.4.ff.net.2.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.4.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.2.transformer_blocks.4.ff.net.2.weight	lora_unet_output_blocks_2_1_transformer_blocks_4_ff_net_2	lora_unet_up_blocks_0_attentions_2_transformer_blocks_4_ff_net_2
model.diffusion_model.output_blocks.2.1.transformer_blocks.4.norm1.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.4.norm1.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.4.norm1.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.4.norm1.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.4.norm2.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.4.norm2.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.4.norm2.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.4.norm2.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.4.norm3.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.4.norm3.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.4.norm3.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.4.norm3.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.5.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.5.attn1.to_k.weight	lora_unet_output_blocks_2_1_transformer_blocks_5_attn1_to_k	lora_unet_up_blocks_0_attentions_2_transformer_blocks_5_attn1_to_k
model.diffusion_model.output_blocks.2.1.transformer_blocks.5.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.5.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.5.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.5.attn1.to_out.0.weight	lora_unet_output_blocks_2_1_transformer_blocks_5_attn1_to_out_0	lora_unet_up_blocks_0_attentions_2_transformer_blocks_5_attn1_to_out_0
model.diffusion_model.output_blocks.2.1.transformer_blocks.5.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.5.attn1.to_q.weight	lora_unet_output_blocks_2_1_transformer_blocks_5_attn1_to_q	lora_unet_up_blocks_0_attentions_2_transformer_blocks_5_attn1_to_q
model.diffusion_model.output_blocks.2.1.transformer_blocks.5.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.5.attn1.to_v.weight	lora_unet_output_blocks_2_1_transformer_blocks_5_attn1_to_v	lora_unet_up_blocks_0_attentions_2_transformer_blocks_5_attn1_to_v
model.diffusion_model.output_blocks.2.1.transformer_blocks.5.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.2.transformer_blocks.5.attn2.to_k.weight	lora_unet_output_blocks_2_1_transformer_blocks_5_attn2_to_k	lora_unet_up_blocks_0_attentions_2_transformer_blocks_5_attn2_to_k
model.diffusion_model.output_blocks.2.1.transformer_blocks.5.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.5.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.5.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.5.attn2.to_out.0.weight	lora_unet_output_blocks_2_1_transformer_blocks_5_attn2_to_out_0	lora_unet_up_blocks_0_attentions_2_transformer_blocks_5_attn2_to_out_0
model.diffusion_model.output_blocks.2.1.transformer_blocks.5.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.5.attn2.to_q.weight	lora_unet_output_blocks_2_1_transformer_blocks_5_attn2_to_q	lora_unet_up_blocks_0_attentions_2_transformer_blocks_5_attn2_to_q
model.diffusion_model.output_blocks.2.1.transformer_blocks.5.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.2.transformer_blocks.5.attn2.to_v.weight	lora_unet_output_blocks_2_1_transformer_blocks_5_attn2_to_v	lora_unet_up_blocks_0_attentions_2_transformer_blocks_5_attn2_to_v
model.diffusion_model.output_blocks.2.1.transformer_blocks.5.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.2.transformer_blocks.5.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.5.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.2.transformer_blocks.5.ff.net.0.proj.weight	lora_unet_output_blocks_2_1_transformer_blocks_5_ff_net_0_proj	lora_unet_up_blocks_0_attentions_2_transformer_blocks_5_ff_net_0_proj
model.diffusion_model.output_blocks.2.1.transformer_blocks.5.ff.net.2.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.5.ff.net.2.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.5.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.2.transformer_blocks.5.ff.net.2.weight	lora_unet_output_blocks_2_1_transformer_blocks_5_ff_net_2	lora_unet_up_blocks_0_attentions_2_transformer_blocks_5_ff_net_2
model.diffusion_model.output_blocks.2.1.transformer_blocks.5.norm1.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.5.norm1.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.5.norm1.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.5.norm1.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.5.norm2.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.5.norm2.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.5.norm2.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.5.norm2.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.5.norm3.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.5.norm3.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.5.norm3.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.5.norm3.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.6.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.6.attn1.to_k.weight	lora_unet_output_blocks_2_1_transformer_blocks_6_attn1_to_k	lora_unet_up_blocks_0_attentions_2_transformer_blocks_6_attn1_to_k
model.diffusion_model.output_blocks.2.1.transformer_blocks.6.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.6.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.6.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.6.attn1.to_out.0.weight	lora_unet_output_blocks_2_1_transformer_blocks_6_attn1_to_out_0	lora_unet_up_blocks_0_attentions_2_transformer_blocks_6_attn1_to_out_0
model.diffusion_model.output_blocks.2.1.transformer_blocks.6.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.6.attn1.to_q.weight	lora_unet_output_blocks_2_1_transformer_blocks_6_attn1_to_q	lora_unet_up_blocks_0_attentions_2_transformer_blocks_6_attn1_to_q
model.diffusion_model.output_blocks.2.1.transformer_blocks.6.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.6.attn1.to_v.weight	lora_unet_output_blocks_2_1_transformer_blocks_6_attn1_to_v	lora_unet_up_blocks_0_attentions_2_transformer_blocks_6_attn1_to_v
model.diffusion_model.output_blocks.2.1.transformer_blocks.6.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.2.transformer_blocks.6.attn2.to_k.weight	lora_unet_output_blocks_2_1_transformer_blocks_6_attn2_to_k	lora_unet_up_blocks_0_attentions_2_transformer_blocks_6_attn2_to_k
model.diffusion_model.output_blocks.2.1.transformer_blocks.6.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.6.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.6.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.6.attn2.to_out.0.weight	lora_unet_output_blocks_2_1_transformer_blocks_6_attn2_to_out_0	lora_unet_up_blocks_0_attentions_2_transformer_blocks_6_attn2_to_out_0
model.diffusion_model.output_blocks.2.1.transformer_blocks.6.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.6.attn2.to_q.weight	lora_unet_output_blocks_2_1_transformer_blocks_6_attn2_to_q	lora_unet_up_blocks_0_attentions_2_transformer_blocks_6_attn2_to_q
model.diffusion_model.output_blocks.2.1.transformer_blocks.6.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.2.transformer_blocks.6.attn2.to_v.weight	lora_unet_output_blocks_2_1_transformer_blocks_6_attn2_to_v	lora_unet_up_blocks_0_attentions_2_transformer_blocks_6_attn2_to_v
model.diffusion_model.output_blocks.2.1.transformer_blocks.6.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.2.transformer_blocks.6.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.6.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.2.transformer_blocks.6.ff.net.0.proj.weight	lora_unet_output_blocks_2_1_transformer_blocks_6_ff_net_0_proj	lora_unet_up_blocks_0_attentions_2_transformer_blocks_6_ff_net_0_proj
model.diffusion_model.output_blocks.2.1.transformer_blocks.6.ff.net.2.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.6.ff.net.2.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.6.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.2.transformer_blocks.6.ff.net.2.weight	lora_unet_output_blocks_2_1_transformer_blocks_6_ff_net_2	lora_unet_up_blocks_0_attentions_2_transformer_blocks_6_ff_net_2
model.diffusion_model.output_blocks.2.1.transformer_blocks.6.norm1.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.6.norm1.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.6.norm1.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.6.norm1.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.6.norm2.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.6.norm2.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.6.norm2.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.6.norm2.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.6.norm3.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.6.norm3.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.6.norm3.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.6.norm3.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.7.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.7.attn1.to_k.weight	lora_unet_output_blocks_2_1_transformer_blocks_7_attn1_to_k	lora_unet_up_blocks_0_attentions_2_transformer_blocks_7_attn1_to_k
model.diffusion_model.output_blocks.2.1.transformer_blocks.7.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.7.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.7.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.7.attn1.to_out.0.weight	lora_unet_output_blocks_2_1_transformer_blocks_7_attn1_to_out_0	lora_unet_up_blocks_0_attentions_2_transformer_blocks_7_attn1_to_out_0
model.diffusion_model.output_blocks.2.1.transformer_blocks.7.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.7.attn1.to_q.weight	lora_unet_output_blocks_2_1_transformer_blocks_7_attn1_to_q	lora_unet_up_blocks_0_attentions_2_transformer_blocks_7_attn1_to_q
model.diffusion_model.output_blocks.2.1.transformer_blocks.7.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.7.attn1.to_v.weight	lora_unet_output_blocks_2_1_transformer_blocks_7_attn1_to_v	lora_unet_up_blocks_0_attentions_2_transformer_blocks_7_attn1_to_v
model.diffusion_model.output_blocks.2.1.transformer_blocks.7.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.2.transformer_blocks.7.attn2.to_k.weight	lora_unet_output_blocks_2_1_transformer_blocks_7_attn2_to_k	lora_unet_up_blocks_0_attentions_2_transformer_blocks_7_attn2_to_k
model.diffusion_model.output_blocks.2.1.transformer_blocks.7.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.7.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.7.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.7.attn2.to_out.0.weight	lora_unet_output_blocks_2_1_transformer_blocks_7_attn2_to_out_0	lora_unet_up_blocks_0_attentions_2_transformer_blocks_7_attn2_to_out_0
model.diffusion_model.output_blocks.2.1.transformer_blocks.7.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.7.attn2.to_q.weight	lora_unet_output_blocks_2_1_transformer_blocks_7_attn2_to_q	lora_unet_up_blocks_0_attentions_2_transformer_blocks_7_attn2_to_q
model.diffusion_model.output_blocks.2.1.transformer_blocks.7.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.2.transformer_blocks.7.attn2.to_v.weight	lora_unet_output_blocks_2_1_transformer_blocks_7_attn2_to_v	lora_unet_up_blocks_0_attentions_2_transformer_blocks_7_attn2_to_v
model.diffusion_model.output_blocks.2.1.transformer_blocks.7.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.2.transformer_blocks.7.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.7.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.2.transformer_blocks.7.ff.net.0.proj.weight	lora_unet_output_blocks_2_1_transformer_blocks_7_ff_net_0_proj	lora_unet_up_blocks_0_attentions_2_transformer_blocks_7_ff_net_0_proj
model.diffusion_model.output_blocks.2.1.transformer_blocks.7.ff.net.2.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.7.ff.net.2.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.7.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.2.transformer_blocks.7.ff.net.2.weight	lora_unet_output_blocks_2_1_transformer_blocks_7_ff_net_2	lora_unet_up_blocks_0_attentions_2_transformer_blocks_7_ff_net_2
model.diffusion_model.output_blocks.2.1.transformer_blocks.7.norm1.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.7.norm1.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.7.norm1.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.7.norm1.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.7.norm2.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.7.norm2.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.7.norm2.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.7.norm2.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.7.norm3.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.7.norm3.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.7.norm3.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.7.norm3.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.8.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.8.attn1.to_k.weight	lora_unet_output_blocks_2_1_transformer_blocks_8_attn1_to_k	lora_unet_up_blocks_0_attentions_2_transformer_blocks_8_attn1_to_k
model.diffusion_model.output_blocks.2.1.transformer_blocks.8.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.8.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.8.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.8.attn1.to_out.0.weight	lora_unet_output_blocks_2_1_transformer_blocks_8_attn1_to_out_0	lora_unet_up_blocks_0_attentions_2_transformer_blocks_8_attn1_to_out_0
model.diffusion_model.output_blocks.2.1.transformer_blocks.8.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.8.attn1.to_q.weight	lora_unet_output_blocks_2_1_transformer_blocks_8_attn1_to_q	lora_unet_up_blocks_0_attentions_2_transformer_blocks_8_attn1_to_q
model.diffusion_model.output_blocks.2.1.transformer_blocks.8.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.8.attn1.to_v.weight	lora_unet_output_blocks_2_1_transformer_blocks_8_attn1_to_v	lora_unet_up_blocks_0_attentions_2_transformer_blocks_8_attn1_to_v
model.diffusion_model.output_blocks.2.1.transformer_blocks.8.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.2.transformer_blocks.8.attn2.to_k.weight	lora_unet_output_blocks_2_1_transformer_blocks_8_attn2_to_k	lora_unet_up_blocks_0_attentions_2_transformer_blocks_8_attn2_to_k
model.diffusion_model.output_blocks.2.1.transformer_blocks.8.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.8.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.8.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.8.attn2.to_out.0.weight	lora_unet_output_blocks_2_1_transformer_blocks_8_attn2_to_out_0	lora_unet_up_blocks_0_attentions_2_transformer_blocks_8_attn2_to_out_0
model.diffusion_model.output_blocks.2.1.transformer_blocks.8.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.8.attn2.to_q.weight	lora_unet_output_blocks_2_1_transformer_blocks_8_attn2_to_q	lora_unet_up_blocks_0_attentions_2_transformer_blocks_8_attn2_to_q
model.diffusion_model.output_blocks.2.1.transformer_blocks.8.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.2.transformer_blocks.8.attn2.to_v.weight	lora_unet_output_blocks_2_1_transformer_blocks_8_attn2_to_v	lora_unet_up_blocks_0_attentions_2_transformer_blocks_8_attn2_to_v
model.diffusion_model.output_blocks.2.1.transformer_blocks.8.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.2.transformer_blocks.8.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.8.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.2.transformer_blocks.8.ff.net.0.proj.weight	lora_unet_output_blocks_2_1_transformer_blocks_8_ff_net_0_proj	lora_unet_up_blocks_0_attentions_2_transformer_blocks_8_ff_net_0_proj
model.diffusion_model.output_blocks.2.1.transformer_blocks.8.ff.net.2.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.8.ff.net.2.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.8.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.2.transformer_blocks.8.ff.net.2.weight	lora_unet_output_blocks_2_1_transformer_blocks_8_ff_net_2	lora_unet_up_blocks_0_attentions_2_transformer_blocks_8_ff_net_2
model.diffusion_model.output_blocks.2.1.transformer_blocks.8.norm1.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.8.norm1.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.8.norm1.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.8.norm1.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.8.norm2.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.8.norm2.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.8.norm2.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.8.norm2.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.8.norm3.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.8.norm3.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.8.norm3.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.8.norm3.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.9.attn1.to_k.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.9.attn1.to_k.weight	lora_unet_output_blocks_2_1_transformer_blocks_9_attn1_to_k	lora_unet_up_blocks_0_attentions_2_transformer_blocks_9_attn1_to_k
model.diffusion_model.output_blocks.2.1.transformer_blocks.9.attn1.to_out.0.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.9.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.9.attn1.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.9.attn1.to_out.0.weight	lora_unet_output_blocks_2_1_transformer_blocks_9_attn1_to_out_0	lora_unet_up_blocks_0_attentions_2_transformer_blocks_9_attn1_to_out_0
model.diffusion_model.output_blocks.2.1.transformer_blocks.9.attn1.to_q.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.9.attn1.to_q.weight	lora_unet_output_blocks_2_1_transformer_blocks_9_attn1_to_q	lora_unet_up_blocks_0_attentions_2_transformer_blocks_9_attn1_to_q
model.diffusion_model.output_blocks.2.1.transformer_blocks.9.attn1.to_v.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.9.attn1.to_v.weight	lora_unet_output_blocks_2_1_transformer_blocks_9_attn1_to_v	lora_unet_up_blocks_0_attentions_2_transformer_blocks_9_attn1_to_v
model.diffusion_model.output_blocks.2.1.transformer_blocks.9.attn2.to_k.weight	1280,2048	unet.up_blocks.0.attentions.2.transformer_blocks.9.attn2.to_k.weight	lora_unet_output_blocks_2_1_transformer_blocks_9_attn2_to_k	lora_unet_up_blocks_0_attentions_2_transformer_blocks_9_attn2_to_k
model.diffusion_model.output_blocks.2.1.transformer_blocks.9.attn2.to_out.0.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.9.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.9.attn2.to_out.0.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.9.attn2.to_out.0.weight	lora_unet_output_blocks_2_1_transformer_blocks_9_attn2_to_out_0	lora_unet_up_blocks_0_attentions_2_transformer_blocks_9_attn2_to_out_0
model.diffusion_model.output_blocks.2.1.transformer_blocks.9.attn2.to_q.weight	1280,1280	unet.up_blocks.0.attentions.2.transformer_blocks.9.attn2.to_q.weight	lora_unet_output_blocks_2_1_transformer_blocks_9_attn2_to_q	lora_unet_up_blocks_0_attentions_2_transformer_blocks_9_attn2_to_q
model.diffusion_model.output_blocks.2.1.transformer_blocks.9.attn2.to_v.weight	1280,2048	unet.up_blocks.0.attentions.2.transformer_blocks.9.attn2.to_v.weight	lora_unet_output_blocks_2_1_transformer_blocks_9_attn2_to_v	lora_unet_up_blocks_0_attentions_2_transformer_blocks_9_attn2_to_v
model.diffusion_model.output_blocks.2.1.transformer_blocks.9.ff.net.0.proj.bias	10240	unet.up_blocks.0.attentions.2.transformer_blocks.9.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.9.ff.net.0.proj.weight	10240,1280	unet.up_blocks.0.attentions.2.transformer_blocks.9.ff.net.0.proj.weight	lora_unet_output_blocks_2_1_transformer_blocks_9_ff_net_0_proj	lora_unet_up_blocks_0_attentions_2_transformer_blocks_9_ff_net_0_proj
model.diffusion_model.output_blocks.2.1.transformer_blocks.9.ff.net.2.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.9.ff.net.2.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.9.ff.net.2.weight	1280,5120	unet.up_blocks.0.attentions.2.transformer_blocks.9.ff.net.2.weight	lora_unet_output_blocks_2_1_transformer_blocks_9_ff_net_2	lora_unet_up_blocks_0_attentions_2_transformer_blocks_9_ff_net_2
model.diffusion_model.output_blocks.2.1.transformer_blocks.9.norm1.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.9.norm1.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.9.norm1.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.9.norm1.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.9.norm2.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.9.norm2.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.9.norm2.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.9.norm2.weight		
model.diffusion_model.output_blocks.2.1.transformer_blocks.9.norm3.bias	1280	unet.up_blocks.0.attentions.2.transformer_blocks.9.norm3.bias		
model.diffusion_model.output_blocks.2.1.transformer_blocks.9.norm3.weight	1280	unet.up_blocks.0.attentions.2.transformer_blocks.9.norm3.weight		
model.diffusion_model.output_blocks.2.2.conv.bias	1280	unet.up_blocks.0.upsamplers.0.conv.bias		
model.diffusion_model.output_blocks.2.2.conv.weight	1280,1280,3,3	unet.up_blocks.0.upsamplers.0.conv.weight	lora_unet_output_blocks_2_2_conv	lora_unet_up_blocks_0_upsamplers_0_conv
model.diffusion_model.output_blocks.3.0.emb_layers.1.bias	640	unet.up_blocks.1.resnets.0.time_emb_proj.bias		
model.diffusion_model.output_blocks.3.0.emb_layers.1.weight	640,1280	unet.up_blocks.1.resnets.0.time_emb_proj.weight	lora_unet_output_blocks_3_0_emb_layers_1	lora_unet_up_blocks_1_resnets_0_time_emb_proj
model.diffusion_model.output_blocks.3.0.in_layers.0.bias	1920	unet.up_blocks.1.resnets.0.norm1.bias		
model.diffusion_model.output_blocks.3.0.in_layers.0.weight	1920	unet.up_blocks.1.resnets.0.norm1.weight		
model.diffusion_model.output_blocks.3.0.in_layers.2.bias	640	unet.up_blocks.1.resnets.0.conv1.bias		
model.diffusion_model.output_blocks.3.0.in_layers.2.weight	640,1920,3,3	unet.up_blocks.1.resnets.0.conv1.weight	lora_unet_output_blocks_3_0_in_layers_2	lora_unet_up_blocks_1_resnets_0_conv1
model.diffusion_model.output_blocks.3.0.out_layers.0.bias	640	unet.up_blocks.1.resnets.0.norm2.bias		
model.diffusion_model.output_blocks.3.0.out_layers.0.weight	640	unet.up_blocks.1.resnets.0.norm2.weight		
model.diffusion_model.output_blocks.3.0.out_layers.3.bias	640	unet.up_blocks.1.resnets.0.conv2.bias		
model.diffusion_model.output_blocks.3.0.out_layers.3.weight	640,640,3,3	unet.up_blocks.1.resnets.0.conv2.weight	lora_unet_output_blocks_3_0_out_layers_3	lora_unet_up_blocks_1_resnets_0_conv2
model.diffusion_model.output_blocks.3.0.skip_connection.bias	640	unet.up_blocks.1.resnets.0.conv_shortcut.bias		
model.diffusion_model.output_blocks.3.0.skip_connection.weight	640,1920,1,1	unet.up_blocks.1.resnets.0.conv_shortcut.weight	lora_unet_output_blocks_3_0_skip_connection	lora_unet_up_blocks_1_resnets_0_conv_shortcut
model.diffusion_model.output_blocks.3.1.norm.bias	640	unet.up_blocks.1.attentions.0.norm.bias		
model.diffusion_model.output_blocks.3.1.norm.weight	640	unet.up_blocks.1.attentions.0.norm.weight		
model.diffusion_model.output_blocks.3.1.proj_in.bias	640	unet.up_blocks.1.attentions.0.proj_in.bias		
model.diffusion_model.output_blocks.3.1.proj_in.weight	640,640	unet.up_blocks.1.attentions.0.proj_in.weight	lora_unet_output_blocks_3_1_proj_in	lora_unet_up_blocks_1_attentions_0_proj_in
model.diffusion_model.output_blocks.3.1.proj_out.bias	640	unet.up_blocks.1.attentions.0.proj_out.bias		
model.diffusion_model.output_blocks.3.1.proj_out.weight	640,640	unet.up_blocks.1.attentions.0.proj_out.weight	lora_unet_output_blocks_3_1_proj_out	lora_unet_up_blocks_1_attentions_0_proj_out
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.attn1.to_k.weight	640,640	unet.up_blocks.1.attentions.0.transformer_blocks.0.attn1.to_k.weight	lora_unet_output_blocks_3_1_transformer_blocks_0_attn1_to_k	lora_unet_up_blocks_1_attentions_0_transformer_blocks_0_attn1_to_k
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.attn1.to_out.0.bias	640	unet.up_blocks.1.attentions.0.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.attn1.to_out.0.weight	640,640	unet.up_blocks.1.attentions.0.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_output_blocks_3_1_transformer_blocks_0_attn1_to_out_0	lora_unet_up_blocks_1_attentions_0_transformer_blocks_0_attn1_to_out_0
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.attn1.to_q.weight	640,640	unet.up_blocks.1.attentions.0.transformer_blocks.0.attn1.to_q.weight	lora_unet_output_blocks_3_1_transformer_blocks_0_attn1_to_q	lora_unet_up_blocks_1_attentions_0_transformer_blocks_0_attn1_to_q
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.attn1.to_v.weight	640,640	unet.up_blocks.1.attentions.0.transformer_blocks.0.attn1.to_v.weight	lora_unet_output_blocks_3_1_transformer_blocks_0_attn1_to_v	lora_unet_up_blocks_1_attentions_0_transformer_blocks_0_attn1_to_v
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.attn2.to_k.weight	640,2048	unet.up_blocks.1.attentions.0.transformer_blocks.0.attn2.to_k.weight	lora_unet_output_blocks_3_1_transformer_blocks_0_attn2_to_k	lora_unet_up_blocks_1_attentions_0_transformer_blocks_0_attn2_to_k
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.attn2.to_out.0.bias	640	unet.up_blocks.1.attentions.0.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.attn2.to_out.0.weight	640,640	unet.up_blocks.1.attentions.0.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_output_blocks_3_1_transformer_blocks_0_attn2_to_out_0	lora_unet_up_blocks_1_attentions_0_transformer_blocks_0_attn2_to_out_0
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.attn2.to_q.weight	640,640	unet.up_blocks.1.attentions.0.transformer_blocks.0.attn2.to_q.weight	lora_unet_output_blocks_3_1_transformer_blocks_0_attn2_to_q	lora_unet_up_blocks_1_attentions_0_transformer_blocks_0_attn2_to_q
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.attn2.to_v.weight	640,2048	unet.up_blocks.1.attentions.0.transformer_blocks.0.attn2.to_v.weight	lora_unet_output_blocks_3_1_transformer_blocks_0_attn2_to_v	lora_unet_up_blocks_1_attentions_0_transformer_blocks_0_attn2_to_v
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.ff.net.0.proj.bias	5120	unet.up_blocks.1.attentions.0.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.ff.net.0.proj.weight	5120,640	unet.up_blocks.1.attentions.0.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_output_blocks_3_1_transformer_blocks_0_ff_net_0_proj	lora_unet_up_blocks_1_attentions_0_transformer_blocks_0_ff_net_0_proj
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.ff.net.2.bias	640	unet.up_blocks.1.attentions.0.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.ff.net.2.weight	640,2560	unet.up_blocks.1.attentions.0.transformer_blocks.0.ff.net.2.weight	lora_unet_output_blocks_3_1_transformer_blocks_0_ff_net_2	lora_unet_up_blocks_1_attentions_0_transformer_blocks_0_ff_net_2
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.norm1.bias	640	unet.up_blocks.1.attentions.0.transformer_blocks.0.norm1.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.norm1.weight	640	unet.up_blocks.1.attentions.0.transformer_blocks.0.norm1.weight		
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.norm2.bias	640	unet.up_blocks.1.attentions.0.transformer_blocks.0.norm2.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.norm2.weight	640	unet.up_blocks.1.attentions.0.transformer_blocks.0.norm2.weight		
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.norm3.bias	640	unet.up_blocks.1.attentions.0.transformer_blocks.0.norm3.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.0.norm3.weight	640	unet.up_blocks.1.attentions.0.transformer_blocks.0.norm3.weight		
model.diffusion_model.output_blocks.3.1.transformer_blocks.1.attn1.to_k.weight	640,640	unet.up_blocks.1.attentions.0.transformer_blocks.1.attn1.to_k.weight	lora_unet_output_blocks_3_1_transformer_blocks_1_attn1_to_k	lora_unet_up_blocks_1_attentions_0_transformer_blocks_1_attn1_to_k
model.diffusion_model.output_blocks.3.1.transformer_blocks.1.attn1.to_out.0.bias	640	unet.up_blocks.1.attentions.0.transformer_blocks.1.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.1.attn1.to_out.0.weight	640,640	unet.up_blocks.1.attentions.0.transformer_blocks.1.attn1.to_out.0.weight	lora_unet_output_blocks_3_1_transformer_blocks_1_attn1_to_out_0	lora_unet_up_blocks_1_attentions_0_transformer_blocks_1_attn1_to_out_0
model.diffusion_model.output_blocks.3.1.transformer_blocks.1.attn1.to_q.weight	640,640	unet.up_blocks.1.attentions.0.transformer_blocks.1.attn1.to_q.weight	lora_unet_output_blocks_3_1_transformer_blocks_1_attn1_to_q	lora_unet_up_blocks_1_attentions_0_transformer_blocks_1_attn1_to_q
model.diffusion_model.output_blocks.3.1.transformer_blocks.1.attn1.to_v.weight	640,640	unet.up_blocks.1.attentions.0.transformer_blocks.1.attn1.to_v.weight	lora_unet_output_blocks_3_1_transformer_blocks_1_attn1_to_v	lora_unet_up_blocks_1_attentions_0_transformer_blocks_1_attn1_to_v
model.diffusion_model.output_blocks.3.1.transformer_blocks.1.attn2.to_k.weight	640,2048	unet.up_blocks.1.attentions.0.transformer_blocks.1.attn2.to_k.weight	lora_unet_output_blocks_3_1_transformer_blocks_1_attn2_to_k	lora_unet_up_blocks_1_attentions_0_transformer_blocks_1_attn2_to_k
model.diffusion_model.output_blocks.3.1.transformer_blocks.1.attn2.to_out.0.bias	640	unet.up_blocks.1.attentions.0.transformer_blocks.1.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.1.attn2.to_out.0.weight	640,640	unet.up_blocks.1.attentions.0.transformer_blocks.1.attn2.to_out.0.weight	lora_unet_output_blocks_3_1_transformer_blocks_1_attn2_to_out_0	lora_unet_up_blocks_1_attentions_0_transformer_blocks_1_attn2_to_out_0
model.diffusion_model.output_blocks.3.1.transformer_blocks.1.attn2.to_q.weight	640,640	unet.up_blocks.1.attentions.0.transformer_blocks.1.attn2.to_q.weight	lora_unet_output_blocks_3_1_transformer_blocks_1_attn2_to_q	lora_unet_up_blocks_1_attentions_0_transformer_blocks_1_attn2_to_q
model.diffusion_model.output_blocks.3.1.transformer_blocks.1.attn2.to_v.weight	640,2048	unet.up_blocks.1.attentions.0.transformer_blocks.1.attn2.to_v.weight	lora_unet_output_blocks_3_1_transformer_blocks_1_attn2_to_v	lora_unet_up_blocks_1_attentions_0_transformer_blocks_1_attn2_to_v
model.diffusion_model.output_blocks.3.1.transformer_blocks.1.ff.net.0.proj.bias	5120	unet.up_blocks.1.attentions.0.transformer_blocks.1.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.1.ff.net.0.proj.weight	5120,640	unet.up_blocks.1.attentions.0.transformer_blocks.1.ff.net.0.proj.weight	lora_unet_output_blocks_3_1_transformer_blocks_1_ff_net_0_proj	lora_unet_up_blocks_1_attentions_0_transformer_blocks_1_ff_net_0_proj
model.diffusion_model.output_blocks.3.1.transformer_blocks.1.ff.net.2.bias	640	unet.up_blocks.1.attentions.0.transformer_blocks.1.ff.net.2.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.1.ff.net.2.weight	640,2560	unet.up_blocks.1.attentions.0.transformer_blocks.1.ff.net.2.weight	lora_unet_output_blocks_3_1_transformer_blocks_1_ff_net_2	lora_unet_up_blocks_1_attentions_0_transformer_blocks_1_ff_net_2
model.diffusion_model.output_blocks.3.1.transformer_blocks.1.norm1.bias	640	unet.up_blocks.1.attentions.0.transformer_blocks.1.norm1.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.1.norm1.weight	640	unet.up_blocks.1.attentions.0.transformer_blocks.1.norm1.weight		
model.diffusion_model.output_blocks.3.1.transformer_blocks.1.norm2.bias	640	unet.up_blocks.1.attentions.0.transformer_blocks.1.norm2.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.1.norm2.weight	640	unet.up_blocks.1.attentions.0.transformer_blocks.1.norm2.weight		
model.diffusion_model.output_blocks.3.1.transformer_blocks.1.norm3.bias	640	unet.up_blocks.1.attentions.0.transformer_blocks.1.norm3.bias		
model.diffusion_model.output_blocks.3.1.transformer_blocks.1.norm3.weight	640	unet.up_blocks.1.attentions.0.transformer_blocks.1.norm3.weight		
model.diffusion_model.output_blocks.4.0.emb_layers.1.bias	640	unet.up_blocks.1.resnets.1.time_emb_proj.bias		
model.diffusion_model.output_blocks.4.0.emb_layers.1.weight	640,1280	unet.up_blocks.1.resnets.1.time_emb_proj.weight	lora_unet_output_blocks_4_0_emb_layers_1	lora_unet_up_blocks_1_resnets_1_time_emb_proj
model.diffusion_model.output_blocks.4.0.in_layers.0.bias	1280	unet.up_blocks.1.resnets.1.norm1.bias		
model.diffusion_model.output_blocks.4.0.in_layers.0.weight	1280	unet.up_blocks.1.resnets.1.norm1.weight		
model.diffusion_model.output_blocks.4.0.in_layers.2.bias	640	unet.up_blocks.1.resnets.1.conv1.bias		
model.diffusion_model.output_blocks.4.0.in_layers.2.weight	640,1280,3,3	unet.up_blocks.1.resnets.1.conv1.weight	lora_unet_output_blocks_4_0_in_layers_2	lora_unet_up_blocks_1_resnets_1_conv1
model.diffusion_model.output_blocks.4.0.out_layers.0.bias	640	unet.up_blocks.1.resnets.1.norm2.bias		
model.diffusion_model.output_blocks.4.0.out_layers.0.weight	640	unet.up_blocks.1.resnets.1.norm2.weight		
model.diffusion_model.output_blocks.4.0.out_layers.3.bias	640	unet.up_blocks.1.resnets.1.conv2.bias		
model.diffusion_model.output_blocks.4.0.out_layers.3.weight	640,640,3,3	unet.up_blocks.1.resnets.1.conv2.weight	lora_unet_output_blocks_4_0_out_layers_3	lora_unet_up_blocks_1_resnets_1_conv2
model.diffusion_model.output_blocks.4.0.skip_connection.bias	640	unet.up_blocks.1.resnets.1.conv_shortcut.bias		
model.diffusion_model.output_blocks.4.0.skip_connection.weight	640,1280,1,1	unet.up_blocks.1.resnets.1.conv_shortcut.weight	lora_unet_output_blocks_4_0_skip_connection	lora_unet_up_blocks_1_resnets_1_conv_shortcut
model.diffusion_model.output_blocks.4.1.norm.bias	640	unet.up_blocks.1.attentions.1.norm.bias		
model.diffusion_model.output_blocks.4.1.norm.weight	640	unet.up_blocks.1.attentions.1.norm.weight		
model.diffusion_model.output_blocks.4.1.proj_in.bias	640	unet.up_blocks.1.attentions.1.proj_in.bias		
model.diffusion_model.output_blocks.4.1.proj_in.weight	640,640	unet.up_blocks.1.attentions.1.proj_in.weight	lora_unet_output_blocks_4_1_proj_in	lora_unet_up_blocks_1_attentions_1_proj_in
model.diffusion_model.output_blocks.4.1.proj_out.bias	640	unet.up_blocks.1.attentions.1.proj_out.bias		
model.diffusion_model.output_blocks.4.1.proj_out.weight	640,640	unet.up_blocks.1.attentions.1.proj_out.weight	lora_unet_output_blocks_4_1_proj_out	lora_unet_up_blocks_1_attentions_1_proj_out
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.attn1.to_k.weight	640,640	unet.up_blocks.1.attentions.1.transformer_blocks.0.attn1.to_k.weight	lora_unet_output_blocks_4_1_transformer_blocks_0_attn1_to_k	lora_unet_up_blocks_1_attentions_1_transformer_blocks_0_attn1_to_k
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.attn1.to_out.0.bias	640	unet.up_blocks.1.attentions.1.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.attn1.to_out.0.weight	640,640	unet.up_blocks.1.attentions.1.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_output_blocks_4_1_transformer_blocks_0_attn1_to_out_0	lora_unet_up_blocks_1_attentions_1_transformer_blocks_0_attn1_to_out_0
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.attn1.to_q.weight	640,640	unet.up_blocks.1.attentions.1.transformer_blocks.0.attn1.to_q.weight	lora_unet_output_blocks_4_1_transformer_blocks_0_attn1_to_q	lora_unet_up_blocks_1_attentions_1_transformer_blocks_0_attn1_to_q
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.attn1.to_v.weight	640,640	unet.up_blocks.1.attentions.1.transformer_blocks.0.attn1.to_v.weight	lora_unet_output_blocks_4_1_transformer_blocks_0_attn1_to_v	lora_unet_up_blocks_1_attentions_1_transformer_blocks_0_attn1_to_v
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.attn2.to_k.weight	640,2048	unet.up_blocks.1.attentions.1.transformer_blocks.0.attn2.to_k.weight	lora_unet_output_blocks_4_1_transformer_blocks_0_attn2_to_k	lora_unet_up_blocks_1_attentions_1_transformer_blocks_0_attn2_to_k
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.attn2.to_out.0.bias	640	unet.up_blocks.1.attentions.1.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.attn2.to_out.0.weight	640,640	unet.up_blocks.1.attentions.1.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_output_blocks_4_1_transformer_blocks_0_attn2_to_out_0	lora_unet_up_blocks_1_attentions_1_transformer_blocks_0_attn2_to_out_0
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.attn2.to_q.weight	640,640	unet.up_blocks.1.attentions.1.transformer_blocks.0.attn2.to_q.weight	lora_unet_output_blocks_4_1_transformer_blocks_0_attn2_to_q	lora_unet_up_blocks_1_attentions_1_transformer_blocks_0_attn2_to_q
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.attn2.to_v.weight	640,2048	unet.up_blocks.1.attentions.1.transformer_blocks.0.attn2.to_v.weight	lora_unet_output_blocks_4_1_transformer_blocks_0_attn2_to_v	lora_unet_up_blocks_1_attentions_1_transformer_blocks_0_attn2_to_v
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.ff.net.0.proj.bias	5120	unet.up_blocks.1.attentions.1.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.ff.net.0.proj.weight	5120,640	unet.up_blocks.1.attentions.1.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_output_blocks_4_1_transformer_blocks_0_ff_net_0_proj	lora_unet_up_blocks_1_attentions_1_transformer_blocks_0_ff_net_0_proj
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.ff.net.2.bias	640	unet.up_blocks.1.attentions.1.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.ff.net.2.weight	640,2560	unet.up_blocks.1.attentions.1.transformer_blocks.0.ff.net.2.weight	lora_unet_output_blocks_4_1_transformer_blocks_0_ff_net_2	lora_unet_up_blocks_1_attentions_1_transformer_blocks_0_ff_net_2
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.norm1.bias	640	unet.up_blocks.1.attentions.1.transformer_blocks.0.norm1.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.norm1.weight	640	unet.up_blocks.1.attentions.1.transformer_blocks.0.norm1.weight		
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.norm2.bias	640	unet.up_blocks.1.attentions.1.transformer_blocks.0.norm2.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.norm2.weight	640	unet.up_blocks.1.attentions.1.transformer_blocks.0.norm2.weight		
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.norm3.bias	640	unet.up_blocks.1.attentions.1.transformer_blocks.0.norm3.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.0.norm3.weight	640	unet.up_blocks.1.attentions.1.transformer_blocks.0.norm3.weight		
model.diffusion_model.output_blocks.4.1.transformer_blocks.1.attn1.to_k.weight	640,640	unet.up_blocks.1.attentions.1.transformer_blocks.1.attn1.to_k.weight	lora_unet_output_blocks_4_1_transformer_blocks_1_attn1_to_k	lora_unet_up_blocks_1_attentions_1_transformer_blocks_1_attn1_to_k
model.diffusion_model.output_blocks.4.1.transformer_blocks.1.attn1.to_out.0.bias	640	unet.up_blocks.1.attentions.1.transformer_blocks.1.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.1.attn1.to_out.0.weight	640,640	unet.up_blocks.1.attentions.1.transformer_blocks.1.attn1.to_out.0.weight	lora_unet_output_blocks_4_1_transformer_blocks_1_attn1_to_out_0	lora_unet_up_blocks_1_attentions_1_transformer_blocks_1_attn1_to_out_0
model.diffusion_model.output_blocks.4.1.transformer_blocks.1.attn1.to_q.weight	640,640	unet.up_blocks.1.attentions.1.transformer_blocks.1.attn1.to_q.weight	lora_unet_output_blocks_4_1_transformer_blocks_1_attn1_to_q	lora_unet_up_blocks_1_attentions_1_transformer_blocks_1_attn1_to_q
model.diffusion_model.output_blocks.4.1.transformer_blocks.1.attn1.to_v.weight	640,640	unet.up_blocks.1.attentions.1.transformer_blocks.1.attn1.to_v.weight	lora_unet_output_blocks_4_1_transformer_blocks_1_attn1_to_v	lora_unet_up_blocks_1_attentions_1_transformer_blocks_1_attn1_to_v
model.diffusion_model.output_blocks.4.1.transformer_blocks.1.attn2.to_k.weight	640,2048	unet.up_blocks.1.attentions.1.transformer_blocks.1.attn2.to_k.weight	lora_unet_output_blocks_4_1_transformer_blocks_1_attn2_to_k	lora_unet_up_blocks_1_attentions_1_transformer_blocks_1_attn2_to_k
model.diffusion_model.output_blocks.4.1.transformer_blocks.1.attn2.to_out.0.bias	640	unet.up_blocks.1.attentions.1.transformer_blocks.1.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.1.attn2.to_out.0.weight	640,640	unet.up_blocks.1.attentions.1.transformer_blocks.1.attn2.to_out.0.weight	lora_unet_output_blocks_4_1_transformer_blocks_1_attn2_to_out_0	lora_unet_up_blocks_1_attentions_1_transformer_blocks_1_attn2_to_out_0
model.diffusion_model.output_blocks.4.1.transformer_blocks.1.attn2.to_q.weight	640,640	unet.up_blocks.1.attentions.1.transformer_blocks.1.attn2.to_q.weight	lora_unet_output_blocks_4_1_transformer_blocks_1_attn2_to_q	lora_unet_up_blocks_1_attentions_1_transformer_blocks_1_attn2_to_q
model.diffusion_model.output_blocks.4.1.transformer_blocks.1.attn2.to_v.weight	640,2048	unet.up_blocks.1.attentions.1.transformer_blocks.1.attn2.to_v.weight	lora_unet_output_blocks_4_1_transformer_blocks_1_attn2_to_v	lora_unet_up_blocks_1_attentions_1_transformer_blocks_1_attn2_to_v
model.diffusion_model.output_blocks.4.1.transformer_blocks.1.ff.net.0.proj.bias	5120	unet.up_blocks.1.attentions.1.transformer_blocks.1.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.1.ff.net.0.proj.weight	5120,640	unet.up_blocks.1.attentions.1.transformer_blocks.1.ff.net.0.proj.weight	lora_unet_output_blocks_4_1_transformer_blocks_1_ff_net_0_proj	lora_unet_up_blocks_1_attentions_1_transformer_blocks_1_ff_net_0_proj
model.diffusion_model.output_blocks.4.1.transformer_blocks.1.ff.net.2.bias	640	unet.up_blocks.1.attentions.1.transformer_blocks.1.ff.net.2.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.1.ff.net.2.weight	640,2560	unet.up_blocks.1.attentions.1.transformer_blocks.1.ff.net.2.weight	lora_unet_output_blocks_4_1_transformer_blocks_1_ff_net_2	lora_unet_up_blocks_1_attentions_1_transformer_blocks_1_ff_net_2
model.diffusion_model.output_blocks.4.1.transformer_blocks.1.norm1.bias	640	unet.up_blocks.1.attentions.1.transformer_blocks.1.norm1.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.1.norm1.weight	640	unet.up_blocks.1.attentions.1.transformer_blocks.1.norm1.weight		
model.diffusion_model.output_blocks.4.1.transformer_blocks.1.norm2.bias	640	unet.up_blocks.1.attentions.1.transformer_blocks.1.norm2.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.1.norm2.weight	640	unet.up_blocks.1.attentions.1.transformer_blocks.1.norm2.weight		
model.diffusion_model.output_blocks.4.1.transformer_blocks.1.norm3.bias	640	unet.up_blocks.1.attentions.1.transformer_blocks.1.norm3.bias		
model.diffusion_model.output_blocks.4.1.transformer_blocks.1.norm3.weight	640	unet.up_blocks.1.attentions.1.transformer_blocks.1.norm3.weight		
model.diffusion_model.output_blocks.5.0.emb_layers.1.bias	640	unet.up_blocks.1.resnets.2.time_emb_proj.bias		
model.diffusion_model.output_blocks.5.0.emb_layers.1.weight	640,1280	unet.up_blocks.1.resnets.2.time_emb_proj.weight	lora_unet_output_blocks_5_0_emb_layers_1	lora_unet_up_blocks_1_resnets_2_time_emb_proj
model.diffusion_model.output_blocks.5.0.in_layers.0.bias	960	unet.up_blocks.1.resnets.2.norm1.bias		
model.diffusion_model.output_blocks.5.0.in_layers.0.weight	960	unet.up_blocks.1.resnets.2.norm1.weight		
model.diffusion_model.output_blocks.5.0.in_layers.2.bias	640	unet.up_blocks.1.resnets.2.conv1.bias		
model.diffusion_model.output_blocks.5.0.in_layers.2.weight	640,960,3,3	unet.up_blocks.1.resnets.2.conv1.weight	lora_unet_output_blocks_5_0_in_layers_2	lora_unet_up_blocks_1_resnets_2_conv1
model.diffusion_model.output_blocks.5.0.out_layers.0.bias	640	unet.up_blocks.1.resnets.2.norm2.bias		
model.diffusion_model.output_blocks.5.0.out_layers.0.weight	640	unet.up_blocks.1.resnets.2.norm2.weight		
model.diffusion_model.output_blocks.5.0.out_layers.3.bias	640	unet.up_blocks.1.resnets.2.conv2.bias		
model.diffusion_model.output_blocks.5.0.out_layers.3.weight	640,640,3,3	unet.up_blocks.1.resnets.2.conv2.weight	lora_unet_output_blocks_5_0_out_layers_3	lora_unet_up_blocks_1_resnets_2_conv2
model.diffusion_model.output_blocks.5.0.skip_connection.bias	640	unet.up_blocks.1.resnets.2.conv_shortcut.bias		
model.diffusion_model.output_blocks.5.0.skip_connection.weight	640,960,1,1	unet.up_blocks.1.resnets.2.conv_shortcut.weight	lora_unet_output_blocks_5_0_skip_connection	lora_unet_up_blocks_1_resnets_2_conv_shortcut
model.diffusion_model.output_blocks.5.1.norm.bias	640	unet.up_blocks.1.attentions.2.norm.bias		
model.diffusion_model.output_blocks.5.1.norm.weight	640	unet.up_blocks.1.attentions.2.norm.weight		
model.diffusion_model.output_blocks.5.1.proj_in.bias	640	unet.up_blocks.1.attentions.2.proj_in.bias		
model.diffusion_model.output_blocks.5.1.proj_in.weight	640,640	unet.up_blocks.1.attentions.2.proj_in.weight	lora_unet_output_blocks_5_1_proj_in	lora_unet_up_blocks_1_attentions_2_proj_in
model.diffusion_model.output_blocks.5.1.proj_out.bias	640	unet.up_blocks.1.attentions.2.proj_out.bias		
model.diffusion_model.output_blocks.5.1.proj_out.weight	640,640	unet.up_blocks.1.attentions.2.proj_out.weight	lora_unet_output_blocks_5_1_proj_out	lora_unet_up_blocks_1_attentions_2_proj_out
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.attn1.to_k.weight	640,640	unet.up_blocks.1.attentions.2.transformer_blocks.0.attn1.to_k.weight	lora_unet_output_blocks_5_1_transformer_blocks_0_attn1_to_k	lora_unet_up_blocks_1_attentions_2_transformer_blocks_0_attn1_to_k
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.attn1.to_out.0.bias	640	unet.up_blocks.1.attentions.2.transformer_blocks.0.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.attn1.to_out.0.weight	640,640	unet.up_blocks.1.attentions.2.transformer_blocks.0.attn1.to_out.0.weight	lora_unet_output_blocks_5_1_transformer_blocks_0_attn1_to_out_0	lora_unet_up_blocks_1_attentions_2_transformer_blocks_0_attn1_to_out_0
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.attn1.to_q.weight	640,640	unet.up_blocks.1.attentions.2.transformer_blocks.0.attn1.to_q.weight	lora_unet_output_blocks_5_1_transformer_blocks_0_attn1_to_q	lora_unet_up_blocks_1_attentions_2_transformer_blocks_0_attn1_to_q
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.attn1.to_v.weight	640,640	unet.up_blocks.1.attentions.2.transformer_blocks.0.attn1.to_v.weight	lora_unet_output_blocks_5_1_transformer_blocks_0_attn1_to_v	lora_unet_up_blocks_1_attentions_2_transformer_blocks_0_attn1_to_v
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.attn2.to_k.weight	640,2048	unet.up_blocks.1.attentions.2.transformer_blocks.0.attn2.to_k.weight	lora_unet_output_blocks_5_1_transformer_blocks_0_attn2_to_k	lora_unet_up_blocks_1_attentions_2_transformer_blocks_0_attn2_to_k
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.attn2.to_out.0.bias	640	unet.up_blocks.1.attentions.2.transformer_blocks.0.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.attn2.to_out.0.weight	640,640	unet.up_blocks.1.attentions.2.transformer_blocks.0.attn2.to_out.0.weight	lora_unet_output_blocks_5_1_transformer_blocks_0_attn2_to_out_0	lora_unet_up_blocks_1_attentions_2_transformer_blocks_0_attn2_to_out_0
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.attn2.to_q.weight	640,640	unet.up_blocks.1.attentions.2.transformer_blocks.0.attn2.to_q.weight	lora_unet_output_blocks_5_1_transformer_blocks_0_attn2_to_q	lora_unet_up_blocks_1_attentions_2_transformer_blocks_0_attn2_to_q
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.attn2.to_v.weight	640,2048	unet.up_blocks.1.attentions.2.transformer_blocks.0.attn2.to_v.weight	lora_unet_output_blocks_5_1_transformer_blocks_0_attn2_to_v	lora_unet_up_blocks_1_attentions_2_transformer_blocks_0_attn2_to_v
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.ff.net.0.proj.bias	5120	unet.up_blocks.1.attentions.2.transformer_blocks.0.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.ff.net.0.proj.weight	5120,640	unet.up_blocks.1.attentions.2.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_output_blocks_5_1_transformer_blocks_0_ff_net_0_proj	lora_unet_up_blocks_1_attentions_2_transformer_blocks_0_ff_net_0_proj
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.ff.net.2.bias	640	unet.up_blocks.1.attentions.2.transformer_blocks.0.ff.net.2.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.ff.net.2.weight	640,2560	unet.up_blocks.1.attentions.2.transformer_blocks.0.ff.net.2.weight	lora_unet_output_blocks_5_1_transformer_blocks_0_ff_net_2	lora_unet_up_blocks_1_attentions_2_transformer_blocks_0_ff_net_2
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.norm1.bias	640	unet.up_blocks.1.attentions.2.transformer_blocks.0.norm1.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.norm1.weight	640	unet.up_blocks.1.attentions.2.transformer_blocks.0.norm1.weight		
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.norm2.bias	640	unet.up_blocks.1.attentions.2.transformer_blocks.0.norm2.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.norm2.weight	640	unet.up_blocks.1.attentions.2.transformer_blocks.0.norm2.weight		
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.norm3.bias	640	unet.up_blocks.1.attentions.2.transformer_blocks.0.norm3.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.0.norm3.weight	640	unet.up_blocks.1.attentions.2.transformer_blocks.0.norm3.weight		
model.diffusion_model.output_blocks.5.1.transformer_blocks.1.attn1.to_k.weight	640,640	unet.up_blocks.1.attentions.2.transformer_blocks.1.attn1.to_k.weight	lora_unet_output_blocks_5_1_transformer_blocks_1_attn1_to_k	lora_unet_up_blocks_1_attentions_2_transformer_blocks_1_attn1_to_k
model.diffusion_model.output_blocks.5.1.transformer_blocks.1.attn1.to_out.0.bias	640	unet.up_blocks.1.attentions.2.transformer_blocks.1.attn1.to_out.0.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.1.attn1.to_out.0.weight	640,640	unet.up_blocks.1.attentions.2.transformer_blocks.1.attn1.to_out.0.weight	lora_unet_output_blocks_5_1_transformer_blocks_1_attn1_to_out_0	lora_unet_up_blocks_1_attentions_2_transformer_blocks_1_attn1_to_out_0
model.diffusion_model.output_blocks.5.1.transformer_blocks.1.attn1.to_q.weight	640,640	unet.up_blocks.1.attentions.2.transformer_blocks.1.attn1.to_q.weight	lora_unet_output_blocks_5_1_transformer_blocks_1_attn1_to_q	lora_unet_up_blocks_1_attentions_2_transformer_blocks_1_attn1_to_q
model.diffusion_model.output_blocks.5.1.transformer_blocks.1.attn1.to_v.weight	640,640	unet.up_blocks.1.attentions.2.transformer_blocks.1.attn1.to_v.weight	lora_unet_output_blocks_5_1_transformer_blocks_1_attn1_to_v	lora_unet_up_blocks_1_attentions_2_transformer_blocks_1_attn1_to_v
model.diffusion_model.output_blocks.5.1.transformer_blocks.1.attn2.to_k.weight	640,2048	unet.up_blocks.1.attentions.2.transformer_blocks.1.attn2.to_k.weight	lora_unet_output_blocks_5_1_transformer_blocks_1_attn2_to_k	lora_unet_up_blocks_1_attentions_2_transformer_blocks_1_attn2_to_k
model.diffusion_model.output_blocks.5.1.transformer_blocks.1.attn2.to_out.0.bias	640	unet.up_blocks.1.attentions.2.transformer_blocks.1.attn2.to_out.0.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.1.attn2.to_out.0.weight	640,640	unet.up_blocks.1.attentions.2.transformer_blocks.1.attn2.to_out.0.weight	lora_unet_output_blocks_5_1_transformer_blocks_1_attn2_to_out_0	lora_unet_up_blocks_1_attentions_2_transformer_blocks_1_attn2_to_out_0
model.diffusion_model.output_blocks.5.1.transformer_blocks.1.attn2.to_q.weight	640,640	unet.up_blocks.1.attentions.2.transformer_blocks.1.attn2.to_q.weight	lora_unet_output_blocks_5_1_transformer_blocks_1_attn2_to_q	lora_unet_up_blocks_1_attentions_2_transformer_blocks_1_attn2_to_q
model.diffusion_model.output_blocks.5.1.transformer_blocks.1.attn2.to_v.weight	640,2048	unet.up_blocks.1.attentions.2.transformer_blocks.1.attn2.to_v.weight	lora_unet_output_blocks_5_1_transformer_blocks_1_attn2_to_v	lora_unet_up_blocks_1_attentions_2_transformer_blocks_1_attn2_to_v
model.diffusion_model.output_blocks.5.1.transformer_blocks.1.ff.net.0.proj.bias	5120	unet.up_blocks.1.attentions.2.transformer_blocks.1.ff.net.0.proj.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.1.ff.net.0.proj.weight	5120,640	unet.up_blocks.1.attentions.2.transformer_blocks.1.ff.net.0.proj.weight	lora_unet_output_blocks_5_1_transformer_blocks_1_ff_net_0_proj	lora_unet_up_blocks_1_attentions_2_transformer_blocks_1_ff_net_0_proj
model.diffusion_model.output_blocks.5.1.transformer_blocks.1.ff.net.2.bias	640	unet.up_blocks.1.attentions.2.transformer_blocks.1.ff.net.2.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.1.ff.net.2.weight	640,2560	unet.up_blocks.1.attentions.2.transformer_blocks.1.ff.net.2.weight	lora_unet_output_blocks_5_1_transformer_blocks_1_ff_net_2	lora_unet_up_blocks_1_attentions_2_transformer_blocks_1_ff_net_2
model.diffusion_model.output_blocks.5.1.transformer_blocks.1.norm1.bias	640	unet.up_blocks.1.attentions.2.transformer_blocks.1.norm1.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.1.norm1.weight	640	unet.up_blocks.1.attentions.2.transformer_blocks.1.norm1.weight		
model.diffusion_model.output_blocks.5.1.transformer_blocks.1.norm2.bias	640	unet.up_blocks.1.attentions.2.transformer_blocks.1.norm2.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.1.norm2.weight	640	unet.up_blocks.1.attentions.2.transformer_blocks.1.norm2.weight		
model.diffusion_model.output_blocks.5.1.transformer_blocks.1.norm3.bias	640	unet.up_blocks.1.attentions.2.transformer_blocks.1.norm3.bias		
model.diffusion_model.output_blocks.5.1.transformer_blocks.1.norm3.weight	640	unet.up_blocks.1.attentions.2.transformer_blocks.1.norm3.weight		
model.diffusion_model.output_blocks.5.2.conv.bias	640	unet.up_blocks.1.upsamplers.0.conv.bias		
model.diffusion_model.output_blocks.5.2.conv.weight	640,640,3,3	unet.up_blocks.1.upsamplers.0.conv.weight	lora_unet_output_blocks_5_2_conv	lora_unet_up_blocks_1_upsamplers_0_conv
model.diffusion_model.output_blocks.6.0.emb_layers.1.bias	320	unet.up_blocks.2.resnets.0.time_emb_proj.bias		
model.diffusion_model.output_blocks.6.0.emb_layers.1.weight	320,1280	unet.up_blocks.2.resnets.0.time_emb_proj.weight	lora_unet_output_blocks_6_0_emb_layers_1	lora_unet_up_blocks_2_resnets_0_time_emb_proj
model.diffusion_model.output_blocks.6.0.in_layers.0.bias	960	unet.up_blocks.2.resnets.0.norm1.bias		
model.diffusion_model.output_blocks.6.0.in_layers.0.weight	960	unet.up_blocks.2.resnets.0.norm1.weight		
model.diffusion_model.output_blocks.6.0.in_layers.2.bias	320	unet.up_blocks.2.resnets.0.conv1.bias		
model.diffusion_model.output_blocks.6.0.in_layers.2.weight	320,960,3,3	unet.up_blocks.2.resnets.0.conv1.weight	lora_unet_output_blocks_6_0_in_layers_2	lora_unet_up_blocks_2_resnets_0_conv1
model.diffusion_model.output_blocks.6.0.out_layers.0.bias	320	unet.up_blocks.2.resnets.0.norm2.bias		
model.diffusion_model.output_blocks.6.0.out_layers.0.weight	320	unet.up_blocks.2.resnets.0.norm2.weight		
model.diffusion_model.output_blocks.6.0.out_layers.3.bias	320	unet.up_blocks.2.resnets.0.conv2.bias		
model.diffusion_model.output_blocks.6.0.out_layers.3.weight	320,320,3,3	unet.up_blocks.2.resnets.0.conv2.weight	lora_unet_output_blocks_6_0_out_layers_3	lora_unet_up_blocks_2_resnets_0_conv2
model.diffusion_model.output_blocks.6.0.skip_connection.bias	320	unet.up_blocks.2.resnets.0.conv_shortcut.bias		
model.diffusion_model.output_blocks.6.0.skip_connection.weight	320,960,1,1	unet.up_blocks.2.resnets.0.conv_shortcut.weight	lora_unet_output_blocks_6_0_skip_connection	lora_unet_up_blocks_2_resnets_0_conv_shortcut
model.diffusion_model.output_blocks.7.0.emb_layers.1.bias	320	unet.up_blocks.2.resnets.1.time_emb_proj.bias		
model.diffusion_model.output_blocks.7.0.emb_layers.1.weight	320,1280	unet.up_blocks.2.resnets.1.time_emb_proj.weight	lora_unet_output_blocks_7_0_emb_layers_1	lora_unet_up_blocks_2_resnets_1_time_emb_proj
model.diffusion_model.output_blocks.7.0.in_layers.0.bias	640	unet.up_blocks.2.resnets.1.norm1.bias		
model.diffusion_model.output_blocks.7.0.in_layers.0.weight	640	unet.up_blocks.2.resnets.1.norm1.weight		
model.diffusion_model.output_blocks.7.0.in_layers.2.bias	320	unet.up_blocks.2.resnets.1.conv1.bias		
model.diffusion_model.output_blocks.7.0.in_layers.2.weight	320,640,3,3	unet.up_blocks.2.resnets.1.conv1.weight	lora_unet_output_blocks_7_0_in_layers_2	lora_unet_up_blocks_2_resnets_1_conv1
model.diffusion_model.output_blocks.7.0.out_layers.0.bias	320	unet.up_blocks.2.resnets.1.norm2.bias		
model.diffusion_model.output_blocks.7.0.out_layers.0.weight	320	unet.up_blocks.2.resnets.1.norm2.weight		
model.diffusion_model.output_blocks.7.0.out_layers.3.bias	320	unet.up_blocks.2.resnets.1.conv2.bias		
model.diffusion_model.output_blocks.7.0.out_layers.3.weight	320,320,3,3	unet.up_blocks.2.resnets.1.conv2.weight	lora_unet_output_blocks_7_0_out_layers_3	lora_unet_up_blocks_2_resnets_1_conv2
model.diffusion_model.output_blocks.7.0.skip_connection.bias	320	unet.up_blocks.2.resnets.1.conv_shortcut.bias		
model.diffusion_model.output_blocks.7.0.skip_connection.weight	320,640,1,1	unet.up_blocks.2.resnets.1.conv_shortcut.weight	lora_unet_output_blocks_7_0_skip_connection	lora_unet_up_blocks_2_resnets_1_conv_shortcut
model.diffusion_model.output_blocks.8.0.emb_layers.1.bias	320	unet.up_blocks.2.resnets.2.time_emb_proj.bias		
model.diffusion_model.output_blocks.8.0.emb_layers.1.weight	320,1280	unet.up_blocks.2.resnets.2.time_emb_proj.weight	lora_unet_output_blocks_8_0_emb_layers_1	lora_unet_up_blocks_2_resnets_2_time_emb_proj
model.diffusion_model.output_blocks.8.0.in_layers.0.bias	640	unet.up_blocks.2.resnets.2.norm1.bias		
model.diffusion_model.output_blocks.8.0.in_layers.0.weight	640	unet.up_blocks.2.resnets.2.norm1.weight		
model.diffusion_model.output_blocks.8.0.in_layers.2.bias	320	unet.up_blocks.2.resnets.2.conv1.bias		
model.diffusion_model.output_blocks.8.0.in_layers.2.weight	320,640,3,3	unet.up_blocks.2.resnets.2.conv1.weight	lora_unet_output_blocks_8_0_in_layers_2	lora_unet_up_blocks_2_resnets_2_conv1
model.diffusion_model.output_blocks.8.0.out_layers.0.bias	320	unet.up_blocks.2.resnets.2.norm2.bias		
model.diffusion_model.output_blocks.8.0.out_layers.0.weight	320	unet.up_blocks.2.resnets.2.norm2.weight		
model.diffusion_model.output_blocks.8.0.out_layers.3.bias	320	unet.up_blocks.2.resnets.2.conv2.bias		
model.diffusion_model.output_blocks.8.0.out_layers.3.weight	320,320,3,3	unet.up_blocks.2.resnets.2.conv2.weight	lora_unet_output_blocks_8_0_out_layers_3	lora_unet_up_blocks_2_resnets_2_conv2
model.diffusion_model.output_blocks.8.0.skip_connection.bias	320	unet.up_blocks.2.resnets.2.conv_shortcut.bias		
model.diffusion_model.output_blocks.8.0.skip_connection.weight	320,640,1,1	unet.up_blocks.2.resnets.2.conv_shortcut.weight	lora_unet_output_blocks_8_0_skip_connection	lora_unet_up_blocks_2_resnets_2_conv_shortcut
model.diffusion_model.time_embed.0.bias	1280	unet.time_embedding.linear_1.bias		
model.diffusion_model.time_embed.0.weight	1280,320	unet.time_embedding.linear_1.weight		
model.diffusion_model.time_embed.2.bias	1280	unet.time_embedding.linear_2.bias		
model.diffusion_model.time_embed.2.weight	1280,1280	unet.time_embedding.linear_2.weight		
"""#
    /// `flux1-dev.tsv` rows.
    static let flux1Rows = #"""
double_blocks.0.img_attn.norm.key_norm.scale	128	transformer.transformer_blocks.0.attn.norm_k.weight		
double_blocks.0.img_attn.norm.query_norm.scale	128	transformer.transformer_blocks.0.attn.norm_q.weight		
double_blocks.0.img_attn.proj.bias	3072	transformer.transformer_blocks.0.attn.to_out.0.bias		
double_blocks.0.img_attn.proj.weight	3072,3072	transformer.transformer_blocks.0.attn.to_out.0.weight	lora_unet_double_blocks_0_img_attn_proj	
double_blocks.0.img_attn.qkv.bias	9216	transformer.transformer_blocks.0.attn.to_q.bias[rows 0:3072];transformer.transformer_blocks.0.attn.to_k.bias[rows 3072:6144];transformer.transformer_blocks.0.attn.to_v.bias[rows 6144:9216]		
double_blocks.0.img_attn.qkv.weight	9216,3072	transformer.transformer_blocks.0.attn.to_q.weight[rows 0:3072];transformer.transformer_blocks.0.attn.to_k.weight[rows 3072:6144];transformer.transformer_blocks.0.attn.to_v.weight[rows 6144:9216]	lora_unet_double_blocks_0_img_attn_qkv	
double_blocks.0.img_mlp.0.bias	12288	transformer.transformer_blocks.0.ff.net.0.proj.bias		
double_blocks.0.img_mlp.0.weight	12288,3072	transformer.transformer_blocks.0.ff.net.0.proj.weight	lora_unet_double_blocks_0_img_mlp_0	
double_blocks.0.img_mlp.2.bias	3072	transformer.transformer_blocks.0.ff.net.2.bias		
double_blocks.0.img_mlp.2.weight	3072,12288	transformer.transformer_blocks.0.ff.net.2.weight	lora_unet_double_blocks_0_img_mlp_2	
double_blocks.0.img_mod.lin.bias	18432	transformer.transformer_blocks.0.norm1.linear.bias		
double_blocks.0.img_mod.lin.weight	18432,3072	transformer.transformer_blocks.0.norm1.linear.weight	lora_unet_double_blocks_0_img_mod_lin	
double_blocks.0.txt_attn.norm.key_norm.scale	128	transformer.transformer_blocks.0.attn.norm_added_k.weight		
double_blocks.0.txt_attn.norm.query_norm.scale	128	transformer.transformer_blocks.0.attn.norm_added_q.weight		
double_blocks.0.txt_attn.proj.bias	3072	transformer.transformer_blocks.0.attn.to_add_out.bias		
double_blocks.0.txt_attn.proj.weight	3072,3072	transformer.transformer_blocks.0.attn.to_add_out.weight	lora_unet_double_blocks_0_txt_attn_proj	
double_blocks.0.txt_attn.qkv.bias	9216	transformer.transformer_blocks.0.attn.add_q_proj.bias[rows 0:3072];transformer.transformer_blocks.0.attn.add_k_proj.bias[rows 3072:6144];transformer.transformer_blocks.0.attn.add_v_proj.bias[rows 6144:9216]		
double_blocks.0.txt_attn.qkv.weight	9216,3072	transformer.transformer_blocks.0.attn.add_q_proj.weight[rows 0:3072];transformer.transformer_blocks.0.attn.add_k_proj.weight[rows 3072:6144];transformer.transformer_blocks.0.attn.add_v_proj.weight[rows 6144:9216]	lora_unet_double_blocks_0_txt_attn_qkv	
double_blocks.0.txt_mlp.0.bias	12288	transformer.transformer_blocks.0.ff_context.net.0.proj.bias		
double_blocks.0.txt_mlp.0.weight	12288,3072	transformer.transformer_blocks.0.ff_context.net.0.proj.weight	lora_unet_double_blocks_0_txt_mlp_0	
double_blocks.0.txt_mlp.2.bias	3072	transformer.transformer_blocks.0.ff_context.net.2.bias		
double_blocks.0.txt_mlp.2.weight	3072,12288	transformer.transformer_blocks.0.ff_context.net.2.weight	lora_unet_double_blocks_0_txt_mlp_2	
double_blocks.0.txt_mod.lin.bias	18432	transformer.transformer_blocks.0.norm1_context.linear.bias		
double_blocks.0.txt_mod.lin.weight	18432,3072	transformer.transformer_blocks.0.norm1_context.linear.weight	lora_unet_double_blocks_0_txt_mod_lin	
double_blocks.1.img_attn.norm.key_norm.scale	128	transformer.transformer_blocks.1.attn.norm_k.weight		
double_blocks.1.img_attn.norm.query_norm.scale	128	transformer.transformer_blocks.1.attn.norm_q.weight		
double_blocks.1.img_attn.proj.bias	3072	transformer.transformer_blocks.1.attn.to_out.0.bias		
double_blocks.1.img_attn.proj.weight	3072,3072	transformer.transformer_blocks.1.attn.to_out.0.weight	lora_unet_double_blocks_1_img_attn_proj	
double_blocks.1.img_attn.qkv.bias	9216	transformer.transformer_blocks.1.attn.to_q.bias[rows 0:3072];transformer.transformer_blocks.1.attn.to_k.bias[rows 3072:6144];transformer.transformer_blocks.1.attn.to_v.bias[rows 6144:9216]		
double_blocks.1.img_attn.qkv.weight	9216,3072	transformer.transformer_blocks.1.attn.to_q.weight[rows 0:3072];transformer.transformer_blocks.1.attn.to_k.weight[rows 3072:6144];transformer.transformer_blocks.1.attn.to_v.weight[rows 6144:9216]	lora_unet_double_blocks_1_img_attn_qkv	
double_blocks.1.img_mlp.0.bias	12288	transformer.transformer_blocks.1.ff.net.0.proj.bias		
double_blocks.1.img_mlp.0.weight	12288,3072	transformer.transformer_blocks.1.ff.net.0.proj.weight	lora_unet_double_blocks_1_img_mlp_0	
double_blocks.1.img_mlp.2.bias	3072	transformer.transformer_blocks.1.ff.net.2.bias		
double_blocks.1.img_mlp.2.weight	3072,12288	transformer.transformer_blocks.1.ff.net.2.weight	lora_unet_double_blocks_1_img_mlp_2	
double_blocks.1.img_mod.lin.bias	18432	transformer.transformer_blocks.1.norm1.linear.bias		
double_blocks.1.img_mod.lin.weight	18432,3072	transformer.transformer_blocks.1.norm1.linear.weight	lora_unet_double_blocks_1_img_mod_lin	
double_blocks.1.txt_attn.norm.key_norm.scale	128	transformer.transformer_blocks.1.attn.norm_added_k.weight		
double_blocks.1.txt_attn.norm.query_norm.scale	128	transformer.transformer_blocks.1.attn.norm_added_q.weight		
double_blocks.1.txt_attn.proj.bias	3072	transformer.transformer_blocks.1.attn.to_add_out.bias		
double_blocks.1.txt_attn.proj.weight	3072,3072	transformer.transformer_blocks.1.attn.to_add_out.weight	lora_unet_double_blocks_1_txt_attn_proj	
double_blocks.1.txt_attn.qkv.bias	9216	transformer.transformer_blocks.1.attn.add_q_proj.bias[rows 0:3072];transformer.transformer_blocks.1.attn.add_k_proj.bias[rows 3072:6144];transformer.transformer_blocks.1.attn.add_v_proj.bias[rows 6144:9216]		
double_blocks.1.txt_attn.qkv.weight	9216,3072	transformer.transformer_blocks.1.attn.add_q_proj.weight[rows 0:3072];transformer.transformer_blocks.1.attn.add_k_proj.weight[rows 3072:6144];transformer.transformer_blocks.1.attn.add_v_proj.weight[rows 6144:9216]	lora_unet_double_blocks_1_txt_attn_qkv	
double_blocks.1.txt_mlp.0.bias	12288	transformer.transformer_blocks.1.ff_context.net.0.proj.bias		
double_blocks.1.txt_mlp.0.weight	12288,3072	transformer.transformer_blocks.1.ff_context.net.0.proj.weight	lora_unet_double_blocks_1_txt_mlp_0	
double_blocks.1.txt_mlp.2.bias	3072	transformer.transformer_blocks.1.ff_context.net.2.bias		
double_blocks.1.txt_mlp.2.weight	3072,12288	transformer.transformer_blocks.1.ff_context.net.2.weight	lora_unet_double_blocks_1_txt_mlp_2	
double_blocks.1.txt_mod.lin.bias	18432	transformer.transformer_blocks.1.norm1_context.linear.bias		
double_blocks.1.txt_mod.lin.weight	18432,3072	transformer.transformer_blocks.1.norm1_context.linear.weight	lora_unet_double_blocks_1_txt_mod_lin	
double_blocks.10.img_attn.norm.key_norm.scale	128	transformer.transformer_blocks.10.attn.norm_k.weight		
double_blocks.10.img_attn.norm.query_norm.scale	128	transformer.transformer_blocks.10.attn.norm_q.weight		
double_blocks.10.img_attn.proj.bias	3072	transformer.transformer_blocks.10.attn.to_out.0.bias		
double_blocks.10.img_attn.proj.weight	3072,3072	transformer.transformer_blocks.10.attn.to_out.0.weight	lora_unet_double_blocks_10_img_attn_proj	
double_blocks.10.img_attn.qkv.bias	9216	transformer.transformer_blocks.10.attn.to_q.bias[rows 0:3072];transformer.transformer_blocks.10.attn.to_k.bias[rows 3072:6144];transformer.transformer_blocks.10.attn.to_v.bias[rows 6144:9216]		
double_blocks.10.img_attn.qkv.weight	9216,3072	transformer.transformer_blocks.10.attn.to_q.weight[rows 0:3072];transformer.transformer_blocks.10.attn.to_k.weight[rows 3072:6144];transformer.transformer_blocks.10.attn.to_v.weight[rows 6144:9216]	lora_unet_double_blocks_10_img_attn_qkv	
double_blocks.10.img_mlp.0.bias	12288	transformer.transformer_blocks.10.ff.net.0.proj.bias		
double_blocks.10.img_mlp.0.weight	12288,3072	transformer.transformer_blocks.10.ff.net.0.proj.weight	lora_unet_double_blocks_10_img_mlp_0	
double_blocks.10.img_mlp.2.bias	3072	transformer.transformer_blocks.10.ff.net.2.bias		
double_blocks.10.img_mlp.2.weight	3072,12288	transformer.transformer_blocks.10.ff.net.2.weight	lora_unet_double_blocks_10_img_mlp_2	
double_blocks.10.img_mod.lin.bias	18432	transformer.transformer_blocks.10.norm1.linear.bias		
double_blocks.10.img_mod.lin.weight	18432,3072	transformer.transformer_blocks.10.norm1.linear.weight	lora_unet_double_blocks_10_img_mod_lin	
double_blocks.10.txt_attn.norm.key_norm.scale	128	transformer.transformer_blocks.10.attn.norm_added_k.weight		
double_blocks.10.txt_attn.norm.query_norm.scale	128	transformer.transformer_blocks.10.attn.norm_added_q.weight		
double_blocks.10.txt_attn.proj.bias	3072	transformer.transformer_blocks.10.attn.to_add_out.bias		
double_blocks.10.txt_attn.proj.weight	3072,3072	transformer.transformer_blocks.10.attn.to_add_out.weight	lora_unet_double_blocks_10_txt_attn_proj	
double_blocks.10.txt_attn.qkv.bias	9216	transformer.transformer_blocks.10.attn.add_q_proj.bias[rows 0:3072];transformer.transformer_blocks.10.attn.add_k_proj.bias[rows 3072:6144];transformer.transformer_blocks.10.attn.add_v_proj.bias[rows 6144:9216]		
double_blocks.10.txt_attn.qkv.weight	9216,3072	transformer.transformer_blocks.10.attn.add_q_proj.weight[rows 0:3072];transformer.transformer_blocks.10.attn.add_k_proj.weight[rows 3072:6144];transformer.transformer_blocks.10.attn.add_v_proj.weight[rows 6144:9216]	lora_unet_double_blocks_10_txt_attn_qkv	
double_blocks.10.txt_mlp.0.bias	12288	transformer.transformer_blocks.10.ff_context.net.0.proj.bias		
double_blocks.10.txt_mlp.0.weight	12288,3072	transformer.transformer_blocks.10.ff_context.net.0.proj.weight	lora_unet_double_blocks_10_txt_mlp_0	
double_blocks.10.txt_mlp.2.bias	3072	transformer.transformer_blocks.10.ff_context.net.2.bias		
double_blocks.10.txt_mlp.2.weight	3072,12288	transformer.transformer_blocks.10.ff_context.net.2.weight	lora_unet_double_blocks_10_txt_mlp_2	
double_blocks.10.txt_mod.lin.bias	18432	transformer.transformer_blocks.10.norm1_context.linear.bias		
double_blocks.10.txt_mod.lin.weight	18432,3072	transformer.transformer_blocks.10.norm1_context.linear.weight	lora_unet_double_blocks_10_txt_mod_lin	
double_blocks.11.img_attn.norm.key_norm.scale	128	transformer.transformer_blocks.11.attn.norm_k.weight		
double_blocks.11.img_attn.norm.query_norm.scale	128	transformer.transformer_blocks.11.attn.norm_q.weight		
double_blocks.11.img_attn.proj.bias	3072	transformer.transformer_blocks.11.attn.to_out.0.bias		
double_blocks.11.img_attn.proj.weight	3072,3072	transformer.transformer_blocks.11.attn.to_out.0.weight	lora_unet_double_blocks_11_img_attn_proj	
double_blocks.11.img_attn.qkv.bias	9216	transformer.transformer_blocks.11.attn.to_q.bias[rows 0:3072];transformer.transformer_blocks.11.attn.to_k.bias[rows 3072:6144];transformer.transformer_blocks.11.attn.to_v.bias[rows 6144:9216]		
double_blocks.11.img_attn.qkv.weight	9216,3072	transformer.transformer_blocks.11.attn.to_q.weight[rows 0:3072];transformer.transformer_blocks.11.attn.to_k.weight[rows 3072:6144];transformer.transformer_blocks.11.attn.to_v.weight[rows 6144:9216]	lora_unet_double_blocks_11_img_attn_qkv	
double_blocks.11.img_mlp.0.bias	12288	transformer.transformer_blocks.11.ff.net.0.proj.bias		
double_blocks.11.img_mlp.0.weight	12288,3072	transformer.transformer_blocks.11.ff.net.0.proj.weight	lora_unet_double_blocks_11_img_mlp_0	
double_blocks.11.img_mlp.2.bias	3072	transformer.transformer_blocks.11.ff.net.2.bias		
double_blocks.11.img_mlp.2.weight	3072,12288	transformer.transformer_blocks.11.ff.net.2.weight	lora_unet_double_blocks_11_img_mlp_2	
double_blocks.11.img_mod.lin.bias	18432	transformer.transformer_blocks.11.norm1.linear.bias		
double_blocks.11.img_mod.lin.weight	18432,3072	transformer.transformer_blocks.11.norm1.linear.weight	lora_unet_double_blocks_11_img_mod_lin	
double_blocks.11.txt_attn.norm.key_norm.scale	128	transformer.transformer_blocks.11.attn.norm_added_k.weight		
double_blocks.11.txt_attn.norm.query_norm.scale	128	transformer.transformer_blocks.11.attn.norm_added_q.weight		
double_blocks.11.txt_attn.proj.bias	3072	transformer.transformer_blocks.11.attn.to_add_out.bias		
double_blocks.11.txt_attn.proj.weight	3072,3072	transformer.transformer_blocks.11.attn.to_add_out.weight	lora_unet_double_blocks_11_txt_attn_proj	
double_blocks.11.txt_attn.qkv.bias	9216	transformer.transformer_blocks.11.attn.add_q_proj.bias[rows 0:3072];transformer.transformer_blocks.11.attn.add_k_proj.bias[rows 3072:6144];transformer.transformer_blocks.11.attn.add_v_proj.bias[rows 6144:9216]		
double_blocks.11.txt_attn.qkv.weight	9216,3072	transformer.transformer_blocks.11.attn.add_q_proj.weight[rows 0:3072];transformer.transformer_blocks.11.attn.add_k_proj.weight[rows 3072:6144];transformer.transformer_blocks.11.attn.add_v_proj.weight[rows 6144:9216]	lora_unet_double_blocks_11_txt_attn_qkv	
double_blocks.11.txt_mlp.0.bias	12288	transformer.transformer_blocks.11.ff_context.net.0.proj.bias		
double_blocks.11.txt_mlp.0.weight	12288,3072	transformer.transformer_blocks.11.ff_context.net.0.proj.weight	lora_unet_double_blocks_11_txt_mlp_0	
double_blocks.11.txt_mlp.2.bias	3072	transformer.transformer_blocks.11.ff_context.net.2.bias		
double_blocks.11.txt_mlp.2.weight	3072,12288	transformer.transformer_blocks.11.ff_context.net.2.weight	lora_unet_double_blocks_11_txt_mlp_2	
double_blocks.11.txt_mod.lin.bias	18432	transformer.transformer_blocks.11.norm1_context.linear.bias		
double_blocks.11.txt_mod.lin.weight	18432,3072	transformer.transformer_blocks.11.norm1_context.linear.weight	lora_unet_double_blocks_11_txt_mod_lin	
double_blocks.12.img_attn.norm.key_norm.scale	128	transformer.transformer_blocks.12.attn.norm_k.weight		
double_blocks.12.img_attn.norm.query_norm.scale	128	transformer.transformer_blocks.12.attn.norm_q.weight		
double_blocks.12.img_attn.proj.bias	3072	transformer.transformer_blocks.12.attn.to_out.0.bias		
double_blocks.12.img_attn.proj.weight	3072,3072	transformer.transformer_blocks.12.attn.to_out.0.weight	lora_unet_double_blocks_12_img_attn_proj	
double_blocks.12.img_attn.qkv.bias	9216	transformer.transformer_blocks.12.attn.to_q.bias[rows 0:3072];transformer.transformer_blocks.12.attn.to_k.bias[rows 3072:6144];transformer.transformer_blocks.12.attn.to_v.bias[rows 6144:9216]		
double_blocks.12.img_attn.qkv.weight	9216,3072	transformer.transformer_blocks.12.attn.to_q.weight[rows 0:3072];transformer.transformer_blocks.12.attn.to_k.weight[rows 3072:6144];transformer.transformer_blocks.12.attn.to_v.weight[rows 6144:9216]	lora_unet_double_blocks_12_img_attn_qkv	
double_blocks.12.img_mlp.0.bias	12288	transformer.transformer_blocks.12.ff.net.0.proj.bias		
double_blocks.12.img_mlp.0.weight	12288,3072	transformer.transformer_blocks.12.ff.net.0.proj.weight	lora_unet_double_blocks_12_img_mlp_0	
double_blocks.12.img_mlp.2.bias	3072	transformer.transformer_blocks.12.ff.net.2.bias		
double_blocks.12.img_mlp.2.weight	3072,12288	transformer.transformer_blocks.12.ff.net.2.weight	lora_unet_double_blocks_12_img_mlp_2	
double_blocks.12.img_mod.lin.bias	18432	transformer.transformer_blocks.12.norm1.linear.bias		
double_blocks.12.img_mod.lin.weight	18432,3072	transformer.transformer_blocks.12.norm1.linear.weight	lora_unet_double_blocks_12_img_mod_lin	
double_blocks.12.txt_attn.norm.key_norm.scale	128	transformer.transformer_blocks.12.attn.norm_added_k.weight		
double_blocks.12.txt_attn.norm.query_norm.scale	128	transformer.transformer_blocks.12.attn.norm_added_q.weight		
double_blocks.12.txt_attn.proj.bias	3072	transformer.transformer_blocks.12.attn.to_add_out.bias		
double_blocks.12.txt_attn.proj.weight	3072,3072	transformer.transformer_blocks.12.attn.to_add_out.weight	lora_unet_double_blocks_12_txt_attn_proj	
double_blocks.12.txt_attn.qkv.bias	9216	transformer.transformer_blocks.12.attn.add_q_proj.bias[rows 0:3072];transformer.transformer_blocks.12.attn.add_k_proj.bias[rows 3072:6144];transformer.transformer_blocks.12.attn.add_v_proj.bias[rows 6144:9216]		
double_blocks.12.txt_attn.qkv.weight	9216,3072	transformer.transformer_blocks.12.attn.add_q_proj.weight[rows 0:3072];transformer.transformer_blocks.12.attn.add_k_proj.weight[rows 3072:6144];transformer.transformer_blocks.12.attn.add_v_proj.weight[rows 6144:9216]	lora_unet_double_blocks_12_txt_attn_qkv	
double_blocks.12.txt_mlp.0.bias	12288	transformer.transformer_blocks.12.ff_context.net.0.proj.bias		
double_blocks.12.txt_mlp.0.weight	12288,3072	transformer.transformer_blocks.12.ff_context.net.0.proj.weight	lora_unet_double_blocks_12_txt_mlp_0	
double_blocks.12.txt_mlp.2.bias	3072	transformer.transformer_blocks.12.ff_context.net.2.bias		
double_blocks.12.txt_mlp.2.weight	3072,12288	transformer.transformer_blocks.12.ff_context.net.2.weight	lora_unet_double_blocks_12_txt_mlp_2	
double_blocks.12.txt_mod.lin.bias	18432	transformer.transformer_blocks.12.norm1_context.linear.bias		
double_blocks.12.txt_mod.lin.weight	18432,3072	transformer.transformer_blocks.12.norm1_context.linear.weight	lora_unet_double_blocks_12_txt_mod_lin	
double_blocks.13.img_attn.norm.key_norm.scale	128	transformer.transformer_blocks.13.attn.norm_k.weight		
double_blocks.13.img_attn.norm.query_norm.scale	128	transformer.transformer_blocks.13.attn.norm_q.weight		
double_blocks.13.img_attn.proj.bias	3072	transformer.transformer_blocks.13.attn.to_out.0.bias		
double_blocks.13.img_attn.proj.weight	3072,3072	transformer.transformer_blocks.13.attn.to_out.0.weight	lora_unet_double_blocks_13_img_attn_proj	
double_blocks.13.img_attn.qkv.bias	9216	transformer.transformer_blocks.13.attn.to_q.bias[rows 0:3072];transformer.transformer_blocks.13.attn.to_k.bias[rows 3072:6144];transformer.transformer_blocks.13.attn.to_v.bias[rows 6144:9216]		
double_blocks.13.img_attn.qkv.weight	9216,3072	transformer.transformer_blocks.13.attn.to_q.weight[rows 0:3072];transformer.transformer_blocks.13.attn.to_k.weight[rows 3072:6144];transformer.transformer_blocks.13.attn.to_v.weight[rows 6144:9216]	lora_unet_double_blocks_13_img_attn_qkv	
double_blocks.13.img_mlp.0.bias	12288	transformer.transformer_blocks.13.ff.net.0.proj.bias		
double_blocks.13.img_mlp.0.weight	12288,3072	transformer.transformer_blocks.13.ff.net.0.proj.weight	lora_unet_double_blocks_13_img_mlp_0	
double_blocks.13.img_mlp.2.bias	3072	transformer.transformer_blocks.13.ff.net.2.bias		
double_blocks.13.img_mlp.2.weight	3072,12288	transformer.transformer_blocks.13.ff.net.2.weight	lora_unet_double_blocks_13_img_mlp_2	
double_blocks.13.img_mod.lin.bias	18432	transformer.transformer_blocks.13.norm1.linear.bias		
double_blocks.13.img_mod.lin.weight	18432,3072	transformer.transformer_blocks.13.norm1.linear.weight	lora_unet_double_blocks_13_img_mod_lin	
double_blocks.13.txt_attn.norm.key_norm.scale	128	transformer.transformer_blocks.13.attn.norm_added_k.weight		
double_blocks.13.txt_attn.norm.query_norm.scale	128	transformer.transformer_blocks.13.attn.norm_added_q.weight		
double_blocks.13.txt_attn.proj.bias	3072	transformer.transformer_blocks.13.attn.to_add_out.bias		
double_blocks.13.txt_attn.proj.weight	3072,3072	transformer.transformer_blocks.13.attn.to_add_out.weight	lora_unet_double_blocks_13_txt_attn_proj	
double_blocks.13.txt_attn.qkv.bias	9216	transformer.transformer_blocks.13.attn.add_q_proj.bias[rows 0:3072];transformer.transformer_blocks.13.attn.add_k_proj.bias[rows 3072:6144];transformer.transformer_blocks.13.attn.add_v_proj.bias[rows 6144:9216]		
double_blocks.13.txt_attn.qkv.weight	9216,3072	transformer.transformer_blocks.13.attn.add_q_proj.weight[rows 0:3072];transformer.transformer_blocks.13.attn.add_k_proj.weight[rows 3072:6144];transformer.transformer_blocks.13.attn.add_v_proj.weight[rows 6144:9216]	lora_unet_double_blocks_13_txt_attn_qkv	
double_blocks.13.txt_mlp.0.bias	12288	transformer.transformer_blocks.13.ff_context.net.0.proj.bias		
double_blocks.13.txt_mlp.0.weight	12288,3072	transformer.transformer_blocks.13.ff_context.net.0.proj.weight	lora_unet_double_blocks_13_txt_mlp_0	
double_blocks.13.txt_mlp.2.bias	3072	transformer.transformer_blocks.13.ff_context.net.2.bias		
double_blocks.13.txt_mlp.2.weight	3072,12288	transformer.transformer_blocks.13.ff_context.net.2.weight	lora_unet_double_blocks_13_txt_mlp_2	
double_blocks.13.txt_mod.lin.bias	18432	transformer.transformer_blocks.13.norm1_context.linear.bias		
double_blocks.13.txt_mod.lin.weight	18432,3072	transformer.transformer_blocks.13.norm1_context.linear.weight	lora_unet_double_blocks_13_txt_mod_lin	
double_blocks.14.img_attn.norm.key_norm.scale	128	transformer.transformer_blocks.14.attn.norm_k.weight		
double_blocks.14.img_attn.norm.query_norm.scale	128	transformer.transformer_blocks.14.attn.norm_q.weight		
double_blocks.14.img_attn.proj.bias	3072	transformer.transformer_blocks.14.attn.to_out.0.bias		
double_blocks.14.img_attn.proj.weight	3072,3072	transformer.transformer_blocks.14.attn.to_out.0.weight	lora_unet_double_blocks_14_img_attn_proj	
double_blocks.14.img_attn.qkv.bias	9216	transformer.transformer_blocks.14.attn.to_q.bias[rows 0:3072];transformer.transformer_blocks.14.attn.to_k.bias[rows 3072:6144];transformer.transformer_blocks.14.attn.to_v.bias[rows 6144:9216]		
double_blocks.14.img_attn.qkv.weight	9216,3072	transformer.transformer_blocks.14.attn.to_q.weight[rows 0:3072];transformer.transformer_blocks.14.attn.to_k.weight[rows 3072:6144];transformer.transformer_blocks.14.attn.to_v.weight[rows 6144:9216]	lora_unet_double_blocks_14_img_attn_qkv	
double_blocks.14.img_mlp.0.bias	12288	transformer.transformer_blocks.14.ff.net.0.proj.bias		
double_blocks.14.img_mlp.0.weight	12288,3072	transformer.transformer_blocks.14.ff.net.0.proj.weight	lora_unet_double_blocks_14_img_mlp_0	
double_blocks.14.img_mlp.2.bias	3072	transformer.transformer_blocks.14.ff.net.2.bias		
double_blocks.14.img_mlp.2.weight	3072,12288	transformer.transformer_blocks.14.ff.net.2.weight	lora_unet_double_blocks_14_img_mlp_2	
double_blocks.14.img_mod.lin.bias	18432	transformer.transformer_blocks.14.norm1.linear.bias		
double_blocks.14.img_mod.lin.weight	18432,3072	transformer.transformer_blocks.14.norm1.linear.weight	lora_unet_double_blocks_14_img_mod_lin	
double_blocks.14.txt_attn.norm.key_norm.scale	128	transformer.transformer_blocks.14.attn.norm_added_k.weight		
double_blocks.14.txt_attn.norm.query_norm.scale	128	transformer.transformer_blocks.14.attn.norm_added_q.weight		
double_blocks.14.txt_attn.proj.bias	3072	transformer.transformer_blocks.14.attn.to_add_out.bias		
double_blocks.14.txt_attn.proj.weight	3072,3072	transformer.transformer_blocks.14.attn.to_add_out.weight	lora_unet_double_blocks_14_txt_attn_proj	
double_blocks.14.txt_attn.qkv.bias	9216	transformer.transformer_blocks.14.attn.add_q_proj.bias[rows 0:3072];transformer.transformer_blocks.14.attn.add_k_proj.bias[rows 3072:6144];transformer.transformer_blocks.14.attn.add_v_proj.bias[rows 6144:9216]		
double_blocks.14.txt_attn.qkv.weight	9216,3072	transformer.transformer_blocks.14.attn.add_q_proj.weight[rows 0:3072];transformer.transformer_blocks.14.attn.add_k_proj.weight[rows 3072:6144];transformer.transformer_blocks.14.attn.add_v_proj.weight[rows 6144:9216]	lora_unet_double_blocks_14_txt_attn_qkv	
double_blocks.14.txt_mlp.0.bias	12288	transformer.transformer_blocks.14.ff_context.net.0.proj.bias		
double_blocks.14.txt_mlp.0.weight	12288,3072	transformer.transformer_blocks.14.ff_context.net.0.proj.weight	lora_unet_double_blocks_14_txt_mlp_0	
double_blocks.14.txt_mlp.2.bias	3072	transformer.transformer_blocks.14.ff_context.net.2.bias		
double_blocks.14.txt_mlp.2.weight	3072,12288	transformer.transformer_blocks.14.ff_context.net.2.weight	lora_unet_double_blocks_14_txt_mlp_2	
double_blocks.14.txt_mod.lin.bias	18432	transformer.transformer_blocks.14.norm1_context.linear.bias		
double_blocks.14.txt_mod.lin.weight	18432,3072	transformer.transformer_blocks.14.norm1_context.linear.weight	lora_unet_double_blocks_14_txt_mod_lin	
double_blocks.15.img_attn.norm.key_norm.scale	128	transformer.transformer_blocks.15.attn.norm_k.weight		
double_blocks.15.img_attn.norm.query_norm.scale	128	transformer.transformer_blocks.15.attn.norm_q.weight		
double_blocks.15.img_attn.proj.bias	3072	transformer.transformer_blocks.15.attn.to_out.0.bias		
double_blocks.15.img_attn.proj.weight	3072,3072	transformer.transformer_blocks.15.attn.to_out.0.weight	lora_unet_double_blocks_15_img_attn_proj	
double_blocks.15.img_attn.qkv.bias	9216	transformer.transformer_blocks.15.attn.to_q.bias[rows 0:3072];transformer.transformer_blocks.15.attn.to_k.bias[rows 3072:6144];transformer.transformer_blocks.15.attn.to_v.bias[rows 6144:9216]		
double_blocks.15.img_attn.qkv.weight	9216,3072	transformer.transformer_blocks.15.attn.to_q.weight[rows 0:3072];transformer.transformer_blocks.15.attn.to_k.weight[rows 3072:6144];transformer.transformer_blocks.15.attn.to_v.weight[rows 6144:9216]	lora_unet_double_blocks_15_img_attn_qkv	
double_blocks.15.img_mlp.0.bias	12288	transformer.transformer_blocks.15.ff.net.0.proj.bias		
double_blocks.15.img_mlp.0.weight	12288,3072	transformer.transformer_blocks.15.ff.net.0.proj.weight	lora_unet_double_blocks_15_img_mlp_0	
double_blocks.15.img_mlp.2.bias	3072	transformer.transformer_blocks.15.ff.net.2.bias		
double_blocks.15.img_mlp.2.weight	3072,12288	transformer.transformer_blocks.15.ff.net.2.weight	lora_unet_double_blocks_15_img_mlp_2	
double_blocks.15.img_mod.lin.bias	18432	transformer.transformer_blocks.15.norm1.linear.bias		
double_blocks.15.img_mod.lin.weight	18432,3072	transformer.transformer_blocks.15.norm1.linear.weight	lora_unet_double_blocks_15_img_mod_lin	
double_blocks.15.txt_attn.norm.key_norm.scale	128	transformer.transformer_blocks.15.attn.norm_added_k.weight		
double_blocks.15.txt_attn.norm.query_norm.scale	128	transformer.transformer_blocks.15.attn.norm_added_q.weight		
double_blocks.15.txt_attn.proj.bias	3072	transformer.transformer_blocks.15.attn.to_add_out.bias		
double_blocks.15.txt_attn.proj.weight	3072,3072	transformer.transformer_blocks.15.attn.to_add_out.weight	lora_unet_double_blocks_15_txt_attn_proj	
double_blocks.15.txt_attn.qkv.bias	9216	transformer.transformer_blocks.15.attn.add_q_proj.bias[rows 0:3072];transformer.transformer_blocks.15.attn.add_k_proj.bias[rows 3072:6144];transformer.transformer_blocks.15.attn.add_v_proj.bias[rows 6144:9216]		
double_blocks.15.txt_attn.qkv.weight	9216,3072	transformer.transformer_blocks.15.attn.add_q_proj.weight[rows 0:3072];transformer.transformer_blocks.15.attn.add_k_proj.weight[rows 3072:6144];transformer.transformer_blocks.15.attn.add_v_proj.weight[rows 6144:9216]	lora_unet_double_blocks_15_txt_attn_qkv	
double_blocks.15.txt_mlp.0.bias	12288	transformer.transformer_blocks.15.ff_context.net.0.proj.bias		
double_blocks.15.txt_mlp.0.weight	12288,3072	transformer.transformer_blocks.15.ff_context.net.0.proj.weight	lora_unet_double_blocks_15_txt_mlp_0	
double_blocks.15.txt_mlp.2.bias	3072	transformer.transformer_blocks.15.ff_context.net.2.bias		
double_blocks.15.txt_mlp.2.weight	3072,12288	transformer.transformer_blocks.15.ff_context.net.2.weight	lora_unet_double_blocks_15_txt_mlp_2	
double_blocks.15.txt_mod.lin.bias	18432	transformer.transformer_blocks.15.norm1_context.linear.bias		
double_blocks.15.txt_mod.lin.weight	18432,3072	transformer.transformer_blocks.15.norm1_context.linear.weight	lora_unet_double_blocks_15_txt_mod_lin	
double_blocks.16.img_attn.norm.key_norm.scale	128	transformer.transformer_blocks.16.attn.norm_k.weight		
double_blocks.16.img_attn.norm.query_norm.scale	128	transformer.transformer_blocks.16.attn.norm_q.weight		
double_blocks.16.img_attn.proj.bias	3072	transformer.transformer_blocks.16.attn.to_out.0.bias		
double_blocks.16.img_attn.proj.weight	3072,3072	transformer.transformer_blocks.16.attn.to_out.0.weight	lora_unet_double_blocks_16_img_attn_proj	
double_blocks.16.img_attn.qkv.bias	9216	transformer.transformer_blocks.16.attn.to_q.bias[rows 0:3072];transformer.transformer_blocks.16.attn.to_k.bias[rows 3072:6144];transformer.transformer_blocks.16.attn.to_v.bias[rows 6144:9216]		
double_blocks.16.img_attn.qkv.weight	9216,3072	transformer.transformer_blocks.16.attn.to_q.weight[rows 0:3072];transformer.transformer_blocks.16.attn.to_k.weight[rows 3072:6144];transformer.transformer_blocks.16.attn.to_v.weight[rows 6144:9216]	lora_unet_double_blocks_16_img_attn_qkv	
double_blocks.16.img_mlp.0.bias	12288	transformer.transformer_blocks.16.ff.net.0.proj.bias		
double_blocks.16.img_mlp.0.weight	12288,3072	transformer.transformer_blocks.16.ff.net.0.proj.weight	lora_unet_double_blocks_16_img_mlp_0	
double_blocks.16.img_mlp.2.bias	3072	transformer.transformer_blocks.16.ff.net.2.bias		
double_blocks.16.img_mlp.2.weight	3072,12288	transformer.transformer_blocks.16.ff.net.2.weight	lora_unet_double_blocks_16_img_mlp_2	
double_blocks.16.img_mod.lin.bias	18432	transformer.transformer_blocks.16.norm1.linear.bias		
double_blocks.16.img_mod.lin.weight	18432,3072	transformer.transformer_blocks.16.norm1.linear.weight	lora_unet_double_blocks_16_img_mod_lin	
double_blocks.16.txt_attn.norm.key_norm.scale	128	transformer.transformer_blocks.16.attn.norm_added_k.weight		
double_blocks.16.txt_attn.norm.query_norm.scale	128	transformer.transformer_blocks.16.attn.norm_added_q.weight		
double_blocks.16.txt_attn.proj.bias	3072	transformer.transformer_blocks.16.attn.to_add_out.bias		
double_blocks.16.txt_attn.proj.weight	3072,3072	transformer.transformer_blocks.16.attn.to_add_out.weight	lora_unet_double_blocks_16_txt_attn_proj	
double_blocks.16.txt_attn.qkv.bias	9216	transformer.transformer_blocks.16.attn.add_q_proj.bias[rows 0:3072];transformer.transformer_blocks.16.attn.add_k_proj.bias[rows 3072:6144];transformer.transformer_blocks.16.attn.add_v_proj.bias[rows 6144:9216]		
double_blocks.16.txt_attn.qkv.weight	9216,3072	transformer.transformer_blocks.16.attn.add_q_proj.weight[rows 0:3072];transformer.transformer_blocks.16.attn.add_k_proj.weight[rows 3072:6144];transformer.transformer_blocks.16.attn.add_v_proj.weight[rows 6144:9216]	lora_unet_double_blocks_16_txt_attn_qkv	
double_blocks.16.txt_mlp.0.bias	12288	transformer.transformer_blocks.16.ff_context.net.0.proj.bias		
double_blocks.16.txt_mlp.0.weight	12288,3072	transformer.transformer_blocks.16.ff_context.net.0.proj.weight	lora_unet_double_blocks_16_txt_mlp_0	
double_blocks.16.txt_mlp.2.bias	3072	transformer.transformer_blocks.16.ff_context.net.2.bias		
double_blocks.16.txt_mlp.2.weight	3072,12288	transformer.transformer_blocks.16.ff_context.net.2.weight	lora_unet_double_blocks_16_txt_mlp_2	
double_blocks.16.txt_mod.lin.bias	18432	transformer.transformer_blocks.16.norm1_context.linear.bias		
double_blocks.16.txt_mod.lin.weight	18432,3072	transformer.transformer_blocks.16.norm1_context.linear.weight	lora_unet_double_blocks_16_txt_mod_lin	
double_blocks.17.img_attn.norm.key_norm.scale	128	transformer.transformer_blocks.17.attn.norm_k.weight		
double_blocks.17.img_attn.norm.query_norm.scale	128	transformer.transformer_blocks.17.attn.norm_q.weight		
double_blocks.17.img_attn.proj.bias	3072	transformer.transformer_blocks.17.attn.to_out.0.bias		
double_blocks.17.img_attn.proj.weight	3072,3072	transformer.transformer_blocks.17.attn.to_out.0.weight	lora_unet_double_blocks_17_img_attn_proj	
double_blocks.17.img_attn.qkv.bias	9216	transformer.transformer_blocks.17.attn.to_q.bias[rows 0:3072];transformer.transformer_blocks.17.attn.to_k.bias[rows 3072:6144];transformer.transformer_blocks.17.attn.to_v.bias[rows 6144:9216]		
double_blocks.17.img_attn.qkv.weight	9216,3072	transformer.transformer_blocks.17.attn.to_q.weight[rows 0:3072];transformer.transformer_blocks.17.attn.to_k.weight[rows 3072:6144];transformer.transformer_blocks.17.attn.to_v.weight[rows 6144:9216]	lora_unet_double_blocks_17_img_attn_qkv	
double_blocks.17.img_mlp.0.bias	12288	transformer.transformer_blocks.17.ff.net.0.proj.bias		
double_blocks.17.img_mlp.0.weight	12288,3072	transformer.transformer_blocks.17.ff.net.0.proj.weight	lora_unet_double_blocks_17_img_mlp_0	
double_blocks.17.img_mlp.2.bias	3072	transformer.transformer_blocks.17.ff.net.2.bias		
double_blocks.17.img_mlp.2.weight	3072,12288	transformer.transformer_blocks.17.ff.net.2.weight	lora_unet_double_blocks_17_img_mlp_2	
double_blocks.17.img_mod.lin.bias	18432	transformer.transformer_blocks.17.norm1.linear.bias		
double_blocks.17.img_mod.lin.weight	18432,3072	transformer.transformer_blocks.17.norm1.linear.weight	lora_unet_double_blocks_17_img_mod_lin	
double_blocks.17.txt_attn.norm.key_norm.scale	128	transformer.transformer_blocks.17.attn.norm_added_k.weight		
double_blocks.17.txt_attn.norm.query_norm.scale	128	transformer.transformer_blocks.17.attn.norm_added_q.weight		
double_blocks.17.txt_attn.proj.bias	3072	transformer.transformer_blocks.17.attn.to_add_out.bias		
double_blocks.17.txt_attn.proj.weight	3072,3072	transformer.transformer_blocks.17.attn.to_add_out.weight	lora_unet_double_blocks_17_txt_attn_proj	
double_blocks.17.txt_attn.qkv.bias	9216	transformer.transformer_blocks.17.attn.add_q_proj.bias[rows 0:3072];transformer.transformer_blocks.17.attn.add_k_proj.bias[rows 3072:6144];transformer.transformer_blocks.17.attn.add_v_proj.bias[rows 6144:9216]		
double_blocks.17.txt_attn.qkv.weight	9216,3072	transformer.transformer_blocks.17.attn.add_q_proj.weight[rows 0:3072];transformer.transformer_blocks.17.attn.add_k_proj.weight[rows 3072:6144];transformer.transformer_blocks.17.attn.add_v_proj.weight[rows 6144:9216]	lora_unet_double_blocks_17_txt_attn_qkv	
double_blocks.17.txt_mlp.0.bias	12288	transformer.transformer_blocks.17.ff_context.net.0.proj.bias		
double_blocks.17.txt_mlp.0.weight	12288,3072	transformer.transformer_blocks.17.ff_context.net.0.proj.weight	lora_unet_double_blocks_17_txt_mlp_0	
double_blocks.17.txt_mlp.2.bias	3072	transformer.transformer_blocks.17.ff_context.net.2.bias		
double_blocks.17.txt_mlp.2.weight	3072,12288	transformer.transformer_blocks.17.ff_context.net.2.weight	lora_unet_double_blocks_17_txt_mlp_2	
double_blocks.17.txt_mod.lin.bias	18432	transformer.transformer_blocks.17.norm1_context.linear.bias		
double_blocks.17.txt_mod.lin.weight	18432,3072	transformer.transformer_blocks.17.norm1_context.linear.weight	lora_unet_double_blocks_17_txt_mod_lin	
double_blocks.18.img_attn.norm.key_norm.scale	128	transformer.transformer_blocks.18.attn.norm_k.weight		
double_blocks.18.img_attn.norm.query_norm.scale	128	transformer.transformer_blocks.18.attn.norm_q.weight		
double_blocks.18.img_attn.proj.bias	3072	transformer.transformer_blocks.18.attn.to_out.0.bias		
double_blocks.18.img_attn.proj.weight	3072,3072	transformer.transformer_blocks.18.attn.to_out.0.weight	lora_unet_double_blocks_18_img_attn_proj	
double_blocks.18.img_attn.qkv.bias	9216	transformer.transformer_blocks.18.attn.to_q.bias[rows 0:3072];transformer.transformer_blocks.18.attn.to_k.bias[rows 3072:6144];transformer.transformer_blocks.18.attn.to_v.bias[rows 6144:9216]		
double_blocks.18.img_attn.qkv.weight	9216,3072	transformer.transformer_blocks.18.attn.to_q.weight[rows 0:3072];transformer.transformer_blocks.18.attn.to_k.weight[rows 3072:6144];transformer.transformer_blocks.18.attn.to_v.weight[rows 6144:9216]	lora_unet_double_blocks_18_img_attn_qkv	
double_blocks.18.img_mlp.0.bias	12288	transformer.transformer_blocks.18.ff.net.0.proj.bias		
double_blocks.18.img_mlp.0.weight	12288,3072	transformer.transformer_blocks.18.ff.net.0.proj.weight	lora_unet_double_blocks_18_img_mlp_0	
double_blocks.18.img_mlp.2.bias	3072	transformer.transformer_blocks.18.ff.net.2.bias		
double_blocks.18.img_mlp.2.weight	3072,12288	transformer.transformer_blocks.18.ff.net.2.weight	lora_unet_double_blocks_18_img_mlp_2	
double_blocks.18.img_mod.lin.bias	18432	transformer.transformer_blocks.18.norm1.linear.bias		
double_blocks.18.img_mod.lin.weight	18432,3072	transformer.transformer_blocks.18.norm1.linear.weight	lora_unet_double_blocks_18_img_mod_lin	
double_blocks.18.txt_attn.norm.key_norm.scale	128	transformer.transformer_blocks.18.attn.norm_added_k.weight		
double_blocks.18.txt_attn.norm.query_norm.scale	128	transformer.transformer_blocks.18.attn.norm_added_q.weight		
double_blocks.18.txt_attn.proj.bias	3072	transformer.transformer_blocks.18.attn.to_add_out.bias		
double_blocks.18.txt_attn.proj.weight	3072,3072	transformer.transformer_blocks.18.attn.to_add_out.weight	lora_unet_double_blocks_18_txt_attn_proj	
double_blocks.18.txt_attn.qkv.bias	9216	transformer.transformer_blocks.18.attn.add_q_proj.bias[rows 0:3072];transformer.transformer_blocks.18.attn.add_k_proj.bias[rows 3072:6144];transformer.transformer_blocks.18.attn.add_v_proj.bias[rows 6144:9216]		
double_blocks.18.txt_attn.qkv.weight	9216,3072	transformer.transformer_blocks.18.attn.add_q_proj.weight[rows 0:3072];transformer.transformer_blocks.18.attn.add_k_proj.weight[rows 3072:6144];transformer.transformer_blocks.18.attn.add_v_proj.weight[rows 6144:9216]	lora_unet_double_blocks_18_txt_attn_qkv	
double_blocks.18.txt_mlp.0.bias	12288	transformer.transformer_blocks.18.ff_context.net.0.proj.bias		
double_blocks.18.txt_mlp.0.weight	12288,3072	transformer.transformer_blocks.18.ff_context.net.0.proj.weight	lora_unet_double_blocks_18_txt_mlp_0	
double_blocks.18.txt_mlp.2.bias	3072	transformer.transformer_blocks.18.ff_context.net.2.bias		
double_blocks.18.txt_mlp.2.weight	3072,12288	transformer.transformer_blocks.18.ff_context.net.2.weight	lora_unet_double_blocks_18_txt_mlp_2	
double_blocks.18.txt_mod.lin.bias	18432	transformer.transformer_blocks.18.norm1_context.linear.bias		
double_blocks.18.txt_mod.lin.weight	18432,3072	transformer.transformer_blocks.18.norm1_context.linear.weight	lora_unet_double_blocks_18_txt_mod_lin	
double_blocks.2.img_attn.norm.key_norm.scale	128	transformer.transformer_blocks.2.attn.norm_k.weight		
double_blocks.2.img_attn.norm.query_norm.scale	128	transformer.transformer_blocks.2.attn.norm_q.weight		
double_blocks.2.img_attn.proj.bias	3072	transformer.transformer_blocks.2.attn.to_out.0.bias		
double_blocks.2.img_attn.proj.weight	3072,3072	transformer.transformer_blocks.2.attn.to_out.0.weight	lora_unet_double_blocks_2_img_attn_proj	
double_blocks.2.img_attn.qkv.bias	9216	transformer.transformer_blocks.2.attn.to_q.bias[rows 0:3072];transformer.transformer_blocks.2.attn.to_k.bias[rows 3072:6144];transformer.transformer_blocks.2.attn.to_v.bias[rows 6144:9216]		
double_blocks.2.img_attn.qkv.weight	9216,3072	transformer.transformer_blocks.2.attn.to_q.weight[rows 0:3072];transformer.transformer_blocks.2.attn.to_k.weight[rows 3072:6144];transformer.transformer_blocks.2.attn.to_v.weight[rows 6144:9216]	lora_unet_double_blocks_2_img_attn_qkv	
double_blocks.2.img_mlp.0.bias	12288	transformer.transformer_blocks.2.ff.net.0.proj.bias		
double_blocks.2.img_mlp.0.weight	12288,3072	transformer.transformer_blocks.2.ff.net.0.proj.weight	lora_unet_double_blocks_2_img_mlp_0	
double_blocks.2.img_mlp.2.bias	3072	transformer.transformer_blocks.2.ff.net.2.bias		
double_blocks.2.img_mlp.2.weight	3072,12288	transformer.transformer_blocks.2.ff.net.2.weight	lora_unet_double_blocks_2_img_mlp_2	
double_blocks.2.img_mod.lin.bias	18432	transformer.transformer_blocks.2.norm1.linear.bias		
double_blocks.2.img_mod.lin.weight	18432,3072	transformer.transformer_blocks.2.norm1.linear.weight	lora_unet_double_blocks_2_img_mod_lin	
double_blocks.2.txt_attn.norm.key_norm.scale	128	transformer.transformer_blocks.2.attn.norm_added_k.weight		
double_blocks.2.txt_attn.norm.query_norm.scale	128	transformer.transformer_blocks.2.attn.norm_added_q.weight		
double_blocks.2.txt_attn.proj.bias	3072	transformer.transformer_blocks.2.attn.to_add_out.bias		
double_blocks.2.txt_attn.proj.weight	3072,3072	transformer.transformer_blocks.2.attn.to_add_out.weight	lora_unet_double_blocks_2_txt_attn_proj	
double_blocks.2.txt_attn.qkv.bias	9216	transformer.transformer_blocks.2.attn.add_q_proj.bias[rows 0:3072];transformer.transformer_blocks.2.attn.add_k_proj.bias[rows 3072:6144];transformer.transformer_blocks.2.attn.add_v_proj.bias[rows 6144:9216]		
double_blocks.2.txt_attn.qkv.weight	9216,3072	transformer.transformer_blocks.2.attn.add_q_proj.weight[rows 0:3072];transformer.transformer_blocks.2.attn.add_k_proj.weight[rows 3072:6144];transformer.transformer_blocks.2.attn.add_v_proj.weight[rows 6144:9216]	lora_unet_double_blocks_2_txt_attn_qkv	
double_blocks.2.txt_mlp.0.bias	12288	transformer.transformer_blocks.2.ff_context.net.0.proj.bias		
double_blocks.2.txt_mlp.0.weight	12288,3072	transformer.transformer_blocks.2.ff_context.net.0.proj.weight	lora_unet_double_blocks_2_txt_mlp_0	
double_blocks.2.txt_mlp.2.bias	3072	transformer.transformer_blocks.2.ff_context.net.2.bias		
double_blocks.2.txt_mlp.2.weight	3072,12288	transformer.transformer_blocks.2.ff_context.net.2.weight	lora_unet_double_blocks_2_txt_mlp_2	
double_blocks.2.txt_mod.lin.bias	18432	transformer.transformer_blocks.2.norm1_context.linear.bias		
double_blocks.2.txt_mod.lin.weight	18432,3072	transformer.transformer_blocks.2.norm1_context.linear.weight	lora_unet_double_blocks_2_txt_mod_lin	
double_blocks.3.img_attn.norm.key_norm.scale	128	transformer.transformer_blocks.3.attn.norm_k.weight		
double_blocks.3.img_attn.norm.query_norm.scale	128	transformer.transformer_blocks.3.attn.norm_q.weight		
double_blocks.3.img_attn.proj.bias	3072	transformer.transformer_blocks.3.attn.to_out.0.bias		
double_blocks.3.img_attn.proj.weight	3072,3072	transformer.transformer_blocks.3.attn.to_out.0.weight	lora_unet_double_blocks_3_img_attn_proj	
double_blocks.3.img_attn.qkv.bias	9216	transformer.transformer_blocks.3.attn.to_q.bias[rows 0:3072];transformer.transformer_blocks.3.attn.to_k.bias[rows 3072:6144];transformer.transformer_blocks.3.attn.to_v.bias[rows 6144:9216]		
double_blocks.3.img_attn.qkv.weight	9216,3072	transformer.transformer_blocks.3.attn.to_q.weight[rows 0:3072];transformer.transformer_blocks.3.attn.to_k.weight[rows 3072:6144];transformer.transformer_blocks.3.attn.to_v.weight[rows 6144:9216]	lora_unet_double_blocks_3_img_attn_qkv	
double_blocks.3.img_mlp.0.bias	12288	transformer.transformer_blocks.3.ff.net.0.proj.bias		
double_blocks.3.img_mlp.0.weight	12288,3072	transformer.transformer_blocks.3.ff.net.0.proj.weight	lora_unet_double_blocks_3_img_mlp_0	
double_blocks.3.img_mlp.2.bias	3072	transformer.transformer_blocks.3.ff.net.2.bias		
double_blocks.3.img_mlp.2.weight	3072,12288	transformer.transformer_blocks.3.ff.net.2.weight	lora_unet_double_blocks_3_img_mlp_2	
double_blocks.3.img_mod.lin.bias	18432	transformer.transformer_blocks.3.norm1.linear.bias		
double_blocks.3.img_mod.lin.weight	18432,3072	transformer.transformer_blocks.3.norm1.linear.weight	lora_unet_double_blocks_3_img_mod_lin	
double_blocks.3.txt_attn.norm.key_norm.scale	128	transformer.transformer_blocks.3.attn.norm_added_k.weight		
double_blocks.3.txt_attn.norm.query_norm.scale	128	transformer.transformer_blocks.3.attn.norm_added_q.weight		
double_blocks.3.txt_attn.proj.bias	3072	transformer.transformer_blocks.3.attn.to_add_out.bias		
double_blocks.3.txt_attn.proj.weight	3072,3072	transformer.transformer_blocks.3.attn.to_add_out.weight	lora_unet_double_blocks_3_txt_attn_proj	
double_blocks.3.txt_attn.qkv.bias	9216	transformer.transformer_blocks.3.attn.add_q_proj.bias[rows 0:3072];transformer.transformer_blocks.3.attn.add_k_proj.bias[rows 3072:6144];transformer.transformer_blocks.3.attn.add_v_proj.bias[rows 6144:9216]		
double_blocks.3.txt_attn.qkv.weight	9216,3072	transformer.transformer_blocks.3.attn.add_q_proj.weight[rows 0:3072];transformer.transformer_blocks.3.attn.add_k_proj.weight[rows 3072:6144];transformer.transformer_blocks.3.attn.add_v_proj.weight[rows 6144:9216]	lora_unet_double_blocks_3_txt_attn_qkv	
double_blocks.3.txt_mlp.0.bias	12288	transformer.transformer_blocks.3.ff_context.net.0.proj.bias		
double_blocks.3.txt_mlp.0.weight	12288,3072	transformer.transformer_blocks.3.ff_context.net.0.proj.weight	lora_unet_double_blocks_3_txt_mlp_0	
double_blocks.3.txt_mlp.2.bias	3072	transformer.transformer_blocks.3.ff_context.net.2.bias		
double_blocks.3.txt_mlp.2.weight	3072,12288	transformer.transformer_blocks.3.ff_context.net.2.weight	lora_unet_double_blocks_3_txt_mlp_2	
double_blocks.3.txt_mod.lin.bias	18432	transformer.transformer_blocks.3.norm1_context.linear.bias		
double_blocks.3.txt_mod.lin.weight	18432,3072	transformer.transformer_blocks.3.norm1_context.linear.weight	lora_unet_double_blocks_3_txt_mod_lin	
double_blocks.4.img_attn.norm.key_norm.scale	128	transformer.transformer_blocks.4.attn.norm_k.weight		
double_blocks.4.img_attn.norm.query_norm.scale	128	transformer.transformer_blocks.4.attn.norm_q.weight		
double_blocks.4.img_attn.proj.bias	3072	transformer.transformer_blocks.4.attn.to_out.0.bias		
double_blocks.4.img_attn.proj.weight	3072,3072	transformer.transformer_blocks.4.attn.to_out.0.weight	lora_unet_double_blocks_4_img_attn_proj	
double_blocks.4.img_attn.qkv.bias	9216	transformer.transformer_blocks.4.attn.to_q.bias[rows 0:3072];transformer.transformer_blocks.4.attn.to_k.bias[rows 3072:6144];transformer.transformer_blocks.4.attn.to_v.bias[rows 6144:9216]		
double_blocks.4.img_attn.qkv.weight	9216,3072	transformer.transformer_blocks.4.attn.to_q.weight[rows 0:3072];transformer.transformer_blocks.4.attn.to_k.weight[rows 3072:6144];transformer.transformer_blocks.4.attn.to_v.weight[rows 6144:9216]	lora_unet_double_blocks_4_img_attn_qkv	
double_blocks.4.img_mlp.0.bias	12288	transformer.transformer_blocks.4.ff.net.0.proj.bias		
double_blocks.4.img_mlp.0.weight	12288,3072	transformer.transformer_blocks.4.ff.net.0.proj.weight	lora_unet_double_blocks_4_img_mlp_0	
double_blocks.4.img_mlp.2.bias	3072	transformer.transformer_blocks.4.ff.net.2.bias		
double_blocks.4.img_mlp.2.weight	3072,12288	transformer.transformer_blocks.4.ff.net.2.weight	lora_unet_double_blocks_4_img_mlp_2	
double_blocks.4.img_mod.lin.bias	18432	transformer.transformer_blocks.4.norm1.linear.bias		
double_blocks.4.img_mod.lin.weight	18432,3072	transformer.transformer_blocks.4.norm1.linear.weight	lora_unet_double_blocks_4_img_mod_lin	
double_blocks.4.txt_attn.norm.key_norm.scale	128	transformer.transformer_blocks.4.attn.norm_added_k.weight		
double_blocks.4.txt_attn.norm.query_norm.scale	128	transformer.transformer_blocks.4.attn.norm_added_q.weight		
double_blocks.4.txt_attn.proj.bias	3072	transformer.transformer_blocks.4.attn.to_add_out.bias		
double_blocks.4.txt_attn.proj.weight	3072,3072	transformer.transformer_blocks.4.attn.to_add_out.weight	lora_unet_double_blocks_4_txt_attn_proj	
double_blocks.4.txt_attn.qkv.bias	9216	transformer.transformer_blocks.4.attn.add_q_proj.bias[rows 0:3072];transformer.transformer_blocks.4.attn.add_k_proj.bias[rows 3072:6144];transformer.transformer_blocks.4.attn.add_v_proj.bias[rows 6144:9216]		
double_blocks.4.txt_attn.qkv.weight	9216,3072	transformer.transformer_blocks.4.attn.add_q_proj.weight[rows 0:3072];transformer.transformer_blocks.4.attn.add_k_proj.weight[rows 3072:6144];transformer.transformer_blocks.4.attn.add_v_proj.weight[rows 6144:9216]	lora_unet_double_blocks_4_txt_attn_qkv	
double_blocks.4.txt_mlp.0.bias	12288	transformer.transformer_blocks.4.ff_context.net.0.proj.bias		
double_blocks.4.txt_mlp.0.weight	12288,3072	transformer.transformer_blocks.4.ff_context.net.0.proj.weight	lora_unet_double_blocks_4_txt_mlp_0	
double_blocks.4.txt_mlp.2.bias	3072	transformer.transformer_blocks.4.ff_context.net.2.bias		
double_blocks.4.txt_mlp.2.weight	3072,12288	transformer.transformer_blocks.4.ff_context.net.2.weight	lora_unet_double_blocks_4_txt_mlp_2	
double_blocks.4.txt_mod.lin.bias	18432	transformer.transformer_blocks.4.norm1_context.linear.bias		
double_blocks.4.txt_mod.lin.weight	18432,3072	transformer.transformer_blocks.4.norm1_context.linear.weight	lora_unet_double_blocks_4_txt_mod_lin	
double_blocks.5.img_attn.norm.key_norm.scale	128	transformer.transformer_blocks.5.attn.norm_k.weight		
double_blocks.5.img_attn.norm.query_norm.scale	128	transformer.transformer_blocks.5.attn.norm_q.weight		
double_blocks.5.img_attn.proj.bias	3072	transformer.transformer_blocks.5.attn.to_out.0.bias		
double_blocks.5.img_attn.proj.weight	3072,3072	transformer.transformer_blocks.5.attn.to_out.0.weight	lora_unet_double_blocks_5_img_attn_proj	
double_blocks.5.img_attn.qkv.bias	9216	transformer.transformer_blocks.5.attn.to_q.bias[rows 0:3072];transformer.transformer_blocks.5.attn.to_k.bias[rows 3072:6144];transformer.transformer_blocks.5.attn.to_v.bias[rows 6144:9216]		
double_blocks.5.img_attn.qkv.weight	9216,3072	transformer.transformer_blocks.5.attn.to_q.weight[rows 0:3072];transformer.transformer_blocks.5.attn.to_k.weight[rows 3072:6144];transformer.transformer_blocks.5.attn.to_v.weight[rows 6144:9216]	lora_unet_double_blocks_5_img_attn_qkv	
double_blocks.5.img_mlp.0.bias	12288	transformer.transformer_blocks.5.ff.net.0.proj.bias		
double_blocks.5.img_mlp.0.weight	12288,3072	transformer.transformer_blocks.5.ff.net.0.proj.weight	lora_unet_double_blocks_5_img_mlp_0	
double_blocks.5.img_mlp.2.bias	3072	transformer.transformer_blocks.5.ff.net.2.bias		
double_blocks.5.img_mlp.2.weight	3072,12288	transformer.transformer_blocks.5.ff.net.2.weight	lora_unet_double_blocks_5_img_mlp_2	
double_blocks.5.img_mod.lin.bias	18432	transformer.transformer_blocks.5.norm1.linear.bias		
double_blocks.5.img_mod.lin.weight	18432,3072	transformer.transformer_blocks.5.norm1.linear.weight	lora_unet_double_blocks_5_img_mod_lin	
double_blocks.5.txt_attn.norm.key_norm.scale	128	transformer.transformer_blocks.5.attn.norm_added_k.weight		
double_blocks.5.txt_attn.norm.query_norm.scale	128	transformer.transformer_blocks.5.attn.norm_added_q.weight		
double_blocks.5.txt_attn.proj.bias	3072	transformer.transformer_blocks.5.attn.to_add_out.bias		
double_blocks.5.txt_attn.proj.weight	3072,3072	transformer.transformer_blocks.5.attn.to_add_out.weight	lora_unet_double_blocks_5_txt_attn_proj	
double_blocks.5.txt_attn.qkv.bias	9216	transformer.transformer_blocks.5.attn.add_q_proj.bias[rows 0:3072];transformer.transformer_blocks.5.attn.add_k_proj.bias[rows 3072:6144];transformer.transformer_blocks.5.attn.add_v_proj.bias[rows 6144:9216]		
double_blocks.5.txt_attn.qkv.weight	9216,3072	transformer.transformer_blocks.5.attn.add_q_proj.weight[rows 0:3072];transformer.transformer_blocks.5.attn.add_k_proj.weight[rows 3072:6144];transformer.transformer_blocks.5.attn.add_v_proj.weight[rows 6144:9216]	lora_unet_double_blocks_5_txt_attn_qkv	
double_blocks.5.txt_mlp.0.bias	12288	transformer.transformer_blocks.5.ff_context.net.0.proj.bias		
double_blocks.5.txt_mlp.0.weight	12288,3072	transformer.transformer_blocks.5.ff_context.net.0.proj.weight	lora_unet_double_blocks_5_txt_mlp_0	
double_blocks.5.txt_mlp.2.bias	3072	transformer.transformer_blocks.5.ff_context.net.2.bias		
double_blocks.5.txt_mlp.2.weight	3072,12288	transformer.transformer_blocks.5.ff_context.net.2.weight	lora_unet_double_blocks_5_txt_mlp_2	
double_blocks.5.txt_mod.lin.bias	18432	transformer.transformer_blocks.5.norm1_context.linear.bias		
double_blocks.5.txt_mod.lin.weight	18432,3072	transformer.transformer_blocks.5.norm1_context.linear.weight	lora_unet_double_blocks_5_txt_mod_lin	
double_blocks.6.img_attn.norm.key_norm.scale	128	transformer.transformer_blocks.6.attn.norm_k.weight		
double_blocks.6.img_attn.norm.query_norm.scale	128	transformer.transformer_blocks.6.attn.norm_q.weight		
double_blocks.6.img_attn.proj.bias	3072	transformer.transformer_blocks.6.attn.to_out.0.bias		
double_blocks.6.img_attn.proj.weight	3072,3072	transformer.transformer_blocks.6.attn.to_out.0.weight	lora_unet_double_blocks_6_img_attn_proj	
double_blocks.6.img_attn.qkv.bias	9216	transformer.transformer_blocks.6.attn.to_q.bias[rows 0:3072];transformer.transformer_blocks.6.attn.to_k.bias[rows 3072:6144];transformer.transformer_blocks.6.attn.to_v.bias[rows 6144:9216]		
double_blocks.6.img_attn.qkv.weight	9216,3072	transformer.transformer_blocks.6.attn.to_q.weight[rows 0:3072];transformer.transformer_blocks.6.attn.to_k.weight[rows 3072:6144];transformer.transformer_blocks.6.attn.to_v.weight[rows 6144:9216]	lora_unet_double_blocks_6_img_attn_qkv	
double_blocks.6.img_mlp.0.bias	12288	transformer.transformer_blocks.6.ff.net.0.proj.bias		
double_blocks.6.img_mlp.0.weight	12288,3072	transformer.transformer_blocks.6.ff.net.0.proj.weight	lora_unet_double_blocks_6_img_mlp_0	
double_blocks.6.img_mlp.2.bias	3072	transformer.transformer_blocks.6.ff.net.2.bias		
double_blocks.6.img_mlp.2.weight	3072,12288	transformer.transformer_blocks.6.ff.net.2.weight	lora_unet_double_blocks_6_img_mlp_2	
double_blocks.6.img_mod.lin.bias	18432	transformer.transformer_blocks.6.norm1.linear.bias		
double_blocks.6.img_mod.lin.weight	18432,3072	transformer.transformer_blocks.6.norm1.linear.weight	lora_unet_double_blocks_6_img_mod_lin	
double_blocks.6.txt_attn.norm.key_norm.scale	128	transformer.transformer_blocks.6.attn.norm_added_k.weight		
double_blocks.6.txt_attn.norm.query_norm.scale	128	transformer.transformer_blocks.6.attn.norm_added_q.weight		
double_blocks.6.txt_attn.proj.bias	3072	transformer.transformer_blocks.6.attn.to_add_out.bias		
double_blocks.6.txt_attn.proj.weight	3072,3072	transformer.transformer_blocks.6.attn.to_add_out.weight	lora_unet_double_blocks_6_txt_attn_proj	
double_blocks.6.txt_attn.qkv.bias	9216	transformer.transformer_blocks.6.attn.add_q_proj.bias[rows 0:3072];transformer.transformer_blocks.6.attn.add_k_proj.bias[rows 3072:6144];transformer.transformer_blocks.6.attn.add_v_proj.bias[rows 6144:9216]		
double_blocks.6.txt_attn.qkv.weight	9216,3072	transformer.transformer_blocks.6.attn.add_q_proj.weight[rows 0:3072];transformer.transformer_blocks.6.attn.add_k_proj.weight[rows 3072:6144];transformer.transformer_blocks.6.attn.add_v_proj.weight[rows 6144:9216]	lora_unet_double_blocks_6_txt_attn_qkv	
double_blocks.6.txt_mlp.0.bias	12288	transformer.transformer_blocks.6.ff_context.net.0.proj.bias		
double_blocks.6.txt_mlp.0.weight	12288,3072	transformer.transformer_blocks.6.ff_context.net.0.proj.weight	lora_unet_double_blocks_6_txt_mlp_0	
double_blocks.6.txt_mlp.2.bias	3072	transformer.transformer_blocks.6.ff_context.net.2.bias		
double_blocks.6.txt_mlp.2.weight	3072,12288	transformer.transformer_blocks.6.ff_context.net.2.weight	lora_unet_double_blocks_6_txt_mlp_2	
double_blocks.6.txt_mod.lin.bias	18432	transformer.transformer_blocks.6.norm1_context.linear.bias		
double_blocks.6.txt_mod.lin.weight	18432,3072	transformer.transformer_blocks.6.norm1_context.linear.weight	lora_unet_double_blocks_6_txt_mod_lin	
double_blocks.7.img_attn.norm.key_norm.scale	128	transformer.transformer_blocks.7.attn.norm_k.weight		
double_blocks.7.img_attn.norm.query_norm.scale	128	transformer.transformer_blocks.7.attn.norm_q.weight		
double_blocks.7.img_attn.proj.bias	3072	transformer.transformer_blocks.7.attn.to_out.0.bias		
double_blocks.7.img_attn.proj.weight	3072,3072	transformer.transformer_blocks.7.attn.to_out.0.weight	lora_unet_double_blocks_7_img_attn_proj	
double_blocks.7.img_attn.qkv.bias	9216	transformer.transformer_blocks.7.attn.to_q.bias[rows 0:3072];transformer.transformer_blocks.7.attn.to_k.bias[rows 3072:6144];transformer.transformer_blocks.7.attn.to_v.bias[rows 6144:9216]		
double_blocks.7.img_attn.qkv.weight	9216,3072	transformer.transformer_blocks.7.attn.to_q.weight[rows 0:3072];transformer.transformer_blocks.7.attn.to_k.weight[rows 3072:6144];transformer.transformer_blocks.7.attn.to_v.weight[rows 6144:9216]	lora_unet_double_blocks_7_img_attn_qkv	
double_blocks.7.img_mlp.0.bias	12288	transformer.transformer_blocks.7.ff.net.0.proj.bias		
double_blocks.7.img_mlp.0.weight	12288,3072	transformer.transformer_blocks.7.ff.net.0.proj.weight	lora_unet_double_blocks_7_img_mlp_0	
double_blocks.7.img_mlp.2.bias	3072	transformer.transformer_blocks.7.ff.net.2.bias		
double_blocks.7.img_mlp.2.weight	3072,12288	transformer.transformer_blocks.7.ff.net.2.weight	lora_unet_double_blocks_7_img_mlp_2	
double_blocks.7.img_mod.lin.bias	18432	transformer.transformer_blocks.7.norm1.linear.bias		
double_blocks.7.img_mod.lin.weight	18432,3072	transformer.transformer_blocks.7.norm1.linear.weight	lora_unet_double_blocks_7_img_mod_lin	
double_blocks.7.txt_attn.norm.key_norm.scale	128	transformer.transformer_blocks.7.attn.norm_added_k.weight		
double_blocks.7.txt_attn.norm.query_norm.scale	128	transformer.transformer_blocks.7.attn.norm_added_q.weight		
double_blocks.7.txt_attn.proj.bias	3072	transformer.transformer_blocks.7.attn.to_add_out.bias		
double_blocks.7.txt_attn.proj.weight	3072,3072	transformer.transformer_blocks.7.attn.to_add_out.weight	lora_unet_double_blocks_7_txt_attn_proj	
double_blocks.7.txt_attn.qkv.bias	9216	transformer.transformer_blocks.7.attn.add_q_proj.bias[rows 0:3072];transformer.transformer_blocks.7.attn.add_k_proj.bias[rows 3072:6144];transformer.transformer_blocks.7.attn.add_v_proj.bias[rows 6144:9216]		
double_blocks.7.txt_attn.qkv.weight	9216,3072	transformer.transformer_blocks.7.attn.add_q_proj.weight[rows 0:3072];transformer.transformer_blocks.7.attn.add_k_proj.weight[rows 3072:6144];transformer.transformer_blocks.7.attn.add_v_proj.weight[rows 6144:9216]	lora_unet_double_blocks_7_txt_attn_qkv	
double_blocks.7.txt_mlp.0.bias	12288	transformer.transformer_blocks.7.ff_context.net.0.proj.bias		
double_blocks.7.txt_mlp.0.weight	12288,3072	transformer.transformer_blocks.7.ff_context.net.0.proj.weight	lora_unet_double_blocks_7_txt_mlp_0	
double_blocks.7.txt_mlp.2.bias	3072	transformer.transformer_blocks.7.ff_context.net.2.bias		
double_blocks.7.txt_mlp.2.weight	3072,12288	transformer.transformer_blocks.7.ff_context.net.2.weight	lora_unet_double_blocks_7_txt_mlp_2	
double_blocks.7.txt_mod.lin.bias	18432	transformer.transformer_blocks.7.norm1_context.linear.bias		
double_blocks.7.txt_mod.lin.weight	18432,3072	transformer.transformer_blocks.7.norm1_context.linear.weight	lora_unet_double_blocks_7_txt_mod_lin	
double_blocks.8.img_attn.norm.key_norm.scale	128	transformer.transformer_blocks.8.attn.norm_k.weight		
double_blocks.8.img_attn.norm.query_norm.scale	128	transformer.transformer_blocks.8.attn.norm_q.weight		
double_blocks.8.img_attn.proj.bias	3072	transformer.transformer_blocks.8.attn.to_out.0.bias		
double_blocks.8.img_attn.proj.weight	3072,3072	transformer.transformer_blocks.8.attn.to_out.0.weight	lora_unet_double_blocks_8_img_attn_proj	
double_blocks.8.img_attn.qkv.bias	9216	transformer.transformer_blocks.8.attn.to_q.bias[rows 0:3072];transformer.transformer_blocks.8.attn.to_k.bias[rows 3072:6144];transformer.transformer_blocks.8.attn.to_v.bias[rows 6144:9216]		
double_blocks.8.img_attn.qkv.weight	9216,3072	transformer.transformer_blocks.8.attn.to_q.weight[rows 0:3072];transformer.transformer_blocks.8.attn.to_k.weight[rows 3072:6144];transformer.transformer_blocks.8.attn.to_v.weight[rows 6144:9216]	lora_unet_double_blocks_8_img_attn_qkv	
double_blocks.8.img_mlp.0.bias	12288	transformer.transformer_blocks.8.ff.net.0.proj.bias		
double_blocks.8.img_mlp.0.weight	12288,3072	transformer.transformer_blocks.8.ff.net.0.proj.weight	lora_unet_double_blocks_8_img_mlp_0	
double_blocks.8.img_mlp.2.bias	3072	transformer.transformer_blocks.8.ff.net.2.bias		
double_blocks.8.img_mlp.2.weight	3072,12288	transformer.transformer_blocks.8.ff.net.2.weight	lora_unet_double_blocks_8_img_mlp_2	
double_blocks.8.img_mod.lin.bias	18432	transformer.transformer_blocks.8.norm1.linear.bias		
double_blocks.8.img_mod.lin.weight	18432,3072	transformer.transformer_blocks.8.norm1.linear.weight	lora_unet_double_blocks_8_img_mod_lin	
double_blocks.8.txt_attn.norm.key_norm.scale	128	transformer.transformer_blocks.8.attn.norm_added_k.weight		
double_blocks.8.txt_attn.norm.query_norm.scale	128	transformer.transformer_blocks.8.attn.norm_added_q.weight		
double_blocks.8.txt_attn.proj.bias	3072	transformer.transformer_blocks.8.attn.to_add_out.bias		
double_blocks.8.txt_attn.proj.weight	3072,3072	transformer.transformer_blocks.8.attn.to_add_out.weight	lora_unet_double_blocks_8_txt_attn_proj	
double_blocks.8.txt_attn.qkv.bias	9216	transformer.transformer_blocks.8.attn.add_q_proj.bias[rows 0:3072];transformer.transformer_blocks.8.attn.add_k_proj.bias[rows 3072:6144];transformer.transformer_blocks.8.attn.add_v_proj.bias[rows 6144:9216]		
double_blocks.8.txt_attn.qkv.weight	9216,3072	transformer.transformer_blocks.8.attn.add_q_proj.weight[rows 0:3072];transformer.transformer_blocks.8.attn.add_k_proj.weight[rows 3072:6144];transformer.transformer_blocks.8.attn.add_v_proj.weight[rows 6144:9216]	lora_unet_double_blocks_8_txt_attn_qkv	
double_blocks.8.txt_mlp.0.bias	12288	transformer.transformer_blocks.8.ff_context.net.0.proj.bias		
double_blocks.8.txt_mlp.0.weight	12288,3072	transformer.transformer_blocks.8.ff_context.net.0.proj.weight	lora_unet_double_blocks_8_txt_mlp_0	
double_blocks.8.txt_mlp.2.bias	3072	transformer.transformer_blocks.8.ff_context.net.2.bias		
double_blocks.8.txt_mlp.2.weight	3072,12288	transformer.transformer_blocks.8.ff_context.net.2.weight	lora_unet_double_blocks_8_txt_mlp_2	
double_blocks.8.txt_mod.lin.bias	18432	transformer.transformer_blocks.8.norm1_context.linear.bias		
double_blocks.8.txt_mod.lin.weight	18432,3072	transformer.transformer_blocks.8.norm1_context.linear.weight	lora_unet_double_blocks_8_txt_mod_lin	
double_blocks.9.img_attn.norm.key_norm.scale	128	transformer.transformer_blocks.9.attn.norm_k.weight		
double_blocks.9.img_attn.norm.query_norm.scale	128	transformer.transformer_blocks.9.attn.norm_q.weight		
double_blocks.9.img_attn.proj.bias	3072	transformer.transformer_blocks.9.attn.to_out.0.bias		
double_blocks.9.img_attn.proj.weight	3072,3072	transformer.transformer_blocks.9.attn.to_out.0.weight	lora_unet_double_blocks_9_img_attn_proj	
double_blocks.9.img_attn.qkv.bias	9216	transformer.transformer_blocks.9.attn.to_q.bias[rows 0:3072];transformer.transformer_blocks.9.attn.to_k.bias[rows 3072:6144];transformer.transformer_blocks.9.attn.to_v.bias[rows 6144:9216]		
double_blocks.9.img_attn.qkv.weight	9216,3072	transformer.transformer_blocks.9.attn.to_q.weight[rows 0:3072];transformer.transformer_blocks.9.attn.to_k.weight[rows 3072:6144];transformer.transformer_blocks.9.attn.to_v.weight[rows 6144:9216]	lora_unet_double_blocks_9_img_attn_qkv	
double_blocks.9.img_mlp.0.bias	12288	transformer.transformer_blocks.9.ff.net.0.proj.bias		
double_blocks.9.img_mlp.0.weight	12288,3072	transformer.transformer_blocks.9.ff.net.0.proj.weight	lora_unet_double_blocks_9_img_mlp_0	
double_blocks.9.img_mlp.2.bias	3072	transformer.transformer_blocks.9.ff.net.2.bias		
double_blocks.9.img_mlp.2.weight	3072,12288	transformer.transformer_blocks.9.ff.net.2.weight	lora_unet_double_blocks_9_img_mlp_2	
double_blocks.9.img_mod.lin.bias	18432	transformer.transformer_blocks.9.norm1.linear.bias		
double_blocks.9.img_mod.lin.weight	18432,3072	transformer.transformer_blocks.9.norm1.linear.weight	lora_unet_double_blocks_9_img_mod_lin	
double_blocks.9.txt_attn.norm.key_norm.scale	128	transformer.transformer_blocks.9.attn.norm_added_k.weight		
double_blocks.9.txt_attn.norm.query_norm.scale	128	transformer.transformer_blocks.9.attn.norm_added_q.weight		
double_blocks.9.txt_attn.proj.bias	3072	transformer.transformer_blocks.9.attn.to_add_out.bias		
double_blocks.9.txt_attn.proj.weight	3072,3072	transformer.transformer_blocks.9.attn.to_add_out.weight	lora_unet_double_blocks_9_txt_attn_proj	
double_blocks.9.txt_attn.qkv.bias	9216	transformer.transformer_blocks.9.attn.add_q_proj.bias[rows 0:3072];transformer.transformer_blocks.9.attn.add_k_proj.bias[rows 3072:6144];transformer.transformer_blocks.9.attn.add_v_proj.bias[rows 6144:9216]		
double_blocks.9.txt_attn.qkv.weight	9216,3072	transformer.transformer_blocks.9.attn.add_q_proj.weight[rows 0:3072];transformer.transformer_blocks.9.attn.add_k_proj.weight[rows 3072:6144];transformer.transformer_blocks.9.attn.add_v_proj.weight[rows 6144:9216]	lora_unet_double_blocks_9_txt_attn_qkv	
double_blocks.9.txt_mlp.0.bias	12288	transformer.transformer_blocks.9.ff_context.net.0.proj.bias		
double_blocks.9.txt_mlp.0.weight	12288,3072	transformer.transformer_blocks.9.ff_context.net.0.proj.weight	lora_unet_double_blocks_9_txt_mlp_0	
double_blocks.9.txt_mlp.2.bias	3072	transformer.transformer_blocks.9.ff_context.net.2.bias		
double_blocks.9.txt_mlp.2.weight	3072,12288	transformer.transformer_blocks.9.ff_context.net.2.weight	lora_unet_double_blocks_9_txt_mlp_2	
double_blocks.9.txt_mod.lin.bias	18432	transformer.transformer_blocks.9.norm1_context.linear.bias		
double_blocks.9.txt_mod.lin.weight	18432,3072	transformer.transformer_blocks.9.norm1_context.linear.weight	lora_unet_double_blocks_9_txt_mod_lin	
final_layer.adaLN_modulation.1.bias	6144	transformer.norm_out.linear.bias[rows 0:3072 -> diffusers rows 3072:6144];transformer.norm_out.linear.bias[rows 3072:6144 -> diffusers rows 0:3072]		
final_layer.adaLN_modulation.1.weight	6144,3072	transformer.norm_out.linear.weight[rows 0:3072 -> diffusers rows 3072:6144];transformer.norm_out.linear.weight[rows 3072:6144 -> diffusers rows 0:3072]		
final_layer.linear.bias	64	transformer.proj_out.bias		
final_layer.linear.weight	64,3072	transformer.proj_out.weight		
guidance_in.in_layer.bias	3072	transformer.time_text_embed.guidance_embedder.linear_1.bias		
guidance_in.in_layer.weight	3072,256	transformer.time_text_embed.guidance_embedder.linear_1.weight		
guidance_in.out_layer.bias	3072	transformer.time_text_embed.guidance_embedder.linear_2.bias		
guidance_in.out_layer.weight	3072,3072	transformer.time_text_embed.guidance_embedder.linear_2.weight		
img_in.bias	3072	transformer.x_embedder.bias		
img_in.weight	3072,64	transformer.x_embedder.weight		
single_blocks.0.linear1.bias	21504	transformer.single_transformer_blocks.0.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.0.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.0.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.0.proj_mlp.bias[rows 9216:21504]		
single_blocks.0.linear1.weight	21504,3072	transformer.single_transformer_blocks.0.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.0.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.0.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.0.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_0_linear1	
single_blocks.0.linear2.bias	3072	transformer.single_transformer_blocks.0.proj_out.bias		
single_blocks.0.linear2.weight	3072,15360	transformer.single_transformer_blocks.0.proj_out.weight	lora_unet_single_blocks_0_linear2	
single_blocks.0.modulation.lin.bias	9216	transformer.single_transformer_blocks.0.norm.linear.bias		
single_blocks.0.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.0.norm.linear.weight	lora_unet_single_blocks_0_modulation_lin	
single_blocks.0.norm.key_norm.scale	128	transformer.single_transformer_blocks.0.attn.norm_k.weight		
single_blocks.0.norm.query_norm.scale	128	transformer.single_transformer_blocks.0.attn.norm_q.weight		
single_blocks.1.linear1.bias	21504	transformer.single_transformer_blocks.1.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.1.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.1.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.1.proj_mlp.bias[rows 9216:21504]		
single_blocks.1.linear1.weight	21504,3072	transformer.single_transformer_blocks.1.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.1.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.1.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.1.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_1_linear1	
single_blocks.1.linear2.bias	3072	transformer.single_transformer_blocks.1.proj_out.bias		
single_blocks.1.linear2.weight	3072,15360	transformer.single_transformer_blocks.1.proj_out.weight	lora_unet_single_blocks_1_linear2	
single_blocks.1.modulation.lin.bias	9216	transformer.single_transformer_blocks.1.norm.linear.bias		
single_blocks.1.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.1.norm.linear.weight	lora_unet_single_blocks_1_modulation_lin	
single_blocks.1.norm.key_norm.scale	128	transformer.single_transformer_blocks.1.attn.norm_k.weight		
single_blocks.1.norm.query_norm.scale	128	transformer.single_transformer_blocks.1.attn.norm_q.weight		
single_blocks.10.linear1.bias	21504	transformer.single_transformer_blocks.10.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.10.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.10.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.10.proj_mlp.bias[rows 9216:21504]		
single_blocks.10.linear1.weight	21504,3072	transformer.single_transformer_blocks.10.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.10.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.10.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.10.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_10_linear1	
single_blocks.10.linear2.bias	3072	transformer.single_transformer_blocks.10.proj_out.bias		
single_blocks.10.linear2.weight	3072,15360	transformer.single_transformer_blocks.10.proj_out.weight	lora_unet_single_blocks_10_linear2	
single_blocks.10.modulation.lin.bias	9216	transformer.single_transformer_blocks.10.norm.linear.bias		
single_blocks.10.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.10.norm.linear.weight	lora_unet_single_blocks_10_modulation_lin	
single_blocks.10.norm.key_norm.scale	128	transformer.single_transformer_blocks.10.attn.norm_k.weight		
single_blocks.10.norm.query_norm.scale	128	transformer.single_transformer_blocks.10.attn.norm_q.weight		
single_blocks.11.linear1.bias	21504	transformer.single_transformer_blocks.11.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.11.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.11.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.11.proj_mlp.bias[rows 9216:21504]		
single_blocks.11.linear1.weight	21504,3072	transformer.single_transformer_blocks.11.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.11.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.11.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.11.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_11_linear1	
single_blocks.11.linear2.bias	3072	transformer.single_transformer_blocks.11.proj_out.bias		
single_blocks.11.linear2.weight	3072,15360	transformer.single_transformer_blocks.11.proj_out.weight	lora_unet_single_blocks_11_linear2	
single_blocks.11.modulation.lin.bias	9216	transformer.single_transformer_blocks.11.norm.linear.bias		
single_blocks.11.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.11.norm.linear.weight	lora_unet_single_blocks_11_modulation_lin	
single_blocks.11.norm.key_norm.scale	128	transformer.single_transformer_blocks.11.attn.norm_k.weight		
single_blocks.11.norm.query_norm.scale	128	transformer.single_transformer_blocks.11.attn.norm_q.weight		
single_blocks.12.linear1.bias	21504	transformer.single_transformer_blocks.12.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.12.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.12.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.12.proj_mlp.bias[rows 9216:21504]		
single_blocks.12.linear1.weight	21504,3072	transformer.single_transformer_blocks.12.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.12.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.12.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.12.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_12_linear1	
single_blocks.12.linear2.bias	3072	transformer.single_transformer_blocks.12.proj_out.bias		
single_blocks.12.linear2.weight	3072,15360	transformer.single_transformer_blocks.12.proj_out.weight	lora_unet_single_blocks_12_linear2	
single_blocks.12.modulation.lin.bias	9216	transformer.single_transformer_blocks.12.norm.linear.bias		
single_blocks.12.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.12.norm.linear.weight	lora_unet_single_blocks_12_modulation_lin	
single_blocks.12.norm.key_norm.scale	128	transformer.single_transformer_blocks.12.attn.norm_k.weight		
single_blocks.12.norm.query_norm.scale	128	transformer.single_transformer_blocks.12.attn.norm_q.weight		
single_blocks.13.linear1.bias	21504	transformer.single_transformer_blocks.13.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.13.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.13.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.13.proj_mlp.bias[rows 9216:21504]		
single_blocks.13.linear1.weight	21504,3072	transformer.single_transformer_blocks.13.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.13.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.13.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.13.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_13_linear1	
single_blocks.13.linear2.bias	3072	transformer.single_transformer_blocks.13.proj_out.bias		
single_blocks.13.linear2.weight	3072,15360	transformer.single_transformer_blocks.13.proj_out.weight	lora_unet_single_blocks_13_linear2	
single_blocks.13.modulation.lin.bias	9216	transformer.single_transformer_blocks.13.norm.linear.bias		
single_blocks.13.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.13.norm.linear.weight	lora_unet_single_blocks_13_modulation_lin	
single_blocks.13.norm.key_norm.scale	128	transformer.single_transformer_blocks.13.attn.norm_k.weight		
single_blocks.13.norm.query_norm.scale	128	transformer.single_transformer_blocks.13.attn.norm_q.weight		
single_blocks.14.linear1.bias	21504	transformer.single_transformer_blocks.14.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.14.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.14.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.14.proj_mlp.bias[rows 9216:21504]		
single_blocks.14.linear1.weight	21504,3072	transformer.single_transformer_blocks.14.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.14.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.14.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.14.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_14_linear1	
single_blocks.14.linear2.bias	3072	transformer.single_transformer_blocks.14.proj_out.bias		
single_blocks.14.linear2.weight	3072,15360	transformer.single_transformer_blocks.14.proj_out.weight	lora_unet_single_blocks_14_linear2	
single_blocks.14.modulation.lin.bias	9216	transformer.single_transformer_blocks.14.norm.linear.bias		
single_blocks.14.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.14.norm.linear.weight	lora_unet_single_blocks_14_modulation_lin	
single_blocks.14.norm.key_norm.scale	128	transformer.single_transformer_blocks.14.attn.norm_k.weight		
single_blocks.14.norm.query_norm.scale	128	transformer.single_transformer_blocks.14.attn.norm_q.weight		
single_blocks.15.linear1.bias	21504	transformer.single_transformer_blocks.15.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.15.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.15.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.15.proj_mlp.bias[rows 9216:21504]		
single_blocks.15.linear1.weight	21504,3072	transformer.single_transformer_blocks.15.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.15.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.15.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.15.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_15_linear1	
single_blocks.15.linear2.bias	3072	transformer.single_transformer_blocks.15.proj_out.bias		
single_blocks.15.linear2.weight	3072,15360	transformer.single_transformer_blocks.15.proj_out.weight	lora_unet_single_blocks_15_linear2	
single_blocks.15.modulation.lin.bias	9216	transformer.single_transformer_blocks.15.norm.linear.bias		
single_blocks.15.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.15.norm.linear.weight	lora_unet_single_blocks_15_modulation_lin	
single_blocks.15.norm.key_norm.scale	128	transformer.single_transformer_blocks.15.attn.norm_k.weight		
single_blocks.15.norm.query_norm.scale	128	transformer.single_transformer_blocks.15.attn.norm_q.weight		
single_blocks.16.linear1.bias	21504	transformer.single_transformer_blocks.16.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.16.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.16.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.16.proj_mlp.bias[rows 9216:21504]		
single_blocks.16.linear1.weight	21504,3072	transformer.single_transformer_blocks.16.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.16.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.16.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.16.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_16_linear1	
single_blocks.16.linear2.bias	3072	transformer.single_transformer_blocks.16.proj_out.bias		
single_blocks.16.linear2.weight	3072,15360	transformer.single_transformer_blocks.16.proj_out.weight	lora_unet_single_blocks_16_linear2	
single_blocks.16.modulation.lin.bias	9216	transformer.single_transformer_blocks.16.norm.linear.bias		
single_blocks.16.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.16.norm.linear.weight	lora_unet_single_blocks_16_modulation_lin	
single_blocks.16.norm.key_norm.scale	128	transformer.single_transformer_blocks.16.attn.norm_k.weight		
single_blocks.16.norm.query_norm.scale	128	transformer.single_transformer_blocks.16.attn.norm_q.weight		
single_blocks.17.linear1.bias	21504	transformer.single_transformer_blocks.17.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.17.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.17.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.17.proj_mlp.bias[rows 9216:21504]		
single_blocks.17.linear1.weight	21504,3072	transformer.single_transformer_blocks.17.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.17.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.17.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.17.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_17_linear1	
single_blocks.17.linear2.bias	3072	transformer.single_transformer_blocks.17.proj_out.bias		
single_blocks.17.linear2.weight	3072,15360	transformer.single_transformer_blocks.17.proj_out.weight	lora_unet_single_blocks_17_linear2	
single_blocks.17.modulation.lin.bias	9216	transformer.single_transformer_blocks.17.norm.linear.bias		
single_blocks.17.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.17.norm.linear.weight	lora_unet_single_blocks_17_modulation_lin	
single_blocks.17.norm.key_norm.scale	128	transformer.single_transformer_blocks.17.attn.norm_k.weight		
single_blocks.17.norm.query_norm.scale	128	transformer.single_transformer_blocks.17.attn.norm_q.weight		
single_blocks.18.linear1.bias	21504	transformer.single_transformer_blocks.18.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.18.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.18.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.18.proj_mlp.bias[rows 9216:21504]		
single_blocks.18.linear1.weight	21504,3072	transformer.single_transformer_blocks.18.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.18.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.18.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.18.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_18_linear1	
single_blocks.18.linear2.bias	3072	transformer.single_transformer_blocks.18.proj_out.bias		
single_blocks.18.linear2.weight	3072,15360	transformer.single_transformer_blocks.18.proj_out.weight	lora_unet_single_blocks_18_linear2	
single_blocks.18.modulation.lin.bias	9216	transformer.single_transformer_blocks.18.norm.linear.bias		
single_blocks.18.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.18.norm.linear.weight	lora_unet_single_blocks_18_modulation_lin	
single_blocks.18.norm.key_norm.scale	128	transformer.single_transformer_blocks.18.attn.norm_k.weight		
single_blocks.18.norm.query_norm.scale	128	transformer.single_transformer_blocks.18.attn.norm_q.weight		
single_blocks.19.linear1.bias	21504	transformer.single_transformer_blocks.19.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.19.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.19.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.19.proj_mlp.bias[rows 9216:21504]		
single_blocks.19.linear1.weight	21504,3072	transformer.single_transformer_blocks.19.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.19.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.19.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.19.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_19_linear1	
single_blocks.19.linear2.bias	3072	transformer.single_transformer_blocks.19.proj_out.bias		
single_blocks.19.linear2.weight	3072,15360	transformer.single_transformer_blocks.19.proj_out.weight	lora_unet_single_blocks_19_linear2	
single_blocks.19.modulation.lin.bias	9216	transformer.single_transformer_blocks.19.norm.linear.bias		
single_blocks.19.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.19.norm.linear.weight	lora_unet_single_blocks_19_modulation_lin	
single_blocks.19.norm.key_norm.scale	128	transformer.single_transformer_blocks.19.attn.norm_k.weight		
single_blocks.19.norm.query_norm.scale	128	transformer.single_transformer_blocks.19.attn.norm_q.weight		
single_blocks.2.linear1.bias	21504	transformer.single_transformer_blocks.2.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.2.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.2.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.2.proj_mlp.bias[rows 9216:21504]		
single_blocks.2.linear1.weight	21504,3072	transformer.single_transformer_blocks.2.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.2.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.2.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.2.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_2_linear1	
single_blocks.2.linear2.bias	3072	transformer.single_transformer_blocks.2.proj_out.bias		
single_blocks.2.linear2.weight	3072,15360	transformer.single_transformer_blocks.2.proj_out.weight	lora_unet_single_blocks_2_linear2	
single_blocks.2.modulation.lin.bias	9216	transformer.single_transformer_blocks.2.norm.linear.bias		
single_blocks.2.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.2.norm.linear.weight	lora_unet_single_blocks_2_modulation_lin	
single_blocks.2.norm.key_norm.scale	128	transformer.single_transformer_blocks.2.attn.norm_k.weight		
single_blocks.2.norm.query_norm.scale	128	transformer.single_transformer_blocks.2.attn.norm_q.weight		
single_blocks.20.linear1.bias	21504	transformer.single_transformer_blocks.20.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.20.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.20.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.20.proj_mlp.bias[rows 9216:21504]		
single_blocks.20.linear1.weight	21504,3072	transformer.single_transformer_blocks.20.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.20.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.20.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.20.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_20_linear1	
single_blocks.20.linear2.bias	3072	transformer.single_transformer_blocks.20.proj_out.bias		
single_blocks.20.linear2.weight	3072,15360	transformer.single_transformer_blocks.20.proj_out.weight	lora_unet_single_blocks_20_linear2	
single_blocks.20.modulation.lin.bias	9216	transformer.single_transformer_blocks.20.norm.linear.bias		
single_blocks.20.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.20.norm.linear.weight	lora_unet_single_blocks_20_modulation_lin	
single_blocks.20.norm.key_norm.scale	128	transformer.single_transformer_blocks.20.attn.norm_k.weight		
single_blocks.20.norm.query_norm.scale	128	transformer.single_transformer_blocks.20.attn.norm_q.weight		
single_blocks.21.linear1.bias	21504	transformer.single_transformer_blocks.21.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.21.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.21.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.21.proj_mlp.bias[rows 9216:21504]		
single_blocks.21.linear1.weight	21504,3072	transformer.single_transformer_blocks.21.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.21.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.21.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.21.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_21_linear1	
single_blocks.21.linear2.bias	3072	transformer.single_transformer_blocks.21.proj_out.bias		
single_blocks.21.linear2.weight	3072,15360	transformer.single_transformer_blocks.21.proj_out.weight	lora_unet_single_blocks_21_linear2	
single_blocks.21.modulation.lin.bias	9216	transformer.single_transformer_blocks.21.norm.linear.bias		
single_blocks.21.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.21.norm.linear.weight	lora_unet_single_blocks_21_modulation_lin	
single_blocks.21.norm.key_norm.scale	128	transformer.single_transformer_blocks.21.attn.norm_k.weight		
single_blocks.21.norm.query_norm.scale	128	transformer.single_transformer_blocks.21.attn.norm_q.weight		
single_blocks.22.linear1.bias	21504	transformer.single_transformer_blocks.22.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.22.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.22.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.22.proj_mlp.bias[rows 9216:21504]		
single_blocks.22.linear1.weight	21504,3072	transformer.single_transformer_blocks.22.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.22.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.22.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.22.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_22_linear1	
single_blocks.22.linear2.bias	3072	transformer.single_transformer_blocks.22.proj_out.bias		
single_blocks.22.linear2.weight	3072,15360	transformer.single_transformer_blocks.22.proj_out.weight	lora_unet_single_blocks_22_linear2	
single_blocks.22.modulation.lin.bias	9216	transformer.single_transformer_blocks.22.norm.linear.bias		
single_blocks.22.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.22.norm.linear.weight	lora_unet_single_blocks_22_modulation_lin	
single_blocks.22.norm.key_norm.scale	128	transformer.single_transformer_blocks.22.attn.norm_k.weight		
single_blocks.22.norm.query_norm.scale	128	transformer.single_transformer_blocks.22.attn.norm_q.weight		
single_blocks.23.linear1.bias	21504	transformer.single_transformer_blocks.23.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.23.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.23.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.23.proj_mlp.bias[rows 9216:21504]		
single_blocks.23.linear1.weight	21504,3072	transformer.single_transformer_blocks.23.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.23.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.23.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.23.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_23_linear1	
single_blocks.23.linear2.bias	3072	transformer.single_transformer_blocks.23.proj_out.bias		
single_blocks.23.linear2.weight	3072,15360	transformer.single_transformer_blocks.23.proj_out.weight	lora_unet_single_blocks_23_linear2	
single_blocks.23.modulation.lin.bias	9216	transformer.single_transformer_blocks.23.norm.linear.bias		
single_blocks.23.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.23.norm.linear.weight	lora_unet_single_blocks_23_modulation_lin	
single_blocks.23.norm.key_norm.scale	128	transformer.single_transformer_blocks.23.attn.norm_k.weight		
single_blocks.23.norm.query_norm.scale	128	transformer.single_transformer_blocks.23.attn.norm_q.weight		
single_blocks.24.linear1.bias	21504	transformer.single_transformer_blocks.24.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.24.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.24.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.24.proj_mlp.bias[rows 9216:21504]		
single_blocks.24.linear1.weight	21504,3072	transformer.single_transformer_blocks.24.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.24.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.24.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.24.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_24_linear1	
single_blocks.24.linear2.bias	3072	transformer.single_transformer_blocks.24.proj_out.bias		
single_blocks.24.linear2.weight	3072,15360	transformer.single_transformer_blocks.24.proj_out.weight	lora_unet_single_blocks_24_linear2	
single_blocks.24.modulation.lin.bias	9216	transformer.single_transformer_blocks.24.norm.linear.bias		
single_blocks.24.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.24.norm.linear.weight	lora_unet_single_blocks_24_modulation_lin	
single_blocks.24.norm.key_norm.scale	128	transformer.single_transformer_blocks.24.attn.norm_k.weight		
single_blocks.24.norm.query_norm.scale	128	transformer.single_transformer_blocks.24.attn.norm_q.weight		
single_blocks.25.linear1.bias	21504	transformer.single_transformer_blocks.25.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.25.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.25.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.25.proj_mlp.bias[rows 9216:21504]		
single_blocks.25.linear1.weight	21504,3072	transformer.single_transformer_blocks.25.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.25.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.25.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.25.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_25_linear1	
single_blocks.25.linear2.bias	3072	transformer.single_transformer_blocks.25.proj_out.bias		
single_blocks.25.linear2.weight	3072,15360	transformer.single_transformer_blocks.25.proj_out.weight	lora_unet_single_blocks_25_linear2	
single_blocks.25.modulation.lin.bias	9216	transformer.single_transformer_blocks.25.norm.linear.bias		
single_blocks.25.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.25.norm.linear.weight	lora_unet_single_blocks_25_modulation_lin	
single_blocks.25.norm.key_norm.scale	128	transformer.single_transformer_blocks.25.attn.norm_k.weight		
single_blocks.25.norm.query_norm.scale	128	transformer.single_transformer_blocks.25.attn.norm_q.weight		
single_blocks.26.linear1.bias	21504	transformer.single_transformer_blocks.26.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.26.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.26.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.26.proj_mlp.bias[rows 9216:21504]		
single_blocks.26.linear1.weight	21504,3072	transformer.single_transformer_blocks.26.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.26.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.26.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.26.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_26_linear1	
single_blocks.26.linear2.bias	3072	transformer.single_transformer_blocks.26.proj_out.bias		
single_blocks.26.linear2.weight	3072,15360	transformer.single_transformer_blocks.26.proj_out.weight	lora_unet_single_blocks_26_linear2	
single_blocks.26.modulation.lin.bias	9216	transformer.single_transformer_blocks.26.norm.linear.bias		
single_blocks.26.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.26.norm.linear.weight	lora_unet_single_blocks_26_modulation_lin	
single_blocks.26.norm.key_norm.scale	128	transformer.single_transformer_blocks.26.attn.norm_k.weight		
single_blocks.26.norm.query_norm.scale	128	transformer.single_transformer_blocks.26.attn.norm_q.weight		
single_blocks.27.linear1.bias	21504	transformer.single_transformer_blocks.27.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.27.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.27.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.27.proj_mlp.bias[rows 9216:21504]		
single_blocks.27.linear1.weight	21504,3072	transformer.single_transformer_blocks.27.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.27.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.27.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.27.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_27_linear1	
single_blocks.27.linear2.bias	3072	transformer.single_transformer_blocks.27.proj_out.bias		
single_blocks.27.linear2.weight	3072,15360	transformer.single_transformer_blocks.27.proj_out.weight	lora_unet_single_blocks_27_linear2	
single_blocks.27.modulation.lin.bias	9216	transformer.single_transformer_blocks.27.norm.linear.bias		
single_blocks.27.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.27.norm.linear.weight	lora_unet_single_blocks_27_modulation_lin	
single_blocks.27.norm.key_norm.scale	128	transformer.single_transformer_blocks.27.attn.norm_k.weight		
single_blocks.27.norm.query_norm.scale	128	transformer.single_transformer_blocks.27.attn.norm_q.weight		
single_blocks.28.linear1.bias	21504	transformer.single_transformer_blocks.28.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.28.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.28.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.28.proj_mlp.bias[rows 9216:21504]		
single_blocks.28.linear1.weight	21504,3072	transformer.single_transformer_blocks.28.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.28.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.28.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.28.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_28_linear1	
single_blocks.28.linear2.bias	3072	transformer.single_transformer_blocks.28.proj_out.bias		
single_blocks.28.linear2.weight	3072,15360	transformer.single_transformer_blocks.28.proj_out.weight	lora_unet_single_blocks_28_linear2	
single_blocks.28.modulation.lin.bias	9216	transformer.single_transformer_blocks.28.norm.linear.bias		
single_blocks.28.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.28.norm.linear.weight	lora_unet_single_blocks_28_modulation_lin	
single_blocks.28.norm.key_norm.scale	128	transformer.single_transformer_blocks.28.attn.norm_k.weight		
single_blocks.28.norm.query_norm.scale	128	transformer.single_transformer_blocks.28.attn.norm_q.weight		
single_blocks.29.linear1.bias	21504	transformer.single_transformer_blocks.29.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.29.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.29.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.29.proj_mlp.bias[rows 9216:21504]		
single_blocks.29.linear1.weight	21504,3072	transformer.single_transformer_blocks.29.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.29.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.29.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.29.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_29_linear1	
single_blocks.29.linear2.bias	3072	transformer.single_transformer_blocks.29.proj_out.bias		
single_blocks.29.linear2.weight	3072,15360	transformer.single_transformer_blocks.29.proj_out.weight	lora_unet_single_blocks_29_linear2	
single_blocks.29.modulation.lin.bias	9216	transformer.single_transformer_blocks.29.norm.linear.bias		
single_blocks.29.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.29.norm.linear.weight	lora_unet_single_blocks_29_modulation_lin	
single_blocks.29.norm.key_norm.scale	128	transformer.single_transformer_blocks.29.attn.norm_k.weight		
single_blocks.29.norm.query_norm.scale	128	transformer.single_transformer_blocks.29.attn.norm_q.weight		
single_blocks.3.linear1.bias	21504	transformer.single_transformer_blocks.3.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.3.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.3.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.3.proj_mlp.bias[rows 9216:21504]		
single_blocks.3.linear1.weight	21504,3072	transformer.single_transformer_blocks.3.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.3.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.3.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.3.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_3_linear1	
single_blocks.3.linear2.bias	3072	transformer.single_transformer_blocks.3.proj_out.bias		
single_blocks.3.linear2.weight	3072,15360	transformer.single_transformer_blocks.3.proj_out.weight	lora_unet_single_blocks_3_linear2	
single_blocks.3.modulation.lin.bias	9216	transformer.single_transformer_blocks.3.norm.linear.bias		
single_blocks.3.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.3.norm.linear.weight	lora_unet_single_blocks_3_modulation_lin	
single_blocks.3.norm.key_norm.scale	128	transformer.single_transformer_blocks.3.attn.norm_k.weight		
single_blocks.3.norm.query_norm.scale	128	transformer.single_transformer_blocks.3.attn.norm_q.weight		
single_blocks.30.linear1.bias	21504	transformer.single_transformer_blocks.30.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.30.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.30.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.30.proj_mlp.bias[rows 9216:21504]		
single_blocks.30.linear1.weight	21504,3072	transformer.single_transformer_blocks.30.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.30.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.30.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.30.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_30_linear1	
single_blocks.30.linear2.bias	3072	transformer.single_transformer_blocks.30.proj_out.bias		
single_blocks.30.linear2.weight	3072,15360	transformer.single_transformer_blocks.30.proj_out.weight	lora_unet_single_blocks_30_linear2	
single_blocks.30.modulation.lin.bias	9216	transformer.single_transformer_blocks.30.norm.linear.bias		
single_blocks.30.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.30.norm.linear.weight	lora_unet_single_blocks_30_modulation_lin	
single_blocks.30.norm.key_norm.scale	128	transformer.single_transformer_blocks.30.attn.norm_k.weight		
single_blocks.30.norm.query_norm.scale	128	transformer.single_transformer_blocks.30.attn.norm_q.weight		
single_blocks.31.linear1.bias	21504	transformer.single_transformer_blocks.31.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.31.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.31.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.31.proj_mlp.bias[rows 9216:21504]		
single_blocks.31.linear1.weight	21504,3072	transformer.single_transformer_blocks.31.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.31.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.31.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.31.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_31_linear1	
single_blocks.31.linear2.bias	3072	transformer.single_transformer_blocks.31.proj_out.bias		
single_blocks.31.linear2.weight	3072,15360	transformer.single_transformer_blocks.31.proj_out.weight	lora_unet_single_blocks_31_linear2	
single_blocks.31.modulation.lin.bias	9216	transformer.single_transformer_blocks.31.norm.linear.bias		
single_blocks.31.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.31.norm.linear.weight	lora_unet_single_blocks_31_modulation_lin	
single_blocks.31.norm.key_norm.scale	128	transformer.single_transformer_blocks.31.attn.norm_k.weight		
single_blocks.31.norm.query_norm.scale	128	transformer.single_transformer_blocks.31.attn.norm_q.weight		
single_blocks.32.linear1.bias	21504	transformer.single_transformer_blocks.32.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.32.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.32.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.32.proj_mlp.bias[rows 9216:21504]		
single_blocks.32.linear1.weight	21504,3072	transformer.single_transformer_blocks.32.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.32.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.32.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.32.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_32_linear1	
single_blocks.32.linear2.bias	3072	transformer.single_transformer_blocks.32.proj_out.bias		
single_blocks.32.linear2.weight	3072,15360	transformer.single_transformer_blocks.32.proj_out.weight	lora_unet_single_blocks_32_linear2	
single_blocks.32.modulation.lin.bias	9216	transformer.single_transformer_blocks.32.norm.linear.bias		
single_blocks.32.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.32.norm.linear.weight	lora_unet_single_blocks_32_modulation_lin	
single_blocks.32.norm.key_norm.scale	128	transformer.single_transformer_blocks.32.attn.norm_k.weight		
single_blocks.32.norm.query_norm.scale	128	transformer.single_transformer_blocks.32.attn.norm_q.weight		
single_blocks.33.linear1.bias	21504	transformer.single_transformer_blocks.33.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.33.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.33.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.33.proj_mlp.bias[rows 9216:21504]		
single_blocks.33.linear1.weight	21504,3072	transformer.single_transformer_blocks.33.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.33.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.33.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.33.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_33_linear1	
single_blocks.33.linear2.bias	3072	transformer.single_transformer_blocks.33.proj_out.bias		
single_blocks.33.linear2.weight	3072,15360	transformer.single_transformer_blocks.33.proj_out.weight	lora_unet_single_blocks_33_linear2	
single_blocks.33.modulation.lin.bias	9216	transformer.single_transformer_blocks.33.norm.linear.bias		
single_blocks.33.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.33.norm.linear.weight	lora_unet_single_blocks_33_modulation_lin	
single_blocks.33.norm.key_norm.scale	128	transformer.single_transformer_blocks.33.attn.norm_k.weight		
single_blocks.33.norm.query_norm.scale	128	transformer.single_transformer_blocks.33.attn.norm_q.weight		
single_blocks.34.linear1.bias	21504	transformer.single_transformer_blocks.34.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.34.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.34.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.34.proj_mlp.bias[rows 9216:21504]		
single_blocks.34.linear1.weight	21504,3072	transformer.single_transformer_blocks.34.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.34.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.34.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.34.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_34_linear1	
single_blocks.34.linear2.bias	3072	transformer.single_transformer_blocks.34.proj_out.bias		
single_blocks.34.linear2.weight	3072,15360	transformer.single_transformer_blocks.34.proj_out.weight	lora_unet_single_blocks_34_linear2	
single_blocks.34.modulation.lin.bias	9216	transformer.single_transformer_blocks.34.norm.linear.bias		
single_blocks.34.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.34.norm.linear.weight	lora_unet_single_blocks_34_modulation_lin	
single_blocks.34.norm.key_norm.scale	128	transformer.single_transformer_blocks.34.attn.norm_k.weight		
single_blocks.34.norm.query_norm.scale	128	transformer.single_transformer_blocks.34.attn.norm_q.weight		
single_blocks.35.linear1.bias	21504	transformer.single_transformer_blocks.35.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.35.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.35.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.35.proj_mlp.bias[rows 9216:21504]		
single_blocks.35.linear1.weight	21504,3072	transformer.single_transformer_blocks.35.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.35.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.35.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.35.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_35_linear1	
single_blocks.35.linear2.bias	3072	transformer.single_transformer_blocks.35.proj_out.bias		
single_blocks.35.linear2.weight	3072,15360	transformer.single_transformer_blocks.35.proj_out.weight	lora_unet_single_blocks_35_linear2	
single_blocks.35.modulation.lin.bias	9216	transformer.single_transformer_blocks.35.norm.linear.bias		
single_blocks.35.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.35.norm.linear.weight	lora_unet_single_blocks_35_modulation_lin	
single_blocks.35.norm.key_norm.scale	128	transformer.single_transformer_blocks.35.attn.norm_k.weight		
single_blocks.35.norm.query_norm.scale	128	transformer.single_transformer_blocks.35.attn.norm_q.weight		
single_blocks.36.linear1.bias	21504	transformer.single_transformer_blocks.36.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.36.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.36.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.36.proj_mlp.bias[rows 9216:21504]		
single_blocks.36.linear1.weight	21504,3072	transformer.single_transformer_blocks.36.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.36.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.36.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.36.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_36_linear1	
single_blocks.36.linear2.bias	3072	transformer.single_transformer_blocks.36.proj_out.bias		
single_blocks.36.linear2.weight	3072,15360	transformer.single_transformer_blocks.36.proj_out.weight	lora_unet_single_blocks_36_linear2	
single_blocks.36.modulation.lin.bias	9216	transformer.single_transformer_blocks.36.norm.linear.bias		
single_blocks.36.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.36.norm.linear.weight	lora_unet_single_blocks_36_modulation_lin	
single_blocks.36.norm.key_norm.scale	128	transformer.single_transformer_blocks.36.attn.norm_k.weight		
single_blocks.36.norm.query_norm.scale	128	transformer.single_transformer_blocks.36.attn.norm_q.weight		
single_blocks.37.linear1.bias	21504	transformer.single_transformer_blocks.37.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.37.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.37.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.37.proj_mlp.bias[rows 9216:21504]		
single_blocks.37.linear1.weight	21504,3072	transformer.single_transformer_blocks.37.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.37.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.37.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.37.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_37_linear1	
single_blocks.37.linear2.bias	3072	transformer.single_transformer_blocks.37.proj_out.bias		
single_blocks.37.linear2.weight	3072,15360	transformer.single_transformer_blocks.37.proj_out.weight	lora_unet_single_blocks_37_linear2	
single_blocks.37.modulation.lin.bias	9216	transformer.single_transformer_blocks.37.norm.linear.bias		
single_blocks.37.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.37.norm.linear.weight	lora_unet_single_blocks_37_modulation_lin	
single_blocks.37.norm.key_norm.scale	128	transformer.single_transformer_blocks.37.attn.norm_k.weight		
single_blocks.37.norm.query_norm.scale	128	transformer.single_transformer_blocks.37.attn.norm_q.weight		
single_blocks.4.linear1.bias	21504	transformer.single_transformer_blocks.4.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.4.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.4.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.4.proj_mlp.bias[rows 9216:21504]		
single_blocks.4.linear1.weight	21504,3072	transformer.single_transformer_blocks.4.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.4.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.4.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.4.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_4_linear1	
single_blocks.4.linear2.bias	3072	transformer.single_transformer_blocks.4.proj_out.bias		
single_blocks.4.linear2.weight	3072,15360	transformer.single_transformer_blocks.4.proj_out.weight	lora_unet_single_blocks_4_linear2	
single_blocks.4.modulation.lin.bias	9216	transformer.single_transformer_blocks.4.norm.linear.bias		
single_blocks.4.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.4.norm.linear.weight	lora_unet_single_blocks_4_modulation_lin	
single_blocks.4.norm.key_norm.scale	128	transformer.single_transformer_blocks.4.attn.norm_k.weight		
single_blocks.4.norm.query_norm.scale	128	transformer.single_transformer_blocks.4.attn.norm_q.weight		
single_blocks.5.linear1.bias	21504	transformer.single_transformer_blocks.5.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.5.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.5.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.5.proj_mlp.bias[rows 9216:21504]		
single_blocks.5.linear1.weight	21504,3072	transformer.single_transformer_blocks.5.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.5.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.5.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.5.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_5_linear1	
single_blocks.5.linear2.bias	3072	transformer.single_transformer_blocks.5.proj_out.bias		
single_blocks.5.linear2.weight	3072,15360	transformer.single_transformer_blocks.5.proj_out.weight	lora_unet_single_blocks_5_linear2	
single_blocks.5.modulation.lin.bias	9216	transformer.single_transformer_blocks.5.norm.linear.bias		
single_blocks.5.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.5.norm.linear.weight	lora_unet_single_blocks_5_modulation_lin	
single_blocks.5.norm.key_norm.scale	128	transformer.single_transformer_blocks.5.attn.norm_k.weight		
single_blocks.5.norm.query_norm.scale	128	transformer.single_transformer_blocks.5.attn.norm_q.weight		
single_blocks.6.linear1.bias	21504	transformer.single_transformer_blocks.6.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.6.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.6.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.6.proj_mlp.bias[rows 9216:21504]		
single_blocks.6.linear1.weight	21504,3072	transformer.single_transformer_blocks.6.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.6.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.6.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.6.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_6_linear1	
single_blocks.6.linear2.bias	3072	transformer.single_transformer_blocks.6.proj_out.bias		
single_blocks.6.linear2.weight	3072,15360	transformer.single_transformer_blocks.6.proj_out.weight	lora_unet_single_blocks_6_linear2	
single_blocks.6.modulation.lin.bias	9216	transformer.single_transformer_blocks.6.norm.linear.bias		
single_blocks.6.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.6.norm.linear.weight	lora_unet_single_blocks_6_modulation_lin	
single_blocks.6.norm.key_norm.scale	128	transformer.single_transformer_blocks.6.attn.norm_k.weight		
single_blocks.6.norm.query_norm.scale	128	transformer.single_transformer_blocks.6.attn.norm_q.weight		
single_blocks.7.linear1.bias	21504	transformer.single_transformer_blocks.7.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.7.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.7.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.7.proj_mlp.bias[rows 9216:21504]		
single_blocks.7.linear1.weight	21504,3072	transformer.single_transformer_blocks.7.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.7.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.7.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.7.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_7_linear1	
single_blocks.7.linear2.bias	3072	transformer.single_transformer_blocks.7.proj_out.bias		
single_blocks.7.linear2.weight	3072,15360	transformer.single_transformer_blocks.7.proj_out.weight	lora_unet_single_blocks_7_linear2	
single_blocks.7.modulation.lin.bias	9216	transformer.single_transformer_blocks.7.norm.linear.bias		
single_blocks.7.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.7.norm.linear.weight	lora_unet_single_blocks_7_modulation_lin	
single_blocks.7.norm.key_norm.scale	128	transformer.single_transformer_blocks.7.attn.norm_k.weight		
single_blocks.7.norm.query_norm.scale	128	transformer.single_transformer_blocks.7.attn.norm_q.weight		
single_blocks.8.linear1.bias	21504	transformer.single_transformer_blocks.8.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.8.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.8.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.8.proj_mlp.bias[rows 9216:21504]		
single_blocks.8.linear1.weight	21504,3072	transformer.single_transformer_blocks.8.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.8.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.8.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.8.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_8_linear1	
single_blocks.8.linear2.bias	3072	transformer.single_transformer_blocks.8.proj_out.bias		
single_blocks.8.linear2.weight	3072,15360	transformer.single_transformer_blocks.8.proj_out.weight	lora_unet_single_blocks_8_linear2	
single_blocks.8.modulation.lin.bias	9216	transformer.single_transformer_blocks.8.norm.linear.bias		
single_blocks.8.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.8.norm.linear.weight	lora_unet_single_blocks_8_modulation_lin	
single_blocks.8.norm.key_norm.scale	128	transformer.single_transformer_blocks.8.attn.norm_k.weight		
single_blocks.8.norm.query_norm.scale	128	transformer.single_transformer_blocks.8.attn.norm_q.weight		
single_blocks.9.linear1.bias	21504	transformer.single_transformer_blocks.9.attn.to_q.bias[rows 0:3072];transformer.single_transformer_blocks.9.attn.to_k.bias[rows 3072:6144];transformer.single_transformer_blocks.9.attn.to_v.bias[rows 6144:9216];transformer.single_transformer_blocks.9.proj_mlp.bias[rows 9216:21504]		
single_blocks.9.linear1.weight	21504,3072	transformer.single_transformer_blocks.9.attn.to_q.weight[rows 0:3072];transformer.single_transformer_blocks.9.attn.to_k.weight[rows 3072:6144];transformer.single_transformer_blocks.9.attn.to_v.weight[rows 6144:9216];transformer.single_transformer_blocks.9.proj_mlp.weight[rows 9216:21504]	lora_unet_single_blocks_9_linear1	
single_blocks.9.linear2.bias	3072	transformer.single_transformer_blocks.9.proj_out.bias		
single_blocks.9.linear2.weight	3072,15360	transformer.single_transformer_blocks.9.proj_out.weight	lora_unet_single_blocks_9_linear2	
single_blocks.9.modulation.lin.bias	9216	transformer.single_transformer_blocks.9.norm.linear.bias		
single_blocks.9.modulation.lin.weight	9216,3072	transformer.single_transformer_blocks.9.norm.linear.weight	lora_unet_single_blocks_9_modulation_lin	
single_blocks.9.norm.key_norm.scale	128	transformer.single_transformer_blocks.9.attn.norm_k.weight		
single_blocks.9.norm.query_norm.scale	128	transformer.single_transformer_blocks.9.attn.norm_q.weight		
time_in.in_layer.bias	3072	transformer.time_text_embed.timestep_embedder.linear_1.bias		
time_in.in_layer.weight	3072,256	transformer.time_text_embed.timestep_embedder.linear_1.weight		
time_in.out_layer.bias	3072	transformer.time_text_embed.timestep_embedder.linear_2.bias		
time_in.out_layer.weight	3072,3072	transformer.time_text_embed.timestep_embedder.linear_2.weight		
txt_in.bias	3072	transformer.context_embedder.bias		
txt_in.weight	3072,4096	transformer.context_embedder.weight		
vector_in.in_layer.bias	3072	transformer.time_text_embed.text_embedder.linear_1.bias		
vector_in.in_layer.weight	3072,768	transformer.time_text_embed.text_embedder.linear_1.weight		
vector_in.out_layer.bias	3072	transformer.time_text_embed.text_embedder.linear_2.bias		
vector_in.out_layer.weight	3072,3072	transformer.time_text_embed.text_embedder.linear_2.weight		
"""#

    /// The 72 CLIP-L module names kohya's FLUX trainer creates (`lora_te1_…`).
    static let flux1TextEncoderNames = #"""
lora_te1_encoder_layers_0_mlp_fc1
lora_te1_encoder_layers_0_mlp_fc2
lora_te1_encoder_layers_0_self_attn_k_proj
lora_te1_encoder_layers_0_self_attn_out_proj
lora_te1_encoder_layers_0_self_attn_q_proj
lora_te1_encoder_layers_0_self_attn_v_proj
lora_te1_encoder_layers_10_mlp_fc1
lora_te1_encoder_layers_10_mlp_fc2
lora_te1_encoder_layers_10_self_attn_k_proj
lora_te1_encoder_layers_10_self_attn_out_proj
lora_te1_encoder_layers_10_self_attn_q_proj
lora_te1_encoder_layers_10_self_attn_v_proj
lora_te1_encoder_layers_11_mlp_fc1
lora_te1_encoder_layers_11_mlp_fc2
lora_te1_encoder_layers_11_self_attn_k_proj
lora_te1_encoder_layers_11_self_attn_out_proj
lora_te1_encoder_layers_11_self_attn_q_proj
lora_te1_encoder_layers_11_self_attn_v_proj
lora_te1_encoder_layers_1_mlp_fc1
lora_te1_encoder_layers_1_mlp_fc2
lora_te1_encoder_layers_1_self_attn_k_proj
lora_te1_encoder_layers_1_self_attn_out_proj
lora_te1_encoder_layers_1_self_attn_q_proj
lora_te1_encoder_layers_1_self_attn_v_proj
lora_te1_encoder_layers_2_mlp_fc1
lora_te1_encoder_layers_2_mlp_fc2
lora_te1_encoder_layers_2_self_attn_k_proj
lora_te1_encoder_layers_2_self_attn_out_proj
lora_te1_encoder_layers_2_self_attn_q_proj
lora_te1_encoder_layers_2_self_attn_v_proj
lora_te1_encoder_layers_3_mlp_fc1
lora_te1_encoder_layers_3_mlp_fc2
lora_te1_encoder_layers_3_self_attn_k_proj
lora_te1_encoder_layers_3_self_attn_out_proj
lora_te1_encoder_layers_3_self_attn_q_proj
lora_te1_encoder_layers_3_self_attn_v_proj
lora_te1_encoder_layers_4_mlp_fc1
lora_te1_encoder_layers_4_mlp_fc2
lora_te1_encoder_layers_4_self_attn_k_proj
lora_te1_encoder_layers_4_self_attn_out_proj
lora_te1_encoder_layers_4_self_attn_q_proj
lora_te1_encoder_layers_4_self_attn_v_proj
lora_te1_encoder_layers_5_mlp_fc1
lora_te1_encoder_layers_5_mlp_fc2
lora_te1_encoder_layers_5_self_attn_k_proj
lora_te1_encoder_layers_5_self_attn_out_proj
lora_te1_encoder_layers_5_self_attn_q_proj
lora_te1_encoder_layers_5_self_attn_v_proj
lora_te1_encoder_layers_6_mlp_fc1
lora_te1_encoder_layers_6_mlp_fc2
lora_te1_encoder_layers_6_self_attn_k_proj
lora_te1_encoder_layers_6_self_attn_out_proj
lora_te1_encoder_layers_6_self_attn_q_proj
lora_te1_encoder_layers_6_self_attn_v_proj
lora_te1_encoder_layers_7_mlp_fc1
lora_te1_encoder_layers_7_mlp_fc2
lora_te1_encoder_layers_7_self_attn_k_proj
lora_te1_encoder_layers_7_self_attn_out_proj
lora_te1_encoder_layers_7_self_attn_q_proj
lora_te1_encoder_layers_7_self_attn_v_proj
lora_te1_encoder_layers_8_mlp_fc1
lora_te1_encoder_layers_8_mlp_fc2
lora_te1_encoder_layers_8_self_attn_k_proj
lora_te1_encoder_layers_8_self_attn_out_proj
lora_te1_encoder_layers_8_self_attn_q_proj
lora_te1_encoder_layers_8_self_attn_v_proj
lora_te1_encoder_layers_9_mlp_fc1
lora_te1_encoder_layers_9_mlp_fc2
lora_te1_encoder_layers_9_self_attn_k_proj
lora_te1_encoder_layers_9_self_attn_out_proj
lora_te1_encoder_layers_9_self_attn_q_proj
lora_te1_encoder_layers_9_self_attn_v_proj
"""#
}
