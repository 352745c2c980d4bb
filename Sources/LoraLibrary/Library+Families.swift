import Foundation
import LoraFormats

extension Library {
    /// Decides a file's family from what its row holds, and stores it with the reasons.
    func updateFamily(id: Int64) throws(LibraryError) {
        guard let row = try database.rows("SELECT architecture FROM files WHERE id = ?", [.integer(id)]).first
        else { return }
        let family: String? =
            switch row.text(0) {
            case "SD1.x": "SD 1.5"
            case "SD2.x": "SD 2.x"
            case "SDXL": "other SDXL"
            case "FLUX.1": "FLUX.1 dev"
            default: nil
            }
        try database.run(
            "UPDATE files SET family = ?, family_reasons = ? WHERE id = ?",
            [SQLValue(family), .text("architecture only"), .integer(id)])
    }
}

extension Library {
    /// Decides every file's family again (after hashes became known, or a user tag changed).
    func refreshFamilies() throws(LibraryError) {
        let ids = try database.rows("SELECT id FROM files").compactMap { row -> Int64? in
            if case .integer(let id) = row.values[0] { return id }
            return nil
        }
        try database.transaction { () throws(LibraryError) in
            for id in ids {
                try updateFamily(id: id)
                try refreshSearch(id: id)
            }
        }
    }
}
