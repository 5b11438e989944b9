//! Where each translation stands against the English it translates: for the
//! translators' `poa-report i18n status`.
//!
//! Beside `locales/<code>.ftl` lies `locales/<code>.sources`: for every key
//! translated, a hash of the English text the translation was made from.
//! A key is *missing* when English has it and the language does not,
//! *obsolete* when the language has it and English no longer does,
//! *changed* when the English text's hash is no longer the one recorded
//! (the English was reworded since), and *unrecorded* when no hash was
//! recorded. `i18n accept` records the current hashes once a translator has
//! checked the translations.
//!
//! Question texts (`q-*` keys) may follow the interface as a second step: a
//! language without them is *pending*, listed as such, and passes `--check`
//! as long as everything else is translated and current.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::i18n::Messages;

/// One language's state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Status {
    pub lang: String,
    /// Keys English has.
    pub keys: usize,
    /// Keys this language translates.
    pub translated: usize,
    /// Interface keys English has and this language does not.
    pub missing: Vec<String>,
    /// Question texts (`q-*`) still to translate (they read in English meanwhile).
    pub questions_pending: Vec<String>,
    pub obsolete: Vec<String>,
    pub changed: Vec<String>,
    pub unrecorded: Vec<String>,
}

impl Status {
    /// Nothing to do: every key translated from the English as it stands.
    pub fn complete(&self) -> bool {
        self.current() && self.questions_pending.is_empty()
    }

    /// What `--check` asks: the interface complete and every translation
    /// made from the English as it stands (question texts may be pending).
    pub fn current(&self) -> bool {
        self.missing.is_empty()
            && self.obsolete.is_empty()
            && self.changed.is_empty()
            && self.unrecorded.is_empty()
    }
}

/// The mark of an English text recorded beside its translation.
pub fn source_hash(text: &str) -> String {
    crate::fingerprint::fingerprint(text)
}

/// Where `translated` stands against `english`, given the hashes recorded.
pub fn status(
    lang: &str,
    english: &Messages,
    translated: &Messages,
    recorded: &BTreeMap<String, String>,
) -> Status {
    let sorted = |mut keys: Vec<String>| {
        keys.sort();
        keys
    };
    let (questions_pending, missing): (Vec<String>, Vec<String>) = english
        .keys()
        .filter(|k| !translated.contains_key(*k))
        .cloned()
        .partition(|k| k.starts_with("q-"));
    let (missing, questions_pending) = (sorted(missing), sorted(questions_pending));
    let obsolete = sorted(
        translated
            .keys()
            .filter(|k| !english.contains_key(*k))
            .cloned()
            .collect(),
    );
    let mut changed = Vec::new();
    let mut unrecorded = Vec::new();
    for (key, text) in english {
        if !translated.contains_key(key) {
            continue;
        }
        match recorded.get(key) {
            Some(hash) if *hash == source_hash(text) => {}
            Some(_) => changed.push(key.clone()),
            None => unrecorded.push(key.clone()),
        }
    }
    Status {
        lang: lang.to_owned(),
        keys: english.len(),
        translated: translated
            .keys()
            .filter(|k| english.contains_key(*k))
            .count(),
        missing,
        questions_pending,
        obsolete,
        changed: sorted(changed),
        unrecorded: sorted(unrecorded),
    }
}

/// Reads a `.sources` file: `key<TAB>hash` lines; `#` starts a comment.
pub fn read_sources(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(k, h)| (k.trim().to_owned(), h.trim().to_owned()))
        .collect()
}

/// Writes a `.sources` file, keys sorted.
pub fn write_sources(recorded: &BTreeMap<String, String>) -> String {
    let mut out = String::from(
        "# The English each translation was made from: key, then a hash of the English text\n# (FNV-1a 64). Written by `poa-report i18n accept`; read by `poa-report i18n status`.\n",
    );
    for (key, hash) in recorded {
        out.push_str(&format!("{key}\t{hash}\n"));
    }
    out
}

/// Records the current English hashes of `keys` (all translated keys when empty).
pub fn accept(
    english: &Messages,
    translated: &Messages,
    recorded: &mut BTreeMap<String, String>,
    keys: &[String],
) -> Vec<String> {
    let mut done = Vec::new();
    for (key, text) in english {
        let wanted = if keys.is_empty() {
            translated.contains_key(key)
        } else {
            keys.contains(key)
        };
        if wanted && translated.contains_key(key) {
            recorded.insert(key.clone(), source_hash(text));
            done.push(key.clone());
        }
    }
    // Keys no longer in English are dropped.
    recorded.retain(|k, _| english.contains_key(k));
    done.sort();
    done
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(pairs: &[(&str, &str)]) -> Messages {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn missing_obsolete_changed_and_accepted() {
        let english = messages(&[("a", "Yes"), ("b", "No"), ("c", "Maybe")]);
        let arabic = messages(&[("a", "نعم"), ("b", "لا"), ("old", "قديم")]);
        let mut recorded = BTreeMap::new();
        recorded.insert("a".to_owned(), source_hash("Yes"));
        recorded.insert("b".to_owned(), source_hash("Not"));
        let status = status("ar", &english, &arabic, &recorded);
        assert_eq!(status.missing, ["c"]);
        assert_eq!(status.obsolete, ["old"]);
        assert_eq!(status.changed, ["b"]);
        assert!(status.unrecorded.is_empty());
        assert_eq!(status.translated, 2);
        accept(&english, &arabic, &mut recorded, &["b".to_owned()]);
        assert!(
            super::status("ar", &english, &arabic, &recorded)
                .changed
                .is_empty()
        );
        assert_eq!(read_sources(&write_sources(&recorded)), recorded);
    }
}
