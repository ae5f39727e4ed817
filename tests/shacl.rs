//! SHACL: the export of the bundled corpus conforms to `ontology/shapes.ttl` under pySHACL (a
//! real external validator), and a violation introduced into it is caught.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::path::Path;
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled corpus exported as Turtle (the union of all graphs).
fn export(dir: &Path) -> String {
    let store = dir.join("store");
    let bin = env!("CARGO_BIN_EXE_actorgraph");
    let b = Command::new(bin)
        .args(["build", "data/corpus", "--quiet", "--store"])
        .arg(&store)
        .current_dir(root())
        .output()
        .unwrap();
    assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
    let e = Command::new(bin)
        .args(["export", "--format", "nquads", "--store"])
        .arg(&store)
        .output()
        .unwrap();
    assert!(e.status.success());
    String::from_utf8(e.stdout).unwrap()
}

/// Runs pySHACL over N-Quads data (merged into one graph) and returns (conforms, report).
fn validate(data: &Path) -> (bool, String) {
    let script = "import sys, rdflib, pyshacl\n\
                  ds = rdflib.Dataset()\n\
                  ds.parse(sys.argv[1], format='nquads')\n\
                  g = rdflib.Graph()\n\
                  for s, p, o, _ in ds.quads((None, None, None, None)):\n\
                  \x20   g.add((s, p, o))\n\
                  onto = rdflib.Graph()\n\
                  onto.parse(sys.argv[3], format='turtle')\n\
                  onto.parse(sys.argv[4], format='turtle')\n\
                  shapes = rdflib.Graph().parse(sys.argv[2], format='turtle')\n\
                  ok, _, text = pyshacl.validate(g, shacl_graph=shapes, ont_graph=onto, inference='rdfs')\n\
                  print('CONFORMS' if ok else 'VIOLATES')\n\
                  print(text)\n";
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(data)
        .arg(root().join("ontology/shapes.ttl"))
        .arg(root().join("ontology/actorgraph.ttl"))
        .arg(root().join("ontology/plover.ttl"))
        .output()
        .expect("python3 with pyshacl is installed (.ci/run installs it)");
    assert!(
        out.status.success(),
        "pySHACL failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    (text.starts_with("CONFORMS"), text)
}

#[test]
fn export_conforms_and_a_broken_export_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let nq = export(dir.path());
    let good = dir.path().join("good.nq");
    std::fs::write(&good, &nq).unwrap();
    let (ok, report) = validate(&good);
    assert!(ok, "the export conforms to ontology/shapes.ttl:\n{report}");

    // Drop every ag:stance triple of one interaction: the Interaction shape must catch it.
    let victim = nq
        .lines()
        .find(|l| l.contains("<https://w3id.org/actorgraph/ontology#stance>"))
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .to_owned();
    let broken: String = nq
        .lines()
        .filter(|l| !(l.starts_with(&victim) && l.contains("ontology#stance>")))
        .map(|l| format!("{l}\n"))
        .collect();
    let bad = dir.path().join("bad.nq");
    std::fs::write(&bad, broken).unwrap();
    let (ok, report) = validate(&bad);
    assert!(!ok, "a missing stance is a violation");
    assert!(
        report.contains("stance"),
        "the report names the property:\n{report}"
    );
}
