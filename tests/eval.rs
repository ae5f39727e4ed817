//! The development gold sets as a regression check: `actorgraph eval` runs over them (BBC
//! articles from ../shared, the bundled seeds, the synthetic world sets) and the scores must not fall below floors set a
//! little under the figures reported in the README's "Accuracy" section.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::path::Path;
use std::process::Command;

fn scores(split: &str, out: &str) -> Vec<f64> {
    let line = out
        .lines()
        .find(|l| l.split_whitespace().next() == Some(split))
        .unwrap_or_else(|| panic!("no {split} line in:\n{out}"));
    line.split_whitespace()
        .filter_map(|w| w.parse::<f64>().ok())
        .skip(2) // docs, gold
        .collect()
}

#[test]
fn dev_gold_scores_stay_above_their_floors() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bbc = root.join("../shared/corpus/bbc-news-articles/news/politics");
    let mut args = vec![
        "eval",
        "--gold",
        "tests/gold/seeds",
        "--gold",
        "tests/gold/world",
        "--gold",
        "tests/gold/world2",
        "--gold",
        "tests/gold/world3",
        "--gold",
        "tests/gold/world4",
    ];
    if bbc.is_dir() {
        args.extend(["--gold", "tests/gold/bbc"]);
    } else {
        eprintln!("../shared/corpus is missing: scoring the seed gold set only");
    }
    let o = Command::new(env!("CARGO_BIN_EXE_actorgraph"))
        .args(&args)
        .current_dir(root)
        .output()
        .unwrap();
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // Columns: strict P, R, F1, rolled-up P, R, F1.
    let floor = |split: &str, column: usize, name: &str, min: f64| {
        let got = scores(split, &out)[column];
        assert!(got >= min, "{split} {name} {got} < {min}\n{out}");
    };
    floor("seed", 0, "strict precision", 0.75);
    floor("seed", 3, "rolled-up precision", 0.88);
    floor("seed", 5, "rolled-up F1", 0.66);
    // The synthetic wire-style articles about other conflicts (tests/gold/world, world2, world3,
    // world4).
    floor("world-dev", 0, "strict precision", 0.70);
    floor("world-dev", 5, "rolled-up F1", 0.60);
    floor("world2-dev", 3, "rolled-up precision", 0.85);
    floor("world2-dev", 5, "rolled-up F1", 0.68);
    floor("world-heldout", 3, "rolled-up precision", 0.80);
    floor("world-heldout", 5, "rolled-up F1", 0.30);
    floor("world3-heldout", 3, "rolled-up precision", 0.68);
    floor("world3-heldout", 5, "rolled-up F1", 0.47);
    floor("world4-heldout", 3, "rolled-up precision", 0.82);
    floor("world4-heldout", 5, "rolled-up F1", 0.50);
    if bbc.is_dir() {
        floor("dev", 0, "strict precision", 0.62);
        floor("dev", 1, "strict recall", 0.13);
        floor("dev", 3, "rolled-up precision", 0.52);
    }
}
