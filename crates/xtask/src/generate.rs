//! Deterministic generator of realistic, varied reports, for scale tests and
//! benchmarks (`cargo run --release -p xtask --bin gen -- --count N --seed S -o DIR`).
//!
//! Every section is filled from the model's own shapes: answers with a
//! realistic spread, counts that respect the cross-section rules, bilingual
//! free text of realistic length, several contacts. A share of reports can be
//! given deliberate inconsistencies (more tracing answers than requests).
//!
//! States differ the way they do in the world: each has a propensity to
//! implement (from its code, so its cycles agree), stronger in some sections
//! than others, rising a little from cycle to cycle; weaker States leave
//! whole sections unanswered more often. A regional picture of generated
//! reports therefore has States at 90% and States at 20%, not a uniform
//! "partially".

use serde_json::{Value, json};

use poa_core::init::{period_for, skeleton};
use poa_core::model::{Report, Sections};
use poa_core::pointer::{Entries, Pointer, value_at};
use poa_core::shape::Shape;
use poa_formats::xlsx::layout::{RowKind, rows};

/// A small, fast, deterministic random source (SplitMix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next_u64() % n }
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const PHRASES: &[(&str, &str)] = &[
    (
        "The national commission reviewed the measures in the period.",
        "استعرضت اللجنة الوطنية التدابير خلال الفترة.",
    ),
    (
        "Procedures were updated after consultations with the police and customs.",
        "حُدّثت الإجراءات بعد مشاورات مع الشرطة والجمارك.",
    ),
    (
        "Training was given to officers in three provinces.",
        "قُدّم التدريب للموظفين في ثلاث مقاطعات.",
    ),
    (
        "A draft law is before parliament.",
        "يوجد مشروع قانون أمام البرلمان.",
    ),
    (
        "Records are kept electronically and on paper.",
        "تُحفظ السجلات إلكترونيا وورقيا.",
    ),
    (
        "Cooperation with neighbouring States continued.",
        "استمر التعاون مع الدول المجاورة.",
    ),
    (
        "The measures apply to all State agencies that hold weapons.",
        "تنطبق التدابير على جميع أجهزة الدولة التي تحوز أسلحة.",
    ),
    (
        "Civil society organisations took part in the review.",
        "شاركت منظمات المجتمع المدني في الاستعراض.",
    ),
];

fn text(rng: &mut Rng, sentences: u64) -> Value {
    let (mut en, mut ar) = (Vec::new(), Vec::new());
    for _ in 0..sentences.max(1) {
        let (e, a) = rng.pick(PHRASES);
        en.push(*e);
        ar.push(*a);
    }
    json!({ "en": en.join(" "), "ar": ar.join(" ") })
}

/// A number in [0, 1) fixed by `text` (FNV-1a): the same State gets the same
/// character in every run and every cycle.
fn unit_hash(text: &str) -> f64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    // Mix the high bits down so that codes differing in one letter spread out.
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 32;
    (h >> 11) as f64 / (1u64 << 53) as f64
}

/// How likely `iso3` is to implement the measures of `section` in `cycle`.
pub fn propensity(iso3: &str, section: &str, cycle: u16) -> f64 {
    let state = 0.15 + 0.8 * unit_hash(iso3);
    let section_bias = (unit_hash(&format!("{iso3}/{section}")) - 0.5) * 0.4;
    let trend = (f64::from(cycle) - 2026.0) * 0.012;
    (state + section_bias + trend).clamp(0.03, 0.97)
}

/// True when `iso3` leaves `section` unanswered in `cycle` (weaker States more often).
fn skips_section(iso3: &str, section: &str, cycle: u16) -> bool {
    let state = 0.15 + 0.8 * unit_hash(iso3);
    unit_hash(&format!("{iso3}/{section}/{cycle}")) < (1.0 - state) * 0.22
}

/// An answer drawn for a State with propensity `p`.
fn answer_for(rng: &mut Rng, p: f64) -> &'static str {
    let roll = rng.below(10_000) as f64 / 10_000.0;
    let partially = (1.0 - p) * 0.4;
    if roll < 0.02 {
        "unknown"
    } else if roll < 0.06 {
        "not_applicable"
    } else if roll < 0.06 + p * 0.94 {
        "yes"
    } else if roll < 0.06 + p * 0.94 + partially * 0.94 {
        "partially"
    } else {
        "no"
    }
}

/// A generated report for `iso3` and `cycle`; `inconsistent` injects rule errors.
pub fn report(rng: &mut Rng, iso3: &str, cycle: u16, inconsistent: bool) -> Report {
    let mut value = serde_json::to_value(skeleton(iso3, cycle)).unwrap_or_default();
    value["period"] = serde_json::to_value(period_for(cycle)).unwrap_or_default();
    value["submitted"] = json!(format!(
        "{cycle:04}-0{}-1{}",
        1 + rng.below(5),
        rng.below(10)
    ));
    let ids = [
        "mfa-desk",
        "police-registry",
        "customs-unit",
        "defence-logistics",
    ];
    let count = 2 + rng.below(3) as usize;
    value["contacts"] = ids[..count]
        .iter()
        .enumerate()
        .map(|(i, id)| {
            json!({
                "id": id, "name": format!("Officer {}", i + 1),
                "organisation": text(rng, 1),
                "email": format!("{id}@{}.example", iso3.to_ascii_lowercase()),
                "phone": format!("+999 {} {:04}", i + 1, rng.below(10_000)),
            })
        })
        .collect();
    value["points_of_contact"] =
        json!({ "poa": ids[0], "iti": ids[1], "firearms_protocol": ids[1] });
    for (section, _) in Sections::LAYOUT {
        let p = propensity(iso3, section, cycle);
        let skipped = skips_section(iso3, section, cycle);
        for row in rows(section, &value) {
            if skipped && row.path.get(3).is_some_and(|f| f == "answer") {
                continue;
            }
            fill(rng, &mut value, &row.path, &row.kind, &ids[..count], p);
        }
    }
    make_consistent(&mut value);
    if inconsistent {
        let received = value_at(
            &value,
            &path(&["sections", "tracing", "requests", "received"]),
        )
        .and_then(Value::as_u64)
        .unwrap_or(0);
        set(
            &mut value,
            &["sections", "tracing", "requests", "answer"],
            json!("yes"),
        );
        set(
            &mut value,
            &["sections", "tracing", "requests", "received"],
            json!(received),
        );
        set(
            &mut value,
            &["sections", "tracing", "requests", "answered"],
            json!(received + 3),
        );
        set(
            &mut value,
            &["sections", "tracing", "requests", "answered_in_time"],
            Value::Null,
        );
    }
    serde_json::from_value(value).unwrap_or_else(|_| skeleton(iso3, cycle))
}

fn path(segments: &[&str]) -> Vec<String> {
    segments.iter().map(|s| s.to_string()).collect()
}

/// Sets `new` at `segments`, creating maps on the way (generated values are
/// always placed where the report's shape has room for them).
fn set(value: &mut Value, segments: &[&str], new: Value) {
    if let Ok(spot) =
        Pointer::from_segments(segments.iter().copied()).get_or_create(value, Entries::Append)
    {
        *spot = new;
    }
}

fn answer_of(value: &Value, row_path: &[String]) -> Option<String> {
    let question = &row_path[..3.min(row_path.len())];
    value_at(value, question)?
        .get("answer")?
        .as_str()
        .map(str::to_owned)
}

fn fill(
    rng: &mut Rng,
    value: &mut Value,
    row_path: &[String],
    kind: &RowKind,
    contact_ids: &[&str],
    propensity: f64,
) {
    let field = row_path.get(3).map(String::as_str).unwrap_or("");
    let answer = if field == "answer" {
        None
    } else {
        answer_of(value, row_path)
    };
    let positive = matches!(answer.as_deref(), Some("yes" | "partially"));
    let sentences = 1 + rng.below(3);
    let new = match (field, kind) {
        ("answer", _) => json!(answer_for(rng, propensity)),
        ("text", _) => text(rng, 1 + sentences),
        ("details" | "lessons", _) if positive && rng.chance(60) => text(rng, sentences),
        (_, RowKind::Scalar(Shape::Int { min, max })) if positive => {
            let lo = min.unwrap_or(0).max(0) as u64;
            let hi = max.map_or(lo + 5_000, |m| m as u64);
            json!(lo + rng.below(hi.saturating_sub(lo).max(1)))
        }
        (_, RowKind::Scalar(Shape::Str { def: Some(def), .. }))
            if def == "ContactId" && positive =>
        {
            json!(*rng.pick(contact_ids))
        }
        (_, RowKind::ChoiceList { values, .. }) if positive => {
            let n = 1 + rng.below(3) as usize;
            let mut chosen: Vec<&String> = (0..n).map(|_| rng.pick(values)).collect();
            chosen.sort();
            chosen.dedup();
            json!(chosen)
        }
        ("needs" | "offers" | "records" | "instruments", _) => return,
        _ => return,
    };
    if let Some(spot) = locate(value, row_path) {
        *spot = new;
    }
    // Entries of lists are generated whole, once, at their question's answer row.
    if field == "answer"
        && matches!(
            answer_of(value, row_path).as_deref(),
            Some("yes" | "partially")
        )
    {
        entries(rng, value, row_path);
    }
}

fn locate<'v>(value: &'v mut Value, row_path: &[String]) -> Option<&'v mut Value> {
    let mut node = value;
    for s in row_path {
        node = match node {
            Value::Object(map) => map.entry(s.clone()).or_insert(Value::Null),
            Value::Array(items) => items.get_mut(s.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(node)
}

fn entries(rng: &mut Rng, value: &mut Value, row_path: &[String]) {
    let (section, question) = (row_path[1].as_str(), row_path[2].as_str());
    let areas = [
        "marking",
        "record_keeping",
        "tracing",
        "stockpile_management",
        "destruction",
        "border_control",
        "ammunition",
        "capacity_building",
    ];
    let n = 1 + rng.below(3);
    let list: Option<(&str, Vec<Value>)> = match (section, question) {
        ("international_cooperation", "assistance_needed") => Some((
            "needs",
            (0..n).map(|_| json!({ "area": rng.pick(&areas), "priority": rng.pick(&["high", "medium", "low"]), "description": text(rng, 1) })).collect(),
        )),
        ("international_cooperation", "assistance_offered") => {
            Some(("offers", (0..n).map(|_| json!({ "area": rng.pick(&areas), "description": text(rng, 1) })).collect()))
        }
        ("international_cooperation", "assistance_received" | "assistance_provided") => Some((
            "records",
            (0..n)
                .map(|_| json!({ "partner": rng.pick(&["UNDP", "UNODA", "INTERPOL", "XAA", "XAB"]), "area": rng.pick(&areas), "amount_usd": 10_000 * (1 + rng.below(50)) }))
                .collect(),
        )),
        ("legislation_and_offences", "instruments") => Some((
            "instruments",
            (0..n)
                .map(|i| {
                    json!({ "area": rng.pick(&["manufacture", "export", "import", "transit", "brokering"]),
                             "title": format!("Arms Act {}", 1990 + rng.below(35) + i), "date": format!("{}-0{}-1{}", 1990 + rng.below(35), 1 + rng.below(9), rng.below(10)) })
                })
                .collect(),
        )),
        _ => None,
    };
    if let Some((key, items)) = list {
        set(
            value,
            &["sections", section, question, key],
            Value::Array(items),
        );
    }
}

/// Brings figures in line with the cross-section rules.
fn make_consistent(value: &mut Value) {
    let get = |v: &Value, p: &[&str]| value_at(v, &path(p)).and_then(Value::as_u64);
    let s = ["sections", "tracing", "requests"];
    if let Some(received) = get(value, &[s[0], s[1], s[2], "received"]) {
        let answered = get(value, &[s[0], s[1], s[2], "answered"])
            .unwrap_or(0)
            .min(received);
        set(value, &[s[0], s[1], s[2], "answered"], json!(answered));
        let in_time = get(value, &[s[0], s[1], s[2], "answered_in_time"])
            .unwrap_or(0)
            .min(answered);
        set(
            value,
            &[s[0], s[1], s[2], "answered_in_time"],
            json!(in_time),
        );
    }
    if let Some(seized) = get(
        value,
        &["sections", "tracing", "seized_and_traced", "seized"],
    ) {
        let traced = get(
            value,
            &["sections", "tracing", "seized_and_traced", "traced"],
        )
        .unwrap_or(0)
        .min(seized);
        set(
            value,
            &["sections", "tracing", "seized_and_traced", "traced"],
            json!(traced),
        );
    }
    for (q, minimum) in [("manufacture_retention", 30), ("other_retention", 20)] {
        if let Some(years) = get(value, &["sections", "record_keeping", q, "years"]) {
            set(
                value,
                &["sections", "record_keeping", q, "years"],
                json!(years.max(minimum)),
            );
        }
    }
    for q in ["victims", "personnel_trained", "persons_prosecuted"] {
        let base = ["sections", "gender_and_disaggregated_data", q];
        if get(value, &[base[0], base[1], base[2], "total"]).is_some() {
            let split: u64 = ["female", "male", "other"]
                .iter()
                .filter_map(|k| get(value, &[base[0], base[1], base[2], "by_sex", k]))
                .sum();
            let ages: u64 = ["under_18", "from_18_to_29", "from_30_to_59", "from_60"]
                .iter()
                .filter_map(|k| get(value, &[base[0], base[1], base[2], "by_age", k]))
                .sum();
            let disability =
                get(value, &[base[0], base[1], base[2], "with_disability"]).unwrap_or(0);
            let total = split
                .max(ages)
                .max(disability)
                .max(get(value, &[base[0], base[1], base[2], "total"]).unwrap_or(0));
            set(value, &[base[0], base[1], base[2], "total"], json!(total));
        }
    }
    // Marking follows manufacture (MARK-001, MARK-002); import marking needs import controls (MARK-003).
    let answer =
        |v: &Value, s: &str, q: &str| v["sections"][s][q]["answer"].as_str().map(str::to_owned);
    match answer(value, "manufacture", "domestic_manufacture").as_deref() {
        Some("yes") => set(
            value,
            &["sections", "marking", "at_manufacture", "answer"],
            json!("yes"),
        ),
        Some("no") => set(
            value,
            &["sections", "marking", "at_manufacture", "answer"],
            json!("not_applicable"),
        ),
        _ => {}
    }
    if answer(value, "marking", "on_import").as_deref() == Some("yes")
        && answer(value, "transfers", "import_controls").as_deref() == Some("no")
    {
        set(
            value,
            &["sections", "transfers", "import_controls", "answer"],
            json!("partially"),
        );
    }
    // Needs should not name an area whose section is fully implemented (COOP-001).
    for section in Sections::LAYOUT.iter().map(|(s, _)| *s) {
        let answers: Vec<String> = value["sections"][section]
            .as_object()
            .map(|m| {
                m.values()
                    .filter_map(|q| q["answer"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        if !answers.is_empty() && answers.iter().all(|a| a == "yes") {
            let first = value["sections"][section].as_object().and_then(|m| {
                m.iter()
                    .find(|(_, q)| q.get("answer").is_some())
                    .map(|(k, _)| k.clone())
            });
            if let Some(first) = first {
                set(
                    value,
                    &["sections", section, &first, "answer"],
                    json!("partially"),
                );
            }
        }
    }
    // Nothing to count under `no` or `not applicable` (CNT-001).
    if let Some(sections) = value["sections"].as_object_mut() {
        for questions in sections.values_mut().filter_map(Value::as_object_mut) {
            for question in questions.values_mut().filter_map(Value::as_object_mut) {
                if matches!(
                    question.get("answer").and_then(Value::as_str),
                    Some("no" | "not_applicable")
                ) {
                    for (key, field) in question.iter_mut() {
                        if !matches!(key.as_str(), "answer" | "details" | "lessons") {
                            *field = if field.is_array() {
                                json!([])
                            } else {
                                Value::Null
                            };
                        }
                    }
                }
            }
        }
    }
}
