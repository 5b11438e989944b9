//! The server loop: initialize, open documents, debounced validation after
//! changes, requests answered from the current text, shutdown and exit.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use crossbeam_channel::RecvTimeoutError;
use lsp_server::{Connection, Message, Notification, Request, Response};
use serde_json::{Value, json};

use super::document::{Document, position_of};
use super::{actions, complete, diagnostics, hover, symbols};
use poa_core::model::Lang;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// The language of messages unless the client says otherwise.
    pub lang: Lang,
    /// Quiet time after a change before the document is validated again.
    pub debounce: Duration,
    /// Where the rules are documented (the diagnostics' link), if known.
    pub rules_url: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lang: Lang::En,
            debounce: Duration::from_millis(150),
            rules_url: None,
        }
    }
}

/// Serves on standard input and output until the client says `exit`.
pub fn serve_stdio(options: Options) -> Result<(), String> {
    let (connection, threads) = Connection::stdio();
    run(&connection, options)?;
    drop(connection);
    threads.join().map_err(|e| e.to_string())
}

/// Serves one client on `connection`.
pub fn run(connection: &Connection, mut options: Options) -> Result<(), String> {
    let capabilities = json!({
        "textDocumentSync": { "openClose": true, "change": 2 },
        "hoverProvider": true,
        "completionProvider": { "triggerCharacters": [":", " ", "-"] },
        "codeActionProvider": { "codeActionKinds": ["quickfix"] },
        "definitionProvider": true,
        "documentSymbolProvider": true,
    });
    let (id, params) = connection.initialize_start().map_err(|e| e.to_string())?;
    configure(&mut options, &params);
    connection
        .initialize_finish(
            id,
            json!({
                "capabilities": capabilities,
                "serverInfo": { "name": "poa-report", "version": env!("CARGO_PKG_VERSION") },
            }),
        )
        .map_err(|e| e.to_string())?;
    let mut server = Server {
        connection,
        options,
        documents: HashMap::new(),
        dirty: Vec::new(),
        due: None,
    };
    server.serve()
}

/// `initializationOptions.lang`, else the client's `locale`; `debounceMs`; `rulesUrl`.
fn configure(options: &mut Options, params: &Value) {
    let init = params.get("initializationOptions");
    let lang = init
        .and_then(|o| o.get("lang"))
        .and_then(Value::as_str)
        .filter(|l| !l.is_empty())
        .or_else(|| params.get("locale").and_then(Value::as_str))
        .unwrap_or("");
    // `fr`, `fr-CA`, `zh-Hans`: the language part, if the program speaks it.
    if let Some(known) = poa_core::i18n::available(lang.split(['-', '_']).next().unwrap_or("")) {
        options.lang = known;
    }
    if let Some(ms) = init
        .and_then(|o| o.get("debounceMs"))
        .and_then(Value::as_u64)
    {
        options.debounce = Duration::from_millis(ms.min(10_000));
    }
    if let Some(url) = init.and_then(|o| o.get("rulesUrl")).and_then(Value::as_str) {
        options.rules_url = Some(url.to_owned());
    }
}

struct Server<'c> {
    connection: &'c Connection,
    options: Options,
    documents: HashMap<String, Document>,
    /// Documents changed since they were last validated, and when to validate
    /// them: the debounce after the last change (requests do not put it off).
    dirty: Vec<String>,
    due: Option<Instant>,
}

impl Server<'_> {
    fn serve(&mut self) -> Result<(), String> {
        loop {
            let message = match self.due {
                None => match self.connection.receiver.recv() {
                    Ok(m) => m,
                    Err(_) => return Ok(()),
                },
                Some(due) => match self
                    .connection
                    .receiver
                    .recv_timeout(due.saturating_duration_since(Instant::now()))
                {
                    Ok(m) => m,
                    Err(RecvTimeoutError::Timeout) => {
                        self.publish_dirty()?;
                        continue;
                    }
                    Err(RecvTimeoutError::Disconnected) => return Ok(()),
                },
            };
            match message {
                Message::Request(request) => {
                    if self
                        .connection
                        .handle_shutdown(&request)
                        .map_err(|e| e.to_string())?
                    {
                        return Ok(());
                    }
                    let response = self.answer(&request);
                    self.send(Message::Response(response))?;
                }
                // `exit` before `shutdown`: the protocol asks for a failing exit code.
                Message::Notification(note) if note.method == "exit" => {
                    return Err("exit before shutdown".to_owned());
                }
                Message::Notification(note) => self.notice(note)?,
                Message::Response(_) => {}
            }
        }
    }

    fn send(&self, message: Message) -> Result<(), String> {
        self.connection
            .sender
            .send(message)
            .map_err(|e| e.to_string())
    }

    fn notice(&mut self, note: Notification) -> Result<(), String> {
        let uri = note
            .params
            .pointer("/textDocument/uri")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned();
        let version = note
            .params
            .pointer("/textDocument/version")
            .and_then(Value::as_i64)
            .unwrap_or(0);
        match note.method.as_str() {
            "textDocument/didOpen" => {
                let text = note
                    .params
                    .pointer("/textDocument/text")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned();
                self.documents
                    .insert(uri.clone(), Document::new(uri.clone(), text, version));
                self.publish(&uri)?;
            }
            "textDocument/didChange" => {
                if let Some(doc) = self.documents.get_mut(&uri) {
                    let changes = note
                        .params
                        .get("contentChanges")
                        .and_then(Value::as_array)
                        .cloned()
                        .unwrap_or_default();
                    doc.apply(&changes, version);
                    if !self.dirty.contains(&uri) {
                        self.dirty.push(uri);
                    }
                    self.due = Some(Instant::now() + self.options.debounce);
                }
            }
            "textDocument/didClose" => {
                self.documents.remove(&uri);
                self.dirty.retain(|d| *d != uri);
                let clear = json!({ "uri": uri, "diagnostics": [] });
                self.send(Message::Notification(Notification::new(
                    "textDocument/publishDiagnostics".into(),
                    clear,
                )))?;
            }
            _ => {}
        }
        Ok(())
    }

    fn publish_dirty(&mut self) -> Result<(), String> {
        self.due = None;
        for uri in std::mem::take(&mut self.dirty) {
            self.publish(&uri)?;
        }
        Ok(())
    }

    fn publish(&self, uri: &str) -> Result<(), String> {
        let Some(doc) = self.documents.get(uri) else {
            return Ok(());
        };
        let found = if doc.is_report() {
            diagnostics::diagnostics(doc, self.options.lang, self.options.rules_url.as_deref())
        } else {
            Vec::new()
        };
        self.send(Message::Notification(Notification::new(
            "textDocument/publishDiagnostics".into(),
            json!({ "uri": uri, "version": doc.version, "diagnostics": found }),
        )))
    }

    fn answer(&mut self, request: &Request) -> Response {
        let params = &request.params;
        let uri = params
            .pointer("/textDocument/uri")
            .and_then(Value::as_str)
            .unwrap_or("");
        let lang = self.options.lang;
        let Some(doc) = self.documents.get(uri).filter(|d| d.is_report()) else {
            return match request.method.as_str() {
                "textDocument/hover" | "textDocument/definition" => {
                    Response::new_ok(request.id.clone(), Value::Null)
                }
                "textDocument/completion"
                | "textDocument/codeAction"
                | "textDocument/documentSymbol" => Response::new_ok(request.id.clone(), json!([])),
                _ => unknown(request),
            };
        };
        let offset = position_of(params).map(|(l, c)| doc.offset(l, c));
        let result = match request.method.as_str() {
            "textDocument/hover" => offset
                .and_then(|o| hover::hover(doc, o, lang))
                .unwrap_or(Value::Null),
            "textDocument/completion" => match position_of(params) {
                Some((line, character)) => {
                    json!(complete::complete(doc, line, character, lang))
                }
                None => json!([]),
            },
            "textDocument/codeAction" => json!(actions::actions(doc, params, lang)),
            "textDocument/definition" => offset
                .and_then(|o| symbols::definition(doc, o))
                .unwrap_or(Value::Null),
            "textDocument/documentSymbol" => json!(symbols::symbols(doc, lang)),
            _ => return unknown(request),
        };
        Response::new_ok(request.id.clone(), result)
    }
}

fn unknown(request: &Request) -> Response {
    Response::new_err(
        request.id.clone(),
        lsp_server::ErrorCode::MethodNotFound as i32,
        format!("not supported: {}", request.method),
    )
}
