import Foundation
import TextLayout
import Yams

/// The theme's colour roles print uses. The HTML build checks their contrast; print uses the same
/// pairs (text and links on white, text on the panel background), so it is covered by those checks.
public struct PrintColours: Sendable {
    public var text = Colour(hex: "#0b0c0c")!
    public var link = Colour(hex: "#1d70b8")!
    public var muted = Colour(hex: "#505a5f")!
    public var accent = Colour(hex: "#1d70b8")!
    public var panelBackground = Colour(hex: "#f3f2f1")!

    /// Reads the colours from theme.yaml; a colour it lacks or cannot read keeps its default
    /// (the HTML build reports the theme's mistakes, at their lines).
    static func load(themeFile: URL) -> PrintColours {
        var colours = PrintColours()
        guard let text = try? String(contentsOf: themeFile, encoding: .utf8),
            let node = try? Yams.compose(yaml: text)?["colours"]
        else { return colours }
        func read(_ key: String) -> Colour? { node[key]?.string.flatMap(Colour.init(hex:)) }
        colours.text = read("text") ?? colours.text
        colours.link = read("link") ?? colours.link
        colours.muted = read("muted") ?? colours.muted
        colours.accent = read("accent") ?? colours.accent
        colours.panelBackground = read("panelBackground") ?? colours.panelBackground
        return colours
    }
}
