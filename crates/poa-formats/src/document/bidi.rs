//! Latin and numeric runs inside Arabic text, kept as written.
//!
//! In right-to-left text the Unicode bidirectional algorithm reorders
//! neutral characters around Latin runs: `Ms. Lina Haddad` split over two
//! elements reads `Lina Haddad Ms.`, a bracketed source's brackets mirror,
//! and a date or an e-mail address next to Arabic words can lose its dot or
//! its order. Each run that starts with a Latin letter or a digit (names,
//! e-mail addresses, telephone numbers, URLs, ids, paragraph references,
//! dates) is found here once, so the HTML writer can put it in
//! `<bdi dir="ltr">` and the PDF writer in Unicode isolates (LRI … PDI), which
//! typst's bidi resolution honours.

use std::ops::Range;

/// Characters that continue a Latin run once it has started.
fn continues(c: char) -> bool {
    c.is_ascii_alphanumeric() || "@._-/:+#%&=?~'()[],".contains(c)
}

/// The byte ranges of the Latin and numeric runs of `text`: maximal spans
/// that start with an ASCII letter or digit (or `+` before a digit, as in a
/// telephone number, or a bracket before one), go on over the characters of addresses and dates and
/// over single spaces between such words, and end before sentence
/// punctuation and unbalanced brackets.
pub(crate) fn latin_runs(text: &str) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        let next = chars.get(i + 1).map(|(_, d)| *d);
        let starts = c.is_ascii_alphanumeric()
            || (c == '+' && next.is_some_and(|d| d.is_ascii_digit()))
            || ((c == '(' || c == '[') && next.is_some_and(|d| d.is_ascii_alphanumeric()));
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        loop {
            match chars.get(j) {
                Some((_, c)) if continues(*c) => j += 1,
                // A space between two Latin words stays inside the run.
                Some((_, ' '))
                    if chars.get(j + 1).is_some_and(|(_, d)| {
                        d.is_ascii_alphanumeric() || *d == '(' || *d == '[' || *d == '+'
                    }) =>
                {
                    j += 1
                }
                _ => break,
            }
        }
        let (first, end) = trim(&chars[i..j]);
        let (first, end) = (i + first, i + end);
        if end <= first {
            i = j;
            continue;
        }
        let start = chars[first].0;
        let stop = chars.get(end).map_or(text.len(), |(offset, _)| *offset);
        // A plain number lays itself out as written; only runs with letters
        // or separators (dates, names, addresses) need isolating.
        if !text[start..stop].chars().all(|c| c.is_ascii_digit()) {
            runs.push(start..stop);
        }
        i = end;
    }
    runs
}

/// The part of a candidate run to isolate, as (first, end) indices into
/// it: sentence punctuation and brackets that close nothing are left
/// outside at the end, and an opening bracket the run does not close at the
/// start, so no bracket pair is split across the isolate. Linear in the run.
fn trim(run: &[(usize, char)]) -> (usize, usize) {
    let (mut round, mut square) = (0i64, 0i64);
    for (_, c) in run {
        match c {
            '(' => round += 1,
            ')' => round -= 1,
            '[' => square += 1,
            ']' => square -= 1,
            _ => {}
        }
    }
    let mut end = run.len();
    while end > 1 {
        let last = run[end - 1].1;
        let closes_nothing = (last == ')' && round < 0) || (last == ']' && square < 0);
        if closes_nothing || ".,:;'(['-".contains(last) {
            match last {
                ')' => round += 1,
                ']' => square += 1,
                '(' => round -= 1,
                '[' => square -= 1,
                _ => {}
            }
            end -= 1;
        } else {
            break;
        }
    }
    let mut start = 0;
    let first = run[0].1;
    if (first == '(' && round > 0) || (first == '[' && square > 0) {
        start = 1;
    }
    (start, end)
}

/// Whether `text` holds an Arabic letter (only then do runs need isolating).
pub fn has_arabic(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'))
}

/// `text` with each Latin run between LRI (U+2066) and PDI (U+2069).
pub(crate) fn isolate_marks(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut last = 0;
    for run in latin_runs(text) {
        out.push_str(&text[last..run.start]);
        out.push('\u{2066}');
        out.push_str(&text[run.clone()]);
        out.push('\u{2069}');
        last = run.end;
    }
    out.push_str(&text[last..]);
    out
}

/// `text` as escaped HTML with each Latin run in `<bdi dir="ltr">`.
pub(crate) fn isolate_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let mut last = 0;
    for run in latin_runs(text) {
        escape_into(&text[last..run.start], &mut out);
        out.push_str("<bdi dir=\"ltr\">");
        escape_into(&text[run.clone()], &mut out);
        out.push_str("</bdi>");
        last = run.end;
    }
    escape_into(&text[last..], &mut out);
    out
}

/// Escapes as the templates' autoescape does, so the filter's output reads
/// like the rest of the page.
fn escape_into(text: &str, out: &mut String) {
    use std::fmt::Write;
    let _ = write!(out, "{}", minijinja::HtmlEscape(text));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<&str> {
        latin_runs(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn names_addresses_dates_and_sources_are_whole_runs() {
        assert_eq!(runs("Ms. Lina Haddad"), ["Ms. Lina Haddad"]);
        assert_eq!(
            runs("راسلوا registry@police.aurelia.example. شكرا"),
            ["registry@police.aurelia.example"]
        );
        assert_eq!(runs("قانون لعام 2015 (2015-11-02)"), ["2015 (2015-11-02)"]);
        assert_eq!(runs("صدر في 2015-11-02، ثم"), ["2015-11-02"]);
        assert_eq!(runs("[ITI 8(a)] 4.1.1"), ["[ITI 8(a)] 4.1.1"]);
        assert_eq!(runs("(عربي) x)"), ["x"]);
        assert_eq!(
            runs("(PoA II.4 وبرنامج العمل)"),
            ["PoA II.4"],
            "no pair split"
        );
        // Linear: a long tail of punctuation is trimmed without rescanning.
        let long = format!("a{}", ".".repeat(100_000));
        assert_eq!(runs(&long), ["a"]);
        assert_eq!(runs("الهاتف +999 1 000 1000"), ["+999 1 000 1000"]);
        assert_eq!(
            runs("https://example.org/a?b=1, ثم"),
            ["https://example.org/a?b=1"]
        );
        assert_eq!(runs("نص عربي فقط"), Vec::<&str>::new());
        assert_eq!(runs("تشكل النساء 40 في المائة"), Vec::<&str>::new());
    }

    #[test]
    fn html_is_escaped_and_runs_isolated() {
        assert_eq!(
            isolate_html("<b> Ms. Lina & co"),
            "&lt;<bdi dir=\"ltr\">b</bdi>&gt; <bdi dir=\"ltr\">Ms. Lina</bdi> &amp; <bdi dir=\"ltr\">co</bdi>"
        );
        assert_eq!(
            isolate_marks("في 2015-11-02"),
            "في \u{2066}2015-11-02\u{2069}"
        );
    }
}
