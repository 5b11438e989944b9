//! Open stores kept for reuse: each request takes one on the blocking pool
//! and gives it back, so a request never waits to open the database and
//! requests never share a connection. At most [`MAX_OPEN`] are open at
//! once: a burst of requests waits for a connection instead of opening one
//! each (and exhausting the database's).

use std::sync::{Condvar, Mutex};

use poa_store::{Store, StoreResult};

/// Most connections open at once, per portal process.
const MAX_OPEN: usize = 16;

struct Slots {
    idle: Vec<Store>,
    open: usize,
}

pub(crate) struct StorePool {
    url: String,
    slots: Mutex<Slots>,
    returned: Condvar,
}

impl StorePool {
    /// Opens the store once (applying its migrations), so a bad URL or a
    /// damaged store stops the portal at start.
    pub(crate) fn open(url: &str) -> StoreResult<StorePool> {
        let store = Store::open_url(url)?;
        Ok(StorePool {
            url: url.to_owned(),
            slots: Mutex::new(Slots {
                idle: vec![store],
                open: 1,
            }),
            returned: Condvar::new(),
        })
    }

    /// Runs `work` with a store of the pool: an idle one, a new one while
    /// fewer than [`MAX_OPEN`] are open, else the next one given back.
    pub(crate) fn with<T>(
        &self,
        work: impl FnOnce(&mut Store) -> StoreResult<T>,
    ) -> StoreResult<T> {
        let lock = || self.slots.lock().unwrap_or_else(|p| p.into_inner());
        let mut slots = lock();
        let taken = loop {
            if let Some(store) = slots.idle.pop() {
                break Some(store);
            }
            if slots.open < MAX_OPEN {
                slots.open += 1;
                break None;
            }
            slots = self.returned.wait(slots).unwrap_or_else(|p| p.into_inner());
        };
        drop(slots);
        let mut store = match taken {
            Some(store) => store,
            None => match Store::open_url(&self.url) {
                Ok(store) => store,
                Err(e) => {
                    lock().open -= 1;
                    self.returned.notify_one();
                    return Err(e);
                }
            },
        };
        let result = work(&mut store);
        lock().idle.push(store);
        self.returned.notify_one();
        result
    }
}
