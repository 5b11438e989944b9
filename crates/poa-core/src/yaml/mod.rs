//! YAML as a tree that remembers where every node came from.
//!
//! [`parse`] turns text into a [`Node`] tree with a [`Span`] on every node
//! and key, enforcing the limits that keep hostile files harmless (depth,
//! alias expansion, duplicate keys). [`Node::to_json`] gives the value the
//! JSON Schema and serde see; [`Node::locate`] maps a JSON pointer back to
//! text. [`emit`] writes YAML back out, with comments, for `init` and import.

pub mod emit;
mod parse;
mod scalar;

pub use parse::{Limits, YamlError, YamlErrorKind, parse};

/// A position in the text: 1-based line and column (in characters), and byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
    pub offset: usize,
}

/// A range of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub start: Pos,
    pub end: Pos,
}

/// A YAML node with its span.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: NodeValue,
    pub span: Span,
}

/// What a node holds.
#[derive(Debug, Clone, PartialEq)]
pub enum NodeValue {
    /// A scalar already resolved by the YAML 1.2 core schema.
    Scalar(serde_json::Value),
    Seq(Vec<Node>),
    Map(Vec<Entry>),
}

/// One key of a mapping.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The key; empty once [`Node::take_json`] has moved it out (then it is
    /// read from the text at `key_span`).
    pub key: String,
    pub key_span: Span,
    pub value: Node,
    /// True once the key has been moved out of `key`.
    pub key_moved: bool,
}

impl Entry {
    /// The key as it stands in `text`, the text the tree was parsed from.
    fn written_key<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.key_span.start.offset..self.key_span.end.offset)
    }

    /// The key, read from `text` once [`Node::take_json`] has moved it out.
    fn key_in<'a>(&'a self, text: &'a str) -> &'a str {
        match self.written_key(text) {
            Some(written) if self.key_moved => written,
            _ => &self.key,
        }
    }
}

/// Which part of a map entry a finding blames.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The value (or, for a missing key, the map that lacks it).
    Value,
    /// The key itself (unknown keys).
    Key,
}

impl Node {
    /// The plain JSON value of this tree (depth is bounded by the parser's limits).
    pub fn to_json(&self) -> serde_json::Value {
        match &self.value {
            NodeValue::Scalar(v) => v.clone(),
            NodeValue::Seq(items) => items.iter().map(Node::to_json).collect(),
            NodeValue::Map(entries) => entries
                .iter()
                .map(|e| (e.key.clone(), e.value.to_json()))
                .collect::<serde_json::Map<_, _>>()
                .into(),
        }
    }

    /// The plain JSON value, moving the scalars out of the tree instead of
    /// copying them. A key written as is in `text` (the text the tree was
    /// parsed from) is moved too, as [`Node::locate`] can read it there; other
    /// keys (quoted, escaped) are copied. Structure and spans stay, so
    /// validation reads each text once.
    pub fn take_json(&mut self, text: &str) -> serde_json::Value {
        match &mut self.value {
            NodeValue::Scalar(v) => std::mem::take(v),
            NodeValue::Seq(items) => items.iter_mut().map(|n| n.take_json(text)).collect(),
            NodeValue::Map(entries) => {
                let mut map = serde_json::Map::with_capacity(entries.len());
                for entry in entries.iter_mut() {
                    let key = if entry.written_key(text) == Some(entry.key.as_str()) {
                        entry.key_moved = true;
                        std::mem::take(&mut entry.key)
                    } else {
                        entry.key.clone()
                    };
                    map.insert(key, entry.value.take_json(text));
                }
                map.into()
            }
        }
    }

    /// The span a finding at JSON `pointer` should underline.
    ///
    /// Walks the pointer as far as the tree goes. For a value that does not
    /// exist (a missing key) it falls back to the nearest ancestor that does,
    /// preferring the key that names it, so the message lands on the map that
    /// lacks something.
    /// `text` is the text the tree was parsed from (keys moved out by
    /// [`Node::take_json`] are read there).
    pub fn locate(&self, text: &str, pointer: &str, target: Target) -> Span {
        let mut node = self;
        let mut naming_key: Option<Span> = None;
        let last = pointer.matches('/').count().saturating_sub(1);
        for (i, segment) in crate::pointer::segments(pointer).enumerate() {
            let next = match &node.value {
                NodeValue::Map(entries) => entries
                    .iter()
                    .find(|e| e.key_in(text) == segment.as_ref())
                    .map(|e| (e.key_span, &e.value)),
                NodeValue::Seq(items) => segment
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| items.get(n))
                    .map(|n| (n.span, n)),
                NodeValue::Scalar(_) => None,
            };
            match next {
                Some((key_span, child)) => {
                    if i == last && target == Target::Key {
                        return key_span;
                    }
                    naming_key = Some(key_span);
                    node = child;
                }
                None => return naming_key.unwrap_or(node.span),
            }
        }
        // An empty value (`answer:`) has no width: point at its key instead.
        if node.span.start == node.span.end
            && let Some(key) = naming_key
        {
            return key;
        }
        node.span
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keys moved out by `take_json` are still found, plain or quoted.
    #[test]
    fn locate_finds_every_key_after_take_json() {
        let text = "plain: 1\n\"quoted key\": {inner: 2}\n'': 3\n\"esc\\u0041\": 4\na/b~c: 5\n";
        let mut tree = parse(text, Limits::default()).expect("parses");
        let json = tree.take_json(text);
        assert_eq!(json["quoted key"]["inner"], 2);
        assert_eq!(json["escA"], 4);
        let at = |pointer, target| {
            let span = tree.locate(text, pointer, target);
            &text[span.start.offset..span.end.offset]
        };
        assert_eq!(at("/plain", Target::Value), "1");
        assert_eq!(at("/plain", Target::Key), "plain");
        assert_eq!(at("/quoted key/inner", Target::Value), "2");
        assert_eq!(at("/", Target::Value), "3");
        assert_eq!(at("/escA", Target::Key), "\"esc\\u0041\"");
        assert_eq!(at("/a~1b~0c", Target::Value), "5");
    }
}
