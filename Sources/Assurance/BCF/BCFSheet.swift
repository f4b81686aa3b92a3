/// The sheets of a Better Care Fund planning template, as the 2019/20 template numbers them.
public enum BCFSheet: String, Sendable, CaseIterable, Comparable {
    /// 2. Cover: who completed and signed off the plan, and the area's contacts.
    case cover = "2. Cover"
    /// 4. Strategic Narrative: the four answers on integration.
    case narrative = "4. Strategic Narrative"
    /// 5. Income: each contribution to the pooled budget.
    case income = "5. Income"
    /// 6. Expenditure: every scheme.
    case expenditure = "6. Expenditure"
    /// 7. High Impact Change Model for managing transfers of care.
    case hicm = "7. HICM"
    /// 8. Metrics.
    case metrics = "8. Metrics"
    /// 9. Planning Requirements PR1 to PR9.
    case requirements = "9. Planning Requirements"

    /// In the template's order.
    public static func < (a: BCFSheet, b: BCFSheet) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
