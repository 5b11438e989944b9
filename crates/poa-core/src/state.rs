//! Looking up State codes: ISO 3166-1 alpha-3 plus the user-assigned ranges
//! that samples and training files use for fictional States.

use crate::iso3166::COUNTRIES;

/// (English name, Arabic name) of an ISO 3166-1 alpha-3 code.
pub fn lookup(code: &str) -> Option<(&'static str, &'static str)> {
    COUNTRIES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, en, ar)| (*en, *ar))
}

/// True for the user-assigned alpha-3 ranges AAA–AAZ, QMA–QZZ, XAA–XZZ, ZZA–ZZZ.
pub fn is_fictional(code: &str) -> bool {
    let b = code.as_bytes();
    if b.len() != 3 || !b.iter().all(u8::is_ascii_uppercase) {
        return false;
    }
    matches!((b[0], b[1]), (b'A', b'A') | (b'X', _) | (b'Z', b'Z'))
        || (b[0] == b'Q' && b[1] >= b'M')
}

/// The nearest real code, for "did you mean".
pub(crate) fn closest(code: &str) -> Option<(&'static str, &'static str)> {
    COUNTRIES
        .iter()
        .filter(|(c, _, _)| strsim::levenshtein(code, c) == 1)
        .max_by(|a, b| strsim::jaro_winkler(code, a.0).total_cmp(&strsim::jaro_winkler(code, b.0)))
        .map(|(c, en, _)| (*c, *en))
}

/// Every ISO 3166-1 alpha-3 code, in order.
pub fn codes() -> Vec<&'static str> {
    COUNTRIES.iter().map(|(c, _, _)| *c).collect()
}
