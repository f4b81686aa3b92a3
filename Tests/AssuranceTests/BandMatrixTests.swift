import Assurance
import PlaceModel
import Testing
import TestSupport

/// Both of the seeds' matrices, cell by cell, as the Leeds pack holds them.
@Suite struct BandMatrixTests {
    let book: AssuranceBook

    init() throws { book = try AssuranceBook.read(from: Repository.leeds) }

    /// The 2018 winter plan register (seed 002): rows are likelihood 5 down to 1, columns
    /// consequence 1 to 5, as the paper prints them.
    @Test func theWinterMatrixBandsEachCell() throws {
        let matrix = try #require(book.matrices.first { $0.id == "winter-2018" })
        let printed = [
            ["low", "medium", "medium", "very-high", "very-high"],
            ["low", "medium", "medium", "very-high", "very-high"],
            ["low", "medium", "medium", "medium", "very-high"],
            ["low", "low", "medium", "medium", "medium"],
            ["low", "low", "low", "low", "low"],
        ]
        for (row, likelihood) in (1...5).reversed().enumerated() {
            for consequence in 1...5 {
                let rating = try #require(Rating(likelihood: likelihood, consequence: consequence))
                #expect(
                    matrix.band(rating)?.id == printed[row][consequence - 1],
                    "likelihood \(likelihood), consequence \(consequence)")
            }
        }
        // The same score, two bands: store likelihood and consequence, never only their product.
        #expect(matrix.band(Rating(likelihood: 5, consequence: 3)!)?.name == "Medium Priority")
        #expect(matrix.band(Rating(likelihood: 3, consequence: 5)!)?.name == "Very High Priority")
    }

    /// The 2019 Future in Mind board (seed 001) bands by score: 20-25 Critical (black, 1), 15-16
    /// Serious (red, 2), 8-12 High (yellow, 3), 4-6 Moderate (green, 4), 1-3 Low (white, 5).
    @Test func theFutureInMindMatrixBandsByScore() throws {
        let matrix = try #require(book.matrices.first { $0.id == "future-in-mind-2019" })
        func expected(_ score: Int) -> (String, String, Int) {
            switch score {
            case 20...25: return ("critical", "black", 1)
            case 15...16: return ("serious", "red", 2)
            case 8...12: return ("high", "yellow", 3)
            case 4...6: return ("moderate", "green", 4)
            default: return ("low", "white", 5)
            }
        }
        for likelihood in 1...5 {
            for consequence in 1...5 {
                let rating = try #require(Rating(likelihood: likelihood, consequence: consequence))
                let band = try #require(matrix.band(rating))
                let (id, colour, priority) = expected(likelihood * consequence)
                #expect(
                    (band.id, band.colour, band.priority) == (id, colour, priority),
                    "likelihood \(likelihood), consequence \(consequence)")
            }
        }
    }

    @Test func ratingsOutsideOneToFiveDoNotExist() {
        #expect(Rating(likelihood: 0, consequence: 3) == nil)
        #expect(Rating(likelihood: 3, consequence: 6) == nil)
        #expect(Rating(likelihood: 5, consequence: 5)?.score == 25)
    }
}
