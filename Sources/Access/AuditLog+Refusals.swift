import Store

extension AuditLog {
    /// Counts a refused person-level request by no signed-in user: held in memory by minute and
    /// written as one row per action and channel when the minute is over (see ``flushRefusals()``),
    /// never as an entry of the append-only log.
    public func refusedAnonymously(_ action: AuditEntry.Action, channel: AuditEntry.Channel) throws {
        let minute = String(UserDirectory.timestamp(now()).prefix(16))
        if let finished = anonymous.add(.init(action: action, channel: channel), minute: minute) {
            try write(finished)
        }
    }

    /// Writes the counts held in memory (a review does first; the server does when it stops).
    public func flushRefusals() throws {
        if let tally = anonymous.take() { try write(tally) }
    }

    /// Refused requests by no signed-in user in `month` (`YYYY-MM`), as written.
    public func anonymousRefusals(month: String) throws -> Int {
        let rows = try store.query(
            "SELECT coalesce(SUM(refused), 0) FROM anonymous_refusals WHERE substr(minute, 1, 7) = ?",
            [.text(month)])
        return Int(rows.first?[0].number ?? 0)
    }

    private func write(_ tally: AnonymousRefusals.Tally) throws {
        try store.transaction { writer in
            for (key, count) in tally.counts {
                try writer.execute(
                    """
                    INSERT INTO anonymous_refusals (minute, action, channel, refused) VALUES (?, ?, ?, ?)
                    ON CONFLICT (minute, action, channel) DO UPDATE SET refused = refused + excluded.refused
                    """,
                    [
                        .text(tally.minute), .text(key.action.rawValue), .text(key.channel.rawValue),
                        .int(Int64(count)),
                    ])
            }
        }
    }
}
