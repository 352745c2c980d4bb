import Foundation
import LoraFormats
import LoraRender

extension Session {
    /// Which cells of a `render grid` are drawn, for a plan (Docs/Batch.md): all of them (a
    /// grid as usual), only one (a plan's job: the cell alone is written, as a PNG), or none
    /// (the grid is composed from the cells the jobs wrote).
    public enum GridCells: Sendable, Equatable {
        /// Draw every cell and write the grid.
        case all
        /// Draw cell `index` (1-based, row by row) and write it alone.
        case only(Int)
        /// Draw no cell: read each from `folder` (`cell-0001.png` …) and write the grid.
        case from(folder: String)

        /// The file of cell `index` (1-based) in a folder of cells.
        public static func file(_ index: Int, in folder: String) -> String {
            FilePaths.joined(folder, "cell-\(String(format: "%04d", index)).png")
        }

        /// Refuses `cell=N` outside the grid.
        func check(total: Int) throws(SessionError) {
            if case .only(let index) = self, !(1...total).contains(index) {
                throw .input("cell", "the grid has \(total) cells (1…\(total)), not \(index)")
            }
        }

        /// Whether cell `index` (1-based) is drawn.
        func draws(_ index: Int) -> Bool {
            switch self {
            case .all: return true
            case .only(let wanted): return wanted == index
            case .from: return false
            }
        }

        /// The picture of cell `index` read from the folder of cells, checked to be `width`×`height`.
        func read(_ index: Int, width: Int, height: Int) throws(SessionError) -> RGBAImage {
            guard case .from(let folder) = self else { preconditionFailure("no folder of cells") }
            let path = Self.file(index, in: folder)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .input(
                    "cells", "\(path): cell \(index) of the grid is missing (run its job first: plan check lists it)")
            }
            let image: RGBAImage
            do {
                image = try PNGDecoder.decode(Array(data), file: path)
            } catch {
                throw .input("cells", "\(error)")
            }
            guard image.width == width, image.height == height else {
                throw .input(
                    "cells",
                    "\(path): cell \(index) is \(image.width)×\(image.height), not \(width)×\(height) (was it drawn by another grid?)"
                )
            }
            return image
        }
    }

    /// Writes cell `index` of `total` alone, for `GridCells.only`.
    func writeGridCell(_ image: RGBAImage, index: Int, total: Int, to output: PictureOutput) throws -> Picture {
        let note = PNGTextChunk(keyword: "lorash-cell", text: "{\"cell\": \(index), \"cells\": \(total)}")
        try writePNG(image, text: [note], to: output)
        return Picture(
            image: image, line: "wrote \(output.path) (cell \(index) of \(total), \(image.width)×\(image.height))")
    }
}
