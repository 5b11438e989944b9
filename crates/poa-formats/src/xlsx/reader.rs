//! Reading a workbook written by `render --to xlsx` back into a report,
//! also after Excel or LibreOffice has opened, edited and saved it.
//!
//! Every value row carries its JSON path in a hidden column, so the
//! importer rebuilds the report's JSON value row by row, checks it with the
//! JSON Schema and makes the typed report. A workbook that is not ours
//! (missing sheets, renamed columns, rows we did not write), a corrupt file,
//! a zip bomb or an oversized sheet is refused naming the sheet and cell.

use std::collections::HashMap;
use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use serde_json::{Map, Value};

use crate::archive;
use crate::import::{ImportError, report_from_value};
use crate::xlsx::layout::*;
use crate::xlsx::writer::{FIRST_DATA_ROW, HEADER_ROW, cell_name};
use poa_core::model::{Lang, Report};
use poa_core::pointer::{Entries, Pointer};
use poa_core::shape::{Shape, report_shape};

/// Most rows and columns a sheet of ours can have.
const MAX_ROWS: usize = 50_000;
const MAX_COLS: usize = 64;

/// Imports a report from XLSX bytes.
pub fn import(bytes: &[u8]) -> Result<Report, ImportError> {
    check_zip(bytes)?;
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes))
        .map_err(|e| ImportError::new(format!("not an XLSX workbook: {e}")))?;
    let mut report = Value::Object(Map::new());
    let mut places: Vec<(String, String)> = Vec::new();
    let present = workbook.sheet_names();
    let mut found = Vec::new();
    for sheet in sheet_names() {
        match present.iter().find(|n| sheet_key(n) == Some(sheet)) {
            Some(name) => found.push((sheet, name.clone())),
            None => {
                return Err(ImportError::new(format!(
                    "sheet `{}` is missing: this is not a workbook written by `poa-report render`",
                    sheet_title(sheet, Lang::En)
                )));
            }
        }
    }
    for (sheet, name) in &found {
        let (sheet, name) = (*sheet, name.as_str());
        let cells = read_cells(&mut workbook, name)?;
        read_sheet(sheet, name, &cells, &mut report, &mut places)?;
    }
    drop_empty_entries(&mut report);
    report_from_value(report).map_err(|e| {
        match e.place.as_deref().and_then(|p| place_of(p, &places)) {
            Some(place) => ImportError::at(e.message, place),
            None => e,
        }
    })
}

/// A sheet's cells, kept sparse: only the cells the file holds.
struct Cells {
    cells: HashMap<(u32, u16), Data>,
    /// One past the last row that holds a cell.
    rows: u32,
}

impl Cells {
    fn get(&self, row: u32, col: u16) -> Data {
        self.cells.get(&(row, col)).cloned().unwrap_or(Data::Empty)
    }
}

/// Reads a sheet cell by cell, checking every cell reference against the
/// bounds of our sheets before anything is stored. (calamine's
/// `worksheet_range` allocates the whole rows × columns box the references
/// span: one cell `XFD1048576`, or a forged `I99999999999936`, asks for
/// gigabytes and aborts the process; tafia/calamine#693.)
fn read_cells(workbook: &mut Xlsx<Cursor<&[u8]>>, name: &str) -> Result<Cells, ImportError> {
    let place = || format!("sheet `{name}`");
    let mut reader = workbook
        .worksheet_cells_reader(name)
        .map_err(|e| ImportError::at(format!("cannot read: {e}"), place()))?;
    let mut cells = Cells {
        cells: HashMap::new(),
        rows: 0,
    };
    while let Some(cell) = reader
        .next_cell()
        .map_err(|e| ImportError::at(format!("cannot read: {e}"), place()))?
    {
        let (row, col) = cell.get_position();
        if row as usize >= MAX_ROWS || col as usize >= MAX_COLS {
            return Err(ImportError::at(
                format!(
                    "the sheet is too large: it has a cell at row {}, column {}, beyond the {MAX_ROWS} rows and {MAX_COLS} columns a report's sheet has",
                    u64::from(row) + 1,
                    u64::from(col) + 1
                ),
                place(),
            ));
        }
        let value = Data::from(cell.get_value().clone());
        if value != Data::Empty {
            cells.rows = cells.rows.max(row + 1);
            cells.cells.insert((row, col as u16), value);
        }
    }
    Ok(cells)
}

/// The workbook's package, checked (see [`crate::archive`]); every sheet's
/// cell references are checked before calamine reads them.
fn check_zip(bytes: &[u8]) -> Result<(), ImportError> {
    let is_sheet = |name: &str| name.starts_with("xl/worksheets/") && name.ends_with(".xml");
    for (name, part) in archive::open(bytes, WORKBOOK, is_sheet)? {
        check_cell_references(&part, &name)?;
    }
    Ok(())
}

/// A workbook, as the package checks name it.
const WORKBOOK: archive::Kind = archive::Kind {
    a: "an XLSX workbook",
    noun: "workbook",
    others: "workbooks",
};

/// Checks every cell reference of a sheet part (`r` of rows and cells,
/// `ref` of ranges) against our sheets' bounds before calamine reads it:
/// calamine parses references with unchecked arithmetic, so a forged
/// `I99999999999936` overflows (a panic, or a wrong row in a release build).
fn check_cell_references(xml: &[u8], part: &str) -> Result<(), ImportError> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    loop {
        let element = match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => e,
            Ok(Event::Eof) => return Ok(()),
            Ok(_) => {
                buf.clear();
                continue;
            }
            Err(e) => return Err(ImportError::at(format!("not a worksheet: {e}"), part)),
        };
        for attribute in element.attributes().flatten() {
            // Unprefixed names only: `xmlns:r` declares a namespace, `r:id` is a relationship.
            if !matches!(attribute.key.as_ref(), "r" | "ref" | "sqref") {
                continue;
            }
            let value = attribute.value.to_string();
            let in_bounds = value
                .split([':', ' '])
                .filter(|r| !r.is_empty())
                .all(|r| reference_in_bounds(r, element.local_name().as_ref() == "row"));
            if !in_bounds {
                return Err(ImportError::at(
                    format!(
                        "the sheet is too large: cell reference `{}` is beyond the {MAX_ROWS} rows and {MAX_COLS} columns a report's sheet has",
                        value.chars().take(40).collect::<String>()
                    ),
                    part,
                ));
            }
        }
        buf.clear();
    }
}

/// `B12` (or a bare row number `12` for a row) within our bounds.
fn reference_in_bounds(reference: &str, row_only: bool) -> bool {
    let reference = reference.replace('$', "");
    let letters = reference
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .count();
    let (col, row) = reference.split_at(letters);
    if (row_only && letters > 0) || letters > 3 || row.is_empty() || row.len() > 7 {
        return false;
    }
    let Ok(row) = row.parse::<usize>() else {
        return false;
    };
    let col = col.bytes().fold(0usize, |n, c| {
        n * 26 + usize::from(c.to_ascii_uppercase() - b'A') + 1
    });
    (1..=MAX_ROWS).contains(&row) && col <= MAX_COLS
}

fn cell(cells: &Cells, row: u32, col: u16) -> Data {
    cells.get(row, col)
}

fn cell_text(data: &Data) -> String {
    match data {
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => serial_to_date(d.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.get(0..10).unwrap_or(s).to_owned(),
        Data::Error(e) => format!("#{e:?}"),
        Data::Empty => String::new(),
    }
}

/// `YYYY-MM-DD` of a spreadsheet date serial (days since 1899-12-30).
fn serial_to_date(serial: f64) -> String {
    let (year, month, day) = poa_core::timestamp::civil_from_days(serial.floor() as i64 - 25_569);
    format!("{year:04}-{month:02}-{day:02}")
}

fn read_sheet(
    sheet: &str,
    name: &str,
    range: &Cells,
    report: &mut Value,
    places: &mut Vec<(String, String)>,
) -> Result<(), ImportError> {
    let at = |row: u32, col: u16| format!("sheet `{name}`, cell {}", cell_name(row, col));
    for (col, expected) in FIXED_HEADERS.iter().enumerate() {
        let found = cell_text(&cell(range, HEADER_ROW, col as u16));
        if !is_fixed_header(col, &found) {
            return Err(ImportError::at(
                format!(
                    "expected the column header `{expected}`, found `{found}`: columns were renamed or moved"
                ),
                at(HEADER_ROW, col as u16),
            ));
        }
    }
    let mut langs: Vec<Lang> = Vec::new();
    let mut col = COL_FIRST_TEXT;
    loop {
        let header = cell_text(&cell(range, HEADER_ROW, col));
        if header == PATH_HEADER {
            break;
        }
        match header_lang(&header) {
            Some(lang) if !langs.contains(&lang) => langs.push(lang),
            _ => {
                return Err(ImportError::at(
                    format!(
                        "expected a text column header such as `Text (en)` or `path`, found `{header}`"
                    ),
                    at(HEADER_ROW, col),
                ));
            }
        }
        col += 1;
        if usize::from(col) >= MAX_COLS {
            return Err(ImportError::at(
                "no `path` column",
                format!("sheet `{name}`"),
            ));
        }
    }
    let path_col = col;
    let form_col = col + 1;
    if cell_text(&cell(range, HEADER_ROW, form_col)) != FORM_HEADER {
        return Err(ImportError::at(
            format!("expected the column header `{FORM_HEADER}`"),
            at(HEADER_ROW, form_col),
        ));
    }
    for row in FIRST_DATA_ROW..range.rows {
        let path_text = cell_text(&cell(range, row, path_col));
        let id = cell_text(&cell(range, row, COL_ID));
        if id.starts_with('#') {
            continue; // the cover's validation status
        }
        if path_text.is_empty() {
            let filled =
                (COL_VALUE..form_col).find(|c| !cell_text(&cell(range, row, *c)).trim().is_empty());
            match filled {
                Some(c) => {
                    return Err(ImportError::at(
                        "a row poa-report did not write (it has no path): add answers in the rows provided",
                        at(row, c),
                    ));
                }
                None => continue,
            }
        }
        let path: Vec<String> = path_text.split('.').map(str::to_owned).collect();
        if !path_belongs(sheet, &path) {
            return Err(ImportError::at(
                format!("path `{path_text}` does not belong on this sheet"),
                at(row, path_col),
            ));
        }
        let Some(shape) = Pointer::from_segments(&path).shape(report_shape()) else {
            return Err(ImportError::at(
                format!("unknown path `{path_text}`"),
                at(row, path_col),
            ));
        };
        let pointer = Pointer::from_segments(&path).to_string();
        places.push((pointer, at(row, COL_VALUE)));
        let value = match shape {
            Shape::Text | Shape::Localized => {
                let form = cell_text(&cell(range, row, form_col));
                let texts: Vec<(Lang, String)> = langs
                    .iter()
                    .enumerate()
                    .map(|(j, l)| (*l, cell_text(&cell(range, row, COL_FIRST_TEXT + j as u16))))
                    .collect();
                free_text(&form, &texts, *shape == Shape::Text)
            }
            Shape::List(item) => {
                let text = cell_text(&cell(range, row, COL_VALUE));
                let items: Vec<Value> = list_items(item, &text)
                    .into_iter()
                    .map(Value::String)
                    .collect();
                (!items.is_empty()).then_some(Value::Array(items))
            }
            Shape::Int { .. } => {
                let data = cell(range, row, COL_VALUE);
                whole_number(&data).map_err(|shown| {
                    ImportError::at(
                        format!("`{shown}` is not a whole number, 0 or more"),
                        at(row, COL_VALUE),
                    )
                })?
            }
            Shape::Object { .. } => {
                return Err(ImportError::at(
                    format!("path `{path_text}` is a group, not a value"),
                    at(row, path_col),
                ));
            }
            Shape::Choice { def, values } => {
                let text = cell_text(&cell(range, row, COL_VALUE));
                let code = choice_code(def, values, &text).map_or(text, str::to_owned);
                (!code.is_empty()).then_some(Value::String(code))
            }
            Shape::Str { .. } => {
                let text = cell_text(&cell(range, row, COL_VALUE));
                (!text.is_empty()).then_some(Value::String(text))
            }
        };
        if let Some(value) = value {
            set_path(report, &path, value).map_err(|m| ImportError::at(m, at(row, path_col)))?;
        }
    }
    Ok(())
}

fn path_belongs(sheet: &str, path: &[String]) -> bool {
    let first = path.first().map(String::as_str).unwrap_or("");
    match sheet {
        COVER_SHEET => first != "contacts" && first != "sections",
        CONTACTS_SHEET => first == "contacts",
        section => first == "sections" && path.get(1).map(String::as_str) == Some(section),
    }
}

fn whole_number(data: &Data) -> Result<Option<Value>, String> {
    match data {
        Data::Empty => Ok(None),
        Data::Int(i) if *i >= 0 => Ok(Some(Value::from(*i))),
        Data::Float(f) if *f >= 0.0 && f.fract() == 0.0 && *f <= 9_007_199_254_740_992.0 => {
            Ok(Some(Value::from(*f as u64)))
        }
        Data::String(s) if s.trim().is_empty() => Ok(None),
        Data::String(s) => s
            .trim()
            .parse::<u64>()
            .map(|n| Some(Value::from(n)))
            .map_err(|_| s.clone()),
        other => Err(cell_text(other)),
    }
}

/// Free text from the form column and the language columns.
fn free_text(form: &str, texts: &[(Lang, String)], plain_allowed: bool) -> Option<Value> {
    let first = texts.first().map(|(l, _)| *l);
    let listed: Vec<&str> = form
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let filled = |lang: Lang| {
        texts
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, t)| t.clone())
    };
    let others_filled = texts.iter().skip(1).any(|(_, t)| !t.is_empty());
    if plain_allowed && listed == ["plain"] && !others_filled {
        return Some(Value::String(first.and_then(filled).unwrap_or_default()));
    }
    let mut map = Map::new();
    for (lang, text) in texts {
        let keep = listed.contains(&lang.code())
            || (listed == ["plain"] && Some(*lang) == first)
            || !text.is_empty();
        if keep {
            map.insert(lang.code().to_owned(), Value::String(text.clone()));
        }
    }
    (!map.is_empty()).then_some(Value::Object(map))
}

/// Puts a cell's value at its row's path; a path met twice is refused.
fn set_path(root: &mut Value, path: &[String], value: Value) -> Result<(), String> {
    let place = Pointer::from_segments(path);
    let node = place
        .get_or_create(root, Entries::FillGaps)
        .map_err(|e| format!("`{}`: {e}", path.join(".")))?;
    if !node.is_null() {
        return Err(format!("`{}` appears twice", path.join(".")));
    }
    *node = value;
    Ok(())
}

/// Removes spare entries left empty (and gaps) from every list.
fn drop_empty_entries(value: &mut Value) {
    match value {
        Value::Array(items) => {
            items.retain(|v| {
                !matches!(v, Value::Null) && !matches!(v, Value::Object(m) if m.is_empty())
            });
            items.iter_mut().for_each(drop_empty_entries);
        }
        Value::Object(map) => map.values_mut().for_each(drop_empty_entries),
        _ => {}
    }
}

/// The sheet and cell of the row whose pointer is the longest prefix of `pointer`.
fn place_of(pointer: &str, places: &[(String, String)]) -> Option<String> {
    places
        .iter()
        .filter(|(p, _)| {
            pointer == p
                || pointer.starts_with(&format!("{p}/"))
                || p.starts_with(&format!("{pointer}/"))
        })
        .min_by_key(|(p, _)| p.len().abs_diff(pointer.len()))
        .map(|(_, place)| place.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreadsheet_serials_become_dates() {
        assert_eq!(serial_to_date(45_292.0), "2024-01-01");
        assert_eq!(serial_to_date(46_022.0), "2025-12-31");
    }

    #[test]
    fn free_text_keeps_its_form() {
        let texts = vec![(Lang::En, "Hello".to_owned()), (Lang::Ar, String::new())];
        assert_eq!(
            free_text("plain", &texts, true),
            Some(Value::String("Hello".into()))
        );
        assert_eq!(
            free_text("en,ar", &texts, true),
            Some(serde_json::json!({ "en": "Hello", "ar": "" }))
        );
        let typed = vec![
            (Lang::En, "Hello".to_owned()),
            (Lang::Ar, "مرحبا".to_owned()),
        ];
        assert_eq!(
            free_text("plain", &typed, true),
            Some(serde_json::json!({ "en": "Hello", "ar": "مرحبا" }))
        );
        assert_eq!(free_text("", &[(Lang::En, String::new())], true), None);
    }
}
