/// The XMP metadata packet (ISO 16684-1) a PDF/UA file carries: title and language (Dublin Core),
/// producer, dates when given, and `pdfuaid:part 1`, which declares PDF/UA-1 conformance.
enum XMPMetadata {
    static func packet(for metadata: PDFMetadata) -> [UInt8] {
        var lines = [
            "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>",
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">",
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
                + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">",
            "<dc:format>application/pdf</dc:format>",
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escaped(metadata.title))</rdf:li></rdf:Alt></dc:title>",
            "<dc:language><rdf:Bag><rdf:li>\(escaped(metadata.language))</rdf:li></rdf:Bag></dc:language>",
        ]
        if let author = metadata.author {
            lines.append("<dc:creator><rdf:Seq><rdf:li>\(escaped(author))</rdf:li></rdf:Seq></dc:creator>")
        }
        if let subject = metadata.subject {
            lines.append(
                "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escaped(subject))</rdf:li></rdf:Alt></dc:description>")
        }
        if !metadata.keywords.isEmpty {
            lines.append("<pdf:Keywords>\(escaped(metadata.keywords.joined(separator: ", ")))</pdf:Keywords>")
        }
        lines.append("<pdf:Producer>\(escaped(metadata.producer))</pdf:Producer>")
        if let creator = metadata.creator { lines.append("<xmp:CreatorTool>\(escaped(creator))</xmp:CreatorTool>") }
        if let date = metadata.creationDate {
            lines.append("<xmp:CreateDate>\(date.xmpDate)</xmp:CreateDate>")
            lines.append("<xmp:ModifyDate>\(date.xmpDate)</xmp:ModifyDate>")
        }
        lines.append(contentsOf: [
            "<pdfuaid:part>1</pdfuaid:part>",
            "</rdf:Description>",
            "</rdf:RDF>",
            "</x:xmpmeta>",
            "<?xpacket end=\"r\"?>",
        ])
        return Array(lines.joined(separator: "\n").utf8)
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            // Control characters other than tab and line breaks are not allowed in XML 1.0.
            case _ where scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
