//! Camera simulation: turns a 1-bit print bitmap into the greyscale frame a line camera would
//! see (downscaled, slightly rotated and shifted, blurred, noisy), deterministically from a seed.
//!
//! Sits between `render` and `read` in the line loop (`examples/line.rs`, `benches/line.rs`):
//! the print head's dot rows go in, an 8-bit frame for [`crate::read::Reader`] comes out. Each
//! camera pixel averages a 3x3 grid of samples of the print (the optics' integration over the
//! pixel), then one or more `[1 2 1]` blur passes (defocus) and triangular noise (sensor) are
//! applied. The same seed always gives the same frame, so tests and benches are repeatable.
//!
//! ```
//! use gs1_datamatrix::sim::{Camera, CameraParams, PrintBitmap};
//! // A 16x16-dot print: a dark square in the middle.
//! let mut rows = vec![0u8; 2 * 16];
//! for y in 4..12 {
//!     rows[2 * y] = 0x0f;
//!     rows[2 * y + 1] = 0xf0;
//! }
//! let print = PrintBitmap::new(&rows, 16, 16).unwrap();
//! let mut cam = Camera::new(CameraParams { width: 16, height: 16, dots_per_px: 1.0,
//!     ..CameraParams::default() });
//! let shot = cam.shoot(&print, 7);
//! assert_eq!(shot.frame.len(), 16 * 16);
//! ```

// SAFETY-ish reason: pure image math on sizes bounded by `MAX_FRAME_PIXELS` and on floats; every
// buffer access goes through `get`/`get_mut` or iterators, so nothing here can panic.
#![allow(clippy::arithmetic_side_effects)]

use alloc::vec::Vec;

/// Largest frame the simulator renders, in pixels (16 Mpx): caps the buffers.
pub const MAX_FRAME_PIXELS: usize = 1 << 24;

/// A borrowed 1-bit print bitmap: packed rows, MSB first, 1 = dot printed (dark), as
/// [`crate::render::rows`] produces them (`ceil(width / 8)` bytes per row).
#[derive(Debug, Clone, Copy)]
pub struct PrintBitmap<'a> {
    data: &'a [u8],
    width: usize,
    height: usize,
    stride: usize,
}

impl<'a> PrintBitmap<'a> {
    /// A view of `data` as `width` x `height` dots, `ceil(width / 8)` bytes per row; `None` when
    /// `data` is too short or a side is zero.
    pub fn new(data: &'a [u8], width: usize, height: usize) -> Option<Self> {
        let stride = width.div_ceil(8);
        if width == 0 || height == 0 || stride.checked_mul(height)? > data.len() {
            return None;
        }
        Some(PrintBitmap {
            data,
            width,
            height,
            stride,
        })
    }

    /// Width in dots.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Height in dots.
    pub fn height(&self) -> usize {
        self.height
    }

    /// Whether dot (`x`, `y`) is printed; outside the bitmap is unprinted paper.
    #[inline]
    pub fn dot(&self, x: i32, y: i32) -> bool {
        if x < 0 || y < 0 {
            return false;
        }
        let (x, y) = (x as usize, y as usize);
        if x >= self.width || y >= self.height {
            return false;
        }
        self.data
            .get(y * self.stride + x / 8)
            .is_some_and(|b| b & (0x80 >> (x % 8)) != 0)
    }
}

/// What the camera sees and how: frame size, resolution against the print, pose jitter, optics
/// and sensor. Defaults model a line camera with a 256 x 192 pixel region of interest at 254
/// dpi (10 px/mm) looking at a 600 dpi print: 2.36 print dots per camera pixel.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CameraParams {
    /// Frame width in pixels.
    pub width: usize,
    /// Frame height in pixels.
    pub height: usize,
    /// Print dots per camera pixel (print dpi / camera dpi); > 1 downscales.
    pub dots_per_px: f32,
    /// Largest rotation of the print in the frame, degrees (drawn uniformly in +-this).
    pub max_rotation_deg: f32,
    /// Largest shift of the print's centre from the frame's centre, pixels (each axis).
    pub max_shift_px: f32,
    /// Number of `[1 2 1]` blur passes (each about sigma = 0.7 px of defocus).
    pub blur_passes: u8,
    /// Noise amplitude in grey levels (triangular distribution in +-this).
    pub noise: u8,
    /// Grey level of the unprinted label.
    pub paper: u8,
    /// Grey level of a printed area.
    pub ink: u8,
}

impl Default for CameraParams {
    fn default() -> Self {
        CameraParams {
            width: 256,
            height: 192,
            dots_per_px: 600.0 / 254.0,
            max_rotation_deg: 5.0,
            max_shift_px: 24.0,
            blur_passes: 1,
            noise: 10,
            paper: 215,
            ink: 35,
        }
    }
}

/// The pose a frame was shot with.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pose {
    /// Rotation of the print in the frame, degrees (counter-clockwise on screen).
    pub rotation_deg: f32,
    /// Where the print's centre lies in the frame, pixels.
    pub centre: (f32, f32),
}

/// One simulated frame: 8-bit greyscale, `width * height` bytes, row-major, no padding.
#[derive(Debug)]
pub struct Shot<'a> {
    /// The pixels.
    pub frame: &'a [u8],
    /// Frame width.
    pub width: usize,
    /// Frame height.
    pub height: usize,
    /// The pose used.
    pub pose: Pose,
}

/// A simulated camera with its frame buffers (reused between shots: no allocation per frame
/// once the first frame is made).
#[derive(Debug, Clone)]
pub struct Camera {
    params: CameraParams,
    frame: Vec<u8>,
    tmp: Vec<u16>,
}

/// SplitMix64: a tiny, good-enough seeded generator for poses and noise.
#[derive(Debug, Clone, Copy)]
struct Mix(u64);

impl Mix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [-1, 1).
    fn signed_unit(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 23) as f32 - 1.0
    }
}

/// Samples per pixel side (3 x 3 samples per camera pixel).
const SUB: usize = 3;

impl Camera {
    /// A camera with these parameters; the frame size is capped at [`MAX_FRAME_PIXELS`] (the
    /// height shrinks to fit) and a zero side becomes 1.
    pub fn new(mut params: CameraParams) -> Self {
        params.width = params.width.clamp(1, MAX_FRAME_PIXELS);
        params.height = params.height.clamp(1, MAX_FRAME_PIXELS / params.width);
        if !(params.dots_per_px.is_finite() && params.dots_per_px > 0.0) {
            params.dots_per_px = 1.0;
        }
        Camera {
            params,
            frame: Vec::new(),
            tmp: Vec::new(),
        }
    }

    /// The parameters in use.
    pub fn params(&self) -> &CameraParams {
        &self.params
    }

    /// The pose of the frame for `seed`: rotation and shift drawn uniformly within the limits.
    pub fn pose(&self, seed: u64) -> Pose {
        let p = &self.params;
        let mut rng = Mix(seed ^ 0x6c69_6e65_6361_6d31);
        let rotation_deg = p.max_rotation_deg * rng.signed_unit();
        let cx = p.width as f32 * 0.5 + p.max_shift_px * rng.signed_unit();
        let cy = p.height as f32 * 0.5 + p.max_shift_px * rng.signed_unit();
        Pose {
            rotation_deg,
            centre: (cx, cy),
        }
    }

    /// Shoots `print` with the pose and noise drawn from `seed`.
    pub fn shoot(&mut self, print: &PrintBitmap<'_>, seed: u64) -> Shot<'_> {
        let pose = self.pose(seed);
        self.shoot_pose(print, pose, seed)
    }

    /// Shoots `print` in the given pose (noise drawn from `seed`).
    pub fn shoot_pose(&mut self, print: &PrintBitmap<'_>, pose: Pose, seed: u64) -> Shot<'_> {
        let p = self.params;
        let (w, h) = (p.width, p.height);
        self.frame.clear();
        self.frame.resize(w * h, p.paper);
        self.expose(print, pose);
        for _ in 0..p.blur_passes {
            self.blur();
        }
        self.add_noise(seed);
        Shot {
            frame: &self.frame,
            width: w,
            height: h,
            pose,
        }
    }

    /// Area-samples the print into the frame (paper where the print does not reach).
    fn expose(&mut self, print: &PrintBitmap<'_>, pose: Pose) {
        let p = self.params;
        let (w, h) = (p.width, p.height);
        let k = p.dots_per_px;
        let (s, c) = pose.rotation_deg.to_radians().sin_cos();
        // Frame -> print: u = pcx + k*( c*dx + s*dy), v = pcy + k*(-s*dx + c*dy).
        let (pcx, pcy) = (print.width as f32 * 0.5, print.height as f32 * 0.5);
        let (ux, vx) = (k * c, -k * s); // print step per frame x
        let (uy, vy) = (k * s, k * c); // print step per frame y
        // Frame bounding box of the print (its corners mapped print -> frame), plus a margin.
        let half = (print.width as f32 * 0.5 / k, print.height as f32 * 0.5 / k);
        let ext_x = half.0 * c.abs() + half.1 * s.abs() + 2.0;
        let ext_y = half.0 * s.abs() + half.1 * c.abs() + 2.0;
        let clamp = |v: f32, hi: usize| v.max(0.0).min(hi as f32) as usize;
        let (x0, x1) = (
            clamp(pose.centre.0 - ext_x, w),
            clamp(pose.centre.0 + ext_x + 1.0, w),
        );
        let (y0, y1) = (
            clamp(pose.centre.1 - ext_y, h),
            clamp(pose.centre.1 + ext_y + 1.0, h),
        );
        let span = f32::from(p.paper) - f32::from(p.ink);
        let scale = span / (SUB * SUB) as f32;
        let offs: [f32; SUB] = core::array::from_fn(|i| (i as f32 + 0.5) / SUB as f32 - 0.5);
        for y in y0..y1 {
            let Some(row) = self.frame.get_mut(y * w..(y + 1) * w) else {
                break;
            };
            let dy = y as f32 + 0.5 - pose.centre.1;
            for (x, px) in row.iter_mut().enumerate().take(x1).skip(x0) {
                let dx = x as f32 + 0.5 - pose.centre.0;
                let u = pcx + ux * dx + uy * dy;
                let v = pcy + vx * dx + vy * dy;
                let mut dark = 0u32;
                for oy in offs {
                    for ox in offs {
                        let su = u + ux * ox + uy * oy;
                        let sv = v + vx * ox + vy * oy;
                        dark += u32::from(print.dot(su.floor() as i32, sv.floor() as i32));
                    }
                }
                *px = (f32::from(p.paper) - dark as f32 * scale).round() as u8;
            }
        }
    }

    /// One separable `[1 2 1] / 4` blur pass (edges replicate).
    fn blur(&mut self) {
        let (w, h) = (self.params.width, self.params.height);
        self.tmp.clear();
        self.tmp.resize(w * h, 0);
        for (src, dst) in self.frame.chunks_exact(w).zip(self.tmp.chunks_exact_mut(w)) {
            for (x, d) in dst.iter_mut().enumerate() {
                let at = |i: usize| u16::from(src.get(i).copied().unwrap_or(0));
                let l = at(x.saturating_sub(1));
                let r = at((x + 1).min(w - 1));
                *d = l + 2 * at(x) + r;
            }
        }
        for y in 0..h {
            let up = y.saturating_sub(1) * w;
            let down = (y + 1).min(h - 1) * w;
            let Some(out) = self.frame.get_mut(y * w..(y + 1) * w) else {
                break;
            };
            for (x, o) in out.iter_mut().enumerate() {
                let at = |i: usize| u32::from(self.tmp.get(i).copied().unwrap_or(0));
                let sum = at(up + x) + 2 * at(y * w + x) + at(down + x);
                *o = ((sum + 8) / 16) as u8;
            }
        }
    }

    /// Triangular noise in +-`noise` grey levels, clamped to 0..=255.
    fn add_noise(&mut self, seed: u64) {
        let n = i32::from(self.params.noise);
        if n == 0 {
            return;
        }
        let mut rng = Mix(seed ^ 0x6e6f_6973_6573_6565);
        let m = (n + 1) as u64;
        let mut bits = 0u64;
        let mut left = 0u32;
        for px in &mut self.frame {
            if left == 0 {
                bits = rng.next();
                left = 4;
            }
            let a = ((bits & 0xffff) * m) >> 16; // uniform 0..=n
            let b = (((bits >> 16) & 0xffff) * m) >> 16;
            bits >>= 32;
            left -= 2;
            let d = a as i32 - b as i32;
            *px = (i32::from(*px) + d).clamp(0, 255) as u8;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square_print() -> (Vec<u8>, usize) {
        // 64x64 dots, dark square from 16 to 48.
        let w = 64;
        let mut rows = alloc::vec![0u8; 8 * w];
        for y in 16..48 {
            for x in 16..48 {
                rows[y * 8 + x / 8] |= 0x80 >> (x % 8);
            }
        }
        (rows, w)
    }

    #[test]
    fn same_seed_same_frame_other_seed_other_frame() {
        let (rows, w) = square_print();
        let print = PrintBitmap::new(&rows, w, w).unwrap();
        let mut cam = Camera::new(CameraParams {
            width: 48,
            height: 48,
            dots_per_px: 2.0,
            ..CameraParams::default()
        });
        let a = cam.shoot(&print, 1).frame.to_vec();
        let b = cam.shoot(&print, 1).frame.to_vec();
        let c = cam.shoot(&print, 2).frame.to_vec();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn unrotated_frame_shows_the_square_at_the_downscaled_place() {
        let (rows, w) = square_print();
        let print = PrintBitmap::new(&rows, w, w).unwrap();
        let p = CameraParams {
            width: 40,
            height: 40,
            dots_per_px: 2.0,
            blur_passes: 0,
            noise: 0,
            ..CameraParams::default()
        };
        let mut cam = Camera::new(p);
        let pose = Pose {
            rotation_deg: 0.0,
            centre: (20.0, 20.0),
        };
        let shot = cam.shoot_pose(&print, pose, 0);
        // Print centre (32, 32) -> frame (20, 20); the square spans print 16..48 -> frame 12..28.
        for y in 0..40 {
            for x in 0..40 {
                let inside = (12..28).contains(&x) && (12..28).contains(&y);
                let v = shot.frame[y * 40 + x];
                assert_eq!(v, if inside { p.ink } else { p.paper }, "({x}, {y})");
            }
        }
    }

    #[test]
    fn noise_stays_within_its_amplitude() {
        let (rows, w) = square_print();
        let print = PrintBitmap::new(&rows, w, w).unwrap();
        let p = CameraParams {
            width: 40,
            height: 40,
            dots_per_px: 2.0,
            blur_passes: 0,
            noise: 6,
            max_rotation_deg: 0.0,
            max_shift_px: 0.0,
            ..CameraParams::default()
        };
        let mut cam = Camera::new(p);
        let shot = cam.shoot(&print, 9);
        let paper = shot.frame[0..40].iter().map(|&v| i32::from(v));
        let mut spread = (255, 0);
        for v in paper {
            assert!((v - i32::from(p.paper)).abs() <= 6);
            spread = (spread.0.min(v), spread.1.max(v));
        }
        assert!(spread.1 > spread.0, "noise was added");
    }

    #[test]
    fn short_buffer_is_refused() {
        assert!(PrintBitmap::new(&[0u8; 7], 64, 1).is_none());
        assert!(PrintBitmap::new(&[0u8; 8], 64, 1).is_some());
        assert!(PrintBitmap::new(&[], 0, 0).is_none());
    }
}
