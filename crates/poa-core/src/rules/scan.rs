//! The walks over a document that several rules share, each made once per
//! report: one along the report's shape (free text, disaggregated counts,
//! contact references) and one over every string (characters the text
//! rules flag), which is skipped when the text the report was read from
//! cannot hold such a character.

use serde_json::Value;

use super::text::is_bidi_control;
use crate::model::text::is_xml_char;
use crate::path::{Found, Path, Segment, walk_shapes, walk_values};
use crate::shape::{Shape, report_shape};

/// The nodes some rules look at, found in one walk along the report's shape.
#[derive(Debug, Default)]
pub struct TypedScan<'a> {
    /// Every piece of free text (and the State's name): where, and the value.
    pub free_text: Found<'a>,
    /// Every question with counts split by sex, age and disability.
    pub disaggregated: Found<'a>,
    /// `contact` fields inside sections: (pointer, contact id).
    pub contacts: Vec<(String, String)>,
}

impl<'a> TypedScan<'a> {
    /// Walks `document`, which the schema has passed or which has been
    /// pruned of what it rejected: every node of it has a place in the shape.
    pub fn of(document: &'a Value) -> Self {
        let mut scan = TypedScan::default();
        walk_shapes(
            report_shape(),
            document,
            &mut Path::new(),
            &mut |path, shape, value| {
                match shape {
                    Shape::Text | Shape::Localized => scan.free_text.push(path, value),
                    Shape::Object { def, .. } if def == "DisaggregatedQuestion" => {
                        scan.disaggregated.push(path, value)
                    }
                    _ => {}
                }
                if let Value::String(id) = value
                    && is_contact_reference(path)
                {
                    scan.contacts.push((path.pointer(), id.clone()));
                }
            },
        );
        scan
    }
}

/// A `contact` field somewhere inside the sections (a regional point of
/// contact, ...), which must name a contact of the report.
fn is_contact_reference(path: &Path) -> bool {
    let segments = path.segments();
    matches!(segments.first(), Some(Segment::Key("sections")))
        && matches!(segments.last(), Some(Segment::Key("contact")))
}

/// What one pass over every string of a document finds.
#[derive(Debug, Default)]
pub struct StringScan {
    /// Strings holding a character XML 1.0 cannot carry: (pointer, first such character).
    pub control: Vec<(String, char)>,
    /// Strings holding a bidirectional control: (pointer, first such character).
    pub bidi: Vec<(String, char)>,
}

impl StringScan {
    /// Looks at every string of `document`; `source` is the text it was
    /// read from, if any: when that text cannot hold a flagged character,
    /// no string of the document can, and the walk is skipped.
    pub fn of(document: &Value, source: Option<&str>) -> StringScan {
        let mut scan = StringScan::default();
        if source.is_some_and(|text| !text_may_hold_flagged_char(text)) {
            return scan;
        }
        walk_values(document, &mut Path::new(), &mut |path, value| {
            let Value::String(s) = value else { return };
            if !may_hold_flagged_char(s) {
                return;
            }
            let control = s.chars().find(|c| !is_xml_char(*c));
            let bidi = s.chars().find(|c| is_bidi_control(*c));
            if control.is_none() && bidi.is_none() {
                return;
            }
            let pointer = path.pointer();
            if let Some(c) = control {
                scan.control.push((pointer.clone(), c));
            }
            if let Some(c) = bidi {
                scan.bidi.push((pointer, c));
            }
        });
        scan
    }
}

/// A character the control or bidi rules flag.
fn is_flagged(c: char) -> bool {
    !is_xml_char(c) || is_bidi_control(c)
}

/// True for a byte below 0x20 other than tab, newline and return.
fn is_control_byte(b: u8) -> bool {
    b < 0x20 && b != b'\t' && b != b'\n' && b != b'\r'
}

/// Whether some byte of `bytes` passes `test`, looked at 32 at a time: a
/// whole block is tested without branching, which the compiler turns into
/// vector instructions.
fn any_byte(bytes: &[u8], test: impl Fn(u8) -> bool) -> bool {
    let mut blocks = bytes.chunks_exact(32);
    let in_blocks = blocks
        .by_ref()
        .any(|block| block.iter().fold(false, |seen, &b| seen | test(b)));
    in_blocks || blocks.remainder().iter().any(|&b| test(b))
}

/// False when `s` surely holds no flagged character. Every such character
/// starts with a control byte, 0xE2 (U+2000–U+2FFF: bidi controls) or 0xEF
/// (U+F000–U+FFFF: non-characters), so most strings are cleared by one pass
/// over their bytes.
fn may_hold_flagged_char(s: &str) -> bool {
    any_byte(s.as_bytes(), |b| {
        is_control_byte(b) | (b == 0xE2) | (b == 0xEF)
    })
}

/// False when no string read from the YAML `text` can hold a flagged
/// character. Such a character is in a string either as written (its own
/// bytes are in the text) or as an escape of a double-quoted string
/// (`"\u202E"`, `"\x1b"`), which needs a backslash. The text's em dashes
/// and other punctuation of U+2000–U+2FFF share a first byte with the bidi
/// controls, so each character starting with 0xE2 or 0xEF is looked at.
fn text_may_hold_flagged_char(text: &str) -> bool {
    let bytes = text.as_bytes();
    any_byte(bytes, is_control_byte)
        || memchr::memchr3_iter(b'\\', 0xE2, 0xEF, bytes).any(|i| {
            bytes[i] == b'\\'
                || text
                    .get(i..)
                    .and_then(|rest| rest.chars().next())
                    .is_none_or(is_flagged)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FLAGGED: [char; 6] = [
        '\u{0}', '\u{1b}', '\u{202a}', '\u{202e}', '\u{2066}', '\u{fffe}',
    ];

    /// The block-wise byte test agrees with a plain search for the
    /// characters the control and bidi rules flag, wherever they stand.
    #[test]
    fn flagged_characters_are_found_in_every_position() {
        for len in [0, 1, 31, 32, 33, 64, 95] {
            let plain: String = "a\tب\n—".chars().cycle().take(len).collect();
            assert!(!may_hold_flagged_char(&plain) || plain.contains('—'));
            assert!(!text_may_hold_flagged_char(&plain), "clean text of {len}");
            for c in FLAGGED {
                for at in [0, len / 2, len] {
                    let mut text: Vec<char> = plain.chars().collect();
                    text.insert(at.min(text.len()), c);
                    let text: String = text.into_iter().collect();
                    assert!(may_hold_flagged_char(&text), "{c:?} at {at} of {len}");
                    assert!(text_may_hold_flagged_char(&text), "{c:?} at {at} of {len}");
                }
            }
        }
    }

    /// A text whose strings are clean but which escapes something, or holds
    /// a flagged character only in a comment, is still walked; a text with
    /// only em dashes and Arabic is not.
    #[test]
    fn the_text_check_errs_only_towards_walking() {
        assert!(!text_may_hold_flagged_char("a: نص — text\n# note – here\n"));
        assert!(text_may_hold_flagged_char("a: \"\\u202E\"\n"));
        assert!(text_may_hold_flagged_char("a: \"plain \\\\ backslash\"\n"));
        assert!(text_may_hold_flagged_char("a: b # \u{202e} in a comment\n"));
        let document = serde_json::json!({ "a": "\u{202e}x", "b": ["\u{1b}"] });
        let walked = StringScan::of(&document, Some("a: \"\\u202Ex\"\nb: [\"\\e\"]\n"));
        assert_eq!(walked.bidi, [("/a".to_owned(), '\u{202e}')]);
        assert_eq!(walked.control, [("/b/0".to_owned(), '\u{1b}')]);
        let skipped = StringScan::of(&document, Some("a: x\n"));
        assert!(skipped.bidi.is_empty() && skipped.control.is_empty());
    }
}
