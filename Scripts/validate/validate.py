#!/usr/bin/env python3
"""Validate the reports of the shipped examples (see Scripts/validate-outputs.sh).

Usage: validate.py --schemas DIR --out DIR

OUT holds, for each example NAME and language LANG, the files NAME.LANG.FORMAT written by
`a11y-rules evaluate --format FORMAT --lang LANG`, with NAME.LANG.json as the reference for counts.
Every check is real: schemas (jsonschema, xmllint), RDF parsing (pyld + rdflib, offline), the OpenACR
catalog, CSV parsing, and axe-core in headless Chromium. A check that cannot run is reported as
such; with CI=true it fails the run.
"""
import argparse
import csv
import glob
import io
import json
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
FAILURES = []
UNAVAILABLE = []
PASSED = []


def fail(check, message):
    FAILURES.append(f"{check}: {message}")
    print(f"FAIL  {check}: {message}")


def unavailable(check, reason):
    UNAVAILABLE.append(f"{check}: {reason}")
    print(f"CANNOT RUN  {check}: {reason}")


def ok(check, detail=""):
    PASSED.append(check)
    print(f"ok    {check}{(' — ' + detail) if detail else ''}")


def reports(out, fmt):
    return sorted(glob.glob(os.path.join(out, f"*.{fmt}")))


def reference(path):
    """The JSON result written beside a report (same example and language)."""
    base = path.rsplit(".", 1)[0]
    with open(base + ".json", encoding="utf-8") as handle:
        return json.load(handle)


def finding_count(document):
    return sum(len(subject["findings"]) for subject in document["subjects"])


# --- SARIF -----------------------------------------------------------------------------------------

def check_sarif(out, schemas):
    try:
        import jsonschema
    except ImportError:
        return unavailable("sarif", "Python package jsonschema is missing")
    with open(os.path.join(schemas, "sarif-schema-2.1.0.json"), encoding="utf-8") as handle:
        schema = json.load(handle)
    validator = jsonschema.Draft4Validator(schema)
    kinds = {"passed": "pass", "failed": "fail", "inapplicable": "notApplicable", "cantTell": "review", "untested": "review"}
    for path in reports(out, "sarif"):
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as handle:
            log = json.load(handle)
        errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
        if errors:
            fail(f"sarif {name}", f"{len(errors)} schema errors, first: {errors[0].message} at {list(errors[0].path)}")
            continue
        run = log["runs"][0]
        rules = run["tool"]["driver"]["rules"]
        expected = [f for s in reference(path)["subjects"] for f in s["findings"]]
        results = run["results"]
        problems = []
        if len(results) != len(expected):
            problems.append(f"{len(results)} results for {len(expected)} findings")
        for result, finding in zip(results, expected):
            if rules[result["ruleIndex"]]["id"] != result["ruleId"]:
                problems.append(f"ruleIndex {result['ruleIndex']} is not {result['ruleId']}")
            if result["kind"] != kinds[finding["outcome"]]:
                problems.append(f"{result['ruleId']}: kind {result['kind']} for outcome {finding['outcome']}")
            if (result["kind"] == "fail") != (result["level"] != "none"):
                problems.append(f"{result['ruleId']}: level {result['level']} with kind {result['kind']}")
            if finding["waiver"] and "suppressions" not in result:
                problems.append(f"{result['ruleId']}: waiver without suppression")
        taxonomies = {t["name"]: t for t in run.get("taxonomies", [])}
        for rule in rules:
            for relation in rule.get("relationships", []):
                component = relation["target"]["toolComponent"]
                taxa = run["taxonomies"][component["index"]]["taxa"]
                if component["name"] not in taxonomies or taxa[relation["target"]["index"]]["id"] != relation["target"]["id"]:
                    problems.append(f"rule {rule['id']}: taxonomy reference does not resolve")
            help_text = rule.get("properties", {}).get("help", {})
            if not help_text.get("zh") or not help_text.get("en"):
                problems.append(f"rule {rule['id']}: help text missing in zh or en")
        if problems:
            fail(f"sarif {name}", "; ".join(problems[:5]))
        else:
            ok(f"sarif {name}", f"{len(results)} results, {len(rules)} rules valid against SARIF 2.1.0")


# --- JUnit -----------------------------------------------------------------------------------------

def check_junit(out, schemas):
    if not shutil.which("xmllint"):
        return unavailable("junit", "xmllint is missing (apt-get install libxml2-utils)")
    import xml.etree.ElementTree as ET
    for path in reports(out, "junit"):
        name = os.path.basename(path)
        good = True
        for xsd in ("junit-10-jenkins-xunit.xsd", "junit-ant-windyroad.xsd"):
            run = subprocess.run(["xmllint", "--noout", "--schema", os.path.join(schemas, xsd), path], capture_output=True, text=True)
            if run.returncode != 0:
                good = False
                fail(f"junit {name}", f"invalid against {xsd}: {run.stderr.strip().splitlines()[0] if run.stderr.strip() else run.returncode}")
        if not good:
            continue
        document = reference(path)
        root = ET.parse(path).getroot()
        cases = root.findall("./testsuite/testcase")
        failures = len(root.findall("./testsuite/testcase/failure"))
        skipped = len(root.findall("./testsuite/testcase/skipped"))
        outcomes = [f["outcome"] for s in document["subjects"] for f in s["findings"]]
        in_force = sum(1 for s in document["subjects"] for f in s["findings"]
                       if f["outcome"] == "failed" and f["waiver"] and not f["waiver"]["expired"])
        expected_failures = outcomes.count("failed") - in_force
        passes = outcomes.count("passed")
        problems = []
        if len(cases) != len(outcomes):
            problems.append(f"{len(cases)} test cases for {len(outcomes)} findings")
        if failures != expected_failures:
            problems.append(f"{failures} failures, expected {expected_failures}")
        if len(cases) - failures - skipped != passes:
            problems.append(f"{len(cases) - failures - skipped} passing test cases for {passes} passed findings (an undecided finding passed?)")
        if problems:
            fail(f"junit {name}", "; ".join(problems))
        else:
            ok(f"junit {name}", f"{len(cases)} test cases valid against both XSDs")


# --- EARL ------------------------------------------------------------------------------------------

def check_earl(out, schemas):
    try:
        import rdflib
        from pyld import jsonld
    except ImportError as error:
        return unavailable("earl", f"Python package missing: {error.name} (pip install rdflib pyld)")
    contexts = {
        "https://act-rules.github.io/earl-context.json": os.path.join(schemas, "earl-context-act-rules.json"),
        "https://www.w3.org/WAI/standards-guidelines/act/earl/earl-context.json": os.path.join(schemas, "earl-context-w3c-wai.json"),
    }

    def loader(url, options=None):
        if url not in contexts:
            raise jsonld.JsonLdError(f"offline: no local copy of {url}", "loading document failed", code="loading document failed")
        with open(contexts[url], encoding="utf-8") as handle:
            return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": json.load(handle)}

    EARL = rdflib.Namespace("http://www.w3.org/ns/earl#")
    outcomes = {"passed", "failed", "inapplicable", "cantTell", "untested"}
    for path in reports(out, "earl"):
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        try:
            nquads = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": loader})
            graph = rdflib.Graph()
            graph.parse(data=nquads, format="nquads")
        except Exception as error:
            fail(f"earl {name}", f"does not parse as RDF: {error}")
            continue
        assertions = list(graph.subjects(rdflib.RDF.type, EARL.Assertion))
        expected = reference(path)
        problems = []
        if len(assertions) != finding_count(expected):
            problems.append(f"{len(assertions)} assertions for {finding_count(expected)} findings")
        for assertion in assertions:
            result = graph.value(assertion, EARL.result)
            outcome = graph.value(result, EARL.outcome) if result is not None else None
            mode = graph.value(assertion, EARL.mode)
            if outcome is None or str(outcome).rsplit("#", 1)[-1] not in outcomes:
                problems.append(f"assertion without an EARL outcome: {outcome}")
            if mode not in (EARL.automatic, EARL.manual):
                problems.append(f"assertion without mode automatic/manual: {mode}")
            if graph.value(assertion, EARL.test) is None or graph.value(assertion, EARL.subject) is None:
                problems.append("assertion without test or subject")
            if len(problems) > 5:
                break
        if problems:
            fail(f"earl {name}", "; ".join(problems[:5]))
        else:
            ok(f"earl {name}", f"{len(assertions)} assertions, {len(graph)} triples")


# --- OpenACR ---------------------------------------------------------------------------------------

def check_openacr(out, schemas):
    try:
        import jsonschema
        import yaml
    except ImportError as error:
        return unavailable("openacr", f"Python package missing: {error.name} (pip install jsonschema pyyaml)")
    with open(os.path.join(schemas, "openacr-0.1.0.json"), encoding="utf-8") as handle:
        schema = json.load(handle)
    with open(os.path.join(schemas, "openacr-catalog-2.4-edition-wcag-2.0-508-en.yaml"), encoding="utf-8") as handle:
        catalog = yaml.safe_load(handle)
    validator = jsonschema.Draft7Validator(schema)
    chapters = {chapter["id"]: chapter for chapter in catalog["chapters"]}
    terms = {term["id"] for term in catalog["terms"]}
    wcag = next(s for s in catalog["standards"] if s["id"] == "wcag-2.0")["chapters"]
    for path in reports(out, "openacr"):
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as handle:
            report = yaml.safe_load(handle)
        errors = list(validator.iter_errors(report))
        if errors:
            fail(f"openacr {name}", f"{len(errors)} schema errors, first: {errors[0].message}")
            continue
        problems = []
        if report.get("catalog") != catalog_name(catalog):
            problems.append(f"catalog {report.get('catalog')!r}")
        seen = 0
        for chapter_id, chapter in report.get("chapters", {}).items():
            if chapter_id not in chapters:
                problems.append(f"unknown chapter {chapter_id}")
                continue
            known = {c["id"]: c for c in chapters[chapter_id]["criteria"]}
            listed = [c["num"] for c in chapter.get("criteria", [])]
            if sorted(listed) != sorted(known):
                problems.append(f"{chapter_id}: criteria {sorted(set(known) ^ set(listed))} missing or unknown")
            for criterion in chapter.get("criteria", []):
                allowed = known.get(criterion["num"], {}).get("components", [])
                for component in criterion.get("components", []):
                    seen += 1
                    if component["name"] not in allowed:
                        problems.append(f"{criterion['num']}: component {component['name']} not in the catalog")
                    if component["adherence"]["level"] not in terms:
                        problems.append(f"{criterion['num']}: term {component['adherence']['level']} not in the catalog")
        if sorted(report.get("chapters", {})) != sorted(wcag):
            problems.append(f"chapters {sorted(report.get('chapters', {}))}, expected the WCAG 2.0 chapters {sorted(wcag)}")
        if problems:
            fail(f"openacr {name}", "; ".join(problems[:5]))
        else:
            ok(f"openacr {name}", f"{seen} criterion components valid against the schema and the catalog")


def catalog_name(catalog):
    return "2.4-edition-wcag-2.0-508-en"


# --- CSV -------------------------------------------------------------------------------------------

def check_csv(out, fmt):
    for path in reports(out, fmt):
        name = os.path.basename(path)
        with open(path, "rb") as handle:
            data = handle.read()
        problems = []
        if not data.startswith(b"\xef\xbb\xbf"):
            problems.append("no UTF-8 byte order mark")
        try:
            text = data[3:].decode("utf-8")
        except UnicodeDecodeError as error:
            fail(f"{fmt} {name}", f"not UTF-8: {error}")
            continue
        try:
            rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
        except csv.Error as error:
            fail(f"{fmt} {name}", f"does not parse as RFC 4180 CSV: {error}")
            continue
        # Every record ends with CRLF: rebuilding the file from the parsed rows with CRLF must give it back.
        rebuilt = io.StringIO(newline="")
        csv.writer(rebuilt, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
        if rebuilt.getvalue() != text:
            problems.append("records are not CRLF-terminated with minimal RFC 4180 quoting")
        widths = {len(row) for row in rows}
        if len(widths) != 1:
            problems.append(f"rows of different widths {sorted(widths)}")
        for row in rows[1:]:
            for cell in row:
                if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                    try:
                        float(cell)
                    except ValueError:
                        problems.append(f"cell {cell[:20]!r} could run as a formula")
        document = reference(path) if fmt in ("csv", "csv-summary") else None
        if fmt == "csv" and len(rows) - 1 != finding_count(document):
            problems.append(f"{len(rows) - 1} rows for {finding_count(document)} findings")
        if fmt == "csv-summary":
            expected = sum(len(card["indicators"]) + 1 for s in document["subjects"] for card in s["scorecards"])
            if len(rows) - 1 != expected:
                problems.append(f"{len(rows) - 1} rows for {expected} indicators and totals")
        lang = name.rsplit(".", 2)[-2]
        if (lang == "zh") != any("\u4e00" <= ch <= "\u9fff" for ch in rows[0][0]):
            problems.append(f"header {rows[0][:2]} is not in {lang}")
        if problems:
            fail(f"{fmt} {name}", "; ".join(sorted(set(problems))[:5]))
        else:
            ok(f"{fmt} {name}", f"{len(rows) - 1} rows, BOM, CRLF, RFC 4180")


# --- HTML ------------------------------------------------------------------------------------------

class ResourceScan(HTMLParser):
    """Collects what would make the page load something: external scripts, stylesheets, images, fonts."""

    def __init__(self):
        super().__init__()
        self.external = []
        self.lang = None
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "style":
            self.in_style = True
        for key in ("src", "srcset", "data", "poster"):
            if attrs.get(key):
                self.external.append(f"<{tag} {key}={attrs[key]}>")
        if tag == "link":
            self.external.append(f"<link href={attrs.get('href')}>")
        if tag == "a" and attrs.get("href") and not attrs["href"].startswith("#"):
            self.external.append(f"<a href={attrs['href']}>")

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False

    def handle_data(self, data):
        if self.in_style and ("url(" in data or "@import" in data):
            self.external.append("CSS url()/@import")


def check_html(out):
    files = reports(out, "html")
    for path in files:
        name = os.path.basename(path)
        scan = ResourceScan()
        with open(path, encoding="utf-8") as handle:
            scan.feed(handle.read())
        lang = name.rsplit(".", 2)[-2]
        expected_lang = "zh-CN" if lang == "zh" else "en"
        if scan.external:
            fail(f"html {name}", f"not self-contained: {scan.external[:3]}")
        elif scan.lang != expected_lang:
            fail(f"html {name}", f"lang={scan.lang!r}, expected {expected_lang}")
        else:
            ok(f"html {name}", "self-contained, lang=" + scan.lang)
    axe_run = os.path.join(os.path.dirname(HERE), "axe", "axe_run.py")
    run = subprocess.run([sys.executable, axe_run, "check"] + files, capture_output=True, text=True)
    if run.returncode == 3:
        return unavailable("html axe-core", run.stderr.strip() or "axe_run.py could not run")
    if run.returncode != 0:
        return fail("html axe-core", run.stderr.strip()[-500:])
    report = json.loads(run.stdout)
    for result in report["results"]:
        name = os.path.basename(result["file"])
        if result["violations"]:
            details = "; ".join(f"{v['id']} ({len(v['nodes'])}): {v['nodes'][0]['target']}" for v in result["violations"])
            fail(f"html axe {name}", details)
        else:
            ok(f"html axe {name}", f"axe-core {report['axe']}: 0 violations, {result['passes']} rules passed")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--schemas", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    if not os.path.isdir(args.schemas):
        unavailable("schemas", f"{args.schemas} not found: SARIF, JUnit, EARL and OpenACR cannot be validated")
    else:
        check_sarif(args.out, args.schemas)
        check_junit(args.out, args.schemas)
        check_earl(args.out, args.schemas)
        check_openacr(args.out, args.schemas)
    check_csv(args.out, "csv")
    check_csv(args.out, "csv-summary")
    check_csv(args.out, "rollup-csv")
    check_html(args.out)
    print(f"\n{len(PASSED)} checks passed, {len(FAILURES)} failed, {len(UNAVAILABLE)} could not run")
    for line in UNAVAILABLE:
        print(f"  could not run: {line}")
    if FAILURES:
        return 1
    if UNAVAILABLE and os.environ.get("CI", "").lower() == "true":
        print("CI=true: a check that cannot run fails the run")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
