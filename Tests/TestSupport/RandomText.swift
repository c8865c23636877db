extension SplitMix64 {
    /// A text of `count` pieces, each picked at random from `pieces`: property tests build texts of
    /// the fragments that matter to the code under test.
    public mutating func text(of pieces: [String], count: Int) -> String {
        var text = ""
        for _ in 0..<count { text += pieces[Int(next() % UInt64(pieces.count))] }
        return text
    }
}
