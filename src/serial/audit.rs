//! Audit: how guessable the issued serials are, and the issuing bound that keeps them safe.

use super::SerialError;

/// The regulatory limit: `P(guess)` must stay below `1 / 10,000` (EU FMD, UAE).
pub const GUESS_LIMIT_DENOMINATOR: u128 = 10_000;

/// An audit of one stream: space size, serials issued, and the bound.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Audit {
    /// Number of distinct serials of the format.
    pub space: u128,
    /// Serials issued (or reserved) so far, counting every shard as far as this one.
    pub issued: u128,
    /// Most serials that may be issued without `force`.
    pub bound: u128,
}

impl Audit {
    /// The default bound: the most serials with `issued / space < 1 / 10,000`.
    pub fn default_bound(space: u128) -> u128 {
        space.saturating_sub(1) / GUESS_LIMIT_DENOMINATOR
    }

    /// Probability that a blind guess hits an issued serial: `issued / space`.
    pub fn p_guess(&self) -> f64 {
        if self.space == 0 {
            1.0
        } else {
            self.issued as f64 / self.space as f64
        }
    }

    /// Whether `issued / space < 1 / 10,000` (exact integer comparison).
    pub fn meets_limit(&self) -> bool {
        self.issued
            .checked_mul(GUESS_LIMIT_DENOMINATOR)
            .is_some_and(|x| x < self.space)
    }

    /// Refuses an issue that would bring `issued` to `end`, past the bound, unless forced.
    ///
    /// # Errors
    /// [`SerialError::BoundExceeded`] when `end > bound` and not `force`.
    pub fn check(&self, end: u128, force: bool) -> Result<(), SerialError> {
        if end > self.bound && !force {
            return Err(SerialError::BoundExceeded {
                end,
                bound: self.bound,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limit_is_exact() {
        let space = 10u128.pow(6);
        assert_eq!(Audit::default_bound(space), 99);
        assert!(
            Audit {
                space,
                issued: 99,
                bound: 99
            }
            .meets_limit()
        );
        assert!(
            !Audit {
                space,
                issued: 100,
                bound: 99
            }
            .meets_limit()
        );
        assert!(
            (Audit {
                space,
                issued: 100,
                bound: 99
            }
            .p_guess()
                - 1e-4)
                .abs()
                < 1e-12
        );
        assert!(
            Audit {
                space,
                issued: 0,
                bound: 99
            }
            .check(100, false)
            .is_err()
        );
        assert!(
            Audit {
                space,
                issued: 0,
                bound: 99
            }
            .check(100, true)
            .is_ok()
        );
        assert!(
            Audit {
                space,
                issued: 0,
                bound: 99
            }
            .check(99, false)
            .is_ok()
        );
    }
}
