//! Interactions → quads. The only module that mints IRIs; every IRI is derived from content
//! (document hash, span, actor ids, category), never from a counter or a clock, so the same
//! input always yields the same dataset.
//!
//! Shape (see `ontology/README.md`):
//! - one named graph per document, `{base}graph/doc/{hash16}`, holding the document (title,
//!   publisher, date, content hash, text as `nif:isString`), its interactions (n-ary nodes with
//!   source, target, stance, PLOVER category, modality, speaker, `prov:wasDerivedFrom` the
//!   document) and one `oa:Annotation` per interaction whose target selects the quote with an
//!   `oa:TextQuoteSelector` and an `oa:TextPositionSelector` (code points);
//! - the graph `{base}graph/lexicon` with every lexicon actor (class by kind, SKOS labels,
//!   parent, roll-up, `owl:sameAs` Wikidata).

pub mod vocab;

use crate::extract::{Extraction, Interaction};
use crate::lexicon::{Kind, Lexicon};
use crate::text::{sha256_hex, CodePoints, Document};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use vocab::{AG, DCTERMS, NIF, OA, OWL, PLOVER, PROV, RDF, SKOS, WD, XSD};

/// Characters of context kept in `oa:prefix` and `oa:suffix`.
const CONTEXT_CHARS: usize = 32;

/// Why an IRI could not be minted.
#[derive(Debug, thiserror::Error)]
pub enum RdfError {
    /// The base IRI is not an absolute IRI ending in `/` or `#`.
    #[error("base IRI {0:?} is not an absolute IRI ending in '/' or '#'; give one like https://example.org/kg/")]
    BadBase(String),
}

/// Mints IRIs under one base.
#[derive(Debug, Clone)]
pub struct Minter {
    base: String,
}

fn iri(s: impl Into<String>) -> NamedNode {
    NamedNode::new_unchecked(s)
}

fn term_iri(ns: &str, local: &str) -> NamedNode {
    iri(format!("{ns}{local}"))
}

impl Minter {
    /// A minter for `base` (checked: absolute IRI ending in `/` or `#`).
    pub fn new(base: &str) -> Result<Self, RdfError> {
        let ok = NamedNode::new(base).is_ok() && (base.ends_with('/') || base.ends_with('#'));
        if ok {
            Ok(Minter {
                base: base.to_owned(),
            })
        } else {
            Err(RdfError::BadBase(base.to_owned()))
        }
    }

    /// The default base, [`vocab::DEFAULT_BASE`].
    pub fn default_base() -> Self {
        Minter {
            base: vocab::DEFAULT_BASE.to_owned(),
        }
    }

    /// IRI of a document.
    pub fn document(&self, doc: &Document) -> NamedNode {
        iri(format!("{}doc/{}", self.base, doc.short_hash()))
    }

    /// Named graph of a document.
    pub fn document_graph(&self, doc: &Document) -> NamedNode {
        iri(format!("{}graph/doc/{}", self.base, doc.short_hash()))
    }

    /// The graph holding the lexicon's actors.
    pub fn lexicon_graph(&self) -> NamedNode {
        iri(format!("{}graph/lexicon", self.base))
    }

    /// IRI of an actor.
    pub fn actor(&self, id: &str) -> NamedNode {
        iri(format!("{}actor/{id}", self.base))
    }

    fn interaction_key(doc: &Document, i: &Interaction) -> String {
        let key = format!(
            "{}|{}|{}|{}|{}|{}|{}",
            doc.hash,
            i.start_cp,
            i.end_cp,
            i.source,
            i.target,
            i.category,
            i.modality.as_str()
        );
        sha256_hex(key.as_bytes())[..16].to_owned()
    }

    /// All quads of one document's graph: the document, its interactions with their
    /// annotations, and the actors discovered in it (lexicon actors live in the lexicon graph).
    pub fn document_quads(&self, doc: &Document, ex: &Extraction) -> Vec<Quad> {
        let interactions: &[Interaction] = &ex.interactions;
        let g = GraphName::NamedNode(self.document_graph(doc));
        let mut q = Quads { g, out: Vec::new() };
        let d = self.document(doc);
        q.add(&d, RDF, "type", term_iri(AG, "Document"));
        q.add(&d, RDF, "type", term_iri(PROV, "Entity"));
        q.lit(
            &d,
            DCTERMS,
            "identifier",
            Literal::new_simple_literal(&doc.name),
        );
        q.lit(
            &d,
            AG,
            "contentHash",
            Literal::new_simple_literal(format!("sha256:{}", doc.hash)),
        );
        q.lit(&d, NIF, "isString", Literal::new_simple_literal(&doc.text));
        if let Some(t) = &doc.meta.title {
            q.lit(&d, DCTERMS, "title", Literal::new_simple_literal(t));
        }
        if let Some(p) = &doc.meta.publisher {
            q.lit(&d, DCTERMS, "publisher", Literal::new_simple_literal(p));
        }
        if let Some(date) = &doc.meta.issued {
            q.lit(
                &d,
                DCTERMS,
                "issued",
                Literal::new_typed_literal(date, term_iri(XSD, "date")),
            );
        }
        if let Some(u) = doc.meta.url.as_deref().and_then(|u| NamedNode::new(u).ok()) {
            q.add(&d, DCTERMS, "source", u);
        }
        let cps = CodePoints::new(&doc.text);
        for i in interactions {
            let key = Self::interaction_key(doc, i);
            let n = iri(format!("{}interaction/{key}", self.base));
            q.add(&n, RDF, "type", term_iri(AG, "Interaction"));
            q.add(&n, AG, "source", self.actor(&i.source));
            q.add(&n, AG, "target", self.actor(&i.target));
            q.add(&n, AG, "stance", term_iri(AG, i.stance.as_str()));
            q.add(&n, AG, "category", term_iri(PLOVER, i.category.as_str()));
            if let Some(m) = &i.mode {
                q.lit(&n, AG, "mode", Literal::new_simple_literal(m));
            }
            q.add(&n, AG, "modality", term_iri(AG, i.modality.as_str()));
            if let Some(s) = &i.speaker {
                q.add(&n, AG, "speaker", self.actor(s));
            }
            q.lit(&n, AG, "cue", Literal::new_simple_literal(&i.cue));
            q.lit(&n, AG, "sentenceIndex", Literal::from(i.sentence as i64));
            if let (Some(date), Some(p)) = (&i.date, i.date_precision) {
                let dt = match date.len() {
                    4 => "gYear",
                    7 => "gYearMonth",
                    _ => "date",
                };
                q.lit(
                    &n,
                    AG,
                    "eventDate",
                    Literal::new_typed_literal(date, term_iri(XSD, dt)),
                );
                q.add(&n, AG, "datePrecision", term_iri(AG, p.as_str()));
            }
            q.add(&n, PROV, "wasDerivedFrom", d.clone());

            let a = iri(format!("{}annotation/{key}", self.base));
            let t = iri(format!("{}annotation/{key}/target", self.base));
            let qs = iri(format!("{}annotation/{key}/quote", self.base));
            let ps = iri(format!("{}annotation/{key}/position", self.base));
            q.add(&a, RDF, "type", term_iri(OA, "Annotation"));
            q.add(&a, OA, "motivatedBy", term_iri(OA, "describing"));
            q.add(&a, OA, "hasBody", n.clone());
            q.add(&a, OA, "hasTarget", t.clone());
            q.add(&t, RDF, "type", term_iri(OA, "SpecificResource"));
            q.add(&t, OA, "hasSource", d.clone());
            q.add(&t, OA, "hasSelector", qs.clone());
            q.add(&t, OA, "hasSelector", ps.clone());
            q.add(&qs, RDF, "type", term_iri(OA, "TextQuoteSelector"));
            q.lit(
                &qs,
                OA,
                "exact",
                Literal::new_simple_literal(&doc.text[i.start..i.end]),
            );
            q.lit(
                &qs,
                OA,
                "prefix",
                Literal::new_simple_literal(context_before(&doc.text, i.start)),
            );
            q.lit(
                &qs,
                OA,
                "suffix",
                Literal::new_simple_literal(context_after(&doc.text, i.end)),
            );
            q.add(&ps, RDF, "type", term_iri(OA, "TextPositionSelector"));
            let nn = |v: usize| {
                Literal::new_typed_literal(v.to_string(), term_iri(XSD, "nonNegativeInteger"))
            };
            q.lit(&ps, OA, "start", nn(cps.at(i.start)));
            q.lit(&ps, OA, "end", nn(cps.at(i.end)));
        }
        for a in ex.actors.values().filter(|a| a.discovered) {
            let n = self.actor(&a.id);
            q.add(&n, RDF, "type", term_iri(AG, "Actor"));
            q.add(&n, RDF, "type", term_iri(AG, class_of(a.kind)));
            q.lit(
                &n,
                SKOS,
                "prefLabel",
                Literal::new_language_tagged_literal_unchecked(&a.label, "en"),
            );
            if let Some(p) = &a.parent {
                q.add(&n, AG, "parent", self.actor(p));
            }
            if let Some(top) = ex.top(&a.id) {
                q.add(&n, AG, "rollsUpTo", self.actor(&top.id));
            }
            if let Some(r) = &a.role {
                q.lit(&n, AG, "role", Literal::new_simple_literal(r));
            }
            q.add(&n, PROV, "wasDerivedFrom", d.clone());
        }
        q.out
    }

    /// All quads of the lexicon graph: every actor with its class, labels, parent, roll-up and
    /// Wikidata identity.
    pub fn lexicon_quads(&self, lex: &Lexicon) -> Vec<Quad> {
        let mut q = Quads {
            g: GraphName::NamedNode(self.lexicon_graph()),
            out: Vec::new(),
        };
        for a in lex.actors() {
            let n = self.actor(&a.id);
            q.add(&n, RDF, "type", term_iri(AG, "Actor"));
            q.add(&n, RDF, "type", term_iri(AG, class_of(a.kind)));
            q.lit(
                &n,
                SKOS,
                "prefLabel",
                Literal::new_language_tagged_literal_unchecked(&a.label, "en"),
            );
            for alias in &a.aliases {
                q.lit(
                    &n,
                    SKOS,
                    "altLabel",
                    Literal::new_language_tagged_literal_unchecked(alias, "en"),
                );
            }
            if let Some(p) = &a.parent {
                q.add(&n, AG, "parent", self.actor(p));
            }
            if let Some(top) = lex.top(&a.id) {
                q.add(&n, AG, "rollsUpTo", self.actor(&top.id));
            }
            if let Some(r) = &a.role {
                q.lit(&n, AG, "role", Literal::new_simple_literal(r));
            }
            if let Some(qid) = &a.qid {
                q.add(&n, OWL, "sameAs", iri(format!("{WD}{qid}")));
            }
        }
        q.out
    }
}

/// The ontology class of an actor kind.
pub fn class_of(kind: Kind) -> &'static str {
    match kind {
        Kind::State => "State",
        Kind::Agency => "Agency",
        Kind::Person => "Person",
        Kind::Media => "MediaOutlet",
        Kind::Org => "Organization",
        Kind::Group => "Group",
    }
}

struct Quads {
    g: GraphName,
    out: Vec<Quad>,
}

impl Quads {
    fn add(&mut self, s: &NamedNode, ns: &str, p: &str, o: NamedNode) {
        self.push(s, ns, p, Term::NamedNode(o));
    }
    fn lit(&mut self, s: &NamedNode, ns: &str, p: &str, o: Literal) {
        self.push(s, ns, p, Term::Literal(o));
    }
    fn push(&mut self, s: &NamedNode, ns: &str, p: &str, o: Term) {
        self.out.push(Quad::new(
            NamedOrBlankNode::NamedNode(s.clone()),
            term_iri(ns, p),
            o,
            self.g.clone(),
        ));
    }
}

fn context_before(text: &str, at: usize) -> &str {
    let start = text[..at]
        .char_indices()
        .rev()
        .nth(CONTEXT_CHARS - 1)
        .map_or(0, |(i, _)| i);
    &text[start..at]
}

fn context_after(text: &str, at: usize) -> &str {
    let end = text[at..]
        .char_indices()
        .nth(CONTEXT_CHARS)
        .map_or(text.len(), |(i, _)| at + i);
    &text[at..end]
}
