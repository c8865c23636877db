import CarerPressModel
import Foundation
import Yams

/// The council's branding, from Templates/theme.yaml: name, logo, colours and fonts. Loading it
/// checks every colour pair the pages use against WCAG contrast minimums and refuses a failing theme.
public struct PageTheme: Sendable {
    public var organisationName: String
    public var logo: Logo?
    public var colours: [String: Colour]
    public var bodyFont: String
    public var headingFont: String
    /// Where the picture set for Easy Read points lives, relative to the project folder (the folder
    /// holding Templates/): OpenMoji's SVG files, which `make run` installs.
    public var pictureSet: String = PageTheme.defaultPictureSet
    public static let defaultPictureSet = ".build/pictures/openmoji-17.0.0/svg"

    public struct Logo: Sendable {
        public var path: String
        public var alt: String
    }

    /// Colour roles every theme sets, with what each is for.
    static let colourRoles: [(name: String, use: String)] = [
        ("text", "body text"), ("background", "page background"), ("link", "links"),
        ("visitedLink", "visited links"), ("muted", "secondary text such as sources and dates"),
        ("headerText", "text in the page header"), ("headerBackground", "page header background"),
        ("focus", "background of a focused link or control"), ("accent", "borders and rules that carry meaning"),
        ("panelBackground", "background of notes, facts and cards"),
        ("youngBackground", "the warmer background of pages for the youngest readers (ages 7 to 11)"),
    ]

    /// Colours a theme may leave out, and what they are then: older themes still load.
    static let defaultColours: [String: String] = ["youngBackground": "#fff4e0"]

    /// Foreground, background, minimum ratio and what the pair is used for.
    static let pairs: [(String, String, Double, String)] = [
        ("text", "background", 4.5, "body text"),
        ("muted", "background", 4.5, "secondary text"),
        ("link", "background", 4.5, "links"),
        ("visitedLink", "background", 4.5, "visited links"),
        ("headerText", "headerBackground", 4.5, "the page header"),
        ("text", "panelBackground", 4.5, "text in notes and cards"),
        ("link", "panelBackground", 4.5, "links in notes and cards"),
        ("muted", "panelBackground", 4.5, "secondary text in cards"),
        ("text", "focus", 4.5, "a focused link, draft banners and gaps in drafts"),
        ("accent", "background", 3.0, "borders of notes and cards (non-text contrast)"),
        ("text", "youngBackground", 4.5, "text on pages for the youngest readers"),
        ("link", "youngBackground", 4.5, "links on pages for the youngest readers"),
        ("visitedLink", "youngBackground", 4.5, "visited links on pages for the youngest readers"),
        ("muted", "youngBackground", 4.5, "secondary text on pages for the youngest readers"),
    ]

    static let knownKeys = ["organisationName", "logo", "colours", "fonts", "pictures"]

    /// Reads and checks a theme; every problem is reported, and nil returned if any is an error.
    public static func load(from url: URL, displayPath: String, into sink: inout DiagnosticSink) -> PageTheme? {
        let start = SourceLocation(file: displayPath, line: 1, column: 1)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            sink.error(.invalidTheme, "cannot read the theme", at: start, hint: "restore Templates/theme.yaml")
            return nil
        }
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: text), composed.mapping != nil else {
                sink.error(.invalidTheme, "the theme must hold named fields such as 'colours:'", at: start,
                           hint: "see the comments in the shipped Templates/theme.yaml")
                return nil
            }
            node = composed
        } catch {
            sink.error(.invalidTheme, "the theme's YAML cannot be read", at: start,
                       hint: "check the indentation and colons; \(error)".prefix(200).description)
            return nil
        }
        let errorsBefore = sink.errorCount
        func place(_ node: Node?) -> SourceLocation {
            SourceLocation(file: displayPath, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
        }
        for key in node.mapping?.keys.compactMap(\.string) ?? [] where !knownKeys.contains(key) {
            sink.error(.invalidTheme, "unknown key '\(key)' in the theme", at: place(node.mapping?.keys.first { $0.string == key }),
                       hint: "known keys: \(knownKeys.joined(separator: ", "))")
        }
        let name = node["organisationName"]?.string ?? ""
        if name.isEmpty {
            sink.error(.invalidTheme, "the theme has no 'organisationName'", at: start, hint: "write the council's or organisation's name")
        }
        var colours: [String: Colour] = [:]
        let colourNode = node["colours"]
        for (role, use) in colourRoles {
            if colourNode?[role] == nil, let fallback = defaultColours[role].flatMap(Colour.init(hex:)) {
                colours[role] = fallback
                continue
            }
            guard let value = colourNode?[role] else {
                sink.error(.invalidTheme, "the theme has no colour '\(role)' (\(use))", at: place(colourNode),
                           hint: "add '\(role): \"#RRGGBB\"' under 'colours:'")
                continue
            }
            guard let colour = value.string.flatMap(Colour.init(hex:)) else {
                sink.error(.invalidTheme, "'\(value.string ?? "")' is not a colour", at: place(value),
                           hint: "write colours as \"#RRGGBB\" in quotes, e.g. \"#0b0c0c\"")
                continue
            }
            colours[role] = colour
        }
        for key in colourNode?.mapping?.keys.compactMap(\.string) ?? [] where !colourRoles.contains(where: { $0.name == key }) {
            sink.error(.invalidTheme, "unknown colour '\(key)' in the theme", at: place(colourNode?[key]),
                       hint: "colours are: \(colourRoles.map(\.name).joined(separator: ", "))")
        }
        for (foreground, background, minimum, use) in pairs {
            guard let fg = colours[foreground], let bg = colours[background] else { continue }
            let ratio = fg.contrast(with: bg)
            if ratio < minimum {
                sink.error(.lowContrast,
                           "'\(foreground)' \(fg) on '\(background)' \(bg) has contrast \(Colour.formatted(ratio, against: minimum)); \(use) need at least \(minimum == 3 ? "3" : "4.5"):1",
                           at: place(colourNode?[foreground]),
                           hint: "choose a \(fg.relativeLuminance > bg.relativeLuminance ? "lighter" : "darker") '\(foreground)' or a \(fg.relativeLuminance > bg.relativeLuminance ? "darker" : "lighter") '\(background)'")
            }
        }
        let bodyFont = node["fonts"]?["body"]?.string ?? "Arial, \"Liberation Sans\", Helvetica, sans-serif"
        let headingFont = node["fonts"]?["headings"]?.string ?? bodyFont
        for (font, key) in [(bodyFont, "body"), (headingFont, "headings")] where !isSafeFontStack(font) {
            sink.error(.invalidTheme, "the '\(key)' font list contains characters fonts do not use", at: place(node["fonts"]?[key]),
                       hint: "list font names separated by commas, e.g. Arial, \"Liberation Sans\", sans-serif")
        }
        var logo: Logo?
        if let logoNode = node["logo"] {
            let path = logoNode["path"]?.string ?? ""
            let alt = logoNode["alt"]?.string ?? ""
            if alt.trimmingCharacters(in: .whitespaces).isEmpty {
                sink.error(.missingAltText, "the logo has no alt text", at: place(logoNode),
                           hint: "write in 'alt:' what the logo says, usually the organisation's name")
            }
            if path.isEmpty || path.contains("..") || path.hasPrefix("/") {
                sink.error(.invalidTheme, "the logo's path must be a file inside Templates/", at: place(logoNode),
                           hint: "put the logo in Templates/ and write e.g. path: logo.svg")
            }
            logo = Logo(path: path, alt: alt)
        }
        let pictureSet = node["pictures"]?["folder"]?.string ?? defaultPictureSet
        if pictureSet.isEmpty || pictureSet.contains("..") || pictureSet.hasPrefix("/") {
            sink.error(.invalidTheme, "the picture set's folder must be inside the project folder", at: place(node["pictures"]),
                       hint: "write e.g. folder: \(defaultPictureSet)")
        }
        guard sink.errorCount == errorsBefore else { return nil }
        var theme = PageTheme(organisationName: name, logo: logo, colours: colours, bodyFont: bodyFont, headingFont: headingFont)
        theme.pictureSet = pictureSet
        return theme
    }

    /// Font stacks go into CSS, so only the characters font names use are allowed.
    static func isSafeFontStack(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || " ,-\"'".contains($0) }
    }
}
