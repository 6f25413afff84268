import A11yModel

/// Serialises ``JSONValue`` as UTF-8 JSON text, pretty-printed with two spaces or compact (through
/// ``JSONStreamWriter``; write large documents with that writer directly).
public enum JSONWriter {
    /// The JSON text of `value`, with a final newline when pretty.
    public static func write(_ value: JSONValue, pretty: Bool = true) -> String {
        var json = JSONStreamWriter(pretty: pretty)
        json.value(value)
        if pretty { json.raw("\n") }
        return json.text
    }
}
