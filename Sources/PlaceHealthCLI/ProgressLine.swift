import Foundation
import PlaceModel
import Synchronization

/// Prints progress to standard error, at most a few times a second, overwriting one line on a terminal.
final class ProgressLine: Sendable {
    private let last = Mutex(Date.distantPast)
    private let interactive = isatty(2) != 0

    /// Shows `message` if enough time has passed since the last one (or `force`).
    func show(_ message: String, force: Bool = false) {
        let interval = interactive ? 0.2 : 2
        last.withLock { last in
            let now = Date()
            guard force || now.timeIntervalSince(last) >= interval else { return }
            last = now
            let line = interactive ? "\r\u{1B}[2K" + message : message + "\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// Ends the progress line.
    func finish() {
        if interactive { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}

/// Formats whole numbers with thousands separators.
func grouped(_ value: Int) -> String { value.grouped() }
