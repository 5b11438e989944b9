//! The documents questions and rules cite, so a reader can look each one up.
//!
//! A source in the catalogue or a rule is written as its short citation and
//! a paragraph (`PoA II.4`, `ITI 8(a)`, `RevCon4 elements, para 5 A.1(c)`).
//! This table gives each short citation its symbol and year; the full title
//! is a word like any other (`locales/*.ftl`, key `source-<id>`), so it is
//! translated with the rest. Documents end with the list of the sources they
//! cite, read from here. Tests check that every citation resolves.

use crate::i18n;
use crate::model::Lang;

/// One citable document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Key of its title in the locale files (`source-<id>`).
    pub id: &'static str,
    /// How a citation starts: `PoA`, `GA res. 77/71`.
    pub cite_as: &'static str,
    /// The UN document symbol, where the document has one.
    pub symbol: Option<&'static str>,
    pub year: u16,
}

impl Source {
    pub fn title(&self, lang: Lang) -> &'static str {
        i18n::text(lang, &format!("source-{}", self.id))
    }
}

/// Every document the project cites, instruments first.
pub const SOURCES: &[Source] = &[
    Source {
        id: "poa",
        cite_as: "PoA",
        symbol: Some("A/CONF.192/15"),
        year: 2001,
    },
    Source {
        id: "iti",
        cite_as: "ITI",
        symbol: Some("A/60/88, annex"),
        year: 2005,
    },
    Source {
        id: "firearms-protocol",
        cite_as: "Firearms Protocol",
        symbol: Some("A/RES/55/255"),
        year: 2001,
    },
    Source {
        id: "sdg",
        cite_as: "SDG",
        symbol: Some("A/RES/70/1; A/RES/71/313"),
        year: 2015,
    },
    Source {
        id: "revcon2",
        cite_as: "RevCon2 outcome",
        symbol: Some("A/CONF.192/2012/RC/4"),
        year: 2012,
    },
    Source {
        id: "revcon4-elements",
        cite_as: "RevCon4 elements",
        symbol: None,
        year: 2024,
    },
    Source {
        id: "ga-77-71",
        cite_as: "GA res. 77/71",
        symbol: Some("A/RES/77/71"),
        year: 2022,
    },
    Source {
        id: "mge-2011",
        cite_as: "MGE 2011 Chair's summary",
        symbol: Some("A/66/150"),
        year: 2011,
    },
    Source {
        id: "untoc-cop-9-2",
        cite_as: "UNTOC COP res. 9/2",
        symbol: None,
        year: 2018,
    },
    // Technical standards some checks rest on.
    Source {
        id: "iso-3166",
        cite_as: "ISO 3166-1",
        symbol: Some("ISO 3166-1:2020"),
        year: 2020,
    },
    Source {
        id: "xml",
        cite_as: "XML 1.0",
        symbol: Some("W3C REC-xml-20081126"),
        year: 2008,
    },
    Source {
        id: "uax9",
        cite_as: "Unicode UAX #9",
        symbol: Some("UAX #9"),
        year: 2024,
    },
];

/// The document a citation refers to (`ITI 8(a)` → the ITI), if any.
pub fn resolve(citation: &str) -> Option<&'static Source> {
    SOURCES
        .iter()
        .filter(|s| {
            citation
                .strip_prefix(s.cite_as)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ',']))
        })
        .max_by_key(|s| s.cite_as.len())
}

/// The documents that `citations` refer to, in table order, each once.
pub fn cited<'a>(citations: impl IntoIterator<Item = &'a str>) -> Vec<&'static Source> {
    let mut found: Vec<&'static Source> = citations.into_iter().filter_map(resolve).collect();
    found.sort_by_key(|s| SOURCES.iter().position(|t| t == *s));
    found.dedup();
    found
}

/// Where to find a source: `A/CONF.192/15, 2001`, or the year alone.
pub fn reference(source: &Source) -> String {
    match source.symbol {
        Some(symbol) => format!("{symbol}, {}", source.year),
        None => source.year.to_string(),
    }
}
