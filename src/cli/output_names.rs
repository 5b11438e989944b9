//! Where each report of a batch `render` is written, so that no two inputs
//! ever share an output file.
//!
//! Reports are written under the output directory at their path relative to
//! the deepest folder that holds all the inputs, as `cp -r` would mirror them:
//! `render samples/ -o out` gives `out/<name>.<ext>`, and `render africa/
//! europe/ -o out` gives `out/africa/<name>.<ext>` and `out/europe/<name>.<ext>`,
//! so two States' `report.yaml` in two folders stay two files. Inputs that
//! would still meet (`x.yaml` and `x.yml`, or names that differ only in case,
//! which are one file on Windows and macOS) are refused before anything is
//! written, naming both.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

/// The output file of each input (the same file named twice is rendered
/// once), or the message naming two inputs that would meet.
pub fn output_paths(
    out_dir: &Path,
    inputs: &[PathBuf],
    extension: &str,
) -> Result<Vec<(PathBuf, PathBuf)>, String> {
    let cwd =
        std::env::current_dir().map_err(|e| format!("cannot tell the current directory: {e}"))?;
    let mut seen_inputs = std::collections::HashSet::new();
    let mut unique: Vec<(PathBuf, PathBuf)> = Vec::new();
    for input in inputs {
        let absolute = normalise(&cwd.join(input));
        // The same file named twice (also through a link) is rendered once;
        // names are made from the path as written.
        let identity = std::fs::canonicalize(input).unwrap_or_else(|_| absolute.clone());
        if seen_inputs.insert(identity) {
            unique.push((input.clone(), absolute));
        }
    }
    let base = common_folder(unique.iter().map(|(_, absolute)| absolute.as_path()));
    let mut taken: HashMap<String, &Path> = HashMap::new();
    let mut out = Vec::with_capacity(unique.len());
    for (input, absolute) in &unique {
        let relative = absolute.strip_prefix(&base).unwrap_or(absolute);
        let relative = if relative.as_os_str().is_empty() {
            Path::new("report")
        } else {
            relative
        };
        let target = out_dir.join(relative.with_extension(extension));
        // Inputs with no folder in common (two drives): never beside the input.
        if relative.is_absolute() || !target.starts_with(out_dir) {
            return Err(format!(
                "{}: cannot place its output under {} (the inputs share no folder); render it on its own",
                input.display(),
                out_dir.display()
            ));
        }
        let key = target.to_string_lossy().to_lowercase();
        if let Some(first) = taken.insert(key, input) {
            return Err(format!(
                "{} and {} would both be written to {}: rename one, or render them into separate directories (nothing was written)",
                first.display(),
                input.display(),
                target.display()
            ));
        }
        out.push((input.clone(), target));
    }
    Ok(out)
}

/// `path` without `.` and with `..` applied to the names before it (the
/// files themselves are not looked at, so links are not resolved).
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The deepest folder holding every path.
fn common_folder<'p>(paths: impl Iterator<Item = &'p Path>) -> PathBuf {
    let mut common: Option<Vec<Component<'p>>> = None;
    for path in paths {
        let folder: Vec<Component<'p>> = path
            .parent()
            .map_or_else(Vec::new, |p| p.components().collect());
        common = Some(match common {
            None => folder,
            Some(so_far) => so_far
                .into_iter()
                .zip(folder)
                .take_while(|(a, b)| a == b)
                .map(|(a, _)| a)
                .collect(),
        });
    }
    common.unwrap_or_default().into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(inputs: &[&str]) -> Result<Vec<String>, String> {
        let inputs: Vec<PathBuf> = inputs.iter().map(PathBuf::from).collect();
        output_paths(Path::new("out"), &inputs, "xml").map(|pairs| {
            pairs
                .into_iter()
                .map(|(_, out)| out.to_string_lossy().into_owned())
                .collect()
        })
    }

    #[test]
    fn inputs_of_one_folder_keep_their_names() {
        assert_eq!(
            names(&["samples/a.yaml", "samples/b.yml"]).unwrap(),
            ["out/a.xml", "out/b.xml"]
        );
        assert_eq!(names(&["./a.yaml"]).unwrap(), ["out/a.xml"]);
    }

    #[test]
    fn inputs_of_several_folders_mirror_them() {
        assert_eq!(
            names(&[
                "africa/xab/report.yaml",
                "europe/xac/report.yaml",
                "europe/xad.yaml"
            ])
            .unwrap(),
            [
                "out/africa/xab/report.xml",
                "out/europe/xac/report.xml",
                "out/europe/xad.xml"
            ]
        );
        assert_eq!(
            names(&["a/x.yaml", "a/../b/x.yaml"]).unwrap(),
            ["out/a/x.xml", "out/b/x.xml"]
        );
    }

    #[test]
    fn the_same_input_twice_is_rendered_once() {
        assert_eq!(names(&["a/x.yaml", "./a/x.yaml"]).unwrap(), ["out/x.xml"]);
    }

    #[test]
    fn inputs_that_would_still_meet_are_refused_naming_both() {
        let error = names(&["a/x.yaml", "a/x.yml"]).unwrap_err();
        assert!(error.contains("a/x.yaml and a/x.yml"), "{error}");
        assert!(error.contains("out/x.xml"), "{error}");
        assert!(names(&["a/X.yaml", "a/x.yaml"]).is_err(), "case alone");
    }
}
