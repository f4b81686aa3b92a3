import PlaceModel
import PlacePack

extension AssuranceBook {
    static func matrix(_ node: PackNode) throws -> BandMatrix {
        let bandNodes = try node.required("bands").list()
        var bands: [Band] = []
        var ranges: [ClosedRange<Int>?] = []
        for b in bandNodes {
            let band = Band(
                id: try b.required("id").string(), name: try b.required("name").string(),
                colour: try b.required("colour").string(), priority: try b.required("priority").int(),
                response: try b.optional("response")?.string())
            guard !bands.contains(where: { $0.id == band.id }) else {
                throw b.fail(.duplicateCode, "band '\(band.id)' appears twice", field: "id")
            }
            bands.append(band)
            ranges.append(
                try b.optional("scores").map { scores in
                    let pair = try scores.list().map { try $0.int() }
                    guard pair.count == 2, pair[0] >= 1, pair[0] <= pair[1], pair[1] <= 25 else {
                        throw scores.fail(.outOfRange, "scores: [lowest, highest], from 1 to 25")
                    }
                    return pair[0]...pair[1]
                })
        }
        let order = bands.indices.sorted { bands[$0].priority < bands[$1].priority }
        let banding: BandMatrix.Banding
        if let cells = try node.optional("cells") {
            // Rows from likelihood 5 down to 1, as the papers print them; columns consequence 1 to 5.
            let rows = try cells.list()
            guard rows.count == 5 else {
                throw cells.fail(.outOfRange, "5 rows, likelihood 5 down to 1, each of 5 bands")
            }
            var grid = [[Int]](repeating: [], count: 5)
            for (r, row) in rows.enumerated() {
                let ids = try row.strings()
                guard ids.count == 5 else { throw row.fail(.outOfRange, "5 bands, consequence 1 to 5") }
                grid[4 - r] = try ids.map { id in
                    guard let index = order.firstIndex(where: { bands[$0].id == id }) else {
                        throw row.fail(.unknownReference, "no band '\(id)' in this matrix")
                    }
                    return index
                }
            }
            banding = .cells(grid)
        } else {
            guard ranges.allSatisfy({ $0 != nil }) else {
                throw node.fail(.missingField, "either cells, or scores for every band", field: "cells")
            }
            banding = .scores(order.map { ranges[$0]! })
        }
        let matrix = BandMatrix(
            id: try node.required("id").string(), name: try node.required("name").string(),
            source: try node.required("source").string(), bands: order.map { bands[$0] }, banding: banding)
        // Every cell in exactly one band.
        for likelihood in Rating.scale {
            for consequence in Rating.scale {
                let rating = Rating(likelihood: likelihood, consequence: consequence)!
                if case .scores(let ranges) = banding {
                    let count = ranges.filter { $0.contains(rating.score) }.count
                    guard count == 1 else {
                        throw node.fail(
                            .inconsistent,
                            "score \(rating.score) (likelihood \(likelihood), consequence \(consequence)) is in \(count) bands, not 1",
                            field: "bands")
                    }
                }
            }
        }
        return matrix
    }

    static func register(_ node: PackNode, matrices: [BandMatrix], links: Links) throws
        -> RiskRegister
    {
        let matrixNode = try node.required("matrix")
        let matrixID = try matrixNode.string()
        guard let matrix = matrices.first(where: { $0.id == matrixID }) else {
            throw matrixNode.fail(.unknownReference, "no matrix '\(matrixID)'")
        }
        let appetiteNode = try node.required("appetite")
        guard let appetite = matrix.band(id: try appetiteNode.string()) else {
            throw appetiteNode.fail(
                .unknownReference, "no band '\(try appetiteNode.string())' in matrix '\(matrixID)'")
        }
        let risks = try unique(node.required("risks").list(), "risk", id: \.id) {
            try risk($0, links: links)
        }
        return RiskRegister(
            id: try node.required("id").string(), name: try node.required("name").string(),
            source: try node.required("source").string(), board: try node.optional("board")?.string(),
            matrix: matrix, appetite: appetite, risks: risks)
    }

    static func risk(_ node: PackNode, links: Links) throws -> Risk {
        func linked(_ key: String, in known: Set<String>?, _ what: String) throws -> [String] {
            let ids = try node.optional(key)?.strings() ?? []
            guard let known else {
                if ids.isEmpty { return ids }
                throw try node.required(key).fail(
                    .unknownReference, "\(what) given, but the book names no bcf_plan")
            }
            if let unknown = ids.first(where: { !known.contains($0) }) {
                throw try node.required(key).fail(.unknownReference, "no \(what) '\(unknown)'")
            }
            return ids
        }
        let indicators =
            try links.indicators.map { try linked("indicators", in: $0, "indicator in the pack") }
            ?? node.optional("indicators")?.strings() ?? []
        let linkedActions = try linked(
            "linked_actions", in: links.actions, "action (plan/action) in the book's plans")
        let schemes = try linked("schemes", in: links.schemes, "scheme in the Better Care Fund plan")
        let history = try (node.optional("history")?.list() ?? []).map { review in
            Risk.Review(date: try date(review.required("date")), rating: try rating(review))
        }
        guard zip(history, history.dropFirst()).allSatisfy({ $0.date < $1.date }) else {
            throw node.fail(.inconsistent, "reviews must be in date order", field: "history")
        }
        return Risk(
            id: try node.required("id").string(), description: try node.required("description").string(),
            owner: try node.required("owner").string(), before: try rating(node.required("before")),
            now: try rating(node.required("now")), target: try rating(node.required("target")),
            controls: try node.optional("controls")?.strings() ?? [],
            actions: try node.optional("actions")?.strings() ?? [], review: try date(node.required("review")),
            history: history, indicators: indicators, linkedActions: linkedActions, schemes: schemes)
    }

    static func rating(_ node: PackNode) throws -> Rating {
        func score(_ key: String) throws -> Int {
            let field = try node.required(key)
            let value = try field.int()
            guard Rating.scale.contains(value) else {
                throw field.fail(.outOfRange, "\(key) \(value) is not from 1 to 5")
            }
            return value
        }
        return Rating(likelihood: try score("likelihood"), consequence: try score("consequence"))!
    }

    static func date(_ node: PackNode) throws -> CivilDate {
        let text = try node.string()
        guard let date = CivilDate(iso: text) else {
            throw node.fail(.wrongType, "'\(text)' is not a date (YYYY-MM-DD) that exists")
        }
        return date
    }
}
