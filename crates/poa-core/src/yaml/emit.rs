//! Writing a JSON value back out as readable, commented YAML.
//!
//! `init` writes skeletons and carried-over reports through here, so that
//! every file we write reads the same way: block style, keys in model order,
//! an empty answer as `answer:`, and text quoted only when it has to be.
//! Comments come from a callback keyed by JSON pointer.

use serde_json::Value;

use super::scalar::resolve_plain;
use crate::pointer::join;

/// Writes `value` as a YAML document. `comment(pointer)` may return lines to
/// put above the key at that pointer (without the `#`).
pub(crate) fn to_yaml(value: &Value, comment: &dyn Fn(&str) -> Vec<String>) -> String {
    let mut out = String::new();
    match value {
        Value::Object(map) if !map.is_empty() => write_map(&mut out, map, 0, "", comment),
        other => {
            out.push_str(&inline(other));
            out.push('\n');
        }
    }
    out
}

fn write_map(
    out: &mut String,
    map: &serde_json::Map<String, Value>,
    indent: usize,
    pointer: &str,
    comment: &dyn Fn(&str) -> Vec<String>,
) {
    let pad = " ".repeat(indent);
    for (i, (key, value)) in map.iter().enumerate() {
        let child = join(pointer, key);
        for line in comment(&child) {
            out.push_str(&pad);
            out.push_str(if line.is_empty() { "#" } else { "# " });
            out.push_str(&line);
            out.push('\n');
        }
        // The first key of a map inside a sequence item shares the `- ` line.
        if !(i == 0 && out.ends_with("- ")) {
            out.push_str(&pad);
        }
        out.push_str(&scalar_text(key));
        out.push(':');
        write_value_after_key(out, value, indent, &child, comment);
    }
}

fn write_value_after_key(
    out: &mut String,
    value: &Value,
    indent: usize,
    pointer: &str,
    comment: &dyn Fn(&str) -> Vec<String>,
) {
    match value {
        Value::Null => out.push('\n'),
        Value::Object(map) if !map.is_empty() => {
            out.push('\n');
            write_map(out, map, indent + 2, pointer, comment);
        }
        Value::Array(items) if !items.is_empty() && !is_flow_list(items) => {
            out.push('\n');
            write_seq(out, items, indent + 2, pointer, comment);
        }
        Value::String(s) if s.contains('\n') && block_literal_ok(s) => {
            write_block_literal(out, s, indent + 2);
        }
        other => {
            out.push(' ');
            out.push_str(&inline(other));
            out.push('\n');
        }
    }
}

fn write_seq(
    out: &mut String,
    items: &[Value],
    indent: usize,
    pointer: &str,
    comment: &dyn Fn(&str) -> Vec<String>,
) {
    let pad = " ".repeat(indent);
    for (i, item) in items.iter().enumerate() {
        let child = join(pointer, &i.to_string());
        out.push_str(&pad);
        out.push_str("- ");
        match item {
            Value::Object(map) if !map.is_empty() => {
                write_map(out, map, indent + 2, &child, comment)
            }
            Value::Array(inner) if !inner.is_empty() => {
                out.push('\n');
                write_seq(out, inner, indent + 2, &child, comment);
            }
            Value::String(s) if s.contains('\n') && block_literal_ok(s) => {
                out.pop();
                write_block_literal(out, s, indent + 2);
            }
            other => {
                out.push_str(&inline(other));
                out.push('\n');
            }
        }
    }
}

/// Short lists of plain words are written `[a, b]`.
fn is_flow_list(items: &[Value]) -> bool {
    items
        .iter()
        .all(|v| matches!(v, Value::String(s) if is_plain_safe(s) && !s.contains(' ')))
        && items.len() <= 12
}

fn inline(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => scalar_text(s),
        Value::Array(items) if items.is_empty() => "[]".into(),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(inline).collect();
            format!("[{}]", parts.join(", "))
        }
        Value::Object(_) => "{}".into(),
    }
}

/// A string as a YAML scalar: plain when that reads back as the same string, else double-quoted.
pub fn scalar_text(s: &str) -> String {
    if is_plain_safe(s) {
        s.to_owned()
    } else {
        double_quoted(s)
    }
}

fn is_plain_safe(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if s.trim() != s || "-?:,[]{}#&*!|>'\"%@`".contains(first) {
        return false;
    }
    if s.contains(": ") || s.contains(" #") || s.ends_with(':') {
        return false;
    }
    if s.chars()
        .any(|c| needs_escape(c) || matches!(c, '\n' | '\t' | ',' | '[' | ']' | '{' | '}'))
    {
        return false;
    }
    resolve_plain(s) == Value::String(s.to_owned())
}

/// Characters we never write raw: controls, bidi controls, BOM, line separators.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
        || matches!(c, '\u{FEFF}' | '\u{2028}' | '\u{2029}' | '\u{85}')
}

fn double_quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if needs_escape(c) => {
                let code = c as u32;
                if code <= 0xFF {
                    out.push_str(&format!("\\x{code:02X}"));
                } else {
                    out.push_str(&format!("\\u{code:04X}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A multi-line string can be a `|` block when it reads back exactly.
fn block_literal_ok(s: &str) -> bool {
    !s.starts_with([' ', '\n'])
        && !s.ends_with("\n\n")
        && s.lines().all(|l| l.trim_end() == l)
        && !s.chars().any(|c| needs_escape(c) && c != '\n')
}

fn write_block_literal(out: &mut String, s: &str, indent: usize) {
    let pad = " ".repeat(indent);
    out.push_str(if s.ends_with('\n') { " |\n" } else { " |-\n" });
    for line in s.trim_end_matches('\n').split('\n') {
        if !line.is_empty() {
            out.push_str(&pad);
            out.push_str(line);
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::{Limits, parse};
    use serde_json::json;

    fn round_trip(value: Value) {
        let text = to_yaml(&value, &|_| Vec::new());
        let back = parse(&text, Limits::default()).expect(&text).to_json();
        assert_eq!(back, value, "YAML was:\n{text}");
    }

    #[test]
    fn awkward_strings_read_back_unchanged() {
        for s in [
            "yes",
            "no",
            "null",
            "~",
            "123",
            "1.5",
            "true",
            "",
            " lead",
            "trail ",
            "a: b",
            "a #b",
            "#x",
            "- x",
            "=1+2",
            "@x",
            "line1\nline2",
            "ends\n",
            "tab\there",
            "\u{202E}rtl",
            "quote\"back\\slash",
            "نص عربي: مع نقطتين",
            "[x]",
            "{y}",
            "a,b",
            "\u{0}\u{7}",
            "  indented\nblock",
            "two\n\nparagraphs\n",
        ] {
            round_trip(json!({ "k": s, "list": [s, "x"] }));
        }
    }

    #[test]
    fn nested_structures_read_back_unchanged() {
        round_trip(json!({
            "a": { "b": null, "c": [], "d": {}, "e": [1, 2] },
            "contacts": [ { "id": "x", "nested": { "z": "w" } }, { "id": "y" } ],
            "words": ["stamping", "laser_engraving"],
            "deep": [[1, 2], [{"k": "v"}]],
        }));
    }

    #[test]
    fn comments_go_above_their_key() {
        let text = to_yaml(&json!({ "a": { "b": 1 } }), &|p| {
            if p == "/a/b" {
                vec!["about b".into()]
            } else {
                Vec::new()
            }
        });
        assert_eq!(text, "a:\n  # about b\n  b: 1\n");
    }
}
