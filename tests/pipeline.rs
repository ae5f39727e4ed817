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
    // The quad count follows every vocabulary change; the stores' contents have their own goldens.
    let err = regex::Regex::new(r"\d+ quads")
        .unwrap()
        .replace_all(&err, "[N] quads")
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

/// `actorgraph build INPUT --store STORE EXTRA…` with the fictitious lexicon.
fn build_into(input: &str, store: &str, extra: &[&str]) -> Output {
    let mut args = vec![
        "--lexicon",
        "tests/fixtures/lexicon",
        "build",
        input,
        "--store",
        store,
    ];
    args.extend(extra);
    actorgraph(&args)
}

fn build() -> (Built, Output) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let out = build_into("tests/fixtures/corpus", store.to_str().unwrap(), &[]);
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
    let again = build_into("tests/fixtures/corpus", s, &[]);
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
    let o = build_into("tests/fixtures/corpus", b.store.to_str().unwrap(), &[]);
    insta::assert_snapshot!("locked_store", transcript(&o, &b.store));
    drop(held);
    let after = actorgraph(&["export", "--store", b.store.to_str().unwrap()]);
    assert_eq!(after.status.code(), Some(0));
}

#[test]
fn dot_filter_goldens() {
    let (b, _) = build();
    let s = b.store.to_str().unwrap();
    for (name, args) in [
        ("dot_level_state", vec!["--level", "state"]),
        ("dot_since", vec!["--since", "2025-03-04"]),
        ("dot_until", vec!["--until", "2025-03-03"]),
        ("dot_source_publisher", vec!["--source", "mordor herald"]),
        (
            "dot_category",
            vec!["--category", "accuse", "--category", "COERCE"],
        ),
        ("dot_min_count", vec!["--min-count", "2"]),
        ("dot_modality_all", vec!["--modality", "all"]),
        ("dot_ego_depth2", vec!["--actor", "Rohan", "--depth", "2"]),
    ] {
        let mut full = vec!["dot", "--store", s];
        full.extend(args);
        let o = actorgraph(&full);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", text(&o.stderr));
        insta::assert_snapshot!(name, text(&o.stdout));
    }
    let bad = actorgraph(&["dot", "--store", s, "--category", "HELP"]);
    insta::assert_snapshot!("dot_bad_category", transcript(&bad, &b.store));
}

#[test]
fn analyze_goldens() {
    let (b, _) = build();
    let s = b.store.to_str().unwrap();
    let table = actorgraph(&["analyze", "--store", s]);
    insta::assert_snapshot!("analyze_table", transcript(&table, &b.store));
    let json = actorgraph(&[
        "analyze", "--store", s, "--format", "json", "--level", "state",
    ]);
    insta::assert_snapshot!("analyze_json_state", text(&json.stdout));
    let path = actorgraph(&["analyze", "--store", s, "--path", "Rohan", "Arnor"]);
    insta::assert_snapshot!("analyze_path", transcript(&path, &b.store));
}

#[test]
fn degrees_equal_a_sparql_count_over_the_same_store() {
    let (b, _) = build();
    let store = actorgraph::store::Store::open_existing(&b.store).unwrap();
    let net = actorgraph::graph::Network::from_store(&store, &Default::default()).unwrap();
    let analysis = actorgraph::graph::analyze::analyze(&net);
    let rows = store
        .select(
            "PREFIX ag: <https://w3id.org/actorgraph/ontology#>
             PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
             SELECT ?label ?stance (COUNT(DISTINCT ?i) AS ?n) WHERE {
               ?i a ag:Interaction ; ag:source ?s ; ag:target ?t ; ag:stance ?stance ; ag:modality ?m .
               FILTER(?m IN (ag:asserted, ag:reported) && ?s != ?t)
               ?s skos:prefLabel ?label .
             } GROUP BY ?label ?stance",
        )
        .unwrap();
    assert!(!rows.is_empty());
    for row in rows {
        let value = |k: &str| match row.get(k) {
            Some(oxigraph::model::Term::Literal(l)) => l.value().to_owned(),
            Some(oxigraph::model::Term::NamedNode(n)) => n.as_str().to_owned(),
            other => panic!("{k}: {other:?}"),
        };
        let label = value("label");
        let n: u64 = value("n").parse().unwrap();
        let score = analysis.actors.iter().find(|a| a.actor == label).unwrap();
        let ours = if value("stance").ends_with("support") {
            score.support_out
        } else {
            score.against_out
        };
        assert_eq!(ours, n, "{label} {}", value("stance"));
    }
}

#[test]
fn any_label_yields_dot_that_graphviz_parses() {
    use actorgraph::graph::{ActorNode, Network, Relation};
    use std::collections::BTreeMap;
    // Deterministic pseudo-random labels mixing quotes, backslashes, line breaks, braces,
    // HTML-like text and non-Latin scripts.
    let pieces = [
        "\"",
        "\\",
        "\n",
        "\r\n",
        "{",
        "}",
        "<b>",
        "&amp;",
        "'",
        ";",
        "--",
        "->",
        "Москва",
        "باكو",
        "東京",
        "Ελλάδα",
        "עברית",
        "🙂",
        " ",
        "\t",
        "label=\"x\"",
        "]",
        "[",
        "%",
        "#",
        "\\\"",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut actors = BTreeMap::new();
    let mut edges = Vec::new();
    for i in 0..60 {
        let label: String = (0..(next() % 6 + 1))
            .map(|_| pieces[(next() % pieces.len() as u64) as usize])
            .collect();
        let iri = format!("https://example.org/actor/{i}\"\\x");
        actors.insert(
            iri.clone(),
            ActorNode {
                iri: iri.clone(),
                label,
                class: Some("State".into()),
                top: None,
            },
        );
        if i > 0 {
            let other = format!("https://example.org/actor/{}\"\\x", next() % i);
            edges.push((
                iri,
                other,
                Relation {
                    stance: if i % 2 == 0 {
                        "against".into()
                    } else {
                        "support".into()
                    },
                    count: next() % 5 + 1,
                    categories: ["ACCUSE".to_string()].into(),
                    first: Some("2025-01".into()),
                    last: Some("2025-02-03".into()),
                    documents: ["d\"oc".to_string()].into(),
                    interactions: vec!["https://example.org/i/1".into()],
                },
            ));
        }
    }
    let net = Network::from_parts(&actors, edges);
    let dot = actorgraph::dot::to_dot(&net);
    let svg = actorgraph::dot::render(&dot, actorgraph::dot::RenderFormat::Svg)
        .unwrap_or_else(|e| panic!("Graphviz rejected the DOT: {e}\n{dot}"));
    assert!(String::from_utf8_lossy(&svg).contains("<svg"));
}

#[test]
fn unchanged_documents_are_not_rewritten_and_removed_ones_are_pruned() {
    let (b, _) = build();
    let s = b.store.to_str().unwrap();
    let again = build_into("tests/fixtures/corpus", s, &[]);
    assert!(
        text(&again.stderr).contains("2 documents (2 unchanged)"),
        "{}",
        text(&again.stderr)
    );

    // Build from a copy that lacks one article, with --prune: its graph goes.
    let dir = tempfile::tempdir().unwrap();
    for f in ["a_border_crisis.txt", "manifest.tsv"] {
        std::fs::copy(
            root().join("tests/fixtures/corpus").join(f),
            dir.path().join(f),
        )
        .unwrap();
    }
    let pruned = build_into(dir.path().to_str().unwrap(), s, &["--prune"]);
    assert!(
        text(&pruned.stderr).contains("1 documents (1 unchanged, 1 pruned)"),
        "{}",
        text(&pruned.stderr)
    );
    let docs = actorgraph(&[
        "query",
        "-e",
        "SELECT (COUNT(?d) AS ?n) WHERE { ?d a <https://w3id.org/actorgraph/ontology#Document> }",
        "--store",
        s,
        "--format",
        "csv",
    ]);
    assert_eq!(text(&docs.stdout).trim(), "n\r\n1");
}

#[test]
fn the_relations_graph_gives_the_same_network_as_every_interaction() {
    use actorgraph::graph::{Filter, Level, Network, StanceFilter};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    let o = actorgraph(&["build", "data/corpus", "--store", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let store = actorgraph::store::Store::open_existing(&path).unwrap();
    let filters = [
        Filter::default(),
        Filter {
            level: Level::State,
            ..Filter::default()
        },
        Filter {
            stance: StanceFilter::Against,
            min_count: 2,
            ..Filter::default()
        },
        Filter {
            categories: vec!["accuse".into(), "COERCE".into()],
            ..Filter::default()
        },
    ];
    for f in filters {
        let fast = Network::from_store(&store, &f).unwrap();
        let slow = Network::from_interactions(&store, &f).unwrap();
        assert!(fast.graph.edge_count() > 0, "{f:?}");
        assert_eq!(
            actorgraph::dot::to_dot(&fast),
            actorgraph::dot::to_dot(&slow),
            "{f:?}"
        );
    }
}
