#!/usr/bin/env bash
# Prints the machine code of benchmark loops, to check what the compiler made of them (BENCHMARKS.md, "Method"):
# that the floor and our parsers are inlined into the loop, and that the floor keeps its digits in registers.
#
#   scripts/bench-asm.sh 'parsing::parse::{closure#0}'     # the floor's parse loop
#   scripts/bench-asm.sh 'parsing::parse::{closure#2}'     # `s.parse::<RunId>()`
#
# PATTERN is part of a demangled name. The loops are `Benches::add::<R, OP, CHECK>::{closure#0}`, OP naming the
# closure in benches/benches/compare/{parsing,formatting}.rs ({closure#N} counts the closures of that function).
# The bench binary is rebuilt with v0 symbol names (only the bench crate; it keeps closure names apart).
set -euo pipefail

pattern="${1:?usage: bench-asm.sh PATTERN (part of a demangled function name)}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cargo rustc --quiet -p id-benches --bench compare --profile bench -- -Csymbol-mangling-version=v0
binary="$(ls -t target/release/deps/compare-* | grep -v '\.d$' | head -1)"

# Each benchmark loop whose name contains PATTERN, from its address to the next symbol's.
nm -n -C "$binary" | awk '$2 ~ /^[tTwW]$/' | awk -v p="$pattern" '
    { addr = $1; name = $0; sub(/^[0-9a-f]+ [a-zA-Z] /, "", name) }
    pending && addr != start { print start, addr; pending = 0 }
    index(name, "<compare::Benches>::add::<") == 1 && name ~ />::\{closure#0\}$/ && index(name, p) && !pending {
        start = addr; pending = 1
    }
' | sort -u | while read -r start stop; do
    objdump -d -C --no-show-raw-insn --start-address="0x$start" --stop-address="0x$stop" "$binary" | tail -n +7
done
