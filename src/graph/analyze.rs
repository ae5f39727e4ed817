//! Network analytics: degrees by stance, PageRank on the hostility and support graphs, two camps
//! maximising structural balance, strongly connected components, reciprocal pairs, shortest
//! chains between actors.

use super::{GraphError, Network};
use petgraph::algo::{page_rank, tarjan_scc};
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, HashMap, VecDeque};

/// Per-actor figures.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ActorScore {
    /// Label.
    pub actor: String,
    /// Hostile relations from the actor (interactions).
    pub against_out: u64,
    /// Hostile relations to the actor.
    pub against_in: u64,
    /// Cooperative relations from the actor.
    pub support_out: u64,
    /// Cooperative relations to the actor.
    pub support_in: u64,
    /// PageRank on the hostility graph: how targeted the actor is.
    pub targeted: f64,
    /// PageRank on the support graph: how backed the actor is.
    pub backed: f64,
}

/// An edge that breaks structural balance.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Frustrated {
    /// Source label.
    pub source: String,
    /// Target label.
    pub target: String,
    /// Stance.
    pub stance: String,
    /// Why it breaks balance.
    pub why: &'static str,
}

/// The whole analysis.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Analysis {
    /// Per actor, most targeted first.
    pub actors: Vec<ActorScore>,
    /// Two camps (labels, sorted).
    pub camps: [Vec<String>; 2],
    /// Share of interaction weight that is balanced (support within, against across camps).
    pub balance: f64,
    /// Edges that break balance.
    pub frustrated: Vec<Frustrated>,
    /// Strongly connected components with more than one actor.
    pub components: Vec<Vec<String>>,
    /// Pairs that act on each other with the same stance: (a, b, stance).
    pub reciprocal: Vec<(String, String, String)>,
}

fn stance_graph(net: &Network, stance: &str) -> DiGraph<(), f64> {
    let mut g = DiGraph::new();
    for _ in net.graph.node_indices() {
        g.add_node(());
    }
    for e in net.graph.edge_references() {
        if e.weight().stance == stance {
            g.add_edge(e.source(), e.target(), e.weight().count as f64);
        }
    }
    g
}

/// Runs every analysis on the network.
pub fn analyze(net: &Network) -> Analysis {
    let g = &net.graph;
    let label = |n: NodeIndex| g[n].label.clone();
    let mut scores: Vec<ActorScore> = g
        .node_indices()
        .map(|n| ActorScore {
            actor: label(n),
            against_out: 0,
            against_in: 0,
            support_out: 0,
            support_in: 0,
            targeted: 0.0,
            backed: 0.0,
        })
        .collect();
    for e in g.edge_references() {
        let c = e.weight().count;
        let (s, t) = (e.source().index(), e.target().index());
        if e.weight().stance == "support" {
            scores[s].support_out += c;
            scores[t].support_in += c;
        } else {
            scores[s].against_out += c;
            scores[t].against_in += c;
        }
    }
    if g.node_count() > 0 {
        for (stance, against) in [("against", true), ("support", false)] {
            let ranks = page_rank(&stance_graph(net, stance), 0.85_f64, 50);
            for (i, r) in ranks.into_iter().enumerate() {
                let r = (r * 10_000.0).round() / 10_000.0;
                if against {
                    scores[i].targeted = r;
                } else {
                    scores[i].backed = r;
                }
            }
        }
    }
    let (camps, balance, frustrated) = camps(net);
    let mut components: Vec<Vec<String>> = tarjan_scc(g)
        .into_iter()
        .filter(|c| c.len() > 1)
        .map(|c| {
            let mut v: Vec<String> = c.into_iter().map(label).collect();
            v.sort();
            v
        })
        .collect();
    components.sort();
    let mut reciprocal = Vec::new();
    for e in g.edge_references() {
        let (s, t) = (e.source(), e.target());
        let back = g
            .edges_connecting(t, s)
            .any(|b| b.weight().stance == e.weight().stance);
        if back && label(s) < label(t) {
            reciprocal.push((label(s), label(t), e.weight().stance.clone()));
        }
    }
    reciprocal.sort();
    scores.sort_by(|a, b| {
        b.targeted
            .total_cmp(&a.targeted)
            .then(b.against_in.cmp(&a.against_in))
            .then(a.actor.cmp(&b.actor))
    });
    Analysis {
        actors: scores,
        camps,
        balance,
        frustrated,
        components,
        reciprocal,
    }
}

/// Two camps maximising the balanced weight of the signed graph (support +, against −):
/// exact for up to 16 actors, else greedy local search from a deterministic start.
fn camps(net: &Network) -> ([Vec<String>; 2], f64, Vec<Frustrated>) {
    let g = &net.graph;
    let n = g.node_count();
    // Undirected signed weights between node pairs.
    let mut w: BTreeMap<(usize, usize), i64> = BTreeMap::new();
    let mut total = 0i64;
    for e in g.edge_references() {
        let (a, b) = (
            e.source().index().min(e.target().index()),
            e.source().index().max(e.target().index()),
        );
        let c = e.weight().count as i64;
        let signed = if e.weight().stance == "support" {
            c
        } else {
            -c
        };
        *w.entry((a, b)).or_default() += signed;
        total += c;
    }
    let score = |side: &[bool]| -> i64 {
        w.iter()
            .map(|(&(a, b), &v)| {
                if (side[a] == side[b]) == (v > 0) {
                    v.abs()
                } else {
                    -v.abs()
                }
            })
            .sum()
    };
    let mut best = vec![false; n];
    if n > 0 && n <= 16 {
        let mut best_score = i64::MIN;
        for mask in 0..(1u32 << (n - 1)) {
            let side: Vec<bool> = (0..n)
                .map(|i| i > 0 && mask & (1 << (i - 1)) != 0)
                .collect();
            let s = score(&side);
            if s > best_score {
                best_score = s;
                best = side;
            }
        }
    } else if n > 16 {
        // Start from a breadth-first signing (support: same camp, against: other camp) from
        // the busiest actor, then move single actors while that improves balance.
        let mut seen = vec![false; n];
        let mut order: Vec<usize> = (0..n).collect();
        let weight = |i: usize| -> i64 {
            w.iter()
                .filter(|((a, b), _)| *a == i || *b == i)
                .map(|(_, v)| v.abs())
                .sum()
        };
        order.sort_by_key(|&i| std::cmp::Reverse(weight(i)));
        for &root in &order {
            if seen[root] {
                continue;
            }
            seen[root] = true;
            let mut queue = VecDeque::from([root]);
            while let Some(i) = queue.pop_front() {
                for (&(a, b), &v) in &w {
                    let j = if a == i {
                        b
                    } else if b == i {
                        a
                    } else {
                        continue;
                    };
                    if !seen[j] {
                        seen[j] = true;
                        best[j] = if v > 0 { best[i] } else { !best[i] };
                        queue.push_back(j);
                    }
                }
            }
        }
        let mut improved = true;
        while improved {
            improved = false;
            for i in 0..n {
                let before = score(&best);
                best[i] = !best[i];
                if score(&best) > before {
                    improved = true;
                } else {
                    best[i] = !best[i];
                }
            }
        }
    }
    let mut camps: [Vec<String>; 2] = [Vec::new(), Vec::new()];
    for i in 0..n {
        camps[usize::from(best[i])].push(g[NodeIndex::new(i)].label.clone());
    }
    for c in &mut camps {
        c.sort();
    }
    let mut frustrated = Vec::new();
    let mut balanced = 0u64;
    for e in g.edge_references() {
        let same = best[e.source().index()] == best[e.target().index()];
        let support = e.weight().stance == "support";
        match (support, same) {
            (true, true) | (false, false) => balanced += e.weight().count,
            (true, false) => frustrated.push(Frustrated {
                source: g[e.source()].label.clone(),
                target: g[e.target()].label.clone(),
                stance: e.weight().stance.clone(),
                why: "support across camps",
            }),
            (false, true) => frustrated.push(Frustrated {
                source: g[e.source()].label.clone(),
                target: g[e.target()].label.clone(),
                stance: e.weight().stance.clone(),
                why: "hostility within a camp",
            }),
        }
    }
    let balance = if total == 0 {
        1.0
    } else {
        balanced as f64 / total as f64
    };
    (camps, (balance * 1000.0).round() / 1000.0, frustrated)
}

/// One hop of a chain between two actors.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Hop {
    /// From (label).
    pub source: String,
    /// To (label).
    pub target: String,
    /// Stance.
    pub stance: String,
    /// Interactions behind the hop.
    pub count: u64,
    /// IRI of one interaction behind it (its evidence: `queries/evidence.rq`).
    pub interaction: String,
    /// The quote of that interaction, when looked up in the store.
    pub quote: Option<String>,
}

/// The shortest chain of relations from `from` to `to` (following directions; when there is
/// none, ignoring them), as hops.
pub fn path(net: &Network, from: &str, to: &str) -> Result<Option<Vec<Hop>>, GraphError> {
    let (a, b) = (net.find(from)?, net.find(to)?);
    for directed in [true, false] {
        let mut prev: HashMap<NodeIndex, (NodeIndex, petgraph::graph::EdgeIndex)> = HashMap::new();
        let mut queue = VecDeque::from([a]);
        let mut seen = vec![false; net.graph.node_count()];
        seen[a.index()] = true;
        while let Some(n) = queue.pop_front() {
            if n == b {
                break;
            }
            let mut steps: Vec<(NodeIndex, petgraph::graph::EdgeIndex)> =
                net.graph.edges(n).map(|e| (e.target(), e.id())).collect();
            if !directed {
                steps.extend(
                    net.graph
                        .edges_directed(n, petgraph::Direction::Incoming)
                        .map(|e| (e.source(), e.id())),
                );
            }
            for (m, e) in steps {
                if !seen[m.index()] {
                    seen[m.index()] = true;
                    prev.insert(m, (n, e));
                    queue.push_back(m);
                }
            }
        }
        if a != b && !prev.contains_key(&b) {
            continue;
        }
        let mut hops = Vec::new();
        let mut cur = b;
        while cur != a {
            let (p, e) = prev[&cur];
            let (s, t) = net.graph.edge_endpoints(e).unwrap_or((p, cur));
            let r = &net.graph[e];
            hops.push(Hop {
                source: net.graph[s].label.clone(),
                target: net.graph[t].label.clone(),
                stance: r.stance.clone(),
                count: r.count,
                interaction: r.interactions.first().cloned().unwrap_or_default(),
                quote: None,
            });
            cur = p;
        }
        hops.reverse();
        return Ok(Some(hops));
    }
    Ok(None)
}
