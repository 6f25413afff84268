#!/bin/sh
# Writes every report format for every shipped example (Examples/halls, Examples/online), in Chinese
# and English, with the built CLI, and validates them for real: SARIF against its schema, JUnit
# against both XSDs, EARL as RDF, OpenACR against its schema and the WCAG 2.0 catalog, CSV shape,
# and the HTML report with axe-core in headless Chromium (zero violations).
#
# Usage: Scripts/validate-outputs.sh            (after `swift build`)
# Environment: A11Y_RULES  the CLI to run (default .build/debug/a11y-rules)
#              A11Y_SCHEMAS the schemas folder (default ../shared/schemas next to the repository)
#              KEEP=1      keep the generated reports (their folder is printed)
#              CI=true     a check that cannot run (missing tool or schema) fails the run
# Install what it needs with Scripts/install-validators.sh.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cli=${A11Y_RULES:-$root/.build/debug/a11y-rules}
schemas=${A11Y_SCHEMAS:-}
if [ -z "$schemas" ]; then
    for candidate in "$root/../shared/schemas" "$root/../../shared/schemas"; do
        if [ -d "$candidate" ]; then schemas=$(cd "$candidate" && pwd); break; fi
    done
fi
schemas=${schemas:-$root/../shared/schemas}
if [ ! -x "$cli" ]; then
    echo "validate-outputs: $cli not found: run swift build first (or set A11Y_RULES)" >&2
    exit 2
fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "validate-outputs: python3 is missing: no check can run" >&2
    exit 2
fi
out=$(mktemp -d "${TMPDIR:-/tmp}/a11y-reports.XXXXXX")
if [ "${KEEP:-}" != 1 ]; then trap 'rm -rf "$out"' EXIT; fi
start=$(date +%s)
formats="json sarif junit csv csv-summary summary markdown html earl openacr"
cd "$root"
# One job per example, language and format, two at a time (the reports are independent).
jobs=$out/jobs
for example in Examples/halls/*.yaml Examples/online/*.yaml; do
    name=$(basename "$example" .yaml)
    for lang in zh en; do
        for format in $formats; do
            printf '%s %s %s %s\n' "$example" "$lang" "$format" "$out/$name.$lang.$format"
        done
    done
done > "$jobs"
status=0
xargs -P 2 -L 1 sh -c '"$0" evaluate "$1" --lang "$2" --format "$3" -o "$4" || { echo "validate-outputs: $0 evaluate $1 --lang $2 --format $3 exited $?" >&2; exit 255; }' "$cli" < "$jobs" || status=1
rm -f "$jobs"
# The programme rollup's dashboard and progress form (Examples/programme), in both languages.
for lang in zh en; do
    "$cli" rollup Examples/programme --lang "$lang" --format html -o "$out/rollup-programme.$lang.html" || status=1
    "$cli" rollup Examples/programme --lang "$lang" --format csv -o "$out/rollup-programme.$lang.rollup-csv" || status=1
done
# lint and test diagnostics as SARIF, each beside its JSON form: the shipped catalogs (clean), a broken
# catalog (exit 2) and failing rule examples (exit 1); any other exit status is a failure.
golden=Tests/A11yCLITests/Golden
diagnostics() {
    name=$1 expected=$2
    shift 2
    for format in sarif json; do
        code=0
        (cd "$golden" && "$cli" "$@" --format "$format") > "$out/$name.diagnostics-$format" || code=$?
        if [ "$code" -ne "$expected" ]; then
            echo "validate-outputs: $cli $* --format $format exited $code, not $expected" >&2
            status=1
        fi
    done
}
diagnostics lint-standards 0 lint "$root/Standards"
diagnostics lint-broken 2 lint broken --no-builtin --catalog catalog
diagnostics test-failing 1 test failing --no-builtin --catalog catalog
if [ "$status" -ne 0 ]; then
    echo "validate-outputs: the CLI failed to write a report" >&2
    exit 1
fi
echo "validate-outputs: $(ls "$out" | wc -l) reports in $out (schemas: $schemas)"
python3 "$root/Scripts/validate/validate.py" --schemas "$schemas" --out "$out" || status=$?
echo "validate-outputs: $(( $(date +%s) - start )) s"
exit "$status"
