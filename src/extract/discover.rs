//! Actors the gazetteer does not list, found by general patterns and remembered for the rest of
//! the document:
//! - titled people: `[Arnorian] [Deputy Foreign Minister] Elrond Half`, `Mr Half`;
//! - surnames and acronyms defined earlier: `Half`, `Federal Guard (FG)` … `the FG`;
//! - a state's bodies and groups: `Arnorian police`, `Arnor's security forces`, `the Arnorian
//!   diaspora` (generic nouns), `the Arnorian Ministry of Culture` (capitalised phrases);
//! - media: `the Ithil Telegram channel`, `Ithil news agency`;
//! - definite descriptions: `the ministry` → the last ministry named.

use super::{Mention, MentionForm};
use crate::lexicon::{Kind, Lexicon, RoleClass, WordClass};
use crate::text::{is_dash, is_long_dash, Token};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::{BTreeMap, BTreeSet};

/// An actor as extraction knows it: from the lexicon or discovered in the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorInfo {
    /// Actor id (lexicon id, or a slug minted from the discovered name).
    pub id: String,
    /// Preferred label.
    pub label: String,
    /// Kind.
    pub kind: Kind,
    /// Parent actor id.
    pub parent: Option<String>,
    /// Role in the parent (persons).
    pub role: Option<String>,
    /// Whether the actor was discovered in the text rather than listed in the lexicon.
    pub discovered: bool,
}

/// What the document has taught us so far.
#[derive(Debug, Default)]
pub(super) struct DocActors {
    pub actors: BTreeMap<String, ActorInfo>,
    /// The latest year the document is known to be of (its publication date's, else the
    /// latest year it names): a listed office-holder whose term began later is not the one
    /// an unnamed title means.
    pub latest_year: Option<i32>,
    surnames: HashMap<String, String>,
    /// Family names written first that two people of the document bear.
    shared_family: HashSet<String>,
    /// "North"/"South" → the state of that name the document has named ("North Korea"), for
    /// "the North"; `None` once two such states are named.
    compass: HashMap<&'static str, Option<String>>,
    acronyms: HashMap<String, String>,
    heads: HashMap<String, String>,
    /// An envoy's post: the state a title's "to" names ("its ambassador to Gondor, Elrond
    /// Half"), for recalling them.
    posts: BTreeMap<String, String>,
    /// "the kingdom" and the like: the states named so far whose formal name has the word,
    /// with how often each was named, in the order first named.
    state_heads: HashMap<String, Vec<(String, usize)>>,
    /// The person named last with each title word, for "the spokeswoman".
    titles: HashMap<String, String>,
    /// The person named last, for "he"/"she".
    last_person: Option<String>,
    /// The people named so far, most recent last, each once, for "him".
    recent_persons: Vec<String>,
    /// The state or body named last, for "its".
    last_body: Option<String>,
    /// The persons the sentence before named, in order: its first for "He" opening a sentence
    /// (the subject of the sentence before is the likelier antecedent than the person named
    /// last), its first two holders of an office for "the two leaders".
    persons_before: Vec<String>,
    /// The organisations and outlets the sentence before named, in order, each once: when
    /// there are just two, "both organisations" of the next sentence are they.
    bodies_before: Vec<String>,
    /// Where an unaffiliated person was said to speak ("X told reporters in Tokyo"): the
    /// place's state, their likelier home than the document's (`adopt_orphans`).
    spoke_in: HashMap<String, String>,
    /// The state or body opening the main clause of the sentence before (its likely subject),
    /// for a sentence-opening "It" before a verb.
    subject_before: Option<String>,
    /// A group or plural body opening the main clause of the sentence before ("Georgian
    /// protesters", "the Kazakh authorities"), for a sentence-opening "They" before a verb.
    plural_before: Option<String>,
    /// The group or plural body the sentence before named last, for "them" after a verb with
    /// no plural named before it in its own sentence ("… two Gondorian activists. Police beat
    /// them.").
    plural_last: Option<String>,
    /// The state of the dateline ("Manila (AFP) - …"), home of unowned state bodies.
    home: Option<String>,
    /// Sentences seen so far.
    sentences: usize,
    /// People named after a title that names no state ("President Elrond Half", "Labour
    /// Secretary Bard Bow", not "Gondorian President …"), in order, each once: a paper names
    /// its own country's officials so, and a foreign one's with their state.
    pub bare_titled: Vec<String>,
    /// The person this document names in an office of a state, by (state, head word of the
    /// title): "Dutch Ambassador Kees van Rij" holds ("netherlands", "ambassador").
    holders: HashMap<(String, String), String>,
    /// A person standing for an office-holder the document has not named (yet), by (state, head
    /// word): "the Dutch ambassador".
    unnamed: HashMap<(String, String), String>,
    /// Such a stand-in → the person a full name later showed to hold the office.
    pub merged: HashMap<String, String>,
    /// The listed holder an office named without a name stood for ("Chinese president" in a
    /// headline), by (state, office), until the document names someone in that office.
    incumbents: HashMap<(String, String), String>,
    /// A listed person whom this document's title gives another state than the gazetteer's
    /// (a former office: "Dutch Prime Minister Mark Rutte" in a 2017 report) → that state.
    pub reaffiliated: HashMap<String, String>,
    /// Street crowds of a state that act apart from it (`Lexicon::apart_top`), with that
    /// state: counted with it in the roll-up once the document is read.
    pub apart: BTreeMap<String, String>,
    /// Discovered actors whose state `adopt_orphans` guessed (none was named with them).
    pub adopted: HashSet<String>,
    /// (body, leader) for a leader's government found while the leader had no state
    /// ("Chancellor Angela Merkel … Merkel's government"): adopted as the leader is.
    leader_bodies: Vec<(String, String)>,
    /// How often each state was named in the sentences before, and when last (a running
    /// count of mentions), for "its neighbour": the two most named.
    state_mentions: HashMap<String, (usize, usize)>,
    /// The same, leaving out places ("in Beijing") and a dateline, for "both countries": the
    /// two parties most named.
    party_mentions: HashMap<String, (usize, usize)>,
    /// Mentions of states counted so far.
    state_clock: usize,
    /// The states the sentence before named, with its people's and bodies' states, in order
    /// and each once: when there are just two, "the two sides" of the next sentence are they.
    states_before: Vec<String>,
    /// The three states the document last named as one list ("Mali, Burkina Faso and Niger"),
    /// for "the three countries", "all three governments".
    trio: Vec<String>,
    /// The two states the document last named as the parties "between" whom something
    /// happened ("talks between Arnor and Gondor"), for a later "the two sides".
    between_pair: Vec<String>,
}

/// The year of a lexicon date ("2021-08-25", "2021").
fn year_of(date: &Option<String>) -> Option<i32> {
    date.as_deref().and_then(|d| d.get(..4)?.parse().ok())
}

/// Lower-case ASCII slug (other letters kept lower-cased), words joined by `_`.
/// Whether token `t` is a word of two or more letters written in capitals ("BEIJING").
fn in_capitals(text: &str, t: &Token) -> bool {
    let raw = &text[t.start..t.end];
    raw.chars().count() > 1 && raw.chars().all(|c| c.is_alphabetic() && !c.is_lowercase())
}

pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_owned()
}

/// The role of "the government" and the like named with no state: the home state's.
const HOME_BODY: &str = "home state body";

/// Head nouns of bodies that a definite description ("the ministry") can stand for.
const HEADS: [&str; 13] = [
    "alliance",
    "group",
    "ministry",
    "committee",
    "service",
    "council",
    "office",
    "agency",
    "court",
    "parliament",
    "embassy",
    "commission",
    "department",
];

/// Words that name a body of states, besides `BLOC_WORDS`: no such body is "the group".
const INTERGOVERNMENTAL: [&str; 17] = [
    "agency",
    "assembly",
    "authority",
    "bank",
    "commission",
    "committee",
    "conference",
    "council",
    "court",
    "force",
    "forum",
    "fund",
    "league",
    "nations",
    "office",
    "parliament",
    "programme",
];

/// Words of an organisation's name that make it a bloc of states, which "the bloc" stands for
/// ("the European Union … the bloc", "ASEAN (Association of Southeast Asian Nations) … the
/// bloc").
const BLOC_WORDS: [&str; 8] = [
    "alliance",
    "association",
    "commonwealth",
    "community",
    "cooperation",
    "organisation",
    "organization",
    "union",
];

/// Words of a state's formal name that stand for it after "the": "the kingdom", "the emirate".
const STATE_HEADS: [&str; 5] = ["emirate", "federation", "kingdom", "republic", "sultanate"];

/// Crowds: the state's where they gather ("Shia protesters in Manama"), never a group of
/// their own.
const CROWDS: [&str; 3] = ["demonstrators", "protesters", "rioters"];

/// Group nouns that, with or without "the", stand for the last group of that name: "Arnorian
/// protesters gathered … police dispersed (the) protesters", "Mordorian gunmen attacked …
/// police said the gunmen were arrested".
const GROUP_HEADS: [&str; 10] = [
    "attackers",
    "demonstrators",
    "fighters",
    "gunmen",
    "insurgents",
    "militants",
    "protesters",
    "rebels",
    "rioters",
    "separatists",
];

/// A state's body or group named by the state's first adjective and its noun: "Gondorian
/// opposition".
fn state_noun(state: &crate::lexicon::Actor, noun: &str) -> String {
    let adjective = state.adjectives.first().unwrap_or(&state.label);
    format!("{adjective} {noun}")
}

/// Whether token `k`, after "of", opens a charge an accusing verb just before names: a
/// quotation mark, or a word in lower case naming no actor that is no determiner, quantity or
/// body modifier ('accused the government of "laxity"', "of incompetence"; not "the
/// government of national unity", "of both countries").
fn charge_after_of(lex: &Lexicon, s: &Sent<'_>, k: usize) -> bool {
    let accused = k >= 4
        && (k.saturating_sub(6)..=k - 4).any(|v| {
            matches!(
                s.w(v),
                "accused" | "accuses" | "accusing" | "accuse" | "blamed" | "suspected"
            )
        });
    accused
        && (matches!(s.w(k), "\"" | "“" | "‘" | "'")
            || (s.covered[k].is_none()
                && !s.is_cap(k)
                && s.w(k).chars().all(char::is_alphabetic)
                && !lex.words.is(WordClass::Determiner, s.w(k))
                && !lex.words.is(WordClass::Quantity, s.w(k))
                && !lex.words.is(WordClass::BodyModifier, s.w(k))))
}

/// Whether `w` is a plural group noun of a group standing apart from its state
/// (`generic_nouns.tsv` top `self`: "protesters", "rebels"; not "opposition"), which names a
/// group of its own even with no state before it.
fn lone_group(lex: &Lexicon, w: &str) -> bool {
    w.ends_with('s') && lex.generic.get(w) == Some(&Kind::Group) && lex.self_top.contains(w)
}

/// Group nouns that, after "the" only, stand for the last group of that name: "49 Arnorian
/// troops were detained … the soldiers were charged" (bare, "sent troops" names new ones).
const TROOP_HEADS: [&str; 2] = ["soldiers", "troops"];

struct Sent<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    toks: &'a [Token],
    covered: Vec<Option<usize>>,
    /// Per token: whether it starts with an upper-case letter.
    cap: Vec<bool>,
    /// Per token: whether it can be part of a person's name, coverage aside.
    namey: Vec<bool>,
}

impl<'a> Sent<'a> {
    fn raw(&self, i: usize) -> &str {
        &self.text[self.toks[i].start..self.toks[i].end]
    }
    fn w(&self, i: usize) -> &str {
        &self.toks[i].lower
    }
    fn span(&self, a: usize, b: usize) -> &str {
        &self.text[self.toks[a].start..self.toks[b - 1].end]
    }
    fn new(lex: &'a Lexicon, text: &'a str, toks: &'a [Token]) -> Self {
        let cap: Vec<bool> = toks
            .iter()
            .map(|t| {
                text[t.start..t.end]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            })
            .collect();
        let mut s = Sent {
            lex,
            text,
            toks,
            covered: vec![None; toks.len()],
            cap,
            namey: Vec::new(),
        };
        s.namey = (0..toks.len()).map(|i| s.namey_uncached(i)).collect();
        s
    }
    /// Tokens `a..b` lower-cased and joined by spaces, written into `buf`.
    fn joined<'b>(&self, a: usize, b: usize, buf: &'b mut String) -> &'b str {
        buf.clear();
        for t in a..b {
            if t > a {
                buf.push(' ');
            }
            buf.push_str(self.w(t));
        }
        buf
    }
    /// The end of "in" and a place's capitalised name of up to three words, not an actor's,
    /// at `i` ("in Tiananmen Square"); `i` when there is none.
    fn named_place_after(&self, i: usize) -> usize {
        if i + 1 >= self.toks.len() || self.w(i) != "in" {
            return i;
        }
        (i + 1..self.toks.len().min(i + 4))
            .take_while(|&k| self.is_cap(k) && self.covered[k].is_none() && self.name_word(k))
            .last()
            .map_or(i, |k| k + 1)
    }

    fn is_cap(&self, i: usize) -> bool {
        self.cap[i]
    }
    /// A capitalised word that can be part of a person's name.
    fn name_word(&self, i: usize) -> bool {
        self.covered[i].is_none() && self.namey[i]
    }
    fn namey_uncached(&self, i: usize) -> bool {
        let raw = self.raw(i);
        let w = self.w(i);
        self.is_cap(i)
            && raw.chars().count() > 1
            && raw
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && !self.lex.roles.contains_key(w)
            && !self.lex.words.is(WordClass::Determiner, w)
            && !self.lex.words.is(WordClass::Calendar, w)
            // "Later Chavez ordered …": an adverb opening a sentence is no given name.
            && !self.lex.words.is(WordClass::Skip, w)
            && !self.lex.words.is(WordClass::Boundary, w)
            // A preposition opening the sentence: "In Admiralty, …".
            && !self.lex.words.is(WordClass::Locative, w)
            // A body's head after "the", a name after it, is no part of that name: "President
            // of the Court Joan Donoghue" (not "the Ministry of Justice").
            && !(i > 0
                && i + 1 < self.toks.len()
                && self.w(i - 1) == "the"
                && HEADS.contains(&w)
                && self.is_cap(i + 1)
                && !matches!(self.w(i + 1), "of" | "for" | "on" | "and"))
            && !(raw.chars().all(char::is_uppercase)
                && raw.chars().count() > 1
                && i + 1 < self.toks.len()
                && !self.is_cap(i + 1)
                // A regnal number ends a name: "Mohammed VI".
                && !(i > 0 && self.is_cap(i - 1) && raw.chars().all(|c| "IVX".contains(c))))
    }
    /// End of a name starting at `i`: up to `max` name words, joined by hyphens where written
    /// so ("Kilroy-Silk").
    fn name_end(&self, i: usize, max: usize) -> usize {
        let mut k = i;
        let mut words = 0;
        // A role word that is also a family name ends a name after a given name: "Julie
        // Bishop".
        let surname = |k: usize, words: usize| {
            words >= 1
                && self.covered[k].is_none()
                && self.is_cap(k)
                && self.lex.words.is(WordClass::Surname, self.w(k))
                && !(k + 1 < self.toks.len() && self.name_word(k + 1))
        };
        while k < self.toks.len() && words < max && (self.name_word(k) || surname(k, words)) {
            k += 1;
            words += 1;
            while k + 1 < self.toks.len() && self.w(k) == "-" && self.name_word(k + 1) {
                k += 2;
            }
            // A later given name's lower-case syllable, written joined: "Ban Ki-moon", "Kim
            // Jong-un", "Kim Gi-hyeon" (not a first word: "Biden-era").
            let joined = |a: usize, b: usize| self.toks[a].end == self.toks[b].start;
            if words >= 2
                && k + 1 < self.toks.len()
                && self.w(k) == "-"
                && joined(k - 1, k)
                && joined(k, k + 1)
                && !self.is_cap(k + 1)
                && self.covered[k + 1].is_none()
                && (1..=6).contains(&self.raw(k + 1).chars().count())
                && self.raw(k + 1).chars().all(char::is_alphabetic)
                // (Not an English word joined to a name: "Trump-style", "Putin-backed".)
                && !self.w(k + 1).ends_with("ed")
                && !matches!(
                    self.w(k + 1),
                    "style" | "era" | "like" | "type" | "born" | "made" | "wide" | "free"
                )
            {
                k += 2;
            }
            // A middle initial before one further name word (in "… Malcolm X. Attallah Shabazz
            // said" the initial ends a sentence): "George W. Bush", or without its full stop,
            // "George W Bush".
            let initial = k < self.toks.len()
                && self.covered[k].is_none()
                && self.raw(k).len() == 1
                && self.raw(k).chars().all(|c| c.is_ascii_uppercase());
            let stop =
                usize::from(k + 1 < self.toks.len() && self.w(k + 1) == "." && joined(k, k + 1));
            let surname = k + stop + 1;
            if initial
                && (stop == 1 || words >= 1)
                && surname < self.toks.len()
                && self.name_word(surname)
                && !(surname + 1 < self.toks.len() && self.name_word(surname + 1))
            {
                k = surname;
            }
            // Up to two lower-case particles before a further name word: "Kees van Rij".
            let mut p = k;
            while p < self.toks.len()
                && p < k + 2
                && !self.is_cap(p)
                && self.lex.words.is(WordClass::Particle, self.w(p))
            {
                p += 1;
            }
            if p > k && p < self.toks.len() && self.name_word(p) {
                k = p;
            } else if p > k && p + 1 < self.toks.len() && self.w(p) == "-" && self.name_word(p + 1)
            {
                // Hyphenated: "Jaish al-Adl", "Adel al-Jubeir".
                k = p + 2;
            }
        }
        // A patronymic word ending it: "Makhabat Tazhibek kyzy", "Elchin Mammad oglu".
        if k >= i + 2
            && k < self.toks.len()
            && self.covered[k].is_none()
            && !self.is_cap(k)
            && self.lex.words.is(WordClass::Patronymic, self.w(k))
        {
            k += 1;
        }
        k
    }

    /// The state named by a sentence's opening place phrase, wire-report style: "In Beijing,
    /// foreign ministry spokeswoman Mao Ning said …" (a title without a state belongs to it).
    fn opening_place(&self, ments: &[Mention]) -> Option<usize> {
        if !self.lex.words.is(WordClass::Locative, self.w(0)) {
            return None;
        }
        let m = self.covered.get(1).copied().flatten()?;
        let after = ments[m].end;
        let is_state = self.lex.state(&ments[m].actor).is_some();
        (is_state && self.toks.get(after).is_some_and(|t| t.lower == ",")).then_some(m)
    }

    /// A body named right before a title at token `i`, not a state: "UN Secretary-General …",
    /// "Gazprom chief …", "EU foreign policy chief …".
    fn body_before(
        &self,
        lex: &Lexicon,
        doc: &DocActors,
        i: usize,
        ments: &[Mention],
    ) -> Option<usize> {
        let m = self.covered[i.checked_sub(1)?]?;
        let kind = kind_of(lex, doc, &ments[m].actor)?;
        (ments[m].end == i
            && ments[m].form == MentionForm::Name
            && !ments[m].possessive
            && matches!(kind, Kind::Org | Kind::Agency | Kind::Media))
        .then_some(m)
    }

    /// The state (or other actor) a mention right before token `i` attaches a phrase to:
    /// `Arnorian …` or `Arnor's …`.
    fn owner_before(&self, i: usize, ments: &[Mention]) -> Option<usize> {
        let j = i.checked_sub(1)?;
        if self.w(j) == "'s" {
            return self.covered[j.checked_sub(1)?];
        }
        let m = self.covered[j]?;
        // "Arnorian Foreign Minister …", "UK Foreign Secretary …" (a state's short name).
        let is_state = self.lex.state(&ments[m].actor).is_some();
        (ments[m].form == MentionForm::Adjective || is_state).then_some(m)
    }
}

/// Whether a mention names a group, or a body by a plural noun ("the Kazakh authorities",
/// "Gondorian forces"): what "they" opening the next sentence and "them" after a verb stand for.
fn plural_actor(lex: &Lexicon, doc: &DocActors, s: &Sent<'_>, m: &Mention) -> bool {
    match kind_of(lex, doc, &m.actor) {
        Some(Kind::Group) => true,
        Some(Kind::Agency) => {
            let last = s.w(m.end - 1);
            last.ends_with('s')
                && !last.ends_with("ss")
                && lex.generic.contains_key(last)
                && !s.is_cap(m.end - 1)
        }
        _ => false,
    }
}

/// An actor's kind, listed or discovered in this document.
pub(super) fn kind_of(lex: &Lexicon, doc: &DocActors, id: &str) -> Option<Kind> {
    lex.actor(id)
        .map(|a| a.kind)
        .or_else(|| doc.actors.get(id).map(|a| a.kind))
}

fn state_of(lex: &Lexicon, doc: &DocActors, id: &str) -> Option<String> {
    let kind = kind_of(lex, doc, id)?;
    Some(id.to_owned())
        .filter(|_| matches!(kind, Kind::State | Kind::Agency | Kind::Org | Kind::Media))
}

/// The body or state a person belongs to (their parent), for their aide's.
fn person_home(lex: &Lexicon, doc: &DocActors, id: &str) -> Option<String> {
    if kind_of(lex, doc, id)? != Kind::Person {
        return None;
    }
    match lex.actor(id) {
        Some(a) => doc
            .reaffiliated
            .get(id)
            .cloned()
            .or_else(|| a.parent.clone()),
        None => doc.actors.get(id).and_then(|a| a.parent.clone()),
    }
}

/// The state at the top of `id`'s parent chain (lexicon or discovered), if it is a state.
fn state_top(lex: &Lexicon, doc: &DocActors, id: &str) -> Option<String> {
    let mut cur = id.to_owned();
    for _ in 0..16 {
        let parent = match lex.actor(&cur) {
            Some(a) => a.parent.clone(),
            None => doc.actors.get(&cur).and_then(|a| a.parent.clone()),
        };
        match parent {
            Some(p) => cur = p,
            None => break,
        }
    }
    lex.state(&cur).map(|s| s.id.clone())
}

/// The office a title's head word names, for matching an unnamed office-holder with a named
/// one: every diplomatic head ("ambassador", "envoy") names the same office.
fn office<'a>(lex: &Lexicon, head: &'a str) -> &'a str {
    match lex.roles.get(head) {
        Some(RoleClass::Envoy) => "envoy",
        _ => head,
    }
}

/// A word after which a title's words name the office of someone a deputy serves ("deputy
/// prime minister", "vice president"): its holder holds no such office.
fn deputy_word(w: &str) -> bool {
    matches!(w, "deputy" | "vice" | "assistant")
}

/// The offices a title's head word makes its holder hold: a president is also the state's
/// "leader" ("the Gondorian leader").
fn offices<'a>(lex: &Lexicon, head: &'a str) -> Vec<&'a str> {
    match office(lex, head) {
        "president" => vec!["president", "leader"],
        // An envoy is also "the Gondorian diplomat".
        "envoy" => vec!["envoy", "diplomat"],
        held => vec![held],
    }
}

/// A person found in the text, with their id minted from the name.
fn named_person(name: String, parent: Option<String>, role: Option<String>) -> ActorInfo {
    ActorInfo {
        id: slug(&name),
        label: name,
        kind: Kind::Person,
        parent,
        role,
        discovered: true,
    }
}

/// A body found in the text with no affiliation yet, its id minted from its label as written.
fn unaffiliated(label: String, kind: Kind) -> ActorInfo {
    named_body(label, kind, None)
}

/// A discovered actor of `kind` named `label` (its id the label's slug), under `parent`.
fn named_body(label: String, kind: Kind, parent: Option<String>) -> ActorInfo {
    ActorInfo {
        id: slug(&label),
        label,
        kind,
        parent,
        role: None,
        discovered: true,
    }
}

/// Whether a word is written as an acronym: two or more capitals or digits ("FSB", "G7").
fn acronym(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Bodies the lexicon does not list, named in full with their acronym in brackets after them,
/// the acronym the initials of the name's capitalised words: "the National Council of
/// Resistance of Gondor (NCRG)", "the Union of Independent Journalists of Rohan (UIJR)". The
/// name's last capitalised word before an "of" or "for" complement (or its last word) is a
/// body's noun; a state named inside it ("of Gondor") owns a state body, unless a word of the
/// name makes it a movement's. Replaces the mentions inside the name; returns whether any
/// name was found.
fn defined_names(
    lex: &Lexicon,
    doc: &mut DocActors,
    s: &Sent<'_>,
    ments: &mut Vec<Mention>,
) -> bool {
    const LINKS: [&str; 8] = ["of", "for", "and", "the", "on", "in", "-", "'s"];
    let n = s.toks.len();
    let mut found = false;
    for p in 1..n.saturating_sub(2) {
        let acr = s.raw(p + 1);
        let letters = acr.chars().count();
        if s.w(p) != "("
            || s.w(p + 2) != ")"
            || !(2..=8).contains(&letters)
            || !acr.chars().all(|c| c.is_ascii_uppercase())
            || s.covered[p + 1].is_some()
            // "the Intermediate-Range Nuclear Forces (INF) Treaty".
            || (p + 3 < n && s.is_cap(p + 3))
        {
            continue;
        }
        // The name's start: the capitalised word from which the initials spell the acronym.
        let mut start = None;
        let mut initials = String::new();
        let mut j = p;
        while j > 0 && j + 12 > p {
            j -= 1;
            let w = s.w(j);
            if s.is_cap(j) && s.raw(j).chars().all(|c| c.is_alphabetic() || c == '\'') {
                initials.insert(0, s.raw(j).chars().next().unwrap_or(' '));
                if initials == acr && w != "the" {
                    start = Some(j);
                    break;
                }
                if initials.len() > letters {
                    break;
                }
            } else if !LINKS.contains(&w) {
                break;
            }
        }
        let Some(start) = start else { continue };
        // Mentions inside the name: none across its edges, no one named in full as it is,
        // no person.
        let inside: Vec<usize> = (0..ments.len())
            .filter(|&k| ments[k].start < p && ments[k].end > start)
            .collect();
        let fits = inside.iter().all(|&k| {
            let m = &ments[k];
            m.start >= start
                && m.end <= p
                && m.end - m.start < p - start
                && kind_of(lex, doc, &m.actor) != Some(Kind::Person)
        });
        if !fits {
            continue;
        }
        let head_end = (start..p)
            .find(|&t| matches!(s.w(t), "of" | "for"))
            .unwrap_or(p);
        let Some(head) = (start..head_end).rev().find(|&t| s.is_cap(t)) else {
            continue;
        };
        let kind = match lex.generic.get(s.w(head)) {
            Some(Kind::State) | None => continue,
            Some(&k) => k,
        };
        if lex.words.is(WordClass::NotActor, s.w(head)) {
            continue;
        }
        let movement = (start..p).any(|t| lex.words.is(WordClass::Movement, s.w(t)));
        let state = inside
            .iter()
            .map(|&k| &ments[k].actor)
            .find(|a| lex.state(a).is_some())
            .cloned();
        let (kind, parent) = match (kind, movement) {
            (Kind::Agency | Kind::Org, true) => (Kind::Group, None),
            (Kind::Agency, false) => (Kind::Agency, state.or_else(|| doc.home.clone())),
            (k, _) => (k, None),
        };
        let id = doc.register(lex, named_body(s.span(start, p).to_owned(), kind, parent));
        doc.acronyms.insert(acr.to_owned(), id.clone());
        for &k in inside.iter().rev() {
            ments.remove(k);
        }
        let at = ments.partition_point(|m| m.start < start);
        ments.insert(at, mention(start, p, id.clone(), s.toks));
        let at = ments.partition_point(|m| m.start < p + 1);
        ments.insert(at, mention(p + 1, p + 2, id, s.toks));
        found = true;
    }
    found
}

/// A relative named after a person's possessive and a family noun: "Kadhafi's son Hannibal"
/// (a given name alone takes the family name the possessive is written with), "Bard Bow's
/// son, Elrond Bow". They are of the person's state. Returns whether any was found.
fn named_relatives(
    lex: &Lexicon,
    doc: &mut DocActors,
    s: &Sent<'_>,
    ments: &mut Vec<Mention>,
) -> bool {
    let n = s.toks.len();
    let mut found = Vec::new();
    for m in ments.iter() {
        let k = m.end + 1;
        if !m.possessive
            || k + 1 >= n
            || !lex.words.is(WordClass::Kin, s.w(k))
            || kind_of(lex, doc, &m.actor) != Some(Kind::Person)
        {
            continue;
        }
        let at = k + 1 + usize::from(s.w(k + 1) == ",");
        if at >= n || !s.name_word(at) {
            continue;
        }
        let e = s.name_end(at, 3);
        let mut label = s.span(at, e).to_owned();
        if e == at + 1 {
            label.push(' ');
            label.push_str(s.raw(m.end - 1));
        }
        let parent = state_top(lex, doc, &m.actor);
        found.push((at, e, label, parent));
    }
    let any = !found.is_empty();
    for (at, e, label, parent) in found {
        let id = doc.register(lex, named_person(label, parent, None));
        let pos = ments.partition_point(|x| x.start < at);
        ments.insert(pos, mention(at, e, id, s.toks));
    }
    any
}

/// Whether `label` is written as a name: every word capitalised but a linking word ("of",
/// "and", "for", "the"), no possessive.
fn proper_name(label: &str) -> bool {
    !label.contains("'s")
        && label.split_whitespace().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(w, "of" | "and" | "for" | "the" | "on" | "in")
        })
}

fn label_of(lex: &Lexicon, doc: &DocActors, id: &str) -> Option<String> {
    lex.actor(id)
        .map(|a| a.label.clone())
        .or_else(|| doc.actors.get(id).map(|a| a.label.clone()))
}

impl DocActors {
    /// Gives discovered people and state bodies without an affiliation ("Elrond Half", "the
    /// Supreme Court") the document's home state: the dateline's, else the first of `ranked`
    /// (states with how often the document names them). In a document about a dispute (two
    /// states named about as often) it is the first of those that is not the state of one of
    /// the actor's `partners` (the tops of those it interacts with). Where the actor deals with
    /// both and no dateline names a home, it is the `perspective` (the state of the people the
    /// paper names with a bare title, its own), when that is one of the disputants.
    pub(super) fn adopt_orphans(
        &mut self,
        ranked: &[(&str, usize)],
        partners: &HashMap<&str, Vec<String>>,
        perspective: Option<String>,
    ) {
        let home = self.home.clone();
        // Two states named about as often: a dispute between them, where someone acting on
        // one side's state is most likely from the other.
        let contested = match ranked {
            [(_, a), (_, b), ..] => 2 * b >= *a,
            _ => false,
        };
        // The disputants: the states named about as often as the most named one. A state
        // named in passing is nobody's guessed home.
        let top = ranked.first().map_or(0, |(_, c)| *c);
        let disputants: Vec<&str> = ranked
            .iter()
            .filter(|(_, c)| 2 * c >= top)
            .map(|(id, _)| *id)
            .collect();
        let ranked: Vec<&str> = ranked.iter().map(|(id, _)| *id).collect();
        for a in self.actors.values_mut() {
            if !(a.discovered
                && (matches!(a.kind, Kind::Person | Kind::Agency)
                    || a.role.as_deref() == Some(HOME_BODY))
                && a.parent.is_none())
            {
                continue;
            }
            self.adopted.insert(a.id.clone());
            if let Some(place) = self.spoke_in.get(&a.id).filter(|_| a.kind == Kind::Person) {
                a.parent = Some(place.clone());
                continue;
            }
            // Not a state the actor acts with: that would fold both sides into one.
            let theirs = partners.get(a.id.as_str());
            let free = |s: &&str| theirs.is_none_or(|p| !p.iter().any(|t| t == s));
            a.parent = if a.role.as_deref() == Some(HOME_BODY) {
                home.as_deref().or(ranked.first().copied())
            } else if contested {
                home.as_deref()
                    .into_iter()
                    .chain(disputants.iter().copied())
                    .find(|s| free(s))
                    .or(home.as_deref())
                    .or(perspective.as_deref().filter(|p| disputants.contains(p)))
                    .or(ranked.first().copied())
            } else {
                home.as_deref().or(ranked.first().copied())
            }
            .map(str::to_owned);
        }
        for (body, leader) in &self.leader_bodies {
            let parent = self.actors.get(leader).and_then(|l| l.parent.clone());
            if let Some(b) = self.actors.get_mut(body).filter(|_| parent.is_some()) {
                b.parent = parent;
            }
        }
    }

    /// Names each home body ("the authorities", "the government" with no state named) as
    /// the body of the state it was given (`adopt_orphans`): in a Ukrainian story "the
    /// authorities" are the Ukrainian authorities, the lexicon's body when it lists one.
    /// Returns (old id, new id) pairs.
    pub(super) fn name_home_bodies(&mut self, lex: &Lexicon) -> Vec<(String, String)> {
        let homes: Vec<(String, String, String, String, Kind)> = self
            .actors
            .values()
            .filter(|a| a.role.as_deref() == Some(HOME_BODY))
            .filter_map(|a| {
                let state = lex.state(a.parent.as_deref()?)?;
                let noun = a.id.strip_prefix("the_")?.replace('_', " ");
                let label = state_noun(state, &noun);
                Some((a.id.clone(), state.id.clone(), noun, label, a.kind))
            })
            .collect();
        homes
            .into_iter()
            .map(|(old, state, noun, label, kind)| {
                // (A group standing apart from its state is a group of its own: "the
                // opposition".)
                let own = kind == Kind::Group && lex.self_top.contains(&noun);
                let new = self.state_body(lex, &state, &noun, &label, kind, own);
                (old, new)
            })
            .collect()
    }

    /// The group a lone group noun ("protesters") names, registered the first time, and
    /// the one its noun and its kin ("demonstrators") stand for from now on.
    /// (`label` is the noun with the place it is named at: "protesters in Tiananmen Square".)
    /// The group is the state's where the sentence places it ("protesters in Seoul"), else
    /// its own.
    fn lone_group(&mut self, lex: &Lexicon, noun: &str, label: &str, at: Option<&str>) -> String {
        let info = match at {
            Some(state) => ActorInfo {
                id: format!("{state}_{}", slug(label)),
                label: label.to_owned(),
                kind: Kind::Group,
                parent: Some(state.to_owned()),
                role: None,
                discovered: true,
            },
            None => unaffiliated(label.to_owned(), Kind::Group),
        };
        let id = self.register(lex, info);
        self.heads.insert(noun.to_owned(), id.clone());
        id
    }

    /// Records that `person` holds the office `head` of `state`; a stand-in for that office
    /// becomes them (in every office the head names: see `offices`).
    fn note_holder(&mut self, lex: &Lexicon, state: &str, head: &str, person: &str) {
        for held in offices(lex, head) {
            // (An unnamed diplomat named before an envoy may be another diplomat: "Gondor
            // expels Rohirric diplomat", then "the Rohirric chargé d'affaires, X".)
            let merges = !(held == "diplomat" && office(lex, head) == "envoy");
            for ((s, h), stand_in) in self.unnamed.iter().filter(|_| merges) {
                // The first named holder: a headline's "US ambassador" is the first US
                // ambassador the report names, not another named later.
                if s == state && office(lex, h) == held && stand_in != person {
                    self.merged
                        .entry(stand_in.clone())
                        .or_insert_with(|| person.to_owned());
                }
            }
            self.holders
                .insert((state.to_owned(), held.to_owned()), person.to_owned());
        }
    }

    /// A person the text names in `state`'s office `head` with the title written before the
    /// name ("Chinese President Jiang Zemin") is whom that office named without a name stood
    /// for earlier (a headline's "Chinese president"), not the listed holder the lexicon knows.
    fn adopt_incumbent(&mut self, lex: &Lexicon, state: &str, head: &str, person: &str) {
        for held in offices(lex, head) {
            if let Some(listed) = self.incumbents.remove(&(state.to_owned(), held.to_owned())) {
                if listed != person {
                    self.merged.insert(listed, person.to_owned());
                }
            }
        }
    }

    /// Gives a discovered person with no affiliation, whose title names a body or a
    /// spokesman ("foreign ministry spokesman Nasser Kanaani"), the state they speak for.
    pub(super) fn affiliate(&mut self, lex: &Lexicon, person: &str, state: &str) {
        let Some(info) = self.actors.get_mut(person) else {
            return;
        };
        let speaks_for_body = info.role.as_deref().is_some_and(|r| {
            r.split_whitespace().any(|w| {
                let w = w.to_lowercase();
                w.starts_with("spokes")
                    || lex
                        .generic
                        .get(w.as_str())
                        .is_some_and(|&k| k == Kind::Agency)
            })
        });
        if info.discovered && info.parent.is_none() && info.kind == Kind::Person && speaks_for_body
        {
            info.parent = Some(state.to_owned());
        }
    }

    /// Whether `a` is a stand-in for an unnamed office-holder of state `b` ("the Gondorian
    /// envoy" and Gondor).
    pub(super) fn stands_in_for_state(&self, a: &str, b: &str) -> bool {
        self.unnamed
            .iter()
            .any(|((state, _), id)| id == a && state == b)
    }

    /// Records an envoy's post: the state a title's "to" complement names (`comps`: the
    /// title's complements, with whether "of" introduced them), when its head is an envoy's.
    fn note_post(
        &mut self,
        lex: &Lexicon,
        person: &str,
        head: &str,
        comps: &[(usize, bool)],
        ments: &[Mention],
    ) {
        if lex.roles.get(head) != Some(&RoleClass::Envoy) {
            return;
        }
        if let Some((m, _)) = comps
            .iter()
            .find(|(m, of)| !of && lex.state(&ments[*m].actor).is_some())
        {
            self.posts
                .insert(person.to_owned(), ments[*m].actor.clone());
        }
    }

    /// The state an envoy was posted to, when their title said so.
    pub(super) fn post(&self, person: &str) -> Option<&str> {
        self.posts.get(person).map(String::as_str)
    }

    /// The actor a stand-in turned out to be (itself otherwise).
    pub(super) fn resolved<'a>(&'a self, id: &'a str) -> &'a str {
        self.merged.get(id).map_or(id, String::as_str)
    }

    /// The body of `state` that `noun` names ("security forces", "foreign ministry"): the
    /// lexicon's when it lists one, else a discovered one labelled as the text wrote it
    /// (`label`: "Arnor's security forces"; gold sets and readers name actors that way), under
    /// the state unless `own_top` ("the Arnorian opposition" is a group of its own).
    fn state_body(
        &mut self,
        lex: &Lexicon,
        state: &str,
        noun: &str,
        label: &str,
        kind: Kind,
        own_top: bool,
    ) -> String {
        match lex.body(state, noun) {
            Some(listed) => listed.id.clone(),
            None => {
                let id = self.register(
                    lex,
                    ActorInfo {
                        id: format!("{state}_{}", slug(noun)),
                        label: label.to_owned(),
                        kind,
                        parent: (!own_top).then(|| state.to_owned()),
                        role: None,
                        discovered: true,
                    },
                );
                if own_top && lex.apart_top.contains(noun) {
                    self.apart.insert(id.clone(), state.to_owned());
                }
                id
            }
        }
    }

    fn register(&mut self, lex: &Lexicon, info: ActorInfo) -> String {
        // A fuller form of a person's name named before, extended past a name particle
        // ("Cristina Fernández", then "Cristina Fernández de Kirchner"), is the same person.
        if info.kind == Kind::Person && info.label.split_whitespace().count() >= 3 {
            let shorter = self.actors.values().find(|a| {
                a.kind == Kind::Person
                    && a.discovered
                    && a.label.split_whitespace().count() >= 2
                    && info.label.starts_with(&a.label)
                    && info.label[a.label.len()..]
                        .strip_prefix(' ')
                        .and_then(|rest| rest.split_whitespace().next())
                        .is_some_and(|w| lex.words.is(WordClass::Particle, w))
            });
            if let Some(a) = shorter {
                return a.id.clone();
            }
        }
        let id = info.id.clone();
        if info.kind == Kind::Person {
            if let Some(last) = info.label.split_whitespace().last() {
                if info.label.contains(' ') {
                    self.surnames
                        .entry(last.to_owned())
                        .or_insert_with(|| id.clone());
                    // "al-Bashir" is also written "Bashir".
                    let bare = last
                        .split_once('-')
                        .filter(|(p, rest)| {
                            lex.words.is(WordClass::Particle, p)
                                && rest.starts_with(char::is_uppercase)
                                && rest.chars().count() >= 4
                        })
                        .map(|(_, rest)| rest.to_owned());
                    if let Some(bare) = bare {
                        self.surnames.entry(bare).or_insert_with(|| id.clone());
                    }
                    // A hyphenated given name after the family name, its second syllable in
                    // lower case ("Donald Tsang Yam-kuen"): the family name is the word before.
                    let words: Vec<&str> = info.label.split_whitespace().collect();
                    let given_last = last.split_once('-').is_some_and(|(a, b)| {
                        a.starts_with(char::is_uppercase) && b.starts_with(char::is_lowercase)
                    });
                    if given_last && words.len() >= 3 {
                        let family = words[words.len() - 2];
                        if family.starts_with(char::is_uppercase) {
                            self.surnames
                                .entry(family.to_owned())
                                .or_insert_with(|| id.clone());
                        }
                    }
                    // A middle word of a longer name may be the one used alone: a first
                    // surname ("Nicolás Maduro Moros", "Silvestre Bello III") or a family
                    // name before a place name ("Mohammad Abedini Najafabadi"). Not an
                    // initial or a particle.
                    let abbreviated = lex.words.is(WordClass::Abbreviation, &last.to_lowercase());
                    if words.len() >= 3 && !abbreviated {
                        for w in &words[1..words.len() - 1] {
                            let plain =
                                w.chars().all(char::is_alphabetic) && w.chars().count() >= 3;
                            if plain
                                && w.starts_with(char::is_uppercase)
                                && !lex.words.is(WordClass::Particle, &w.to_lowercase())
                            {
                                self.surnames
                                    .entry((*w).to_owned())
                                    .or_insert_with(|| id.clone());
                            }
                        }
                    }
                }
            }
            self.family_name(lex, &info.label, &id);
        }
        // (Not a person's: "President of the Court Joan E. Donoghue" is no court.)
        if let Some(head) = info.label.split_whitespace().find(|w| {
            info.kind != Kind::Person
                && w.chars().next().is_some_and(char::is_uppercase)
                && HEADS.contains(&w.to_lowercase().as_str())
        }) {
            self.heads.insert(head.to_lowercase(), id.clone());
        }
        // A body first named with a description ("Ukraine's largest Orthodox Church") is
        // labelled by its name when the name comes ("the Ukrainian Orthodox Church").
        match self.actors.get_mut(&id) {
            Some(known) => {
                if known.discovered
                    && info.kind != Kind::Person
                    && !proper_name(&known.label)
                    && proper_name(&info.label)
                {
                    known.label = info.label;
                }
            }
            None => {
                self.actors.insert(id.clone(), info);
            }
        }
        id
    }
}

impl DocActors {
    /// The person `other` (a reading of a later part of the document) gives `surname` to, with
    /// their record and the records of the discovered bodies they belong to, learnt here: a
    /// headline's "Sunak cancels …" names the "Prime Minister Rishi Sunak" of the body.
    /// Whether someone was learnt.
    pub(super) fn learn_surname(
        &mut self,
        lex: &Lexicon,
        other: &DocActors,
        surname: &str,
    ) -> bool {
        let Some(id) = other.surnames.get(surname) else {
            return false;
        };
        // (Not a capitalised phrase read as a name: "At Okhmatdyt".)
        let named = other.actors.get(id).is_some_and(|a| {
            a.kind == Kind::Person
                && a.label
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| !lex.words.is_any(&w.to_lowercase()))
        });
        if !named || self.surnames.contains_key(surname) {
            return false;
        }
        let mut cur = Some(id.clone());
        while let Some(c) = cur.take() {
            if self.actors.contains_key(&c) {
                break;
            }
            if let Some(info) = other.actors.get(&c) {
                cur = info.parent.clone();
                self.actors.insert(c, info.clone());
            }
        }
        self.surnames.insert(surname.to_owned(), id.clone());
        true
    }

    /// A family name written first ("Zhao" of "Zhao Lijian") names its bearer alone, unless two
    /// people of the document bear it ("Kim Jong Un", "Kim Yo Jong").
    fn family_name(&mut self, lex: &Lexicon, full_name: &str, id: &str) {
        let Some((first, _)) = full_name.split_once(' ') else {
            return;
        };
        if !lex.family_names.contains(first) || self.shared_family.contains(first) {
            return;
        }
        match self.surnames.get(first) {
            Some(other) if other != id => {
                self.surnames.remove(first);
                self.shared_family.insert(first.to_owned());
            }
            Some(_) => {}
            None => {
                self.surnames.insert(first.to_owned(), id.to_owned());
            }
        }
    }
}

/// Adds discovered mentions to `ments` (kept sorted and non-overlapping) and learns names.
pub(super) fn discover(
    lex: &Lexicon,
    text: &str,
    toks: &[Token],
    ments: &mut Vec<Mention>,
    doc: &mut DocActors,
    cues: &super::patterns::CueIndex,
) {
    let report = cues.report_forms();
    // A surname this document has given to someone else ("Yevgeny Belousov", then "Belousov")
    // is theirs, not the listed person's.
    for m in ments.iter_mut() {
        if m.end == m.start + 1 {
            let raw = &text[toks[m.start].start..toks[m.start].end];
            if let Some(id) = doc.surnames.get(raw).filter(|id| **id != m.actor) {
                if lex.actor(&m.actor).is_some_and(|a| a.kind == Kind::Person) {
                    m.actor = id.clone();
                }
            }
        }
    }
    // "ethnic Kyrgyz", "ethnic Chinese": the state's people (its group), the demonym standing
    // alone after "ethnic".
    for m in ments.iter_mut() {
        if m.start == 0 || toks[m.start - 1].lower != "ethnic" {
            continue;
        }
        let alone = toks.get(m.end).is_none_or(|t| {
            !t.lower.chars().all(char::is_alphabetic) || !lex.generic.contains_key(&*t.lower)
        });
        if alone {
            if let Some(state) = lex.state(&m.actor) {
                let people = format!("{}{}", state.id, crate::lexicon::PEOPLE_SUFFIX);
                let id = if lex.actor(&people).is_some() {
                    people
                } else {
                    let label =
                        format!("ethnic {}", &text[toks[m.start].start..toks[m.end - 1].end]);
                    doc.register(
                        lex,
                        ActorInfo {
                            id: people,
                            label,
                            kind: Kind::Group,
                            parent: Some(state.id.clone()),
                            role: None,
                            discovered: true,
                        },
                    )
                };
                m.actor = id;
                m.form = MentionForm::Name;
            }
        }
    }
    // "European" before a capitalised title is the European Union's: "European Commissioner
    // for Enlargement Stefan Fule" (not Europe's peoples: "European leaders").
    if lex.actor("european_union").is_some() {
        for i in 0..toks.len().saturating_sub(1) {
            if toks[i].lower != "european" || &text[toks[i].start..toks[i].end] != "European" {
                continue;
            }
            let next = &text[toks[i + 1].start..toks[i + 1].end];
            let free = !ments.iter().any(|m| m.start <= i + 1 && i < m.end);
            if free
                && next.starts_with(char::is_uppercase)
                && lex
                    .roles
                    .get(&*toks[i + 1].lower)
                    .is_some_and(|c| c.is_head())
            {
                let at = ments.partition_point(|m| m.start < i);
                ments.insert(
                    at,
                    Mention {
                        start: i,
                        end: i + 1,
                        actor: "european_union".to_owned(),
                        form: MentionForm::Adjective,
                        possessive: false,
                        person: false,
                        pair: false,
                    },
                );
            }
        }
    }
    // A demonym right after a title and before a name is a given name: "Trade Minister German
    // Gref" (not Germany).
    ments.retain(|m| {
        let (st, e) = (m.start, m.end);
        let cap = |k: usize| text[toks[k].start..].starts_with(char::is_uppercase);
        !(m.form == MentionForm::Adjective
            && e == st + 1
            && st > 0
            && e < toks.len()
            && cap(st - 1)
            && lex
                .roles
                .get(&*toks[st - 1].lower)
                .is_some_and(|c| c.is_head())
            && cap(e)
            && toks[e].lower.chars().all(char::is_alphabetic)
            && !lex.roles.contains_key(&*toks[e].lower)
            && !lex.words.is_any(&toks[e].lower)
            && lex.state(&m.actor).is_some())
    });
    // A party's one-word name ending a longer capitalised name is that other party's: "the
    // Social Democrats", "the Christian Democrats" (not the Gondor Party's "Democrats"); the
    // longer name is found below as an organisation's.
    let ends: Vec<usize> = ments.iter().map(|m| m.end).collect();
    let other_party = |m: &Mention| {
        let st = m.start;
        let party = m.end == st + 1
            && !ends.contains(&st)
            && m.form == MentionForm::Name
            && lex
                .actor(&m.actor)
                .is_some_and(|a| a.kind == Kind::Org && a.parent.is_some());
        if !party || st == 0 {
            return false;
        }
        let w = &*toks[st - 1].lower;
        let raw = &text[toks[st - 1].start..toks[st - 1].end];
        let capitalised_word = raw.starts_with(char::is_uppercase)
            && raw.chars().all(char::is_alphabetic)
            && raw.chars().any(char::is_lowercase);
        capitalised_word
            && lex.state(&slug(raw)).is_none()
            && !lex.roles.contains_key(w)
            && !lex.words.is_any(w)
            && !lex.generic.contains_key(w)
    };
    let dropped: Vec<bool> = ments.iter().map(other_party).collect();
    let party_ends: Vec<usize> = ments
        .iter()
        .zip(&dropped)
        .filter(|(_, &d)| d)
        .map(|(m, _)| m.end)
        .collect();
    let mut keep = dropped.iter().map(|d| !d);
    ments.retain(|_| keep.next().unwrap_or(true));
    // A listed outlet's national edition: "Sputnik Estonia", "RT France" (a state's name as
    // written right after the outlet's).
    let mut k = 0;
    while k + 1 < ments.len() {
        let (a, b) = (&ments[k], &ments[k + 1]);
        let edition = b.start == a.end
            && !a.possessive
            && b.form == MentionForm::Name
            && lex.actor(&a.actor).is_some_and(|x| x.kind == Kind::Media)
            && lex
                .state(&b.actor)
                .is_some_and(|st| text[toks[b.start].start..toks[b.end - 1].end] == st.label);
        if edition {
            let label = text[toks[a.start].start..toks[b.end - 1].end].to_owned();
            let outlet = a.actor.clone();
            let id = doc.register(
                lex,
                ActorInfo {
                    id: slug(&label),
                    label,
                    kind: Kind::Media,
                    parent: Some(outlet),
                    role: None,
                    discovered: true,
                },
            );
            let (start, end, possessive) = (a.start, b.end, b.possessive);
            ments[k] = Mention {
                start,
                end,
                actor: id,
                form: MentionForm::Name,
                possessive,
                person: false,
                pair: false,
            };
            ments.remove(k + 1);
        }
        k += 1;
    }
    // A news site named by its domain: "Tut.by", "Kloop.kg", "Gazeta.Ru" (a capitalised name,
    // one dot, a top-level domain of two to four letters; not "U.S").
    for k in 0..toks.len() {
        let raw = &text[toks[k].start..toks[k].end];
        let Some((name, tld)) = raw.split_once('.') else {
            continue;
        };
        let site = name.chars().next().is_some_and(char::is_uppercase)
            && name.chars().count() >= 2
            && name.chars().all(|c| c.is_alphanumeric() || c == '-')
            && (2..=4).contains(&tld.len())
            && tld.chars().all(|c| c.is_ascii_alphabetic())
            && tld.chars().skip(1).all(|c| c.is_ascii_lowercase());
        if !site || ments.iter().any(|m| m.start <= k && k < m.end) {
            continue;
        }
        let id = doc.register(lex, unaffiliated(raw.to_owned(), Kind::Media));
        let at = ments.partition_point(|m| m.start < k);
        ments.insert(at, mention(k, k + 1, id, toks));
    }
    // A dateline in one of the first sentences: a state's name or seat opening the sentence,
    // then a comma, a parenthesis or a dash ("Manila (AFP) - …", "BAKU, July 1 -"), or a
    // colon after a name in capitals ("ISLAMABAD: …"). Past a headline, a byline and a date
    // line, up to the sixth sentence, only a name in capitals.
    doc.sentences += 1;
    if doc.home.is_none() && doc.sentences <= 6 {
        let capitals = |t: &Token| in_capitals(text, t);
        let dateline_end = |e: usize| {
            (doc.sentences <= 3 || (e > 0 && capitals(&toks[e - 1])))
                && toks.get(e).is_some_and(|t| {
                    matches!(&*t.lower, "," | "(" | "/")
                        || is_dash(&t.lower)
                        || (t.lower == ":" && e > 0 && capitals(&toks[e - 1]))
                })
        };
        if let Some(m) = ments.first().filter(|m| m.start == 0) {
            if dateline_end(m.end) && lex.state(&m.actor).is_some() {
                doc.home = Some(m.actor.clone());
            }
        } else {
            // A wire dateline in capitals: "TBILISI, June 4 (Reuters) -".
            let caps = toks.iter().take(3).take_while(|t| capitals(t)).count();
            if caps > 0 && dateline_end(caps) {
                let place = &text[toks[0].start..toks[caps - 1].end];
                doc.home = lex
                    .actors()
                    .iter()
                    .filter(|a| a.kind == Kind::State)
                    .find(|a| a.names().any(|name| name.eq_ignore_ascii_case(place)))
                    .map(|a| a.id.clone());
            }
        }
    }
    // A state named "North …" or "South …" lends its first word to the rest of the document
    // ("North Korea" … "the North").
    for m in ments.iter() {
        let Some(state) = lex.state(&m.actor) else {
            continue;
        };
        for point in ["North", "South"] {
            if state
                .label
                .strip_prefix(point)
                .is_some_and(|r| r.starts_with(' '))
            {
                let slot = doc
                    .compass
                    .entry(point)
                    .or_insert_with(|| Some(m.actor.clone()));
                if slot.as_deref().is_some_and(|id| id != m.actor) {
                    *slot = None;
                }
            }
        }
    }
    // A listed person named in full gives their surname to the rest of the document
    // ("Irfaan Ali" … "Ali").
    for m in ments.iter().filter(|m| m.end > m.start + 1) {
        if lex.actor(&m.actor).is_some_and(|a| a.kind == Kind::Person) {
            let last = &text[toks[m.end - 1].start..toks[m.end - 1].end];
            if last.chars().next().is_some_and(char::is_uppercase) {
                doc.surnames
                    .entry(last.to_owned())
                    .or_insert_with(|| m.actor.clone());
            }
            let full = &text[toks[m.start].start..toks[m.end - 1].end];
            doc.family_name(lex, full, &m.actor);
        }
    }
    let mut s = Sent::new(lex, text, toks);
    let index = |s: &mut Sent<'_>, ments: &[Mention]| {
        s.covered = vec![None; s.toks.len()];
        for (k, m) in ments.iter().enumerate() {
            for c in &mut s.covered[m.start..m.end] {
                *c = Some(k);
            }
        }
    };
    index(&mut s, ments);
    let mut buf = String::new();
    let mut added: Vec<Mention> = Vec::new();
    let mut remove: Vec<usize> = Vec::new();
    // Organisations named inside a person's title ("Permanent Representative of Arnor to the
    // White Council Bard Bow"): no mention of their own, but named, for "the council" later.
    let mut title_orgs: Vec<String> = Vec::new();
    let org_of = |m: usize, ments: &[Mention]| {
        lex.actor(&ments[m].actor)
            .filter(|a| a.kind == Kind::Org)
            .map(|a| a.id.clone())
    };
    let n = toks.len();
    let mut i = 0;
    while i < n {
        if s.covered[i].is_some() || added.iter().any(|m| m.start <= i && i < m.end) {
            i += 1;
            continue;
        }
        // Acronyms and surnames learnt earlier in the document.
        if let Some(id) = s
            .is_cap(i)
            .then(|| doc.acronyms.get(s.raw(i)))
            .flatten()
            .cloned()
        {
            added.push(mention(i, i + 1, id, toks));
            i += 1;
            continue;
        }
        // "the North", "the South": the state of that name named earlier.
        if i > 0 && s.w(i - 1) == "the" && s.is_cap(i) && !(i + 1 < n && s.name_word(i + 1)) {
            let point = match s.w(i) {
                "north" => Some("North"),
                "south" => Some("South"),
                _ => None,
            };
            if let Some(id) = point.and_then(|p| doc.compass.get(p)).cloned().flatten() {
                added.push(mention(i - 1, i + 1, id, toks));
                i += 1;
                continue;
            }
        }
        // A family name opening with a lower-case particle: "al-Bashir", "el-Sisi".
        if !s.is_cap(i)
            && i + 2 < n
            && s.covered[i].is_none()
            && lex.words.is(WordClass::Particle, s.w(i))
            && s.w(i + 1) == "-"
            && s.toks[i].end == s.toks[i + 1].start
            && s.toks[i + 1].end == s.toks[i + 2].start
            && s.name_word(i + 2)
        {
            if let Some(id) = doc.surnames.get(s.span(i, i + 3)).cloned() {
                added.push(mention(i, i + 3, id, toks));
                i += 3;
                continue;
            }
        }
        if s.is_cap(i) {
            // One name word, hyphenated parts included ("Kilroy-Stone").
            let k = s.name_end(i, 1).max(i + 1);
            let alone = !(k < n && s.name_word(k));
            // Written with its particle capitalised at a sentence's start: "Al-Bashir".
            let decapitalised = || {
                let span = s.span(i, k);
                let (p, rest) = span.split_once('-')?;
                lex.words
                    .is(WordClass::Particle, &p.to_lowercase())
                    .then(|| doc.surnames.get(&format!("{}-{rest}", p.to_lowercase())))
                    .flatten()
            };
            let surname = doc.surnames.get(s.span(i, k)).or_else(decapitalised);
            if let Some(id) = surname.filter(|_| alone).cloned() {
                added.push(mention(i, k, id, toks));
                i = k;
                continue;
            }
            // A capitalised sentence opener before a known surname is not a first name:
            // "Later Half praised …".
            if i == 0
                && k < n
                && doc
                    .surnames
                    .contains_key(s.span(k, s.name_end(k, 1).max(k + 1)))
            {
                i += 1;
                continue;
            }
        }
        // A long state-media title naming bodies and a state, then the name: "Head of the Press
        // Service Department of the Ministry of Foreign Affairs of the Republic of Arnor Elrond
        // Half", "Chairman of the Arnor Council Committee on International Relations and
        // Inter-Parliamentary Relations Elrond Half". The holder belongs to the last state named.
        if let Some((start, end, title)) = long_title(&s, lex, doc, ments, i) {
            let chain: Vec<usize> = (i..start).filter_map(|t| s.covered[t]).collect();
            // Not a body or state in the remit: "… Committee on CIS Affairs"; nor the post's
            // place: "Consul of Gondor in Edoras" is Gondor's.
            let remit = (i..start)
                .find(|&t| matches!(s.w(t), "on" | "for" | "in"))
                .unwrap_or(start);
            let owner = chain
                .iter()
                .filter(|&&m| ments[m].start < remit)
                .rev()
                .find(|&&m| lex.state(&ments[m].actor).is_some())
                .or(chain.iter().rev().find(|&&m| ments[m].start < remit))
                .map(|&m| ments[m].actor.clone());
            let name = s.span(start, end).to_owned();
            let parent = owner.as_deref().and_then(|o| state_of(lex, doc, o));
            let id = doc.register(lex, named_person(name, parent, Some(title)));
            remove.extend(chain);
            added.push(mention(start, end, id, toks));
            i = end;
            continue;
        }
        // Titled people: a run of role words ending in a head or honorific, then a name.
        let mut j = i;
        let mut last_class = None;
        // A head before an "of" complement heads the title: "Secretary of State".
        let mut head_of = false;
        // A plural title before a list of names: "Beninese presidents A and B".
        let mut plural = false;
        let plural_role = |j: usize| {
            let c = lex.roles.get(s.w(j).strip_suffix('s')?)?;
            (j + 1 < n && s.is_cap(j + 1)).then_some(c)
        };
        while j < n && s.covered[j].is_none() {
            match lex.roles.get(s.w(j)).or_else(|| plural_role(j)) {
                Some(c) => {
                    plural = !lex.roles.contains_key(s.w(j));
                    last_class = Some(*c);
                }
                // "Minister of State" is one title, and a remit may follow it: "Minister of
                // State for Foreign Affairs Adel al-Jubeir".
                None if s.w(j) == "of"
                    && j > i
                    && j + 2 < n
                    && s.w(j + 1) == "state"
                    && s.is_cap(j + 1)
                    && s.w(j + 2) == "for"
                    && last_class.is_some_and(RoleClass::is_head) =>
                {
                    j += 1;
                }
                // (A capitalised complement, or "of mission/staff/state": not an
                // accusation's "of" in "accused the French leader of attacking …".)
                None if s.w(j) == "of"
                    && j > i
                    && j + 1 < n
                    && (s.is_cap(j + 1)
                        || matches!(s.w(j + 1), "mission" | "staff" | "state")
                        || (s.w(j + 1) == "the" && j + 2 < n && s.is_cap(j + 2))) =>
                {
                    head_of |= last_class.is_some_and(RoleClass::is_head);
                }
                // "Foreign Ministry spokesman": a body's head noun inside a title.
                None if HEADS.contains(&s.w(j)) && j > i => {}
                // A hyphenated title: "Secretary-General", "Commander-in-Chief" is one.
                None if s.w(j) == "-"
                    && j > i
                    && j + 1 < n
                    && s.toks[j - 1].end == s.toks[j].start
                    && s.toks[j].end == s.toks[j + 1].start
                    && lex.roles.contains_key(s.w(j + 1)) => {}
                // The full stop of an abbreviated honorific: "Mr. Obama", "Dr. Tedros".
                None if s.w(j) == "."
                    && j > i
                    && last_class == Some(RoleClass::Honorific)
                    && s.toks[j - 1].end == s.toks[j].start
                    && j + 1 < n
                    && s.is_cap(j + 1) => {}
                // "charge d'affaires" without its accent: "charge" alone is too common a noun
                // to be a role word.
                None if s.w(j) == "charge" && j + 1 < n && s.w(j + 1) == "d'affaires" => {}
                // A head's remit: "Minister for Foreign Affairs Ann Linde", "Federal Minister
                // for Europe, Integration and Foreign Affairs of Austria Karin Kneissl".
                None if s.w(j) == "for" && last_class.is_some_and(RoleClass::is_head) => {
                    let mut e = j + 1;
                    while e < n
                        && s.covered[e].is_none()
                        && (s.is_cap(e) || (e > j + 1 && matches!(s.w(e), "," | "and")))
                    {
                        e += 1;
                    }
                    // Not a comma or "and" after the name: "… Wopke Hoekstra, during which …".
                    while e > j + 1 && matches!(s.w(e - 1), "," | "and") {
                        e -= 1;
                    }
                    // A family name with a particle: "… for Foreign Affairs Adel al-Jubeir".
                    if e < n
                        && e >= j + 3
                        && lex.words.is(WordClass::Particle, s.w(e))
                        && s.name_end(e - 1, 3) > e
                    {
                        j = e - 1;
                        break;
                    }
                    if e < n && s.w(e) == "of" && e > j + 1 {
                        head_of = true;
                        j = e + 1;
                        break;
                    }
                    // The name follows the remit's last role word, else its last two words.
                    let last_role = (j + 1..e)
                        .rev()
                        .find(|&t| lex.roles.contains_key(s.w(t)) || matches!(s.w(t), "," | "and"));
                    let name = match last_role {
                        Some(t) if e >= t + 3 => t + 1,
                        _ if e >= j + 4 => e - 2,
                        _ => break,
                    };
                    if name + 2 > e || !(name..e).all(|t| s.is_cap(t)) {
                        break;
                    }
                    j = name;
                    break;
                }
                None => break,
            }
            j += 1;
        }
        let head = last_class.is_some_and(RoleClass::is_head) || head_of;
        if j > i && (head || last_class == Some(RoleClass::Honorific)) {
            let mut title_end = j;
            // The title's complements, at most two: "of [the] Arnor" (the loop stopped right
            // after the head's "of") and "to [the] Philippines / United Nations". They are part
            // of the title, not participants: "Ambassador to the Philippines MaryKay Carlson",
            // "President of the Republic of Arnor Bard Bow", "Permanent Representative of
            // Russia to the UN Dmitry Polyansky". The state after "of" is the person's.
            let mut comps: Vec<(usize, bool)> = Vec::new(); // (mention, after "of")
            let mut c = j;
            let mut of_pending = head_of && j < n && s.w(j - 1) == "of";
            while comps.len() < 2 {
                // An envoy's post after the sending state: "Chargé d'Affaires of Arnor in
                // Gondor Bard Bow".
                let post = c < n
                    && s.w(c) == "in"
                    && comps.iter().any(|(_, of)| *of)
                    && last_class == Some(RoleClass::Envoy);
                let (at, of) = if of_pending {
                    (c, true)
                } else if head && c + 1 < n && (matches!(s.w(c), "to" | "of") || post) {
                    (c + 1, s.w(c) == "of")
                } else {
                    break;
                };
                of_pending = false;
                let at = if at < n && s.w(at) == "the" {
                    at + 1
                } else {
                    at
                };
                let Some(m) = s.covered.get(at).copied().flatten() else {
                    break;
                };
                // A state, an organisation, or after "of" a state's body: "Chairman of the
                // State Duma Committee on International Affairs Leonid Slutsky".
                let party = lex.state(&ments[m].actor).is_some()
                    || lex.actor(&ments[m].actor).is_some_and(|a| {
                        matches!(a.kind, Kind::Org | Kind::State) || (of && a.kind == Kind::Agency)
                    });
                if ments[m].start != at || !party {
                    break;
                }
                comps.push((m, of));
                c = ments[m].end;
                // The body's own sub-body and its remit: "… Committee on Defence and Security".
                if of && c + 1 < n && HEADS.contains(&s.w(c)) && s.is_cap(c) {
                    let mut e = c + 1;
                    if matches!(s.w(e), "on" | "for") {
                        e += 1;
                        let mut run = Vec::new();
                        while e < n && s.covered[e].is_none() && (s.is_cap(e) || s.w(e) == "and") {
                            run.push(e);
                            e += 1;
                        }
                        // The last two capitalised words are the name.
                        let caps = run.iter().rev().take_while(|&&t| s.is_cap(t)).count();
                        if caps >= 3 {
                            c = e - 2;
                        } else {
                            break;
                        }
                    } else {
                        c = e;
                    }
                    break;
                }
            }
            // "Secretary General of the Free States League Bard Bow" is the League's.
            let of_state = comps.iter().find(|(_, of)| *of).map(|(m, _)| *m);
            // A listed person after them: "President of the Russian Federation Vladimir Putin".
            let listed = s.covered.get(c).copied().flatten().is_some_and(|p| {
                ments[p].start == c
                    && lex
                        .actor(&ments[p].actor)
                        .is_some_and(|a| a.kind == Kind::Person)
            });
            if !comps.is_empty() && listed {
                if let Some(p) = s.covered[c] {
                    doc.note_post(lex, &ments[p].actor, s.w(title_end - 1), &comps, ments);
                }
                title_orgs.extend(comps.iter().filter_map(|(m, _)| org_of(*m, ments)));
                remove.extend(comps.iter().map(|(m, _)| *m));
                i = c;
                continue;
            }
            let named = (c..s.name_end(c, 3)).filter(|&t| s.w(t) != "-").count() >= 2;
            let mut in_title = Vec::new();
            if !comps.is_empty() && named {
                in_title.extend(comps.iter().map(|(m, _)| *m));
                j = c;
                if of_state.is_some() {
                    title_end = c;
                }
            } else if let [(m, false)] = comps[..] {
                // "the ambassador to Gondor said": the receiving state stays in the title (an
                // envoy's only: "the visit of Gondor's king to Edoras" is a visit to Rohan); so
                // does a receiving organisation ("Gondor's envoy to the White Council").
                let receiving = lex.state(&ments[m].actor).is_some()
                    || lex
                        .actor(&ments[m].actor)
                        .is_some_and(|a| a.kind == Kind::Org);
                if receiving && last_class == Some(RoleClass::Envoy) {
                    in_title.push(m);
                    j = c;
                }
            }
            // "Turkey's special envoy, Serdar Kilic, …": the name in apposition.
            // Also past the post: "China's ambassador in Brussels, Zhang Ming".
            let posted = if head
                && j + 1 < n
                && s.w(j) == "in"
                && lex.roles.get(s.w(j - 1)) == Some(&RoleClass::Envoy)
            {
                s.covered[j + 1]
                    .filter(|&m| ments[m].start == j + 1)
                    .map(|m| ments[m].end)
            } else if head && j + 2 < n && matches!(s.w(j), "for" | "on") {
                // Past the post's remit: "the EU's special envoy for the Belgrade-Pristina
                // dialogue, Miroslav Lajcak", "the OSCE Representative on Freedom of the
                // Media, Teresa Ribeiro".
                (j + 1..n.min(j + 8))
                    .take_while(|&t| {
                        s.w(t) == ","
                            || s.w(t) == "-"
                            || (s.w(t).chars().all(char::is_alphabetic) && !s.w(t).ends_with("ed"))
                    })
                    .find(|&t| s.w(t) == ",")
                    .filter(|&t| t > j + 1)
            } else {
                None
            };
            let comma_at = posted.unwrap_or(j);
            // (Past a title of the name's own: "the pope's envoy, Cardinal Matteo Zuppi".)
            let own_title = usize::from(
                comma_at + 2 < n
                    && s.is_cap(comma_at + 1)
                    && s.covered[comma_at + 1].is_none()
                    && lex
                        .roles
                        .get(s.w(comma_at + 1))
                        .is_some_and(|c| matches!(c, RoleClass::Head | RoleClass::Honorific))
                    && s.name_word(comma_at + 2),
            );
            let appositive = head
                && comma_at + 1 < n
                && s.w(comma_at) == ","
                && (own_title == 1 || s.name_word(comma_at + 1));
            let name_start = if appositive {
                comma_at + 1 + own_title
            } else {
                j
            };
            // A fourth name word only where the name then plainly ends (not in a headline's
            // run of capitals): "State Counsellor Aung San Suu Kyi said".
            let k = match (s.name_end(name_start, 3), s.name_end(name_start, 4)) {
                (k3, k4) if k4 > k3 && (k4 == n || !s.is_cap(k4)) => k4,
                (k3, _) => k3,
            };
            let words = (name_start..k).filter(|&t| s.w(t) != "-").count();
            let appositive_ok =
                !appositive || (words >= 2 && (k == n || matches!(s.w(k), "," | "." | ";")));
            let honorific = last_class == Some(RoleClass::Honorific);
            let single = words == 1;
            let known_surname = single && doc.surnames.contains_key(s.span(name_start, k));
            // A head title before one name word that plainly ends, in running text: "President
            // Obama said", "Chancellor Merkel, who …" (not a headline's "Minister Resigns").
            let surname_only = single
                && head
                && !appositive
                && last_class == Some(RoleClass::Head)
                && k < n
                && !s.is_cap(k)
                && !cues.starts_verb(s.w(name_start))
                && !cues.starts_noun(s.w(name_start))
                && !report.contains(s.w(name_start));
            let sovereign = last_class == Some(RoleClass::Sovereign);
            if k > name_start
                && appositive_ok
                && (!single || honorific || sovereign || known_surname || surname_only)
            {
                // A sovereign is named with the title: "Patriarch Kirill", "King Abdullah"; so is
                // a peer by a single name: "Lord Butler", "Lady Hale".
                let peer = honorific && lex.words.is(WordClass::Peer, s.w(title_end - 1));
                let name = if (sovereign || peer) && single && name_start == title_end {
                    s.span(title_end - 1, k).to_owned()
                } else {
                    s.span(name_start, k).to_owned()
                };
                // "Sir Iain", "Dame Margaret": a knight is named by their given name.
                let knighted =
                    honorific && name_start > 0 && matches!(s.w(name_start - 1), "sir" | "dame");
                let id = if single {
                    doc.surnames.get(&name).cloned().or_else(|| {
                        doc.recent_persons
                            .iter()
                            .rev()
                            .filter(|_| knighted)
                            .find(|p| {
                                label_of(lex, doc, p).is_some_and(|l| {
                                    l.split_whitespace().next() == Some(name.as_str())
                                })
                            })
                            .cloned()
                    })
                } else {
                    None
                };
                // "the Russia expert Ehsan Movahedyan": a bare state name before a
                // specialist's title is their subject, not their state.
                let subject_of_expertise = |m: &usize| {
                    last_class == Some(RoleClass::Scholar)
                        && ments[*m].form == MentionForm::Name
                        && !ments[*m].possessive
                };
                let body = s.body_before(lex, doc, i, ments);
                // "the ambassador, María Mercado,": a definite title named in apposition is the
                // office a stand-in held before ("Mexico's ambassador"), when one state's
                // stand-in holds it.
                // Not a title with a post ("the ambassador in Warsaw, Anna Azari" may be
                // anyone's).
                let stood_in = if appositive
                    && posted.is_none()
                    && comps.is_empty()
                    && i > 0
                    && s.w(i - 1) == "the"
                {
                    let held = office(lex, s.w(title_end - 1));
                    let states: BTreeSet<&String> = doc
                        .unnamed
                        .iter()
                        .filter(|((_, h), stand_in)| {
                            office(lex, h) == held && !doc.merged.contains_key(*stand_in)
                        })
                        .map(|((st, _), _)| st)
                        .collect();
                    match states.into_iter().collect::<Vec<_>>()[..] {
                        [st] => Some(st.clone()),
                        _ => None,
                    }
                } else {
                    None
                };
                // "ministry spokesman Mikhail Kamynin": a body's lower-case head before the
                // title is the body of that head named before.
                let head_owner =
                    (i > 0 && s.covered[i - 1].is_none() && (!s.is_cap(i - 1) || i == 1))
                        .then(|| doc.heads.get(s.w(i - 1)).cloned())
                        .flatten();
                // "China objected … . Foreign Ministry spokesperson Hua Chunying said …": a body's
                // title with no state, opening the sentence, is of the state the sentence
                // before opened with.
                let subject_state = (i == 0 && (i..title_end).any(|t| HEADS.contains(&s.w(t))))
                    .then(|| doc.subject_before.clone())
                    .flatten()
                    .filter(|a| lex.state(a).is_some());
                let id = id.unwrap_or_else(|| {
                    let owner = of_state
                        .or_else(|| s.owner_before(i, ments))
                        .or(body)
                        .filter(|m| !subject_of_expertise(m))
                        .map(|m| ments[m].actor.clone())
                        .or(head_owner)
                        .or(subject_state)
                        .or_else(|| s.opening_place(ments).map(|m| ments[m].actor.clone()));
                    // (A person's aide is of the person's body: "Erdogan's envoy, Ahmet Kaya".)
                    let parent = owner
                        .as_deref()
                        .and_then(|o| state_of(lex, doc, o).or_else(|| person_home(lex, doc, o)))
                        .or_else(|| stood_in.clone());
                    let role: String = s.span(i, title_end).to_owned();
                    doc.register(
                        lex,
                        named_person(name.clone(), parent, (!honorific).then_some(role)),
                    )
                });
                if let Some(m) = s.owner_before(i, ments).or(body) {
                    // The state (or body) in the title belongs to the person's mention, not a
                    // party.
                    if !ments[m].possessive {
                        remove.push(m);
                    }
                }
                doc.note_post(lex, &id, s.w(title_end - 1), &comps, ments);
                // (A deputy holds no office their title's head names: "the deputy prime
                // minister, X".)
                let deputy = (i..title_end).any(|q| deputy_word(s.w(q)));
                if let Some(state) = stood_in.as_ref().filter(|_| !deputy) {
                    if state_top(lex, doc, &id).as_ref() == Some(state) {
                        doc.note_holder(lex, state, s.w(title_end - 1), &id);
                    }
                }
                title_orgs.extend(in_title.iter().filter_map(|&m| org_of(m, ments)));
                remove.extend(in_title);
                added.push(mention(name_start, k, id, toks));
                let mut k = k;
                if plural && !single {
                    k = plural_names(
                        &s,
                        lex,
                        doc,
                        ments,
                        i,
                        title_end,
                        k,
                        &mut added,
                        &mut remove,
                    );
                }
                i = k;
                continue;
            }
            // A title in apposition to a name before it: "Colin Powell, US Secretary of State,
            // …" is that person's (of that state), not today's holder nor a stand-in; its state
            // is no participant.
            let owner_m = s.owner_before(i, ments);
            let title_start = owner_m
                .filter(|&m| !ments[m].possessive)
                .map_or(i, |m| ments[m].start);
            // (Also past an article: "Bard Bow, the Gondorian foreign minister, …".)
            let comma = if title_start >= 4 && s.w(title_start - 1) == "the" {
                title_start - 2
            } else {
                title_start.saturating_sub(1)
            };
            let apposed = k == name_start
                && head
                && in_title.is_empty()
                && comma >= 2
                && s.w(comma) == ","
                && s.name_word(comma - 1)
                && s.name_word(comma - 2);
            if apposed {
                let state = owner_m.and_then(|m| state_of(lex, doc, &ments[m].actor));
                let named = added
                    .iter()
                    .find(|p| p.end == comma)
                    .map(|p| p.actor.clone());
                if let (Some(state), Some(id)) = (state, named) {
                    if let Some(info) = doc.actors.get_mut(&id) {
                        if info.discovered && info.parent.is_none() && info.kind == Kind::Person {
                            info.parent = Some(state);
                        }
                    }
                }
                if let Some(m) = owner_m.filter(|&m| !ments[m].possessive) {
                    remove.push(m);
                }
                i = title_end;
                continue;
            }
            // An office without a name: "the Arnorian Foreign Minister", "Arnor's president"
            // name the one listed holder of that office.
            // Not when a listed name follows: "Saudi Crown Prince Mohammed bin Salman".
            let named_next = s.covered.get(title_end).copied().flatten().is_some();
            if k == name_start && head && in_title.is_empty() && !named_next {
                // The one this document has named in that office first: "Venezuelan President
                // Hugo Chavez … the Venezuelan president" is not today's.
                let mut listed = None;
                let holder = s.owner_before(i, ments).and_then(|m| {
                    let state = lex.state(&ments[m].actor)?;
                    let held = (state.id.clone(), office(lex, s.w(title_end - 1)).to_owned());
                    let named = lex
                        .roles
                        .get(s.w(title_end - 1))
                        .and_then(|_| doc.holders.get(&held).cloned());
                    named
                        .or_else(|| {
                            let id = lex
                                .office_holder(&state.id, s.span(i, title_end))
                                .filter(|a| {
                                    year_of(&a.start)
                                        .zip(doc.latest_year)
                                        .is_none_or(|(b, y)| b <= y)
                                })
                                .map(|a| a.id.clone())?;
                            listed = Some((held, id.clone()));
                            Some(id)
                        })
                        .map(|id| (m, id))
                });
                if let Some((held, id)) = listed {
                    doc.incumbents.entry(held).or_insert(id);
                }
                if let Some((m, id)) = holder {
                    // "the Arnorian president" is one mention; "Arnor's president" keeps the
                    // owner's.
                    let start = if ments[m].possessive {
                        i
                    } else {
                        remove.push(m);
                        ments[m].start
                    };
                    added.push(mention(start, title_end, id, toks));
                    i = title_end;
                    continue;
                }
            }
            // An envoy named by the state (or its mission) after "of" and no name: "the chargé
            // d'affaires of the Russian Embassy (in Tallinn)", "the Ambassador of Gondor to
            // Rohan" is a person of that state, as "Gondor's ambassador" is. Not when a name
            // follows in apposition ("the ambassador of Gondor, Bard Bow,").
            let envoy_of = (in_title.is_empty()
                && i > 0
                && s.w(i - 1) == "the"
                && last_class == Some(RoleClass::Envoy))
            .then(|| comps.first().filter(|(_, of)| *of).map(|(m, _)| *m))
            .flatten()
            // Not a possessive complement: "the envoy of Gondor's Council" is the Council's.
            .filter(|&m| !ments[m].possessive)
            .and_then(|m| Some((m, state_top(lex, doc, &ments[m].actor)?)));
            if let Some((m, state)) = envoy_of {
                let mut end = c;
                if end + 1 < n && lex.words.is(WordClass::Locative, s.w(end)) {
                    if let Some(p) = s.covered[end + 1].filter(|&p| ments[p].start == end + 1) {
                        end = ments[p].end;
                    }
                }
                let appended = end + 1 < n && s.w(end) == "," && s.is_cap(end + 1);
                let head_word = (i..title_end)
                    .rev()
                    .find(|&t| lex.roles.get(s.w(t)) == Some(&RoleClass::Envoy));
                if let Some(h) = head_word.filter(|_| !appended) {
                    let held = (state.clone(), office(lex, s.w(h)).to_owned());
                    let key = (state.clone(), s.w(h).to_owned());
                    let id = match doc.holders.get(&held).or(doc.unnamed.get(&key)) {
                        Some(id) => id.clone(),
                        None => {
                            let title = s.span(i, h + 1).to_owned();
                            let id = doc.register(
                                lex,
                                ActorInfo {
                                    id: format!("{state}_{}", slug(&title)),
                                    // As written: "chargé d'affaires of the Russian Embassy".
                                    label: s.span(i, c).to_owned(),
                                    kind: Kind::Person,
                                    parent: Some(ments[m].actor.clone()),
                                    role: Some(title),
                                    discovered: true,
                                },
                            );
                            doc.unnamed.insert(key, id.clone());
                            id
                        }
                    };
                    doc.note_post(lex, &id, s.w(h), &comps, ments);
                    remove.extend(comps.iter().map(|(m, _)| *m));
                    remove.extend((c..end).filter_map(|t| s.covered[t]));
                    added.push(mention(i, end, id, toks));
                    i = end;
                    continue;
                }
            }
            // No listed holder: "the Dutch ambassador", "Pakistan's chargé d'affaires (in
            // Tehran)" name a person of that state: the one this document has named in that
            // office, else a stand-in that a later full name takes over (`DocActors::merged`).
            // Not "his Gondorian counterpart" (relative to someone), nor a title with its name
            // in apposition ("Arnor's military spokesman, Major General Bard Bow, said").
            // The name may follow a place: "Pakistan's envoy in Kabul, Bard Bow".
            let mut comma = title_end;
            if comma + 1 < n && lex.words.is(WordClass::Locative, s.w(comma)) {
                if let Some(m) = s.covered[comma + 1] {
                    comma = ments[m].end;
                }
            }
            let apposition = comma + 1 < n
                && s.w(comma) == ","
                && (s.is_cap(comma + 1) || lex.roles.contains_key(s.w(comma + 1)));
            if k == name_start && head && !named_next && !apposition {
                let owner = s.owner_before(i, ments).filter(|&m| {
                    lex.state(&ments[m].actor).is_some()
                        && !(ments[m].start > 0
                            && matches!(s.w(ments[m].start - 1), "his" | "her" | "their" | "its"))
                });
                // The title's head, not a relational one ("Gondorian counterpart"), and not
                // cut before its complement ("deputy chief of mission").
                let head_word = (i..title_end)
                    .rev()
                    .find(|&t| lex.roles.get(s.w(t)).is_some_and(|c| c.is_head()))
                    .filter(|&t| lex.roles.get(s.w(t)) != Some(&RoleClass::Relational))
                    .filter(|_| s.w(title_end - 1) != "of");
                if let Some((m, h)) = owner.zip(head_word) {
                    let state = ments[m].actor.clone();
                    // The person named in the office, else the stand-in for this very title
                    // (an unnamed ambassador is not the unnamed chargé d'affaires).
                    // A state's "top diplomat" is its foreign minister.
                    let held_office = if h > i && s.w(h - 1) == "top" && s.w(h) == "diplomat" {
                        "minister"
                    } else {
                        office(lex, s.w(h))
                    };
                    let held = (state.clone(), held_office.to_owned());
                    let key = (state.clone(), s.w(h).to_owned());
                    let id = match doc.holders.get(&held).or(doc.unnamed.get(&key)) {
                        Some(id) => id.clone(),
                        None => {
                            let title = s.span(i, title_end).to_owned();
                            let id = doc.register(
                                lex,
                                ActorInfo {
                                    id: format!("{state}_{}", slug(&title)),
                                    // As written: "Dutch ambassador", "Pakistan's chargé
                                    // d'affaires".
                                    label: s.span(ments[m].start, title_end).to_owned(),
                                    kind: Kind::Person,
                                    parent: Some(state),
                                    role: Some(title),
                                    discovered: true,
                                },
                            );
                            doc.unnamed.insert(key, id.clone());
                            id
                        }
                    };
                    // "a Mordor envoy" is one mention; "Mordor's envoy" keeps the owner's.
                    let start = if ments[m].possessive {
                        i
                    } else {
                        remove.push(m);
                        ments[m].start
                    };
                    doc.note_post(lex, &id, s.w(h), &comps, ments);
                    title_orgs.extend(in_title.iter().filter_map(|&m| org_of(m, ments)));
                    remove.extend(in_title);
                    added.push(mention(start, j.max(title_end), id, toks));
                    i = j.max(title_end);
                    continue;
                }
            }
        }
        // A first name before a listed person's surname that is not theirs names someone else:
        // "Yevgeny Belousov" is not "Andrei Belousov".
        // Not a sentence's opening adverb: "Later Belousov said".
        let opener = i == 0 && (lex.words.is_any(s.w(0)) || s.w(0).ends_with("ly"));
        if s.name_word(i) && (i == 0 || !s.is_cap(i - 1)) && !opener {
            let other = s.covered.get(i + 1).copied().flatten().filter(|&m| {
                let m = &ments[m];
                m.start == i + 1
                    && m.end == i + 2
                    && lex.actor(&m.actor).is_some_and(|a| {
                        a.kind == Kind::Person
                            && a.label.split_whitespace().count() > 1
                            && !a
                                .label
                                .split_whitespace()
                                .next()
                                .is_some_and(|f| f.eq_ignore_ascii_case(s.raw(i)))
                    })
            });
            if let Some(m) = other {
                let name = s.span(i, i + 2).to_owned();
                let id = doc.register(lex, named_person(name, None, None));
                remove.push(m);
                added.push(mention(i, i + 2, id, toks));
                i += 2;
                continue;
            }
        }
        // An untitled proper name of two or more words: a person ("Elrond Half"), or an
        // organisation when it ends in an organisation head ("Supreme Court").
        // A capitalised word after "X of" continues X's name ("Ministry of External Affairs").
        // Also after a capitalised subordinator opening the sentence: "When Elrond Half was …".
        let run_start = (i == 0
            || !s.is_cap(i - 1)
            || lex.words.is(WordClass::Determiner, s.w(i - 1))
            || lex.words.is(WordClass::Boundary, s.w(i - 1)))
            && !(i >= 2 && s.w(i - 1) == "of" && s.is_cap(i - 2))
            // Nor a treaty's or a body's remit: "the Vienna Convention on Consular Relations".
            && !(i >= 2
                && s.w(i - 1) == "on"
                && s.is_cap(i - 2)
                && s.covered[i - 2].is_none()
                && lex.words.is(WordClass::NotActor, s.w(i - 2)));
        // Not a quantity opening a sentence: "Hundreds of Raizal fishermen protested …".
        let quantity = lex.words.is(WordClass::Quantity, s.w(i));
        // A title's modifier opening a body's name: "the National Salvation Council" (not
        // "the Foreign Office", "National Security Adviser").
        let lead = usize::from(
            !s.name_word(i)
                && s.is_cap(i)
                && s.covered[i].is_none()
                && lex.roles.get(s.w(i)) == Some(&RoleClass::Modifier)
                && i + 2 < n
                && s.name_word(i + 1)
                && {
                    // (A word of its own before the head: not "the Foreign Intelligence
                    // Service", a state's service.)
                    let e = s.name_end(i + 1, 3);
                    e > i + 2
                        && matches!(lex.generic.get(s.w(e - 1)), Some(Kind::Org | Kind::Agency))
                        && (i + 1..e - 1).all(|t| {
                            !lex.generic.contains_key(s.w(t))
                                && !lex
                                    .generic
                                    .contains_key(s.joined(t, t + 2, &mut String::new()))
                        })
                },
        );
        if run_start && (s.name_word(i) || lead == 1) && !quantity {
            let mut k = s.name_end(i + lead, 4 - lead);
            // States' names joined by hyphens modify what follows: "the Armenia-Georgia
            // highway", "the Russia-Ukraine war" (no one's name).
            if (i..k).any(|t| s.w(t) == "-")
                && (i..k)
                    .filter(|&t| s.w(t) != "-")
                    .all(|t| lex.state(&slug(s.raw(t))).is_some())
            {
                i = k;
                continue;
            }
            // Two capitalised parts joined by "and", the second ending in an organisation's
            // head: "the Justice and Equality Movement".
            if k + 1 < n && s.w(k) == "and" && s.name_word(k + 1) {
                let e = s.name_end(k + 1, 3);
                if e > k + 1 && lex.generic.get(s.w(e - 1)) == Some(&Kind::Org) {
                    k = e;
                }
            }
            // The head noun: the last word, or the word before an "of" complement.
            let mut head_at = k - 1;
            // "the Ministry of Foreign Affairs": the complement belongs to the name, unless a
            // state owns the phrase ("Arnor's Ministry of Culture", left to the rule below).
            // "the Movement for the Self-Determination of Kabylie": a "for" complement after
            // an organisation head, with its article.
            let purpose = k < n
                && s.w(k) == "for"
                && lex
                    .generic
                    .get(s.w(k - 1))
                    .is_some_and(|&g| g != Kind::State);
            let gap = match purpose {
                true if k + 2 < n && matches!(s.w(k + 1), "the" | "a") => 2,
                _ => 1,
            };
            let complement = k + gap < n
                && (s.w(k) == "of" || purpose)
                && s.is_cap(k + gap)
                && s.covered[k + gap].is_none()
                && s.owner_before(i, ments).is_none();
            if complement {
                head_at = k - 1;
                k += gap;
                // Hyphenated words and a further "of" go with it: "Self-Determination of Kabylie".
                let joins = |t: usize| {
                    t + 1 < n
                        && matches!(s.w(t), "-" | "of")
                        && s.is_cap(t + 1)
                        && s.covered[t + 1].is_none()
                };
                while k < n
                    && k < head_at + 8
                    && (s.is_cap(k) && s.covered[k].is_none() || k > head_at + 2 && joins(k))
                {
                    k += 1;
                }
                // A one-word complement and another joined by "and": "the Committee for Peace
                // and Justice", "the Party of Justice and Development" (not "the Ministry of
                // Defence and Sergei Shoigu").
                if k + 1 < n
                    && k == head_at + gap + 2
                    && s.w(k) == "and"
                    && s.is_cap(k + 1)
                    && s.covered[k + 1].is_none()
                    && !(k + 2 < n && s.is_cap(k + 2))
                {
                    k += 2;
                } else if k + 4 < n
                    && k == head_at + gap + 2
                    && s.w(k) == "and"
                    && s.is_cap(k + 1)
                    && s.is_cap(k + 2)
                    && s.covered[k + 1].is_none()
                    && s.covered[k + 2].is_none()
                    && s.w(k + 3) == "("
                {
                    // Two words, then the acronym in brackets: "the Federal Service for
                    // Veterinary and Phytosanitary Surveillance (Rosselkhoznadzor)".
                    k += 3;
                }
            }
            // A first part joined by "and" that is no name word of its own: "the Justice and
            // Equality Movement".
            let start = if i >= 2
                && s.w(i - 1) == "and"
                && s.is_cap(i - 2)
                && s.covered[i - 2].is_none()
                && (i == 2 || !s.name_word(i - 3))
                && lex.generic.get(s.w(head_at)) == Some(&Kind::Org)
                && !added.iter().any(|m: &Mention| m.end > i - 2)
            {
                i - 2
            } else {
                i
            };
            let words = (start..k)
                .filter(|&t| !matches!(s.w(t), "-" | "of" | "for" | "the" | "a"))
                .count();
            let followed_by_name = k < n && s.is_cap(k) && s.covered[k].is_none();
            // "the Ithil Telegram channel" is left to the media rule below.
            let media_next = (k..(k + 2).min(n)).any(|t| {
                lex.generic.get(s.w(t)) == Some(&Kind::Media)
                    || lex.generic.get(s.joined(t - 1, t + 1, &mut buf)) == Some(&Kind::Media)
            });
            let hyphen_next = k < n && s.w(k) == "-";
            // "near Ren'ai Jiao", "in Second Thomas Shoal": after a locative preposition an
            // unlisted name is a place.
            // (Also the head before an "of" complement: "the Strait of Hormuz".)
            // (Also a name before an eponym's noun: "the Minas Tirith summit".)
            let thing = lex.words.is(WordClass::NotActor, s.w(k - 1))
                || lex.words.is(WordClass::NotActor, s.w(head_at))
                || (k < n && lex.words.is(WordClass::Eponym, s.w(k)))
                || (start > 0 && s.w(start - 1).starts_with(|c: char| c.is_ascii_digit()))
                || (start > 0 && lex.words.is(WordClass::Locative, s.w(start - 1)));
            // "Seoul's Unification Ministry": a state's body, left to the rule below.
            let owned_body = !complement
                && lex
                    .generic
                    .get(s.w(head_at))
                    .is_some_and(|&k| k != Kind::State)
                && s.owner_before(start, ments)
                    .is_some_and(|m| lex.state(&ments[m].actor).is_some());
            if words >= 2
                && !followed_by_name
                && !media_next
                && !hyphen_next
                && !thing
                && !owned_body
            {
                let name = s.span(start, k).to_owned();
                // (Also a two-word head: "Air Force".)
                let head = lex.generic.get(s.w(head_at)).copied().or_else(|| {
                    (head_at > start)
                        .then(|| format!("{} {}", s.w(head_at - 1), s.w(head_at)))
                        .and_then(|two| lex.generic.get(two.as_str()).copied())
                });
                // "the militant group Jaish al-Adl", "the opposition movement Nexta": a
                // group's or organisation's noun right before the name says what it names.
                let class_noun = start
                    .checked_sub(1)
                    .and_then(|p| lex.generic.get(s.w(p)))
                    .copied()
                    .filter(|k| matches!(k, Kind::Org | Kind::Media));
                // "Radio Azattyk": a name opened by an outlet's noun.
                let outlet_noun = lex.generic.get(s.w(start)) == Some(&Kind::Media);
                let kind = match (head, class_noun) {
                    // "X of Y" names a body, not a person.
                    (Some(Kind::State) | None, _) if complement => Kind::Org,
                    (Some(Kind::State) | None, Some(k)) => k,
                    // "Jaysh al-Islam": a name opened by an organisation's word; "the Social
                    // Democrats": one ending in a party's name.
                    (Some(Kind::State) | None, None)
                        if lex.words.is(WordClass::GroupLead, s.w(start))
                            || party_ends.contains(&k) =>
                    {
                        Kind::Org
                    }
                    // "Radio Azattyk": a name opened by an outlet's noun is an outlet's.
                    (Some(Kind::State) | None, None) if outlet_noun => Kind::Media,
                    (Some(Kind::State) | None, None) => Kind::Person,
                    (Some(k), _) => k,
                };
                // "the Ministry of Foreign Affairs of Gondor": a body of the state named
                // after "of" (not one of a list: "… of Arnor and Gondor").
                let of_state = (kind == Kind::Agency && k + 2 < n && s.w(k) == "of")
                    .then(|| {
                        let at = if s.w(k + 1) == "the" { k + 2 } else { k + 1 };
                        s.covered.get(at).copied().flatten().filter(|&m| {
                            let e = ments[m].end;
                            ments[m].start == at
                                && ments[m].form == MentionForm::Name
                                && !ments[m].possessive
                                && lex.state(&ments[m].actor).is_some()
                                && !matches!(
                                    s.toks.get(e).map(|t| t.lower.as_str()),
                                    Some("and" | "or")
                                )
                        })
                    })
                    .flatten();
                if let Some(m) = of_state {
                    let state = ments[m].actor.clone();
                    let end = ments[m].end;
                    let id = doc.state_body(lex, &state, &name, s.span(start, end), kind, false);
                    remove.push(m);
                    added.push(mention(start, end, id, toks));
                    i = end;
                    continue;
                }
                // "the Intelligence Organization of the IRGC": a branch of the listed body named
                // after "of".
                let of_body =
                    (matches!(kind, Kind::Agency | Kind::Org) && k + 2 < n && s.w(k) == "of")
                        .then(|| {
                            let at = if s.w(k + 1) == "the" { k + 2 } else { k + 1 };
                            s.covered.get(at).copied().flatten().filter(|&m| {
                                ments[m].start == at
                                    && ments[m].form == MentionForm::Name
                                    && !ments[m].possessive
                                    && lex.actor(&ments[m].actor).is_some_and(|a| {
                                        matches!(a.kind, Kind::Agency | Kind::Org)
                                            && lex.state(&a.id).is_none()
                                    })
                            })
                        })
                        .flatten();
                if let Some(m) = of_body {
                    let owner = ments[m].actor.clone();
                    let end = ments[m].end;
                    let id = doc.register(lex, named_body(name, kind, Some(owner)));
                    remove.push(m);
                    added.push(mention(start, end, id, toks));
                    i = end;
                    continue;
                }
                // A body an organisation owns is its: "NATO's North Atlantic Council". An
                // unowned state body ("the Department of Foreign Affairs") belongs to the
                // dateline's state.
                let org_owner = (start >= 2 && s.w(start - 1) == "'s")
                    .then(|| s.covered[start - 2])
                    .flatten()
                    .map(|m| ments[m].actor.clone())
                    .filter(|o| {
                        lex.state(o).is_none()
                            && matches!(kind_of(lex, doc, o), Some(Kind::Org | Kind::Agency))
                    });
                let parent =
                    org_owner.or_else(|| doc.home.clone().filter(|_| kind == Kind::Agency));
                let id = doc.register(lex, named_body(name, kind, parent));
                // An outlet named after its noun is named later by the rest: "Radio Azattyk
                // … Azattyk", "the Daily Telegraph … the Telegraph".
                if kind == Kind::Media && k == start + 2 && outlet_noun {
                    doc.acronyms.insert(s.raw(start + 1).to_owned(), id.clone());
                }
                added.push(mention(start, k, id, toks));
                i = k;
                continue;
            }
        }
        i += 1;
    }
    // A state's bodies and groups: "Arnorian police", "Arnor's security forces".
    for (m, ment) in ments.iter().enumerate() {
        // Someone's origin names no actor: "a Rohirric citizen of Gondorian origin".
        if ment.form == MentionForm::Adjective
            && ment.start > 0
            && s.w(ment.start - 1) == "of"
            && ment.end < n
            && lex.words.is(WordClass::Origin, s.w(ment.end))
        {
            remove.push(m);
            continue;
        }
        // A bare state name owns only a capitalised body: "the United States Embassy".
        // An abbreviated name is used as an adjective: "U.S. officials", "UK troops".
        let abbreviated = {
            let raw = s.span(ment.start, ment.end);
            raw.chars().all(|c| c.is_ascii_uppercase() || c == '.') && raw.len() <= 5
        };
        let (owner, bare) = match (ment.form, ment.possessive) {
            (MentionForm::Adjective, _) => (ment.end, false),
            (MentionForm::Name, true) => (ment.end + 1, false),
            (MentionForm::Name, false) => (ment.end, !abbreviated),
        };
        let is_state = lex.state(&ment.actor).is_some();
        if let Some((start, end, key)) = local_body(lex, &s, ment) {
            let id = doc.state_body(
                lex,
                &ment.actor,
                &key,
                s.span(start, end),
                Kind::Agency,
                false,
            );
            remove.push(m);
            added.push(mention(start, end, id, toks));
            continue;
        }
        if !is_state || owner >= n {
            continue;
        }
        // A capitalised word opening the name before the demonym makes it a name of its own:
        // "the Free Syrian Army" is no Syrian army (not a title: "Deputy Syrian …").
        if ment.start > 1
            && s.is_cap(ment.start - 1)
            && s.covered[ment.start - 1].is_none()
            && !lex.roles.contains_key(s.w(ment.start - 1))
            && !lex.words.is_any(s.w(ment.start - 1))
            && !lex.words.is(WordClass::StateStyle, s.w(ment.start - 1))
            && s.is_cap(owner)
            && lex.generic.contains_key(s.w(owner))
        {
            let start = ment.start - 1;
            let mut end = owner + 1;
            while end < n && s.is_cap(end) && s.covered[end].is_none() && end < owner + 3 {
                end += 1;
            }
            let label = s.span(start, end).to_owned();
            let id = doc.register(
                lex,
                ActorInfo {
                    id: slug(&label),
                    label,
                    kind: Kind::Org,
                    parent: None,
                    role: None,
                    discovered: true,
                },
            );
            remove.push(m);
            added.push(mention(start, end, id, toks));
            continue;
        }
        let phrase_at = |owner: usize, buf: &mut String| {
            // Capitalised organisation phrase ending in a generic head: "Ministry of Culture".
            let mut e = owner;
            let mut last_generic = None;
            while e < n
                && (s.is_cap(e) || (e > owner && matches!(s.w(e), "of" | "for" | "and")))
                && s.covered[e].is_none()
            {
                if let Some(k) = lex.generic.get(s.w(e)) {
                    last_generic = Some((e, *k));
                }
                e += 1;
            }
            let phrase = match last_generic {
                Some((g, kind)) if kind != Kind::State => {
                    // Extend over a trailing "of Culture", "of External Affairs" complement,
                    // also "of Economy and Finance".
                    let mut end = g + 1;
                    while end + 1 < e && s.w(end) == "of" {
                        end += 2;
                        while end < e
                            && (s.is_cap(end)
                                || (s.w(end) == "and"
                                    && end + 1 < e
                                    && s.is_cap(end + 1)
                                    // One word: not "… of Defence and Ivan Petrov".
                                    && !(end + 2 < n && s.is_cap(end + 2))))
                        {
                            end += 1;
                        }
                    }
                    Some((end.min(e), kind))
                }
                _ => None,
            };
            phrase.filter(|_| !bare || e > owner).or_else(|| {
                // Also after "the", a state body's lower-case noun: "the Myanmar military",
                // "the Philippines government" (not "Russia analysts", "the Ukraine war").
                // (The state's own name, not its capital: "the Minas Tirith office of X".)
                let determined = (s.w(ment.start) == "the"
                    || (ment.start > 0 && s.w(ment.start - 1) == "the"))
                    && lex.state(&ment.actor).is_some_and(|st| {
                        let raw = s.span(ment.start, ment.end);
                        raw.strip_prefix("the ").unwrap_or(raw) == st.label
                    });
                if bare && !determined {
                    return None;
                }
                // Lower-case generic noun, longest first: "security forces", "police".
                (1..=3).rev().find_map(|len| {
                    let end = owner + len;
                    if end > n || (owner..end).any(|t| s.covered[t].is_some()) {
                        return None;
                    }
                    // "military" before an act's noun modifies it: "the Saudi military
                    // aggression against Yemen" is Saudi Arabia's.
                    if s.w(end - 1) == "military" && end < n && cues.starts_noun(s.w(end)) {
                        return None;
                    }
                    // Nor before a body's own noun: "Niger's military government" is the
                    // government.
                    if s.w(end - 1) == "military"
                        && end < n
                        && s.covered[end].is_none()
                        && lex.generic.get(s.w(end)) == Some(&Kind::Agency)
                    {
                        return Some((end + 1, Kind::Agency));
                    }
                    lex.generic
                        .get(s.joined(owner, end, buf))
                        .filter(|&&k| !bare || k == Kind::Agency)
                        .map(|k| (end, *k))
                })
            })
        };
        let mut phrase = phrase_at(owner, &mut buf);
        // Past an adjective or two of the owner's before a capitalised name: "Libya's
        // legitimate Government of National Accord".
        let mut owner = owner;
        if phrase.is_none() && !bare {
            let mut o = owner;
            while o < n
                && o < owner + 2
                && !s.is_cap(o)
                && s.covered[o].is_none()
                && s.w(o).chars().all(char::is_alphabetic)
                && !lex.generic.contains_key(s.w(o))
                && !lex.words.is(WordClass::Determiner, s.w(o))
                && !lex.words.is(WordClass::Boundary, s.w(o))
            {
                o += 1;
            }
            // Also a body's standing before its lower-case noun: "Bolivia's interim
            // government", "the Malian transitional authorities".
            let standing = o == owner + 1 && lex.words.is(WordClass::Standing, s.w(owner));
            // Also a body's or outlet's lower-case noun after its own modifiers: "Russia's
            // sanitary watchdog", "the Gondorian aviation regulator" (no act among them:
            // not "Gondor's attack helicopters").
            let described = o < n
                && lex
                    .generic
                    .get(s.w(o))
                    .is_some_and(|k| matches!(k, Kind::Agency | Kind::Media))
                && (owner..o).all(|t| !cues.starts_noun(s.w(t)) && !cues.starts_verb(s.w(t)));
            if o > owner && o < n && (s.is_cap(o) || standing || described) {
                phrase = phrase_at(o, &mut buf);
                if phrase.is_some() {
                    owner = o;
                }
            }
        }
        let Some((end, kind)) = phrase else { continue };
        if kind == Kind::State {
            continue;
        }
        let noun = s.span(owner, end);
        // (Also a capitalised name whose head is such a noun: "the Russian Orthodox Church".)
        let own_top = lex.self_top.contains(s.joined(owner, end, &mut buf))
            || (s.is_cap(end - 1) && lex.self_top.contains(s.w(end - 1)));
        // A lower-case noun followed by the body's own name: "Russia's consumer rights
        // watchdog Rospotrebnadzor" is labelled by its name (and "the Russian watchdog"
        // later is the same body).
        let lower = !s.is_cap(end - 1);
        let named = (lower && matches!(kind, Kind::Agency | Kind::Media | Kind::Org))
            .then(|| s.name_end(end, 2))
            .filter(|&e| e > end && (e >= n || !s.is_cap(e)));
        let label = match named {
            Some(e) => s.span(end, e),
            None => s.span(ment.start, end),
        };
        // An organisation is named by its name: "the Rohirric company Entwash" is Entwash, of
        // no state (an agency or outlet stays the state's body, labelled so).
        let id = if named.is_some() && kind == Kind::Org {
            doc.register(lex, named_body(label.to_owned(), kind, None))
        } else {
            doc.state_body(lex, &ment.actor, noun, label, kind, own_top)
        };
        // A one-word name stands for the body later on its own: "Entwash said".
        if named == Some(end + 1) {
            doc.acronyms.insert(s.raw(end).to_owned(), id.clone());
        }
        let end = named.unwrap_or(end);
        remove.push(m);
        // The body's name found on its own ("Government of National Accord") is inside it.
        added.retain(|a| !(a.start >= ment.start && a.end <= end));
        added.push(Mention {
            start: ment.start,
            end,
            actor: id,
            form: MentionForm::Name,
            possessive: toks.get(end).is_some_and(|t| t.lower == "'s"),
            person: false,
            pair: false,
        });
    }
    // Coordinated demonyms share the noun: "the Danish and Norwegian embassies" names both
    // embassies.
    for (m, ment) in ments.iter().enumerate() {
        let e = ment.end;
        if ment.form != MentionForm::Adjective
            || lex.state(&ment.actor).is_none()
            || e + 1 >= n
            || !matches!(s.w(e), "and" | ",")
        {
            continue;
        }
        let Some(second) = ments
            .iter()
            .find(|x| x.start == e + 1 && x.form == MentionForm::Adjective)
        else {
            continue;
        };
        let Some(body) = added.iter().find(|a| a.start == e + 1).cloned() else {
            continue;
        };
        if second.end >= body.end {
            continue;
        }
        let Some(kind) = kind_of(lex, doc, &body.actor) else {
            continue;
        };
        let noun = s.span(second.end, body.end);
        let label = format!("{} {noun}", s.span(ment.start, e));
        let own_top = lex
            .self_top
            .contains(s.joined(second.end, body.end, &mut buf));
        let id = doc.state_body(lex, &ment.actor, noun, &label, kind, own_top);
        remove.push(m);
        added.push(mention(ment.start, e, id, toks));
    }
    // A leader's government: "Patrice Talon's government", "Lukashenko's regime" is their
    // state's body, named as written.
    for (m, ment) in ments.iter().enumerate() {
        let is_person = kind_of(lex, doc, &ment.actor) == Some(Kind::Person);
        // Also without the possessive: "the Trump administration", "the Orban government".
        let attributive = !ment.possessive
            && ment.start > 0
            && s.w(ment.start - 1) == "the"
            && ment.end < n
            && leaders_body(s.w(ment.end));
        // "the (outgoing) administration of Donald Trump": the same body, named as written.
        let of_noun =
            (is_person && !ment.possessive && ment.start >= 3 && s.w(ment.start - 1) == "of")
                .then(|| {
                    (1..=2).rev().find(|&len| {
                        ment.start > len + 1
                            && s.covered[ment.start - 1 - len].is_none()
                            && lex.generic.get(s.joined(
                                ment.start - 1 - len,
                                ment.start - 1,
                                &mut buf,
                            )) == Some(&Kind::Agency)
                            && leaders_body(s.w(ment.start - 2))
                    })
                })
                .flatten();
        if let Some(len) = of_noun {
            let noun_start = ment.start - 1 - len;
            if added
                .iter()
                .any(|a| a.start < ment.end && noun_start < a.end)
            {
                continue;
            }
            let Some(state) = state_top(lex, doc, &ment.actor) else {
                continue;
            };
            // With its modifiers after the article: "the outgoing administration of …".
            let mut first = noun_start;
            while first > 0
                && noun_start - first < 2
                && s.covered[first - 1].is_none()
                && s.toks[first - 1].lower.chars().all(char::is_alphabetic)
                && !s.is_cap(first - 1)
                && !lex.words.is(WordClass::Determiner, s.w(first - 1))
                && !lex.words.is(WordClass::Boundary, s.w(first - 1))
            {
                first -= 1;
            }
            if first == 0 || !lex.words.is(WordClass::Determiner, s.w(first - 1)) {
                first = noun_start;
            }
            let noun = s.span(noun_start, ment.start - 1);
            let id = doc.register(
                lex,
                ActorInfo {
                    id: format!("{}_{}", ment.actor, slug(noun)),
                    label: s.span(first, ment.end).to_owned(),
                    kind: Kind::Agency,
                    parent: Some(state),
                    role: None,
                    discovered: true,
                },
            );
            remove.push(m);
            added.push(mention(first, ment.end, id, toks));
            continue;
        }
        let at = ment.end + usize::from(ment.possessive);
        if !is_person || !(ment.possessive || attributive) || at >= n || s.covered[at].is_some() {
            continue;
        }
        if added.iter().any(|a| a.start <= at && at < a.end) {
            continue;
        }
        let Some(state) = state_top(lex, doc, &ment.actor) else {
            continue;
        };
        let body = person_body(
            lex,
            doc,
            &s,
            &mut buf,
            &ment.actor,
            ment.start,
            at,
            Some(state),
            false,
        );
        let Some((end, id)) = body else { continue };
        remove.push(m);
        added.push(mention(ment.start, end, id, toks));
    }
    // The same for a person found in this sentence: "Gondorian Prime Minister Anborn Tall
    // spoke … Rohan criticised Tall's government".
    for k in 0..added.len() {
        let a = &added[k];
        let at = a.end + 1;
        if !a.possessive
            || at >= n
            || s.covered[at].is_some()
            || kind_of(lex, doc, &a.actor) != Some(Kind::Person)
            || added.iter().any(|b| b.start <= at && at < b.end)
        {
            continue;
        }
        // A person of no state yet ("Chancellor Angela Merkel") leaves the body an orphan
        // too, adopted as they are once the document is read.
        let orphan = doc.actors.get(&a.actor).is_some_and(|p| p.parent.is_none());
        let state = state_top(lex, doc, &a.actor);
        if state.is_none() && !orphan {
            continue;
        }
        let leader = a.actor.clone();
        let body = person_body(
            lex,
            doc,
            &s,
            &mut buf,
            &leader,
            a.start,
            at,
            state.clone(),
            true,
        );
        let Some((end, id)) = body else { continue };
        if state.is_none() {
            doc.leader_bodies.push((id.clone(), added[k].actor.clone()));
        }
        // With the honorific or title before the name: "Mr Ortega's government".
        let mut start = added[k].start;
        while start > 0 && s.covered[start - 1].is_none() && lex.roles.contains_key(s.w(start - 1))
        {
            start -= 1;
        }
        added[k] = mention(start, end, id, toks);
    }
    // An organisation's national section: "Amnesty International UK", named as written, an
    // organisation of its own.
    for (m, ment) in ments.iter().enumerate() {
        let is_org = lex.actor(&ment.actor).is_some_and(|a| a.kind == Kind::Org);
        let Some(k) = s.covered.get(ment.end).copied().flatten() else {
            continue;
        };
        let state = &ments[k];
        let section = is_org
            && !ment.possessive
            && state.start == ment.end
            && state.form == MentionForm::Name
            && lex.state(&state.actor).is_some()
            && !state.possessive
            // Followed by its verb: not "NATO Russia talks", "the EU and Russia".
            && s.toks.get(state.end).is_some_and(|t| {
                report.contains(&*t.lower)
                    || (t.lower.ends_with("ed") && !s.is_cap(state.end))
                    || lex.words.is(WordClass::Skip, &t.lower)
                    || lex.words.is(WordClass::BeAux, &t.lower)
            });
        if !section
            || added
                .iter()
                .any(|a| a.start < state.end && ment.start < a.end)
        {
            continue;
        }
        let label = s.span(ment.start, state.end).to_owned();
        let id = doc.register(lex, unaffiliated(label, Kind::Org));
        remove.push(m);
        remove.push(k);
        added.push(mention(ment.start, state.end, id, toks));
    }
    // A state's body placed by its seat: "the foreign ministry in Minas Tirith" (not an
    // embassy or mission, which are in a foreign capital).
    // Also without the article, after "of"/"by" or opening the sentence: "thousands of
    // protesters in Tbilisi", "Police in Rotterdam dispersed …".
    for i in 0..n.saturating_sub(2) {
        // `i + 1` is the noun's first token; `i` is its article (or the sentence start).
        let opening = i == 0 && !matches!(s.w(0), "the" | "of" | "by");
        let first = if opening { 0 } else { i + 1 };
        if !opening && !matches!(s.w(i), "the" | "of" | "by") {
            continue;
        }
        // (Past one modifier after the article: "the rival government in Tripoli".)
        let modifier = !opening
            && s.w(i) == "the"
            && first + 1 < n
            && !s.is_cap(first)
            && s.covered[first].is_none()
            && s.w(first).chars().all(char::is_alphabetic);
        let found = (0..=usize::from(modifier)).find_map(|skip| {
            let first = first + skip;
            (1..=3).rev().find_map(|len| {
                let end = first + len;
                if end + 1 >= n || s.w(end) != "in" || (first..end).any(|t| s.covered[t].is_some())
                {
                    return None;
                }
                let kind = *lex.generic.get(s.joined(first, end, &mut buf))?;
                let m = s.covered[end + 1]?;
                let state = lex.state(&ments[m].actor)?;
                let foreign_seat = matches!(s.w(end - 1), "embassy" | "consulate" | "mission");
                (kind != Kind::State && !foreign_seat).then_some((first, end, kind, m, state))
            })
        });
        let Some((first, end, kind, m, state)) = found else {
            continue;
        };
        if added
            .iter()
            .any(|a| a.start < ments[m].end && first < a.end)
        {
            continue;
        }
        let noun = s.span(first, end).to_lowercase();
        // As first written: "foreign ministry in Minas Tirith".
        let label = s.span(first, ments[m].end);
        let own_top = lex.self_top.contains(noun.as_str());
        let id = doc.state_body(lex, &state.id, &noun, label, kind, own_top);
        added.push(mention(first, ments[m].end, id, toks));
    }
    // A state's organ named after it: "the (transitional) authorities of Arnor", "the army of
    // Gondor".
    for i in 1..n.saturating_sub(3) {
        if s.w(i - 1) != "the" || s.is_cap(i) || s.covered[i].is_some() {
            continue;
        }
        // Up to two modifiers, then the noun (one to three words) and "of".
        // Also with the people: "the government and people of Arnor" (the people are the
        // state's own mention).
        let people_of = |end: usize| {
            end + 3 < n && s.w(end) == "and" && s.w(end + 1) == "people" && s.w(end + 2) == "of"
        };
        let found = (0..=2).find_map(|skip| {
            (1..=3).rev().find_map(|len| {
                let (start, end) = (i + skip, i + skip + len);
                let of = if people_of(end) { end + 2 } else { end };
                if of + 1 >= n
                    || s.w(of) != "of"
                    || (i..end).any(|t| s.covered[t].is_some() || s.is_cap(t))
                {
                    return None;
                }
                let kind = *lex.generic.get(s.joined(start, end, &mut buf))?;
                let m = s.covered[of + 1]?;
                let ment = &ments[m];
                let state = lex.state(&ment.actor)?;
                // A state's organ, not its people or staff; not one of a list ("the foreign
                // ministers of Arnor, Gondor and Rohan" are each state's).
                let listed = matches!(
                    s.toks.get(ment.end).map(|t| t.lower.as_str()),
                    Some("," | "and" | "or")
                );
                (kind == Kind::Agency
                    && ment.form == MentionForm::Name
                    && !ment.possessive
                    && !listed)
                    .then_some((start, end, kind, m, state))
            })
        });
        let Some((start, end, kind, m, state)) = found else {
            continue;
        };
        if added.iter().any(|a| a.start < ments[m].end && i < a.end) {
            continue;
        }
        let noun = s.span(start, end);
        if people_of(end) {
            let label = format!(
                "{} of {}",
                s.span(i, end),
                s.span(ments[m].start, ments[m].end)
            );
            let id = doc.state_body(lex, &state.id, noun, &label, kind, false);
            added.push(mention(i, end, id, toks));
            continue;
        }
        // As written: "transitional authorities of Mali".
        let label = s.span(i, ments[m].end);
        let id = doc.state_body(lex, &state.id, noun, label, kind, false);
        remove.push(m);
        added.push(mention(i, ments[m].end, id, toks));
    }
    // Media: "the Ithil Telegram channel", "Ithil news agency".
    let taken = |i: usize, added: &[Mention]| {
        s.covered[i].is_some() || added.iter().any(|m| m.start <= i && i < m.end)
    };
    // A name after its kind: "the rights group Memorial", "the election monitoring group
    // Golos", "the newspaper Novaya Gazeta": an organisation or an outlet of its own.
    for i in 0..n.saturating_sub(2) {
        if s.w(i) != "the" {
            continue;
        }
        let plain =
            |t: usize| !s.is_cap(t) && !taken(t, &added) && s.w(t).chars().all(char::is_alphabetic);
        // Past a stance's compound: "the pro-Kremlin tabloid Readovka" (no act of the
        // Kremlin's), "the pro-government website Caliber".
        let stance = i + 4 < n
            && matches!(s.w(i + 1), "pro" | "anti")
            && s.w(i + 2) == "-"
            && s.w(i + 3).chars().all(char::is_alphabetic);
        let first = if stance { i + 4 } else { i + 1 };
        let words = (first..n.min(first + 4)).take_while(|&t| plain(t)).count();
        // The kind: the run's last one or two words.
        let kind = (1..=2.min(words)).find_map(|len| {
            let end = first + words;
            lex.generic
                .get(s.joined(end - len, end, &mut buf))
                .copied()
                .filter(|k| matches!(k, Kind::Org | Kind::Media))
        });
        let Some(kind) = kind else {
            continue;
        };
        let c = first + words;
        let name_word = |t: usize| {
            s.is_cap(t)
                && !taken(t, &added)
                && s.w(t).chars().all(|ch| ch.is_alphabetic() || ch == '-')
                && !lex.roles.contains_key(s.w(t))
                && !lex.words.is(WordClass::Calendar, s.w(t))
        };
        let e = (c..n.min(c + 4)).take_while(|&t| name_word(t)).count() + c;
        // (Not the start of a title-case run going on: "the group Human Rights Watch" is
        // found by name.)
        if e == c || (e < n && s.is_cap(e)) {
            continue;
        }
        let id = doc.register(lex, named_body(s.span(c, e).to_owned(), kind, None));
        // A one-word name is the body's later on its own: "the company Entwash … Entwash said".
        if e == c + 1 {
            doc.acronyms.insert(s.raw(c).to_owned(), id.clone());
        }
        if stance {
            if let Some(m) = s.covered[i + 3] {
                remove.push(m);
            }
        }
        added.push(mention(i + 1, e, id, toks));
    }
    let mut i = 0;
    while i < n {
        let starts_run = s.is_cap(i)
            && !taken(i, &added)
            && !lex.words.is(WordClass::Determiner, s.w(i))
            && (i == 0 || !s.is_cap(i - 1) || lex.words.is(WordClass::Determiner, s.w(i - 1)));
        if !starts_run {
            i += 1;
            continue;
        }
        let mut e = i;
        while e < n && s.is_cap(e) && !taken(e, &added) {
            e += 1;
        }
        // The media noun may begin inside the capitalised run ("Telegram channel").
        let found = (i + 1..=e).find_map(|cut| {
            (1..=3).rev().find_map(|len| {
                let end = cut + len;
                if end > n {
                    return None;
                }
                // (Not a title's modifier: "Presidential press secretary X".)
                let title = || end < n && lex.roles.get(s.w(end)).is_some_and(|c| c.is_head());
                (end >= e
                    && lex.generic.get(s.joined(cut, end, &mut buf)) == Some(&Kind::Media)
                    && !title())
                .then_some((cut, end))
            })
        });
        if let Some((cut, end)) = found {
            let name = s.span(i, cut).to_owned();
            let id = doc.register(lex, named_body(name, Kind::Media, None));
            added.push(mention(i, end, id, toks));
            i = end;
            continue;
        }
        i = e.max(i + 1);
    }
    // A listed body's own branch, named after it in capitals: "the IRGC Navy", "the IRGC
    // Aerospace Force" (a body of its own under it, as a state's "Gondorian Navy" is).
    for (k, m) in ments.iter().enumerate() {
        let body = lex
            .actor(&m.actor)
            .is_some_and(|a| matches!(a.kind, Kind::Agency | Kind::Org));
        if !body || m.possessive || m.end >= n {
            continue;
        }
        let found = (1..=2).rev().find_map(|len| {
            let end = m.end + len;
            if end > n || (m.end..end).any(|t| s.covered[t].is_some() || !s.is_cap(t)) {
                return None;
            }
            // (A branch, not a committee or office with a remit of its own: not
            // "the Federation Council Committee on International Affairs".)
            let remit = end < n && matches!(s.w(end), "on" | "for" | "of");
            (!remit
                && !HEADS.contains(&s.w(end - 1))
                && lex.generic.get(s.joined(m.end, end, &mut buf)) == Some(&Kind::Agency))
            .then_some(end)
        });
        let Some(end) = found else {
            continue;
        };
        if added.iter().any(|a| a.start < end && m.start < a.end) {
            continue;
        }
        let noun = s.span(m.end, end).to_lowercase();
        let id = doc.state_body(
            lex,
            &m.actor,
            &noun,
            s.span(m.start, end),
            Kind::Agency,
            false,
        );
        remove.push(k);
        added.push(mention(m.start, end, id, toks));
    }
    remove.sort_unstable();
    remove.dedup();
    for m in remove.into_iter().rev() {
        ments.remove(m);
    }
    ments.retain(|m| !added.iter().any(|a| a.start < m.end && m.start < a.end));
    ments.extend(added);
    ments.sort_by_key(|m| m.start);
    index(&mut s, ments);
    if defined_names(lex, doc, &s, ments) {
        index(&mut s, ments);
    }
    if named_relatives(lex, doc, &s, ments) {
        index(&mut s, ments);
    }
    // A state's name right before one of its own bodies is part of that body's name: "the US
    // Federal Bureau of Investigation", "Gondor Foreign Intelligence Service".
    let mut absorbed = false;
    let mut k = 1;
    while k < ments.len() {
        let (a, b) = (&ments[k - 1], &ments[k]);
        let own = a.end == b.start
            && !a.possessive
            && lex.state(&a.actor).is_some()
            && b.actor != a.actor
            && kind_of(lex, doc, &b.actor) == Some(Kind::Agency)
            && state_top(lex, doc, &b.actor).as_deref() == Some(a.actor.as_str());
        if own {
            ments[k].start = ments[k - 1].start;
            ments.remove(k - 1);
            absorbed = true;
        } else {
            k += 1;
        }
    }
    if absorbed {
        index(&mut s, ments);
    }
    // Acronyms defined here: "Federal Guard (FG)"; also "the Committee for National Security,
    // or CNS," (the acronym then names it in this sentence too).
    let mut or_acronyms = Vec::new();
    for m in ments.iter() {
        let e = m.end;
        let or_form = e + 3 < n
            && s.w(e) == ","
            && s.w(e + 1) == "or"
            && s.w(e + 3) == ","
            && s.covered[e + 2].is_none()
            && m.end >= m.start + 2
            && matches!(
                kind_of(lex, doc, &m.actor),
                Some(Kind::Agency | Kind::Org | Kind::Media)
            );
        if !or_form {
            continue;
        }
        let acr = s.raw(e + 2);
        if acronym(acr) {
            doc.acronyms.insert(acr.to_owned(), m.actor.clone());
            or_acronyms.push(mention(e + 2, e + 3, m.actor.clone(), toks));
        }
    }
    if !or_acronyms.is_empty() {
        ments.extend(or_acronyms);
        ments.sort_by_key(|m| m.start);
        index(&mut s, ments);
    }
    for (k, m) in ments.iter().enumerate() {
        let e = m.end;
        // A name the lexicon does not list, spelled otherwise, with a listed actor's acronym
        // after it ("the Islamic Revolution Guards Corps (IRGC)"): that actor.
        if e + 2 < n && s.w(e) == "(" && s.w(e + 2) == ")" && lex.actor(&m.actor).is_none() {
            let listed = ments
                .iter()
                .find(|a| a.start == e + 1 && a.end == e + 2)
                .filter(|a| lex.actor(&a.actor).is_some_and(|x| x.kind != Kind::State));
            if let Some(a) = listed {
                doc.merged.insert(m.actor.clone(), a.actor.clone());
                continue;
            }
        }
        if e + 2 < n && s.w(e) == "(" && s.w(e + 2) == ")" {
            let acr = s.raw(e + 1);
            // Also a body's short name in brackets after its long one: "the Federal Service for
            // Veterinary and Phytosanitary Surveillance (Rosselkhoznadzor)".
            let short_name = acr.chars().count() >= 4
                && acr.starts_with(char::is_uppercase)
                && acr.chars().all(char::is_alphabetic)
                && m.end >= m.start + 3
                && matches!(
                    kind_of(lex, doc, &m.actor),
                    Some(Kind::Agency | Kind::Org | Kind::Media)
                );
            if acronym(acr) || short_name {
                doc.acronyms.insert(acr.to_owned(), ments[k].actor.clone());
            }
        }
    }
    // The state the sentence places things in ("in Seoul", "inside Iran"), for a group named
    // by its noun alone.
    let place: Option<String> = ments
        .iter()
        .find(|m| {
            m.start > 0
                && matches!(s.w(m.start - 1), "in" | "inside")
                && lex.state(&m.actor).is_some()
        })
        .map(|m| m.actor.clone());
    // Definite descriptions: "the ministry" → the last ministry named (an organisation in a
    // title first: the sentence's own mentions are later).
    for actor in title_orgs.iter().chain(ments.iter().map(|m| &m.actor)) {
        // A listed actor's other names count: NATO is the "North Atlantic Alliance".
        let names: Vec<String> = match lex.actor(actor) {
            Some(a) => a.names().map(str::to_lowercase).collect(),
            None => label_of(lex, doc, actor)
                .map(|l| l.to_lowercase())
                .into_iter()
                .collect(),
        };
        // Any organisation (not a party or company name of its own): "the organisation".
        // (Also a body of no state: "the Jewish Agency for Israel … the organisation".)
        let org = match kind_of(lex, doc, actor) {
            Some(Kind::Org) => lex.state(actor).is_none(),
            Some(Kind::Agency) => state_top(lex, doc, actor).is_none(),
            _ => false,
        };
        if org {
            for head in ["organisation", "organization"] {
                doc.heads.insert(head.to_owned(), actor.clone());
            }
        }
        // An organisation of no state that is no body of states: a rights group, a militant
        // group ("Hamas … the group said"). Not "the group" for NATO or the UN.
        if org
            && kind_of(lex, doc, actor) == Some(Kind::Org)
            && !names.iter().any(|l| {
                l.split(|c: char| !c.is_alphanumeric())
                    .any(|w| BLOC_WORDS.contains(&w) || INTERGOVERNMENTAL.contains(&w))
            })
        {
            doc.heads.insert("group".to_owned(), actor.clone());
        }
        // A security, intelligence or regulatory service: "the agency" ("The FSB detained
        // … The agency said"). (Not over an outlet's "agency", nor a ministry's.)
        // (Of a known state: a body guessed to be the dateline's may be another's.)
        let service = |w: &str| {
            matches!(
                w,
                "service" | "bureau" | "directorate" | "watchdog" | "regulator" | "intelligence"
            )
        };
        if kind_of(lex, doc, actor) == Some(Kind::Agency)
            && state_top(lex, doc, actor).is_some()
            && (names
                .iter()
                .any(|l| l.split(|c: char| !c.is_alphanumeric()).any(service))
                || actor.split('_').any(service))
        {
            doc.heads.insert("agency".to_owned(), actor.clone());
        }
        // A listed organisation named as a bloc of states: "the bloc".
        if lex.actor(actor).is_some_and(|a| a.kind == Kind::Org)
            && names
                .iter()
                .any(|l| l.split_whitespace().any(|w| BLOC_WORDS.contains(&w)))
        {
            doc.heads.insert("bloc".to_owned(), actor.clone());
        }
        for label in &names {
            for w in label.split_whitespace() {
                // Also soldiers, after "the" only: "the soldiers were charged".
                if HEADS.contains(&w) || GROUP_HEADS.contains(&w) || TROOP_HEADS.contains(&w) {
                    doc.heads.insert(w.to_owned(), actor.clone());
                }
                // Protesters are demonstrators; troops are soldiers.
                if let Some(other) = match w {
                    "protesters" => Some("demonstrators"),
                    "demonstrators" => Some("protesters"),
                    "troops" => Some("soldiers"),
                    "soldiers" => Some("troops"),
                    _ => None,
                } {
                    doc.heads.insert(other.to_owned(), actor.clone());
                }
            }
        }
    }
    // An outlet named: "the agency", "the outlet" later stand for it ("Sputnik Estonia … the
    // agency's accounts").
    // (Not over a body named as an agency: "the Child Support Agency … told the BBC … the
    // agency".)
    // A site named by its domain ("Tut.by"): "the site", "the portal", "the website" too.
    for m in ments.iter() {
        if kind_of(lex, doc, &m.actor) == Some(Kind::Media) {
            let domain = label_of(lex, doc, &m.actor).is_some_and(|l| l.contains('.'));
            let sites = ["site", "portal", "website"].into_iter().filter(|_| domain);
            for head in ["agency", "outlet"].into_iter().chain(sites) {
                let body = doc
                    .heads
                    .get(head)
                    .is_some_and(|id| kind_of(lex, doc, id) != Some(Kind::Media));
                if !body {
                    doc.heads.insert(head.to_owned(), m.actor.clone());
                }
            }
        }
    }
    // A group's members named after it: "Al-Shabaab militants" … "(the) militants"; so is
    // the group itself, past a word or two: "the al-Shabaab extremist group" … "the group".
    for m in ments.iter() {
        if m.end >= n || s.covered[m.end].is_some() || lex.state(&m.actor).is_some() {
            continue;
        }
        if lone_group(lex, s.w(m.end)) {
            doc.heads.insert(s.w(m.end).to_owned(), m.actor.clone());
        }
        let group = (m.end..n.min(m.end + 3))
            .take_while(|&k| s.covered[k].is_none() && !s.is_cap(k))
            .find(|&k| s.w(k) == "group");
        if let Some(k) = group {
            if (m.end..k).all(|t| s.w(t).chars().all(|c| c.is_alphabetic() || c == '-')) {
                doc.heads.insert("group".to_owned(), m.actor.clone());
            }
        }
    }
    // A craft of an actor: "an Arnorian civilian airliner", "Gondor Airlines flight 12": its
    // kind's words after "the" stand for that actor ("the plane was shot down").
    for m in ments.iter() {
        let craft = (m.end - 1..n.min(m.end + 3))
            .take_while(|&k| {
                k < m.end
                    || (s.covered[k].is_none()
                        && !lex.words.is_any(s.w(k))
                        && !cues.starts_verb(s.w(k))
                        && !report.contains(s.w(k))
                        && s.w(k).chars().all(|c| c.is_alphanumeric() || c == '-'))
                    || [WordClass::Aircraft, WordClass::Vessel]
                        .into_iter()
                        .any(|c| lex.words.is(c, s.w(k)))
            })
            .find_map(|k| {
                [WordClass::Aircraft, WordClass::Vessel]
                    .into_iter()
                    .find(|&c| lex.words.is(c, s.w(k)))
            });
        if let Some(class) = craft {
            for w in lex.words.members(class) {
                doc.heads.insert(w.to_owned(), m.actor.clone());
            }
        }
    }
    let mut extra = Vec::new();
    // "the downed plane": one word may stand between "the" and a craft's noun.
    for i in 2..n {
        let craft = [WordClass::Aircraft, WordClass::Vessel]
            .into_iter()
            .any(|c| lex.words.is(c, s.w(i)));
        if craft
            && s.w(i - 2) == "the"
            && s.covered[i].is_none()
            && s.covered[i - 1].is_none()
            && !s.is_cap(i - 1)
            && s.w(i - 1).chars().all(|c| c.is_alphabetic() || c == '-')
            && !(i + 1 < n && s.w(i + 1) == "of")
        {
            if let Some(id) = doc.heads.get(s.w(i)) {
                extra.push(mention(i - 2, i + 1, id.clone(), toks));
            }
        }
    }
    for i in 1..n {
        // Also past one lower-case modifier: "the intelligence service", "the foreign ministry".
        // (Only for a head noun: the word-class test is not cheap.)
        let head = |w: &str| doc.heads.contains_key(w) || w == "ministry";
        let modified = i >= 2
            && s.w(i - 2) == "the"
            && head(s.w(i))
            && s.covered[i - 1].is_none()
            && !s.is_cap(i - 1)
            && s.w(i - 1).chars().all(char::is_alphabetic)
            && !lex.words.is_any(s.w(i - 1));
        // Also capitalised, as formal writing has it ("the Commission said"), when no name
        // goes on ("the Commission on Human Rights").
        let named_on = |i: usize| {
            i + 1 < n && (s.name_word(i + 1) || matches!(s.w(i + 1), "of" | "for" | "on" | "-"))
        };
        let capital_head = s.is_cap(i) && s.w(i - 1) == "the" && !named_on(i);
        // A ministry's name in title case with no state: "the Foreign Ministry", "the Defence
        // Ministry", "the Foreign Office" (a title's modifier before it).
        let ministry = s.w(i) == "ministry"
            || (s.w(i) == "office" && matches!(s.w(i - 1), "foreign" | "home"));
        let titled_ministry = i >= 2
            && ministry
            && s.w(i - 2) == "the"
            && s.is_cap(i)
            && s.is_cap(i - 1)
            && s.covered[i - 1].is_none()
            && lex.roles.get(s.w(i - 1)) == Some(&RoleClass::Modifier)
            && !named_on(i);
        if s.covered[i].is_none()
            && (s.w(i - 1) == "the" || modified || titled_ministry)
            && (!s.is_cap(i) || capital_head || titled_ministry)
        {
            // Not "the ministry of culture", but "accused the service of abusing …".
            // (Nor "accused the organisation of bias": a charge.)
            let of_name = i + 1 < n
                && s.w(i + 1) == "of"
                && !(i + 2 < n && (s.w(i + 2).ends_with("ing") || charge_after_of(lex, &s, i + 2)));
            let start = if s.w(i - 1) == "the" { i - 1 } else { i - 2 };
            // (A titled ministry stands for the one named before only when its label has the
            // modifier: "the Defence Ministry" is not the foreign ministry.)
            let head_id = doc.heads.get(s.w(i)).filter(|id| {
                !titled_ministry
                    || label_of(lex, doc, id).is_some_and(|l| {
                        l.split_whitespace()
                            .any(|w| w.eq_ignore_ascii_case(s.w(i - 1)))
                    })
            });
            if let Some(id) = head_id {
                if !of_name {
                    extra.push(mention(start, i + 1, id.clone(), toks));
                }
            } else if !of_name && s.w(i - 1) == "the" && lone_group(lex, s.w(i)) {
                let end = s.named_place_after(i + 1);
                let id = doc.lone_group(lex, s.w(i), s.span(i, end), place.as_deref());
                extra.push(mention(start, end, id, toks));
            } else if (modified || titled_ministry) && !of_name && ministry {
                // "The foreign ministry summoned the Gondorian ambassador", no ministry named
                // before: a ministry whose state is found once the document is read (the
                // home or most-named state the ministry does not act on).
                let label = s.span(i - 1, i + 1).to_owned();
                let id = doc.register(lex, unaffiliated(label, Kind::Agency));
                extra.push(mention(start, i + 1, id, toks));
            }
        } else if s.covered[i].is_none()
            && GROUP_HEADS.contains(&s.w(i))
            && !s.is_cap(i)
            && s.covered[i - 1].is_none()
            && !s.is_cap(i - 1)
        {
            // Bare: "used water cannon to disperse demonstrators".
            if let Some(id) = doc.heads.get(s.w(i)) {
                extra.push(mention(i, i + 1, id.clone(), toks));
            }
        }
    }
    // A group named by its noun alone, none of that name before: "police detained
    // protesters", "militants attacked a checkpoint" (its own top-level group).
    for i in 0..n {
        // (The noun first: it rules out nearly every word at once.)
        if s.covered[i].is_some()
            || !lone_group(lex, s.w(i))
            || (i > 0 && (s.covered[i - 1].is_some() || s.is_cap(i - 1) || s.w(i - 1) == "the"))
            || (s.is_cap(i) && i > 0)
            || (i + 1 < n && matches!(s.w(i + 1), "'s" | "of" | "-"))
            || extra.iter().any(|m| m.start <= i && i < m.end)
        {
            continue;
        }
        let (id, end) = match doc.heads.get(s.w(i)) {
            Some(id) => (id.clone(), i + 1),
            None => {
                let end = s.named_place_after(i + 1);
                (
                    doc.lone_group(lex, s.w(i), s.span(i, end), place.as_deref()),
                    end,
                )
            }
        };
        extra.push(mention(i, end, id, toks));
    }
    // A group named by its noun after a capitalised modifier naming no actor: "Kurdish
    // separatists", "Baloch militants" (a people with no state of its own; its own top-level
    // group, wherever it acts). Opening the sentence, only a modifier that reads as a people's
    // adjective ("Kurdish", "Chechen", "Uighur"; not "Armed militants").
    for i in 1..n {
        let k = i - 1;
        if s.covered[i].is_some()
            || s.covered[k].is_some()
            || !lone_group(lex, s.w(i))
            // (Not a crowd, the state's where it gathers: "Shia protesters in Manama".)
            || CROWDS.contains(&s.w(i))
            || s.is_cap(i)
            || !s.is_cap(k)
            || (i + 1 < n && matches!(s.w(i + 1), "'s" | "of" | "-"))
            || extra.iter().any(|m| m.start <= i && i < m.end)
            || !s.w(k).chars().all(char::is_alphabetic)
            || s.w(k).len() < 4
            || lex.words.is_any(s.w(k))
            || lex.roles.contains_key(s.w(k))
        {
            continue;
        }
        let people = ["ish", "an", "i", "ese", "en", "ic"]
            .iter()
            .any(|e| s.w(k).ends_with(e));
        if k == 0 && !people {
            continue;
        }
        let id = doc.lone_group(lex, s.w(i), s.span(k, i + 1), None);
        extra.push(mention(k, i + 1, id, toks));
    }
    // An unknown name joined by "and" to a named organisation, outlet or company is one of
    // its kind and state: "Aeroflot and Transaero were barred", "UIA and Windrose" (one or
    // two capitalised words, the name plainly ending after them).
    // (The named ones first, without copying every mention: most sentences name none.)
    let named: Vec<(usize, String, Kind)> = ments
        .iter()
        .chain(extra.iter())
        .filter(|m| m.form == MentionForm::Name && !m.possessive && m.end + 1 < n)
        .filter_map(|m| {
            kind_of(lex, doc, &m.actor)
                .filter(|k| matches!(k, Kind::Org | Kind::Media))
                .map(|k| (m.end, m.actor.clone(), k))
        })
        .collect();
    for (m_end, actor, kind) in named {
        // Past an acronym in brackets: "Ukraine International Airlines (UIA) and Windrose".
        let mut e = m_end;
        if e + 2 < n && s.w(e) == "(" && s.w(e + 2) == ")" {
            e += 3;
        }
        if e + 1 >= n || s.w(e) != "and" {
            continue;
        }
        let start = e + 1;
        let mut end = start;
        while end < n && end < start + 2 && s.name_word(end) {
            end += 1;
        }
        let taken = |k: usize| extra.iter().any(|x: &Mention| x.start <= k && k < x.end);
        let ends = end == n || !s.is_cap(end);
        if end == start || !ends || (start..end).any(taken) {
            continue;
        }
        let parent = state_top(lex, doc, &actor);
        let id = doc.register(lex, named_body(s.span(start, end).to_owned(), kind, parent));
        extra.push(mention(start, end, id, toks));
    }
    // "the kingdom", "the Kingdom", "the emirate": the state the document has named whose
    // formal name says so ("Kingdom of Saudi Arabia"); of two (Sweden is a kingdom too), the
    // one named at least twice as often as any other, else none. Named before: this
    // sentence's states count from the next one. (Not "the Kingdom Tower".)
    for i in 1..n {
        if s.covered[i].is_none()
            && s.w(i - 1) == "the"
            // (An accusation's "of" before a gerund is no name's: "accused the Kingdom of
            // pressing …".)
            && !(i + 1 < n
                && ((s.w(i + 1) == "of" && !(i + 2 < n && s.w(i + 2).ends_with("ing")))
                    || s.is_cap(i + 1)))
        {
            let named = doc.state_heads.get(s.w(i)).and_then(|states| {
                let mut ranked: Vec<&(String, usize)> = states.iter().collect();
                ranked.sort_by_key(|b| std::cmp::Reverse(b.1));
                match ranked[..] {
                    [(id, _)] => Some(id.clone()),
                    [(id, a), (_, b), ..] if *a >= 2 * b => Some(id.clone()),
                    _ => None,
                }
            });
            if let Some(id) = named {
                extra.push(mention(i - 1, i + 1, id, toks));
            }
        }
    }
    for m in ments.iter() {
        if let Some(state) = lex.state(&m.actor) {
            for name in state.names() {
                for w in name.split_whitespace() {
                    let w = w.to_lowercase();
                    if STATE_HEADS.contains(&w.as_str()) {
                        let states = doc.state_heads.entry(w).or_default();
                        match states.iter_mut().find(|(id, _)| *id == m.actor) {
                            Some((_, c)) => *c += 1,
                            None => states.push((m.actor.clone(), 1)),
                        }
                    }
                }
            }
        }
    }
    // "the government", "the authorities" with no state named: the document's home state's,
    // given at the end of the document (`adopt_orphans`).
    // Also past one modifier that names no state: "the interim government".
    let charge = |k: usize| charge_after_of(lex, &s, k);
    for i in 1..n {
        let word = s.w(i);
        let modified = i > 1
            && s.w(i - 2) == "the"
            && s.covered[i - 1].is_none()
            && !s.is_cap(i - 1)
            && lex.words.is(WordClass::BodyModifier, s.w(i - 1));
        let det = if modified { i - 2 } else { i - 1 };
        let bare = s.covered[i].is_none()
            && (s.w(i - 1) == "the" || modified)
            && !s.is_cap(i)
            && (matches!(
                word,
                "government" | "authorities" | "administration" | "regime" | "leadership" | "junta"
            )
                // Armed forces only with a modifier naming no state: "the federal army".
                // (Not a title's first word: "the new army chief".)
                || (modified
                    && matches!(word, "army" | "military" | "troops" | "forces")
                    && !(i + 1 < n && lex.roles.contains_key(s.w(i + 1)))))
            // (But "accused the government of rigging the vote": "of" before a gerund, or
            // before a charge, a word in lower case that opens no noun phrase of its own:
            // 'accused the government of "laxity"', "of incompetence"; not "the government of
            // national unity", "of both countries".)
            && (!(i + 1 < n && matches!(s.w(i + 1), "of" | "in" | "'s" | "-"))
                || (i + 2 < n && s.w(i + 1) == "of" && s.w(i + 2).ends_with("ing"))
                || (i + 2 < n && s.w(i + 1) == "of" && charge(i + 2)));
        if bare && !extra.iter().any(|m: &Mention| m.start <= i && i < m.end) {
            let noun = (det + 1..=i).map(|k| s.w(k)).collect::<Vec<_>>().join(" ");
            // Reported by a person of a known state, it is that state's: "Syrian Information
            // Minister X said the government regretted …".
            // Also past the hearers and a place: "X told reporters in Mogadishu that the
            // government had …".
            let reporter = (det.saturating_sub(8)..det)
                .rev()
                .take_while(|&r| !matches!(s.w(r), "," | ";" | "and" | "but"))
                .find(|&r| report.contains(s.w(r)))
                .and_then(|r| {
                    ments
                        .iter()
                        .filter(|m| m.end <= r && r - m.end <= 2)
                        .find(|m| kind_of(lex, doc, &m.actor) == Some(Kind::Person))
                })
                .and_then(|m| state_top(lex, doc, &m.actor));
            if let Some(state) = reporter {
                let id = doc.register(
                    lex,
                    ActorInfo {
                        id: format!("{state}_{}", slug(&noun)),
                        label: format!("the {noun}"),
                        kind: Kind::Agency,
                        parent: Some(state),
                        role: None,
                        discovered: true,
                    },
                );
                extra.push(mention(det, i + 1, id, toks));
                continue;
            }
            let label = format!("the {noun}");
            let id = doc.register(
                lex,
                ActorInfo {
                    id: format!("the_{}", slug(&noun)),
                    label,
                    kind: Kind::Agency,
                    parent: None,
                    role: Some(HOME_BODY.to_owned()),
                    discovered: true,
                },
            );
            extra.push(mention(det, i + 1, id, toks));
        }
    }
    // "the opposition", "opposition lawmakers" with no state named: the home state's
    // opposition, a group of its own (`generic_nouns.tsv`), given at the end of the document
    // as "the government" is. Not "the opposition to the plan", not "the opposition Socialists"
    // (a party's name follows).
    for i in 1..n {
        if s.w(i) != "opposition"
            || s.covered[i].is_some()
            || s.is_cap(i)
            || s.covered[i - 1].is_some()
            || extra.iter().any(|m: &Mention| m.start <= i && i < m.end)
        {
            continue;
        }
        let next = (i + 1 < n).then(|| s.w(i + 1));
        // "opposition lawmakers": a plural group noun of its own after it.
        let members = next.is_some_and(|w| {
            w.ends_with('s')
                && lex.generic.get(w) == Some(&Kind::Group)
                && s.covered[i + 1].is_none()
                && !s.is_cap(i + 1)
        });
        // ("accused the opposition of plotting …" as "the government" is.)
        let charged =
            i + 2 < n && next == Some("of") && (s.w(i + 2).ends_with("ing") || charge(i + 2));
        let bare = s.w(i - 1) == "the"
            && (charged
                || !next.is_some_and(|w| matches!(w, "to" | "of" | "from" | "against" | "'s")))
            && !(i + 1 < n && s.is_cap(i + 1));
        if !(bare || members) {
            continue;
        }
        let (start, end) = if members {
            (if s.w(i - 1) == "the" { i - 1 } else { i }, i + 2)
        } else {
            (i - 1, i + 1)
        };
        // The state of the sentence's first actor of a known state, when there is one
        // ("Gondor's president accused the opposition of …", "Edoras blamed opposition
        // supporters …"): the opposition to its own government.
        // (Not beside a home body: "mediate between the government and the opposition" are
        // both the home state's.)
        let home_body = extra.iter().any(|m| {
            doc.actors
                .get(&m.actor)
                .is_some_and(|a| a.role.as_deref() == Some(HOME_BODY))
        });
        let first = ments
            .iter()
            .chain(extra.iter())
            .filter(|m| m.end <= start || m.start >= end)
            .min_by_key(|m| m.start)
            .and_then(|m| state_top(lex, doc, &m.actor))
            .filter(|_| !home_body);
        if let Some(state) = first {
            let label = lex.state(&state).map_or_else(
                || "opposition".to_owned(),
                |st| state_noun(st, "opposition"),
            );
            let id = doc.state_body(lex, &state, "opposition", &label, Kind::Group, true);
            extra.push(mention(start, end, id, toks));
            continue;
        }
        let id = doc.register(
            lex,
            ActorInfo {
                id: "the_opposition".to_owned(),
                label: "the opposition".to_owned(),
                kind: Kind::Group,
                parent: None,
                role: Some(HOME_BODY.to_owned()),
                discovered: true,
            },
        );
        extra.push(mention(start, end, id, toks));
    }
    // "the spokeswoman" → the person named last with that title; "the diplomat", "the
    // official" → the person named last (opening a sentence: the previous sentence's first
    // person). Only where the reference is safe: as a subject before
    // a reporting verb ("…," the diplomat stressed) or opening the sentence ("The diplomat also
    // criticised …").
    for start in 1..n.saturating_sub(1) {
        // (Past an age: "the 83-year-old president".)
        let aged = start >= 6
            && s.w(start - 1) == "old"
            && s.w(start - 2) == "-"
            && s.w(start - 3) == "year"
            && s.w(start - 4) == "-"
            && s.w(start - 5).bytes().all(|b| b.is_ascii_digit())
            && s.w(start - 6) == "the";
        let the_at = if aged { start - 6 } else { start - 1 };
        if s.covered[start].is_some() || s.w(the_at) != "the" {
            continue;
        }
        // A head after one modifier: "the Prime Minister", "the foreign minister".
        let i = if start + 2 < n
            && lex.roles.get(s.w(start)) == Some(&RoleClass::Modifier)
            && lex.roles.get(s.w(start + 1)).is_some_and(|c| c.is_head())
            && s.covered[start + 1].is_none()
        {
            start + 1
        } else {
            start
        };
        // "the head of state": the president (or monarch) named last.
        if i == start
            && s.w(i) == "head"
            && i + 2 < n
            && s.w(i + 1) == "of"
            && s.w(i + 2) == "state"
            && s.covered[i + 2].is_none()
        {
            let id = ["president", "king", "queen", "emir", "sultan"]
                .iter()
                .find_map(|t| doc.titles.get(*t));
            if let Some(id) = id {
                extra.push(mention(the_at, i + 3, id.clone(), toks));
            }
            continue;
        }
        // A title of two words joined by a hyphen, both given to the one holder: "the
        // secretary-general", "the director-general".
        let hyphen_id = (i == start
            && i + 2 < n
            && s.w(i + 1) == "-"
            && s.covered[i + 2].is_none()
            && lex.roles.get(s.w(i + 2)).is_some_and(|c| c.is_head()))
        .then(|| {
            let compound = format!("{}-{}", s.w(i), s.w(i + 2));
            doc.titles.get(&compound).cloned().or_else(|| {
                doc.titles
                    .get(s.w(i))
                    .filter(|id| doc.titles.get(s.w(i + 2)) == Some(*id))
                    .cloned()
            })
        })
        .flatten();
        let hyphened = hyphen_id.is_some();
        let i = if hyphened { i + 2 } else { i };
        let speaks = report.contains(s.w(i + 1))
            || (i + 2 < n && s.w(i + 1).ends_with("ly") && report.contains(s.w(i + 2)))
            || (start == 1 && s.is_cap(0));
        // Anywhere else, a title this document has given someone: "According to a communique,
        // the ambassador was summoned" (not "the ambassador of …", "the ambassador's").
        let titled = !speaks
            && (doc.titles.contains_key(s.w(i)) || hyphened)
            && matches!(
                lex.roles.get(s.w(i)),
                Some(
                    RoleClass::Head | RoleClass::Envoy | RoleClass::Scholar | RoleClass::Sovereign
                )
            )
            && !s.is_cap(i + 1)
            && (!matches!(s.w(i + 1), "of" | "for" | "to" | "'s" | "-")
                // "accused the minister of lying": an accusation's "of", no title's.
                || (s.w(i + 1) == "of" && i + 2 < n && s.w(i + 2).ends_with("ing"))
                // "thanked the pope for his words" (not "the envoy for Gondor").
                || (s.w(i + 1) == "for" && i + 2 < n && !s.is_cap(i + 2)));
        if speaks || titled {
            // Opening the sentence, the previous sentence's first person (its subject) comes
            // first: "Elrond spoke of the visit of Gondor's envoy Faramir. The diplomat …".
            // So too after a quotation that opens the sentence ('"…," the diplomat stressed'):
            // the paragraph's speaker.
            let quoted = n > 0 && matches!(s.w(0), "\"" | "“" | "‘");
            let person = if start == 1 || (quoted && speaks) {
                doc.persons_before.first().or(doc.last_person.as_ref())
            } else {
                doc.last_person.as_ref()
            };
            // With a modifier, the one named last with both words ("the prime minister" is
            // not the foreign minister named last).
            let both = i == start || hyphened || {
                let whole = format!("{} {}", s.w(start), s.w(i));
                doc.titles.contains_key(&whole) && doc.titles.get(&whole) == doc.titles.get(s.w(i))
            };
            let id = hyphen_id
                .as_ref()
                .or(doc.titles.get(s.w(i)).filter(|_| both))
                .or(match s.w(i) {
                    "diplomat" | "official" if speaks => person,
                    _ => None,
                });
            // A head, not a modifier opening a body's name ("The Foreign Ministry's …").
            let head = lex.roles.get(s.w(i)).is_some_and(|c| c.is_head())
                && !(s.is_cap(i) && s.is_cap(i + 1));
            if let Some(id) = id.filter(|_| head) {
                extra.push(mention(the_at, i + 1, id.clone(), toks));
            }
        }
    }
    // "both neighbours", "the two countries": the two states named together in this sentence
    // ("between Arnor and Gondor … both countries", "from Arnor and Gondor … both
    // governments"), else the two named most in the sentences
    // before and not in this one ("China, which has close ties with both neighbours": not
    // China), as two coordinated mentions.
    let between = (0..n).any(|t| s.w(t) == "between");
    let mut paired: Vec<String> = Vec::new();
    let mut here: Vec<String> = Vec::new();
    let mut next_state = 0;
    // (A state's body names its state here: "the commander of Uganda's land forces".)
    let state_ments: Vec<(usize, String)> = ments
        .iter()
        .filter_map(|m| {
            let state = if lex.state(&m.actor).is_some() {
                Some(m.actor.clone())
            } else if matches!(kind_of(lex, doc, &m.actor), Some(Kind::Agency)) {
                state_top(lex, doc, &m.actor)
            } else {
                None
            };
            state.map(|st| (m.start, st))
        })
        .collect();
    for i in 0..n.saturating_sub(1) {
        while next_state < state_ments.len() && state_ments[next_state].0 < i {
            let id = &state_ments[next_state].1;
            here.retain(|r| r != id);
            here.push(id.clone());
            next_state += 1;
        }
        // Also "each side" (acting on "the other"): each of the two.
        let (lead, noun) = match s.w(i) {
            "both" | "each" => (i, i + 1),
            "the" if i + 2 < n && s.w(i + 1) == "two" => (i, i + 2),
            _ => continue,
        };
        if s.w(lead) == "each" && !(noun + 1 < n && s.w(noun + 1) != "of") {
            continue;
        }
        let taken =
            |t: usize| s.covered[t].is_some() || extra.iter().any(|m| m.start <= t && t < m.end);
        if noun >= n || !lex.words.is(WordClass::Pair, s.w(noun)) || (lead..=noun).any(taken) {
            continue;
        }
        // The two states named most in the sentences before (the later first on a tie), not
        // named in this one before the phrase.
        // Unless both of those are named in it: "Arnor's envoy flew to Minas Tirith and
        // announced that the two countries had agreed".
        let mut ranked: Vec<(&String, &(usize, usize))> = doc.party_mentions.iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let both_here = ranked.len() >= 2 && ranked[..2].iter().all(|(r, _)| here.contains(r));
        if !both_here {
            ranked.retain(|(r, _)| !here.contains(r));
        }
        let before: Vec<String> = ranked
            .iter()
            .take(2)
            .rev()
            .map(|(r, _)| (*r).clone())
            .collect();
        // Just two states in the sentence before, and none named here before the phrase:
        // those two ("Arnor's king received Gondor's envoy. The two sides agreed …").
        let pair_before = doc.states_before.len() == 2 && here.is_empty();
        // Two states joined by "and" in this sentence before the phrase: "bring the aid in
        // from Colombia and Brazil and called on both governments".
        let joined: Vec<String> = ments
            .iter()
            .filter(|m| m.end <= lead && lex.state(&m.actor).is_some())
            .collect::<Vec<_>>()
            .windows(2)
            .rev()
            .find(|w| {
                w[0].end + 1 == w[1].start
                    && s.w(w[0].end) == "and"
                    && !w[0].possessive
                    && w[0].actor != w[1].actor
            })
            .map(|w| vec![w[0].actor.clone(), w[1].actor.clone()])
            .unwrap_or_default();
        // The parties of something "between" two states named before: "Rohan hosted talks
        // between Arnor and Gondor. … Arnor's envoy said the two sides agreed" (not the host,
        // named more).
        let between_before = doc.between_pair.len() == 2;
        let recent = if between && here.len() >= 2 {
            &here
        } else if joined.len() == 2 {
            &joined
        } else if pair_before {
            &doc.states_before
        } else if between_before {
            &doc.between_pair
        } else {
            &before
        };
        if recent.len() < 2 {
            continue;
        }
        let (a, b) = (
            recent[recent.len() - 2].clone(),
            recent[recent.len() - 1].clone(),
        );
        paired.extend([a.clone(), b.clone()]);
        let mut first = mention(lead, noun, a, toks);
        first.pair = true;
        extra.push(first);
        extra.push(mention(noun, noun + 1, b, toks));
    }
    // "the two leaders", "both foreign ministers": two persons holding that office named just
    // before, as two coordinated mentions (as for "the two countries").
    for i in 0..n.saturating_sub(1) {
        let lead = match s.w(i) {
            "both" => i,
            "the" if i + 2 < n && s.w(i + 1) == "two" => i,
            _ => continue,
        };
        let mut noun = if s.w(lead) == "both" {
            lead + 1
        } else {
            lead + 2
        };
        if noun + 1 < n && lex.roles.get(s.w(noun)) == Some(&RoleClass::Modifier) {
            noun += 1;
        }
        // "both men", "the two women": any two persons.
        let anyone = noun < n && matches!(s.w(noun), "men" | "women");
        let plural_head = anyone
            || (noun < n
                && s.w(noun).strip_suffix('s').is_some_and(|w| {
                    lex.roles
                        .get(w)
                        .is_some_and(|c| c.is_head() && *c != RoleClass::Relational)
                }));
        let taken =
            |t: usize| s.covered[t].is_some() || extra.iter().any(|m| m.start <= t && t < m.end);
        // Not before a name: "the two ministers Bard Bow and Elrond Half".
        if !plural_head || (lead..=noun).any(taken) || (noun + 1 < n && s.is_cap(noun + 1)) {
            continue;
        }
        // Persons holding the office named ("leaders": any head of state or government), of
        // different states.
        let office = s.w(noun).strip_suffix('s').unwrap_or_default();
        let holds = |id: &str| {
            let role = lex
                .actor(id)
                .and_then(|a| a.role.clone())
                .or_else(|| doc.actors.get(id).and_then(|a| a.role.clone()))
                .unwrap_or_default()
                .to_lowercase();
            let words: Vec<&str> = role.split_whitespace().collect();
            if anyone {
                true
            } else if office == "leader" {
                words.iter().any(|w| {
                    matches!(
                        *w,
                        "leader" | "president" | "premier" | "chancellor" | "king" | "emir"
                    ) || (*w == "minister" && words.contains(&"prime"))
                })
            } else {
                words.contains(&office)
            }
        };
        // The first such persons named in this sentence before the phrase (not the subject of
        // its own clause: "… and he hosted both leaders"), else in the sentence before: "Ali
        // and Maduro met in talks brokered by Gonsalves. The two leaders agreed …".
        let near = lead.saturating_sub(6);
        // (A pronoun there is not resolved yet: the phrase is left alone.)
        if (near..lead).any(|t| matches!(s.w(t), "he" | "she")) {
            continue;
        }
        let subject: Vec<&String> = ments
            .iter()
            .filter(|m| m.start >= near && m.end <= lead)
            .map(|m| &m.actor)
            .collect();
        let mut here: Vec<String> = Vec::new();
        for m in ments.iter().filter(|m| m.end <= lead) {
            let fits = kind_of(lex, doc, &m.actor) == Some(Kind::Person)
                && holds(&m.actor)
                && !subject.contains(&&m.actor);
            if fits && !here.contains(&m.actor) {
                here.push(m.actor.clone());
            }
        }
        let before: Vec<String> = doc
            .persons_before
            .iter()
            .filter(|p| holds(p) && !subject.contains(p))
            .cloned()
            .collect();
        let persons = if here.len() >= 2 { here } else { before };
        let [a, b, ..] = &persons[..] else {
            continue;
        };
        // (Any two persons only when just two are there, of any state or none.)
        let (sa, sb) = (state_top(lex, doc, a), state_top(lex, doc, b));
        let distinct = if anyone {
            persons.len() == 2
        } else {
            sa.is_some() && sb.is_some() && sa != sb
        };
        if !distinct {
            continue;
        }
        let mut first = mention(lead, noun, a.clone(), toks);
        first.pair = true;
        extra.push(first);
        extra.push(mention(noun, noun + 1, b.clone(), toks));
    }
    // "both organisations", "the two groups": the two organisations or outlets named in this
    // sentence before the phrase, else the two the sentence before named, when just two are.
    for i in 0..n.saturating_sub(1) {
        let noun = match s.w(i) {
            "both" => i + 1,
            "the" if i + 2 < n && s.w(i + 1) == "two" => i + 2,
            _ => continue,
        };
        let w = s.w(noun);
        let singular = w
            .strip_suffix("ies")
            .map(|st| format!("{st}y"))
            .or_else(|| w.strip_suffix('s').map(str::to_owned));
        let body_noun = singular
            .as_deref()
            .is_some_and(|sg| matches!(lex.generic.get(sg), Some(Kind::Org | Kind::Media)));
        let taken =
            |t: usize| s.covered[t].is_some() || extra.iter().any(|m| m.start <= t && t < m.end);
        if !body_noun || (i..=noun).any(taken) || (noun + 1 < n && s.is_cap(noun + 1)) {
            continue;
        }
        let mut here: Vec<String> = Vec::new();
        for m in ments.iter().filter(|m| m.end <= i) {
            let body = matches!(kind_of(lex, doc, &m.actor), Some(Kind::Org | Kind::Media));
            if body && !here.contains(&m.actor) {
                here.push(m.actor.clone());
            }
        }
        let bodies = if here.len() == 2 {
            here
        } else if here.is_empty() && doc.bodies_before.len() == 2 {
            doc.bodies_before.clone()
        } else {
            continue;
        };
        let mut first = mention(i, noun, bodies[0].clone(), toks);
        first.pair = true;
        extra.push(first);
        extra.push(mention(noun, noun + 1, bodies[1].clone(), toks));
    }
    // "the three countries", "all three juntas": the three states the document last named as
    // one list, as three coordinated mentions (the first two marked as pairing with the next).
    for i in 0..n.saturating_sub(2) {
        if doc.trio.len() != 3 || !matches!(s.w(i), "the" | "all") || s.w(i + 1) != "three" {
            continue;
        }
        let lead = i;
        let noun = lead + 2;
        let taken =
            |t: usize| s.covered[t].is_some() || extra.iter().any(|m| m.start <= t && t < m.end);
        let trio_noun = lex.words.is(WordClass::Pair, s.w(noun)) || s.w(noun) == "juntas";
        if !trio_noun || (lead..=noun).any(taken) {
            continue;
        }
        let mut first = mention(lead, lead + 1, doc.trio[0].clone(), toks);
        first.pair = true;
        let mut second = mention(lead + 1, noun, doc.trio[1].clone(), toks);
        second.pair = true;
        extra.push(first);
        extra.push(second);
        extra.push(mention(noun, noun + 1, doc.trio[2].clone(), toks));
    }
    let mut replaced: Vec<(usize, usize)> = Vec::new();
    // "its (smaller) neighbour", "Arnor's southern neighbour": of the two states named most
    // in the sentences before, the one that is not the owner (for "its", the nearest state of
    // its clause, else the sentence's first).
    for i in 0..n.saturating_sub(1) {
        let owner = if s.w(i) == "its" {
            // The nearest state of its clause ("in which Arnor accused its neighbour"), else
            // the sentence's first.
            state_ments
                .iter()
                .rev()
                .find(|(st, _)| {
                    *st < i
                        && (*st..i)
                            .all(|t| !lex.words.is(WordClass::Boundary, s.w(t)) && s.w(t) != ",")
                })
                .or_else(|| state_ments.iter().find(|(st, _)| *st < i))
                .map(|(_, id)| id.clone())
        } else if s.w(i) == "'s" && i > 0 {
            s.covered[i - 1]
                .map(|m| &ments[m].actor)
                .filter(|a| lex.state(a).is_some())
                .cloned()
        } else {
            None
        };
        let Some(owner) = owner else { continue };
        let mut k = i + 1;
        while k < n
            && k < i + 3
            && !lex.words.is(WordClass::Neighbour, s.w(k))
            && !s.is_cap(k)
            && s.covered[k].is_none()
            && s.w(k).chars().all(char::is_alphabetic)
        {
            k += 1;
        }
        let taken =
            |t: usize| s.covered[t].is_some() || extra.iter().any(|m| m.start <= t && t < m.end);
        if k >= n || !lex.words.is(WordClass::Neighbour, s.w(k)) || (i + 1..=k).any(taken) {
            continue;
        }
        let mut ranked: Vec<(&String, &(usize, usize))> = doc.state_mentions.iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let top: Vec<&String> = ranked.iter().take(2).map(|(r, _)| *r).collect();
        if top.len() == 2 && top.contains(&&owner) {
            let other = if *top[0] == owner { top[1] } else { top[0] };
            // The owner's name is part of the phrase.
            let start = match s.covered[i - 1].filter(|_| s.w(i) == "'s") {
                Some(m) => {
                    replaced.push((ments[m].start, ments[m].end));
                    ments[m].start
                }
                None => i,
            };
            extra.push(mention(start, k + 1, other.clone(), toks));
        }
    }
    ments.retain(|m| !replaced.contains(&(m.start, m.end)));
    let mut states_here: Vec<String> = Vec::new();
    for m in ments.iter() {
        let state = if lex.state(&m.actor).is_some() {
            Some(m.actor.clone())
        } else {
            state_top(lex, doc, &m.actor)
        };
        if let Some(st) = state.filter(|st| !states_here.contains(st)) {
            states_here.push(st);
        }
    }
    doc.states_before = states_here;
    // "between Arnor and Gondor": two states joined by "and" right after "between".
    // (Past articles: "between the Kingdom of Arnor and the Republic of Gondor".)
    let article = |k: usize| usize::from(k > 0 && s.w(k - 1) == "the");
    for w in ments.windows(2) {
        let a = w[0].start - article(w[0].start);
        let b = w[1].start - article(w[1].start);
        if a > 0
            && s.w(a - 1) == "between"
            && w[0].end + 1 == b
            && s.w(w[0].end) == "and"
            && w[0].actor != w[1].actor
            && lex.state(&w[0].actor).is_some()
            && lex.state(&w[1].actor).is_some()
        {
            doc.between_pair = vec![w[0].actor.clone(), w[1].actor.clone()];
        }
    }
    // A list of just three states: "Mali, Burkina Faso and Niger".
    let listed: Vec<&Mention> = ments
        .iter()
        .filter(|m| lex.state(&m.actor).is_some() && !m.pair)
        .collect();
    for w in listed.windows(3) {
        let (a, b, c) = (w[0], w[1], w[2]);
        let list = s.w(a.end) == ","
            && a.end + 1 == b.start
            && b.end + 1 == c.start
            && matches!(s.w(b.end), "and" | ",")
            && !(a.start > 0 && s.w(a.start - 1) == ",")
            && !(c.end + 1 < n && s.w(c.end) == "," && s.w(c.end + 1) == "and")
            && !(c.end < n && s.w(c.end) == "and");
        if list && a.actor != b.actor && b.actor != c.actor && a.actor != c.actor {
            doc.trio = vec![a.actor.clone(), b.actor.clone(), c.actor.clone()];
        }
    }
    for (start, id) in state_ments {
        doc.state_clock += 1;
        let clock = doc.state_clock;
        // A place ("talks in Beijing") or a dateline in capitals ("BEIJING, March 10 -") is
        // not a party the story is about: not counted for "the two countries".
        let place = start > 0 && lex.words.is(WordClass::Locative, s.w(start - 1));
        let dateline = start == 0 && in_capitals(s.text, &s.toks[0]);
        if !place && !dateline {
            let entry = doc.party_mentions.entry(id.clone()).or_insert((0, 0));
            *entry = (entry.0 + 1, clock);
        }
        let entry = doc.state_mentions.entry(id).or_insert((0, 0));
        *entry = (entry.0 + 1, clock);
    }
    // "Both sides" named the pair again.
    for id in paired {
        doc.state_clock += 1;
        let entry = doc.party_mentions.entry(id).or_insert((0, 0));
        *entry = (entry.0 + 1, doc.state_clock);
    }
    if !extra.is_empty() {
        ments.extend(extra);
        ments.sort_by_key(|m| m.start);
    }
    // "he"/"she" stand for the person named last (in this sentence or before).
    let is_person = |id: &str| kind_of(lex, doc, id) == Some(Kind::Person);
    let person: Vec<bool> = ments.iter().map(|m| is_person(&m.actor)).collect();
    let mut pronouns = Vec::new();
    let mut next = 0;
    let main_start = main_clause_start(&s);
    // The state or body that opens the main clause (after "the" at most): this sentence's
    // subject, for the next sentence's opening "It".
    let opening = ments.iter().find(|m| m.end > main_start);
    let at_start = |m: &&Mention| {
        m.start == main_start
            || (m.start == main_start + 1 && lex.words.is(WordClass::Determiner, s.w(main_start)))
    };
    let subject_here = opening
        .filter(at_start)
        .filter(|m| {
            m.form == MentionForm::Name
                && !m.possessive
                && matches!(
                    kind_of(lex, doc, &m.actor),
                    Some(Kind::State | Kind::Agency | Kind::Org | Kind::Media)
                )
        })
        .map(|m| m.actor.clone());
    let plural_here = opening
        .filter(|m| {
            at_start(m)
                // "Thousands of Georgian protesters".
                || (m.start >= main_start + 2
                    && s.w(m.start - 1) == "of"
                    && (main_start..m.start - 1)
                        .all(|k| lex.words.is(WordClass::Quantity, s.w(k))))
        })
        .filter(|m| !m.possessive && plural_actor(lex, doc, &s, m))
        .map(|m| m.actor.clone());
    // "its" stands for the first state or body of its sentence (usually the subject), else the
    // first one of the sentence before.
    // A body named in an opening subordinate clause ("As Arnor's influence wanes, Gondor has
    // deepened its ties …") is the fallback, not the first choice.
    let mut first_body: Option<String> = None;
    let mut opening_body: Option<String> = None;
    let remember = |k: usize,
                    doc: &mut DocActors,
                    first_body: &mut Option<String>,
                    opening_body: &mut Option<String>| {
        if person[k] {
            let id = &ments[k].actor;
            // A stand-in for an unnamed office-holder is no antecedent of "he": in "summoned
            // Gondor's envoy to protest against what he called …", "he" is the subject.
            let stand_in = doc.unnamed.values().any(|u| u == id);
            if !stand_in {
                doc.last_person = Some(id.clone());
                doc.recent_persons.retain(|p| p != id);
                doc.recent_persons.push(id.clone());
                if doc.recent_persons.len() > 8 {
                    doc.recent_persons.remove(0);
                }
            }
            // (A listed role held only before or after the document's year is not its title
            // here: "the head of state" in a 2009 report is not Yanukovych, president from
            // 2010.)
            let held_then = |a: &crate::lexicon::Actor| {
                a.end.is_none()
                    || doc.latest_year.is_some_and(|y| {
                        year_of(&a.start).is_none_or(|b| b <= y)
                            && year_of(&a.end).is_none_or(|e| y <= e)
                    })
            };
            let role = lex
                .actor(id)
                .filter(|a| held_then(a))
                .and_then(|a| a.role.clone())
                .or_else(|| doc.actors.get(id).and_then(|a| a.role.clone()));
            let state = state_top(lex, doc, id).filter(|_| !stand_in);
            // A title's words, and a diplomatic head's every synonym ("the envoy" is the
            // ambassador named before).
            let title = |doc: &mut DocActors, w: &str| {
                if let Some(state) = &state {
                    if lex.roles.get(w).is_some_and(|c| c.is_head()) {
                        doc.note_holder(lex, state, w, id);
                    }
                }
                if lex.roles.get(w) == Some(&RoleClass::Envoy) {
                    for (e, _) in lex.roles.iter().filter(|(_, c)| **c == RoleClass::Envoy) {
                        doc.titles.insert(e.clone(), id.clone());
                    }
                }
                doc.titles.insert(w.to_owned(), id.clone());
            };
            // (A deputy holds no office the words after "deputy" name: "the deputy prime
            // minister" is no prime minister, nor a minister a stand-in stood for.)
            let deputy = deputy_word;
            // (Nor one a phrase after "for" or "to" names: a "Spokesperson for the
            // Secretary-General" is no secretary-general.)
            for w in role
                .iter()
                .flat_map(|r| r.split_whitespace())
                .map(str::to_lowercase)
                .take_while(|w| !deputy(w) && !matches!(w.as_str(), "for" | "to"))
            {
                title(doc, &w);
            }
            // The title as written before the name: "Kremlin spokesman Dmitry Peskov"; also
            // with its body after "of": "President of the Russian Federation Dmitry Medvedev",
            // "Minister of Foreign Affairs of Gondor Faramir Hurin".
            let mut t = ments[k].start;
            if let Some(head) = title_before_of(lex, text, toks, t) {
                title(doc, s.w(head));
                t = head;
            }
            while t > 0 && ments[k].start - t < 4 && lex.roles.contains_key(s.w(t - 1)) {
                t -= 1;
            }
            let first_deputy = (t..ments[k].start).find(|&q| deputy(s.w(q)));
            for q in t..first_deputy.unwrap_or(ments[k].start) {
                title(doc, s.w(q));
            }
            // The office as written before the name, held now (not "former President X",
            // "then-President X").
            if let Some(state) = &state {
                let past = (t.saturating_sub(2)..ments[k].start)
                    .any(|q| lex.words.is(WordClass::Former, s.w(q)));
                if t < ments[k].start && !past {
                    doc.adopt_incumbent(lex, state, s.w(ments[k].start - 1), id);
                }
            }
            // Also the whole title, for "the prime minister" (not the deputy prime minister).
            let whole = role
                .as_deref()
                .map(str::to_lowercase)
                .into_iter()
                .chain((t < ments[k].start).then(|| s.span(t, ments[k].start).to_lowercase()));
            for w in whole.collect::<Vec<_>>() {
                doc.titles.insert(w, id.clone());
            }
            // A state's adjective before a listed person's title names their state here:
            // "Dutch Prime Minister Mark Rutte" in a report from before he led NATO.
            let titled_by = ments
                .iter()
                .filter(|o| o.end == t && t < ments[k].start && o.form == MentionForm::Adjective)
                .find_map(|o| lex.state(&o.actor));
            if let Some(owner) = titled_by.filter(|_| lex.actor(id).is_some()) {
                if state.as_deref() != Some(owner.id.as_str()) {
                    doc.reaffiliated.insert(id.clone(), owner.id.clone());
                }
            }
            // So does an organisation's name before it: "European Council President Donald
            // Tusk" in a report from before he led Poland's government again.
            let org_titled = ments
                .iter()
                .filter(|o| o.end == t && t < ments[k].start && o.form == MentionForm::Name)
                .find(|o| {
                    lex.actor(&o.actor)
                        .is_some_and(|a| a.kind == Kind::Org && a.id != *id)
                });
            // (Not an organisation of another state than the person's: "Democratic Party
            // leader Lee Jae-myung" names Korea's party, not the American one of that name.)
            let other_state = |o: &&Mention| {
                let (theirs, its) = (state_top(lex, doc, id), state_top(lex, doc, &o.actor));
                theirs.is_some() && its.is_some() && theirs != its
            };
            if let Some(o) = org_titled.filter(|o| titled_by.is_none() && !other_state(o)) {
                let listed = lex.actor(id).and_then(|a| a.parent.as_deref());
                if lex.actor(id).is_some() && listed != Some(o.actor.as_str()) {
                    doc.reaffiliated.insert(id.clone(), o.actor.clone());
                }
            }
        } else if ments[k].form == MentionForm::Name
            // Not a name in parentheses: a dateline's credit ("BEIJING (Xinhua) -- China …
            // its") or an acronym after its full name.
            && !(ments[k].start > 0
                && s.w(ments[k].start - 1) == "("
                && ments[k].end < n
                && s.w(ments[k].end) == ")")
        {
            let slot = if ments[k].start < main_start {
                opening_body
            } else {
                first_body
            };
            if slot.is_none() {
                *slot = Some(ments[k].actor.clone());
            }
        }
    };
    let first_person_before = doc.persons_before.first().cloned();
    for i in 0..n {
        while next < ments.len() && ments[next].start <= i {
            remember(next, doc, &mut first_body, &mut opening_body);
            next += 1;
        }
        // "Arnor said (that) it would …": "it" right after a reporting verb is its subject.
        // Also past a time phrase: "said on Thursday (that) it was expelling …".
        // (Not an object judged: "described it as a provocation".)
        let it_reported = s.w(i) == "it"
            && i > 0
            && !(i + 1 < n && s.w(i + 1) == "as")
            && (report.contains(s.w(i - 1))
                || (i > 1 && s.w(i - 1) == "that" && report.contains(s.w(i - 2)))
                || (i.saturating_sub(5)..i)
                    .rev()
                    .take_while(|&k| {
                        report.contains(s.w(k))
                            || matches!(
                                s.w(k),
                                "that" | "on" | "late" | "early" | "last" | "this" | "earlier"
                            )
                            || lex.words.is(WordClass::Calendar, s.w(k))
                    })
                    .any(|k| report.contains(s.w(k))));
        // A pronoun opening the sentence before an active verb cue or a reporting verb (not
        // "It is clear …", "It has been …").
        let opens = |pronoun: &str| {
            s.w(i) == pronoun && i == 0 && {
                let mut k = i + 1;
                while k < n && (lex.words.is(WordClass::Skip, s.w(k)) || s.w(k).ends_with("ly")) {
                    k += 1;
                }
                k < n
                    && !lex.words.is(WordClass::BeAux, s.w(k))
                    && (cues.starts_verb(s.w(k)) || report.contains(s.w(k)))
            }
        };
        // "Gondor … . It has (also) expelled …", "It said …": the body that opened the sentence
        // before (`DocActors::subject_before`).
        let it_opens = opens("it");
        // ", which it blamed on Gondor": "it" opening a relative clause set off by a comma,
        // before a verb (past an adverb), stands for a state or body (see the antecedent
        // below).
        let it_relative = s.w(i) == "it"
            && i >= 2
            && matches!(s.w(i - 1), "which" | "that")
            && s.w(i - 2) == ","
            && (i + 1..n.min(i + 3)).any(|k| cues.starts_verb(s.w(k)) || report.contains(s.w(k)));
        // "Georgian protesters gathered … . They accused …": the group that opened the sentence
        // before (`DocActors::plural_before`).
        let they_opens = opens("they");
        if they_opens {
            if let Some(g) = doc.plural_before.clone() {
                pronouns.push(mention(i, i + 1, g, toks));
            }
            continue;
        }
        if ments.iter().any(|m| m.start <= i && i < m.end) {
            continue;
        }
        // "Albares said his government regretted …": a person's country or government is
        // their state.
        if matches!(s.w(i), "his" | "her")
            && i + 1 < n
            && lex.words.is(WordClass::Homeland, s.w(i + 1))
            && s.covered[i + 1].is_none()
        {
            let state = doc
                .last_person
                .clone()
                .and_then(|p| state_top(lex, doc, &p));
            if let Some(state) = state {
                pronouns.push(mention(i, i + 2, state, toks));
            }
            continue;
        }
        // "the former" / "the latter": the first / second of the last two actors of one kind
        // (persons, or states and bodies) named before it in the sentence, the kind whose
        // second was named last; else of the last two persons named before.
        // Not an adjective: "the former Yugoslavia", "the former president".
        let pronominal = || {
            i + 2 >= n
                || !(s.is_cap(i + 2)
                    || lex.roles.contains_key(s.w(i + 2))
                    || lex.generic.contains_key(s.w(i + 2)))
        };
        if s.w(i) == "the" && i + 1 < n && matches!(s.w(i + 1), "former" | "latter") && pronominal()
        {
            // Not one named in its own clause: in "Blair brought the latter back", Blair is
            // not the latter.
            let clause = (0..i)
                .rev()
                .find(|&k| s.w(k) == "," || lex.words.is(WordClass::Boundary, s.w(k)))
                .map_or(0, |k| k + 1);
            let own: Vec<&str> = ments
                .iter()
                .filter(|m| m.start >= clause && m.end <= i)
                .map(|m| m.actor.as_str())
                .collect();
            let pair = |want_person: bool| -> Option<(usize, [String; 2])> {
                let mut seen: Vec<(usize, &str)> = Vec::new();
                for (k, m) in ments.iter().enumerate() {
                    if m.end > i || person[k] != want_person || own.contains(&m.actor.as_str()) {
                        continue;
                    }
                    seen.retain(|(_, a)| *a != m.actor.as_str());
                    seen.push((m.start, m.actor.as_str()));
                }
                let [.., (_, a), (at, b)] = seen[..] else {
                    return None;
                };
                Some((at, [a.to_owned(), b.to_owned()]))
            };
            let chosen = match (pair(true), pair(false)) {
                (Some(p), Some(q)) => Some(if p.0 > q.0 { p.1 } else { q.1 }),
                (p, q) => p.or(q).map(|x| x.1),
            }
            .or_else(|| match &doc.recent_persons[..] {
                [.., a, b] => Some([a.clone(), b.clone()]),
                _ => None,
            });
            if let Some([former, latter]) = chosen {
                let id = if s.w(i + 1) == "former" {
                    former
                } else {
                    latter
                };
                pronouns.push(mention(i, i + 2, id, toks));
            }
            continue;
        }
        // "in retaliation for her visit to Gondor", "condemned his planned trip": a person's
        // possessive before an act noun (across one modifier) is the person named last.
        if matches!(s.w(i), "his" | "her")
            && (i + 1..n.min(i + 3))
                .take_while(|&k| s.covered[k].is_none())
                .any(|k| cues.starts_noun(s.w(k)))
        {
            if let Some(p) = doc.last_person.clone() {
                pronouns.push(mention(i, i + 1, p, toks));
            }
            continue;
        }
        // Opening the sentence before what one said or did: "His remarks drew criticism from
        // Rohan", "Her decision was condemned by Gondor": the person named last.
        if matches!(s.w(i), "his" | "her")
            && (0..i).all(|k| crate::text::is_quote_mark(s.w(k)))
            && i + 1 < n
            && s.covered[i + 1].is_none()
            && (lex.words.is_noun(WordClass::Saying, s.w(i + 1))
                || lex.words.is_noun(WordClass::Deed, s.w(i + 1))
                || lex.words.is(WordClass::Proposal, s.w(i + 1)))
        {
            if let Some(p) = doc.last_person.clone() {
                pronouns.push(Mention {
                    possessive: true,
                    ..mention(i, i + 1, p, toks)
                });
            }
            continue;
        }
        // Before what one asks for, the person named last before this sentence's own: in
        // "Letta backed her call", "her" is not Letta.
        // Only as the object of a verb cue, not an infinitive's, whose subject is the owner
        // ("agreed to suspend his plan").
        // So before what one said: "The League condemned her remarks".
        let said = |w: &str| lex.words.is_noun(WordClass::Saying, w);
        if matches!(s.w(i), "his" | "her")
            && i >= 1
            && i + 1 < n
            && s.covered[i + 1].is_none()
            && (lex.words.is(WordClass::Proposal, s.w(i + 1)) || said(s.w(i + 1)))
            && cues.starts_verb(s.w(i - 1))
            && !(i >= 2 && s.w(i - 2) == "to")
        {
            let own: Vec<&str> = ments
                .iter()
                .filter(|m| m.end <= i)
                .map(|m| m.actor.as_str())
                .collect();
            if let Some(p) = doc
                .recent_persons
                .iter()
                .rev()
                .find(|p| !own.contains(&p.as_str()))
                .cloned()
            {
                // (A possessive, as "Merkel's call" is.)
                pronouns.push(Mention {
                    possessive: true,
                    ..mention(i, i + 1, p, toks)
                });
            }
            continue;
        }
        // "… after Gondorian police raided their homes", "said police had searched his flat":
        // a possessive pronoun before a home or belongings right after a verb cue is their
        // owner, the group (for "their") or person named last before it who is not the
        // verb's subject (the one named right before the verb). So before one's aircraft or
        // ship: "denied his plane permission to land" (for "his" or "her", the person named
        // last before the sentence when none is named in it).
        let craft = matches!(s.w(i), "their" | "his" | "her")
            && i + 1 < n
            && (lex.words.is(WordClass::Aircraft, s.w(i + 1))
                || lex.words.is(WordClass::Vessel, s.w(i + 1)));
        if matches!(s.w(i), "their" | "his" | "her")
            && i >= 2
            && i + 1 < n
            && s.covered[i + 1].is_none()
            && (lex.words.is(WordClass::Dwelling, s.w(i + 1)) || craft)
            && cues.starts_verb(s.w(i - 1))
        {
            let subject = ments
                .iter()
                .rev()
                .find(|m| m.end + 3 >= i && m.end < i)
                .map(|m| m.actor.as_str());
            let owner = ments.iter().rev().find(|m| {
                m.end < i
                    && !m.possessive
                    && Some(m.actor.as_str()) != subject
                    && if s.w(i) == "their" {
                        s.w(m.end - 1).ends_with('s') && plural_actor(lex, doc, &s, m)
                    } else {
                        kind_of(lex, doc, &m.actor) == Some(Kind::Person)
                    }
            });
            let owner = owner.map(|o| o.actor.clone()).or_else(|| {
                (craft && s.w(i) != "their")
                    .then(|| doc.last_person.clone())
                    .flatten()
                    .filter(|p| Some(p.as_str()) != subject)
            });
            if let Some(o) = owner {
                pronouns.push(Mention {
                    possessive: true,
                    ..mention(i, i + 1, o, toks)
                });
            }
            continue;
        }
        // "expelled two Gondorian diplomats, accusing them of spying": "them" right after a
        // verb is the plural group or body named last before it in the sentence.
        if s.w(i) == "them"
            && i > 0
            && (cues.starts_verb(s.w(i - 1))
                || report.contains(s.w(i - 1))
                || s.w(i - 1).ends_with("ing"))
        {
            let plural = ments.iter().rev().find(|m| {
                // (A group named in the plural: not "Hezbollah".)
                m.end <= i
                    && !m.possessive
                    && s.w(m.end - 1).ends_with('s')
                    && plural_actor(lex, doc, &s, m)
            });
            // Else, when no one but the subject is named before it, the one the sentence
            // before named last.
            let subject = ments.iter().find(|m| m.end <= i).map(|m| m.actor.as_str());
            let only_subject = ments
                .iter()
                .filter(|m| m.end <= i)
                .all(|m| Some(m.actor.as_str()) == subject);
            let antecedent = plural.map(|m| m.actor.clone()).or_else(|| {
                doc.plural_last
                    .clone()
                    .filter(|g| only_subject && Some(g.as_str()) != subject)
            });
            if let Some(g) = antecedent {
                pronouns.push(mention(i, i + 1, g, toks));
            }
            continue;
        }
        // "her" as an object, not a possessive: "accuses her of fraud", "met her.".
        let her_object = s.w(i) == "her" && her_is_object(lex, (i + 1 < n).then(|| s.w(i + 1)));
        // ", a charge it denies": the pronoun after a claim's noun summing up an accusation.
        let claim_denied = i >= 3
            && matches!(s.w(i), "it" | "he" | "she" | "they")
            && matches!(
                s.w(i - 1),
                "charge"
                    | "charges"
                    | "accusation"
                    | "accusations"
                    | "allegation"
                    | "allegations"
                    | "claim"
            )
            && matches!(s.w(i - 2), "a" | "an")
            && s.w(i - 3) == ",";
        if !(matches!(s.w(i), "he" | "she" | "its" | "him")
            || it_reported
            || it_opens
            || it_relative
            || her_object
            || claim_denied)
        {
            continue;
        }
        let body = first_body.clone().or_else(|| opening_body.clone());
        // "He" opening the sentence (after a quotation mark at most).
        let opens = (0..i).all(|k| matches!(s.w(k), "\"" | "“" | "'" | "‘"))
            // Also after an opening phrase of a preposition: "In talks with Rohan's envoy
            // Bard Bow, he demanded …" (not the person the phrase names).
            || (i >= 3
                && s.w(i - 1) == ","
                && matches!(
                    s.w(0),
                    "in" | "after" | "during" | "at" | "following" | "before" | "amid" | "despite"
                )
                && (1..i - 1).all(|k| s.w(k) != ","));
        // '"…," he said': the speaker of the quotation, not someone it names (the last person
        // named before it opened; from its first word when it opened in an earlier sentence).
        let is_quote = |k: usize| crate::text::is_quote_mark(s.w(k));
        let after_quote = i >= 2
            && is_quote(i - 1)
            && matches!(s.w(i - 2), "," | "?" | "!")
            && i + 1 < n
            && report.contains(s.w(i + 1));
        let quoted_from = (0..i.saturating_sub(1))
            .find(|&k| is_quote(k))
            .filter(|_| after_quote);
        let inside: Vec<&str> = ments
            .iter()
            .filter(|m| after_quote && m.end <= i && quoted_from.is_none_or(|q| m.start > q))
            .map(|m| m.actor.as_str())
            .collect();
        // The one accused: the first actor after the accusing verb (its subject when the
        // verb is passive).
        let accused = claim_denied
            .then(|| {
                (0..i - 3).rev().find(|&k| {
                    s.covered[k].is_none()
                        && matches!(
                            s.w(k),
                            "accused" | "accuses" | "accusing" | "blamed" | "blames" | "blaming"
                        )
                })
            })
            .flatten()
            .and_then(|k| {
                let passive = k > 0 && matches!(s.w(k - 1), "been" | "was" | "were" | "is" | "are");
                if passive {
                    ments.iter().find(|m| m.end <= k).map(|m| m.actor.clone())
                } else {
                    ments
                        .iter()
                        .find(|m| m.start > k && m.start <= k + 6)
                        .map(|m| m.actor.clone())
                }
            });
        let antecedent = match s.w(i) {
            // "accused Gondor of …, a charge it denies": the one accused.
            "it" | "he" | "she" | "they" if accused.is_some() => accused.clone(),
            "he" | "she" if after_quote && !inside.is_empty() => doc
                .recent_persons
                .iter()
                .rev()
                .find(|p| !inside.contains(&p.as_str()))
                .cloned(),
            "he" | "she" if opens => first_person_before
                .clone()
                .or_else(|| doc.last_person.clone()),
            "he" | "she" => doc.last_person.clone(),
            // "Gondor's king accused him": someone other than the clause's subject, taken as
            // the first person named in the sentence.
            "him" | "her" => {
                // (A person named after the subject's verb is no subject: "Arnor declared
                // Gondor's envoy Bard Bow persona non grata, accusing him of …".)
                let verb_before_from = |b: usize, e: usize| {
                    (b..e).any(|t| {
                        s.covered[t].is_none()
                            && !s.is_cap(t)
                            && (cues.starts_verb(s.w(t)) || report.contains(s.w(t)))
                    })
                };
                let verb_before = |e: usize| verb_before_from(0, e);
                // The sentence's subject: its first mention before any verb; when that is no
                // person, no one is excluded; with none, its first person.
                let first = (0..ments.len()).find(|&k| ments[k].start < i);
                let subject = match first.filter(|&k| !verb_before(ments[k].start)) {
                    Some(k) if person[k] => Some(ments[k].actor.as_str()),
                    Some(_) => None,
                    None => (0..ments.len())
                        .find(|&k| person[k] && ments[k].start < i)
                        .map(|k| ments[k].actor.as_str()),
                };
                // In a clause of its own after the subject's verb ("X said Gondor had insulted
                // him", "X left after Gondor criticised him"), the one excluded is that
                // clause's subject, the first named after its opening word.
                let opener = first.and_then(|f| {
                    (ments[f].end..i).rev().find(|&t| {
                        s.covered[t].is_none()
                            && (report.contains(s.w(t))
                                || lex.words.is(WordClass::Subordinator, s.w(t)))
                    })
                });
                // (Not past a second verb joined by "and": in "X said Gondor had erred and
                // accused him", "accused" is X's.)
                let embedded = opener.and_then(|o| {
                    ments
                        .iter()
                        .find(|m| m.start > o && m.end < i)
                        .filter(|m| !verb_before_from(o + 1, m.start))
                        .filter(|m| (m.end..i).all(|t| !matches!(s.w(t), "and" | "," | "or")))
                });
                // (Only "him", or "her" as an object, not a possessive: "while Merkel
                // expressed her support"; and only with no other person named between.)
                let object = s.w(i) == "him" || her_object;
                let matrix = first
                    .filter(|&f| person[f] && object)
                    .filter(|&f| {
                        !(f + 1..ments.len()).any(|k| {
                            person[k] && ments[k].end <= i && ments[k].actor != ments[f].actor
                        })
                    })
                    .map(|f| ments[f].actor.clone())
                    .filter(|a| embedded.is_some_and(|m| m.actor != *a));
                if let Some(a) = matrix {
                    pronouns.push(mention(i, i + 1, a, toks));
                    continue;
                }
                // A stand-in for an unnamed office-holder named before it in the sentence
                // counts: "summoned the Gondorian chargé d'affaires and handed him a protest".
                let stand_in = (0..ments.len())
                    .rev()
                    .filter(|&k| ments[k].start < i && person[k])
                    .map(|k| ments[k].actor.as_str())
                    .find(|a| Some(*a) != subject)
                    .filter(|a| doc.unnamed.values().any(|u| u == a));
                stand_in.map(str::to_owned).or_else(|| {
                    doc.recent_persons
                        .iter()
                        .rev()
                        .find(|p| Some(p.as_str()) != subject)
                        .cloned()
                })
            }
            "it" if it_opens => doc.subject_before.clone(),
            // The subject of the verb before the relative's comma, when it is a state or a
            // body ("an incident that Beijing blamed on the crew, which it said …"), else the
            // sentence's first.
            "it" if it_relative => (0..i - 2)
                .rev()
                .find(|&k| {
                    s.covered[k].is_none() && (cues.starts_verb(s.w(k)) || report.contains(s.w(k)))
                })
                .and_then(|k| ments.iter().rev().find(|m| m.end == k))
                .filter(|m| {
                    matches!(
                        kind_of(lex, doc, &m.actor),
                        Some(Kind::State | Kind::Agency | Kind::Org | Kind::Media)
                    )
                })
                .map(|m| m.actor.clone())
                .or(body),
            "it" => body,
            // "said Israel would maintain its blockade": the subject of its own clause, a
            // state or body right before an auxiliary, with no clause boundary between.
            "its" => ments
                .iter()
                .rev()
                .filter(|m| m.end < i && !m.possessive)
                .take_while(|m| {
                    (m.end..i).all(|t| !lex.words.is(WordClass::Boundary, s.w(t)) && s.w(t) != ",")
                })
                .find(|m| {
                    matches!(
                        s.w(m.end),
                        "would"
                            | "will"
                            | "could"
                            | "should"
                            | "must"
                            | "can"
                            | "had"
                            | "has"
                            | "have"
                            | "was"
                            | "is"
                            | "were"
                            | "are"
                            | "did"
                            | "does"
                    ) && matches!(
                        kind_of(lex, doc, &m.actor),
                        Some(Kind::State | Kind::Agency | Kind::Org | Kind::Media)
                    )
                })
                .map(|m| m.actor.clone())
                .or(body)
                .or_else(|| doc.last_body.clone()),
            // "its alliance with Gondor": the state or body named last.
            _ => body.or_else(|| doc.last_body.clone()),
        };
        if let Some(p) = antecedent {
            pronouns.push(mention(i, i + 1, p, toks));
        }
    }
    while next < ments.len() {
        remember(next, doc, &mut first_body, &mut opening_body);
        next += 1;
    }
    if let Some(b) = first_body.or(opening_body) {
        doc.last_body = Some(b);
    }
    doc.subject_before = subject_here;
    doc.plural_before = plural_here;
    doc.plural_last = ments
        .iter()
        .rev()
        .find(|m| !m.possessive && plural_actor(lex, doc, &s, m))
        .map(|m| m.actor.clone());

    if !pronouns.is_empty() {
        ments.extend(pronouns);
        ments.sort_by_key(|m| m.start);
    }
    // A name in apposition to an outlet's or organisation's noun is that outlet or organisation:
    // "Temirov Live, an investigative outlet known for …", "Kloop, another independent outlet"
    // (a name discovered as a person, or a single capitalised word nobody named).
    for c in 1..toks.len().saturating_sub(2) {
        if toks[c].lower != "," || !matches!(&*toks[c + 1].lower, "a" | "an" | "another" | "the") {
            continue;
        }
        let head = (c + 2..toks.len().min(c + 6)).find_map(|h| {
            let kind = lex.generic.get(&*toks[h].lower).copied().or_else(|| {
                (h > c + 2)
                    .then(|| format!("{} {}", toks[h - 1].lower, toks[h].lower))
                    .and_then(|two| lex.generic.get(two.as_str()).copied())
            })?;
            let ends = toks.get(h + 1).is_none_or(|t| {
                !t.lower.chars().all(char::is_alphabetic)
                    || matches!(
                        &*t.lower,
                        "known"
                            | "that"
                            | "which"
                            | "whose"
                            | "based"
                            | "founded"
                            | "owned"
                            | "run"
                            | "in"
                            | "with"
                            | "and"
                    )
            });
            (ends && matches!(kind, Kind::Media | Kind::Org)).then_some(kind)
        });
        let Some(kind) = head else { continue };
        if let Some(m) = ments.iter().find(|m| m.end == c) {
            if let Some(info) = doc.actors.get_mut(&m.actor) {
                if info.discovered && info.kind == Kind::Person && info.role.is_none() {
                    info.kind = kind;
                    info.parent = None;
                }
            }
        } else if c >= 2
            && text[toks[c - 1].start..].starts_with(char::is_uppercase)
            && toks[c - 1]
                .lower
                .chars()
                .all(|ch| ch.is_alphabetic() || ch == '-')
            && !text[toks[c - 2].start..].starts_with(char::is_uppercase)
            && !lex.words.is_any(&toks[c - 1].lower)
            && !ments.iter().any(|m| m.start < c && c - 1 < m.end)
        {
            let label = text[toks[c - 1].start..toks[c - 1].end].to_owned();
            let id = doc.register(lex, unaffiliated(label, kind));
            let at = ments.partition_point(|m| m.start < c - 1);
            ments.insert(at, mention(c - 1, c, id, toks));
        }
    }
    // "The delegation, led by X, met …": a delegation led or headed by someone named stands for
    // its head (not a delegation named as a body: "the Chinese delegation").
    for k in 0..toks.len() {
        if toks[k].lower != "delegation" || ments.iter().any(|m| m.start <= k && k < m.end) {
            continue;
        }
        let mut j = k + 1;
        if toks.get(j).is_some_and(|t| t.lower == ",") {
            j += 1;
        }
        let led = toks
            .get(j)
            .is_some_and(|t| matches!(&*t.lower, "led" | "headed"))
            && toks.get(j + 1).is_some_and(|t| t.lower == "by");
        if !led {
            continue;
        }
        // (Past the head's title: "led by Deputy Commerce Minister Gao Hucheng".)
        let titled = |m: &Mention| {
            (j + 2..m.start).all(|t| {
                text[toks[t].start..].starts_with(|c: char| c.is_uppercase())
                    || lex.roles.contains_key(&*toks[t].lower)
            })
        };
        let head = ments
            .iter()
            .find(|m| m.start >= j + 2 && m.start <= j + 6 && !m.possessive && titled(m))
            .map(|m| m.actor.clone());
        if let Some(actor) = head {
            let at = ments.partition_point(|m| m.start < k);
            ments.insert(at, mention(k, k + 1, actor, toks));
        }
    }
    for m in ments.iter_mut() {
        m.person = kind_of(lex, doc, &m.actor) == Some(Kind::Person);
    }
    for m in ments
        .iter()
        .filter(|m| m.person && m.form == MentionForm::Name)
    {
        if bare_title_before(lex, &s, ments, m) && !doc.bare_titled.contains(&m.actor) {
            doc.bare_titled.push(m.actor.clone());
        }
    }
    // (The main clause's first: in "In an interview with Ithil News' Bard Bow, Elrond Half
    // accused Mordor. He also …", "He" is Elrond.)
    doc.bodies_before.clear();
    for m in ments.iter() {
        let body = matches!(kind_of(lex, doc, &m.actor), Some(Kind::Org | Kind::Media));
        if body && !doc.bodies_before.contains(&m.actor) {
            doc.bodies_before.push(m.actor.clone());
        }
    }
    doc.persons_before.clear();
    let opening_phrase = matches!(
        s.w(0),
        "in" | "after" | "during" | "at" | "following" | "before" | "amid" | "despite"
    );
    let main = if opening_phrase {
        (1..s.toks.len().min(30))
            .find(|&c| s.w(c) == ",")
            .map_or(0, |c| c + 1)
    } else {
        0
    };
    let main_first = ments
        .iter()
        .filter(|m| m.person && m.start >= main)
        .chain(ments.iter().filter(|m| m.person && m.start < main));
    for m in main_first {
        if !doc.persons_before.contains(&m.actor) {
            doc.persons_before.push(m.actor.clone());
        }
    }
    // Where an unaffiliated person speaks: "In Edoras, Elrond Half said …", "Speaking in
    // Edoras, …", "Elrond Half told reporters in Edoras …", "… said in Edoras" (a place after
    // "in" that opens the sentence or follows a reporting verb; not "announced the closure in
    // Edoras", a visit's).
    let speaker = ments.iter().find(|m| m.person && m.start >= main);
    let orphan = speaker.filter(|sp| {
        doc.actors
            .get(&sp.actor)
            .is_some_and(|a| a.discovered && a.parent.is_none() && a.kind == Kind::Person)
    });
    if let Some(sp) = orphan {
        let place = ments.iter().find(|m| {
            let n = s.toks.len();
            m.start > 0
                && s.w(m.start - 1) == "in"
                && m.form == MentionForm::Name
                && lex.state(&m.actor).is_some()
                && ((m.start <= 3 && m.end < n && s.w(m.end) == ",")
                    || (m.start >= 2 && report.contains(s.w(m.start - 2)))
                    || (m.start >= 3
                        && report.contains(s.w(m.start - 3))
                        && matches!(s.w(m.start - 2), "reporters" | "journalists")))
        });
        if let Some(p) = place {
            doc.spoke_in
                .entry(sp.actor.clone())
                .or_insert_with(|| p.actor.clone());
        }
    }
    // People named as members of a body ("two Ithil News employees, Elrond Half and …") belong
    // to it when nothing else gave them an affiliation.
    for m in 0..ments.len() {
        for p in members(lex, toks, ments, m) {
            if let Some(info) = doc.actors.get_mut(&ments[p].actor) {
                if info.discovered && info.parent.is_none() {
                    info.parent = Some(ments[m].actor.clone());
                }
            }
        }
    }
    // So do people whose post follows their name: "Abel Kandiho, the head of Uganda's
    // military intelligence", "Elrond Half, Gondor's security chief".
    for (p, m) in apposed_posts(lex, toks, ments) {
        // (A person's aide is of the person's state or body.)
        let owner =
            state_of(lex, doc, &ments[m].actor).or_else(|| person_home(lex, doc, &ments[m].actor));
        if let (Some(owner), Some(info)) = (owner, doc.actors.get_mut(&ments[p].actor)) {
            if info.discovered && info.parent.is_none() && info.kind == Kind::Person {
                info.parent = Some(owner);
            }
        }
    }
}

/// Whether person mention `m` follows a capitalised title that names no state or body: "President
/// Elrond Half", "Foreign Affairs Secretary Bard Bow" (not "Gondorian President …", "Gondor's
/// President …", "the Ithil News editor …", nor "President Elrond Half of Gondor").
fn bare_title_before(lex: &Lexicon, s: &Sent<'_>, ments: &[Mention], m: &Mention) -> bool {
    let covered = |i: usize| ments.iter().any(|x| x.start <= i && i < x.end);
    if m.start == 0
        || !s.is_cap(m.start)
        || (m.end < s.toks.len() && s.w(m.end) == "of")
        || !matches!(
            lex.roles.get(s.w(m.start - 1)),
            Some(RoleClass::Head | RoleClass::Sovereign)
        )
        || !s.is_cap(m.start - 1)
    {
        return false;
    }
    let mut j = m.start - 1;
    while j > 0 && !covered(j - 1) && lex.roles.contains_key(s.w(j - 1)) && s.is_cap(j - 1) {
        j -= 1;
    }
    // (What stands before the title: nothing, or a word that names no one.)
    j == 0
        || !(covered(j - 1)
            || s.w(j - 1) == "'s"
            || s.is_cap(j - 1)
            || lex.roles.contains_key(s.w(j - 1)))
}

/// People with their post in apposition after their name, and the actor the post is of:
/// "Elrond Half, the head of Gondor's army" (the army), "Elrond Half, Gondor's security chief",
/// "Elrond Half, the Gondorian defence minister" (Gondor). The post is a few lower-case words
/// ending in a role word (before "of" or the phrase's end), with no other name before it; or
/// a body they lead ("Elrond Half, who heads the Gondorian delegation").
fn apposed_posts(lex: &Lexicon, toks: &[Token], ments: &[Mention]) -> Vec<(usize, usize)> {
    let n = toks.len();
    let at = |i: usize| ments.iter().position(|x| x.start == i);
    let w = |i: usize| toks[i].lower.as_str();
    let role = |i: usize| lex.roles.contains_key(w(i));
    let plain = |i: usize| {
        w(i).chars().all(|c| c.is_alphabetic() || c == '-')
            && !ments.iter().any(|x| x.start <= i && i < x.end)
            && !lex.words.is(WordClass::Boundary, w(i))
    };
    // A mention of no person starting at token `o`.
    let body_at = |o: usize| {
        (o < n)
            .then(|| at(o))
            .flatten()
            .filter(|&m| !ments[m].person)
    };
    let mut out = Vec::new();
    for (p, person) in ments.iter().enumerate() {
        // "Elrond Half of the Gondorian Foreign Ministry": the body after "of".
        if person.person && !person.possessive && person.end + 2 < n && w(person.end) == "of" {
            let o = person.end + 1 + usize::from(w(person.end + 1) == "the");
            if let Some(m) = body_at(o) {
                out.push((p, m));
            }
            continue;
        }
        if !person.person || person.end + 2 >= n || w(person.end) != "," {
            continue;
        }
        let mut k = person.end + 1;
        // "Elrond Half, who heads the Gondorian delegation", "…, who ran the Ithil News
        // channel": the body (or the state of the delegation) they lead.
        const LEADS: [&str; 12] = [
            "heads", "headed", "leads", "led", "chairs", "chaired", "runs", "ran", "founded",
            "edits", "edited", "commands",
        ];
        // "Elrond Half, who is recognised as Gondor's interim president": the office's state.
        if k + 4 < n && w(k) == "who" {
            let as_at = (k + 1..n.min(k + 7))
                .take_while(|&q| plain(q) || w(q) == "as")
                .find(|&q| w(q) == "as");
            if let Some(a) = as_at {
                let o = a + 1 + usize::from(matches!(w(a + 1), "the" | "a" | "an"));
                let office = body_at(o).filter(|&m| {
                    let e = ments[m].end + usize::from(ments[m].possessive);
                    (e..n.min(e + 3)).any(&role)
                });
                if let Some(m) = office {
                    out.push((p, m));
                    continue;
                }
            }
        }
        if k + 2 < n && w(k) == "who" && LEADS.contains(&w(k + 1)) {
            let o = k
                + 2
                + usize::from(matches!(
                    w(k + 2),
                    "the" | "a" | "an" | "its" | "his" | "her"
                ));
            if let Some(m) = body_at(o) {
                out.push((p, m));
            }
            continue;
        }
        if matches!(w(k), "the" | "a" | "an") {
            k += 1;
        }
        // "Gondor's security chief", "the Gondorian defence minister".
        if let Some(m) = at(k).filter(|&m| !ments[m].person) {
            let mut e = ments[m].end + usize::from(ments[m].possessive);
            let start = e;
            // (A role word the lexicon reads as the office-holder's stand-in is still the
            // post: "Pyotr Ivanov, Russia's ambassador".)
            let post = |i: usize| {
                plain(i)
                    || (role(i)
                        && ments
                            .iter()
                            .any(|x| x.person && x.start >= start && x.start <= i && i < x.end))
            };
            while e < n && e < start + 3 && post(e) && !matches!(w(e), "of" | "from" | "for") {
                e += 1;
            }
            // (Past a remit in lower case: "its director of operations".)
            let mut c = e;
            if e > start && role(e - 1) && c + 1 < n && w(c) == "of" {
                let r = c + 1;
                let mut q = r;
                while q < n && q < r + 2 && plain(q) && w(q) != "of" {
                    q += 1;
                }
                if q > r {
                    c = q;
                }
            }
            // (Also a member, and before a further post's phrase: "a Bundestag member from
            // the Christian Democratic Union".)
            let closes = c == n || matches!(w(c), "," | "." | ";" | "from" | "for");
            let member = e > start && matches!(w(e - 1), "member" | "members");
            if e > start && (role(e - 1) || member) && closes {
                out.push((p, m));
            }
            continue;
        }
        // "the head of Gondor's army", "the deputy head of the Gondorian army"; also "a
        // spokesman for the Gondorian ministry", "an adviser to King Elessar", "a lawmaker
        // from the Gondor Party", "a member of Gondor's parliament" (not "the envoy to
        // Gondor", who is another state's).
        let prep = |k: usize| matches!(w(k), "of" | "for" | "to" | "from");
        let start = k;
        while k < n && k < start + 3 && plain(k) && !prep(k) {
            k += 1;
        }
        let holds = |r: usize| role(r) || matches!(w(r), "member" | "members");
        if k == start || k + 1 >= n || !prep(k) || !holds(k - 1) {
            continue;
        }
        let sent = w(k) == "to"
            && (lex.roles.get(w(k - 1)) == Some(&RoleClass::Envoy)
                || matches!(w(k - 1), "representative" | "delegate" | "ambassador"));
        if sent {
            continue;
        }
        let of = w(k) == "of";
        let mut o = k + 1;
        if w(o) == "the" {
            o += 1;
        }
        // Past a title before a person's name: "an adviser to President Elessar"; past an
        // adjective: "a lawmaker from the ruling Gondor Party".
        while !of && o < n && at(o).is_none() && role(o) {
            o += 1;
        }
        if o + 1 < n && at(o).is_none() && plain(o) && at(o + 1).is_some() {
            o += 1;
        }
        // Past a description of the body: "leader of the self-declared republic of Somaliland".
        if o < n && at(o).is_none() {
            let mut q = o;
            while q < n && q < o + 4 && plain(q) && w(q) != "of" {
                q += 1;
            }
            if q > o && q + 1 < n && w(q) == "of" {
                o = q + 1;
                if o < n && w(o) == "the" {
                    o += 1;
                }
            }
        }
        if let Some(m) = (o < n)
            .then(|| at(o))
            .flatten()
            .filter(|&m| !ments[m].person || !of)
        {
            out.push((p, m));
        }
    }
    out
}

/// Whether "her" before the word `next` (lower case; `None` at the sentence's end) is an object
/// pronoun, not a possessive: before punctuation, a clause boundary or a preposition ("accused
/// her of …", "met her.", "told her that …").
pub(super) fn her_is_object(lex: &Lexicon, next: Option<&str>) -> bool {
    next.is_none_or(|w| {
        !w.chars().all(char::is_alphabetic)
            || lex.words.is(WordClass::Boundary, w)
            || lex.words.is(WordClass::Locative, w)
            || matches!(
                w,
                "of" | "to"
                    | "for"
                    | "with"
                    | "as"
                    | "over"
                    | "about"
                    | "against"
                    | "on"
                    | "by"
                    | "toward"
                    | "towards"
            )
    })
}

/// Where a sentence's main clause starts: after an opening subordinate clause ("As …, ",
/// "After …, ") and a list-item heading ("– Shifting alliances: "); 0 when there is none.
fn main_clause_start(s: &Sent<'_>) -> usize {
    let n = s.toks.len();
    let mut p = 0;
    while p < n && (is_dash(s.w(p)) || matches!(s.w(p), "•" | "*")) {
        p += 1;
    }
    // A heading: a few words, the first capitalised, and a colon.
    if let Some(c) = (p..n.min(p + 6)).find(|&c| s.w(c) == ":") {
        if c > p && s.is_cap(p) && (p..c).all(|t| s.w(t).chars().all(char::is_alphabetic)) {
            p = c + 1;
        }
    }
    let subordinate = p < n
        && s.lex.words.is(WordClass::Boundary, s.w(p))
        && s.w(p).chars().all(char::is_alphabetic);
    // An opening place phrase, also after a participle: "In Minas Tirith, Elessar said …",
    // "Speaking in Edoras, …": a name there (a capital standing for its state) is no subject.
    let prep = if p + 1 < n && s.w(p).ends_with("ing") && s.w(p).len() > 5 {
        p + 1
    } else {
        p
    };
    let place = prep + 1 < n
        && matches!(s.w(prep), "in" | "at" | "from")
        && s.is_cap(prep + 1)
        && (prep + 2..n.min(prep + 6)).any(|c| s.w(c) == ",")
        && (prep + 1..n.min(prep + 6))
            .take_while(|&c| s.w(c) != ",")
            .all(|c| s.is_cap(c) || matches!(s.w(c), "the" | "of"));
    if place {
        return (prep + 2..n.min(prep + 6))
            .find(|&c| s.w(c) == ",")
            .map_or(0, |c| c + 1);
    }
    if !subordinate {
        return 0;
    }
    (p + 1..n.min(p + 30))
        .find(|&c| s.w(c) == ",")
        .map_or(0, |c| c + 1)
}

/// The names after the first of a plural title ending at `title_end` (from `i`), listed from
/// token `k`: "Beninese presidents A and B", "Presidents A of Arnor, B of Gondor and C of Rohan".
/// Each is a person of the state after their own "of", else of the title's owner. Returns the
/// token after the list.
#[allow(clippy::too_many_arguments)]
fn plural_names(
    s: &Sent<'_>,
    lex: &Lexicon,
    doc: &mut DocActors,
    ments: &[Mention],
    i: usize,
    title_end: usize,
    mut k: usize,
    added: &mut Vec<Mention>,
    remove: &mut Vec<usize>,
) -> usize {
    let n = s.toks.len();
    let owner = s
        .owner_before(i, ments)
        .map(|m| ments[m].actor.clone())
        .and_then(|o| state_of(lex, doc, &o));
    let role = s.span(i, title_end).to_owned();
    // The first name's own "of" state.
    let of_state = |k: usize, remove: &mut Vec<usize>| {
        let at = k + 1 + usize::from(k + 1 < n && s.w(k + 1) == "the");
        (k + 1 < n && s.w(k) == "of")
            .then(|| s.covered.get(at).copied().flatten())
            .flatten()
            .filter(|&m| ments[m].start == at && lex.state(&ments[m].actor).is_some())
            .map(|m| {
                remove.push(m);
                (ments[m].actor.clone(), ments[m].end)
            })
    };
    if let Some((state, end)) = of_state(k, remove) {
        if let Some(first) = added.last_mut() {
            // The mention takes its "of" phrase, so the list coordinates.
            first.end = end;
            if let Some(info) = doc.actors.get_mut(&first.actor) {
                if info.discovered && info.parent.is_none() {
                    info.parent = Some(state);
                }
            }
        }
        k = end;
    }
    while k + 1 < n && matches!(s.w(k), "and" | ",") {
        let start = k + 1 + usize::from(k + 2 < n && s.w(k) == "," && s.w(k + 1) == "and");
        // A listed person: their mention takes their "of" phrase.
        if let Some(m) = s.covered.get(start).copied().flatten() {
            if ments[m].start != start
                || lex
                    .actor(&ments[m].actor)
                    .is_none_or(|a| a.kind != Kind::Person)
            {
                break;
            }
            k = ments[m].end;
            if let Some((_, e)) = of_state(k, remove) {
                remove.push(m);
                added.push(Mention {
                    end: e,
                    ..ments[m].clone()
                });
                k = e;
            }
            continue;
        }
        let end = s.name_end(start, 3);
        if end < start + 2 || (start..end).any(|t| s.covered[t].is_some()) {
            break;
        }
        let name = s.span(start, end).to_owned();
        let own = of_state(end, remove);
        let parent = own.as_ref().map(|(st, _)| st.clone()).or(owner.clone());
        let id = doc.register(lex, named_person(name, parent, Some(role.clone())));
        k = own.map_or(end, |(_, e)| e);
        added.push(mention(start, k, id, s.toks));
    }
    k
}

/// A long title from `i` that names a body or state after "of" and ends in a name of two or
/// three words: the name's span and the title as written. The title's words are role words
/// opening it with a head ("First Deputy Chairman"), then capitalised words, names of bodies
/// and states, and "of", "the", "and", "for", "on"; a run of more than three name words at the
/// end keeps its last two ("… Inter-Parliamentary Relations Samad Seyidov").
/// The head word of a title whose body follows it after "of", ending right before token
/// `start`: "President of the Russian Federation" before "Dmitry Medvedev", "President of
/// (the Republic of) Rohan" before a conjunct's name (the first "of" after a capitalised head,
/// scanning back over capitalised words and "of", "the", "and", "for", "on").
pub(super) fn title_before_of(
    lex: &Lexicon,
    text: &str,
    toks: &[Token],
    start: usize,
) -> Option<usize> {
    let cap = |i: usize| text[toks[i].start..].starts_with(char::is_uppercase);
    let w = |i: usize| toks[i].lower.as_str();
    let mut k = start;
    while k > 1 && start - k < 10 {
        k -= 1;
        if w(k) == "of" {
            let head = k - 1;
            if cap(head) && lex.roles.get(w(head)).is_some_and(|c| c.is_head()) {
                return Some(head);
            }
        } else if !(cap(k) || matches!(w(k), "the" | "and" | "for" | "on")) {
            return None;
        }
    }
    None
}

fn long_title(
    s: &Sent<'_>,
    lex: &Lexicon,
    doc: &DocActors,
    ments: &[Mention],
    i: usize,
) -> Option<(usize, usize, String)> {
    let n = s.toks.len();
    let mut j = i;
    let mut head = false;
    while j < n && s.covered[j].is_none() && s.is_cap(j) {
        match lex.roles.get(s.w(j)) {
            Some(c) => head |= c.is_head(),
            None => break,
        }
        j += 1;
    }
    if !head || j == i || j >= n || s.w(j) != "of" {
        return None;
    }
    let mut k = j;
    let mut named_body = false;
    while k < n && k < j + 30 {
        // A person named, or another title after "and", ends it: "President of Rohan Bard Bow
        // and Prime Minister of Gondor …".
        let another = s.w(k) == "and" && k + 1 < n && lex.roles.contains_key(s.w(k + 1));
        if another {
            break;
        }
        if let Some(m) = s.covered[k] {
            let actor = &ments[m].actor;
            let person = kind_of(lex, doc, actor) == Some(Kind::Person);
            if person {
                break;
            }
            named_body = true;
        } else if !(s.is_cap(k)
            || matches!(s.w(k), "of" | "the" | "and" | "for" | "on" | "-")
            // The post's place, the name right after it: "Consul of Gondor in Edoras Bard Bow"
            // (not "… Anborn Tall in Edoras.").
            || (s.w(k) == "in"
                && s.covered.get(k + 1).copied().flatten().is_some_and(|m| {
                    ments[m].start == k + 1 && ments[m].end < n && s.name_word(ments[m].end)
                })))
        {
            break;
        }
        k += 1;
    }
    // (A body's generic head is no name word: "… of the Iranian Majlis Fereydoun Hassanvand".)
    let mut start = k;
    while start > j && s.name_word(start - 1) && !lex.generic.contains_key(s.w(start - 1)) {
        start -= 1;
    }
    // Three words are a name only right after the body or state ("of Iran Mohammad Javad
    // Zarif"), not after more of the title ("… Relations Samad Seyidov").
    let words = k - start;
    if words > 3 || (words == 3 && s.covered[start - 1].is_none()) {
        start = k - 2;
    }
    let title_has_body = (j..start).any(|t| s.covered[t].is_some());
    if !(2..=3).contains(&(k - start)) || !named_body || !title_has_body {
        return None;
    }
    Some((start, k, s.span(i, start).trim().to_owned()))
}

/// A head noun of a leader's government: "Patrice Talon's government", "the Trump
/// administration".
fn leaders_body(w: &str) -> bool {
    matches!(w, "administration" | "government" | "regime" | "cabinet")
}

/// A person's body named after their possessive, its noun at `at` ("Talon's government", one
/// or two words of a generic agency noun; with `leaders_only`, a leader's government only):
/// the noun's end and the body registered under `parent`, labelled from `label_start`.
#[allow(clippy::too_many_arguments)]
fn person_body(
    lex: &Lexicon,
    doc: &mut DocActors,
    s: &Sent<'_>,
    buf: &mut String,
    person: &str,
    label_start: usize,
    at: usize,
    parent: Option<String>,
    leaders_only: bool,
) -> Option<(usize, String)> {
    let n = s.toks.len();
    let len = (1..=2).rev().find(|&len| {
        at + len <= n
            && lex.generic.get(s.joined(at, at + len, buf)) == Some(&Kind::Agency)
            && (!leaders_only || leaders_body(s.w(at + len - 1)))
    })?;
    let noun = s.span(at, at + len);
    let id = doc.register(
        lex,
        ActorInfo {
            id: format!("{person}_{}", slug(noun)),
            label: s.span(label_start, at + len).to_owned(),
            kind: Kind::Agency,
            parent,
            role: None,
            discovered: true,
        },
    );
    Some((at + len, id))
}

fn mention(start: usize, end: usize, actor: String, toks: &[Token]) -> Mention {
    Mention {
        start,
        end,
        actor,
        form: MentionForm::Name,
        possessive: toks.get(end).is_some_and(|t| t.lower == "'s"),
        person: false,
        pair: false,
    }
}

/// The people named in apposition to a body or group: "two Arnorian envoys, Elrond Half and
/// Cirdan Ship", "Ithil News employees Elrond Half and …": up to three lower-case words ending
/// in a group noun or a title after mention `m`, an optional comma, dash or colon, then people.
/// Needs the mentions' `person` flags.
pub(super) fn members(lex: &Lexicon, toks: &[Token], ments: &[Mention], m: usize) -> Vec<usize> {
    let n = toks.len();
    if ments[m].person {
        return Vec::new();
    }
    let at = |i: usize| ments.iter().position(|x| x.start == i);
    let inside = |i: usize| ments.iter().any(|x| x.start <= i && i < x.end);
    let mut k = ments[m].end + usize::from(ments[m].possessive);
    let start = k;
    while k < n
        && k < start + 3
        && !inside(k)
        && toks[k].lower.chars().all(char::is_alphabetic)
        // Not past a verb: "Rohan sanctioned General Elrond Half".
        && !toks[k].lower.ends_with("ed")
        // "Gondor's former President, Elrond Half".
        && (!lex.words.is_any(&toks[k].lower) || lex.words.is(WordClass::Former, &toks[k].lower))
    {
        k += 1;
    }
    let member_noun = k > start && {
        let last: &str = &toks[k - 1].lower;
        lex.generic
            .get(last)
            .is_some_and(|&kind| kind != Kind::State)
            || lex.roles.contains_key(last)
    };
    if !member_noun {
        return Vec::new();
    }
    if k < n && (matches!(&*toks[k].lower, "," | ":") || is_long_dash(&toks[k].lower)) {
        k += 1;
    }
    let mut out = Vec::new();
    // (A later member may have a demonym and a title of their own: "Armenian Prime Minister
    // A and French President B".)
    let titled = |k: usize| {
        let d = at(k).filter(|&d| ments[d].form == MentionForm::Adjective)?;
        let mut q = ments[d].end;
        while q < n && q < ments[d].end + 3 && !inside(q) && lex.roles.contains_key(&*toks[q].lower)
        {
            q += 1;
        }
        (q > ments[d].end).then(|| at(q)).flatten()
    };
    while let Some(p) = at(k)
        .filter(|&p| ments[p].person || out.is_empty())
        .or_else(|| titled(k))
        .filter(|&p| ments[p].person)
    {
        out.push(p);
        k = ments[p].end;
        match toks.get(k).map(|t| &*t.lower) {
            Some(",") if toks.get(k + 1).is_some_and(|t| t.lower == "and") => k += 2,
            Some("," | "and") => k += 1,
            _ => break,
        }
    }
    out
}

/// A city's own court, police or prosecutors, named with the city: "a Yekaterinburg court",
/// "Berlin police", "the Moscow district court", "a court in Jeddah", "prosecutors in Naha"
/// (not "police in Berlin", which may be the state's).
/// The city is a listed city or a capital named for its state (an alias other than the state's
/// label, not an abbreviation). Returns the body's token span and the key its id is minted
/// from ("Jeddah court" for both word orders).
fn local_body(lex: &Lexicon, s: &Sent<'_>, ment: &Mention) -> Option<(usize, usize, String)> {
    if ment.form != MentionForm::Name || ment.possessive {
        return None;
    }
    let state = lex.state(&ment.actor)?;
    let city = s.span(ment.start, ment.end);
    let capital = city != state.label
        && !city.chars().all(|c| c.is_ascii_uppercase() || c == '.')
        && state.aliases.iter().any(|a| a == city);
    if !capital && !lex.cities.contains_key(city) {
        return None;
    }
    let n = s.toks.len();
    let free = |i: usize| s.covered[i].is_none() && !s.is_cap(i);
    let head = |i: usize| free(i) && lex.words.is(WordClass::LocalBody, s.w(i));
    // One lower-case modifier at most, no verb form: "district court", "riot police" (not
    // "Moscow says police …").
    let modifier = |i: usize| {
        let w = s.w(i);
        free(i)
            && w.chars().all(char::is_alphabetic)
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !w.ends_with('s')
            && !lex.words.is(WordClass::Determiner, w)
            && !lex.words.is(WordClass::Boundary, w)
    };
    let after = ment.end;
    let (start, end, words) = if after < n && head(after) {
        (ment.start, after + 1, (after, after + 1))
    } else if after + 1 < n && modifier(after) && head(after + 1) {
        (ment.start, after + 2, (after, after + 2))
    } else if ment.start >= 2
        && s.w(ment.start - 1) == "in"
        && head(ment.start - 2)
        // Police placed by a city may be the state's: "Police in Minas Tirith dispersed …".
        && !s.w(ment.start - 2).starts_with("police")
    {
        let h = ment.start - 2;
        (h, ment.end, (h, h + 1))
    } else {
        return None;
    };
    Some((start, end, format!("{city} {}", s.span(words.0, words.1))))
}
