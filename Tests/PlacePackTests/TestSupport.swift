import Foundation
import PlacePack

/// The Leeds pack folder, found from this file (symlinks resolved) by walking up to the package root.
func leedsPackDirectory(file: String = #filePath) throws -> URL {
    var folder = URL(fileURLWithPath: file).resolvingSymlinksInPath().deletingLastPathComponent()
    while folder.path != "/" {
        let candidate = folder.appendingPathComponent("packs/leeds")
        if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("pack.yaml").path) {
            return candidate
        }
        folder = folder.deletingLastPathComponent()
    }
    throw PackError(.packNotFound, file: file, line: nil, field: "", message: "packs/leeds not found above")
}

/// A small valid pack written to a fresh temporary folder; tests overwrite one file to break it.
struct TinyPack {
    let directory: URL

    static let files: [String: String] = [
        "pack.yaml": """
        id: tiny
        name: Tiny
        population: 3000
        """,
        "geography.yaml": """
        neighbourhood_teams:
          - {code: NT1, name: North}
        local_care_partnerships:
          - {code: L1, name: North LCP, neighbourhood_team: NT1}
        wards:
          - {code: W1, name: Hill, lcp: L1, synthetic: true}
        primary_care_networks:
          - {code: P1, name: Hill PCN, lcp: L1}
        practices:
          - {code: G1, name: Hill Surgery, ward: W1, pcn: P1, lcp: L1, list_weight: 2.5}
        lsoas:
          - {code: A1, name: Hill 001, ward: W1, imd_decile: 1, population: 1500}
          - {code: A2, name: Hill 002, ward: W1, imd_decile: 10, population: 1500}
        """,
        "strategy.yaml": """
        vision: Healthy for all
        outcomes:
          - {number: 1, name: Live longer}
        priorities:
          - {number: 1, name: Best start}
          - {number: 2, name: Prevention}
        indicators:
          - id: infant-mortality
            name: Infant mortality
            definition: Deaths under 1 per 1,000 live births (PHOF E01).
            outcome: 1
            priorities: [1, 2]
            source: person-level
        """,
        "calibration.yaml": """
        targets:
          - id: deaths
            description: Deaths a year
            metric: deaths_per_year
            published: 30
            unit: deaths
            tolerance: {relative: 0.1}
            period: 2019
            source: Made up for a test
            synthetic_scaled: true
        """,
    ]

    init(replacing file: String? = nil, with text: String? = nil) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("placepack-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, contents) in Self.files {
            let body = name == file ? (text ?? "") : contents
            try body.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
    }

    /// Loads the pack, returning the error it throws (nil when it loads).
    func loadError() -> PackError? {
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            _ = try PlacePack.load(from: directory)
            return nil
        } catch let error as PackError {
            return error
        } catch {
            return PackError(.invalidYAML, file: "?", line: nil, field: "", message: "unexpected \(error)")
        }
    }

    /// The tiny pack's geography text with `old` replaced by `new`.
    static func geography(replacing old: String, with new: String) -> String {
        files["geography.yaml"]!.replacingOccurrences(of: old, with: new)
    }
}
