import Assurance
import Testing

@Suite("Money as the Better Care Fund template writes it")
struct MoneyTests {
    @Test(
        "Amounts are read in pence",
        arguments: [
            ("£7,302,720", 730_272_000), ("7302720", 730_272_000), ("1234.5", 123_450), ("£0", 0),
            ("£1,234.05", 123_405), (" £999 ", 99_900),
        ])
    func reads(text: String, pence: Int) {
        #expect(Money(text: text)?.pence == pence)
    }

    @Test(
        "What is not money is refused",
        arguments: [
            "seven million", "£7,30,720", "£1,2345", "12.345", "-5", "£", "", "1.2.3", "£ 5", "5,", "1e6",
        ])
    func refuses(text: String) {
        #expect(Money(text: text) == nil, "\(text)")
    }

    @Test("Amounts print as the template prints them")
    func prints() {
        #expect(Money(pounds: 95_713_923).description == "£95,713,923")
        #expect(Money(pence: 123_405).description == "£1,234.05")
        #expect(Money(pence: -52_382_600).description == "-£523,826")
        #expect(Money(pounds: 15_988_500) - Money(pounds: 15_464_674) == Money(pounds: 523_826))
        #expect([Money(pounds: 1), Money(pence: 50)].sum() == Money(pence: 150))
    }

    @Test("A joint scheme's CCG share rounds to the penny")
    func shares() {
        #expect(Money(pounds: 100).share(percent: 33.333) == Money(pence: 3_333))
        #expect(Money(pounds: 270_812).share(percent: 50) == Money(pounds: 135_406))
    }
}
