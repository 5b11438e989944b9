//! The printed report: one view of the report and its findings in one or two
//! languages ([`view`]), laid out as HTML or PDF; [`bidi`] keeps Latin runs
//! inside Arabic text in their order.

pub mod bidi;
pub mod html;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod standard;
pub mod view;
