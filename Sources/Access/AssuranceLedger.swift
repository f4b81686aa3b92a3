import Assurance
import PlaceModel
import Foundation
import Store

/// The stored versions of the Board's risks and actions (`assurance_edits`): appended, never
/// changed or deleted (the store's triggers refuse both), each with who and when.
public struct AssuranceLedger: Sendable {
    /// The store.
    public let store: any PlaceStore

    /// The ledger of `store`.
    public init(store: any PlaceStore) { self.store = store }

    /// Every version, oldest first.
    public func edits() throws -> [AssuranceEdit] {
        try store.query(
            "SELECT edit_id, kind, container, item, body, author, at, state FROM assurance_edits ORDER BY edit_id",
            []
        ).map { row in
            AssuranceEdit(
                sequence: Int(row[0].number ?? 0),
                kind: AssuranceEdit.Kind(rawValue: row[1].textValue ?? "") ?? .risk,
                container: row[2].textValue ?? "", item: row[3].textValue ?? "", body: row[4].textValue ?? "",
                author: row[5].textValue ?? "", at: row[6].textValue ?? "",
                state: AssuranceEdit.State(rawValue: row[7].textValue ?? "") ?? .draft)
        }
    }

    /// Adds a version of `item` (a risk or an action, as JSON in the fields of `assurance.yaml`) by
    /// `author`, checked first against `book` with every stored version applied: the new version
    /// must read as its kind and fit the book (its register or plan, links, dates).
    ///
    /// - Throws: ``PackError`` naming the field when the version does not fit; the store's errors.
    @discardableResult
    public func append(
        _ kind: AssuranceEdit.Kind, container: String, item: String, body: String, author: String,
        state: AssuranceEdit.State, to book: AssuranceBook, at date: Date = Date()
    ) throws -> AssuranceEdit {
        let at = ISO8601DateFormatter().string(from: date)
        let stored = try edits()
        let edit = AssuranceEdit(
            sequence: (stored.last?.sequence ?? 0) + 1, kind: kind, container: container, item: item,
            body: body,
            author: author, at: at, state: state)
        _ = try book.applying(stored + [edit], drafts: true)
        try store.transaction { writer in
            _ = try writer.execute(
                "INSERT INTO assurance_edits (kind, container, item, body, author, at, state) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    .text(kind.rawValue), .text(container), .text(item), .text(body), .text(author),
                    .text(at),
                    .text(state.rawValue),
                ])
        }
        return edit
    }

    /// Every version of one item, oldest first.
    public func history(_ kind: AssuranceEdit.Kind, container: String, item: String) throws -> [AssuranceEdit]
    {
        try edits().filter { $0.kind == kind && $0.container == container && $0.item == item }
    }
}
