// LoraKit module.
