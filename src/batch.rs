//! Working through many files: a small thread pool that keeps input order,
//! and a progress line on a terminal.
//!
//! A regional analyst gives 40 files, the secretariat 190 or 2,000; each file
//! is handled on its own, so one bad file never stops the others, and only
//! what the caller's function returns is kept (not every parsed report).

use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Applies `f` to every item on `jobs` threads (default: one per core) and
/// returns the results in input order. `progress` is shown on standard error
/// when it is a terminal.
pub fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    jobs: Option<usize>,
    progress: Option<&str>,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let workers = jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, items.len().max(1));
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let bar = progress
        .filter(|_| std::io::stderr().is_terminal() && items.len() > 1)
        .map(|label| Progress {
            label: label.to_owned(),
            total: items.len(),
            lock: Mutex::new(()),
        });
    let slots: Vec<Mutex<Option<R>>> = items.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    let result = f(item);
                    if let Ok(mut slot) = slots[i].lock() {
                        *slot = Some(result);
                    }
                    let finished = done.fetch_add(1, Ordering::Relaxed) + 1;
                    if let Some(bar) = &bar {
                        bar.show(finished);
                    }
                }
            });
        }
    });
    if let Some(bar) = &bar {
        bar.finish();
    }
    slots
        .into_iter()
        .filter_map(|slot| slot.into_inner().ok().flatten())
        .collect()
}

/// A one-line progress bar on standard error.
pub struct Progress {
    label: String,
    total: usize,
    lock: Mutex<()>,
}

impl Progress {
    /// A bar shown only when standard error is a terminal.
    pub fn new(label: &str, total: usize) -> Option<Progress> {
        (std::io::stderr().is_terminal() && total > 1).then(|| Progress {
            label: label.to_owned(),
            total,
            lock: Mutex::new(()),
        })
    }

    pub fn show(&self, done: usize) {
        let _guard = self.lock.lock();
        let width = 30;
        let filled = done * width / self.total.max(1);
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\r{} [{}{}] {done}/{}",
            self.label,
            "#".repeat(filled),
            " ".repeat(width - filled),
            self.total
        );
        let _ = err.flush();
    }

    pub fn finish(&self) {
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err);
    }
}
