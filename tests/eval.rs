//! The development gold sets as a regression check: `actorgraph eval` runs over them (BBC
//! articles from ../shared, the bundled seeds, the synthetic world set) and the scores must not fall below floors set a
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
    // [strict P, R, F1, rolled-up P, R, F1]
    let seed = scores("seed", &out);
    assert!(seed[0] >= 0.60, "seed strict precision {}\n{out}", seed[0]);
    assert!(
        seed[3] >= 0.75,
        "seed rolled-up precision {}\n{out}",
        seed[3]
    );
    assert!(seed[5] >= 0.55, "seed rolled-up F1 {}\n{out}", seed[5]);
    // The synthetic wire-style articles about other conflicts (tests/gold/world).
    let world = scores("world-dev", &out);
    assert!(
        world[0] >= 0.60,
        "world-dev strict precision {}\n{out}",
        world[0]
    );
    assert!(
        world[5] >= 0.45,
        "world-dev rolled-up F1 {}\n{out}",
        world[5]
    );
    let world2 = scores("world2-dev", &out);
    assert!(
        world2[3] >= 0.70,
        "world2-dev rolled-up precision {}\n{out}",
        world2[3]
    );
    assert!(
        world2[5] >= 0.50,
        "world2-dev rolled-up F1 {}\n{out}",
        world2[5]
    );
    let held = scores("world-heldout", &out);
    assert!(
        held[3] >= 0.60,
        "world-heldout rolled-up precision {}\n{out}",
        held[3]
    );
    assert!(
        held[5] >= 0.24,
        "world-heldout rolled-up F1 {}\n{out}",
        held[5]
    );
    if bbc.is_dir() {
        let dev = scores("dev", &out);
        assert!(dev[0] >= 0.45, "dev strict precision {}\n{out}", dev[0]);
        assert!(dev[1] >= 0.05, "dev strict recall {}\n{out}", dev[1]);
    }
}
