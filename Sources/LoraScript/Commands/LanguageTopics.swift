/// `help` texts for the parts of the language that are not commands.
public enum LanguageTopics {
    /// Topic names, in the order `help` lists them.
    public static let names = [
        "syntax", "values", "ranges", "strings", "variables", "for", "scripts", "errors", "shell",
    ]

    /// The text of a topic, or nil.
    public static func text(for topic: String) -> String? {
        switch topic {
        case "syntax", "language":
            return """
                A statement is `verb arg… key=value…`; statements are separated by newlines or `;`.
                `name = verb …` binds the command's result to a session name (see `ls`).
                `# …` is a comment; a trailing `\\` or an open `{`, `[`, `(` continues the statement
                on the next line. See also: help values, ranges, strings, variables, for, scripts.
                """
        case "values":
            return """
                Numbers (`2`, `0.25`, `1e-3`), strings ("…" with {expr} interpolation, '…' literal),
                bare words (paths like models/a.safetensors, names, LoRA specs like hero:0.8),
                lists `[a, b, c]`, ranges `0..1 step 0.25`, booleans `true`/`false`.
                Arithmetic: + - * / % and comparisons == != < <= > >=; put spaces around operators
                after a bare name (`w * 2`) or write `$w*2`.
                Numbers print in the shortest form that reads back exactly: 0.25, 1, 0.30000000000000004.
                """
        case "ranges":
            return """
                `a..b` counts by 1; `a..b step s` by s. The end is included when it falls on a step,
                and values carry no float drift: `0..1 step 0.1` has 11 values ending at exactly 1.
                `LORA:a..b step s` is a sweep axis (render grid x=hero:0..1 step 0.25).
                A range holds at most 10 000 000 values (0..1 step 1e-9 is refused before it is made).
                """
        case "strings":
            return """
                "w={w}" interpolates any expression in braces; \\{ is a literal brace; \\n and \\t escape.
                'single quotes' take everything literally. Words glued together join as text:
                $dir/a.safetensors, out/w$w.png.
                """
        case "variables", "let", "set":
            return """
                `let x = EXPR` binds x (inside a for body, only for that iteration);
                `set x = EXPR` changes an existing x wherever it lives (an error if x is not defined);
                `x = verb …` binds a command's result as a session name. Use a name bare (`x`) or as `$x`.
                Script arguments are $1 … $N, all of them $args, the script's name $0.
                """
        case "for", "loops":
            return """
                for NAME in LIST_OR_RANGE { statements }
                Blocks nest. Example: for w in 0..1 step 0.5 { echo "w={w}" }
                Ctrl-C stops a loop between two statements, in the shell and in a script (status 130).
                """
        case "scripts":
            return """
                lorash FILE [args…] runs a script (#!/usr/bin/env lorash works); lorash -c "…" runs text;
                lorash - reads statements from standard input. The first error stops a script with exit
                status 65 unless --keep-going. `source FILE` runs a file inside the current session;
                sources nest at most 16 deep (a file that sources itself stops there).
                Exit statuses: 0 ok, 64 usage error, 65 script error, 70 internal error, 74 input error,
                130 interrupted (Docs/Language.md, "Scripts and arguments", has the table).
                """
        case "errors":
            return """
                Errors print as file:line:col: error: message, then the line and a caret, and a
                'did you mean …?' for near misses. In the REPL the session goes on with its state intact.
                Ctrl-C stops a running command and returns to the prompt; Ctrl-D leaves.
                """
        case "shell", "repl", "keys":
            return """
                lorash with no arguments on a terminal starts this shell. Emacs keys (and ~/.editrc);
                Up/Down and Ctrl-R recall history, kept in $LORASH_HISTORY, else
                $XDG_STATE_HOME/lorash/history, else ~/.lorash_history. Tab completes commands, help
                topics, options and their values, session names and paths (quoted when they need it).
                A line that opens a block or string continues at the `...>` prompt.
                Ctrl-C clears the line, or stops the running command and keeps the session.
                Ctrl-D at `...>` drops the unfinished statement; on an empty prompt it leaves.
                """
        default:
            return nil
        }
    }
}
