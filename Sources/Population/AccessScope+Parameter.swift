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

    /// Whether `code` is 1 to 16 ASCII letters, digits, `-`, `_` or `.`: the form of an area's code,
    /// and of the other short ids users give (a board, a risk, an action).
    public static func isCode(_ code: String) -> Bool {
        (1...16).contains(code.utf8.count)
            && code.utf8.allSatisfy({
                $0 < 128
                    && (Character(Unicode.Scalar($0)).isLetter
                        || Character(Unicode.Scalar($0)).isNumber || "-_.".utf8.contains($0))
            })
    }

    /// `practice:CODE` or `lcp:CODE`: the scope as forms, request parameters and the store write it.
    public var parameter: String { "\(kind):\(code)" }

    /// The scope of `kind` (`practice` or `lcp`) and `code`; nil for another kind, or for a code that
    /// is not 1 to 16 ASCII letters, digits, `-`, `_` or `.` (no area code is longer).
    public init?(kind: String, code: String) {
        guard Self.isCode(code) else { return nil }
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
