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

/// A message in English and Arabic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub en: String,
    pub ar: String,
}

impl Message {
    pub fn get(&self, lang: Lang) -> &str {
        if lang == Lang::Ar { &self.ar } else { &self.en }
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

/// Fills `{name}` placeholders in a message template, in one pass: a value
/// is never itself searched for placeholders, and a placeholder with no
/// argument stays as written.
pub fn fill<S: AsRef<str>>(template: &str, args: &[(&str, S)]) -> String {
    let extra: usize = args.iter().map(|(_, v)| v.as_ref().len()).sum();
    let mut out = String::with_capacity(template.len() + extra);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            let (_, value) = args.iter().find(|(n, _)| *n == name)?;
            Some((close, value.as_ref()))
        });
        match value {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fill_replaces_each_placeholder_once_and_leaves_unknown_ones() {
        let args = [("a", "x{b}"), ("b", "y")];
        assert_eq!(fill("{a}-{b}-{c}-{", &args), "x{b}-y-{c}-{");
        assert_eq!(fill("{a}{a}", &[("a", String::from("é"))]), "éé");
    }
}
