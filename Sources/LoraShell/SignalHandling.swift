import CTempFiles
import LoraEngine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Installs the SIGINT handler: it only cancels the shell's token (an atomic store).
///
/// No `SA_RESTART`, so a blocking read at the prompt returns with `EINTR`: libedit's
/// `el_gets` then returns NULL, as it does at end of input, and the shell tells the two
/// apart by the cancelled token.
public enum SignalHandling {
    /// The token Ctrl-C cancels. A signal is process-wide and its handler takes no context, so
    /// the shell — which owns signals and the terminal — keeps here the one token its session
    /// was made with; nothing below the shell reads it except through that session.
    nonisolated(unsafe) private static var interruptTarget: CancellationToken?

    /// Makes Ctrl-C cancel `token`.
    public static func installInterruptHandler(cancelling token: CancellationToken) {
        interruptTarget = token  // set before the handler can run
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in SignalHandling.interruptTarget?.cancel() }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A parent may have started us with SIGINT blocked (the mask is inherited): unblock it.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        // SIGTERM (timeout, systemd, CI), SIGHUP and SIGQUIT still end the process, but first
        // remove the temporary files of the outputs being written.
        lorash_temp_install_signal_handlers()
        // Past a file-size limit (`ulimit -f`) a write should fail with EFBIG and be reported
        // like a full disk, not kill the shell.
        signal(SIGXFSZ, SIG_IGN)
    }

    /// Restores the default SIGINT behaviour (terminate).
    public static func restoreDefault() {
        signal(SIGINT, SIG_DFL)
    }
}
