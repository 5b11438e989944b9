//! Building the spanned tree from parser events, within limits.
//!
//! The builder keeps its own stack instead of recursing, so nesting depth is
//! checked before it can hurt, and it counts every node an alias expands to,
//! so a "billion laughs" file stops with an error after a bounded amount of work.

use std::collections::HashMap;

use saphyr_parser::{Event, Marker, Parser, ScalarStyle, Span as RawSpan};
use serde_json::Value;

use super::scalar::resolve_plain;
use super::{Entry, Node, NodeValue, Pos, Span};

/// Bounds on the work one file may cause.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Deepest nesting of maps and sequences.
    pub max_depth: usize,
    /// Most nodes in the document, counting every alias expansion.
    pub max_nodes: usize,
    /// Most nodes that aliases may add in all (reports rarely use aliases at all).
    pub max_alias_nodes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_depth: 64,
            max_nodes: 1_000_000,
            max_alias_nodes: 10_000,
        }
    }
}

/// Why a text is not a usable YAML document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YamlErrorKind {
    Syntax,
    DuplicateKey,
    TooDeep,
    TooManyNodes,
    Unsupported,
    NoDocument,
}

impl YamlErrorKind {
    /// Stable id shown to users.
    pub fn id(self) -> &'static str {
        match self {
            YamlErrorKind::Syntax => "YAML-001",
            YamlErrorKind::DuplicateKey => "YAML-002",
            YamlErrorKind::TooDeep => "YAML-003",
            YamlErrorKind::TooManyNodes => "YAML-004",
            YamlErrorKind::Unsupported => "YAML-005",
            YamlErrorKind::NoDocument => "YAML-006",
        }
    }
}

/// A YAML error with the position it was found at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub kind: YamlErrorKind,
    pub message: String,
    pub pos: Pos,
}

/// Parses `text` (one YAML document) into a spanned tree.
pub fn parse(text: &str, limits: Limits) -> Result<Node, YamlError> {
    Builder::new(text, limits).run()
}

enum Frame {
    Seq {
        items: Vec<Node>,
        start: Pos,
        anchor: usize,
    },
    Map {
        entries: Vec<Entry>,
        pending_key: Option<(String, Span)>,
        start: Pos,
        anchor: usize,
    },
}

struct Builder<'t> {
    text: &'t str,
    line_starts: Vec<usize>,
    limits: Limits,
    stack: Vec<Frame>,
    anchors: HashMap<usize, (Node, usize)>,
    nodes: usize,
    alias_nodes: usize,
    root: Option<Node>,
    documents: usize,
}

impl<'t> Builder<'t> {
    fn new(text: &'t str, limits: Limits) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Builder {
            text,
            line_starts,
            limits,
            stack: Vec::new(),
            anchors: HashMap::new(),
            nodes: 0,
            alias_nodes: 0,
            root: None,
            documents: 0,
        }
    }

    fn pos(&self, marker: &Marker) -> Pos {
        let line = marker.line().max(1);
        let start = self
            .line_starts
            .get(line - 1)
            .copied()
            .unwrap_or(self.text.len());
        let rest = self.text.get(start..).unwrap_or("");
        let col = marker.col();
        // Columns count characters; where the line is ASCII up to the column
        // (keys and indentation nearly always are) they are bytes too.
        let offset = start
            + match rest.as_bytes().get(..col) {
                Some(head) if head.is_ascii() => col,
                _ => rest
                    .char_indices()
                    .nth(col)
                    .map(|(i, _)| i)
                    .unwrap_or(rest.len()),
            };
        Pos {
            line,
            column: marker.col() + 1,
            offset,
        }
    }

    fn span(&self, raw: &RawSpan) -> Span {
        Span {
            start: self.pos(&raw.start),
            end: self.pos(&raw.end),
        }
    }

    fn error(&self, kind: YamlErrorKind, message: impl Into<String>, pos: Pos) -> YamlError {
        YamlError {
            kind,
            message: message.into(),
            pos,
        }
    }

    fn run(mut self) -> Result<Node, YamlError> {
        for event in Parser::new_from_str(self.text) {
            let (event, raw_span) = event.map_err(|e| {
                let pos = self.pos(e.marker());
                if e.info().contains("recursion limit") {
                    let message = format!("nesting deeper than {} levels", self.limits.max_depth);
                    return self.error(YamlErrorKind::TooDeep, message, pos);
                }
                self.error(YamlErrorKind::Syntax, e.info().to_owned(), pos)
            })?;
            let span = self.span(&raw_span);
            match event {
                Event::DocumentStart(_) => {
                    self.documents += 1;
                    if self.documents > 1 {
                        return Err(self.error(
                            YamlErrorKind::Unsupported,
                            "a report is one YAML document, but a second one starts here",
                            span.start,
                        ));
                    }
                }
                Event::Scalar(value, style, anchor, tag) => {
                    if let Some(tag) = &tag
                        && !(tag.is_yaml_core_schema() && tag.suffix == "str")
                    {
                        return Err(self.error(
                            YamlErrorKind::Unsupported,
                            format!("tag `{}{}` is not supported", tag.handle, tag.suffix),
                            span.start,
                        ));
                    }
                    let cost = scalar_weight(value.len());
                    self.count(cost, span.start)?;
                    if self.expects_key() && anchor == 0 {
                        // A key is only ever text: no value to build.
                        self.attach_key(value.into_owned(), span)?;
                        continue;
                    }
                    let resolved = if tag.is_none() && style == ScalarStyle::Plain {
                        resolve_plain(value)
                    } else {
                        Value::String(value.into_owned())
                    };
                    let node = Node {
                        value: NodeValue::Scalar(resolved),
                        span,
                    };
                    self.remember(anchor, &node, cost);
                    self.attach(node)?;
                }
                Event::SequenceStart(anchor, tag) => {
                    self.open(tag.as_deref(), span.start)?;
                    self.stack.push(Frame::Seq {
                        items: Vec::new(),
                        start: span.start,
                        anchor,
                    });
                }
                Event::MappingStart(anchor, tag) => {
                    self.open(tag.as_deref(), span.start)?;
                    self.stack.push(Frame::Map {
                        entries: Vec::new(),
                        pending_key: None,
                        start: span.start,
                        anchor,
                    });
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    let Some(frame) = self.stack.pop() else {
                        return Err(self.error(
                            YamlErrorKind::Syntax,
                            "unbalanced collection",
                            span.start,
                        ));
                    };
                    let (value, start, anchor) = match frame {
                        Frame::Seq {
                            items,
                            start,
                            anchor,
                        } => (NodeValue::Seq(items), start, anchor),
                        Frame::Map {
                            entries,
                            start,
                            anchor,
                            ..
                        } => (NodeValue::Map(entries), start, anchor),
                    };
                    let end = if span.end.offset > start.offset {
                        span.end
                    } else {
                        start
                    };
                    let node = Node {
                        value,
                        span: Span { start, end },
                    };
                    if anchor != 0 {
                        let weight = weight(&node);
                        self.remember(anchor, &node, weight);
                    }
                    self.attach(node)?;
                }
                Event::Alias(id) => {
                    let Some(weight) = self.anchors.get(&id).map(|(_, w)| *w) else {
                        return Err(self.error(
                            YamlErrorKind::Syntax,
                            "alias to an unknown anchor",
                            span.start,
                        ));
                    };
                    self.alias_nodes = self.alias_nodes.saturating_add(weight);
                    if self.alias_nodes > self.limits.max_alias_nodes {
                        let message = format!(
                            "aliases expand to more than {} nodes (an alias bomb?)",
                            self.limits.max_alias_nodes
                        );
                        return Err(self.error(YamlErrorKind::TooManyNodes, message, span.start));
                    }
                    self.count(weight, span.start)?;
                    let Some((mut node, _)) = self.anchors.get(&id).cloned() else {
                        return Err(self.error(
                            YamlErrorKind::Syntax,
                            "alias to an unknown anchor",
                            span.start,
                        ));
                    };
                    node.span = span;
                    self.attach(node)?;
                }
                Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {}
            }
        }
        self.root.ok_or_else(|| YamlError {
            kind: YamlErrorKind::NoDocument,
            message: "the file holds no YAML document".into(),
            pos: Pos {
                line: 1,
                column: 1,
                offset: 0,
            },
        })
    }

    /// Checks a collection about to open: no tags, not too deep.
    fn open(&mut self, tag: Option<&saphyr_parser::Tag>, at: Pos) -> Result<(), YamlError> {
        if let Some(tag) = tag {
            return Err(self.error(
                YamlErrorKind::Unsupported,
                format!("tag `{}{}` is not supported", tag.handle, tag.suffix),
                at,
            ));
        }
        if self.stack.len() >= self.limits.max_depth {
            return Err(self.error(
                YamlErrorKind::TooDeep,
                format!("nesting deeper than {} levels", self.limits.max_depth),
                at,
            ));
        }
        self.count(1, at)
    }

    fn count(&mut self, n: usize, at: Pos) -> Result<(), YamlError> {
        self.nodes = self.nodes.saturating_add(n);
        if self.nodes > self.limits.max_nodes {
            return Err(self.error(
                YamlErrorKind::TooManyNodes,
                format!(
                    "the document expands to more than {} nodes (aliases repeated too often?)",
                    self.limits.max_nodes
                ),
                at,
            ));
        }
        Ok(())
    }

    fn remember(&mut self, anchor: usize, node: &Node, weight: usize) {
        if anchor != 0 {
            self.anchors.insert(anchor, (node.clone(), weight));
        }
    }

    /// True when the next node completes a key of the innermost mapping.
    fn expects_key(&self) -> bool {
        matches!(
            self.stack.last(),
            Some(Frame::Map {
                pending_key: None,
                ..
            })
        )
    }

    /// Records the key of the next entry, refusing one the map already has.
    fn attach_key(&mut self, key: String, span: Span) -> Result<(), YamlError> {
        let Some(Frame::Map {
            entries,
            pending_key,
            ..
        }) = self.stack.last_mut()
        else {
            return Err(self.error(YamlErrorKind::Syntax, "a key outside a mapping", span.start));
        };
        if let Some(first) = entries.iter().find(|e| e.key == key) {
            return Err(YamlError {
                kind: YamlErrorKind::DuplicateKey,
                message: format!(
                    "duplicate key `{key}` (first at line {}, column {})",
                    first.key_span.start.line, first.key_span.start.column
                ),
                pos: span.start,
            });
        }
        *pending_key = Some((key, span));
        Ok(())
    }

    fn attach(&mut self, node: Node) -> Result<(), YamlError> {
        match self.stack.last_mut() {
            None => {
                self.root = Some(node);
                Ok(())
            }
            Some(Frame::Seq { items, .. }) => {
                items.push(node);
                Ok(())
            }
            Some(Frame::Map {
                entries,
                pending_key,
                ..
            }) => match pending_key.take() {
                Some((key, key_span)) => {
                    entries.push(Entry {
                        key,
                        key_span,
                        value: node,
                        key_moved: false,
                    });
                    Ok(())
                }
                None => match node.value {
                    // An anchored scalar key (`&a key: value`): its text is the key.
                    NodeValue::Scalar(value) => {
                        let key = match value {
                            Value::String(text) => text,
                            Value::Null => String::new(),
                            other => other.to_string(),
                        };
                        self.attach_key(key, node.span)
                    }
                    _ => Err(YamlError {
                        kind: YamlErrorKind::Unsupported,
                        message: "keys must be plain text, not lists or maps".into(),
                        pos: node.span.start,
                    }),
                },
            },
        }
    }
}

/// Nodes in a subtree (what an alias to it costs).
fn weight(node: &Node) -> usize {
    match &node.value {
        NodeValue::Scalar(v) => scalar_weight(v.as_str().map_or(0, str::len)),
        NodeValue::Seq(items) => 1 + items.iter().map(weight).sum::<usize>(),
        NodeValue::Map(entries) => 1 + entries.iter().map(|e| 1 + weight(&e.value)).sum::<usize>(),
    }
}

/// What a scalar costs: one node, plus one for every 64 bytes of text, so
/// aliases to long strings are bounded as tightly as aliases to big trees.
fn scalar_weight(len: usize) -> usize {
    1 + len / 64
}
