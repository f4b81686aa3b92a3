import Foundation

/// An estimate of how many guesses a password takes, in bits, in the manner of zxcvbn but much
/// smaller: the password is split into the cheapest pieces an attacker would try (a common word
/// or password, possibly with digits for letters; a run of one character; a sequence such as
/// `abcde` or `9876`; a row of the keyboard; a repeat of an earlier piece), and any other character
/// costs the bits of the alphabet the password uses. Passwords under ``minimumBits`` are refused.
public enum PasswordStrength {
    /// Bits a password needs.
    public static let minimumBits = 50.0

    /// The estimated bits of `password`.
    public static func bits(_ password: String) -> Double {
        let characters = Array(password)
        let words = characters.map(Self.unleet)
        let perCharacter = log2(alphabet(characters))
        var (i, total) = (0, 0.0)
        while i < characters.count {
            let (length, cost) = cheapestPiece(at: i, characters, words, perCharacter)
            total += cost
            i += length
        }
        return total
    }

    /// The longest cheap piece at `i`, and its cost; a single character when there is none.
    /// `words` is the password read for words (digits for letters read as letters).
    private static func cheapestPiece(
        at i: Int, _ characters: [Character], _ words: [Character], _ perCharacter: Double
    ) -> (Int, Double) {
        let plain = characters.map { Character($0.lowercased()) }
        let rest = String(words[i...])
        if let word = commonWords.filter({ rest.hasPrefix($0) }).max(by: { $0.count < $1.count }) {
            return (word.count, log2(Double(commonWords.count)) + 1)
        }
        var run = 1
        while i + run < characters.count, characters[i + run] == characters[i] { run += 1 }
        if run >= 3 { return (run, perCharacter + log2(Double(run))) }
        let values = plain[i...].prefix(40).compactMap { $0.unicodeScalars.first?.value }
        if values.count >= 3, let step = [1, -1].first(where: { Int(values[1]) - Int(values[0]) == $0 }) {
            var length = 2
            while length < values.count, Int(values[length]) - Int(values[length - 1]) == step { length += 1 }
            if length >= 3 { return (length, perCharacter + log2(Double(length)) + 1) }
        }
        for row in keyboardRows where plain.count - i >= 4 {
            let length = (4...min(12, plain.count - i)).reversed().first {
                row.contains(String(plain[i..<i + $0]))
            }
            if let length { return (length, 6 + log2(Double(length))) }
        }
        if i >= 4, plain.count - i >= 4 {
            let earlier = String(plain[..<i])
            if let length = (4...plain.count - i).reversed().first(where: {
                earlier.contains(String(plain[i..<i + $0]))
            }) {
                return (length, log2(Double(i)) + 1)
            }
        }
        return (1, perCharacter)
    }

    /// The size of the alphabet the password draws on: the classes it uses.
    private static func alphabet(_ characters: [Character]) -> Double {
        var size = 0.0
        if characters.contains(where: { $0.isASCII && $0.isLowercase }) { size += 26 }
        if characters.contains(where: { $0.isASCII && $0.isUppercase }) { size += 26 }
        if characters.contains(where: { $0.isASCII && $0.isNumber }) { size += 10 }
        if characters.contains(where: { $0.isASCII && !$0.isLetter && !$0.isNumber }) { size += 33 }
        if characters.contains(where: { !$0.isASCII }) { size += 100 }
        return max(size, 2)
    }

    /// Lower case, with the digits and symbols people put for letters read as those letters.
    private static func unleet(_ c: Character) -> Character {
        let table: [Character: Character] = [
            "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i",
        ]
        return table[c] ?? Character(c.lowercased())
    }

    private static let keyboardRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "poiuytrewq"]
}
