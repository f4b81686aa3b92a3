extension AccessScope: Codable {
    private enum CodingKeys: String, CodingKey { case kind, code }

    /// Reads `{"kind": "practice" | "lcp", "code": "..."}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let code = try container.decode(String.self, forKey: .code)
        guard let scope = AccessScope(kind: try container.decode(String.self, forKey: .kind), code: code)
        else {
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "kind must be practice or lcp, with a code")
        }
        self = scope
    }

    /// Writes `{"kind": "practice" | "lcp", "code": "..."}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(code, forKey: .code)
    }
}
