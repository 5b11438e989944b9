//! The report as a Word document a ministry can clear, and back.
//!
//! [`writer`] lays the document out like the PDF (title page, contents,
//! contacts, sections and questions with the template's numbers, sources,
//! findings annex for a draft) from the same [`crate::document::view`].
//! Every answer, value and text is a *field*: a bookmark named
//! `poa_<n>_<lang>` around the words shown, shaded grey. A copy of the
//! report and the list of field paths travel inside the document as custom
//! document properties, which Word and LibreOffice keep.
//!
//! [`reader`] opens an edited document (after checking the package as for a
//! workbook), reads each field's words, compares them with what the writer
//! put there and applies only the fields that changed to the copy: words of
//! a closed list become codes again, texts go to their language. Edits
//! outside the fields are reported and ignored.
//!
//! Why bookmarks and not content controls: LibreOffice 7.4 drops a content
//! control's tag when it saves a DOCX (and splits controls in right-to-left
//! paragraphs), while it keeps bookmarks exactly. Why the XML is written
//! here and not with a crate: see the README ("Word documents").

mod fields;
pub mod reader;
pub mod writer;
mod xml;
