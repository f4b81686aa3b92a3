import Hummingbird
import ServiceLifecycle

/// The server's sessions, in memory and bounded: at most ``capacity`` sessions of signed-in users
/// and as many of visitors who only opened the sign-in form (whose sessions also expire sooner).
/// When a kind is full, expired sessions go first, then its oldest tenth, so a flood of form
/// sessions can never push out the sessions of signed-in users, nor grow without bound.
actor SessionStore: PersistDriver {
    /// One stored session.
    struct Item {
        let value: any Codable & Sendable
        let expires: ContinuousClock.Instant?
        let signedIn: Bool
        let order: Int
    }

    /// Sessions of each kind kept at most.
    let capacity: Int
    private var items: [String: Item] = [:]
    private var written = 0
    private var held = (signedIn: 0, visitors: 0)

    /// A store keeping at most `capacity` sessions of each kind.
    init(capacity: Int = 20_000) { self.capacity = max(10, capacity) }

    func create(key: String, value: some Codable & Sendable, expires: Duration?) async throws {
        guard items[key] == nil else { throw PersistError.duplicate }
        store(key, value, expires: expires.map { ContinuousClock.now.advanced(by: $0) })
    }

    func set(key: String, value: some Codable & Sendable, expires: Duration?) async throws {
        store(
            key, value, expires: expires.map { ContinuousClock.now.advanced(by: $0) } ?? items[key]?.expires)
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: type)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws
        -> (object: Object, ttl: Duration?)?
    {
        guard let item = items[key] else { return nil }
        if let expires = item.expires, expires < .now {
            drop(key)
            return nil
        }
        guard let object = item.value as? Object else { throw PersistError.invalidConversion }
        return (object, item.expires.map { ContinuousClock.now.duration(to: $0) })
    }

    func remove(key: String) async throws { drop(key) }

    /// Sessions held now, of signed-in users and of visitors.
    var counts: (signedIn: Int, visitors: Int) { held }

    /// Drops expired sessions every minute until the server shuts down.
    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown {
                while true {
                    try await Task.sleep(for: .seconds(60))
                    await self.dropExpired()
                }
            }
        } catch is CancellationError {
            // Shutting down: nothing to keep.
        }
    }

    private func store(_ key: String, _ value: some Codable & Sendable, expires: ContinuousClock.Instant?) {
        let signedIn = (value as? WebSession)?.userName != nil
        drop(key)
        if (signedIn ? held.signedIn : held.visitors) >= capacity {
            dropExpired()
            if (signedIn ? held.signedIn : held.visitors) >= capacity {
                let same = items.filter { $0.value.signedIn == signedIn }
                for (old, _) in same.sorted(by: { $0.value.order < $1.value.order }).prefix(capacity / 10) {
                    drop(old)
                }
            }
        }
        written += 1
        items[key] = Item(value: value, expires: expires, signedIn: signedIn, order: written)
        if signedIn { held.signedIn += 1 } else { held.visitors += 1 }
    }

    private func drop(_ key: String) {
        guard let item = items.removeValue(forKey: key) else { return }
        if item.signedIn { held.signedIn -= 1 } else { held.visitors -= 1 }
    }

    private func dropExpired() {
        let now = ContinuousClock.now
        for (key, item) in items where item.expires.map({ $0 < now }) ?? false { drop(key) }
    }
}
