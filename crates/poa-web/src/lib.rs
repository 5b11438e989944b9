//! `poa-report serve`: the report as a bilingual web form on this machine.
//!
//! Desk officers who will not edit YAML get the template as a form, served
//! from the same binary: server-rendered pages (minijinja, autoescaped), a
//! little vanilla JavaScript that saves each change and shows the findings
//! `validate` gives, and assets embedded in the binary. Safe by default: it
//! listens on 127.0.0.1 only, answers only requests whose `Host` is a name
//! it is reached by (DNS rebinding), requires the page's token on every
//! state-changing request (CSRF), bounds request bodies, and serves no path
//! it does not know. Listening beyond loopback (`--listen`), it also asks
//! every client for a secret access token, given once in the link printed at
//! start and kept in a cookie (see the `access` module). Reading, parsing, writing,
//! validating and importing run on tokio's blocking pool, never on the two
//! async workers, so a slow request does not stall the others.
//!
//! ```text
//! browser ─► Host check, access token (beyond loopback), CSRF, body limit
//!   GET  /page/{page} ─► draft (read, parse) ─► form (shape + catalogue → items) ─► templates/form.html
//!   POST /api/{set,list,upload} ─► draft (lock, version check, shape check, set, re-read, atomic write) ─► findings
//!   GET  /download/{kind} ─► poa_formats::render (the same readiness as `render`)
//! ```

mod access;
mod draft;
mod form;
mod server;
pub mod site;

pub use access::{host_names, same_secret};
pub use draft::{Draft, DraftError, Storage, version_of};
pub use server::{Options, ServeError, secure_headers, serve};
