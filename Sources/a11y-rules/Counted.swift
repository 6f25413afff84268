/// `1 subject`, `2 subjects`: a count with its noun in the right number (English nouns with a plain `s`
/// plural, which is all the summaries need).
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
