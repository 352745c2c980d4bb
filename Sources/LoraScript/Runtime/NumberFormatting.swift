import LoraEngine

/// How lorash prints numbers (defined in LoraEngine so every module prints them alike).
public typealias NumberFormatting = LoraEngine.NumberFormatting
