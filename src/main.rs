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

unsafe extern "C" {
    fn mi_option_get(option: std::ffi::c_int) -> std::ffi::c_long;
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// `mi_option_purge_delay` in mimalloc's option enum (v2 and v3 alike;
/// libmimalloc-sys declares no constant for it).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;
/// Its default, in milliseconds: 1,000 in the mimalloc v3 that
/// libmimalloc-sys builds, 10 in v2.
const DEFAULT_PURGE_DELAYS: [std::ffi::c_long; 2] = [1000, 10];

/// For a batch command: memory freed after one report is kept for the next
/// instead of being handed back to the system and faulted in again. A batch
/// of 100 PDFs took 148,000 page faults and 1.2 s of system time with the
/// default, 1,800 and 0.8 s without purging, and 7% less wall time. The
/// process keeps its high-water mark until it exits, which a batch reaches
/// early and does not pass (peak memory within a few per cent). Left alone when
/// `MIMALLOC_PURGE_DELAY` is set, or when the option does not read as its
/// documented default (a mimalloc whose options are numbered otherwise).
pub(crate) fn keep_freed_memory() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
        return;
    }
    // SAFETY: both functions only read or write mimalloc's option table;
    // this runs before the command starts any thread.
    unsafe {
        if DEFAULT_PURGE_DELAYS.contains(&mi_option_get(MI_OPTION_PURGE_DELAY)) {
            mi_option_set(MI_OPTION_PURGE_DELAY, -1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The option the batch commands set is the one mimalloc reads as its
    /// purge delay: it starts at the documented default, and takes the value.
    #[test]
    fn freed_memory_is_kept_once_asked() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
            return;
        }
        // SAFETY: reads mimalloc's option table.
        let before = unsafe { mi_option_get(MI_OPTION_PURGE_DELAY) };
        assert!(
            DEFAULT_PURGE_DELAYS.contains(&before) || before == -1,
            "{before}"
        );
        keep_freed_memory();
        // SAFETY: as above.
        assert_eq!(unsafe { mi_option_get(MI_OPTION_PURGE_DELAY) }, -1);
    }
}
