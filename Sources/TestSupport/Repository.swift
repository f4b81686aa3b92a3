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

    /// The `placehealth` binary built beside the test bundle (`swift build --build-tests` builds
    /// it), if there is one.
    public static var placehealthBinary: String? {
        let exe =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var directory = URL(fileURLWithPath: exe).deletingLastPathComponent()
        while directory.path != "/",
            !directory.lastPathComponent.hasSuffix(".xctest") && directory.lastPathComponent != "debug"
                && directory.lastPathComponent != "release"
        {
            directory.deleteLastPathComponent()
        }
        if directory.lastPathComponent.hasSuffix(".xctest") { directory.deleteLastPathComponent() }
        let candidate = directory.appendingPathComponent("placehealth").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    /// Runs the `placehealth` binary with `arguments` and returns what it printed on standard output.
    ///
    /// - Throws: when there is no binary, or it exits with a failure.
    public static func placehealth(_ arguments: [String]) throws -> String {
        let (output, status) = try run(arguments)
        guard status == 0 else { throw CocoaError(.executableLoad) }
        return output
    }

    /// Runs the `placehealth` binary with `arguments`: what it printed on standard output, and its
    /// exit status.
    ///
    /// - Throws: when there is no binary.
    public static func run(_ arguments: [String]) throws -> (output: String, status: Int32) {
        guard let binary = placehealthBinary else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }
}
