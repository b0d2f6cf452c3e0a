#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Read-only bytes at a fixed address for a table that is searched in place: a private copy, or
/// a part of a file mapped into memory. A mapped table costs a new process only the pages its
/// look-ups touch, where reading it would copy every byte first. The bytes never change and live
/// as long as their owner, which the table holds: tables can be shared between threads.
struct ByteTable: @unchecked Sendable, Equatable {
    /// Keeps the memory alive.
    private let owner: any Sendable & AnyObject
    let bytes: UnsafeRawBufferPointer

    /// A private copy of `array`.
    init(_ array: [UInt8]) {
        let copy = OwnedBytes(array)
        owner = copy
        bytes = UnsafeRawBufferPointer(copy.memory)
    }

    /// The part `range` of the mapped `file`.
    init(_ file: MappedFile, range: Range<Int>) {
        owner = file
        bytes = UnsafeRawBufferPointer(rebasing: file.bytes[range])
    }

    /// The little-endian `UInt32` at `offset` (within the bytes).
    func uint32(at offset: Int) -> UInt32 {
        bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian
    }

    static func == (a: ByteTable, b: ByteTable) -> Bool {
        a.bytes.elementsEqual(b.bytes)
    }
}

/// Memory a ``ByteTable`` owns.
private final class OwnedBytes: @unchecked Sendable {
    // Written once, here, then only read.
    let memory: UnsafeMutableRawBufferPointer

    init(_ array: [UInt8]) {
        memory = .allocate(byteCount: max(array.count, 1), alignment: 8)
        array.withUnsafeBytes { memory.copyMemory(from: $0) }
    }

    deinit { memory.deallocate() }
}

/// A file mapped read-only into memory, unmapped when the last reference goes.
final class MappedFile: @unchecked Sendable {
    // The mapping is private and read-only: it never changes after `init`.
    let bytes: UnsafeRawBufferPointer

    /// Maps the file at `path`; `nil` when it cannot be opened or is empty.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > 0,
              let address = mmap(nil, Int(info.st_size), PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: address, count: Int(info.st_size))
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
}
