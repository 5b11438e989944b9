//! The form of `serve`, over a State's draft in the store: the same pages,
//! script and live findings ([`poa_web::site`]) under
//! `/reports/{ISO3}/{CYCLE}/form/`. A change is written only if the draft
//! is still at the version the page was built from, checked by the
//! database, so two colleagues or two portal processes never overwrite
//! each other. Pages need the State; changes need the State's own point of
//! contact and the session's token in `X-CSRF-Token`.

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::app::{App, blocking, with_store};
use crate::session::{Signed, place};
use poa_core::model::Lang;
use poa_store::{DraftSaved, Expected};
use poa_web::site::{self, ListRequest, SetRequest, Site};
use poa_web::{Draft, DraftError, Storage};

/// A State's draft of a cycle, read and written through the store.
struct StoreDraft {
    app: Arc<App>,
    state: String,
    cycle: u16,
    email: String,
}

impl Storage for StoreDraft {
    fn name(&self) -> String {
        format!("{} {}", self.state, self.cycle)
    }

    fn read(&self) -> Result<Vec<u8>, DraftError> {
        let (state, cycle) = (self.state.clone(), self.cycle);
        match self.app.store.with(|store| store.draft(&state, cycle)) {
            Ok(Some(draft)) => Ok(draft.content),
            Ok(None) => Err(DraftError::Io(format!("{} has no draft", self.name()))),
            Err(e) => Err(DraftError::Io(e.to_string())),
        }
    }

    fn replace(&self, version: &str, bytes: &[u8]) -> Result<(), DraftError> {
        let saved = self.app.store.with(|store| {
            store.save_draft(
                &self.state,
                self.cycle,
                Expected::Version(version),
                bytes,
                &self.email,
            )
        });
        match saved {
            Ok(DraftSaved::Saved(_)) => Ok(()),
            Ok(DraftSaved::Stale) => Err(DraftError::Stale),
            Err(e) => Err(DraftError::Io(e.to_string())),
        }
    }
}

/// The form of one State's cycle for `signed`.
struct Form {
    draft: Draft,
    site: Site,
    lang: Lang,
}

fn form(app: &Arc<App>, signed: &Signed, state: String, cycle: u16, lang: Lang) -> Form {
    let state_code = state.clone();
    let base = format!("/reports/{state}/{cycle}/form");
    let back = (
        poa_core::i18n::text(lang, "portal-back-to-report").to_owned(),
        format!("/reports/{state}/{cycle}"),
    );
    Form {
        draft: Draft::on(Box::new(StoreDraft {
            app: app.clone(),
            state,
            cycle,
            email: signed.email().to_owned(),
        })),
        site: Site {
            base,
            token: signed.session.csrf.clone(),
            back: Some(back),
            report: Some((state_code, cycle)),
        },
        lang,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct FormQuery {
    lang: Option<String>,
    doc: Option<String>,
}

fn chosen(signed: &Signed, code: Option<&str>) -> Lang {
    code.and_then(poa_core::i18n::available)
        .unwrap_or(signed.lang)
}

/// `GET /reports/{ISO3}/{CYCLE}/form`: the first page.
pub(crate) async fn start(
    signed: Signed,
    Path((state, cycle)): Path<(String, String)>,
) -> Response {
    match place(&signed, &state, &cycle) {
        Ok((state, cycle)) => {
            Redirect::to(&format!("/reports/{state}/{cycle}/form/page/report")).into_response()
        }
        Err(response) => response,
    }
}

/// `GET /reports/{ISO3}/{CYCLE}/form/page/{PAGE}`: with no draft yet, the
/// report's page (where one is started).
pub(crate) async fn page(
    State(app): State<Arc<App>>,
    signed: Signed,
    Path((state, cycle, page)): Path<(String, String, String)>,
    Query(query): Query<FormQuery>,
) -> Response {
    let (state, cycle) = match place(&signed, &state, &cycle) {
        Ok(place) => place,
        Err(response) => return response,
    };
    let exists = {
        let state = state.clone();
        with_store(&app, move |store| Ok(store.draft(&state, cycle)?.is_some())).await
    };
    match exists {
        Ok(true) => {}
        Ok(false) => return Redirect::to(&format!("/reports/{state}/{cycle}")).into_response(),
        Err(response) => return response,
    }
    let lang = chosen(&signed, query.lang.as_deref());
    let form = form(&app, &signed, state, cycle, lang);
    blocking(move || site::page(&form.draft, &page, form.lang, &form.site))
        .await
        .unwrap_or_else(|e| e)
}

/// `GET /reports/{ISO3}/{CYCLE}/form/download/{KIND}`.
pub(crate) async fn download(
    State(app): State<Arc<App>>,
    signed: Signed,
    Path((state, cycle, kind)): Path<(String, String, String)>,
    Query(query): Query<FormQuery>,
) -> Response {
    let (state, cycle) = match place(&signed, &state, &cycle) {
        Ok(place) => place,
        Err(response) => return response,
    };
    let lang = chosen(&signed, query.lang.as_deref());
    let stem = format!("{state}-{cycle}-draft");
    let form = form(&app, &signed, state, cycle, lang);
    blocking(move || site::download(&form.draft, &kind, query.doc.as_deref(), form.lang, &stem))
        .await
        .unwrap_or_else(|e| e)
}

/// A change's checks: the State's own point of contact, the session's token.
fn changer(
    app: &Arc<App>,
    signed: &Signed,
    state: &str,
    cycle: &str,
    headers: &HeaderMap,
    ui: Option<&str>,
) -> Result<Form, Response> {
    let (state, cycle) = crate::session::own_place(signed, state, cycle)?;
    let sent = headers.get("x-csrf-token").and_then(|h| h.to_str().ok());
    if !sent.is_some_and(|sent| poa_web::same_secret(sent, &signed.session.csrf)) {
        return Err((
            StatusCode::FORBIDDEN,
            "missing or wrong form token: reload the page\n",
        )
            .into_response());
    }
    Ok(form(app, signed, state, cycle, chosen(signed, ui)))
}

/// `POST /reports/{ISO3}/{CYCLE}/form/api/set`.
pub(crate) async fn set(
    State(app): State<Arc<App>>,
    signed: Signed,
    Path((state, cycle)): Path<(String, String)>,
    headers: HeaderMap,
    Json(request): Json<SetRequest>,
) -> Response {
    let form = match changer(
        &app,
        &signed,
        &state,
        &cycle,
        &headers,
        request.ui.as_deref(),
    ) {
        Ok(form) => form,
        Err(response) => return response,
    };
    blocking(move || site::set(&form.draft, &form.site, request, form.lang))
        .await
        .unwrap_or_else(|e| e)
}

/// `POST /reports/{ISO3}/{CYCLE}/form/api/list`.
pub(crate) async fn list(
    State(app): State<Arc<App>>,
    signed: Signed,
    Path((state, cycle)): Path<(String, String)>,
    headers: HeaderMap,
    Json(request): Json<ListRequest>,
) -> Response {
    let form = match changer(
        &app,
        &signed,
        &state,
        &cycle,
        &headers,
        request.ui.as_deref(),
    ) {
        Ok(form) => form,
        Err(response) => return response,
    };
    blocking(move || site::list(&form.draft, &form.site, request, form.lang))
        .await
        .unwrap_or_else(|e| e)
}

/// `POST /reports/{ISO3}/{CYCLE}/form/api/upload`: a workbook or XML file
/// replaces the draft (the page asks first).
pub(crate) async fn upload(
    State(app): State<Arc<App>>,
    signed: Signed,
    Path((state, cycle)): Path<(String, String)>,
    Query(query): Query<FormQuery>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let form = match changer(
        &app,
        &signed,
        &state,
        &cycle,
        &headers,
        query.lang.as_deref(),
    ) {
        Ok(form) => form,
        Err(response) => return response,
    };
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("")
            .to_owned()
    };
    let (name, version) = (header("x-file-name"), header("x-version"));
    blocking(move || site::upload(&form.draft, &form.site, &name, &version, &body, form.lang))
        .await
        .unwrap_or_else(|e| e)
}
