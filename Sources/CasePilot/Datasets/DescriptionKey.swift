/// The normalized form of an official description, and its 64-bit key stored (indexed) with every
/// imported code, so that a question quoting a description finds its code by one index look-up.
///
/// Normalizing keeps what tells two descriptions apart and drops what only spells them:
/// letters are lower-cased, runs of letters and digits are words, symbols such as `<`, `>=`, `+`
/// and `%` are words of their own ("< 140 mmhg" ≠ ">= 140 mmhg"), and punctuation and white space
/// only separate words ("Injection, daratumumab 10 mg" = "injection daratumumab, 10 mg").
enum DescriptionKey {
    /// The words of `text`, lower-case, separated by one space.
    static func normalized(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        forEachNormalized(text) { scalars.append($0) }
        return String(scalars)
    }

    /// The stored key of `text`: FNV-1a (64-bit) of the UTF-8 of its normalized form. Stable across
    /// processes and platforms (unlike `Hasher`); a look-up by key compares the normalized texts, so
    /// a collision can never return a wrong code. Computed for every imported code, so it streams
    /// the normalized form instead of building it.
    static func key(_ text: String) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        forEachNormalized(text) { scalar in
            if scalar.value < 0x80 {
                hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3
            } else {
                for byte in UTF8.encode(scalar)! { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            }
        }
        return Int(truncatingIfNeeded: hash)
    }

    /// Calls `body` with each scalar of the normalized form of `text`, in order.
    private static func forEachNormalized(_ text: String, _ body: (Unicode.Scalar) -> Void) {
        var previous = Kind.separator
        var started = false
        for scalar in text.unicodeScalars {
            let kind = Kind(scalar)
            guard kind != .separator else { previous = .separator; continue }
            if kind != previous, started { body(" ") }
            if scalar.value < 0x80 {
                body(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar)
            } else {
                scalar.properties.lowercaseMapping.unicodeScalars.forEach(body)
            }
            previous = kind
            started = true
        }
    }

    /// What a character is to the normalized form.
    private enum Kind {
        case word, symbol, separator

        init(_ scalar: Unicode.Scalar) {
            if scalar.value < 0x80 {
                switch scalar {
                case "a"..."z", "A"..."Z", "0"..."9": self = .word
                case "<", ">", "=", "+", "%", "^", "~", "|", "$": self = .symbol
                default: self = .separator
                }
                return
            }
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                self = .word
            } else if properties.isMath || properties.generalCategory == .currencySymbol || properties.generalCategory == .otherSymbol {
                self = .symbol
            } else {
                self = .separator
            }
        }
    }
}
