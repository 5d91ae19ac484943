#!/usr/bin/env bash
# Compile-time benchmark of `#[ids]`: manifests of 10, 100 and 1000 kinds, each in a small library crate outside
# the workspace (depending on id-runtime by path, with the workspace's Cargo.lock), as an application's `ids` crate.
#
# For each size it reports, as the minimum and median of $RUNS runs:
#   - `#[ids]` expansion: rustc's own `expand_proc_macro` timer from `-Zself-profile` (read by
#     scripts/macro-time), i.e. the proc macro alone, including reading and validating ids.toml; and
#     `expand_crate`, the whole expansion phase (adds the built-in derives and `macro_rules!` calls it emits);
#   - `cargo build` (debug, incremental as by default) after touching src/lib.rs;
#   - `cargo check` after touching src/lib.rs: what an editor (rust-analyzer's check on save) and a review loop pay;
# and once, what the expansion emits per kind: the lines of `#[ids]`'s own output (`-Zmacro-stats`), and the lines
# and bytes of the crate once everything is expanded (`-Zunpretty=expanded`: derives and templates included).
#
# The -Z flags need RUSTC_BOOTSTRAP=1 on the pinned stable compiler: the same rustc that builds the project is
# measured. Those runs use their own target directory, so they never invalidate the plain builds.
#
#   scripts/compile-bench.sh            # RUNS=5 by default; SIZES="10 100 1000"
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
toolchain="$(sed -n 's/^channel = "\(.*\)"/\1/p' "$root/rust-toolchain.toml")"
runs="${RUNS:-5}"
sizes="${SIZES:-10 100 1000}"
target="$root/target/compile-bench"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo=(cargo "+$toolchain")

# min and median of numbers on stdin, one per line
stats() { sort -g | awk '{v[NR]=$1} END {printf "%.2f %.2f\n", v[1], v[int((NR+1)/2)]}'; }

echo "toolchain: $("${cargo[@]}" --version) / $(rustc "+$toolchain" --version)"
echo "machine:   $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs:      $runs per measurement (min and median shown)"
echo

CARGO_TARGET_DIR="$target/tools" "${cargo[@]}" build --release --quiet --manifest-path "$root/scripts/macro-time/Cargo.toml"
macro_time="$target/tools/release/macro-time"

rows=()
for n in $sizes; do
    crate="$work/ids-$n"
    mkdir -p "$crate/src"
    "$root/scripts/gen-kinds.sh" "$n" > "$crate/ids.toml"
    cat > "$crate/Cargo.toml" <<EOF
[package]
name = "ids-$n"
version = "0.1.0"
edition = "2024"
publish = false

[dependencies]
id-runtime = { path = "$root/id-runtime" }

[workspace]
EOF
    printf '//! %s kinds.\n\n/// The generated IDs.\n#[id_runtime::ids]\npub mod ids {}\n' "$n" > "$crate/src/lib.rs"
    cp "$root/Cargo.lock" "$crate/Cargo.lock"

    # Plain debug builds and checks: dependencies first, then the crate alone after touching it.
    (cd "$crate" && CARGO_TARGET_DIR="$target/plain" "${cargo[@]}" build --quiet)
    (cd "$crate" && CARGO_TARGET_DIR="$target/plain" "${cargo[@]}" check --quiet)
    build_times=()
    check_times=()
    for _ in $(seq "$runs"); do
        for command in build check; do
            touch "$crate/src/lib.rs"
            start=$(date +%s.%N)
            (cd "$crate" && CARGO_TARGET_DIR="$target/plain" "${cargo[@]}" "$command" --quiet)
            elapsed="$(awk -v start="$start" -v end="$(date +%s.%N)" 'BEGIN {print end - start}')"
            if [[ "$command" == build ]]; then build_times+=("$elapsed"); else check_times+=("$elapsed"); fi
        done
    done

    # Expansion, timed by rustc itself.
    (cd "$crate" && RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$target/profiled" "${cargo[@]}" build --quiet)
    proc_macro=()
    expand_crate=()
    for _ in $(seq "$runs"); do
        rm -rf "$work/profile"
        touch "$crate/src/lib.rs"
        (cd "$crate" && RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$target/profiled" \
            "${cargo[@]}" rustc --quiet --lib -- -Zself-profile="$work/profile")
        read -r pm ec < <("$macro_time" "$work"/profile/*.mm_profdata)
        proc_macro+=("$pm")
        expand_crate+=("$ec")
    done

    # What the expansion emits: `#[ids]`'s own output (lines, from -Zmacro-stats; numbers there use `_` as a
    # thousands separator), and the crate after all expansion, as rustc prints it (-Zunpretty=expanded).
    touch "$crate/src/lib.rs"
    ids_lines="$(cd "$crate" && RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$target/profiled" \
        "${cargo[@]}" rustc --quiet --lib -- -Zmacro-stats 2>&1 |
        awk '/#\[id_runtime::ids\]/ {gsub("_", "", $4); print $4}')"
    read -r all_lines all_bytes < <(cd "$crate" && RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$target/profiled" \
        "${cargo[@]}" rustc --quiet --lib -- -Zunpretty=expanded 2>/dev/null | wc -l -c)

    read -r pm_min pm_med < <(printf '%s\n' "${proc_macro[@]}" | stats)
    read -r ec_min ec_med < <(printf '%s\n' "${expand_crate[@]}" | stats)
    read -r b_min b_med < <(printf '%s\n' "${build_times[@]}" | stats)
    read -r c_min c_med < <(printf '%s\n' "${check_times[@]}" | stats)
    rows+=("$(printf '| %s | %.0f / %.0f ms | %.0f / %.0f ms | %.2f / %.2f s | %.2f / %.2f s | %s | %s | %s |' \
        "$n" "$pm_min" "$pm_med" "$ec_min" "$ec_med" "$b_min" "$b_med" "$c_min" "$c_med" \
        "$((ids_lines / n))" "$((all_lines / n))" "$((all_bytes / n))")")
    echo "measured $n kinds" >&2
done

echo '| kinds | `#[ids]` proc macro (min / median) | whole expansion phase (min / median) | `cargo build` after touch (min / median) | `cargo check` after touch (min / median) | `#[ids]` output, lines / kind | fully expanded, lines / kind | fully expanded, bytes / kind |'
echo '|---:|---:|---:|---:|---:|---:|---:|---:|'
printf '%s\n' "${rows[@]}"
echo
echo 'Measured, not targeted: the per-kind API of the earlier issues is kept.'
