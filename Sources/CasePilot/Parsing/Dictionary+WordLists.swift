extension Dictionary where Key == String {
    /// Each word of each list, to the list's value: `[(.face, "face facial")]` reads "face" and
    /// "facial" as `.face`.
    init(wordLists: [(Value, String)]) {
        self.init()
        for (value, list) in wordLists {
            for word in list.split(separator: " ") { self[String(word)] = value }
        }
    }
}
