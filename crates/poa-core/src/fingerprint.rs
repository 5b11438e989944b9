//! A stable fingerprint of a text: FNV-1a over its bytes, 64 bits, as hex.
//!
//! For marks that must agree between builds and versions of the program
//! (the standard library's hasher may change): the English a translation
//! was made from, the paragraphs a Word document was written with. Not for
//! security: anyone can make two texts with the same fingerprint.

/// The fingerprint of `text`, 16 hex digits.
pub fn fingerprint(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_fingerprint_is_fnv1a_64() {
        // The published FNV-1a 64 values.
        assert_eq!(super::fingerprint(""), "cbf29ce484222325");
        assert_eq!(super::fingerprint("a"), "af63dc4c8601ec8c");
    }
}
