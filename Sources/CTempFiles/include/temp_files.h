#ifndef LORASH_TEMP_FILES_H
#define LORASH_TEMP_FILES_H

/// The temporary files lorash is writing, so that a signal that ends the process (SIGTERM from
/// `timeout` or systemd, SIGHUP when the terminal closes) removes them instead of leaving
/// multi-GB hidden files behind. The handler only calls async-signal-safe functions.

/// Records `path` (copied); returns the slot to pass to `lorash_temp_forget`, or -1 when the
/// path is too long or all slots are taken (the file is then just not cleaned up on a signal).
int lorash_temp_remember(const char *path);

/// Forgets a slot from `lorash_temp_remember` (after the file was renamed or removed).
void lorash_temp_forget(int slot);

/// Unlinks every remembered file (what the signal handler does); returns how many it unlinked.
int lorash_temp_unlink_all(void);

/// Whether `path` is remembered (for tests).
int lorash_temp_contains(const char *path);

/// Records a child process (a `plan run` job) that the SIGTERM, SIGHUP and SIGQUIT handlers end
/// with SIGTERM before this process ends; returns the slot for `lorash_child_forget`, or -1.
int lorash_child_remember(int pid);

/// Forgets a slot from `lorash_child_remember` (after the child ended).
void lorash_child_forget(int slot);

/// Installs handlers for SIGTERM, SIGHUP and SIGQUIT that unlink the remembered files and then
/// end the process by the same signal (so the exit status still says which one), and unblocks
/// those signals if the parent started this process with them blocked. Signals the parent set to
/// be ignored (nohup) stay ignored. SIGBUS from a mapped file's missing pages (an input
/// truncated by another program) unlinks the remembered files, says so on standard error and
/// exits with 74; other bus errors go to the handler installed before.
void lorash_temp_install_signal_handlers(void);

#endif
