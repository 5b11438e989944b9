//! Signing in and out, and setting a password from a one-time link.
//!
//! The forms here are used before there is a session, so their CSRF token
//! is a random value the page puts both in a `SameSite=Strict` cookie and
//! in the form; a request is taken only when the two agree.

use std::sync::Arc;

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde_json::json;

use crate::app::{App, with_store};
use crate::pages;
use crate::session::{self, LOGIN_COOKIE, SESSION_COOKIE, Signed, Visitor};
use poa_core::model::Lang;
use poa_store::{AccountError, LoginRefused, Role, StoreError};

/// `/`: a point of contact goes to their State, the secretariat to its overview.
pub(crate) async fn home(signed: Signed) -> Response {
    match (&signed.session.account.role, &signed.session.account.state) {
        (Role::Npc, Some(state)) => Redirect::to(&format!("/reports/{state}")).into_response(),
        _ => Redirect::to("/secretariat").into_response(),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct NextQuery {
    next: Option<String>,
}

/// Where to go after signing in: a path of this site, else `/`.
fn safe_next(next: Option<&str>) -> String {
    // Letters, digits and `/-._` only: no scheme, no `//host`, no
    // backslash, and no tab or newline, which browsers drop from a URL
    // (`/\t/evil.example` would become `//evil.example`).
    match next {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && path.len() < 512
                && path
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"/-._".contains(&b)) =>
        {
            path.to_owned()
        }
        _ => "/".to_owned(),
    }
}

/// A fresh token for a form used before signing in.
fn form_token() -> Result<String, Response> {
    let mut bytes = [0u8; 24];
    getrandom(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

fn getrandom(bytes: &mut [u8]) -> Result<(), Response> {
    getrandom::fill(bytes)
        .map_err(|e| (StatusCode::INTERNAL_SERVER_ERROR, format!("{e}\n")).into_response())
}

/// The sign-in page with `problem` (a message key) if the last try failed.
fn login_page(
    app: &App,
    lang: Lang,
    next: &str,
    problem: Option<&str>,
    status: StatusCode,
) -> Response {
    let token = match form_token() {
        Ok(token) => token,
        Err(response) => return response,
    };
    let mut response = pages::render(
        "login.html",
        lang,
        None,
        status,
        json!({
            "csrf": token,
            "next": next,
            "problem": problem.map(|key| poa_core::i18n::text(lang, key)),
        }),
    );
    response.headers_mut().append(
        header::SET_COOKIE,
        session::set_cookie(app, LOGIN_COOKIE, &token, 3600),
    );
    response
}

/// `GET /login`.
pub(crate) async fn page(
    State(app): State<Arc<App>>,
    visitor: Visitor,
    Query(query): Query<NextQuery>,
) -> Response {
    login_page(
        &app,
        visitor.lang,
        &safe_next(query.next.as_deref()),
        None,
        StatusCode::OK,
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct LoginForm {
    email: String,
    password: String,
    csrf: String,
    next: Option<String>,
}

/// Whether the form's token is the one its page put in the cookie.
fn form_token_matches(headers: &HeaderMap, sent: &str) -> bool {
    session::cookie(headers, LOGIN_COOKIE)
        .is_some_and(|cookie| !sent.is_empty() && poa_web::same_secret(sent, &cookie))
}

/// `POST /login`: 303 to where the person was going, with the session cookie.
pub(crate) async fn sign_in(
    State(app): State<Arc<App>>,
    visitor: Visitor,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Response {
    let lang = visitor.lang;
    if !form_token_matches(&headers, &form.csrf) {
        return session::forbidden(lang, "portal-csrf");
    }
    let next = safe_next(form.next.as_deref());
    let email: String = form.email.chars().take(320).collect();
    let password: String = form
        .password
        .chars()
        .take(poa_store::MAX_PASSWORD_CHARS + 1)
        .collect();
    let address = visitor.address.clone();
    let outcome = match with_store(&app, move |store| {
        store.sign_in(&email, &password, &address)
    })
    .await
    {
        Ok(outcome) => outcome,
        Err(response) => return response,
    };
    match outcome {
        Ok(session) => {
            let mut response = Redirect::to(&next).into_response();
            let headers = response.headers_mut();
            headers.append(
                header::SET_COOKIE,
                session::set_cookie(
                    &app,
                    SESSION_COOKIE,
                    &session.token,
                    poa_store::SESSION_SECONDS,
                ),
            );
            headers.append(
                header::SET_COOKIE,
                session::set_cookie(&app, LOGIN_COOKIE, "", 0),
            );
            response
        }
        Err(LoginRefused::Wrong) => login_page(
            &app,
            lang,
            &next,
            Some("portal-sign-in-wrong"),
            StatusCode::UNAUTHORIZED,
        ),
        Err(LoginRefused::Locked) => login_page(
            &app,
            lang,
            &next,
            Some("portal-sign-in-locked"),
            StatusCode::TOO_MANY_REQUESTS,
        ),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct CsrfForm {
    pub csrf: Option<String>,
}

/// `POST /logout`.
pub(crate) async fn sign_out(
    State(app): State<Arc<App>>,
    signed: Signed,
    Form(form): Form<CsrfForm>,
) -> Response {
    if let Err(refused) = signed.check_csrf(form.csrf.as_deref()) {
        return refused;
    }
    let session = signed.session.clone();
    if let Err(response) = with_store(&app, move |store| store.sign_out(&session)).await {
        return response;
    }
    let mut response = Redirect::to("/login").into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        session::set_cookie(&app, SESSION_COOKIE, "", 0),
    );
    response
}

/// The page to set a password, with `problem` if the last try failed.
fn password_form(app: &App, lang: Lang, problem: Option<String>, status: StatusCode) -> Response {
    let token = match form_token() {
        Ok(token) => token,
        Err(response) => return response,
    };
    let mut response = pages::render(
        "set_password.html",
        lang,
        None,
        status,
        json!({
            "csrf": token,
            "problem": problem,
            "min_chars": poa_store::MIN_PASSWORD_CHARS,
        }),
    );
    response.headers_mut().append(
        header::SET_COOKIE,
        session::set_cookie(app, LOGIN_COOKIE, &token, 3600),
    );
    response
}

/// `GET /set-password/{token}`.
pub(crate) async fn password_page(State(app): State<Arc<App>>, visitor: Visitor) -> Response {
    password_form(&app, visitor.lang, None, StatusCode::OK)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct PasswordForm {
    password: String,
    repeat: String,
    csrf: String,
}

/// `POST /set-password/{token}`.
pub(crate) async fn set_password(
    State(app): State<Arc<App>>,
    visitor: Visitor,
    headers: HeaderMap,
    Path(token): Path<String>,
    Form(form): Form<PasswordForm>,
) -> Response {
    let lang = visitor.lang;
    if !form_token_matches(&headers, &form.csrf) {
        return session::forbidden(lang, "portal-csrf");
    }
    let text = |key: &str| poa_core::i18n::text(lang, key).to_owned();
    if form.password != form.repeat {
        return password_form(
            &app,
            lang,
            Some(text("portal-password-differ")),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let password = form.password;
    let outcome = with_store(&app, move |store| {
        match store.set_password_with_link(&token, &password) {
            Err(StoreError::Account(e)) => Ok(Err(e)),
            other => other.map(Ok),
        }
    })
    .await;
    match outcome {
        Ok(Ok(_email)) => pages::message(lang, StatusCode::OK, "portal-password-set", &[]),
        Ok(Err(e)) => {
            let problem = match e {
                AccountError::PasswordTooShort => poa_core::i18n::fill(
                    &text("portal-password-short"),
                    &[("min", poa_store::MIN_PASSWORD_CHARS.to_string())],
                ),
                AccountError::PasswordTooLong => text("portal-password-long"),
                _ => text("portal-link-invalid"),
            };
            password_form(&app, lang, Some(problem), StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(response) => response,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_sites_paths_are_followed_after_signing_in() {
        assert_eq!(safe_next(Some("/reports/XAB/2026")), "/reports/XAB/2026");
        assert_eq!(safe_next(Some("//evil.example/")), "/");
        assert_eq!(safe_next(Some("/\\evil.example")), "/");
        assert_eq!(safe_next(Some("https://evil.example/")), "/");
        assert_eq!(safe_next(Some("/\t/evil.example")), "/");
        assert_eq!(safe_next(Some("/\n/evil.example")), "/");
        assert_eq!(safe_next(None), "/");
    }
}
