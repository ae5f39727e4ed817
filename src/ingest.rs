//! Building a store: each document's graph in its own transaction, then the derived graphs
//! (lexicon, cross-document relations, VoID) and the run graph with its timestamps.
//!
//! This module orchestrates: IRIs are minted by [`crate::rdf`], the store is touched only
//! through [`crate::store`].

use crate::extract::{Extraction, Extractor};
use crate::lexicon::Lexicon;
use crate::rdf::vocab::AG;
use crate::rdf::{Minter, RelationRow, VoidStats};
use crate::store::{Store, StoreError};
use crate::text::Document;
use oxigraph::model::Quad;
use rayon::prelude::*;
use std::time::SystemTime;

/// How many articles a build reads before extracting them together (in parallel) and writing
/// them (into a fresh store, as one bulk load). Larger batches mean fewer, larger files in the
/// store, which keeps its memory down at scale; each batch is held in memory whole.
pub const BATCH: usize = 256;

/// Counts of one build, for the summary line.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct BuildStats {
    /// Documents ingested.
    pub documents: usize,
    /// Sentences in them.
    pub sentences: usize,
    /// Asserted and reported interactions.
    pub interactions: usize,
    /// Documents whose graph was already up to date (same text, lexicon and version): not
    /// rewritten.
    pub unchanged: usize,
    /// Document graphs removed by `prune` because their document is no longer an input.
    pub pruned: usize,
}

/// A build in progress.
#[derive(Debug)]
pub struct Build<'a> {
    store: &'a Store,
    minter: &'a Minter,
    lex: &'a Lexicon,
    extractor: Extractor<'a>,
    started: SystemTime,
    docs: Vec<String>,
    /// The store was empty when the build started: documents go through the bulk loader.
    fresh: bool,
    /// What has been ingested so far.
    pub stats: BuildStats,
}

impl<'a> Build<'a> {
    /// Starts a build: writes the lexicon graph.
    pub fn start(
        store: &'a Store,
        minter: &'a Minter,
        lex: &'a Lexicon,
    ) -> Result<Self, StoreError> {
        let fresh = store.is_empty()?;
        store.replace_graph(&minter.lexicon_graph(), &minter.lexicon_quads(lex))?;
        Ok(Build {
            store,
            minter,
            lex,
            extractor: Extractor::new(lex),
            started: SystemTime::now(),
            docs: Vec::new(),
            fresh,
            stats: BuildStats::default(),
        })
    }

    /// Extracts a batch of documents in parallel (rayon), then writes them in input order:
    /// through the bulk loader (one atomic load per batch) into a fresh store, else one
    /// transaction per document, skipping documents already up to date.
    pub fn add_batch(&mut self, docs: &[Document]) -> Result<Vec<Extraction>, StoreError> {
        let prepared: Vec<(Extraction, usize, Option<Vec<Quad>>)> = docs
            .par_iter()
            .map(|doc| {
                let found = self.extractor.extract(doc);
                let sentences = self.extractor.sentences(doc).len();
                let current = !self.fresh
                    && self
                        .store
                        .contains(&self.minter.up_to_date_marker(doc, self.lex))?;
                let quads = (!current).then(|| self.minter.document_quads(doc, &found, self.lex));
                Ok((found, sentences, quads))
            })
            .collect::<Result<_, StoreError>>()?;
        let mut out = Vec::with_capacity(prepared.len());
        let mut bulk: Vec<Quad> = Vec::new();
        for (doc, (found, sentences, quads)) in docs.iter().zip(prepared) {
            self.stats.sentences += sentences;
            self.stats.interactions += found
                .interactions
                .iter()
                .filter(|i| i.modality.is_factual())
                .count();
            match quads {
                None => self.stats.unchanged += 1,
                Some(q) if self.fresh => bulk.extend(q),
                Some(q) => self
                    .store
                    .replace_graph(&self.minter.document_graph(doc), &q)?,
            }
            self.stats.documents += 1;
            self.docs.push(doc.short_hash().to_owned());
            out.push(found);
        }
        if !bulk.is_empty() {
            self.store.bulk_insert(bulk)?;
        }
        Ok(out)
    }

    /// Extracts one document and writes its graph (see [`Build::add_batch`]).
    pub fn add(&mut self, doc: &Document) -> Result<Extraction, StoreError> {
        let mut found = self.add_batch(std::slice::from_ref(doc))?;
        Ok(found.pop().unwrap_or_default())
    }

    /// Removes the graphs of documents not given to this build (their inputs were deleted or
    /// changed). Call before [`Build::finish`].
    pub fn prune(&mut self) -> Result<(), StoreError> {
        let prefix = self.minter.document_graph_prefix();
        let keep: std::collections::HashSet<String> =
            self.docs.iter().map(|h| format!("{prefix}{h}")).collect();
        for g in self.store.graphs_with_prefix(&prefix)? {
            if !keep.contains(g.as_str()) {
                self.store.remove_graph(&g)?;
                self.stats.pruned += 1;
            }
        }
        Ok(())
    }

    /// Derives the relations and VoID graphs from the whole store and records the run.
    pub fn finish(self) -> Result<BuildStats, StoreError> {
        let text = crate::graph::value_of;
        let mut relations: Vec<RelationRow> = Vec::new();
        self.store.select_each(
            &format!(
                "PREFIX ag: <{AG}>
                 PREFIX prov: <http://www.w3.org/ns/prov#>
                 SELECT ?i ?s ?t ?stance ?cat ?date ?doc WHERE {{
                   ?i a ag:Interaction ; ag:source ?s ; ag:target ?t ; ag:stance ?stance ;
                      ag:category ?cat ; ag:modality ?m ; prov:wasDerivedFrom ?doc .
                   FILTER(?m IN (ag:asserted, ag:reported))
                   OPTIONAL {{ ?i ag:eventDate ?date }}
                 }}"
            ),
            |r| {
                let row = || {
                    Some(RelationRow {
                        interaction: text(r.get("i"))?,
                        source: text(r.get("s"))?,
                        target: text(r.get("t"))?,
                        stance: text(r.get("stance"))?,
                        category: text(r.get("cat"))?,
                        date: text(r.get("date")),
                        document: text(r.get("doc"))?,
                    })
                };
                relations.extend(row());
            },
        )?;
        self.store.replace_graph(
            &self.minter.relations_graph(),
            &self.minter.relation_quads(&relations),
        )?;
        drop(relations);

        let (void, run) = (self.minter.void_graph(), self.minter.run_graph());
        let count = |what: &str, pattern: &str| -> Result<usize, StoreError> {
            let q = format!(
                "PREFIX ag: <{AG}> SELECT (COUNT({what}) AS ?n) WHERE {{
                   GRAPH ?g {{ {pattern} }} FILTER(?g != <{}> && ?g != <{}>) }}",
                void.as_str(),
                run.as_str()
            );
            let rows = self.store.select(&q)?;
            Ok(text(rows.first().and_then(|r| r.get("n")))
                .and_then(|n| n.parse().ok())
                .unwrap_or(0))
        };
        let stats = VoidStats {
            triples: count("*", "?s ?p ?o")?,
            entities: count("DISTINCT ?s", "?s ?p ?o")?,
            classes: count("DISTINCT ?c", "?s a ?c")?,
            properties: count("DISTINCT ?p", "?s ?p ?o")?,
            documents: count("DISTINCT ?d", "?d a ag:Document")?,
        };
        self.store
            .replace_graph(&void, &self.minter.void_quads(&stats))?;

        let stamp = |t: SystemTime| humantime::format_rfc3339_seconds(t).to_string();
        let mut docs = self.docs.clone();
        docs.sort();
        docs.dedup();
        let quads = self.minter.run_quads(
            &stamp(self.started),
            &stamp(SystemTime::now()),
            &docs,
            self.lex,
        );
        self.store.replace_graph(&run, &quads)?;
        self.store.flush()?;
        Ok(self.stats)
    }
}
