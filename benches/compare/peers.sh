#!/usr/bin/env bash
# Every speed comparison of README "Performance" in one run: installs the outside peers, prints the
# machine and versions, then ours against each peer on the same inputs, as ratios.
#   in-process (criterion, same run):  datamatrix crate, rxing, naive baselines  -> benches/gate.py table
#   outside:  zint (Debian package) via benches/compare/zint_batch.sh,
#             zxing-cpp (pip) via benches/compare/zxing_cpp_read.py on the shared corpus and on the
#             line loop's own camera frames
#   the loop: examples/line.rs, one core and all cores
# Usage (from anywhere): bash benches/compare/peers.sh [--quick]
#   --quick: criterion in short mode and only the benches CI gates (line, gs1, serials, decode),
#            fewer zint rounds, 2,000 loop units. A full run takes tens of minutes on 2 cores.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
QUICK=0
[ "${1:-}" = "--quick" ] && QUICK=1

echo "=== peers"
if ! command -v zint >/dev/null; then
  SUDO=""; [ "$(id -u)" != 0 ] && SUDO="sudo"
  $SUDO apt-get install -y zint || { $SUDO apt-get update && $SUDO apt-get install -y zint; }
fi
python3 -c "import zxingcpp" 2>/dev/null || python3 -m pip install --quiet zxing-cpp
python3 -c "import PIL" 2>/dev/null || python3 -m pip install --quiet pillow

echo "=== machine and versions"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
rustc --version
echo "zint: $(zint --version 2>&1 | head -1)"
echo "zxing-cpp (python): $(python3 -m pip show zxing-cpp 2>/dev/null | awk '/^Version/{print $2}')"
for c in datamatrix rxing criterion; do
  awk -v n="$c" '$0=="name = \""n"\""{getline; print n": "$3}' Cargo.lock | tr -d '"'
done

echo "=== build (release)"
cargo build --release --quiet
cargo build --release --quiet --examples

echo "=== in-process peers (criterion, one run; ratio = peer time / our time)"
export CRITERION_HOME="$ROOT/target/peers-criterion"
rm -rf "$CRITERION_HOME"
if [ "$QUICK" = 1 ]; then
  GS1DM_BENCH_QUICK=1 cargo bench --quiet --bench line --bench gs1 --bench serials --bench decode -- \
    --warm-up-time 0.5 --measurement-time 2 --noplot >"$ROOT/target/peers-criterion.log" 2>&1
else
  cargo bench --quiet --bench line --bench encode --bench decode --bench read --bench gs1 \
    --bench serials -- --noplot >"$ROOT/target/peers-criterion.log" 2>&1
fi
grep '^oneshot' "$ROOT/target/peers-criterion.log" || true
python3 benches/gate.py benches/compare/ratios.txt "$CRITERION_HOME"

echo "=== encoder vs zint (outside, same corpus)"
if [ "$QUICK" = 1 ]; then bash benches/compare/zint_batch.sh 3 3; else bash benches/compare/zint_batch.sh; fi

echo "=== reader vs zxing-cpp on the shared image corpus"
python3 benches/compare/zxing_cpp_read.py

echo "=== reader vs zxing-cpp on the line loop's camera frames (first 200 units)"
FRAMES=$(mktemp -d)
trap 'rm -rf "$FRAMES"' EXIT
target/release/examples/line --units 200 --frames "$FRAMES" --max-no-read 100 >/dev/null
python3 benches/compare/zxing_cpp_read.py "$FRAMES"

echo "=== the line loop"
UNITS=20000; [ "$QUICK" = 1 ] && UNITS=2000
target/release/examples/line --units "$UNITS" --max-no-read 100 | tail -20
target/release/examples/line --units "$UNITS" --threads all --max-no-read 100 | tail -3
