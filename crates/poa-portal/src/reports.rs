//! A State's reports: its cycles, one cycle's draft (started from last
//! cycle's report or uploaded), the draft's documents for clearance, its
//! submission, and every version as submitted. Every handler checks that
//! the signed-in account may see the State in the path before anything
//! else, and every POST checks the session's CSRF token.

use std::sync::Arc;

use axum::Form;
use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Path, Query, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::app::{App, blocking, with_store};
use crate::login::CsrfForm;
use crate::pages;
use crate::session::{Signed, cycle_number, own_place, place, seen_state};
use poa_core::finding::Severity;
use poa_core::load::{self, LoadOptions};
use poa_core::model::{Lang, Report};
use poa_core::validate::validate_text;
use poa_formats::document::view::DocLangs;
use poa_formats::render::{self, DraftRenderError, Target};
use poa_store::{Draft, DraftSaved, Expected};

/// Most findings listed on a report's page (the count says how many more).
const MAX_LISTED_FINDINGS: usize = 50;

fn this_year() -> u16 {
    poa_core::timestamp::now_utc()
        .get(..4)
        .and_then(|y| y.parse().ok())
        .unwrap_or(2026)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct CycleQuery {
    cycle: Option<String>,
}

#[derive(Serialize)]
struct CycleRow {
    cycle: u16,
    versions: usize,
    latest_valid: Option<bool>,
    draft: bool,
}

/// `GET /reports/{ISO3}`: the State's cycles, and a way to open another.
pub(crate) async fn state_page(
    State(app): State<Arc<App>>,
    signed: Signed,
    Path(state): Path<String>,
    Query(query): Query<CycleQuery>,
) -> Response {
    let state = match seen_state(&signed, &state) {
        Ok(state) => state,
        Err(response) => return response,
    };
    if let Some(cycle) = query.cycle.as_deref() {
        return match cycle_number(cycle.trim()) {
            Ok(cycle) => Redirect::to(&format!("/reports/{state}/{cycle}")).into_response(),
            Err(response) => response,
        };
    }
    let listed = {
        let state = state.clone();
        with_store(&app, move |store| {
            let versions = store.list(Some(&state), None)?;
            let drafts = store.draft_cycles(&state)?;
            let mut cycles: Vec<u16> = versions.iter().map(|s| s.cycle).collect();
            cycles.extend(&drafts);
            cycles.sort_unstable_by(|a, b| b.cmp(a));
            cycles.dedup();
            let rows: Vec<CycleRow> = cycles
                .into_iter()
                .map(|cycle| {
                    let of_cycle: Vec<_> = versions.iter().filter(|s| s.cycle == cycle).collect();
                    CycleRow {
                        cycle,
                        versions: of_cycle.len(),
                        latest_valid: of_cycle.last().map(|s| s.valid),
                        draft: drafts.contains(&cycle),
                    }
                })
                .collect();
            Ok(rows)
        })
        .await
    };
    let rows = match listed {
        Ok(rows) => rows,
        Err(response) => return response,
    };
    let lang = signed.lang;
    pages::render(
        "state.html",
        lang,
        Some(&signed.session),
        StatusCode::OK,
        json!({
            "state": state,
            "state_name": pages::state_name(&state, lang),
            "cycles": rows,
            "suggested_cycle": this_year(),
        }),
    )
}

#[derive(Serialize)]
struct ListedFinding {
    rule: &'static str,
    severity: &'static str,
    number: String,
    message: String,
    line: usize,
}

/// What the page says about a draft: its findings and whether it renders.
#[derive(Serialize)]
struct DraftSummary {
    version: String,
    updated_at: String,
    updated_by: String,
    readable: bool,
    renderable: bool,
    errors: usize,
    warnings: usize,
    findings: Vec<ListedFinding>,
    more: usize,
    /// The documents offered: `{code, name, pair}` for the report's languages.
    documents: Vec<serde_json::Value>,
}

fn summary(draft: &Draft, lang: Lang) -> DraftSummary {
    let text = load::decode(&draft.content).unwrap_or_default();
    let outcome = validate_text("draft", &text, &LoadOptions::default());
    let mut findings: Vec<ListedFinding> = outcome
        .findings
        .iter()
        .filter(|l| l.finding.severity != Severity::Info)
        .map(|l| ListedFinding {
            rule: l.finding.rule,
            severity: l.finding.severity.code(),
            number: poa_core::catalogue::item_at(&l.finding.pointer)
                .map_or(String::new(), |i| i.number.to_owned()),
            message: l.finding.message.get(lang).to_owned(),
            line: l.span.start.line,
        })
        .collect();
    if let Some(e) = &outcome.load_error {
        findings.insert(
            0,
            ListedFinding {
                rule: e.id,
                severity: "error",
                number: String::new(),
                message: load::localized_load_error(e.id, &e.message, lang),
                line: e.pos.map_or(1, |p| p.line),
            },
        );
    }
    let more = findings.len().saturating_sub(MAX_LISTED_FINDINGS);
    findings.truncate(MAX_LISTED_FINDINGS);
    DraftSummary {
        version: draft.version.clone(),
        updated_at: draft.updated_at.clone(),
        updated_by: draft.updated_by.clone(),
        readable: outcome.load_error.is_none() && outcome.report.is_some(),
        renderable: !matches!(
            render::Readiness::of(&outcome),
            render::Readiness::Blocked { .. }
        ),
        errors: outcome.count(Severity::Error) + usize::from(outcome.load_error.is_some()),
        warnings: outcome.count(Severity::Warning),
        documents: DocLangs::menu(
            outcome
                .report
                .as_ref()
                .map_or(&[][..], |r| r.languages.as_slice()),
        ),
        findings,
        more,
    }
}

/// `GET /reports/{ISO3}/{CYCLE}`: the draft, its findings, the versions
/// submitted and their receipts.
pub(crate) async fn report_page(
    State(app): State<Arc<App>>,
    signed: Signed,
    Path((state, cycle)): Path<(String, String)>,
) -> Response {
    let (state, cycle) = match place(&signed, &state, &cycle) {
        Ok(place) => place,
        Err(response) => return response,
    };
    let lang = signed.lang;
    let gathered = {
        let state = state.clone();
        with_store(&app, move |store| {
            let draft = store.draft(&state, cycle)?;
            let versions = store.list(Some(&state), Some(cycle))?;
            let receipts = store.receipts(&state, cycle)?;
            let previous = store
                .list(Some(&state), None)?
                .into_iter()
                .map(|s| s.cycle)
                .find(|c| *c < cycle);
            Ok((draft, versions, receipts, previous))
        })
        .await
    };
    let (draft, versions, receipts, previous) = match gathered {
        Ok(gathered) => gathered,
        Err(response) => return response,
    };
    let summary = match draft {
        Some(draft) => match blocking(move || summary(&draft, lang)).await {
            Ok(summary) => Some(summary),
            Err(response) => return response,
        },
        None => None,
    };
    pages::render(
        "report.html",
        lang,
        Some(&signed.session),
        StatusCode::OK,
        json!({
            "state": state,
            "state_name": pages::state_name(&state, lang),
            "cycle": cycle,
            "draft": summary,
            "versions": versions,
            "receipts": receipts,
            "previous_cycle": previous,
            "is_secretariat": signed.is_secretariat(),
        }),
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct StartForm {
    csrf: Option<String>,
    from: String,
}

/// The report text a new draft starts from: last cycle's latest version
/// carried over, or the skeleton.
fn starting_text(previous: Option<String>, state: &str, cycle: u16) -> Result<String, String> {
    let report = match previous {
        Some(text) => {
            let outcome = validate_text("previous", &text, &LoadOptions::default());
            match outcome.report {
                Some(report) => poa_core::init::carry_over(report, cycle),
                None => return Err("last cycle's report cannot be read".into()),
            }
        }
        None => poa_core::init::skeleton(state, cycle),
    };
    poa_core::init::to_commented_yaml(&report, "poa-report.schema.json").map_err(|e| e.to_string())
}

/// `POST /reports/{ISO3}/{CYCLE}/start`: a new draft (`from=previous` or empty).
pub(crate) async fn start(
    State(app): State<Arc<App>>,
    signed: Signed,
    Path((state, cycle)): Path<(String, String)>,
    Form(form): Form<StartForm>,
) -> Response {
    let (state, cycle) = match own_place(&signed, &state, &cycle) {
        Ok(place) => place,
        Err(response) => return response,
    };
    if let Err(refused) = signed.check_csrf(form.csrf.as_deref()) {
        return refused;
    }
    let lang = signed.lang;
    let email = signed.email().to_owned();
    let from_previous = form.from == "previous";
    let target = format!("/reports/{state}/{cycle}");
    let outcome = with_store(&app, move |store| {
        let previous = if from_previous {
            let earlier = store
                .list(Some(&state), None)?
                .into_iter()
                .map(|s| s.cycle)
                .find(|c| *c < cycle);
            match earlier {
                Some(earlier) => Some(store.source(&state, earlier, None)?.text),
                None => None,
            }
        } else {
            None
        };
        match starting_text(previous, &state, cycle) {
            Ok(text) => store
                .save_draft(&state, cycle, Expected::Absent, text.as_bytes(), &email)
                .map(Ok),
            Err(e) => Ok(Err(e)),
        }
    })
    .await;
    match outcome {
        // A draft that is already there (another tab) is kept as it is.
        Ok(Ok(DraftSaved::Saved(_) | DraftSaved::Stale)) => Redirect::to(&target).into_response(),
        Ok(Err(problem)) => pages::message(
            lang,
            StatusCode::UNPROCESSABLE_ENTITY,
            "portal-start-failed",
            &[("problem", problem)],
        ),
        Err(response) => response,
    }
}

/// An uploaded file as the report's YAML text (a YAML file as it is).
fn uploaded_text(name: &str, bytes: &[u8], lang: Lang) -> Result<(String, Report), String> {
    let name = name.to_lowercase();
    let report_of = |report: Report| {
        poa_core::init::to_commented_yaml(&report, "poa-report.schema.json")
            .map(|text| (text, report))
            .map_err(|e| e.to_string())
    };
    if name.ends_with(".xlsx") {
        report_of(poa_formats::xlsx::reader::import(bytes).map_err(|e| e.to_string())?)
    } else if name.ends_with(".xml") {
        let text =
            std::str::from_utf8(bytes).map_err(|_| "the XML file is not UTF-8 text".to_owned())?;
        report_of(poa_formats::xml::reader::import(text).map_err(|e| e.to_string())?)
    } else if name.ends_with(".yaml") || name.ends_with(".yml") {
        let text = load::decode(bytes).map_err(|e| e.message)?;
        let outcome = validate_text(&name, &text, &LoadOptions::default());
        if let Some(e) = outcome.load_error {
            let place = e
                .pos
                .map(|p| format!("{}:{}: ", p.line, p.column))
                .unwrap_or_default();
            return Err(format!(
                "{place}{}",
                load::localized_load_error(e.id, &e.message, lang)
            ));
        }
        match outcome.report {
            Some(report) => Ok((text, report)),
            None => Err(poa_core::i18n::text(lang, "portal-upload-not-report").to_owned()),
        }
    } else {
        Err(poa_core::i18n::text(lang, "portal-upload-kinds").to_owned())
    }
}

/// The fields of the upload form.
#[derive(Default)]
struct Upload {
    csrf: Option<String>,
    version: Option<String>,
    name: String,
    file: Option<Bytes>,
}

async fn read_upload(mut multipart: Multipart) -> Result<Upload, String> {
    let mut upload = Upload::default();
    while let Some(field) = multipart.next_field().await.map_err(|e| e.body_text())? {
        match field.name() {
            Some("csrf") => upload.csrf = Some(field.text().await.map_err(|e| e.body_text())?),
            Some("version") => {
                upload.version = Some(field.text().await.map_err(|e| e.body_text())?)
            }
            Some("file") => {
                upload.name = field.file_name().unwrap_or("").to_owned();
                upload.file = Some(field.bytes().await.map_err(|e| e.body_text())?);
            }
            _ => {}
        }
    }
    Ok(upload)
}

/// The report text of an upload once its token, file and report are
/// checked: the file must hold the report of `state` and `cycle`.
async fn checked_upload(
    signed: &Signed,
    state: &str,
    cycle: u16,
    multipart: Multipart,
) -> Result<(String, Option<String>), Response> {
    let lang = signed.lang;
    let upload = read_upload(multipart).await.map_err(|problem| {
        pages::message(
            lang,
            StatusCode::BAD_REQUEST,
            "portal-upload-failed",
            &[("problem", problem)],
        )
    })?;
    signed.check_csrf(upload.csrf.as_deref())?;
    let Some(bytes) = upload.file.filter(|b| !b.is_empty()) else {
        return Err(pages::message(
            lang,
            StatusCode::UNPROCESSABLE_ENTITY,
            "portal-upload-empty",
            &[],
        ));
    };
    let name = upload.name.clone();
    let (text, report) = blocking(move || uploaded_text(&name, &bytes, lang))
        .await?
        .map_err(|problem| {
            pages::message(
                lang,
                StatusCode::UNPROCESSABLE_ENTITY,
                "portal-upload-failed",
                &[("problem", problem)],
            )
        })?;
    if report.state.iso3 != state || report.cycle != cycle {
        return Err(pages::message(
            lang,
            StatusCode::UNPROCESSABLE_ENTITY,
            "portal-upload-other-report",
            &[
                ("found", format!("{} {}", report.state.iso3, report.cycle)),
                ("expected", format!("{state} {cycle}")),
            ],
        ));
    }
    Ok((text, upload.version))
}

/// `POST /reports/{ISO3}/{CYCLE}/upload` (multipart: `file`, `csrf`, and the
/// draft `version` the page showed): the file becomes the draft.
pub(crate) async fn upload(
    State(app): State<Arc<App>>,
    signed: Signed,
    Path((state, cycle)): Path<(String, String)>,
    multipart: Multipart,
) -> Response {
    let (state, cycle) = match own_place(&signed, &state, &cycle) {
        Ok(place) => place,
        Err(response) => return response,
    };
    let (text, version) = match checked_upload(&signed, &state, cycle, multipart).await {
        Ok(checked) => checked,
        Err(response) => return response,
    };
    let lang = signed.lang;
    let email = signed.email().to_owned();
    let target = format!("/reports/{state}/{cycle}");
    // A page sends the version it shows (empty: it showed no draft); a
    // script without the field replaces the draft.
    let saved = with_store(&app, move |store| {
        let expected = match version.as_deref() {
            Some("") => Expected::Absent,
            Some(version) => Expected::Version(version),
            None => Expected::Any,
        };
        store.save_draft(&state, cycle, expected, text.as_bytes(), &email)
    })
    .await;
    match saved {
        Ok(DraftSaved::Saved(_)) => Redirect::to(&target).into_response(),
        Ok(DraftSaved::Stale) => {
            pages::message(lang, StatusCode::CONFLICT, "portal-draft-stale", &[])
        }
        Err(response) => response,
    }
}

/// `POST /reports/{ISO3}/{CYCLE}/submit`: the draft becomes the next
/// version; 303 to its receipt. A multipart request with a `file` submits
/// that file instead (and makes it the draft): one request for scripts.
pub(crate) async fn submit(
    State(app): State<Arc<App>>,
    signed: Signed,
    Path((state, cycle)): Path<(String, String)>,
    request: Request,
) -> Response {
    let (state, cycle) = match own_place(&signed, &state, &cycle) {
        Ok(place) => place,
        Err(response) => return response,
    };
    let multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let file = if multipart {
        let parts = match Multipart::from_request(request, &app).await {
            Ok(parts) => parts,
            Err(e) => return e.into_response(),
        };
        match checked_upload(&signed, &state, cycle, parts).await {
            Ok((text, _)) => Some(text),
            Err(response) => return response,
        }
    } else {
        let Form(form) = match Form::<CsrfForm>::from_request(request, &app).await {
            Ok(form) => form,
            Err(e) => return e.into_response(),
        };
        if let Err(refused) = signed.check_csrf(form.csrf.as_deref()) {
            return refused;
        }
        None
    };
    let lang = signed.lang;
    let email = signed.email().to_owned();
    let outcome = with_store(&app, move |store| {
        let content = match file {
            Some(text) => {
                store.save_draft(&state, cycle, Expected::Any, text.as_bytes(), &email)?;
                text.into_bytes()
            }
            None => match store.draft(&state, cycle)? {
                Some(draft) => draft.content,
                None => return Ok(None),
            },
        };
        store.submit(&state, cycle, &content, &email).map(Some)
    })
    .await;
    match outcome {
        Ok(Some(Ok(receipt))) => Redirect::to(&format!("/receipts/{}", receipt.id)).into_response(),
        Ok(Some(Err(problem))) => pages::message(
            lang,
            StatusCode::UNPROCESSABLE_ENTITY,
            "portal-submit-refused",
            &[("problem", problem)],
        ),
        Ok(None) => pages::message(
            lang,
            StatusCode::UNPROCESSABLE_ENTITY,
            "portal-nothing-to-submit",
            &[],
        ),
        Err(response) => response,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct DocQuery {
    doc: Option<String>,
}

/// `bytes` as a download named `file_name`.
pub(crate) fn attachment(bytes: Vec<u8>, mime: &str, file_name: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, mime.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file_name}\""),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// `GET /reports/{ISO3}/{CYCLE}/draft/report.{pdf,xlsx,xml,html,yaml}`: the
/// draft for clearance (stamped as a draft while it has errors).
pub(crate) async fn draft_file(
    State(app): State<Arc<App>>,
    signed: Signed,
    Path((state, cycle, file)): Path<(String, String, String)>,
    Query(query): Query<DocQuery>,
) -> Response {
    let (state, cycle) = match place(&signed, &state, &cycle) {
        Ok(place) => place,
        Err(response) => return response,
    };
    let lang = signed.lang;
    let target = match file.as_str() {
        "report.pdf" => Some(Target::Pdf),
        "report.xlsx" => Some(Target::Xlsx),
        "report.xml" => Some(Target::Xml),
        "report.docx" => Some(Target::Docx),
        "report.html" => Some(Target::Html),
        "report.yaml" => None,
        _ => return (StatusCode::NOT_FOUND, "no such file\n").into_response(),
    };
    let draft = {
        let state = state.clone();
        with_store(&app, move |store| store.draft(&state, cycle)).await
    };
    let draft = match draft {
        Ok(Some(draft)) => draft,
        Ok(None) => {
            return pages::message(lang, StatusCode::NOT_FOUND, "portal-no-draft-file", &[]);
        }
        Err(response) => return response,
    };
    let stem = format!("{state}-{cycle}-draft");
    let Some(target) = target else {
        return attachment(draft.content, "application/yaml", &format!("{stem}.yaml"));
    };
    // `?doc=fr+ar`: the languages asked for (a language the portal does not
    // speak is refused, named); without it, the page's language.
    let langs = match query.doc.as_deref().map(DocLangs::parse) {
        None => DocLangs::one(lang),
        Some(Ok(langs)) => langs,
        Some(Err(why)) => return (StatusCode::BAD_REQUEST, format!("{why}\n")).into_response(),
    };
    let rendered = blocking(move || {
        let text = load::decode(&draft.content).map_err(|e| e.message)?;
        render::render_draft("draft", &text, target, langs).map_err(|e| match e {
            DraftRenderError::Blocked => {
                poa_core::i18n::text(lang, "portal-cannot-render").to_owned()
            }
            DraftRenderError::Failed(e) => e.to_string(),
        })
    })
    .await;
    match rendered {
        Ok(Ok(bytes)) => {
            let (ext, mime) = target.file_type();
            attachment(bytes, mime, &format!("{stem}.{ext}"))
        }
        Ok(Err(problem)) => {
            (StatusCode::UNPROCESSABLE_ENTITY, format!("{problem}\n")).into_response()
        }
        Err(response) => response,
    }
}

/// `GET /reports/{ISO3}/{CYCLE}/versions/{N}`: a version exactly as submitted.
pub(crate) async fn version_file(
    State(app): State<Arc<App>>,
    signed: Signed,
    Path((state, cycle, version)): Path<(String, String, String)>,
) -> Response {
    let (state, cycle) = match place(&signed, &state, &cycle) {
        Ok(place) => place,
        Err(response) => return response,
    };
    let Ok(version) = version.parse::<i64>() else {
        return (StatusCode::NOT_FOUND, "no such version\n").into_response();
    };
    let email = signed.email().to_owned();
    let exported = {
        let state = state.clone();
        with_store(&app, move |store| {
            let bytes = match store.export(&state, cycle, Some(version)) {
                Ok(bytes) => bytes,
                Err(poa_store::StoreError::NoSuchVersion { .. }) => return Ok(None),
                Err(e) => return Err(e),
            };
            store.audit(
                &email,
                "exported",
                &format!("{state} {cycle}"),
                &format!("version {version}"),
            )?;
            Ok(Some(bytes))
        })
        .await
    };
    match exported {
        Ok(Some(bytes)) => attachment(
            bytes,
            "application/yaml",
            &format!("{state}-{cycle}-v{version}.yaml"),
        ),
        Ok(None) => (StatusCode::NOT_FOUND, "no such version\n").into_response(),
        Err(response) => response,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::state_code;

    #[test]
    fn paths_name_a_state_and_a_cycle_or_nothing() {
        assert_eq!(state_code("XAB").unwrap(), "XAB");
        assert!(state_code("xab").is_err());
        assert!(state_code("XAB'--").is_err());
        assert_eq!(cycle_number("2026").unwrap(), 2026);
        assert!(cycle_number("1999").is_err());
        assert!(cycle_number("20x6").is_err());
    }
}
