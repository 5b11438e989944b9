//! The `poa-report` command: a thin shell over the library.
//!
//! Only this binary touches the terminal, exit codes and colours; every
//! command calls library functions that return data.

mod cli;

/// mimalloc instead of the system allocator: a report is tens of thousands of
/// small strings and vectors, and glibc's malloc/free was a fifth of
/// `validate`'s time (perf, 2,000 reports; see bench/RESULTS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(cli::run());
}
