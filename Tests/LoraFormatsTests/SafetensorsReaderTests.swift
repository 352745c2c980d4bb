import Foundation
import LoraEngine
import Testing

@testable import LoraFormats

/// One test per reader error, each from hand-made bytes, plus a good file read back.
@Suite struct SafetensorsReaderTests {
    /// Opens hand-made bytes and returns the error, checking the file is unchanged afterwards.
    func failure(_ bytes: [UInt8], label: String = #function) -> SafetensorsError? {
        let path = TestSupport.file(bytes, label: label)
        let before = try! FileIdentity(path: path)
        defer {
            let after = try! FileIdentity(path: path)
            #expect(after == before)
            #expect(FileManager.default.contents(atPath: path) == Data(bytes))
        }
        do {
            _ = try SafetensorsReader(path: path)
            return nil
        } catch {
            #expect(error.description.contains(path))
            return error
        }
    }

    let f32x2 = #"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"#

    @Test func readsAGoodFile() throws {
        let data: [UInt8] = [0, 0, 0x80, 0x3F, 0, 0, 0, 0x40]
        let header = #"{"__metadata__":{"k":"v"},"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}    "#
        let path = TestSupport.file(TestSupport.safetensorsBytes(header: header, data: data))
        let reader = try SafetensorsReader(path: path)
        #expect(reader.names == ["a"])
        #expect(reader.metadata == ["k": "v"])
        #expect(try reader.tensor(named: "a").floats() == [1, 2])
        #expect(reader.entry(named: "a")?.shape == [2])
    }

    @Test func missingFile() {
        do { _ = try SafetensorsReader(path: "/nonexistent/x.safetensors"); Issue.record("no error") } catch {
            guard case .cannotOpen(let f, _) = error else { Issue.record("\(error)"); return }
            #expect(f == "/nonexistent/x.safetensors")
        }
    }

    @Test func directory() {
        let dir = TestSupport.temporaryFolder()
        do { _ = try SafetensorsReader(path: dir); Issue.record("no error") } catch {
            #expect(error == .isDirectory(file: dir))
        }
    }

    @Test func emptyFile() {
        guard case .emptyFile = failure([]) else { Issue.record("expected emptyFile"); return }
    }

    @Test func tooShort() {
        guard case .tooShort(_, 5) = failure([1, 2, 3, 4, 5]) else { Issue.record("expected tooShort"); return }
    }

    @Test func pickleIsNotSafetensors() {
        guard case .notSafetensors = failure([0x80, 0x02, 0x7D, 0x71, 0, 0x58, 1, 2, 3, 4]) else {
            Issue.record("expected notSafetensors"); return
        }
    }

    @Test func zipIsNotSafetensors() {
        guard case .notSafetensors(_, let kind) = failure(Array("PK\u{3}\u{4}archive-bytes-here".utf8)) else {
            Issue.record("expected notSafetensors"); return
        }
        #expect(kind.contains("zip"))
    }

    @Test func textIsNotSafetensors() {
        guard case .notSafetensors = failure(Array("hello, this is a text file\n".utf8)) else {
            Issue.record("expected notSafetensors"); return
        }
    }

    @Test func headerTooLarge() {
        var bytes = TestSupport.safetensorsBytes(
            header: f32x2, data: [UInt8](repeating: 0, count: 8), lengthOverride: 200_000_000)
        bytes[7] = 0
        guard case .headerTooLarge(_, 200_000_000, _) = failure(bytes) else {
            Issue.record("expected headerTooLarge"); return
        }
    }

    @Test func headerLengthLies() {
        let bytes = TestSupport.safetensorsBytes(
            header: f32x2, data: [UInt8](repeating: 0, count: 8), lengthOverride: 5000)
        guard case .headerLengthBeyondFile(_, 5000, _) = failure(bytes) else {
            Issue.record("expected headerLengthBeyondFile"); return
        }
    }

    @Test func headerLengthTooShortCutsTheJSON() {
        let bytes = TestSupport.safetensorsBytes(
            header: f32x2, data: [UInt8](repeating: 0, count: 8), lengthOverride: 20)
        guard case .headerNotJSON = failure(bytes) else { Issue.record("expected headerNotJSON"); return }
    }

    @Test func truncatedFile() {
        let bytes = TestSupport.safetensorsBytes(header: f32x2, data: [0, 0, 0])
        guard case .truncated(_, "a", 8, 3) = failure(bytes) else { Issue.record("expected truncated"); return }
    }

    @Test func headerNotUTF8() {
        var header = Array(#"{"a\#u{e9}":{}}"#.utf8)
        header[3] = 0xFF
        let bytes = (0..<8).map { UInt8(truncatingIfNeeded: UInt64(header.count) >> (8 * UInt64($0))) } + header
        guard case .headerNotUTF8 = failure(bytes) else { Issue.record("expected headerNotUTF8"); return }
    }

    @Test func headerNotJSON() {
        guard case .headerNotJSON = failure(TestSupport.safetensorsBytes(header: #"{"a":{"dtype":}"#, data: [])) else {
            Issue.record("expected headerNotJSON"); return
        }
    }

    @Test func headerStartsBadly() {
        guard case .headerStartsBadly = failure(TestSupport.safetensorsBytes(header: "[1,2]   ", data: [])) else {
            Issue.record("expected headerStartsBadly"); return
        }
    }

    @Test func duplicateName() {
        let header =
            #"{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},"a":{"dtype":"U8","shape":[1],"data_offsets":[1,2]}}"#
        guard case .duplicateName(_, "a") = failure(TestSupport.safetensorsBytes(header: header, data: [1, 2])) else {
            Issue.record("expected duplicateName"); return
        }
    }

    @Test func malformedEntry() {
        let header = #"{"a":{"dtype":"U8","shape":[1]}}"#
        guard
            case .malformedEntry(_, "a", let reason) = failure(TestSupport.safetensorsBytes(header: header, data: [1]))
        else {
            Issue.record("expected malformedEntry"); return
        }
        #expect(reason.contains("data_offsets"))
    }

    @Test func unknownDType() {
        let header = #"{"a":{"dtype":"Q4","shape":[1],"data_offsets":[0,1]}}"#
        guard case .unknownDType(_, "a", "Q4") = failure(TestSupport.safetensorsBytes(header: header, data: [1])) else {
            Issue.record("expected unknownDType"); return
        }
    }

    @Test func invalidShape() {
        let header = #"{"a":{"dtype":"U8","shape":[-1],"data_offsets":[0,1]}}"#
        guard case .invalidShape(_, "a", _) = failure(TestSupport.safetensorsBytes(header: header, data: [1])) else {
            Issue.record("expected invalidShape"); return
        }
    }

    @Test func invalidOffsets() {
        let header = #"{"a":{"dtype":"U8","shape":[0],"data_offsets":[1,0]}}"#
        guard case .invalidOffsets(_, "a", _) = failure(TestSupport.safetensorsBytes(header: header, data: [1])) else {
            Issue.record("expected invalidOffsets"); return
        }
    }

    @Test func sizeMismatch() {
        let header = #"{"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}"#
        guard
            case .sizeMismatch(_, "a", 12, 8) = failure(
                TestSupport.safetensorsBytes(header: header, data: [UInt8](repeating: 0, count: 8)))
        else {
            Issue.record("expected sizeMismatch"); return
        }
    }

    @Test func overlappingOffsets() {
        let header =
            #"{"a":{"dtype":"U8","shape":[4],"data_offsets":[0,4]},"b":{"dtype":"U8","shape":[4],"data_offsets":[2,6]}}"#
        guard
            case .overlappingTensors(_, "b", "a") = failure(
                TestSupport.safetensorsBytes(header: header, data: [UInt8](repeating: 0, count: 6)))
        else {
            Issue.record("expected overlappingTensors"); return
        }
    }

    @Test func gapBetweenTensors() {
        let header =
            #"{"a":{"dtype":"U8","shape":[2],"data_offsets":[0,2]},"b":{"dtype":"U8","shape":[2],"data_offsets":[4,6]}}"#
        guard
            case .gapBeforeTensor(_, "b", 2, 4) = failure(
                TestSupport.safetensorsBytes(header: header, data: [UInt8](repeating: 0, count: 6)))
        else {
            Issue.record("expected gapBeforeTensor"); return
        }
    }

    @Test func trailingBytes() {
        let header = #"{"a":{"dtype":"U8","shape":[2],"data_offsets":[0,2]}}"#
        guard
            case .trailingBytes(_, 2, 5) = failure(TestSupport.safetensorsBytes(header: header, data: [1, 2, 3, 4, 5]))
        else {
            Issue.record("expected trailingBytes"); return
        }
    }

    @Test func metadataNotStrings() {
        let header = #"{"__metadata__":{"epochs":3}}"#
        guard case .invalidMetadata(_, "epochs", _) = failure(TestSupport.safetensorsBytes(header: header, data: []))
        else {
            Issue.record("expected invalidMetadata"); return
        }
    }

    @Test func tensorNotFound() throws {
        let path = TestSupport.file(TestSupport.safetensorsBytes(header: f32x2, data: [UInt8](repeating: 0, count: 8)))
        let reader = try SafetensorsReader(path: path)
        #expect(throws: SafetensorsError.tensorNotFound(file: path, tensor: "b")) { try reader.tensor(named: "b") }
    }
}
