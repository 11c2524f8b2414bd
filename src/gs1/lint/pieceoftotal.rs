//! `pieceoftotal`: ITIP piece number and total (AIs 8006, 8026): equal halves, non-zero, piece <= total.

use super::{LintError, LintResult, num};

pub(crate) fn check(comp: &[u8]) -> LintResult {
    if !comp.len().is_multiple_of(2) {
        return Err((LintError::PieceOfTotalOddLength, 0, comp.len()));
    }
    let half = comp.len() / 2;
    let (piece, total) = comp.split_at(half);
    if num(piece) == 0 {
        return Err((LintError::ZeroPieceNumber, 0, half));
    }
    if num(total) == 0 {
        return Err((LintError::ZeroTotalPieces, half, half));
    }
    if num(piece) > num(total) {
        return Err((LintError::PieceNumberExceedsTotal, 0, comp.len()));
    }
    Ok(())
}
