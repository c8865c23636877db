import CHarfBuzz
import CLibXML2
import Testing

/// The C libraries the renderers rely on are found through pkg-config and link.
@Suite struct SystemLibraryTests {
    @Test func harfBuzzLinksAndReportsItsVersion() {
        var major: UInt32 = 0
        var minor: UInt32 = 0
        var micro: UInt32 = 0
        hb_version(&major, &minor, &micro)
        #expect(major >= 2)
        // hb-subset is linked too: a subset input can be created and released.
        let input = hb_subset_input_create_or_fail()
        #expect(input != nil)
        hb_subset_input_destroy(input)
    }

    @Test func libxml2ParsesADocument() {
        let xml = "<p lang=\"en-GB\">Carers</p>"
        let document = xml.withCString { xmlReadMemory($0, Int32(xml.utf8.count), "test.xml", nil, 0) }
        #expect(document != nil)
        let root = xmlDocGetRootElement(document)
        #expect(root.map { String(cString: $0.pointee.name) } == "p")
        xmlFreeDoc(document)
    }
}
