//! The form's server: routes, request checks (Host, access token, CSRF,
//! limits), pages and downloads, over the draft file ([`crate::draft`]) and
//! the page items ([`crate::form`]).

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path as UrlPath, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use crate::access;
use crate::draft::Draft;
use crate::site::{self, ListRequest, SetRequest, Site};
use poa_core::model::Lang;

/// Largest request body accepted (an uploaded workbook fits; 20 MiB does not).
pub(crate) const MAX_BODY: usize = 8 * 1024 * 1024;

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
    /// The report file (its name names the downloads).
    path: PathBuf,
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
        .map_err(|e| ServeError::Report(site::message(e)))?;
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
            path: options.path.clone(),
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
    code_lang(app, query.lang.as_deref())
}

fn code_lang(app: &App, code: Option<&str>) -> Lang {
    code.and_then(poa_core::i18n::available).unwrap_or(app.lang)
}

/// The form as `serve` shows it: its URLs at the root, the server's token.
fn form_site(app: &App) -> Site {
    Site {
        base: String::new(),
        token: app.token.clone(),
        back: None,
        report: None,
    }
}

async fn page(
    State(app): State<Arc<App>>,
    UrlPath(page): UrlPath<String>,
    Query(query): Query<LangQuery>,
) -> Response {
    let lang = ui_lang(&app, &query);
    blocking(move || site::page(&app.draft, &page, lang, &form_site(&app)))
        .await
        .unwrap_or_else(|e| e)
}

async fn asset(UrlPath(name): UrlPath<String>) -> Response {
    site::asset(&name)
}

async fn state(State(app): State<Arc<App>>, Query(query): Query<LangQuery>) -> Response {
    let lang = ui_lang(&app, &query);
    blocking(move || site::state(&app.draft, lang))
        .await
        .unwrap_or_else(|e| e)
}

async fn set(State(app): State<Arc<App>>, axum::Json(request): axum::Json<SetRequest>) -> Response {
    let lang = code_lang(&app, request.ui.as_deref());
    blocking(move || site::set(&app.draft, &form_site(&app), request, lang))
        .await
        .unwrap_or_else(|e| e)
}

async fn list(
    State(app): State<Arc<App>>,
    axum::Json(request): axum::Json<ListRequest>,
) -> Response {
    let lang = code_lang(&app, request.ui.as_deref());
    blocking(move || site::list(&app.draft, &form_site(&app), request, lang))
        .await
        .unwrap_or_else(|e| e)
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
    let (name, version) = (text_header("x-file-name"), text_header("x-version"));
    blocking(move || site::upload(&app.draft, &form_site(&app), &name, &version, &body, lang))
        .await
        .unwrap_or_else(|e| e)
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
    let lang = code_lang(&app, query.lang.as_deref());
    // Validating and rendering (a PDF takes a fraction of a second of CPU):
    // off the async workers.
    blocking(move || {
        let stem = app
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "report".into());
        site::download(&app.draft, &kind, query.doc.as_deref(), lang, &stem)
    })
    .await
    .unwrap_or_else(|e| e)
}
