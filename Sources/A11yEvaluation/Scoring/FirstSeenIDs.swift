/// Ids kept once each, in the order first seen: an indicator's failed or undecided checks.
///
/// An indicator lists a few checks per subject, and the ids come from one list per program: up to
/// ``scanLimit`` ids are compared one by one, and only a longer list is hashed. A set from the first id
/// cost about a sixth of `evaluate`'s instructions on 100 rules × 10,000 subjects (`--format summary`),
/// hashing every id and growing the set for every indicator of every subject.
///
/// An id may come with a key: a number that is equal for two keyed ids exactly when the ids are (a
/// rule's ``ResultPlan/ruleIDKeys``). Two keyed ids are compared by their keys, and a keyed id with an
/// unkeyed one by their text; comparing different rule ids as strings cost a tenth of the same run.
struct FirstSeenIDs {
    /// The keys kept beside the scanned part of the list.
    private typealias Keys = InlineArray<16, Int32>
    /// The longest list scanned instead of hashed (as many ids as keys are kept).
    static let scanLimit = Keys.count

    /// The ids, each once, in the order first seen.
    private(set) var list: [String] = []
    /// The keys of the first ``scanLimit`` ids (-1: given without a key).
    private var keys = Keys(repeating: -1)
    /// The same ids, once the list is longer than ``scanLimit``.
    private var set: Set<String> = []

    /// Adds `id` unless it is already here; `key`, if not -1, is its key (see the type's description).
    mutating func insert(_ id: String, key: Int32 = -1) {
        let count = list.count
        if count < Self.scanLimit {
            if key >= 0 {
                for index in 0..<count where keys[index] == key || keys[index] < 0 && list[index] == id { return }
            } else if list.contains(id) {
                return
            }
            keys[count] = key
            list.append(id)
            return
        }
        if set.isEmpty {
            set.reserveCapacity(2 * list.count)
            set.formUnion(list)
        }
        if set.insert(id).inserted { list.append(id) }
    }
}
