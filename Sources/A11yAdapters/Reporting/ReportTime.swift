import Foundation

/// The moment a report is stamped with where the data give no date of their own.
///
/// Reports are deterministic: the same input gives the same bytes. The one field that has no source in
/// the input is JUnit's required `timestamp` for a subject without an `assessed` date; it then takes
/// this time. Set `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention) to make
/// such a report reproducible too.
public struct ReportTime: Sendable, Hashable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSince1970: Int64

    /// A fixed time.
    public init(secondsSince1970: Int64) {
        self.secondsSince1970 = secondsSince1970
    }

    /// `SOURCE_DATE_EPOCH` when it holds a whole number of seconds, else the current time.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ReportTime {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text.trimmingCharacters(in: .whitespaces)) {
            return ReportTime(secondsSince1970: seconds)
        }
        return ReportTime(secondsSince1970: Int64(Date().timeIntervalSince1970))
    }

    /// The time as `yyyy-MM-ddTHH:mm:ss` in UTC, with no zone (the form the Ant JUnit schema asks for).
    public var iso8601WithoutZone: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(secondsSince1970)))
    }
}
