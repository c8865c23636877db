import CarerPressModel
import DocumentTree

/// A small Easy Read document whose points have pictures: described ones (Figures), decorative
/// ones (empty alt: artifacts), a list with pictures on some items, a content picture drawn in
/// SVG, a SVG figure, and a contact with the telephone beside it.
enum EasyReadFixture {
    static func document() -> ComposedDocument {
        let house = PictureNode(source: .named("home"), alt: "A house")
        let contact = ContactNode(name: "Carers Centre", phone: "023 8000 0000")
        let section = SectionNode(
            id: "who", level: 2, title: [.text("Who is a carer?")],
            content: [
                .pictured(PicturedNode(picture: house, content: [
                    .paragraph([.text("A carer looks after someone. They help every day.")]),
                ])),
                .pictured(PicturedNode(picture: PictureNode(source: .named("telephone"), alt: ""), content: [
                    .paragraph([.text("Ring us to talk.")]),
                ])),
                .list(ListNode(isOrdered: false, items: [[.text("You can ask for help.")], [.text("You can have a break.")]],
                               pictures: [PictureNode(source: .named("home"), alt: ""), nil])),
                .pictured(PicturedNode(picture: PictureNode(source: .file("pictures/drawing.svg"), alt: "A black square"), content: [
                    .paragraph([.text("This picture is the content's own drawing.")]),
                ])),
                .figure(FigureNode(source: "pictures/drawing.svg", alt: "A square drawing", caption: [.text("A drawing")])),
                .contact(contact),
            ],
            sections: [])
        return ComposedDocument(
            documentID: "fixture", kind: .pack, version: .easyRead, language: "en-GB",
            title: [.text("Fixture Easy Read pack")], subtitle: nil, summary: nil, facts: [],
            sections: [section], appendices: [], publisher: nil, footnotes: [], isDraft: false)
    }
}
