//! Lexicon data files: canonical form (header, then rows sorted bytewise, no duplicate keys) and
//! strict validation with `file:line` errors.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use actorgraph::lexicon::{Lexicon, LexiconError, FILES};
use std::path::Path;

fn data_rows(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1) // column header
        .collect()
}

fn check_canonical(path: &Path, key_columns: usize) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(
        text.starts_with("# "),
        "{}: starts with a # header",
        path.display()
    );
    assert!(
        text.ends_with('\n'),
        "{}: ends with a newline",
        path.display()
    );
    let rows = data_rows(&text);
    assert!(!rows.is_empty(), "{}: has rows", path.display());
    let mut sorted = rows.clone();
    sorted.sort();
    assert_eq!(
        rows,
        sorted,
        "{}: rows must be sorted bytewise; run `LC_ALL=C sort` on the rows",
        path.display()
    );
    let keys: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| r.split('\t').take(key_columns).collect())
        .collect();
    for w in keys.windows(2) {
        assert_ne!(w[0], w[1], "{}: duplicate key {:?}", path.display(), w[0]);
    }
}

#[test]
fn lexicon_files_are_canonical() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon");
    for f in FILES {
        let keys = if matches!(f, "cues.tsv" | "function_words.tsv") {
            2
        } else {
            1
        };
        check_canonical(&dir.join(f), keys);
    }
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lexicon");
    for f in ["states.tsv", "actors.tsv", "cities.tsv"] {
        check_canonical(&fixtures.join(f), 1);
    }
}

#[test]
fn lexicon_embedded_loads_and_is_sound() {
    let lex = Lexicon::embedded().expect("the shipped lexicon is valid");
    let states = lex
        .actors()
        .iter()
        .filter(|a| a.kind == actorgraph::lexicon::Kind::State)
        .count();
    assert!(states >= 193, "every UN member state: {states}");
    for id in ["russia", "azerbaijan", "turkey", "iran", "armenia"] {
        let a = lex
            .actor(id)
            .unwrap_or_else(|| panic!("{id} in the gazetteer"));
        assert!(a.qid.is_some(), "{id} has a Wikidata id");
    }
    // De facto states are states of their own, their capitals no city of another state.
    for id in [
        "abkhazia",
        "south_ossetia",
        "transnistria",
        "northern_cyprus",
        "somaliland",
        "western_sahara",
    ] {
        let a = lex
            .actor(id)
            .unwrap_or_else(|| panic!("{id} in the gazetteer"));
        assert_eq!(a.kind, actorgraph::lexicon::Kind::State, "{id}");
    }
    // The region's outlets: Russian, Azerbaijani, Armenian, Georgian, Turkish, Iranian,
    // Central Asian and Ukrainian media, state-owned ones under their state.
    for (id, top) in [
        ("caliber_az", "caliber_az"),
        ("readovka", "readovka"),
        ("rbc", "rbc"),
        ("news_am", "news_am"),
        ("civil_ge", "civil_ge"),
        ("daily_sabah", "daily_sabah"),
        ("mehr_news_agency", "mehr_news_agency"),
        ("kazinform", "kazakhstan"),
        ("ukrinform", "ukraine"),
        ("aztv", "azerbaijan"),
        ("zvezda", "russia"),
    ] {
        let a = lex
            .actor(id)
            .unwrap_or_else(|| panic!("{id} in the gazetteer"));
        assert_eq!(a.kind, actorgraph::lexicon::Kind::Media, "{id}");
        assert_eq!(lex.top(id).map(|t| t.id.as_str()), Some(top), "{id}");
    }
    // Every actor rolls up to a top actor without a parent.
    for a in lex.actors() {
        let top = lex.top(&a.id).unwrap();
        assert!(top.parent.is_none(), "{} rolls up to a top actor", a.id);
    }
    // Every cue lemma yields forms, and its stance agrees with its category.
    for c in &lex.cues {
        assert_eq!(c.stance, c.category.stance(), "{}", c.lemma);
    }
}

#[test]
fn lexicon_errors_are_located_and_complete() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad_lexicon");
    let Err(LexiconError::Invalid(errors)) = Lexicon::load_dir(&dir) else {
        panic!("bad lexicon must be rejected");
    };
    let lines: Vec<String> = errors
        .iter()
        .map(|e| {
            let file = Path::new(&e.file)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            format!("{file}:{}: {}", e.line, e.message)
        })
        .collect();
    insta::assert_snapshot!("bad_lexicon_errors", lines.join("\n"));
}
