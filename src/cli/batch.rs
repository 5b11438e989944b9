//! Working through many files: rayon's pool, input order kept, a progress
//! bar (indicatif) on a terminal, and memory bounded by a window of files.
//! Part of the binary: the library never draws on the terminal.
//!
//! A regional analyst gives 40 files, the secretariat 190 or 2,000; each file
//! is handled on its own, so one bad file never stops the others. Results are
//! handed on in input order as soon as a window of files is done, and then
//! dropped, so memory grows with the window, not with the batch.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

/// Files in flight at once per thread: enough to keep every core busy
/// across a window's end, few enough that a window's results stay small.
const WINDOW_PER_THREAD: usize = 16;

/// Applies `work` to every item on `jobs` threads (default: one per core)
/// and gives each result to `sink` in input order. `progress` labels a bar
/// shown on standard error when it is a terminal.
pub fn for_each_in_order<T: Sync, R: Send>(
    items: &[T],
    jobs: Option<usize>,
    progress: Option<&str>,
    work: impl Fn(&T) -> R + Sync,
    mut sink: impl FnMut(R),
) {
    let pool = pool(jobs, items.len());
    let threads = pool.current_num_threads().max(1);
    let bar = progress_bar(progress, items.len());
    // Windows are worked on by the pool in a thread of their own while this
    // thread hands the previous window's results on, so printing never
    // leaves the pool idle; the channel holds one finished window at most.
    std::thread::scope(|scope| {
        let (done, finished) = std::sync::mpsc::sync_channel::<Vec<R>>(1);
        let (work, bar_in_pool) = (&work, bar.clone());
        scope.spawn(move || {
            for window in items.chunks(threads * WINDOW_PER_THREAD) {
                let results: Vec<R> = pool.install(|| {
                    window
                        .par_iter()
                        .map(|item| {
                            let result = work(item);
                            bar_in_pool.inc(1);
                            result
                        })
                        .collect()
                });
                if done.send(results).is_err() {
                    break;
                }
            }
        });
        for results in finished {
            results.into_iter().for_each(&mut sink);
        }
    });
    bar.finish_and_clear();
}

/// Applies `work` to every item in parallel and returns the results in input
/// order (for callers that keep only a small summary per item).
pub fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    jobs: Option<usize>,
    progress: Option<&str>,
    work: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let mut out = Vec::with_capacity(items.len());
    for_each_in_order(items, jobs, progress, work, |r| out.push(r));
    out
}

/// Workers for `items` items: `jobs`, or one per core, never more than the
/// items (threads of the pool, or the PDF batch's processes).
pub fn threads(jobs: Option<usize>, items: usize) -> usize {
    jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, items.max(1))
}

/// A pool of `jobs` threads (default: one per core), never more than items.
fn pool(jobs: Option<usize>, items: usize) -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads(jobs, items))
        .build()
        .or_else(|_| rayon::ThreadPoolBuilder::new().num_threads(1).build())
        .unwrap_or_else(|e| panic!("no thread could be started: {e}"))
}

/// A bar on standard error when it is a terminal and there is more than one
/// item; otherwise a bar that draws nothing.
pub fn progress_bar(label: Option<&str>, total: usize) -> ProgressBar {
    match label {
        Some(label) if total > 1 && std::io::stderr().is_terminal() => {
            let bar =
                ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
            if let Ok(style) =
                ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} {elapsed}")
            {
                bar.set_style(style.progress_chars("#>-"));
            }
            bar.set_message(label.to_owned());
            bar
        }
        _ => ProgressBar::hidden(),
    }
}
