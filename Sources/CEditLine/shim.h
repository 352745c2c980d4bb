// libedit's histedit.h uses FILE without including stdio.h itself.
#include <stdio.h>
#include <histedit.h>
#include <locale.h>

// el_set, el_get and history are variadic, which Swift cannot call: one fixed-signature
// wrapper per use.

static inline int lorash_el_set_prompt(EditLine *el, char *(*prompt)(EditLine *)) {
    return el_set(el, EL_PROMPT, prompt);
}
static inline int lorash_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int lorash_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}
static inline int lorash_el_add_function(EditLine *el, const char *name, const char *help,
                                         unsigned char (*fn)(EditLine *, int)) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int lorash_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, NULL);
}
static inline int lorash_el_set_client_data(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *lorash_el_client_data(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int lorash_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
static inline int lorash_history_set_size(History *h, int size) {
    HistEvent event;
    return history(h, &event, H_SETSIZE, size);
}
static inline int lorash_history_set_unique(History *h, int unique) {
    HistEvent event;
    return history(h, &event, H_SETUNIQUE, unique);
}
static inline int lorash_history_enter(History *h, const char *line) {
    HistEvent event;
    return history(h, &event, H_ENTER, line);
}
static inline int lorash_history_load(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_LOAD, path);
}
static inline int lorash_history_save(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_SAVE, path);
}

// Swift 6 refuses the global stdin/stdout/stderr variables; open libedit on them here.
static inline EditLine *lorash_el_init_stdio(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

static inline int lorash_el_set_getc(EditLine *el, int (*getc)(EditLine *, wchar_t *)) {
    return el_set(el, EL_GETCFN, getc);
}

// Window size changes (SIGWINCH): the handler only records that one happened; the line editor
// re-reads the size (el_resize) from its own loop, before the next key is drawn.
#include <signal.h>
#include <string.h>
static volatile sig_atomic_t lorash_window_resized = 0;
static void lorash_on_window_change(int signal_number) { (void)signal_number; lorash_window_resized = 1; }
static inline void lorash_watch_window_size(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = lorash_on_window_change;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGWINCH, &action, NULL);
}
static inline int lorash_take_window_resized(void) {
    int resized = lorash_window_resized;
    lorash_window_resized = 0;
    return resized;
}
