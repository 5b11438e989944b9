//! `poa-report portal`: the real binary on 127.0.0.1 with accounts made by
//! `poa-report accounts`, driven over raw HTTP (sessions, CSRF, the State
//! check, receipts, sign-in limits across two processes, hostile text) and
//! by Chromium (sign in, start, upload, submit, receipt).
#![cfg(feature = "serve")]

mod common;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::time::Duration;

use common::browser::{Driver, browser, count, eventually};
use common::{bin, repo, run, start_server, stdout};
use sha2::{Digest, Sha256};

const PASSWORD: &str = "correct horse battery staple";

/// The database a test runs on.
#[derive(Clone, Copy, Debug)]
enum Backend {
    Sqlite,
    Postgres,
}

/// A store with a secretariat account and points of contact of XAB and XAC.
struct Store {
    url: String,
    _dir: tempfile::TempDir,
}

impl Store {
    /// A new store, or none when the tests have no PostgreSQL server.
    fn on(backend: Backend) -> Option<Store> {
        let dir = tempfile::tempdir().unwrap();
        let url = match backend {
            Backend::Sqlite => format!("sqlite:{}", dir.path().join("portal.sqlite").display()),
            Backend::Postgres => common::fresh_postgres_database()?,
        };
        let store = Store { url, _dir: dir };
        store.add("sec@un.example", &["--role", "secretariat"]);
        store.add("npc@xab.example", &["--role", "npc", "--state", "XAB"]);
        store.add("npc@xac.example", &["--role", "npc", "--state", "XAC"]);
        Some(store)
    }

    fn new() -> Store {
        Store::on(Backend::Sqlite).expect("a SQLite store")
    }

    fn add(&self, email: &str, role: &[&str]) {
        let mut child = bin()
            .args(["accounts", "--store", &self.url, "add", "--email", email])
            .args(role)
            .arg("--password-stdin")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(format!("{PASSWORD}\n").as_bytes())
            .unwrap();
        assert!(child.wait().unwrap().success(), "accounts add {email}");
    }

    fn accounts(&self, args: &[&str]) -> std::process::Output {
        let mut all = vec!["accounts", "--store", self.url.as_str()];
        all.extend_from_slice(args);
        run(&all)
    }

    /// A portal process on this store, stopped when dropped.
    fn portal(&self) -> Portal {
        let (child, line) = start_server(&["portal", "--store", &self.url, "--port", "0"]);
        // `portal on http://127.0.0.1:PORT/ (Ctrl-C to stop)`
        let port = line
            .split("127.0.0.1:")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("no port in {line:?}"));
        Portal { child, port }
    }
}

struct Portal {
    child: Child,
    port: u16,
}

impl Drop for Portal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Portal {
    fn client(&self) -> Client {
        Client {
            port: self.port,
            host: format!("127.0.0.1:{}", self.port),
            cookies: BTreeMap::new(),
        }
    }
}

#[derive(Debug)]
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The value of the first hidden `name` field of the page.
    fn field(&self, name: &str) -> String {
        let text = self.text();
        let marker = format!("name=\"{name}\" value=\"");
        text.split(&marker)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_else(|| panic!("no field {name} in {text}"))
            .to_owned()
    }
}

/// A browser-like client over raw HTTP/1.1 with a cookie jar.
#[derive(Clone)]
struct Client {
    port: u16,
    host: String,
    cookies: BTreeMap<String, String>,
}

impl Client {
    fn send(
        &mut self,
        method: &str,
        path: &str,
        content_type: Option<&str>,
        body: &[u8],
    ) -> Answer {
        self.send_with(method, path, content_type, "", body)
    }

    /// `send`, with one more header line (`Name: value`) unless empty.
    fn send_with(
        &mut self,
        method: &str,
        path: &str,
        content_type: Option<&str>,
        extra: &str,
        body: &[u8],
    ) -> Answer {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .unwrap();
        let cookies = self
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
            self.host,
            body.len()
        );
        if !cookies.is_empty() {
            head.push_str(&format!("Cookie: {cookies}\r\n"));
        }
        if let Some(kind) = content_type {
            head.push_str(&format!("Content-Type: {kind}\r\n"));
        }
        if !extra.is_empty() {
            head.push_str(&format!("{extra}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).unwrap();
        stream.write_all(body).unwrap();
        let mut raw = Vec::new();
        let _ = stream.read_to_end(&mut raw);
        let split = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a header block");
        let head = String::from_utf8_lossy(&raw[..split]).into_owned();
        let mut lines = head.split("\r\n");
        let status = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|s| s.parse().ok())
            .expect("a status");
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(": "))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        for (name, value) in &headers {
            if name.eq_ignore_ascii_case("set-cookie") {
                let pair = value.split(';').next().unwrap_or("");
                if let Some((k, v)) = pair.split_once('=') {
                    if value.contains("Max-Age=0") {
                        self.cookies.remove(k);
                    } else {
                        self.cookies.insert(k.to_owned(), v.to_owned());
                    }
                }
            }
        }
        Answer {
            status,
            headers,
            body: raw[split + 4..].to_vec(),
        }
    }

    fn get(&mut self, path: &str) -> Answer {
        self.send("GET", path, None, b"")
    }

    fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Answer {
        let body = fields
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        self.send(
            "POST",
            path,
            Some("application/x-www-form-urlencoded"),
            body.as_bytes(),
        )
    }

    fn upload(&mut self, path: &str, fields: &[(&str, &str)], name: &str, file: &[u8]) -> Answer {
        let boundary = "----poa-test-boundary-7d1e";
        let mut body = Vec::new();
        for (k, v) in fields {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
                )
                .as_bytes(),
            );
        }
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(file);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        self.send(
            "POST",
            path,
            Some(&format!("multipart/form-data; boundary={boundary}")),
            &body,
        )
    }

    fn sign_in(&mut self, email: &str, password: &str) -> Answer {
        let csrf = self.get("/login").field("csrf");
        self.post(
            "/login",
            &[("email", email), ("password", password), ("csrf", &csrf)],
        )
    }

    /// Signs in and returns the session's CSRF token (from a page).
    fn signed_in(portal: &Portal, email: &str) -> (Client, String) {
        let mut client = portal.client();
        let answer = client.sign_in(email, PASSWORD);
        assert_eq!(answer.status, 303, "{}", answer.text());
        let home = client.get("/");
        let csrf = client.get(home.header("location").unwrap()).field("csrf");
        (client, csrf)
    }
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The Aurelia sample as State `state`'s report.
fn report_of(state: &str) -> Vec<u8> {
    std::fs::read_to_string(repo("samples/xaa-aurelia-2026.yaml"))
        .unwrap()
        .replace("iso3: XAA", &format!("iso3: {state}"))
        .into_bytes()
}

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Uploads and submits `content` as `client`; returns the receipt's path.
fn upload_and_submit(client: &mut Client, csrf: &str, state: &str, content: &[u8]) -> String {
    upload_and_submit_to(client, csrf, state, 2026, content)
}

/// `upload_and_submit` for another cycle.
fn upload_and_submit_to(
    client: &mut Client,
    csrf: &str,
    state: &str,
    cycle: u16,
    content: &[u8],
) -> String {
    let base = format!("/reports/{state}/{cycle}");
    let uploaded = client.upload(
        &format!("{base}/upload"),
        &[("csrf", csrf)],
        "report.yaml",
        content,
    );
    assert_eq!(uploaded.status, 303, "{}", uploaded.text());
    let submitted = client.post(&format!("{base}/submit"), &[("csrf", csrf)]);
    assert_eq!(submitted.status, 303, "{}", submitted.text());
    submitted.header("location").expect("a receipt").to_owned()
}

fn without_a_session_every_page_sends_to_sign_in(backend: Backend) {
    let Some(store) = Store::on(backend) else {
        return;
    };
    let portal = store.portal();
    let mut client = portal.client();
    for path in [
        "/",
        "/reports/XAB/2026",
        "/secretariat",
        "/receipts/XAB-2026-v1-00000000",
    ] {
        let answer = client.get(path);
        assert_eq!(answer.status, 303, "{path}");
        let location = answer.header("location").unwrap();
        assert!(location.starts_with("/login"), "{path} → {location}");
    }
    assert_eq!(
        client.get("/reports/XAB/2026").header("location"),
        Some("/login?next=/reports/XAB/2026")
    );
    // Another Host (DNS rebinding) is not answered.
    client.host = "evil.example".into();
    assert_eq!(client.get("/login").status, 421);
}

fn signing_in_sets_a_strict_cookie_and_wrong_or_forged_attempts_are_refused(backend: Backend) {
    let Some(store) = Store::on(backend) else {
        return;
    };
    let portal = store.portal();
    let mut client = portal.client();
    let page = client.get("/login");
    assert_eq!(page.status, 200);
    for field in ["name=\"email\"", "name=\"password\"", "name=\"csrf\""] {
        assert!(page.text().contains(field), "{field}");
    }
    assert_eq!(
        client
            .sign_in("npc@xab.example", "wrong password here")
            .status,
        401
    );
    // A sign-in form posted from elsewhere has no token.
    let forged = client.post(
        "/login",
        &[("email", "npc@xab.example"), ("password", PASSWORD)],
    );
    assert_eq!(forged.status, 403);
    let answer = client.sign_in("npc@xab.example", PASSWORD);
    assert_eq!(answer.status, 303);
    assert_eq!(answer.header("location"), Some("/"));
    let cookie = answer
        .headers
        .iter()
        .find(|(n, v)| n.eq_ignore_ascii_case("set-cookie") && v.starts_with("poa-portal-session="))
        .map(|(_, v)| v.clone())
        .expect("a session cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    assert_eq!(client.get("/").header("location"), Some("/reports/XAB"));
    // Signing out ends the session in the store, not only in the browser.
    let csrf = client.get("/reports/XAB").field("csrf");
    let session = client.cookies["poa-portal-session"].clone();
    assert_eq!(client.post("/logout", &[("csrf", &csrf)]).status, 303);
    client.cookies.insert("poa-portal-session".into(), session);
    assert_eq!(client.get("/reports/XAB/2026").status, 303);
}

fn every_state_changing_request_needs_the_sessions_token(backend: Backend) {
    let Some(store) = Store::on(backend) else {
        return;
    };
    let portal = store.portal();
    let (mut client, csrf) = Client::signed_in(&portal, "npc@xab.example");
    let base = "/reports/XAB/2026";
    for token in [None, Some("0".repeat(64))] {
        let mut fields = vec![("from", "empty")];
        if let Some(token) = &token {
            fields.push(("csrf", token));
        }
        assert_eq!(client.post(&format!("{base}/start"), &fields).status, 403);
        assert_eq!(client.post(&format!("{base}/submit"), &fields).status, 403);
        let upload_fields: Vec<(&str, &str)> = token.iter().map(|t| ("csrf", t.as_str())).collect();
        let upload = client.upload(
            &format!("{base}/upload"),
            &upload_fields,
            "r.yaml",
            &report_of("XAB"),
        );
        assert_eq!(upload.status, 403);
        assert_eq!(client.post("/logout", &fields[1..]).status, 403);
    }
    assert!(
        client
            .get(base)
            .text()
            .contains("There is no draft of this cycle yet.")
    );
    assert_eq!(
        client
            .post(
                &format!("{base}/start"),
                &[("csrf", &csrf), ("from", "empty")]
            )
            .status,
        303
    );
    assert!(client.get(base).text().contains("id=\"draft-summary\""));
}

fn each_state_submits_with_a_receipt_and_never_reaches_the_other(backend: Backend) {
    let Some(store) = Store::on(backend) else {
        return;
    };
    let portal = store.portal();
    let (mut xab, xab_csrf) = Client::signed_in(&portal, "npc@xab.example");
    let (mut xac, xac_csrf) = Client::signed_in(&portal, "npc@xac.example");
    let xab_report = report_of("XAB");
    let receipt = upload_and_submit(&mut xab, &xab_csrf, "XAB", &xab_report);
    assert!(receipt.starts_with("/receipts/XAB-2026-v1-"), "{receipt}");
    let page = xab.get(&receipt);
    assert_eq!(page.status, 200);
    assert!(page.text().contains(&sha256(&xab_report)));
    assert!(page.text().contains("npc@xab.example"));
    let pdf = xab.get(&format!("{receipt}.pdf"));
    assert_eq!(pdf.status, 200);
    assert!(pdf.body.starts_with(b"%PDF"));
    let receipt_id = receipt.trim_start_matches("/receipts/");
    let dir = tempfile::tempdir().unwrap();
    let pdf_path = dir.path().join("receipt.pdf");
    std::fs::write(&pdf_path, &pdf.body).unwrap();
    let text = std::process::Command::new("pdftotext")
        .args([pdf_path.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains(receipt_id), "{text}");
    assert!(text.contains("إيصال التقديم"), "{text}");
    // The result is in words in both languages, not in English only.
    assert!(
        text.contains("Valid: no errors") && text.contains("صالح"),
        "{text}"
    );

    // XAC reaches nothing of XAB's, whatever the path, and cannot act for it.
    for path in [
        "/reports/XAB".to_owned(),
        "/reports/XAB/2026".to_owned(),
        "/reports/XAB/2026/draft/report.yaml".to_owned(),
        "/reports/XAB/2026/versions/1".to_owned(),
        receipt.clone(),
        format!("{receipt}.pdf"),
        "/secretariat".to_owned(),
        "/secretariat/audit".to_owned(),
    ] {
        assert_eq!(xac.get(&path).status, 403, "{path}");
    }
    assert_eq!(
        xac.post("/reports/XAB/2026/submit", &[("csrf", &xac_csrf)])
            .status,
        403
    );
    let theirs = xac.upload(
        "/reports/XAB/2026/upload",
        &[("csrf", &xac_csrf)],
        "r.yaml",
        &report_of("XAB"),
    );
    assert_eq!(theirs.status, 403);
    // Its own report of another State is refused too.
    let wrong = xac.upload(
        "/reports/XAC/2026/upload",
        &[("csrf", &xac_csrf)],
        "r.yaml",
        &xab_report,
    );
    assert_eq!(wrong.status, 422);
    let xac_receipt = upload_and_submit(&mut xac, &xac_csrf, "XAC", &report_of("XAC"));
    assert!(xac_receipt.starts_with("/receipts/XAC-2026-v1-"));
    assert_eq!(xab.get(&xac_receipt).status, 403);

    // The secretariat sees both, exports exactly what was sent, submits nothing.
    let (mut sec, sec_csrf) = Client::signed_in(&portal, "sec@un.example");
    let overview = sec.get("/secretariat").text();
    assert!(overview.contains("data-state=\"XAB\"") && overview.contains("data-state=\"XAC\""));
    assert_eq!(
        overview.matches("class=\"status-submitted\"").count(),
        2,
        "{overview}"
    );
    assert_eq!(sec.get(&receipt).status, 200);
    let exported = sec.get("/reports/XAB/2026/versions/1");
    assert_eq!(exported.status, 200);
    assert_eq!(exported.body, xab_report);
    assert_eq!(
        sec.post("/reports/XAB/2026/submit", &[("csrf", &sec_csrf)])
            .status,
        403
    );
    let audit = sec.get("/secretariat/audit").text();
    for action in ["signed-in", "draft-saved", "submitted", "exported"] {
        assert!(
            audit.contains(&format!("<code>{action}</code>")),
            "{action}"
        );
    }
    // The store holds what `ingest` would: `store list` shows both.
    let listed = stdout(&run(&["store", "--store", &store.url, "list"]));
    assert!(listed.contains("XAB") && listed.contains("XAC"), "{listed}");
}

fn the_same_content_keeps_its_version_and_a_changed_one_is_the_next(backend: Backend) {
    let Some(store) = Store::on(backend) else {
        return;
    };
    let portal = store.portal();
    let (mut xab, csrf) = Client::signed_in(&portal, "npc@xab.example");
    let first = report_of("XAB");
    upload_and_submit(&mut xab, &csrf, "XAB", &first);
    let page = xab.get("/reports/XAB/2026");
    let version = page.field("version");
    let again = xab.post("/reports/XAB/2026/submit", &[("csrf", &csrf)]);
    let receipt = xab.get(again.header("location").unwrap()).text();
    assert!(receipt.contains("already been submitted"), "{receipt}");
    // An upload from a page showing an older draft is refused, not applied.
    let changed = String::from_utf8(first.clone())
        .unwrap()
        .replace("Aurelia", "Aurelia (revised)");
    let stale = xab.upload(
        "/reports/XAB/2026/upload",
        &[("csrf", &csrf), ("version", "0000000000000000")],
        "r.yaml",
        changed.as_bytes(),
    );
    assert_eq!(stale.status, 409);
    let fresh = xab.upload(
        "/reports/XAB/2026/upload",
        &[("csrf", &csrf), ("version", &version)],
        "r.yaml",
        changed.as_bytes(),
    );
    assert_eq!(fresh.status, 303);
    let second = xab.post("/reports/XAB/2026/submit", &[("csrf", &csrf)]);
    assert!(
        second
            .header("location")
            .unwrap()
            .starts_with("/receipts/XAB-2026-v2-")
    );
}

fn a_disabled_account_cannot_sign_in_and_its_session_ends(backend: Backend) {
    let Some(store) = Store::on(backend) else {
        return;
    };
    let portal = store.portal();
    let (mut xab, _) = Client::signed_in(&portal, "npc@xab.example");
    assert_eq!(xab.get("/reports/XAB/2026").status, 200);
    assert!(
        store
            .accounts(&["disable", "--email", "npc@xab.example"])
            .status
            .success()
    );
    assert_eq!(xab.get("/reports/XAB/2026").status, 303);
    assert_eq!(xab.sign_in("npc@xab.example", PASSWORD).status, 401);
}

fn failures_lock_an_account_across_two_portal_processes(backend: Backend) {
    let Some(store) = Store::on(backend) else {
        return;
    };
    let (one, two) = (store.portal(), store.portal());
    let (mut a, mut b) = (one.client(), two.client());
    for attempt in 0..5 {
        let client = if attempt % 2 == 0 { &mut a } else { &mut b };
        assert_eq!(
            client.sign_in("npc@xab.example", "not the password").status,
            401
        );
    }
    // The right password now waits, on either process.
    assert_eq!(a.sign_in("npc@xab.example", PASSWORD).status, 429);
    assert_eq!(b.sign_in("npc@xab.example", PASSWORD).status, 429);
    // Another account is not locked.
    assert_eq!(b.sign_in("npc@xac.example", PASSWORD).status, 303);
}

fn a_one_time_link_sets_the_password_once(backend: Backend) {
    let Some(store) = Store::on(backend) else {
        return;
    };
    let added = store.accounts(&[
        "add",
        "--email",
        "new@xab.example",
        "--role",
        "npc",
        "--state",
        "XAB",
        "--public-url",
        "http://127.0.0.1:1",
    ]);
    let printed = stdout(&added);
    let token = printed
        .split("/set-password/")
        .nth(1)
        .map(|t| t.trim().to_owned())
        .unwrap_or_else(|| panic!("no link in {printed}"));
    let portal = store.portal();
    let mut client = portal.client();
    let path = format!("/set-password/{token}");
    let csrf = client.get(&path).field("csrf");
    let differ = client.post(
        &path,
        &[
            ("csrf", &csrf),
            ("password", PASSWORD),
            ("repeat", "something else entirely"),
        ],
    );
    assert_eq!(differ.status, 422);
    let csrf = differ.field("csrf");
    let set = client.post(
        &path,
        &[
            ("csrf", &csrf),
            ("password", PASSWORD),
            ("repeat", PASSWORD),
        ],
    );
    assert_eq!(set.status, 200, "{}", set.text());
    assert_eq!(client.sign_in("new@xab.example", PASSWORD).status, 303);
    let csrf = client.get(&path).field("csrf");
    let again = client.post(
        &path,
        &[
            ("csrf", &csrf),
            ("password", PASSWORD),
            ("repeat", PASSWORD),
        ],
    );
    assert_eq!(again.status, 422);
    assert!(again.text().contains("unknown, already used or expired"));
}

/// SQL and markup in every field a person types reach the store as text
/// and come back escaped on pages and byte for byte in exports.
fn sql_and_script_payloads_are_stored_and_shown_verbatim(backend: Backend) {
    const SCRIPT: &str = "<script>alert(1)</script>";
    const SQL: &str = "'); DROP TABLE submissions; --";
    let Some(store) = Store::on(backend) else {
        return;
    };
    let portal = store.portal();
    let mut stranger = portal.client();
    let hostile_email = format!("{SCRIPT}{SQL}@x.example");
    assert_eq!(stranger.sign_in(&hostile_email, SQL).status, 401);
    assert_eq!(stranger.sign_in(SQL, SCRIPT).status, 401);

    let (mut xab, csrf) = Client::signed_in(&portal, "npc@xab.example");
    let text = String::from_utf8(report_of("XAB")).unwrap();
    // Every free text of the report carries both payloads.
    let hostile: String = text
        .lines()
        .map(|line| match line.trim_start().split_once(": ") {
            Some((key, value))
                if (key == "en" || key == "ar") && !value.starts_with(['|', '>']) =>
            {
                let indent = &line[..line.len() - line.trim_start().len()];
                format!(
                    "{indent}{key}: \"{SCRIPT} {}\"",
                    SQL.replace('\'', "''").replace('"', "\\\"")
                )
            }
            _ => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let bytes = hostile.into_bytes();
    let receipt = upload_and_submit(&mut xab, &csrf, "XAB", &bytes);
    assert!(receipt.starts_with("/receipts/XAB-2026-v1-"));
    // The draft for clearance in Word: the hostile text is a field's words, not markup.
    let word = xab.get("/reports/XAB/2026/draft/report.docx?doc=en%2Bar");
    assert_eq!(word.status, 200);
    assert!(
        word.header("content-disposition")
            .is_some_and(|d| d.contains("XAB-2026-draft.docx"))
    );
    let back =
        poa_formats::docx::reader::import(&word.body).expect("the portal's document imports");
    assert!(back.changes.is_empty());
    let draft = xab.get("/reports/XAB/2026/draft/report.html");
    assert_eq!(draft.status, 200);
    let html = draft.text();
    // minijinja escapes `/` too.
    assert!(html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"));
    assert!(!html.contains("<script>alert"));

    let (mut sec, _) = Client::signed_in(&portal, "sec@un.example");
    assert_eq!(sec.get("/reports/XAB/2026/versions/1").body, bytes);
    let audit = sec.get("/secretariat/audit").text();
    assert!(
        audit.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"),
        "{audit}"
    );
    assert!(!audit.contains("<script>alert"));
    // The tables are all there.
    let listed = stdout(&run(&["store", "--store", &store.url, "list"]));
    assert!(listed.contains("XAB"), "{listed}");
}

#[test]
fn chromium_signs_in_uploads_fills_a_page_submits_and_gets_the_receipt() {
    let store = Store::new();
    let portal = store.portal();
    let driver = Driver::start();
    let profile = tempfile::tempdir().unwrap();
    let file = profile.path().join("تقرير XAB.yaml");
    std::fs::write(&file, report_of("XAB")).unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        use fantoccini::Locator::Css;
        let client = browser(&driver, &profile.path().join("profile")).await;
        let url = |path: &str| format!("http://127.0.0.1:{}{path}", portal.port);
        client.goto(&url("/reports/XAB/2026")).await.unwrap();
        client
            .find(Css("#email"))
            .await
            .unwrap()
            .send_keys("npc@xab.example")
            .await
            .unwrap();
        client
            .find(Css("#password"))
            .await
            .unwrap()
            .send_keys(PASSWORD)
            .await
            .unwrap();
        client
            .find(Css("#sign-in"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        eventually("the report page after signing in", async || {
            client
                .current_url()
                .await
                .is_ok_and(|u| u.path() == "/reports/XAB/2026")
        })
        .await;
        client
            .find(Css("#start-empty"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        eventually("the draft's findings", async || {
            client.find(Css("#draft-summary")).await.is_ok()
        })
        .await;
        let input = client.find(Css("#file")).await.unwrap();
        input.send_keys(file.to_str().unwrap()).await.unwrap();
        client
            .find(Css("#upload"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        eventually("the uploaded draft without errors", async || {
            match client.find(Css("#draft-summary")).await {
                Ok(e) => e.text().await.is_ok_and(|t| t.starts_with("0 error")),
                Err(_) => false,
            }
        })
        .await;
        // Fill a page of the form: the answer is saved in the store and its
        // finding appears beside the question, then back to the report.
        let before = client
            .find(Css("#draft-summary"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        client
            .find(Css("#fill-in"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        eventually("the form's first page", async || {
            client
                .current_url()
                .await
                .is_ok_and(|u| u.path() == "/reports/XAB/2026/form/page/report")
        })
        .await;
        client
            .goto(&url("/reports/XAB/2026/form/page/marking"))
            .await
            .unwrap();
        client
            .find(Css("#f-sections-marking-at_manufacture-answer"))
            .await
            .unwrap()
            .select_by_value("no")
            .await
            .unwrap();
        eventually("MARK-002 beside the question", async || {
            count(
                &client,
                "[data-question=\"marking.at_manufacture\"] li[data-rule=\"MARK-002\"]",
            )
            .await
                == 1
        })
        .await;
        client
            .find(Css("#back"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        eventually(
            "the report page with the new warning",
            async || match client.find(Css("#draft-summary")).await {
                Ok(e) => e.text().await.is_ok_and(|t| t != before),
                Err(_) => false,
            },
        )
        .await;
        client
            .find(Css("#submit"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        eventually("the receipt", async || {
            client
                .current_url()
                .await
                .is_ok_and(|u| u.path().starts_with("/receipts/XAB-2026-v1-"))
        })
        .await;
        let note = client
            .find(Css("#receipt-note"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(note.contains("received and stored"), "{note}");
        // In Arabic, right to left.
        let here = client.current_url().await.unwrap();
        client.goto(&format!("{here}?lang=ar")).await.unwrap();
        let dir = client
            .find(Css("html"))
            .await
            .unwrap()
            .attr("dir")
            .await
            .unwrap();
        assert_eq!(dir.as_deref(), Some("rtl"));
        let title = client.find(Css("h1")).await.unwrap().text().await.unwrap();
        assert_eq!(title, "إيصال التقديم");
        // Another State's report: refused.
        client.goto(&url("/reports/XAC/2026")).await.unwrap();
        let body = client
            .find(Css("body"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(body.contains("هذه الصفحة تخص تقارير دولة أخرى"), "{body}");
        client.close().await.unwrap();
    });
}

/// Twenty submissions at once, two from each of ten States, half through
/// each of two portal processes on one store: each is stored once, each
/// State's versions are 1 and 2, and every stored hash is a file sent.
fn concurrent_submissions_to_two_processes_are_each_stored_once(backend: Backend) {
    let Some(store) = Store::on(backend) else {
        return;
    };
    let states: Vec<String> = (b'A'..=b'J').map(|c| format!("XB{}", c as char)).collect();
    for state in &states {
        store.add(
            &format!("npc@{}.example", state.to_lowercase()),
            &["--role", "npc", "--state", state],
        );
    }
    let (one, two) = (store.portal(), store.portal());
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(2 * states.len()));
    let mut sent = Vec::new();
    let mut threads = Vec::new();
    for state in &states {
        let (client, csrf) =
            Client::signed_in(&one, &format!("npc@{}.example", state.to_lowercase()));
        for (k, portal) in [&one, &two].into_iter().enumerate() {
            let text = String::from_utf8(report_of(state))
                .unwrap()
                .replace("Aurelia", &format!("Aurelia (submission {k})"));
            let content = text.into_bytes();
            sent.push((state.clone(), sha256(&content)));
            let mut client = Client {
                port: portal.port,
                host: format!("127.0.0.1:{}", portal.port),
                ..client.clone()
            };
            let (csrf, state, barrier) = (csrf.clone(), state.clone(), barrier.clone());
            threads.push(std::thread::spawn(move || {
                barrier.wait();
                let answer = client.upload(
                    &format!("/reports/{state}/2026/submit"),
                    &[("csrf", &csrf)],
                    "report.yaml",
                    &content,
                );
                assert_eq!(answer.status, 303, "{}", answer.text());
                answer.header("location").unwrap_or_default().to_owned()
            }));
        }
    }
    let receipts: Vec<String> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    assert_eq!(receipts.len(), 20);
    let mut stored = poa_store::Store::open_existing_url(&store.url).unwrap();
    let submissions = stored.list(None, Some(2026)).unwrap();
    assert_eq!(submissions.len(), 20);
    for state in &states {
        let mut versions: Vec<i64> = submissions
            .iter()
            .filter(|s| &s.state == state)
            .map(|s| s.version)
            .collect();
        versions.sort_unstable();
        assert_eq!(versions, [1, 2], "{state}");
    }
    let mut stored_hashes: Vec<(String, String)> = submissions
        .iter()
        .map(|s| (s.state.clone(), s.sha256.clone()))
        .collect();
    stored_hashes.sort();
    sent.sort();
    assert_eq!(stored_hashes, sent);
    // Every receipt names its own version of its State.
    let mut named: Vec<String> = receipts
        .iter()
        .map(|r| {
            r.trim_start_matches("/receipts/")
                .rsplit_once('-')
                .map_or("", |(version, _)| version)
                .to_owned()
        })
        .collect();
    named.sort();
    named.dedup();
    assert_eq!(named.len(), 20, "{named:?}");
}

/// The form of `serve` over the draft in the store: a change is saved with
/// the session's token and the version the page showed; without the token,
/// from a stale page, for another State or by the secretariat it is refused.
fn the_form_changes_the_draft_in_the_store(backend: Backend) {
    let Some(store) = Store::on(backend) else {
        return;
    };
    let portal = store.portal();
    let (mut xab, csrf) = Client::signed_in(&portal, "npc@xab.example");
    let base = "/reports/XAB/2026";
    assert_eq!(
        xab.get(&format!("{base}/form/page/marking"))
            .header("location"),
        Some(base),
        "no draft yet: to the report's page"
    );
    upload_and_submit(&mut xab, &csrf, "XAB", &report_of("XAB"));
    let page = xab.get(&format!("{base}/form/page/marking"));
    assert_eq!(page.status, 200);
    // minijinja writes `/` as `&#x2f;` in attributes; browsers read it back.
    let html = page.text().replace("&#x2f;", "/");
    assert!(html.contains(&format!("data-base=\"{base}/form\"")));
    assert!(
        html.contains(&format!("content=\"{csrf}\"")),
        "the session's token"
    );
    let version = html
        .split("data-version=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let body = format!(
        r#"{{"version":"{version}","pointer":"/sections/marking/at_manufacture/answer","value":"no"}}"#
    );
    let set = |client: &mut Client, path: &str, token: Option<&str>| {
        let mut head = String::new();
        if let Some(token) = token {
            head = format!("X-CSRF-Token: {token}");
        }
        client.send_with(
            "POST",
            path,
            Some("application/json"),
            &head,
            body.as_bytes(),
        )
    };
    let api = format!("{base}/form/api/set");
    assert_eq!(set(&mut xab, &api, None).status, 403);
    let changed = set(&mut xab, &api, Some(&csrf));
    assert_eq!(changed.status, 200, "{}", changed.text());
    let draft = xab.get(&format!("{base}/draft/report.yaml")).text();
    assert!(
        draft.contains("    at_manufacture:\n      answer: no\n"),
        "{draft}"
    );
    assert!(changed.text().contains("MARK-002"), "{}", changed.text());
    // The same change again names a version that is gone.
    assert_eq!(set(&mut xab, &api, Some(&csrf)).status, 409);
    // The draft is filed under XAB 2026: the form cannot make it another
    // State's or another cycle's report.
    let now = serde_json::from_str::<serde_json::Value>(&changed.text()).unwrap()["version"]
        .as_str()
        .unwrap()
        .to_owned();
    for (pointer, value) in [("/state/iso3", "\"XAC\""), ("/cycle", "2030")] {
        let moved = xab.send_with(
            "POST",
            &api,
            Some("application/json"),
            &format!("X-CSRF-Token: {csrf}"),
            format!(r#"{{"version":"{now}","pointer":"{pointer}","value":{value}}}"#).as_bytes(),
        );
        assert_eq!(moved.status, 422, "{pointer}: {}", moved.text());
    }
    assert!(
        xab.get(&format!("{base}/draft/report.yaml"))
            .text()
            .contains("iso3: XAB"),
        "the draft still names XAB"
    );

    let (mut xac, xac_csrf) = Client::signed_in(&portal, "npc@xac.example");
    assert_eq!(xac.get(&format!("{base}/form/page/marking")).status, 403);
    assert_eq!(set(&mut xac, &api, Some(&xac_csrf)).status, 403);
    let (mut sec, sec_csrf) = Client::signed_in(&portal, "sec@un.example");
    assert_eq!(sec.get(&format!("{base}/form/page/marking")).status, 200);
    assert_eq!(set(&mut sec, &api, Some(&sec_csrf)).status, 403);
}

/// What changed between versions, between cycles and in the draft, for
/// the State and the secretariat (never another State); the regional
/// analysis of the cycle for the secretariat only.
fn the_secretariat_compares_versions_and_cycles_and_analyses_regions(backend: Backend) {
    let Some(store) = Store::on(backend) else {
        return;
    };
    let portal = store.portal();
    let (mut xab, csrf) = Client::signed_in(&portal, "npc@xab.example");
    let first = report_of("XAB");
    let earlier = String::from_utf8(first.clone())
        .unwrap()
        .replace("cycle: 2026", "cycle: 2024");
    upload_and_submit_to(&mut xab, &csrf, "XAB", 2024, earlier.as_bytes());
    upload_and_submit(&mut xab, &csrf, "XAB", &first);
    let second = String::from_utf8(first).unwrap().replace(
        "  brokering:\n    regulated:\n      answer: yes",
        "  brokering:\n    regulated:\n      answer: partially",
    );
    upload_and_submit(&mut xab, &csrf, "XAB", second.as_bytes());

    let report_page = xab.get("/reports/XAB/2026").text().replace("&#x2f;", "/");
    assert!(
        report_page.contains("/reports/XAB/changes?from=2026/1&amp;to=2026/2"),
        "each version links to what it changed"
    );
    assert!(report_page.contains("/reports/XAB/changes?from=2024&amp;to=2026/1"));
    let versions = xab.get("/reports/XAB/changes?from=2026/1&to=2026/2");
    assert_eq!(versions.status, 200, "{}", versions.text());
    let rows = versions.text().matches("<tr class=\"changed\"").count();
    assert_eq!(rows, 1, "one answer changed: {}", versions.text());
    assert!(versions.text().contains("10.1"), "the template's number");
    assert!(
        versions
            .text()
            .replace("&#x2f;", "/")
            .contains("Partially / in development")
    );

    let (mut sec, _) = Client::signed_in(&portal, "sec@un.example");
    let cycles = sec.get("/reports/XAB/changes?from=2024&to=2026&lang=ar");
    assert_eq!(cycles.status, 200);
    let text = cycles.text().replace("&#x2f;", "/");
    assert!(text.contains("dir=\"rtl\""), "in Arabic");
    assert!(
        text.contains("جزئيا / قيد الإعداد"),
        "answers in Arabic words: {text}"
    );
    assert!(
        text.contains("<bdi>2024</bdi>") && text.contains("<bdi>2026</bdi>"),
        "the cycle changed"
    );
    assert_eq!(
        sec.get("/reports/XAB/changes?from=2022&to=2026").status,
        404
    );
    assert_eq!(sec.get("/reports/XAB/changes?from=2026/1&to=x").status, 400);

    let (mut xac, xac_csrf) = Client::signed_in(&portal, "npc@xac.example");
    // A draft of the next cycle does not make it the regions' default.
    let started = xac.post(
        "/reports/XAC/2028/start",
        &[("csrf", &xac_csrf), ("from", "empty")],
    );
    assert_eq!(started.status, 303);
    assert!(sec.get("/secretariat/regions").text().contains("2026</h1>"));
    assert_eq!(
        xac.get("/reports/XAB/changes?from=2026/1&to=2026/2").status,
        403
    );
    assert_eq!(xac.get("/secretariat/regions").status, 403);
    assert_eq!(xac.get("/secretariat/regions/all?format=json").status, 403);

    let list = sec.get("/secretariat/regions?cycle=2026&lang=en");
    assert_eq!(list.status, 200);
    assert!(
        list.text().contains("data-region=\"las\""),
        "the built-in regions"
    );
    let json = sec.get("/secretariat/regions/all?cycle=2026&format=json");
    assert_eq!(json.status, 200);
    let analysis: serde_json::Value = serde_json::from_slice(&json.body).unwrap();
    assert_eq!(analysis["format"], "poa-report-aggregate/2");
    let files: Vec<&str> = analysis["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert_eq!(files, ["XAB/2026/v2"], "the latest version of each State");
    let page = sec.get("/secretariat/regions/las?cycle=2026");
    assert_eq!(page.status, 200);
    let policy = page.header("content-security-policy").unwrap();
    assert!(
        policy.contains("style-src 'unsafe-inline'") && !policy.contains("script"),
        "{policy}"
    );
    assert!(page.text().contains("<table"), "the analysis page");
    let workbook = sec.get("/secretariat/regions/las?cycle=2026&format=xlsx");
    assert_eq!(workbook.status, 200);
    assert!(workbook.body.starts_with(b"PK"), "a workbook");
    assert_eq!(sec.get("/secretariat/regions/nowhere").status, 404);
    assert_eq!(sec.get("/secretariat/regions/all?format=docx").status, 400);
    assert_eq!(sec.get("/secretariat/regions/all?cycle=1").status, 404);
}

/// Every HTTP test, on SQLite and on PostgreSQL.
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[test]
            fn $name() {
                super::$name(super::Backend::Sqlite)
            })*
        }
        mod postgres {
            $(#[test]
            fn $name() {
                super::$name(super::Backend::Postgres)
            })*
        }
    };
}

on_both_databases!(
    without_a_session_every_page_sends_to_sign_in,
    signing_in_sets_a_strict_cookie_and_wrong_or_forged_attempts_are_refused,
    every_state_changing_request_needs_the_sessions_token,
    each_state_submits_with_a_receipt_and_never_reaches_the_other,
    the_same_content_keeps_its_version_and_a_changed_one_is_the_next,
    a_disabled_account_cannot_sign_in_and_its_session_ends,
    failures_lock_an_account_across_two_portal_processes,
    a_one_time_link_sets_the_password_once,
    sql_and_script_payloads_are_stored_and_shown_verbatim,
    concurrent_submissions_to_two_processes_are_each_stored_once,
    the_form_changes_the_draft_in_the_store,
    the_secretariat_compares_versions_and_cycles_and_analyses_regions,
);
