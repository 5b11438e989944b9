//! Writing output files so that a failure never leaves half a file behind.
//!
//! Everything we write goes to a temporary file of its own in the target's
//! directory (a unique name created exclusively, so two writers, threads or
//! processes, never share one, and a symbolic link planted at that name is
//! never followed), is flushed to disk, and is then renamed over the target in
//! one step. A symbolic link at the target itself is replaced, not written
//! through. The new file keeps the mode of the file it replaces, or gets the
//! usual mode of a new file (0666 less the umask), not the temporary file's
//! owner-only 0600.

use std::io::{self, Write};
use std::path::Path;

/// Writes `bytes` to `path` atomically (unique temporary file, then rename).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write(path, bytes, Existing::Replace)
}

/// Writes `bytes` to `path` atomically only if nothing is there: a file that
/// appears meanwhile is not replaced either (the temporary file is linked to
/// the name, which fails if it exists). The error's kind is `AlreadyExists`
/// when something was there.
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write(path, bytes, Existing::Keep)
}

/// What to do with a file already at the target.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Existing {
    Replace,
    Keep,
}

fn write(path: &Path, bytes: &[u8], existing: Existing) -> io::Result<()> {
    if existing == Existing::Keep && std::fs::symlink_metadata(path).is_ok() {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!("{} already exists", path.display()),
        ));
    }
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
    // Dropped on any error below: the temporary file is removed.
    let prefix = format!(".{file_name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Given to open(2), so the umask applies as for any new file.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(dir)?;
    temp.write_all(bytes)?;
    // A file replaced keeps its mode (a report shared with a group stays so).
    if let Ok(existing) = std::fs::metadata(path)
        && existing.is_file()
    {
        temp.as_file().set_permissions(existing.permissions())?;
    }
    temp.as_file().sync_all()?;
    match existing {
        Existing::Replace => temp.persist(path).map_err(|e| e.error)?,
        Existing::Keep => temp.persist_noclobber(path).map_err(|e| e.error)?,
    };
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn missing_directory_fails_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("nope").join("out.yaml");
        assert!(write_atomically(&target, b"x").is_err());
        assert!(!target.exists());
        let ok = dir.path().join("out.yaml");
        write_atomically(&ok, b"hello").unwrap();
        assert_eq!(fs::read(&ok).unwrap(), b"hello");
        assert_eq!(names(dir.path()), ["out.yaml"], "no temporary file left");
    }

    /// A write that cannot be completed (here: a directory stands where the
    /// file must go) leaves what was there untouched and no temporary file.
    #[test]
    fn a_failed_write_leaves_what_was_there_and_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("report.pdf");
        fs::create_dir(&target).unwrap();
        fs::write(target.join("signed.pdf"), b"the signed version").unwrap();
        assert!(write_atomically(&target, b"half a new version").is_err());
        assert_eq!(
            fs::read(target.join("signed.pdf")).unwrap(),
            b"the signed version"
        );
        assert_eq!(names(dir.path()), ["report.pdf"]);
    }

    /// Writers in threads of one process (as a batch render has) each get a
    /// temporary file of their own: every write succeeds and the file holds
    /// one of them whole, never a mix.
    #[test]
    fn concurrent_writers_never_share_a_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("report.xml");
        let contents: Vec<Vec<u8>> = (0..8u8).map(|i| vec![b'a' + i; 200_000]).collect();
        std::thread::scope(|scope| {
            for bytes in &contents {
                let target = &target;
                scope.spawn(move || {
                    for _ in 0..5 {
                        write_atomically(target, bytes).unwrap();
                    }
                });
            }
        });
        let written = fs::read(&target).unwrap();
        assert!(contents.contains(&written), "one writer's bytes, whole");
        assert_eq!(names(dir.path()), ["report.xml"]);
    }

    /// A new file is readable as any new file is (not owner-only); a file
    /// replaced keeps its mode.
    #[cfg(unix)]
    #[test]
    fn modes_are_those_of_a_new_file_or_of_the_file_replaced() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let new = dir.path().join("new.pdf");
        write_atomically(&new, b"x").unwrap();
        let mode = fs::metadata(&new).unwrap().permissions().mode() & 0o777;
        assert_ne!(mode, 0o600, "not the temporary file's owner-only mode");
        assert_eq!(mode & 0o600, 0o600);
        let shared = dir.path().join("shared.yaml");
        fs::write(&shared, b"old").unwrap();
        fs::set_permissions(&shared, fs::Permissions::from_mode(0o664)).unwrap();
        write_atomically(&shared, b"new").unwrap();
        assert_eq!(
            fs::metadata(&shared).unwrap().permissions().mode() & 0o777,
            0o664
        );
    }

    /// A symbolic link at the target is replaced by the new file; the file it
    /// pointed to is not written through.
    #[cfg(unix)]
    #[test]
    fn a_symlink_at_the_target_is_replaced_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = dir.path().join("elsewhere.txt");
        fs::write(&elsewhere, b"not yours").unwrap();
        let target = dir.path().join("out.xml");
        std::os::unix::fs::symlink(&elsewhere, &target).unwrap();
        write_atomically(&target, b"<report/>").unwrap();
        assert_eq!(fs::read(&elsewhere).unwrap(), b"not yours");
        assert!(!fs::symlink_metadata(&target).unwrap().is_symlink());
        assert_eq!(fs::read(&target).unwrap(), b"<report/>");
    }

    /// `write_new` never replaces: an existing file (or link) stays as it
    /// was, and no temporary file is left.
    #[test]
    fn write_new_refuses_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("report.yaml");
        write_new(&target, b"first").unwrap();
        let err = write_new(&target, b"second").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&target).unwrap(), b"first");
        assert_eq!(names(dir.path()), ["report.yaml"]);
    }
}
