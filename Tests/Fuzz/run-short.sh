#!/bin/sh
# Runs every fuzz target for SECONDS seconds each (default 30), seeded from the shipped files.
# Exits non-zero, leaving the crashing input in .build/fuzz/artifacts/, if any target finds a crash
# or a broken invariant. Usage: Tests/Fuzz/run-short.sh [SECONDS]   (Linux; libFuzzer comes with
# the Swift toolchain). The build is a debug build (fastest to compile); set FUZZ_CONFIGURATION=release
# for long runs.
set -eu
seconds="${1:-30}"
case "$seconds" in ''|*[!0-9]*|0) echo "usage: $0 [SECONDS]  (SECONDS >= 1 per target)" >&2; exit 64 ;; esac
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
configuration="${FUZZ_CONFIGURATION:-debug}"
cd "$here"
swift build -c "$configuration" -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
bin="$here/.build/$configuration"
work="$here/.build/fuzz"
mkdir -p "$work/artifacts"

# Seed corpora from the shipped files (rebuilt each run; what the fuzzer adds is kept).
seed() { mkdir -p "$work/corpus/$1"; }
seed yaml; seed catalog; seed subject; seed expression
find "$root/Standards" "$root/Examples" -name '*.yaml' | while read -r file; do
    name="$(echo "$file" | sed "s|$root/||; s|/|_|g")"
    cp "$file" "$work/corpus/yaml/$name"
    cp "$file" "$work/corpus/catalog/$name"
done
find "$root/Examples" -name '*.yaml' -o -name '*.json' -o -name '*.jsonl' | while read -r file; do
    cp "$file" "$work/corpus/subject/$(echo "$file" | sed "s|$root/||; s|/|_|g")"
done
grep -rhE '^ *(check|when): ' "$root/Standards" | sed -E 's/^ *(check|when): //' | sort -u \
    | awk -v dir="$work/corpus/expression" '{ file = dir "/seed-" NR; print > file; close(file) }'

status=0
for target in FuzzYAML FuzzCatalog FuzzExpression FuzzSubject; do
    corpus="$work/corpus/$(echo "$target" | sed 's/^Fuzz//' | tr 'A-Z' 'a-z')"
    echo "== $target for ${seconds}s ($(ls "$corpus" | wc -l | tr -d ' ') seeds)"
    if ! "$bin/$target" "$corpus" -dict="$here/tokens.dict" -max_total_time="$seconds" -max_len=65536 \
        -timeout=20 -rss_limit_mb=2048 -artifact_prefix="$work/artifacts/$target-" -print_final_stats=1 \
        > "$work/$target.log" 2>&1; then
        echo "$target FAILED; the log is $work/$target.log, the input in $work/artifacts/" >&2
        tail -40 "$work/$target.log" >&2
        status=1
    else
        grep -E '^stat::number_of_executed_units|^Done' "$work/$target.log" | tr '\n' ' '
        echo
    fi
done
exit "$status"
