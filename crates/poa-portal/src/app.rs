//! What every request handler shares: the portal's settings and its store
//! pool, and the two ways to leave tokio's async workers for slow work.

use std::sync::Arc;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::pool::StorePool;
use poa_core::model::Lang;
use poa_store::StoreResult;

/// The portal as its handlers see it.
pub(crate) struct App {
    pub store: StorePool,
    pub hosts: Vec<String>,
    pub secure_cookies: bool,
    pub behind_proxy: bool,
    pub lang: Lang,
}

/// Runs store work on tokio's blocking pool with a pooled connection; a
/// store failure becomes a 500 page that says so (and is not retried).
pub(crate) async fn with_store<T: Send + 'static>(
    app: &Arc<App>,
    work: impl FnOnce(&mut poa_store::Store) -> StoreResult<T> + Send + 'static,
) -> Result<T, Response> {
    let app = app.clone();
    match tokio::task::spawn_blocking(move || app.store.with(work)).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err((StatusCode::INTERNAL_SERVER_ERROR, format!("{e}\n")).into_response()),
        Err(e) => Err((StatusCode::INTERNAL_SERVER_ERROR, format!("{e}\n")).into_response()),
    }
}

/// Runs other slow work (reading uploads, validating, rendering) on the blocking pool.
pub(crate) async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Response> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| (StatusCode::INTERNAL_SERVER_ERROR, format!("{e}\n")).into_response())
}
