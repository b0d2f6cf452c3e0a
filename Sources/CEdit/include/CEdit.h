#ifndef CASEPILOT_CEDIT_H
#define CASEPILOT_CEDIT_H
#include <stdio.h>
#include <histedit.h>

/*
 * libedit, loaded with dlopen when the REPL starts on a terminal instead of being linked: linking
 * it (with libtinfo, libbsd and libmd) costs every process four more libraries to load and some
 * 450 symbols to bind, and a one-shot `casepilot ask` never edits a line. The headers still come
 * from libedit-dev.
 *
 * casepilot_edit_load resolves the functions once (LineEditor calls it from a lazily initialised
 * global, so exactly once and before any other call here); the table is read-only after that.
 */

/* Returns NULL when libedit is loaded, else a message. */
const char *casepilot_edit_load(void);

EditLine *casepilot_el_init(const char *program, FILE *input, FILE *output, FILE *error);
void casepilot_el_end(EditLine *el);
const char *casepilot_el_gets(EditLine *el, int *count);
const LineInfo *casepilot_el_line(EditLine *el);
int casepilot_el_cursor(EditLine *el, int count);
int casepilot_el_insertstr(EditLine *el, const char *text);
void casepilot_el_push(EditLine *el, const char *text);
int casepilot_el_source(EditLine *el, const char *file);
void casepilot_el_resize(EditLine *el);
History *casepilot_history_init(void);
void casepilot_history_end(History *h);

/* el_set, el_get and history are variadic: Swift needs typed wrappers. */
typedef char *(*casepilot_el_prompt_function)(EditLine *);
typedef unsigned char (*casepilot_el_key_function)(EditLine *, int);

int casepilot_el_set_prompt(EditLine *el, casepilot_el_prompt_function prompt);
int casepilot_el_set_editor(EditLine *el, const char *mode);
int casepilot_el_set_history(EditLine *el, History *h);
int casepilot_el_set_client_data(EditLine *el, void *data);
void *casepilot_el_get_client_data(EditLine *el);
/* Edit mode without ISIG: Ctrl-C reaches the editor as a key instead of raising SIGINT. */
int casepilot_el_disable_isig(EditLine *el);
int casepilot_el_add_function(EditLine *el, const char *name, const char *help, casepilot_el_key_function function);
int casepilot_el_bind(EditLine *el, const char *key, const char *name);

int casepilot_history_set_size(History *h, int size);
int casepilot_history_set_unique(History *h, int unique);
int casepilot_history_enter(History *h, const char *line);
int casepilot_history_load(History *h, const char *path);
int casepilot_history_save(History *h, const char *path);
#endif
