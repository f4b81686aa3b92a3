import Foundation
import PlaceModel
import Store
import Tabular

/// One file's load: a reading and validating thread feeding batches to the inserting caller.
struct FileLoad: Sendable {
    enum Outcome {
        case loaded(LoadReport, newPersons: Set<Int64>)
        case abandoned([QuarantinedRow], Error)
    }

    private enum Message: Sendable {
        case rows(RowBatch, lines: [Int], read: Int, rejected: Int)
        case end(read: Int, rejected: [QuarantinedRow], newPersons: Set<Int64>)
        case abandoned([QuarantinedRow], LoadError)
    }

    let table: TableSchema
    let path: String
    let allowedErrors: Int?
    let limit: Int?
    static let batchSize = 8192

    func run(references: ReferenceSets, writer: any BulkWriter, progress: (@Sendable (LoadProgress) -> Void)?)
        -> Outcome
    {
        let reader: CSVReader
        let validator: RowValidator
        do {
            reader = try CSVReader(path: path)
            validator = try RowValidator(table: table, header: reader.header, file: path)
        } catch let error as CSVError {
            return .abandoned([], LoadError.unreadable(path, error.description))
        } catch {
            return .abandoned([], error)
        }
        let channel = BatchChannel<Message>(capacity: 8)
        nonisolated(unsafe) let ownedReader = reader
        let producer = Thread { [self] in
            produce(ownedReader, validator, references, channel)
        }
        producer.stackSize = 1 << 22
        producer.start()
        var stored = 0
        var already = 0
        var conflicting: [QuarantinedRow] = []
        do {
            while let message = channel.receive() {
                switch message {
                case .rows(let batch, let lines, let read, let rejected):
                    var conflicts: [Int] = []
                    let inserted = try writer.insert(batch, conflicts: &conflicts)
                    stored += inserted
                    already += batch.count - inserted - conflicts.count
                    conflicting += conflicts.map { conflict(line: lines[$0]) }
                    progress?(
                        LoadProgress(file: path, rowsRead: read, rowsRejected: rejected + conflicting.count))
                case .end(let read, let rejected, let newPersons):
                    let report = LoadReport(
                        table: table.name, file: path, rowsRead: read, rowsStored: stored,
                        rowsAlreadyStored: already,
                        quarantined: (rejected + conflicting).sorted { $0.line < $1.line },
                        quarantineReport: nil)
                    return .loaded(report, newPersons: newPersons)
                case .abandoned(let rejected, let error):
                    return .abandoned((rejected + conflicting).sorted { $0.line < $1.line }, error)
                }
            }
        } catch {
            channel.cancel()
            return .abandoned([], error)
        }
        return .abandoned([], LoadError.unreadable(path, "the reading thread stopped unexpectedly"))
    }

    /// A row whose key is stored already (or came earlier in the file) with other content.
    private func conflict(line: Int) -> QuarantinedRow {
        QuarantinedRow(
            file: path, line: line, field: table.key.joined(separator: "+"), value: "",
            reason: "a different row with this key is stored already or came earlier in the file "
                + "(only an identical row is a harmless repeat)")
    }

    private func produce(
        _ reader: CSVReader, _ initialValidator: RowValidator, _ initial: ReferenceSets,
        _ channel: BatchChannel<Message>
    ) {
        var references = initial
        var validator = initialValidator
        var batch = RowBatch(table: table, capacity: Self.batchSize)
        var lines: [Int] = []
        var rejected: [QuarantinedRow] = []
        var newPersons: Set<Int64> = []
        var read = 0
        let isPersons = table.name == PlaceSchema.persons.name
        while true {
            let record: CSVRecord
            do {
                guard let next = try reader.next() else { break }
                record = next
            } catch let error as CSVError where error.swallowedLines > 0 {
                // A stray quote ate the rest of the file: storing what came before would silently
                // lose every row after it. The whole load is refused.
                let detail =
                    "a quote opened on line \(error.line) is never closed: it swallows lines \(error.line) to "
                    + "\(error.line + error.swallowedLines), the end of the file; nothing was stored"
                _ = channel.send(.abandoned(rejected, LoadError.unreadable(path, detail)))
                return channel.finish()
            } catch let error as CSVError {
                read += 1
                let reason =
                    error.isTruncation
                    ? "truncated last line: a quoted field is not closed" : "malformed quoting"
                rejected.append(
                    QuarantinedRow(file: path, line: error.line, field: "(row)", value: "", reason: reason))
                continue
            } catch {
                _ = channel.send(.abandoned(rejected, LoadError.unreadable(path, "read error")))
                return channel.finish()
            }
            read += 1
            if let rejection = validator.validate(record, references: references, into: &batch) {
                rejected.append(rejection)
            } else {
                lines.append(record.line)
                if isPersons, let id = record.int64(validator.sourceIndex[0]),
                    references.persons.insert(id).inserted
                {
                    newPersons.insert(id)
                }
                if batch.count == Self.batchSize {
                    guard channel.send(.rows(batch, lines: lines, read: read, rejected: rejected.count))
                    else { return }
                    batch.removeAll()
                    lines.removeAll(keepingCapacity: true)
                }
            }
            if let allowedErrors, rejected.count > allowedErrors {
                let error = LoadError.tooManyErrors(rejected.count, limit: limit ?? allowedErrors, file: path)
                _ = channel.send(.abandoned(rejected, error))
                return channel.finish()
            }
        }
        if batch.count > 0 {
            _ = channel.send(.rows(batch, lines: lines, read: read, rejected: rejected.count))
        }
        _ = channel.send(.end(read: read, rejected: rejected, newPersons: newPersons))
        channel.finish()
    }
}
