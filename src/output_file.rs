//! Writing output files so that a failure never leaves half a file behind.
//!
//! Everything we write goes to a temporary file in the target's directory,
//! is flushed, and is then renamed over the target in one step.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

/// Writes `bytes` to `path` atomically (temporary file, then rename).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            format!("directory {} does not exist", dir.display()),
        ));
    }
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    let temp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_directory_fails_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("nope").join("out.yaml");
        assert!(write_atomically(&target, b"x").is_err());
        assert!(!target.exists());
        let ok = dir.path().join("out.yaml");
        write_atomically(&ok, b"hello").unwrap();
        assert_eq!(fs::read(&ok).unwrap(), b"hello");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
    }

    /// A write that fails midway (here: a directory where the temporary file
    /// must go) leaves an existing target untouched and no new file.
    #[test]
    fn a_failed_write_leaves_the_old_file_whole() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("report.pdf");
        fs::write(&target, b"the signed version").unwrap();
        let in_the_way = dir
            .path()
            .join(format!(".report.pdf.{}.tmp", std::process::id()));
        fs::create_dir(&in_the_way).unwrap();
        assert!(write_atomically(&target, b"half a new version").is_err());
        assert_eq!(fs::read(&target).unwrap(), b"the signed version");
        let mut names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        assert_eq!(names.len(), 2, "only the old file and what was in the way");
    }
}
