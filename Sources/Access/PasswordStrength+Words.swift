extension PasswordStrength {
    /// Words and passwords tried first by anyone guessing (the most common passwords, and the
    /// words of this place and service), lower case, with letters for digits.
    static let commonWords: [String] = [
        "password", "passwort", "passwd", "qwerty", "letmein", "welcome", "admin", "administrator",
        "login", "master", "monkey", "dragon", "football", "baseball", "iloveyou", "princess", "sunshine",
        "shadow", "superman", "batman", "trustnoi", "starwars", "whatever", "freedom", "secret", "changeme",
        "default", "summer", "winter", "spring", "autumn", "january", "february", "march", "april", "june",
        "july", "august", "september", "october", "november", "december", "monday", "friday", "hello",
        "test", "guest", "user", "root", "love", "baby", "family", "computer", "internet", "michael",
        "jessica", "charlie", "thomas", "daniel", "jordan", "hunter", "ranger", "soccer", "killer",
        "pepper", "ginger", "cookie", "cheese", "flower", "silver", "golden", "orange", "purple",
        "access", "secure", "security", "private", "office", "work", "leeds", "yorkshire", "england",
        "britain", "london", "united", "liverpool", "arsenal", "chelsea", "nhs", "health", "placehealth",
        "council", "hospital", "doctor", "nurse", "clinic", "care", "patient", "practice", "surgery",
        "abc", "xyz", "qazwsx", "zaq", "asdf", "pass", "word", "temp", "new", "company",
    ]
}
