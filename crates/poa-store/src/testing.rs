//! Stores for tests, on both databases: a SQLite file, and a fresh
//! PostgreSQL database when `POA_TEST_POSTGRES` names a server (`scripts/test`
//! starts a throwaway one and sets `POA_REQUIRE_POSTGRES`, so there the
//! PostgreSQL half cannot be skipped). The integration tests reach
//! [`fresh_postgres_database`] through the `test-support` feature.

#[cfg(test)]
use crate::Store;

/// A store for one test; its files go when it is dropped.
#[cfg(test)]
pub(crate) struct TestStore {
    pub store: Store,
    /// Where another connection opens the same store.
    pub url: String,
    _dir: Option<tempfile::TempDir>,
}

/// A new, empty database on the test server, as a URL; none when no server
/// is given.
pub fn fresh_postgres_database() -> Option<String> {
    let Ok(server) = std::env::var("POA_TEST_POSTGRES") else {
        assert!(
            std::env::var_os("POA_REQUIRE_POSTGRES").is_none(),
            "POA_REQUIRE_POSTGRES is set but POA_TEST_POSTGRES is not"
        );
        return None;
    };
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).expect("random bytes");
    let name: String = std::iter::once("poa_test_".to_owned())
        .chain(bytes.iter().map(|b| format!("{b:02x}")))
        .collect();
    let mut client = postgres::Client::connect(&server, postgres::NoTls).expect("the test server");
    client
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .expect("a test database");
    let base = server
        .rsplit_once('/')
        .map_or(server.as_str(), |(base, _)| base);
    Some(format!("{base}/{name}"))
}

/// A new store on each database the tests can reach.
#[cfg(test)]
pub(crate) fn stores() -> Vec<TestStore> {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("s.sqlite");
    let sqlite = Store::open(&path).expect("a SQLite store");
    let mut out = vec![TestStore {
        store: sqlite,
        url: format!("sqlite:{}", path.display()),
        _dir: Some(dir),
    }];
    if let Some(url) = fresh_postgres_database() {
        out.push(TestStore {
            store: Store::open_url(&url).expect("a PostgreSQL store"),
            url,
            _dir: None,
        });
    }
    out
}
