import Pictures

/// The picture names an author may write after `picture:` (the documented list of carers' topics).
enum PictureNames {
    static let all: [String] = PictureVocabulary.topics.map(\.name)
}
