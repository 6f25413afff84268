#!/usr/bin/env python3
"""Writes one hall subject with N ramp instances (defect 5 of issue #9: memory bounded by the output).

Usage: huge-subject.py N > hall-N.yaml
Every fourth ramp fails the test catalog's width rule and every third one its handrail rule, so the
report has findings of every outcome. 10^6 instances make a file of about 89 MB.
Evaluate it against the CLI test catalog:
  a11y-rules evaluate hall-N.yaml --no-builtin --catalog Tests/A11yCLITests/Golden/catalog --format json
"""
import sys

def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    out = sys.stdout
    out.write("subject:\n  id: huge-hall\n  kind: hall\n  name: {zh: 大型测试大厅, en: Huge test hall}\n")
    out.write("  assessed: 2022-11-15\n  facts: {parking_spaces: 120, accessible_parking_spaces: 2}\n")
    out.write("  parts:\n    counter:\n      - {id: window-1, height: 800 mm}\n    ramp:\n")
    for n in range(count):
        width = "0.95 m" if n % 4 == 0 else "1.25 m"
        rails = "one-side" if n % 3 == 0 else "both-sides"
        out.write(f"      - {{id: r{n:07d}, clear_width: {width}, slope: 1:12, rise: 450 mm, handrails: {rails}}}\n")

if __name__ == "__main__":
    main()
