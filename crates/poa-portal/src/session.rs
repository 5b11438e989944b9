//! Who is asking: the session cookie opens a [`Signed`] account (or sends
//! the visitor to sign in), which says which States it may see and checks
//! the CSRF token of every state-changing request. The sign-in form, used
//! before there is a session, has a token of its own in a cookie (the form
//! sends it back; a page on another site can read neither).

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use crate::app::{App, with_store};
use poa_core::model::Lang;
use poa_store::{Role, Session};

pub(crate) const SESSION_COOKIE: &str = "poa-portal-session";
pub(crate) const LOGIN_COOKIE: &str = "poa-portal-login";
const LANG_COOKIE: &str = "poa-portal-lang";

/// The value of cookie `name`, if the request carries it.
pub(crate) fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

/// A `Set-Cookie` value: `HttpOnly` unless `script` needs it, always
/// `SameSite=Strict`, `Secure` behind TLS; `max_age` 0 removes it.
pub(crate) fn set_cookie(app: &App, name: &str, value: &str, max_age: i64) -> HeaderValue {
    let secure = if app.secure_cookies { "; Secure" } else { "" };
    let text =
        format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}");
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// `en` or `ar` from a `lang=` query parameter.
pub(crate) fn lang_in_query(query: Option<&str>) -> Option<Lang> {
    query?
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == "lang")
        .and_then(|(_, value)| poa_core::i18n::available(value))
}

/// Keeps the language a link chose for the pages that follow.
pub(crate) fn remember_lang(app: &App, headers: &mut HeaderMap, lang: Lang) {
    headers.append(
        header::SET_COOKIE,
        set_cookie(app, LANG_COOKIE, lang.code(), 365 * 24 * 3600),
    );
}

/// The pages' language: the link's, else the one chosen before, else the portal's.
pub(crate) fn ui_lang(app: &App, parts: &Parts) -> Lang {
    lang_in_query(parts.uri.query())
        .or_else(|| {
            cookie(&parts.headers, LANG_COOKIE)
                .as_deref()
                .and_then(poa_core::i18n::available)
        })
        .unwrap_or(app.lang)
}

/// The address a request came from (the proxy's `X-Forwarded-For` when
/// the portal runs behind one).
pub(crate) fn client_address(app: &App, parts: &Parts) -> String {
    if app.behind_proxy
        && let Some(forwarded) = parts
            .headers
            .get("x-forwarded-for")
            .and_then(|h| h.to_str().ok())
            .and_then(|h| h.rsplit(',').next())
    {
        return forwarded.trim().chars().take(64).collect();
    }
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map_or_else(|| "unknown".to_owned(), |info| info.0.ip().to_string())
}

/// The visitor's language, signed in or not.
pub(crate) struct Visitor {
    pub lang: Lang,
    pub address: String,
}

impl FromRequestParts<Arc<App>> for Visitor {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &Arc<App>) -> Result<Self, Response> {
        Ok(Visitor {
            lang: ui_lang(app, parts),
            address: client_address(app, parts),
        })
    }
}

/// A signed-in account; requests without a current session are sent to
/// sign in (and come back to where they were going).
pub(crate) struct Signed {
    pub session: Session,
    pub lang: Lang,
}

impl FromRequestParts<Arc<App>> for Signed {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &Arc<App>) -> Result<Self, Response> {
        let lang = ui_lang(app, parts);
        let session = match cookie(&parts.headers, SESSION_COOKIE) {
            Some(token) if token.len() == 64 => {
                with_store(app, move |store| store.session(&token)).await?
            }
            _ => None,
        };
        match session {
            Some(session) => Ok(Signed { session, lang }),
            None => {
                let path = parts.uri.path();
                // Only this site's paths come back (never `//elsewhere`).
                let next = if path.starts_with('/') && !path.starts_with("//") && path != "/" {
                    format!("?next={}", encode_path(path))
                } else {
                    String::new()
                };
                Err(Redirect::to(&format!("/login{next}")).into_response())
            }
        }
    }
}

/// A path for a query value: letters, digits and `/-._` as they are.
pub(crate) fn encode_path(path: &str) -> String {
    path.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'.' | b'_' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

impl Signed {
    pub(crate) fn is_secretariat(&self) -> bool {
        self.session.account.role == Role::Secretariat
    }

    /// The secretariat sees every State; a point of contact only their own.
    pub(crate) fn may_see(&self, state: &str) -> bool {
        self.is_secretariat() || self.session.account.state.as_deref() == Some(state)
    }

    /// Refuses (403) another State's page, whatever the path says.
    pub(crate) fn check_state(&self, state: &str) -> Result<(), Response> {
        if self.may_see(state) {
            Ok(())
        } else {
            Err(forbidden(self.lang, "portal-other-state"))
        }
    }

    /// Changing or submitting a report: its State's points of contact only
    /// (the secretariat reads every report but submits none).
    pub(crate) fn check_own_state(&self, state: &str) -> Result<(), Response> {
        if self.session.account.role == Role::Npc
            && self.session.account.state.as_deref() == Some(state)
        {
            Ok(())
        } else if self.may_see(state) {
            Err(forbidden(self.lang, "portal-own-state-only"))
        } else {
            Err(forbidden(self.lang, "portal-other-state"))
        }
    }

    /// Only the secretariat.
    pub(crate) fn check_secretariat(&self) -> Result<(), Response> {
        if self.is_secretariat() {
            Ok(())
        } else {
            Err(forbidden(self.lang, "portal-secretariat-only"))
        }
    }

    /// Refuses (403) a state-changing request without this session's token.
    pub(crate) fn check_csrf(&self, sent: Option<&str>) -> Result<(), Response> {
        if sent.is_some_and(|sent| poa_web::same_secret(sent, &self.session.csrf)) {
            Ok(())
        } else {
            Err(forbidden(self.lang, "portal-csrf"))
        }
    }

    /// Who did it, for the audit log and receipts.
    pub(crate) fn email(&self) -> &str {
        &self.session.account.email
    }
}

/// A 403 page with the message `key`.
pub(crate) fn forbidden(lang: Lang, key: &str) -> Response {
    crate::pages::message(lang, StatusCode::FORBIDDEN, key, &[])
}

/// A State code from the path: three capital letters, or no page.
pub(crate) fn state_code(text: &str) -> Result<String, Response> {
    if text.len() == 3 && text.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(text.to_owned())
    } else {
        Err((StatusCode::NOT_FOUND, "no such State\n").into_response())
    }
}

/// A cycle from the path: a year this century, or no page.
pub(crate) fn cycle_number(text: &str) -> Result<u16, Response> {
    text.parse::<u16>()
        .map_err(|_| no_such_cycle())
        .and_then(cycle_in_range)
}

/// A cycle asked for by number: a year this century, or no page.
pub(crate) fn cycle_in_range(cycle: u16) -> Result<u16, Response> {
    if (2001..=2100).contains(&cycle) {
        Ok(cycle)
    } else {
        Err(no_such_cycle())
    }
}

fn no_such_cycle() -> Response {
    (StatusCode::NOT_FOUND, "no such cycle\n").into_response()
}

/// The State and cycle of a path, once the account may change the State's report.
pub(crate) fn own_place(
    signed: &Signed,
    state: &str,
    cycle: &str,
) -> Result<(String, u16), Response> {
    let state = state_code(state)?;
    signed.check_own_state(&state)?;
    Ok((state, cycle_number(cycle)?))
}

/// The State of a path, once the account may see it.
pub(crate) fn seen_state(signed: &Signed, state: &str) -> Result<String, Response> {
    let state = state_code(state)?;
    signed.check_state(&state)?;
    Ok(state)
}

/// The State and cycle of a path, once the account may see the State.
pub(crate) fn place(signed: &Signed, state: &str, cycle: &str) -> Result<(String, u16), Response> {
    Ok((seen_state(signed, state)?, cycle_number(cycle)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_found_by_exact_name() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("poa-portal-session-x=1; poa-portal-session=abc; b=2"),
        );
        assert_eq!(cookie(&headers, SESSION_COOKIE).as_deref(), Some("abc"));
        assert_eq!(cookie(&headers, "c"), None);
    }

    #[test]
    fn only_paths_of_this_site_are_encoded_for_the_way_back() {
        assert_eq!(encode_path("/reports/XAB/2026"), "/reports/XAB/2026");
        assert_eq!(encode_path("/a?b&c"), "/a%3Fb%26c");
    }
}
