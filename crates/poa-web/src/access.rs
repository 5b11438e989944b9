//! Who may reach the form when it is served beyond this machine.
//!
//! On loopback (the default) only this machine's users can connect, and the
//! `Host` check stops web pages from reaching the form through DNS
//! rebinding. With `--listen ADDR`, anyone on the network could connect, so
//! the server makes a secret access token at start and prints it in the link
//! to share (as Jupyter does). The first request carrying `?access=TOKEN`
//! gets the token as a cookie and is sent on to the same page without it,
//! so the secret leaves the address bar; every later request must carry the
//! cookie. Tokens are compared in constant time. The `Host` names accepted
//! are those a client really uses: the address listened on, or, for
//! `0.0.0.0`/`::`, every address of the machine, its host name, and any
//! `--public-host NAME`.

use std::net::{IpAddr, SocketAddr};

use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// The access cookie's name, with the port: two forms served from one
/// machine keep a cookie each (cookies are per host, not per port).
pub(crate) fn cookie_name(port: u16) -> String {
    format!("poa-report-access-{port}")
}

/// What a client without the token is told.
pub(crate) const REFUSED: &str = "this form is shared with an access token: open the link `poa-report serve` printed when it started (it ends in ?access=...)\n";

/// What to do with a request.
pub(crate) enum Verdict {
    /// It carries the token.
    Allowed,
    /// It does not.
    Refused,
    /// It brought the token in the link: set the cookie and come back
    /// without the token in the address.
    FirstVisit(Response),
}

/// Whether `request` may go on, given the server's `secret` and port.
pub fn check(request: &Request, secret: &str, port: u16) -> Verdict {
    let cookie = cookie_name(port);
    let from_cookie = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .any(|(name, value)| name == cookie && same_secret(value, secret));
    if from_cookie {
        return Verdict::Allowed;
    }
    let uri = request.uri();
    let query = uri.query().unwrap_or("");
    let from_link = query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .any(|(name, value)| name == "access" && same_secret(value, secret));
    if !from_link || !matches!(*request.method(), Method::GET | Method::HEAD) {
        return Verdict::Refused;
    }
    let rest: Vec<&str> = query
        .split('&')
        .filter(|pair| !pair.starts_with("access="))
        .collect();
    // One leading slash only: `//host/` would send the browser off-site.
    let path = format!("/{}", uri.path().trim_start_matches('/'));
    let location = if rest.is_empty() {
        path
    } else {
        format!("{path}?{}", rest.join("&"))
    };
    // Lax, not Strict: a link opened from a mail or chat program is a
    // navigation from another site, and must still reach the form. Changes
    // need the page's CSRF token besides.
    let cookie = format!("{cookie}={secret}; Path=/; HttpOnly; SameSite=Lax");
    let mut response = (StatusCode::SEE_OTHER, "").into_response();
    let headers = response.headers_mut();
    if let (Ok(location), Ok(cookie)) = (
        HeaderValue::from_str(&location),
        HeaderValue::from_str(&cookie),
    ) {
        headers.insert(header::LOCATION, location);
        headers.insert(header::SET_COOKIE, cookie);
        Verdict::FirstVisit(response)
    } else {
        Verdict::Refused
    }
}

/// Compares two tokens in time that depends only on their lengths, so the
/// secret cannot be guessed a character at a time from response times.
pub fn same_secret(given: &str, secret: &str) -> bool {
    let (given, secret) = (given.as_bytes(), secret.as_bytes());
    let mut difference = given.len() ^ secret.len();
    for (i, byte) in secret.iter().enumerate() {
        difference |= usize::from(given.get(i).copied().unwrap_or(0) ^ byte);
    }
    difference == 0
}

/// `ip:port`, with IPv6 addresses in brackets.
fn with_port(ip: IpAddr, port: u16) -> String {
    SocketAddr::new(ip, port).to_string()
}

/// The `Host` values the server answers to.
pub fn host_names(addr: SocketAddr, public_hosts: &[String]) -> Vec<String> {
    let port = addr.port();
    let mut ips = vec![addr.ip()];
    let mut names: Vec<String> = Vec::new();
    if addr.ip().is_loopback() {
        names.push("localhost".to_owned());
    }
    if addr.ip().is_unspecified() {
        ips = machine_addresses();
        names.push("localhost".to_owned());
        if let Some(name) = host_name() {
            names.push(format!("{name}.local"));
            names.push(name);
        }
    }
    names.extend(public_hosts.iter().cloned());
    let mut hosts: Vec<String> = ips.iter().map(|ip| with_port(*ip, port)).collect();
    hosts.extend(names.iter().map(|name| format!("{name}:{port}")));
    // On port 80 a browser sends the host alone.
    if port == 80 {
        hosts.extend(ips.iter().map(|ip| match ip {
            IpAddr::V4(v4) => v4.to_string(),
            IpAddr::V6(v6) => format!("[{v6}]"),
        }));
        hosts.extend(names);
    }
    hosts.dedup();
    hosts
}

/// The host to put in the printed link: `--public-host`, else the address
/// listened on, else (for `0.0.0.0`) the machine's first address beyond
/// loopback.
pub(crate) fn host_for_link(addr: SocketAddr, public_hosts: &[String]) -> String {
    if let Some(name) = public_hosts.first() {
        return format!("{name}:{}", addr.port());
    }
    let ip = if addr.ip().is_unspecified() {
        machine_addresses()
            .into_iter()
            .find(|ip| !ip.is_loopback() && ip.is_ipv4())
            .unwrap_or(addr.ip())
    } else {
        addr.ip()
    };
    with_port(ip, addr.port())
}

/// Every address of the machine's interfaces, loopback included.
fn machine_addresses() -> Vec<IpAddr> {
    let mut ips: Vec<IpAddr> = if_addrs::get_if_addrs()
        .map(|interfaces| interfaces.into_iter().map(|i| i.ip()).collect())
        .unwrap_or_default();
    for loopback in [
        IpAddr::from([127, 0, 0, 1]),
        IpAddr::from([0u16, 0, 0, 0, 0, 0, 0, 1]),
    ] {
        if !ips.contains(&loopback) {
            ips.push(loopback);
        }
    }
    ips
}

/// The machine's host name, as `/etc/hostname` or the kernel has it.
fn host_name() -> Option<String> {
    ["/proc/sys/kernel/hostname", "/etc/hostname"]
        .iter()
        .find_map(|path| std::fs::read_to_string(path).ok())
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_match_only_when_equal() {
        assert!(same_secret("abc123", "abc123"));
        assert!(!same_secret("abc124", "abc123"));
        assert!(!same_secret("abc12", "abc123"));
        assert!(!same_secret("abc1234", "abc123"));
        assert!(!same_secret("", "abc123"));
    }

    #[test]
    fn a_wildcard_address_answers_to_the_machine_s_addresses() {
        let hosts = host_names("0.0.0.0:8470".parse().unwrap(), &["forms.example".into()]);
        assert!(hosts.contains(&"127.0.0.1:8470".to_owned()), "{hosts:?}");
        assert!(
            hosts.contains(&"forms.example:8470".to_owned()),
            "{hosts:?}"
        );
        assert!(!hosts.contains(&"0.0.0.0:8470".to_owned()), "{hosts:?}");
        let hosts = host_names("127.0.0.1:8470".parse().unwrap(), &[]);
        assert_eq!(hosts, ["127.0.0.1:8470", "localhost:8470"]);
    }
}
