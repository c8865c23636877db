/// Adds what only the preview needs to a page as it is served (the files in Output/ stay as built):
/// a few lines of script that reload the page after each rebuild, and the problems of a failed
/// rebuild, with file and line, at the top of the page.
enum PreviewPage {
    /// The path the reload script waits on; it answers when the build after `since` is done.
    static let waitPath = "/_preview/wait"

    static func decorate(_ html: String, generation: Int, problems: [PreviewProblem]) -> String {
        var page = html
        if !problems.isEmpty, let body = page.firstRange(of: "<body") {
            if let close = page[body.upperBound...].firstIndex(of: ">") {
                page.insert(contentsOf: panel(problems), at: page.index(after: close))
            }
        }
        let script = reloadScript(generation: generation)
        if let end = page.lastRange(of: "</body>") {
            page.insert(contentsOf: script, at: end.lowerBound)
        } else {
            page += script
        }
        return page
    }

    /// A page of its own when there is nothing built yet to show the problems on.
    static func problemsPage(_ problems: [PreviewProblem], generation: Int) -> String {
        decorate("""
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Content problems - CarerPress preview</title></head>
            <body><main><h1>CarerPress preview</h1><p>Nothing has been built yet.</p></main></body></html>
            """, generation: generation, problems: problems)
    }

    static func panel(_ problems: [PreviewProblem]) -> String {
        let items = problems.map { problem in
            let hint = problem.hint.map { "<br>Hint: \(escape($0))" } ?? ""
            return "<li><code>\(escape(problem.place))</code>: \(escape(problem.message))\(hint)</li>"
        }.joined()
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return """
            <section role="alert" aria-labelledby="preview-problems" style="border:4px solid #b00020;background:#fff;color:#1a1a1a;padding:1rem;margin:1rem">\
            <h2 id="preview-problems">The content has \(count): this page is from the last good build</h2><ul>\(items)</ul></section>
            """
    }

    private static func reloadScript(generation: Int) -> String {
        // Long polling: the request stays open until the next build finishes, then the page reloads.
        """
        <script>(function w(){fetch("\(waitPath)?since=\(generation)").then(r=>r.text()).then(g=>{if(g!=="\(generation)")location.reload();else w();}).catch(()=>setTimeout(w,1000));})();</script>
        """
    }

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

extension String {
    fileprivate func lastRange(of needle: String) -> Range<String.Index>? {
        var found: Range<String.Index>?
        var rest = self[...]
        while let range = rest.firstRange(of: needle) {
            found = range
            rest = self[range.upperBound...]
        }
        return found
    }
}
