//! `poa-report lsp` driven over stdio as an editor drives it: initialize,
//! didOpen, didChange, hover, completion, codeAction, definition,
//! documentSymbol, shutdown and exit. Its diagnostics are `validate
//! --format json`'s findings with the same ranges.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use common::{bin, repo, validate_json};
use serde_json::{Value, json};

/// Longest wait for one message: the tests fail rather than hang.
const PATIENCE: Duration = Duration::from_secs(30);

struct Client {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    next_id: i64,
}

impl Client {
    fn start(options: Value) -> Client {
        let mut child = bin()
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the binary starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, messages) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = 0usize;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(n) = line.strip_prefix("Content-Length: ") {
                        length = n.parse().unwrap();
                    }
                }
                let mut body = vec![0; length];
                if reader.read_exact(&mut body).is_err() {
                    return;
                }
                if tx.send(serde_json::from_slice(&body).unwrap()).is_err() {
                    return;
                }
            }
        });
        let mut client = Client {
            child,
            stdin,
            messages,
            next_id: 0,
        };
        let init = client.request(
            "initialize",
            json!({ "processId": null, "rootUri": null, "capabilities": {}, "initializationOptions": options }),
        );
        assert_eq!(
            init["capabilities"]["textDocumentSync"]["change"], 2,
            "incremental sync"
        );
        client.notify("initialized", json!({}));
        client
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// Sends a request and returns its result (notifications met on the way are dropped).
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        loop {
            let message = self.next();
            if message["id"] == id {
                assert!(message.get("error").is_none(), "{message}");
                return message["result"].clone();
            }
        }
    }

    fn next(&mut self) -> Value {
        match self.messages.recv_timeout(PATIENCE) {
            Ok(m) => m,
            Err(RecvTimeoutError::Timeout) => panic!("no message from the server in {PATIENCE:?}"),
            Err(RecvTimeoutError::Disconnected) => panic!("the server closed its output"),
        }
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        loop {
            let message = self.next();
            if message["method"] == "textDocument/publishDiagnostics"
                && message["params"]["uri"] == uri
            {
                return message["params"]["diagnostics"].as_array().unwrap().clone();
            }
        }
    }

    fn open(&mut self, uri: &str, text: &str) -> Vec<Value> {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "yaml", "version": 1, "text": text } }),
        );
        self.diagnostics(uri)
    }

    fn at(&mut self, method: &str, uri: &str, line: usize, character: usize) -> Value {
        self.request(
            method,
            json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": character } }),
        )
    }

    /// shutdown, exit, and the process's exit code.
    fn stop(mut self) -> Option<i32> {
        assert_eq!(self.request("shutdown", Value::Null), Value::Null);
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code();
            }
            assert!(Instant::now() < deadline, "the server did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// (line, character) of the `n`th occurrence of `needle` in `text`, 0-based, in UTF-16 units.
fn position(text: &str, needle: &str, n: usize) -> (usize, usize) {
    let offset = text.match_indices(needle).nth(n).expect("needle").0;
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[start..offset].encode_utf16().count())
}

/// The labels of completion items.
fn labels_of(items: &Value) -> Vec<&str> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect()
}

fn uri(name: &str) -> String {
    format!("file:///reports/{name}")
}

fn aurelia_text() -> String {
    std::fs::read_to_string(repo("samples/xaa-aurelia-2026.yaml")).unwrap()
}

/// Every invalid sample: the diagnostics are validate's findings, range for range.
#[test]
fn diagnostics_are_validates_findings_with_the_same_ranges() {
    let mut client = Client::start(json!({}));
    let dir = repo("samples/invalid");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() > 20);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let got = client.open(&uri(&name), &text);
        let (_, report) = validate_json(&[file.to_str().unwrap()]);
        let expected = report["files"][0]["findings"].as_array().unwrap().clone();
        let lines: Vec<&str> = text.split('\n').collect();
        let utf16 = |line: u64, column: u64| -> u64 {
            let text = lines.get(line as usize - 1).copied().unwrap_or("");
            text.chars()
                .take(column as usize - 1)
                .map(char::len_utf16)
                .sum::<usize>() as u64
        };
        let want: Vec<(String, u64, u64, u64, u64)> = expected
            .iter()
            .map(|f| {
                (
                    f["rule"].as_str().unwrap().to_owned(),
                    f["line"].as_u64().unwrap() - 1,
                    utf16(f["line"].as_u64().unwrap(), f["column"].as_u64().unwrap()),
                    f["end_line"].as_u64().unwrap() - 1,
                    utf16(
                        f["end_line"].as_u64().unwrap(),
                        f["end_column"].as_u64().unwrap(),
                    ),
                )
            })
            .collect();
        let have: Vec<(String, u64, u64, u64, u64)> = got
            .iter()
            .map(|d| {
                let r = &d["range"];
                (
                    d["code"].as_str().unwrap().to_owned(),
                    r["start"]["line"].as_u64().unwrap(),
                    r["start"]["character"].as_u64().unwrap(),
                    r["end"]["line"].as_u64().unwrap(),
                    r["end"]["character"].as_u64().unwrap(),
                )
            })
            .collect();
        assert_eq!(have, want, "{name}");
        for (d, f) in got.iter().zip(&expected) {
            let severity = match f["severity"].as_str().unwrap() {
                "error" => 1,
                "warning" => 2,
                _ => 4,
            };
            assert_eq!(d["severity"], severity, "{name}");
            if let Some(number) = f["question"]["number"].as_str() {
                assert!(
                    d["message"]
                        .as_str()
                        .unwrap()
                        .starts_with(&format!("Question {number}: ")),
                    "{name}: {d}"
                );
            }
        }
        assert!(!got.is_empty(), "{name}: an invalid sample has findings");
    }
    assert_eq!(client.stop(), Some(0));
}

/// An edit that fixes the error removes its diagnostic; a quick fix turns a
/// misspelt answer into the right one.
#[test]
fn a_change_revalidates_and_the_quick_fix_corrects_a_misspelt_answer() {
    let mut client = Client::start(json!({ "debounceMs": 10 }));
    let text = aurelia_text().replacen("answer: partially", "answer: partialy", 1);
    let name = uri("misspelt.yaml");
    let diagnostics = client.open(&name, &text);
    let wrong: Vec<&Value> = diagnostics.iter().filter(|d| d["severity"] == 1).collect();
    assert_eq!(wrong.len(), 1, "{diagnostics:#?}");
    let diagnostic = wrong[0].clone();
    assert_eq!(diagnostic["code"], "SCHEMA-004");
    let (line, character) = position(&text, "partialy", 0);
    assert_eq!(
        diagnostic["range"]["start"],
        json!({ "line": line, "character": character })
    );

    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": name },
            "range": diagnostic["range"],
            "context": { "diagnostics": [diagnostic] },
        }),
    );
    let fix = &actions[0];
    assert_eq!(fix["kind"], "quickfix");
    let edit = &fix["edit"]["changes"][&name][0];
    assert_eq!(edit["newText"], "partially");
    assert_eq!(edit["range"], diagnostic["range"]);

    // The client applies the edit as an incremental change.
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": name, "version": 2 },
            "contentChanges": [{ "range": edit["range"], "text": "partially" }],
        }),
    );
    let after = client.diagnostics(&name);
    assert!(after.iter().all(|d| d["severity"] != 1), "{after:#?}");
    assert_eq!(client.stop(), Some(0));
}

#[test]
fn hover_completion_definition_and_outline() {
    let mut client = Client::start(json!({}));
    let text = aurelia_text();
    let name = uri("aurelia.yaml");
    client.open(&name, &text);

    // Hover on a question's key: number, labels in the report's languages, sources.
    let (line, character) = position(&text, "at_manufacture:", 0);
    let hover = client.at("textDocument/hover", &name, line, character + 2);
    let shown = hover["contents"]["value"].as_str().unwrap();
    assert!(
        shown.contains("**4.1**") && shown.contains("ITI 8(a)"),
        "{shown}"
    );
    assert!(shown.contains("هل توسم الأسلحة الصغيرة"), "{shown}");

    // Hover on a code: its words.
    let (line, character) = position(&text, "laser_engraving", 0);
    let hover = client.at("textDocument/hover", &name, line, character + 1);
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .contains("Laser engraving"),
        "{hover}"
    );

    // Completion after `answer: ` offers the answers with their words.
    let (line, character) = position(&text, "answer: ", 0);
    let items = client.at(
        "textDocument/completion",
        &name,
        line,
        character + "answer: ".len(),
    );
    let labels = labels_of(&items);
    assert!(
        labels.contains(&"yes") && labels.contains(&"partially"),
        "{labels:?}"
    );
    let partially = items
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["label"] == "partially")
        .unwrap();
    assert!(
        partially["detail"]
            .as_str()
            .unwrap()
            .contains("Partially / in development")
    );

    // Completion in points_of_contact offers the contacts' ids.
    let (line, character) = position(&text, "poa: ", 0);
    let items = client.at(
        "textDocument/completion",
        &name,
        line,
        character + "poa: ".len(),
    );
    let ids = labels_of(&items);
    assert!(
        !ids.is_empty() && ids.iter().all(|id| text.contains(&format!("id: {id}"))),
        "{ids:?}"
    );

    // Go to definition from a point of contact to the contact.
    let (line, character) = position(&text, "poa: ", 0);
    let target = client.at(
        "textDocument/definition",
        &name,
        line,
        character + "poa: ".len() + 1,
    );
    let contact_line = target["range"]["start"]["line"].as_u64().unwrap() as usize;
    assert!(
        text.lines().nth(contact_line).unwrap().contains("id: "),
        "{target}"
    );

    // The outline: sections with their questions, numbered.
    let symbols = client.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": name } }),
    );
    let sections = symbols
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "sections")
        .expect("sections");
    let marking = sections["children"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["detail"] == "marking")
        .expect("marking");
    assert!(
        marking["name"].as_str().unwrap().starts_with("Section 4"),
        "{marking}"
    );
    assert!(
        marking["children"][0]["name"]
            .as_str()
            .unwrap()
            .starts_with("4.1 "),
        "{marking}"
    );
    assert_eq!(client.stop(), Some(0));
}

/// A section's missing question is offered as a key and as a quick fix.
#[test]
fn a_missing_question_is_completed_and_inserted() {
    let mut client = Client::start(json!({}));
    let text = std::fs::read_to_string(repo("samples/invalid/ans-001-unanswered.yaml")).unwrap();
    let name = uri("unanswered.yaml");
    let diagnostics = client.open(&name, &text);
    let missing: Vec<&Value> = diagnostics
        .iter()
        .filter(|d| d["code"] == "ANS-001")
        .collect();
    assert!(!missing.is_empty());
    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": name },
            "range": missing[0]["range"],
            "context": { "diagnostics": missing },
        }),
    );
    let inserts: Vec<&Value> = actions
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["title"].as_str().unwrap().starts_with("Insert question"))
        .collect();
    assert!(!inserts.is_empty(), "{actions:#?}");
    let edit = &inserts[0]["edit"]["changes"][&name][0];
    let inserted = edit["newText"].as_str().unwrap();
    assert!(
        inserted.contains(":\n") && inserted.contains("answer: "),
        "{inserted}"
    );
    assert_eq!(client.stop(), Some(0));
}

#[test]
fn arabic_messages_with_lang_ar() {
    let mut client = Client::start(json!({ "lang": "ar" }));
    let text =
        std::fs::read_to_string(repo("samples/invalid/poc-001-unknown-contact.yaml")).unwrap();
    let diagnostics = client.open(&uri("poc.yaml"), &text);
    let error = diagnostics.iter().find(|d| d["code"] == "POC-001").unwrap();
    let message = error["message"].as_str().unwrap();
    assert!(
        message
            .chars()
            .any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)),
        "{message}"
    );
    assert_eq!(client.stop(), Some(0));
}

/// A malformed file is a diagnostic, not a crash; the server goes on answering.
#[test]
fn a_malformed_file_is_a_diagnostic_and_the_server_goes_on() {
    let mut client = Client::start(json!({}));
    let name = uri("broken.yaml");
    let diagnostics = client.open(&name, "format: poa-report/1\nstate: [unclosed\n  - : :\n");
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert!(
        diagnostics[0]["code"]
            .as_str()
            .unwrap()
            .starts_with("YAML-")
    );
    assert_eq!(diagnostics[0]["severity"], 1);
    let hover = client.at("textDocument/hover", &name, 1, 2);
    assert_eq!(hover, Value::Null);
    // A YAML file that is not a report (a CI workflow) gets no findings.
    let other = client.open(&uri("workflow.yaml"), "on: push\njobs:\n  build: {}\n");
    assert!(other.is_empty(), "{other:#?}");
    let binary = "format: poa-report/1\n\u{0}\u{1}\u{fffe}garbage: [}";
    let diagnostics = client.open(&uri("binary.yaml"), binary);
    assert!(!diagnostics.is_empty());
    assert_eq!(client.stop(), Some(0));
}

/// `exit` without `shutdown` ends the server with a failing code, as the protocol asks.
#[test]
fn exit_without_shutdown_fails() {
    let mut client = Client::start(json!({}));
    client.notify("exit", Value::Null);
    let deadline = Instant::now() + PATIENCE;
    let code = loop {
        if let Some(status) = client.child.try_wait().unwrap() {
            break status.code();
        }
        assert!(Instant::now() < deadline, "the server did not exit");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(code, Some(2));
}

/// Completion where people type: a key half typed (the file does not parse
/// then), right after `answer:`, on the second item of a list of codes; and
/// hover on the first letter of a key that follows a map.
#[test]
fn completion_while_typing_and_hover_after_a_map() {
    let mut client = Client::start(json!({ "debounceMs": 10 }));
    let text = aurelia_text();
    let name = uri("typing.yaml");
    client.open(&name, &text);

    // Hover on the first letter of a question key that follows a question's map.
    let (line, character) = position(&text, "civil_society_involved:", 0);
    let hover = client.at("textDocument/hover", &name, line, character);
    let shown = hover["contents"]["value"].as_str().unwrap();
    assert!(shown.contains("**1.1.1**"), "{shown}");

    // Half a key on a line of its own, in the marking section: the file no
    // longer parses, the section's missing keys are still offered.
    let marking = text.find("  marking:\n").unwrap();
    let (line, _) = position(&text, "  marking:\n", 0);
    let first_key = &text[marking + "  marking:\n".len()..];
    let indent = first_key.len() - first_key.trim_start().len();
    let key = first_key.trim_start().split(':').next().unwrap().to_owned();
    // Remove that question, then type the start of its key.
    let end_of_question = {
        let rest = &text[marking + "  marking:\n".len()..];
        let next = rest
            .lines()
            .skip(1)
            .position(|l| l.len() - l.trim_start().len() <= indent && !l.trim().is_empty())
            .unwrap();
        rest.lines()
            .take(next + 1)
            .map(|l| l.len() + 1)
            .sum::<usize>()
    };
    let mut edited = text.clone();
    let start = marking + "  marking:\n".len();
    let typed = format!("{}{}", " ".repeat(indent), &key[..3]);
    edited.replace_range(start..start + end_of_question, &format!("{typed}\n"));
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": name, "version": 2 }, "contentChanges": [{ "text": edited }] }),
    );
    let items = client.at("textDocument/completion", &name, line + 1, typed.len());
    let offered = items
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["label"] == key.as_str())
        .unwrap_or_else(|| panic!("{key} offered: {items}"));
    assert_eq!(offered["textEdit"]["range"]["start"]["character"], indent);
    assert!(
        offered["textEdit"]["newText"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{key}:"))
    );

    // Right after `answer:`, the value comes with its space.
    let answer_line = edited
        .lines()
        .position(|l| l.trim_start().starts_with("answer: "))
        .unwrap();
    let colon = edited.lines().nth(answer_line).unwrap().find(':').unwrap() + 1;
    let items = client.at("textDocument/completion", &name, answer_line, colon);
    let yes = items
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["label"] == "yes")
        .unwrap();
    assert_eq!(yes["textEdit"]["newText"], " yes");

    // The second `- ` item of a list of codes is offered the codes too.
    let edited = text.replacen(
        "methods: [stamping, laser_engraving]",
        "methods:\n        - stamping\n        - laser_engraving",
        1,
    );
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": name, "version": 3 }, "contentChanges": [{ "text": edited }] }),
    );
    let (line, character) = position(&edited, "- laser_engraving", 0);
    let items = client.at("textDocument/completion", &name, line, character + 2);
    assert!(
        items
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["label"] == "stamping"),
        "{items}"
    );
    assert_eq!(client.stop(), Some(0));
}
