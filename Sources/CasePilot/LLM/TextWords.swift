/// Splits text into words (letters, digits and inner dots) and everything between, losslessly.
enum TextWords {
    struct Piece {
        var text: String
        var isWord: Bool
        var hyphenated = false
        var precededByDollar = false
    }

    static func split(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var current = ""
        var currentIsWord = false
        func flush() {
            guard !current.isEmpty else { return }
            if currentIsWord {
                // A trailing dot ends a sentence; it is not part of the code.
                var word = current
                var tail = ""
                while word.hasSuffix(".") { word.removeLast(); tail += "." }
                let before = pieces.last?.text ?? ""
                pieces.append(Piece(text: word, isWord: true, hyphenated: before.hasSuffix("-") || before.hasSuffix("–"), precededByDollar: before.hasSuffix("$")))
                if !tail.isEmpty { pieces.append(Piece(text: tail, isWord: false)) }
            } else {
                pieces.append(Piece(text: current, isWord: false))
            }
            current = ""
        }
        for character in text {
            let wordCharacter = character.isLetter || character.isNumber || (character == "." && currentIsWord && !current.isEmpty)
            if wordCharacter != currentIsWord {
                flush()
                currentIsWord = wordCharacter
            }
            current.append(character)
        }
        flush()
        return pieces
    }
}
