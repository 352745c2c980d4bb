import Foundation
import Testing

@testable import LoraFormats

@Suite struct AtomicFileWriterTests {
    @Test func writesRefusesAndOverwrites() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/picture.png"
        try AtomicFileWriter.write([1, 2, 3], to: path, overwrite: false)
        #expect(FileManager.default.contents(atPath: path) == Data([1, 2, 3]))

        #expect(throws: OutputFileError.exists(path: path)) {
            try AtomicFileWriter.write([9], to: path, overwrite: false)
        }
        #expect(FileManager.default.contents(atPath: path) == Data([1, 2, 3]), "refused write leaves the file")

        try AtomicFileWriter.write([4, 5], to: path, overwrite: true)
        #expect(FileManager.default.contents(atPath: path) == Data([4, 5]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["picture.png"], "no temporary left")
    }

    @Test func missingFolder() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/absent/picture.png"
        #expect(throws: OutputFileError.folderMissing(path: path, folder: folder + "/absent")) {
            try AtomicFileWriter.write([1], to: path, overwrite: true)
        }
    }
}
