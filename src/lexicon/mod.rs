//! `data/lexicon/*.tsv` → a validated, typed [`Lexicon`], or every located error at once.
//!
//! Files (all UTF-8, tab-separated, `#` comment lines first, then one column-header row):
//! - `states.tsv`, `actors.tsv`: actors (`id kind label aliases adjectives parent role start end qid`);
//! - `cues.tsv`: interaction cues (`cue pos category stance of mode`);
//! - `irregular_verbs.tsv`: `lemma past participle`, used to inflect cues;
//! - `function_words.tsv`: `word class` (negations, hedges, reporting verbs, abbreviations …);
//! - `roles.tsv`: `word class` (titles that introduce a person's name);
//! - `generic_nouns.tsv`: `noun kind top` (nouns that name a state's bodies and groups);
//! - `family_names.tsv`: `name origin` (family names written first, as in "Zhao Lijian");
//! - `cities.tsv`: `city state` (places that are no capital: "in Istanbul" is in Turkey).
//!
//! The default lexicon is compiled into the binary ([`Lexicon::embedded`]); `--lexicon DIR` loads
//! another directory with the same file names.

mod inflect;
mod model;

pub use inflect::{noun_forms, verb_forms, VerbForm};
pub use model::{
    Actor, Category, Cue, FunctionWords, Kind, Pos, Quad, RoleClass, Stance, WordClass,
    PEOPLE_SUFFIX,
};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::fmt;
use std::path::Path;

/// The file names a lexicon directory holds, in load order.
pub const FILES: [&str; 9] = [
    "states.tsv",
    "actors.tsv",
    "cues.tsv",
    "irregular_verbs.tsv",
    "function_words.tsv",
    "roles.tsv",
    "generic_nouns.tsv",
    "family_names.tsv",
    "cities.tsv",
];

const ACTOR_HEADER: &str = "id\tkind\tlabel\taliases\tadjectives\tparent\trole\tstart\tend\tqid";
const CUE_HEADER: &str = "cue\tpos\tcategory\tstance\tof\tmode";
const IRREGULAR_HEADER: &str = "lemma\tpast\tparticiple";
const WORDS_HEADER: &str = "word\tclass";
const GENERIC_HEADER: &str = "noun\tkind\ttop";
const FAMILY_HEADER: &str = "name\torigin";
const CITY_HEADER: &str = "city\tstate";
/// The naming traditions `family_names.tsv` may give.
const FAMILY_ORIGINS: [&str; 4] = ["chinese", "khmer", "korean", "vietnamese"];

/// One problem in a lexicon file, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// File name (as given to the loader).
    pub file: String,
    /// 1-based line number; 0 when the problem concerns the whole file.
    pub line: usize,
    /// What is wrong and, where possible, what to write instead.
    pub message: String,
}

impl fmt::Display for Located {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// Why a lexicon could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// A file could not be read.
    #[error("cannot read lexicon file {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// One or more files are malformed; every problem found is listed.
    #[error("{} (and {} more problems)", .0[0], .0.len() - 1)]
    Invalid(Vec<Located>),
}

/// A lexicon file: its name, its text and the SHA-256 of its bytes (for provenance).
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// File name, e.g. `cues.tsv`.
    pub name: String,
    /// SHA-256 of the file, lowercase hex.
    pub hash: String,
}

/// Everything the extractor knows about the world, validated.
#[derive(Debug)]
pub struct Lexicon {
    actors: Vec<Actor>,
    by_id: HashMap<String, usize>,
    /// Lower-cased names of non-person actors whose parent is listed, for [`Lexicon::body`].
    body_names: HashMap<String, usize>,
    /// Interaction cues.
    pub cues: Vec<Cue>,
    /// Irregular verbs: lemma → (past, participle).
    pub irregular: HashMap<String, (String, String)>,
    /// Function words by class.
    pub words: FunctionWords,
    /// Role words (titles) by class.
    pub roles: HashMap<String, RoleClass>,
    /// Generic nouns ("police", "security forces") and the kind of actor they name; `State`
    /// means the phrase stands for the state itself ("authorities").
    pub generic: HashMap<String, Kind>,
    /// Generic nouns whose actor is its own top-level group, not its state's ("rebels",
    /// "opposition").
    pub self_top: HashSet<String>,
    /// Of those, the nouns of a street crowd or the opposition, which acts apart from its
    /// state but is counted with it in the roll-up ("Gondorian protesters", "the Gondorian
    /// opposition"): `apart` in generic_nouns.tsv.
    pub apart_top: HashSet<String>,
    /// Family names written first ("Zhao" of "Zhao Lijian"), as written.
    pub family_names: HashSet<String>,
    /// Cities that are no capital, as written, and the id of the state they lie in.
    pub cities: HashMap<String, String>,
    /// The files the lexicon was read from.
    pub sources: Vec<SourceFile>,
}

macro_rules! embedded_files {
    ($($name:literal),*) => {
        [$(($name, include_str!(concat!("../../data/lexicon/", $name)))),*]
    };
}

/// The built-in lexicon files, in the order of [`FILES`].
const EMBEDDED: [(&str, &str); 9] = embedded_files!(
    "states.tsv",
    "actors.tsv",
    "cues.tsv",
    "irregular_verbs.tsv",
    "function_words.tsv",
    "roles.tsv",
    "generic_nouns.tsv",
    "family_names.tsv",
    "cities.tsv"
);

impl Lexicon {
    /// The lexicon shipped in `data/lexicon/`, compiled into the binary.
    pub fn embedded() -> Result<Self, LexiconError> {
        Self::from_texts(EMBEDDED.iter().map(|(n, t)| (n.to_string(), t.to_string())))
    }

    /// Loads the files of [`FILES`] from `dir`; a file missing there is taken from the built-in
    /// lexicon, so a directory may override just `actors.tsv`, say.
    pub fn load_dir(dir: &Path) -> Result<Self, LexiconError> {
        if !dir.is_dir() {
            return Err(LexiconError::Io {
                path: dir.display().to_string(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "not a directory"),
            });
        }
        let mut texts = Vec::new();
        for (name, builtin) in EMBEDDED {
            let path = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(text) => texts.push((path.display().to_string(), text)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    texts.push((name.to_owned(), builtin.to_owned()))
                }
                Err(source) => {
                    return Err(LexiconError::Io {
                        path: path.display().to_string(),
                        source,
                    })
                }
            }
        }
        Self::from_texts(texts)
    }

    /// Parses and validates lexicon files given as (name, text), in the order of [`FILES`].
    pub fn from_texts(
        files: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, LexiconError> {
        let mut errors = Vec::new();
        let mut actors: Vec<(String, usize, Actor)> = Vec::new();
        let mut cues = Vec::new();
        let mut irregular = HashMap::default();
        let mut words = FunctionWords::default();
        let mut roles = HashMap::default();
        let mut generic = HashMap::default();
        let mut self_top = HashSet::default();
        let mut apart_top = HashSet::default();
        let mut family_names = HashSet::default();
        let mut city_rows: Vec<(String, usize, String, String)> = Vec::new();
        let mut sources = Vec::new();
        for (name, text) in files {
            let base = Path::new(&name)
                .file_name()
                .map_or(name.clone(), |f| f.to_string_lossy().into_owned());
            sources.push(SourceFile {
                name: base.clone(),
                hash: crate::text::sha256_hex(text.as_bytes()),
            });
            let mut table = Table::new(&name, &text, &mut errors);
            match base.as_str() {
                "states.tsv" | "actors.tsv" => {
                    table.rows(ACTOR_HEADER, |row, err| {
                        if let Some(a) = model::parse_actor(row, err) {
                            actors.push((name.clone(), row.line, a));
                        }
                    });
                }
                "cues.tsv" => table.rows(CUE_HEADER, |row, err| {
                    if let Some(c) = model::parse_cue(row, err) {
                        cues.push(c);
                    }
                }),
                "irregular_verbs.tsv" => table.rows(IRREGULAR_HEADER, |row, err| {
                    if let [lemma, past, part] = row.fields[..] {
                        irregular.insert(lemma.to_owned(), (past.to_owned(), part.to_owned()));
                    } else {
                        err("expected 3 fields".into());
                    }
                }),
                "function_words.tsv" => table.rows(WORDS_HEADER, |row, err| {
                    model::parse_word(row, &mut words, err)
                }),
                "roles.tsv" => table.rows(WORDS_HEADER, |row, err| {
                    if let Some((w, c)) = model::parse_role(row, err) {
                        roles.insert(w, c);
                    }
                }),
                "generic_nouns.tsv" => table.rows(GENERIC_HEADER, |row, err| {
                    if let [noun, kind, top] = row.fields[..] {
                        match top {
                            "state" => {}
                            "self" => {
                                self_top.insert(noun.to_owned());
                            }
                            "apart" => {
                                self_top.insert(noun.to_owned());
                                apart_top.insert(noun.to_owned());
                            }
                            other => {
                                err(format!("top must be state, self or apart, found {other:?}"));
                                return;
                            }
                        }
                        match kind.parse::<Kind>() {
                            Ok(k) if noun == noun.to_lowercase() && !noun.is_empty() => {
                                generic.insert(noun.to_owned(), k);
                            }
                            Ok(_) => err(format!("noun {noun:?} must be non-empty lower case")),
                            Err(e) => err(e),
                        }
                    }
                }),
                "family_names.tsv" => table.rows(FAMILY_HEADER, |row, err| {
                    if let [name, origin] = row.fields[..] {
                        let mut chars = name.chars();
                        let well_formed = chars.next().is_some_and(char::is_uppercase)
                            && chars.all(|c| c.is_alphabetic() && !c.is_uppercase());
                        if !well_formed {
                            err(format!(
                                "name {name:?} must be one capitalised word of letters (\"Zhao\")"
                            ));
                        } else if !FAMILY_ORIGINS.contains(&origin) {
                            err(format!(
                                "unknown origin {origin:?}; use one of {}",
                                FAMILY_ORIGINS.join(", ")
                            ));
                        } else {
                            family_names.insert(name.to_owned());
                        }
                    }
                }),
                "cities.tsv" => table.rows(CITY_HEADER, |row, err| {
                    if let [city, state] = row.fields[..] {
                        if !city.starts_with(char::is_uppercase) {
                            err(format!(
                                "city {city:?} must be written capitalised, as in text"
                            ));
                        } else {
                            city_rows.push((name.clone(), row.line, city.into(), state.into()));
                        }
                    }
                }),
                other => errors.push(Located {
                    file: name.clone(),
                    line: 0,
                    message: format!("unknown lexicon file {other:?}; expected one of {FILES:?}"),
                }),
            }
        }
        let validated = validate_actors(actors, &mut errors);
        // A city lies in a listed state and names nothing else.
        let mut cities = HashMap::default();
        if let Some((actors, by_id)) = &validated {
            let names: HashSet<&str> = actors
                .iter()
                .flat_map(|a| a.names().chain(a.adjectives.iter().map(String::as_str)))
                .collect();
            for (file, line, city, state) in city_rows {
                let at = |message: String| Located {
                    file: file.clone(),
                    line,
                    message,
                };
                let is_state = by_id
                    .get(&state)
                    .is_some_and(|&i| actors[i].kind == Kind::State);
                if !is_state {
                    errors.push(at(format!(
                        "state {state:?} is not a state id of states.tsv"
                    )));
                } else if names.contains(city.as_str()) {
                    errors.push(at(format!(
                        "city {city:?} is already the name of an actor; leave it out"
                    )));
                } else if cities.insert(city.clone(), state).is_some() {
                    errors.push(at(format!("duplicate city {city:?}")));
                }
            }
        }
        let lexicon = validated.map(|(actors, by_id)| Lexicon {
            body_names: actors
                .iter()
                .enumerate()
                .filter(|(_, a)| a.kind != Kind::Person && a.parent.is_some())
                .flat_map(|(i, a)| a.names().map(move |n| (n.to_lowercase(), i)))
                .collect(),
            actors,
            by_id,
            cues,
            irregular,
            words,
            roles,
            generic,
            self_top,
            apart_top,
            family_names,
            cities,
            sources,
        });
        match lexicon {
            Some(l) if errors.is_empty() => Ok(l),
            _ => Err(LexiconError::Invalid(errors)),
        }
    }

    /// All actors, in file order (states first).
    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    /// The actor with this id.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.by_id.get(id).map(|&i| &self.actors[i])
    }

    /// The listed state with this id (`None` for any other actor or an unlisted id).
    pub fn state(&self, id: &str) -> Option<&Actor> {
        self.actor(id).filter(|a| a.kind == Kind::State)
    }

    /// The one person listed as holding `role` (case-insensitive, as in the `role` column) under
    /// `state` now (no end date): "the Arnorian Foreign Minister" names them. `None` when no
    /// person or more than one fits.
    pub fn office_holder(&self, state: &str, role: &str) -> Option<&Actor> {
        let mut fits = self.actors.iter().filter(|a| {
            a.kind == Kind::Person
                && a.end.is_none()
                && a.role
                    .as_deref()
                    .is_some_and(|r| r.eq_ignore_ascii_case(role))
                && self.top(&a.id).is_some_and(|t| t.id == state)
        });
        let first = fits.next()?;
        fits.next().is_none().then_some(first)
    }

    /// The listed body of `state` that a discovered phrase "<state's adjective or name> <noun>"
    /// names ("Arnorian foreign ministry" is the listed `arnor_mfa` when one of its names is
    /// "Arnorian Foreign Ministry" or "Arnor's Foreign Ministry"), compared case-insensitively.
    pub fn body(&self, state: &str, noun: &str) -> Option<&Actor> {
        let owner = self.state(state)?;
        let noun = noun.to_lowercase();
        owner
            .adjectives
            .iter()
            .map(|a| format!("{} {noun}", a.to_lowercase()))
            .chain(
                owner
                    .names()
                    .map(|n| format!("{}'s {noun}", n.to_lowercase())),
            )
            .filter_map(|p| self.body_names.get(&p).map(|&i| &self.actors[i]))
            .find(|a| a.parent.as_deref() == Some(state))
    }

    /// The top of `id`'s parent chain: the state or top-level group it rolls up to (itself for
    /// an actor without a parent).
    pub fn top(&self, id: &str) -> Option<&Actor> {
        let mut cur = self.actor(id)?;
        while let Some(p) = cur.parent.as_deref().and_then(|p| self.actor(p)) {
            cur = p;
        }
        Some(cur)
    }

    /// Whether `verb` is a verb cue of `category` naming the act the noun cue `noun` of that
    /// category names: they open with the same three letters ("deport", "deportation";
    /// "expel", "expulsion"; "detain", "detention").
    pub fn cue_forms_share_stem(&self, verb: &str, noun: &str, category: Category) -> bool {
        let common = verb
            .chars()
            .zip(noun.chars())
            .take_while(|(a, b)| a == b)
            .count();
        common >= 3
            && self
                .cues
                .iter()
                .any(|c| c.lemma == verb && c.pos == Pos::Verb && c.category == category)
    }

    /// Inflected forms of a verb cue lemma (uses the irregular-verb table).
    pub fn verb_forms(&self, lemma: &str) -> Vec<(String, VerbForm)> {
        verb_forms(lemma, &self.irregular)
    }
}

/// Cross-row checks: unique ids, existing parents, no cycles, no name claimed by two actors.
/// Synthesises a `group` actor for the people of each state with a demonym ("Arnorians").
fn validate_actors(
    rows: Vec<(String, usize, Actor)>,
    errors: &mut Vec<Located>,
) -> Option<(Vec<Actor>, HashMap<String, usize>)> {
    let mut by_id = HashMap::default();
    let mut actors = Vec::new();
    let mut places = Vec::new();
    for (file, line, actor) in rows {
        if by_id.contains_key(&actor.id) {
            errors.push(Located {
                file,
                line,
                message: format!("duplicate actor id {:?}", actor.id),
            });
            continue;
        }
        by_id.insert(actor.id.clone(), actors.len());
        actors.push(actor);
        places.push((file, line));
    }
    let mut names: HashMap<&str, usize> = HashMap::default();
    for (i, actor) in actors.iter().enumerate() {
        let (file, line) = &places[i];
        let at = |message: String| Located {
            file: file.clone(),
            line: *line,
            message,
        };
        if let Some(p) = &actor.parent {
            if !by_id.contains_key(p) {
                errors.push(at(format!("parent {p:?} is not an actor id")));
            }
        }
        let mut seen = HashSet::default();
        let mut cur = actor;
        while let Some(p) = cur.parent.as_deref().and_then(|p| by_id.get(p)) {
            if !seen.insert(*p) {
                errors.push(at(format!("parent chain of {:?} has a cycle", actor.id)));
                break;
            }
            cur = &actors[*p];
        }
        for name in actor
            .names()
            .chain(actor.adjectives.iter().map(String::as_str))
        {
            if let Some(&other) = names.get(name) {
                if other != i {
                    errors.push(at(format!(
                        "name {name:?} is already used by actor {:?}; an ambiguous name must be \
                         dropped from both rows",
                        actors[other].id
                    )));
                }
            } else {
                names.insert(name, i);
            }
        }
    }
    if !errors.is_empty() {
        return None;
    }
    let groups: Vec<Actor> = actors
        .iter()
        .filter(|a| a.kind == Kind::State)
        .filter_map(Actor::people_group)
        .filter(|g| {
            !by_id.contains_key(&g.id) && g.aliases.iter().all(|n| !names.contains_key(n.as_str()))
        })
        .collect();
    for g in groups {
        by_id.insert(g.id.clone(), actors.len());
        actors.push(g);
    }
    Some((actors, by_id))
}

/// One data row with its line number.
#[derive(Debug)]
pub(crate) struct Row<'a> {
    pub line: usize,
    pub fields: Vec<&'a str>,
}

/// A TSV file being read: comments skipped, header checked, every error collected.
struct Table<'a, 'e> {
    name: &'a str,
    text: &'a str,
    errors: &'e mut Vec<Located>,
}

impl<'a, 'e> Table<'a, 'e> {
    fn new(name: &'a str, text: &'a str, errors: &'e mut Vec<Located>) -> Self {
        Table { name, text, errors }
    }

    fn rows(&mut self, header: &str, mut each: impl FnMut(&Row<'a>, &mut dyn FnMut(String))) {
        let columns = header.split('\t').count();
        let mut saw_header = false;
        for (i, raw) in self.text.lines().enumerate() {
            let line = i + 1;
            let mut err = |message: String| {
                self.errors.push(Located {
                    file: self.name.to_owned(),
                    line,
                    message,
                })
            };
            if raw.starts_with('#') || (raw.trim().is_empty() && !saw_header) {
                continue;
            }
            if !saw_header {
                if raw != header {
                    err(format!(
                        "expected the column header {:?}, found {raw:?}",
                        header.replace('\t', " ")
                    ));
                    return;
                }
                saw_header = true;
                continue;
            }
            if raw.trim().is_empty() {
                err("blank line inside the table; remove it".into());
                continue;
            }
            let fields: Vec<&str> = raw.split('\t').collect();
            if fields.len() != columns {
                err(format!(
                    "expected {columns} tab-separated fields, found {}",
                    fields.len()
                ));
                continue;
            }
            if let Some(f) = fields.iter().find(|f| f.trim() != **f) {
                err(format!("field {f:?} has leading or trailing spaces"));
                continue;
            }
            each(&Row { line, fields }, &mut err);
        }
        if !saw_header {
            self.errors.push(Located {
                file: self.name.to_owned(),
                line: 0,
                message: format!("no column header {:?}", header.replace('\t', " ")),
            });
        }
    }
}
