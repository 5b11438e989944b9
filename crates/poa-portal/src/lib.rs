//! `poa-report portal`: the secretariat's submission portal.
//!
//! A State's national points of contact sign in, keep their report of a
//! cycle as a draft in the store (started from last cycle's, or uploaded as
//! YAML, a workbook or XML), download it for clearance and submit it; a
//! submission is a new version in the store `ingest` writes, with a receipt
//! (a page and a PDF). The secretariat sees every State's status, versions,
//! what changed between them, the regional analysis of any region and the
//! audit log. Everything the portal needs is in the store
//! (sessions, drafts, sign-in failures), so several processes can share one.
//!
//! ```text
//! browser ─► Host check, security headers, body limit (server)
//!         ─► session cookie → account, State check, CSRF token (session)
//!   /login, /set-password/{token}             (login)
//!   /reports/{ISO3}/{CYCLE}[/start|upload|submit|draft/…|versions/…] (reports)
//!   /reports/{ISO3}/{CYCLE}/form/…            (form: poa_web's form over the draft in the store)
//!   /reports/{ISO3}/changes?from=…&to=…       (changes: versions, cycles, the draft)
//!   /receipts/{ID}[.pdf]                      (receipts)
//!   /secretariat[/audit]                      (secretariat)
//!   /secretariat/regions[/{ID}]               (regions: the regional analysis of a cycle)
//!         ─► poa_store (pool) ─► pages (minijinja, locales) or documents (poa_formats)
//! ```

// A refused request is answered with its page (a `Response`) through `?`:
// one per request, so the size of the error variant costs nothing.
#![allow(clippy::result_large_err)]

mod app;
mod changes;
mod form;
mod login;
mod pages;
mod pool;
mod receipts;
mod regions;
mod reports;
mod secretariat;
mod server;
mod session;

pub use server::{Options, PortalError, serve};
