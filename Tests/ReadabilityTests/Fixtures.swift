import Foundation

/// Files in the Fixtures folder copied into the test bundle.
enum Fixtures {
    static func url(_ name: String, _ ext: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Fixtures/\(name).\(ext)"])
        }
        return url
    }

    static func string(_ name: String, _ ext: String) throws -> String {
        try String(contentsOf: url(name, ext), encoding: .utf8)
    }
}

/// A passage with textstat's figures for it (see Fixtures/make_reference.py).
struct ReferencePassage: Decodable {
    struct Reference: Decodable {
        let sentences: Int
        let textstat_sentences: Int
        let words: Int
        let syllables: Int
        let flesch_reading_ease: Double
        let flesch_kincaid_grade: Double
    }

    let id: String
    let kind: String
    let text: String
    let reference: Reference

    static func all() throws -> [ReferencePassage] {
        try JSONDecoder().decode([ReferencePassage].self, from: Data(contentsOf: Fixtures.url("passages", "json")))
    }
}
