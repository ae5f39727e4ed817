//! Network → graphviz-rust DOT AST → DOT text, or a picture rendered by Graphviz's `dot`.
//!
//! Nodes and edges come out in the network's sorted order, so the DOT text is stable for goldens.

use crate::graph::Network;
use graphviz_rust::cmd::{CommandArg, Format};
use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Vertex,
};
use graphviz_rust::printer::PrinterContext;

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

/// The DOT AST of a network.
pub fn to_graph(net: &Network) -> Graph {
    let mut stmts = vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr(
                "rankdir",
                if net.graph.node_count() > 12 {
                    "LR"
                } else {
                    "TB"
                },
            ),
            attr("fontname", "Helvetica"),
            attr("overlap", "false"),
            attr("splines", "true"),
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
    let id = |i: petgraph::graph::NodeIndex| NodeId(Id::Escaped(quote(&net.graph[i].iri)), None);
    for n in net.graph.node_indices() {
        let a = &net.graph[n];
        stmts.push(Stmt::Node(Node::new(
            id(n),
            vec![
                attr("label", &a.label),
                attr("shape", shape(a.class.as_deref())),
            ],
        )));
    }
    for e in net.graph.edge_indices() {
        let Some((s, t)) = net.graph.edge_endpoints(e) else {
            continue;
        };
        let r = &net.graph[e];
        let color = if r.stance == "support" {
            SUPPORT_COLOR
        } else {
            AGAINST_COLOR
        };
        let width = 1.0 + (r.count as f64).log2();
        stmts.push(Stmt::Edge(Edge {
            ty: EdgeTy::Pair(Vertex::N(id(s)), Vertex::N(id(t))),
            attributes: vec![
                attr("color", color),
                attr("fontcolor", color),
                attr("label", &r.count.to_string()),
                attr("penwidth", &format!("{width:.1}")),
                attr(
                    "tooltip",
                    &format!(
                        "{} {} {} ({})",
                        net.graph[s].label, r.stance, net.graph[t].label, r.count
                    ),
                ),
            ],
        }));
    }
    Graph::DiGraph {
        id: Id::Plain("actorgraph".to_owned()),
        strict: false,
        stmts,
    }
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
