// LoraFormats module.
