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
    pub key: String,
    pub key_span: Span,
    pub value: Node,
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
    /// copying them: what stays (keys, structure, spans) is all
    /// [`Node::locate`] needs, so validation reads each text once.
    pub fn take_json(&mut self) -> serde_json::Value {
        match &mut self.value {
            NodeValue::Scalar(v) => std::mem::take(v),
            NodeValue::Seq(items) => items.iter_mut().map(Node::take_json).collect(),
            NodeValue::Map(entries) => {
                let mut map = serde_json::Map::with_capacity(entries.len());
                for entry in entries.iter_mut() {
                    map.insert(entry.key.clone(), entry.value.take_json());
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
    pub fn locate(&self, pointer: &str, target: Target) -> Span {
        let mut node = self;
        let mut naming_key: Option<Span> = None;
        let segments = pointer_segments(pointer);
        let last = segments.len().saturating_sub(1);
        for (i, segment) in segments.iter().enumerate() {
            let next = match &node.value {
                NodeValue::Map(entries) => entries
                    .iter()
                    .find(|e| e.key == *segment)
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

/// Splits a JSON pointer (RFC 6901) into unescaped segments.
pub fn pointer_segments(pointer: &str) -> Vec<String> {
    pointer
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect()
}

/// Appends an escaped segment to a JSON pointer.
pub fn pointer_push(pointer: &str, segment: &str) -> String {
    format!(
        "{pointer}/{}",
        segment.replace('~', "~0").replace('/', "~1")
    )
}
