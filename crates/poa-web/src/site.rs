//! The form's answers to its requests, whoever serves it: `serve` over a
//! file, the portal over a State's draft in the store. Each function takes
//! the [`Draft`], the language and the [`Site`] (where the form's URLs
//! start, the page's CSRF token) and does the slow work itself, so callers
//! run it on a blocking thread; the request checks stay with each server.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use minijinja::{AutoEscape, Environment};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::draft::{self, Draft, DraftError};
use crate::form;
use poa_core::i18n;
use poa_core::model::Lang;
use poa_formats::document::view::DocLangs;
use poa_formats::render;

const TEMPLATE: &str = include_str!("../../../templates/form.html");
const ERROR_TEMPLATE: &str = include_str!("../../../templates/form_error.html");
const CSS: &str = include_str!("../../../assets/form.css");
const JS: &str = include_str!("../../../assets/form.js");

static ENVIRONMENT: LazyLock<Result<Environment<'static>, String>> = LazyLock::new(|| {
    let mut env = Environment::new();
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    env.add_template("form.html", TEMPLATE)
        .map_err(|e| format!("template: {e}"))?;
    env.add_template("form_error.html", ERROR_TEMPLATE)
        .map_err(|e| format!("template: {e}"))?;
    Ok(env)
});

/// Where the form is served.
#[derive(Debug, Clone)]
pub struct Site {
    /// What the form's URLs start with: empty for `serve`
    /// (`/page/report`), `/reports/XAB/2026/form` in the portal.
    pub base: String,
    /// The token every change must carry in `X-CSRF-Token`.
    pub token: String,
    /// Links beside the downloads (the portal's way back), as (text, URL).
    pub back: Option<(String, String)>,
    /// The State and cycle an uploaded report must be of (the portal's
    /// drafts); any, under `serve`.
    pub report: Option<(String, u16)>,
}

/// The form's pages: the cover, contacts, then the template's sections.
pub fn pages() -> Vec<&'static str> {
    draft::pages()
}

/// The words of a [`DraftError`] for a log or a message.
pub fn message(e: DraftError) -> String {
    match e {
        DraftError::Stale => "the report changed since it was read".into(),
        DraftError::Malformed {
            line,
            column,
            message,
            ..
        } => format!("{line}:{column}: {message}"),
        DraftError::Io(m) | DraftError::Invalid(m) => m,
    }
}

fn error_response(e: DraftError, lang: Lang) -> Response {
    match e {
        DraftError::Malformed { .. } => (
            StatusCode::UNPROCESSABLE_ENTITY,
            axum::Json(json!({ "error": malformed_text(&e, lang) })),
        )
            .into_response(),
        DraftError::Stale => (
            StatusCode::CONFLICT,
            axum::Json(json!({ "conflict": i18n::text(lang, "form-conflict") })),
        )
            .into_response(),
        DraftError::Invalid(m) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            axum::Json(json!({ "error": m })),
        )
            .into_response(),
        DraftError::Io(m) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            axum::Json(json!({ "error": m })),
        )
            .into_response(),
    }
}

/// The words the page and its script use.
const WORDS: &[&str] = &[
    "title",
    "contents",
    "findings",
    "no-findings",
    "saved",
    "saving",
    "conflict",
    "reload",
    "download",
    "upload",
    "upload-confirm",
    "add",
    "remove",
    "up",
    "down",
    "language",
    "state-complete",
    "state-findings",
    "state-unanswered",
    "choose",
    "help",
    "file",
    "skip",
];

#[derive(Serialize)]
struct PageLink {
    key: &'static str,
    title: String,
    state: &'static str,
    current: bool,
}

/// The words of the malformed-file message, with where the file breaks.
fn malformed_text(e: &DraftError, lang: Lang) -> String {
    let DraftError::Malformed {
        id,
        line,
        column,
        message,
    } = e
    else {
        return String::new();
    };
    poa_core::i18n::fill(
        i18n::text(lang, "form-malformed"),
        &[
            ("line", line.to_string()),
            ("column", column.to_string()),
            (
                "problem",
                poa_core::load::localized_load_error(id, message, lang),
            ),
        ],
    )
}

fn html(status: StatusCode, name: &str, context: &Value) -> Response {
    let rendered = ENVIRONMENT
        .as_ref()
        .map_err(Clone::clone)
        .and_then(|env| env.get_template(name).map_err(|e| e.to_string()))
        .and_then(|t| t.render(context).map_err(|e| e.to_string()));
    match rendered {
        Ok(html) => (
            status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            html,
        )
            .into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e).into_response(),
    }
}

/// `GET {base}/page/{page}`: a page built from the report, or, when the
/// report cannot be read as YAML, a page saying where it breaks and how to
/// go on.
pub fn page(draft: &Draft, page: &str, lang: Lang, site: &Site) -> Response {
    let Some(page) = draft::pages().into_iter().find(|p| *p == page) else {
        return (StatusCode::NOT_FOUND, "no such page\n").into_response();
    };
    let common = json!({
        "lang": lang.code(),
        "dir": poa_core::i18n::direction(lang),
        "other_langs": poa_core::i18n::switch_to(lang),
        // Russian and Chinese: the questions read in English for now, said on the page.
        "questions_pending": (!poa_core::i18n::questions_translated(lang))
            .then(|| i18n::text(lang, "doc-questions_pending")),
        "file": draft.name(),
        "page": page,
        "base": site.base,
        "back": site.back,
    });
    let (value, snapshot) = match draft.load(lang) {
        Ok(loaded) => loaded,
        Err(e @ DraftError::Malformed { .. }) => {
            let mut context = json!({
                "title": i18n::text(lang, "form-title"),
                "problem": malformed_text(&e, lang),
                "way_out": i18n::text(lang, "form-malformed-way-out"),
                "reload": i18n::text(lang, "form-reload"),
            });
            merge(&mut context, common);
            return html(
                StatusCode::UNPROCESSABLE_ENTITY,
                "form_error.html",
                &context,
            );
        }
        Err(e) => return error_response(e, lang),
    };
    let contents: Vec<PageLink> = snapshot
        .pages
        .iter()
        .filter_map(|(key, state)| {
            let key = draft::pages().into_iter().find(|p| p == key)?;
            Some(PageLink {
                key,
                title: form::page_title(key, lang),
                state,
                current: key == page,
            })
        })
        .collect();
    let words: BTreeMap<&str, &str> = WORDS
        .iter()
        .map(|k| (*k, i18n::text(lang, &format!("form-{k}"))))
        .collect();
    let mut context = json!({
        "title": form::page_title(page, lang),
        "token": site.token,
        "version": snapshot.version,
        "contents": contents,
        "items": form::page_items(page, &value, lang),
        "documents": DocLangs::menu(&form::languages(&value)),
        "words": words,
        "snapshot": serde_json::to_string(&snapshot).unwrap_or_default(),
    });
    merge(&mut context, common);
    html(StatusCode::OK, "form.html", &context)
}

fn merge(context: &mut Value, common: Value) {
    if let (Value::Object(context), Value::Object(common)) = (context, common) {
        context.extend(common);
    }
}

/// `GET /assets/{name}`: the form's stylesheet and script.
pub fn asset(name: &str) -> Response {
    match name {
        "form.css" => ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], CSS).into_response(),
        "form.js" => (
            [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
            JS,
        )
            .into_response(),
        _ => (StatusCode::NOT_FOUND, "no such file\n").into_response(),
    }
}

/// `GET {base}/api/state`: the findings of the report as it is.
pub fn state(draft: &Draft, lang: Lang) -> Response {
    match draft.snapshot(lang) {
        Ok(s) => axum::Json(s).into_response(),
        Err(e) => error_response(e, lang),
    }
}

/// A change of one value (`POST {base}/api/set`).
#[derive(Debug, Deserialize)]
pub struct SetRequest {
    version: String,
    pointer: String,
    #[serde(default)]
    value: Value,
    /// For one language of a free text: its code, with `value` the text.
    #[serde(default)]
    text_lang: Option<String>,
    #[serde(default)]
    pub ui: Option<String>,
}

/// A change of a list (`POST {base}/api/list`).
#[derive(Debug, Deserialize)]
pub struct ListRequest {
    version: String,
    pointer: String,
    op: String,
    #[serde(default)]
    index: usize,
    #[serde(default)]
    pub ui: Option<String>,
}

/// Makes a change and answers with the new snapshot.
fn changed(
    draft: &Draft,
    site: &Site,
    version: &str,
    lang: Lang,
    change: impl FnOnce(&mut Value) -> Result<(), DraftError>,
) -> Response {
    let pinned = site.report.clone();
    let outcome = draft.change(version, lang, |value| {
        change(value)?;
        match pinned {
            Some((state, cycle)) => keeps_report(value, &state, cycle, lang),
            None => Ok(()),
        }
    });
    match outcome {
        Ok(s) => axum::Json(s).into_response(),
        Err(e) => error_response(e, lang),
    }
}

/// Refuses a change that would make the draft another State's or another
/// cycle's report (the portal files drafts by both: a draft that named
/// another State would be submitted as that State's).
fn keeps_report(value: &Value, state: &str, cycle: u16, lang: Lang) -> Result<(), DraftError> {
    let found_state = value.pointer("/state/iso3").and_then(Value::as_str);
    let found_cycle = value.pointer("/cycle").and_then(Value::as_u64);
    if found_state == Some(state) && found_cycle == Some(u64::from(cycle)) {
        return Ok(());
    }
    Err(DraftError::Invalid(i18n::fill(
        i18n::text(lang, "portal-upload-other-report"),
        &[
            (
                "found",
                format!(
                    "{} {}",
                    found_state.unwrap_or("?"),
                    found_cycle.map_or("?".to_owned(), |c| c.to_string())
                ),
            ),
            ("expected", format!("{state} {cycle}")),
        ],
    )))
}

/// `POST {base}/api/set`.
pub fn set(draft: &Draft, site: &Site, request: SetRequest, lang: Lang) -> Response {
    changed(
        draft,
        site,
        &request.version,
        lang,
        |value| match &request.text_lang {
            Some(code) => {
                let first = form::languages(value)
                    .first()
                    .map_or("en", |l| l.code())
                    .to_owned();
                let text = request.value.as_str().unwrap_or("");
                draft::set_text(value, &request.pointer, code, text, &first)
            }
            None => draft::set(value, &request.pointer, request.value.clone()),
        },
    )
}

/// `POST {base}/api/list`.
pub fn list(draft: &Draft, site: &Site, request: ListRequest, lang: Lang) -> Response {
    changed(draft, site, &request.version, lang, |value| {
        draft::list_op(value, &request.pointer, &request.op, request.index)
    })
}

/// `POST {base}/api/upload`: the report replaced by an uploaded workbook or
/// XML file (the page asks first). `name` travels percent-encoded
/// (`encodeURIComponent`), so any Unicode name, Arabic included, arrives whole.
pub fn upload(
    draft: &Draft,
    site: &Site,
    name: &str,
    version: &str,
    body: &[u8],
    lang: Lang,
) -> Response {
    let name = percent_decode(name).to_lowercase();
    let report = if name.ends_with(".xlsx") {
        poa_formats::xlsx::reader::import(body).map_err(|e| e.to_string())
    } else if name.ends_with(".xml") {
        match std::str::from_utf8(body) {
            Ok(text) => poa_formats::xml::reader::import(text).map_err(|e| e.to_string()),
            Err(_) => Err("the XML file is not UTF-8 text".to_owned()),
        }
    } else {
        Err(i18n::text(lang, "form-upload-kinds").to_owned())
    };
    let new = match report.and_then(|r| {
        serde_json::to_value(&r).map_err(|e| format!("cannot convert the report: {e}"))
    }) {
        Ok(value) => value,
        Err(e) => return error_response(DraftError::Invalid(e), lang),
    };
    changed(draft, site, version, lang, move |value| {
        *value = new;
        Ok(())
    })
}

/// `%XX` escapes decoded as UTF-8 (invalid sequences replaced).
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `GET {base}/download/{kind}?doc=en|ar|en+ar`: the report rendered as
/// `render` renders it (rule errors make a draft, stamped); `stem` names
/// the file.
pub fn download(draft: &Draft, kind: &str, doc: Option<&str>, lang: Lang, stem: &str) -> Response {
    let target = match kind {
        "pdf" => render::Target::Pdf,
        "html" => render::Target::Html,
        "xlsx" => render::Target::Xlsx,
        "xml" => render::Target::Xml,
        "docx" => render::Target::Docx,
        _ => return (StatusCode::NOT_FOUND, "no such download\n").into_response(),
    };
    // `?doc=fr+ar`: the languages asked for (a language the program does
    // not speak is refused, named); else the page's own.
    let langs = match doc.map(DocLangs::parse) {
        None => DocLangs::one(lang),
        Some(Ok(langs)) => langs,
        Some(Err(why)) => return (StatusCode::BAD_REQUEST, format!("{why}\n")).into_response(),
    };
    let text = match draft.read() {
        Ok((text, _)) => text,
        Err(e) => return error_response(e, lang),
    };
    match render::render_draft(&draft.name(), &text, target, langs) {
        Ok(bytes) => {
            let (ext, mime) = target.file_type();
            let stem = stem.replace(
                |c: char| !c.is_ascii_alphanumeric() && c != '-' && c != '_',
                "_",
            );
            (
                [
                    (header::CONTENT_TYPE, mime.to_owned()),
                    (
                        header::CONTENT_DISPOSITION,
                        format!("attachment; filename=\"{stem}.{ext}\""),
                    ),
                ],
                bytes,
            )
                .into_response()
        }
        Err(render::DraftRenderError::Blocked) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            i18n::text(lang, "form-cannot-render").to_owned(),
        )
            .into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}
