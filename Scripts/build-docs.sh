#!/bin/sh
# Builds the DocC archive: the user guide (DocC/A11yRules.docc) with a symbol page for every public
# declaration of the modules users import (A11yRules and the modules it re-exports, A11yAdapters,
# A11yRollup, A11yYAML). Fails if DocC reports any warning (a broken link, an undocumented parameter).
#
# Usage: Scripts/build-docs.sh             (builds the package in debug first if needed)
# Environment: OUT  the archive to write (default .build/A11yRules.doccarchive)
# Preview it with: docc preview DocC/A11yRules.docc --additional-symbol-graph-dir .build/docs-symbol-graphs
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${OUT:-$root/.build/A11yRules.doccarchive}
graphs=$root/.build/docs-symbol-graphs
log=$(mktemp "${TMPDIR:-/tmp}/a11y-docs.XXXXXX")
trap 'rm -f "$log"' EXIT
start=$(date +%s)
# Symbol graphs of every module, public API only, from the debug build.
swift package dump-symbol-graph --minimum-access-level public > "$log" 2>&1 || { cat "$log" >&2; exit 1; }
dumped=$(sed -n 's/^Files written to //p' "$log" | tail -1)
if [ -z "$dumped" ] || [ ! -d "$dumped" ]; then
    cat "$log" >&2
    echo "build-docs: swift package dump-symbol-graph wrote no symbol graphs" >&2
    exit 1
fi
rm -rf "$graphs"
mkdir -p "$graphs"
# The library's modules only: not the tests, the benchmark helpers or the resource bundle's module.
for module in A11yRules A11yModel A11yCatalog A11yEvaluation A11yAdapters A11yRollup A11yYAML; do
    cp "$dumped/$module.symbols.json" "$graphs/"
    for extension in "$dumped/$module"@*.symbols.json; do
        [ -e "$extension" ] && cp "$extension" "$graphs/"
    done
done
rm -rf "$out"
if ! docc convert DocC/A11yRules.docc --additional-symbol-graph-dir "$graphs" --output-path "$out" \
        --fallback-display-name A11yRules --fallback-bundle-identifier a11yrules.A11yRules \
        --warnings-as-errors > "$log" 2>&1; then
    cat "$log" >&2
    echo "build-docs: DocC reported problems (above)" >&2
    exit 1
fi
warnings=$(grep -c '^warning:' "$log" || true)
if [ "$warnings" -ne 0 ]; then
    cat "$log" >&2
    echo "build-docs: $warnings DocC warnings" >&2
    exit 1
fi
echo "build-docs: $out ($(find "$out/data/documentation" -name '*.json' | wc -l) pages, 0 warnings) in $(( $(date +%s) - start )) s"
echo "build-docs: preview with: docc preview DocC/A11yRules.docc --additional-symbol-graph-dir $graphs"
