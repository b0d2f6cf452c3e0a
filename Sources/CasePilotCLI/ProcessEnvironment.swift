@preconcurrency import Glibc

/// The environment variables CasePilot reads: `HOME` and those named `CASEPILOT_…` or `XDG_…`.
enum ProcessEnvironment {
    /// The variables, read from `environ` directly: `ProcessInfo` turns every variable of the
    /// process into a dictionary entry, which took 4 % of a one-shot ask's instructions.
    static func relevant() -> [String: String] {
        var variables: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
            if let equals = bytes.firstIndex(of: UInt8(ascii: "=")), isRelevant(bytes[..<equals]) {
                let name = String(decoding: bytes[..<equals], as: UTF8.self)
                variables[name] = variables[name] ?? String(decoding: bytes[(equals + 1)...], as: UTF8.self)
            }
            entry += 1
        }
        return variables
    }

    private static func isRelevant(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        name.elementsEqual("HOME".utf8) || name.starts(with: "CASEPILOT_".utf8) || name.starts(with: "XDG_".utf8)
    }
}
