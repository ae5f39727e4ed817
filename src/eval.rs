//! Scoring `extract` output against a gold set written as `../shared/ANNOTATION.md` describes.
//!
//! A gold directory holds `docs.tsv` (`doc path split`), `actors.tsv` (`id kind top aliases`) and
//! `interactions.tsv` (`doc source target stance need cue`). Scores are micro-averaged over
//! documents on unique directed (source, target, stance) tuples per document:
//! - *strict*: actors as named; a predicted actor matches a gold actor when one of its names
//!   (label, aliases) equals one of the gold actor's aliases, case-insensitively, ignoring a
//!   leading "the" and a trailing "'s" (or the ids are equal);
//! - *rolled up*: both sides replaced by the state or top-level group they roll up to.
//!
//! Gold tuples marked `opt` are neither required nor errors: predicting one is not a false
//! positive, missing one is not a miss.

use crate::extract::Extraction;
use crate::lexicon::{Lexicon, Stance};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// A problem in a gold file.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct GoldError {
    /// The file.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// One gold document.
#[derive(Debug, Clone)]
pub struct GoldDoc {
    /// Document name (file stem).
    pub doc: String,
    /// Path of the text, relative to the repository root.
    pub path: String,
    /// Split name (`dev`, `heldout`, `seed` …).
    pub split: String,
}

#[derive(Debug, Clone)]
struct GoldActor {
    top: String,
    names: BTreeSet<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct GoldRow {
    source: String,
    target: String,
    stance: Stance,
    required: bool,
    cue: String,
}

/// A gold set: documents, actors and interactions.
#[derive(Debug, Default)]
pub struct Gold {
    /// The documents, in file order.
    pub docs: Vec<GoldDoc>,
    /// Actors by (gold directory, id): each directory's actor table is its own, so one set's
    /// "united_states" does not replace another's.
    actors: BTreeMap<(usize, String), GoldActor>,
    /// The gold directory each document came from.
    set_of: BTreeMap<String, usize>,
    sets: usize,
    rows: BTreeMap<String, Vec<GoldRow>>,
}

/// Normalises a name for matching: lower case, typographic apostrophes made plain, a leading
/// "the " and a trailing "'s" dropped, spaces collapsed.
pub fn normalise(name: &str) -> String {
    let lower = name.to_lowercase().replace(['’', '‘'], "'");
    let words: Vec<&str> = lower.split_whitespace().collect();
    let mut s = words.join(" ");
    if let Some(rest) = s.strip_prefix("the ") {
        s = rest.to_owned();
    }
    if let Some(rest) = s.strip_suffix("'s") {
        s = rest.to_owned();
    }
    s
}

fn table<'a>(
    file: &str,
    text: &'a str,
    header: &str,
) -> Result<Vec<(usize, Vec<&'a str>)>, GoldError> {
    let mut rows = Vec::new();
    let mut saw_header = false;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !saw_header {
            if line != header {
                return Err(GoldError {
                    file: file.to_owned(),
                    line: i + 1,
                    message: format!("expected the header {:?}", header.replace('\t', " ")),
                });
            }
            saw_header = true;
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != header.split('\t').count() {
            return Err(GoldError {
                file: file.to_owned(),
                line: i + 1,
                message: format!("expected {} fields", header.split('\t').count()),
            });
        }
        rows.push((i + 1, fields));
    }
    Ok(rows)
}

impl Gold {
    /// Adds one gold directory's three files (given as texts, named for error messages).
    pub fn add(
        &mut self,
        dir: &str,
        docs: &str,
        actors: &str,
        interactions: &str,
    ) -> Result<(), GoldError> {
        let name = |f: &str| format!("{dir}/{f}");
        let set = self.sets;
        self.sets += 1;
        for (_, f) in table(&name("docs.tsv"), docs, "doc\tpath\tsplit")? {
            self.set_of.insert(f[0].to_owned(), set);
            self.docs.push(GoldDoc {
                doc: f[0].to_owned(),
                path: f[1].to_owned(),
                split: f[2].to_owned(),
            });
        }
        for (_, f) in table(&name("actors.tsv"), actors, "id\tkind\ttop\taliases")? {
            let mut names: BTreeSet<String> = f[3]
                .split('|')
                .filter(|a| !a.is_empty())
                .map(normalise)
                .collect();
            names.insert(normalise(&f[0].replace('_', " ")));
            self.actors.insert(
                (set, f[0].to_owned()),
                GoldActor {
                    top: f[2].to_owned(),
                    names,
                },
            );
        }
        let file = name("interactions.tsv");
        for (line, f) in table(
            &file,
            interactions,
            "doc\tsource\ttarget\tstance\tneed\tcue",
        )? {
            let bad = |message: String| GoldError {
                file: file.clone(),
                line,
                message,
            };
            let stance = f[3].parse::<Stance>().map_err(bad)?;
            let required = match f[4] {
                "req" => true,
                "opt" => false,
                other => return Err(bad(format!("need {other:?} must be req or opt"))),
            };
            for id in [f[1], f[2]] {
                if !self.actors.contains_key(&(set, id.to_owned())) {
                    return Err(bad(format!("actor {id:?} is not in actors.tsv")));
                }
            }
            self.rows.entry(f[0].to_owned()).or_default().push(GoldRow {
                source: f[1].to_owned(),
                target: f[2].to_owned(),
                stance,
                required,
                cue: f[5].to_owned(),
            });
        }
        Ok(())
    }
}

/// Precision, recall and F1 counts for one view (strict or rolled up).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Predicted tuples matching a required gold tuple.
    pub true_pos: usize,
    /// Predicted tuples matching no gold tuple.
    pub false_pos: usize,
    /// Required gold tuples no prediction matched.
    pub misses: usize,
    /// Required gold tuples.
    pub gold: usize,
}

impl Counts {
    /// Precision.
    pub fn precision(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_pos)
    }
    /// Recall.
    pub fn recall(&self) -> f64 {
        ratio(self.gold - self.misses, self.gold)
    }
    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Counts) {
        self.true_pos += o.true_pos;
        self.false_pos += o.false_pos;
        self.misses += o.misses;
        self.gold += o.gold;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores of one split.
#[derive(Debug, Default, Clone)]
pub struct SplitScore {
    /// Documents scored.
    pub docs: usize,
    /// Actors as named.
    pub strict: Counts,
    /// Rolled up to top actors.
    pub rolled: Counts,
    /// Human-readable misses and false positives (`doc: source stance target (cue)`).
    pub details: Vec<String>,
}

impl fmt::Display for SplitScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:>4}  {:>4}  strict P {:.2} R {:.2} F1 {:.2}  rolled-up P {:.2} R {:.2} F1 {:.2}",
            self.docs,
            self.strict.gold,
            self.strict.precision(),
            self.strict.recall(),
            self.strict.f1(),
            self.rolled.precision(),
            self.rolled.recall(),
            self.rolled.f1()
        )
    }
}

/// A predicted tuple: names of source and target (for matching) and the stance.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Pred {
    source: String,
    target: String,
    stance: Stance,
}

/// Names an extracted actor is known by: its label, its lexicon aliases, its id as words.
fn names_of(lex: &Lexicon, ex: &Extraction, id: &str) -> BTreeSet<String> {
    let mut names: BTreeSet<String> = lex
        .actor(id)
        .map(|a| a.names().map(normalise).collect())
        .unwrap_or_default();
    if let Some(a) = ex.actor(id) {
        names.insert(normalise(&a.label));
    }
    names.insert(normalise(&id.replace('_', " ")));
    names
}

impl Gold {
    /// Document `doc`'s gold actor `id`.
    fn actor(&self, doc: &str, id: &str) -> Option<&GoldActor> {
        let set = *self.set_of.get(doc)?;
        self.actors.get(&(set, id.to_owned()))
    }

    fn matches(&self, lex: &Lexicon, ex: &Extraction, doc: &str, ours: &str, gold: &str) -> bool {
        if ours == gold {
            return true;
        }
        let Some(g) = self.actor(doc, gold) else {
            return false;
        };
        names_of(lex, ex, ours).iter().any(|n| g.names.contains(n))
    }

    fn top(&self, doc: &str, id: &str) -> String {
        self.actor(doc, id).map_or(id.to_owned(), |a| a.top.clone())
    }

    /// Scores one document's predictions.
    pub fn score_doc(&self, lex: &Lexicon, doc: &str, ex: &Extraction, out: &mut SplitScore) {
        let rows = self.rows.get(doc).cloned().unwrap_or_default();
        let ours: BTreeSet<Pred> = ex
            .interactions
            .iter()
            .filter(|i| i.modality.is_factual())
            .map(|i| Pred {
                source: i.source.clone(),
                target: i.target.clone(),
                stance: i.stance,
            })
            .collect();
        let top_of = |id: &str| ex.top(id).map_or(id.to_owned(), |a| a.id.clone());
        let ours_rolled: BTreeSet<Pred> = ours
            .iter()
            .map(|p| Pred {
                source: top_of(&p.source),
                target: top_of(&p.target),
                stance: p.stance,
            })
            .collect();
        let gold_rolled: Vec<GoldRow> = rows
            .iter()
            .map(|r| GoldRow {
                source: self.top(doc, &r.source),
                target: self.top(doc, &r.target),
                ..r.clone()
            })
            .collect();
        out.docs += 1;
        let strict = self.compare((lex, ex, doc), &ours, &rows, "strict", &mut out.details);
        out.strict.add(strict);
        let rolled = self.compare(
            (lex, ex, doc),
            &ours_rolled,
            &gold_rolled,
            "rolled",
            &mut out.details,
        );
        out.rolled.add(rolled);
    }

    fn compare(
        &self,
        (lex, ex, doc): (&Lexicon, &Extraction, &str),
        ours: &BTreeSet<Pred>,
        gold: &[GoldRow],
        view: &str,
        details: &mut Vec<String>,
    ) -> Counts {
        // Unique gold tuples; a tuple is required if any of its rows is.
        let mut tuples: BTreeMap<(String, String, Stance), (bool, String)> = BTreeMap::new();
        for r in gold {
            let e = tuples
                .entry((r.source.clone(), r.target.clone(), r.stance))
                .or_insert((false, r.cue.clone()));
            if r.required && !e.0 {
                *e = (true, r.cue.clone());
            }
        }
        let mut c = Counts::default();
        let mut found: BTreeSet<(String, String, Stance)> = BTreeSet::new();
        for p in ours {
            let hits: Vec<&(String, String, Stance)> = tuples
                .keys()
                .filter(|(s, t, st)| {
                    *st == p.stance
                        && self.matches(lex, ex, doc, &p.source, s)
                        && self.matches(lex, ex, doc, &p.target, t)
                })
                .collect();
            if hits.is_empty() {
                c.false_pos += 1;
                details.push(format!(
                    "{view} FP   {doc}: {} {} {}",
                    p.source,
                    p.stance.as_str(),
                    p.target
                ));
            } else if hits.iter().any(|k| tuples[*k].0) {
                c.true_pos += 1;
            }
            found.extend(hits.into_iter().cloned());
        }
        for (k, (required, cue)) in &tuples {
            if *required {
                c.gold += 1;
                if !found.contains(k) {
                    c.misses += 1;
                    details.push(format!(
                        "{view} MISS {doc}: {} {} {} ({cue})",
                        k.0,
                        k.2.as_str(),
                        k.1
                    ));
                }
            }
        }
        c
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // tests fail loudly by design
mod tests {
    use super::Gold;

    const DOCS: &str = "doc\tpath\tsplit\n";
    const ROWS: &str = "doc\tsource\ttarget\tstance\tneed\tcue\n";

    #[test]
    fn each_gold_directory_keeps_its_own_actor_table() {
        let mut gold = Gold::default();
        let actors = |top: &str| format!("id\tkind\ttop\taliases\nx\tstate\t{top}\tX\n");
        gold.add(
            "one",
            &format!("{DOCS}d1\td1.txt\tdev\n"),
            &actors("first"),
            ROWS,
        )
        .unwrap();
        gold.add(
            "two",
            &format!("{DOCS}d2\td2.txt\tdev\n"),
            &actors("second"),
            ROWS,
        )
        .unwrap();
        assert_eq!(gold.top("d1", "x"), "first");
        assert_eq!(gold.top("d2", "x"), "second");
    }
}
