//! A submission's receipt, as a page and as a PDF: State, cycle, version,
//! time, SHA-256 of what was stored, validation result, submitter. Only the
//! State's own accounts and the secretariat can open it.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::app::{App, blocking, with_store};
use crate::pages;
use crate::session::Signed;
use poa_core::i18n;
use poa_core::model::Lang;
use poa_formats::document::pdf::{LinesDoc, render_lines};
use poa_store::Receipt;

/// The validation result in words.
fn result_words(receipt: &Receipt, lang: Lang) -> String {
    let s = &receipt.submission;
    let key = if s.valid {
        "portal-result-valid"
    } else {
        "portal-result-draft"
    };
    i18n::fill(
        i18n::text(lang, key),
        &[
            ("errors", s.errors.to_string()),
            ("warnings", s.warnings.to_string()),
        ],
    )
}

/// The receipt's lines: (key, value) for the page and the PDF.
fn lines(receipt: &Receipt, lang: Lang) -> Vec<(&'static str, String)> {
    let s = &receipt.submission;
    vec![
        ("portal-receipt-id", receipt.id.clone()),
        (
            "portal-state",
            format!("{} ({})", pages::state_name(&s.state, lang), s.state),
        ),
        ("portal-cycle", s.cycle.to_string()),
        ("portal-version", s.version.to_string()),
        ("portal-received", s.received_at.clone()),
        ("portal-receipt-at", receipt.at.clone()),
        ("portal-sha256", s.sha256.clone()),
        ("portal-result", result_words(receipt, lang)),
        ("portal-submitter", receipt.submitter.clone()),
    ]
}

fn note_key(receipt: &Receipt) -> &'static str {
    match (receipt.unchanged, receipt.draft_only()) {
        (true, _) => "portal-receipt-unchanged",
        (false, true) => "portal-receipt-draft-only",
        (false, false) => "portal-receipt-final",
    }
}

/// `GET /receipts/{ID}` and `GET /receipts/{ID}.pdf`.
pub(crate) async fn receipt(
    State(app): State<Arc<App>>,
    signed: Signed,
    Path(file): Path<String>,
) -> Response {
    let (id, pdf) = match file.strip_suffix(".pdf") {
        Some(id) => (id.to_owned(), true),
        None => (file, false),
    };
    let found = match with_store(&app, move |store| store.receipt(&id)).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let lang = signed.lang;
    let Some(receipt) = found else {
        return pages::message(lang, StatusCode::NOT_FOUND, "portal-no-receipt", &[]);
    };
    if let Err(refused) = signed.check_state(&receipt.submission.state) {
        return refused;
    }
    if pdf {
        return receipt_pdf(receipt).await;
    }
    let shown: Vec<_> = lines(&receipt, lang)
        .into_iter()
        .map(|(key, value)| json!({ "label": i18n::text(lang, key), "value": value }))
        .collect();
    pages::render(
        "receipt.html",
        lang,
        Some(&signed.session),
        StatusCode::OK,
        json!({
            "receipt": receipt,
            "lines": shown,
            "draft_only": receipt.draft_only(),
            "note": i18n::text(lang, note_key(&receipt)),
        }),
    )
}

async fn receipt_pdf(receipt: Receipt) -> Response {
    let rendered = blocking(move || {
        let english = lines(&receipt, Lang::En);
        let arabic = lines(&receipt, Lang::Ar);
        let doc = LinesDoc {
            title: (
                i18n::text(Lang::En, "portal-receipt-title").to_owned(),
                i18n::text(Lang::Ar, "portal-receipt-title").to_owned(),
            ),
            lines: english
                .into_iter()
                .zip(arabic)
                .map(|((key, value), (_, in_arabic))| {
                    let in_arabic = if in_arabic == value {
                        String::new()
                    } else {
                        in_arabic
                    };
                    (
                        i18n::text(Lang::En, key).to_owned(),
                        i18n::text(Lang::Ar, key).to_owned(),
                        value,
                        in_arabic,
                    )
                })
                .collect(),
            note: (
                i18n::text(Lang::En, note_key(&receipt)).to_owned(),
                i18n::text(Lang::Ar, note_key(&receipt)).to_owned(),
            ),
            ident: receipt.id.clone(),
        };
        render_lines(&doc).map(|bytes| (bytes, receipt.id))
    })
    .await;
    match rendered {
        Ok(Ok((bytes, id))) => (
            [
                (header::CONTENT_TYPE, "application/pdf".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"receipt-{id}.pdf\""),
                ),
            ],
            bytes,
        )
            .into_response(),
        Ok(Err(e)) => (StatusCode::INTERNAL_SERVER_ERROR, format!("{e}\n")).into_response(),
        Err(response) => response,
    }
}
