import Foundation

extension Repository {
    /// Thrown when the text to change is not in the file.
    public struct TextNotFound: Error, CustomStringConvertible {
        /// What was looked for, and where.
        public let description: String
    }

    /// A copy of the Leeds pack in a new scratch folder, with `old` replaced by `new` in `file`.
    ///
    /// - Throws: ``TextNotFound`` when `file` does not contain `old` (so a test cannot pass by
    ///   changing nothing).
    public static func leedsCopy(changing file: String, from old: String, to new: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("pack-\(UUID().uuidString)").appendingPathComponent("leeds")
        try FileManager.default.createDirectory(
            at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: leedsFolder, to: folder)
        let url = folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard text.contains(old) else { throw TextNotFound(description: "'\(old)' is not in \(file)") }
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        return folder
    }
}
