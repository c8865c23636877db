import TextLayout

// The content model, the document tree and the PDF writer use some of the same short names;
// in this module they mean the layout's.
typealias Block = TextLayout.Block
typealias Inline = TextLayout.Inline
typealias TableCell = TextLayout.TableCell
typealias LinkTarget = TextLayout.LinkTarget
