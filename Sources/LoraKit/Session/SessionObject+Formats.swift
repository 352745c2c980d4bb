import LoraFormats

extension LoraAdapter: SessionObject {
    public var kindName: String { "lora" }
    public var summary: String { FileSummary(.lora(self)).line }
}

extension BaseModel: SessionObject {
    public var kindName: String { "base" }
    public var summary: String { FileSummary(.checkpoint(self)).line }
}
