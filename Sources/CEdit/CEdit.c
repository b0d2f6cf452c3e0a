#include "CEdit.h"
#include <dlfcn.h>

/* The libedit functions CasePilot calls, resolved by casepilot_edit_load. */
static struct {
    EditLine *(*el_init)(const char *, FILE *, FILE *, FILE *);
    void (*el_end)(EditLine *);
    const char *(*el_gets)(EditLine *, int *);
    const LineInfo *(*el_line)(EditLine *);
    int (*el_cursor)(EditLine *, int);
    int (*el_insertstr)(EditLine *, const char *);
    void (*el_push)(EditLine *, const char *);
    int (*el_source)(EditLine *, const char *);
    void (*el_resize)(EditLine *);
    int (*el_set)(EditLine *, int, ...);
    int (*el_get)(EditLine *, int, ...);
    History *(*history_init)(void);
    void (*history_end)(History *);
    int (*history)(History *, HistEvent *, int, ...);
} edit;

const char *casepilot_edit_load(void) {
    void *library = dlopen("libedit.so.2", RTLD_NOW | RTLD_LOCAL);
    if (!library) library = dlopen("libedit.so", RTLD_NOW | RTLD_LOCAL);
    if (!library) return dlerror();
#define RESOLVE(field) \
    *(void **)(&edit.field) = dlsym(library, #field); \
    if (!edit.field) return "libedit lacks " #field;
    RESOLVE(el_init)
    RESOLVE(el_end)
    RESOLVE(el_gets)
    RESOLVE(el_line)
    RESOLVE(el_cursor)
    RESOLVE(el_insertstr)
    RESOLVE(el_push)
    RESOLVE(el_source)
    RESOLVE(el_resize)
    RESOLVE(el_set)
    RESOLVE(el_get)
    RESOLVE(history_init)
    RESOLVE(history_end)
    RESOLVE(history)
#undef RESOLVE
    return NULL;
}

EditLine *casepilot_el_init(const char *program, FILE *input, FILE *output, FILE *error) { return edit.el_init(program, input, output, error); }
void casepilot_el_end(EditLine *el) { edit.el_end(el); }
const char *casepilot_el_gets(EditLine *el, int *count) { return edit.el_gets(el, count); }
const LineInfo *casepilot_el_line(EditLine *el) { return edit.el_line(el); }
int casepilot_el_cursor(EditLine *el, int count) { return edit.el_cursor(el, count); }
int casepilot_el_insertstr(EditLine *el, const char *text) { return edit.el_insertstr(el, text); }
void casepilot_el_push(EditLine *el, const char *text) { edit.el_push(el, text); }
int casepilot_el_source(EditLine *el, const char *file) { return edit.el_source(el, file); }
void casepilot_el_resize(EditLine *el) { edit.el_resize(el); }
History *casepilot_history_init(void) { return edit.history_init(); }
void casepilot_history_end(History *h) { edit.history_end(h); }

int casepilot_el_set_prompt(EditLine *el, casepilot_el_prompt_function prompt) { return edit.el_set(el, EL_PROMPT, prompt); }
int casepilot_el_set_editor(EditLine *el, const char *mode) { return edit.el_set(el, EL_EDITOR, mode); }
int casepilot_el_set_history(EditLine *el, History *h) { return edit.el_set(el, EL_HIST, edit.history, h); }
int casepilot_el_set_client_data(EditLine *el, void *data) { return edit.el_set(el, EL_CLIENTDATA, data); }
void *casepilot_el_get_client_data(EditLine *el) {
    void *data = NULL;
    edit.el_get(el, EL_CLIENTDATA, &data);
    return data;
}
int casepilot_el_disable_isig(EditLine *el) { return edit.el_set(el, EL_SETTY, "-d", "-isig", NULL); }
int casepilot_el_add_function(EditLine *el, const char *name, const char *help, casepilot_el_key_function function) {
    return edit.el_set(el, EL_ADDFN, name, help, function);
}
int casepilot_el_bind(EditLine *el, const char *key, const char *name) { return edit.el_set(el, EL_BIND, key, name, NULL); }

int casepilot_history_set_size(History *h, int size) {
    HistEvent event;
    return edit.history(h, &event, H_SETSIZE, size);
}
int casepilot_history_set_unique(History *h, int unique) {
    HistEvent event;
    return edit.history(h, &event, H_SETUNIQUE, unique);
}
int casepilot_history_enter(History *h, const char *line) {
    HistEvent event;
    return edit.history(h, &event, H_ENTER, line);
}
int casepilot_history_load(History *h, const char *path) {
    HistEvent event;
    return edit.history(h, &event, H_LOAD, path);
}
int casepilot_history_save(History *h, const char *path) {
    HistEvent event;
    return edit.history(h, &event, H_SAVE, path);
}
