//! Free text and language codes.
//!
//! Free text is either a plain string (written in the report's first declared
//! language) or a map from language code to string. Keeping both shapes in one
//! type lets every renderer ask "what does this say in Arabic?" the same way.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A language a report's free text may be written in (the six UN languages).
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    // The source language of the program's words (a plain comment: a doc
    // comment would turn the schema's `enum` into `oneOf`).
    #[default]
    En,
    Ar,
    Fr,
    Es,
    Ru,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Ar, Lang::Fr, Lang::Es, Lang::Ru, Lang::Zh];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ru => "ru",
            Lang::Zh => "zh",
        }
    }

    /// The language of a code (`fr`), if it is one of the six.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// Text keyed by language; absent languages are `None`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalizedText {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ar: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub es: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ru: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zh: Option<String>,
}

impl LocalizedText {
    pub fn get(&self, lang: Lang) -> Option<&str> {
        let slot = match lang {
            Lang::En => &self.en,
            Lang::Ar => &self.ar,
            Lang::Fr => &self.fr,
            Lang::Es => &self.es,
            Lang::Ru => &self.ru,
            Lang::Zh => &self.zh,
        };
        slot.as_deref().filter(|s| !s.trim().is_empty())
    }
}

/// Free text: a plain string in the report's first language, or a map by language.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum FreeText {
    Plain(String),
    ByLang(LocalizedText),
}

// Read by hand rather than by serde's `untagged`, which copies every value into
// a buffer before trying each shape: free text is most of a report.
impl<'de> Deserialize<'de> for FreeText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FreeTextVisitor;
        impl<'de> serde::de::Visitor<'de> for FreeTextVisitor {
            type Value = FreeText;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string or a map from language code to string")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<FreeText, E> {
                Ok(FreeText::Plain(s.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(self, s: String) -> Result<FreeText, E> {
                Ok(FreeText::Plain(s))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<FreeText, A::Error> {
                LocalizedText::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(FreeText::ByLang)
            }
        }
        deserializer.deserialize_any(FreeTextVisitor)
    }
}

impl FreeText {
    /// The text in `lang`, given the report's first language for plain strings.
    pub fn get(&self, lang: Lang, first_language: Lang) -> Option<&str> {
        match self {
            FreeText::Plain(s) if lang == first_language && !s.trim().is_empty() => Some(s),
            FreeText::Plain(_) => None,
            FreeText::ByLang(map) => map.get(lang),
        }
    }

    /// True when no language has any text.
    pub fn is_blank(&self) -> bool {
        match self {
            FreeText::Plain(s) => s.trim().is_empty(),
            FreeText::ByLang(map) => Lang::ALL.iter().all(|l| map.get(*l).is_none()),
        }
    }
}

/// True for characters XML 1.0 allows in a document (§2.2 Char): text a
/// report may carry into its XML form (rule TXT-001, the XML writer and reader).
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn free_text_is_a_string_or_a_map_by_language_and_nothing_else() {
        let plain: FreeText = serde_json::from_value(json!("Text")).unwrap();
        assert_eq!(plain, FreeText::Plain("Text".into()));
        let by_lang: FreeText = serde_json::from_value(json!({ "ar": "نص" })).unwrap();
        assert_eq!(by_lang.get(Lang::Ar, Lang::En), Some("نص"));
        assert!(serde_json::from_value::<FreeText>(json!(3)).is_err());
        assert!(serde_json::from_value::<FreeText>(json!({ "xx": "?" })).is_err());
    }
}
