import Foundation

/// A place pack: everything that makes PlaceHealth about one place rather than another, read
/// from a folder of YAML files (`pack.yaml`, `geography.yaml`, `strategy.yaml`,
/// `calibration.yaml`, and files other modules read themselves, such as `synthesis.yaml`).
///
/// ```swift
/// let pack = try PlacePack.load(from: PlacePack.locate("leeds"))
/// ```
public struct PlacePack: Sendable {
    /// The pack id (for example `leeds`).
    public let id: String
    /// The place's name (for example "Leeds").
    public let name: String
    /// A one-paragraph description of the pack.
    public let description: String
    /// What in the pack is synthetic, in plain English.
    public let syntheticNote: String
    /// The pack folder; other modules read their own files there (for example `synthesis.yaml`).
    public let directory: URL
    /// The population the synthetic place should have (Leeds: about 785,000).
    public let populationTarget: Int
    /// The files that make up the pack, by role (`geography`, `strategy`, `calibration`,
    /// `synthesis`, ...), as paths relative to ``directory``.
    public let files: [String: String]
    /// The area hierarchy.
    public let geography: Geography
    /// The Health and Wellbeing Strategy hierarchy.
    public let strategy: Strategy
    /// The figures the synthetic place is calibrated against.
    public let calibration: [CalibrationTarget]

    /// The URL of the pack file with this role (for example `synthesis`), if `pack.yaml` lists one.
    public func fileURL(_ role: String) -> URL? {
        files[role].map { directory.appendingPathComponent($0) }
    }

    /// Reads and validates the pack in `directory`.
    ///
    /// - Throws: ``PackError`` naming the file, line and field of the first problem found.
    public static func load(from directory: URL) throws -> PlacePack {
        let manifest = try PackNode.parse(file: "pack.yaml", in: directory)
        var files: [String: String] = [
            "geography": "geography.yaml", "strategy": "strategy.yaml", "calibration": "calibration.yaml",
        ]
        if let listed = try manifest.optional("files") {
            guard case .mapping(let mapping) = listed.node else {
                throw listed.fail(.wrongType, "expected a mapping of role: file name")
            }
            for (key, _) in mapping {
                guard let role = key.string else { continue }
                files[role] = try listed.required(role).string()
            }
        }
        let population = try manifest.required("population")
        guard try population.int() > 0 else {
            throw population.fail(.outOfRange, "population must be positive, found \(try population.int())")
        }
        let geography = try GeographyReader.read(PackNode.parse(file: files["geography"]!, in: directory))
        let strategy = try StrategyReader.read(PackNode.parse(file: files["strategy"]!, in: directory))
        let calibration = try CalibrationReader.read(
            PackNode.parse(file: files["calibration"]!, in: directory))
        return PlacePack(
            id: try manifest.required("id").string(), name: try manifest.required("name").string(),
            description: try manifest.optional("description")?.string() ?? "",
            syntheticNote: try manifest.optional("synthetic")?.string() ?? "", directory: directory,
            populationTarget: try population.int(), files: files, geography: geography, strategy: strategy,
            calibration: calibration)
    }

    /// Finds a pack folder.
    ///
    /// `nameOrPath` is either an existing folder holding `pack.yaml`, or a pack name such as
    /// `leeds`, looked up as `$PLACEHEALTH_PACKS/<name>` and then as `packs/<name>` in the current
    /// directory and each of its parents.
    ///
    /// - Throws: ``PackError`` (kind `.packNotFound`) listing the places it looked.
    public static func locate(_ nameOrPath: String) throws -> URL {
        let fileManager = FileManager.default
        func isPack(_ url: URL) -> Bool {
            fileManager.fileExists(atPath: url.appendingPathComponent("pack.yaml").path)
        }
        var tried: [String] = []
        let direct = URL(fileURLWithPath: nameOrPath)
        if isPack(direct) { return direct.standardizedFileURL }
        tried.append(direct.path)
        if let root = ProcessInfo.processInfo.environment["PLACEHEALTH_PACKS"], !root.isEmpty {
            let candidate = URL(fileURLWithPath: root).appendingPathComponent(nameOrPath)
            if isPack(candidate) { return candidate.standardizedFileURL }
            tried.append(candidate.path)
        }
        var folder = URL(fileURLWithPath: fileManager.currentDirectoryPath).standardizedFileURL
        while true {
            let candidate = folder.appendingPathComponent("packs").appendingPathComponent(nameOrPath)
            if isPack(candidate) { return candidate }
            tried.append(candidate.path)
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        throw PackError(
            .packNotFound, file: nameOrPath, line: nil, field: "",
            message: "no pack.yaml found; looked in \(tried.joined(separator: ", "))")
    }
}
