//! The RDF the bundled corpus produces: quotes verifiable with SPARQL alone, every term declared
//! in the ontology, and exports that a real external client (Python rdflib) loads whole.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use actorgraph::rdf::vocab;
use actorgraph::store::Store;
use oxigraph::io::RdfFormat;
use oxigraph::model::Term;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled corpus built once into a temporary store, exported as N-Quads.
/// Held while a test runs `actorgraph` on the shared store: one process at a time may open it
/// (a second would be refused as "in use by another actorgraph process").
fn store_turn() -> std::sync::MutexGuard<'static, ()> {
    static TURN: std::sync::Mutex<()> = std::sync::Mutex::new(());
    TURN.lock().unwrap_or_else(|e| e.into_inner())
}

fn corpus() -> &'static (tempfile::TempDir, PathBuf, String) {
    static BUILT: OnceLock<(tempfile::TempDir, PathBuf, String)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("store");
        let bin = env!("CARGO_BIN_EXE_actorgraph");
        let b = Command::new(bin)
            .args([
                "build",
                "data/corpus",
                "--store",
                store.to_str().unwrap(),
                "--quiet",
            ])
            .current_dir(root())
            .output()
            .unwrap();
        assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
        let e = Command::new(bin)
            .args(["export", "--store", store.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(e.status.success());
        (dir, store, String::from_utf8(e.stdout).unwrap())
    })
}

fn loaded() -> Store {
    let s = Store::in_memory().unwrap();
    s.load(RdfFormat::NQuads, corpus().2.as_bytes()).unwrap();
    s
}

#[test]
fn every_quote_is_the_stored_text_at_its_offsets() {
    let store = loaded();
    let q = format!(
        "PREFIX oa: <{}> PREFIX nif: <{}>
         SELECT (COUNT(*) AS ?n) (SUM(IF(SUBSTR(?text, ?start + 1, ?end - ?start) = ?exact, 1, 0)) AS ?ok)
         WHERE {{
           ?t oa:hasSource ?doc ; oa:hasSelector ?qs, ?ps .
           ?qs a oa:TextQuoteSelector ; oa:exact ?exact .
           ?ps a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
           ?doc nif:isString ?text .
         }}",
        vocab::OA,
        vocab::NIF
    );
    let rows = store.select(&q).unwrap();
    let num = |k: &str| match rows[0].get(k) {
        Some(Term::Literal(l)) => l.value().parse::<u64>().unwrap(),
        other => panic!("{k}: {other:?}"),
    };
    assert!(
        num("n") >= 15,
        "the corpus yields annotations: {}",
        num("n")
    );
    assert_eq!(
        num("n"),
        num("ok"),
        "every oa:exact equals the text at oa:start..oa:end"
    );
}

fn ontology() -> Store {
    let s = Store::in_memory().unwrap();
    for f in ["ontology/actorgraph.ttl", "ontology/plover.ttl"] {
        let text = std::fs::read(root().join(f)).unwrap();
        s.load(RdfFormat::Turtle, text.as_slice()).unwrap();
    }
    s
}

fn declared(onto: &Store, iri: &str) -> bool {
    !onto
        .select(&format!("SELECT ?t WHERE {{ <{iri}> a ?t }}"))
        .unwrap()
        .is_empty()
}

#[test]
fn vocabulary_constants_match_the_ontology() {
    let onto = ontology();
    for local in vocab::AG_CLASSES
        .iter()
        .chain(&vocab::AG_PROPERTIES)
        .chain(&vocab::AG_INDIVIDUALS)
    {
        let iri = format!("{}{local}", vocab::AG);
        assert!(
            declared(&onto, &iri),
            "{iri} is declared in ontology/actorgraph.ttl"
        );
    }
    for c in actorgraph::lexicon::Category::ALL {
        let iri = format!("{}{}", vocab::PLOVER, c.as_str());
        assert!(
            declared(&onto, &iri),
            "{iri} is declared in ontology/plover.ttl"
        );
    }
}

#[test]
fn every_ag_term_used_in_the_data_is_declared() {
    let onto = ontology();
    let data = loaded();
    let q = format!(
        "SELECT DISTINCT ?term WHERE {{
           {{ ?s ?term ?o }} UNION {{ ?s a ?term }} UNION {{ ?s ?p ?term FILTER(isIRI(?term)) }}
           FILTER(STRSTARTS(STR(?term), \"{}\") || STRSTARTS(STR(?term), \"{}\"))
         }}",
        vocab::AG,
        vocab::PLOVER
    );
    let used = data.select(&q).unwrap();
    assert!(used.len() > 10);
    for row in used {
        let Some(Term::NamedNode(n)) = row.get("term") else {
            continue;
        };
        if n.as_str() == vocab::AG || n.as_str() == vocab::PLOVER {
            continue; // the namespaces themselves, named as void:vocabulary
        }
        assert!(
            declared(&onto, n.as_str()),
            "{} is used but not declared",
            n.as_str()
        );
    }
}

#[test]
fn rdflib_loads_every_export_format_whole() {
    let (_, store, nq) = corpus();
    let _turn = store_turn();
    let quads = nq.lines().count();
    let triples: std::collections::BTreeSet<String> = nq
        .lines()
        .map(|l| {
            // N-Quads line "s p o g ." → "s p o": drop the graph label.
            let body = l.trim_end_matches(" .");
            body[..body.rfind(' ').unwrap()].to_owned()
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let script = "import sys, rdflib\n\
                  fmt, path, kind = sys.argv[1], sys.argv[2], sys.argv[3]\n\
                  if kind == 'dataset':\n\
                  \x20   g = rdflib.Dataset()\n\
                  \x20   g.parse(path, format=fmt)\n\
                  \x20   print(sum(1 for _ in g.quads((None, None, None, None))))\n\
                  else:\n\
                  \x20   g = rdflib.Graph()\n\
                  \x20   g.parse(path, format=fmt)\n\
                  \x20   print(len(g))\n";
    for (ours, rdflib_format, kind, expected) in [
        ("nquads", "nquads", "dataset", quads),
        ("trig", "trig", "dataset", quads),
        ("jsonld", "json-ld", "dataset", quads),
        ("turtle", "turtle", "graph", triples.len()),
        ("rdfxml", "xml", "graph", triples.len()),
    ] {
        let file = dir.path().join(format!("corpus.{ours}"));
        let e = Command::new(env!("CARGO_BIN_EXE_actorgraph"))
            .args([
                "export",
                "--store",
                store.to_str().unwrap(),
                "--format",
                ours,
                "-o",
            ])
            .arg(&file)
            .output()
            .unwrap();
        assert!(
            e.status.success(),
            "{ours}: {}",
            String::from_utf8_lossy(&e.stderr)
        );
        let out = Command::new("python3")
            .args(["-c", script, rdflib_format, file.to_str().unwrap(), kind])
            .output()
            .expect("python3 is installed (.ci/run installs rdflib)");
        assert!(
            out.status.success(),
            "rdflib {ours}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let count: usize = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
        assert_eq!(
            count, expected,
            "{ours}: rdflib reads as many statements as the store holds"
        );
    }
}

#[test]
fn bundled_corpus_diagram_shows_the_crisis_actors() {
    let (_, store, _) = corpus();
    let _turn = store_turn();
    let o = Command::new(env!("CARGO_BIN_EXE_actorgraph"))
        .args(["dot", "--store", store.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success());
    let dot = String::from_utf8(o.stdout).unwrap();
    for label in [
        "\"Russia\"",
        "\"Azerbaijan\"",
        "Federal Security Service",
        "Sputnik",
    ] {
        assert!(dot.contains(label), "the diagram shows {label}:\n{dot}");
    }
}
