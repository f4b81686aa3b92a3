import Assurance
import PlacePack
import Testing
import TestSupport

/// Checks that a copy of the Leeds `assurance.yaml` with `good` replaced by `bad` is refused with
/// an error naming the file, its line and `field`.
func expectRefused(
    good: String, bad: String, field: String, sourceLocation: SourceLocation = #_sourceLocation
)
    throws
{
    let folder = try Repository.leedsCopy(changing: AssuranceBook.file, from: good, to: bad)
    do {
        _ = try AssuranceBook.read(from: PlacePack.load(from: folder))
        Issue.record("\(bad) was accepted", sourceLocation: sourceLocation)
    } catch let error as PackError {
        let text = "\(error) \(String(reflecting: error))"
        #expect(
            text.contains(AssuranceBook.file) && text.contains(field), "\(text)",
            sourceLocation: sourceLocation)
        #expect(error.line != nil, "\(text)", sourceLocation: sourceLocation)
    }
}
