import Foundation

extension BCFPlan {
    /// Each High Impact Change's current and planned maturity; a reason where the plan is below
    /// Established.
    func changeChecks() -> [BCFCheck] {
        changes.map { change in
            var outcome = BCFCheck.Outcome.pass
            var figures =
                "current \(change.current?.rawValue ?? "blank"); planned \(change.planned?.rawValue ?? "blank")"
            if let planned = change.planned, planned < .established {
                if let reason = change.reason {
                    outcome = .warning
                    figures += "; below Established, reason given: \(reason)"
                } else {
                    outcome = .fail
                    figures += "; below Established with no reason"
                }
            }
            if let planned = change.planned, let current = change.current, planned < current {
                outcome = max(outcome, .warning)
                figures += "; planned below current"
            }
            if change.current == nil || change.planned == nil { outcome = .fail }
            return BCFCheck(
                id: "hicm.change-\(change.number)", sheet: .hicm,
                title: "Change \(change.number), \(change.name): maturity planned", outcome: outcome,
                figures: figures)
        }
    }

    /// The planned values recomputed from their numerators and denominators, and compared with last
    /// year's plan.
    func metricChecks() -> [BCFCheck] {
        metrics.compactMap { plan in
            let metric = plan.metric
            guard metric != .nonElectiveAdmissions || plan.plan != nil else { return nil }
            guard let value = plan.plan else {
                return BCFCheck(
                    id: "metric.\(metric.key)", sheet: .metrics, title: "\(metric.name): planned",
                    outcome: .fail,
                    figures: "no plan")
            }
            var outcome = BCFCheck.Outcome.pass
            var figures = "plan \(Self.format(value))"
            if let multiplier = metric.multiplier {
                if let numerator = plan.numerator, let denominator = plan.denominator, denominator > 0 {
                    let recomputed = numerator / denominator * multiplier
                    let off = abs(recomputed - value) > metric.tolerance
                    outcome = off ? .fail : .pass
                    figures +=
                        "; \(Self.format(numerator)) / \(Self.format(denominator)) = \(Self.format(recomputed, places: 4))"
                        + (off
                            ? ", more than \(Self.format(metric.tolerance)) from the plan"
                            : " (within \(Self.format(metric.tolerance)))")
                } else {
                    outcome = .fail
                    figures +=
                        "; no numerator and denominator (with a denominator above zero) to recompute it from"
                }
            }
            if let previous = plan.previous {
                let worse = metric.lowerIsBetter ? value > previous : value < previous
                figures += "; last year's plan \(Self.format(previous))"
                if worse {
                    outcome = max(outcome, .warning)
                    figures += ", so less ambitious than last year's"
                }
            }
            return BCFCheck(
                id: "metric.\(metric.key)", sheet: .metrics, title: "\(metric.name): planned value",
                outcome: outcome,
                figures: figures)
        }
    }

    /// PR1 to PR9: any "No" needs actions and a timeframe; an answer the figures contradict fails.
    func requirementChecks() -> [BCFCheck] {
        let funded = fundingChecks().allSatisfy { $0.outcome == .pass }
        let contradicted: [String: (Bool, String)] = [
            "PR4": (socialCareSpend >= minimumSocialCare, "the adult social care minimum"),
            "PR5": (outOfHospitalSpend >= minimumOutOfHospital, "the out-of-hospital minimum"),
            "PR7": (funded, "expenditure equal to income for every source"),
        ]
        return requirements.map { requirement in
            var outcome = BCFCheck.Outcome.pass
            var figures: String
            switch requirement.met {
            case nil:
                outcome = .fail
                figures = "not answered"
            case true?:
                figures = "met"
            case false?:
                if let actions = requirement.actions, let timeframe = requirement.timeframe {
                    outcome = .warning
                    figures = "not met; actions: \(actions); timeframe: \(timeframe)"
                } else {
                    outcome = .fail
                    figures = "not met, with no " + (requirement.actions == nil ? "actions" : "timeframe")
                }
            }
            if requirement.met == true, let (holds, what) = contradicted[requirement.code], !holds {
                outcome = .fail
                figures += ", but the figures do not meet \(what)"
            }
            return BCFCheck(
                id: "requirement.\(requirement.code.lowercased())", sheet: .requirements,
                title: "\(requirement.code) (\(requirement.theme))", outcome: outcome, figures: figures)
        }
    }

    static func format(_ value: Double, places: Int = 2) -> String {
        var text = String(format: "%.\(places)f", value)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

extension BCFMetric {
    /// The metric's short key in check ids.
    var key: String { rawValue.replacingOccurrences(of: "_", with: "-") }
}
