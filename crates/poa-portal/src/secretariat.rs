//! The secretariat's pages: every State of a cycle by status (submitted,
//! with errors, draft only, not yet), and the audit log.

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use serde_json::json;

use crate::app::{App, with_store};
use crate::pages;
use crate::session::Signed;

/// Most lines of the audit log shown (newest first).
const AUDIT_LINES: usize = 1000;

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct CycleQuery {
    cycle: Option<u16>,
}

/// `GET /secretariat[?cycle=N]`.
pub(crate) async fn overview(
    State(app): State<Arc<App>>,
    signed: Signed,
    Query(query): Query<CycleQuery>,
) -> Response {
    if let Err(refused) = signed.check_secretariat() {
        return refused;
    }
    let lang = signed.lang;
    let gathered = with_store(&app, move |store| {
        let cycles = store.cycles()?;
        let cycle = query
            .cycle
            .or_else(|| cycles.first().copied())
            .unwrap_or(2026);
        Ok((cycles, cycle, store.statuses(cycle)?))
    })
    .await;
    let (cycles, cycle, statuses) = match gathered {
        Ok(gathered) => gathered,
        Err(response) => return response,
    };
    let count = |status: &str| statuses.iter().filter(|s| s.status == status).count();
    let totals = json!({
        "submitted": count("submitted"),
        "with_errors": count("with-errors"),
        "draft": count("draft"),
        "not_yet": count("not-yet"),
    });
    let rows: Vec<_> = statuses
        .iter()
        .map(|s| {
            json!({
                "state": s.state,
                "name": pages::state_name(&s.state, lang),
                "status": s.status,
                "latest": s.latest,
                "draft_updated_at": s.draft_updated_at,
            })
        })
        .collect();
    pages::render(
        "secretariat.html",
        lang,
        Some(&signed.session),
        StatusCode::OK,
        json!({ "cycle": cycle, "cycles": cycles, "rows": rows, "totals": totals }),
    )
}

/// `GET /secretariat/audit`: the newest lines of the audit log.
pub(crate) async fn audit(State(app): State<Arc<App>>, signed: Signed) -> Response {
    if let Err(refused) = signed.check_secretariat() {
        return refused;
    }
    let (shown, total) = match with_store(&app, |store| store.recent_audit(AUDIT_LINES)).await {
        Ok(recent) => recent,
        Err(response) => return response,
    };
    pages::render(
        "audit.html",
        signed.lang,
        Some(&signed.session),
        StatusCode::OK,
        json!({ "lines": shown, "total": total }),
    )
}
