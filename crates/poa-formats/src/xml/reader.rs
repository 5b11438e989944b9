//! Reading our XML back into a report, refusing anything that is not ours.
//!
//! No DOCTYPE and no entity other than the five XML predefines and character
//! references are accepted (so no XXE and no entity expansion); the root must
//! be `report` in our namespace with a known version; every element must be
//! one the model has, or the error names its path; malformed XML is reported
//! with line and column.

use serde_json::{Map, Value};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use crate::import::{ImportError, report_from_value};
use crate::xml::writer::{XML_NAMESPACE, XML_VERSION, is_xml_char};
use poa_core::model::Report;
use poa_core::shape::{Shape, report_shape};

/// A parsed element: name, `xml:lang`, children, character data, where it starts.
#[derive(Debug, Default)]
struct Element {
    name: String,
    lang: Option<String>,
    children: Vec<Element>,
    text: String,
    line_col: (usize, usize),
}

/// Imports a report from XML text.
pub fn import(text: &str) -> Result<Report, ImportError> {
    let root = parse(text)?;
    let value = object_from(&root, report_shape(), "/report")?;
    report_from_value(value)
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..text.floor_char_boundary(offset)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn at(text: &str, offset: u64) -> String {
    let (line, column) = line_col(text, offset as usize);
    format!("{line}:{column}")
}

fn parse(text: &str) -> Result<Element, ImportError> {
    let mut reader = Reader::from_str(text);
    reader.config_mut().expand_empty_elements = true;
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    loop {
        let position = reader.buffer_position();
        let event = reader.read_event().map_err(|e| {
            ImportError::at(
                format!("malformed XML: {e}"),
                at(text, reader.error_position()),
            )
        })?;
        match event {
            Event::DocType(_) => {
                return Err(ImportError::at(
                    "DOCTYPE declarations are not allowed (no DTDs, no entities)",
                    at(text, position),
                ));
            }
            Event::Start(start) => {
                if root.is_some() {
                    return Err(ImportError::at(
                        "content after the root element",
                        at(text, position),
                    ));
                }
                if stack.len() >= 32 {
                    return Err(ImportError::at(
                        "elements nested too deeply",
                        at(text, position),
                    ));
                }
                let element = open(&start, stack.is_empty(), text, position)?;
                stack.push(element);
            }
            Event::End(_) => {
                let Some(done) = stack.pop() else {
                    return Err(ImportError::at("unexpected end tag", at(text, position)));
                };
                match stack.last_mut() {
                    Some(parent) => parent.children.push(done),
                    None => root = Some(done),
                }
            }
            Event::Text(t) => {
                let content = t.xml10_content();
                push_text(&mut stack, &content, text, position)?;
            }
            Event::CData(c) => {
                let content = c.into_inner().into_owned();
                push_text(&mut stack, &content, text, position)?;
            }
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => {
                        let name: String = (*r).to_owned();
                        match name.as_str() {
                            "amp" => "&".into(),
                            "lt" => "<".into(),
                            "gt" => ">".into(),
                            "quot" => "\"".into(),
                            "apos" => "'".into(),
                            _ => {
                                return Err(ImportError::at(
                                    format!(
                                        "entity `&{name};` is not allowed (only the five XML entities and character references)"
                                    ),
                                    at(text, position),
                                ));
                            }
                        }
                    }
                };
                push_text(&mut stack, &resolved, text, position)?;
            }
            Event::Eof => break,
            Event::Decl(_) | Event::Comment(_) | Event::PI(_) | Event::Empty(_) => {}
        }
    }
    if !stack.is_empty() {
        return Err(ImportError::at(
            "the document ends inside an element",
            at(text, text.len() as u64),
        ));
    }
    root.ok_or_else(|| ImportError::new("no root element"))
}

fn push_text(
    stack: &mut [Element],
    content: &str,
    text: &str,
    position: u64,
) -> Result<(), ImportError> {
    if let Some(bad) = content.chars().find(|c| !is_xml_char(*c)) {
        return Err(ImportError::at(
            format!("character U+{:04X} is not allowed in XML 1.0", bad as u32),
            at(text, position),
        ));
    }
    match stack.last_mut() {
        Some(element) => element.text.push_str(content),
        None if content.trim().is_empty() => {}
        None => {
            return Err(ImportError::at(
                "text outside the root element",
                at(text, position),
            ));
        }
    }
    Ok(())
}

fn open(
    start: &BytesStart,
    is_root: bool,
    text: &str,
    position: u64,
) -> Result<Element, ImportError> {
    let name = start.name().as_ref().to_owned();
    let place = at(text, position);
    if name.contains(':') {
        return Err(ImportError::at(
            format!("element `{name}` is in another namespace"),
            place,
        ));
    }
    let mut element = Element {
        name: name.clone(),
        line_col: line_col(text, position as usize),
        ..Element::default()
    };
    let mut namespace = None;
    let mut version = None;
    for attribute in start.attributes() {
        let attribute = attribute
            .map_err(|e| ImportError::at(format!("malformed attribute: {e}"), place.clone()))?;
        let key = attribute.key.as_ref().to_owned();
        let value = attribute
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| ImportError::at(format!("attribute `{key}`: {e}"), place.clone()))?
            .into_owned();
        match key.as_str() {
            "xmlns" => namespace = Some(value),
            "xml:lang" => element.lang = Some(value),
            "version" if is_root => version = Some(value),
            "status" if is_root => {}
            "id" | "paragraph" => {}
            other if other.starts_with("xmlns:") => {}
            other => {
                return Err(ImportError::at(
                    format!("unknown attribute `{other}` on `{name}`"),
                    place,
                ));
            }
        }
    }
    if is_root {
        if name != "report" {
            return Err(ImportError::at(
                format!("root element is `{name}`, not a poa-report `report`"),
                place,
            ));
        }
        match namespace.as_deref() {
            Some(XML_NAMESPACE) => {}
            Some(other) => {
                return Err(ImportError::at(
                    format!("the file is in namespace `{other}`, not `{XML_NAMESPACE}`"),
                    place,
                ));
            }
            None => {
                return Err(ImportError::at(
                    format!("the root element has no namespace (expected `{XML_NAMESPACE}`)"),
                    place,
                ));
            }
        }
        match version.as_deref() {
            Some(XML_VERSION) => {}
            Some(other) => {
                return Err(ImportError::at(
                    format!(
                        "unknown format version `{other}` (this tool reads version {XML_VERSION})"
                    ),
                    place,
                ));
            }
            None => return Err(ImportError::at("the root element has no `version`", place)),
        }
    } else if let Some(other) = namespace.filter(|ns| ns != XML_NAMESPACE) {
        return Err(ImportError::at(
            format!("element `{name}` is in namespace `{other}`"),
            place,
        ));
    }
    Ok(element)
}

fn no_stray_text(element: &Element, path: &str) -> Result<(), ImportError> {
    if element.text.trim().is_empty() {
        Ok(())
    } else {
        Err(ImportError::at(
            format!("unexpected text in `{}`", element.name),
            path.to_owned(),
        ))
    }
}

fn object_from(element: &Element, shape: &Shape, path: &str) -> Result<Value, ImportError> {
    no_stray_text(element, path)?;
    let mut map = Map::new();
    for child in &element.children {
        let child_path = format!("{path}/{}", child.name);
        let Some(field) = shape.field(&child.name) else {
            let (line, column) = child.line_col;
            return Err(ImportError::at(
                format!(
                    "unknown element `{}` (line {line}, column {column})",
                    child.name
                ),
                child_path,
            ));
        };
        if map.contains_key(&child.name) {
            return Err(ImportError::at(
                format!("element `{}` appears twice", child.name),
                child_path,
            ));
        }
        map.insert(
            child.name.clone(),
            value_from(child, &field.shape, &child_path)?,
        );
    }
    Ok(Value::Object(map))
}

fn value_from(element: &Element, shape: &Shape, path: &str) -> Result<Value, ImportError> {
    match shape {
        Shape::Object { .. } => object_from(element, shape, path),
        Shape::List(item) => {
            no_stray_text(element, path)?;
            element
                .children
                .iter()
                .enumerate()
                .map(|(i, child)| {
                    let child_path = format!("{path}/item[{}]", i + 1);
                    if child.name != "item" {
                        return Err(ImportError::at(
                            format!("unknown element `{}` in a list", child.name),
                            child_path,
                        ));
                    }
                    value_from(child, item, &child_path)
                })
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array)
        }
        Shape::Text | Shape::Localized => {
            if element.children.is_empty() && *shape == Shape::Text {
                return Ok(Value::String(element.text.clone()));
            }
            no_stray_text(element, path)?;
            let mut map = Map::new();
            for child in &element.children {
                let child_path = format!("{path}/{}", child.name);
                if child.name != "text" || !child.children.is_empty() {
                    return Err(ImportError::at(
                        format!("unknown element `{}` in free text", child.name),
                        child_path,
                    ));
                }
                let Some(lang) = &child.lang else {
                    return Err(ImportError::at("`text` needs an `xml:lang`", child_path));
                };
                if map
                    .insert(lang.clone(), Value::String(child.text.clone()))
                    .is_some()
                {
                    return Err(ImportError::at(
                        format!("language `{lang}` appears twice"),
                        child_path,
                    ));
                }
            }
            Ok(Value::Object(map))
        }
        Shape::Int { .. } => {
            leaf(element, path)?;
            let t = element.text.trim();
            Ok(t.parse::<u64>()
                .map(Value::from)
                .or_else(|_| t.parse::<i64>().map(Value::from))
                .unwrap_or_else(|_| Value::String(t.to_owned())))
        }
        Shape::Str { .. } | Shape::Choice { .. } => {
            leaf(element, path)?;
            Ok(Value::String(element.text.clone()))
        }
    }
}

fn leaf(element: &Element, path: &str) -> Result<(), ImportError> {
    match element.children.first() {
        Some(child) => Err(ImportError::at(
            format!("unknown element `{}`", child.name),
            format!("{path}/{}", child.name),
        )),
        None => Ok(()),
    }
}
