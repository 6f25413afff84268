import Foundation
import A11yRules

/// Which clauses each axe-core rule's results are evidence for: the data file
/// `Standards/evidence/axe-mapping.json` (generated from axe's own tags, extended by hand to the
/// GB/T 37668 and MIIT clauses the same check serves).
public struct AxeMapping: Sendable {
    /// How much of a clause a rule tests.
    public enum Coverage: String, Sendable {
        /// The rule tests only part of the clause: its passes never make the clause passed.
        case partial
        /// The rule (with the clause's other full rules) tests all of it.
        case full
    }

    /// One clause an axe rule is evidence for.
    public struct Criterion: Sendable, Hashable {
        /// Full clause id, e.g. `WCAG20:1.4.3`.
        public var clause: String
        /// How much of the clause the rule tests.
        public var coverage: Coverage
        /// How far the mapping can be trusted (axe's own tags: primary; editorial: unverified).
        public var confidence: Confidence
        /// Whether the clause's own rules decide it from the attributes the axe rule measures (no evidence entry of its own).
        public var viaAttributes: Bool

        /// Creates a criterion.
        public init(clause: String, coverage: Coverage, confidence: Confidence, viaAttributes: Bool = false) {
            self.clause = clause
            self.coverage = coverage
            self.confidence = confidence
            self.viaAttributes = viaAttributes
        }
    }

    /// What an axe rule measures into page attributes.
    public enum Measure: Sendable, Hashable {
        /// Each node's contrast ratio, to `text_contrast` or `large_text_contrast` by its expected ratio.
        case contrast
        /// A violation sets the attribute to the value (`alt_text_present: false`); a pass never sets it.
        case onViolation(attribute: String, value: String)

        /// The attributes it fills.
        public var attributes: [String] {
            switch self {
            case .contrast: return ["text_contrast", "large_text_contrast"]
            case .onViolation(let attribute, _): return [attribute]
            }
        }
    }

    /// One axe rule.
    public struct MappedRule: Sendable, Hashable {
        /// The clauses it is evidence for (none for a best-practice rule).
        public var criteria: [Criterion]
        /// What it measures.
        public var measure: Measure?
        /// The axe versions it was seen in.
        public var versions: [String]

        /// Creates a mapped rule.
        public init(criteria: [Criterion], measure: Measure? = nil, versions: [String] = []) {
            self.criteria = criteria
            self.measure = measure
            self.versions = versions
        }
    }

    /// The rules, by axe rule id.
    public var rules: [String: MappedRule]
    /// Lighthouse's own manual audits (not axe rules), known so they are not reported as unknown.
    public var lighthouseManual: Set<String>
    /// The axe versions the mapping was generated from.
    public var checkedVersions: [String]

    /// Creates a mapping.
    public init(rules: [String: MappedRule], lighthouseManual: Set<String> = [], checkedVersions: [String] = []) {
        self.rules = rules
        self.lighthouseManual = lighthouseManual
        self.checkedVersions = checkedVersions
    }

    /// Why a mapping file could not be read.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The file and what is wrong with it.
        public var description: String
    }

    /// The shipped mapping.
    ///
    /// - Throws: ``Failure`` when the resource bundle or the file is missing or malformed.
    public static func shipped() throws(Failure) -> AxeMapping {
        guard let directory = BuiltinCatalog.directory else { throw Failure(description: "the shipped catalogs' resource bundle is missing") }
        return try load(path: directory + "/evidence/axe-mapping.json")
    }

    /// Reads a mapping file.
    ///
    /// - Throws: ``Failure`` when the file cannot be read or does not hold a mapping.
    public static func load(path: String) throws(Failure) -> AxeMapping {
        guard let data = FileManager.default.contents(atPath: path) else { throw Failure(description: "\(path): cannot be read") }
        let tree: JSONTree
        switch JSONTree.parse(Array(data)) {
        case .success(let parsed): tree = parsed
        case .failure(let why): throw Failure(description: "\(path): not JSON: \(why.detail)")
        }
        guard tree["format"]?.string == "a11y-rules/axe-mapping", let ruleObject = tree["rules"]?.object else {
            throw Failure(description: "\(path): expected an a11y-rules/axe-mapping document with rules")
        }
        var rules: [String: MappedRule] = [:]
        for id in ruleObject.keys {
            guard let rule = tree["rules"]?[id] else { continue }
            var criteria: [Criterion] = []
            for item in rule["criteria"]?.items ?? [] {
                guard let clause = item["clause"]?.string,
                      let coverage = item["coverage"]?.string.flatMap(Coverage.init(rawValue:)),
                      let confidence = item["confidence"]?.string.flatMap(Confidence.init(rawValue:)) else {
                    throw Failure(description: "\(path): \(item.path) needs clause, coverage (partial, full) and confidence (primary, secondary, unverified)")
                }
                criteria.append(Criterion(clause: clause, coverage: coverage, confidence: confidence, viaAttributes: item["via"]?.string == "attributes"))
            }
            var measure: Measure?
            switch rule["measures"]?["kind"]?.string {
            case "contrast": measure = .contrast
            case "on-violation":
                guard let attribute = rule["measures"]?["attribute"]?.string, let value = rule["measures"]?["value"]?.string else {
                    throw Failure(description: "\(path): \(rule.path).measures needs attribute and value")
                }
                measure = .onViolation(attribute: attribute, value: value)
            case nil: measure = nil
            case let other?: throw Failure(description: "\(path): \(rule.path).measures has an unknown kind '\(other)'")
            }
            rules[id] = MappedRule(criteria: criteria, measure: measure, versions: (rule["inAxe"]?.items ?? []).compactMap(\.string))
        }
        return AxeMapping(
            rules: rules, lighthouseManual: Set((tree["lighthouseManual"]?.items ?? []).compactMap(\.string)),
            checkedVersions: (tree["axe"]?["checked"]?.items ?? []).compactMap(\.string))
    }
}
