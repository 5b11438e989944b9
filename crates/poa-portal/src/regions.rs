//! The secretariat's regional analysis, from the store: for a cycle, the
//! latest version of each State's report, analysed for a built-in region
//! (or every State) exactly as `aggregate --region` would, as the page,
//! the workbook, CSV or JSON.

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use crate::app::{App, blocking, with_store};
use crate::pages;
use crate::reports::attachment;
use crate::session::{Signed, cycle_in_range};
use poa_analysis::aggregate::{self, analysis};
use poa_analysis::regions::{self, Region};
use poa_core::load::LoadOptions;
use poa_core::model::Lang;

/// The id of the analysis of every State in the store.
const ALL: &str = "all";

/// The regional page styles itself inline and runs no script.
const PAGE_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; form-action 'none'; base-uri 'none'";

#[derive(Deserialize, Default)]
#[serde(default)]
pub(crate) struct RegionQuery {
    cycle: Option<u16>,
    format: Option<String>,
}

/// The cycle asked for (a year this century, or no page), or the newest
/// with a submission; and every cycle with one.
async fn cycle_and_cycles(app: &Arc<App>, asked: Option<u16>) -> Result<(u16, Vec<u16>), Response> {
    if let Some(cycle) = asked {
        cycle_in_range(cycle)?;
    }
    let cycles = with_store(app, |store| store.submitted_cycles()).await?;
    let cycle = asked.or_else(|| cycles.first().copied()).unwrap_or(2026);
    Ok((cycle, cycles))
}

/// Analyses at once, at most: each reads and validates the latest report
/// of every State of the region.
static ANALYSES: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(1);

/// `GET /secretariat/regions[?cycle=N]`: every built-in region with how
/// many of its members have submitted for the cycle.
pub(crate) async fn list(
    State(app): State<Arc<App>>,
    signed: Signed,
    Query(query): Query<RegionQuery>,
) -> Response {
    if let Err(refused) = signed.check_secretariat() {
        return refused;
    }
    let (cycle, cycles) = match cycle_and_cycles(&app, query.cycle).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let submitted = match with_store(&app, move |store| store.list(None, Some(cycle))).await {
        Ok(list) => {
            let mut states: Vec<String> = list.into_iter().map(|s| s.state).collect();
            states.dedup();
            states
        }
        Err(response) => return response,
    };
    let lang = signed.lang;
    let mut rows = vec![json!({
        "id": ALL,
        "name": poa_core::i18n::text(lang, "portal-all-states"),
        "members": serde_json::Value::Null,
        "reported": submitted.len(),
    })];
    rows.extend(regions::built_in().iter().map(|region| {
        json!({
            "id": region.id,
            "name": region.name(lang),
            "members": region.members.len(),
            "reported": submitted.iter().filter(|s| region.contains(s)).count(),
        })
    }));
    pages::render(
        "regions.html",
        lang,
        Some(&signed.session),
        StatusCode::OK,
        json!({ "cycle": cycle, "cycles": cycles, "regions": rows }),
    )
}

/// What an analysis is written as.
#[derive(Clone, Copy)]
enum Format {
    Html,
    Xlsx,
    Csv,
    Json,
}

impl Format {
    fn parse(text: Option<&str>) -> Option<Format> {
        match text.unwrap_or("html") {
            "html" => Some(Format::Html),
            "xlsx" => Some(Format::Xlsx),
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

/// The analysis written as `format`, with its headers.
fn written(analysis: &analysis::Analysis, format: Format, lang: Lang, stem: &str) -> Response {
    let download =
        |mime: &str, ext: &str, bytes: Vec<u8>| attachment(bytes, mime, &format!("{stem}.{ext}"));
    let failed = |e: poa_formats::render::RenderError| {
        (StatusCode::INTERNAL_SERVER_ERROR, format!("{e}\n")).into_response()
    };
    match format {
        Format::Html => match aggregate::html::render(analysis, lang) {
            Ok(page) => {
                let mut response =
                    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], page).into_response();
                response.headers_mut().insert(
                    header::CONTENT_SECURITY_POLICY,
                    HeaderValue::from_static(PAGE_POLICY),
                );
                response
            }
            Err(e) => failed(e),
        },
        Format::Xlsx => match aggregate::xlsx::render(analysis, lang) {
            Ok(bytes) => download(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "xlsx",
                bytes,
            ),
            Err(e) => failed(e),
        },
        Format::Csv => download(
            "text/csv; charset=utf-8",
            "csv",
            aggregate::csv::render(analysis).into_bytes(),
        ),
        Format::Json => download(
            "application/json",
            "json",
            aggregate::json(analysis).into_bytes(),
        ),
    }
}

/// `GET /secretariat/regions/{ID}[?cycle=N&format=html|xlsx|csv|json]`:
/// the region's analysis (`all`: every State in the store).
pub(crate) async fn analysis(
    State(app): State<Arc<App>>,
    signed: Signed,
    Path(id): Path<String>,
    Query(query): Query<RegionQuery>,
) -> Response {
    if let Err(refused) = signed.check_secretariat() {
        return refused;
    }
    let region: Option<Region> = if id == ALL {
        None
    } else {
        match regions::find(&id) {
            Some(region) => Some(region),
            None => return (StatusCode::NOT_FOUND, "no such region\n").into_response(),
        }
    };
    let Some(format) = Format::parse(query.format.as_deref()) else {
        return (
            StatusCode::BAD_REQUEST,
            "the analysis is html, xlsx, csv or json\n",
        )
            .into_response();
    };
    let (cycle, _) = match cycle_and_cycles(&app, query.cycle).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    // Waiting for the analysis before is better than reading the store
    // twice at once; a closed semaphore cannot happen (it is never closed).
    let Ok(_turn) = ANALYSES.acquire().await else {
        return (StatusCode::SERVICE_UNAVAILABLE, "try again\n").into_response();
    };
    let members = region.as_ref().map(|r| r.members.clone());
    let sources = match with_store(&app, move |store| {
        store.latest_sources(cycle, members.as_deref())
    })
    .await
    {
        Ok(sources) => sources,
        Err(response) => return response,
    };
    let lang = signed.lang;
    let stem = format!("poa-{id}-{cycle}");
    let answer = blocking(move || {
        let options = LoadOptions::default();
        // Each report is reduced and dropped as soon as it is read.
        let summaries: Vec<_> = sources
            .into_iter()
            .map(|s| aggregate::summarize_text(&s.name, &s.text, &options))
            .collect();
        let analysis = analysis::analyse(
            &summaries,
            &analysis::Options {
                cycle: Some(cycle),
                region,
            },
        );
        written(&analysis, format, lang, &stem)
    })
    .await;
    answer.unwrap_or_else(|response| response)
}
