//! Network → graphviz-rust DOT AST → DOT text, or a picture rendered by Graphviz's `dot`.
//!
//! Nodes and edges come out in the network's sorted order, so the DOT text is stable for goldens.

use crate::graph::Network;
use graphviz_rust::cmd::{CommandArg, Format};
use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::PrinterContext;
use petgraph::graph::NodeIndex;
use std::collections::{BTreeMap, BTreeSet};

/// Colour of hostile relations.
pub const AGAINST_COLOR: &str = "#c0392b";
/// Colour of cooperative relations.
pub const SUPPORT_COLOR: &str = "#1e8449";

/// Why a picture could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// Graphviz's `dot` is not installed.
    #[error("Graphviz's `dot` program was not found; install Graphviz (e.g. `apt-get install graphviz`) or omit --render")]
    GraphvizMissing,
    /// `dot` ran and failed.
    #[error("Graphviz failed: {0}")]
    Graphviz(String),
}

/// Output formats of `--render`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RenderFormat {
    /// Scalable vector graphics.
    Svg,
    /// Portable network graphics.
    Png,
    /// PDF.
    Pdf,
}

/// Quotes a string as a DOT identifier: backslashes, quotes and line breaks escaped.
///
/// ```
/// assert_eq!(actorgraph::dot::quote("a \"b\"\n"), r#""a \"b\"\n""#);
/// ```
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn attr(k: &str, v: &str) -> Attribute {
    Attribute(Id::Plain(k.to_owned()), Id::Escaped(quote(v)))
}

fn shape(class: Option<&str>) -> &'static str {
    match class {
        Some("State") => "box",
        Some("Agency") => "component",
        Some("Person") => "ellipse",
        Some("MediaOutlet") => "note",
        Some("Organization") => "hexagon",
        Some("Group") => "octagon",
        _ => "plaintext",
    }
}

/// The DOT AST of a network: actors clustered by the state they roll up to, shape by kind,
/// red against / green support, pen width growing with the count, a tooltip with categories,
/// dates and sources, a link to the evidence, and a legend.
pub fn to_graph(net: &Network) -> Graph {
    let g = &net.graph;
    let mut stmts = vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("rankdir", if g.node_count() > 12 { "LR" } else { "TB" }),
            attr("fontname", "Helvetica"),
            attr("fontsize", "10"),
            attr("overlap", "false"),
            attr("splines", "true"),
            attr("nodesep", "0.3"),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("fontname", "Helvetica"),
            attr("fontsize", "11"),
            attr("style", "filled"),
            attr("fillcolor", "#f4f6f7"),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![
            attr("fontname", "Helvetica"),
            attr("fontsize", "9"),
        ])),
    ];
    let id = |i: NodeIndex| NodeId(Id::Escaped(quote(&g[i].iri)), None);
    let node = |i: NodeIndex| {
        let a = &g[i];
        Stmt::Node(Node::new(
            id(i),
            vec![
                attr("label", &a.label),
                attr("shape", shape(a.class.as_deref())),
                attr(
                    "tooltip",
                    &format!("{} ({})", a.label, a.class.as_deref().unwrap_or("actor")),
                ),
            ],
        ))
    };
    // Clusters: every actor whose top is another actor of the network, with that top.
    let by_iri: BTreeMap<&str, NodeIndex> =
        g.node_indices().map(|i| (g[i].iri.as_str(), i)).collect();
    let mut clusters: BTreeMap<NodeIndex, Vec<NodeIndex>> = BTreeMap::new();
    for i in g.node_indices() {
        let top = g[i].top.as_deref().filter(|t| *t != g[i].iri);
        if let Some(&t) = top.and_then(|t| by_iri.get(t)) {
            clusters.entry(t).or_default().push(i);
        }
    }
    let mut clustered: BTreeSet<NodeIndex> = BTreeSet::new();
    for (n, (top, members)) in clusters.iter().enumerate() {
        let mut inner = vec![
            Stmt::Attribute(Attribute(
                Id::Plain("label".into()),
                Id::Escaped(quote(&g[*top].label)),
            )),
            Stmt::Attribute(Attribute(
                Id::Plain("style".into()),
                Id::Escaped(quote("rounded,dashed")),
            )),
            Stmt::Attribute(Attribute(
                Id::Plain("color".into()),
                Id::Escaped(quote("#aab7b8")),
            )),
            node(*top),
        ];
        clustered.insert(*top);
        for m in members {
            inner.push(node(*m));
            clustered.insert(*m);
        }
        stmts.push(Stmt::Subgraph(Subgraph {
            id: Id::Plain(format!("cluster_{n}")),
            stmts: inner,
        }));
    }
    for i in g.node_indices().filter(|i| !clustered.contains(i)) {
        stmts.push(node(i));
    }
    for e in g.edge_indices() {
        let Some((s, t)) = g.edge_endpoints(e) else {
            continue;
        };
        let r = &g[e];
        let color = if r.stance == "support" {
            SUPPORT_COLOR
        } else {
            AGAINST_COLOR
        };
        let width = 1.0 + (r.count as f64).log2();
        let categories: Vec<&str> = r.categories.iter().map(String::as_str).collect();
        let dates = match (&r.first, &r.last) {
            (Some(f), Some(l)) if f == l => format!("; {f}"),
            (Some(f), Some(l)) => format!("; {f} to {l}"),
            _ => String::new(),
        };
        let tooltip = format!(
            "{} {} {}: {} interaction{} ({}){dates}; {} source{}",
            g[s].label,
            r.stance,
            g[t].label,
            r.count,
            if r.count == 1 { "" } else { "s" },
            categories.join(", "),
            r.documents.len(),
            if r.documents.len() == 1 { "" } else { "s" },
        );
        let mut attributes = vec![
            attr("color", color),
            attr("fontcolor", color),
            attr("label", &r.count.to_string()),
            attr("penwidth", &format!("{width:.1}")),
            attr("tooltip", &tooltip),
        ];
        if let Some(first) = r.interactions.first() {
            attributes.push(attr("URL", first));
        }
        stmts.push(Stmt::Edge(Edge {
            ty: EdgeTy::Pair(Vertex::N(id(s)), Vertex::N(id(t))),
            attributes,
        }));
    }
    if g.edge_count() > 0 {
        stmts.push(legend());
    }
    Graph::DiGraph {
        id: Id::Plain("actorgraph".to_owned()),
        strict: false,
        stmts,
    }
}

/// A small legend: one red and one green sample edge.
fn legend() -> Stmt {
    let point = |name: &str| {
        Stmt::Node(Node::new(
            NodeId(Id::Plain(name.to_owned()), None),
            vec![
                attr("shape", "point"),
                attr("width", "0.05"),
                attr("label", ""),
            ],
        ))
    };
    let sample = |a: &str, b: &str, label: &str, color: &str| {
        Stmt::Edge(Edge {
            ty: EdgeTy::Pair(
                Vertex::N(NodeId(Id::Plain(a.to_owned()), None)),
                Vertex::N(NodeId(Id::Plain(b.to_owned()), None)),
            ),
            attributes: vec![
                attr("label", label),
                attr("color", color),
                attr("fontcolor", color),
            ],
        })
    };
    Stmt::Subgraph(Subgraph {
        id: Id::Plain("cluster_legend".to_owned()),
        stmts: vec![
            Stmt::Attribute(Attribute(
                Id::Plain("label".into()),
                Id::Escaped(quote("Legend (label = interactions)")),
            )),
            Stmt::Attribute(Attribute(
                Id::Plain("color".into()),
                Id::Escaped(quote("#d5d8dc")),
            )),
            point("legend_a1"),
            point("legend_a2"),
            point("legend_s1"),
            point("legend_s2"),
            sample("legend_a1", "legend_a2", "against", AGAINST_COLOR),
            sample("legend_s1", "legend_s2", "support", SUPPORT_COLOR),
        ],
    })
}

/// The DOT text of a network.
pub fn to_dot(net: &Network) -> String {
    let mut text = graphviz_rust::print(to_graph(net), &mut PrinterContext::default());
    text.push('\n');
    text
}

/// Renders DOT text with Graphviz's `dot`.
pub fn render(dot: &str, format: RenderFormat) -> Result<Vec<u8>, RenderError> {
    let f = match format {
        RenderFormat::Svg => Format::Svg,
        RenderFormat::Png => Format::Png,
        RenderFormat::Pdf => Format::Pdf,
    };
    graphviz_rust::exec_dot(dot.to_owned(), vec![CommandArg::Format(f)]).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            RenderError::GraphvizMissing
        } else {
            RenderError::Graphviz(e.to_string().trim().to_owned())
        }
    })
}
