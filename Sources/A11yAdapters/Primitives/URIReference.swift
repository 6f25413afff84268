/// Relative URI references for file paths and IRIs for ids, percent-encoded where RFC 3986 requires.
public enum URIReference {
    /// `path` as a URI reference: every byte outside `A-Z a-z 0-9 - . _ ~ /` percent-encoded
    /// (`Examples/halls/清城.yaml` → `Examples/halls/%E6%B8%85%E5%9F%8E.yaml`).
    public static func path(_ path: String) -> String {
        encode(path, keepingSlash: true)
    }

    /// `text` as one path segment or fragment of an IRI: also `/` is encoded.
    public static func segment(_ text: String) -> String {
        encode(text, keepingSlash: false)
    }

    private static func encode(_ text: String, keepingSlash: Bool) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in text.utf8 {
            let keep = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E || (keepingSlash && byte == 0x2F)
            if keep {
                out.append(byte)
            } else {
                out += [0x25, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
