import Ingest
import Testing

@Suite struct PipelineTests {
    @Test func deliversEveryItemInOrder() throws {
        var seen: [Int] = []
        try Pipeline.run(capacity: 3) { send in
            for i in 0..<1000 { guard send(i) else { return } }
        } consume: {
            seen.append($0)
        }
        #expect(seen == Array(0..<1000))
    }

    @Test func aConsumerErrorStopsTheProducer() throws {
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try Pipeline.run(capacity: 2) { send in
                var i = 0
                while send(i) { i += 1 }
            } consume: { (item: Int) in
                if item == 10 { throw Stop() }
            }
        }
    }
}
