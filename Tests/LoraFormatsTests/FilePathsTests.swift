import Testing

@testable import LoraFormats

/// Path splitting as NSString does it, without its trap on one-character paths.
@Suite struct FilePathsTests {
    @Test(arguments: [
        ("a/b", "a", "b"), ("a/b/", "a", "b"), ("/p", "/", "p"), ("p", "", "p"), ("a//b", "a", "b"),
        ("out/sub/x.png", "out/sub", "x.png"), ("/", "/", "/"), ("./p", ".", "p"),
    ])
    func splits(_ path: String, _ folder: String, _ name: String) {
        #expect(FilePaths.folder(of: path) == folder, "\(path)")
        #expect(FilePaths.name(of: path) == name, "\(path)")
    }

    @Test func joins() {
        #expect(FilePaths.joined("", "x") == "x")
        #expect(FilePaths.joined("a", "x") == "a/x")
        #expect(FilePaths.joined("a/", "x") == "a/x")
        #expect(FilePaths.joined("/", "x") == "/x")
    }
}
