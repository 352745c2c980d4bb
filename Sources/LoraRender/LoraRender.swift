// LoraRender module.
