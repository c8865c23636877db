import DocumentTree
import TextLayout

/// Easy Read points with their pictures: the picture in a column on the left, the point's
/// sentences on the right, as on the Easy Read web page.
extension BlockMapper {
    /// `blocks` beside `picture` as one picture row, or as they are when there is no picture
    /// (or it cannot be had).
    mutating func pictured(_ picture: PictureNode?, _ blocks: [Block]) -> [Block] {
        guard let picture, !blocks.isEmpty, let column = pictureColumn,
            let sized = pictures.pointPicture(picture, column: column)
        else { return blocks }
        return [.pictureRow(PictureRowBlock(
            imageReference: sized.reference, pictureWidth: sized.width, pictureHeight: sized.height, gap: pictureGap,
            alternativeText: picture.alt, content: blocks))]
    }

    /// Items of a list where some have pictures: the others keep the picture column empty, so
    /// every item's words start at the same place.
    mutating func picturedItems(_ items: [[Block]], pictures: [PictureNode?]) -> [[Block]] {
        let rows = items.enumerated().map { index, blocks in pictured(Self.picture(at: index, in: pictures), blocks) }
        guard let column = pictureColumn,
            rows.contains(where: { if case .pictureRow? = $0.first, $0.count == 1 { true } else { false } })
        else { return rows }
        return rows.map { blocks in
            if case .pictureRow? = blocks.first, blocks.count == 1 { return blocks }
            return [.pictureRow(PictureRowBlock(
                imageReference: "", pictureWidth: column, pictureHeight: 0, gap: pictureGap, alternativeText: "",
                content: blocks))]
        }
    }

    /// The picture of item `index` of a list that has pictures.
    static func picture(at index: Int, in pictures: [PictureNode?]) -> PictureNode? {
        index < pictures.count ? pictures[index] : nil
    }
}
