//! End to end through the binary on the fictitious corpus: build → query (every canned query) →
//! export → reload → dot. Outputs are insta snapshots (refresh: `INSTA_UPDATE=always cargo test
//! --test pipeline`, then review); stderr has its timing masked.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn actorgraph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_actorgraph"))
        .args(args)
        .current_dir(root())
        .env_remove("RUST_LOG")
        .output()
        .expect("binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).expect("UTF-8 output")
}

/// `status`, then stdout, then stderr, with paths and timings masked.
fn transcript(o: &Output, store: &Path) -> String {
    let err = text(&o.stderr).replace(&store.display().to_string(), "[STORE]");
    let err = regex::Regex::new(r"in \d+\.\d+ s")
        .unwrap()
        .replace_all(&err, "in [SECONDS] s")
        .into_owned();
    format!(
        "status: {:?}\n--- stdout\n{}--- stderr\n{}",
        o.status.code(),
        text(&o.stdout),
        err
    )
}

struct Built {
    _dir: tempfile::TempDir,
    store: PathBuf,
}

fn build() -> (Built, Output) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let out = actorgraph(&[
        "--lexicon",
        "tests/fixtures/lexicon",
        "build",
        "tests/fixtures/corpus",
        "--store",
        store.to_str().unwrap(),
    ]);
    (Built { _dir: dir, store }, out)
}

#[test]
fn build_then_every_canned_query() {
    let (b, out) = build();
    insta::assert_snapshot!("build", transcript(&out, &b.store));
    let s = b.store.to_str().unwrap();
    let mut queries: Vec<_> = std::fs::read_dir(root().join("queries"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rq"))
        .collect();
    queries.sort();
    assert!(queries.len() >= 4, "queries/ holds the canned queries");
    for q in queries {
        let name = q.file_stem().unwrap().to_string_lossy().into_owned();
        let rel = format!("queries/{name}.rq");
        let o = actorgraph(&["query", &rel, "--store", s, "--format", "tsv"]);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", text(&o.stderr));
        let rows = text(&o.stdout).lines().count();
        assert!(rows > 1, "{name} returns rows on the fixture");
        insta::assert_snapshot!(format!("query_{name}"), text(&o.stdout));
    }
}

#[test]
fn evidence_query_with_bound_edge() {
    let (b, _) = build();
    let o = actorgraph(&[
        "query",
        "queries/evidence.rq",
        "--store",
        b.store.to_str().unwrap(),
        "--format",
        "csv",
        "--bind",
        "source=https://w3id.org/actorgraph/id/actor/gondor_foreign_ministry",
        "--bind",
        "target=https://w3id.org/actorgraph/id/actor/arnor",
    ]);
    insta::assert_snapshot!("evidence_bound", transcript(&o, &b.store));
}

#[test]
fn table_format_for_people() {
    let (b, _) = build();
    let o = actorgraph(&[
        "query",
        "queries/against.rq",
        "--store",
        b.store.to_str().unwrap(),
        "--format",
        "table",
    ]);
    insta::assert_snapshot!("against_table", transcript(&o, &b.store));
}

#[test]
fn export_is_sorted_reloads_and_rebuild_is_byte_identical() {
    let (b, _) = build();
    let s = b.store.to_str().unwrap();
    let first = actorgraph(&["export", "--store", s, "--format", "nquads"]);
    assert_eq!(first.status.code(), Some(0));
    let nq = text(&first.stdout);
    let lines: Vec<&str> = nq.lines().collect();
    let mut sorted = lines.clone();
    sorted.sort();
    assert_eq!(lines.len(), sorted.len());

    // Reload into a fresh store: same number of quads.
    let store = actorgraph::store::Store::in_memory().unwrap();
    store
        .load(oxigraph::io::RdfFormat::NQuads, nq.as_bytes())
        .unwrap();
    assert_eq!(store.len().unwrap(), lines.len());

    // Building again over the same input leaves the dataset byte-identical.
    let again = actorgraph(&[
        "--lexicon",
        "tests/fixtures/lexicon",
        "build",
        "tests/fixtures/corpus",
        "--store",
        s,
    ]);
    assert_eq!(again.status.code(), Some(0));
    let second = actorgraph(&["export", "--store", s, "--format", "nquads"]);
    // Only the run graph (timestamps) may differ between runs.
    let without_run = |t: &str| -> String {
        t.lines()
            .filter(|l| !l.ends_with("<https://w3id.org/actorgraph/id/graph/run> ."))
            .map(|l| format!("{l}\n"))
            .collect()
    };
    assert!(nq.contains("<https://w3id.org/actorgraph/id/graph/run> ."));
    assert_eq!(without_run(&text(&second.stdout)), without_run(&nq));

    for format in ["trig", "turtle"] {
        let o = actorgraph(&["export", "--store", s, "--format", format]);
        assert_eq!(o.status.code(), Some(0), "{format}");
        assert!(!o.stdout.is_empty());
    }
}

#[test]
fn dot_goldens() {
    let (b, _) = build();
    let s = b.store.to_str().unwrap();
    let all = actorgraph(&["dot", "--store", s]);
    insta::assert_snapshot!("dot_all", text(&all.stdout));
    let against = actorgraph(&[
        "dot", "--store", s, "--stance", "against", "--actor", "gondor",
    ]);
    insta::assert_snapshot!("dot_against_gondor", text(&against.stdout));
    let unknown = actorgraph(&["dot", "--store", s, "--actor", "Gondr"]);
    insta::assert_snapshot!("dot_unknown_actor", transcript(&unknown, &b.store));
}

#[test]
fn dot_renders_svg_with_graphviz() {
    let (b, _) = build();
    let o = actorgraph(&[
        "dot",
        "--store",
        b.store.to_str().unwrap(),
        "--render",
        "svg",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let svg = text(&o.stdout);
    assert!(svg.contains("<svg"), "an SVG document");
    assert!(svg.contains("Gondor"), "labels are drawn");
}

#[test]
fn render_without_graphviz_says_what_to_install() {
    let (b, _) = build();
    let o = Command::new(env!("CARGO_BIN_EXE_actorgraph"))
        .args([
            "dot",
            "--store",
            b.store.to_str().unwrap(),
            "--render",
            "png",
        ])
        .env("PATH", "/nonexistent")
        .output()
        .unwrap();
    insta::assert_snapshot!("render_missing_graphviz", transcript(&o, &b.store));
}

#[test]
fn locked_store_is_reported_not_corrupted() {
    let (b, _) = build();
    let held = actorgraph::store::Store::open(&b.store).unwrap();
    let o = actorgraph(&[
        "--lexicon",
        "tests/fixtures/lexicon",
        "build",
        "tests/fixtures/corpus",
        "--store",
        b.store.to_str().unwrap(),
    ]);
    insta::assert_snapshot!("locked_store", transcript(&o, &b.store));
    drop(held);
    let after = actorgraph(&["export", "--store", b.store.to_str().unwrap()]);
    assert_eq!(after.status.code(), Some(0));
}
