//! A place in a report: the one JSON pointer type (RFC 6901) every layer uses.
//!
//! Findings name their place as pointer text (`/sections/marking/at_manufacture`);
//! the form, the workbook reader, the document view and the editor turn that
//! text into segments, read the value or the shape there, and create the
//! maps and list entries on the way when they write. Escaping (`~0`, `~1`)
//! and the walk live here once.
//!
//! Rules build pointer text while walking (with a stack of borrowed
//! segments); they use [`join`] and [`escape_into`] to stay allocation-light.

use std::fmt;

use serde_json::{Map, Value};

use crate::shape::Shape;

/// The segments of a JSON pointer, unescaped. The empty pointer is the root.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pointer {
    segments: Vec<String>,
}

/// How [`Pointer::get_or_create`] treats a list index past the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entries {
    /// Only the next entry may be created (an index equal to the length appends).
    Append,
    /// Entries up to the index are created, empty ones as null (a workbook
    /// row may name entry 3 before entry 1).
    FillGaps,
}

/// Why a place could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlaceError {
    /// A list was reached and the segment is not a number.
    #[error("`{0}` is not an entry number")]
    NotAnIndex(String),
    /// The index lies beyond what may be created.
    #[error("there is no entry {}", .0 + 1)]
    TooFar(usize),
    /// A single value (text, number, yes/no) cannot hold the rest of the path.
    #[error("{what} cannot hold `{segment}`")]
    InsideScalar { what: &'static str, segment: String },
}

/// The largest list index a pointer may create: reports hold lists of at
/// most hundreds of entries, and a hostile pointer must not allocate millions.
pub(crate) const MAX_CREATED_INDEX: usize = 10_000;

impl Pointer {
    /// The whole document.
    pub fn root() -> Pointer {
        Pointer::default()
    }

    /// Reads pointer text: segments after each `/`, unescaped. Text that does
    /// not start with `/` (the empty pointer included) is the root.
    pub fn parse(text: &str) -> Pointer {
        Pointer {
            segments: segments(text).map(std::borrow::Cow::into_owned).collect(),
        }
    }

    /// A pointer from segments as they are (not escaped).
    pub fn from_segments<S: Into<String>>(segments: impl IntoIterator<Item = S>) -> Pointer {
        Pointer {
            segments: segments.into_iter().map(Into::into).collect(),
        }
    }

    pub fn segments(&self) -> &[String] {
        &self.segments
    }

    pub fn into_segments(self) -> Vec<String> {
        self.segments
    }

    pub fn len(&self) -> usize {
        self.segments.len()
    }

    /// Whether this is the root (no segments).
    pub fn is_empty(&self) -> bool {
        self.segments.is_empty()
    }

    pub fn is_root(&self) -> bool {
        self.is_empty()
    }

    pub fn push(&mut self, segment: impl Into<String>) {
        self.segments.push(segment.into());
    }

    pub fn pop(&mut self) -> Option<String> {
        self.segments.pop()
    }

    /// This pointer with one more segment.
    pub fn child(&self, segment: impl Into<String>) -> Pointer {
        let mut child = self.clone();
        child.push(segment);
        child
    }

    /// The pointer one level up (the root's parent is the root).
    pub fn parent(&self) -> Pointer {
        let mut parent = self.clone();
        parent.pop();
        parent
    }

    /// The value at this place, if the document has one.
    pub fn get<'v>(&self, value: &'v Value) -> Option<&'v Value> {
        value_at(value, &self.segments)
    }

    /// The value at this place, creating maps and list entries on the way
    /// (null nodes become the map or list the next segment needs).
    pub fn get_or_create<'v>(
        &self,
        value: &'v mut Value,
        entries: Entries,
    ) -> Result<&'v mut Value, PlaceError> {
        let mut node = value;
        for (i, segment) in self.segments.iter().enumerate() {
            if node.is_null() {
                *node = if segment.parse::<usize>().is_ok() {
                    Value::Array(Vec::new())
                } else {
                    Value::Object(Map::new())
                };
            }
            node = match node {
                Value::Object(map) => map.entry(segment.clone()).or_insert(Value::Null),
                Value::Array(items) => {
                    let index: usize = segment
                        .parse()
                        .map_err(|_| PlaceError::NotAnIndex(segment.clone()))?;
                    let reachable = match entries {
                        Entries::Append => index <= items.len(),
                        Entries::FillGaps => true,
                    };
                    if !reachable || index > MAX_CREATED_INDEX {
                        return Err(PlaceError::TooFar(index));
                    }
                    if index >= items.len() {
                        items.resize(index + 1, Value::Null);
                    }
                    &mut items[index]
                }
                other => {
                    return Err(PlaceError::InsideScalar {
                        what: describe(other),
                        segment: self.segments[i].clone(),
                    });
                }
            };
        }
        Ok(node)
    }

    /// The shape of what this place holds in a report of `shape`.
    pub fn shape<'s>(&self, shape: &'s Shape) -> Option<&'s Shape> {
        shape_at(shape, &self.segments)
    }
}

impl fmt::Display for Pointer {
    /// The pointer text (`/sections/a~1b/0`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        for segment in &self.segments {
            out.push('/');
            escape_into(&mut out, segment);
        }
        f.write_str(&out)
    }
}

/// The value at a path of segments.
pub fn value_at<'v, S: AsRef<str>>(value: &'v Value, path: &[S]) -> Option<&'v Value> {
    path.iter().try_fold(value, |node, segment| match node {
        Value::Object(map) => map.get(segment.as_ref()),
        Value::Array(items) => segment
            .as_ref()
            .parse::<usize>()
            .ok()
            .and_then(|i| items.get(i)),
        _ => None,
    })
}

/// The shape at a path of segments.
pub(crate) fn shape_at<'s, S: AsRef<str>>(shape: &'s Shape, path: &[S]) -> Option<&'s Shape> {
    let mut node = shape;
    for segment in path {
        let segment = segment.as_ref();
        node = match node {
            Shape::Object { .. } => &node.field(segment)?.shape,
            Shape::List(item) if segment.parse::<usize>().is_ok() => item,
            _ => return None,
        };
    }
    Some(node)
}

/// The segments of pointer text, unescaped, borrowed where they hold no
/// escape (most do not): for walks that only compare them.
pub fn segments(text: &str) -> impl Iterator<Item = std::borrow::Cow<'_, str>> {
    text.split('/').skip(1).map(|segment| {
        if segment.contains('~') {
            std::borrow::Cow::Owned(unescape(segment))
        } else {
            std::borrow::Cow::Borrowed(segment)
        }
    })
}

/// Pointer text with one more segment, escaped.
pub fn join(pointer: &str, segment: &str) -> String {
    let mut out = String::with_capacity(pointer.len() + segment.len() + 1);
    out.push_str(pointer);
    out.push('/');
    escape_into(&mut out, segment);
    out
}

/// Appends `segment` escaped (`~` is `~0`, `/` is `~1`).
pub fn escape_into(out: &mut String, segment: &str) {
    for c in segment.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
}

/// One segment unescaped (`~1` is `/`, `~0` is `~`, in that order).
pub(crate) fn unescape(segment: &str) -> String {
    if segment.contains('~') {
        segment.replace("~1", "/").replace("~0", "~")
    } else {
        segment.to_owned()
    }
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::String(_) => "text",
        Value::Number(_) => "a number",
        Value::Bool(_) => "yes/no",
        _ => "this value",
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn parse_and_display_round_trip_escapes() {
        let pointer = Pointer::parse("/sections/a~1b~0c/3");
        assert_eq!(pointer.segments(), ["sections", "a/b~c", "3"]);
        assert_eq!(pointer.to_string(), "/sections/a~1b~0c/3");
        assert_eq!(join("/sections", "a/b~c"), "/sections/a~1b~0c");
        // `~01` is `~` then `1`, not `/`.
        assert_eq!(Pointer::parse("/~01").segments(), ["~1"]);
        assert!(Pointer::parse("").is_root());
        assert_eq!(Pointer::parse("/").segments(), [""]);
    }

    #[test]
    fn get_reads_maps_and_lists() {
        let doc = json!({"a": {"b": [10, {"c": "x"}]}});
        assert_eq!(Pointer::parse("/a/b/1/c").get(&doc), Some(&json!("x")));
        assert_eq!(Pointer::parse("/a/b/2").get(&doc), None);
        assert_eq!(Pointer::parse("/a/b/x").get(&doc), None);
        assert_eq!(Pointer::root().get(&doc), Some(&doc));
    }

    #[test]
    fn get_or_create_makes_parents_and_refuses_what_cannot_be() {
        let mut doc = json!({});
        *Pointer::parse("/a/list/0/name")
            .get_or_create(&mut doc, Entries::Append)
            .unwrap() = json!("n");
        assert_eq!(doc, json!({"a": {"list": [{"name": "n"}]}}));

        let gap = Pointer::parse("/a/list/3");
        assert_eq!(
            gap.get_or_create(&mut doc, Entries::Append),
            Err(PlaceError::TooFar(3))
        );
        *gap.get_or_create(&mut doc, Entries::FillGaps).unwrap() = json!(1);
        assert_eq!(doc["a"]["list"], json!([{"name": "n"}, null, null, 1]));

        assert_eq!(
            Pointer::parse("/a/list/x").get_or_create(&mut doc, Entries::FillGaps),
            Err(PlaceError::NotAnIndex("x".into()))
        );
        assert!(matches!(
            Pointer::parse("/a/list/0/name/deeper").get_or_create(&mut doc, Entries::Append),
            Err(PlaceError::InsideScalar { what: "text", .. })
        ));
        assert_eq!(
            Pointer::parse("/a/list/99999999").get_or_create(&mut doc, Entries::FillGaps),
            Err(PlaceError::TooFar(99_999_999))
        );
    }
}
