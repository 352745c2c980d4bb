#include "temp_files.h"

#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

enum { slot_count = 64, path_capacity = 4096 };

/// 0 free, 1 being filled or emptied, 2 holds a path the handler may unlink.
static volatile int slot_state[slot_count];
static char slot_path[slot_count][path_capacity];

int lorash_temp_remember(const char *path) {
    size_t length = strlen(path);
    if (length >= path_capacity) return -1;
    for (int i = 0; i < slot_count; i++) {
        int expected = 0;
        if (__atomic_compare_exchange_n(&slot_state[i], &expected, 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
            memcpy(slot_path[i], path, length + 1);
            __atomic_store_n(&slot_state[i], 2, __ATOMIC_RELEASE);
            return i;
        }
    }
    return -1;
}

void lorash_temp_forget(int slot) {
    if (slot < 0 || slot >= slot_count) return;
    __atomic_store_n(&slot_state[slot], 1, __ATOMIC_RELEASE);
    slot_path[slot][0] = 0;
    __atomic_store_n(&slot_state[slot], 0, __ATOMIC_RELEASE);
}

int lorash_temp_unlink_all(void) {
    int removed = 0;
    for (int i = 0; i < slot_count; i++) {
        if (__atomic_load_n(&slot_state[i], __ATOMIC_ACQUIRE) == 2 && unlink(slot_path[i]) == 0) removed++;
    }
    return removed;
}

int lorash_temp_contains(const char *path) {
    for (int i = 0; i < slot_count; i++) {
        if (__atomic_load_n(&slot_state[i], __ATOMIC_ACQUIRE) == 2 && strcmp(slot_path[i], path) == 0) return 1;
    }
    return 0;
}

enum { child_count = 256 };
/// The processes lorash started and waits for (`plan run`'s jobs): 0 free, else a pid.
static volatile int child_pid[child_count];

int lorash_child_remember(int pid) {
    for (int i = 0; i < child_count; i++) {
        int expected = 0;
        if (__atomic_compare_exchange_n(&child_pid[i], &expected, pid, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) return i;
    }
    return -1;
}

void lorash_child_forget(int slot) {
    if (slot >= 0 && slot < child_count) __atomic_store_n(&child_pid[slot], 0, __ATOMIC_RELEASE);
}

static void remove_and_die(int signal_number) {
    lorash_temp_unlink_all();
    // The jobs this process runs end with it (each removes its own temporary files).
    for (int i = 0; i < child_count; i++) {
        int pid = __atomic_load_n(&child_pid[i], __ATOMIC_ACQUIRE);
        if (pid > 0) kill(pid, SIGTERM);
    }
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

/// SIGBUS: a memory-mapped input was cut short under us (another program truncated or
/// rewrote a file the session reads). The unfinished outputs are removed, the user is told
/// what happened, and lorash exits with EX_IOERR (74); nothing partial is left.
static volatile int input_cut_short_seen;
static struct sigaction previous_bus_action;

static void input_cut_short(int signal_number, siginfo_t *info, void *context) {
    // Only a mapped file's missing pages (BUS_ADRERR: the file became shorter, or its pages
    // cannot be read) is ours to explain; any other bus error goes back to the handler that was
    // there before (the Swift runtime's backtracer) by returning into the same fault.
    if (info == NULL || info->si_code != BUS_ADRERR) {
        sigaction(SIGBUS, &previous_bus_action, NULL);
        (void)signal_number;
        (void)context;
        return;
    }
    // Several workers can fault on the same pages: the first reports, the others wait for it.
    if (__atomic_exchange_n(&input_cut_short_seen, 1, __ATOMIC_ACQ_REL)) {
        for (;;) pause();
    }
    int removed = lorash_temp_unlink_all();
    static const char message[] =
        "lorash: error: a file the session had loaded can no longer be read where it was mapped "
        "(another program truncated or rewrote it, or its disk failed); load it again once it is complete.\n";
    static const char removed_note[] = "lorash: the unfinished output was removed; nothing was written.\n";
    ssize_t written = write(STDERR_FILENO, message, sizeof message - 1);
    if (removed > 0) written = write(STDERR_FILENO, removed_note, sizeof removed_note - 1);
    (void)written;
    _exit(74);
}

void lorash_temp_install_signal_handlers(void) {
    struct sigaction bus;
    memset(&bus, 0, sizeof bus);
    bus.sa_sigaction = input_cut_short;
    bus.sa_flags = SA_SIGINFO;
    sigemptyset(&bus.sa_mask);
    sigaction(SIGBUS, &bus, &previous_bus_action);
    const int signals[] = {SIGTERM, SIGHUP, SIGQUIT};
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = remove_and_die;
        sigemptyset(&action.sa_mask);
        // Keep an ignored disposition (nohup): the user asked for the signal to be ignored.
        struct sigaction previous;
        if (sigaction(signals[i], NULL, &previous) == 0 && previous.sa_handler == SIG_IGN) continue;
        sigaction(signals[i], &action, NULL);
        // A parent may have started us with the signal blocked (the mask is inherited, and
        // Dispatch's worker threads block nearly all signals): then it would stay pending and
        // the process could not be stopped. Unblock it for this thread and those it starts.
        sigset_t unblock;
        sigemptyset(&unblock);
        sigaddset(&unblock, signals[i]);
        pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
    }
}
