/// One accessibility or safety check of a parsed page.
protocol PageRule: Sendable {
    func check(_ page: ParsedPage, into report: inout PageReport)
}
