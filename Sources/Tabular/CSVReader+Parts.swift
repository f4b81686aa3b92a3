#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Dispatch
import Synchronization

extension CSVReader {
    /// Reads the rest of the file on several cores: split at line ends into `parts` pieces, each
    /// read into its own `State` (made by `make`, filled by `body` record by record), the states
    /// then merged in file order by `merge`, which is given the number to add to the second
    /// state's line numbers (a piece's lines are counted from its own start).
    ///
    /// The sequential reading is the reference: when the file holds a quoted field, is small (under
    /// `minimumPartBytes` a piece), is read from memory, or when any piece or merge throws, the
    /// whole rest is read again in one piece, so a failure is always the first in file order, with
    /// its true line.
    public func forEachRecord<State: Sendable>(
        parts: Int, minimumPartBytes: Int = 1 << 22, make: @Sendable () -> State,
        _ body: @Sendable (inout State, CSVFields) throws -> Void,
        merge: (inout State, consuming State, _ lineOffset: Int) throws -> Void
    ) throws -> State {
        if let bounds = partBounds(parts, minimumPartBytes: minimumPartBytes),
            let merged = try? readParts(bounds, make: make, body, merge: merge)
        {
            return merged
        }
        var state = make()
        try forEachRecord { try body(&state, $0) }
        return state
    }

    private struct QuotedField: Error {}

    private func readParts<State: Sendable>(
        _ bounds: [Int], make: @Sendable () -> State,
        _ body: @Sendable (inout State, CSVFields) throws -> Void,
        merge: (inout State, consuming State, Int) throws -> Void
    ) throws -> State {
        let (path, firstLine, count) = (name, line, bounds.count - 1)
        let slots = Mutex<[Result<(state: State, lines: Int), any Error>?]>(
            Array(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { part in
            let result = Result { () throws -> (state: State, lines: Int) in
                let reader = try CSVReader(path: path, range: bounds[part]..<bounds[part + 1])
                if part == 0 { reader.line = firstLine }
                var state = make()
                try reader.forEachRecord(quoted: { throw QuotedField() }) { try body(&state, $0) }
                return (state, reader.line - 1)
            }
            slots.withLock { $0[part] = result }
        }
        let results = try slots.withLock { $0 }.map { try $0!.get() }
        var merged = results[0].state
        var offset = results[0].lines
        for part in results.dropFirst() {
            try merge(&merged, part.state, offset)
            offset += part.lines
        }
        return merged
    }

    /// Where the rest of the file splits into `parts` pieces, each starting just after a line end;
    /// nil when it should not be split.
    private func partBounds(_ parts: Int, minimumPartBytes: Int) -> [Int]? {
        guard parts > 1, let file, !atEOF else { return nil }
        var info = stat()
        guard fstat(fileno(file), &info) == 0 else { return nil }
        let size = Int(info.st_size)
        let position = Int(ftello(file)) - (end - start)
        guard position >= 0, size - position >= parts * minimumPartBytes else { return nil }
        var bounds = [position]
        let descriptor = fileno(file)
        var window = [UInt8](repeating: 0, count: 1 << 16)
        for part in 1..<parts {
            var at = position + (size - position) * part / parts
            while true {
                let read = window.withUnsafeMutableBytes {
                    pread(descriptor, $0.baseAddress!, $0.count, off_t(at))
                }
                guard read > 0 else { return nil }
                if let newline = window[0..<read].firstIndex(of: UInt8(ascii: "\n")) {
                    at += newline + 1
                    break
                }
                at += read
            }
            guard at > bounds.last!, at < size else { return nil }
            bounds.append(at)
        }
        bounds.append(size)
        return bounds
    }
}
