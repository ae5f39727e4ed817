//! SPARQL rows → a petgraph actor network. Built from the store (not from extractor structs),
//! so it reflects any store, including one loaded from elsewhere.

use crate::rdf::vocab::{AG, SKOS};
use crate::store::{Store, StoreError};
use oxigraph::model::Term;
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::BTreeMap;

/// An actor node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorNode {
    /// The actor's IRI.
    pub iri: String,
    /// Preferred label (the IRI's last segment when the store has none).
    pub label: String,
    /// Ontology class local name (`State`, `Person` …), when known.
    pub class: Option<String>,
}

/// An aggregated relation: every interaction from one actor to another with one stance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    /// `against` or `support`.
    pub stance: String,
    /// Number of interactions.
    pub count: u64,
}

/// Which stances to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StanceFilter {
    /// Only hostile relations.
    Against,
    /// Only cooperative relations.
    Support,
    /// Both.
    #[default]
    All,
}

/// The actor network.
#[derive(Debug, Default)]
pub struct Network {
    /// The graph; node and edge order is sorted (labels, then stance) so output is stable.
    pub graph: DiGraph<ActorNode, Relation>,
}

/// Why a network could not be built.
#[derive(Debug, thiserror::Error)]
pub enum GraphError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// An `--actor` label matches no actor in the network.
    #[error("no actor labelled {label:?} in the store{}", suggest(.suggestions))]
    UnknownActor {
        /// The label given.
        label: String,
        /// The closest known labels.
        suggestions: Vec<String>,
    },
}

fn suggest(s: &[String]) -> String {
    if s.is_empty() {
        String::new()
    } else {
        format!(
            "; did you mean {}?",
            s.iter()
                .map(|x| format!("{x:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

fn relations_query() -> String {
    format!(
        "PREFIX ag: <{AG}>
SELECT ?s ?t ?stance (COUNT(DISTINCT ?i) AS ?n) WHERE {{
  ?i a ag:Interaction ; ag:source ?s ; ag:target ?t ; ag:stance ?stance ; ag:modality ?m .
  FILTER(?m IN (ag:asserted, ag:reported))
}} GROUP BY ?s ?t ?stance"
    )
}

fn actors_query() -> String {
    format!(
        "PREFIX ag: <{AG}>
PREFIX skos: <{SKOS}>
SELECT ?a ?label ?class WHERE {{
  ?a a ag:Actor .
  OPTIONAL {{ ?a skos:prefLabel ?label }}
  OPTIONAL {{ ?a a ?class FILTER(?class != ag:Actor && STRSTARTS(STR(?class), STR(ag:))) }}
}}"
    )
}

fn iri_of(t: Option<&Term>) -> Option<String> {
    match t? {
        Term::NamedNode(n) => Some(n.as_str().to_owned()),
        _ => None,
    }
}

fn value_of(t: Option<&Term>) -> Option<String> {
    match t? {
        Term::Literal(l) => Some(l.value().to_owned()),
        Term::NamedNode(n) => Some(n.as_str().to_owned()),
        _ => None,
    }
}

fn last_segment(iri: &str) -> String {
    iri.rsplit(['/', '#']).next().unwrap_or(iri).to_owned()
}

impl Network {
    /// Builds the network of all asserted and reported interactions in the store.
    pub fn from_store(store: &Store) -> Result<Self, GraphError> {
        let mut actors: BTreeMap<String, ActorNode> = BTreeMap::new();
        for row in store.select(&actors_query())? {
            let Some(iri) = iri_of(row.get("a")) else {
                continue;
            };
            let entry = actors.entry(iri.clone()).or_insert_with(|| ActorNode {
                label: last_segment(&iri),
                iri: iri.clone(),
                class: None,
            });
            if let Some(l) = value_of(row.get("label")) {
                entry.label = l;
            }
            if let Some(c) = iri_of(row.get("class")) {
                entry.class = Some(last_segment(&c));
            }
        }
        let mut edges: Vec<(String, String, Relation)> = Vec::new();
        for row in store.select(&relations_query())? {
            let (Some(s), Some(t), Some(stance)) = (
                iri_of(row.get("s")),
                iri_of(row.get("t")),
                iri_of(row.get("stance")),
            ) else {
                continue;
            };
            let count = value_of(row.get("n"))
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            edges.push((
                s,
                t,
                Relation {
                    stance: last_segment(&stance),
                    count,
                },
            ));
        }
        Ok(Self::from_parts(&actors, edges))
    }

    fn from_parts(
        actors: &BTreeMap<String, ActorNode>,
        mut edges: Vec<(String, String, Relation)>,
    ) -> Self {
        let node = |iri: &String| {
            actors.get(iri).cloned().unwrap_or_else(|| ActorNode {
                iri: iri.clone(),
                label: last_segment(iri),
                class: None,
            })
        };
        let mut nodes: Vec<ActorNode> = edges
            .iter()
            .flat_map(|(s, t, _)| [node(s), node(t)])
            .collect();
        nodes.sort_by(|a, b| (&a.label, &a.iri).cmp(&(&b.label, &b.iri)));
        nodes.dedup();
        let mut graph = DiGraph::new();
        let mut index: BTreeMap<String, NodeIndex> = BTreeMap::new();
        for n in nodes {
            index.insert(n.iri.clone(), graph.add_node(n));
        }
        let label = |iri: &String| &graph[index[iri]].label;
        edges.sort_by(|a, b| {
            (label(&a.0), label(&a.1), &a.2.stance).cmp(&(label(&b.0), label(&b.1), &b.2.stance))
        });
        for (s, t, r) in edges {
            graph.add_edge(index[&s], index[&t], r);
        }
        Network { graph }
    }

    /// Keeps only the relations with the stance, and (when `actors` is not empty) only those
    /// touching one of the actors, matched by label case-insensitively.
    pub fn filter(&self, stance: StanceFilter, actors: &[String]) -> Result<Self, GraphError> {
        let mut wanted = Vec::new();
        for label in actors {
            let hits: Vec<NodeIndex> = self
                .graph
                .node_indices()
                .filter(|&n| self.graph[n].label.eq_ignore_ascii_case(label))
                .collect();
            if hits.is_empty() {
                return Err(GraphError::UnknownActor {
                    label: label.clone(),
                    suggestions: self.closest(label),
                });
            }
            wanted.extend(hits);
        }
        let keep_stance = |r: &Relation| match stance {
            StanceFilter::All => true,
            StanceFilter::Against => r.stance == "against",
            StanceFilter::Support => r.stance == "support",
        };
        let actors_map: BTreeMap<String, ActorNode> = self
            .graph
            .node_weights()
            .map(|n| (n.iri.clone(), n.clone()))
            .collect();
        let edges = self
            .graph
            .edge_indices()
            .filter_map(|e| {
                let (s, t) = self.graph.edge_endpoints(e)?;
                let r = &self.graph[e];
                let touches = wanted.is_empty() || wanted.contains(&s) || wanted.contains(&t);
                (keep_stance(r) && touches).then(|| {
                    (
                        self.graph[s].iri.clone(),
                        self.graph[t].iri.clone(),
                        r.clone(),
                    )
                })
            })
            .collect();
        Ok(Self::from_parts(&actors_map, edges))
    }

    /// Up to three labels closest to `label` (by edit distance).
    fn closest(&self, label: &str) -> Vec<String> {
        let want = label.to_lowercase();
        let mut scored: Vec<(usize, String)> = self
            .graph
            .node_weights()
            .map(|n| {
                (
                    edit_distance(&want, &n.label.to_lowercase()),
                    n.label.clone(),
                )
            })
            .collect();
        scored.sort();
        scored.dedup();
        scored
            .into_iter()
            .filter(|(d, _)| *d <= want.chars().count().max(3))
            .take(3)
            .map(|(_, l)| l)
            .collect()
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}
