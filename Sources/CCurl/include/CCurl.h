#ifndef CASEPILOT_CCURL_H
#define CASEPILOT_CCURL_H
#include <curl/curl.h>
#include <stddef.h>

/*
 * libcurl, loaded with dlopen on first use instead of being linked: linking it (and the TLS,
 * HTTP/2, IDN, SSH and LDAP libraries it pulls in) costs every process ~7 ms of dynamic loading,
 * and most runs of casepilot never talk HTTP. The headers still come from libcurl4-openssl-dev.
 *
 * casepilot_curl_load resolves the functions once (CurlRuntime calls it from a lazily initialised
 * global, so exactly once and before any other call here); the table is read-only after that.
 */

/* Returns NULL when libcurl is loaded and curl_global_init succeeded, else a message. */
const char *casepilot_curl_load(void);

const char *casepilot_curl_version(void);
CURL *casepilot_curl_easy_init(void);
void casepilot_curl_easy_cleanup(CURL *handle);
CURLcode casepilot_curl_easy_perform(CURL *handle);
const char *casepilot_curl_easy_strerror(CURLcode code);
struct curl_slist *casepilot_curl_slist_append(struct curl_slist *list, const char *line);
void casepilot_curl_slist_free_all(struct curl_slist *list);

/* curl_easy_setopt and curl_easy_getinfo are variadic: Swift needs typed wrappers. */
CURLcode casepilot_curl_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode casepilot_curl_setopt_string(CURL *handle, CURLoption option, const char *value);
CURLcode casepilot_curl_setopt_pointer(CURL *handle, CURLoption option, void *value);
CURLcode casepilot_curl_setopt_write_function(CURL *handle, size_t (*callback)(char *, size_t, size_t, void *));
CURLcode casepilot_curl_setopt_header_function(CURL *handle, size_t (*callback)(char *, size_t, size_t, void *));
CURLcode casepilot_curl_setopt_xferinfo_function(CURL *handle, int (*callback)(void *, curl_off_t, curl_off_t, curl_off_t, curl_off_t));
CURLcode casepilot_curl_getinfo_long(CURL *handle, CURLINFO info, long *value);
CURLcode casepilot_curl_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value);
CURLcode casepilot_curl_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *list);
CURLcode casepilot_curl_setopt_error_buffer(CURL *handle, char *buffer);

/* CURL_ERROR_SIZE is a macro; give Swift a plain value. */
int casepilot_curl_error_size(void);
#endif
