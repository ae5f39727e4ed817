//! Actor mentions: gazetteer names, adjectives and plural demonyms, matched on the text with
//! Aho-Corasick and aligned to tokens.

use crate::lexicon::{Kind, Lexicon, WordClass};
use crate::text::Token;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// How an actor is named at a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionForm {
    /// A name or alias ("Arnor", "the Arnorian Guard").
    Name,
    /// A demonym adjective modifying a noun ("Arnorian troops").
    Adjective,
}

/// One actor mention in a sentence, as a token range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Actor id.
    pub actor: String,
    /// Name or adjective.
    pub form: MentionForm,
    /// Followed by a possessive `'s`.
    pub possessive: bool,
    /// Names a person (set once discovery knows every actor of the sentence).
    pub person: bool,
    /// The first of two mentions that one phrase names together ("both neighbours", "the two
    /// countries"): coordinated with the mention right after it.
    pub pair: bool,
}

#[derive(Debug)]
pub(super) struct MentionFinder {
    ac: Option<AhoCorasick>,
    /// Per pattern: actor id and form.
    targets: Vec<(String, MentionForm)>,
    /// Per pattern: whether it is a bare surname.
    surname: Vec<bool>,
    /// Per pattern: whether it is a city (`cities.tsv`), which names its state only in a place
    /// phrase ("in Istanbul", "a visit to Istanbul"), never as an actor ("Istanbul's mayor").
    place: Vec<bool>,
    /// Forms of verbs (and their plural nouns) after which a city is the one acted on, naming
    /// its state ("shelled Kharkiv", "strikes on Odesa").
    city_object: HashSet<String>,
}

impl MentionFinder {
    pub(super) fn new(lex: &Lexicon) -> Self {
        let mut patterns: Vec<String> = Vec::new();
        let mut targets = Vec::new();
        let mut taken: HashMap<String, usize> = HashMap::default();
        // The new pattern's index, or `None` when the name was taken already.
        let mut add = |name: &str, id: &str, form: MentionForm| -> Option<usize> {
            if taken.contains_key(name) {
                return None;
            }
            taken.insert(name.to_owned(), patterns.len());
            patterns.push(name.to_owned());
            targets.push((id.to_owned(), form));
            Some(patterns.len() - 1)
        };
        for a in lex.actors() {
            for n in a.names() {
                add(n, &a.id, MentionForm::Name);
            }
            for adj in &a.adjectives {
                add(adj, &a.id, MentionForm::Adjective);
            }
        }
        // A person's surname names them when no other actor claims it.
        let mut surnames: HashMap<&str, Vec<&str>> = HashMap::default();
        for a in lex.actors().iter().filter(|a| a.kind == Kind::Person) {
            for n in a.names() {
                if let Some((_, last)) = n.rsplit_once(' ') {
                    // "el-Sisi" is also written "Sisi".
                    let bare = last
                        .split_once('-')
                        .filter(|(p, _)| lex.words.is(WordClass::Particle, p))
                        .map(|(_, rest)| rest);
                    for last in std::iter::once(last).chain(bare) {
                        if last.chars().count() >= 3
                            && last.chars().next().is_some_and(char::is_uppercase)
                        {
                            let ids = surnames.entry(last).or_default();
                            if !ids.contains(&a.id.as_str()) {
                                ids.push(&a.id);
                            }
                        }
                    }
                }
            }
        }
        // Not a surname when it is ambiguous, short, a common word (a month, a function word)
        // or also some listed person's first name ("Hassan").
        let first_names: HashSet<&str> = lex
            .actors()
            .iter()
            .filter(|a| a.kind == Kind::Person)
            .flat_map(|a| a.names().filter_map(|n| n.split_whitespace().next()))
            .collect();
        // Nor a word of another kind of actor's name ("Wagner" of the Wagner Group).
        let org_words: HashSet<&str> = lex
            .actors()
            .iter()
            .filter(|a| a.kind != Kind::Person)
            .flat_map(|a| a.names().flat_map(str::split_whitespace))
            .collect();
        let mut surnames: Vec<_> = surnames
            .into_iter()
            .filter(|(last, ids)| {
                ids.len() == 1
                    && last.chars().count() >= 4
                    && !first_names.contains(last)
                    && !org_words.contains(last)
                    && !lex.words.is_any(&last.to_lowercase())
            })
            .collect();
        // A family name written first names its bearer alone ("Xi" for "Xi Jinping") when no
        // other listed person bears it and it is no English function word ("He").
        let mut family: HashMap<&str, Vec<&str>> = HashMap::default();
        for a in lex.actors().iter().filter(|a| a.kind == Kind::Person) {
            for n in a.names() {
                if let Some((first, _)) = n.split_once(' ') {
                    if lex.family_names.contains(first) {
                        let ids = family.entry(first).or_default();
                        if !ids.contains(&a.id.as_str()) {
                            ids.push(&a.id);
                        }
                    }
                }
            }
        }
        surnames.extend(
            family
                .into_iter()
                .filter(|(first, ids)| ids.len() == 1 && !lex.words.is_any(&first.to_lowercase())),
        );
        surnames.sort();
        let surname_patterns: Vec<usize> = surnames
            .into_iter()
            .filter_map(|(last, ids)| add(last, ids[0], MentionForm::Name))
            .collect();
        let mut cities: Vec<(&String, &String)> = lex.cities.iter().collect();
        cities.sort();
        let city_patterns: Vec<usize> = cities
            .into_iter()
            .filter_map(|(city, state)| add(city, state, MentionForm::Name))
            .collect();
        let mut surname = vec![false; patterns.len()];
        for p in surname_patterns {
            surname[p] = true;
        }
        let mut place = vec![false; patterns.len()];
        for p in city_patterns {
            place[p] = true;
        }
        // A DFA: several times faster than the default NFA on this many names, for a few
        // megabytes of memory.
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .ok();
        let city_object = lex
            .words
            .set(WordClass::CityObject)
            .iter()
            .flat_map(|l| lex.verb_forms(l).into_iter().map(|(w, _)| w))
            .collect();
        MentionFinder {
            ac,
            city_object,
            targets,
            surname,
            place,
        }
    }

    /// Mentions in the sentence covered by `toks`, left to right, non-overlapping; the longest
    /// match wins where two overlap.
    pub(super) fn find(&self, lex: &Lexicon, text: &str, toks: &[Token]) -> Vec<Mention> {
        let (Some(ac), Some(first), Some(last)) = (&self.ac, toks.first(), toks.last()) else {
            return Vec::new();
        };
        let (s0, s1) = (first.start, last.end);
        let hay = &text[s0..s1];
        let mut cands: Vec<(usize, usize, usize)> = ac
            .find_overlapping_iter(hay)
            .filter(|m| at_word_boundary(hay, m.start(), m.end()))
            .map(|m| (s0 + m.start(), s0 + m.end(), m.pattern().as_usize()))
            .collect();
        cands.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut out: Vec<Mention> = Vec::new();
        let mut covered = s0;
        for (s, e, p) in cands {
            if s < covered {
                continue;
            }
            let Ok(ts) = toks.binary_search_by_key(&s, |t| t.start) else {
                continue;
            };
            let te = toks.partition_point(|t| t.start < e);
            if toks[te - 1].end != e {
                continue;
            }
            // A bare surname followed by another name word is the first part of someone
            // else's name ("Shah Mehmood Qureshi").
            let capitalised = |t: &Token| text[t.start..].starts_with(char::is_uppercase);
            if self.surname[p] && toks.get(te).is_some_and(capitalised) {
                continue;
            }
            // …and one after another name word is the end of someone else's name: "North
            // Korean Ambassador Kang Chol" is not "No Kwang Chol". Not after a title, a function
            // word, a mention or the sentence's opening word ("Later Putin said").
            let after_name = |q: usize| {
                let t = &toks[q];
                let raw = &text[t.start..t.end];
                q > 0
                    && t.start >= covered
                    && capitalised(t)
                    && raw.chars().count() > 1
                    && raw.chars().all(char::is_alphabetic)
                    && !lex.roles.contains_key(&*t.lower)
                    && !lex.words.is_any(&t.lower)
            };
            if self.surname[p] && ts > 0 && after_name(ts - 1) {
                continue;
            }
            // A city only after a preposition of place ("in Istanbul"), of a destination or of
            // an origin ("a visit to Istanbul", "flights from Istanbul").
            // Also as the object of an attack ("shelled Kharkiv", "strikes on Odesa", "the
            // annexation of Crimea").
            let attacked = ts > 0
                && (self.city_object.contains(&*toks[ts - 1].lower)
                    || (ts > 1
                        && matches!(&*toks[ts - 1].lower, "on" | "against" | "of")
                        && self.city_object.contains(&*toks[ts - 2].lower)));
            // Also before a body's generic noun: "Yekaterinburg police", "a Baku court".
            // Also "a Yekaterinburg district court".
            let lower = |t: &Token| text[t.start..].starts_with(char::is_lowercase);
            let body = toks.get(te).is_some_and(|t| {
                matches!(lex.generic.get(&*t.lower), Some(Kind::Agency)) && lower(t)
            }) || toks.get(te + 1).is_some_and(|t| {
                lex.words.is(WordClass::LocalBody, &t.lower) && lower(t) && lower(&toks[te])
            });
            if self.place[p]
                && !attacked
                && !body
                && !(ts > 0
                    && (lex.words.is(WordClass::Locative, &toks[ts - 1].lower)
                        || matches!(&*toks[ts - 1].lower, "to" | "into" | "from" | "via")))
            {
                continue;
            }
            // A region's name is no state's: "a Latin American summit", "South American
            // leaders" (a state so named is matched whole: "South Korea").
            if ts > 0
                && capitalised(&toks[ts - 1])
                && lex.words.is(WordClass::Region, &toks[ts - 1].lower)
            {
                continue;
            }
            let (actor, form) = self.targets[p].clone();
            // A place naming an agreement or a process is no actor: "the Vienna Convention",
            // "the Minsk agreements", "the Oslo Accords".
            // Also a demonym opening one's capitalised name: "the American Treaty on Pacific
            // Settlement", "the European Convention on Human Rights".
            let eponym = toks.get(te).is_some_and(|t| {
                lex.words.is(WordClass::Eponym, &t.lower)
                    && (form == MentionForm::Name || capitalised(t))
            });
            // (A place's or a state's, not an organisation's: "the CSTO summit" is the CSTO's.)
            if eponym && ts > 0 && toks[ts - 1].lower == "the" && lex.state(&actor).is_some() {
                continue;
            }
            // A state's name completing a place's or a thing's: "the Gulf of Oman", "the
            // Treaty of Rome" (not "the Republic of …").
            let named_thing = ts >= 2
                && toks[ts - 1].lower == "of"
                && capitalised(&toks[ts - 2])
                && lex.words.is(WordClass::NotActor, &toks[ts - 2].lower)
                && toks[ts - 2].lower != "republic";
            if named_thing {
                continue;
            }
            covered = e;
            out.push(Mention {
                start: ts,
                end: te,
                actor,
                form,
                possessive: toks
                    .get(te)
                    .is_some_and(|t| t.lower == "'s" || t.lower == "'"),
                person: false,
                pair: false,
            });
        }
        out
    }
}

fn at_word_boundary(hay: &str, s: usize, e: usize) -> bool {
    let tail: String = hay[..s]
        .chars()
        .rev()
        .take(5)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let tail = tail.to_lowercase();
    if tail.ends_with("anti-") || tail.ends_with("pro-") {
        // "anti-Arnorian": the compound names its target.
        return !hay[e..].chars().next().is_some_and(char::is_alphanumeric);
    }
    let before = hay[..s].chars().next_back();
    let after = hay[e..].chars().next();
    // A compound participle names its agent: "Arnor-brokered", "Arnor-backed".
    let participle = || {
        let word: String = hay[e + 1..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        word.len() >= 3 && word.ends_with("ed")
    };
    !before.is_some_and(char::is_alphanumeric)
        && !after.is_some_and(|c| c.is_alphanumeric() || (c == '-' && !participle()))
        && before.is_none_or(|c| c != '-')
}
