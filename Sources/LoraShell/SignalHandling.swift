#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CTempFiles
import LoraEngine

/// Installs the SIGINT handler: it only raises `Interruption` (an atomic store).
///
/// No `SA_RESTART`, so a blocking read at the prompt returns with `EINTR`: libedit's
/// `el_gets` then returns NULL, as it does at end of input, and the shell tells the two
/// apart by the raised flag.
public enum SignalHandling {
    public static func installInterruptHandler() {
        _ = Interruption.isRaised  // initialise the flag outside the handler
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interruption.raise() }
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
