import CEditLine
import Foundation
import LoraEngine
import LoraFormats
import LoraScript

#if canImport(Glibc)
    import Glibc
#endif

/// Reads lines through libedit: line editing, persistent history, tab completion.
///
/// Used only when stdin and stdout are terminals and `TERM` is not `dumb`. Call
/// `setlocale(LC_CTYPE, "")` before creating one (the shell does), or libedit drops
/// multibyte characters.
public final class EditLineReader: LineReader {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    private var promptBuffer: UnsafeMutablePointer<CChar>
    /// Completes the text before the cursor: (word being completed, candidates).
    private let complete: (String) -> (word: String, candidates: [String])
    /// Raised by Ctrl-C: reading stops and the line is discarded.
    private let interrupt: CancellationToken

    /// - Parameters:
    ///   - historyPath: the history file, loaded now and saved after every entry; nil for none.
    ///   - complete: the completion function (see `Completer`).
    ///   - interrupt: the token the shell's SIGINT handler raises.
    public init?(
        historyPath: String?, complete: @escaping (String) -> (word: String, candidates: [String]),
        interrupt: CancellationToken
    ) {
        guard let editLine = lorash_el_init_stdio("lorash") else { return nil }
        guard let history = history_init() else {
            el_end(editLine)
            return nil
        }
        self.editLine = editLine
        self.history = history
        self.historyPath = historyPath
        self.complete = complete
        self.interrupt = interrupt
        promptBuffer = strdup("> ")!

        lorash_history_set_size(history, Int32(HistoryFile.capacity))
        lorash_history_set_unique(history, 1)
        if let historyPath { _ = lorash_history_load(history, historyPath) }
        lorash_el_set_editor(editLine, "emacs")
        lorash_el_set_history(editLine, history)
        lorash_el_set_client_data(editLine, Unmanaged.passUnretained(self).toOpaque())
        lorash_el_set_prompt(editLine) { editLine in
            guard let editLine, let data = lorash_el_client_data(editLine) else { return nil }
            return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().promptBuffer
        }
        lorash_el_add_function(editLine, "lorash-complete", "Complete the word before the cursor") { editLine, _ in
            guard let editLine, let data = lorash_el_client_data(editLine) else { return UInt8(CC_ERROR) }
            return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().completeWord()
        }
        lorash_el_bind(editLine, "^I", "lorash-complete")
        // Bracketed paste: the terminal wraps pasted text in ESC[200~ … ESC[201~, so a tab
        // inside it is kept as a tab instead of asking for completion.
        lorash_el_add_function(editLine, "lorash-paste-begin", "Start of pasted text") { editLine, _ in
            guard let editLine, let data = lorash_el_client_data(editLine) else { return UInt8(CC_ERROR) }
            Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().isPasting = true
            return UInt8(CC_NORM)
        }
        lorash_el_add_function(editLine, "lorash-paste-end", "End of pasted text") { editLine, _ in
            guard let editLine, let data = lorash_el_client_data(editLine) else { return UInt8(CC_ERROR) }
            Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().isPasting = false
            return UInt8(CC_NORM)
        }
        lorash_el_bind(editLine, "\\e[200~", "lorash-paste-begin")
        lorash_el_bind(editLine, "\\e[201~", "lorash-paste-end")
        lorash_el_set_getc(editLine) { editLine, character in
            guard let editLine, let character, let data = lorash_el_client_data(editLine) else { return -1 }
            return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().readCharacter(into: character)
        }
        el_source(editLine, nil)  // the user's ~/.editrc, if any
        lorash_watch_window_size()
    }

    deinit {
        history_end(history)
        el_end(editLine)
        free(promptBuffer)
    }

    /// Between the terminal's bracketed-paste markers.
    private var isPasting = false
    private static let bracketedPasteOn = "\u{1B}[?2004h", bracketedPasteOff = "\u{1B}[?2004l"

    public func readLine(prompt: String) -> LineReadResult {
        free(promptBuffer)
        promptBuffer = strdup(prompt)!
        interrupt.reset()
        var count: Int32 = 0
        // Ask for pasted text to be marked while editing only (not while commands print).
        FileHandle.standardOutput.write(Self.bracketedPasteOn.data(using: .utf8)!)
        let read = el_gets(editLine, &count)
        FileHandle.standardOutput.write(Self.bracketedPasteOff.data(using: .utf8)!)
        guard let line = read, count > 0 else {
            isPasting = false
            if interrupt.isCancelled {
                interrupt.reset()
                el_reset(editLine)
                FileHandle.standardOutput.write("^C\n".data(using: .utf8)!)
                return .interrupted
            }
            FileHandle.standardOutput.write("\n".data(using: .utf8)!)
            return .endOfInput
        }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    /// Whether a failure to save the history was already reported (once per session).
    private var reportedSaveFailure = false

    public func addHistory(_ entry: String) {
        guard !entry.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        lorash_history_enter(history, entry)
        appendToHistoryFile(entry)
    }

    /// Adds `entry` to the history file as it is now, so that shells open at the same time
    /// each add their own lines instead of the last one to save replacing the others'. (This
    /// session's Up arrow recalls its own lines, as in bash.)
    private func appendToHistoryFile(_ entry: String) {
        guard let historyPath, let onDisk = history_init() else { return }
        defer { history_end(onDisk) }
        let directory = FilePaths.folder(of: historyPath)
        if !directory.isEmpty {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        // One shell at a time (a lock file beside it), and the file replaced by a rename: libedit
        // empties the file it saves to before writing, so another shell reading it then, or a
        // crash, would otherwise see an empty history.
        let target = (historyPath as NSString).resolvingSymlinksInPath
        let lock = open(target + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        if lock >= 0 { flock(lock, LOCK_EX) }
        defer { if lock >= 0 { close(lock) } }
        lorash_history_set_size(onDisk, Int32(HistoryFile.capacity))
        lorash_history_set_unique(onDisk, 1)
        if FileManager.default.fileExists(atPath: target) { _ = lorash_history_load(onDisk, target) }
        lorash_history_enter(onDisk, entry)
        let temporary = TemporaryFiles.path(for: target)
        let saved = lorash_history_save(onDisk, temporary) >= 0 && rename(temporary, target) == 0
        if !saved {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            if !reportedSaveFailure {
                reportedSaveFailure = true
                Terminal.writeError(
                    "lorash: cannot save the history to \(historyPath) (\(reason)); set LORASH_HISTORY to a file you can write\n"
                )
            }
        }
    }

    private var decoderState = mbstate_t()

    /// libedit's character source. It waits for input with `poll` and a short timeout so a
    /// Ctrl-C is seen even when the signal arrived while libedit was not blocked in `read`
    /// (then no `EINTR` would wake it): returns -1 (libedit then returns NULL from `el_gets`)
    /// once the interrupt flag is raised, 0 at end of input, 1 with a character.
    private func readCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        while true {
            if interrupt.isCancelled { return -1 }
            if lorash_take_window_resized() != 0 {
                // The window changed size: wrap and place the cursor for the new width.
                el_resize(editLine)
            }
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 100)
            if ready < 0 && errno != EINTR { return -1 }
            if ready <= 0 { continue }
            var byte: CChar = 0
            let count = read(STDIN_FILENO, &byte, 1)
            if count == 0 { return 0 }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return -1
            }
            var wide: wchar_t = 0
            let decoded = mbrtowc(&wide, &byte, 1, &decoderState)
            if decoded == -2 { continue }  // more bytes of this character to come
            if decoded == -1 {  // (size_t)-1: invalid byte, start over
                decoderState = mbstate_t()
                continue
            }
            character.pointee = wide
            return 1
        }
    }

    /// More candidates than this are counted, not listed.
    static let listingLimit = 200

    private func completeWord() -> UInt8 {
        // A tab inside pasted text is text.
        if isPasting {
            el_insertstr(editLine, "\t")
            return UInt8(CC_REFRESH)
        }
        guard let info = el_line(editLine)?.pointee, let start = info.buffer else { return UInt8(CC_ERROR) }
        let length = info.cursor - start
        let bytes = UnsafeRawBufferPointer(start: start, count: length)
        let text = String(decoding: bytes, as: UTF8.self)
        let (word, candidates) = complete(text)
        guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let common = Completer.commonPrefix(candidates)
        if !common.isEmpty && !common.hasPrefix(word) {
            // The candidates rewrite the word (a path with a space, now quoted).
            el_deletestr(editLine, Int32(word.unicodeScalars.count))  // libedit counts wide characters
            el_insertstr(editLine, common + (candidates.count == 1 && !common.hasSuffix("/") ? " " : ""))
            return UInt8(CC_REFRESH)
        }
        if common.count > word.count {
            var insertion = String(common.dropFirst(word.count))
            if candidates.count == 1 && !common.hasSuffix("/") && !common.hasSuffix("=") { insertion += " " }
            el_insertstr(editLine, insertion)
            return UInt8(CC_REFRESH)
        }
        if candidates.count == 1 {
            if !common.hasSuffix("/") && !common.hasSuffix("=") { el_insertstr(editLine, " ") }
            return UInt8(CC_REFRESH)
        }
        if candidates.count > Self.listingLimit {
            FileHandle.standardOutput.write(
                "\n\(candidates.count) possibilities: type more of the word\n".data(using: .utf8)!)
            return UInt8(CC_REDISPLAY)
        }
        let width = (candidates.map(\.count).max() ?? 0) + 2
        let columns = max(1, (Terminal.columns ?? 80) / width)
        var listing = "\n"
        for (index, candidate) in candidates.enumerated() {
            listing += candidate.padding(toLength: width, withPad: " ", startingAt: 0)
            if index % columns == columns - 1 || index == candidates.count - 1 { listing += "\n" }
        }
        FileHandle.standardOutput.write(listing.data(using: .utf8)!)
        return UInt8(CC_REDISPLAY)
    }
}
