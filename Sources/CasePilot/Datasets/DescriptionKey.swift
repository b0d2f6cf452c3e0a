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
        var previous = Kind.separator
        for scalar in text.unicodeScalars {
            let kind = Kind(scalar)
            guard kind != .separator else { previous = .separator; continue }
            if kind != previous, !scalars.isEmpty { scalars.append(" ") }
            if scalar.isASCII {
                scalars.append(scalar.properties.isUppercase ? Unicode.Scalar(scalar.value + 32)! : scalar)
            } else {
                scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
            previous = kind
        }
        return String(scalars)
    }

    /// The stored key of `text`: FNV-1a (64-bit) of its normalized form. Stable across processes and
    /// platforms (unlike `Hasher`); a look-up by key compares the normalized texts, so a collision
    /// can never return a wrong code.
    static func key(_ text: String) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in normalized(text).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: hash)
    }

    /// What a character is to the normalized form.
    private enum Kind {
        case word, symbol, separator

        init(_ scalar: Unicode.Scalar) {
            if scalar.isASCII {
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
