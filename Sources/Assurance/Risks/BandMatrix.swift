/// A risk matrix: how each likelihood × consequence cell is banded. Either each cell names its band
/// (the 2018 winter plan register: a score of 15 is Medium in one cell and Very High in another) or
/// the score does (the 2019 Future in Mind board: 20–25 Critical, 15–16 Serious, …).
public struct BandMatrix: Sendable, Equatable {
    /// How the cells are banded.
    public enum Banding: Sendable, Equatable {
        /// `cells[likelihood - 1][consequence - 1]` is the index of the cell's band.
        case cells([[Int]])
        /// Each band's inclusive score range, by band index.
        case scores([ClosedRange<Int>])
    }

    /// The matrix's id in the pack.
    public let id: String
    /// Its name.
    public let name: String
    /// Where it comes from.
    public let source: String
    /// The bands, most severe first.
    public let bands: [Band]
    /// How cells are banded.
    public let banding: Banding

    /// Creates a matrix; `bands` are sorted most severe first. Callers check that every cell has
    /// exactly one band (``AssuranceBook`` does).
    public init(id: String, name: String, source: String, bands: [Band], banding: Banding) {
        self.id = id
        self.name = name
        self.source = source
        self.bands = bands
        self.banding = banding
    }

    /// The band of a rating, or nil if the matrix leaves its cell out.
    public func band(_ rating: Rating) -> Band? {
        switch banding {
        case .cells(let cells):
            return bands[cells[rating.likelihood - 1][rating.consequence - 1]]
        case .scores(let ranges):
            return ranges.firstIndex { $0.contains(rating.score) }.map { bands[$0] }
        }
    }

    /// The band with `id`.
    public func band(id: String) -> Band? { bands.first { $0.id == id } }
}
