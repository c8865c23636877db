import CarerPressModel
import Foundation
import HTMLRenderer
import Testing

@Suite struct ThemeTests {
    @Test func contrastRatiosFollowWCAG() throws {
        let white = try #require(Colour(hex: "#ffffff"))
        #expect(Colour.formatted(try #require(Colour(hex: "#000")).contrast(with: white)) == "21.00:1")
        #expect(Colour.formatted(try #require(Colour(hex: "#999999")).contrast(with: white)) == "2.85:1")
        // A failing ratio is never shown rounded up to the minimum.
        #expect(Colour.formatted(4.497, against: 4.5) == "4.497:1")
        #expect(Colour.formatted(4.47, against: 4.5) == "4.47:1")
        #expect(Colour.formatted(try #require(Colour(hex: "#767676")).contrast(with: white)) == "4.54:1")
        #expect(Colour(hex: "red") == nil)
        #expect(Colour(hex: "#12345") == nil)
    }

    func load(_ edit: (String) -> String) throws -> (PageTheme?, [Diagnostic]) {
        let folder = try Support.copyOfTemplates()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("theme.yaml")
        try edit(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        var sink = DiagnosticSink()
        let theme = PageTheme.load(from: file, displayPath: "Templates/theme.yaml", into: &sink)
        return (theme, sink.diagnostics)
    }

    @Test func theShippedThemePasses() throws {
        let (theme, problems) = try load { $0 }
        #expect(theme != nil)
        #expect(problems.isEmpty)
    }

    @Test func greyTextOnWhiteIsRefusedWithItsRatio() throws {
        let (theme, problems) = try load { $0.replacingOccurrences(of: "text: \"#0b0c0c\"", with: "text: \"#999\"") }
        #expect(theme == nil)
        let contrast = problems.filter { $0.code == .lowContrast }
        let bodyText = try #require(contrast.first { $0.message.contains("on 'background'") })
        #expect(bodyText.message.contains("'text' #999999 on 'background' #ffffff has contrast 2.85:1"))
        #expect(bodyText.message.contains("need at least 4.5:1"))
        #expect(bodyText.location?.line == 9)
    }

    @Test func bordersNeedThreeToOne() throws {
        let (theme, problems) = try load { $0.replacingOccurrences(of: "accent: \"#1d70b8\"", with: "accent: \"#b1b4b6\"") }
        #expect(theme == nil)
        #expect(problems.contains { $0.code == .lowContrast && $0.message.contains("at least 3:1") })
    }

    @Test func mistakesInTheThemeAreLocated() throws {
        let (theme, problems) = try load {
            $0.replacingOccurrences(of: "link: \"#1d70b8\"", with: "link: blue")
                .replacingOccurrences(of: "fonts:", with: "fontz:\n  body: x\nfonts:")
        }
        #expect(theme == nil)
        #expect(problems.contains { $0.code == .invalidTheme && $0.message.contains("'blue' is not a colour") })
        #expect(problems.contains { $0.code == .invalidTheme && $0.message.contains("unknown key 'fontz'") })
    }

    @Test func fontListsCannotCarryCSS() throws {
        let (theme, problems) = try load {
            $0.replacingOccurrences(of: "body: Arial, \"Liberation Sans\", Helvetica, sans-serif",
                                    with: "body: 'Arial; } body { background-image: url(x) } a {'")
        }
        #expect(theme == nil)
        #expect(problems.contains { $0.code == .invalidTheme && $0.message.contains("font list") }, "\(problems)")
    }
}
