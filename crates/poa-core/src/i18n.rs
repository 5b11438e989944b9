//! The words people read, from per-language Fluent files in `locales/`.
//!
//! Question labels and help, section names, vocabulary labels, field labels,
//! rule messages and the words of the documents and workbooks live in
//! `locales/<lang>.ftl`, keyed by ids, so translators work on them with the
//! tools they know (Fluent is read by Pontoon, Weblate and Crowdin) without
//! reading Rust. The files are embedded in the binary and parsed once.
//!
//! Keys: `section-<key>`, `q-<section>-<question>` (attribute `.help`),
//! `field-<key>`, `<vocabulary>-<code>` (`answer-yes`, `agency-police`),
//! `doc-<word>`, `rule-<ID>` (attribute `.summary`). A dot in an id becomes
//! `-`, since Fluent identifiers have no dots. Placeables `{ $name }` become
//! the `{name}` slots that [`fill`] fills.
//!
//! A message that depends on a number (`{ $count ->` with `[one]`, `[two]`,
//! `[few]`, ... variants: Arabic has six plural forms) is resolved by
//! `fluent-bundle`, which knows each language's plural rules; [`format()`]
//! sends such messages there and fills the others directly (most messages
//! have no selector, and filling is what keeps `validate` fast).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::model::Lang;

mod files {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The variable naming a folder of locale files that replace the built-in
/// ones (`<code>.ftl`, for the six UN languages): a translator sees a
/// translation in every output before it is built in, and the pseudo-locale
/// test runs the program through one.
pub const LOCALES_VARIABLE: &str = "POA_REPORT_LOCALES";

/// The languages that have a resource file (`locales/<code>.ftl`, found at
/// build time, or in the folder [`LOCALES_VARIABLE`] names), with its text:
/// English first.
pub static RESOURCES: LazyLock<Vec<(Lang, &'static str)>> = LazyLock::new(|| {
    let mut resources: Vec<(Lang, &'static str)> = files::LOCALE_FILES
        .iter()
        .filter_map(|(code, text)| Some((Lang::from_code(code)?, *text)))
        .collect();
    for &(lang, text) in &overrides().0 {
        match resources.iter_mut().find(|(l, _)| *l == lang) {
            Some(slot) => slot.1 = text,
            None => resources.push((lang, text)),
        }
    }
    resources
});

/// The locale files of the folder [`LOCALES_VARIABLE`] names, read once:
/// those that parse, and a sentence for each that does not (left out, the
/// built-in file stays).
/// Locale files read from a folder, and what was wrong with the others.
type Overrides = (Vec<(Lang, &'static str)>, Vec<String>);

fn overrides() -> &'static Overrides {
    static OVERRIDES: LazyLock<Overrides> = LazyLock::new(|| {
        let mut found = Vec::new();
        let mut problems = Vec::new();
        let Some(dir) = std::env::var_os(LOCALES_VARIABLE) else {
            return (found, problems);
        };
        let dir = std::path::PathBuf::from(dir);
        if !dir.is_dir() {
            problems.push(format!(
                "{LOCALES_VARIABLE}: {} is not a folder; the built-in locale files are used",
                dir.display()
            ));
            return (found, problems);
        }
        for lang in Lang::ALL {
            let path = dir.join(format!("{}.ftl", lang.code()));
            if !path.exists() {
                continue;
            }
            match override_file(lang, &path) {
                Ok(text) => found.push((lang, &*Box::leak(text.into_boxed_str()))),
                Err(why) => problems.push(format!(
                    "{}: {why}; the built-in file is used",
                    path.display()
                )),
            }
        }
        (found, problems)
    });
    &OVERRIDES
}

/// A locale file of the override folder, if the program can use it: it
/// reads as UTF-8, parses as Fluent with each message once, and, for
/// English (the fallback of every other language), has every built-in key.
fn override_file(lang: Lang, path: &std::path::Path) -> Result<String, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let messages = parse(&text).map_err(|e| e.to_string())?;
    let resource = FluentResource::try_new(text.clone())
        .map_err(|(_, errors)| format!("not Fluent: {errors:?}"))?;
    let mut bundle = FluentBundle::new_concurrent(vec![]);
    bundle
        .add_resource(resource)
        .map_err(|errors| format!("a message is defined twice: {errors:?}"))?;
    if lang == Lang::En {
        let built_in = files::LOCALE_FILES
            .iter()
            .find(|(code, _)| *code == "en")
            .and_then(|(_, text)| parse(text).ok())
            .unwrap_or_default();
        let mut lacking: Vec<&String> = built_in
            .keys()
            .filter(|k| !messages.contains_key(*k))
            .collect();
        lacking.sort();
        if let Some(first) = lacking.first() {
            return Err(format!(
                "English is every language's fallback and lacks {} key(s), `{first}` first",
                lacking.len()
            ));
        }
    }
    Ok(text)
}

/// What was wrong with the locale files of [`LOCALES_VARIABLE`]'s folder,
/// for the command line to say.
pub fn override_problems() -> &'static [String] {
    &overrides().1
}

/// The languages people can read the program in (those with a locale file),
/// English first.
pub fn languages() -> &'static [Lang] {
    static LANGUAGES: LazyLock<Vec<Lang>> =
        LazyLock::new(|| RESOURCES.iter().map(|(lang, _)| *lang).collect());
    &LANGUAGES
}

/// The text of `lang` among per-language texts (English first), else the
/// first: what a message, an argument or a label shows in a language.
pub fn in_lang(texts: &[(Lang, String)], lang: Lang) -> &str {
    texts
        .iter()
        .find(|(l, _)| *l == lang)
        .or_else(|| texts.first())
        .map_or("", |(_, text)| text.as_str())
}

/// Whether `lang` has a locale file.
pub fn is_available(lang: Lang) -> bool {
    languages().contains(&lang)
}

/// The language of `code` if it has a locale file (`fr`, `ar`).
pub fn available(code: &str) -> Option<Lang> {
    Lang::from_code(code.trim()).filter(|lang| is_available(*lang))
}

/// Whether `lang` is written right to left (`locale-direction = rtl` in its file).
pub fn is_rtl(lang: Lang) -> bool {
    lookup(lang, "locale-direction") == Some("rtl")
}

/// `rtl` or `ltr`, for HTML `dir` attributes.
pub fn direction(lang: Lang) -> &'static str {
    if is_rtl(lang) { "rtl" } else { "ltr" }
}

/// The language's script (ISO 15924: `Latn`, `Arab`, `Cyrl`, `Hans`), from its file.
pub fn script(lang: Lang) -> &'static str {
    lookup(lang, "locale-script").unwrap_or("Latn")
}

/// One ICU4X object per language with a CLDR locale (`extensions` added to
/// it, such as `-u-nu-latn`), built by `make`; languages it fails for are left out.
fn per_language<T>(
    extensions: &str,
    make: impl Fn(&icu_locale_core::Locale) -> Option<T>,
) -> Vec<(Lang, T)> {
    Lang::ALL
        .iter()
        .filter_map(|lang| Some((*lang, make(&cldr_locale(*lang, extensions)?)?)))
        .collect()
}

/// The sentence for a code that is not one of the program's languages,
/// naming those there are.
pub fn unknown_language(code: &str) -> String {
    let known: Vec<&str> = languages().iter().map(|l| l.code()).collect();
    format!(
        "`{code}` is not a language of this program (it has {})",
        known.join(", ")
    )
}

/// The CLDR locale `lang`'s dates, numbers and sorting follow
/// (`locale-cldr` in its file: `en-GB` for English, as UN documents write
/// English), else its code.
fn cldr_locale(lang: Lang, extensions: &str) -> Option<icu_locale_core::Locale> {
    let tag = lookup(lang, "locale-cldr").unwrap_or(lang.code());
    format!("{tag}{extensions}").parse().ok()
}

/// The language's name in itself (`Français`), from its file.
pub fn native_name(lang: Lang) -> &'static str {
    lookup(lang, "locale-name").unwrap_or(lang.code())
}

/// The other languages a page can switch to, for a language menu: each
/// one's code, name in itself and direction, in the order of the files.
pub fn switch_to(current: Lang) -> Vec<serde_json::Value> {
    languages()
        .iter()
        .filter(|lang| **lang != current)
        .map(|lang| {
            serde_json::json!({
                "code": lang.code(),
                "name": native_name(*lang),
                "dir": direction(*lang),
            })
        })
        .collect()
}

/// A whole number as `lang` writes it (ICU4X, CLDR data): `12,000` in
/// English, `12 000` in French and Russian, `12.000` in Spanish; always
/// Western digits, as UN documents use them in Arabic too.
pub fn number(lang: Lang, n: i64) -> String {
    formatted(lang, icu_decimal::input::Decimal::from(n))
}

/// `n` with `digits` digits after the decimal separator, as `lang` writes
/// it (`12.5`, `12,5`); Western digits.
pub fn decimal(lang: Lang, n: f64, digits: u8) -> String {
    let scale = 10f64.powi(i32::from(digits));
    let scaled = (n * scale).round();
    if !scaled.is_finite() || scaled.abs() > 9e15 {
        return format!("{n}");
    }
    let mut value = icu_decimal::input::Decimal::from(scaled as i64);
    value.multiply_pow10(-i16::from(digits));
    formatted(lang, value)
}

fn formatted(lang: Lang, value: icu_decimal::input::Decimal) -> String {
    // One formatter per language and thread (a formatter is not `Sync`).
    thread_local! {
        static FORMATTERS: Vec<(Lang, icu_decimal::DecimalFormatter)> =
            per_language("-u-nu-latn", |locale| {
                icu_decimal::DecimalFormatter::try_new(locale.into(), Default::default()).ok()
            });
    }
    FORMATTERS.with(
        |formatters| match formatters.iter().find(|(l, _)| *l == lang) {
            Some((_, formatter)) => formatter.format(&value).to_string(),
            None => value.to_string(),
        },
    )
}

/// A date written `YYYY-MM-DD` as `lang` writes dates in full, Gregorian
/// and in Western digits as UN documents do (ICU4X, CLDR data): `31 March
/// 2026`, `31 mars 2026`, `31 de marzo de 2026`, `2026年3月31日`. Anything
/// else is returned as written.
pub fn date(lang: Lang, iso: &str) -> String {
    use icu_datetime::input::Date;
    thread_local! {
        static FORMATTERS: Vec<(Lang, icu_datetime::DateTimeFormatter<icu_datetime::fieldsets::YMD>)> =
            per_language("-u-ca-gregory-nu-latn", |locale| {
                icu_datetime::DateTimeFormatter::try_new(
                    locale.into(),
                    icu_datetime::fieldsets::YMD::long(),
                )
                .ok()
            });
    }
    let mut parts = iso.trim().splitn(3, '-');
    let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_owned();
    };
    let (Ok(year), Ok(month), Ok(day)) =
        (year.parse::<i32>(), month.parse::<u8>(), day.parse::<u8>())
    else {
        return iso.to_owned();
    };
    let Ok(value) = Date::try_new_iso(year, month, day) else {
        return iso.to_owned();
    };
    FORMATTERS.with(
        |formatters| match formatters.iter().find(|(l, _)| *l == lang) {
            Some((_, formatter)) => formatter.format(&value).to_string(),
            None => iso.to_owned(),
        },
    )
}

/// Compares two names as `lang` sorts them (ICU4X collation with CLDR's
/// data: accents after their letter in French, `ñ` after `n` in Spanish,
/// Arabic by its own alphabet), falling back to code points.
pub fn collate(lang: Lang, a: &str, b: &str) -> std::cmp::Ordering {
    type Collators = Vec<(Lang, icu_collator::CollatorBorrowed<'static>)>;
    static COLLATORS: LazyLock<Collators> = LazyLock::new(|| {
        per_language("", |locale| {
            icu_collator::Collator::try_new(
                locale.into(),
                icu_collator::options::CollatorOptions::default(),
            )
            .ok()
        })
    });
    match COLLATORS.iter().find(|(l, _)| *l == lang) {
        Some((_, collator)) => collator.compare(a, b).then_with(|| a.cmp(b)),
        None => a.cmp(b),
    }
}

/// The keys English has and `lang` lacks, sorted (question texts still to
/// translate, for instance). Empty for a complete language.
pub fn missing_keys(lang: Lang) -> Vec<&'static str> {
    let own = messages(lang);
    let mut missing: Vec<&'static str> = messages(Lang::En)
        .keys()
        .filter(|key| !own.contains_key(*key))
        .map(String::as_str)
        .collect();
    missing.sort_unstable();
    missing
}

/// Whether every English key of the question texts (`q-*`) has a
/// translation in `lang`: the interfaces say so where they are not.
pub fn questions_translated(lang: Lang) -> bool {
    !missing_keys(lang).iter().any(|key| key.starts_with("q-"))
}

/// One language's messages: key (with `.attribute` appended) → text.
pub type Messages = HashMap<String, String>;

static CATALOGUES: LazyLock<Vec<(Lang, Messages)>> = LazyLock::new(|| {
    RESOURCES
        .iter()
        .map(|(lang, text)| (*lang, parse(text).unwrap_or_else(|e| panic!("{e}"))))
        .collect()
});

/// Per language, the keys whose text has a selector (plural forms): these
/// are resolved by `fluent-bundle`.
static SELECTING: LazyLock<Vec<(Lang, HashSet<String>)>> = LazyLock::new(|| {
    RESOURCES
        .iter()
        .map(|(lang, text)| (*lang, selecting_keys(text)))
        .collect()
});

/// One `fluent-bundle` per language, for the messages with selectors.
static BUNDLES: LazyLock<Vec<(Lang, FluentBundle<FluentResource>)>> = LazyLock::new(|| {
    RESOURCES
        .iter()
        .map(|(lang, text)| {
            let id = lang
                .code()
                .parse()
                .unwrap_or_else(|_| unreachable!("language codes are valid identifiers"));
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Terminal output, JSON and XML carry no invisible isolation marks;
            // the renderers isolate runs of the other direction themselves.
            bundle.set_use_isolating(false);
            let resource = FluentResource::try_new(plural_selectors(text))
                .unwrap_or_else(|(_, errors)| panic!("locale file: {errors:?}"));
            let plural_lang = *lang;
            bundle
                .add_function("PLURAL", move |positional, _named| {
                    match positional.first() {
                        Some(FluentValue::Number(n)) => {
                            FluentValue::from(plural_category(plural_lang, n.value))
                        }
                        Some(other) => other.clone(),
                        None => FluentValue::None,
                    }
                })
                .unwrap_or_else(|e| panic!("locale functions: {e:?}"));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|errors| panic!("locale file: {errors:?}"));
            (*lang, bundle)
        })
        .collect()
});

/// Whether `key` in `lang` has a selector (plural forms), so that only
/// [`format`] resolves it correctly.
pub(crate) fn has_selector(lang: Lang, key: &str) -> bool {
    SELECTING
        .iter()
        .find(|(l, _)| *l == lang)
        .is_some_and(|(_, keys)| keys.contains(key))
}

/// `key` in `lang` with its arguments: plural and other selectors resolved
/// by `fluent-bundle` (an argument written as a whole number is a number), the
/// rest filled by [`fill`]. Falls back to English.
pub fn format<S: AsRef<str>>(lang: Lang, key: &str, args: &[(&str, S)]) -> String {
    let lang = if lookup(lang, key).is_some() {
        lang
    } else {
        Lang::En
    };
    if !has_selector(lang, key) {
        return fill(text(lang, key), args);
    }
    let Some((_, bundle)) = BUNDLES.iter().find(|(l, _)| *l == lang) else {
        return fill(text(lang, key), args);
    };
    let (id, attribute) = match key.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (key, None),
    };
    let pattern = bundle.get_message(id).and_then(|message| match attribute {
        Some(name) => message.get_attribute(name).map(|a| a.value()),
        None => message.value(),
    });
    let Some(pattern) = pattern else {
        return missing(key).to_owned();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = value.as_ref();
        let value = match value.parse::<i64>() {
            Ok(n) if n.to_string() == value => FluentValue::from(n),
            _ => FluentValue::from(value),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// The resource text with every `{ $name ->` selector read through our
/// `PLURAL` function. The plural rules `fluent-bundle` takes from
/// `intl_pluralrules` 7.0.2 drop CLDR's `n % 100` (Arabic 103 falls to
/// `other` instead of `few`, 111 to `other` instead of `many`), so the
/// category is computed here instead; translators keep writing plain
/// `{ $count -> [one] … *[other] … }`.
fn plural_selectors(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        // `{`, spaces, `$name`, spaces or line breaks, `->`: a selector.
        let after_space = rest.trim_start();
        let Some(variable) = after_space.strip_prefix('$') else {
            continue;
        };
        let name_len = variable
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(variable.len());
        let (name, tail) = variable.split_at(name_len);
        if !name.is_empty() && tail.trim_start().starts_with("->") {
            out.push_str(&format!(" PLURAL(${name})"));
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}

/// The CLDR plural category of `n` in `lang` (cardinal): `zero`, `one`,
/// `two`, `few`, `many` or `other`. Arabic's six forms and Russian's four
/// (with French, Spanish and Chinese) are here ahead of those languages' files.
pub(crate) fn plural_category(lang: Lang, n: f64) -> &'static str {
    let integer = n.fract() == 0.0 && n >= 0.0;
    match lang {
        Lang::Ar => {
            let hundreds = n % 100.0;
            if n == 0.0 {
                "zero"
            } else if n == 1.0 {
                "one"
            } else if n == 2.0 {
                "two"
            } else if integer && (3.0..=10.0).contains(&hundreds) {
                "few"
            } else if integer && (11.0..=99.0).contains(&hundreds) {
                "many"
            } else {
                "other"
            }
        }
        // CLDR (integers `i`, no visible fraction for whole counts).
        Lang::Ru if integer => {
            let (tens, hundreds) = (n % 10.0, n % 100.0);
            if tens == 1.0 && hundreds != 11.0 {
                "one"
            } else if (2.0..=4.0).contains(&tens) && !(12.0..=14.0).contains(&hundreds) {
                "few"
            } else {
                "many"
            }
        }
        Lang::Ru => "other",
        // French counts 0 and 1 as one; French and Spanish say "many" of millions.
        Lang::Fr if (0.0..2.0).contains(&n) => "one",
        Lang::Fr | Lang::Es if integer && n != 0.0 && n % 1_000_000.0 == 0.0 => "many",
        Lang::Es if n == 1.0 => "one",
        Lang::Zh => "other",
        _ if n == 1.0 => "one",
        _ => "other",
    }
}

/// The keys (`id` or `id.attribute`) whose pattern holds a selector.
fn selecting_keys(source: &str) -> HashSet<String> {
    let Ok(resource) = fluent_syntax::parser::parse(source) else {
        return HashSet::new();
    };
    let has_selector = |pattern: &Pattern<&str>| {
        pattern.elements.iter().any(|element| {
            matches!(
                element,
                PatternElement::Placeable {
                    expression: Expression::Select { .. }
                }
            )
        })
    };
    let mut keys = HashSet::new();
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        if message.value.as_ref().is_some_and(has_selector) {
            keys.insert(message.id.name.to_owned());
        }
        for attribute in &message.attributes {
            if has_selector(&attribute.value) {
                keys.insert(format!("{}.{}", message.id.name, attribute.id.name));
            }
        }
    }
    keys
}

/// A locale file that is not Fluent: the line of the first problem, and what it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("locale file, line {line}: {problem}")]
pub struct LocaleError {
    pub line: usize,
    pub problem: String,
}

/// Parses a Fluent resource into flat messages. Errors name the line.
pub fn parse(source: &str) -> Result<Messages, LocaleError> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        let Some(first) = errors.first() else {
            return LocaleError {
                line: 1,
                problem: "unreadable".to_owned(),
            };
        };
        let line = source[..first.pos.start.min(source.len())]
            .matches('\n')
            .count()
            + 1;
        LocaleError {
            line,
            problem: format!("{:?}", first.kind),
        }
    })?;
    let mut out = Messages::new();
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name;
        if let Some(value) = &message.value {
            out.insert(id.to_owned(), flatten(value));
        }
        for attribute in &message.attributes {
            out.insert(
                format!("{id}.{}", attribute.id.name),
                flatten(&attribute.value),
            );
        }
    }
    Ok(out)
}

fn flatten(pattern: &Pattern<&str>) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    out.push('{');
                    out.push_str(id.name);
                    out.push('}');
                }
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    out.push_str(value)
                }
                // A selector (plural forms) reads as its default variant here;
                // [`format`] resolves it properly.
                Expression::Select { variants, .. } => {
                    if let Some(default) = variants.iter().find(|v| v.default) {
                        out.push_str(&flatten(&default.value));
                    }
                }
                _ => {}
            },
        }
    }
    out
}

/// The messages of `lang` (English for a language with no file yet).
pub fn messages(lang: Lang) -> &'static Messages {
    let catalogues: &'static [(Lang, Messages)] = &CATALOGUES;
    catalogues
        .iter()
        .find(|(l, _)| *l == lang)
        .or_else(|| catalogues.first())
        .map(|(_, m)| m)
        .unwrap_or_else(|| unreachable!("the English resource is embedded"))
}

/// The text of `key` in `lang`, if that language has it.
pub fn lookup(lang: Lang, key: &str) -> Option<&'static str> {
    messages(lang).get(key).map(String::as_str)
}

/// The text of `key` in `lang`, falling back to English, then to the key itself.
pub fn text(lang: Lang, key: &str) -> &'static str {
    lookup(lang, key)
        .or_else(|| lookup(Lang::En, key))
        .unwrap_or_else(|| missing(key))
}

/// A key no resource has (the tests keep this from happening): shown as
/// itself, which beats an empty label; kept once per key.
fn missing(key: &str) -> &'static str {
    static MISSING: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());
    let mut seen = MISSING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(known) = seen.iter().find(|k| **k == key) {
        return known;
    }
    let leaked: &'static str = Box::leak(key.to_owned().into_boxed_str());
    seen.push(leaked);
    leaked
}

/// `key` in `lang` (falling back to English), if English has it.
pub fn get(lang: Lang, key: &str) -> Option<&'static str> {
    let en = lookup(Lang::En, key)?;
    Some(lookup(lang, key).unwrap_or(en))
}

/// The key of an id: dots become dashes (`marking.on_import` → `marking-on_import`).
pub fn key(prefix: &str, id: &str) -> String {
    format!("{prefix}-{}", id.replace('.', "-"))
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

    /// The plural category of each count the issue names, in the languages
    /// whose rules differ most (CLDR).
    #[test]
    fn plural_categories_follow_cldr() {
        let counts = [0.0, 1.0, 2.0, 3.0, 5.0, 11.0, 21.0, 100.0];
        let of = |lang| counts.map(|n| plural_category(lang, n));
        assert_eq!(
            of(Lang::Ar),
            ["zero", "one", "two", "few", "few", "many", "many", "other"]
        );
        assert_eq!(plural_category(Lang::Ar, 103.0), "few");
        assert_eq!(
            of(Lang::Ru),
            ["many", "one", "few", "few", "many", "many", "one", "many"]
        );
        assert_eq!(plural_category(Lang::Ru, 1.5), "other");
        assert_eq!(
            of(Lang::Fr),
            [
                "one", "one", "other", "other", "other", "other", "other", "other"
            ]
        );
        assert_eq!(plural_category(Lang::Fr, 1_000_000.0), "many");
        assert_eq!(
            of(Lang::Es),
            [
                "other", "one", "other", "other", "other", "other", "other", "other"
            ]
        );
        assert_eq!(of(Lang::Zh), ["other"; 8]);
        assert_eq!(
            of(Lang::En),
            [
                "other", "one", "other", "other", "other", "other", "other", "other"
            ]
        );
    }

    /// Numbers as each language groups them, in Western digits.
    #[test]
    fn numbers_are_grouped_per_language_in_western_digits() {
        assert_eq!(number(Lang::En, 12000), "12,000");
        assert_eq!(number(Lang::Ar, 12000), "12,000");
        assert_eq!(number(Lang::Fr, 12000), "12\u{202f}000");
        assert_eq!(number(Lang::Es, 12000), "12.000");
        assert_eq!(number(Lang::Ru, 12000), "12\u{a0}000");
        assert_eq!(number(Lang::Zh, 12000), "12,000");
        assert_eq!(number(Lang::En, 300), "300");
        assert_eq!(decimal(Lang::En, 12.46, 1), "12.5");
        assert_eq!(decimal(Lang::Fr, 12.46, 1), "12,5");
        assert_eq!(decimal(Lang::Ar, 12.46, 1), "12.5");
    }

    /// Dates in full as each language writes them, Gregorian, Western digits.
    #[test]
    fn dates_are_written_in_full_per_language() {
        for (lang, expected) in [
            (Lang::En, "31 March 2026"),
            (Lang::Fr, "31 mars 2026"),
            (Lang::Es, "31 de marzo de 2026"),
            (Lang::Zh, "2026年3月31日"),
        ] {
            assert_eq!(date(lang, "2026-03-31"), expected, "{lang:?}");
        }
        let arabic = date(Lang::Ar, "2026-03-31");
        assert!(arabic.contains("2026") && arabic.contains("31"), "{arabic}");
        assert!(arabic.contains("مارس"), "{arabic}");
        assert!(date(Lang::Ru, "2026-03-31").contains("марта"));
        assert_eq!(date(Lang::Fr, "2026-02-30"), "2026-02-30");
        assert_eq!(date(Lang::Fr, "soon"), "soon");
    }

    /// Names sort as each language sorts them, not by code point.
    #[test]
    fn names_sort_by_each_languages_collation() {
        let mut french = vec!["Zambie", "Égypte", "Estonie", "eswatini", "Éthiopie"];
        french.sort_by(|a, b| collate(Lang::Fr, a, b));
        assert_eq!(
            french,
            ["Égypte", "Estonie", "eswatini", "Éthiopie", "Zambie"]
        );
        let mut spanish = vec!["Nueva Zelandia", "Ñandú", "Namibia", "Oman"];
        spanish.sort_by(|a, b| collate(Lang::Es, a, b));
        assert_eq!(spanish, ["Namibia", "Nueva Zelandia", "Ñandú", "Oman"]);
        let mut arabic = vec!["مصر", "أفغانستان", "الأردن", "إثيوبيا"];
        arabic.sort_by(|a, b| collate(Lang::Ar, a, b));
        assert_eq!(arabic[0], "إثيوبيا", "{arabic:?}");
        assert_eq!(arabic[3], "مصر", "{arabic:?}");
    }

    #[test]
    fn fill_replaces_each_placeholder_once_and_leaves_unknown_ones() {
        let args = [("a", "x{b}"), ("b", "y")];
        assert_eq!(super::fill("{a}-{b}-{c}-{", &args), "x{b}-y-{c}-{");
        assert_eq!(super::fill("{a}{a}", &[("a", String::from("é"))]), "éé");
    }

    use super::*;

    /// Arabic has six plural forms; the summary line uses each.
    #[test]
    fn arabic_counts_take_their_plural_form() {
        let errors = |n: usize| format(Lang::Ar, "cli-errors", &[("count", n.to_string())]);
        assert_eq!(errors(0), "لا أخطاء");
        assert_eq!(errors(1), "خطأ واحد");
        assert_eq!(errors(2), "خطآن");
        assert_eq!(errors(3), "3 أخطاء");
        assert_eq!(errors(11), "11 خطأً");
        assert_eq!(errors(100), "100 خطأ");
        assert_eq!(errors(105), "105 أخطاء", "n % 100 = 5: few");
        assert_eq!(errors(111), "111 خطأً", "n % 100 = 11: many");
        assert_eq!(errors(1000), "1000 خطأ");
        let english = |n: usize| format(Lang::En, "cli-errors", &[("count", n.to_string())]);
        // Every selector goes through PLURAL, however it is spaced.
        assert_eq!(
            plural_selectors(
                "a = { $n ->\n [one] x\n *[other] y\n}\nb = {$m\n  ->\n *[other] { $m }\n}"
            ),
            "a = { PLURAL($n) ->\n [one] x\n *[other] y\n}\nb = { PLURAL($m)\n  ->\n *[other] { $m }\n}"
        );
        for (_, text) in RESOURCES.iter() {
            let rewritten = plural_selectors(text);
            let selectors = text.matches("->").count();
            assert_eq!(rewritten.matches("PLURAL($").count(), selectors);
        }
        assert_eq!(english(1), "1 error(s)");
    }
}
