//! Serial state files (`gs1dm serials --state`): never panic; whatever parses writes back to a
//! text that parses to the same state and belongs to the same stream.
//!
//! Input: the file text.

use gs1_datamatrix::serial::state::SerialState;

/// Runs one input.
pub fn run(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(state) = SerialState::parse(text) {
        let again = SerialState::parse(&state.to_text());
        assert_eq!(again, Ok(state));
        assert!(state.check_stream(&state).is_ok());
    }
}
