/// Where the OpenMoji drawings live on this computer, and the credit every page that shows them
/// must carry (CC BY-SA 4.0).
public struct OpenMojiSet: Hashable, Sendable {
    /// The folder of SVG files named by code point, e.g. `<folder>/1F4DE.svg`.
    public var folderPath: String
    public static let version = "17.0.0"
    public static let credit =
        "Pictures by OpenMoji, the open-source emoji and icon project, licensed CC BY-SA 4.0."
    public static let licenseURL = "https://creativecommons.org/licenses/by-sa/4.0/"
    public static let projectURL = "https://openmoji.org"

    public init(folderPath: String) {
        self.folderPath = folderPath
    }

    public func path(of topic: PictureTopic) -> String {
        folderPath.hasSuffix("/") ? folderPath + topic.fileName : "\(folderPath)/\(topic.fileName)"
    }
}
