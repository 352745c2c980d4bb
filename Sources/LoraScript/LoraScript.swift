// LoraScript module.
