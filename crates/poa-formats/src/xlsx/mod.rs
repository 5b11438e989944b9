//! The workbook: its layout (sheets of rows, one per answerable value, each
//! with its JSON path in a hidden column), the writer and the reader.

pub mod layout;
pub mod reader;
pub mod writer;
