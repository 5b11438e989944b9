//! The report's structure as a small tree of shapes, read off the JSON Schema.
//!
//! Renderers and importers that are not JSON (XML and its XSD, the workbook)
//! need to know, for any place in a report, whether it holds a map, a list,
//! free text, a number or a choice from a closed list. Rather than write that
//! knowledge again per format, they all walk this tree, which is derived from
//! the same schema the validator uses — so a new question reaches every format.

use std::sync::OnceLock;

use serde_json::Value;

use crate::schema::json_schema;

/// What a place in a report holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A map with known keys (in model order). `def` is the type's name.
    Object { def: String, fields: Vec<Field> },
    /// A list of items of one shape.
    List(Box<Shape>),
    /// Free text: a plain string or a map by language.
    Text,
    /// A map by language only (a State's name).
    Localized,
    /// A string, possibly constrained.
    Str {
        def: Option<String>,
        pattern: Option<String>,
        format: Option<String>,
    },
    /// A whole number within bounds.
    Int { min: Option<i64>, max: Option<i64> },
    /// One of a closed list of strings.
    Choice { def: String, values: Vec<String> },
}

/// One key of a map.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub key: String,
    pub shape: Shape,
    pub required: bool,
    /// `title` from the schema (the catalogue label for questions).
    pub title: Option<String>,
}

impl Shape {
    /// The fields of an object shape (empty for others).
    pub fn fields(&self) -> &[Field] {
        match self {
            Shape::Object { fields, .. } => fields,
            _ => &[],
        }
    }

    pub fn field(&self, key: &str) -> Option<&Field> {
        self.fields().iter().find(|f| f.key == key)
    }
}

/// The shape of a whole report.
pub fn report_shape() -> &'static Shape {
    static SHAPE: OnceLock<Shape> = OnceLock::new();
    SHAPE.get_or_init(|| {
        let root = json_schema();
        shape_of(root, root, Some("Report"))
    })
}

fn ref_name(schema: &Value) -> Option<&str> {
    schema.get("$ref")?.as_str()?.strip_prefix("#/$defs/")
}

fn shape_of(root: &Value, schema: &Value, name: Option<&str>) -> Shape {
    if let Some(target) = ref_name(schema) {
        return match target {
            "FreeText" => Shape::Text,
            "LocalizedText" => Shape::Localized,
            _ => match root.pointer(&format!("/$defs/{target}")) {
                Some(def) => shape_of(root, def, Some(target)),
                None => Shape::Str {
                    def: None,
                    pattern: None,
                    format: None,
                },
            },
        };
    }
    if let Some(branches) = schema.get("anyOf").and_then(Value::as_array) {
        // Option<T>: the non-null branch.
        if let Some(branch) = branches
            .iter()
            .find(|b| b.get("type") != Some(&Value::from("null")))
        {
            return shape_of(root, branch, name);
        }
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        return Shape::Choice {
            def: name.unwrap_or("Choice").to_owned(),
            values: values
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
        };
    }
    if let Some(value) = schema.get("const").and_then(Value::as_str) {
        return Shape::Choice {
            def: name.unwrap_or("Choice").to_owned(),
            values: vec![value.to_owned()],
        };
    }
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    let main = types
        .iter()
        .find(|t| **t != "null")
        .copied()
        .unwrap_or("string");
    match main {
        "object" => {
            let required: Vec<&str> = schema
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let fields = schema
                .get("properties")
                .and_then(Value::as_object)
                .map(|props| {
                    props
                        .iter()
                        .map(|(key, sub)| Field {
                            key: key.clone(),
                            shape: shape_of(root, sub, None),
                            required: required.contains(&key.as_str()),
                            title: sub.get("title").and_then(Value::as_str).map(str::to_owned),
                        })
                        .collect()
                })
                .unwrap_or_default();
            Shape::Object {
                def: name.unwrap_or("Object").to_owned(),
                fields,
            }
        }
        "array" => Shape::List(Box::new(schema.get("items").map_or(
            Shape::Str {
                def: None,
                pattern: None,
                format: None,
            },
            |items| shape_of(root, items, None),
        ))),
        "integer" => Shape::Int {
            min: schema.get("minimum").and_then(Value::as_i64),
            max: schema.get("maximum").and_then(Value::as_i64),
        },
        _ => Shape::Str {
            def: name.map(str::to_owned),
            pattern: schema
                .get("pattern")
                .and_then(Value::as_str)
                .map(str::to_owned),
            format: schema
                .get("format")
                .and_then(Value::as_str)
                .map(str::to_owned),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_shape_knows_questions_text_and_choices() {
        let shape = report_shape();
        let marking = shape
            .field("sections")
            .unwrap()
            .shape
            .field("marking")
            .unwrap();
        let question = &marking.shape.field("at_manufacture").unwrap().shape;
        assert!(matches!(question, Shape::Object { def, .. } if def == "MarkingQuestion"));
        assert_eq!(question.field("details").unwrap().shape, Shape::Text);
        match &question.field("answer").unwrap().shape {
            Shape::Choice { values, .. } => assert_eq!(values[0], "yes"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            question.field("methods").unwrap().shape,
            Shape::List(_)
        ));
        assert!(matches!(
            shape.field("cycle").unwrap().shape,
            Shape::Int {
                min: Some(2002),
                ..
            }
        ));
        assert_eq!(
            shape
                .field("state")
                .unwrap()
                .shape
                .field("name")
                .unwrap()
                .shape,
            Shape::Localized
        );
        assert!(shape.field("format").unwrap().required);
    }
}
