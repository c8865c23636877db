import CarerPressModel
import Foundation

/// A content file read into memory as checked UTF-8 text.
struct SourceFile: Sendable {
    /// The path shown in messages, as the user would type it.
    var path: String
    var text: String
    /// Lines whose indentation was mended (a tab made spaces) so the rest of the file could be
    /// read: where their content starts now and where it was written, so places map back.
    private var mendedLines: [Int: (writtenFrom: Int, nowFrom: Int)] = [:]

    init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The place as the author sees it in the file, even on a line whose indentation was mended.
    func location(line: Int, column: Int) -> SourceLocation {
        guard let mended = mendedLines[line] else { return SourceLocation(file: path, line: line, column: column) }
        let written = column >= mended.nowFrom ? column - mended.nowFrom + mended.writtenFrom : min(column, mended.writtenFrom)
        return SourceLocation(file: path, line: line, column: written)
    }

    /// Notes that a line's content, written from column `writtenFrom`, now starts at `nowFrom`.
    mutating func shiftColumns(onLine line: Int, writtenFrom: Int, nowFrom: Int) {
        let original = mendedLines[line]?.writtenFrom ?? writtenFrom
        mendedLines[line] = (original, nowFrom)
    }

    var start: SourceLocation { location(line: 1, column: 1) }

    /// Reads a file, refusing what cannot be content: too large, binary, empty or not UTF-8.
    /// Every refusal is a located diagnostic; nothing here throws or crashes.
    static func read(at url: URL, displayPath: String, into sink: inout DiagnosticSink) -> SourceFile? {
        let start = SourceLocation(file: displayPath, line: 1, column: 1)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue
        guard let size else {
            sink.error(.unreadableFile, "cannot open the file", at: start,
                       hint: "check that it exists and that you may read it")
            return nil
        }
        guard size <= ContentLimits.maximumFileBytes else {
            sink.error(.fileTooLarge,
                       "the file is \(megabytes(size)) MB; content files may be at most \(megabytes(ContentLimits.maximumFileBytes)) MB",
                       at: start, hint: "split the document into smaller files, or check this is the file you meant")
            return nil
        }
        guard let data = try? Data(contentsOf: url) else {
            sink.error(.unreadableFile, "cannot read the file", at: start,
                       hint: "check that you may read it")
            return nil
        }
        return decode(Array(data), displayPath: displayPath, into: &sink)
    }

    static func decode(_ bytes: [UInt8], displayPath: String, into sink: inout DiagnosticSink) -> SourceFile? {
        let start = SourceLocation(file: displayPath, line: 1, column: 1)
        var bytes = bytes[...]
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            sink.error(.notUTF8, "the file is saved as UTF-16, not UTF-8", at: start,
                       hint: "save it again choosing the encoding UTF-8")
            return nil
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            sink.warning(.byteOrderMark, "the file starts with a byte order mark, which is ignored", at: start,
                         hint: "save it as UTF-8 without BOM to silence this")
            bytes = bytes.dropFirst(3)
        }
        if let nul = bytes.prefix(8192).firstIndex(of: 0) {
            sink.error(.binaryFile, "the file is not text (it contains a zero byte)",
                       at: location(ofByte: nul - bytes.startIndex, in: bytes, file: displayPath),
                       hint: "content files are YAML text; is this a Word document, PDF or picture?")
            return nil
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let bad = firstInvalidUTF8(bytes)
            sink.error(.notUTF8, "the file is not valid UTF-8 text (it may be saved as Latin-1 or Windows-1252)",
                       at: location(ofByte: bad, in: bytes, file: displayPath),
                       hint: "save it again choosing the encoding UTF-8")
            return nil
        }
        if text.allSatisfy({ $0.isWhitespace }) || holdsOnlyComments(text) {
            sink.error(.emptyFile, "the file is empty", at: start,
                       hint: "add content, start again with 'carerpress new', or delete the file")
            return nil
        }
        return SourceFile(path: displayPath, text: text)
    }

    /// Whether every line is blank or a comment. Lines are looked at one by one and the first line
    /// of content ends the search: splitting the whole file first took as long as the rest of reading it.
    private static func holdsOnlyComments(_ text: String) -> Bool {
        var rest = text[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
            let line = rest[..<end]
            guard line.trimmingCharacters(in: .whitespaces).hasPrefix("#") || line.allSatisfy(\.isWhitespace) else { return false }
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
        }
        return true
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// The offset of the first byte that is not part of a valid UTF-8 sequence.
    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

    /// Line and column (in characters decoded so far) of a byte offset, for pointing at bad bytes.
    private static func location(ofByte offset: Int, in bytes: ArraySlice<UInt8>, file: String) -> SourceLocation {
        let before = bytes.prefix(offset)
        let line = before.count(where: { $0 == 0x0A }) + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? bytes.startIndex
        let lineBytes = bytes[lineStart..<(bytes.startIndex + offset)]
        let column = String(decoding: lineBytes, as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}
