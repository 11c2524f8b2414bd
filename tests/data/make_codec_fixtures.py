#!/usr/bin/env python3
"""Regenerates tests/data/codec/: module matrices made by zint and libdmtx's dmtxwrite.

Run from the crate root with Debian's `zint` (2.11) and `dmtx-utils` installed:
    python3 tests/data/make_codec_fixtures.py
Writes one `NAME.txt` (rows of 0/1, 1 = dark, no quiet zone) per symbol and `index.tsv`
(name, tool, expected transmitted bytes in hex, expected symbology identifier).
"""
import os
import subprocess

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "codec")
SQUARE = [10, 12, 14, 16, 18, 20, 22, 24, 26, 32, 36, 40, 44, 48, 52, 64, 72, 80, 88, 96, 104, 120, 132, 144]
RECT = [(8, 18), (8, 32), (12, 26), (12, 36), (16, 36), (16, 48)]
DMRE = [(8, 48), (8, 64), (8, 80), (8, 96), (8, 120), (8, 144), (12, 64), (12, 88), (16, 64), (20, 36),
        (20, 44), (20, 64), (22, 48), (24, 48), (24, 64), (26, 40), (26, 48), (26, 64)]
SIZES = [(s, s) for s in SQUARE] + RECT + DMRE
index = []


def save(name, tool, rows, expected: bytes, sid):
    with open(os.path.join(OUT, name + ".txt"), "w") as f:
        f.write("\n".join(rows) + "\n")
    index.append((name, tool, expected.hex(), sid))


def zint(name, args, data, expected, sid="]d1"):
    out = subprocess.run(["zint", "-b", "71", "--dump"] + args + ["-d", data], capture_output=True, check=True)
    hexrows = [l.replace(" ", "") for l in out.stdout.decode().splitlines() if l.strip()]
    nrows = len(hexrows)
    bits = [bin(int(h, 16))[2:].zfill(4 * len(h)) for h in hexrows]
    ncols = [c for (r, c) in SIZES if r == nrows and 4 * (len(hexrows[0]) - 1) < c <= 4 * len(hexrows[0])]
    assert len(ncols) == 1, (name, nrows, hexrows[0])
    save(name, "zint", [b[: ncols[0]] for b in bits], expected, sid)


def dmtx(name, args, data: bytes, expected, sid="]d1"):
    out = subprocess.run(["dmtxwrite", "-p", "-o", "/dev/null"] + args, input=data, capture_output=True, check=True)
    lines = [l for l in out.stdout.decode().splitlines() if "X" in l or l.strip() == ""]
    lines = [l for l in lines if l.strip()]
    width = max(len(l) for l in lines)
    indent = min(len(l) - len(l.lstrip(" ")) for l in lines)
    rows = []
    for l in lines:
        l = l.ljust(width)[indent:]
        rows.append("".join("1" if l[i] == "X" else "0" for i in range(0, len(l), 2)))
    save(name, "dmtxwrite", rows, expected, sid)


def main():
    os.makedirs(OUT, exist_ok=True)
    text = "GS1 DataMatrix 0123456789 Hello World"
    # zint: every version (1..24 square, 25..30 rectangular, 31..48 DMRE).
    for v in range(1, 49):
        data = "1234" if v in (1, 2, 25) else "Hello 42"
        # DMRE (31..48) reports ]d7 / ]d8 (GS1), as zxing-cpp 3.1 transmits for DMRE.
        zint(f"zint_vers{v:02}", ["--vers=%d" % v] + (["--dmre"] if v > 30 else []), data, data.encode(),
             "]d7" if v > 30 else "]d1")
    zint("zint_text", ["--square"], text, text.encode())
    zint("zint_lower", [], "lowercase text encodes best in text mode abc", b"lowercase text encodes best in text mode abc")
    zint("zint_x12", [], "ABC*DEF>GHI\rJKL*MNO>PQR\r", b"ABC*DEF>GHI\rJKL*MNO>PQR\r")
    zint("zint_edifact", [], "EDIFACT:;<=>?@EDIFACT:;<=>?@", b"EDIFACT:;<=>?@EDIFACT:;<=>?@")
    zint("zint_gs1", ["--gs1"], "[01]09506000134352[17]261231[10]ABC123[21]SN42",
         b"01095060001343521726123110ABC123\x1d21SN42", "]d2")
    zint("zint_gs1_dmre", ["--gs1", "--dmre", "--vers=40"], "[01]09506000134352[10]A1[21]X", b"0109506000134352" b"10A1\x1d21X", "]d8")
    zint("zint_eci26", ["--eci=26"], "Grüße", b"\\000026Gr\xc3\xbc\xc3\x9fe", "]d4")
    zint("zint_binary", ["--binary", "--esc"], "\\x00\\x01\\x80\\xff\\xfe binary \\x1d", b"\x00\x01\x80\xff\xfe binary \x1d")
    zint("zint_latin1", [], "Grüße Köln", "Grüße Köln".encode("latin-1"))
    zint("zint_readerinit", ["--init"], "READER", b"READER")
    zint("zint_large144", ["--vers=24"], "0123456789ABCDEFGHIJ" * 60, ("0123456789ABCDEFGHIJ" * 60).encode())
    zint("zint_macro05", ["--esc"], "[)>\\R05\\GDATA123\\R\\E", b"[)>\x1e05\x1dDATA123\x1e\x04")
    # dmtxwrite: every encodation scheme and every ISO size it supports.
    for scheme in "actxe8b":
        data = b"dmtxwrite ABC 0123456789 xyz ABC DEF"
        if scheme == "x":
            data = b"ABC*DEF>GHI 0123456789 ABC"
        if scheme == "e":
            data = b"EDIFACT 0123456789 ABC:;<=>"
        dmtx(f"dmtx_scheme_{scheme}", ["-e", scheme], data, data)
    for (r, c) in [(s, s) for s in SQUARE] + RECT:
        dmtx(f"dmtx_{r}x{c}", ["-s", f"{r}x{c}"], b"12", b"12")
    dmtx("dmtx_gs1", ["-G", "94"], b"^0109506000134352^10ABC", b"0109506000134352\x1d10ABC", "]d2")
    with open(os.path.join(OUT, "index.tsv"), "w") as f:
        f.write("name\ttool\texpected_hex\tsymbology_id\n")
        for row in index:
            f.write("\t".join(row) + "\n")


main()
