//! `poa-report serve`: the real binary on 127.0.0.1, driven over raw HTTP
//! (Host check, CSRF token, body limit, paths, conflicts, downloads) and by
//! Chromium through chromedriver (answering, findings, lists, Arabic).
#![cfg(feature = "serve")]

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::Duration;

use common::browser::{Driver, browser, count, eventually};
use common::{bin, repo, start_server};

/// A running `serve`, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
    file: PathBuf,
    /// The access token of the printed link (beyond loopback only).
    access: Option<String>,
    _dir: tempfile::TempDir,
}

impl Server {
    fn start() -> Server {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("report.yaml");
        std::fs::copy(repo("samples/xaa-aurelia-2026.yaml"), &file).unwrap();
        Server::on(file, dir)
    }

    fn on(file: PathBuf, dir: tempfile::TempDir) -> Server {
        Server::with_args(file, dir, &[])
    }

    fn with_args(file: PathBuf, dir: tempfile::TempDir, extra: &[&str]) -> Server {
        let mut args = vec!["serve", file.to_str().unwrap(), "--port", "0"];
        args.extend_from_slice(extra);
        let (child, line) = start_server(&args);
        // `serving FILE at http://HOST:PORT/[?access=TOKEN] (Ctrl-C to stop)`
        let url = line
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .unwrap_or_else(|| panic!("no URL in {line:?}"));
        let port = url
            .split('/')
            .next()
            .and_then(|host| host.rsplit(':').next())
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("no port in {line:?}"));
        let access = url.split("?access=").nth(1).map(str::to_owned);
        Server {
            child,
            port,
            file,
            access,
            _dir: dir,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// Sends a raw request; returns the status and the whole response.
    fn raw(&self, request: &[u8]) -> (u16, Vec<u8>) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        // The server may answer and close before a large body is sent: that is fine.
        for chunk in request.chunks(64 * 1024) {
            if stream.write_all(chunk).is_err() {
                break;
            }
        }
        let mut response = Vec::new();
        let _ = stream.read_to_end(&mut response);
        let text = String::from_utf8_lossy(&response[..response.len().min(64)]).into_owned();
        let status = text
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("no status in {text:?}"));
        (status, response)
    }

    fn get(&self, path: &str, host: &str) -> (u16, String) {
        let (status, body) = self.raw(
            format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").as_bytes(),
        );
        (status, String::from_utf8_lossy(&body).into_owned())
    }

    fn post(&self, path: &str, token: Option<&str>, body: &str) -> (u16, String) {
        let token = token
            .map(|t| format!("X-CSRF-Token: {t}\r\n"))
            .unwrap_or_default();
        let (status, response) = self.raw(
            format!(
                "POST {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\n{token}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                self.host(),
                body.len()
            )
            .as_bytes(),
        );
        (status, String::from_utf8_lossy(&response).into_owned())
    }

    /// The page's token and version.
    fn token_and_version(&self) -> (String, String) {
        let (_, page) = self.get("/page/report", &self.host());
        let pick = |marker: &str| {
            page.split(marker)
                .nth(1)
                .and_then(|s| s.split('"').next())
                .unwrap_or_else(|| panic!("no {marker} in page"))
                .to_owned()
        };
        (
            pick("name=\"csrf-token\" content=\""),
            pick("data-version=\""),
        )
    }

    fn text(&self) -> String {
        std::fs::read_to_string(&self.file).unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn set_body(version: &str, pointer: &str, value: &str) -> String {
    format!(r#"{{"version":"{version}","pointer":"{pointer}","value":{value}}}"#)
}

#[test]
fn only_the_listening_address_is_answered() {
    let server = Server::start();
    assert_eq!(server.get("/page/report", &server.host()).0, 200);
    assert_eq!(
        server
            .get("/page/report", &format!("localhost:{}", server.port))
            .0,
        200
    );
    let (status, body) = server.get("/page/report", "attacker.example");
    assert_eq!(status, 421, "DNS rebinding: a foreign Host is refused");
    assert!(body.contains("answers only to"));
    assert_eq!(
        server
            .get("/page/report", &format!("attacker.example:{}", server.port))
            .0,
        421
    );
}

#[test]
fn every_change_needs_the_page_token() {
    let server = Server::start();
    let (token, version) = server.token_and_version();
    let before = server.text();
    let body = set_body(
        &version,
        "/sections/marking/at_manufacture/answer",
        "\"no\"",
    );
    assert_eq!(server.post("/api/set", None, &body).0, 403);
    assert_eq!(server.post("/api/set", Some("0000"), &body).0, 403);
    assert_eq!(server.text(), before, "nothing written without the token");
    let (status, response) = server.post("/api/set", Some(&token), &body);
    assert_eq!(status, 200, "{response}");
    assert!(
        response.contains("MARK-002"),
        "the findings come back: {response}"
    );
    assert!(
        server
            .text()
            .contains("    at_manufacture:\n      answer: no\n")
    );
    // The file stays a report the command line reads, with its header comment.
    assert!(
        server
            .text()
            .starts_with("# yaml-language-server: $schema=")
    );
    let check = bin()
        .args(["validate", server.file.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(0), "warnings only");
}

#[test]
fn a_20_mib_body_is_refused_and_nothing_is_written() {
    let server = Server::start();
    let (token, version) = server.token_and_version();
    let before = server.text();
    let size = 20 * 1024 * 1024;
    let mut request = format!(
        "POST /api/upload HTTP/1.1\r\nHost: {}\r\nX-CSRF-Token: {token}\r\nX-File-Name: big.xlsx\r\nX-Version: {version}\r\nContent-Type: application/octet-stream\r\nContent-Length: {size}\r\nConnection: close\r\n\r\n",
        server.host()
    )
    .into_bytes();
    request.resize(request.len() + size, b'A');
    let (status, _) = server.raw(&request);
    assert_eq!(status, 413);
    assert_eq!(server.text(), before);
    // The server is still there.
    assert_eq!(server.get("/page/report", &server.host()).0, 200);
}

#[test]
fn no_url_reaches_outside_the_app() {
    let server = Server::start();
    for path in [
        "/assets/..%2f..%2fCargo.toml",
        "/assets/../../Cargo.toml",
        "/assets/%2e%2e/%2e%2e/Cargo.toml",
        "/page/..%2f..%2f..%2fetc%2fpasswd",
        "/page/../../../etc/passwd",
        "/download/..%2fCargo.toml",
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/assets/form.js/../../Cargo.toml",
    ] {
        let (status, body) = server.get(path, &server.host());
        assert!(matches!(status, 400 | 404), "{path}: {status}");
        assert!(
            !body.contains("[package]") && !body.contains("root:"),
            "{path} leaked a file"
        );
    }
    assert_eq!(server.get("/assets/form.js", &server.host()).0, 200);
}

#[test]
fn a_stale_change_is_refused_and_the_other_edit_kept() {
    let server = Server::start();
    let (token, version) = server.token_and_version();
    let mut edited = server.text();
    edited.push_str("# edited in another program\n");
    std::fs::write(&server.file, &edited).unwrap();
    let body = set_body(
        &version,
        "/sections/marking/at_manufacture/answer",
        "\"no\"",
    );
    let (status, response) = server.post("/api/set", Some(&token), &body);
    assert_eq!(status, 409);
    assert!(response.contains("changed on disk"), "{response}");
    assert_eq!(server.text(), edited, "never a silent overwrite");
}

#[test]
fn a_new_file_starts_from_the_skeleton_and_downloads_render() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("new.yaml");
    let server = Server::on(file.clone(), dir);
    let text = server.text();
    assert!(text.contains("iso3: XAA") && text.contains("cycle: 2026"));
    drop(server);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.yaml");
    std::fs::copy(repo("samples/xaa-aurelia-2026.yaml"), &file).unwrap();
    let server = Server::on(file, dir);
    let (status, response) = server.raw(
        format!(
            "GET /download/pdf?doc=en HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            server.host()
        )
        .as_bytes(),
    );
    assert_eq!(status, 200);
    let start = response.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
    let head = String::from_utf8_lossy(&response[..start]).to_lowercase();
    assert!(head.contains("content-type: application/pdf"));
    assert!(head.contains("attachment; filename=\"report.pdf\""));
    let pdf = server._dir.path().join("download.pdf");
    std::fs::write(&pdf, &response[start..]).unwrap();
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(String::from_utf8_lossy(&text.stdout).contains("Aurelia"));

    let (status, response) = server.raw(
        format!(
            "GET /download/docx?doc=en%2Bar HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            server.host()
        )
        .as_bytes(),
    );
    assert_eq!(status, 200);
    let start = response.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
    let head = String::from_utf8_lossy(&response[..start]).to_lowercase();
    assert!(head.contains("wordprocessingml.document"), "{head}");
    assert!(
        head.contains("attachment; filename=\"report.docx\""),
        "{head}"
    );
    let back = poa_formats::docx::reader::import(&response[start..]).expect("it imports");
    assert!(back.changes.is_empty());
}

// ---------------------------------------------------------------- browser

/// A chromedriver on a free port, stopped when dropped.
fn contacts_in(file: &Path) -> usize {
    std::fs::read_to_string(file)
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("  - id:"))
        .count()
}

/// The report file as JSON, read with the project's own loader.
fn file_json(file: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(file).unwrap();
    poa_core::yaml::parse(&text, poa_core::yaml::Limits::default())
        .expect("the file loads")
        .take_json(&text)
}

async fn script(client: &fantoccini::Client, code: &str) -> serde_json::Value {
    client.execute(code, vec![]).await.unwrap()
}

/// A workbook whose name is Arabic uploads like any other (the name travels
/// percent-encoded); a file of the wrong kind says so in the status line.
#[test]
fn chromium_uploads_a_workbook_with_an_arabic_name() {
    let server = Server::start();
    let book = server._dir.path().join("تقرير الدولة.xlsx");
    let rendered = common::render(&repo("samples/xab-borealis-2026.yaml"), "xlsx", &book, &[]);
    assert_eq!(rendered.status.code(), Some(0));
    let junk = server._dir.path().join("ملاحظات.txt");
    std::fs::write(&junk, "not a report").unwrap();
    let driver = Driver::start();
    let profile = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let client = browser(&driver, profile.path()).await;
        use fantoccini::Locator::Css;
        client.goto(&server.url("/page/report")).await.unwrap();
        script(&client, "window.confirm = () => true; return null;").await;
        let input = client.find(Css("#upload")).await.unwrap();
        input.send_keys(book.to_str().unwrap()).await.unwrap();
        eventually("Borealis's workbook in the file", async || {
            server.text().contains("iso3: XAB")
        })
        .await;
        let before = server.text();
        client.goto(&server.url("/page/report")).await.unwrap();
        script(&client, "window.confirm = () => true; return null;").await;
        let input = client.find(Css("#upload")).await.unwrap();
        input.send_keys(junk.to_str().unwrap()).await.unwrap();
        eventually("the refusal in the status line", async || {
            let said = script(
                &client,
                "const s = document.getElementById('status'); return s.className + '|' + s.textContent;",
            )
            .await;
            said.as_str().is_some_and(|s| s.starts_with("error|") && s.contains(".xlsx"))
        })
        .await;
        assert_eq!(server.text(), before, "nothing written");
        client.close().await.unwrap();
    });
}

/// Two pages of the same report each send ten changes at once: one page's
/// changes are all applied, the other's are all refused with the conflict
/// box shown; nothing is lost silently and the file stays a valid report.
#[test]
fn chromium_two_pages_changing_at_once_lose_nothing_silently() {
    let server = Server::start();
    let driver = Driver::start();
    let profile = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let client = browser(&driver, profile.path()).await;
        client.goto(&server.url("/page/record_keeping")).await.unwrap();
        let first = client.window().await.unwrap();
        let second = client.new_window(false).await.unwrap().handle;
        client.switch_to_window(second.clone()).await.unwrap();
        client.goto(&server.url("/page/record_keeping")).await.unwrap();
        let fire = |value: &str| {
            format!(
                "const s = [...document.querySelectorAll('select[data-answer]')].slice(0, 10);
                 for (const x of s) {{ x.value = '{value}'; x.dispatchEvent(new Event('change', {{bubbles: true}})); }}
                 return s.map((x) => x.dataset.pointer);"
            )
        };
        let pages = [(first, "unknown"), (second, "not_applicable")];
        let mut pointers = Vec::new();
        for (window, value) in &pages {
            client.switch_to_window(window.clone()).await.unwrap();
            let sent = script(&client, &fire(value)).await;
            let sent: Vec<String> = serde_json::from_value(sent).unwrap();
            assert!(sent.len() >= 5, "{sent:?}");
            pointers.push(sent);
        }
        let applied = |value: &str, sent: &[String]| {
            let json = file_json(&server.file);
            sent.iter().all(|p| json.pointer(p).and_then(|v| v.as_str()) == Some(value))
        };
        let mut winner = None;
        eventually("one page's changes all applied, the other told", async || {
            for (i, (window, value)) in pages.iter().enumerate() {
                let other = &pages[1 - i].0;
                if !applied(value, &pointers[i]) {
                    continue;
                }
                client.switch_to_window(other.clone()).await.unwrap();
                let told = script(&client, "return !document.getElementById('conflict').hidden;").await;
                client.switch_to_window(window.clone()).await.unwrap();
                let calm = script(&client, "return document.getElementById('conflict').hidden;").await;
                if told == serde_json::json!(true) && calm == serde_json::json!(true) {
                    winner = Some(i);
                    return true;
                }
            }
            false
        })
        .await;
        let loser = 1 - winner.unwrap();
        let json = file_json(&server.file);
        assert!(
            pointers[loser].iter().all(|p| json.pointer(p).and_then(|v| v.as_str()) != Some(pages[loser].1)),
            "the refused page's values are not in the file"
        );
        let check = bin()
            .args(["validate", "--format", "json", server.file.to_str().unwrap()])
            .output()
            .unwrap();
        assert_ne!(check.status.code(), Some(2));
        assert!(!String::from_utf8_lossy(&check.stdout).contains("SCHEMA-"));
        client.close().await.unwrap();
    });
}

/// The left edges of the first occurrence of `needle` and of `other` in the
/// text of the first element matching `css`, as laid out.
const LEFT_EDGES: &str = "
    const [css, needle, other] = arguments;
    const el = document.querySelector(css);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const edge = (word) => {
      for (let n = walker.currentNode; n; n = walker.nextNode()) {
        const at = n.nodeType === 3 ? n.data.indexOf(word) : -1;
        if (at >= 0) {
          const r = document.createRange();
          r.setStart(n, at); r.setEnd(n, at + 1);
          walker.currentNode = el;
          return r.getBoundingClientRect().left;
        }
      }
      walker.currentNode = el;
      return null;
    };
    return [edge(needle), edge(other)];";

async fn left_edges(
    client: &fantoccini::Client,
    css: &str,
    needle: &str,
    other: &str,
) -> (f64, f64) {
    let edges = client
        .execute(LEFT_EDGES, vec![css.into(), needle.into(), other.into()])
        .await
        .unwrap();
    let edge = |i: usize| {
        edges[i]
            .as_f64()
            .unwrap_or_else(|| panic!("{css}: no {edges}"))
    };
    (edge(0), edge(1))
}

/// Latin runs in Arabic pages read as written: a question's bracketed
/// sources in the Arabic form (`[ITI 8(a)]`, brackets not mirrored round
/// the Latin), and a contact's `Ms. Lina Haddad` in the Arabic document
/// (it read `Lina Haddad Ms.`). The form offers points of contact by person
/// and organisation.
#[test]
fn chromium_arabic_pages_keep_latin_runs_as_written() {
    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let document = dir.path().join("ar.html");
    let rendered = common::render(
        &repo("samples/xaa-aurelia-2026.yaml"),
        "html",
        &document,
        &["--lang", "ar"],
    );
    assert_eq!(rendered.status.code(), Some(0));
    let driver = Driver::start();
    let profile = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let client = browser(&driver, profile.path()).await;
        client.goto(&server.url("/page/marking?lang=ar")).await.unwrap();
        // The markup itself isolates the run, not only the stylesheet: it
        // holds in reader modes, in print without styles and when copied.
        script(&client, "document.querySelectorAll('link[rel=stylesheet]').forEach((l) => l.remove()); return null;").await;
        let sources = script(&client, "return document.querySelector('h2 .sources').textContent.trim();").await;
        let sources = sources.as_str().unwrap().to_owned();
        assert!(sources.starts_with('[') && sources.ends_with(']'), "{sources}");
        let inner = sources.trim_matches(|c| c == '[' || c == ']');
        let first = inner.chars().next().unwrap().to_string();
        let (open, letter) = left_edges(&client, "h2 .sources", "[", &first).await;
        let (close, _) = left_edges(&client, "h2 .sources", "]", &first).await;
        assert!(open < letter && letter < close, "{sources}: [ at {open}, {first} at {letter}, ] at {close}");

        client.goto(&server.url("/page/contacts?lang=ar")).await.unwrap();
        let offered = script(
            &client,
            "return [...document.querySelectorAll('#f-points_of_contact-poa option')].map((o) => o.textContent).join('|');",
        )
        .await;
        let offered = offered.as_str().unwrap().to_owned();
        assert!(
            offered.contains("Ms. Lina Haddad — وزارة الخارجية (mfa-disarmament)"),
            "{offered}"
        );

        client
            .goto(&format!("file://{}", document.display()))
            .await
            .unwrap();
        let (ms, lina) = left_edges(&client, "table", "Ms.", "Lina").await;
        assert!(ms < lina, "Ms. ({ms}) left of Lina ({lina})");
        client.close().await.unwrap();
    });
}

/// The form in French and in Chinese: the page's words from their locale
/// files, the language menu, and for Chinese the note that question texts
/// are still in English; nothing wider than the window.
#[test]
fn chromium_shows_the_form_in_french_and_in_chinese() {
    let server = Server::start();
    let driver = Driver::start();
    let profile = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let client = browser(&driver, profile.path()).await;
        client.goto(&server.url("/page/marking?lang=fr")).await.unwrap();
        let page = script(
            &client,
            "return { lang: document.documentElement.lang, dir: getComputedStyle(document.body).direction, \
             h1: document.querySelector('h1').textContent, pending: !!document.querySelector('.pending'), \
             menu: [...document.querySelectorAll('a[hreflang], header a[lang]')].map((a) => a.getAttribute('lang')), \
             wide: document.documentElement.scrollWidth > window.innerWidth + 1, \
             text: document.body.innerText };",
        )
        .await;
        assert_eq!(page["lang"], "fr");
        assert_eq!(page["dir"], "ltr");
        let marking = poa_core::catalogue::section("marking")
            .unwrap()
            .label(poa_core::model::Lang::Fr);
        assert!(page["h1"].as_str().unwrap().contains(marking), "{page}");
        assert_eq!(page["pending"], false);
        assert_eq!(page["wide"], false, "{page}");
        let label = poa_core::catalogue::question("marking.at_manufacture")
            .unwrap()
            .label(poa_core::model::Lang::Fr);
        assert!(page["text"].as_str().unwrap().contains(label), "{label}");
        for code in ["en", "ar", "es", "ru", "zh"] {
            assert!(
                page["menu"].as_array().unwrap().iter().any(|l| l == code),
                "{code} in the language menu: {page}"
            );
        }

        client.goto(&server.url("/page/marking?lang=zh")).await.unwrap();
        let page = script(
            &client,
            "return { lang: document.documentElement.lang, pending: (document.querySelector('.pending') || {}).textContent, \
             wide: document.documentElement.scrollWidth > window.innerWidth + 1, text: document.body.innerText };",
        )
        .await;
        assert_eq!(page["lang"], "zh");
        assert_eq!(
            page["pending"],
            poa_core::i18n::text(poa_core::model::Lang::Zh, "doc-questions_pending")
        );
        assert_eq!(page["wide"], false, "{page}");
        // The answers' words in Chinese, in the answer list itself.
        let yes = script(
            &client,
            "return document.querySelector('select option[value=\"yes\"]').textContent.trim();",
        )
        .await;
        assert_eq!(
            yes,
            poa_core::i18n::text(poa_core::model::Lang::Zh, "answer-yes")
        );
        client.close().await.unwrap();
    });
}

#[test]
fn chromium_answers_questions_sees_findings_edits_lists_and_reads_arabic() {
    let server = Server::start();
    let driver = Driver::start();
    let profile = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({ "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,1600",
                format!("--user-data-dir={}", profile.path().display())
            ]}),
        );
        let client = fantoccini::ClientBuilder::new(
            hyper_util::client::legacy::connect::HttpConnector::new(),
        )
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("a Chromium session");
        use fantoccini::Locator::Css;

        // Answer a question: the YAML on disk changes, the finding appears beside it.
        client.goto(&server.url("/page/marking")).await.unwrap();
        let answer = client
            .find(Css("#f-sections-marking-at_manufacture-answer"))
            .await
            .unwrap();
        answer.select_by_value("no").await.unwrap();
        eventually("the answer on disk", async || {
            server.text().contains("    at_manufacture:\n      answer: no\n")
        })
        .await;
        eventually("MARK-002 beside the question", async || {
            count(&client, "[data-question=\"marking.at_manufacture\"] li[data-rule=\"MARK-002\"]").await == 1
        })
        .await;
        assert!(count(&client, "#all-findings li").await >= 1, "and in the panel");

        // A point of contact that names no contact: POC-001 beside it; fixed, it goes.
        client.goto(&server.url("/page/contacts")).await.unwrap();
        let id = client.find(Css("#f-contacts-1-id")).await.unwrap();
        id.clear().await.unwrap();
        id.send_keys("police-elsewhere").await.unwrap();
        eventually("POC-001 beside the ITI point of contact", async || {
            count(&client, "[data-field=\"/points_of_contact/iti\"] li[data-rule=\"POC-001\"]").await == 1
        })
        .await;
        assert!(server.text().contains("id: police-elsewhere"));
        let id = client.find(Css("#f-contacts-1-id")).await.unwrap();
        id.clear().await.unwrap();
        id.send_keys("police-armoury").await.unwrap();
        eventually("POC-001 gone", async || {
            count(&client, "li[data-rule=\"POC-001\"]").await == 0
                && server.text().contains("id: police-armoury")
        })
        .await;

        // Add a contact row, then remove it.
        let before = contacts_in(&server.file);
        client
            .find(Css("button[data-list-op=\"add\"][data-list-pointer=\"/contacts\"]"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        eventually("a new contact row", async || {
            contacts_in(&server.file) == before + 1
                && count(&client, "fieldset[data-entry^=\"/contacts/\"]").await == before + 1
        })
        .await;
        let selector = format!(
            "button[data-list-op=\"remove\"][data-list-pointer=\"/contacts\"][data-index=\"{before}\"]"
        );
        client.find(Css(&selector)).await.unwrap().click().await.unwrap();
        eventually("the row removed", async || {
            contacts_in(&server.file) == before
                && count(&client, "fieldset[data-entry^=\"/contacts/\"]").await == before
        })
        .await;

        // Arabic, right to left throughout.
        client.find(Css("#switch-lang")).await.unwrap().click().await.unwrap();
        eventually("the Arabic page", async || {
            client
                .execute(
                    "return document.documentElement.lang + ' ' + getComputedStyle(document.body).direction",
                    vec![],
                )
                .await
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .as_deref()
                == Some("ar rtl")
        })
        .await;

        // At 200% zoom (a 1200 px window seen as 600 CSS px) nothing runs off the side.
        client.set_window_size(600, 900).await.unwrap();
        for page in ["/page/contacts?lang=ar", "/page/marking"] {
            client.goto(&server.url(page)).await.unwrap();
            let overflow = client
                .execute(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth",
                    vec![],
                )
                .await
                .unwrap();
            assert_eq!(overflow.as_i64(), Some(0), "{page} scrolls sideways at 200%");
        }
        client.set_window_size(1200, 1600).await.unwrap();
        client.goto(&server.url("/page/contacts?lang=ar")).await.unwrap();

        // Another program edits the file: the next change is refused, with an offer to reload.
        let mut edited = server.text();
        edited.push_str("# edited in another program\n");
        std::fs::write(&server.file, &edited).unwrap();
        let select = client
            .find(Css("#f-points_of_contact-firearms_protocol"))
            .await
            .unwrap();
        select.select_by_value("mfa-disarmament").await.unwrap();
        eventually("the conflict message", async || {
            client
                .find(Css("#conflict"))
                .await
                .unwrap()
                .is_displayed()
                .await
                .unwrap_or(false)
        })
        .await;
        assert_eq!(server.text(), edited);
        client.close().await.unwrap();
    });
}

#[test]
fn an_uploaded_workbook_replaces_the_report_after_import() {
    let server = Server::start();
    // Borealis's workbook, uploaded over Aurelia's report.
    let book = server._dir.path().join("borealis.xlsx");
    let rendered = common::render(&repo("samples/xab-borealis-2026.yaml"), "xlsx", &book, &[]);
    assert_eq!(rendered.status.code(), Some(0));
    let (token, version) = server.token_and_version();
    let bytes = std::fs::read(&book).unwrap();
    let mut request = format!(
        "POST /api/upload HTTP/1.1\r\nHost: {}\r\nX-CSRF-Token: {token}\r\nX-File-Name: borealis.xlsx\r\nX-Version: {version}\r\nContent-Type: application/octet-stream\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        server.host(),
        bytes.len()
    )
    .into_bytes();
    request.extend_from_slice(&bytes);
    let (status, response) = server.raw(&request);
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&response));
    let text = server.text();
    assert!(text.contains("iso3: XAB") && !text.contains("iso3: XAA"));
    // Something that is not a report is refused, and the file is left alone.
    let (token, version) = server.token_and_version();
    let junk = format!(
        "POST /api/upload HTTP/1.1\r\nHost: {}\r\nX-CSRF-Token: {token}\r\nX-File-Name: notes.txt\r\nX-Version: {version}\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello",
        server.host()
    );
    assert_eq!(server.raw(junk.as_bytes()).0, 422);
    assert_eq!(server.text(), text);
}

/// A change whose value the report cannot hold (a hundred nested lists where
/// a yes/no answer goes) is refused and nothing is written; a file broken on
/// disk gets a 422 page saying where, in the page's language, not a 500.
#[test]
fn what_the_loader_could_not_read_back_is_never_written() {
    let server = Server::start();
    let (token, version) = server.token_and_version();
    let before = server.text();
    let deep = format!("{}\"yes\"{}", "[".repeat(100), "]".repeat(100));
    let body = set_body(&version, "/sections/marking/at_manufacture/answer", &deep);
    let (status, response) = server.post("/api/set", Some(&token), &body);
    assert_eq!(status, 422, "{response}");
    assert_eq!(server.text(), before, "the file is untouched");
    assert_eq!(server.get("/page/marking", &server.host()).0, 200);

    // Broken on disk (an editor saved half a file): a page with the
    // position, in English or Arabic, and JSON with the same for the script.
    std::fs::write(&server.file, "format: poa-report/1\nstate: [unclosed\n").unwrap();
    let (status, page) = server.get("/page/marking", &server.host());
    assert_eq!(status, 422);
    assert!(
        page.contains("<!DOCTYPE html>") && page.contains("line 3"),
        "{page}"
    );
    assert!(page.contains("text editor"), "{page}");
    let (status, page) = server.get("/page/marking?lang=ar", &server.host());
    assert_eq!(status, 422);
    assert!(
        page.contains("dir=\"rtl\"") && page.contains("السطر 3"),
        "{page}"
    );
    let (status, json) = server.get("/api/state", &server.host());
    assert_eq!(status, 422);
    assert!(json.contains("line 3"), "{json}");
}

/// Twenty changes sent at once, all naming the version the page was built
/// from: exactly one is applied, the others are answered 409 (none lost
/// silently), and the file is a valid report at the end.
#[test]
fn concurrent_changes_are_applied_or_refused_never_lost() {
    let server = Server::start();
    let (token, version) = server.token_and_version();
    let questions = [
        "marking/at_manufacture",
        "marking/on_import",
        "record_keeping/records_kept",
        "tracing/requests",
        "brokering/regulated",
    ];
    let statuses: Vec<u16> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..20)
            .map(|i| {
                let (server, token, version) = (&server, &token, &version);
                let pointer = format!("/sections/{}/answer", questions[i % questions.len()]);
                scope.spawn(move || {
                    let body = set_body(version, &pointer, "\"unknown\"");
                    server.post("/api/set", Some(token), &body).0
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 409).count(),
        19,
        "{statuses:?}"
    );
    let check = bin()
        .args([
            "validate",
            "--format",
            "json",
            server.file.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_ne!(check.status.code(), Some(2), "the file loads");
    assert!(!String::from_utf8_lossy(&check.stdout).contains("SCHEMA-"));
}

/// Beyond loopback (`--listen 0.0.0.0`) the machine's addresses and the
/// `--public-host` name are answered, and only with the printed link's token:
/// the link sets a cookie and leads to the page without the token in it.
#[test]
fn listening_beyond_loopback_needs_the_printed_token() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.yaml");
    std::fs::copy(repo("samples/xaa-aurelia-2026.yaml"), &file).unwrap();
    let server = Server::with_args(
        file,
        dir,
        &["--listen", "0.0.0.0", "--public-host", "forms.example"],
    );
    let secret = server
        .access
        .clone()
        .expect("the link carries an access token");
    assert!(secret.len() >= 32, "{secret}");
    let get = |path: &str, host: &str, cookie: Option<&str>| {
        let cookie = cookie
            .map(|c| format!("Cookie: poa-report-access-{}={c}\r\n", server.port))
            .unwrap_or_default();
        let (status, body) = server.raw(
            format!("GET {path} HTTP/1.1\r\nHost: {host}\r\n{cookie}Connection: close\r\n\r\n")
                .as_bytes(),
        );
        (status, String::from_utf8_lossy(&body).into_owned())
    };
    let host = server.host();
    assert_eq!(get("/page/report", &host, None).0, 401, "no token");
    assert_eq!(get("/page/report?access=0000", &host, None).0, 401);
    assert_eq!(get("/page/report", &host, Some("0000")).0, 401);
    let (status, response) = get(
        &format!("/page/report?lang=ar&access={secret}"),
        &host,
        None,
    );
    assert_eq!(status, 303, "{response}");
    let head = response.to_lowercase();
    assert!(
        head.contains("location: /page/report?lang=ar\r\n"),
        "{response}"
    );
    assert!(
        head.contains(&format!(
            "set-cookie: poa-report-access-{}={secret}; path=/; httponly",
            server.port
        )),
        "{response}"
    );
    assert_eq!(get("/page/report", &host, Some(&secret)).0, 200);
    // The token in a link never sends the browser to another site.
    let (status, response) = get(&format!("//evil.example/?access={secret}"), &host, None);
    assert_eq!(status, 303);
    assert!(
        response
            .to_lowercase()
            .contains("location: /evil.example/\r\n"),
        "{response}"
    );
    // Refusals carry the same headers as pages.
    let (_, refused) = get("/page/report", &host, None);
    assert!(
        refused.to_lowercase().contains("cache-control: no-store"),
        "{refused}"
    );
    let public = format!("forms.example:{}", server.port);
    assert_eq!(get("/page/report", &public, Some(&secret)).0, 200);
    assert_eq!(
        get(
            "/page/report",
            &format!("localhost:{}", server.port),
            Some(&secret)
        )
        .0,
        200
    );
    assert_eq!(
        get("/page/report", "attacker.example", Some(&secret)).0,
        421
    );
    // A change needs the cookie as well as the page's CSRF token.
    let (_, page) = get("/page/report", &host, Some(&secret));
    let token = page
        .split("name=\"csrf-token\" content=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_owned();
    let (status, _) = server.post("/api/set", Some(&token), "{}");
    assert_eq!(status, 401, "no cookie, no change");
}
