/// A complete, accessible page like the build writes, which the defect cases alter one thing at a time.
enum SamplePage {
    static let good = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <title>Southampton carers' strategy</title>
        <link rel="stylesheet" href="style.css">
        </head>
        <body>
        <a class="skip-link" href="#main">Skip to main content</a>
        <header>
        <p class="site-name">Southampton carers</p>
        </header>
        <nav aria-label="Main">
        <ul>
        <li><a href="index.html">Home</a></li>
        <li><a href="support.html">Support for carers</a></li>
        </ul>
        </nav>
        <main id="main">
        <h1>Southampton carers' strategy</h1>
        <p>This strategy sets out how we support unpaid carers.</p>
        <img src="images/hub.png" alt="The carers' hub on Above Bar">
        <h2 id="priorities">Our priorities</h2>
        <h3>Breaks for carers</h3>
        <p>Read the <a href="breaks.html">guide to short breaks</a>.</p>
        <table>
        <caption>Carers by age</caption>
        <thead><tr><th scope="col">Age</th><th scope="col">Carers</th></tr></thead>
        <tbody><tr><td>Under 18</td><td>1,200</td></tr></tbody>
        </table>
        <h2>Get in touch</h2>
        <form action="search.html" method="get">
        <label for="postcode">Your postcode</label>
        <input type="text" id="postcode" name="postcode">
        <input type="hidden" name="source" value="strategy">
        <button type="submit">Find support near you</button>
        </form>
        </main>
        <footer>
        <p><a href="accessibility.html">Accessibility statement</a></p>
        </footer>
        </body>
        </html>

        """

    /// The good page with one piece of text replaced; fails loudly if the text is not there,
    /// so a mistyped case cannot pass by leaving the page unchanged.
    static func replacing(_ original: String, with replacement: String) -> String? {
        guard good.contains(original) else { return nil }
        return good.replacing(original, with: replacement)
    }

    /// 1-based line of the first occurrence of `text` in `page`.
    static func line(of text: String, in page: String) -> Int? {
        guard let range = page.firstRange(of: text) else { return nil }
        return page[..<range.lowerBound].count { $0 == "\n" } + 1
    }
}
