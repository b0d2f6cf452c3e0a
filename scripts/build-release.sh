#!/bin/sh
# The release build of casepilot (and casepilot-bench) that the README and BENCHMARKS.md describe.
# Extra arguments go to `swift build` (for example `--product casepilot`).
#
# - The Swift runtime is inside the executables (--static-swift-stdlib).
# - Generic metadata is made by direct accessors instead of being looked up by mangled name at
#   run time: that look-up scans every protocol conformance of the program once per type, which
#   was a fifth of a one-shot `casepilot ask`.
# - libstdc++ (which the Swift runtime needs) is linked statically when its archive is installed:
#   loading the shared library and binding its 1,700 symbols took a tenth of a one-shot ask. The
#   toolchain asks for `-lstdc++` itself, so the linker is shown a folder that holds only the
#   archive, searched before the compiler's own.
set -e
cd "$(dirname "$0")/.."
static=.build/static-libstdc++
archive=$(clang -print-file-name=libstdc++.a 2>/dev/null || true)
linkStatic=""
if [ -f "$archive" ]; then
    mkdir -p "$static"
    ln -sf "$archive" "$static/libstdc++.a"
    linkStatic="-Xlinker -L$(pwd)/$static"
fi
# shellcheck disable=SC2086
exec swift build -c release --static-swift-stdlib \
    -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors $linkStatic "$@"
