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

mod dates;
mod discover;
mod mentions;
mod patterns;

use crate::lexicon::{Category, Lexicon, Stance};
use crate::text::{self, CodePoints, Document};
pub use dates::DatePrecision;
pub use discover::{slug, ActorInfo};
pub use mentions::{Mention, MentionForm};
use std::collections::{BTreeMap, BTreeSet};

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
    /// Event date: stated in the sentence (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`), else the
    /// publication date; `None` when neither is known.
    pub date: Option<String>,
    /// How precise `date` is, and whether it is the publication date.
    pub date_precision: Option<DatePrecision>,
}

/// Tokens of a sentence linked at once; longer runs are processed window by window.
const MAX_SENTENCE_TOKENS: usize = 400;
/// How many sentences after a headline are read for the full names of people it names by
/// surname alone.
const HEADLINE_LOOKAHEAD: usize = 12;

/// The extractor, with its lexicon compiled into matchers. Build it once, use it on many
/// documents (it is `Sync`).
#[derive(Debug)]
pub struct Extractor<'l> {
    lex: &'l Lexicon,
    mentions: mentions::MentionFinder,
    cues: patterns::CueIndex,
    /// A capitalised function word after a space (" Of ", " In "): the mark of a title-case
    /// sentence, looked for in one pass before anything else.
    title_words: Option<aho_corasick::AhoCorasick>,
}

/// Function words a title-case sentence capitalises and sentence case never does.
const TITLE_SMALL: [&str; 16] = [
    "of", "in", "on", "as", "to", "for", "and", "with", "over", "at", "by", "from", "after",
    "amid", "against", "into",
];

impl<'l> Extractor<'l> {
    /// Compiles the lexicon's names and cues into matchers.
    pub fn new(lex: &'l Lexicon) -> Self {
        let title_words = TITLE_SMALL.iter().map(|w| {
            let mut c = w.chars();
            let first = c.next().map(|f| f.to_ascii_uppercase()).unwrap_or(' ');
            format!(" {first}{} ", c.as_str())
        });
        Extractor {
            lex,
            mentions: mentions::MentionFinder::new(lex),
            cues: patterns::CueIndex::new(lex),
            title_words: aho_corasick::AhoCorasick::new(title_words).ok(),
        }
    }

    /// The lexicon this extractor uses.
    pub fn lexicon(&self) -> &'l Lexicon {
        self.lex
    }

    /// Sentence spans of a document, as the extractor splits it.
    pub fn sentences(&self, doc: &Document) -> Vec<text::Sentence> {
        use crate::lexicon::WordClass;
        let rules = text::SegmentRules {
            abbreviations: self.lex.words.set(WordClass::Abbreviation),
            furniture: self.lex.words.set(WordClass::Furniture),
            calendar: self.lex.words.set(WordClass::Calendar),
        };
        text::sentences(&doc.text, &rules)
    }

    /// The document's text with each title-case sentence ("Gondor Protests Treatment Of Its
    /// Citizens In Rohan") in sentence case: past its first word, a capitalised word that is no
    /// listed name and no acronym is lower-cased, so that its verbs read as verbs and its
    /// words make no names. A title-case sentence has at least four words, three in four of
    /// them capitalised, and a capitalised function word after its first ("Of", "In", "Over").
    /// Only ASCII letters change, so every offset stays valid.
    fn sentence_case<'d>(
        &self,
        doc: &'d Document,
        sentences: &[text::Sentence],
    ) -> std::borrow::Cow<'d, str> {
        let Some(title_words) = &self.title_words else {
            return std::borrow::Cow::Borrowed(&doc.text);
        };
        let mut bytes: Option<Vec<u8>> = None;
        for s in sentences {
            // One pass for a capitalised function word first: most sentences have none.
            let line = &doc.text[s.start..s.end];
            if !title_words.is_match(line) {
                continue;
            }
            let (mut count, mut capitals) = (0, 0);
            for w in line.split_whitespace() {
                if w.starts_with(char::is_alphabetic) {
                    count += 1;
                    capitals += usize::from(w.starts_with(char::is_uppercase));
                }
            }
            if count < 4 || 4 * capitals < 3 * count {
                continue;
            }
            let toks = text::tokens(&doc.text, s.start, s.end);
            let raw = |t: &text::Token| &doc.text[t.start..t.end];
            let words: Vec<usize> = (0..toks.len())
                .filter(|&i| {
                    raw(&toks[i])
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic)
                })
                .collect();
            let capital = |i: usize| raw(&toks[i]).starts_with(|c: char| c.is_uppercase());
            // A listed name in the sentence, or a word that is one on its own: a bare surname
            // before another capitalised word ("Putin Meets Erdogan") is read as part of a
            // longer name in the text as written.
            let ments = self.mentions.find(self.lex, &doc.text, &toks);
            let named = |i: usize| {
                ments.iter().any(|m| m.start <= i && i < m.end)
                    || !self
                        .mentions
                        .find(self.lex, &doc.text, &toks[i..i + 1])
                        .is_empty()
            };
            let buf = bytes.get_or_insert_with(|| doc.text.as_bytes().to_vec());
            for &i in words.iter().skip(1) {
                let w = raw(&toks[i]);
                if capital(i) && !named(i) && w.chars().any(char::is_lowercase) {
                    buf[toks[i].start].make_ascii_lowercase();
                }
            }
        }
        match bytes.and_then(|b| String::from_utf8(b).ok()) {
            Some(t) => std::borrow::Cow::Owned(t),
            None => std::borrow::Cow::Borrowed(&doc.text),
        }
    }

    /// The people the first sentence (a headline) names by a surname alone that no listed actor
    /// bears and that the next sentences give a full name ("Sunak cancels meeting …" …
    /// "Prime Minister Rishi Sunak"): learnt before the document is read, from a first reading
    /// of those sentences that keeps nothing else.
    fn learn_headline_surnames(
        &self,
        text: &str,
        sentences: &[text::Sentence],
        known: &mut discover::DocActors,
    ) {
        let Some(first) = sentences.first() else {
            return;
        };
        let toks = text::tokens(text, first.start, first.end);
        let toks = &toks[..toks.len().min(MAX_SENTENCE_TOKENS)];
        let ments = self.mentions.find(self.lex, text, toks);
        // A name, not a modifier of a noun ("Kakhovka dam"): what follows it is no word, or
        // a verb's present or past form ("Sunak cancels", "Butler launched"), "of" or "and".
        // Alone: no capitalised word beside it ("Elrond Half" is named in full).
        let capitalised = |t: &text::Token| text[t.start..t.end].starts_with(char::is_uppercase);
        let name_like = |i: usize| {
            let beside =
                (i > 0 && capitalised(&toks[i - 1])) || toks.get(i + 1).is_some_and(capitalised);
            !beside
                && toks.get(i + 1).is_none_or(|n| {
                    let next = &text[n.start..n.end];
                    !next.starts_with(char::is_lowercase)
                        || next.ends_with('s')
                        || next.ends_with("ed")
                        || matches!(next, "of" | "and" | "says" | "said")
                })
        };
        let mut wanted: Vec<&str> = toks
            .iter()
            .enumerate()
            .filter(|&(i, t)| {
                let word = &text[t.start..t.end];
                !ments.iter().any(|m| m.start <= i && i < m.end)
                    && word.chars().count() >= 3
                    && word.starts_with(char::is_uppercase)
                    && word.chars().skip(1).all(char::is_lowercase)
                    && !self.lex.words.is_any(&t.lower)
                    && name_like(i)
            })
            .map(|(_, t)| &text[t.start..t.end])
            .collect();
        wanted.dedup();
        if wanted.is_empty() {
            return;
        }
        let mut reading = discover::DocActors::default();
        reading.latest_year = known.latest_year;
        for s in sentences.iter().skip(1).take(HEADLINE_LOOKAHEAD) {
            // (Only the sentences that hold one of the words.)
            if !wanted.iter().any(|w| text[s.start..s.end].contains(w)) {
                continue;
            }
            let toks = text::tokens(text, s.start, s.end);
            let toks = &toks[..toks.len().min(MAX_SENTENCE_TOKENS)];
            let mut ments = self.mentions.find(self.lex, text, toks);
            discover::discover(self.lex, text, toks, &mut ments, &mut reading, &self.cues);
            wanted.retain(|w| !known.learn_surname(self.lex, &reading, w));
            if wanted.is_empty() {
                break;
            }
        }
    }

    /// Every interaction in the document (all modalities, sorted by position then actors) and
    /// every actor they involve, with its parent chain.
    pub fn extract(&self, doc: &Document) -> Extraction {
        let cps = CodePoints::new(&doc.text);
        let mut known = discover::DocActors::default();
        known.latest_year = doc_year(doc);
        let mut out = Vec::new();
        // Speakers' acts against the agents of what they say, each with the target of the act
        // when the speaker is only cited ("according to X"), not heard saying it.
        let mut speech_acts: Vec<(Interaction, Option<String>)> = Vec::new();
        let mut affiliations = Vec::new();
        let mut voiced: Vec<Interaction> = Vec::new();
        let mut state_counts: BTreeMap<String, usize> = BTreeMap::new();
        // The agent of the last factual event of each category in earlier sentences, for "the
        // attack" standing for it.
        // (The agents of that sentence's events of the category, the last first.)
        let mut last_agent: BTreeMap<Category, Vec<String>> = BTreeMap::new();
        // The categories of which an asserted event has been seen: a reported one of the same
        // category ("accusing Gondor of firing shells first") does not replace it.
        let mut asserted: BTreeSet<Category> = BTreeSet::new();
        // The same by cue lemma, preferred: "the sanctions" is who imposed sanctions last, not
        // who last blocked something (also a sanction).
        let mut last_by_lemma: BTreeMap<String, Vec<String>> = BTreeMap::new();
        // The agent of the last factual deed (a material act), for "the decision".
        let mut last_act: Option<String> = None;
        // The owner of the last deed named with its owner, by its noun, for "the test".
        let mut last_deed: BTreeMap<String, String> = BTreeMap::new();
        // The agent of the last factual verbal act against someone, for "denied the charges".
        // (With whom it was against, for "denied involvement".)
        let mut last_claim: Option<(String, String)> = None;
        // Who spoke last: the agent of the last factual verbal act, or the speaker of the last
        // act reported, for "condemned the remarks".
        let mut last_speaker: Option<(String, usize)> = None;
        // The court named last (an actor whose name holds a word of the class judicial).
        let mut last_court: Option<String> = None;
        // Whether no material act has been found since the court was last named: its ruling
        // is then the last decision ("The court ruled … Gondor accused Rohan … Rohan welcomed
        // the decision").
        let mut court_fresh = false;
        // The agent of the last factual material act of the sentence before, for "it".
        let mut recent_act: Option<String> = None;
        // The agents of past-tense verbs by stem, the last first (`patterns::verb_deeds`), for
        // "the raid".
        let mut by_stem: Vec<(String, String)> = Vec::new();
        let mut stems_seen: Vec<(String, String)> = Vec::new();
        // Who factually acted on whom so far (top actors), for "the attack on Gondor".
        let mut acted: BTreeSet<(String, String)> = BTreeSet::new();
        // The agent of the last factual event of any kind, for a court's "decision".
        let mut last_event: Option<String> = None;
        // The body that issued the last report named, for "the findings".
        let mut last_author: Option<String> = None;
        // The two parties of the last factual agreement, for "welcomed the deal".
        let mut agreement: Vec<String> = Vec::new();
        let mut lemma_agents = Vec::new();
        // Every agent of each cue lemma's factual events so far, the last first, for "the
        // seizures" judged by a side whose own seizure was the last.
        let mut lemma_history: BTreeMap<String, Vec<String>> = BTreeMap::new();
        // The same for the headline and the lead, the story's own events.
        let mut lead_by_lemma: BTreeMap<String, Vec<String>> = BTreeMap::new();
        // (speaker, agent) of reported verbal acts, for unaffiliated spokesmen.
        let mut spokes: Vec<(String, String)> = Vec::new();
        let sentences = self.sentences(doc);
        // Read with title-case headlines in sentence case; quoted from the text as written.
        let analysed = self.sentence_case(doc, &sentences);
        let atext: &str = &analysed;
        // Quotations running over several sentences, and who each is attributed to.
        let quotes = quoting(&doc.text, &sentences);
        let mut attributed: Vec<Option<String>> = vec![None; sentences.len()];
        let mut spans: Vec<(usize, usize)> = Vec::with_capacity(sentences.len());
        self.learn_headline_surnames(atext, &sentences, &mut known);
        for (pos, s) in sentences.into_iter().enumerate() {
            let seen = out.len();
            // Those who repeat the last act ("followed suit"), with the phrase as written.
            let mut copying: Vec<(Vec<String>, String)> = Vec::new();
            let all_toks = text::tokens(atext, s.start, s.end);
            // An overlong "sentence" (a page without punctuation) is linked window by window,
            // so time stays linear in its length; every pattern's reach is far shorter.
            for toks in all_toks.chunks(MAX_SENTENCE_TOKENS) {
                let mut ments = self.mentions.find(self.lex, atext, toks);
                for m in &ments {
                    if self.lex.state(&m.actor).is_some() {
                        match state_counts.get_mut(&m.actor) {
                            Some(c) => *c += 1,
                            None => {
                                state_counts.insert(m.actor.clone(), 1);
                            }
                        }
                    }
                }
                discover::discover(self.lex, atext, toks, &mut ments, &mut known, &self.cues);
                for m in &ments {
                    // The label without building the actor's record (this runs for every
                    // mention).
                    let label = self
                        .lex
                        .actor(&m.actor)
                        .map(|a| a.label.as_str())
                        .or_else(|| known.actors.get(&m.actor).map(|a| a.label.as_str()));
                    let judicial = label.is_some_and(|l| {
                        l.split_whitespace().any(|w| {
                            self.lex
                                .words
                                .is(crate::lexicon::WordClass::Judicial, &w.to_lowercase())
                        })
                    });
                    if judicial {
                        last_court = Some(m.actor.clone());
                        court_fresh = true;
                    }
                    if patterns::authors_report(self.lex, toks, m)
                        && discover::kind_of(self.lex, &known, &m.actor).is_some_and(|k| {
                            matches!(
                                k,
                                crate::lexicon::Kind::Org
                                    | crate::lexicon::Kind::Agency
                                    | crate::lexicon::Kind::Media
                            )
                        })
                    {
                        last_author = Some(m.actor.clone());
                    }
                }
                // '"We condemn Gondor. We are ready," Bard Bow said': "we" opening a clause of a
                // quotation that runs on past the sentence stands for a speaker named only
                // later (or before it opens), a stand-in resolved once the quotation closes.
                if quotes[pos].open_end || quotes[pos].inside_start {
                    let q = quotes[pos];
                    let inside = |byte: usize| {
                        (q.inside_start && q.close_at.is_none_or(|c| byte < c))
                            || q.open_at.is_some_and(|o| byte > o)
                    };
                    // (Not after a reporting verb before the mark: 'Bard Bow said: "We …"'.)
                    let said_before = q.open_at.is_some_and(|o| {
                        toks.iter().any(|t| {
                            t.end <= o && self.cues.report_forms().contains(t.lower.as_str())
                        })
                    });
                    let group = (pos.saturating_sub(4)..=pos)
                        .rev()
                        .find(|&j| !quotes[j].inside_start)
                        .unwrap_or(pos);
                    for k in 0..toks.len() {
                        let opens_clause = k == 0
                            || matches!(
                                toks[k - 1].lower.as_str(),
                                "\"" | "“" | "," | ";" | "and" | "but"
                            );
                        if toks[k].lower == "we"
                            && opens_clause
                            && inside(toks[k].start)
                            && !said_before
                            && !ments.iter().any(|m| m.start <= k && k < m.end)
                        {
                            ments.push(mentions::Mention {
                                start: k,
                                end: k + 1,
                                actor: quote_stand_in(group),
                                form: mentions::MentionForm::Name,
                                possessive: false,
                                person: false,
                                pair: false,
                            });
                        }
                    }
                    // The speaker of what the sentence judges ("This is a provocation by
                    // Mordor."), named in another sentence of the quotation: a mention of no
                    // tokens at its end (`Ctx::quote_speaker`).
                    if !said_before {
                        ments.push(mentions::Mention {
                            start: toks.len(),
                            end: toks.len(),
                            actor: quote_stand_in(group),
                            form: mentions::MentionForm::Name,
                            possessive: false,
                            person: true,
                            pair: false,
                        });
                    }
                    ments.sort_by_key(|m| m.start);
                }
                let events = patterns::event_anaphora(
                    self.lex,
                    &self.cues,
                    atext,
                    toks,
                    &ments,
                    &patterns::EventMemory {
                        last_agent: &last_agent,
                        last_by_lemma: &last_by_lemma,
                        lemma_history: &lemma_history,
                        lead_by_lemma: &lead_by_lemma,
                        last_act: last_act.as_deref(),
                        last_deed: &last_deed,
                        last_claim: last_claim.as_ref().map(|(s, _)| s.as_str()),
                        last_claim_target: last_claim.as_ref().map(|(_, t)| t.as_str()),
                        // (Said in one of the four sentences before, or in this one.)
                        last_speaker: last_speaker
                            .as_ref()
                            .filter(|(_, at)| pos <= at + 4)
                            .map(|(sp, _)| sp.as_str()),
                        agreement: &agreement,
                        last_court: last_court.as_deref(),
                        court_fresh,
                        recent_act: recent_act.as_deref(),
                        by_stem: &by_stem,
                        last_event: last_event.as_deref(),
                        last_author: last_author.as_deref(),
                        same_side: &|a: &str, b: &str| {
                            self.top_of(a, &known) == self.top_of(b, &known)
                        },
                        acted_on: &|a: &str, b: &str| {
                            acted.contains(&(self.top_of(a, &known), self.top_of(b, &known)))
                        },
                    },
                );
                // Token starts of those stand-ins: an act on a stand-in of one's own side
                // ("Gondor's ministry regretted the decision", the decision being Gondor's)
                // is a misreading.
                let stand_ins: Vec<usize> = events.iter().map(|e| e.0).collect();
                if !events.is_empty() {
                    for (start, end, actor, pair) in events {
                        let person = self.info(&actor, &known).kind == crate::lexicon::Kind::Person;
                        ments.push(Mention {
                            start,
                            end,
                            actor,
                            form: MentionForm::Name,
                            possessive: false,
                            person,
                            pair,
                        });
                    }
                    ments.sort_by_key(|m| m.start);
                }
                // A deed named with its owner ("the decision of Gondor to …") is the last act
                // a later "the decision" stands for, unless an act of the sentence replaces it.
                for (noun, m) in patterns::deed_owner(self.lex, &self.cues, atext, toks, &ments) {
                    // (What was said is no deed: "Biden's statement".)
                    if self.lex.words.is(crate::lexicon::WordClass::Deed, &noun) {
                        last_act = Some(ments[m].actor.clone());
                    }
                    // A law is named by any of its words later: "passed a bill … denounced
                    // the legislation".
                    // So is what was said: "Bard Bow's remarks … called the comments …".
                    for class in [
                        crate::lexicon::WordClass::Law,
                        crate::lexicon::WordClass::Utterance,
                    ] {
                        if self.lex.words.is(class, &noun) {
                            for other in self.lex.words.set(class) {
                                last_deed.insert(other.clone(), ments[m].actor.clone());
                            }
                        }
                    }
                    last_deed.insert(noun, ments[m].actor.clone());
                }
                if attributed[pos].is_none() {
                    attributed[pos] = quote_speaker(&self.cues, toks, &ments, quotes[pos]);
                }
                // "… were also placed on the list": the agent of the last act of that cue.
                // "Among those targeted were …": else of the last act of the sentence before.
                let mut also_found = Vec::new();
                for (cue, v, e, targets, those) in
                    patterns::also_passives(self.lex, &self.cues, atext, toks, &ments)
                {
                    let lemma = &self.lex.cues[cue].lemma;
                    let Some(agent) = last_by_lemma
                        .get(lemma)
                        .and_then(|a| a.first())
                        .or(recent_act.as_ref().filter(|_| those))
                        .cloned()
                    else {
                        continue;
                    };
                    let top = self.top_of(&agent, &known);
                    if targets
                        .iter()
                        .any(|&t| self.top_of(&ments[t].actor, &known) == top)
                    {
                        continue;
                    }
                    let person = self.info(&agent, &known).kind == crate::lexicon::Kind::Person;
                    ments.push(Mention {
                        start: toks.len(),
                        end: toks.len(),
                        actor: agent,
                        form: MentionForm::Name,
                        possessive: false,
                        person,
                        pair: false,
                    });
                    let source = ments.len() - 1;
                    for target in targets {
                        also_found.push(patterns::Found::plain(
                            cue,
                            (v, e),
                            source,
                            target,
                            Modality::Asserted,
                        ));
                    }
                }
                copying.extend(
                    patterns::copiers(self.lex, &self.cues, atext, toks, &ments)
                        .into_iter()
                        .map(|(first, last, subjects)| {
                            (
                                subjects
                                    .into_iter()
                                    .map(|m| ments[m].actor.clone())
                                    .collect(),
                                doc.text[toks[first].start..toks[last].end].to_owned(),
                            )
                        }),
                );
                let mut agents = Vec::new();
                let mut stems = Vec::new();
                let mut found = patterns::find(
                    self.lex,
                    &self.cues,
                    atext,
                    toks,
                    &ments,
                    &mut agents,
                    &mut stems,
                );
                stems_seen.extend(
                    stems
                        .into_iter()
                        .map(|(stem, m)| (stem, ments[m].actor.clone())),
                );
                lemma_agents.extend(
                    agents
                        .into_iter()
                        .map(|(cue, m)| (self.lex.cues[cue].lemma.clone(), ments[m].actor.clone())),
                );
                found.extend(also_found);
                if found.is_empty() {
                    continue;
                }
                let date = dates::sentence_date(self.lex, toks, doc.meta.issued.as_deref())
                    .or_else(|| {
                        doc.meta
                            .issued
                            .clone()
                            .map(|d| (d, DatePrecision::Publication))
                    });
                // Appeals (and their source) to two or more named together.
                let mut targets_of: BTreeMap<(usize, usize), BTreeSet<&str>> = BTreeMap::new();
                for f in found
                    .iter()
                    .filter(|f| self.lex.cues[f.cue].category == Category::REQUEST)
                {
                    targets_of
                        .entry((f.cue_tok, f.source))
                        .or_default()
                        .insert(ments[f.target].actor.as_str());
                }
                // (Only to settle: "urged A and B to resolve the dispute", not "… to halt it".)
                let conciliatory = |cue: usize, source: usize| {
                    let end = found
                        .iter()
                        .filter(|g| g.cue_tok == cue && g.source == source)
                        .map(|g| ments[g.target].end)
                        .max()
                        .unwrap_or(cue);
                    (end..(end + 3).min(toks.len()))
                        .find(|&k| toks[k].lower == "to")
                        .and_then(|k| toks.get(k + 1))
                        .is_some_and(|t| {
                            self.lex
                                .words
                                .is(crate::lexicon::WordClass::Conciliatory, &t.lower)
                        })
                };
                let together: BTreeSet<(usize, usize)> = targets_of
                    .into_iter()
                    .filter(|(k, t)| t.len() >= 2 && conciliatory(k.0, k.1))
                    .map(|(k, _)| k)
                    .collect();
                for f in found {
                    let (mut src, mut tgt) = (&ments[f.source].actor, &ments[f.target].actor);
                    let c = &self.lex.cues[f.cue];
                    // "Gondor warned that Gondorian forces would respond": a warning of what
                    // one's own side will do is no act against it.
                    let warned_of = c.category == Category::THREATEN
                        && toks.get(f.cue_end).is_some_and(|t| t.lower == "that");
                    if warned_of && self.top_of(src, &known) == self.top_of(tgt, &known) {
                        continue;
                    }
                    // "filed a lawsuit (a complaint) with the District Court": the court a
                    // claim is brought before is no one it is brought against.
                    let lead = {
                        let mut b = ments[f.target].start;
                        if b > 0 && matches!(toks[b - 1].lower.as_str(), "the" | "a" | "an") {
                            b -= 1;
                        }
                        b.checked_sub(1).map(|q| toks[q].lower.as_str())
                    };
                    let before_court = lead
                        .is_some_and(|w| matches!(w, "with" | "before" | "to" | "in" | "at"))
                        && self.info(tgt, &known).label.split_whitespace().any(|w| {
                            self.lex
                                .words
                                .is(crate::lexicon::WordClass::Judicial, &w.to_lowercase())
                        });
                    if before_court
                        && c.category == Category::ACCUSE
                        && c.pos == crate::lexicon::Pos::Noun
                    {
                        continue;
                    }
                    // What every interaction of this cue shares (its sentence, cue and date).
                    let base = Interaction {
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
                        date: date.as_ref().map(|(d, _)| d.clone()),
                        date_precision: date.as_ref().map(|(_, p)| *p),
                    };
                    // "X said (that) Y attacked Z": saying so is X's act against Y, unless X
                    // speaks for Y's own side (kept once unaffiliated actors have their home
                    // state, below). "According to X, Y attacked Z" cites X: kept only when Z
                    // is X's own side, the harmed party telling what was done to it.
                    let allegation = |r: usize, sp: usize, agent: &String| {
                        let cue = doc.text[toks[r].start..toks[r].end].to_owned();
                        let cited = (toks[r].lower == "according").then(|| base.target.clone());
                        (allegation_of(&base, &ments[sp].actor, agent, cue), cited)
                    };
                    if f.alleged {
                        // Only the speaker's act against the agent.
                        if let (Some(r), Some(sp)) = (f.speech, f.speaker) {
                            speech_acts.push(allegation(r, sp, src));
                        }
                        continue;
                    }
                    // A summoned envoy's host summons them, when their post is known.
                    if f.hosted {
                        match known.post(tgt).and_then(|p| self.lex.state(p)) {
                            Some(state) => src = &state.id,
                            None => continue,
                        }
                    }
                    // Recalling one's own envoy is an act against the state of their post.
                    let own_state;
                    if self.lex.cues[f.cue].lemma == "recall" {
                        if let Some(state) = known.post(tgt).and_then(|p| self.lex.state(p)) {
                            // "its ambassador to Rohan was recalled": no recaller named, the
                            // envoy's own state recalls them.
                            if f.source == f.target {
                                own_state = self.top_of(tgt, &known);
                                if self.lex.state(&own_state).is_none() {
                                    continue;
                                }
                                src = &own_state;
                            }
                            if self.top_of(src, &known) != state.id {
                                tgt = &state.id;
                            }
                        } else if f.source != f.target
                            && discover::kind_of(self.lex, &known, src)
                                == Some(crate::lexicon::Kind::Person)
                            && self.lex.state(tgt).is_some()
                        {
                            // "Gondor's ambassador was recalled from Edoras": the envoy's state
                            // recalls them, when it is known.
                            own_state = self.top_of(src, &known);
                            if self.lex.state(&own_state).is_some() {
                                src = &own_state;
                            }
                        }
                    }
                    if src == tgt {
                        continue;
                    }
                    let stand_in = [f.source, f.target]
                        .iter()
                        .any(|&m| stand_ins.contains(&ments[m].start));
                    // A state's act where it happened, no agent named, is not one on its own
                    // organs (its people and groups, yes: "the arrest of Gondorian journalists in
                    // Minas Tirith").
                    let own_organ = f.placed
                        && matches!(
                            self.info(tgt, &known).kind,
                            crate::lexicon::Kind::State | crate::lexicon::Kind::Agency
                        );
                    if (stand_in || own_organ)
                        && self.top_of(src, &known) == self.top_of(tgt, &known)
                    {
                        continue;
                    }
                    // An appeal to "both sides" (to show restraint) is no act against either.
                    let pair = |m: usize| {
                        ments[m].pair
                            || (m > 0 && ments[m - 1].pair && ments[m - 1].end == ments[m].start)
                    };
                    // So is one to two or more named together: "urged Bishkek and Dushanbe to
                    // resolve the dispute through dialogue" (an appeal to one party alone, "urged
                    // Khartoum to halt …", is against it).
                    if c.category == crate::lexicon::Category::REQUEST
                        && (pair(f.target) || together.contains(&(f.cue_tok, f.source)))
                    {
                        continue;
                    }
                    // An order or a call to one's own state's bodies is a command, not an act
                    // between actors: "Pena Nieto ordered Mexico's consulates to …".
                    if c.category == Category::REQUEST
                        && matches!(
                            self.info(src, &known).kind,
                            crate::lexicon::Kind::Person | crate::lexicon::Kind::State
                        )
                        && matches!(
                            self.info(tgt, &known).kind,
                            crate::lexicon::Kind::Agency | crate::lexicon::Kind::State
                        )
                        && src != tgt
                        && self.top_of(src, &known) == self.top_of(tgt, &known)
                    {
                        continue;
                    }
                    // Speaking to a newspaper or channel is an interview, not a consultation.
                    if c.category == crate::lexicon::Category::CONSULT
                        && self.info(tgt, &known).kind == crate::lexicon::Kind::Media
                    {
                        continue;
                    }
                    // "Moscow expressed concern over the treatment of Russian journalists in
                    // Azerbaijan": a verbal act against one's own people is against the state
                    // where it happens to them.
                    if let Some(place) = f.place.map(|m| &ments[m].actor) {
                        let own = self.top_of(src, &known);
                        if *place != own
                            && own == self.top_of(tgt, &known)
                            && self.info(tgt, &known).kind == crate::lexicon::Kind::Group
                        {
                            tgt = place;
                        }
                    }
                    // Leaving an organisation is against it ("withdrew from the Council of
                    // Europe"); leaving a state's territory is a retreat.
                    // So is leaving what a state is only named inside ("withdrew from talks
                    // with Gondor", "pulled out of the commemoration of the Gondorian war"):
                    // a territory is named as the object's head ("withdrew from (the) Gondor",
                    // "from Gondorian territory").
                    let territory = {
                        let t = &ments[f.target];
                        // (Past the names joined to it: "withdrew from A and B".)
                        let b = joined_start(
                            &ments,
                            toks,
                            t,
                            &["and", "or", ","],
                            |m| m.form == MentionForm::Name,
                            f.cue_end,
                        );
                        let head = b == f.cue_end;
                        let land = toks.get(t.end).is_some_and(|w| {
                            matches!(
                                w.lower.as_str(),
                                "territory"
                                    | "territories"
                                    | "soil"
                                    | "waters"
                                    | "airspace"
                                    | "land"
                            )
                        });
                        // (A name modifying a noun after it is no head: "pulls out of Gondor
                        // war commemoration".)
                        let modifies = toks.get(t.end).is_some_and(|w| {
                            w.lower.chars().all(|c| c.is_ascii_lowercase())
                                && doc.text[w.start..].starts_with(|c: char| c.is_lowercase())
                                && !self
                                    .lex
                                    .words
                                    .is(crate::lexicon::WordClass::Boundary, &w.lower)
                                && !matches!(
                                    w.lower.as_str(),
                                    "and"
                                        | "or"
                                        | "in"
                                        | "on"
                                        | "at"
                                        | "by"
                                        | "to"
                                        | "for"
                                        | "with"
                                        | "as"
                                        | "from"
                                        | "over"
                                        | "after"
                                        | "before"
                                        | "since"
                                        | "until"
                                        | "amid"
                                        | "last"
                                        | "this"
                                        | "next"
                                        | "earlier"
                                        | "later"
                                        | "within"
                                        | "under"
                                        | "following"
                                        | "despite"
                                        | "because"
                                        | "if"
                                        | "when"
                                        | "while"
                                )
                        });
                        head && ((t.form == MentionForm::Name && !modifies) || land)
                    };
                    // (Leaving anyone else is no act between the two: "pulled out of the
                    // Kooyong Classic".)
                    if c.mode.as_deref() == Some("leave")
                        && !matches!(
                            self.info(tgt, &known).kind,
                            crate::lexicon::Kind::Org | crate::lexicon::Kind::State
                        )
                    {
                        continue;
                    }
                    let (stance, category) = if c.mode.as_deref() == Some("leave")
                        && (self.info(tgt, &known).kind == crate::lexicon::Kind::Org
                            || (!territory
                                && self.info(tgt, &known).kind == crate::lexicon::Kind::State))
                    {
                        (
                            crate::lexicon::Stance::Against,
                            crate::lexicon::Category::REJECT,
                        )
                    } else {
                        (c.stance, c.category)
                    };
                    let found = Interaction {
                        source: src.clone(),
                        target: tgt.clone(),
                        stance,
                        category,
                        ..base.clone()
                    };
                    // "X said (that) Y attacked Z".
                    // (Not when its agent stands in the object of another verb of the clause:
                    // "Tallinn claims the work violates EU sanctions" alleges nothing against
                    // the EU.)
                    let in_object = |r: usize| {
                        let end = ments[f.source].start.min(f.cue_tok);
                        // (From the clause's own opening: "said it would respond after Gondor
                        // bombed Rohan".)
                        let from = (r + 1..end)
                            .rev()
                            .find(|&t| {
                                self.lex
                                    .words
                                    .is(crate::lexicon::WordClass::Subordinator, &toks[t].lower)
                            })
                            .map_or(r + 1, |t| t + 1);
                        (from..end).any(|t| {
                            let w = &*toks[t].lower;
                            self.cues.starts_verb(w)
                                && !self.lex.words.is(crate::lexicon::WordClass::BeAux, w)
                                && !self.lex.words.is(crate::lexicon::WordClass::LightVerb, w)
                                && !matches!(w, "have" | "has" | "had" | "having")
                        })
                    };
                    // (Nor when a noun's agent modifies it inside a phrase after a
                    // preposition: "said Gondor will comply with Rohirric sanctions against
                    // Mordor" alleges nothing against Rohan.)
                    let in_phrase =
                        c.pos == crate::lexicon::Pos::Noun && ments[f.source].end <= f.cue_tok && {
                            // (Past names joined to it: "with Rohirric and Arnorian …".)
                            let b =
                                joined_start(&ments, toks, &ments[f.source], &["and"], |_| true, 0);
                            b.checked_sub(1).is_some_and(|q| {
                                matches!(
                                    toks[q].lower.as_str(),
                                    "with"
                                        | "under"
                                        | "to"
                                        | "from"
                                        | "against"
                                        | "on"
                                        | "over"
                                        | "about"
                                        | "despite"
                                        | "amid"
                                        | "by"
                                )
                            })
                        };
                    // (Nor a request reported: "said the authorities had called on Washington
                    // to …" tells of a demand, it accuses no one.)
                    // (Nor does an outlet reporting news: "…, the state news agency BNA
                    // reported".)
                    // (Also "said" after what it tells: "…, the official SANA news agency
                    // said".)
                    let news = |r: usize, sp: usize| {
                        (toks[r].lower.starts_with("report") || r > f.cue_end)
                            && self.info(&ments[sp].actor, &known).kind
                                == crate::lexicon::Kind::Media
                    };
                    let speech = f.speech.zip(f.speaker).filter(|&(r, sp)| {
                        !news(r, sp)
                            && c.stance == crate::lexicon::Stance::Against
                            && f.modality == Modality::Reported
                            && c.category != Category::REQUEST
                            && !(c.category == Category::SANCTION
                                && ments[f.source].start > f.cue_tok)
                            && !in_object(r)
                            && !in_phrase
                    });
                    // "Albares said his government regretted Algeria's decision": a verbal act
                    // of the speaker's own side is the speaker's too (kept once unaffiliated
                    // actors have their home state, below).
                    if let Some(sp) = f.speaker.filter(|_| {
                        f.modality == Modality::Reported && c.category.quad().is_verbal()
                    }) {
                        if ments[sp].person {
                            spokes.push((ments[sp].actor.clone(), src.clone()));
                        }
                        // A person speaking for a body or state, not for another person.
                        if ments[sp].person
                            && !ments[f.source].person
                            && ments[sp].actor != *src
                            && ments[sp].actor != *tgt
                        {
                            voiced.push(Interaction {
                                source: ments[sp].actor.clone(),
                                modality: Modality::Asserted,
                                speaker: None,
                                ..found.clone()
                            });
                        }
                    }
                    if let Some((r, sp)) = speech {
                        speech_acts.push(allegation(r, sp, src));
                    }
                    // "X, a close ally of Y": between two actors of one side it names an
                    // affiliation, not an act; judged once orphans have their home state.
                    if c.pos == crate::lexicon::Pos::Agent
                        && c.stance == crate::lexicon::Stance::Support
                    {
                        affiliations.push(found);
                        continue;
                    }
                    if found.modality.is_factual() {
                        lemma_agents.push((c.lemma.clone(), found.source.clone()));
                    }
                    // "threatened to expel Gondor's envoy": the act is not done, the threat is.
                    if found.modality == Modality::Hypothetical
                        && c.stance == crate::lexicon::Stance::Against
                    {
                        if let Some(t) = threat_before(self.lex, toks, f.cue_tok) {
                            out.push(Interaction {
                                category: crate::lexicon::Category::THREATEN,
                                mode: None,
                                modality: Modality::Asserted,
                                cue: doc.text[toks[t].start..toks[t].end].to_owned(),
                                ..found.clone()
                            });
                        }
                    }
                    // A meeting or a call of two: the one met or called takes part too
                    // ("X held talks with Y": Y with X as well), when it took place.
                    // So is speaking to someone by telephone ("spoke to Y by phone").
                    let by_phone =
                        c.category == Category::CONSULT && c.pos == crate::lexicon::Pos::Verb && {
                            let e = ments[f.target].end;
                            (e..toks.len().min(e + 4)).any(|k| {
                                toks[k].lower == "by"
                                    && toks.get(k + 1).is_some_and(|t| {
                                        matches!(t.lower.as_str(), "phone" | "telephone")
                                    })
                            })
                        };
                    // So is receiving a person: "X received Y", "Y was received by X".
                    let received = c.mode.as_deref() == Some("reception")
                        && self.info(tgt, &known).kind == crate::lexicon::Kind::Person;
                    let meeting = (matches!(c.mode.as_deref(), Some("meet" | "phone" | "ring"))
                        || by_phone
                        || received)
                        && found.modality.is_factual()
                        && !matches!(
                            self.info(tgt, &known).kind,
                            crate::lexicon::Kind::Group | crate::lexicon::Kind::Media
                        );
                    // (A pair found both ways already is one pair: `sort_dedup`.)
                    if meeting {
                        out.push(Interaction {
                            source: found.target.clone(),
                            target: found.source.clone(),
                            ..found.clone()
                        });
                    }
                    out.push(found);
                }
            }
            // "Bangladesh, Afghanistan and Bhutan followed suit", "… while Arnor did the same":
            // each repeats the last act named before (of this sentence, else of an earlier one)
            // on the same targets.
            let date = (!copying.is_empty())
                .then(|| dates::sentence_date(self.lex, &all_toks, doc.meta.issued.as_deref()))
                .flatten();
            for (copier, phrase) in &copying {
                // (Not when the sentence names what they did: "followed suit and broke off
                // relations with X".)
                if out[seen..].iter().any(|i| copier.contains(&i.source)) {
                    continue;
                }
                let model = out
                    .iter()
                    .rev()
                    .find(|i| i.modality.is_factual() && !copier.contains(&i.source))
                    .cloned();
                let Some(model) = model else { continue };
                let mut repeated: Vec<Interaction> = Vec::new();
                for i in out.iter().filter(|i| {
                    i.sentence == model.sentence
                        && i.source == model.source
                        && i.cue == model.cue
                        && i.modality.is_factual()
                }) {
                    for c in copier.iter().filter(|c| **c != i.target) {
                        repeated.push(Interaction {
                            source: c.clone(),
                            modality: Modality::Asserted,
                            speaker: None,
                            sentence: s.index,
                            start: s.start,
                            end: s.end,
                            start_cp: cps.at(s.start),
                            end_cp: cps.at(s.end),
                            cue: phrase.clone(),
                            date: date.as_ref().map(|(d, _)| d.clone()),
                            date_precision: date.as_ref().map(|(_, p)| *p),
                            ..i.clone()
                        });
                    }
                }
                out.extend(repeated);
            }
            spans.push((seen, out.len()));
            for (lemma, agent) in &lemma_agents {
                if pos <= 2 {
                    let lead = lead_by_lemma.entry(lemma.clone()).or_default();
                    if !lead.contains(agent) {
                        lead.push(agent.clone());
                    }
                }
                let agents = lemma_history.entry(lemma.clone()).or_default();
                agents.retain(|a| a != agent);
                agents.insert(0, agent.clone());
            }
            last_by_lemma.extend(agents_by(lemma_agents.drain(..)));
            let mut parties: Vec<&String> = out[seen..]
                .iter()
                .filter(|i| i.modality.is_factual() && i.category == Category::AGREE)
                .flat_map(|i| [&i.source, &i.target])
                .collect();
            parties.sort();
            parties.dedup();
            if let [a, b] = parties[..] {
                agreement = vec![a.clone(), b.clone()];
            }
            last_agent.extend(agents_by(
                out[seen..]
                    .iter()
                    .filter(|i| {
                        i.modality == Modality::Asserted
                            || (i.modality.is_factual() && !asserted.contains(&i.category))
                    })
                    .map(|i| (i.category, i.source.clone())),
            ));
            asserted.extend(
                out[seen..]
                    .iter()
                    .filter(|i| i.modality == Modality::Asserted)
                    .map(|i| i.category),
            );
            recent_act = None;
            for (stem, actor) in stems_seen.drain(..) {
                by_stem.retain(|(s, _)| *s != stem);
                by_stem.insert(0, (stem, actor));
            }
            for i in out[seen..].iter().filter(|i| i.modality.is_factual()) {
                acted.insert((
                    self.top_of(&i.source, &known),
                    self.top_of(&i.target, &known),
                ));
                last_event = Some(i.source.clone());
                if !i.category.quad().is_verbal() {
                    court_fresh &= last_court.as_ref() == Some(&i.source);
                    last_act = Some(i.source.clone());
                    recent_act = Some(i.source.clone());
                } else if i.stance == crate::lexicon::Stance::Against {
                    last_claim = Some((i.source.clone(), i.target.clone()));
                }
                if i.category.quad().is_verbal() {
                    last_speaker = Some((i.source.clone(), pos));
                } else if let Some(sp) = &i.speaker {
                    last_speaker = Some((sp.clone(), pos));
                }
            }
        }
        // A sentence of a quotation that runs over several sentences reports its speaker's
        // words: "“Gondor has blocked our exports. This is unacceptable,” Bard Bow said." The
        // speaker is named after the quotation closes or before it opens ("Bard Bow said:
        // “…"); a hostile act is then the speaker's allegation against its agent.
        // The speakers of a quotation over sentences stood in for ("we", `Ctx::quote_speaker`;
        // each quotation by the sentence it opens in); a stand-in with no speaker named drops
        // its acts.
        let stand_ins: Vec<(String, String)> = (0..quotes.len())
            .filter(|&pos| quotes[pos].open_end && !quotes[pos].inside_start)
            .filter_map(|pos| {
                let closing = (pos + 1..quotes.len().min(pos + 5))
                    .take_while(|&j| quotes[j].inside_start)
                    .find(|&j| !quotes[j].open_end);
                closing
                    .and_then(|j| attributed[j].clone())
                    .or_else(|| attributed[pos].clone())
                    .map(|sp| (quote_stand_in(pos), sp))
            })
            .collect();
        // (Dropped after the loop below, which reads `out` by the sentences' spans.)
        for i in out.iter_mut().chain(speech_acts.iter_mut().map(|(i, _)| i)) {
            let stood_in = is_stand_in(&i.source) || is_stand_in(&i.target);
            for id in [Some(&mut i.source), Some(&mut i.target), i.speaker.as_mut()]
                .into_iter()
                .flatten()
            {
                if let Some((_, sp)) = stand_ins.iter().find(|(s, _)| s == id) {
                    *id = sp.clone();
                }
            }
            // ("We denounce the labelling of Gondor as …" by Gondor's leader: "we" acts on no
            // one of its own side.)
            if stood_in && self.top_of(&i.source, &known) == self.top_of(&i.target, &known) {
                i.source = quote_stand_in(usize::MAX);
            }
        }
        for (pos, q) in quotes.iter().enumerate() {
            // (The closing sentence reports its own part.)
            if !q.open_end {
                continue;
            }
            // (Within a few sentences: a longer run is a misread mark.)
            let closing = (pos + 1..quotes.len().min(pos + 5))
                .take_while(|&j| quotes[j].inside_start)
                .find(|&j| !quotes[j].open_end);
            let opening = (pos.saturating_sub(4)..=pos)
                .rev()
                .find(|&j| !quotes[j].inside_start);
            let Some(speaker) = closing
                .and_then(|j| attributed[j].clone())
                .or_else(|| opening.and_then(|j| attributed[j].clone()))
            else {
                continue;
            };
            let Some(&(a, b)) = spans.get(pos) else {
                continue;
            };
            for i in &mut out[a..b] {
                if i.modality != Modality::Asserted || i.speaker.is_some() || i.source == speaker {
                    continue;
                }
                i.modality = Modality::Reported;
                i.speaker = Some(speaker.clone());
                if i.stance == crate::lexicon::Stance::Against {
                    speech_acts.push((allegation_of(i, &speaker, &i.source, i.cue.clone()), None));
                }
            }
        }
        let real = |i: &Interaction| {
            !is_stand_in(&i.source)
                && !is_stand_in(&i.target)
                && !i.speaker.as_deref().is_some_and(is_stand_in)
        };
        for list in [&mut out, &mut affiliations, &mut voiced] {
            list.retain(real);
        }
        speech_acts.retain(|(i, _)| real(i));
        // An unnamed office-holder does not act on their own state, nor it on them: in
        // "summoned Gondor's envoy to protest against Gondor" the protest is the subject's.
        // (Nor on their state's bodies: "summoned Gondor's envoy to protest against violations
        // by Gondorian military helicopters".)
        out.retain(|i| {
            let (top_s, top_t) = (
                self.top_of(&i.source, &known),
                self.top_of(&i.target, &known),
            );
            !known.stands_in_for_state(&i.source, &top_t)
                && !known.stands_in_for_state(&i.target, &top_s)
        });
        // Stand-ins for unnamed office-holders become the person later named in the office.
        if !known.merged.is_empty() {
            for i in out
                .iter_mut()
                .chain(speech_acts.iter_mut().map(|(i, _)| i))
                .chain(affiliations.iter_mut())
                .chain(voiced.iter_mut())
            {
                for id in [Some(&mut i.source), Some(&mut i.target), i.speaker.as_mut()]
                    .into_iter()
                    .flatten()
                {
                    let to = known.resolved(id).to_owned();
                    *id = to;
                }
            }
            out.retain(|i| i.source != i.target);
            affiliations.retain(|i| i.source != i.target);
            voiced.retain(|i| i.source != i.target);
        }
        sort_dedup(&mut out);
        // Most named first; ties go to the id first in order, so the choice is deterministic.
        let mut ranked: Vec<(&str, usize)> = state_counts
            .iter()
            .map(|(id, c)| (id.as_str(), *c))
            .collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let mut partners: rustc_hash::FxHashMap<&str, Vec<String>> = Default::default();
        for i in &out {
            let (s, t) = (i.source.as_str(), i.target.as_str());
            let (top_s, top_t) = (self.top_of(s, &known), self.top_of(t, &known));
            partners.entry(s).or_default().push(top_t);
            partners.entry(t).or_default().push(top_s);
        }
        // "Iran condemned the strikes, foreign ministry spokesman Nasser Kanaani said": an
        // unaffiliated spokesman of a body speaks for the state whose verbal act they report.
        for (speaker, agent) in &spokes {
            if let Some(state) = self.lex.state(&self.top_of(agent, &known)) {
                known.affiliate(self.lex, speaker, &state.id);
            }
        }
        // The paper's own country: the one state of the people it names with a bare title
        // ("President Elrond Half"), when no dateline named one.
        let mut bare_states: Vec<String> = known
            .bare_titled
            .iter()
            .map(|p| self.top_of(p, &known))
            .filter(|t| self.lex.state(t).is_some())
            .collect();
        bare_states.sort();
        bare_states.dedup();
        let perspective = match bare_states.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        };
        known.adopt_orphans(&ranked, &partners, perspective);
        let homes = known.name_home_bodies(self.lex);
        if !homes.is_empty() {
            let renamed = |id: &mut String| {
                if let Some((_, new)) = homes.iter().find(|(old, _)| old == id) {
                    *id = new.clone();
                }
            };
            for i in out
                .iter_mut()
                .chain(speech_acts.iter_mut().map(|(i, _)| i))
                .chain(affiliations.iter_mut())
                .chain(voiced.iter_mut())
            {
                renamed(&mut i.source);
                renamed(&mut i.target);
                if let Some(sp) = i.speaker.as_mut() {
                    renamed(sp);
                }
            }
            out.retain(|i| i.source != i.target);
        }
        out.extend(
            affiliations
                .into_iter()
                .filter(|i| self.top_of(&i.source, &known) != self.top_of(&i.target, &known)),
        );
        // A voiced act is kept when the one reported to act is the speaker's own side.
        let acted: Vec<(usize, String, String)> = out
            .iter()
            .map(|i| (i.sentence, i.source.clone(), i.target.clone()))
            .collect();
        out.extend(voiced.into_iter().filter(|v| {
            acted.iter().any(|(sent, src, tgt)| {
                *sent == v.sentence
                    && *tgt == v.target
                    && src != &v.source
                    && self.top_of(src, &known) == self.top_of(&v.source, &known)
            }) && self.top_of(&v.source, &known) != self.top_of(&v.target, &known)
        }));
        // Support within one side (a minister backing their own government, a state praising
        // its own police) is no relation between actors: dropped once everyone has a home.
        // Not when a side was only guessed for an unaffiliated actor.
        // A visit home is none even then ("Sanchez flew to Ceuta").
        out.retain(|i| {
            let visit = i.mode.as_deref() == Some("visit");
            i.stance != crate::lexicon::Stance::Support
                || ((known.adopted.contains(&i.source) || known.adopted.contains(&i.target))
                    && !visit)
                || self.top_of(&i.source, &known) != self.top_of(&i.target, &known)
        });
        // A request to one's own state's people is no act against them: "Elessar urged
        // Gondorians not to be provoked"; nor to a discovered group of them ("urged Gondorian
        // workers to leave Rohan").
        out.retain(|i| {
            let people = self.lex.actor(&i.target).is_some_and(|a| {
                a.kind == crate::lexicon::Kind::Group
                    && a.parent.is_some()
                    && a.id.strip_suffix(crate::lexicon::PEOPLE_SUFFIX) == a.parent.as_deref()
            }) || (self.lex.actor(&i.target).is_none()
                && self.info(&i.target, &known).kind == crate::lexicon::Kind::Group);
            !(people
                && i.category == Category::REQUEST
                && self.top_of(&i.source, &known) == self.top_of(&i.target, &known))
        });
        // A state's own body does not act against the state itself ("the Arnorian authorities
        // discriminated against the population of the republic" names no act on Arnor).
        out.retain(|i| {
            !(i.stance == crate::lexicon::Stance::Against
                && self.info(&i.source, &known).kind == crate::lexicon::Kind::Agency
                && !known.adopted.contains(&i.source)
                && self.lex.state(&i.target).is_some()
                && self.top_of(&i.source, &known) == i.target)
        });
        out.extend(
            speech_acts
                .into_iter()
                .filter(|(i, cited)| {
                    let side = self.top_of(&i.source, &known);
                    i.source != i.target
                        && side != self.top_of(&i.target, &known)
                        && cited
                            .as_ref()
                            .is_none_or(|harmed| self.top_of(harmed, &known) == side)
                })
                .map(|(i, _)| i),
        );
        sort_dedup(&mut out);
        let mut actors = BTreeMap::new();
        for i in &out {
            for id in [Some(&i.source), Some(&i.target), i.speaker.as_ref()]
                .into_iter()
                .flatten()
            {
                let mut cur = Some(id.clone());
                while let Some(id) = cur.take() {
                    if actors.contains_key(&id) {
                        break;
                    }
                    let mut info = self.info(&id, &known);
                    // A street crowd counts with its state once the document is read.
                    if info.parent.is_none() {
                        info.parent = known.apart.get(&id).cloned();
                    }
                    cur = info.parent.clone();
                    actors.insert(id, info);
                }
            }
        }
        Extraction {
            interactions: out,
            actors,
        }
    }

    /// The top of `id`'s parent chain, lexicon or discovered.
    fn top_of(&self, id: &str, known: &discover::DocActors) -> String {
        let parent = |id: &str| match self.lex.actor(id) {
            Some(_) if known.reaffiliated.contains_key(id) => known.reaffiliated.get(id).cloned(),
            Some(a) => a.parent.clone(),
            None => known.actors.get(id).and_then(|a| a.parent.clone()),
        };
        let mut cur = id.to_owned();
        for _ in 0..32 {
            match parent(&cur) {
                Some(p) => cur = p,
                None => break,
            }
        }
        cur
    }

    fn info(&self, id: &str, known: &discover::DocActors) -> ActorInfo {
        if let Some(a) = self.lex.actor(id) {
            return ActorInfo {
                id: a.id.clone(),
                label: a.label.clone(),
                kind: a.kind,
                // The document's own title may name another state ("Dutch Prime Minister").
                parent: known
                    .reaffiliated
                    .get(id)
                    .cloned()
                    .or_else(|| a.parent.clone()),
                role: a.role.clone(),
                discovered: false,
            };
        }
        known.actors.get(id).cloned().unwrap_or_else(|| ActorInfo {
            id: id.to_owned(),
            label: id.to_owned(),
            kind: crate::lexicon::Kind::Org,
            parent: None,
            role: None,
            discovered: true,
        })
    }
}

/// What one document yields: its interactions and the actors they involve.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// Interactions, all modalities, sorted by position then actors.
    pub interactions: Vec<Interaction>,
    /// Every actor named by an interaction (source, target, speaker) and its parents.
    pub actors: BTreeMap<String, ActorInfo>,
}

impl Extraction {
    /// The actor with this id.
    pub fn actor(&self, id: &str) -> Option<&ActorInfo> {
        self.actors.get(id)
    }

    /// The top of `id`'s parent chain (the state or top-level group it rolls up to).
    pub fn top(&self, id: &str) -> Option<&ActorInfo> {
        let mut cur = self.actors.get(id)?;
        let mut steps = 0;
        while let Some(p) = cur.parent.as_deref().and_then(|p| self.actors.get(p)) {
            cur = p;
            steps += 1;
            if steps > 32 {
                break;
            }
        }
        Some(cur)
    }
}

/// The "threatened" of "threatened to <act>" before the act's cue at `cue`: the token of the
/// threatening verb, unless negated ("did not threaten to").
fn threat_before(lex: &Lexicon, toks: &[text::Token], cue: usize) -> Option<usize> {
    let to = (cue.saturating_sub(6)..cue)
        .rev()
        .take_while(|&k| !matches!(toks[k].lower.as_str(), "," | ";" | "." | "\""))
        .find(|&k| toks[k].lower == "to")?;
    let t = to.checked_sub(1)?;
    let threat = lex
        .words
        .is(crate::lexicon::WordClass::Threat, &toks[t].lower);
    let negated = (t.saturating_sub(3)..t).any(|k| {
        lex.words
            .is(crate::lexicon::WordClass::Negation, &toks[k].lower)
    });
    (threat && !negated).then_some(t)
}

/// Sorts interactions by position and actors, and keeps one per sentence, pair and category
/// (the first modality in order: asserted before reported).
fn sort_dedup(out: &mut Vec<Interaction>) {
    out.sort_by(|a, b| {
        (a.start, &a.source, &a.target, a.category, a.modality)
            .cmp(&(b.start, &b.source, &b.target, b.category, b.modality))
    });
    out.dedup_by(|a, b| {
        (a.start, &a.source, &a.target, a.category) == (b.start, &b.source, &b.target, b.category)
    });
}

/// The distinct agents of one sentence's events per key (cue lemma or category), the last
/// first: what a later "the attacks" stands for.
fn agents_by<K: Ord>(events: impl Iterator<Item = (K, String)>) -> BTreeMap<K, Vec<String>> {
    let mut by: BTreeMap<K, Vec<String>> = BTreeMap::new();
    for (key, agent) in events {
        let agents = by.entry(key).or_default();
        agents.retain(|a| *a != agent);
        agents.insert(0, agent);
    }
    by
}

/// The year of the document's publication date, else the latest year from 1900 to 2099 its
/// text names ("Thursday April 5, 2007", "in 2019"); `None` when it names none.
fn doc_year(doc: &Document) -> Option<i32> {
    if let Some(y) = doc
        .meta
        .issued
        .as_deref()
        .and_then(|d| d.get(..4)?.parse().ok())
    {
        return Some(y);
    }
    doc.text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i32>().ok())
        .filter(|y| (1900..2100).contains(y))
        .max()
}

/// The speaker's allegation against an act's agent, in the act's sentence: "X said (that) Y
/// attacked Z" is X's act against Y.
fn allegation_of(act: &Interaction, speaker: &str, agent: &str, cue: String) -> Interaction {
    Interaction {
        source: speaker.to_owned(),
        target: agent.to_owned(),
        stance: crate::lexicon::Stance::Against,
        category: crate::lexicon::Category::ACCUSE,
        mode: Some("allege".to_owned()),
        modality: Modality::Asserted,
        speaker: None,
        cue,
        ..act.clone()
    }
}

/// The id standing in for the speaker of a quotation opened in sentence `pos` and running over
/// several sentences, until the speaker is known (never printed: resolved or dropped).
fn quote_stand_in(pos: usize) -> String {
    format!("\u{1}quote {pos}")
}

fn is_stand_in(id: &str) -> bool {
    id.starts_with('\u{1}')
}

/// Where a sentence stands in a quotation that may run over several sentences of a paragraph.
#[derive(Debug, Clone, Copy, Default)]
struct Quoting {
    /// It starts inside a quotation opened in an earlier sentence.
    inside_start: bool,
    /// A quotation is open at its end.
    open_end: bool,
    /// Byte offset of the mark closing the quotation it started inside.
    close_at: Option<usize>,
    /// Byte offset of the mark opening the quotation left open at its end.
    open_at: Option<usize>,
}

/// Each sentence's place in the document's quotations. Curly marks open and close; a straight
/// one reads by its neighbours, else opens outside a quotation and closes inside one. A new
/// line ends a quotation unless the next paragraph opens with a mark.
fn quoting(text: &str, sentences: &[text::Sentence]) -> Vec<Quoting> {
    let mut out = Vec::with_capacity(sentences.len());
    let mut inside = false;
    let mut prev_end = 0;
    for s in sentences {
        // A paragraph ends a quotation, unless the next opens with a mark: a quotation over
        // paragraphs marks each one's start.
        let opens_with_mark = text[s.start..s.end]
            .trim_start()
            .starts_with(['"', '“', '«']);
        if s.start < prev_end || (text[prev_end..s.start].contains('\n') && !opens_with_mark) {
            inside = false;
        }
        let mut q = Quoting {
            inside_start: inside,
            ..Quoting::default()
        };
        let mut last_open = None;
        let body = &text[s.start..s.end];
        let lead = body.len() - body.trim_start().len();
        // Only the bytes a quote mark starts with are looked at: '"', and the lead bytes of
        // '“', '”' (E2) and '«', '»' (C2), each a character's first byte.
        for off in memchr::memchr3_iter(b'"', 0xE2, 0xC2, body.as_bytes()) {
            let Some(c) = body[off..].chars().next() else {
                continue;
            };
            // (A mark opening a sentence inside a quotation continues it.)
            if off == lead && inside && matches!(c, '"' | '“' | '«') {
                continue;
            }
            // A straight mark reads by its neighbours: after a space and before a word it
            // opens ( "Gondor), after a word or stop and before a space it closes (act." ).
            let before = body[..off].chars().next_back();
            let after = body[off + c.len_utf8()..].chars().next();
            let opens = match c {
                '“' | '«' => true,
                '”' | '»' => false,
                '"' => match (before, after) {
                    (None | Some(' ' | '\t' | '\n' | '(' | '['), Some(a))
                        if a.is_alphanumeric() =>
                    {
                        true
                    }
                    (Some(b), None | Some(' ' | '\t' | '\n' | ',' | '.' | ';' | ':' | ')'))
                        if !b.is_whitespace() =>
                    {
                        false
                    }
                    _ => !inside,
                },
                _ => continue,
            };
            if opens {
                inside = true;
                last_open = Some(s.start + off);
            } else {
                if inside && q.inside_start && q.close_at.is_none() && last_open.is_none() {
                    q.close_at = Some(s.start + off);
                }
                inside = false;
            }
        }
        q.open_end = inside;
        q.open_at = last_open.filter(|_| inside);
        out.push(q);
        prev_end = s.end;
    }
    out
}

/// The speaker a sentence attributes a quotation running over sentences to: named right after
/// the mark that closes it ("…,” Bard Bow said", "…,” he said", "…,” said Bard Bow") or right
/// before the mark that opens it ("Bard Bow said: “…").
fn quote_speaker(
    cues: &patterns::CueIndex,
    toks: &[text::Token],
    ments: &[Mention],
    q: Quoting,
) -> Option<String> {
    let report = |k: usize| {
        toks.get(k)
            .is_some_and(|t| cues.report_forms().contains(&*t.lower))
    };
    // (Not whom one tells: 'He told Gondor TV: "…"'.)
    let told = |m: &Mention| {
        m.start > 0
            && matches!(
                &*toks[m.start - 1].lower,
                "told" | "tell" | "tells" | "telling"
            )
    };
    let near_report = |m: &Mention| {
        !told(m)
            && (report(m.end)
                || (m.end + 1 < toks.len() && report(m.end + 1))
                || (m.start > 0 && report(m.start - 1)))
    };
    if let Some(at) = q.close_at.filter(|_| !q.open_end) {
        let first = toks.iter().position(|t| t.start > at)?;
        return ments
            .iter()
            .filter(|m| m.start >= first && m.start < first + 6)
            .find(|m| near_report(m))
            .map(|m| m.actor.clone());
    }
    if let Some(at) = q.open_at.filter(|_| !q.inside_start) {
        let quote = toks.iter().position(|t| t.start >= at)?;
        return ments
            .iter()
            .rev()
            .filter(|m| m.end <= quote && m.end + 5 >= quote)
            .find(|m| near_report(m))
            .map(|m| m.actor.clone());
    }
    None
}

/// Where the phrase of mention `m` starts: past the mentions joined to it before by a word of
/// `links` that `ok` accepts, and past each one's article ("from the A and B", "with Rohirric
/// and Arnorian …"), not reaching back to token `floor`.
fn joined_start(
    ments: &[Mention],
    toks: &[text::Token],
    m: &Mention,
    links: &[&str],
    ok: impl Fn(&Mention) -> bool,
    floor: usize,
) -> usize {
    let mut b = m.start;
    loop {
        if b > 0 && matches!(toks[b - 1].lower.as_str(), "the" | "a" | "an") {
            b -= 1;
        }
        let joined = b > floor + 1 && links.contains(&toks[b - 1].lower.as_str());
        match ments.iter().find(|c| joined && c.end == b - 1) {
            Some(c) if ok(c) => b = c.start,
            _ => return b,
        }
    }
}
