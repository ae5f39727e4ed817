//! actorgraph: news articles → an actor-relationship knowledge graph with span-exact provenance.
//!
//! Table of contents (see ARCHITECTURE.md for the invariants):
//! - [`text`]: raw bytes → documents → sentences and tokens;
//! - [`lexicon`]: `data/lexicon/*.tsv` → a validated lexicon;
//! - [`extract`]: documents + lexicon → interactions (pure);
//! - [`pipeline`]: reading input paths, extracting in order, JSON Lines records;
//! - [`ingest`]: a build: document graphs, then relations, VoID and the run graph;
//! - [`rdf`]: interactions → quads; the only module that mints IRIs;
//! - [`store`]: the only module that touches `oxigraph::store`;
//! - [`graph`]: SPARQL rows → petgraph actor network;
//! - [`dot`]: network → graphviz-rust DOT, rendered with Graphviz;
//! - [`eval`]: scoring extraction against gold sets.

pub mod dot;
pub mod eval;
pub mod extract;
pub mod graph;
pub mod ingest;
pub mod lexicon;
pub mod pipeline;
pub mod rdf;
pub mod store;
pub mod text;
