import Foundation
import Testing

@testable import PDFWriter

/// The two byte sinks (the array for content streams, the pointer buffer for objects) write the
/// same bytes, and numbers and names agree with simple references.
@Suite struct ByteWritingTests {
    private func text(_ out: PDFBytes) -> String { String(decoding: out.bytes, as: UTF8.self) }
    private func text(_ out: borrowing PDFByteBuffer) -> String { String(decoding: out.array, as: UTF8.self) }

    /// A simple generator, so the "random" values are the same on every run.
    private struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func integersAreWrittenAsTheirDecimalDigits() {
        var random = SplitMix(state: 1)
        var values = [0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 123_456_789, Int.max, -1, -10_000, Int.min + 1]
        for _ in 0..<2000 { values.append(Int(truncatingIfNeeded: random.next()) >> Int(random.next() % 63)) }
        for value in values {
            var array = PDFBytes()
            array.append(value)
            var buffer = PDFByteBuffer(capacity: 1)
            buffer.append(value)
            #expect(text(array) == String(value))
            #expect(text(buffer) == String(value))
        }
    }

    @Test func realsAreRoundedWithoutTrailingZeros() {
        // Values made from whole units of 10^-decimals, so the expected text comes from integers.
        var random = SplitMix(state: 2)
        for _ in 0..<2000 {
            let decimals = Int(random.next() % 5)
            let scale = [1, 10, 100, 1000, 10000][decimals]
            let units = Int(random.next() % 1_000_000_000)
            let negative = random.next() % 2 == 0
            let value = Double(negative ? -units : units) / Double(scale)
            var fraction = String(units % scale)
            fraction = String(repeating: "0", count: max(0, decimals - fraction.count)) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            var expected = String(units / scale) + (fraction.isEmpty ? "" : "." + fraction)
            if negative && units != 0 { expected = "-" + expected }
            var array = PDFBytes()
            array.append(value, decimals: decimals)
            var buffer = PDFByteBuffer(capacity: 1)
            buffer.append(value, decimals: decimals)
            #expect(text(array) == expected, "\(value) to \(decimals) places")
            #expect(text(buffer) == expected)
        }
    }

    @Test func namesAreEscapedAsTheReferenceDoes() {
        func reference(_ name: String) -> String {
            "/" + name.utf8.map { byte -> String in
                let delimiters = Array("()<>[]{}/%#".utf8)
                if byte < 0x21 || byte > 0x7E || delimiters.contains(byte) { return String(format: "#%02X", byte) }
                return String(UnicodeScalar(byte))
            }.joined()
        }
        for name in ["Type", "StructElem", "A B#(1)", "Café", "", "a/b%c", "LongerNameThanSixteenBytes", "\u{7F}x"] {
            var array = PDFBytes()
            PDFSyntax.appendName(name, to: &array)
            var buffer = PDFByteBuffer(capacity: 1)
            PDFSyntax.appendName(name, to: &buffer)
            #expect(text(array) == reference(name))
            #expect(text(buffer) == reference(name))
        }
    }

    @Test func theBufferGrowsAndKeepsWhatWasWritten() {
        var random = SplitMix(state: 3)
        let values: [PDFValue] = (0..<500).map { index in
            switch random.next() % 6 {
            case 0: .integer(Int(random.next() % 100_000))
            case 1: .real(Double(random.next() % 1_000_000) / 997)
            case 2: .name("N\(index)")
            case 3: .text(index % 2 == 0 ? "Carers (\(index))" : "Gofalwyr \(index) ✓")
            case 4: .reference(PDFObjectReference(number: index + 1))
            default: .dictionary([("K", .array([.integer(index), .null, .bool(true)])), ("S", .bytes([0x0D, 0x28]))])
            }
        }
        var array = PDFBytes()
        var buffer = PDFByteBuffer(capacity: 16)
        for value in values {
            value.write(to: &array)
            value.write(to: &buffer)
        }
        #expect(buffer.count == array.count)
        #expect(buffer.array == array.bytes)
        buffer.withBytes(in: 3..<10) { #expect(Array($0) == Array(array.bytes[3..<10])) }
        buffer.removeAll()
        #expect(buffer.count == 0)
        buffer.append("endobj")
        #expect(text(buffer) == "endobj")
    }

    /// Structure elements are written directly as bytes; they must be the bytes of the dictionary
    /// they stand for, written the general way.
    @Test func structureElementsAreTheirDictionaries() {
        var tree = StructureTree()
        let section = tree.add(.section, parent: 0, language: "cy", actualText: nil)
        let heading = tree.add(.heading(level: 1), parent: section, language: nil, actualText: nil)
        let figure = tree.add(.figure(alt: "A carer (right) and her mum"), parent: section, language: nil, actualText: nil)
        let list = tree.add(.list(numbering: .decimal), parent: section, language: nil, actualText: nil)
        let plainList = tree.add(.list(numbering: .none), parent: section, language: nil, actualText: nil)
        let table = tree.add(.table, parent: section, language: nil, actualText: nil)
        let header = tree.add(.headerCell(scope: .column, rowSpan: 2, columnSpan: 3), parent: table, language: nil, actualText: nil)
        let cell = tree.add(.dataCell(rowSpan: 1, columnSpan: 2), parent: table, language: nil, actualText: nil)
        let plainCell = tree.add(.dataCell(), parent: table, language: nil, actualText: nil)
        let note = tree.add(.note, parent: section, language: nil, actualText: "Nodyn ✓")
        let link = tree.add(.link, parent: section, language: nil, actualText: nil)
        tree.attach(.init(sequence: 0, page: 0, kind: .markedContent(mcid: 0)), to: heading)
        tree.attach(.init(sequence: 1, page: 0, kind: .markedContent(mcid: 1)), to: figure)
        tree.extendBounds(of: figure, page: 0, by: PDFRect(x: 10.25, y: 20, width: 100.5, height: 50.125))
        tree.attach(.init(sequence: 2, page: 1, kind: .markedContent(mcid: 0)), to: note)
        tree.attach(.init(sequence: 3, page: 1, kind: .markedContent(mcid: 1)), to: link)
        tree.attach(.init(sequence: 4, page: 2, kind: .markedContent(mcid: 0)), to: link)
        tree.attach(.init(sequence: 5, page: 2, kind: .annotation(PDFObjectReference(number: 99))), to: link)
        _ = (list, plainList, header, cell, plainCell)

        let elements = tree.nodes.indices.map { PDFObjectReference(number: 100 + $0) }
        let pages = [PDFObjectReference(number: 3), PDFObjectReference(number: 4), PDFObjectReference(number: 5)]
        let writer = StructureElementWriter(
            tree: tree, elementReferences: elements, pageReferences: pages, pageHeights: [800, 700, 600],
            root: PDFObjectReference(number: 2))
        let orderedKids = tree.orderedKids()
        let firstSequence = tree.firstSequences()
        var keys: [Int] = []
        for index in tree.nodes.indices {
            var buffer = PDFByteBuffer()
            writer.writeElement(index, firstSequence: firstSequence, keys: &keys, to: &buffer)
            var expected = PDFBytes()
            dictionary(index, tree: tree, kids: orderedKids[index], elements: elements, pages: pages, heights: [800, 700, 600])
                .write(to: &expected)
            #expect(text(buffer) == text(expected))
        }
    }

    @Test func destinationsAndTheParentTreeAreTheirArrays() {
        let page = PDFObjectReference(number: 7)
        var placed = PDFByteBuffer()
        PlacedDestination(page: page, left: 12.5, top: 791.88976).write(to: &placed)
        var expected = PDFBytes()
        PDFValue.array([.reference(page), .name("XYZ"), .real(12.5), .real(791.88976), .null]).write(to: &expected)
        #expect(text(placed) == text(expected))

        let elements = (0..<6).map { PDFObjectReference(number: 20 + $0) }
        var tree = ParentTree()
        #expect(tree.addPage(elementByMCID: [1, 2, 2, 5]) == 0)
        #expect(tree.addAnnotation(element: 3) == 1)
        #expect(tree.addPage(elementByMCID: [4]) == 2)
        #expect(tree.nextKey == 3)
        var nums = PDFByteBuffer()
        tree.writeNums(elementReferences: elements, to: &nums)
        var reference = PDFBytes()
        PDFValue.array([
            .integer(0), .array([1, 2, 2, 5].map { .reference(elements[$0]) }), .integer(1), .reference(elements[3]),
            .integer(2), .array([.reference(elements[4])]),
        ]).write(to: &reference)
        #expect(text(nums) == text(reference))
    }

    @Test func staticTypeNamesAreTheTypeNamesAndNeedNoEscaping() {
        let roles: [StructureRole] = [
            .document, .part, .section, .division, .article, .heading(level: 0), .heading(level: 1), .heading(level: 2),
            .heading(level: 3), .heading(level: 4), .heading(level: 5), .heading(level: 6), .heading(level: 7), .paragraph,
            .list(), .listItem, .label, .listBody, .table, .tableHead, .tableBody, .tableFoot, .tableRow,
            .headerCell(scope: .row), .dataCell(), .figure(alt: "x"), .caption, .link, .note, .quote, .blockQuote,
            .tableOfContents, .tableOfContentsItem, .span, .reference,
        ]
        for role in roles {
            var escaped = PDFBytes()
            PDFSyntax.appendName(role.typeName, to: &escaped)
            #expect(text(escaped) == "/" + role.staticTypeName.description)
        }
    }

    /// The element's dictionary built as `PDFValue`s, entry by entry, as ISO 32000-1, 14.7.2 lists them
    /// (without the optional /Type).
    private func dictionary(
        _ index: Int, tree: StructureTree, kids: [StructureTree.Kid], elements: [PDFObjectReference],
        pages: [PDFObjectReference], heights: [Double]
    ) -> PDFValue {
        let node = tree.nodes[index]
        let firstPage = tree.firstItem(of: index)?.page
        var entries: [(String, PDFValue)] = [
            ("S", .name(node.role.typeName)),
            ("P", .reference(node.parent.map { elements[$0] } ?? PDFObjectReference(number: 2))),
        ]
        if let firstPage { entries.append(("Pg", .reference(pages[firstPage]))) }
        let values: [PDFValue] = kids.map { kid in
            switch kid {
            case .element(let child): return .reference(elements[child])
            case .item(let item):
                switch item.kind {
                case .markedContent(let mcid) where item.page == firstPage: return .integer(mcid)
                case .markedContent(let mcid):
                    return .dictionary([("Type", .name("MCR")), ("Pg", .reference(pages[item.page])), ("MCID", .integer(mcid))])
                case .annotation(let annotation):
                    return .dictionary([("Type", .name("OBJR")), ("Obj", .reference(annotation)), ("Pg", .reference(pages[item.page]))])
                }
            }
        }
        if values.count == 1 { entries.append(("K", values[0])) } else if !values.isEmpty { entries.append(("K", .array(values))) }
        if case .figure(let alt) = node.role { entries.append(("Alt", .text(alt))) }
        if case .note = node.role { entries.append(("ID", .ascii("note-\(index)"))) }
        func spans(_ rows: Int, _ columns: Int) -> [(String, PDFValue)] {
            (rows > 1 ? [("RowSpan", .integer(rows))] : []) + (columns > 1 ? [("ColSpan", .integer(columns))] : [])
        }
        switch node.role {
        case .list(let numbering) where numbering != .none:
            entries.append(("A", .dictionary([("O", .name("List")), ("ListNumbering", .name(numbering.rawValue))])))
        case .headerCell(let scope, let rows, let columns):
            entries.append(("A", .dictionary([("O", .name("Table")), ("Scope", .name(scope.rawValue))] + spans(rows, columns))))
        case .dataCell(let rows, let columns) where rows > 1 || columns > 1:
            entries.append(("A", .dictionary([("O", .name("Table"))] + spans(rows, columns))))
        case .figure:
            if let bounds = tree.bounds[index] {
                let height = heights[bounds.page]
                let rect = bounds.rect
                entries.append(("A", .dictionary([
                    ("O", .name("Layout")), ("Placement", .name("Block")),
                    ("BBox", .rectangle([rect.x, height - rect.y - rect.height, rect.x + rect.width, height - rect.y])),
                ])))
            }
        default:
            break
        }
        if let language = tree.languages[index] { entries.append(("Lang", .text(language))) }
        if let actualText = tree.actualTexts[index] { entries.append(("ActualText", .text(actualText))) }
        return .dictionary(entries)
    }
}

/// The file identifier's hash: the same bytes give the same identifier; a change anywhere,
/// including the last few bytes and trailing zeros, gives another.
@Suite struct FileIdentifierTests {
    private func digest(_ bytes: [UInt8]) -> [UInt8] { bytes.withUnsafeBufferPointer { FileIdentifier.digest(of: $0) } }

    @Test func sameBytesSameIdentifierAndEveryChangeShows() {
        let base = (0..<61).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        #expect(digest(base) == digest(base))
        #expect(digest(base).count == 16)
        var seen: Set<[UInt8]> = [digest(base)]
        for position in base.indices {
            for bit in [0, 7] {
                var changed = base
                changed[position] ^= 1 << bit
                seen.insert(digest(changed))
            }
        }
        #expect(seen.count == 1 + base.count * 2)
        #expect(digest([]) != digest([0]))
        #expect(digest([0]) != digest([0, 0]))
        #expect(digest(Array(repeating: 0, count: 8)) != digest(Array(repeating: 0, count: 16)))
    }
}
