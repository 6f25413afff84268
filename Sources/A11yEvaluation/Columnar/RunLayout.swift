/// Where each selected rule's run of outcome bytes lies in a chunk's buffer.
///
/// The runs of one row group (a part kind, or the subjects for subject rules) are laid out one after
/// another, in selection order, and the groups one after another: so a run starts at its group's start
/// plus its rank in the group times the group's rows in the chunk. What depends only on the selection
/// (each rule's group and rank) is made once and shared by every chunk; a chunk keeps only one start
/// and one row count per group, not one offset per rule (at 100,000 rules that was 800 KB a chunk).
struct RunLayout: Sendable {
    /// Per selected rule: its row group.
    let groups: [Int32]
    /// Per selected rule: how many rules of its group come before it in the selection.
    let ranks: [Int32]
    /// Per row group: how many selected rules it has.
    let groupRules: [Int]

    /// The layout for rules of these row groups (`groupCount` groups in all), in this order.
    init(groups: [Int], groupCount: Int) {
        var counts = [Int](repeating: 0, count: groupCount)
        var ranks = [Int32](repeating: 0, count: groups.count)
        for (position, group) in groups.enumerated() {
            ranks[position] = Int32(counts[group])
            counts[group] += 1
        }
        self.groups = groups.map { Int32($0) }
        self.ranks = ranks
        groupRules = counts
    }

    static let empty = RunLayout(groups: [], groupCount: 0)

    /// Where each group's runs start in a chunk whose groups have `rows` rows each; the last entry is
    /// the end (the buffer's size).
    func groupStarts(rows: [Int]) -> [Int] {
        var starts = [0]
        starts.reserveCapacity(groupRules.count + 1)
        for group in groupRules.indices { starts.append(starts[group] + groupRules[group] * rows[group]) }
        return starts
    }
}
