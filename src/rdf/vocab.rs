//! Vocabulary IRIs used in the data. A test checks every `ag:` term here is declared in
//! `ontology/actorgraph.ttl`, and every PLOVER category in `ontology/plover.ttl`.

/// The actorgraph ontology namespace.
pub const AG: &str = "https://w3id.org/actorgraph/ontology#";
/// The PLOVER concept scheme namespace (categories as SKOS concepts).
pub const PLOVER: &str = "https://w3id.org/actorgraph/plover#";
/// W3C Web Annotation.
pub const OA: &str = "http://www.w3.org/ns/oa#";
/// PROV-O.
pub const PROV: &str = "http://www.w3.org/ns/prov#";
/// SKOS.
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
/// Dublin Core terms.
pub const DCTERMS: &str = "http://purl.org/dc/terms/";
/// OWL.
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
/// RDF.
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
/// RDFS.
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
/// XML Schema datatypes.
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
/// NIF core (the document text as `nif:isString`).
pub const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
/// VoID.
pub const VOID: &str = "http://rdfs.org/ns/void#";
/// Wikidata entities.
pub const WD: &str = "http://www.wikidata.org/entity/";
/// The default base IRI for minted resources.
pub const DEFAULT_BASE: &str = "https://w3id.org/actorgraph/id/";

/// Prefixes used when writing Turtle and TriG.
pub const PREFIXES: [(&str, &str); 13] = [
    ("void", VOID),
    ("ag", AG),
    ("plover", PLOVER),
    ("oa", OA),
    ("prov", PROV),
    ("skos", SKOS),
    ("dcterms", DCTERMS),
    ("owl", OWL),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("xsd", XSD),
    ("nif", NIF),
    ("wd", WD),
];

/// Local names of the `ag:` classes used in the data.
pub const AG_CLASSES: [&str; 11] = [
    "Affiliation",
    "Relation",
    "Actor",
    "State",
    "Agency",
    "Person",
    "MediaOutlet",
    "Organization",
    "Group",
    "Interaction",
    "Document",
];

/// Local names of the `ag:` properties used in the data.
pub const AG_PROPERTIES: [&str; 25] = [
    "affiliation",
    "member",
    "organization",
    "start",
    "end",
    "count",
    "firstDate",
    "lastDate",
    "interaction",
    "document",
    "eventDate",
    "datePrecision",
    "source",
    "target",
    "stance",
    "category",
    "mode",
    "modality",
    "speaker",
    "cue",
    "sentenceIndex",
    "parent",
    "rollsUpTo",
    "role",
    "contentHash",
];

/// Local names of the `ag:` individuals (stances and modalities).
pub const AG_INDIVIDUALS: [&str; 10] = [
    "day",
    "month",
    "year",
    "publication",
    "against",
    "support",
    "asserted",
    "reported",
    "negated",
    "hypothetical",
];
