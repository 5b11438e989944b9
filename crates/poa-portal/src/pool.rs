//! Open stores kept for reuse: each request takes one on the blocking pool
//! and gives it back, so a request never waits to open the database and
//! requests never share a connection.

use std::sync::Mutex;

use poa_store::{Store, StoreResult};

/// Most idle connections kept.
const MAX_IDLE: usize = 8;

pub(crate) struct StorePool {
    url: String,
    idle: Mutex<Vec<Store>>,
}

impl StorePool {
    /// Opens the store once (applying its migrations), so a bad URL or a
    /// damaged store stops the portal at start.
    pub(crate) fn open(url: &str) -> StoreResult<StorePool> {
        let store = Store::open_url(url)?;
        Ok(StorePool {
            url: url.to_owned(),
            idle: Mutex::new(vec![store]),
        })
    }

    /// Runs `work` with a store of the pool (opening another if all are busy).
    pub(crate) fn with<T>(
        &self,
        work: impl FnOnce(&mut Store) -> StoreResult<T>,
    ) -> StoreResult<T> {
        let taken = self
            .idle
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .pop();
        let mut store = match taken {
            Some(store) => store,
            None => Store::open_url(&self.url)?,
        };
        let result = work(&mut store);
        let mut idle = self
            .idle
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if idle.len() < MAX_IDLE {
            idle.push(store);
        }
        result
    }
}
