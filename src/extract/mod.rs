//! (document, [`Lexicon`]) → interactions. Pure: no I/O, no clock, no randomness.
//!
//! The extractor is rule-based and general: it finds actor mentions with the gazetteer (names,
//! aliases, demonym adjectives, plural demonyms, person surnames), finds cue words in their
//! inflected forms, and links them with clause patterns:
//! - active clauses: `SUBJECT … CUE-verb … OBJECT`;
//! - passives: `OBJECT was CUE-participle by SUBJECT` (also reduced: `OBJECT CUE-participle by …`);
//! - nominal events: `SUBJECT's CUE-noun of/on/against OBJECT`, `the CUE-noun of OBJECT by SUBJECT`,
//!   `SUBJECT light-verb (a) CUE-noun against OBJECT` ("conducted raids on");
//! - coordination: every pair of coordinated subjects and objects is an interaction;
//! - modality: negated, hypothetical (hedges), reported (with the speaker) or asserted.

mod mentions;
mod patterns;

use crate::lexicon::{Category, Lexicon, Stance};
use crate::text::{self, CodePoints, Document};
pub use mentions::{Mention, MentionForm};

/// How the text presents an interaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Stated as fact by the article.
    Asserted,
    /// Attributed to a speaker ("X said that …", "according to X").
    Reported,
    /// Denied ("has never threatened").
    Negated,
    /// Possible, planned or conditional ("may consider").
    Hypothetical,
}

impl Modality {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Reported => "reported",
            Modality::Negated => "negated",
            Modality::Hypothetical => "hypothetical",
        }
    }

    /// Whether the default output (for scoring and for the graph) keeps this modality.
    pub fn is_factual(self) -> bool {
        matches!(self, Modality::Asserted | Modality::Reported)
    }
}

/// One directed interaction found in one sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interaction {
    /// Index of the sentence in the document.
    pub sentence: usize,
    /// Actor id of the source.
    pub source: String,
    /// Actor id of the target.
    pub target: String,
    /// Against or support.
    pub stance: Stance,
    /// PLOVER category.
    pub category: Category,
    /// PLOVER mode, where the cue gives one.
    pub mode: Option<String>,
    /// Asserted, reported, negated or hypothetical.
    pub modality: Modality,
    /// Actor id of the reporting speaker, for reported interactions.
    pub speaker: Option<String>,
    /// The cue as written in the text.
    pub cue: String,
    /// Byte span of the quote (the sentence) in the document text.
    pub start: usize,
    /// End of the byte span.
    pub end: usize,
    /// Code-point offset of the quote's start, as W3C Web Annotation counts.
    pub start_cp: usize,
    /// Code-point offset of the quote's end.
    pub end_cp: usize,
}

/// The extractor, with its lexicon compiled into matchers. Build it once, use it on many
/// documents (it is `Sync`).
#[derive(Debug)]
pub struct Extractor<'l> {
    lex: &'l Lexicon,
    mentions: mentions::MentionFinder,
    cues: patterns::CueIndex,
}

impl<'l> Extractor<'l> {
    /// Compiles the lexicon's names and cues into matchers.
    pub fn new(lex: &'l Lexicon) -> Self {
        Extractor {
            lex,
            mentions: mentions::MentionFinder::new(lex),
            cues: patterns::CueIndex::new(lex),
        }
    }

    /// The lexicon this extractor uses.
    pub fn lexicon(&self) -> &'l Lexicon {
        self.lex
    }

    /// Sentence spans of a document, as the extractor splits it.
    pub fn sentences(&self, doc: &Document) -> Vec<text::Sentence> {
        text::sentences(
            &doc.text,
            self.lex.words.set(crate::lexicon::WordClass::Abbreviation),
        )
    }

    /// Every interaction in the document, all modalities, sorted by position then actors.
    pub fn extract(&self, doc: &Document) -> Vec<Interaction> {
        let cps = CodePoints::new(&doc.text);
        let mut out = Vec::new();
        for s in self.sentences(doc) {
            let toks = text::tokens(&doc.text, s.start, s.end);
            let ments = self.mentions.find(&doc.text, &toks);
            for f in patterns::find(self.lex, &self.cues, &doc.text, &toks, &ments) {
                let (src, tgt) = (&ments[f.source].actor, &ments[f.target].actor);
                if src == tgt {
                    continue;
                }
                let cue = self.lex.cues.get(f.cue).map_or("", |c| c.lemma.as_str());
                let _ = cue;
                let c = &self.lex.cues[f.cue];
                out.push(Interaction {
                    sentence: s.index,
                    source: src.clone(),
                    target: tgt.clone(),
                    stance: c.stance,
                    category: c.category,
                    mode: c.mode.clone(),
                    modality: f.modality,
                    speaker: f.speaker.map(|m| ments[m].actor.clone()),
                    cue: doc.text[toks[f.cue_tok].start..toks[f.cue_end - 1].end].to_owned(),
                    start: s.start,
                    end: s.end,
                    start_cp: cps.at(s.start),
                    end_cp: cps.at(s.end),
                });
            }
        }
        out.sort_by(|a, b| {
            (a.start, &a.source, &a.target, a.category, a.modality)
                .cmp(&(b.start, &b.source, &b.target, b.category, b.modality))
        });
        out.dedup_by(|a, b| {
            (a.start, &a.source, &a.target, a.category)
                == (b.start, &b.source, &b.target, b.category)
        });
        out
    }
}
