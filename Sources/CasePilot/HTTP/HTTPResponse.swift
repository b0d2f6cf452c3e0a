import FoundationEssentials

/// A complete HTTP response with its body collected.
struct HTTPResponse: Sendable {
    /// Status and headers.
    var head: HTTPResponseHead
    /// The whole body.
    var body: Data

    var status: Int { head.status }
}

/// An HTTP response whose body arrives as it is received.
///
/// Stop iterating `body` (or cancel the task iterating it) to abort the transfer.
struct HTTPStreamingResponse: Sendable {
    /// Status and headers, known before any body byte is read.
    var head: HTTPResponseHead
    /// The body in chunks as libcurl delivers them; throws ``HTTPClientError`` if the transfer fails.
    var body: AsyncThrowingStream<Data, any Error>

}
