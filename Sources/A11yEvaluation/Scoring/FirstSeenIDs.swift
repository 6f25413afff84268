/// Ids kept once each, in the order first seen: an indicator's failed or undecided checks.
///
/// An indicator lists a few checks per subject, and the ids come from one list per program: up to
/// ``scanLimit`` ids are compared one by one (identical strings compare by their bits), and only a longer
/// list is hashed. A set from the first id cost about a sixth of `evaluate`'s instructions on 100 rules ×
/// 10,000 subjects (`--format summary`), hashing every id and growing the set for every indicator of
/// every subject.
struct FirstSeenIDs {
    /// The longest list scanned instead of hashed.
    static let scanLimit = 16

    /// The ids, each once, in the order first seen.
    private(set) var list: [String] = []
    /// The same ids, once the list is longer than ``scanLimit``.
    private var set: Set<String> = []

    /// Adds `id` unless it is already here.
    mutating func insert(_ id: String) {
        if list.count < Self.scanLimit {
            if !list.contains(id) { list.append(id) }
            return
        }
        if set.isEmpty {
            set.reserveCapacity(2 * list.count)
            set.formUnion(list)
        }
        if set.insert(id).inserted { list.append(id) }
    }
}
