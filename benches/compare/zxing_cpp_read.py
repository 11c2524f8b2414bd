#!/usr/bin/env python3
"""Time zxing-cpp on the corpus images and compare with our reader.

Needs `pip install zxing-cpp pillow`. Runs `cargo run --release --example read_times` for our
per-image medians (5 runs each), times `zxingcpp.read_barcodes` (DataMatrix only, default try
harder settings, Plain text mode) as median of 5 runs on the same preloaded 8-bit grey images,
and prints medians, p95 and the ratio ours / zxing-cpp.

Usage: python3 benches/compare/zxing_cpp_read.py [CORPUS_DIR]   (default ../shared/corpus)
"""
import os
import statistics
import subprocess
import sys
import time

import zxingcpp
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
CRATE = os.path.normpath(os.path.join(HERE, "..", ".."))
corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(CRATE, "..", "shared", "corpus")

ours = {}
out = subprocess.run(
    ["cargo", "run", "--quiet", "--release", "--example", "read_times", "--", corpus],
    cwd=CRATE, check=True, capture_output=True, text=True,
).stdout
for line in out.splitlines():
    name, ms, n = line.split("\t")
    ours[name] = (float(ms), int(n))

zx = {}
for folder in ("real", "synthetic"):
    with open(os.path.join(corpus, folder, "manifest.tsv")) as f:
        rows = [l.rstrip("\n").split("\t") for l in f][1:]
    for r in rows:
        if not r or not r[0]:
            continue
        img = Image.open(os.path.join(corpus, folder, r[0])).convert("L")
        times = []
        for _ in range(5):
            t = time.perf_counter()
            res = zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.DataMatrix,
                                         text_mode=zxingcpp.TextMode.Plain)
            times.append((time.perf_counter() - t) * 1e3)
        zx[f"{folder}/{r[0]}"] = (statistics.median(times), len(res))

names = sorted(set(ours) & set(zx))
def stats(d):
    v = sorted(d[n][0] for n in names)
    return statistics.median(v), v[int(len(v) * 0.95)]
om, op = stats(ours)
zm, zp = stats(zx)
print(f"images: {len(names)}")
print(f"gs1-datamatrix: median {om:.3f} ms, p95 {op:.3f} ms")
print(f"zxing-cpp {zxingcpp.__version__ if hasattr(zxingcpp, '__version__') else ''}: median {zm:.3f} ms, p95 {zp:.3f} ms")
print(f"ratio (ours / zxing-cpp): median {om / zm:.2f}, p95 {op / zp:.2f}")
