"""Prints the ratio table of scripts/bench-exports.sh from the harnesses' JSON lines on stdin.

Exits 1 when a harness found a disagreement, never because of a ratio.
"""

import json
import sys

lines = [json.loads(line) for line in sys.stdin if line.strip()]
print("| language | op | ours (µs/ID) | reference (µs/ID) | ratio ours/reference (median of rounds) | IDs x rounds |")
print("|---|---|---|---|---|---|")
failed = False
for result in lines:
    for row in result["rows"]:
        print(
            f"| {row['language']} | {row['op']} | {row['ours']:.3f} | {row['peer']:.3f} ({row.get('reference', '')}) "
            f"| {row['ratio']:.2f}x | {result['ids']} x {result['rounds']} |"
        )
    if result["disagreements"]:
        failed = True
        print(f"error: {result['disagreements']} disagreements in {result['rows'][0]['language']}", file=sys.stderr)
sys.exit(1 if failed else 0)
