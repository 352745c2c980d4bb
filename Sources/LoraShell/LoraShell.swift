// LoraShell module.
