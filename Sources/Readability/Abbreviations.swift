/// Words that, followed by a full stop, usually do not end a sentence.
enum Abbreviations {
    /// Never end a sentence: titles, "e.g.", "i.e." and the like. Compared in
    /// lower case, without the final full stop.
    static let neverFinal: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "revd", "st", "sr", "hon", "cllr", "capt",
        "e.g", "i.e", "eg", "ie", "cf", "vs", "viz", "approx", "incl", "esp", "excl", "ref",
        "dept", "govt", "mt",
    ]

    /// Do not end a sentence when a number follows: "No. 5", "p. 12", "s. 10".
    static let beforeNumbers: Set<String> = [
        "no", "nos", "p", "pp", "para", "paras", "s", "ss", "sec", "ch", "vol", "fig",
        "art", "reg", "tel", "c", "ca", "nr", "ext", "op",
    ]
}
