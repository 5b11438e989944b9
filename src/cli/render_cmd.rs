//! `poa-report render FILE --to FORMAT -o OUT`: a valid report in another format.

use std::path::PathBuf;

use poa_formats::render::Target;

use super::batch::for_each_in_order;

use super::render_one::{Format, Outcome, RenderOptions, render_to_file};
use super::{EXIT_OK, EXIT_UNREADABLE, expand_inputs};
use super::{output_names, render_workers};

#[derive(clap::Args)]
pub struct Args {
    /// The report (YAML); several files or directories render each report into the
    /// directory `-o` names, in parallel (a secretariat publishing a cycle).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Output file; for several reports, the directory they are written to (made if missing).
    #[arg(long, short)]
    output: PathBuf,
    #[command(flatten)]
    options: RenderOptions,
    /// Reports rendered at once (default: one per core).
    #[arg(long, short)]
    jobs: Option<usize>,
}

/// `render-worker`: renders reports named on standard input (see
/// `render_workers`); not for people.
#[derive(clap::Args)]
pub struct WorkerArgs {
    #[command(flatten)]
    options: RenderOptions,
}

pub fn run(args: Args) -> i32 {
    crate::keep_freed_memory();
    let options = &args.options;
    let single = args.files.len() == 1 && !args.files[0].is_dir();
    if single {
        // `-o` naming the report itself would replace it with the output.
        if let (Ok(input), Ok(output)) = (
            std::fs::canonicalize(&args.files[0]),
            std::fs::canonicalize(&args.output),
        ) && input == output
        {
            eprintln!(
                "{}: -o names the report itself; choose another output file",
                args.output.display()
            );
            return EXIT_UNREADABLE;
        }
        let outcome = render_to_file(&args.files[0], &args.output, options, false);
        if let Some(message) = outcome.message {
            eprintln!("{message}");
        }
        return outcome.code;
    }
    let files = match output_names::output_paths(
        &args.output,
        &expand_inputs(&args.files),
        Target::from(options.to).file_type().0,
    ) {
        Ok(files) => files,
        Err(message) => {
            eprintln!("{message}");
            return EXIT_UNREADABLE;
        }
    };
    if let Err(e) = std::fs::create_dir_all(&args.output) {
        eprintln!(
            "{}: cannot create the output directory: {e}",
            args.output.display()
        );
        return EXIT_UNREADABLE;
    }
    let mut worst = EXIT_OK;
    let mut rendered = 0;
    let mut sink = |(_, out): &(PathBuf, PathBuf), outcome: Outcome| {
        if let Some(message) = outcome.message {
            eprintln!("{message}");
        }
        if outcome.code == EXIT_OK {
            rendered += 1;
            println!("{}", out.display());
        }
        worst = worst.max(outcome.code);
    };
    // Each report is rendered and written on a worker; fonts, templates and
    // the schema are loaded once per worker for the whole batch. PDFs are
    // typeset in processes of their own (see `render_workers`).
    let workers = super::batch::threads(args.jobs, files.len());
    let in_processes = options.to == Format::Pdf
        && workers > 1
        && render_workers::render_all(&files, options, workers, &mut sink).is_some();
    if !in_processes {
        let indices: Vec<usize> = (0..files.len()).collect();
        for_each_in_order(
            &indices,
            Some(workers),
            Some("rendering"),
            |&i| (i, render_to_file(&files[i].0, &files[i].1, options, true)),
            |(i, outcome)| sink(&files[i], outcome),
        );
    }
    eprintln!("{rendered} of {} report(s) rendered", files.len());
    worst
}

/// `render-worker`: the other end of `render_workers`.
pub fn run_worker(args: WorkerArgs) -> i32 {
    crate::keep_freed_memory();
    render_workers::serve(&args.options)
}
