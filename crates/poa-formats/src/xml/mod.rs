//! XML: the writer, the XSD derived from the report's shape, and the reader.

pub mod reader;
pub mod writer;
pub mod xsd;
