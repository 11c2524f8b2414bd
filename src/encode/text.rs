//! Text encodation (ISO/IEC 16022 5.2.6): C40 with the cases swapped, lower-case letters in the
//! basic set; the value tables live in [`super::c40`] with `text = true`.

/// The Text values of one input unit (1 to 4 values written into `out`).
#[inline]
pub fn values(b: u8, fnc1: bool, out: &mut [u8; 4]) -> usize {
    super::c40::values(b, fnc1, true, out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn lower_case_is_basic() {
        let mut o = [0u8; 4];
        assert_eq!(super::values(b'a', false, &mut o), 1);
        assert_eq!(o[0], 14);
        assert_eq!(super::values(b'A', false, &mut o), 2);
        assert_eq!(&o[..2], &[2, 1]);
    }
}
