//! What validation says about a report.
//!
//! A finding names the rule, its severity, the JSON pointer it blames and a
//! message in both languages. Positions are added later, from the spanned
//! tree, by [`crate::validate`]: nobody else computes line and column.

use serde::Serialize;

use crate::model::Lang;
use crate::yaml::Target;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The report is not valid: `validate` exits 1, `render` refuses it.
    Error,
    /// Worth fixing; the report is still valid.
    Warning,
    /// For information (for example, a question not yet answered).
    Info,
}

impl Severity {
    pub fn code(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// The severity as a word of `lang` (`error`, `خطأ`), from the locale files.
    pub fn label(self, lang: Lang) -> &'static str {
        crate::i18n::text(lang, &format!("severity-{}", self.code()))
    }
}

/// A message in every language that has a locale file, English first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    texts: Vec<(Lang, String)>,
}

impl Message {
    /// The message written by `text` in each available language.
    pub fn new(mut text: impl FnMut(Lang) -> String) -> Self {
        Message {
            texts: crate::i18n::languages()
                .iter()
                .map(|lang| (*lang, text(*lang)))
                .collect(),
        }
    }

    /// Adds words at the end of the message in each language.
    pub fn append(&mut self, mut more: impl FnMut(Lang) -> String) {
        for (lang, text) in &mut self.texts {
            text.push_str(&more(*lang));
        }
    }

    /// The message in `lang`, or in English when `lang` has no locale file.
    pub fn get(&self, lang: Lang) -> &str {
        crate::i18n::in_lang(&self.texts, lang)
    }
}

/// One finding, before it is placed in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Rule id (`POC-001`) or schema finding id (`SCHEMA-001`).
    pub rule: &'static str,
    pub severity: Severity,
    /// JSON pointer of the node blamed.
    pub pointer: String,
    /// Whether the key or the value at the pointer is underlined.
    pub target: Target,
    pub message: Message,
}
