//! Resolving plain scalars by the YAML 1.2 core schema.
//!
//! YAML 1.2 (unlike 1.1) reads `yes`, `no` and `on` as strings, which is what
//! the answer convention needs; `2024-01-01` stays a string too.

use serde_json::Value;

/// The JSON value of a plain (unquoted) scalar; text is moved, not copied.
pub(crate) fn resolve_plain<'t>(text: impl Into<std::borrow::Cow<'t, str>>) -> Value {
    let text = text.into();
    match resolve_plain_special(&text) {
        Some(value) => value,
        None => Value::String(text.into_owned()),
    }
}

/// A plain scalar's value when it is not plain text (null, bool, number).
fn resolve_plain_special(text: &str) -> Option<Value> {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Some(Value::Null),
        "true" | "True" | "TRUE" => return Some(Value::Bool(true)),
        "false" | "False" | "FALSE" => return Some(Value::Bool(false)),
        _ => {}
    }
    // Every number starts with a digit, a sign or a point; free text (most
    // scalars, and the long ones) is cleared here without a scan.
    if !matches!(
        text.as_bytes().first(),
        Some(b'0'..=b'9' | b'+' | b'-' | b'.')
    ) {
        return None;
    }
    if let Some(n) = resolve_int(text) {
        return Some(n);
    }
    if is_float(text)
        && let Some(n) = text
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
    {
        return Some(Value::Number(n));
    }
    None
}

fn resolve_int(text: &str) -> Option<Value> {
    let (digits, radix) = if let Some(oct) = text.strip_prefix("0o") {
        (oct, 8)
    } else if let Some(hex) = text.strip_prefix("0x") {
        (hex, 16)
    } else {
        (text, 10)
    };
    let body = if radix == 10 {
        digits.strip_prefix(['-', '+']).unwrap_or(digits)
    } else {
        digits
    };
    if body.is_empty() || !body.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    if radix == 10 {
        if let Ok(n) = digits.parse::<i64>() {
            return Some(Value::from(n));
        }
        if let Ok(n) = digits.trim_start_matches('+').parse::<u64>() {
            return Some(Value::from(n));
        }
        // Too large for any integer type: keep the text, the schema will say why.
        return Some(Value::String(text.to_owned()));
    }
    u64::from_str_radix(digits, radix).ok().map(Value::from)
}

fn is_float(text: &str) -> bool {
    let body = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let mantissa_ok = match mantissa.split_once('.') {
        Some((a, b)) => {
            (!a.is_empty() || !b.is_empty())
                && a.chars().all(|c| c.is_ascii_digit())
                && b.chars().all(|c| c.is_ascii_digit())
        }
        None => !mantissa.is_empty() && mantissa.chars().all(|c| c.is_ascii_digit()),
    };
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && e.chars().all(|c| c.is_ascii_digit())
    });
    mantissa_ok && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn yaml_1_2_core_schema() {
        assert_eq!(resolve_plain("yes"), json!("yes"));
        assert_eq!(resolve_plain("no"), json!("no"));
        assert_eq!(resolve_plain(""), Value::Null);
        assert_eq!(resolve_plain("~"), Value::Null);
        assert_eq!(resolve_plain("2026"), json!(2026));
        assert_eq!(resolve_plain("-3"), json!(-3));
        assert_eq!(resolve_plain("0x1F"), json!(31));
        assert_eq!(resolve_plain("1.5"), json!(1.5));
        assert_eq!(resolve_plain("2024-01-01"), json!("2024-01-01"));
        assert_eq!(resolve_plain("true"), json!(true));
        assert_eq!(
            resolve_plain("99999999999999999999999"),
            json!("99999999999999999999999")
        );
        assert_eq!(resolve_plain("1e3"), json!(1000.0));
        assert_eq!(resolve_plain("e3"), json!("e3"));
        assert_eq!(resolve_plain("."), json!("."));
    }
}
