import Foundation
import PlacePack

/// The repository the tests run in: its root and the Leeds pack.
public enum Repository {
    /// The repository root, found from this file by walking up to `Package.swift`.
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        while url.path != "/",
            !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path)
        {
            url.deleteLastPathComponent()
        }
        return url
    }()

    /// The Leeds pack's folder.
    public static var leedsFolder: URL { root.appendingPathComponent("packs/leeds") }

    /// The Leeds pack, read once.
    public static let leeds: PlacePack = try! PlacePack.load(from: leedsFolder)
}
