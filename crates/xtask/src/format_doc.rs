//! `docs/format.md`, the format's reference, written from the catalogue.
//!
//! The parts that could drift (every section and question with its number,
//! sources and fields; the vocabularies; the rules; the sources) are
//! generated here from the same tables the program uses; the prose around
//! them is fixed text below. A test fails when the checked-in file differs.

use std::fmt::Write;

use poa_core::catalogue::{self, POINTS_OF_CONTACT, QUESTIONS, SECTIONS};
use poa_core::model::Lang;
use poa_core::rules::registry;
use poa_core::schema::SCHEMA_FINDINGS;
use poa_core::shape::{Shape, report_shape};
use poa_core::sources::SOURCES;

const INTRO: &str = r#"# The poa-report format, version 1

A national report on the Programme of Action (PoA) and the International
Tracing Instrument (ITI) is one YAML file. This page is generated from the
program's catalogue (`cargo test` fails when it is out of date); the JSON
Schema `schemas/poa-report.schema.json` says the same for machines.

## Reading the files from other tools

The files are **YAML 1.2**: `yes`, `no` and `2024-01-01` are strings. YAML 1.1
readers (PyYAML, the Ruby and older JavaScript readers) turn `answer: yes`
into `True` and dates into date objects, so a script that uses them sees
booleans where the format has words. Use a YAML 1.2 reader (Python
`ruamel.yaml`, the npm package `yaml`) or ask poa-report for JSON:
`poa-report render REPORT.yaml --to json -o REPORT.json`.

## Top level

```yaml
format: poa-report/1            # format version; files without it are rejected
state:
  iso3: XAA                     # ISO 3166-1 alpha-3 (user-assigned XAA–XZZ for fictional States)
  name: { en: Republic of Aurelia, ar: جمهورية أوريليا }
cycle: 2026                     # year of the meeting the report goes to
period: { from: 2024-01-01, to: 2025-12-31 }
submitted: 2026-03-31           # optional until final
languages: [en, ar]             # languages the free text is written in, first = plain strings
contacts:                       # every person or office, referred to by id elsewhere
  - id: mfa-disarmament
    salutation: Ms.             # as the template's "[Mr./Ms.]"
    name: Lina Haddad
    title: { en: Director, Disarmament Division }
    organisation: { en: Ministry of Foreign Affairs }
    address: { en: "1 Harbour Road, Aurelia City" }
    email: disarmament@example.org
    phone: "+999 1 000 1000"
points_of_contact:              # the template's question 1.2
  poa: mfa-disarmament          # 1.2.1, required
  iti: mfa-disarmament          # 1.2.2: the same id says the PoA point of contact also acts for the ITI
  firearms_protocol: police-armoury   # 1.2.3
sections:                       # one key per section, below
  national_coordination: { ... }
```

## Answers

A question is a map: `answer`, then typed fields (counts, years, closed
lists, contact ids, dates), then `details`, free text. Free text is a plain
string (in the report's first language) or a map from language code (`en`,
`ar`, `fr`, `es`, `ru`, `zh`) to text. Unknown keys are errors, with a
"did you mean" where one is close.

```yaml
marking:
  at_manufacture:               # 4.1 [ITI 8(a), PoA II.7]
    answer: yes
    methods: [stamping, laser_engraving]
    details:
      en: Serial number, manufacturer and country on the frame.
      ar: الرقم التسلسلي واسم الصانع وبلد الصنع على الهيكل.
```
"#;

const EXIT_CODES: &str = r#"
## Exit codes of `validate`

| code | means |
|---|---|
| 0 | no errors (warnings and information allowed) |
| 1 | findings of severity error (or warnings, with `--deny-warnings`) |
| 2 | a file could not be read or parsed: missing, not UTF-8, empty, over the size limit (10 MiB by default), malformed YAML, duplicate keys, nesting deeper than 64 levels, aliases expanding past 10,000 nodes |
"#;

/// The reference as Markdown.
pub fn render() -> String {
    let mut out = String::from(INTRO);
    vocabularies(&mut out);
    sections(&mut out);
    rules(&mut out);
    out.push_str(EXIT_CODES);
    sources_table(&mut out);
    out
}

fn vocabularies(out: &mut String) {
    out.push_str("\n## Closed lists\n\nWhat a file holds (the code) and what people read.\n");
    let mut seen: Vec<String> = Vec::new();
    collect_choices(report_shape(), &mut seen, out);
}

fn collect_choices(shape: &Shape, seen: &mut Vec<String>, out: &mut String) {
    match shape {
        Shape::Object { fields, .. } => fields
            .iter()
            .for_each(|f| collect_choices(&f.shape, seen, out)),
        Shape::List(item) => collect_choices(item, seen, out),
        Shape::Choice { def, values } if def != "FormatVersion" && !seen.contains(def) => {
            seen.push(def.clone());
            let _ = write!(
                out,
                "\n### {def}\n\n| code | English | Arabic |\n|---|---|---|\n"
            );
            for code in values {
                let en = catalogue::choice_label(def, code, Lang::En).unwrap_or(code);
                let ar = catalogue::choice_label(def, code, Lang::Ar).unwrap_or(code);
                let _ = writeln!(out, "| `{code}` | {en} | {ar} |");
            }
        }
        _ => {}
    }
}

fn fields_of(section: &str, question: &str) -> String {
    let shape = report_shape()
        .field("sections")
        .and_then(|s| s.shape.field(section))
        .and_then(|s| s.shape.field(question));
    shape
        .map(|f| {
            f.shape
                .fields()
                .iter()
                .map(|field| format!("`{}`", field.key))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

fn sections(out: &mut String) {
    out.push_str("\n## Sections and questions\n");
    for section in SECTIONS {
        let _ = write!(
            out,
            "\n### {} — `{}`\n\n{} · Sources: {}\n\n| no. | id | question | fields | sources |\n|---|---|---|---|---|\n",
            section.heading(Lang::En),
            section.key,
            section.label(Lang::Ar),
            section.sources.join("; "),
        );
        if section.key == "national_coordination" {
            for p in POINTS_OF_CONTACT {
                let _ = writeln!(
                    out,
                    "| {} | `{}` | {} (top level, a contact id) | | {} |",
                    p.number,
                    p.id,
                    catalogue::field_label(p.id.trim_start_matches("points_of_contact."), Lang::En)
                        .unwrap_or(""),
                    p.sources.join("; ")
                );
            }
        }
        for q in QUESTIONS
            .iter()
            .filter(|q| q.id.split('.').next() == Some(section.key))
        {
            let (s, k) = q.id.split_once('.').unwrap_or((q.id, ""));
            let mark = if q.verified { "" } else { " (unverified)" };
            let _ = writeln!(
                out,
                "| {} | `{}` | {} | {} | {}{mark} |",
                q.number,
                k,
                q.label(Lang::En),
                fields_of(s, k),
                q.sources.join("; ")
            );
        }
    }
}

fn rules(out: &mut String) {
    out.push_str(
        "\n## Rules\n\nEach finding names its rule, the JSON pointer it blames, its line and column, and the question's number.\n\n| id | severity | checks | sources |\n|---|---|---|---|\n",
    );
    for r in registry() {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            r.id,
            r.severity.code(),
            r.summary(Lang::En).replace('|', "\\|"),
            r.sources.join("; ")
        );
    }
    for id in SCHEMA_FINDINGS {
        let summary = poa_core::schema::schema_finding_summary(id, Lang::En);
        let _ = writeln!(out, "| {id} | error | {summary} | JSON Schema |");
    }
}

fn sources_table(out: &mut String) {
    out.push_str(
        "\n## Sources cited\n\n| cite as | document | symbol | year |\n|---|---|---|---|\n",
    );
    for s in SOURCES {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            s.cite_as,
            s.title(Lang::En),
            s.symbol.unwrap_or("—"),
            s.year
        );
    }
}
