//! One open document: its text, its positions in UTF-16 code units (the
//! LSP's default), incremental edits, and its last parsed tree.

use std::cell::OnceCell;

use serde_json::{Value, json};

use poa_core::yaml::{self, Node, Span};

/// An open report file.
pub(crate) struct Document {
    pub uri: String,
    pub text: String,
    pub version: i64,
    /// Byte offset of each line's start.
    lines: Vec<usize>,
    /// The tree of the text, if it parses: made when a request first needs
    /// it, not on every change (validation parses the text itself).
    tree: OnceCell<Option<Node>>,
    /// The last tree that parsed, for completion while a line elsewhere is
    /// half typed (its places are those of an earlier text).
    last_good: Option<Node>,
}

impl Document {
    pub(crate) fn new(uri: String, text: String, version: i64) -> Self {
        let mut document = Document {
            uri,
            text,
            version,
            lines: Vec::new(),
            tree: OnceCell::new(),
            last_good: None,
        };
        document.reindex();
        document
    }

    fn reindex(&mut self) {
        self.index_lines();
        if let Some(Some(tree)) = std::mem::take(&mut self.tree).into_inner() {
            self.last_good = Some(tree);
        }
    }

    /// The last tree that parsed, this text's or an earlier one's.
    pub(crate) fn last_good_tree(&self) -> Option<&Node> {
        self.tree().or(self.last_good.as_ref())
    }

    fn index_lines(&mut self) {
        self.lines = std::iter::once(0)
            .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
    }

    /// Whether the text is a report: `format: poa-report/…` at the top
    /// level, or the schema named in the first line's modeline. Other YAML
    /// files the editor opens (CI workflows, manifests) get nothing.
    pub(crate) fn is_report(&self) -> bool {
        let modeline =
            self.text.lines().next().is_some_and(|l| {
                l.starts_with("# yaml-language-server:") && l.contains("poa-report")
            });
        modeline
            || self.text.lines().any(|l| {
                [
                    "format: poa-report",
                    "format: \"poa-report",
                    "format: 'poa-report",
                ]
                .iter()
                .any(|start| l.starts_with(start))
            })
    }

    /// The text's tree, if it parses.
    pub(crate) fn tree(&self) -> Option<&Node> {
        self.tree
            .get_or_init(|| yaml::parse(&self.text, yaml::Limits::default()).ok())
            .as_ref()
    }

    /// Applies `contentChanges` of `didChange`: ranges replaced, or the whole text.
    pub(crate) fn apply(&mut self, changes: &[Value], version: i64) {
        for change in changes {
            let text = change.get("text").and_then(Value::as_str).unwrap_or("");
            match change.get("range").map(range_of) {
                Some(Some(((l1, c1), (l2, c2)))) => {
                    let start = self.offset(l1, c1);
                    let end = self.offset(l2, c2).max(start);
                    self.text.replace_range(start..end, text);
                }
                // A range that is not one: the change is skipped, not taken for the whole text.
                Some(None) => continue,
                None => self.text = text.to_owned(),
            }
            // Later changes of the same notification refer to this text.
            self.index_lines();
        }
        self.version = version;
        self.reindex();
    }

    /// The byte offset of an LSP position (clamped into the text, on a character boundary).
    pub(crate) fn offset(&self, line: usize, character: usize) -> usize {
        let Some(&start) = self.lines.get(line) else {
            return self.text.len();
        };
        let end = self.lines.get(line + 1).copied().unwrap_or(self.text.len());
        let mut units = 0;
        for (i, c) in self.text[start..end].char_indices() {
            if units >= character || c == '\n' || c == '\r' {
                return start + i;
            }
            units += c.len_utf16();
        }
        end
    }

    /// The LSP position of a byte offset.
    pub(crate) fn position(&self, offset: usize) -> Value {
        let offset = offset.min(self.text.len());
        let line = self
            .lines
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = self.lines[line];
        let character: usize = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().map(char::len_utf16).sum());
        json!({ "line": line, "character": character })
    }

    /// The LSP range of a span.
    pub(crate) fn range(&self, span: Span) -> Value {
        json!({ "start": self.position(span.start.offset), "end": self.position(span.end.offset) })
    }

    /// The LSP range from byte `start` to byte `end`.
    pub(crate) fn range_of_bytes(&self, start: usize, end: usize) -> Value {
        json!({ "start": self.position(start), "end": self.position(end) })
    }

    /// The line (0-based) of a byte offset and the line's text.
    pub(crate) fn line_at(&self, line: usize) -> &str {
        let Some(&start) = self.lines.get(line) else {
            return "";
        };
        let end = self.lines.get(line + 1).copied().unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    pub(crate) fn line_count(&self) -> usize {
        self.lines.len()
    }
}

/// `((line, character), (line, character))` of an LSP range.
pub(crate) fn range_of(range: &Value) -> Option<((usize, usize), (usize, usize))> {
    let point = |p: &Value| -> Option<(usize, usize)> {
        Some((
            usize::try_from(p.get("line")?.as_u64()?).ok()?,
            usize::try_from(p.get("character")?.as_u64()?).ok()?,
        ))
    };
    Some((point(range.get("start")?)?, point(range.get("end")?)?))
}

/// `(line, character)` of an LSP position.
pub(crate) fn position_of(params: &Value) -> Option<(usize, usize)> {
    let p = params.get("position")?;
    Some((
        usize::try_from(p.get("line")?.as_u64()?).ok()?,
        usize::try_from(p.get("character")?.as_u64()?).ok()?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_utf16_units_and_edits_land_there() {
        let mut doc = Document::new("file:///r.yaml".into(), "a: 𝒳é\nb: x\n".into(), 1);
        // 𝒳 is two UTF-16 units, é one.
        assert_eq!(doc.offset(0, 5), "a: 𝒳".len());
        assert_eq!(
            doc.position("a: 𝒳é".len()),
            json!({"line": 0, "character": 6})
        );
        doc.apply(
            &[json!({"range": {"start": {"line": 1, "character": 3}, "end": {"line": 1, "character": 4}}, "text": "yes"})],
            2,
        );
        assert_eq!(doc.text, "a: 𝒳é\nb: yes\n");
        assert_eq!(doc.version, 2);
        // A position past the line's end stays on that line.
        assert_eq!(doc.offset(0, 99), "a: 𝒳é".len());
    }

    /// A whole text, then a range into it, in one notification; a range that is not one is skipped.
    #[test]
    fn a_whole_text_then_a_range_in_one_change() {
        let mut doc = Document::new("file:///r.yaml".into(), "x\n".repeat(50), 1);
        doc.apply(
            &[
                json!({"text": "é: 1\nb: 2\n"}),
                json!({"range": {"start": {"line": 1, "character": 3}, "end": {"line": 1, "character": 4}}, "text": "3"}),
                json!({"range": {"start": {"line": "one"}}, "text": "lost"}),
            ],
            2,
        );
        assert_eq!(doc.text, "é: 1\nb: 3\n");
        assert_eq!(
            doc.offset(0, 99),
            "é: 1".len(),
            "stops before the line's end"
        );
    }
}
