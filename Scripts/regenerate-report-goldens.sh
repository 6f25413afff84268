#!/bin/sh
# Rewrites the report golden files (Tests/A11yCLITests/Golden/expected/reports/) by running the built
# CLI on the shipped examples. READ `git diff` before committing the result.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cli=${A11Y_RULES:-$root/.build/debug/a11y-rules}
dir=$root/Tests/A11yCLITests/Golden/expected/reports
mkdir -p "$dir"
cd "$root"
# The list of (example, formats) is the one ReportGoldenTests checks.
while read -r example formats; do
    name=$(basename "$example" .yaml)
    for format in $formats; do
        for lang in zh en; do
            "$cli" evaluate "$example" --format "$format" --lang "$lang" -o "$dir/$name.$lang.$format"
        done
    done
done <<LIST
Examples/halls/qingcheng.yaml text summary csv-summary markdown html
Examples/online/yingde-website.yaml sarif junit csv csv-summary summary markdown html earl openacr
LIST
