extension Array where Element == String {
    /// Whether some word and the word after it pass `test` ("icd" then "9").
    ///
    /// A loop over the indices, where `zip(words, words.dropFirst())` would need the metadata of
    /// `Zip2Sequence<[String], ArraySlice<String>>`, which a new process builds at run time by
    /// scanning every protocol conformance of the program.
    func containsPair(where test: (String, String) -> Bool) -> Bool {
        indices.dropLast().contains { test(self[$0], self[$0 + 1]) }
    }

    /// Whether some three consecutive words pass `test` ("place", "of", "service").
    func containsTriple(where test: (String, String, String) -> Bool) -> Bool {
        indices.dropLast(2).contains { test(self[$0], self[$0 + 1], self[$0 + 2]) }
    }
}
