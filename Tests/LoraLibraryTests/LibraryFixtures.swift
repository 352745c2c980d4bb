import Foundation

/// Paths of the library fixtures (Tests/Fixtures/Library) and temporary folders.
enum LibraryFixtures {
    /// The package root, found from this file's path.
    static var packageRoot: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }

    /// A path under Tests/Fixtures/Library.
    static func path(_ relative: String) -> String { packageRoot + "/Tests/Fixtures/Library/" + relative }

    /// A fresh empty folder under the system temporary directory.
    static func temporaryFolder(_ label: String = #function) -> String {
        let path =
            NSTemporaryDirectory() + "lorash-library-\(label.filter(\.isLetter))-\(UInt32.random(in: 0...UInt32.max))"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
