/// The 61 success criteria of WCAG 2.0 by conformance level, in the order of the VPAT 2.4 (Rev 508)
/// catalog `2.4-edition-wcag-2.0-508-en` that OpenACR reports are checked against.
enum WCAG20Criteria {
    /// The OpenACR chapter of each level and its criteria.
    static let chapters: [(chapter: String, level: String, criteria: [String])] = [
        ("success_criteria_level_a", "A", [
            "1.1.1", "1.2.1", "1.2.2", "1.2.3", "1.3.1", "1.3.2", "1.3.3", "1.4.1", "1.4.2", "2.1.1", "2.1.2", "2.2.1", "2.2.2",
            "2.3.1", "2.4.1", "2.4.2", "2.4.3", "2.4.4", "3.1.1", "3.2.1", "3.2.2", "3.3.1", "3.3.2", "4.1.1", "4.1.2",
        ]),
        ("success_criteria_level_aa", "AA", [
            "1.2.4", "1.2.5", "1.4.3", "1.4.4", "1.4.5", "2.4.5", "2.4.6", "2.4.7", "3.1.2", "3.2.3", "3.2.4", "3.3.3", "3.3.4",
        ]),
        ("success_criteria_level_aaa", "AAA", [
            "1.2.6", "1.2.7", "1.2.8", "1.2.9", "1.4.6", "1.4.7", "1.4.8", "1.4.9", "2.1.3", "2.2.3", "2.2.4", "2.2.5", "2.3.2",
            "2.4.8", "2.4.9", "2.4.10", "3.1.3", "3.1.4", "3.1.5", "3.1.6", "3.2.5", "3.3.5", "3.3.6",
        ]),
    ]
}
