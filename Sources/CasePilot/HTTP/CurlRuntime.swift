internal import CCurl

/// libcurl's process-wide state: the library is loaded on first use (see `CCurl/shim.h`).
enum CurlRuntime {
    /// Why libcurl cannot be used, or `nil` once it is loaded and `curl_global_init` succeeded;
    /// evaluated exactly once, on first use.
    ///
    /// A global `let` is initialised lazily and thread-safely (`swift_once`), which is what
    /// loading and `curl_global_init` need: called once, before any handle, never concurrently.
    static let loadFailure: String? = casepilot_curl_load().map { String(cString: $0) }

    /// The libcurl version string, e.g. `libcurl/7.88.1 OpenSSL/3.0.11` (after a successful load).
    static var version: String { String(cString: casepilot_curl_version()) }
}
