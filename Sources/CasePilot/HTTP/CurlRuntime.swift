internal import CCurl

/// libcurl's process-wide state.
enum CurlRuntime {
    /// Whether `curl_global_init` succeeded; evaluated exactly once, on first use.
    ///
    /// A global `let` is initialised lazily and thread-safely (`swift_once`), which is what
    /// `curl_global_init` needs: called once, before any handle, never concurrently.
    static let isReady: Bool = curl_global_init(casepilot_curl_global_all()) == CURLE_OK

    /// The libcurl version string, e.g. `libcurl/7.88.1 OpenSSL/3.0.11`.
    static var version: String { String(cString: curl_version()) }
}
