#ifndef CASEPILOT_CEDIT_SHIM_H
#define CASEPILOT_CEDIT_SHIM_H
#include <stdio.h>
#include <histedit.h>

/* el_set, el_get and history are variadic: Swift needs typed wrappers. */
typedef char *(*casepilot_el_prompt_function)(EditLine *);
typedef unsigned char (*casepilot_el_key_function)(EditLine *, int);

static inline int casepilot_el_set_prompt(EditLine *el, casepilot_el_prompt_function prompt) {
    return el_set(el, EL_PROMPT, prompt);
}
static inline int casepilot_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int casepilot_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}
static inline int casepilot_el_set_client_data(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *casepilot_el_get_client_data(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
/* Edit mode without ISIG: Ctrl-C reaches the editor as a key instead of raising SIGINT. */
static inline int casepilot_el_disable_isig(EditLine *el) {
    return el_set(el, EL_SETTY, "-d", "-isig", NULL);
}
static inline int casepilot_el_add_function(EditLine *el, const char *name, const char *help, casepilot_el_key_function function) {
    return el_set(el, EL_ADDFN, name, help, function);
}
static inline int casepilot_el_bind(EditLine *el, const char *key, const char *name) {
    return el_set(el, EL_BIND, key, name, NULL);
}

static inline int casepilot_history_set_size(History *h, int size) {
    HistEvent event;
    return history(h, &event, H_SETSIZE, size);
}
static inline int casepilot_history_set_unique(History *h, int unique) {
    HistEvent event;
    return history(h, &event, H_SETUNIQUE, unique);
}
static inline int casepilot_history_enter(History *h, const char *line) {
    HistEvent event;
    return history(h, &event, H_ENTER, line);
}
static inline int casepilot_history_load(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_LOAD, path);
}
static inline int casepilot_history_save(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_SAVE, path);
}
#endif
