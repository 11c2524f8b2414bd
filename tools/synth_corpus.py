#!/usr/bin/env python3
"""Generate (and evaluate) a fresh synthetic GS1 DataMatrix image corpus.

The shared corpus (`../shared/corpus/synthetic`) has 10 images per distortion class; this tool draws as many
new images per class as wanted, from the same kinds of parameters, so the image reader's generalisation can be
estimated on symbols it was never tuned on.

Generate (symbols come from our own CLI encoder, so build it first:
`cargo build --release --bin gs1dm --features cli`):

    python3 tools/synth_corpus.py OUT_DIR [--per-class N] [--seed S] [--classes a,b,...] [--sizes 8x96,...]

Evaluate the images in OUT_DIR with our reader (`gs1dm decode --json`) and with zxing-cpp (if installed):

    python3 tools/synth_corpus.py --evaluate OUT_DIR [--no-zxing]

Requirements: numpy and pillow (`pip install numpy pillow`); zxing-cpp (`pip install zxing-cpp`) for the
comparison column. OUT_DIR gets the images plus a `manifest.tsv` in the shared corpus's format
(`file, kind=text, expected_hex, expected_text, class, notes`). A read counts only if the decoded bytes equal
`expected_hex` exactly (every symbol, for multi-symbol images); a decoded symbol whose bytes match no expected
one is a misread.

Classes (15, as in the shared corpus): clean, rotation, perspective, blur, noise, low-contrast, gradient,
inverted, mirrored, jpeg, damage, dot-peen, multi, large-frame, combined. Modules are drawn by inverse mapping
of a supersampled pixel grid through a homography (rotation, 3-D tilt, mirroring) and averaged down, which
gives the anti-aliased edges a camera would see; the distortions are applied in floating point afterwards.
"""

import argparse
import json
import math
import os
import random
import string
import subprocess
import sys
import tempfile

import numpy as np
from PIL import Image

CLASSES = [
    "clean", "rotation", "perspective", "blur", "noise", "low-contrast", "gradient", "inverted", "mirrored",
    "jpeg", "damage", "dot-peen", "multi", "large-frame", "combined",
]

# Error-correction codewords of the square sizes used for `damage` (ISO/IEC 16022 table 7).
EC_CODEWORDS = {22: 20, 24: 24, 26: 28, 32: 36}

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GS1DM = os.path.join(REPO, "target", "release", "gs1dm")
SS = 4  # supersampling factor per axis


# ----------------------------------------------------------------------------------------------- content


def gtin14(rng):
    body = [rng.randrange(10) for _ in range(13)]
    body[0] = rng.choice([0, 0, 0, 1, 2, 3])
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return "".join(map(str, body)) + str((10 - total % 10) % 10)


def expiry(rng):
    return "%02d%02d%02d" % (rng.randint(25, 30), rng.randint(1, 12), rng.choice([0] + list(range(1, 29))))


def batch(rng):
    alphabet = string.ascii_uppercase + string.digits
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(3, 10)))


def serial(rng):
    if rng.random() < 0.4:
        return "".join(rng.choice(string.digits) for _ in range(rng.randint(6, 20)))
    alphabet = string.ascii_letters + string.digits
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(6, rng.choice([12, 12, 16, 20]))))


def gs1_content(rng):
    """Return (bracketed element string, expected bytes) for a random pharma pack."""
    fields = [("17", expiry(rng), True), ("10", batch(rng), False), ("21", serial(rng), False)]
    rng.shuffle(fields)
    fields.insert(0, ("01", gtin14(rng), True))
    if rng.random() < 0.25:
        ai = rng.choice(["710", "711", "712", "713", "714"])
        fields.append((ai, "".join(rng.choice(string.digits) for _ in range(rng.randint(5, 12))), False))
    bracketed = "".join("(%s)%s" % (ai, v) for ai, v, _ in fields)
    out = ""
    for i, (ai, v, fixed) in enumerate(fields):
        out += ai + v
        if not fixed and i + 1 < len(fields):
            out += "\x1d"
    return bracketed, out.encode("ascii")


SQUARE_SIZES = [(22, 22), (24, 24), (26, 26), (32, 32)]
SIZE_OVERRIDE = []  # --sizes: restrict every symbol to these sizes (damage keeps to sizes it has a budget for)
RECT_SIZES = [(12, 64), (16, 36), (16, 48), (8, 96)]


def encode(rng, sizes=None, allow_rect=True):
    """Encode random content with our CLI; return (matrix, expected bytes, size string)."""
    for attempt in range(60):
        bracketed, expected = gs1_content(rng)
        if SIZE_OVERRIDE and (sizes is None or set(SIZE_OVERRIDE) & set(sizes)):
            cands = [sz for sz in SIZE_OVERRIDE if sizes is None or sz in sizes]
        elif attempt >= 45:  # long content: let it take the next sizes up
            cands = [(26, 26), (32, 32)]
        elif sizes is not None:
            cands = sizes
        elif allow_rect and rng.random() < 0.2:
            cands = RECT_SIZES
        else:
            cands = SQUARE_SIZES + [(22, 22), (24, 24), (26, 26)]
        r, c = rng.choice(cands)
        with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as tmp:
            path = tmp.name
        try:
            res = subprocess.run(
                [GS1DM, "encode", bracketed, "--quiet-zone", "0", "--size", "%dx%d" % (r, c), "-o", path],
                capture_output=True, text=True)
            if res.returncode != 0:
                continue  # does not fit this size: draw again
            with open(path) as f:
                rows = [ln.strip() for ln in f if ln.strip()]
        finally:
            os.unlink(path)
        m = np.array([[ch == "1" for ch in row] for row in rows], dtype=bool)
        if m.shape != (r, c):
            raise SystemExit("encoder returned %s for --size %dx%d" % (m.shape, r, c))
        return m, expected, "%dx%d" % (r, c)
    raise SystemExit("could not encode any content")


# ----------------------------------------------------------------------------------------------- geometry


def homography(src, dst):
    """3x3 H with dst ~ H * src for four point pairs."""
    a, b = [], []
    for (x, y), (u, v) in zip(src, dst):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    h = np.linalg.solve(np.array(a, float), np.array(b, float))
    return np.append(h, 1.0).reshape(3, 3)


def symbol_corners(w_mod, h_mod, ppm, rot_deg, tilt_deg, center):
    """Image positions of the corners of a w_mod x h_mod module rectangle (module coords, origin top-left).

    The rectangle is centred, scaled to ppm pixels per module, tilted in 3-D (about the x then the y axis) and
    seen through a pinhole at a distance of 2.5 times its diagonal, then rotated in the image plane.
    """
    hw, hh = w_mod * ppm / 2.0, h_mod * ppm / 2.0
    pts = np.array([[-hw, -hh, 0], [hw, -hh, 0], [hw, hh, 0], [-hw, hh, 0]], float)
    tx, ty = (math.radians(t) for t in tilt_deg)
    rx = np.array([[1, 0, 0], [0, math.cos(tx), -math.sin(tx)], [0, math.sin(tx), math.cos(tx)]])
    ry = np.array([[math.cos(ty), 0, math.sin(ty)], [0, 1, 0], [-math.sin(ty), 0, math.cos(ty)]])
    pts = pts @ rx.T @ ry.T
    dist = 2.5 * math.hypot(2 * hw, 2 * hh)
    proj = pts[:, :2] * (dist / (dist + pts[:, 2:3]))
    th = math.radians(rot_deg)
    rot = np.array([[math.cos(th), -math.sin(th)], [math.sin(th), math.cos(th)]])
    proj = proj @ rot.T
    return proj + np.array(center, float)


def render_coverage(matrix, quiet, corners_fn, shape, dots=None):
    """Ink coverage (0..1) of a symbol on a canvas of `shape`, plus the mask of its quiet-zone area.

    `matrix` is the module matrix (True = dark), `quiet` the quiet zone in modules; `corners_fn(w, h)` gives the
    image corners of the w x h module area (quiet zone included). `dots` = dot radius in modules for round
    dot-peen marks, None for square modules.
    """
    rows, cols = matrix.shape
    w_mod, h_mod = cols + 2 * quiet, rows + 2 * quiet
    corners = corners_fn(w_mod, h_mod)
    h = homography(corners, [(0, 0), (w_mod, 0), (w_mod, h_mod), (0, h_mod)])
    x0 = max(int(math.floor(corners[:, 0].min())) - 2, 0)
    x1 = min(int(math.ceil(corners[:, 0].max())) + 2, shape[1])
    y0 = max(int(math.floor(corners[:, 1].min())) - 2, 0)
    y1 = min(int(math.ceil(corners[:, 1].max())) + 2, shape[0])
    cov = np.zeros(shape, float)
    area = np.zeros(shape, bool)
    if x1 <= x0 or y1 <= y0:
        return cov, area
    xs = x0 + (np.arange((x1 - x0) * SS) + 0.5) / SS
    ys = y0 + (np.arange((y1 - y0) * SS) + 0.5) / SS
    gx, gy = np.meshgrid(xs, ys)
    den = h[2, 0] * gx + h[2, 1] * gy + h[2, 2]
    u = (h[0, 0] * gx + h[0, 1] * gy + h[0, 2]) / den - quiet
    v = (h[1, 0] * gx + h[1, 1] * gy + h[1, 2]) / den - quiet
    ci, ri = np.floor(u).astype(int), np.floor(v).astype(int)
    inside = (ci >= 0) & (ci < cols) & (ri >= 0) & (ri < rows)
    ink = np.zeros(gx.shape, bool)
    ink[inside] = matrix[ri[inside], ci[inside]]
    if dots is not None:
        fu, fv = u - ci - 0.5, v - ri - 0.5
        ink &= (fu * fu + fv * fv) <= dots * dots
    qa = (u >= -quiet) & (u < cols + quiet) & (v >= -quiet) & (v < rows + quiet)
    hh, ww = y1 - y0, x1 - x0
    cov[y0:y1, x0:x1] = ink.reshape(hh, SS, ww, SS).mean(axis=(1, 3))
    area[y0:y1, x0:x1] = qa.reshape(hh, SS, ww, SS).mean(axis=(1, 3)) > 0.5
    return cov, area


# ----------------------------------------------------------------------------------------------- filters


def gauss_blur(img, sigma):
    if sigma <= 0.05:
        return img
    rad = max(1, int(math.ceil(3 * sigma)))
    k = np.exp(-0.5 * (np.arange(-rad, rad + 1) / sigma) ** 2)
    k /= k.sum()
    out = img
    for axis in (0, 1):
        pad = [(0, 0), (0, 0)]
        pad[axis] = (rad, rad)
        p = np.pad(out, pad, mode="edge")
        acc = np.zeros_like(out)
        n = out.shape[axis]
        for i, w in enumerate(k):
            acc += w * (p[i:i + n, :] if axis == 0 else p[:, i:i + n])
        out = acc
    return out


def smooth_noise(rng_np, shape, scale, amp):
    """Band-limited texture: white noise blurred at `scale` px, normalised to standard deviation `amp`."""
    n = gauss_blur(rng_np.normal(0, 1, shape), scale)
    sd = n.std()
    return n * (amp / sd) if sd > 0 else n


def gradient_field(rng, shape, lo):
    """Illumination multiplier from `lo` to 1 along a random direction."""
    hgt, wid = shape
    th = rng.uniform(0, 2 * math.pi)
    yy, xx = np.mgrid[0:hgt, 0:wid]
    t = xx * math.cos(th) + yy * math.sin(th)
    t = (t - t.min()) / max(t.max() - t.min(), 1e-9)
    if rng.random() < 0.5:  # sometimes a spot light instead of a ramp
        cx, cy = rng.uniform(0, wid), rng.uniform(0, hgt)
        d = np.hypot(xx - cx, yy - cy)
        t = 1 - d / d.max()
    return lo + (1 - lo) * t


def to_u8(img):
    return np.clip(np.rint(img), 0, 255).astype(np.uint8)


# ----------------------------------------------------------------------------------------------- classes


def single(rng, rng_np, matrix, ppm, quiet, rot=0.0, tilt=(0.0, 0.0), margin_mod=None, dots=None):
    """Canvas holding one symbol: returns (coverage, quiet-area mask)."""
    rows, cols = matrix.shape
    if margin_mod is None:
        margin_mod = rng.uniform(3, 10)
    diag = math.hypot(cols + 2 * quiet, rows + 2 * quiet) if rot % 90 or tilt != (0.0, 0.0) else None
    if diag is None:
        wid = int(round((cols + 2 * quiet + 2 * margin_mod) * ppm))
        hgt = int(round((rows + 2 * quiet + 2 * margin_mod) * ppm))
    else:
        wid = hgt = int(round((diag + 2 * margin_mod) * ppm))
    center = (wid / 2 + rng.uniform(-1, 1) * ppm, hgt / 2 + rng.uniform(-1, 1) * ppm)
    return render_coverage(
        matrix, quiet, lambda w, h: symbol_corners(w, h, ppm, rot, tilt, center), (hgt, wid), dots)


def surface(rng, rng_np, shape, light):
    """Background: a flat light tone with a faint texture."""
    return np.full(shape, float(light)) + smooth_noise(rng_np, shape, rng.uniform(2, 6), rng.uniform(0, 2.5))


def compose(cov, light, dark, bg=None):
    base = np.full(cov.shape, float(light)) if bg is None else bg
    return base - (base - dark) * cov


def make_image(cls, rng, rng_np):
    """Return (uint8 image, extension, expected byte strings, notes, JPEG quality or None)."""
    ppm = rng.uniform(2.0, 8.0)
    quiet = rng.randint(1, 4)
    light = rng.uniform(195, 245)
    dark = rng.uniform(15, 45)
    notes = "px/module=%.2f,quiet=%d" % (ppm, quiet)
    ext = "png"

    if cls in ("clean", "blur", "noise", "low-contrast", "gradient", "inverted", "mirrored", "jpeg"):
        allow_rect = cls not in ("clean", "mirrored", "inverted")
        m, exp, size = encode(rng, allow_rect=allow_rect)
        mirrored = cls == "mirrored"
        mm = m[:, ::-1] if mirrored else m
        if cls == "blur":
            ppm = rng.uniform(3.0, 8.0)
            notes = "px/module=%.2f,quiet=%d" % (ppm, quiet)
        cov, area = single(rng, rng_np, mm, ppm, quiet)
        if cls == "low-contrast":
            c = rng.uniform(0.15, 0.25)
            light = rng.uniform(150, 215)
            dark = light - c * 255
            notes += ";contrast=%d%%" % round(c * 100)
        if cls == "inverted":
            light, dark = rng.uniform(15, 50), rng.uniform(190, 235)
            notes += ";light-on-dark"
        if mirrored:
            notes += ";left-right mirrored"
        img = compose(cov, light, dark, surface(rng, rng_np, cov.shape, light))
        if cls == "blur":
            s = rng.uniform(0.25, 0.5)
            img = gauss_blur(img, s * ppm)
            notes += ";blur_sigma=%.2fmodule" % s
        elif cls == "noise":
            sd = rng.uniform(15, 30)
            img = gauss_blur(img, 0.4) + rng_np.normal(0, sd, img.shape)
            notes += ";gauss_noise_sd=%d" % round(sd)
            if rng.random() < 0.5:
                sp = rng_np.random(img.shape)
                img[sp < 0.01] = 0
                img[sp > 0.99] = 255
                notes += ";salt-pepper=2%"
        elif cls == "gradient":
            lo = rng.uniform(0.25, 0.45)
            img = img * gradient_field(rng, img.shape, lo)
            notes += ";illum_min=%.2f" % lo
        elif cls == "jpeg":
            q = rng.randint(9, 30)
            ext = "jpg"
            notes += ";jpeg_q=%d" % q
            img = gauss_blur(img, 0.4)
            return to_u8(img), ext, [exp], notes + ";symbol=" + size, q
        else:
            img = gauss_blur(img, 0.35)
        return to_u8(img), ext, [exp], notes + ";symbol=" + size, None

    if cls == "rotation":
        m, exp, size = encode(rng)
        rot = rng.uniform(0, 360)
        cov, _ = single(rng, rng_np, m, ppm, quiet, rot=rot)
        img = gauss_blur(compose(cov, light, dark, surface(rng, rng_np, cov.shape, light)), 0.35)
        return to_u8(img), ext, [exp], notes + ";rot=%.1f;symbol=%s" % (rot, size), None

    if cls == "perspective":
        m, exp, size = encode(rng)
        ppm = rng.uniform(4.5, 8.0)
        notes = "px/module=%.2f,quiet=%d" % (ppm, quiet)
        rot = rng.uniform(0, 360)
        tilt = (rng.uniform(-20, 20), rng.uniform(-20, 20))
        cov, _ = single(rng, rng_np, m, ppm, quiet, rot=rot, tilt=tilt)
        img = gauss_blur(compose(cov, light, dark, surface(rng, rng_np, cov.shape, light)), 0.35)
        return to_u8(img), ext, [exp], notes + ";tilt=(%.1f,%.1f),rot=%.1f;symbol=%s" % (
            tilt[0], tilt[1], rot, size), None

    if cls == "damage":
        m, exp, size = encode(rng, sizes=SQUARE_SIZES)
        n = m.shape[0]
        budget = EC_CODEWORDS[n] // 2 - 1
        interior = np.zeros_like(m)
        interior[1:-1, 1:-1] = True
        m = m.copy()
        if rng.random() < 0.5:
            cand = list(zip(*np.nonzero(m & interior)))
            for r, c in rng.sample(cand, budget):
                m[r, c] = False
            notes += ";scattered,%ddark-modules-erased,budget=%d" % (budget, budget)
        else:
            # A straight scratch: walk a line across the interior until `budget` dark modules are erased.
            # Straight scratches across the interior (a new one when a scratch leaves the symbol) until
            # `budget` dark modules are erased; bounded number of steps.
            erased, total, seen = 0, 0, set()
            width = rng.choice([0, 1])
            steps = 0
            while erased < budget and steps < 20000:
                r0, c0 = rng.uniform(1, n - 1), rng.uniform(1, n - 1)
                th = rng.uniform(0, 2 * math.pi)
                t = 0.0
                while erased < budget and steps < 20000:
                    steps += 1
                    r, c = r0 + t * math.sin(th), c0 + t * math.cos(th)
                    if not (0 <= r < n and 0 <= c < n):
                        break
                    for dr in range(width + 1):
                        ri, ci = int(r) + dr, int(c)
                        if (ri, ci) in seen or not (1 <= ri < n - 1 and 1 <= ci < n - 1) or erased >= budget:
                            continue
                        seen.add((ri, ci))
                        total += 1
                        if m[ri, ci]:
                            erased += 1
                            m[ri, ci] = False
                    t += 0.5
            notes += ";scratch,%dmodules(%ddark)-erased,budget=%d" % (total, erased, budget)
        cov, _ = single(rng, rng_np, m, ppm, quiet)
        img = gauss_blur(compose(cov, light, dark, surface(rng, rng_np, cov.shape, light)), 0.35)
        return to_u8(img), ext, [exp], notes + ";symbol=" + size, None

    if cls == "dot-peen":
        m, exp, size = encode(rng, sizes=SQUARE_SIZES)
        ppm = rng.uniform(4.4, 8.6)
        quiet = rng.randint(1, 4)
        metal = rng.uniform(140, 195)
        rot = rng.uniform(0, 360)
        radius = rng.uniform(0.28, 0.4)
        notes = "px/module=%.2f,quiet=%d;dots,metal=%d,rot=%.1f" % (ppm, quiet, metal, rot)
        cov, _ = single(rng, rng_np, m, ppm, quiet, rot=rot, dots=radius)
        bg = np.full(cov.shape, metal) + smooth_noise(rng_np, cov.shape, rng.uniform(2, 5), rng.uniform(3, 7))
        bg += smooth_noise(rng_np, cov.shape, 0.7, rng.uniform(1, 3))
        depth = rng.uniform(65, 110)
        img = bg - depth * cov
        img = gauss_blur(img, rng.uniform(0.5, 1.0)) * gradient_field(rng, img.shape, rng.uniform(0.85, 1.0))
        return to_u8(img), ext, [exp], notes + ";symbol=" + size, None

    if cls == "multi":
        wid, hgt = 960, 720
        k = rng.choice([2, 3, 3])
        bgl = rng.uniform(185, 225)
        img = surface(rng, rng_np, (hgt, wid), bgl)
        placed, exps, parts, sizes = [], [], [], []
        tries = 0
        while len(placed) < k and tries < 200:
            tries += 1
            m, exp, size = encode(rng)
            ppm_i = rng.uniform(3.0, 6.0)
            rot = rng.uniform(0, 360)
            q = 2
            rad = math.hypot(m.shape[0] + 2 * q, m.shape[1] + 2 * q) * ppm_i / 2
            if 2 * rad + 8 > min(wid, hgt):
                continue
            cx, cy = rng.uniform(rad + 4, wid - rad - 4), rng.uniform(rad + 4, hgt - rad - 4)
            if any(math.hypot(cx - px, cy - py) < rad + pr + 10 for px, py, pr in placed):
                continue
            cov, _ = render_coverage(
                m, q, lambda w, h: symbol_corners(w, h, ppm_i, rot, (0.0, 0.0), (cx, cy)), (hgt, wid))
            img = img - (img - rng.uniform(20, 50)) * cov
            placed.append((cx, cy, rad))
            exps.append(exp)
            parts.append("px/module=%.2f,rot=%d" % (ppm_i, round(rot) % 360))
            sizes.append(size)
        img = gauss_blur(img, 0.35) + rng_np.normal(0, 2, img.shape)
        notes = "symbols=%d;%s;symbol=%s" % (len(exps), ";".join(parts), "+".join(sizes))
        return to_u8(img), ext, exps, notes, None

    if cls == "large-frame":
        wid, hgt = rng.choice([(1280, 960), (1600, 1200), (1920, 1080)])
        bgl = rng.uniform(195, 225)
        img = surface(rng, rng_np, (hgt, wid), bgl) * gradient_field(rng, (hgt, wid), rng.uniform(0.85, 0.97))
        m, exp, size = encode(rng)
        ppm = rng.uniform(2.2, 2.9)
        rot = rng.uniform(0, 360)
        rad = math.hypot(*m.shape) * ppm / 2 + 2 * ppm
        cx, cy = rng.uniform(rad + 20, wid - rad - 20), rng.uniform(rad + 20, hgt - rad - 20)
        keep = np.ones((hgt, wid), bool)
        keep[int(cy - rad - 6):int(cy + rad + 6), int(cx - rad - 6):int(cx + rad + 6)] = False
        clutter = clutter_layer(rng, (hgt, wid))
        img = np.where(keep, img - (img - clutter[1]) * clutter[0], img)
        cov, _ = render_coverage(
            m, 2, lambda w, h: symbol_corners(w, h, ppm, rot, (0.0, 0.0), (cx, cy)), (hgt, wid))
        img = img - (img - rng.uniform(20, 50)) * cov
        img = gauss_blur(img, 0.45) + rng_np.normal(0, 2.5, img.shape)
        notes = "symbols=1;px/module=%.2f,rot=%d;frame=%dx%d;jpeg_q=92;symbol=%s" % (
            ppm, round(rot) % 360, wid, hgt, size)
        return to_u8(img), "jpg", [exp], notes, 92

    if cls == "combined":
        m, exp, size = encode(rng)
        ppm = rng.uniform(3.8, 6.5)
        rot = rng.uniform(0, 360)
        tilt = (rng.uniform(-13, 13), rng.uniform(-13, 13))
        c = rng.uniform(0.35, 0.48)
        light = rng.uniform(165, 215)
        dark = light - c * 255
        cov, _ = single(rng, rng_np, m, ppm, quiet, rot=rot, tilt=tilt)
        img = compose(cov, light, dark, surface(rng, rng_np, cov.shape, light))
        bs = rng.uniform(0.15, 0.3)
        img = gauss_blur(img, bs * ppm)
        lo = rng.uniform(0.6, 0.85)
        img = img * gradient_field(rng, img.shape, lo)
        sd = rng.uniform(5, 12)
        img = img + rng_np.normal(0, sd, img.shape)
        notes = "px/module=%.2f,quiet=%d;rot=%d,tilt=(%d,%d),contrast=%d%%,blur=%.2fmodule,noise_sd=%d," \
            "gradient_min=%.2f;symbol=%s" % (ppm, quiet, round(rot) % 360, round(tilt[0]), round(tilt[1]),
                                              round(c * 100), bs, round(sd), lo, size)
        return to_u8(img), ext, [exp], notes, None

    raise SystemExit("unknown class " + cls)


def clutter_layer(rng, shape):
    """Coverage and tone of frame clutter: lines, box outlines and rows of bar-like 'print'."""
    hgt, wid = shape
    cov = np.zeros(shape, float)
    tone = np.zeros(shape, float)
    yy, xx = None, None

    def stamp(mask_cov, t):
        nonlocal cov, tone
        upd = mask_cov > cov
        tone = np.where(upd, t, tone)
        cov = np.maximum(cov, mask_cov)

    for _ in range(rng.randint(6, 12)):  # straight lines (anti-aliased by distance)
        x0, y0, x1, y1 = (rng.uniform(0, wid), rng.uniform(0, hgt), rng.uniform(0, wid), rng.uniform(0, hgt))
        thick = rng.uniform(0.8, 4)
        bx0, bx1 = int(max(min(x0, x1) - 5, 0)), int(min(max(x0, x1) + 5, wid))
        by0, by1 = int(max(min(y0, y1) - 5, 0)), int(min(max(y0, y1) + 5, hgt))
        if bx1 <= bx0 or by1 <= by0:
            continue
        yy, xx = np.mgrid[by0:by1, bx0:bx1] + 0.5
        dx, dy = x1 - x0, y1 - y0
        ln = max(math.hypot(dx, dy), 1e-6)
        t = np.clip(((xx - x0) * dx + (yy - y0) * dy) / (ln * ln), 0, 1)
        d = np.hypot(xx - (x0 + t * dx), yy - (y0 + t * dy))
        part = np.zeros(shape)
        part[by0:by1, bx0:bx1] = np.clip(thick / 2 + 0.5 - d, 0, 1)
        stamp(part, rng.uniform(30, 110))
    for _ in range(rng.randint(3, 7)):  # box outlines
        x0, y0 = rng.uniform(0, wid - 60), rng.uniform(0, hgt - 40)
        bw, bh = rng.uniform(30, 250), rng.uniform(25, 120)
        th = rng.randint(2, 4)
        part = np.zeros(shape)
        xa, xb, ya, yb = int(x0), int(min(x0 + bw, wid)), int(y0), int(min(y0 + bh, hgt))
        part[ya:yb, xa:xb] = 1
        part[ya + th:yb - th, xa + th:xb - th] = 0
        stamp(part, rng.uniform(30, 110))
    for _ in range(rng.randint(6, 14)):  # rows of small dark blocks, like printed text at a distance
        x, y = rng.uniform(0, wid - 300), rng.uniform(0, hgt - 20)
        h = rng.randint(6, 14)
        t = rng.uniform(30, 110)
        part = np.zeros(shape)
        for _ in range(rng.randint(4, 30)):
            w = rng.randint(2, 9)
            hh = rng.randint(h // 2, h)
            part[int(y) + h - hh:int(y) + h, int(x):int(x) + w] = 1
            x += w + rng.randint(1, 6)
            if x >= wid - 10:
                break
        stamp(part, t)
    return cov, tone


# ----------------------------------------------------------------------------------------------- main


def generate(out_dir, per_class, seed, classes):
    if not os.path.exists(GS1DM):
        raise SystemExit("%s missing: cargo build --release --bin gs1dm --features cli" % GS1DM)
    os.makedirs(out_dir, exist_ok=True)
    header = "file\tkind\texpected_hex\texpected_text\tclass\tnotes\n"
    with open(os.path.join(out_dir, "manifest.tsv"), "w") as f:
        f.write(header)
        for cls in classes:
            # One random stream per class, so a class's images do not depend on which other classes are made.
            rng = random.Random("%d/%s" % (seed, cls))
            rng_np = np.random.default_rng([seed, CLASSES.index(cls)])
            for i in range(per_class):
                img, ext, exps, notes, q = make_image(cls, rng, rng_np)
                name = "%s-%02d.%s" % (cls, i, ext)
                im = Image.fromarray(img, mode="L")
                if ext == "jpg":
                    im.save(os.path.join(out_dir, name), quality=q)
                else:
                    im.save(os.path.join(out_dir, name))
                hexes = ",".join(e.hex() for e in exps)
                text = " | ".join(e.decode("ascii").replace("\x1d", "<GS>") for e in exps)
                f.write("\t".join([name, "text", hexes, text, cls, notes]) + "\n")
                f.flush()
            print("generated %d %s" % (per_class, cls), file=sys.stderr)


def read_manifest(out_dir):
    rows = []
    with open(os.path.join(out_dir, "manifest.tsv")) as f:
        header = f.readline().rstrip("\n").split("\t")
        for ln in f:
            if ln.strip():
                rows.append(dict(zip(header, ln.rstrip("\n").split("\t"))))
    return rows


def ours(out_dir, rows):
    """file -> list of decoded byte strings (hex), via `gs1dm decode --json`, in batches."""
    found = {}
    files = [os.path.join(out_dir, r["file"]) for r in rows]
    for i in range(0, len(files), 50):
        chunk = files[i:i + 50]
        res = subprocess.run([GS1DM, "decode", "--json"] + chunk, capture_output=True, text=True)
        for ln in res.stdout.splitlines():
            ln = ln.strip()
            if not ln.startswith("{"):
                continue
            obj = json.loads(ln)
            found[os.path.basename(obj["file"])] = [s.get("bytes_hex", "") for s in obj.get("symbols", [])]
    return found


def zxing(out_dir, rows):
    import zxingcpp
    found = {}
    for r in rows:
        img = Image.open(os.path.join(out_dir, r["file"])).convert("L")
        res = zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.DataMatrix,
                                     text_mode=zxingcpp.TextMode.Plain)
        found[r["file"]] = [bytes(b.bytes).hex() for b in res]
    return found


def score(expected, got):
    """(read, misreads): read when every expected symbol is among `got`; misreads = got symbols not expected."""
    return all(e in got for e in expected), sum(1 for g in got if g not in expected)


def evaluate(out_dir, use_zxing):
    if not os.path.exists(GS1DM):
        raise SystemExit("%s missing: cargo build --release --bin gs1dm --features cli" % GS1DM)
    rows = read_manifest(out_dir)
    o = ours(out_dir, rows)
    z = zxing(out_dir, rows) if use_zxing else {}
    table = {}
    fails = []
    for r in rows:
        exp = [h.lower() for h in r["expected_hex"].split(",") if h]
        t = table.setdefault(r["class"], [0, 0, 0, 0, 0])
        t[0] += 1
        ok, mis = score(exp, o.get(r["file"], []))
        t[1] += ok
        t[3] += mis
        if use_zxing:
            zok, zmis = score(exp, z.get(r["file"], []))
            t[2] += zok
            t[4] += zmis
        if not ok:
            zs = ("zxing-cpp %s" % ("reads" if score(exp, z.get(r["file"], []))[0] else "fails")) if use_zxing else ""
            fails.append((r["file"], len([g for g in o.get(r["file"], []) if g in exp]), len(exp), mis, zs,
                          r["notes"]))
    print("| class | images | ours read | zxing-cpp read | ours misreads | zxing misreads |")
    print("|---|---:|---:|---:|---:|---:|")
    tot = [0, 0, 0, 0, 0]
    for cls in sorted(table, key=lambda c: CLASSES.index(c) if c in CLASSES else 99):
        t = table[cls]
        tot = [a + b for a, b in zip(tot, t)]
        zs = str(t[2]) if use_zxing else "-"
        print("| %s | %d | %d | %s | %d | %s |" % (cls, t[0], t[1], zs, t[3], t[4] if use_zxing else "-"))
    print("| **total** | %d | %d (%.1f%%) | %s | %d | %s |" % (
        tot[0], tot[1], 100.0 * tot[1] / max(tot[0], 1),
        ("%d (%.1f%%)" % (tot[2], 100.0 * tot[2] / max(tot[0], 1))) if use_zxing else "-", tot[3],
        tot[4] if use_zxing else "-"))
    print()
    print("Our failures (%d):" % len(fails))
    for f, got, want, mis, zs, notes in fails:
        print("  %s\tfound %d/%d%s\t%s\t%s" % (f, got, want, (", %d MISREAD" % mis) if mis else "", zs, notes))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--per-class", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--classes", default=",".join(CLASSES), help="comma separated subset of the classes")
    ap.add_argument("--sizes", default="", help="comma separated RxC symbol sizes to use only (e.g. 8x96)")
    ap.add_argument("--evaluate", action="store_true", help="read OUT_DIR's images and print the table")
    ap.add_argument("--no-zxing", action="store_true", help="with --evaluate: skip zxing-cpp")
    a = ap.parse_args()
    if a.evaluate:
        evaluate(a.out_dir, not a.no_zxing)
    else:
        classes = a.classes.split(",")
        for c in classes:
            if c not in CLASSES:
                raise SystemExit("unknown class %s (known: %s)" % (c, ", ".join(CLASSES)))
        for sz in filter(None, a.sizes.split(",")):
            r, c = sz.lower().split("x")
            SIZE_OVERRIDE.append((int(r), int(c)))
        generate(a.out_dir, a.per_class, a.seed, classes)


if __name__ == "__main__":
    main()
