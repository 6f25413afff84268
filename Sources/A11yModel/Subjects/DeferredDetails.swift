/// A subject's facts and parts, made on first use by a reader that kept what it needs to make them
/// (the JSON Lines reader keeps the line's bytes), then kept.
///
/// A reader that has already checked a subject's line (every value typed, every error reported) need
/// not build one `[String: Observation]` per instance for a subject whose details nobody asks for: an
/// evaluation that writes only scores and counts reads the subject's slotted values
/// (``SlottedValues``). ``Subject/facts`` and ``Subject/parts`` ask this object, which runs `make` once,
/// under a lock (subjects are `Sendable`: copies of one subject may be read on several threads), keeps
/// the result and lets `make` (and the bytes it holds) go.
package final class DeferredDetails: @unchecked Sendable {
    /// A subject's facts and parts.
    package typealias Details = (facts: [String: Observation], parts: [String: [PartInstance]])

    /// Guards `make` and `made`.
    private let lock = PThreadLock()
    private var make: (@Sendable () -> Details)?
    private var made: Details?

    /// Details that `make` makes on first use; `make` must give the same details each time it is called.
    package init(_ make: @escaping @Sendable () -> Details) {
        self.make = make
    }

    /// The facts and parts, made now if this is the first use.
    package var details: Details {
        lock.withLock {
            if let made { return made }
            let details = make?() ?? ([:], [:])
            made = details
            make = nil
            return details
        }
    }

    /// Whether the details have been made (for tests and measurements).
    package var isMade: Bool { lock.withLock { made != nil } }
}
