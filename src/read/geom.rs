//! Plane geometry for the reader: points, lines fitted to edge points, and the square-to-quad
//! homography that maps module coordinates into the image. `no_std`: its own float helpers.

/// A point in image coordinates (pixels; pixel (x, y) covers `[x, x+1) x [y, y+1)`).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Point {
    /// Horizontal coordinate, growing to the right.
    pub x: f32,
    /// Vertical coordinate, growing downwards.
    pub y: f32,
}

impl Point {
    /// The point (`x`, `y`).
    pub const fn new(x: f32, y: f32) -> Self {
        Point { x, y }
    }
    pub(crate) fn sub(self, o: Point) -> Point {
        Point::new(self.x - o.x, self.y - o.y)
    }
    pub(crate) fn add(self, o: Point) -> Point {
        Point::new(self.x + o.x, self.y + o.y)
    }
    pub(crate) fn scale(self, k: f32) -> Point {
        Point::new(self.x * k, self.y * k)
    }
    pub(crate) fn dot(self, o: Point) -> f32 {
        self.x * o.x + self.y * o.y
    }
    pub(crate) fn cross(self, o: Point) -> f32 {
        self.x * o.y - self.y * o.x
    }
    pub(crate) fn norm(self) -> f32 {
        sqrt(self.dot(self))
    }
    /// The direction of `self` as a unit vector (a near-zero vector stays near zero).
    pub(crate) fn unit(self) -> Point {
        self.scale(1.0 / self.norm().max(1e-6))
    }
    pub(crate) fn dist(self, o: Point) -> f32 {
        self.sub(o).norm()
    }
    pub(crate) fn is_finite(self) -> bool {
        self.x.is_finite() && self.y.is_finite()
    }
}

/// Square root without `std` (Newton iterations from a bit-level first guess).
pub(crate) fn sqrt(v: f32) -> f32 {
    if v.is_nan() || v <= 0.0 {
        return 0.0;
    }
    if !v.is_finite() {
        return v;
    }
    let mut g = f32::from_bits((v.to_bits() >> 1) + 0x1fbd_1df5);
    for _ in 0..3 {
        g = 0.5 * (g + v / g);
    }
    g
}

/// Largest integer not above `v`, clamped to +-[`COORD_LIMIT`] (NaN gives 0).
///
/// Pixel coordinates come from homographies of untrusted images and can be anywhere; clamped
/// here, a neighbour (`x + 1`) or an offset by an image dimension (< 2^26, `MAX_IMAGE_PIXELS`)
/// cannot overflow `i32`, and every clamped value is still off the image.
pub(crate) fn floor_i32(v: f32) -> i32 {
    let t = v as i32; // saturating, NaN -> 0
    let t = if (t as f32) > v {
        t.saturating_sub(1)
    } else {
        t
    };
    t.clamp(-COORD_LIMIT, COORD_LIMIT)
}

/// Bound of [`floor_i32`]: far outside any image ([`crate::limits::MAX_IMAGE_PIXELS`] is 2^26),
/// with room to add a pixel offset or an image dimension.
pub(crate) const COORD_LIMIT: i32 = 1 << 30;

/// A line through `p` with direction `d` (not necessarily unit length).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    pub p: Point,
    pub d: Point,
}

impl Line {
    /// The intersection of two lines, if they are not (nearly) parallel.
    pub fn intersect(&self, o: &Line) -> Option<Point> {
        let den = self.d.cross(o.d);
        if den.abs() < 1e-6 * (self.d.norm() * o.d.norm()).max(1e-12) {
            return None;
        }
        let t = o.p.sub(self.p).cross(o.d) / den;
        let r = self.p.add(self.d.scale(t));
        r.is_finite().then_some(r)
    }
}

/// Least-squares fit of `d = a + b t` to `(t, d)` pairs; `None` with fewer than 2 distinct `t`.
pub(crate) fn fit_affine(pts: impl Iterator<Item = (f32, f32)>) -> Option<(f32, f32)> {
    let (mut n, mut st, mut sd, mut stt, mut std_) = (0f32, 0f32, 0f32, 0f32, 0f32);
    for (t, d) in pts {
        n += 1.0;
        st += t;
        sd += d;
        stt += t * t;
        std_ += t * d;
    }
    if n < 2.0 {
        return None;
    }
    let den = n * stt - st * st;
    if den.abs() < 1e-9 * n * n {
        return None;
    }
    let b = (n * std_ - st * sd) / den;
    let a = (sd - b * st) / n;
    (a.is_finite() && b.is_finite()).then_some((a, b))
}

/// A projective map from the unit square (`u` right, `v` down) onto a quadrilateral.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Homography {
    a: f32,
    b: f32,
    c: f32,
    d: f32,
    e: f32,
    f: f32,
    g: f32,
    h: f32,
}

impl Homography {
    /// Maps (0,0) -> `q[0]`, (1,0) -> `q[1]`, (1,1) -> `q[2]`, (0,1) -> `q[3]`.
    pub fn square_to_quad(q: &[Point; 4]) -> Option<Self> {
        let [p0, p1, p2, p3] = *q;
        let dx1 = p1.x - p2.x;
        let dx2 = p3.x - p2.x;
        let dx3 = p0.x - p1.x + p2.x - p3.x;
        let dy1 = p1.y - p2.y;
        let dy2 = p3.y - p2.y;
        let dy3 = p0.y - p1.y + p2.y - p3.y;
        let den = dx1 * dy2 - dx2 * dy1;
        if den.abs() < 1e-9 {
            return None;
        }
        let g = (dx3 * dy2 - dx2 * dy3) / den;
        let h = (dx1 * dy3 - dx3 * dy1) / den;
        let hm = Homography {
            a: p1.x - p0.x + g * p1.x,
            b: p3.x - p0.x + h * p3.x,
            c: p0.x,
            d: p1.y - p0.y + g * p1.y,
            e: p3.y - p0.y + h * p3.y,
            f: p0.y,
            g,
            h,
        };
        [hm.a, hm.b, hm.d, hm.e, hm.g, hm.h]
            .iter()
            .all(|v| v.is_finite())
            .then_some(hm)
    }

    /// The image point of unit-square point (`u`, `v`) with the map's partial derivatives
    /// along `u` and `v` there (one division instead of one per neighbouring point).
    #[inline]
    pub fn map_with_jacobian(&self, u: f32, v: f32) -> (Point, Point, Point) {
        let w = self.g * u + self.h * v + 1.0;
        let w = if w.abs() < 1e-6 { 1e-6 } else { w };
        let inv = 1.0 / w;
        let x = (self.a * u + self.b * v + self.c) * inv;
        let y = (self.d * u + self.e * v + self.f) * inv;
        let du = Point::new((self.a - x * self.g) * inv, (self.d - y * self.g) * inv);
        let dv = Point::new((self.b - x * self.h) * inv, (self.e - y * self.h) * inv);
        (Point::new(x, y), du, dv)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        for v in [0.25f32, 2.0, 9.0, 1e6, 123.456] {
            let r = sqrt(v);
            assert!((r * r - v).abs() <= v * 1e-5, "{v}");
        }
        assert_eq!(floor_i32(-0.5), -1);
        assert_eq!(floor_i32(2.999), 2);
        // Far-off and non-finite coordinates stay within +-COORD_LIMIT, so `x + 1` and
        // `x + image side` cannot overflow.
        for v in [1e12f32, f32::INFINITY, 3e9] {
            assert_eq!(floor_i32(v), COORD_LIMIT);
            assert_eq!(floor_i32(-v), -COORD_LIMIT);
        }
        assert_eq!(floor_i32(f32::NAN), 0);
    }

    #[test]
    fn homography_hits_corners() {
        let q = [
            Point::new(10.0, 5.0),
            Point::new(50.0, 8.0),
            Point::new(55.0, 60.0),
            Point::new(4.0, 40.0),
        ];
        let h = Homography::square_to_quad(&q).unwrap();
        for (p, (u, v)) in q
            .iter()
            .zip([(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)])
        {
            assert!(h.map_with_jacobian(u, v).0.dist(*p) < 1e-3);
        }
    }
}
