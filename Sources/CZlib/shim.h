#ifndef CASEPILOT_CZLIB_SHIM_H
#define CASEPILOT_CZLIB_SHIM_H
// zlib (Debian zlib1g-dev) inflates the `.gz` files and the deflated members of `.zip` files
// that CMS and CDC distribute. It is on every Linux machine already, so a tiny system module is
// cheaper than a package dependency. inflateInit2 is a macro; wrap it for Swift.
#include <zlib.h>

static inline int casepilot_inflate_init2(z_stream *stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}
#endif
