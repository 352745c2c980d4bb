import Testing

@testable import LoraLibrary

@Suite struct KnownBaseTests {
    @Test func theResearchNotesHashes() throws {
        let pony = try #require(
            KnownBase.lookup(sha256: "67ab2fd8ec439a89b3fedb15cc65f54336af163c7eb5e4f2acc98f090a29b0b3"))
        #expect(pony.family == .pony)
        #expect(pony.name == "Pony Diffusion V6 XL")
        let sdxl = try #require(
            KnownBase.lookup(sha256: "31E35C80FC4829D14F90153F4C74CD59C90B779F6AFE05A74CD6120B893F7E5B"))
        #expect(sdxl.family == .sdxlBase)
        #expect(KnownBase.lookup(sha256: "67ab2fd8ec") == nil)
        #expect(KnownBase.lookup(sha256: "") == nil)
    }

    @Test func everyEntryIsAFullHashWithASourceAndAKnownFamily() {
        var seen = Set<String>()
        for base in KnownBase.all {
            #expect(
                base.sha256.count == 64 && base.sha256.allSatisfy { "0123456789abcdef".contains($0) }, "\(base.name)")
            #expect(!base.source.isEmpty)
            #expect(base.family.isKnownFamily)
            #expect(seen.insert(base.sha256).inserted, "\(base.name) listed twice")
            #expect(KnownBase.lookup(sha256: base.sha256) == base)
        }
    }
}
