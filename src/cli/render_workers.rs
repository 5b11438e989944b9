//! PDF batches rendered by worker processes instead of threads.
//!
//! typst keeps its memoised layout in caches shared by the whole process,
//! behind locks, and trims them after every report. Two threads rendering
//! different reports then wait on each other and evict each other's entries:
//! on 100 generated reports and 2 cores, two threads took 9.0 s of wall time
//! and 15 s of CPU, where two processes with 50 reports each took 7.0 to
//! 7.5 s and 13.5 s of CPU, as much as one thread alone. So a PDF batch
//! starts one `poa-report render-worker` per core (the same binary) and
//! hands each the next file as soon as it has finished the last one, the
//! largest files first; results are reported in input order.
//!
//! The protocol is one JSON object per line both ways: a [`Job`] in, an
//! [`Outcome`] out. A worker that cannot be started, or stops answering, costs
//! nothing but speed: its thread renders the rest of its share itself.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use serde::{Deserialize, Serialize};

use super::batch::progress_bar;

use super::render_one::{Outcome, RenderOptions, render_to_file};

/// The hidden subcommand a worker runs.
pub const WORKER_COMMAND: &str = "render-worker";

/// One report to render: the input and where its output goes.
#[derive(Serialize, Deserialize)]
struct Job {
    file: String,
    out: String,
}

/// Renders every file with `workers` processes, handing each outcome to
/// `sink` in input order. Returns `None`, having rendered nothing, when a
/// path cannot travel as JSON text (not UTF-8); the caller then uses threads.
pub fn render_all(
    files: &[(PathBuf, PathBuf)],
    options: &RenderOptions,
    workers: usize,
    mut sink: impl FnMut(&(PathBuf, PathBuf), Outcome),
) -> Option<()> {
    let jobs: Vec<Job> = files
        .iter()
        .map(|(file, out)| {
            Some(Job {
                file: file.to_str()?.to_owned(),
                out: out.to_str()?.to_owned(),
            })
        })
        .collect::<Option<_>>()?;
    let order = largest_first(files);
    let next = AtomicUsize::new(0);
    let bar = progress_bar(Some("rendering"), files.len());
    std::thread::scope(|scope| {
        let (send, receive) = mpsc::channel::<(usize, Outcome)>();
        for _ in 0..workers.max(1) {
            let (send, jobs, order, next, bar) = (send.clone(), &jobs, &order, &next, bar.clone());
            scope.spawn(move || {
                let mut worker = Worker::start(options);
                while let Some(&index) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let job = &jobs[index];
                    let outcome = match worker.as_mut().and_then(|w| w.render(job)) {
                        Some(outcome) => outcome,
                        None => {
                            // The worker is gone: this thread carries on alone.
                            worker = None;
                            let (file, out) = &files[index];
                            render_to_file(file, out, options, true)
                        }
                    };
                    bar.inc(1);
                    if send.send((index, outcome)).is_err() {
                        break;
                    }
                }
                if let Some(worker) = worker {
                    worker.finish();
                }
            });
        }
        drop(send);
        // Outcomes arrive in any order; they are handed on in input order.
        let mut waiting = BTreeMap::new();
        let mut due = 0;
        for (index, outcome) in receive {
            waiting.insert(index, outcome);
            while let Some(outcome) = waiting.remove(&due) {
                sink(&files[due], outcome);
                due += 1;
            }
        }
    });
    bar.finish_and_clear();
    Some(())
}

/// The order in which files are handed out: largest first, so that the
/// batch does not end with one worker typesetting a long report while the
/// others wait (longest-processing-time-first scheduling). A file whose size
/// cannot be read counts as empty; it then fails quickly in its turn.
fn largest_first(files: &[(PathBuf, PathBuf)]) -> Vec<usize> {
    let sizes: Vec<u64> = files
        .iter()
        .map(|(file, _)| std::fs::metadata(file).map_or(0, |m| m.len()))
        .collect();
    let mut order: Vec<usize> = (0..files.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(sizes[i]));
    order
}

/// A running worker process and its two pipes.
struct Worker {
    child: Child,
    input: ChildStdin,
    output: BufReader<ChildStdout>,
}

impl Worker {
    fn start(options: &RenderOptions) -> Option<Worker> {
        let exe = std::env::current_exe().ok()?;
        let mut child = Command::new(exe)
            .arg(WORKER_COMMAND)
            .args(options.to_args())
            // One worker per core: typst's own parallel layout inside a
            // worker would only compete with the other workers (measured:
            // 7.2 s against 7.4 s on the batch above).
            .env("RAYON_NUM_THREADS", "1")
            // A worker's memory is new to it, and most of it is freed after
            // each report.
            // With transparent huge pages (mimalloc asks for them) the first
            // touch of each 2 MiB is zeroed at once: on 100 reports after the
            // machine had been idle, 0.6 s of system time against 0.15 s
            // without, and a third more peak memory (125 MiB against 78).
            // A value the user set is kept.
            .env(
                "MIMALLOC_ALLOW_THP",
                std::env::var_os("MIMALLOC_ALLOW_THP").unwrap_or_else(|| "0".into()),
            )
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .ok()?;
        let input = child.stdin.take()?;
        let output = BufReader::new(child.stdout.take()?);
        Some(Worker {
            child,
            input,
            output,
        })
    }

    /// Sends one job and waits for its outcome; `None` if the worker has
    /// stopped or answered something else.
    fn render(&mut self, job: &Job) -> Option<Outcome> {
        let mut line = serde_json::to_string(job).ok()?;
        line.push('\n');
        self.input.write_all(line.as_bytes()).ok()?;
        self.input.flush().ok()?;
        let mut answer = String::new();
        if self.output.read_line(&mut answer).ok()? == 0 {
            return None;
        }
        serde_json::from_str(&answer).ok()
    }

    /// Closes the worker's input (it then exits) and waits for it.
    fn finish(self) {
        let Worker {
            mut child, input, ..
        } = self;
        drop(input);
        let _ = child.wait();
    }
}

/// The worker's side: renders each job read from standard input and answers
/// on standard output, until its input ends.
pub fn serve(options: &RenderOptions) -> i32 {
    let stdin = std::io::stdin();
    let mut stdout = std::io::stdout().lock();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        let done = match serde_json::from_str::<Job>(&line) {
            Ok(job) => render_to_file(
                &PathBuf::from(job.file),
                &PathBuf::from(job.out),
                options,
                true,
            ),
            Err(e) => Outcome {
                code: super::EXIT_UNREADABLE,
                message: Some(format!("unreadable job: {e}")),
            },
        };
        let Ok(mut answer) = serde_json::to_string(&done) else {
            break;
        };
        answer.push('\n');
        if stdout.write_all(answer.as_bytes()).is_err() || stdout.flush().is_err() {
            break;
        }
    }
    super::EXIT_OK
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Files are handed out largest first; one that cannot be read goes last,
    /// and files of the same size keep their input order.
    #[test]
    fn the_largest_files_are_handed_out_first() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let file = |name: &str, bytes: usize| {
            let path = dir.path().join(name);
            std::fs::write(&path, vec![b'#'; bytes]).expect("written");
            (path, dir.path().join("out.pdf"))
        };
        let files = [
            file("small.yaml", 10),
            file("large.yaml", 300),
            (dir.path().join("missing.yaml"), dir.path().join("out.pdf")),
            file("medium.yaml", 200),
            file("medium-too.yaml", 200),
        ];
        assert_eq!(largest_first(&files), [1, 3, 4, 0, 2]);
    }
}
