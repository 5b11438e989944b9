//! Where a walk is in a document, kept as a stack of borrowed segments.
//!
//! Rules walk every node of a report but blame only a few; building a JSON
//! pointer string for each node was most of validation's cost. A walk pushes
//! and pops segments here and asks for [`Path::pointer`] only when it has a
//! finding to report.

use serde_json::Value;

use crate::shape::Shape;

/// One step into a document: a map key or a list index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

/// The steps from the document's root to a node.
#[derive(Debug, Default, Clone)]
pub struct Path<'a> {
    segments: Vec<Segment<'a>>,
}

impl<'a> Path<'a> {
    pub fn new() -> Self {
        Path::default()
    }

    pub fn push(&mut self, segment: Segment<'a>) {
        self.segments.push(segment);
    }

    pub fn pop(&mut self) {
        self.segments.pop();
    }

    pub fn segments(&self) -> &[Segment<'a>] {
        &self.segments
    }

    /// The path as a JSON pointer (RFC 6901: `~` is `~0`, `/` is `~1`).
    pub fn pointer(&self) -> String {
        pointer_of(&self.segments)
    }
}

/// Segments as a JSON pointer (RFC 6901: `~` is `~0`, `/` is `~1`).
pub fn pointer_of(segments: &[Segment]) -> String {
    let mut out = String::new();
    for segment in segments {
        out.push('/');
        match segment {
            Segment::Key(key) => crate::pointer::escape_into(&mut out, key),
            Segment::Index(i) => out.push_str(&i.to_string()),
        }
    }
    out
}

/// Nodes found in a walk, each with its path. The paths share one buffer: a
/// path of its own per node would be an allocation per node.
#[derive(Debug, Default)]
pub struct Found<'a> {
    segments: Vec<Segment<'a>>,
    nodes: Vec<(std::ops::Range<usize>, &'a Value)>,
}

impl<'a> Found<'a> {
    pub fn push(&mut self, path: &Path<'a>, value: &'a Value) {
        let start = self.segments.len();
        self.segments.extend_from_slice(path.segments());
        self.nodes.push((start..self.segments.len(), value));
    }

    /// Each node found, in the order found, with the segments of its path.
    pub fn iter(&self) -> impl Iterator<Item = (&[Segment<'a>], &'a Value)> + '_ {
        self.nodes
            .iter()
            .map(|(range, value)| (&self.segments[range.clone()], *value))
    }
}

/// Calls `visit` for every node of `value`, with its path.
pub(crate) fn walk_values<'v, F>(value: &'v Value, path: &mut Path<'v>, visit: &mut F)
where
    F: FnMut(&Path<'v>, &'v Value),
{
    visit(path, value);
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                path.push(Segment::Key(key));
                walk_values(child, path, visit);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Segment::Index(i));
                walk_values(item, path, visit);
                path.pop();
            }
        }
        _ => {}
    }
}

/// Calls `visit` for every node of `value` that `shape` describes, with its
/// path and shape: how rules find every piece of free text, or every
/// question of a kind, without naming questions. Keys the shape does not
/// know are skipped (the schema has reported them).
pub(crate) fn walk_shapes<'v, F>(
    shape: &Shape,
    value: &'v Value,
    path: &mut Path<'v>,
    visit: &mut F,
) where
    F: FnMut(&Path<'v>, &Shape, &'v Value),
{
    if value.is_null() {
        return;
    }
    visit(path, shape, value);
    match (shape, value) {
        (Shape::Object { fields, .. }, Value::Object(map)) => {
            // Keys are nearly always written in the model's order: try the
            // field after the last one found before searching them all.
            let mut next = 0;
            for (key, child) in map {
                let at = match fields.get(next) {
                    Some(field) if field.key == *key => Some(next),
                    _ => fields.iter().position(|f| f.key == *key),
                };
                if let Some(at) = at {
                    next = at + 1;
                    path.push(Segment::Key(key));
                    walk_shapes(&fields[at].shape, child, path, visit);
                    path.pop();
                }
            }
        }
        (Shape::List(item), Value::Array(items)) => {
            for (i, child) in items.iter().enumerate() {
                path.push(Segment::Index(i));
                walk_shapes(item, child, path, visit);
                path.pop();
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pointer::join;

    #[test]
    fn pointers_escape_like_the_tree_does() {
        let mut path = Path::new();
        path.push(Segment::Key("sections"));
        path.push(Segment::Key("a/b~c"));
        path.push(Segment::Index(3));
        let expected = join(&join(&join("", "sections"), "a/b~c"), "3");
        assert_eq!(path.pointer(), expected);
        assert_eq!(Path::new().pointer(), "");
    }
}
