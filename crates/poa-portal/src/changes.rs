//! What changed in a State's report: between two versions of a cycle,
//! between two cycles, or in the draft since the last version, question by
//! question ([`poa_analysis::diff`]), for the State's points of contact and
//! the secretariat. `GET /reports/{ISO3}/changes?from=A&to=B`, where A and
//! B are `2026` (the cycle's latest version), `2026/2` (a version) or
//! `2026/draft`.

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::app::{App, blocking, with_store};
use crate::pages;
use crate::session::{Signed, cycle_number, seen_state};
use poa_analysis::diff::{ChangeKind, diff_in};
use poa_core::load::{self, LoadOptions};
use poa_core::model::Lang;
use poa_core::validate::validate_text;
use poa_store::StoreError;

/// One side of a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Latest(u16),
    Version(u16, i64),
    Draft(u16),
}

impl Side {
    /// `2026`, `2026/2` (or `2026/v2`) or `2026/draft`.
    fn parse(text: &str) -> Option<Side> {
        let (cycle, rest) = match text.trim().split_once('/') {
            Some((cycle, rest)) => (cycle, Some(rest)),
            None => (text.trim(), None),
        };
        let cycle = cycle_number(cycle).ok()?;
        match rest {
            None => Some(Side::Latest(cycle)),
            Some("draft") => Some(Side::Draft(cycle)),
            Some(version) => match version.trim_start_matches('v').parse::<i64>() {
                Ok(v) if v >= 1 => Some(Side::Version(cycle, v)),
                _ => None,
            },
        }
    }

    fn text(self) -> String {
        match self {
            Side::Latest(cycle) => cycle.to_string(),
            Side::Version(cycle, v) => format!("{cycle}/{v}"),
            Side::Draft(cycle) => format!("{cycle}/draft"),
        }
    }

    /// The side's text from the store, or `None` when there is none.
    fn read(
        self,
        store: &mut poa_store::Store,
        state: &str,
    ) -> poa_store::StoreResult<Option<String>> {
        let (cycle, version) = match self {
            Side::Draft(cycle) => {
                return Ok(store
                    .draft(state, cycle)?
                    .map(|d| load::decode(&d.content).unwrap_or_default()));
            }
            Side::Latest(cycle) => (cycle, None),
            Side::Version(cycle, v) => (cycle, Some(v)),
        };
        match store.source(state, cycle, version) {
            Ok(source) => Ok(Some(source.text)),
            Err(StoreError::NoSubmission { .. } | StoreError::NoSuchVersion { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct ChangesQuery {
    from: String,
    to: String,
}

#[derive(Serialize)]
struct ShownChange {
    number: String,
    label: String,
    field: String,
    kind: &'static str,
    old: String,
    new: String,
}

/// The changes from `old` to `new`, labelled in `lang`; the name of a side
/// that is not a readable report, if one is not.
fn compare(
    (old_name, old): (String, String),
    (new_name, new): (String, String),
    lang: Lang,
) -> Result<Vec<ShownChange>, String> {
    let typed = |name: String, text: &str| {
        validate_text(&name, text, &LoadOptions::default())
            .report
            .ok_or(name)
    };
    let (old, new) = (typed(old_name, &old)?, typed(new_name, &new)?);
    Ok(diff_in(&old, &new, lang)
        .into_iter()
        .map(|c| {
            let label = c.label;
            ShownChange {
                number: c.number,
                label: if label.is_empty() { c.question } else { label },
                field: c.field,
                kind: match c.kind {
                    ChangeKind::Added => "added",
                    ChangeKind::Removed => "removed",
                    ChangeKind::Changed => "changed",
                },
                old: c.old,
                new: c.new,
            }
        })
        .collect())
}

/// `GET /reports/{ISO3}/changes?from=A&to=B`.
pub(crate) async fn changes(
    State(app): State<Arc<App>>,
    signed: Signed,
    Path(state): Path<String>,
    Query(query): Query<ChangesQuery>,
) -> Response {
    let state = match seen_state(&signed, &state) {
        Ok(state) => state,
        Err(response) => return response,
    };
    let lang = signed.lang;
    let page = |status: StatusCode, changes: Option<Vec<ShownChange>>, problem: Option<String>| {
        pages::render(
            "changes.html",
            lang,
            Some(&signed.session),
            status,
            json!({
                "state": state,
                "state_name": pages::state_name(&state, lang),
                "from": query.from,
                "to": query.to,
                "changes": changes,
                "problem": problem,
            }),
        )
    };
    let (Some(from), Some(to)) = (Side::parse(&query.from), Side::parse(&query.to)) else {
        let help = (!query.from.is_empty() || !query.to.is_empty())
            .then(|| poa_core::i18n::text(lang, "portal-compare-help").to_owned());
        let status = if help.is_some() {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::OK
        };
        return page(status, None, help);
    };
    let read = {
        let state = state.clone();
        with_store(&app, move |store| {
            Ok((from.read(store, &state)?, to.read(store, &state)?))
        })
        .await
    };
    let (old, new) = match read {
        Ok((Some(old), Some(new))) => (old, new),
        Ok((old, _)) => {
            let missing = if old.is_none() { from } else { to };
            let text = poa_core::i18n::fill(
                poa_core::i18n::text(lang, "portal-compare-missing"),
                &[("report", format!("{state} {}", missing.text()))],
            );
            return page(StatusCode::NOT_FOUND, None, Some(text));
        }
        Err(response) => return response,
    };
    let names = (
        format!("{state} {}", from.text()),
        format!("{state} {}", to.text()),
    );
    let compared = blocking(move || compare((names.0, old), (names.1, new), lang)).await;
    match compared {
        Ok(Ok(changes)) => page(StatusCode::OK, Some(changes), None),
        Ok(Err(name)) => {
            let text = poa_core::i18n::fill(
                poa_core::i18n::text(lang, "portal-compare-unreadable"),
                &[("report", name)],
            );
            page(StatusCode::UNPROCESSABLE_ENTITY, None, Some(text))
        }
        Err(response) => response,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sides_are_a_cycle_a_version_or_a_draft() {
        assert_eq!(Side::parse("2026"), Some(Side::Latest(2026)));
        assert_eq!(Side::parse("2026/2"), Some(Side::Version(2026, 2)));
        assert_eq!(Side::parse("2026/v3"), Some(Side::Version(2026, 3)));
        assert_eq!(Side::parse("2024/draft"), Some(Side::Draft(2024)));
        for bad in ["", "26", "2026/0", "2026/x", "2026/2/3", "'; DROP TABLE x"] {
            assert_eq!(Side::parse(bad), None, "{bad}");
        }
    }
}
