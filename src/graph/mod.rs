//! SPARQL rows → a petgraph actor network. Built from the store (not from extractor structs),
//! so it reflects any store with this vocabulary, including one loaded from elsewhere.

pub mod analyze;

use crate::rdf::vocab::{AG, DCTERMS, PROV, SKOS};
use crate::store::{Store, StoreError};
use oxigraph::model::Term;
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

/// An actor node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorNode {
    /// The actor's IRI.
    pub iri: String,
    /// Preferred label (the IRI's last segment when the store has none).
    pub label: String,
    /// Ontology class local name (`State`, `Person` …), when known.
    pub class: Option<String>,
    /// IRI of the state or top-level group it rolls up to.
    pub top: Option<String>,
}

/// An aggregated relation: every interaction from one actor to another with one stance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    /// `against` or `support`.
    pub stance: String,
    /// Number of interactions.
    pub count: u64,
    /// PLOVER categories (local names).
    pub categories: BTreeSet<String>,
    /// Earliest event date.
    pub first: Option<String>,
    /// Latest event date.
    pub last: Option<String>,
    /// Documents (IRIs) the interactions come from.
    pub documents: BTreeSet<String>,
    /// IRIs of the interactions, sorted.
    pub interactions: Vec<String>,
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

/// Which modalities to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ModalityFilter {
    /// Asserted and reported (the default: what the text presents as happening).
    #[default]
    Factual,
    /// Asserted only.
    Asserted,
    /// Reported only.
    Reported,
    /// Every modality, negated and hypothetical included.
    All,
}

/// Actors as named, or rolled up to their state or top group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Level {
    /// As named.
    #[default]
    Actor,
    /// Rolled up (a state's bodies and people become the state; pairs within one state vanish).
    State,
}

/// What to draw.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Stances kept.
    pub stance: StanceFilter,
    /// Modalities kept.
    pub modality: ModalityFilter,
    /// Actor level.
    pub level: Level,
    /// Keep interactions dated on or after (ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub since: Option<String>,
    /// Keep interactions dated on or before.
    pub until: Option<String>,
    /// Keep interactions from these documents (identifier) or publishers (substring).
    pub sources: Vec<String>,
    /// Keep these PLOVER categories.
    pub categories: Vec<String>,
    /// Drop relations with fewer interactions.
    pub min_count: u64,
    /// Ego network around these actors (labels, case-insensitive).
    pub actors: Vec<String>,
    /// Radius of the ego network, in relations.
    pub depth: usize,
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
    /// A date filter is not an ISO date.
    #[error("date {0:?} is not YYYY, YYYY-MM or YYYY-MM-DD")]
    BadDate(String),
}

fn suggest(s: &[String]) -> String {
    if s.is_empty() {
        String::new()
    } else {
        let quoted: Vec<String> = s.iter().map(|x| format!("{x:?}")).collect();
        format!("; did you mean {}?", quoted.join(", "))
    }
}

fn iri_of(t: Option<&Term>) -> Option<String> {
    match t? {
        Term::NamedNode(n) => Some(n.as_str().to_owned()),
        _ => None,
    }
}

/// A solution's term as text: an IRI's string or a literal's value.
pub fn value_of(t: Option<&Term>) -> Option<String> {
    match t? {
        Term::Literal(l) => Some(l.value().to_owned()),
        Term::NamedNode(n) => Some(n.as_str().to_owned()),
        _ => None,
    }
}

/// The last segment of an IRI (after `/` or `#`).
pub fn last_segment(iri: &str) -> String {
    iri.rsplit(['/', '#']).next().unwrap_or(iri).to_owned()
}

fn is_date(s: &str) -> bool {
    let ok = |r: std::ops::Range<usize>| {
        s.get(r)
            .is_some_and(|p| p.bytes().all(|b| b.is_ascii_digit()))
    };
    match s.len() {
        4 => ok(0..4),
        7 => ok(0..4) && &s[4..5] == "-" && ok(5..7),
        10 => ok(0..4) && &s[4..5] == "-" && ok(5..7) && &s[7..8] == "-" && ok(8..10),
        _ => false,
    }
}

/// One interaction row read from the store.
#[derive(Debug, Clone)]
struct Row {
    interaction: String,
    source: String,
    target: String,
    stance: String,
    category: String,
    modality: String,
    date: Option<String>,
    doc: String,
    publisher: Option<String>,
}

/// Every interaction, one part each, that the filter's date, source and modality tests keep.
fn interaction_parts(store: &Store, filter: &Filter) -> Result<Vec<Part>, GraphError> {
    let mut parts = Vec::new();
    store.select_each(
        &format!(
            "PREFIX ag: <{AG}> PREFIX prov: <{PROV}> PREFIX dcterms: <{DCTERMS}>
             SELECT ?i ?s ?t ?stance ?cat ?m ?date ?d ?doc ?pub WHERE {{
               ?i a ag:Interaction ; ag:source ?s ; ag:target ?t ; ag:stance ?stance ;
                  ag:category ?cat ; ag:modality ?m .
               OPTIONAL {{ ?i ag:eventDate ?date }}
               OPTIONAL {{ ?i prov:wasDerivedFrom ?d .
                           OPTIONAL {{ ?d dcterms:identifier ?doc }}
                           OPTIONAL {{ ?d dcterms:publisher ?pub }} }}
             }}"
        ),
        |r| {
            let row = || {
                Some(Row {
                    interaction: iri_of(r.get("i"))?,
                    source: iri_of(r.get("s"))?,
                    target: iri_of(r.get("t"))?,
                    stance: last_segment(&iri_of(r.get("stance"))?),
                    category: last_segment(&iri_of(r.get("cat"))?),
                    modality: last_segment(&iri_of(r.get("m"))?),
                    date: value_of(r.get("date")),
                    doc: value_of(r.get("doc")).unwrap_or_default(),
                    publisher: value_of(r.get("pub")),
                })
            };
            if let Some(row) = row().filter(|row| filter.keeps(row)) {
                parts.push(Part {
                    source: row.source,
                    target: row.target,
                    stance: row.stance,
                    category: row.category,
                    interactions: vec![row.interaction],
                    documents: iri_of(r.get("d")).into_iter().collect(),
                    first: row.date.clone(),
                    last: row.date,
                });
            }
        },
    )?;
    Ok(parts)
}

/// The relations graph's `ag:Relation` nodes, one part each; `None` when the store has no
/// relations graph (a store loaded from elsewhere, say).
fn relation_parts(store: &Store) -> Result<Option<Vec<Part>>, GraphError> {
    let graph = store.select(&format!(
        "PREFIX ag: <{AG}> SELECT ?g WHERE {{ GRAPH ?g {{ ?r a ag:Relation }} }} LIMIT 1"
    ))?;
    let Some(g) = graph.first().and_then(|r| iri_of(r.get("g"))) else {
        return Ok(None);
    };
    let mut by_node: BTreeMap<String, Part> = BTreeMap::new();
    store.select_each(
        &format!(
            "PREFIX ag: <{AG}>
             SELECT ?r ?s ?t ?stance ?cat ?first ?last WHERE {{ GRAPH <{g}> {{
               ?r a ag:Relation ; ag:source ?s ; ag:target ?t ; ag:stance ?stance ;
                  ag:category ?cat .
               OPTIONAL {{ ?r ag:firstDate ?first }}
               OPTIONAL {{ ?r ag:lastDate ?last }} }} }}"
        ),
        |r| {
            let part = || {
                Some((
                    iri_of(r.get("r"))?,
                    Part {
                        source: iri_of(r.get("s"))?,
                        target: iri_of(r.get("t"))?,
                        stance: last_segment(&iri_of(r.get("stance"))?),
                        category: last_segment(&iri_of(r.get("cat"))?),
                        first: value_of(r.get("first")),
                        last: value_of(r.get("last")),
                        ..Part::default()
                    },
                ))
            };
            if let Some((node, part)) = part() {
                by_node.insert(node, part);
            }
        },
    )?;
    for (property, documents) in [("interaction", false), ("document", true)] {
        store.select_each(
            &format!(
                "PREFIX ag: <{AG}>
                 SELECT ?r ?x WHERE {{ GRAPH <{g}> {{ ?r ag:{property} ?x }} }}"
            ),
            |r| {
                let (Some(node), Some(x)) = (iri_of(r.get("r")), iri_of(r.get("x"))) else {
                    return;
                };
                if let Some(part) = by_node.get_mut(&node) {
                    if documents {
                        part.documents.push(x);
                    } else {
                        part.interactions.push(x);
                    }
                }
            },
        )?;
    }
    Ok(Some(by_node.into_values().collect()))
}

/// Label, class and roll-up of each actor in `iris`, read for those actors only.
fn actor_facts(
    store: &Store,
    iris: &BTreeSet<String>,
) -> Result<BTreeMap<String, ActorNode>, GraphError> {
    let mut actors: BTreeMap<String, ActorNode> = iris
        .iter()
        .map(|iri| {
            let node = ActorNode {
                iri: iri.clone(),
                label: last_segment(iri),
                class: None,
                top: None,
            };
            (iri.clone(), node)
        })
        .collect();
    let rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    let (label, top) = (format!("{SKOS}prefLabel"), format!("{AG}rollsUpTo"));
    for (iri, entry) in actors.iter_mut() {
        // One label per actor, the same whatever the order of the store's answer.
        let labels: BTreeSet<String> = store
            .objects(iri, &label)?
            .iter()
            .filter_map(|t| value_of(Some(t)))
            .collect();
        if let Some(l) = labels.into_iter().next() {
            entry.label = l;
        }
        entry.class = store
            .objects(iri, rdf_type)?
            .iter()
            .filter_map(|t| iri_of(Some(t)))
            .filter(|c| c.starts_with(AG) && *c != format!("{AG}Actor"))
            .min()
            .map(|c| last_segment(&c));
        entry.top = store
            .objects(iri, &top)?
            .iter()
            .filter_map(|t| iri_of(Some(t)))
            .min();
    }
    Ok(actors)
}

impl Filter {
    /// The stance and category tests alone.
    fn keeps_kind(&self, stance: &str, category: &str) -> bool {
        let stance = match self.stance {
            StanceFilter::All => true,
            StanceFilter::Against => stance == "against",
            StanceFilter::Support => stance == "support",
        };
        stance
            && (self.categories.is_empty()
                || self
                    .categories
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(category)))
    }

    /// The tests that need a single interaction: modality, dates and source (stance and
    /// category are `keeps_kind`'s, applied to every part).
    fn keeps(&self, r: &Row) -> bool {
        let modality = match self.modality {
            ModalityFilter::Factual => matches!(r.modality.as_str(), "asserted" | "reported"),
            ModalityFilter::Asserted => r.modality == "asserted",
            ModalityFilter::Reported => r.modality == "reported",
            ModalityFilter::All => true,
        };
        // A date of any precision is kept when the period it names overlaps the window.
        let since = self.since.as_ref().is_none_or(|s| {
            r.date.as_ref().is_some_and(|d| {
                let n = d.len().min(s.len());
                d[..n] >= s[..n]
            })
        });
        let until = self.until.as_ref().is_none_or(|u| {
            r.date.as_ref().is_some_and(|d| {
                let n = d.len().min(u.len());
                d[..n] <= u[..n]
            })
        });
        let source = self.sources.is_empty()
            || self.sources.iter().any(|s| {
                r.doc == *s
                    || r.publisher
                        .as_ref()
                        .is_some_and(|p| p.to_lowercase().contains(&s.to_lowercase()))
            });
        modality && since && until && source
    }
}

/// Interactions from one actor to another with one stance and category: one interaction (read
/// from the documents) or a whole `ag:Relation` (read from the relations graph).
#[derive(Debug, Default)]
struct Part {
    source: String,
    target: String,
    stance: String,
    category: String,
    interactions: Vec<String>,
    documents: Vec<String>,
    first: Option<String>,
    last: Option<String>,
}

impl Network {
    /// Builds the network of the store's interactions that `filter` keeps.
    ///
    /// Without a date or source filter and with the default modalities, the relations graph
    /// (one `ag:Relation` per actor pair, stance and category, derived at build time) holds
    /// everything the network needs, and is read instead of every interaction.
    pub fn from_store(store: &Store, filter: &Filter) -> Result<Self, GraphError> {
        let summary = filter.since.is_none()
            && filter.until.is_none()
            && filter.sources.is_empty()
            && filter.modality == ModalityFilter::Factual;
        Self::build(store, filter, summary)
    }

    /// The same network as [`Network::from_store`], always read from every interaction (never
    /// from the relations graph): slower, for checks.
    pub fn from_interactions(store: &Store, filter: &Filter) -> Result<Self, GraphError> {
        Self::build(store, filter, false)
    }

    fn build(store: &Store, filter: &Filter, summary: bool) -> Result<Self, GraphError> {
        for d in [&filter.since, &filter.until].into_iter().flatten() {
            if !is_date(d) {
                return Err(GraphError::BadDate(d.clone()));
            }
        }
        let parts = match summary.then(|| relation_parts(store)).transpose()? {
            Some(Some(parts)) => parts,
            _ => interaction_parts(store, filter)?,
        };
        let parts: Vec<Part> = parts
            .into_iter()
            .filter(|p| filter.keeps_kind(&p.stance, &p.category))
            .collect();
        let involved: BTreeSet<String> = parts
            .iter()
            .flat_map(|p| [p.source.clone(), p.target.clone()])
            .collect();
        let mut actors = actor_facts(store, &involved)?;
        if filter.level == Level::State {
            let tops: BTreeSet<String> = actors
                .values()
                .filter_map(|a| a.top.clone())
                .filter(|t| !actors.contains_key(t))
                .collect();
            actors.extend(actor_facts(store, &tops)?);
        }
        let level = |iri: &String| match filter.level {
            Level::Actor => iri.clone(),
            Level::State => actors
                .get(iri)
                .and_then(|a| a.top.clone())
                .unwrap_or_else(|| iri.clone()),
        };
        let mut edges: BTreeMap<(String, String, String), Relation> = BTreeMap::new();
        for p in parts {
            let (s, t) = (level(&p.source), level(&p.target));
            if s == t {
                continue;
            }
            let e = edges
                .entry((s, t, p.stance.clone()))
                .or_insert_with(|| Relation {
                    stance: p.stance.clone(),
                    count: 0,
                    categories: BTreeSet::new(),
                    first: None,
                    last: None,
                    documents: BTreeSet::new(),
                    interactions: Vec::new(),
                });
            e.interactions.extend(p.interactions);
            e.categories.insert(p.category);
            e.documents.extend(p.documents);
            if let Some(d) = p.first {
                if e.first.as_ref().is_none_or(|f| d < *f) {
                    e.first = Some(d);
                }
            }
            if let Some(d) = p.last {
                if e.last.as_ref().is_none_or(|l| d > *l) {
                    e.last = Some(d);
                }
            }
        }
        let edges: Vec<(String, String, Relation)> = edges
            .into_iter()
            .map(|((s, t, _), mut r)| {
                r.interactions.sort();
                r.interactions.dedup();
                r.count = r.interactions.len() as u64;
                (s, t, r)
            })
            .filter(|(_, _, r)| r.count >= filter.min_count.max(1))
            .collect();
        let net = Self::from_parts(&actors, edges);
        net.ego(&filter.actors, filter.depth.max(1))
    }

    /// A network from actors (by IRI) and edges (source IRI, target IRI, relation), sorted.
    pub fn from_parts(
        actors: &BTreeMap<String, ActorNode>,
        mut edges: Vec<(String, String, Relation)>,
    ) -> Self {
        let node = |iri: &String| {
            actors.get(iri).cloned().unwrap_or_else(|| ActorNode {
                iri: iri.clone(),
                label: last_segment(iri),
                class: None,
                top: None,
            })
        };
        let mut nodes: Vec<ActorNode> = edges
            .iter()
            .flat_map(|(s, t, _)| [node(s), node(t)])
            .collect();
        nodes.sort_by(|a, b| (&a.label, &a.iri).cmp(&(&b.label, &b.iri)));
        nodes.dedup();
        let mut graph = DiGraph::new();
        let mut index: HashMap<String, NodeIndex> = HashMap::new();
        for n in nodes {
            index.insert(n.iri.clone(), graph.add_node(n));
        }
        let key = |iri: &String| (graph[index[iri]].label.clone(), iri.clone());
        edges.sort_by_cached_key(|(s, t, r)| (key(s), key(t), r.stance.clone()));
        for (s, t, r) in edges {
            graph.add_edge(index[&s], index[&t], r);
        }
        Network { graph }
    }

    /// The node labelled `label` (case-insensitive), or the closest labels as an error.
    pub fn find(&self, label: &str) -> Result<NodeIndex, GraphError> {
        self.graph
            .node_indices()
            .find(|&n| self.graph[n].label.eq_ignore_ascii_case(label))
            .ok_or_else(|| GraphError::UnknownActor {
                label: label.to_owned(),
                suggestions: self.closest(label),
            })
    }

    /// Keeps the actors within `depth` relations of any of `labels` (all when empty).
    fn ego(self, labels: &[String], depth: usize) -> Result<Self, GraphError> {
        if labels.is_empty() {
            return Ok(self);
        }
        let mut dist: HashMap<NodeIndex, usize> = HashMap::new();
        let mut queue = VecDeque::new();
        for l in labels {
            let n = self.find(l)?;
            dist.insert(n, 0);
            queue.push_back(n);
        }
        while let Some(n) = queue.pop_front() {
            let d = dist[&n];
            if d == depth {
                continue;
            }
            for m in self.graph.neighbors_undirected(n) {
                if let std::collections::hash_map::Entry::Vacant(e) = dist.entry(m) {
                    e.insert(d + 1);
                    queue.push_back(m);
                }
            }
        }
        let actors: BTreeMap<String, ActorNode> = self
            .graph
            .node_weights()
            .map(|n| (n.iri.clone(), n.clone()))
            .collect();
        let edges = self
            .graph
            .edge_indices()
            .filter_map(|e| {
                let (s, t) = self.graph.edge_endpoints(e)?;
                // An edge is in the ego network when it leads out of the inner rings.
                let (ds, dt) = (dist.get(&s)?, dist.get(&t)?);
                (ds.min(dt) < &depth).then(|| {
                    (
                        self.graph[s].iri.clone(),
                        self.graph[t].iri.clone(),
                        self.graph[e].clone(),
                    )
                })
            })
            .collect();
        Ok(Self::from_parts(&actors, edges))
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

/// The quote behind an interaction (its annotation's `oa:exact`), read from the store.
pub fn evidence(store: &Store, interaction: &str) -> Result<Option<String>, GraphError> {
    let rows = store.select(&format!(
        "PREFIX oa: <http://www.w3.org/ns/oa#>
         SELECT ?exact WHERE {{
           ?a oa:hasBody <{interaction}> ; oa:hasTarget/oa:hasSelector ?q .
           ?q a oa:TextQuoteSelector ; oa:exact ?exact .
         }} LIMIT 1"
    ))?;
    Ok(rows.first().and_then(|r| value_of(r.get("exact"))))
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
