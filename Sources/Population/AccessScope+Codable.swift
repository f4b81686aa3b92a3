extension AccessScope: Codable {
    private enum CodingKeys: String, CodingKey { case kind, code }

    /// Reads `{"kind": "practice" | "lcp", "code": "..."}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let code = try container.decode(String.self, forKey: .code)
        switch try container.decode(String.self, forKey: .kind) {
        case "practice": self = .practice(code)
        case "lcp": self = .lcp(code)
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "kind must be practice or lcp")
        }
    }

    /// Writes `{"kind": "practice" | "lcp", "code": "..."}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .practice(let code):
            try container.encode("practice", forKey: .kind)
            try container.encode(code, forKey: .code)
        case .lcp(let code):
            try container.encode("lcp", forKey: .kind)
            try container.encode(code, forKey: .code)
        }
    }
}
