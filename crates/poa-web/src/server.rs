//! The form's server: routes, request checks (Host, access token, CSRF,
//! limits), pages and downloads, over the draft file ([`crate::draft`]) and
//! the page items ([`crate::form`]).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, LazyLock};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path as UrlPath, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use minijinja::{AutoEscape, Environment};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::access;
use crate::draft::{self, Draft, DraftError};
use crate::form;
use poa_core::i18n;
use poa_core::model::Lang;
use poa_formats::document::view::DocLangs;
use poa_formats::render;

/// Largest request body accepted (an uploaded workbook fits; 20 MiB does not).
pub(crate) const MAX_BODY: usize = 8 * 1024 * 1024;

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

/// How to serve.
#[derive(Debug, Clone)]
pub struct Options {
    pub path: PathBuf,
    /// 0: any free port.
    pub port: u16,
    /// Another address than 127.0.0.1: an access token is then required.
    pub listen: Option<IpAddr>,
    /// Host names clients use to reach the machine beyond its addresses
    /// (`--public-host`), accepted in the `Host` header.
    pub public_hosts: Vec<String>,
    pub lang: Lang,
    /// For a new file: the State and cycle of the skeleton.
    pub state: String,
    pub cycle: u16,
}

struct App {
    draft: Draft,
    token: String,
    hosts: Vec<String>,
    lang: Lang,
    /// Beyond loopback: the secret every client must present.
    access: Option<String>,
    port: u16,
}

/// Why the form could not be served.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The report file cannot be opened or made.
    #[error("{0}")]
    Report(String),
    /// The async runtime could not start.
    #[error("cannot start: {0}")]
    Runtime(std::io::Error),
    /// The address is taken or not this machine's.
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
    /// No random numbers for the tokens.
    #[error("no random source: {0}")]
    Random(getrandom::Error),
    /// The server stopped with an error.
    #[error("the server stopped: {0}")]
    Stopped(std::io::Error),
}

/// A random token for the page (CSRF).
fn token() -> Result<String, ServeError> {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes).map_err(ServeError::Random)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Starts the server and blocks; `ready` gets the URL to open once it
/// listens (beyond loopback, with the access token in it).
pub fn serve(options: Options, ready: impl FnOnce(&str)) -> Result<(), ServeError> {
    let draft = Draft::open(&options.path, &options.state, options.cycle)
        .map_err(|e| ServeError::Report(message(e)))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(ServeError::Runtime)?;
    runtime.block_on(async move {
        let ip = options.listen.unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
        let wanted = SocketAddr::new(ip, options.port);
        let listener = tokio::net::TcpListener::bind(wanted)
            .await
            .map_err(|source| ServeError::Listen {
                addr: wanted,
                source,
            })?;
        let addr = listener.local_addr().map_err(|source| ServeError::Listen {
            addr: wanted,
            source,
        })?;
        let hosts = access::host_names(addr, &options.public_hosts);
        let secret = if ip.is_loopback() {
            None
        } else {
            Some(token()?)
        };
        let url = match &secret {
            None => format!("http://{addr}/"),
            Some(secret) => format!(
                "http://{}/?access={secret}",
                access::host_for_link(addr, &options.public_hosts)
            ),
        };
        let app = Arc::new(App {
            draft,
            token: token()?,
            hosts,
            lang: options.lang,
            access: secret,
            port: addr.port(),
        });
        let router = Router::new()
            .route("/", get(|| async { Redirect::to("/page/report") }))
            .route("/page/{page}", get(page))
            .route("/assets/{name}", get(asset))
            .route("/api/state", get(state))
            .route("/api/set", post(set))
            .route("/api/list", post(list))
            .route("/api/upload", post(upload))
            .route("/download/{kind}", get(download))
            .layer(middleware::from_fn_with_state(app.clone(), guard))
            .layer(DefaultBodyLimit::max(MAX_BODY))
            .with_state(app);
        ready(&url);
        axum::serve(listener, router)
            .await
            .map_err(ServeError::Stopped)
    })
}

fn message(e: DraftError) -> String {
    match e {
        DraftError::Stale => "the file changed on disk".into(),
        DraftError::Malformed {
            line,
            column,
            message,
            ..
        } => format!("{line}:{column}: {message}"),
        DraftError::Io(m) | DraftError::Invalid(m) => m,
    }
}

/// Runs slow work (reading, parsing, writing with fsync, validating,
/// importing, rendering) on tokio's blocking pool.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Response> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| (StatusCode::INTERNAL_SERVER_ERROR, format!("{e}\n")).into_response())
}

/// Host check, access token, CSRF token, and the headers every response
/// carries (refusals included).
async fn guard(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let mut response = match refusal(&app, &request) {
        Some(response) => response,
        None => next.run(request).await,
    };
    secure_headers(response.headers_mut());
    response
}

/// The headers every answer of this program's servers carries: scripts and
/// styles from its own assets only, no framing, no sniffing, no referrer,
/// no caching.
pub fn secure_headers(headers: &mut HeaderMap) {
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
        ),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
}

/// The answer to a request that may not go on, if it may not.
fn refusal(app: &App, request: &Request) -> Option<Response> {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    if !app.hosts.iter().any(|h| h.eq_ignore_ascii_case(host)) {
        return Some(
            (
                StatusCode::MISDIRECTED_REQUEST,
                format!(
                    "this server answers only to http://{}/ (Host `{host}` refused)\n",
                    app.hosts[0]
                ),
            )
                .into_response(),
        );
    }
    if let Some(secret) = &app.access {
        match access::check(request, secret, app.port) {
            access::Verdict::Allowed => {}
            access::Verdict::Refused => {
                return Some((StatusCode::UNAUTHORIZED, access::REFUSED).into_response());
            }
            access::Verdict::FirstVisit(response) => return Some(response),
        }
    }
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        let sent = request
            .headers()
            .get("x-csrf-token")
            .and_then(|h| h.to_str().ok());
        if !sent.is_some_and(|sent| access::same_secret(sent, &app.token)) {
            return Some(
                (
                    StatusCode::FORBIDDEN,
                    "missing or wrong form token: reload the page\n",
                )
                    .into_response(),
            );
        }
    }
    None
}

#[derive(Deserialize)]
struct LangQuery {
    lang: Option<String>,
}

fn ui_lang(app: &App, query: &LangQuery) -> Lang {
    match query.lang.as_deref() {
        Some("ar") => Lang::Ar,
        Some("en") => Lang::En,
        _ => app.lang,
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

async fn page(
    State(app): State<Arc<App>>,
    UrlPath(page): UrlPath<String>,
    Query(query): Query<LangQuery>,
) -> Response {
    let lang = ui_lang(&app, &query);
    let Some(page) = draft::pages().into_iter().find(|p| *p == page) else {
        return (StatusCode::NOT_FOUND, "no such page\n").into_response();
    };
    blocking(move || form_page(&app, page, lang))
        .await
        .unwrap_or_else(|e| e)
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

/// A page built from the file: the form, or, when the file on disk cannot
/// be read as YAML, a page saying where it breaks and how to go on.
fn form_page(app: &App, page: &'static str, lang: Lang) -> Response {
    let (value, snapshot) = match app.draft.load(lang) {
        Ok(loaded) => loaded,
        Err(e @ DraftError::Malformed { .. }) => {
            let context = json!({
                "lang": lang.code(),
                "dir": if lang == Lang::Ar { "rtl" } else { "ltr" },
                "title": i18n::text(lang, "form-title"),
                "file": app.draft.path.display().to_string(),
                "problem": malformed_text(&e, lang),
                "way_out": i18n::text(lang, "form-malformed-way-out"),
                "reload": i18n::text(lang, "form-reload"),
                "page": page,
                "other_lang": if lang == Lang::Ar { "en" } else { "ar" },
                "other_lang_name": if lang == Lang::Ar { "English" } else { "العربية" },
            });
            return match render_template("form_error.html", &context) {
                Ok(html) => (
                    StatusCode::UNPROCESSABLE_ENTITY,
                    [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                    html,
                )
                    .into_response(),
                Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e).into_response(),
            };
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
    let words: std::collections::BTreeMap<&str, &str> = WORDS
        .iter()
        .map(|k| (*k, i18n::text(lang, &format!("form-{k}"))))
        .collect();
    let context = json!({
        "lang": lang.code(),
        "other_lang": if lang == Lang::Ar { "en" } else { "ar" },
        "other_lang_name": if lang == Lang::Ar { "English" } else { "العربية" },
        "dir": if lang == Lang::Ar { "rtl" } else { "ltr" },
        "page": page,
        "title": form::page_title(page, lang),
        "file": app.draft.path.display().to_string(),
        "token": app.token,
        "version": snapshot.version,
        "contents": contents,
        "items": form::page_items(page, &value, lang),
        "words": words,
        "snapshot": serde_json::to_string(&snapshot).unwrap_or_default(),
    });
    match render_template("form.html", &context) {
        Ok(html) => ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e).into_response(),
    }
}

fn render_template(name: &str, context: &Value) -> Result<String, String> {
    ENVIRONMENT
        .as_ref()
        .map_err(Clone::clone)
        .and_then(|env| env.get_template(name).map_err(|e| e.to_string()))
        .and_then(|t| t.render(context).map_err(|e| e.to_string()))
}

async fn asset(UrlPath(name): UrlPath<String>) -> Response {
    match name.as_str() {
        "form.css" => ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], CSS).into_response(),
        "form.js" => (
            [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
            JS,
        )
            .into_response(),
        _ => (StatusCode::NOT_FOUND, "no such file\n").into_response(),
    }
}

async fn state(State(app): State<Arc<App>>, Query(query): Query<LangQuery>) -> Response {
    let lang = ui_lang(&app, &query);
    blocking(move || match app.draft.snapshot(lang) {
        Ok(s) => axum::Json(s).into_response(),
        Err(e) => error_response(e, lang),
    })
    .await
    .unwrap_or_else(|e| e)
}

#[derive(Deserialize)]
struct SetRequest {
    version: String,
    pointer: String,
    #[serde(default)]
    value: Value,
    /// For one language of a free text: its code, with `value` the text.
    #[serde(default)]
    text_lang: Option<String>,
    #[serde(default)]
    ui: Option<String>,
}

fn request_lang(app: &App, ui: &Option<String>) -> Lang {
    ui_lang(app, &LangQuery { lang: ui.clone() })
}

/// Makes a change (the draft takes its own write lock) on the blocking pool
/// and answers with the new snapshot.
async fn changed(
    app: Arc<App>,
    version: String,
    lang: Lang,
    change: impl FnOnce(&mut Value) -> Result<(), DraftError> + Send + 'static,
) -> Response {
    blocking(move || match app.draft.change(&version, lang, change) {
        Ok(s) => axum::Json(s).into_response(),
        Err(e) => error_response(e, lang),
    })
    .await
    .unwrap_or_else(|e| e)
}

async fn set(State(app): State<Arc<App>>, axum::Json(request): axum::Json<SetRequest>) -> Response {
    let lang = request_lang(&app, &request.ui);
    let version = request.version.clone();
    changed(app, version, lang, move |value| match &request.text_lang {
        Some(code) => {
            let first = form::languages(value)
                .first()
                .map_or("en", |l| l.code())
                .to_owned();
            let text = request.value.as_str().unwrap_or("");
            draft::set_text(value, &request.pointer, code, text, &first)
        }
        None => draft::set(value, &request.pointer, request.value),
    })
    .await
}

#[derive(Deserialize)]
struct ListRequest {
    version: String,
    pointer: String,
    op: String,
    #[serde(default)]
    index: usize,
    #[serde(default)]
    ui: Option<String>,
}

async fn list(
    State(app): State<Arc<App>>,
    axum::Json(request): axum::Json<ListRequest>,
) -> Response {
    let lang = request_lang(&app, &request.ui);
    let version = request.version.clone();
    changed(app, version, lang, move |value| {
        draft::list_op(value, &request.pointer, &request.op, request.index)
    })
    .await
}

/// Replaces the report with an uploaded workbook or XML file (the page asks first).
async fn upload(
    State(app): State<Arc<App>>,
    Query(query): Query<LangQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = ui_lang(&app, &query);
    let text_header = |name: &str| {
        headers
            .get(name)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("")
            .to_owned()
    };
    // The name travels percent-encoded (`encodeURIComponent`), so any
    // Unicode name, Arabic included, arrives whole.
    let name = percent_decode(&text_header("x-file-name")).to_lowercase();
    let version = text_header("x-version");
    let imported = blocking(move || {
        let report = if name.ends_with(".xlsx") {
            poa_formats::xlsx::reader::import(&body).map_err(|e| e.to_string())
        } else if name.ends_with(".xml") {
            match std::str::from_utf8(&body) {
                Ok(text) => poa_formats::xml::reader::import(text).map_err(|e| e.to_string()),
                Err(_) => Err("the XML file is not UTF-8 text".to_owned()),
            }
        } else {
            Err(i18n::text(lang, "form-upload-kinds").to_owned())
        }?;
        serde_json::to_value(&report).map_err(|e| format!("cannot convert the report: {e}"))
    })
    .await;
    let new = match imported {
        Ok(Ok(value)) => value,
        Ok(Err(e)) => return error_response(DraftError::Invalid(e), lang),
        Err(response) => return response,
    };
    changed(app, version, lang, move |value| {
        *value = new;
        Ok(())
    })
    .await
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

#[derive(Deserialize)]
struct DownloadQuery {
    /// Document languages: `en`, `ar` or `en+ar`.
    doc: Option<String>,
    lang: Option<String>,
}

async fn download(
    State(app): State<Arc<App>>,
    UrlPath(kind): UrlPath<String>,
    Query(query): Query<DownloadQuery>,
) -> Response {
    let lang = ui_lang(
        &app,
        &LangQuery {
            lang: query.lang.clone(),
        },
    );
    let target = match kind.as_str() {
        "pdf" => render::Target::Pdf,
        "html" => render::Target::Html,
        "xlsx" => render::Target::Xlsx,
        "xml" => render::Target::Xml,
        _ => return (StatusCode::NOT_FOUND, "no such download\n").into_response(),
    };
    let langs = match query.doc.as_deref() {
        Some("ar") => DocLangs::Ar,
        Some("en+ar") | Some("en ar") => DocLangs::Both,
        _ => DocLangs::En,
    };
    let text = {
        let app = app.clone();
        blocking(move || app.draft.read()).await
    };
    let text = match text {
        Ok(Ok((text, _))) => text,
        Ok(Err(e)) => return error_response(e, lang),
        Err(response) => return response,
    };
    // Validating and rendering (a PDF takes a fraction of a second of CPU):
    // off the async workers. The form always renders what it can.
    let name = app.draft.path.display().to_string();
    let rendered =
        tokio::task::spawn_blocking(move || render::render_draft(&name, &text, target, langs))
            .await;
    match rendered {
        Ok(Ok(bytes)) => {
            let (ext, mime) = target.file_type();
            let stem = app
                .draft
                .path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "report".into())
                .replace(
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
        Ok(Err(render::DraftRenderError::Blocked)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            i18n::text(lang, "form-cannot-render").to_owned(),
        )
            .into_response(),
        Ok(Err(e)) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}
