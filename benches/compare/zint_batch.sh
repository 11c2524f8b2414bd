#!/usr/bin/env bash
# Throughput of `gs1dm encode --batch` against `zint --batch --gs1` (Debian's zint) on the shared
# encode corpus, in one run. Usage (from the crate root, after `cargo build --release`):
#   bash benches/compare/zint_batch.sh [REPEAT=10] [ROUNDS=5]      (SKIP_PNG=1: stdout part only)
# The corpus' bracketed strings (2,100) are repeated REPEAT times into one batch file. Each tool runs
# ROUNDS times on the same file; the median wall-clock time is reported as encodes/s, and the
# median CPU time (user + sys, from /usr/bin/time) as a second ratio that is robust to a loaded machine.
#   stdout:  zint --direct --filetype=TXT (module rows as hex) vs gs1dm --json (rows as 0/1 strings)
#   files:   one PNG per line: zint (-o DIR/~~~~~.png) vs gs1dm --out-dir DIR (first 2,100 lines only)
set -euo pipefail
REPEAT=${1:-10}
ROUNDS=${2:-5}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
GS1DM=${GS1DM:-$ROOT/target/release/gs1dm}
CORPUS=${CORPUS:-$ROOT/../shared/data/encode/corpus.tsv}
command -v zint >/dev/null || { echo "zint not installed (apt-get install -y zint)"; exit 2; }
[ -x "$GS1DM" ] || { echo "build first: cargo build --release"; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
awk -F'\t' 'NR>1{print $3}' "$CORPUS" > "$TMP/one.txt"
for _ in $(seq "$REPEAT"); do cat "$TMP/one.txt"; done > "$TMP/in.txt"
N=$(wc -l < "$TMP/in.txt")
N1=$(wc -l < "$TMP/one.txt")

median_time() { # command... -> "median wall seconds" "median CPU (user+sys) seconds" of ROUNDS runs
  local walls=() cpus=()
  for _ in $(seq "$ROUNDS"); do
    local t0 t1
    t0=$(date +%s.%N)
    if [ -x /usr/bin/time ] && [ "$(type -t "$1")" = file ]; then
      /usr/bin/time -f '%U %S' -o "$TMP/cpu" "$@" > /dev/null 2>&1 || true
    else
      "$@" > /dev/null 2>&1 || true
      echo "0 0" > "$TMP/cpu"
    fi
    t1=$(date +%s.%N)
    walls+=("$(echo "$t1 - $t0" | bc -l)")
    cpus+=("$(awk '{print $1 + $2}' "$TMP/cpu" | tail -1)")
  done
  local w c
  w=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
  c=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
  echo "$w $c"
}

echo "zint: $(zint --version 2>&1 | head -1); inputs: $N lines ($N1 distinct), $ROUNDS rounds, median"
read -r tz cz < <(median_time zint -b 71 --gs1 --gs1parens --square --batch --direct --filetype=TXT -i "$TMP/in.txt")
read -r tg cg < <(median_time "$GS1DM" encode --batch "$TMP/in.txt" --json)
printf 'stdout  zint  %8.3f s  %10.0f encodes/s  (CPU %.3f s)\n' "$tz" "$(echo "$N / $tz" | bc -l)" "$cz"
printf 'stdout  gs1dm %8.3f s  %10.0f encodes/s  (CPU %.3f s)\n' "$tg" "$(echo "$N / $tg" | bc -l)" "$cg"
printf 'stdout  ratio gs1dm/zint: %.1fx wall-clock' "$(echo "$tz / $tg" | bc -l)"
if [ "$(echo "$cg > 0" | bc -l)" = 1 ]; then
  printf ', %.1fx CPU time' "$(echo "$cz / $cg" | bc -l)"
fi
printf '\n'
[ "${SKIP_PNG:-0}" = 1 ] && exit 0

# Each round writes into a fresh directory: overwriting existing files is I/O-bound on some file
# systems (seconds of waiting for both tools), which would measure the disk, not the encoders.
export TMP GS1DM
zint_png() { d=$(mktemp -d -p "$TMP"); zint -b 71 --gs1 --gs1parens --square --batch --filetype=PNG -o "$d/~~~~~.png" -i "$TMP/one.txt"; }
gs1dm_png() { d=$(mktemp -d -p "$TMP"); "$GS1DM" encode --batch "$TMP/one.txt" --out-dir "$d" --format png; }
read -r tzf _ < <(median_time zint_png)
read -r tgf _ < <(median_time gs1dm_png)
printf 'png     zint  %8.3f s  %10.0f encodes/s\n' "$tzf" "$(echo "$N1 / $tzf" | bc -l)"
printf 'png     gs1dm %8.3f s  %10.0f encodes/s\n' "$tgf" "$(echo "$N1 / $tgf" | bc -l)"
printf 'png     ratio gs1dm/zint: %.1fx\n' "$(echo "$tzf / $tgf" | bc -l)"
