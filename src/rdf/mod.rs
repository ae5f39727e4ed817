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
use crate::lexicon::{Kind, Lexicon, SourceFile};
use crate::text::{sha256_hex, CodePoints, Document};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use vocab::{AG, DCTERMS, NIF, OA, OWL, PLOVER, PROV, RDF, RDFS, SKOS, VOID, WD, XSD};

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

    /// The common prefix of every document graph.
    pub fn document_graph_prefix(&self) -> String {
        format!("{}graph/doc/", self.base)
    }

    /// The quad whose presence says a document's graph is already up to date: its extraction
    /// activity (same text, lexicon and software version) typed `prov:Activity` in its graph.
    pub fn up_to_date_marker(&self, doc: &Document, lex: &Lexicon) -> Quad {
        Quad::new(
            NamedOrBlankNode::NamedNode(self.extraction_activity(doc, lex)),
            term_iri(RDF, "type"),
            Term::NamedNode(term_iri(PROV, "Activity")),
            GraphName::NamedNode(self.document_graph(doc)),
        )
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
    pub fn document_quads(&self, doc: &Document, ex: &Extraction, lex: &Lexicon) -> Vec<Quad> {
        let interactions: &[Interaction] = &ex.interactions;
        let g = GraphName::NamedNode(self.document_graph(doc));
        let mut q = Quads { g, out: Vec::new() };
        let d = self.document(doc);
        q.add(&d, RDF, "type", term_iri(AG, "Document"));
        q.add(&d, RDF, "type", term_iri(PROV, "Entity"));
        q.identity(&d, &doc.name, &doc.hash);
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
        let activity = self.extraction_activity(doc, lex);
        q.add(&activity, RDF, "type", term_iri(PROV, "Activity"));
        q.add(&activity, PROV, "used", d.clone());
        for f in &lex.sources {
            q.add(&activity, PROV, "used", self.lexicon_file(f));
        }
        q.add(&activity, PROV, "wasAssociatedWith", self.software_agent());
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
                q.lit(&n, AG, "eventDate", date_literal(date));
                q.add(&n, AG, "datePrecision", term_iri(AG, p.as_str()));
            }
            q.add(&n, PROV, "wasDerivedFrom", d.clone());
            q.add(&n, PROV, "wasGeneratedBy", activity.clone());

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
            let top = ex.top(&a.id).map(|t| t.id.as_str());
            let n = self.describe_actor(&mut q, &a.id, &a.label, a.kind, a.parent.as_deref(), top);
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
            let top = lex.top(&a.id).map(|t| t.id.as_str());
            let n = self.describe_actor(&mut q, &a.id, &a.label, a.kind, a.parent.as_deref(), top);
            for alias in &a.aliases {
                q.lit(
                    &n,
                    SKOS,
                    "altLabel",
                    Literal::new_language_tagged_literal_unchecked(alias, "en"),
                );
            }
            if let Some(r) = &a.role {
                q.lit(&n, AG, "role", Literal::new_simple_literal(r));
            }
            if let Some(qid) = &a.qid {
                q.add(&n, OWL, "sameAs", iri(format!("{WD}{qid}")));
            }
            if let Some(p) = &a.parent {
                // The affiliation as an n-ary node, with its role and time span where known.
                let f = iri(format!("{}affiliation/{}", self.base, a.id));
                q.add(&n, AG, "affiliation", f.clone());
                q.add(&f, RDF, "type", term_iri(AG, "Affiliation"));
                q.add(&f, AG, "member", n.clone());
                q.add(&f, AG, "organization", self.actor(p));
                if let Some(r) = &a.role {
                    q.lit(&f, AG, "role", Literal::new_simple_literal(r));
                }
                if let Some(d) = &a.start {
                    q.lit(&f, AG, "start", date_literal(d));
                }
                if let Some(d) = &a.end {
                    q.lit(&f, AG, "end", date_literal(d));
                }
            }
        }
        for f in &lex.sources {
            let e = self.lexicon_file(f);
            q.add(&e, RDF, "type", term_iri(PROV, "Entity"));
            q.identity(&e, &f.name, &f.hash);
        }
        let agent = self.software_agent();
        q.add(&agent, RDF, "type", term_iri(PROV, "SoftwareAgent"));
        q.lit(
            &agent,
            RDFS,
            "label",
            Literal::new_simple_literal(format!("actorgraph {}", env!("CARGO_PKG_VERSION"))),
        );
        q.out
    }

    /// What every actor node says, lexicon or discovered: its classes, preferred label, parent
    /// and roll-up. Returns the actor's IRI.
    fn describe_actor(
        &self,
        q: &mut Quads,
        id: &str,
        label: &str,
        kind: Kind,
        parent: Option<&str>,
        top: Option<&str>,
    ) -> NamedNode {
        let n = self.actor(id);
        q.add(&n, RDF, "type", term_iri(AG, "Actor"));
        q.add(&n, RDF, "type", term_iri(AG, class_of(kind)));
        q.lit(
            &n,
            SKOS,
            "prefLabel",
            Literal::new_language_tagged_literal_unchecked(label, "en"),
        );
        if let Some(p) = parent {
            q.add(&n, AG, "parent", self.actor(p));
        }
        if let Some(t) = top {
            q.add(&n, AG, "rollsUpTo", self.actor(t));
        }
        n
    }

    /// The entity of one lexicon file (by content hash).
    fn lexicon_file(&self, f: &SourceFile) -> NamedNode {
        iri(format!("{}lexicon/{}/{}", self.base, f.name, &f.hash[..16]))
    }

    /// The software agent: this program at this version.
    fn software_agent(&self) -> NamedNode {
        iri(format!(
            "{}agent/actorgraph/{}",
            self.base,
            env!("CARGO_PKG_VERSION")
        ))
    }

    /// The extraction of one document with one lexicon by this version: a `prov:Activity`
    /// minted from those three, so re-runs mint the same IRI.
    pub fn extraction_activity(&self, doc: &Document, lex: &Lexicon) -> NamedNode {
        let mut key = format!("{}|{}", doc.hash, env!("CARGO_PKG_VERSION"));
        for f in &lex.sources {
            key.push('|');
            key.push_str(&f.hash);
        }
        iri(format!(
            "{}activity/{}",
            self.base,
            &sha256_hex(key.as_bytes())[..16]
        ))
    }

    /// The graph of cross-document relations.
    pub fn relations_graph(&self) -> NamedNode {
        iri(format!("{}graph/relations", self.base))
    }

    /// The graph of the VoID description.
    pub fn void_graph(&self) -> NamedNode {
        iri(format!("{}graph/void", self.base))
    }

    /// The graph of the last build run (timestamps): the only graph that differs between runs.
    pub fn run_graph(&self) -> NamedNode {
        iri(format!("{}graph/run", self.base))
    }

    /// One `ag:Relation` per (source, target, stance, category), aggregating every interaction
    /// behind it: count, first and last event date, and a link to each interaction.
    pub fn relation_quads(&self, rows: &[RelationRow]) -> Vec<Quad> {
        let mut groups: std::collections::BTreeMap<(&str, &str, &str, &str), Vec<&RelationRow>> =
            std::collections::BTreeMap::new();
        for r in rows {
            groups
                .entry((&r.source, &r.target, &r.stance, &r.category))
                .or_default()
                .push(r);
        }
        let mut q = Quads {
            g: GraphName::NamedNode(self.relations_graph()),
            out: Vec::new(),
        };
        for ((s, t, stance, cat), members) in groups {
            let key = format!("{s}|{t}|{stance}|{cat}");
            let n = iri(format!(
                "{}relation/{}",
                self.base,
                &sha256_hex(key.as_bytes())[..16]
            ));
            q.add(&n, RDF, "type", term_iri(AG, "Relation"));
            q.add(&n, AG, "source", iri(s));
            q.add(&n, AG, "target", iri(t));
            q.add(&n, AG, "stance", iri(stance));
            q.add(&n, AG, "category", iri(cat));
            let mut interactions: Vec<&str> =
                members.iter().map(|m| m.interaction.as_str()).collect();
            interactions.sort_unstable();
            interactions.dedup();
            q.lit(&n, AG, "count", Literal::from(interactions.len() as i64));
            let dates: Vec<&String> = members.iter().filter_map(|m| m.date.as_ref()).collect();
            if let (Some(first), Some(last)) = (dates.iter().min(), dates.iter().max()) {
                q.lit(&n, AG, "firstDate", date_literal(first));
                q.lit(&n, AG, "lastDate", date_literal(last));
            }
            for i in interactions {
                q.add(&n, AG, "interaction", iri(i));
            }
            let mut documents: Vec<&str> = members.iter().map(|m| m.document.as_str()).collect();
            documents.sort_unstable();
            documents.dedup();
            for d in documents {
                q.add(&n, AG, "document", iri(d));
            }
        }
        q.out
    }

    /// The VoID description of the dataset.
    pub fn void_quads(&self, stats: &VoidStats) -> Vec<Quad> {
        let mut q = Quads {
            g: GraphName::NamedNode(self.void_graph()),
            out: Vec::new(),
        };
        let d = iri(format!("{}dataset", self.base));
        q.add(&d, RDF, "type", term_iri(VOID, "Dataset"));
        q.lit(
            &d,
            DCTERMS,
            "title",
            Literal::new_simple_literal("actorgraph actor-relationship graph"),
        );
        q.lit(&d, VOID, "triples", Literal::from(stats.triples as i64));
        q.lit(&d, VOID, "entities", Literal::from(stats.entities as i64));
        q.lit(&d, VOID, "classes", Literal::from(stats.classes as i64));
        q.lit(
            &d,
            VOID,
            "properties",
            Literal::from(stats.properties as i64),
        );
        q.lit(&d, VOID, "documents", Literal::from(stats.documents as i64));
        for (_, ns) in vocab::PREFIXES {
            q.add(&d, VOID, "vocabulary", iri(ns));
        }
        q.out
    }

    /// The run graph: when the last build ran, over which documents and lexicon files, by
    /// which software.
    pub fn run_quads(
        &self,
        started: &str,
        ended: &str,
        docs: &[String],
        lex: &Lexicon,
    ) -> Vec<Quad> {
        let mut q = Quads {
            g: GraphName::NamedNode(self.run_graph()),
            out: Vec::new(),
        };
        let run = iri(format!("{}run/latest", self.base));
        q.add(&run, RDF, "type", term_iri(PROV, "Activity"));
        q.add(&run, PROV, "wasAssociatedWith", self.software_agent());
        let dt = |s: &str| Literal::new_typed_literal(s, term_iri(XSD, "dateTime"));
        q.lit(&run, PROV, "startedAtTime", dt(started));
        q.lit(&run, PROV, "endedAtTime", dt(ended));
        for short_hash in docs {
            q.add(
                &run,
                PROV,
                "used",
                iri(format!("{}doc/{short_hash}", self.base)),
            );
        }
        for f in &lex.sources {
            q.add(&run, PROV, "used", self.lexicon_file(f));
        }
        q.out
    }
}

/// One interaction as the relations graph needs it (IRIs as strings).
#[derive(Debug, Clone)]
pub struct RelationRow {
    /// Interaction IRI.
    pub interaction: String,
    /// Source actor IRI.
    pub source: String,
    /// Target actor IRI.
    pub target: String,
    /// Stance IRI.
    pub stance: String,
    /// PLOVER category IRI.
    pub category: String,
    /// Event date, ISO.
    pub date: Option<String>,
    /// IRI of the document the interaction comes from.
    pub document: String,
}

/// Counts for the VoID description.
#[derive(Debug, Clone, Copy, Default)]
pub struct VoidStats {
    /// Triples (quads) outside the VoID and run graphs.
    pub triples: usize,
    /// Distinct subjects.
    pub entities: usize,
    /// Distinct classes.
    pub classes: usize,
    /// Distinct properties.
    pub properties: usize,
    /// Documents.
    pub documents: usize,
}

/// An ISO date of any precision as a typed literal (xsd:gYear, xsd:gYearMonth, xsd:date).
fn date_literal(d: &str) -> Literal {
    let dt = match d.len() {
        4 => "gYear",
        7 => "gYearMonth",
        _ => "date",
    };
    Literal::new_typed_literal(d, term_iri(XSD, dt))
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
    /// A file's identity: its name and the SHA-256 of its content.
    fn identity(&mut self, n: &NamedNode, name: &str, sha256: &str) {
        self.lit(n, DCTERMS, "identifier", Literal::new_simple_literal(name));
        self.lit(
            n,
            AG,
            "contentHash",
            Literal::new_simple_literal(format!("sha256:{sha256}")),
        );
    }

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
