/// Byte tests for ASCII text: the hot paths split and compare words on bytes, without looking up
/// Unicode character properties.
extension UInt8 {
    /// An ASCII letter, either case.
    var isASCIILetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }

    /// An ASCII digit.
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
