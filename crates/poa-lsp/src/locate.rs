//! Where in the report a position is: the JSON pointer of the node under
//! the cursor (key or value), and, on a line still being typed, the map the
//! line belongs to (by indentation), so hover and completion know the shape.

use poa_core::pointer::Pointer;
use poa_core::yaml::{Entry, Node, NodeValue, Span};

/// What is under the cursor.
pub(crate) struct Spot<'t> {
    pub pointer: Pointer,
    /// On the key of an entry (else on a value).
    pub on_key: bool,
    pub span: Span,
    pub node: &'t Node,
}

/// Whether `offset` is in `span`: up to its end for a key or a scalar (the
/// cursor just after a word is on it), before its end for a map or a list
/// (which ends where the next key starts).
fn contains(span: Span, offset: usize, container: bool) -> bool {
    let before_end = if container {
        offset < span.end.offset
    } else {
        offset <= span.end.offset
    };
    span.start.offset <= offset && before_end && span.start.offset < span.end.offset
}

fn is_container(node: &Node) -> bool {
    !matches!(node.value, NodeValue::Scalar(_))
}

/// The deepest key or value whose span holds `offset`.
pub(crate) fn spot(tree: &Node, offset: usize) -> Option<Spot<'_>> {
    let mut pointer = Pointer::root();
    let mut node = tree;
    let mut found: Option<Spot> = None;
    loop {
        // The child holding `offset`: a key (the spot), or a value to go into.
        let child: Option<(String, &Node)> = match &node.value {
            NodeValue::Map(entries) => {
                for entry in entries {
                    if contains(entry.key_span, offset, false) {
                        pointer.push(entry.key.clone());
                        return Some(Spot {
                            pointer,
                            on_key: true,
                            span: entry.key_span,
                            node: &entry.value,
                        });
                    }
                }
                entries
                    .iter()
                    .find(|e| contains(e.value.span, offset, is_container(&e.value)))
                    .map(|e| (e.key.clone(), &e.value))
            }
            NodeValue::Seq(items) => items
                .iter()
                .enumerate()
                .find(|(_, item)| contains(item.span, offset, is_container(item)))
                .map(|(i, item)| (i.to_string(), item)),
            NodeValue::Scalar(_) => None,
        };
        let Some((segment, next)) = child else {
            return found;
        };
        pointer.push(segment);
        node = next;
        found = Some(Spot {
            pointer: pointer.clone(),
            on_key: false,
            span: node.span,
            node,
        });
    }
}

/// The entry whose key starts on `line` (1-based), with its pointer.
pub(crate) fn entry_on_line(tree: &Node, line: usize) -> Option<(Pointer, &Entry)> {
    fn walk<'t>(node: &'t Node, at: &mut Pointer, line: usize) -> Option<(Pointer, &'t Entry)> {
        if node.span.end.line < line || node.span.start.line > line {
            return None;
        }
        match &node.value {
            NodeValue::Map(entries) => {
                for entry in entries {
                    if entry.key_span.start.line == line {
                        return Some((at.child(entry.key.clone()), entry));
                    }
                    at.push(entry.key.clone());
                    let found = walk(&entry.value, at, line);
                    at.pop();
                    if found.is_some() {
                        return found;
                    }
                }
                None
            }
            NodeValue::Seq(items) => {
                for (i, item) in items.iter().enumerate() {
                    at.push(i.to_string());
                    let found = walk(item, at, line);
                    at.pop();
                    if found.is_some() {
                        return found;
                    }
                }
                None
            }
            NodeValue::Scalar(_) => None,
        }
    }
    walk(tree, &mut Pointer::root(), line)
}

/// The node at `pointer`, if the tree has it.
pub(crate) fn node_at<'t>(tree: &'t Node, pointer: &Pointer) -> Option<&'t Node> {
    let mut node = tree;
    for segment in pointer.segments() {
        node = match &node.value {
            NodeValue::Map(entries) => &entries.iter().find(|e| &e.key == segment)?.value,
            NodeValue::Seq(items) => items.get(segment.parse::<usize>().ok()?)?,
            NodeValue::Scalar(_) => return None,
        };
    }
    Some(node)
}

/// Indentation of a line: its leading spaces, with a list's `- ` counted in.
pub(crate) fn indent(line: &str) -> usize {
    let spaces = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[spaces..];
    if rest.starts_with("- ") {
        spaces + 2
    } else {
        spaces
    }
}

/// The pointer of the map a line at `indent` belongs to: the value of the
/// nearest key above it that is less indented (the root for column 0).
pub(crate) fn parent_of_line(
    tree: &Node,
    lines: &[&str],
    line: usize,
    own_indent: usize,
) -> Option<Pointer> {
    if own_indent == 0 {
        return Some(Pointer::root());
    }
    for above in (0..line).rev() {
        let text = lines.get(above)?;
        if text.trim().is_empty() || text.trim_start().starts_with('#') {
            continue;
        }
        let spaces = text.len() - text.trim_start_matches(' ').len();
        if spaces < own_indent {
            let is_item = text[spaces..].starts_with("- ") || text[spaces..].trim_end() == "-";
            let Some((pointer, _)) = entry_on_line(tree, above + 1) else {
                // A sibling item of a list of values (`- laser_engraving`): go on up to the list's key.
                if is_item {
                    continue;
                }
                return None;
            };
            // A key on a `- ` line sits inside a list item: its map is the item.
            if is_item && indent(text) <= own_indent {
                return Some(pointer.parent());
            }
            return Some(pointer);
        }
    }
    Some(Pointer::root())
}

#[cfg(test)]
mod tests {
    use super::*;
    use poa_core::yaml::{Limits, parse};

    #[test]
    fn the_spot_is_the_deepest_key_or_value() {
        let text = "sections:\n  marking:\n    at_manufacture:\n      answer: yes\n";
        let tree = parse(text, Limits::default()).unwrap();
        let at = |needle: &str| text.find(needle).unwrap() + 1;
        let key = spot(&tree, at("at_manufacture")).unwrap();
        assert!(key.on_key);
        assert_eq!(key.pointer.to_string(), "/sections/marking/at_manufacture");
        let value = spot(&tree, at("yes")).unwrap();
        assert!(!value.on_key);
        assert_eq!(
            value.pointer.to_string(),
            "/sections/marking/at_manufacture/answer"
        );
        let lines: Vec<&str> = "sections:\n  marking:\n    \n".lines().collect();
        let tree = parse(
            "sections:\n  marking:\n    at_manufacture: {}\n",
            Limits::default(),
        )
        .unwrap();
        assert_eq!(
            parent_of_line(&tree, &lines, 2, 4).unwrap().to_string(),
            "/sections/marking"
        );
    }
}
