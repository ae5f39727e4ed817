//! The only module that touches `oxigraph::store`: opening the on-disk store, replacing a
//! document's graph atomically, SPARQL queries (default graph = union of all graphs) and exports.

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphNameRef, NamedNode, NamedOrBlankNodeRef, Quad, Term};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, SparqlEvaluator, Variable};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another process holds the store open for writing.
    #[error(
        "store {path} is in use by another actorgraph process; wait for it to finish and retry"
    )]
    Locked {
        /// The store directory.
        path: PathBuf,
    },
    /// There is no store at the path (read-only commands).
    #[error("no store at {path}; run `actorgraph build` first or pass --store DIR")]
    Missing {
        /// The store directory.
        path: PathBuf,
    },
    /// The store could not be opened or written.
    #[error("store {path}: {source}")]
    Storage {
        /// The store directory.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: oxigraph::store::StorageError,
    },
    /// The SPARQL text does not parse.
    #[error("malformed SPARQL: {0}")]
    Syntax(String),
    /// The query failed while running.
    #[error("query failed: {0}")]
    Evaluation(String),
    /// The output could not be written.
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
    /// A format that cannot hold what was asked for.
    #[error("{0}")]
    Format(String),
}

/// Parses `sparql` without running it, so a malformed query is reported (with its line and
/// column) before any store is opened.
pub fn check_syntax(sparql: &str) -> Result<(), StoreError> {
    SparqlEvaluator::new()
        .parse_query(sparql)
        .map(|_| ())
        .map_err(|e| StoreError::Syntax(e.to_string()))
}

/// An opened on-disk store.
pub struct Store {
    inner: oxigraph::store::Store,
    path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// Result formats of `actorgraph query`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultsFormat {
    /// An aligned text table (for terminals).
    Table,
    /// A standard SPARQL results format, serialised by `sparesults`.
    Standard(QueryResultsFormat),
}

impl Store {
    /// Opens (creating if needed) the store at `path` for reading and writing.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let inner = oxigraph::store::Store::open(path).map_err(|e| classify(path, e))?;
        Ok(Store {
            inner,
            path: path.to_path_buf(),
        })
    }

    /// Opens an existing store for reading only; fails if there is none.
    pub fn open_existing(path: &Path) -> Result<Self, StoreError> {
        if !path.join("CURRENT").exists() {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        Self::open(path)
    }

    /// An in-memory store (tests, `extract`-side checks).
    pub fn in_memory() -> Result<Self, StoreError> {
        let inner =
            oxigraph::store::Store::new().map_err(|e| classify(Path::new(":memory:"), e))?;
        Ok(Store {
            inner,
            path: PathBuf::from(":memory:"),
        })
    }

    fn storage(&self, source: oxigraph::store::StorageError) -> StoreError {
        classify(&self.path, source)
    }

    /// Whether the named graph exists.
    pub fn has_graph(&self, graph: &NamedNode) -> Result<bool, StoreError> {
        self.inner
            .contains_named_graph(NamedOrBlankNodeRef::NamedNode(graph.as_ref()))
            .map_err(|e| self.storage(e))
    }

    /// Replaces the content of `graph` by `quads` in one transaction: a reader sees the old
    /// graph or the new one, never a mix, and a crash leaves the old one.
    pub fn replace_graph(&self, graph: &NamedNode, quads: &[Quad]) -> Result<(), StoreError> {
        let mut tx = self
            .inner
            .start_transaction()
            .map_err(|e| self.storage(e))?;
        tx.clear_graph(GraphNameRef::NamedNode(graph.as_ref()))
            .map_err(|e| self.storage(e))?;
        tx.insert_named_graph(NamedOrBlankNodeRef::NamedNode(graph.as_ref()));
        tx.extend(quads.iter());
        tx.commit().map_err(|e| self.storage(e))
    }

    /// Whether the store holds this quad.
    pub fn contains(&self, quad: &Quad) -> Result<bool, StoreError> {
        self.inner.contains(quad).map_err(|e| self.storage(e))
    }

    /// Named graphs whose IRI starts with `prefix`, sorted.
    pub fn graphs_with_prefix(&self, prefix: &str) -> Result<Vec<NamedNode>, StoreError> {
        let mut out = Vec::new();
        for g in self.inner.named_graphs() {
            if let oxigraph::model::NamedOrBlankNode::NamedNode(n) =
                g.map_err(|e| self.storage(e))?
            {
                if n.as_str().starts_with(prefix) {
                    out.push(n);
                }
            }
        }
        out.sort();
        Ok(out)
    }

    /// Removes a named graph and its quads in one transaction.
    pub fn remove_graph(&self, graph: &NamedNode) -> Result<(), StoreError> {
        self.inner
            .remove_named_graph(NamedOrBlankNodeRef::NamedNode(graph.as_ref()))
            .map_err(|e| self.storage(e))
    }

    /// Loads quads through Oxigraph's bulk loader: fast, atomic for the whole call, meant for
    /// a fresh store (it does not remove anything first).
    pub fn bulk_insert(&self, quads: Vec<Quad>) -> Result<(), StoreError> {
        let mut loader = self.inner.bulk_loader();
        loader.load_quads(quads).map_err(|e| self.storage(e))?;
        loader.commit().map_err(|e| self.storage(e))
    }

    /// Number of quads.
    pub fn len(&self) -> Result<usize, StoreError> {
        self.inner.len().map_err(|e| self.storage(e))
    }

    /// Whether the store holds no quad.
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.len()? == 0)
    }

    /// Flushes pending writes to disk.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.inner.flush().map_err(|e| self.storage(e))
    }

    fn run(
        &self,
        sparql: &str,
        bindings: &[(String, Term)],
    ) -> Result<QueryResults<'static>, StoreError> {
        let mut prepared = SparqlEvaluator::new()
            .parse_query(sparql)
            .map_err(|e| StoreError::Syntax(e.to_string()))?;
        prepared.dataset_mut().set_default_graph_as_union();
        for (name, value) in bindings {
            let var = Variable::new(name)
                .map_err(|e| StoreError::Syntax(format!("--bind {name}: {e}")))?;
            prepared = prepared.substitute_variable(var, value.clone());
        }
        prepared
            .on_store(&self.inner)
            .execute()
            .map_err(|e| StoreError::Evaluation(e.to_string()))
    }

    /// Runs a SELECT query and returns its rows as maps from variable name to term, in the
    /// query's order.
    pub fn select(&self, sparql: &str) -> Result<Vec<BTreeMap<String, Term>>, StoreError> {
        let QueryResults::Solutions(solutions) = self.run(sparql, &[])? else {
            return Err(StoreError::Evaluation("expected a SELECT query".into()));
        };
        let mut rows = Vec::new();
        for s in solutions {
            let s = s.map_err(|e| StoreError::Evaluation(e.to_string()))?;
            rows.push(
                s.iter()
                    .map(|(v, t)| (v.as_str().to_owned(), t.clone()))
                    .collect(),
            );
        }
        Ok(rows)
    }

    /// The distinct objects of `subject predicate ?o` in any graph, by direct index lookup (no
    /// query planning: the fast way to read a few facts about many given subjects).
    pub fn objects(&self, subject: &str, predicate: &str) -> Result<Vec<Term>, StoreError> {
        let (Ok(s), Ok(p)) = (NamedNode::new(subject), NamedNode::new(predicate)) else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for q in self
            .inner
            .quads_for_pattern(Some(s.as_ref().into()), Some(p.as_ref()), None, None)
        {
            let q = q.map_err(|e| self.storage(e))?;
            if !out.contains(&q.object) {
                out.push(q.object);
            }
        }
        Ok(out)
    }

    /// Runs a SELECT query and hands its rows to `each` one at a time, so that a large result
    /// is never held whole.
    pub fn select_each(
        &self,
        sparql: &str,
        mut each: impl FnMut(&BTreeMap<String, Term>),
    ) -> Result<(), StoreError> {
        let QueryResults::Solutions(solutions) = self.run(sparql, &[])? else {
            return Err(StoreError::Evaluation("expected a SELECT query".into()));
        };
        let mut row = BTreeMap::new();
        for s in solutions {
            let s = s.map_err(|e| StoreError::Evaluation(e.to_string()))?;
            row.clear();
            row.extend(s.iter().map(|(v, t)| (v.as_str().to_owned(), t.clone())));
            each(&row);
        }
        Ok(())
    }

    /// Runs any query, with variables bound beforehand, and writes its results to `out` in
    /// `format`. CONSTRUCT and DESCRIBE results are written as N-Triples whatever the format.
    pub fn query_to(
        &self,
        sparql: &str,
        bindings: &[(String, Term)],
        format: ResultsFormat,
        mut out: impl Write,
    ) -> Result<(), StoreError> {
        match (self.run(sparql, bindings)?, format) {
            (QueryResults::Solutions(solutions), ResultsFormat::Table) => {
                let vars: Vec<String> = solutions
                    .variables()
                    .iter()
                    .map(|v| v.as_str().to_owned())
                    .collect();
                let mut rows = Vec::new();
                for s in solutions {
                    let s = s.map_err(|e| StoreError::Evaluation(e.to_string()))?;
                    rows.push(
                        vars.iter()
                            .map(|v| s.get(v.as_str()).map(cell).unwrap_or_default())
                            .collect::<Vec<_>>(),
                    );
                }
                write_table(&mut out, &vars, &rows)?;
            }
            (QueryResults::Solutions(solutions), ResultsFormat::Standard(f)) => {
                let mut w = QueryResultsSerializer::from_format(f)
                    .serialize_solutions_to_writer(&mut out, solutions.variables().to_vec())?;
                for s in solutions {
                    let s = s.map_err(|e| StoreError::Evaluation(e.to_string()))?;
                    w.serialize(&s)?;
                }
                w.finish()?;
            }
            (QueryResults::Boolean(b), ResultsFormat::Table) => writeln!(out, "{b}")?,
            (QueryResults::Boolean(b), ResultsFormat::Standard(f)) => {
                QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(&mut out, b)?;
            }
            (QueryResults::Graph(triples), _) => {
                let mut w = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(&mut out);
                for t in triples {
                    let t = t.map_err(|e| StoreError::Evaluation(e.to_string()))?;
                    w.serialize_triple(&t)?;
                }
                w.finish()?;
            }
        }
        Ok(())
    }

    /// Writes the whole dataset in `format`, sorted (N-Quads lines in byte order; Turtle and
    /// TriG statements grouped by graph and subject in sorted order). A format without named
    /// graphs (Turtle) gets the union of all graphs.
    pub fn export(&self, format: RdfFormat, out: impl Write) -> Result<(), StoreError> {
        let mut quads: Vec<Quad> = Vec::new();
        for q in self.inner.iter() {
            quads.push(q.map_err(|e| self.storage(e))?);
        }
        quads.sort_by_cached_key(|q| {
            (
                q.graph_name.to_string(),
                q.subject.to_string(),
                q.predicate.to_string(),
                q.object.to_string(),
            )
        });
        let mut ser = RdfSerializer::from_format(format);
        for (prefix, ns) in crate::rdf::vocab::PREFIXES {
            ser = ser
                .with_prefix(prefix, ns)
                .map_err(|e| StoreError::Format(e.to_string()))?;
        }
        let mut w = ser.for_writer(out);
        if format.supports_datasets() {
            for q in &quads {
                w.serialize_quad(q)?;
            }
        } else {
            let mut triples: Vec<_> = quads
                .iter()
                .map(|q| q.as_ref().into())
                .collect::<Vec<oxigraph::model::TripleRef<'_>>>();
            triples.sort_by_cached_key(|t| {
                (
                    t.subject.to_string(),
                    t.predicate.to_string(),
                    t.object.to_string(),
                )
            });
            triples.dedup();
            for t in triples {
                w.serialize_triple(t)?;
            }
        }
        w.finish()?;
        Ok(())
    }

    /// Loads RDF from `reader` into the store (N-Quads, TriG …) in one transaction.
    pub fn load(&self, format: RdfFormat, reader: impl std::io::Read) -> Result<(), StoreError> {
        self.inner
            .load_from_reader(format, reader)
            .map_err(|e| StoreError::Format(e.to_string()))
    }
}

fn classify(path: &Path, e: oxigraph::store::StorageError) -> StoreError {
    let msg = e.to_string();
    if msg.contains("lock") || msg.contains("LOCK") {
        StoreError::Locked {
            path: path.to_path_buf(),
        }
    } else {
        StoreError::Storage {
            path: path.to_path_buf(),
            source: e,
        }
    }
}

/// A term as a table cell: IRIs in angle brackets, literals by their value.
fn cell(t: &Term) -> String {
    match t {
        Term::Literal(l) => l.value().replace(['\n', '\t'], " "),
        other => other.to_string(),
    }
}

fn write_table(out: &mut impl Write, vars: &[String], rows: &[Vec<String>]) -> std::io::Result<()> {
    let width = |i: usize| {
        rows.iter()
            .map(|r| r[i].chars().count())
            .chain([vars[i].chars().count() + 1])
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..vars.len()).map(width).collect();
    let line = |out: &mut dyn Write, cells: Vec<String>| -> std::io::Result<()> {
        let parts: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        writeln!(out, "{}", parts.join("  ").trim_end())
    };
    line(out, vars.iter().map(|v| format!("?{v}")).collect())?;
    line(out, widths.iter().map(|w| "-".repeat(*w)).collect())?;
    for r in rows {
        line(out, r.clone())?;
    }
    Ok(())
}
