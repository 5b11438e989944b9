//! The standards a PDF can be written to (`render --pdf-standard`), named
//! apart from the PDF writer so that builds without PDF still parse them.

/// A standard a PDF declares and is checked against as it is written
/// (`render --pdf-standard`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdfStandard {
    /// PDF/A-2b, for the archive: fonts embedded, XMP metadata declaring
    /// part 2 conformance B, nothing outside the file.
    A2b,
    /// PDF/UA-1, accessible: tagged, every span's language, headings as
    /// headings, the document's title.
    Ua1,
}
