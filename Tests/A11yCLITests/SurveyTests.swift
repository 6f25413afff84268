import Foundation
import Testing
import A11yRules
import A11yAdapters

@Suite("Survey sheets: template and import survey", .serialized)
struct SurveyTests {
    static let qingcheng = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/halls/qingcheng.yaml")

    @Test func csvTemplateOpensInExcelAndWPS() throws {
        let run = try CLIRunner.run(["template", "website", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.unicodeScalars.first == "\u{FEFF}")
        #expect(run.stdout.hasPrefix("\u{FEFF}部分,实例,属性,名称,类型,单位,可选值,值,备注\r\n"))
        let newlines = run.stdout.unicodeScalars.filter { $0 == "\n" }.count
        #expect(newlines == run.stdout.components(separatedBy: "\r\n").count - 1, "every line ends with CRLF")
        #expect(run.stdout.contains("facts,,platform,平台类型（PC 网站／移动网站／政务新媒体）,选项,,pc-site / mobile-site / new-media,,"))
        #expect(run.stdout.contains("page,page-1,text_contrast,普通文字（及文字图片）的最低对比度,比值,,如 1:12、4.5:1、8.33%,,"))
        #expect(run.stdout.contains("page,page-1,body_font_size,默认设置下正文字号,字号/像素,px,"))
        let english = try CLIRunner.run(["template", "website", "--format", "csv", "--lang", "en"])
        #expect(english.stdout.hasPrefix("\u{FEFF}section,instance,attribute,label,type,unit,allowed,value,note\r\n"))
        #expect(english.stdout.contains("page,page-1,text_contrast,Lowest contrast ratio of normal-size text and images of text,ratio,,\"e.g. 1:12, 4.5:1, 8.33%\",,"))
        let unknown = try CLIRunner.run(["template", "hal"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown vocabulary 'hal'"))
    }

    @Test func yamlTemplateIsASubjectFileOnceFilled() throws {
        let dir = try EvidenceSupport.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLIRunner.run(["template", "website", "--format", "yaml"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("    text_contrast: ~   # 普通文字（及文字图片）的最低对比度 (比值; 如 1:12、4.5:1、8.33%)\n") || run.stdout.contains("        text_contrast: ~   # 普通文字（及文字图片）的最低对比度 (比值; 如 1:12、4.5:1、8.33%)\n"))
        let file = dir.appendingPathComponent("site.yaml")
        try run.stdout.replacingOccurrences(of: "  id: ~ ", with: "  id: my-site ").replacingOccurrences(of: "        text_contrast: ~", with: "        text_contrast: 3.1:1")
            .write(to: file, atomically: true, encoding: .utf8)
        let evaluated = try CLIRunner.run(["evaluate", file.path, "--format", "json"])
        #expect(evaluated.status == 0, "\(evaluated.stderr)")
        let table = try EvidenceSupport.outcomes(evaluated.stdout)
        #expect(table["WCAG20:1.4.3"]?["page-1"] == "failed")
        #expect(table["WCAG20:1.4.8"]?["page-1"] == "cantTell")  // nothing surveyed is never a pass
        let imported = try CLIRunner.run(["import", "survey", file.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("        text_contrast: 3.1:1\n"))
    }

    /// Fills the template's rows from a subject, as a field team would: one block per instance.
    private func fill(_ template: [[String]], from subject: Subject) -> [[String]] {
        var rows = [template[0]]
        var blocks: [String: [[String]]] = [:]
        var order: [String] = []
        for row in template.dropFirst() {
            let (section, attribute) = (row[0], row[2])
            var filled = row
            switch section {
            case "subject":
                switch attribute {
                case "id": filled[7] = subject.id
                case "name": filled[7] = subject.name.zh ?? ""
                case "name_en": filled[7] = subject.name.en ?? ""
                case "region": filled[7] = subject.region.joined(separator: " / ")
                case "assessed": filled[7] = subject.assessed?.description ?? ""
                case "note": filled[7] = subject.note.zh ?? ""
                case "note_en": filled[7] = subject.note.en ?? ""
                default: break
                }
                rows.append(filled)
            case "facts":
                filled[7] = subject.facts[attribute]?.text ?? ""
                rows.append(filled)
            case "answers", "waivers":
                continue
            default:
                if attribute == "count" {
                    filled[7] = subject.parts[section].map { String($0.count) } ?? ""
                    rows.append(filled)
                    order.append(section)
                } else {
                    blocks[section, default: []].append(row)
                }
            }
        }
        var out: [[String]] = []
        for row in rows {
            out.append(row)
            guard row[0] != "subject", row[0] != "facts", row[2] == "count" else { continue }
            for instance in subject.parts[row[0]] ?? [] {
                for template in blocks[row[0]] ?? [] {
                    var filled = template
                    filled[1] = instance.id
                    switch template[2] {
                    case "name": filled[7] = instance.name.zh ?? ""
                    case "name_en": filled[7] = instance.name.en ?? ""
                    default: filled[7] = instance.attributes[template[2]]?.text ?? ""
                    }
                    out.append(filled)
                }
            }
        }
        for (key, answer) in subject.answers.sorted(by: { $0.key < $1.key }) {
            out.append(["answers", key, "outcome", "", "", "", "", answer.outcome.rawValue, ""])
            if let note = answer.note { out.append(["answers", key, "note", "", "", "", "", note, ""]) }
            if let by = answer.by { out.append(["人工结论", key, "作答人", "", "", "", "", by, ""]) }
            if let date = answer.date { out.append(["answers", key, "date", "", "", "", "", date.description, ""]) }
            if let instance = answer.instance { out.append(["answers", key, "instance", "", "", "", "", instance, ""]) }
        }
        for (key, waiver) in subject.waivers.sorted(by: { $0.key < $1.key }) {
            out.append(["waivers", key, "reason", "", "", "", "", waiver.reason, ""])
            if let until = waiver.until { out.append(["豁免", key, "until", "", "", "", "", until.description, ""]) }
            if let by = waiver.by { out.append(["waivers", key, "by", "", "", "", "", by, ""]) }
            if let instance = waiver.instance { out.append(["waivers", key, "instance", "", "", "", "", instance, ""]) }
        }
        return out
    }

    /// What a finding says, without where it was written.
    private func essence(_ json: String) throws -> [String] {
        try EvidenceSupport.findings(json).map { f in
            let observed = (f["observed"] as? [String: String]).map { $0.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",") } ?? ""
            let answer = f["answer"] as? [String: Any]
            return [f["rule"] as? String ?? "-", f["clause"] as? String ?? "", f["part"] as? String ?? "-", f["instance"] as? String ?? "",
                    f["outcome"] as? String ?? "", f["severity"] as? String ?? "", observed, f["expected"] as? String ?? "",
                    (f["missing"] as? [String] ?? []).joined(separator: ","), (answer?["note"] as? String) ?? "", (answer?["by"] as? String) ?? "",
                    ((f["waiver"] as? [String: Any])?["reason"] as? String) ?? ""].joined(separator: " | ")
        }.sorted()
    }

    @Test func templateThenImportSurveyReproducesTheExampleHallsFindings() throws {
        let dir = try EvidenceSupport.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let template = try CLIRunner.run(["template", "facility", "--format", "csv"])
        #expect(template.status == 0)
        let table = try CSVTable.parse(template.stdout).get()
        let workspace = try Workspace.load(subjects: [Self.qingcheng.path])
        try #require(!workspace.load.hasErrors, "\(workspace.renderDiagnostics())")
        let subject = try #require(workspace.load.subjects.first)
        let sheet = dir.appendingPathComponent("qingcheng.csv")
        try CSVTable.write(fill(table.rows.map(\.cells), from: subject)).write(to: sheet, atomically: true, encoding: .utf8)

        let output = dir.appendingPathComponent("qingcheng.yaml")
        let imported = try CLIRunner.run(["import", "survey", sheet.path, "-o", output.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.hasPrefix("读取了 "))
        let fromSheet = try CLIRunner.run(["evaluate", output.path, "--format", "json"])
        let original = try CLIRunner.run(["evaluate", Self.qingcheng.path, "--format", "json"])
        #expect(fromSheet.status == 0 && original.status == 0, "\(fromSheet.stderr)\(original.stderr)")
        let a = try essence(fromSheet.stdout), b = try essence(original.stdout)
        #expect(a.count == b.count)
        #expect(a == b, "first difference: \(zip(a, b).first { $0 != $1 }.map { "\($0.0)\n≠ \($0.1)" } ?? "lengths differ")")
        let scores = { (json: String) throws -> [Double] in
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let subjects = try #require(doc["subjects"] as? [[String: Any]])
            return (subjects.first?["scorecards"] as? [[String: Any]] ?? []).compactMap { $0["score"] as? Double }
        }
        #expect(try scores(fromSheet.stdout) == scores(original.stdout))
    }

    @Test func everyKindOfBadCellIsADiagnosticAtItsRowAndColumn() throws {
        let dir = try EvidenceSupport.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("out.yaml")
        let run = try CLIRunner.run(["import", "survey", "evidence/survey/bad-cells.csv", "-o", output.path, "--lang", "en"])
        #expect(run.status == 2)
        #expect(run.stderr == (try CLIRunner.expected("survey-bad-cells.txt")))
        #expect(!FileManager.default.fileExists(atPath: output.path))

        let unclosed = dir.appendingPathComponent("unclosed.csv")
        try "\u{FEFF}部分,实例,属性,值\r\nfacts,,floors,\"3\r\n".write(to: unclosed, atomically: true, encoding: .utf8)
        let broken = try CLIRunner.run(["import", "survey", unclosed.path])
        #expect(broken.status == 2)
        #expect(broken.stderr.hasPrefix("\(unclosed.path):2:15: error: a quoted cell is never closed"))

        let heading = dir.appendingPathComponent("heading.csv")
        try "名称,值\r\n停车位,12\r\n".write(to: heading, atomically: true, encoding: .utf8)
        let noHeading = try CLIRunner.run(["import", "survey", heading.path])
        #expect(noHeading.status == 2)
        #expect(noHeading.stderr.hasPrefix("\(heading.path):1:1: error: the heading row lacks '部分' (section), '实例' (instance), '属性' (attribute); expected 部分,实例,属性,名称,类型,单位,可选值,值,备注"))
    }

    @Test func unitsChineseWordsAndLabelsAreAcceptedWhereUnambiguous() throws {
        let dir = try EvidenceSupport.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sheet = dir.appendingPathComponent("s.csv")
        try """
        \u{FEFF}部分,实例,属性,名称,类型,单位,可选值,值,备注\r
        被测对象,,id,,,,,t-hall,\r
        subject,,kind,,,,,facility,\r
        事实,,建筑设有电梯,,,,,是,\r
        facts,,parking_spaces,,,,,12 个,\r
        轮椅坡道（每个坡段一个实例）,east,净宽度,,,m,,1.2,\r
        ramp,east,rise,,,m,,45 厘米,\r
        ramp,east,slope,,,,,1：12,\r
        ramp,east,handrails,,,,,Both-Sides,\r
        ramp,west,clear_width,,,m,,120 cm,\r
        platform_lift,,count,,,,,0,\r

        """.write(to: sheet, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["import", "survey", sheet.path, "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("  facts:\n    has_lifts: true\n    parking_spaces: 12\n"), "\(run.stdout)")
        #expect(run.stdout.contains("      - id: east\n        clear_width: 1.2 m\n        slope: 1:12\n        rise: 45 cm\n        handrails: both-sides\n"), "\(run.stdout)")
        #expect(run.stdout.contains("      - id: west\n        clear_width: 120 cm\n"))
        #expect(run.stdout.contains("    platform_lift: []\n"))
        #expect(run.stderr == "Read 10 values; 0 rows were left blank (not surveyed).\n")
    }
}
