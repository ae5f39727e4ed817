//! The benchmark: throughput and latency figures over the BBC corpus, medians of several runs.
//!
//! Run it in release mode from the repository root:
//!
//! ```sh
//! cargo run --release --bin bench            # ../shared/corpus/bbc-news-articles/news, 5 runs, 20x scale
//! cargo run --release --bin bench -- --runs 3 --scale 0
//! ```
//!
//! Every build runs in a child process of this binary (`bench child-build …`) so that its peak
//! resident set size is its own. Nothing is written outside the temporary directory.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use actorgraph::extract::Extractor;
use actorgraph::graph::{analyze::analyze, Filter, Network};
use actorgraph::ingest::Build;
use actorgraph::lexicon::Lexicon;
use actorgraph::pipeline::{self, Manifests};
use actorgraph::rdf::Minter;
use actorgraph::store::{ResultsFormat, Store};
use actorgraph::text::Document;
use clap::Parser;
use oxigraph::model::Term;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

#[derive(Debug, Parser)]
#[command(about = "actorgraph benchmark: prints medians (min-max) of several runs")]
struct Args {
    /// Corpus directory (searched recursively for .txt).
    #[arg(long, default_value = "../shared/corpus/bbc-news-articles/news")]
    corpus: PathBuf,
    /// Runs per measurement.
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// Scale factor for the large-store measurements (0 skips them).
    #[arg(long, default_value_t = 20)]
    scale: usize,
    /// Measure extraction throughput only (no store, no queries).
    #[arg(long)]
    extract_only: bool,
    #[command(subcommand)]
    child: Option<Child>,
}

#[derive(Debug, clap::Subcommand)]
enum Child {
    /// (internal) Build CORPUS into STORE and print seconds, quads and peak RSS.
    ChildBuild { corpus: PathBuf, store: PathBuf },
}

type Res<T> = Result<T, Box<dyn std::error::Error>>;

fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        })
        .unwrap_or(0)
}

fn child_build(corpus: &Path, store: &Path) -> Res<()> {
    let started = Instant::now();
    let lex = Lexicon::embedded()?;
    let minter = Minter::default_base();
    let store = Store::open(store)?;
    let mut build = Build::start(&store, &minter, &lex)?;
    let files = pipeline::collect(&[corpus.to_path_buf()])?;
    let mut manifests = Manifests::default();
    let mut batch = Vec::new();
    for f in files {
        if let Ok(doc) = pipeline::read(&f, &mut manifests) {
            batch.push(doc);
        }
        if batch.len() == actorgraph::ingest::BATCH {
            build.add_batch(&std::mem::take(&mut batch))?;
        }
    }
    build.add_batch(&batch)?;
    build.finish()?;
    let quads = store.len()?;
    println!(
        "{} {} {}",
        started.elapsed().as_secs_f64(),
        quads,
        peak_rss_kb()
    );
    Ok(())
}

/// Runs a build in a child process: (seconds, quads, peak RSS in MB).
fn timed_build(corpus: &Path, store: &Path) -> Res<(f64, f64, f64)> {
    let out = Command::new(std::env::current_exe()?)
        .arg("child-build")
        .arg(corpus)
        .arg(store)
        .output()?;
    if !out.status.success() {
        return Err(format!(
            "child build failed: {}",
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    let text = String::from_utf8(out.stdout)?;
    let v: Vec<f64> = text
        .split_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect();
    Ok((v[0], v[1], v[2] / 1024.0))
}

fn stats(mut v: Vec<f64>) -> (f64, f64, f64) {
    v.sort_by(f64::total_cmp);
    (v[v.len() / 2], v[0], v[v.len() - 1])
}

fn percentile(mut v: Vec<f64>, p: f64) -> f64 {
    v.sort_by(f64::total_cmp);
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

fn row(name: &str, unit: &str, v: Vec<f64>) {
    let (med, min, max) = stats(v);
    println!("| {name} | {med:.3} {unit} | {min:.3} – {max:.3} |");
}

fn load(corpus: &Path) -> Res<Vec<Document>> {
    let mut manifests = Manifests::default();
    Ok(pipeline::collect(&[corpus.to_path_buf()])?
        .iter()
        .filter_map(|f| pipeline::read(f, &mut manifests).ok())
        .collect())
}

/// Copies `corpus` `times` times into `dir`, each copy's documents made distinct by a line.
/// Appends a line to the first ten files, so that an incremental build has ten changed
/// documents to replace.
fn change_ten(files: &[PathBuf], revision: usize) -> Res<()> {
    for f in files.iter().take(10) {
        let mut t = std::fs::read(f)?;
        t.extend_from_slice(format!("\nRevision {revision}.\n").as_bytes());
        std::fs::write(f, t)?;
    }
    Ok(())
}

fn replicate(corpus: &Path, dir: &Path, times: usize) -> Res<()> {
    let files = pipeline::collect(&[corpus.to_path_buf()])?;
    for k in 0..times {
        let sub = dir.join(format!("copy{k:03}"));
        std::fs::create_dir_all(&sub)?;
        for (i, f) in files.iter().enumerate() {
            let mut text = std::fs::read(f)?;
            text.extend_from_slice(format!("\nCopy {k} of article {i}.\n").as_bytes());
            std::fs::write(sub.join(format!("{i:05}.txt")), text)?;
        }
    }
    Ok(())
}

fn main() -> Res<()> {
    let args = Args::parse();
    if let Some(Child::ChildBuild { corpus, store }) = &args.child {
        return child_build(corpus, store);
    }
    let lex = Lexicon::embedded()?;
    let ex = Extractor::new(&lex);
    let docs = load(&args.corpus)?;
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let sentences: usize = docs.iter().map(|d| ex.sentences(d).len()).sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "corpus: {} documents, {:.2} MB, {} sentences; {} runs; {} threads\n",
        docs.len(),
        mb,
        sentences,
        args.runs,
        rayon::current_num_threads()
    );
    println!("| measurement | median | min – max |\n|---|---|---|");

    // Extraction throughput.
    let single = rayon::ThreadPoolBuilder::new().num_threads(1).build()?;
    let mut one = Vec::new();
    let mut all = Vec::new();
    for _ in 0..args.runs {
        let t = Instant::now();
        single.install(|| docs.par_iter().for_each(|d| drop(ex.extract(d))));
        one.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        docs.par_iter().for_each(|d| drop(ex.extract(d)));
        all.push(t.elapsed().as_secs_f64());
    }
    row(
        "extraction, 1 thread",
        "MB/s",
        one.iter().map(|t| mb / t).collect(),
    );
    row(
        "extraction, 1 thread",
        "sentences/s",
        one.iter().map(|t| sentences as f64 / t).collect(),
    );
    row(
        "extraction, all cores",
        "MB/s",
        all.iter().map(|t| mb / t).collect(),
    );
    row(
        "extraction, all cores",
        "sentences/s",
        all.iter().map(|t| sentences as f64 / t).collect(),
    );
    if args.extract_only {
        return Ok(());
    }

    // Builds.
    let tmp = tempfile::tempdir()?;
    let mut secs = Vec::new();
    let mut qps = Vec::new();
    let mut rss = Vec::new();
    for r in 0..args.runs {
        let store = tmp.path().join(format!("store{r}"));
        let (s, q, m) = timed_build(&args.corpus, &store)?;
        secs.push(s);
        qps.push(q / s);
        rss.push(m);
    }
    row("build, fresh store", "s", secs);
    row("build, quads into the store", "quads/s", qps);
    row("build, peak RSS", "MB", rss);

    // Incremental: 10 changed documents.
    let changed = tmp.path().join("changed");
    replicate(&args.corpus, &changed, 1)?;
    let base = tmp.path().join("incremental");
    timed_build(&changed, &base)?;
    let files = pipeline::collect(std::slice::from_ref(&changed))?;
    let mut inc = Vec::new();
    for r in 0..args.runs {
        change_ten(&files, r)?;
        inc.push(timed_build(&changed, &base)?.0);
    }
    row("build, 10 changed documents", "s", inc);

    // Queries, dot and analyze on the built store.
    let store_path = tmp.path().join("store0");
    query_figures(&store_path, "", args.runs)?;

    if args.scale > 0 {
        let big = tmp.path().join("scaled");
        replicate(&args.corpus, &big, args.scale)?;
        let runs = args.runs.clamp(1, 3);
        let mut secs = Vec::new();
        let mut rss = Vec::new();
        for r in 0..runs {
            let (s, _, m) = timed_build(&big, &tmp.path().join(format!("scaled-store{r}")))?;
            secs.push(s);
            rss.push(m);
        }
        let label = format!("{}x", args.scale);
        row(&format!("build {label}, fresh store"), "s", secs);
        row(&format!("build {label}, peak RSS"), "MB", rss);
        // Incremental: 10 changed documents in the large store.
        let files = pipeline::collect(std::slice::from_ref(&big))?;
        let mut inc = Vec::new();
        for r in 0..runs {
            change_ten(&files, r)?;
            inc.push(timed_build(&big, &tmp.path().join("scaled-store0"))?.0);
        }
        row(&format!("build {label}, 10 changed documents"), "s", inc);
        query_figures(
            &tmp.path().join("scaled-store0"),
            &format!(" ({label})"),
            runs,
        )?;
        std::fs::remove_dir_all(&big)?;
    }

    // Pathological inputs: linear time whatever the shape.
    let mut long = String::from("Arnor");
    while long.len() < 1_000_000 {
        long.push_str(" attacked Gondor and Rohan backed the Gondorian Guard");
    }
    let doc = Document::from_bytes("long", long.as_bytes())?;
    let t = Instant::now();
    drop(ex.extract(&doc));
    let s = t.elapsed().as_secs_f64();
    println!(
        "| 1 MB sentence without punctuation | {s:.3} s ({:.2} MB/s) | 1 run |",
        1.0 / s
    );
    let mut big = String::new();
    for d in docs.iter().cycle() {
        if big.len() >= 50_000_000 {
            break;
        }
        big.push_str(&d.text);
        big.push('\n');
    }
    let doc = Document::from_bytes("big", big.as_bytes())?;
    let t = Instant::now();
    drop(ex.extract(&doc));
    let s = t.elapsed().as_secs_f64();
    println!(
        "| one 50 MB file | {s:.3} s ({:.2} MB/s) | 1 run |",
        big.len() as f64 / 1e6 / s
    );
    Ok(())
}

fn query_figures(store_path: &Path, label: &str, runs: usize) -> Res<()> {
    let store = Store::open_existing(store_path)?;
    let mut queries: Vec<PathBuf> = std::fs::read_dir("queries")?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "rq"))
        .collect();
    queries.sort();
    // The parameterised queries run as their headers document them, on the busiest edge.
    let busiest = store.select(
        "PREFIX ag: <https://w3id.org/actorgraph/ontology#>
         SELECT ?s ?t (SUM(?n) AS ?c) WHERE {
           ?r a ag:Relation ; ag:source ?s ; ag:target ?t ; ag:count ?n }
         GROUP BY ?s ?t ORDER BY DESC(?c) ?s ?t LIMIT 1",
    )?;
    let edge = busiest.first().ok_or("the store holds no relation")?;
    let (src, tgt) = (edge["s"].clone(), edge["t"].clone());
    let timed = |text: &str, binds: &[(String, Term)], n: usize| -> Res<Vec<f64>> {
        let mut times = Vec::new();
        for _ in 0..n {
            let t = Instant::now();
            store.query_to(text, binds, ResultsFormat::Table, std::io::sink())?;
            times.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        Ok(times)
    };
    let n = (runs * 4).max(10);
    for q in queries {
        let text = std::fs::read_to_string(&q)?;
        let name = q
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let binds: Vec<(String, Term)> = match name.as_str() {
            "actor.rq" => vec![("actor".into(), src.clone())],
            "evidence.rq" => vec![
                ("source".into(), src.clone()),
                ("target".into(), tgt.clone()),
            ],
            _ => Vec::new(),
        };
        let times = timed(&text, &binds, n)?;
        let how = if binds.is_empty() {
            ""
        } else {
            " (bound, busiest edge)"
        };
        println!(
            "| query {name}{how}{label}, p50 / p95 | {:.1} ms / {:.1} ms | {n} runs |",
            percentile(times.clone(), 0.5),
            percentile(times, 0.95),
        );
        if !binds.is_empty() {
            // Unbound, the query dumps every actor or edge: its time grows with the store.
            let times = timed(&text, &[], 3)?;
            println!(
                "| query {name} unbound (full dump){label}, p50 | {:.1} ms | 3 runs |",
                percentile(times, 0.5),
            );
        }
    }
    let mut dot = Vec::new();
    let mut ana = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let net = Network::from_store(&store, &Filter::default())?;
        drop(actorgraph::dot::to_dot(&net));
        dot.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let net = Network::from_store(&store, &Filter::default())?;
        drop(analyze(&net));
        ana.push(t.elapsed().as_secs_f64());
    }
    row(&format!("dot, whole network{label}"), "s", dot);
    row(&format!("analyze, whole network{label}"), "s", ana);
    Ok(())
}
