#!/usr/bin/env python3
"""Builds fuzz seed inputs from the shared test data, in each harness's input layout.

Usage (from the repository root, with ../shared beside it):
    python3 fuzz/make_seeds.py fuzz/seeds            # the small checked-in set (replayed by tests)
    python3 fuzz/make_seeds.py fuzz/corpus --all     # every case, as the CI fuzz stage uses

Sources: GS1 syntax vectors (bracketed, raw `^`, scanner data, Digital Link), the encoder corpus
(GS-separated data, ASCII codewords), EPC vectors (URNs, tag URIs and hex, DL URIs), the EPCIS
examples (JSON-LD and XML), and the codec fixtures' module grids (text grids and rendered pixels).
The input layouts are documented at the top of each `fuzz/harness/<target>.rs`.
"""

import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared", "data")
GRIDS = os.path.join(ROOT, "tests", "data", "codec")


def write(out, target, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def one_per(rows, key, limit):
    """The first row of each `key` value (diverse, small), or every row when limit is None."""
    if limit is None:
        return rows
    seen, out = set(), []
    for r in rows:
        k = key(r)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out[:limit]


def jsonl(path):
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [r for r in rows if "_columns" not in r]


def grids():
    out = []
    for name in sorted(os.listdir(GRIDS)):
        if name.endswith(".txt"):
            with open(os.path.join(GRIDS, name), encoding="ascii") as f:
                rows = [line.strip() for line in f if line.strip()]
            out.append((name, rows))
    return out


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    limit = None if "--all" in sys.argv else 24
    if not os.path.isdir(SHARED):
        sys.exit("make_seeds.py: ../shared/data is missing")

    vectors = jsonl(os.path.join(SHARED, "gs1", "vectors.jsonl"))
    by_class = lambda r: r["class"]
    for r in one_per([v for v in vectors if v["api"] == "ai"], by_class, limit):
        write(out, "gs1_bracketed", b"\x00" + r["input"].encode())
    for r in one_per([v for v in vectors if v["api"] in ("data", "scan")], by_class, limit):
        write(out, "gs1_raw", b"\x00" + r["input"].encode())
    dl = [v for v in vectors if v.get("dl_uri")] + [
        v for v in vectors if v["api"] == "data" and v["input"].lower().startswith("http")
    ]
    for r in one_per(dl, by_class, limit):
        write(out, "gs1_dl_uri", b"\x00" + (r.get("dl_uri") or r["input"]).encode())

    with open(os.path.join(SHARED, "encode", "corpus.tsv"), encoding="utf-8") as f:
        head, *lines = [line.rstrip("\n").split("\t") for line in f]
    corpus = [dict(zip(head, cols)) for cols in lines]
    corpus = one_per(corpus, lambda r: r["set"], limit) if limit else corpus
    enc_header = bytes([1, 3, 0, 0x1F]) + bytes(4) + bytes(4) + (3).to_bytes(4, "little") + (
        1
    ).to_bytes(4, "little") + (600).to_bytes(4, "little") + (250).to_bytes(4, "little")
    for r in corpus:
        raw = bytes.fromhex(r["raw_hex"])
        write(out, "gs1_raw", b"\x00" + raw)
        write(out, "encode", enc_header + raw)
        # ASCII encodation: FNC1 (232), then byte + 1 per byte, GS as FNC1.
        if all(b < 128 for b in raw):
            cw = bytes([232] + [232 if b == 0x1D else b + 1 for b in raw])
            write(out, "decode_codewords", b"\x00" + cw)

    # Scanner text for the normaliser: separators kept, replaced by stand-ins or dropped, with
    # and without the `]d2` prefix; selector byte 0 (first built-in profile) or 7 (none).
    stand_ins = ["\x1d", "|", "<GS>", "", "{GS}", "^]"]
    for i, r in enumerate(corpus):
        raw = bytes.fromhex(r["raw_hex"])
        if not all(b < 128 for b in raw):
            continue
        text = raw.decode("ascii").replace("\x1d", stand_ins[i % len(stand_ins)])
        prefix = "]d2" if i % 2 else ""
        write(out, "gs1_normalize", bytes([0 if i % 3 else 7]) + (prefix + text).encode())

    for r in one_per(jsonl(os.path.join(SHARED, "epcis", "vectors-epc.jsonl")), lambda r: r["scheme"], limit):
        for k in ("urn", "input_urn", "tag_uri_96", "hex_96", "dl_uri"):
            if r.get(k):
                write(out, "epc_urn", r[k].encode())

    docs = []
    for base, _, names in os.walk(os.path.join(SHARED, "epcis")):
        for n in sorted(names):
            p = os.path.join(base, n)
            if n.endswith((".jsonld", ".xml")) and os.path.getsize(p) <= 8192:
                docs.append(p)
    for p in sorted(docs)[: limit or len(docs)]:
        with open(p, "rb") as f:
            write(out, "epcis_parse", f.read())

    for name, rows in one_per(grids(), lambda g: g[0].split("_")[0] + str(len(g[1])), limit):
        write(out, "decode_grid", b"\xff" + "\n".join(rows).encode() + b"\n")
        h, w = len(rows), len(rows[0])
        scale = 2 if max(h, w) * 2 + 4 <= 255 else 1
        W, H = (w + 2) * scale, (h + 2) * scale
        if W > 255 or H > 255:
            continue
        pixels = bytearray([255] * (W * H))
        for r, line in enumerate(rows):
            for c, ch in enumerate(line):
                if ch == "1":
                    for dy in range(scale):
                        for dx in range(scale):
                            pixels[((r + 1) * scale + dy) * W + (c + 1) * scale + dx] = 0
        write(out, "read_image", bytes([W, H, 0, 0, 0, 0, 0, 0]) + bytes(pixels))

    # Reed-Solomon blocks: (ecc length - 1, data length, symbol size), data, damage triples.
    for n, nd, damage in [(5, 3, [(0, 1, 0)]), (28, 44, [(3, 9, 1), (7, 200, 0)]), (62, 156, [(i, 0x5A, i & 1) for i in range(40)])]:
        data = bytes((i * 31 + 7) & 0xFF for i in range(nd))
        trip = b"".join(bytes([p, x, e]) for p, x, e in damage)
        write(out, "ecc_correct", bytes([n - 1, nd, nd & 0x2F]) + data + trip)

    def lp(b):
        return bytes([len(b)]) + b

    key = bytes(range(32)).hex().encode()
    for alphabet, prefix, gtin, length in [
        (b"0123456789", b"", b"09506000134352", 12),
        (b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789", b"AB", b"", 20),
        (b"01", b"1", b"", 8),
    ]:
        write(out, "serial_config", lp(alphabet) + lp(prefix) + lp(gtin) + lp(b"1/4") + lp(key)
              + bytes([length, 1 if gtin else 0]) + (12345).to_bytes(16, "little"))
    for gtin, shard, nxt in [("09506000134352", "0/1", 1000), ("-", "3/8", 0)]:
        text = (f"gs1dm-serial-state 1\nkey-id 0123456789abcdef\ngtin {gtin}\n"
                f"format 5f3a9c0e11d2b7a4\nshard {shard}\nnext {nxt}\nreserved {nxt * 2}\n")
        write(out, "serial_state", text.encode())


if __name__ == "__main__":
    main()
