import Foundation
import PlacePack
import Yams

/// Where each ward sits on the hexagon tile map: a column and row (odd rows shifted right by half a
/// hexagon) and a short label, read from the pack's `wardmap.yaml`. Without that file, or for wards it
/// does not list, wards are placed in name order on a grid.
struct WardLayout: Sendable {
    /// One ward's hexagon.
    struct Cell: Sendable, Equatable {
        let column: Int
        let row: Int
        let label: String
    }

    /// The cells by ward code.
    let cells: [String: Cell]

    /// Reads the layout of `pack` (its `wardmap` file, by default `wardmap.yaml`).
    ///
    /// - Throws: ``DashboardError`` naming the file when it exists but cannot be read.
    static func load(pack: PlacePack) throws -> WardLayout {
        let url = pack.fileURL("wardmap") ?? pack.directory.appendingPathComponent("wardmap.yaml")
        var listed: [String: Cell] = [:]
        if FileManager.default.fileExists(atPath: url.path) {
            do {
                let text = try String(contentsOf: url, encoding: .utf8)
                let root = try Yams.load(yaml: text) as? [String: Any]
                for entry in root?["wards"] as? [[String: Any]] ?? [] {
                    guard let code = entry["code"] as? String, let column = entry["col"] as? Int,
                        let row = entry["row"] as? Int
                    else {
                        throw DashboardError.badConfiguration(url.path, "each ward needs code, col and row")
                    }
                    listed[code] = Cell(column: column, row: row, label: (entry["label"] as? String) ?? "")
                }
            } catch let error as DashboardError {
                throw error
            } catch {
                throw DashboardError.badConfiguration(url.path, "not valid YAML")
            }
        }
        return WardLayout(wards: pack.geography.wards, listed: listed)
    }

    /// Places `wards`: listed ones where listed, the others on a grid below them.
    init(wards: [Ward], listed: [String: Cell] = [:]) {
        var cells: [String: Cell] = [:]
        var nextRow = (listed.values.map(\.row).max() ?? -1) + 1
        var column = 0
        let perRow = listed.isEmpty ? 6 : 8
        for ward in wards.sorted(by: { $0.name < $1.name }) {
            let label = Self.abbreviate(ward.name)
            if let cell = listed[ward.code] {
                cells[ward.code] = Cell(
                    column: cell.column, row: cell.row, label: cell.label.isEmpty ? label : cell.label)
                continue
            }
            cells[ward.code] = Cell(column: column, row: nextRow, label: label)
            column += 1
            if column == perRow { column = 0; nextRow += 1 }
        }
        self.cells = cells
    }

    /// A short label: the initials of a name of several words ("Adel & Wharfedale" → "AW"), or the
    /// first three letters of one word ("Armley" → "Arm").
    static func abbreviate(_ name: String) -> String {
        let words = name.split(whereSeparator: { !$0.isLetter }).filter { $0.first?.isUppercase ?? false }
        if words.count >= 2 { return String(words.compactMap(\.first)) }
        return String(name.prefix(3))
    }
}
