import Dispatch

/// `map` over all cores for independent, side-effect-free work; results keep the input's order.
/// Shared by the loader (clauses), the evaluator (subjects, chunks) and JSON Lines streaming.
package enum ParallelMap {
    /// Maps `items` with `transform`, on all cores when there are at least `minimumCount` items.
    package static func map<Element, Result>(_ items: [Element], minimumCount: Int = 64, _ transform: (Element) -> Result) -> [Result] {
        guard items.count >= max(2, minimumCount) else { return items.map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            let box = Box<Element, Result>(items: items, transform: transform)
            DispatchQueue.concurrentPerform(iterations: box.chunks) { chunk in box.run(chunk) }
            return box.results.map { $0! }
        }
    }

    /// Shared state of one map: each chunk writes only its own slots of one allocation.
    private final class Box<Element, Result>: @unchecked Sendable {
        let items: [Element]
        let transform: (Element) -> Result
        let chunks: Int
        private let size: Int
        private let slots: UnsafeMutableBufferPointer<Result?>

        init(items: [Element], transform: @escaping (Element) -> Result) {
            self.items = items
            self.transform = transform
            chunks = min(items.count, 64)
            size = (items.count + chunks - 1) / chunks
            slots = .allocate(capacity: items.count)
            slots.initialize(repeating: nil)
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        func run(_ chunk: Int) {
            let start = chunk * size
            let end = min(items.count, start + size)
            guard start < end else { return }
            for index in start..<end { slots[index] = transform(items[index]) }
        }

        var results: [Result?] { Array(slots) }
    }
}
