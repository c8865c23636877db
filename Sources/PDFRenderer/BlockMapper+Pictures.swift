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

    /// The picture of item `index` of a list that has pictures.
    static func picture(at index: Int, in pictures: [PictureNode?]) -> PictureNode? {
        index < pictures.count ? pictures[index] : nil
    }
}
