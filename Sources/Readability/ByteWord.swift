/// Suffix and prefix tests on a word held as ASCII bytes.
extension Array where Element == UInt8 {
    func hasSuffix(_ s: String) -> Bool {
        let u = s.utf8
        return count >= u.count && suffix(u.count).elementsEqual(u)
    }

    func hasSuffix(_ s: [UInt8]) -> Bool {
        count >= s.count && suffix(s.count).elementsEqual(s)
    }

    func hasPrefix(_ s: String) -> Bool {
        let u = s.utf8
        return count >= u.count && prefix(u.count).elementsEqual(u)
    }

    func hasPrefix(_ s: [UInt8]) -> Bool {
        count >= s.count && prefix(s.count).elementsEqual(s)
    }
}
