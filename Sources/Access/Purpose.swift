/// Why a person-level view is asked for: chosen by the user on every request and written to the
/// audit log. Every purpose is one of direct care, as the Leeds Care Record allows.
public enum Purpose: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    /// Caring for this person now (opening their record for a consultation or visit).
    case directCare = "direct-care"
    /// Finding people who need proactive care (a case-finding list for a practice or LCP).
    case caseFinding = "case-finding"
    /// Planning care with a multidisciplinary team for people already known to it.
    case carePlanning = "care-planning"
    /// Protecting a person at risk of harm.
    case safeguarding

    /// The purpose's name as stored and typed.
    public var description: String { rawValue }

    /// The purpose in words, for forms.
    public var label: String {
        switch self {
        case .directCare: return "Direct care of this person"
        case .caseFinding: return "Case-finding for proactive care"
        case .carePlanning: return "Multidisciplinary care planning"
        case .safeguarding: return "Safeguarding"
        }
    }

    /// The purpose named `text`, if any.
    public init?(named text: String) { self.init(rawValue: text.lowercased()) }
}
