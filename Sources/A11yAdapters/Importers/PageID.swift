/// Page instance ids made from URLs: the path's segments joined with `-`, without the file extension
/// or a trailing `index`, in lower case (`https://x.gov.cn/zcwj/notice-31.html` → `zcwj-notice-31`;
/// the site root → `home`). For `file:` URLs only the file name counts.
public enum PageID {
    /// The id for `url`, made unique against `taken` by a `-2`, `-3`… suffix.
    public static func make(from url: String, avoiding taken: Set<String> = []) -> String {
        var rest = Substring(url)
        let isFile = rest.lowercased().hasPrefix("file:")
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if !isFile, let slash = rest.firstIndex(of: "/") { rest = rest[slash...] } else if !isFile { rest = "" }
        if let cut = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<cut] }
        var segments = rest.split(separator: "/").map(String.init)
        if isFile { segments = segments.suffix(1) }
        if var last = segments.last {
            for ext in [".html", ".htm", ".shtml", ".php", ".aspx", ".asp", ".jsp"] where last.lowercased().hasSuffix(ext) {
                last = String(last.dropLast(ext.count))
            }
            segments[segments.count - 1] = last
            if last.lowercased() == "index" || last.isEmpty { segments.removeLast() }
        }
        var id = ""
        for scalar in segments.joined(separator: "-").lowercased().unicodeScalars {
            let keep = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-"
            if keep { id.unicodeScalars.append(scalar) } else if !id.hasSuffix("-") { id += "-" }
        }
        while id.hasSuffix("-") { id.removeLast() }
        while id.hasPrefix("-") { id.removeFirst() }
        if id.isEmpty { id = "home" }
        guard taken.contains(id) else { return id }
        var n = 2
        while taken.contains("\(id)-\(n)") { n += 1 }
        return "\(id)-\(n)"
    }
}
