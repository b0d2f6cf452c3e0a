internal import CZlib

/// Decompression of gzip files and raw-deflate ZIP members through zlib.
enum Inflate {
    /// Whether `bytes` start with the gzip magic number.
    static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// Decompresses a gzip file (all members, as `zcat` does).
    /// - Throws: ``InputProblem`` when the data is corrupt or truncated.
    static func gunzip(_ bytes: [UInt8]) throws -> [UInt8] {
        // 15 + 32: zlib window with automatic gzip/zlib header detection.
        try inflate(bytes, windowBits: 15 + 32, expectedSize: bytes.count * 6, concatenatedMembers: true)
    }

    /// Inflates a raw deflate stream (a ZIP member of method 8).
    static func rawInflate(_ bytes: ArraySlice<UInt8>, expectedSize: Int) throws -> [UInt8] {
        try inflate(Array(bytes), windowBits: -15, expectedSize: expectedSize, concatenatedMembers: false)
    }

    private static func inflate(_ input: [UInt8], windowBits: Int32, expectedSize: Int, concatenatedMembers: Bool) throws -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(max(expectedSize, 1 << 16))
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var stream = z_stream()
        var status = casepilot_inflate_init2(&stream, windowBits)
        guard status == Z_OK else { throw InputProblem("the compressed data could not be opened (zlib error \(status))") }
        defer { inflateEnd(&stream) }
        try input.withUnsafeBufferPointer { source in
            var offset = 0
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = UInt32(source.count)
            repeat {
                try chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    let produced = buffer.count - Int(stream.avail_out)
                    output.append(contentsOf: buffer[0..<produced])
                    if status == Z_NEED_DICT || status == Z_DATA_ERROR || status == Z_MEM_ERROR {
                        throw InputProblem("the compressed data is corrupt (\(stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"))")
                    }
                }
                let rest = source.count - Int(stream.avail_in)
                if status == Z_STREAM_END, concatenatedMembers, stream.avail_in >= 2, source[rest] == 0x1F, source[rest + 1] == 0x8B {
                    // Another gzip member follows: start over on the remaining input.
                    offset = rest
                    inflateReset(&stream)
                    stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress! + offset)
                    status = Z_OK
                }
                if status == Z_BUF_ERROR && stream.avail_in == 0 { break }
            } while status != Z_STREAM_END
        }
        guard status == Z_STREAM_END else {
            throw InputProblem("the compressed data ends early: the file is truncated")
        }
        return output
    }
}
