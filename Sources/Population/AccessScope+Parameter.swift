extension AccessScope {
    /// `practice` or `lcp`.
    public var kind: String {
        switch self {
        case .practice: return "practice"
        case .lcp: return "lcp"
        }
    }

    /// The practice's or LCP's code.
    public var code: String {
        switch self {
        case .practice(let code), .lcp(let code): return code
        }
    }

    /// `practice:CODE` or `lcp:CODE`: the scope as forms, request parameters and the store write it.
    public var parameter: String { "\(kind):\(code)" }

    /// The scope of `kind` (`practice` or `lcp`) and `code`; nil for another kind or no code.
    public init?(kind: String, code: String) {
        guard !code.isEmpty else { return nil }
        switch kind {
        case "practice": self = .practice(code)
        case "lcp": self = .lcp(code)
        default: return nil
        }
    }

    /// The scope written as `practice:CODE` or `lcp:CODE`; nil for anything else.
    public init?(parameter: String) {
        let parts = parameter.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        self.init(kind: parts[0], code: parts[1])
    }
}
