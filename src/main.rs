//! The `poa-report` command: a thin shell over the library.
//!
//! Only this binary touches the terminal, exit codes and colours; every
//! command calls library functions that return data.

mod cli;

fn main() {
    std::process::exit(cli::run());
}
