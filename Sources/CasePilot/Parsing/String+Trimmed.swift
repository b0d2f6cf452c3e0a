extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, line breaks).
    func trimmed() -> String {
        let text = String(self)
        // Most fields of the official files have nothing to trim: printable ASCII at both ends.
        if let first = text.utf8.first, let last = text.utf8.last, (0x21..<0x7F).contains(first), (0x21..<0x7F).contains(last) {
            return text
        }
        guard let start = text.firstIndex(where: { !$0.isWhitespace }), let end = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[start...end])
    }
}
