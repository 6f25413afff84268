import Foundation

/// Typed reads over the `Any` tree `JSONSerialization` returns, each with the JSON path it was read at,
/// so a diagnostic can say where in an evidence file the unexpected value is.
struct JSONTree {
    let value: Any
    let path: String

    init(_ value: Any, path: String = "$") {
        self.value = value
        self.path = path
    }

    subscript(key: String) -> JSONTree? {
        guard let object = value as? [String: Any], let child = object[key], !(child is NSNull) else { return nil }
        return JSONTree(child, path: "\(path).\(key)")
    }

    var object: [String: Any]? { value as? [String: Any] }

    var items: [JSONTree]? {
        guard let array = value as? [Any] else { return nil }
        return array.enumerated().map { JSONTree($0.element, path: "\(path)[\($0.offset)]") }
    }

    var string: String? { value as? String }

    /// A number (JSON numbers arrive as NSNumber).
    var number: Double? {
        if let number = value as? NSNumber { return number.doubleValue }
        return value as? Double
    }

    /// A human-readable name of the value's JSON type, for "found …" in messages.
    var kindDescription: String {
        switch value {
        case is [String: Any]: return "an object"
        case is [Any]: return "an array"
        case is String: return "a string"
        case is NSNumber: return "a number or bool"
        default: return "null"
        }
    }

    /// Why a document is not JSON, in Foundation's words (with its position, if it gives one).
    struct ParseFailure: Error {
        let detail: String
    }

    /// Parses `bytes`; on failure, why.
    static func parse(_ bytes: [UInt8]) -> Result<JSONTree, ParseFailure> {
        do {
            let value = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            return .success(JSONTree(value))
        } catch {
            let ns = error as NSError
            let detail = (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
            return .failure(ParseFailure(detail: detail))
        }
    }
}
