#!/usr/bin/env python3
"""Decode every symbol `gs1dm encode` makes for the shared encode corpus with zxing-cpp.

Usage: python3 benches/compare/zxingcpp_check.py [GS1DM] [CORPUS]
  GS1DM  defaults to target/release/gs1dm, CORPUS to ../shared/data/encode/corpus.tsv
Needs `pip install zxing-cpp` (no numpy: images are passed as memoryviews).

For each shape policy (square, rect, square-or-rect, dmre) every corpus string is encoded in one
`--batch --json` run; each symbol is drawn at 4 px/module with a 2-module quiet zone and read with
`zxingcpp.read_barcode(is_pure=True)`. A symbol passes when the bytes equal `raw_hex`, the symbology
identifier is `]d2` (`]d8` for DMRE sizes, as zxing-cpp reports) and the text equals `hri`.
A second pass encodes plain (`--raw`) strings that exercise every encodation mode and tail.
Exit code 1 if anything fails.
"""
import json
import os
import subprocess
import sys
import tempfile

import zxingcpp

DMRE_ROWS_COLS = {(8, 48), (8, 64), (8, 80), (8, 96), (8, 120), (8, 144), (12, 64), (12, 88), (16, 64),
                  (20, 36), (20, 44), (20, 64), (22, 48), (24, 48), (24, 64), (26, 40), (26, 48), (26, 64)}


def image(rows, s=4, q=2):
    h, w = (len(rows) + 2 * q) * s, (len(rows[0]) + 2 * q) * s
    buf = bytearray([255]) * (w * h)
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            if ch == '1':
                x0 = (c + q) * s
                for y in range((r + q) * s, (r + q + 1) * s):
                    buf[y * w + x0:y * w + x0 + s] = b'\x00' * s
    return memoryview(buf).cast('B', (h, w))


def run_batch(gs1dm, lines, extra):
    with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False) as f:
        f.write('\n'.join(lines) + '\n')
        name = f.name
    try:
        out = subprocess.run([gs1dm, 'encode', '--batch', name, '--json'] + extra,
                             capture_output=True, text=True)
    finally:
        os.unlink(name)
    return [json.loads(l) for l in out.stdout.splitlines()]


def main():
    gs1dm = sys.argv[1] if len(sys.argv) > 1 else 'target/release/gs1dm'
    corpus = sys.argv[2] if len(sys.argv) > 2 else os.path.join('..', 'shared', 'data', 'encode', 'corpus.tsv')
    rows = [l.rstrip('\n').split('\t') for l in open(corpus, encoding='utf-8')][1:]
    total = failed = 0
    for shape, col in (('square', 4), ('rect', 6), ('square-or-rect', 8), ('dmre', 10)):
        todo = [r for r in rows if r[col]]  # skip strings no peer fitted into this shape
        objs = run_batch(gs1dm, [r[2] for r in todo], ['--shape', shape])
        bad = 0
        for r, o in zip(todo, objs):
            total += 1
            if 'error' in o:
                bad += 1
                print(f'{shape} {r[1]}: encode error {o["error"]}')
                continue
            b = zxingcpp.read_barcode(image(o['modules']), is_pure=True)
            want_id = ']d8' if (o['rows'], o['cols']) in DMRE_ROWS_COLS else ']d2'
            ok = b is not None and b.bytes == bytes.fromhex(r[3]) and b.symbology_identifier == want_id \
                and b.text == r[12]
            if not ok:
                bad += 1
                got = None if b is None else (b.bytes, b.symbology_identifier, b.text)
                print(f'{shape} {r[1]} {o["size"]}: got {got}')
        failed += bad
        print(f'{shape}: {len(todo)} symbols, {bad} failed')
    # plain data through every mode and tail
    samples = ['A', '123456', 'AIMAIMAIMAIMAIM', 'hello world, this is lower case text',
               'ABC>DEF*GHI JKL MNO>PQR*STU', 'EDIFACT^DATA.:;/1234?EDIFACT^DATA.:;/',
               'Mixed CASE text 1234567890 with !"#$%&\'*+,-./ punctuation', 'été à la plage']
    lines = [s[:n] for s in samples for n in range(1, len(s) + 1)]
    for shape in ('square', 'square-or-rect', 'dmre'):
        objs = run_batch(gs1dm, lines, ['--raw', '--shape', shape])
        bad = 0
        for s, o in zip(lines, objs):
            total += 1
            b = zxingcpp.read_barcode(image(o['modules']), is_pure=True)
            want = s.encode('utf-8')
            if b is None or b.bytes != want:
                bad += 1
                print(f'raw {shape} {s!r} {o["size"]}: got {None if b is None else b.bytes}')
        failed += bad
        print(f'raw {shape}: {len(lines)} symbols, {bad} failed')
    print(f'TOTAL {total} symbols decoded by zxing-cpp {zxingcpp.__name__}, {failed} failed')
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
