//! The portal's server: its options, its routes, and the checks every
//! request passes before a handler sees it (Host, body limit, the headers
//! every answer carries). Sessions, the State check and CSRF tokens are in
//! [`crate::session`].

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use crate::app::App;
use crate::pool::StorePool;
use crate::{changes, form, login, receipts, regions, reports, secretariat, session};
use poa_core::model::Lang;
use poa_store::StoreError;

/// Largest request body accepted (an uploaded workbook fits; 20 MiB does not).
pub(crate) const MAX_BODY: usize = 8 * 1024 * 1024;

/// How to run the portal.
#[derive(Debug, Clone)]
pub struct Options {
    /// The store: a path, `sqlite:PATH`.
    pub store: String,
    /// 0: any free port.
    pub port: u16,
    /// Another address than 127.0.0.1 (behind a reverse proxy, usually not needed).
    pub listen: Option<IpAddr>,
    /// The address people reach the portal at (`https://…` behind a TLS
    /// proxy): its host is accepted in the `Host` header, and with `https`
    /// cookies are marked `Secure`.
    pub public_url: Option<String>,
    /// Take the client's address from `X-Forwarded-For` (set by the proxy)
    /// to count sign-in failures per address.
    pub behind_proxy: bool,
    /// The pages' language until a person chooses.
    pub lang: Lang,
}

/// Why the portal could not run.
#[derive(Debug, thiserror::Error)]
pub enum PortalError {
    /// The store cannot be opened.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// `--public-url` is not an http(s) URL.
    #[error("--public-url {0}: give the address people open, such as https://portal.example.org")]
    PublicUrl(String),
    /// The async runtime could not start.
    #[error("cannot start: {0}")]
    Runtime(std::io::Error),
    /// The address is taken or not this machine's.
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
    /// The server stopped with an error.
    #[error("the server stopped: {0}")]
    Stopped(std::io::Error),
}

/// The host (and port) of `--public-url`, and whether it is `https`.
fn public_host(url: &str) -> Result<(String, bool), PortalError> {
    let (secure, rest) = if let Some(rest) = url.strip_prefix("https://") {
        (true, rest)
    } else if let Some(rest) = url.strip_prefix("http://") {
        (false, rest)
    } else {
        return Err(PortalError::PublicUrl(url.to_owned()));
    };
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty() || host.contains('@') {
        return Err(PortalError::PublicUrl(url.to_owned()));
    }
    Ok((host.to_ascii_lowercase(), secure))
}

/// Starts the portal and blocks; `ready` gets the URL once it listens.
pub fn serve(options: Options, ready: impl FnOnce(&str)) -> Result<(), PortalError> {
    let public = options.public_url.as_deref().map(public_host).transpose()?;
    let store = StorePool::open(&options.store)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(PortalError::Runtime)?;
    runtime.block_on(async move {
        let ip = options.listen.unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
        let wanted = SocketAddr::new(ip, options.port);
        let listen_error = |source| PortalError::Listen {
            addr: wanted,
            source,
        };
        let listener = tokio::net::TcpListener::bind(wanted)
            .await
            .map_err(listen_error)?;
        let addr = listener.local_addr().map_err(listen_error)?;
        let mut hosts = poa_web::host_names(addr, &[]);
        if let Some((host, _)) = &public {
            hosts.push(host.clone());
        }
        let url = match &options.public_url {
            Some(url) => url.trim_end_matches('/').to_owned(),
            None => format!("http://{}", hosts[0]),
        };
        let app = Arc::new(App {
            store,
            hosts,
            secure_cookies: public.as_ref().is_some_and(|(_, secure)| *secure),
            behind_proxy: options.behind_proxy,
            lang: options.lang,
        });
        ready(&format!("{url}/"));
        axum::serve(
            listener,
            router(app).into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        .map_err(PortalError::Stopped)
    })
}

fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/", get(login::home))
        .route("/login", get(login::page).post(login::sign_in))
        .route("/logout", post(login::sign_out))
        .route(
            "/set-password/{token}",
            get(login::password_page).post(login::set_password),
        )
        .route("/assets/{name}", get(asset))
        .route("/reports/{state}", get(reports::state_page))
        .route("/reports/{state}/changes", get(changes::changes))
        .route("/reports/{state}/{cycle}", get(reports::report_page))
        .route("/reports/{state}/{cycle}/start", post(reports::start))
        .route("/reports/{state}/{cycle}/upload", post(reports::upload))
        .route("/reports/{state}/{cycle}/submit", post(reports::submit))
        .route(
            "/reports/{state}/{cycle}/draft/{file}",
            get(reports::draft_file),
        )
        .route("/reports/{state}/{cycle}/form", get(form::start))
        .route("/reports/{state}/{cycle}/form/page/{page}", get(form::page))
        .route(
            "/reports/{state}/{cycle}/form/download/{kind}",
            get(form::download),
        )
        .route("/reports/{state}/{cycle}/form/api/set", post(form::set))
        .route("/reports/{state}/{cycle}/form/api/list", post(form::list))
        .route(
            "/reports/{state}/{cycle}/form/api/upload",
            post(form::upload),
        )
        .route(
            "/reports/{state}/{cycle}/versions/{version}",
            get(reports::version_file),
        )
        .route("/receipts/{file}", get(receipts::receipt))
        .route("/secretariat", get(secretariat::overview))
        .route("/secretariat/audit", get(secretariat::audit))
        .route("/secretariat/regions", get(regions::list))
        .route("/secretariat/regions/{region}", get(regions::analysis))
        .fallback(|| async { (StatusCode::NOT_FOUND, "no such page\n") })
        .layer(middleware::from_fn_with_state(app.clone(), guard))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(app)
}

const CSS: &str = include_str!("../../../assets/portal.css");

/// The portal's stylesheet, and the form's stylesheet and script.
async fn asset(axum::extract::Path(name): axum::extract::Path<String>) -> Response {
    match name.as_str() {
        "portal.css" => ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], CSS).into_response(),
        _ => poa_web::site::asset(&name),
    }
}

/// The Host check, the language a link chose (kept in a cookie), and the
/// headers every answer carries.
async fn guard(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let chosen = session::lang_in_query(request.uri().query());
    let mut response = if app.hosts.iter().any(|h| h.eq_ignore_ascii_case(&host)) {
        next.run(request).await
    } else {
        (
            StatusCode::MISDIRECTED_REQUEST,
            format!(
                "this portal answers only to http://{}/ or its --public-url\n",
                app.hosts[0]
            ),
        )
            .into_response()
    };
    if let Some(lang) = chosen {
        session::remember_lang(&app, response.headers_mut(), lang);
    }
    // A page that needs its own policy (the regional analysis, with its
    // inline styles) keeps it; every other answer gets the strict one.
    let own_policy = response
        .headers()
        .get(header::CONTENT_SECURITY_POLICY)
        .cloned();
    poa_web::secure_headers(response.headers_mut());
    if let Some(policy) = own_policy {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_public_url_gives_the_host_and_whether_cookies_are_secure() {
        assert_eq!(
            public_host("https://Portal.Example.org/").unwrap(),
            ("portal.example.org".to_owned(), true)
        );
        assert_eq!(
            public_host("http://10.0.0.5:8480").unwrap(),
            ("10.0.0.5:8480".to_owned(), false)
        );
        assert!(public_host("portal.example.org").is_err());
        assert!(public_host("https://user@evil.example").is_err());
    }
}
