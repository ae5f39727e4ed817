//! Input handling shared by `build` and `extract`: which files are articles, reading them with
//! their manifest metadata, and the JSON Lines record of an interaction.

use crate::extract::{Extraction, Interaction, Modality};
use crate::text::{DocMeta, Document, TextError};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The optional metadata file read from each input directory.
pub const MANIFEST: &str = "manifest.tsv";
const MANIFEST_HEADER: &str = "file\ttitle\tpublisher\tissued\turl";

/// Why an input could not be used.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The path does not exist.
    #[error("{path}: no such file or directory; check the path")]
    Missing {
        /// The path as given.
        path: PathBuf,
    },
    /// The path exists but could not be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The file is not a usable article.
    #[error("{path}: {source}")]
    Text {
        /// The path.
        path: PathBuf,
        /// What is wrong with it.
        #[source]
        source: TextError,
    },
    /// A manifest line is malformed.
    #[error("{path}:{line}: {message}")]
    Manifest {
        /// The manifest file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

impl InputError {
    /// Whether the problem is an empty file (skipped with a warning, not an error).
    pub fn is_empty_file(&self) -> bool {
        matches!(
            self,
            InputError::Text {
                source: TextError::Empty,
                ..
            }
        )
    }
}

/// Expands `paths` (files or directories, recursively) into the sorted list of `.txt` files.
/// A file named explicitly is taken whatever its extension.
pub fn collect(paths: &[PathBuf]) -> Result<Vec<PathBuf>, InputError> {
    let mut out = Vec::new();
    for p in paths {
        if !p.exists() {
            return Err(InputError::Missing { path: p.clone() });
        }
        if p.is_dir() {
            walk(p, &mut out)?;
        } else {
            out.push(p.clone());
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), InputError> {
    let io = |source| InputError::Io {
        path: dir.to_path_buf(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

/// Manifest metadata by file name, read from `manifest.tsv` in each directory on demand.
#[derive(Debug, Default)]
pub struct Manifests {
    by_dir: BTreeMap<PathBuf, BTreeMap<String, DocMeta>>,
}

impl Manifests {
    /// Metadata for `path` from its directory's manifest (empty when there is none).
    pub fn meta_for(&mut self, path: &Path) -> Result<DocMeta, InputError> {
        let dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
        if !self.by_dir.contains_key(&dir) {
            let table = read_manifest(&dir.join(MANIFEST))?;
            self.by_dir.insert(dir.clone(), table);
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(self.by_dir[&dir].get(&name).cloned().unwrap_or_default())
    }
}

fn read_manifest(path: &Path) -> Result<BTreeMap<String, DocMeta>, InputError> {
    let mut out = BTreeMap::new();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(source) => {
            return Err(InputError::Io {
                path: path.to_path_buf(),
                source,
            })
        }
    };
    let bad = |line: usize, message: String| InputError::Manifest {
        path: path.to_path_buf(),
        line,
        message,
    };
    let mut header = false;
    for (i, raw) in text.lines().enumerate() {
        if raw.starts_with('#') || raw.trim().is_empty() {
            continue;
        }
        if !header {
            if raw != MANIFEST_HEADER {
                return Err(bad(
                    i + 1,
                    format!(
                        "expected the header {:?}",
                        MANIFEST_HEADER.replace('\t', " ")
                    ),
                ));
            }
            header = true;
            continue;
        }
        let f: Vec<&str> = raw.split('\t').collect();
        let [file, title, publisher, issued, url] = f[..] else {
            return Err(bad(
                i + 1,
                format!("expected 5 tab-separated fields, found {}", f.len()),
            ));
        };
        if !issued.is_empty() && !is_iso_date(issued) {
            return Err(bad(i + 1, format!("issued {issued:?} must be YYYY-MM-DD")));
        }
        let opt = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        out.insert(
            file.to_owned(),
            DocMeta {
                title: opt(title),
                publisher: opt(publisher),
                issued: opt(issued),
                url: opt(url),
            },
        );
    }
    Ok(out)
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Reads one article with its manifest metadata.
pub fn read(path: &Path, manifests: &mut Manifests) -> Result<Document, InputError> {
    let bytes = std::fs::read(path).map_err(|source| InputError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let name = path
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut doc = Document::from_bytes(&name, &bytes).map_err(|source| InputError::Text {
        path: path.to_path_buf(),
        source,
    })?;
    doc.meta = manifests.meta_for(path)?;
    Ok(doc)
}

/// An actor as printed in JSON: id, label, kind and the top actor it rolls up to.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ActorJson {
    /// Actor id.
    pub id: String,
    /// Preferred label.
    pub label: String,
    /// Kind.
    pub kind: &'static str,
    /// The state or top-level group it rolls up to.
    pub top: TopJson,
}

/// The top actor of a roll-up.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TopJson {
    /// Actor id.
    pub id: String,
    /// Preferred label.
    pub label: String,
}

impl ActorJson {
    /// The JSON form of actor `id` of an extraction.
    pub fn new(ex: &Extraction, id: &str) -> Self {
        let actor = ex.actor(id);
        let top = ex.top(id);
        ActorJson {
            id: id.to_owned(),
            label: actor.map_or(id.to_owned(), |a| a.label.clone()),
            kind: actor.map_or("org", |a| a.kind.as_str()),
            top: TopJson {
                id: top.map_or(id.to_owned(), |t| t.id.clone()),
                label: top.map_or(id.to_owned(), |t| t.label.clone()),
            },
        }
    }
}

/// One line of `actorgraph extract` output.
#[derive(Debug, serde::Serialize)]
pub struct Record {
    /// Document name (file stem).
    pub doc: String,
    /// Sentence index in the document.
    pub sentence: usize,
    /// Who acts.
    pub source: ActorJson,
    /// Who is acted on.
    pub target: ActorJson,
    /// `against` or `support`.
    pub stance: &'static str,
    /// PLOVER category.
    pub category: &'static str,
    /// PLOVER mode, where the cue gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// `asserted`, `reported`, `negated` or `hypothetical`.
    pub modality: Modality,
    /// The reporting speaker, for reported interactions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<ActorJson>,
    /// The cue words as written.
    pub cue: String,
    /// The sentence.
    pub quote: String,
    /// Code-point offset of the quote in the document text.
    pub start: usize,
    /// Code-point offset of the end of the quote.
    pub end: usize,
    /// Event date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), or null when unknown.
    pub date: Option<String>,
    /// `day`, `month`, `year`, or `publication` when the date is the publication date.
    pub date_precision: Option<crate::extract::DatePrecision>,
}

impl Record {
    /// The record of interaction `i` of `doc`.
    pub fn new(ex: &Extraction, doc: &Document, i: &Interaction) -> Self {
        Record {
            doc: doc.name.clone(),
            sentence: i.sentence,
            source: ActorJson::new(ex, &i.source),
            target: ActorJson::new(ex, &i.target),
            stance: i.stance.as_str(),
            category: i.category.as_str(),
            mode: i.mode.clone(),
            modality: i.modality,
            speaker: i.speaker.as_deref().map(|s| ActorJson::new(ex, s)),
            cue: i.cue.clone(),
            quote: doc.text[i.start..i.end].to_owned(),
            start: i.start_cp,
            end: i.end_cp,
            date: i.date.clone(),
            date_precision: i.date_precision,
        }
    }
}
