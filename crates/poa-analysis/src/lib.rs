//! # poa-analysis
//!
//! Many national reports at once: what a regional organisation or the
//! secretariat reads across States.
//!
//! ```text
//! reports (validated by poa_core) ─► aggregate::analysis (scores, key figures, assistance)
//!   ─► aggregate::{html, xlsx, csv}
//! regions: the regional groups and organisations, and which States they hold
//! two reports ─► diff (changed answers, row by row in the workbook's layout) ─► diff::page (HTML)
//! ```

pub mod aggregate;
pub mod diff;
pub mod regions;
