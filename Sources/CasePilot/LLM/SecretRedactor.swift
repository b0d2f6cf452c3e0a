/// Removes an API key from text that may be shown to the user (server error messages, URLs).
///
/// Besides the key itself it removes fragments a server might echo: any word of eight or more
/// characters that is part of the key or starts like it, and masked forms such as
/// `sk-proj-****…ty8A`.
struct SecretRedactor: Sendable {
    static let placeholder = "[redacted]"
    private let secret: String?

    init(secret: String?) {
        self.secret = secret.flatMap { $0.count >= 4 ? $0 : nil }
    }

    func callAsFunction(_ text: String) -> String {
        guard let secret else { return text }
        let replaced = text.replacing(secret, with: Self.placeholder)
        let prefix = String(secret.prefix(min(8, max(4, secret.count / 2))))
        var result = ""
        var word = ""
        func flush() {
            let looksLikeKey = word.count >= 8 && (secret.contains(word) || word.hasPrefix(prefix) || word.contains("****"))
            result += looksLikeKey ? Self.placeholder : word
            word = ""
        }
        for character in replaced {
            if character.isWhitespace || "\"'`,;()[]{}<>".contains(character) {
                flush()
                result.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return result
    }
}
