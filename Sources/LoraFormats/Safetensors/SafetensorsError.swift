import LoraEngine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Everything that can be wrong with a safetensors file lorash reads or writes.
///
/// Every case names the file, and the tensor when one is at fault, and its description says
/// what to do. The checks are those of the reference `safetensors` crate (header length bound,
/// UTF-8 JSON object, known dtypes, shape × dtype size equal to the byte range, contiguous
/// non-overlapping offsets covering the whole data section, string→string metadata), plus
/// duplicate names, which the crate's JSON map would silently merge.
public enum SafetensorsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file does not exist or cannot be opened (permissions, …).
    case cannotOpen(file: String, reason: String)
    /// The path is a directory (PEFT folders are read by `LoraFile.load`, not as one file).
    case isDirectory(file: String)
    /// The file has 0 bytes.
    case emptyFile(file: String)
    /// The file is shorter than the 8-byte header length field.
    case tooShort(file: String, size: Int)
    /// The file is not safetensors at all (a PyTorch zip/pickle checkpoint, GGUF, text, …).
    case notSafetensors(file: String, looksLike: String)
    /// The header is valid but lists no tensor (`{}`, or `__metadata__` alone): a save that
    /// failed, or a file that was never a model. Refused where a model is loaded.
    case noTensors(file: String)
    /// The header length field exceeds the 100 MB limit of the reference implementation.
    case headerTooLarge(file: String, length: UInt64, limit: Int)
    /// The header length field claims more bytes than the file holds (truncated or corrupt file).
    case headerLengthBeyondFile(file: String, claimed: UInt64, available: Int)
    /// The header does not begin with `{` (the reference crate's `InvalidHeaderStart`).
    case headerStartsBadly(file: String)
    /// The header is not valid UTF-8.
    case headerNotUTF8(file: String)
    /// The header is not valid JSON; `detail` gives the position.
    case headerNotJSON(file: String, detail: String)
    /// Two tensors (or two `__metadata__` entries) have the same name.
    case duplicateName(file: String, name: String)
    /// A tensor entry is not an object or lacks `dtype`, `shape` or `data_offsets`.
    case malformedEntry(file: String, tensor: String, reason: String)
    /// A tensor's dtype is not one safetensors defines (or lorash knows).
    case unknownDType(file: String, tensor: String, dtype: String)
    /// A tensor's shape is not a list of non-negative integers.
    case invalidShape(file: String, tensor: String, reason: String)
    /// A tensor's `data_offsets` are not two integers `[begin, end]` with begin ≤ end.
    case invalidOffsets(file: String, tensor: String, reason: String)
    /// Shape × dtype size differs from the tensor's byte range.
    case sizeMismatch(file: String, tensor: String, expectedBytes: Int, rangeBytes: Int)
    /// A tensor's bytes extend past the end of the file (the file was cut short).
    case truncated(file: String, tensor: String, end: Int, dataSize: Int)
    /// Two tensors' byte ranges overlap.
    case overlappingTensors(file: String, tensor: String, other: String)
    /// Bytes between two tensors belong to none (the data section must be contiguous).
    case gapBeforeTensor(file: String, tensor: String, gapStart: Int, gapEnd: Int)
    /// The file holds bytes after the last tensor (the data section must be exactly covered).
    case trailingBytes(file: String, covered: Int, dataSize: Int)
    /// `__metadata__` is not a map from strings to strings.
    case invalidMetadata(file: String, key: String, reason: String)
    /// No tensor of that name is in the file.
    case tensorNotFound(file: String, tensor: String)
    /// The output exists and `overwrite=true` was not given.
    case outputExists(file: String)
    /// The output is one of the files being read (same device and inode).
    case outputIsInput(file: String, input: String)
    /// Writing failed (disk full, permissions, missing folder).
    case writeFailed(file: String, reason: String)
    /// The writer was given a tensor it did not announce, twice, or with another dtype or shape.
    case unexpectedTensor(file: String, tensor: String, reason: String)
    /// `finish` was called before every announced tensor was written.
    case missingTensors(file: String, tensors: [String])

    public var description: String {
        switch self {
        case .cannotOpen(let f, let r):
            if r == String(cString: strerror(EACCES)) {
                return "\(f): cannot open: \(r); this user may not read the file: check its permissions (ls -l)"
            }
            return "\(f): cannot open: \(r); check the path"
        case .isDirectory(let f):
            return
                "\(f): is a directory, not a safetensors file (a PEFT adapter folder needs adapter_model.safetensors inside)"
        case .emptyFile(let f): return "\(f): the file is empty (0 bytes); the download or save did not finish"
        case .tooShort(let f, let n):
            return "\(f): only \(n) bytes, shorter than the 8-byte safetensors header length; the file is truncated"
        case .notSafetensors(let f, let kind):
            if f.hasSuffix("adapter_config.json") {
                return
                    "\(f): this is a PEFT adapter's config, not its weights; load the adapter's folder (load \(SafetensorsWriter.directory(of: f)))"
            }
            if kind.hasSuffix(" image") {
                return
                    "\(f): this is \(kind), not a safetensors file; give the model's own file (a preview picture often has the model's name)"
            }
            return "\(f): not a safetensors file (looks like \(kind)); convert it to .safetensors first"
        case .headerTooLarge(let f, let n, let limit):
            return
                "\(f): header length field says \(n) bytes, over the \(limit)-byte limit; not a safetensors file or corrupt"
        case .headerLengthBeyondFile(let f, let n, let avail):
            return
                "\(f): header length field says \(n) bytes but only \(avail) follow; the file is truncated or corrupt"
        case .headerStartsBadly(let f):
            return "\(f): the header does not start with '{'; not a safetensors file or corrupt"
        case .headerNotUTF8(let f): return "\(f): the header is not valid UTF-8; the file is corrupt"
        case .headerNotJSON(let f, let d): return "\(f): the header is not valid JSON (\(d)); the file is corrupt"
        case .duplicateName(let f, let n): return "\(f): tensor '\(n)' appears twice in the header; the file is corrupt"
        case .malformedEntry(let f, let t, let r): return "\(f): tensor '\(t)': \(r)"
        case .unknownDType(let f, let t, let d):
            return
                "\(f): tensor '\(t)' has unknown dtype '\(d)' (known: \(DType.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .invalidShape(let f, let t, let r): return "\(f): tensor '\(t)' has an invalid shape: \(r)"
        case .invalidOffsets(let f, let t, let r): return "\(f): tensor '\(t)' has invalid data_offsets: \(r)"
        case .sizeMismatch(let f, let t, let e, let r):
            return
                "\(f): tensor '\(t)': shape × dtype size is \(e) bytes but its data_offsets span \(r); the file is corrupt"
        case .truncated(let f, let t, let e, let d):
            return
                "\(f): tensor '\(t)' ends at data byte \(e) but the data section has only \(d) bytes; the file is truncated"
        case .overlappingTensors(let f, let t, let o):
            return "\(f): tensors '\(o)' and '\(t)' overlap in the data section; the file is corrupt"
        case .gapBeforeTensor(let f, let t, let s, let e):
            return "\(f): data bytes \(s)..<\(e) before tensor '\(t)' belong to no tensor; the file is corrupt"
        case .trailingBytes(let f, let c, let d):
            return
                "\(f): tensors cover \(c) data bytes but the data section has \(d); extra bytes at the end of the file"
        case .invalidMetadata(let f, let k, let r): return "\(f): __metadata__ entry '\(k)': \(r)"
        case .noTensors(let f):
            return
                "\(f): the file holds no tensors (its header lists none); it is not a model or LoRA: download or save it again"
        case .tensorNotFound(let f, let t): return "\(f): no tensor named '\(t)'"
        case .outputExists(let f):
            return "\(f): already exists; add overwrite=true to replace it, or choose another name"
        case .outputIsInput(let f, let i):
            return "\(f): is one of the inputs (\(i)); write to another path"
        case .writeFailed(let f, let r): return "\(f): cannot write: \(r)"
        case .unexpectedTensor(let f, let t, let r): return "\(f): tensor '\(t)': \(r)"
        case .missingTensors(let f, let ts):
            return "\(f): \(ts.count) announced tensor(s) never written: \(ts.prefix(5).joined(separator: ", "))"
        }
    }
}
