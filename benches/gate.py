#!/usr/bin/env python3
"""CI bench gate: ours-vs-peer speed ratios from one criterion run, checked against thresholds.

Usage: python3 benches/gate.py [THRESHOLDS] [CRITERION_DIR]
  THRESHOLDS     defaults to benches/thresholds.txt (one check per line, reasons inline)
  CRITERION_DIR  defaults to $CRITERION_HOME, else target/criterion

For every `<group>/<function>[/<parameter>]/new/` that criterion wrote, reads the benchmark id
(benchmark.json) and the median time per iteration (estimates.json). A check line names a group
and two functions (shell-style patterns allowed); ratio = peer median / our median, so 2.0 means
we take half the peer's time on the same input in the same run. Never absolute times: those
depend on the machine. A check whose measurement is missing fails too (a renamed or skipped
bench must not silently switch the gate off), except on report-only lines (min_ratio 0, as in
benches/compare/ratios.txt). Exit status 1 when any check fails.
Only the Python 3 standard library is used.
"""
import fnmatch
import json
import os
import sys


def load_medians(root):
    """{"group/function[/param]": median ns per iteration} for every benchmark under root."""
    out = {}
    for dirpath, _dirs, files in os.walk(root):
        if os.path.basename(dirpath) != "new" or "estimates.json" not in files:
            continue
        try:
            with open(os.path.join(dirpath, "benchmark.json")) as f:
                b = json.load(f)
            with open(os.path.join(dirpath, "estimates.json")) as f:
                e = json.load(f)
        except (OSError, ValueError):
            continue
        parts = [b.get("group_id"), b.get("function_id"), b.get("value_str")]
        key = "/".join(p for p in parts if p)
        out[key] = float(e["median"]["point_estimate"])
    return out


def parse_thresholds(path):
    """[(line number, group, ours, peer, min ratio, reason)] from the thresholds file."""
    checks = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            fields = line.split(None, 4)
            if len(fields) < 5:
                sys.exit(f"{path}:{n}: need `group ours peer min_ratio reason`, got {line!r}")
            group, ours, peer, ratio, reason = fields
            checks.append((n, group, ours, peer, float(ratio), reason))
    return checks


def find(medians, group, func):
    pattern = f"{group}/{func}"
    hits = sorted(k for k in medians if fnmatch.fnmatchcase(k, pattern))
    return hits


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    thresholds = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "thresholds.txt")
    root = sys.argv[2] if len(sys.argv) > 2 else os.environ.get(
        "CRITERION_HOME", os.path.join(here, "..", "target", "criterion"))
    medians = load_medians(root)
    failed = 0
    print(f"{'check':<58} {'ours':>11} {'peer':>11} {'ratio':>7} {'min':>6}")
    for n, group, ours, peer, need, reason in parse_thresholds(thresholds):
        name = f"{group}: {ours} vs {peer}"
        o, p = find(medians, group, ours), find(medians, group, peer)
        if len(o) != 1 or len(p) != 1:
            if need <= 0:  # report-only line (benches/compare/ratios.txt): not measured this run
                print(f"{name:<58} not measured")
                continue
            failed += 1
            print(f"{name:<58} FAIL: need one measurement each, found ours={o} peer={p} "
                  f"(thresholds line {n})")
            continue
        mo, mp = medians[o[0]], medians[p[0]]
        ratio = mp / mo if mo > 0 else float("inf")
        ok = ratio >= need
        failed += not ok
        print(f"{name:<58} {mo / 1e3:>9.1f}us {mp / 1e3:>9.1f}us {ratio:>6.2f}x {need:>5.2f}x"
              f"{'' if ok else '  FAIL: ' + reason}")
    print(f"bench gate: {'FAILED' if failed else 'ok'} ({failed} failing)")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
