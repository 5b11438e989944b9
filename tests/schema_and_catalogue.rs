//! The checked-in schema is exactly what the code generates, and the
//! catalogue describes exactly the questions the model has.

mod common;

use std::collections::BTreeSet;

use common::{repo, run, stdout};
use poa_core::catalogue::{QUESTIONS, SECTIONS};
use poa_core::model::{Lang, Sections};
use poa_core::schema::{SCHEMA_PATH, json_schema, json_schema_text};
use serde_json::Value;

#[test]
fn checked_in_schema_matches_the_generated_one() {
    let on_disk = std::fs::read_to_string(repo(SCHEMA_PATH)).expect("schema file");
    assert!(
        on_disk == json_schema_text(),
        "{SCHEMA_PATH} is out of date: run `cargo run -- schema > {SCHEMA_PATH}`"
    );
    let printed = run(&["schema"]);
    assert_eq!(stdout(&printed), on_disk);
}

#[test]
fn schema_is_draft_2020_12_and_closed() {
    let schema = json_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    fn walk(v: &Value, path: &str) {
        if let Value::Object(map) = v {
            if map.get("type") == Some(&Value::from("object")) && map.contains_key("properties") {
                assert_eq!(
                    map.get("additionalProperties"),
                    Some(&Value::Bool(false)),
                    "{path} allows unknown keys"
                );
            }
            for (k, child) in map {
                walk(child, &format!("{path}/{k}"));
            }
        }
    }
    walk(schema, "");
}

fn model_question_ids() -> BTreeSet<String> {
    Sections::LAYOUT
        .iter()
        .flat_map(|(section, questions)| questions.iter().map(move |q| format!("{section}.{q}")))
        .collect()
}

#[test]
fn catalogue_and_model_name_the_same_questions() {
    let model = model_question_ids();
    let catalogue: BTreeSet<String> = QUESTIONS.iter().map(|q| q.id.to_owned()).collect();
    assert_eq!(catalogue.len(), QUESTIONS.len(), "catalogue repeats an id");
    let missing: Vec<_> = model.difference(&catalogue).collect();
    let unknown: Vec<_> = catalogue.difference(&model).collect();
    assert!(
        missing.is_empty(),
        "questions without catalogue entry: {missing:?}"
    );
    assert!(
        unknown.is_empty(),
        "catalogue entries for no question: {unknown:?}"
    );
    assert!(model.len() >= 80, "only {} questions", model.len());
    let sections: Vec<&str> = Sections::LAYOUT.iter().map(|(s, _)| *s).collect();
    let catalogue_sections: Vec<&str> = SECTIONS.iter().map(|s| s.key).collect();
    assert_eq!(sections, catalogue_sections);
}

fn has_arabic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

#[test]
fn every_question_has_labels_help_and_a_source_in_both_languages() {
    for q in QUESTIONS {
        assert!(
            !q.label(Lang::En).trim().is_empty() && !q.help(Lang::En).trim().is_empty(),
            "{}: English",
            q.id
        );
        assert!(
            has_arabic(q.label(Lang::Ar)) && has_arabic(q.help(Lang::Ar)),
            "{}: Arabic label and help",
            q.id
        );
        assert!(!q.sources.is_empty(), "{}: no source paragraph", q.id);
    }
    for s in SECTIONS {
        assert!(
            !s.label(Lang::En).is_empty() && has_arabic(s.label(Lang::Ar)) && !s.sources.is_empty(),
            "section {}",
            s.key
        );
    }
}

#[test]
fn contract_sections_are_all_present() {
    for key in [
        "national_coordination",
        "legislation_and_offences",
        "manufacture",
        "marking",
        "record_keeping",
        "tracing",
        "stockpile_management",
        "surplus_and_destruction",
        "transfers",
        "brokering",
        "border_controls",
        "ammunition",
        "gender_and_disaggregated_data",
        "international_cooperation",
        "additional_information",
    ] {
        assert!(
            Sections::LAYOUT.iter().any(|(s, _)| *s == key),
            "section {key} missing"
        );
    }
}

#[test]
fn schema_shows_question_text_on_hover() {
    let schema = json_schema();
    let prop = &schema["$defs"]["Marking"]["properties"]["at_manufacture"];
    assert_eq!(
        prop["title"],
        "4.1 Are small arms and light weapons marked at manufacture?"
    );
    let description = prop["description"].as_str().unwrap();
    assert!(
        description.contains("هل توسم") && description.contains("ITI 8(a)"),
        "{description}"
    );
}

#[test]
fn every_field_of_every_shape_has_a_label_in_both_languages() {
    use poa_core::shape::{Shape, report_shape};
    fn walk(shape: &Shape, in_sections: usize, missing: &mut Vec<String>) {
        match shape {
            Shape::Object { fields, .. } => {
                for f in fields {
                    // Section and question keys are labelled by the catalogue's sections and questions.
                    let catalogued = in_sections == 1 || in_sections == 2;
                    if !catalogued
                        && poa_core::catalogue::field_label(&f.key, poa_core::model::Lang::En)
                            .is_none()
                    {
                        missing.push(f.key.clone());
                    }
                    let depth = if f.key == "sections" {
                        1
                    } else if in_sections > 0 {
                        in_sections + 1
                    } else {
                        0
                    };
                    walk(&f.shape, depth, missing);
                }
            }
            Shape::List(item) => walk(item, in_sections, missing),
            _ => {}
        }
    }
    let mut missing = Vec::new();
    walk(report_shape(), 0, &mut missing);
    assert!(missing.is_empty(), "fields without labels: {missing:?}");
}
