//! Clause patterns linking cue words to their source and target mentions.

use super::{Mention, MentionForm, Modality};
use crate::lexicon::{noun_forms, Category, Lexicon, Pos, Quad, RoleClass, VerbForm, WordClass};
use crate::text::Token;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// How far (in tokens) a subject or object may stand from its verb or noun.
const SUBJECT_WINDOW: usize = 7;
const OBJECT_WINDOW: usize = 8;

#[derive(Debug, Clone)]
struct CueForm {
    rest: Vec<String>,
    cue: usize,
    pos: Pos,
    form: Option<VerbForm>,
}

/// Cue forms indexed by their first word; light and reporting verbs in all their forms.
#[derive(Debug)]
pub(super) struct CueIndex {
    by_first: HashMap<String, Vec<CueForm>>,
    light: HashSet<String>,
    report: HashSet<String>,
    irrealis: HashSet<String>,
    mutual: HashSet<String>,
    receive: HashSet<String>,
    /// Verbs whose infinitive happened ("dared to criticise"), transparent to its subject.
    implicative: HashSet<String>,
    /// Verbs of promising: a pledge of support is support, a pledge of conflict a hypothesis.
    commissive: HashSet<String>,
    /// The verb cues a linked act is read as: "suspend" (leaving talks), "summon" (an envoy
    /// invited), "threaten" (a hostile act vowed), "refuse" (a cooperative act refused for
    /// the future), "appeal to" (a call on someone to help); looked up once.
    suspend: Option<usize>,
    summon: Option<usize>,
    threaten: Option<usize>,
    refuse: Option<usize>,
    appeal: Option<usize>,
    /// "demand": asking someone to give way ("asked Gondor to explain").
    demand: Option<usize>,
    /// "criticise" and "praise": what a quoted judgement with no cue word of its own is
    /// (`quoted_judgements`).
    criticise: Option<usize>,
    praise: Option<usize>,
}

impl CueIndex {
    pub(super) fn new(lex: &Lexicon) -> Self {
        let mut by_first: HashMap<String, Vec<CueForm>> = HashMap::default();
        let mut add = |phrase: &str, cue: usize, pos: Pos, form: Option<VerbForm>| {
            // Split as the text is split, so "round-up" is the three tokens round, -, up.
            let mut words = crate::text::tokens(phrase, 0, phrase.len())
                .into_iter()
                .map(|t| String::from(t.lower));
            let first = words.next().unwrap_or_default();
            by_first.entry(first).or_default().push(CueForm {
                rest: words.collect(),
                cue,
                pos,
                form,
            });
        };
        for (i, c) in lex.cues.iter().enumerate() {
            match c.pos {
                Pos::Verb => {
                    for (w, f) in lex.verb_forms(&c.lemma) {
                        add(&w, i, Pos::Verb, Some(f));
                    }
                    // The noun of a verb phrase takes its plural too, so a row holds the lemma
                    // only: "fire rocket at" matches "fired rockets at".
                    if let Some(plural) = plural_object(lex, &c.lemma) {
                        for (w, f) in lex.verb_forms(&plural) {
                            add(&w, i, Pos::Verb, Some(f));
                        }
                    }
                }
                Pos::Noun => {
                    for w in noun_forms(&c.lemma) {
                        add(&w, i, Pos::Noun, None);
                    }
                }
                Pos::Adjective => add(&c.lemma, i, Pos::Adjective, None),
                Pos::Epithet | Pos::Agent => {
                    for w in noun_forms(&c.lemma) {
                        add(&w, i, c.pos, None);
                    }
                }
            }
        }
        // Longer phrases first, so "shoot down" wins over "shoot".
        for forms in by_first.values_mut() {
            forms.sort_by_key(|f| std::cmp::Reverse(f.rest.len()));
        }
        let inflect = |class| -> HashSet<String> {
            lex.words
                .set(class)
                .iter()
                .flat_map(|l| lex.verb_forms(l).into_iter().map(|(w, _)| w))
                .collect()
        };
        let verb_cue = |lemma: &str| {
            lex.cues
                .iter()
                .position(|c| c.lemma == lemma && c.pos == Pos::Verb)
        };
        CueIndex {
            by_first,
            light: inflect(WordClass::LightVerb),
            report: inflect(WordClass::Report),
            irrealis: inflect(WordClass::Irrealis),
            mutual: inflect(WordClass::Mutual),
            receive: inflect(WordClass::Receive),
            implicative: inflect(WordClass::Implicative),
            commissive: inflect(WordClass::Commissive),
            suspend: verb_cue("suspend"),
            summon: verb_cue("summon"),
            threaten: verb_cue("threaten"),
            refuse: verb_cue("refuse"),
            appeal: verb_cue("appeal to"),
            demand: verb_cue("demand"),
            criticise: verb_cue("criticise"),
            praise: verb_cue("praise"),
        }
    }
}

/// A verb phrase's lemma with the noun before its final particle in the plural ("fire rocket at"
/// → "fire rockets at"); `None` when there is no such noun (a word of three letters or more,
/// not already a plural, not a determiner or preposition).
fn plural_object(lex: &Lexicon, lemma: &str) -> Option<String> {
    let words: Vec<&str> = lemma.split(' ').collect();
    if words.len() < 3 {
        return None;
    }
    let k = words.len() - 2;
    let noun = words[k];
    let function = [
        WordClass::Determiner,
        WordClass::Locative,
        WordClass::Boundary,
    ]
    .into_iter()
    .any(|c| lex.words.set(c).contains(noun));
    if noun.len() < 3 || noun.ends_with('s') || function || !noun.chars().all(char::is_alphabetic) {
        return None;
    }
    let plural = noun_forms(noun).pop()?;
    let mut out = words.clone();
    out[k] = &plural;
    Some(out.join(" "))
}

impl CueIndex {
    /// Every form of the reporting verbs ("said", "claims").
    pub(super) fn report_forms(&self) -> &HashSet<String> {
        &self.report
    }

    /// Whether a noun cue's form starts with this word (lower case): "visit", "criticism".
    pub(super) fn starts_noun(&self, w: &str) -> bool {
        self.by_first
            .get(w)
            .is_some_and(|forms| forms.iter().any(|f| f.pos == Pos::Noun))
    }

    /// Whether a verb cue's form starts with this word (lower case): "hit", "shot".
    pub(super) fn starts_verb(&self, w: &str) -> bool {
        self.by_first
            .get(w)
            .is_some_and(|forms| forms.iter().any(|f| f.pos == Pos::Verb))
    }
}

/// A linked cue: indices into the sentence's mentions and tokens.
#[derive(Debug, Clone)]
pub(super) struct Found {
    pub cue: usize,
    pub cue_tok: usize,
    pub cue_end: usize,
    pub source: usize,
    pub target: usize,
    pub modality: Modality,
    pub speaker: Option<usize>,
    /// For an event reported by a named speaker through a reporting verb ("X said (that) …"):
    /// that verb's token, where the speech act itself stands.
    pub speech: Option<usize>,
    /// The source is the state where the act happened, no agent being named: not an act of a
    /// state on its own bodies ("stormed the Arnorian parliament in Annuminas").
    pub placed: bool,
    /// A summoned envoy with no summoner named ("Gondor's ambassador to Rohan was summoned to
    /// the Foreign Ministry"): the source stands for the envoy's host state, which only the
    /// document's record of their post knows (the extractor resolves it).
    pub hosted: bool,
    /// For a verbal act against someone, the state named as a place nearest the cue
    /// (`Ctx::place_state`): where an act on the speaker's own people happened.
    pub place: Option<usize>,
    /// A hostile deed a named speaker says the source did to no one named ("X said Gondor was
    /// shelling residential areas"): only the speaker's act against the source stands (the
    /// target is the source itself).
    pub alleged: bool,
}

impl Found {
    /// A plain act of `source` on `target` by the cue `cue` at tokens `cue_tok..cue_end`: no
    /// speaker, no place, none of the special readings.
    pub(super) fn plain(
        cue: usize,
        (cue_tok, cue_end): (usize, usize),
        source: usize,
        target: usize,
        modality: Modality,
    ) -> Self {
        Found {
            cue,
            cue_tok,
            cue_end,
            source,
            target,
            modality,
            speaker: None,
            speech: None,
            placed: false,
            hosted: false,
            place: None,
            alleged: false,
        }
    }
}

struct Ctx<'a> {
    lex: &'a Lexicon,
    idx: &'a CueIndex,
    text: &'a str,
    toks: &'a [Token],
    ments: &'a [Mention],
    /// Mention index per token.
    at: Vec<Option<usize>>,
    /// Cue occurrence per token (start token → (end token, cue form)).
    cues: Vec<Option<(usize, CueForm)>>,
    /// Whether the sentence is written in title case (a headline's "Gondor Condemns Attack"):
    /// most of its longer words are capitalised (`Ctx::title_case`, counted when first asked).
    title_case: std::cell::OnceCell<bool>,
}

impl Ctx<'_> {
    fn w(&self, i: usize) -> &str {
        &self.toks[i].lower
    }
    /// Whether possessive mention `m` names the one a custody noun right after it is done to:
    /// "Bard Bow's detention" (not "Gondor's arrest of …", whose "of" names the detained).
    fn custody_victim(&self, m: usize) -> bool {
        let k = self.ments[m].end + 1;
        self.ments[m].possessive
            && k < self.toks.len()
            && self.is(WordClass::Custody, k)
            && self.w_at(k + 1) != Some("of")
    }
    /// Token `i`'s lower-case form, `None` past the sentence's end.
    fn w_at(&self, i: usize) -> Option<&str> {
        self.toks.get(i).map(|t| t.lower.as_str())
    }
    /// Whether the sentence is written in title case: most of its words of four letters or
    /// more are capitalised ("Gondor Condemns Attack On Rohan").
    fn title_case(&self) -> bool {
        *self.title_case.get_or_init(|| {
            let (long, capital) = self
                .toks
                .iter()
                .filter(|t| t.lower.len() >= 4 && t.lower.chars().all(char::is_alphabetic))
                .fold((0, 0), |(l, c), t| {
                    let cap = self.text[t.start..].starts_with(char::is_uppercase);
                    (l + 1, c + usize::from(cap))
                });
            long >= 2 && capital * 10 >= long * 7
        })
    }
    fn is(&self, class: WordClass, i: usize) -> bool {
        self.lex.words.is(class, self.w(i))
    }
    fn is_boundary(&self, i: usize) -> bool {
        // A name's words are no boundary: the "States" of "the United States".
        self.at[i].is_none() && (self.is(WordClass::Boundary, i) || self.is_report(i))
    }
    /// Token `i`, or the one after it when `i` is an article ("by the Guard" → "Guard").
    fn past_article(&self, i: usize) -> usize {
        if i + 1 < self.toks.len() && self.is(WordClass::Determiner, i) {
            i + 1
        } else {
            i
        }
    }
    /// Whether token `i` is written with a capital letter.
    /// The start of one or two capitalised words ending at `p` that follow "and" or a comma
    /// and name no one: the demonym of a conjunct's title ("and South Korean President …").
    fn demonym_lead(&self, p: usize) -> Option<usize> {
        (1..=2)
            .find(|&n| {
                p >= n
                    && (p + 1 - n..=p).all(|q| self.capitalised(q) && self.mention(q).is_none())
                    && matches!(self.w(p - n), "and" | ",")
            })
            .map(|n| p + 1 - n)
    }
    /// Token `i`, or the one after it when `i` is a possessive pronoun opening a phrase
    /// ("with his Rohirric counterpart, X").
    fn past_pronoun_determiner(&self, i: usize) -> usize {
        if i + 1 < self.toks.len() && matches!(self.w(i), "his" | "her" | "its" | "their") {
            i + 1
        } else {
            i
        }
    }
    fn capitalised(&self, i: usize) -> bool {
        self.text[self.toks[i].start..].starts_with(char::is_uppercase)
    }
    /// Whether a preposition other than "of" governs mention `m` ("against Arnor"; "the envoy
    /// of Arnor" stands for Arnor).
    fn governed(&self, m: usize) -> bool {
        let s = self.ments[m].start;
        s > 0 && self.w(s - 1) != "of" && self.is_preposition(s - 1)
    }
    /// Whether a summary noun opens the apposition at comma `c`: ", a move …".
    /// ", a step", ", the move", ", claims": a summary noun (singular or plural) opening an
    /// apposition at the comma `c`. Returns the token after the noun.
    fn summary_at(&self, c: usize) -> Option<usize> {
        let n = self.toks.len();
        if c + 1 >= n || self.w(c) != "," {
            return None;
        }
        let k = if matches!(self.w(c + 1), "a" | "an" | "the") {
            c + 2
        } else {
            c + 1
        };
        let summary = |w: &str| self.lex.words.is(WordClass::Summary, w);
        (k < n
            && self.at[k].is_none()
            && (summary(self.w(k)) || self.w(k).strip_suffix('s').is_some_and(summary)))
        .then_some(k + 1)
    }
    /// Where the words before the verb at `v` start once adverbs and words such as "also" or
    /// "has" are skipped.
    fn past_adverbs(&self, v: usize) -> usize {
        let mut k = v;
        loop {
            while k > 0 && (self.is(WordClass::Skip, k - 1) || self.ly_adverb(k - 1)) {
                k -= 1;
            }
            // Set off by commas: "The court, however, rejected …".
            if k > 3
                && self.w(k - 1) == ","
                && self.w(k - 3) == ","
                && self.at[k - 2].is_none()
                && (self.is(WordClass::Skip, k - 2) || self.ly_adverb(k - 2))
            {
                k -= 3;
                continue;
            }
            // "dared to criticise", "managed to seize": the act is the subject's.
            if k > 1
                && self.w(k - 1) == "to"
                && (self.idx.implicative.contains(self.w(k - 2))
                    || self.idx.commissive.contains(self.w(k - 2)))
            {
                k -= 2;
                continue;
            }
            return k;
        }
    }
    /// The first token from `k` on that is neither an "-ly" adverb nor a word such as "also"
    /// ("was also condemned by", "the report also criticised").
    fn past_adverbs_and_skips(&self, k: usize) -> usize {
        let mut k = self.past_adverbs_forward(k);
        while k < self.toks.len() && self.is(WordClass::Skip, k) {
            k = self.past_adverbs_forward(k + 1);
        }
        k
    }
    /// Whether token `k` is an "-ly" adverb: no name ("Italy", "Kelly").
    fn ly_adverb(&self, k: usize) -> bool {
        self.w(k).ends_with("ly") && self.at[k].is_none()
    }
    /// The first token from `k` on that is no "-ly" adverb ("lies squarely with").
    fn past_adverbs_forward(&self, k: usize) -> usize {
        let mut k = k;
        while k < self.toks.len() && self.ly_adverb(k) {
            k += 1;
        }
        k
    }
    /// Whether token `i` is the hyphen of a compound, touching the words on both sides
    /// ("high-level", "sabre-rattling"), not a spaced dash.
    fn compound_hyphen(&self, i: usize) -> bool {
        self.w(i) == "-"
            && i > 0
            && self.toks[i - 1].end == self.toks[i].start
            && self
                .toks
                .get(i + 1)
                .is_some_and(|t| t.start == self.toks[i].end)
    }

    /// A reporting verb ("said", "claims"), not a word of a name ("the United States").
    /// The light verb ending at token `p` ("launched", or the verb of "carried out", "stepped
    /// up"), not a word of a name.
    fn light_verb_ending(&self, p: usize) -> Option<usize> {
        // Nor the second part of a compound: "high-level talks".
        if self.at[p].is_some() || (p > 0 && self.compound_hyphen(p - 1)) {
            return None;
        }
        let word = self.w(p);
        if self.idx.light.contains(word) {
            return Some(p);
        }
        let phrasal = matches!(word, "out" | "up")
            && p > 0
            && (self.idx.light.contains(self.w(p - 1))
                || self
                    .idx
                    .light
                    .contains(&format!("{} {word}", self.w(p - 1))));
        phrasal.then(|| p - 1)
    }
    fn is_report(&self, i: usize) -> bool {
        if self.at[i].is_some() || !self.idx.report.contains(self.w(i)) {
            return false;
        }
        // "regarding" is a preposition, not "regard" reporting; "State" in a title ("Secretary
        // of State", "the State Department", "State Secretary") is no verb.
        // Nor is a capitalised word after a capitalised word that is no mention: the "States"
        // of "the United States" whose mention a title took in ("Ambassador of Arnor in the
        // United States Bard Bow").
        // A light verb declaring its object something reports nothing: "declares him
        // 'persona non grata'".
        let declaring = self.idx.light.contains(self.w(i))
            && (i + 1..self.toks.len().min(i + 9))
                .take_while(|&k| !self.is_boundary(k) && self.w(k) != "," && self.w(k) != "that")
                .any(|k| {
                    matches!(&self.cues[k], Some((_, f)) if f.pos == Pos::Noun
                        && self.lex.cues[f.cue].mode.as_deref() == Some("expel"))
                });
        if declaring {
            return false;
        }
        let titled = self.capitalised(i)
            && ((i > 0 && matches!(self.w(i - 1), "of" | "the"))
                || (i > 0 && self.capitalised(i - 1) && self.at[i - 1].is_none())
                || self.toks.get(i + 1).is_some_and(|_| self.role_word(i + 1)));
        // After a possessive or a determiner it is a noun: "Arnor's state broadcaster", "the
        // claim".
        // So it is between a verb cue and its agent: "rejected claims by Gondor".
        // Also a plural noun across a plain modifier after an article: "the member states of
        // the EU", "the latest claims" (not "the spokesman says").
        let plural_noun = || {
            let w = self.w(i);
            w.ends_with('s')
                && (self.lex.words.is(WordClass::Saying, &w[..w.len() - 1])
                    || self.is(WordClass::Pair, i)
                    || matches!(w, "reports" | "notes"))
        };
        let noun = i > 0
            && (self.w(i - 1) == "'s"
                || self.is(WordClass::Determiner, i - 1)
                || (i > 1
                    && matches!(self.w(i - 2), "the" | "a" | "its" | "their")
                    && plural_noun()
                    && self.at[i - 1].is_none()
                    && !self.idx.report.contains(self.w(i - 1))
                    && self.toks[i - 1].lower.chars().all(char::is_alphabetic)
                    && self.text[self.toks[i - 1].start..].starts_with(char::is_lowercase)
                    && !self.ly_adverb(i - 1))
                || (self.is_verb_cue(i - 1)
                    && self.toks.get(i + 1).is_some_and(|t| t.lower == "by")));
        self.w(i) != "regarding" && !titled && !noun
    }
    /// The comma before a person's age that the comma `c` closes ("Elrond Half, 49, …"), else
    /// `c`: an age set off by commas is no boundary.
    fn past_age(&self, c: usize) -> usize {
        let w = if c > 2 { self.w(c - 1) } else { "" };
        let age = (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
        if age && self.w(c - 2) == "," {
            c - 2
        } else {
            c
        }
    }
    /// Whether token `i` is a reporting verb or a verbal act's cue ("said", "accused").
    fn verbal_act(&self, i: usize) -> bool {
        self.is_report(i)
            || matches!(&self.cues[i], Some((_, f))
                if self.lex.cues[f.cue].category.quad().is_verbal())
    }
    /// A title's word: a role word, or "charge" of an unaccented "charge d'affaires".
    /// Whether token `i` counts: a number word or digits ("two", "12").
    fn count_word(&self, i: usize) -> bool {
        self.is(WordClass::Quantity, i) || self.w(i).chars().all(|c| c.is_ascii_digit())
    }
    fn role_word(&self, i: usize) -> bool {
        self.lex.roles.contains_key(self.w(i))
            || (self.w(i) == "charge"
                && self
                    .toks
                    .get(i + 1)
                    .is_some_and(|t| t.lower == "d'affaires"))
    }
    fn is_quote(&self, i: usize) -> bool {
        crate::text::is_quote_mark(self.w(i)) || self.single_quote(i)
    }
    /// A straight single quotation mark, as headlines write them ("calls the decision
    /// 'unacceptable'"): touching a word on one side only (not a plural's apostrophe after an
    /// "s": "the states' decision").
    fn single_quote(&self, i: usize) -> bool {
        if self.w(i) != "'" {
            return false;
        }
        let t = &self.toks;
        let before = i > 0 && t[i - 1].end == t[i].start;
        let after = i + 1 < t.len() && t[i].end == t[i + 1].start;
        match (before, after) {
            (false, true) => true,
            (true, false) => !self.w(i - 1).ends_with('s') || i + 1 == t.len(),
            _ => false,
        }
    }
    fn is_verb_cue(&self, i: usize) -> bool {
        matches!(&self.cues[i], Some((_, f)) if f.pos == Pos::Verb)
    }
    /// The mention starting at or covering token `i`.
    /// The mention covering token `i`; none past the sentence's end (a phrase cut off there:
    /// "closed its border with").
    fn mention(&self, i: usize) -> Option<usize> {
        self.at.get(i).copied().flatten()
    }
    /// The actor an evaluated phrase `s..e` names: its possessor ("Gondor's move"), its agent
    /// ("the treatment … by Gondor", "the decision of Gondor"), the whole phrase ("the attack",
    /// standing for its agent; "Gondor") or a demonym before a plain head ("the Gondorian
    /// behaviour"). `loose`: a mention at the phrase's start counts as the whole phrase however
    /// far the phrase runs, with those coordinated to it ("about Gondor and Rohan").
    fn evaluated(&self, s: usize, e: usize, loose: bool) -> Vec<usize> {
        let possessive = (s..e).find_map(|k| {
            self.mention(k)
                .filter(|&m| self.ments[m].possessive && self.ments[m].end < e)
        });
        let agent = (s..e).find_map(|k| {
            // Also a deed's "of": "the actions of the Gondorian authorities"; so an act's
            // whose "of" names its agent: "the visit of the Gondorian President".
            (self.w(k) == "by"
                || (self.w(k) == "of" && k > s && {
                    // (Past a closing quotation mark: 'the "naked aggression" of Gondor'.)
                    let h = if k > s + 1 && self.is_quote(k - 1) {
                        k - 2
                    } else {
                        k - 1
                    };
                    let w = self.w(h);
                    self.is(WordClass::Summary, h)
                        || self.lex.words.is_noun(WordClass::Deed, w)
                        || matches!(&self.cues[h], Some((_, c))
                            if c.pos == Pos::Noun && self.lex.cues[c.cue].of_agent)
                }))
            .then(|| {
                self.toks
                    .get(k + 1)
                    .and_then(|_| self.mention(self.past_article(k + 1)))
            })
            .flatten()
        });
        // The two parties standing in for "the agreement" together.
        let first = self
            .mention(s)
            .or_else(|| self.mention(self.past_article(s)))
            .filter(|&m| self.ments[m].pair && s <= self.ments[m].start);
        if let Some(a) = first {
            if let Some(b) = self
                .mention(self.ments[a].end)
                .filter(|&b| self.ments[b].end == e)
            {
                return vec![a, b];
            }
        }
        // A whole mention, its article included or not: "the attack" (a stand-in), "Gondor".
        // (Also a stand-in for an act followed by whom it was done to: "called the attacks on
        // Gondor unacceptable" judges the attacks' agent.)
        let act_on = |m: usize| {
            let me = self.ments[m].end;
            me < e
                && me > self.ments[m].start
                && matches!(self.w(me), "on" | "of" | "against" | "targeting")
                && (self.lex.words.is_noun(WordClass::Deed, self.w(me - 1))
                    || match_cue(self, me - 1).is_some_and(|(x, f)| x == me && f.pos == Pos::Noun))
                && (me..e).all(|k| !matches!(self.w(k), "by" | "'s"))
        };
        let whole = self
            .mention(s)
            .or_else(|| self.mention(self.past_article(s)))
            .filter(|&m| {
                (loose || self.ments[m].end == e || act_on(m)) && s <= self.ments[m].start
            });
        if loose && possessive.is_none() && agent.is_none() {
            if let Some(m) = whole.filter(|&m| !self.ments[m].possessive) {
                return self
                    .coordinated(m, false)
                    .into_iter()
                    .map(|m| self.specific(m))
                    .collect();
            }
        }
        // A demonym before a plain head noun: "the Gondorian behaviour", "the Gondorian junta".
        // Also a state's name before a deed: "the US decision", "the Gondor move" (not "the
        // Iraq war": only a deed noun).
        // So is a body's name before a deed or an act's noun: "the Russian military operation".
        let deed_after_name = |m: usize| {
            let me = self.ments[m].end;
            let act = |k: usize| {
                matches!(&self.cues[k], Some((_, g)) if g.pos == Pos::Noun)
                    && self.text[self.toks[k].start..].starts_with(char::is_lowercase)
            };
            self.ments[m].form == MentionForm::Name
                && !self.ments[m].possessive
                && me + 1 == e
                && !self.ments[m].person
                && (self.is(WordClass::Deed, me)
                    // (Also what a state said: "called US charges fabricated".)
                    || self.lex.words.is_noun(WordClass::Saying, self.w(me))
                    || (self.lex.state(&self.ments[m].actor).is_none() && act(me)))
        };
        // (Past a place phrase ending the noun phrase: "American flights off Crimea".)
        let np_end = (s + 1..e)
            .find(|&k| {
                (self.is(WordClass::Locative, k) || matches!(self.w(k), "off" | "near" | "over"))
                    && k + 1 < e
                    && (k + 1..e).all(|q| self.w(q) == "the" || self.capitalised(q))
            })
            .unwrap_or(e);
        let demonym = self.mention(self.past_article(s)).filter(|&m| {
            let (ms, me) = (self.ments[m].start, self.ments[m].end);
            (self.ments[m].form == MentionForm::Adjective || deed_after_name(m))
                && ms == self.past_article(s)
                && me < np_end
                && np_end - me <= 2
                // Also what was said: "described the Gondorian accusations as politicised".
                && (me..np_end).all(|k| {
                    let said = {
                        let w = self.w(k);
                        self.lex
                            .words
                            .is_noun(WordClass::Saying, w)
                    };
                    // … or an act's noun: "considered the Gondorian protests groundless",
                    // "called the Gondorian ban absurd".
                    let verbal = matches!(&self.cues[k], Some((_, g)) if g.pos == Pos::Noun);
                    (self.plain_word(k) || said || verbal) && !self.is_quote(k)
                })
                && self.text[self.toks[me].start..].starts_with(char::is_lowercase)
        });
        // An arrest or raid with no agent named is the act of the state where it happened:
        // "called the detention of Gondorian journalists in Edoras unacceptable".
        let placed = || {
            (s..e)
                .find(|&k| {
                    matches!(&self.cues[k], Some((_, f)) if f.pos == Pos::Noun
                        && self.lex.cues[f.cue].category == Category::COERCE)
                })
                .and_then(|k| self.place_state(k))
                .filter(|&m| self.ments[m].end <= e)
        };
        // An agent's "by" outranks a possessive inside the head's "of" phrase: "the violation
        // of Gondor's airspace by Rohan's drone" is Rohan's.
        let inside_of = possessive.is_some_and(|p| {
            (s..self.ments[p].start).any(|k| self.w(k) == "of")
                && agent.is_some_and(|a| self.ments[a].start > self.ments[p].start)
        });
        let possessive = possessive.filter(|_| !inside_of);
        // A possessor of a coercion done to them is its victim, not its agent: "called Bard
        // Bow's detention illegal" (unlike "Gondor's arrest of …", "Gondor's invasion").
        let victim =
            possessive.is_some_and(|p| self.ments[p].end + 1 < e && self.custody_victim(p));
        let possessive = possessive.filter(|_| !victim);
        possessive
            .or(agent)
            .or(whole)
            .or(demonym)
            .or_else(placed)
            .map(|m| vec![self.specific(m)])
            .unwrap_or_default()
    }

    /// Whether mention `m` is introduced by a place preposition ("in Baku").
    fn locative(&self, m: usize) -> bool {
        let s = self.ments[m].start;
        // (Also past a participle adjective: "in (the) occupied Osgiliath".)
        let adjective =
            |k: usize| self.w(k).ends_with("ed") && !self.capitalised(k) && self.at[k].is_none();
        let mut p = s;
        if p > 1 && adjective(p - 1) {
            p -= 1;
        }
        p > 0 && self.is(WordClass::Locative, p - 1)
            || p > 1 && self.is(WordClass::Determiner, p - 1) && self.is(WordClass::Locative, p - 2)
    }
    /// Prefers a following name over an adjective in one noun phrase: "Arnorian King Elessar".
    fn specific(&self, m: usize) -> usize {
        let ment = &self.ments[m];
        if ment.form != MentionForm::Adjective {
            // "UN Secretary-General Antonio Guterres", "Arnor's King Elessar": a body or state
            // naming a titled person's office.
            if ment.person {
                return m;
            }
            let mut k = ment.end + usize::from(ment.possessive);
            let start = k;
            while k < self.toks.len()
                && k < start + 5
                && self.mention(k).is_none()
                && (self.role_word(k) || (k > start && self.w(k) == "-"))
            {
                k += 1;
            }
            // "Russia's Wagner Group": a possessive before a body's own name, the phrase
            // ending there, is the body (not "Gondor's Rohan policy").
            let owned_body = |p: usize| {
                let e = self.ments[p].end;
                k == start
                    && ment.possessive
                    && self.ments[p].start == k
                    && self.ments[p].form == MentionForm::Name
                    && self.lex.state(&self.ments[p].actor).is_none()
                    && (e >= self.toks.len()
                        || !self.text[self.toks[e].start..].starts_with(char::is_lowercase)
                        || self.is_preposition(e)
                        || self.is_boundary(e)
                        || self.is_verb_cue(e))
            };
            return match (k < self.toks.len()).then(|| self.mention(k)).flatten() {
                Some(p) if (k > start || ment.possessive) && self.ments[p].person => p,
                Some(p) if owned_body(p) => p,
                _ => m,
            };
        }
        for j in ment.end..(ment.end + 4).min(self.toks.len()) {
            if let Some(n) = self.mention(j) {
                return if self.ments[n].form == MentionForm::Name {
                    n
                } else {
                    m
                };
            }
            let t = &self.text[self.toks[j].start..self.toks[j].end];
            if !t.chars().next().is_some_and(char::is_uppercase) {
                break;
            }
        }
        m
    }
    /// Extends mention `m` to the mentions coordinated with it ("A, B and C"). A comma links
    /// conjuncts only inside a list closed by "and"/"or", so "According to A, B acted" keeps B
    /// alone.
    /// Whether the sentence ends in no full stop, mark or colon (nor a closing quotation mark):
    /// a headline's line.
    fn unpunctuated(&self) -> bool {
        let last = self.toks.len().saturating_sub(1);
        !matches!(self.w(last), "." | "!" | "?" | ":") && !self.is_quote(last)
    }

    fn coordinated(&self, m: usize, leftwards: bool) -> Vec<usize> {
        // "both neighbours", "the three countries": the pair's (or trio's) mentions,
        // whichever is reached first.
        let before = |x: usize| {
            self.ments[x]
                .start
                .checked_sub(1)
                .and_then(|k| self.mention(k))
                .filter(|&p| self.ments[p].pair && self.ments[p].end == self.ments[x].start)
        };
        if self.ments[m].pair || before(m).is_some() {
            let mut first = m;
            while let Some(p) = before(first) {
                first = p;
            }
            let mut chain = vec![first];
            let mut cur = first;
            while self.ments[cur].pair {
                match self.mention(self.ments[cur].end) {
                    Some(n) if n != cur && self.ments[n].start == self.ments[cur].end => {
                        chain.push(n);
                        cur = n;
                    }
                    _ => break,
                }
            }
            if chain.len() >= 2 {
                return chain;
            }
        }
        let mut group = vec![self.specific(m)];
        let mut links: Vec<bool> = Vec::new(); // true = "and"/"or", false = ","
        let mut closed = false;
        let mut cur = m;
        loop {
            let (link, next) = if leftwards {
                let mut s = self.ments[cur].start;
                // A person's title and its state belong to the conjunct: "A and Rohirric
                // Crown Prince B".
                if self.ments[cur].person {
                    let mut t = s;
                    while t > 0 && t + 6 > s {
                        let p = t - 1;
                        let of_title = (t == s)
                            .then(|| {
                                super::discover::title_before_of(
                                    self.lex,
                                    self.text,
                                    self.toks,
                                    p + 1,
                                )
                            })
                            .flatten();
                        match self.mention(p) {
                            Some(a)
                                if self.ments[a].form == MentionForm::Adjective
                                    || self.lex.state(&self.ments[a].actor).is_some() =>
                            {
                                t = self.ments[a].start;
                            }
                            None if self.role_word(p) => t = p,
                            // A demonym taken into a discovered person's title when it was
                            // found: "A and Rohirric President B", "A and South Korean
                            // President B" (one or two capitalised words after the link).
                            // Not a specialist's subject: "A and Russia expert B".
                            None if t < s
                                && self.role_word(t)
                                && self.lex.roles.get(self.w(s - 1))
                                    != Some(&RoleClass::Scholar)
                                && self.demonym_lead(p).is_some() =>
                            {
                                t = self.demonym_lead(p).unwrap_or(t);
                                break;
                            }
                            // A demonym taken into the person's name when it was found.
                            None if t < s
                                && self.capitalised(p)
                                && p > 0
                                && matches!(self.w(p - 1), "his" | "her" | "their") =>
                            {
                                t = p
                            }
                            // "A and President of (the Republic of) Rohan B": a title
                            // with its state after "of", as written.
                            _ if of_title.is_some() => t = of_title.unwrap_or(t),
                            // "A and his Rohirric counterpart B".
                            None if t < s && self.is(WordClass::Determiner, p) => {
                                t = p;
                                break;
                            }
                            _ if t < s && matches!(self.w(p), "his" | "her" | "their") => {
                                t = p;
                                break;
                            }
                            _ => break,
                        }
                    }
                    s = t;
                }
                // "A and Lebanon's B": the possessor belongs to the conjunct.
                if s >= 3 && self.w(s - 1) == "'s" {
                    if let Some(o) = self.mention(s - 2) {
                        s = self.ments[o].start;
                    }
                }
                // "A and the (Harad) resistance movement B": a class noun before a name, with
                // its modifiers and article, belongs to the conjunct.
                if s >= 3 && !self.ments[cur].person && self.lex.generic.contains_key(self.w(s - 1))
                {
                    let mut t = s - 1;
                    while t > 0 && s - t < 5 {
                        let p = t - 1;
                        if let Some(a) = self
                            .mention(p)
                            .filter(|&a| self.ments[a].form == MentionForm::Adjective)
                        {
                            t = self.ments[a].start;
                        } else if self.plain_word(p)
                            && !self.capitalised(p)
                            && self.at[p].is_none()
                            && !self.is(WordClass::Determiner, p)
                            && !matches!(self.w(p), "and" | "or")
                        {
                            t = p;
                        } else {
                            break;
                        }
                    }
                    if t >= 1 && self.is(WordClass::Determiner, t - 1) {
                        s = t;
                    }
                }
                // "A and the B": the article belongs to the conjunct.
                if s >= 1 && self.is(WordClass::Determiner, s - 1) {
                    s -= 1;
                }
                // So does a collective noun's "of": "Kinshasa and a group of UN experts".
                if s >= 4
                    && self.w(s - 1) == "of"
                    && collective(self.w(s - 2))
                    && self.is(WordClass::Determiner, s - 3)
                {
                    s -= 3;
                }
                if s < 2 {
                    break;
                }
                // "A as well as B".
                if s >= 4
                    && self.w(s - 1) == "as"
                    && self.w(s - 2) == "well"
                    && self.w(s - 3) == "as"
                {
                    ("and".to_owned(), self.mention(s - 4))
                } else if s >= 5 && self.w(s - 2) == ")" && self.w(s - 4) == "(" {
                    // Past an acronym in brackets: "Medecins Sans Frontieres (MSF) and …".
                    (self.w(s - 1).to_owned(), self.mention(s - 5))
                } else {
                    (self.w(s - 1).to_owned(), self.mention(s - 2))
                }
            } else {
                // Past the titled person a possessive names: "Rohan's ambassador and …".
                let mut e = (self.ments[cur].end + usize::from(self.ments[cur].possessive))
                    .max(self.ments[self.specific(cur)].end);
                // Past an acronym in brackets: "Medecins Sans Frontieres (MSF) and …".
                if e + 3 < self.toks.len() && self.w(e) == "(" && self.w(e + 2) == ")" {
                    e += 3;
                }
                if e + 1 >= self.toks.len() {
                    break;
                }
                // A serial comma: "A, B, and C".
                let serial = self.w(e) == "," && matches!(self.w(e + 1), "and" | "or");
                if serial {
                    e += 1;
                }
                // "A as well as B" (also after a comma: "A, B, as well as C").
                let mut as_well_as = false;
                for skip in [0, 1] {
                    let a = e + skip;
                    if a + 3 < self.toks.len()
                        && (skip == 0 || self.w(e) == ",")
                        && self.w(a) == "as"
                        && self.w(a + 1) == "well"
                        && self.w(a + 2) == "as"
                    {
                        e = a + 2;
                        as_well_as = true;
                        break;
                    }
                }
                // The first conjunct's preposition repeated: "with A and with B", "from the
                // A and from B", "the offices of A and of B".
                let mut first = self.ments[m].start;
                if first > 1 && self.is(WordClass::Determiner, first - 1) {
                    first -= 1;
                }
                let mut k = e + 1;
                if k + 1 < self.toks.len()
                    && first > 0
                    && self.w(k) == self.w(first - 1)
                    && (self.is_preposition(k) || matches!(self.w(k), "from" | "of"))
                {
                    k += 1;
                }
                let mut k = self.past_article(k);
                // Past a number: "X's ambassador and two Rohirric diplomats", also an
                // approximate one ("and over a dozen Rohirric officials", "and dozens of …").
                let start_k = k;
                while k + 2 < self.toks.len()
                    && k < start_k + 3
                    && self.mention(k).is_none()
                    && (approximator(self.w(k)) || (self.w(k) == "a" && self.count_word(k + 1)))
                {
                    k += 1;
                }
                if k > start_k && !self.count_word(k) {
                    k = start_k;
                }
                if k + 1 < self.toks.len() && self.count_word(k) && self.mention(k).is_none() {
                    k += 1;
                    if k + 1 < self.toks.len() && self.w(k) == "of" {
                        k = self.past_article(k + 1);
                    }
                }
                // Past a collective noun's "of": "Kinshasa and a group of UN experts".
                if k + 2 < self.toks.len()
                    && self.mention(k).is_none()
                    && collective(self.w(k))
                    && self.w(k + 1) == "of"
                {
                    k = self.past_article(k + 2);
                }
                // "A and Lebanon's Hezbollah": the possessed name is the conjunct.
                let next = self.toks.get(k).and_then(|_| self.mention(k)).map(|x| {
                    let e = self.ments[x].end + 1;
                    match self.mention(e) {
                        Some(o) if self.ments[x].possessive && self.ments[o].start == e => o,
                        _ => x,
                    }
                });
                let titled = self.titled_appositive(k).or_else(|| self.titled_person(k));
                // ", and" closes a list ("A, B, and C") or joins titled appositives; after a
                // single participant it joins clauses ("… Arnor, and Rohan may …").
                if serial && next.is_some() && titled.is_none() && !links.contains(&false) {
                    break;
                }
                // After a preposition's object, "and" before a name and its verb joins clauses:
                // "solidarity with Gondor and the League voiced concern".
                // Also after a plain object ("Gondor attacked Rohan and Mordor condemned …"),
                // and past a titled conjunct's apposition ("… and its spokesman, Elrond Half,
                // called …").
                let start = self.ments[m].start;
                let object = self.governed(m)
                    || (start.saturating_sub(8)..start)
                        .rev()
                        .take_while(|&q| !self.is_boundary(q))
                        .any(|q| self.is_verb_cue(q));
                let new_clause = object
                    && titled.or(next).is_some_and(|x| {
                        let mut end = self.ments[x].end;
                        // (Past a titled conjunct's apposition; a name after its title
                        // needs none: "… and Foreign Minister Elrond Half said …".)
                        if titled.is_some() && end < self.toks.len() && self.w(end) == "," {
                            end += 1;
                        }
                        end < self.toks.len()
                            && (matches!(&self.cues[end], Some((_, g)) if g.pos == Pos::Verb
                                && g.form != Some(VerbForm::Ing))
                                || (self.cues[end].is_none()
                                    && (self.idx.light.contains(self.w(end))
                                        || self.is_report(end)
                                        || self.is(WordClass::Judging, end))
                                    && !self.w(end).ends_with("ing")))
                    });
                if new_clause {
                    break;
                }
                let link = if as_well_as { "and" } else { self.w(e) };
                (link.to_owned(), titled.or(next))
            };
            // (Also a slash: "YPG/PKK terrorists", as Turkish outlets write a group's names.)
            let conj = matches!(link.as_str(), "and" | "or" | "nor" | "/");
            if !(conj || link == ",") {
                break;
            }
            match next {
                Some(n) if n != cur && !group.contains(&n) => {
                    group.push(self.specific(n));
                    links.push(conj);
                    cur = n;
                }
                _ => {
                    // A list closed by a conjunct naming no actor: "A, B and their allies"
                    // (A and B both).
                    let e = self.ments[cur].end;
                    closed = !leftwards
                        && conj
                        && link != "/"
                        && e + 1 < self.toks.len()
                        && matches!(
                            self.w(e + 1),
                            "their" | "its" | "other" | "others" | "several" | "many" | "some"
                        );
                    break;
                }
            }
        }
        if leftwards {
            // Nearest link first: it must be a conjunction for the list to count; but a
            // headline joins two names by a comma alone ("Dhaka, Naypyitaw sign deal").
            let headline = self.unpunctuated() && links == [false] && self.ments[cur].start == 0;
            if links.first() == Some(&false) && !headline {
                group.truncate(1);
            }
        } else {
            // A headline joins two states by a comma alone here too: "Iran sends protest notes
            // to US, UK over …".
            let headline_pair = links == [false]
                && self.unpunctuated()
                && group
                    .iter()
                    .all(|&g| self.lex.state(&self.ments[g].actor).is_some());
            // Drop trailing comma-linked members not closed by a conjunction.
            while links.last() == Some(&false) && !closed && !headline_pair {
                links.pop();
                group.pop();
            }
            // A counted group the people named after it in apposition are: "freed two
            // Gondorians, Bard Bow and Faramir Hurin" frees the two people.
            let s = self.ments[m].start;
            let counted = s > 0 && self.count_word(s - 1);
            if counted
                && !self.ments[m].person
                && group.len() >= 3
                && links.first() == Some(&false)
                && group[1..].iter().all(|&g| self.ments[g].person)
            {
                group.remove(0);
            }
        }
        group
    }

    /// The antecedent of the relative pronoun at `q` (", which", ", who"), with its conjuncts:
    /// "the United States and the EU, which imposed …".
    /// The antecedent of a relative clause (", which …", ", who …") that the tokens before `k`
    /// close, within `window` tokens and no comma or clause boundary (past "and"/"but" when
    /// `coordinated`).
    /// The person a body after "of" names: "Elrond Half of the White Council" (the person
    /// mention right before "of (the)").
    fn person_of_body(&self, m: usize) -> Option<usize> {
        let s = self.ments[m].start;
        let of = if s >= 2 && self.w(s - 1) == "of" {
            s - 1
        } else if s >= 3 && self.is(WordClass::Determiner, s - 1) && self.w(s - 2) == "of" {
            s - 2
        } else {
            return None;
        };
        self.person_before_of(of)
    }

    /// The person named right before the "of" at `of`, by a name, not a title: "the co-chairs
    /// of the Minsk Group" speak for the group.
    fn person_before_of(&self, of: usize) -> Option<usize> {
        self.mention(of.checked_sub(1)?).filter(|&p| {
            self.ments[p].person
                && self.ments[p].end == of
                && self.capitalised(self.ments[p].start)
                && self.w(self.ments[p].start) != "the"
                && !(self.ments[p].start > 0
                    && self.is(WordClass::Determiner, self.ments[p].start - 1))
        })
    }

    fn relative_before(&self, k: usize, window: usize, coordinated: bool) -> Option<Vec<usize>> {
        let mut q = k;
        let mut window = window;
        let mut place_relative = None;
        while q > 2 && k - q < window {
            q -= 1;
            if matches!(self.w(q), "which" | "who" | "whose") && self.w(q - 1) == "," {
                return self.relative_antecedent(q);
            }
            // A participle's phrase: "Rohan, meeting in emergency session, condemned …" (not
            // for a conjunct: ", undercutting X and undermining Y").
            if coordinated
                && self.w(q).ends_with("ing")
                && self.w(q - 1) == ","
                && self.at[q].is_none()
                && !self.capitalised(q)
                && self
                    .mention(q - 2)
                    .is_some_and(|m| self.ments[m].end == q - 1)
            {
                return self.relative_antecedent(q);
            }
            // A reduced relative with its agent: "Gondor, backed by Rohan, condemned …".
            let participle = self.w(q).ends_with("ed")
                || matches!(&self.cues[q], Some((_, f)) if f.form == Some(VerbForm::Participle));
            if participle && self.w(q - 1) == "," && q + 1 < k && self.w(q + 1) == "by" {
                return self.relative_antecedent(q);
            }
            // An acronym in brackets inside the clause: "…, whose coalition defeated the
            // Party of Arnor (PA) in the election, criticised …".
            if self.w(q) == ")" {
                if let Some(o) = (q.saturating_sub(4)..q).rev().find(|&o| self.w(o) == "(") {
                    q = o;
                    continue;
                }
            }
            // A relative of place or time inside the clause: "X, who ran a channel from
            // Gondor, where he had been granted asylum, was arrested …".
            // Else its own antecedent: "Iran, where protests broke out, condemned …".
            if matches!(self.w(q), "where" | "when") && self.w(q - 1) == "," {
                place_relative.get_or_insert(q);
                q -= 1;
                window = window.max(k - q + 15);
                continue;
            }
            let joins = coordinated && matches!(self.w(q), "and" | "but");
            // (A reporting verb inside the relative clause is no boundary: ", which in December
            // declared its intention to …, also welcomed"; nor a second relative after a
            // preposition: "X, whose territory was crossed and on which tanks were found, …".)
            // (Nor "as" of a role: ", who served as Gondor's envoy, …".)
            let boundary = self.at[q].is_none()
                && self.is(WordClass::Boundary, q)
                && self.w(q) != "as"
                && !(matches!(self.w(q), "which" | "whom") && q > 0 && self.is_preposition(q - 1));
            if self.w(q) == "," || (boundary && !joins) {
                break;
            }
        }
        place_relative.and_then(|r| self.relative_antecedent(r))
    }

    /// The hostile act noun whose "against" or "on" names mention `m` ("the aggression
    /// against Rohan", "Gondor's strike on the Rohirric commanders"): that noun's token.
    fn act_target(&self, m: usize) -> Option<usize> {
        let mut p = self.ments[m].start;
        if p > 0 && self.is(WordClass::Determiner, p - 1) {
            p -= 1;
        }
        if p < 2 || !matches!(self.w(p - 1), "against" | "on") {
            return None;
        }
        let noun = p - 2;
        matches!(&self.cues[noun], Some((e, f)) if *e == noun + 1
            && f.pos == Pos::Noun
            && self.lex.cues[f.cue].stance == crate::lexicon::Stance::Against)
        .then_some(noun)
    }

    fn relative_antecedent(&self, q: usize) -> Option<Vec<usize>> {
        // Past an age: "Elrond Half, 49, who …"; past an acronym in brackets: "the White
        // Council (WC), which …".
        let mut c = self.past_age(q.checked_sub(1)?);
        if c >= 3 && self.w(c - 1) == ")" {
            if let Some(open) = (c.saturating_sub(5)..c - 1)
                .rev()
                .find(|&o| self.w(o) == "(")
            {
                c = open;
            }
        }
        let direct = self
            .mention(c.checked_sub(1)?)
            .filter(|&m| self.ments[m].end == c);
        // "Elrond Half of the White Council, who …": the person named with their body.
        if let Some(p) = direct
            .filter(|_| self.w(q) == "who")
            .and_then(|m| self.person_of_body(m))
        {
            return Some(self.coordinated(p, true));
        }
        // "who" past a person's apposition: "Elrond Half, a Gondorian envoy, who was …",
        // "Elrond Half, Counsellor of the Gondorian Embassy in Edoras, who …" — the person.
        if self.w(q) == "who" {
            if let Some(m) = self.apposed_person(q - 1) {
                return Some(self.coordinated(m, true));
            }
        }
        let m = direct?;
        // Past a place after the head: "the Houthi movement in Yemen, which has fired …".
        let m = if self.locative(m) {
            let s = self.ments[m].start;
            // (Past a plain head noun after an act's target: "strike on Hamas leaders in
            // Doha".)
            let before = |k: usize| {
                self.mention(k).or_else(|| {
                    (k > 0 && self.plain_word(k))
                        .then(|| self.mention(k - 1))
                        .flatten()
                        .filter(|&h| self.act_target(h).is_some())
                })
            };
            (s >= 2 && self.w(s - 1) == "in")
                .then(|| before(s - 2))
                .flatten()
                .filter(|&h| {
                    let b = self.ments[h].start;
                    let of = (b > 0 && self.w(b - 1) == "of")
                        || (b > 1
                            && self.is(WordClass::Determiner, b - 1)
                            && self.w(b - 2) == "of");
                    // (Governed only as an act's target: "Gondor's strike on Rohirric
                    // commanders in Edoras, which …", below.)
                    (self.ments[h].end == s - 1
                        || (self.ments[h].end == s - 2 && self.act_target(h).is_some()))
                        && !self.locative(h)
                        && (!self.governed(h) || self.act_target(h).is_some())
                        && !of
                })?
        } else {
            m
        };
        // An act's target before the relative: in "the Gondorian aggression against Rohan,
        // which has killed …" the aggression, its agent's, kills.
        if let Some(noun) = self.act_target(m) {
            let agent = (noun.saturating_sub(2)..noun).rev().find_map(|k| {
                self.mention(k).filter(|&a| {
                    (self.ments[a].form == MentionForm::Adjective || self.ments[a].possessive)
                        && (self.ments[a].end..noun)
                            .all(|t| self.plain_word(t) || self.w(t) == "'s")
                })
            });
            if let Some(a) = agent {
                return Some(vec![a]);
            }
        }
        // (A governed target past its place is no antecedent.)
        if self.governed(m) && self.locative(direct?) {
            return None;
        }
        Some(self.coordinated(m, true))
    }

    /// Whether a list of those sanctioned follows from token `start` in its clause, after "on",
    /// "onto" or "to" and past a determiner or an owner: "… Bard Bow on its (federal) wanted
    /// list", "… on Gondor's sanctions list", "… to the blacklist" (cue mode `listing`).
    fn listed_after(&self, start: usize) -> bool {
        let n = self.toks.len();
        let listed = |k: usize| {
            let mut j = k;
            if j < n
                && (self.is(WordClass::Determiner, j)
                    || matches!(self.w(j), "its" | "their" | "his" | "her"))
            {
                j += 1;
            } else if let Some(m) = self.mention(j).filter(|&m| self.ments[m].start == j) {
                let e = self.ments[m].end;
                if e < n && self.w(e) == "'s" {
                    j = e + 1;
                }
            }
            (j..n.min(j + 4))
                .take_while(|&q| !self.is_boundary(q) && self.w(q) != ",")
                .any(|q| {
                    self.is(WordClass::Roster, q)
                        && (self.w(q).ends_with("list")
                            || self.w(q).ends_with("lists")
                            || (q + 1 < n && matches!(self.w(q + 1), "list" | "lists")))
                })
        };
        (start..n.min(start + 14))
            .take_while(|&k| self.at[k].is_some() || (!self.is_boundary(k) && self.w(k) != ","))
            .any(|k| matches!(self.w(k), "on" | "onto" | "to") && k + 1 < n && listed(k + 1))
    }

    /// Whether token `q` is a bracket around an acronym: "(NR)".
    fn bracketed_acronym(&self, q: usize) -> bool {
        let acronym = |k: usize| {
            let raw = &self.text[self.toks[k].start..self.toks[k].end];
            raw.len() >= 2 && raw.chars().all(|c| c.is_ascii_uppercase())
        };
        match self.w(q) {
            "(" => q + 2 < self.toks.len() && self.w(q + 2) == ")" && acronym(q + 1),
            ")" => q >= 2 && self.w(q - 2) == "(" && acronym(q - 1),
            _ => false,
        }
    }

    /// The named person an apposition closed by the comma `c` follows: "Elrond Half, a Gondorian
    /// envoy," or "Elrond Half, Counsellor of the Gondorian Embassy in Edoras,". The apposition
    /// opens with an article, an owner's possessive or a title, and holds no verb or comma.
    fn apposed_person(&self, c: usize) -> Option<usize> {
        let p = (c.saturating_sub(30)..c)
            .rev()
            .find(|&p| self.w(p) == ",")?;
        if p == 0 || p + 1 >= c {
            return None;
        }
        // Past an age: "Elrond Half, 49, a retired officer, who …".
        let e = self.past_age(p);
        let m = self
            .mention(e - 1)
            .filter(|&m| self.ments[m].end == e && self.ments[m].person)?;
        let article = matches!(self.w(p + 1), "a" | "an" | "the");
        let owner = self
            .mention(p + 1)
            .is_some_and(|o| self.ments[o].start == p + 1 && self.ments[o].possessive);
        let title = (p + 1..c.min(p + 6)).any(|q| self.role_word(q));
        let fits = c - p <= if title { 30 } else { 14 };
        ((article || owner || title)
            && fits
            && (p + 1..c).all(|q| {
                !self.is_verb_cue(q) && (!self.is_boundary(q) || self.bracketed_acronym(q))
            }))
        .then_some(m)
    }

    /// The subject of a verb at token `v`: the nearest mention to the left within the clause.
    /// In a coordinated predicate ("X condemned Y and accused Z") it is the first verb's subject.
    /// Start of a time adverbial ending just before token `end`: "on Tuesday", "last week",
    /// ", on 1 December," (commas included when it is set off by them); `end` when there is none.
    fn time_phrase_start(&self, end: usize) -> usize {
        let timeish = |k: usize| {
            let w = self.w(k);
            self.is(WordClass::Calendar, k)
                || w.bytes().all(|b| b.is_ascii_digit())
                || matches!(
                    w,
                    "week" | "month" | "year" | "weekend" | "morning" | "evening"
                )
        };
        let trailing_comma = end > 0 && self.w(end - 1) == ",";
        let body_end = if trailing_comma { end - 1 } else { end };
        let mut k = body_end;
        while k > 0 && timeish(k - 1) {
            k -= 1;
        }
        if k == body_end {
            return end;
        }
        let mut start = k;
        while start > 0
            && matches!(
                self.w(start - 1),
                "on" | "in" | "last" | "this" | "earlier" | "late"
            )
        {
            start -= 1;
        }
        match start {
            s if s == k => end,
            s if trailing_comma && s > 0 && self.w(s - 1) == "," => s - 1,
            _ if trailing_comma => end,
            s => s,
        }
    }

    /// The owner after "of" of a deed's noun that an infinitive at `k` completes: "the
    /// decision of Gondor to expel …", "the decision of the government of Elessar to …".
    fn deed_owner_before(&self, k: usize) -> Option<usize> {
        if k < 4 || self.w(k - 1) != "to" {
            return None;
        }
        let m = self
            .mention(k - 2)
            .filter(|&m| self.ments[m].end == k - 1 && !self.ments[m].possessive)?;
        let start = self.ments[m].start;
        (start.saturating_sub(6)..start)
            .rev()
            .take_while(|&q| self.mention(q).is_none() && !self.is_boundary(q) && self.w(q) != ",")
            .any(|q| {
                let w = self.w(q);
                self.lex.words.is_noun(WordClass::Deed, w) && self.w(q + 1) == "of"
            })
            .then_some(m)
    }

    /// Whether token `i` is a noun of a statement, an instrument or a report ("statement",
    /// "resolution", "report", also plural).
    fn is_document(&self, i: usize) -> bool {
        let w = self.w(i);
        let singular = w.strip_suffix('s').unwrap_or(w);
        [
            WordClass::Saying,
            WordClass::Instrument,
            WordClass::Findings,
        ]
        .into_iter()
        .any(|c| self.lex.words.is(c, w) || self.lex.words.is(c, singular))
    }

    /// The owner of a statement, a resolution or a report that is the subject of the verb
    /// starting at `k`: "Gondor's statement, which criticised …", "a Gondor statement that …",
    /// "a statement by Gondor that …", "The statement by Gondor criticised …", "Rohan issued a
    /// statement that …" (a light verb's subject).
    fn document_subject(&self, k: usize) -> Option<Vec<usize>> {
        let mut q = k;
        let relative = q > 2 && matches!(self.w(q - 1), "that" | "which");
        if relative {
            q -= 1;
            if self.w(q - 1) == "," {
                q -= 1;
            }
        }
        let mut noun = q.checked_sub(1)?;
        // An owner after the noun: "by Gondor", "from the ministry", "of the Council".
        if let Some(m) = self.mention(noun) {
            let mut p = self.ments[m].start;
            if p > 0 && self.w(p - 1) == "the" {
                p -= 1;
            }
            if p >= 2 && matches!(self.w(p - 1), "by" | "from" | "of") && self.is_document(p - 2) {
                return Some(self.coordinated(m, false));
            }
            return None;
        }
        if !relative || !self.is_document(noun) || self.at[noun].is_some() {
            return None;
        }
        // An owner before the noun, up to two words between: "Gondor's statement", "the
        // Gondorian statement", "a Gondor joint statement".
        let mut p = noun;
        for _ in 0..3 {
            let Some(j) = p.checked_sub(1) else { break };
            if let Some(m) = self.mention(j) {
                let named = self.ments[m].possessive
                    || self.ments[m].form == MentionForm::Adjective
                    || j + 1 == noun;
                return named.then(|| vec![self.specific(m)]);
            }
            if self.w(j) == "'s" {
                return j
                    .checked_sub(1)
                    .and_then(|o| self.mention(o))
                    .map(|m| vec![self.specific(m)]);
            }
            if let Some(v) = self.light_verb_ending(j) {
                let subj = self.subject(v);
                return (!subj.is_empty()).then_some(subj);
            }
            if !(self.plain_word(j) || self.is(WordClass::Determiner, j)) {
                break;
            }
            noun = j;
            p = j;
        }
        None
    }

    /// Whether token `k` may be a verb's past or present form ("drew", "sparked", "leads"):
    /// an "-ed" ending, an irregular past or participle, a verb of receiving.
    fn verb_like(&self, k: usize) -> bool {
        let w = self.w(k);
        w.ends_with("ed")
            || self.idx.receive.contains(w)
            || self
                .lex
                .irregular
                .values()
                .any(|(past, part)| past == w || part == w)
    }

    /// Whether a mention ends right before token `q`, past adverbs and a plain noun ("Gondor
    /// is", "Gondor and its allies are effectively").
    fn mention_ending_before(&self, q: usize) -> bool {
        let mut k = q;
        while k > 0 && self.ly_adverb(k - 1) {
            k -= 1;
        }
        // (Also past a plain noun: "its NATO allies are".)
        (k > 0 && self.mention(k - 1).is_some())
            || (k > 1
                && self.toks[k - 1].lower.chars().all(char::is_alphabetic)
                && self.mention(k - 2).is_some())
    }

    /// The first participant of the clause that token `p` is in, with its conjuncts, and the
    /// clause's first token (the clause opens after a boundary or a comma, and a quotation
    /// mark when `quotes`): not one placed, governed by a preposition or a possessor.
    fn first_participant(&self, p: usize, quotes: bool) -> (usize, Vec<usize>) {
        let start = (0..p)
            .rev()
            .find(|&q| self.is_boundary(q) || self.w(q) == "," || (quotes && self.is_quote(q)))
            .map_or(0, |q| q + 1);
        let first = (start..p)
            .filter_map(|q| self.mention(q))
            .find(|&m| self.ments[m].start >= start)
            .filter(|&m| !self.locative(m) && !self.governed(m) && !self.ments[m].possessive)
            .map(|m| self.coordinated(m, false))
            .unwrap_or_default();
        (start, first)
    }

    /// The subject and its companions before the verb at `k` (past its auxiliaries):
    /// "Gondor, together with Rohan and Arnor, (has) …", "Gondor, along with Rohan, …".
    fn companions(&self, k: usize) -> Option<Vec<usize>> {
        let mut c = k;
        while c > 0 && (self.aux_word(c - 1) || self.is(WordClass::BeAux, c - 1)) {
            c -= 1;
        }
        if c < 6 || self.w(c - 1) != "," {
            return None;
        }
        let with = (c.saturating_sub(14)..c - 1)
            .rev()
            .take_while(|&q| !self.is_boundary(q) && self.w(q) != ",")
            .find(|&q| self.w(q) == "with")
            .filter(|&q| {
                q >= 3 && matches!(self.w(q - 1), "together" | "along") && self.w(q - 2) == ","
            })?;
        let first = self.mention(self.past_article(with + 1))?;
        let others = self.coordinated(first, false);
        let last = others.iter().map(|&m| self.ments[m].end).max()?;
        let subject = self
            .mention(with - 3)
            .filter(|&m| self.ments[m].end == with - 2 && !self.governed(m))?;
        if last != c - 1 {
            return None;
        }
        let mut joint = self.coordinated(subject, true);
        joint.extend(others);
        joint.dedup();
        Some(joint)
    }

    fn subject(&self, v: usize) -> Vec<usize> {
        // "A mortar shell fired by Gondorian forces killed …": the agent of what was fired.
        // (Past a plain noun of the agent's phrase: "Gondorian government forces".)
        let head_end = (v.saturating_sub(3)..v)
            .rev()
            .find(|&e| self.mention(e).is_some())
            .filter(|&e| (e + 1..v).all(|q| self.plain_word(q)));
        if let Some(m) = head_end.and_then(|e| self.mention(e)) {
            let s = self.ments[m].start;
            let by = if s > 0 && self.w(s - 1) == "by" {
                Some(s - 1)
            } else if s > 1 && self.w(s - 2) == "by" && self.is(WordClass::Determiner, s - 1) {
                Some(s - 2)
            } else {
                None
            };
            let fired = by.is_some_and(|b| {
                b >= 2
                    && self.w(b - 1).chars().all(|c| c.is_ascii_lowercase())
                    && (b.saturating_sub(4)..b - 1).any(|q| self.is(WordClass::Weapon, q))
            });
            if fired {
                return self.coordinated(m, true);
            }
        }
        if let Some(joint) = self.joined_in(v) {
            return joint;
        }
        let verb_at = v;
        let mut k = v;
        loop {
            k = self.past_adverbs(k);
            let t = self.time_phrase_start(k);
            if t == k {
                break;
            }
            k = t;
        }
        // A quotation of the verb itself: 'X "strongly condemned" the violence', 'X "came under
        // fire" from Y'.
        // Also a quotation running on past the verb after an auxiliary: 'X had "seriously
        // interfered in Gondor's internal affairs"'.
        if k > 1
            && self.is_quote(k - 1)
            && ((verb_at + 1..self.toks.len().min(verb_at + 5)).any(|q| self.is_quote(q))
                || (k > 2
                    && self.aux_word(k - 2)
                    && (verb_at + 1..self.toks.len()).any(|q| self.is_quote(q))))
        {
            k = self.past_adverbs(k - 1);
        }
        let v = k;
        // "Gondor, together with Rohan and Arnor, has been mediating …": the companions named
        // between commas act with the subject.
        if let Some(joint) = self.companions(k) {
            return joint;
        }
        // An infinitive under a participle of promise set off by a comma: "…, pledging to
        // assist each other" is the participle's subject's.
        if k + 1 < verb_at && k > 0 && self.w(k - 1) == "," && self.w(k).ends_with("ing") {
            let subj = self.participial_subject(k);
            if !subj.is_empty() {
                return subj;
            }
        }
        // A second infinitive joined by "and" shares the first one's subject: "was ready to
        // establish relations with Rohan and Arnor and to sign treaties with them".
        // So does a bare one: "decided to close its embassy in Edoras and expel …".
        if matches!(&self.cues[verb_at], Some((_, f)) if f.form == Some(VerbForm::Base)) {
            if let Some(q) = self.first_infinitive(k) {
                return self.subject(q + 1);
            }
        }
        if k > 3 && self.w(k - 1) == "to" && self.w(k - 2) == "and" {
            let first = (k.saturating_sub(16)..k - 3)
                .rev()
                .take_while(|&q| !self.is_boundary(q) && self.w(q) != ",")
                .find(|&q| {
                    self.w(q) == "to"
                        && (self.is_verb_cue(q + 1) || self.idx.light.contains(self.w(q + 1)))
                });
            if let Some(q) = first {
                return self.subject(q + 1);
            }
        }
        if let Some(m) = self.deed_owner_before(k) {
            return vec![self.specific(m)];
        }
        // A gerund a verb cue governs right before it: "postponed (put off) sending an envoy"
        // is the governing verb's subject's act.
        if self.w(verb_at).ends_with("ing") {
            let governing = (k.saturating_sub(2)..k).find(|&r| {
                matches!(&self.cues[r], Some((e, c)) if *e == k && c.pos == Pos::Verb
                    && self.lex.cues[c.cue].mode.as_deref() == Some("cancel"))
            });
            if let Some(r) = governing {
                return self.subject(r);
            }
        }
        // A gerund of means: "Gondor isolated Rohan by preventing …" is the governing verb's
        // subject's act, not its object's.
        if k > 2 && self.w(k - 1) == "by" && self.w(verb_at).ends_with("ing") {
            let governing = (k.saturating_sub(15)..k - 1)
                .rev()
                .take_while(|&q| !self.is_boundary(q) && self.w(q) != ",")
                .find(|&q| {
                    self.is_verb_cue(q)
                        || self.light_verb_ending(q) == Some(q)
                        // A copula's: "warned that Gondor is a party to the war by supplying …".
                        || (self.is(WordClass::BeAux, q) && self.mention_ending_before(q))
                });
            if let Some(q) = governing {
                let subj = self.subject(q);
                if !subj.is_empty() {
                    return subj;
                }
            }
        }
        // An infinitive of a journey's purpose: "flew to Edoras (on Friday) to express
        // solidarity with Gondor": the traveller's act.
        if k > 2 && self.w(k - 1) == "to" {
            let travel = (k.saturating_sub(12)..k - 1)
                .rev()
                .take_while(|&q| !self.is_boundary(q) && self.w(q) != ",")
                .find(|&q| {
                    matches!(&self.cues[q], Some((_, g)) if g.pos == Pos::Verb
                        && self.lex.cues[g.cue].mode.as_deref() == Some("visit"))
                });
            if let Some(q) = travel {
                let subj = self.subject(q);
                if !subj.is_empty() {
                    return subj;
                }
            }
        }
        // A relative clause: "the Security Council, which condemned …" — its antecedent; also
        // across "long", a progressive's "been" and a quantifier ("which has long opposed",
        // "who has been fighting", "who both condemned").
        let mut r = k;
        while r > 3 && matches!(self.w(r - 1), "long" | "been" | "both" | "all") {
            r = self.past_adverbs(r - 1);
        }
        if let Some(owner) = self.document_subject(k) {
            return owner;
        }
        if r > 2 && matches!(self.w(r - 1), "which" | "who") && self.w(r - 2) == "," {
            return self.relative_antecedent(r - 1).unwrap_or_default();
        }
        // Past a report inside the relative: "the YPG, which he said was being armed by …".
        if let Some(m) = (r > 4 && self.is_report(r - 1))
            .then(|| self.mention(r - 2))
            .flatten()
        {
            let q = self.ments[m].start;
            if q > 2 && matches!(self.w(q - 1), "which" | "who") && self.w(q - 2) == "," {
                return self.relative_antecedent(q - 1).unwrap_or_default();
            }
        }
        // A restrictive relative on an actor: "Gondorian gunmen who killed a Rohirric
        // officer" — the actor named right before "who".
        // Past a person's apposition: "Elrond Half, a Gondorian envoy who has …". Not an
        // actor after a preposition: in "Gondorians working for Rohan Steel who were
        // detained" the Gondorians were.
        if r > 1 && self.w(r - 1) == "who" {
            let head = |m: usize| {
                let s = self.ments[m].start;
                self.ments[m].end == r - 1
                    && !self.governed(m)
                    && !(s > 1
                        && self.is(WordClass::Determiner, s - 1)
                        && self.w(s - 2) != "of"
                        && self.is_preposition(s - 2))
            };
            if let Some(m) = self.mention(r - 2).filter(|&m| head(m)) {
                if let Some(p) = self.apposed_person(r - 1) {
                    return self.coordinated(p, true);
                }
                return self.coordinated(m, true);
            }
        }
        // "Elrond, whose report to the Council blamed Gondor": the antecedent of "whose" acts
        // through what it owns.
        // Not when what it owns is named: "France, whose President Macron had clashed with …"
        // (a name inside a phrase after a preposition is no head: "report to the Council").
        let whose = (k.saturating_sub(10)..k)
            .rev()
            .take_while(|&q| {
                self.w(q) != ","
                    && (self.w(q) == "whose"
                        || self.at[q].is_some()
                        || !self.is(WordClass::Boundary, q))
            })
            .find(|&q| self.w(q) == "whose")
            .filter(|&q| q > 1 && self.w(q - 1) == ",")
            .filter(|&q| {
                let head = (q + 1..k).find_map(|t| self.mention(t));
                head.is_none_or(|m| {
                    let s = self.ments[m].start;
                    self.is_preposition(s - 1)
                        || (s >= 2
                            && self.is(WordClass::Determiner, s - 1)
                            && self.is_preposition(s - 2))
                })
            });
        if let Some(antecedent) = whose.and_then(|q| self.relative_antecedent(q)) {
            return antecedent;
        }
        // ", a step which (that) was condemned by …": the act the summary noun sums up.
        if r > 3 && matches!(self.w(r - 1), "which" | "that") {
            let act = self.summarised_act(r - 1);
            if !act.is_empty() {
                return act;
            }
        }
        // After a relative clause set off by commas: "Iran, which backs the Houthis but denies
        // arming them, condemned …".
        if k > 3 && self.w(k - 1) == "," {
            if let Some(antecedent) = self.relative_before(k - 1, 19, true) {
                return antecedent;
            }
        }
        // So is an infinitive's, past the verb that governs it: "Spain, which holds the EU
        // presidency, (has been trying) offered to mediate …".
        if k > 4 && self.w(k - 1) == "to" {
            // (The governing verb after auxiliaries and adverbs only: not "has rejected calls
            // to free X".)
            let comma = (k.saturating_sub(6)..k - 2).rev().find(|&q| {
                self.w(q) == ","
                    && (q + 1..k - 2).all(|t| {
                        self.aux_word(t)
                            || self.is(WordClass::BeAux, t)
                            || self.is(WordClass::Skip, t)
                            || self.ly_adverb(t)
                    })
                    && self.at[k - 2].is_none()
                    && !self.capitalised(k - 2)
                    && self.w(k - 2).chars().all(|c| c.is_ascii_lowercase())
            });
            if let Some(antecedent) = comma.and_then(|q| self.relative_before(q, 19, true)) {
                return antecedent;
            }
        }
        // A headline's verbs joined by a comma: "Arnor downgrades ties with Gondor, expels
        // envoy" (present tense on both sides); so are a series of past verbs: "Arnor closed
        // the border, expelled Gondorian diplomats and …".
        // (Also a light verb of its own form before its noun: "Arnor bars X from entering,
        // declares him persona non grata".)
        let third = |p: usize| {
            matches!(&self.cues[p], Some((_, f)) if f.form == Some(VerbForm::Third))
                || (p == verb_at
                    && self.cues[p].is_none()
                    && self.w(p).ends_with('s')
                    && self.idx.light.contains(self.w(p)))
        };
        let past = |p: usize| {
            matches!(&self.cues[p], Some((_, f))
                if matches!(f.form, Some(VerbForm::Past | VerbForm::Participle)))
                && self.passive_aux(p).is_none()
        };
        let same_form = |p: usize| (third(verb_at) && third(p)) || (past(verb_at) && past(p));
        if k > 1 && self.w(k - 1) == "," && (third(verb_at) || past(verb_at)) {
            let mut p = k - 1;
            while p > 0 {
                p -= 1;
                if self.is_boundary(p) {
                    break;
                }
                if same_form(p) {
                    let subj = self.subject(p);
                    if !subj.is_empty() {
                        return subj;
                    }
                    break;
                }
            }
        }
        if k > 0 && matches!(self.w(k - 1), "and" | "but") {
            // After a demand's bare subjunctive, a past verbal act joins the demand: "X
            // demanded that Y expel Z and accused W" is X's.
            if let Some(t) = self.demand_left(verb_at) {
                let subj = self.subject(t - 1);
                if !subj.is_empty() {
                    return subj;
                }
            }
            // The second verb of a relative clause: "X, who proclaimed himself president and
            // has been recognised by Y" — the relative's antecedent.
            if let Some(antecedent) = self.relative_before(k - 1, 15, false) {
                return antecedent;
            }
            // A verb of the first conjunct; after a determiner the word is a noun ("the claim").
            // A light verb joins a light verb: "deepened its cooperation with A and
            // intensified contacts with B".
            let light = self.light_verb_ending(verb_at) == Some(verb_at);
            // Also an unknown past-tense verb right after its subject: "Bahrain followed
            // Riyadh's lead and broke off relations with Iran".
            let past_after_subject = |p: usize| {
                // Past an acronym in brackets: "Human Rights Watch (HRW) called …".
                let before = p.checked_sub(1).map(|q| {
                    if self.w(q) == ")" {
                        (0..q)
                            .rev()
                            .find(|&o| self.w(o) == "(")
                            .filter(|&o| o > 0 && q - o <= 3)
                            .map_or(q, |o| o - 1)
                    } else {
                        q
                    }
                });
                p > 0
                    && self.w(p).ends_with("ed")
                    && !self.capitalised(p)
                    && self.at[p].is_none()
                    && (before
                        .and_then(|q| self.mention(q))
                        .is_some_and(|m| self.ments[m].form == MentionForm::Name)
                        // Also after an apposition closed by a comma: "Arnor, a country
                        // wedged between Rohan and Gondor, applied … and opened …".
                        || before.is_some_and(|q| {
                            self.w(q) == "," && !self.subject(p).is_empty()
                        }))
            };
            // Not an infinitive: in "X calls on A to impose sanctions on B and urges C", "urges"
            // joins "calls on".
            let verb = |p: usize| {
                (self.is_verb_cue(p)
                    || self.is_report(p)
                    || (light && self.light_verb_ending(p) == Some(p))
                    || past_after_subject(p))
                    && !(p > 0 && self.is(WordClass::Determiner, p - 1))
                    && !(p > 0 && self.w(p - 1) == "to")
                    // Nor an accusation's gerund: in "accused Gondor of sending … and praised
                    // X", "praised" joins "accused".
                    && !(p > 0 && self.w(p - 1) == "of" && self.w(p).ends_with("ing"))
            };
            // A verbal act coordinates with a verb of its own form: in "X said Y had been
            // killed and accused Z", "accused" joins "said", not "had been killed".
            let verbal = self.verbal_act(verb_at);
            let own_aux = self.auxiliary(verb_at);
            // Set off by a comma, a conjunct after a time or reason clause joins the main
            // clause before it: "X imposed a curfew after Y invaded Z, and accused W" is X's
            // (with no comma it joins the clause: "after Y crossed the border and bombed …").
            if k >= 3 && self.w(k - 2) == "," && !own_aux {
                let opener = (0..k - 2)
                    .rev()
                    .take_while(|&q| !matches!(self.w(q), ";" | ":") && !self.is_quote(q))
                    .find(|&q| {
                        // ("that" opens a reported clause, "as" may be a preposition.)
                        self.is(WordClass::Subordinator, q) && !matches!(self.w(q), "that" | "as")
                    });
                // (A reporting verb ends the scan as the main verb: "X said Y would act if Z
                // asked, and blamed W" is X's.)
                let main = opener.and_then(|b| {
                    (0..b)
                        .rev()
                        .take_while(|&q| {
                            (!self.is_boundary(q) || self.is_report(q)) && self.w(q) != ","
                        })
                        .find(|&q| verb(q) && !self.auxiliary(q))
                });
                if let Some(q) = main.filter(|_| (opener.unwrap_or(0)..k - 2).any(verb)) {
                    let subj = self.subject(q);
                    if !subj.is_empty() {
                        return subj;
                    }
                }
            }
            let mut unlike = None;
            // A first conjunct whose subject is not known: the nearest mention before this one
            // is that verb's object, not this one's subject.
            let mut joined_unknown = false;
            let mut p = k - 1;
            while p > 0 {
                p -= 1;
                if verb(p) && !(verbal && self.auxiliary(p) != own_aux) {
                    unlike = None;
                    let subj = self.subject(p);
                    if !subj.is_empty() {
                        return subj;
                    }
                    joined_unknown = true;
                    break;
                }
                if verb(p) {
                    unlike.get_or_insert(p);
                }
                if self.is_boundary(p) && !(p > 0 && self.is(WordClass::Determiner, p - 1)) {
                    // Set off by a comma, a conjunct after a reported clause joins the
                    // reporting verb: "X said that Y would suffer, and blamed Z" is X's.
                    if self.w(p) == "that"
                        && p > 0
                        && self.is_report(p - 1)
                        && k >= 2
                        && self.w(k - 2) == ","
                        && unlike.is_none()
                    {
                        let subj = self.subject(p - 1);
                        if !subj.is_empty() {
                            return subj;
                        }
                    }
                    // Also with no comma, when the clause's verb has an auxiliary and this
                    // verbal act none: "X denied that Y had any role and blamed Z".
                    if self.w(p) == "that"
                        && p > 0
                        && (self.is_report(p - 1) || self.is_verb_cue(p - 1))
                        && unlike.is_none()
                        && self.leaves_that_clause(p, verb_at)
                    {
                        let subj = self.subject(p - 1);
                        if !subj.is_empty() {
                            return subj;
                        }
                    }
                    // A clause opened by a subordinating word: "… after Arnorian jets crossed
                    // the border and bombed …": its first participant is the conjunct's subject.
                    // "as" with no verb of its own after it is a preposition: "as the
                    // capital of Gondor and rejected …" opens no clause.
                    // Nor does "after", "before", "since" or "until" with no verb after it: "after
                    // the invasion of Rohan and opened talks" (a phrase, not a clause).
                    let verbish = |q: usize| {
                        self.cues[q]
                            .as_ref()
                            .is_some_and(|(_, f)| f.pos == Pos::Verb || self.w(p) == "as")
                            || self.is_report(q)
                            || (self.w(q).ends_with("ed") && self.at[q].is_none())
                            || self
                                .lex
                                .irregular
                                .values()
                                .any(|(past, part)| past == self.w(q) || part == self.w(q))
                    };
                    let subordinate = unlike.is_none()
                        && !verb(p)
                        && self.w(p).chars().all(char::is_alphabetic)
                        && (!matches!(self.w(p), "as" | "after" | "before" | "since" | "until")
                            || (p + 1..k - 1).any(verbish));
                    // (Its subject, before any verb of its own: not the object in "after
                    // police used tear gas to disperse protesters, and accused …".)
                    let first = (p + 1..k - 1).filter(|_| subordinate).find_map(|q| {
                        self.mention(q)
                            .filter(|&m| !self.locative(m) && !self.governed(m))
                    });
                    let first = first.filter(|&m| {
                        (p + 1..self.ments[m].start).all(|t| {
                            !(self.is_verb_cue(t)
                                || self.is_report(t)
                                || (self.w(t).ends_with("ed") && self.at[t].is_none()))
                        })
                    });
                    if let Some(m) = first {
                        return self.coordinated(m, false);
                    }
                    break;
                }
            }
            if let Some(u) = unlike {
                // The reporting verb whose clause holds the unlike verb, across quotation
                // marks and "that": "X said \"Y had been killed\" and accused Z".
                let speech = (0..u)
                    .rev()
                    .find(|&r| self.is_report(r) && !self.is_verb_cue(r) && !self.auxiliary(r));
                for p in speech.into_iter().chain([u]) {
                    let subj = self.subject(p);
                    if !subj.is_empty() {
                        return subj;
                    }
                }
            }
            // "X rejected the claim, saying …, and blamed Y": a predicate after a clause set off
            // by commas joins the sentence's first verb.
            if let Some(p) = (0..k - 1).find(|&p| verb(p)) {
                let subj = self.subject(p);
                if !subj.is_empty() {
                    return subj;
                }
            }
            // "Gondor's Guard, which patrols the river, called the raid a crime and urged …":
            // with no cue verb before, the conjunct's subject is the sentence's only participant
            // before it.
            let before: Vec<usize> = (0..self.ments.len())
                .filter(|&m| self.ments[m].end < k && !self.locative(m))
                .collect();
            if let [m] = before[..] {
                if self.ments[m].start == 0
                    || (self.ments[m].start == 1 && self.is(WordClass::Determiner, 0))
                {
                    return self.coordinated(m, false);
                }
            }
            if joined_unknown {
                return Vec::new();
            }
        }
        let ing = matches!(&self.cues[verb_at], Some((_, f)) if f.form == Some(VerbForm::Ing));
        let mut j = v;
        let mut steps = 0;
        while j > 0 && steps < SUBJECT_WINDOW {
            j -= 1;
            if self.w(j) == ")" {
                // Skip a parenthesis: "the Arnor Rangers (AR) raided …".
                match (0..j).rev().find(|&k| self.w(k) == "(") {
                    Some(open) if open > 0 => {
                        j = open;
                        continue;
                    }
                    _ => return Vec::new(),
                }
            }
            if let Some(m) = self.mention(j) {
                let start = self.ments[m].start;
                // Inside a reduced relative's agent phrase: "Gondorian protesters angered by
                // cartoons of Elrond Half stormed …" — the head before the participle.
                if let Some(h) = self.reduced_relative_head(m) {
                    return self.coordinated(h, true);
                }
                // Inside a participle's phrase after the head noun: "a Gondorian tanker
                // carrying Rohirric crude was seized" — past it to the head.
                if start >= 2
                    && self.w(start - 1).ends_with("ing")
                    && !self.capitalised(start - 1)
                    && self.at[start - 1].is_none()
                    && self.cues[start - 1].is_none()
                    && self.plain_word(start - 2)
                    && !self.is_preposition(start - 2)
                {
                    j = start - 1;
                    steps += 1;
                    continue;
                }
                if self.locative(m) {
                    // "Arnor's office in Minas Tirith was raided": the subject is before the
                    // place phrase.
                    j = start;
                    steps += 1;
                    continue;
                }
                // "a Gondorian delegation led by Faramir Hurin visited …": the leader acts.
                if start >= 2
                    && self.w(start - 1) == "by"
                    && matches!(self.w(start - 2), "led" | "headed")
                {
                    return self.coordinated(m, true);
                }
                // "Elrond Half of the White Council has attacked …": the person named with
                // their body acts.
                if let Some(p) = self.person_of_body(m) {
                    return self.coordinated(p, true);
                }
                // "the envoy of Arnor" stands for Arnor; other prepositional phrases do not.
                // A possessive owns the noun after it: "responded to Arnor's decision to …".
                if self.governed(m) && !self.ments[m].possessive {
                    return Vec::new();
                }
                // Others named by their tie to a possessor act, not it: "Bard Bow's family
                // will sue X", "Gondor's allies condemned …".
                let e = self.ments[m].end + 1;
                if self.ments[m].possessive
                    && (e..(e + 2).min(v))
                        .take_while(|&q| self.at[q].is_none())
                        .any(|q| self.is(WordClass::Associate, q) || self.is(WordClass::Kin, q))
                {
                    return Vec::new();
                }
                // A conjunct a preposition governs is no subject's: in "… solidarity with
                // Britain and the Council voiced concern", the Council alone voiced it.
                // (An infinitive's may be: "called on Gondor and Arnor to support …".)
                let mut group = self.coordinated(m, true);
                if !(verb_at > 0 && self.w(verb_at - 1) == "to") {
                    group.retain(|&x| x == m || !self.governed(x));
                }
                return group;
            }
            if self.w(j) == "," {
                // An appositive ending in a name: "Arnor's envoy, Elrond Half, condemned …"
                // The name must itself follow a comma: "X, Name, verb"; also a name with its
                // body: "X, Name of the Y Party, verb".
                // (The body may be no actor known: "Matteo Salvini of the League,".)
                let unknown_body = || {
                    let of = (j.saturating_sub(5)..j)
                        .rev()
                        .take_while(|&q| {
                            self.w(q) == "of"
                                || (self.mention(q).is_none()
                                    && (self.capitalised(q) || self.w(q) == "the"))
                        })
                        .find(|&q| self.w(q) == "of")?;
                    self.person_before_of(of)
                };
                let m = j
                    .checked_sub(1)
                    .and_then(|k| self.mention(k))
                    .map(|m| self.person_of_body(m).unwrap_or(m))
                    .or_else(unknown_body);
                let enclosed = m.is_some_and(|m| {
                    // Titles before the name included: "Its pilot, Wing Commander Half, was …".
                    let mut s = self.ments[m].start;
                    while s > 0
                        && self.mention(s - 1).is_none()
                        && (self.role_word(s - 1) || self.capitalised(s - 1))
                    {
                        s -= 1;
                    }
                    s > 0 && self.w(s - 1) == ","
                });
                // Not before a participle with no auxiliary: in "recalled its envoy, Bard Bow,
                // accusing Y", the name is the object's and the participle's subject is the
                // main clause's.
                let participle = j + 1 == v
                    && matches!(&self.cues[verb_at], Some((_, f)) if f.form == Some(VerbForm::Ing));
                if let Some(m) = m.filter(|_| steps == 0 && enclosed && !participle) {
                    return self.coordinated(m, true);
                }
                // A parenthetical phrase between commas: "King Elessar, in a speech on
                // Tuesday, invited …" (it opens with a preposition and holds no verb).
                // (A list of members may be long: "including the National Liberation Front
                // (FLN) and the Movement of Society for Peace (MSP)".)
                let open = (j.saturating_sub(24)..j).rev().find(|&p| self.w(p) == ",");
                // "Several governments, including Arnor and Rohan, backed …": with no
                // participant before it, the listed ones act.
                let members = open.filter(|&p| {
                    p > 0
                        && self.w(p + 1) == "including"
                        && self.mention(p - 1).is_none()
                        // (Past acronyms in brackets: "including the National Liberation
                        // Front (FLN) and …".)
                        && (p + 2..j).all(|q| {
                            !self.is_verb_cue(q)
                                && (!self.is_boundary(q) || matches!(self.w(q), "(" | ")"))
                        })
                });
                if let Some(m) = members.and_then(|p| self.mention(self.past_article(p + 2))) {
                    return self.coordinated(m, false);
                }
                if steps == 0 {
                    if let Some(p) = open.filter(|&p| {
                        p + 1 < j
                            && self.is_preposition(p + 1)
                            && (p + 1..j).all(|q| {
                                !self.is_verb_cue(q) && !self.is_boundary(q) && self.w(q) != ","
                            })
                    }) {
                        j = p;
                        continue;
                    }
                    // A relative clause between commas: "Gondor's Guard, which patrols the
                    // river, urged …".
                    // "since" before a year or month opens no clause: "which has fought
                    // Arnor since 1975".
                    let since_date = |q: usize| {
                        self.w(q) == "since"
                            && q + 1 < j
                            && (self.w(q + 1).starts_with(|c: char| c.is_ascii_digit())
                                || self.is(WordClass::Calendar, q + 1))
                    };
                    // A relative clause may be long: "X, who had ordered battalions to the
                    // border and expelled Y's ambassador from Z, embraced W".
                    let open_wide = (j.saturating_sub(30)..j).rev().find(|&p| self.w(p) == ",");
                    // Its commas may list names: "X, who is due to visit A, B and C, called …".
                    let listing = |q: usize| {
                        q > 0 && self.mention(q - 1).is_some() && self.mention(q + 1).is_some()
                    };
                    let relative = (j.saturating_sub(30)..j)
                        .rev()
                        .take_while(|&q| {
                            q == j || self.w(q) != "," || listing(q) || {
                                q + 1 < j && matches!(self.w(q + 1), "which" | "who")
                            }
                        })
                        .find(|&p| self.w(p) == "," && !listing(p))
                        .filter(|&p| {
                            p + 2 < j
                                && matches!(self.w(p + 1), "which" | "who")
                                && (p + 2..j).all(|q| {
                                    (!self.is_boundary(q) || since_date(q))
                                        && (self.w(q) != "," || listing(q))
                                })
                        });
                    if let Some(p) = relative {
                        j = p;
                        continue;
                    }
                    // A noun phrase in apposition: "Rohan, Gondor's closest ally, backed …";
                    // after an article it may hold a reduced relative ("Rohan, a group allied
                    // with Gondor, backed …"); so may a participial phrase ("X, nominated as
                    // the next envoy, accused …").
                    // Also an -ing phrase: "X, addressing supporters in Khartoum's main
                    // square on Thursday, dismissed …".
                    let participial = open.is_some_and(|p| {
                        p + 1 < j
                            && (self.w(p + 1).ends_with("ed") || self.w(p + 1).ends_with("ing"))
                            && self.at[p + 1].is_none()
                            && !self.is_verb_cue(p + 1)
                            && (p + 2..j).all(|q| !self.is_verb_cue(q) && self.w(q) != ",")
                    });
                    if let Some(p) = open.filter(|&p| {
                        participial
                            && p > 0
                            && j - p <= 16
                            && self
                                .mention(p - 1)
                                .is_some_and(|m| self.ments[m].end == p && self.ments[m].person)
                    }) {
                        j = p;
                        continue;
                    }
                    let appositive = open_wide.filter(|&p| {
                        let article = p + 1 < j && matches!(self.w(p + 1), "a" | "an" | "the");
                        // "X, leader of the Y Party, …": a title takes its body's long name.
                        // Also after a title's own modifiers: "X, Indo-Pacific coordinator of
                        // the White House National Security Council, …".
                        // Past the state or body owning the post: "X, Gondor's vice president
                        // and foreign minister, …".
                        let lead = match self.mention(p + 1) {
                            Some(m) if self.ments[m].start == p + 1 && !self.ments[m].person => {
                                let e = self.ments[m].end;
                                e + usize::from(e < j && self.w(e) == "'s")
                            }
                            _ => p + 1,
                        };
                        // (A post may be a mention of its own: "vice president".)
                        let title = (lead..j.min(lead + 5))
                            .take_while(|&q| {
                                self.w(q) != "of"
                                    && (self.mention(q).is_none() || self.role_word(q))
                            })
                            .any(|q| self.role_word(q));
                        // A formal title may run long, joined by a dash: "X, Assistant to the
                        // President of Y – Head of the Foreign Policy Department of …, said".
                        p > 0
                            && p + 1 < j
                            && j - p
                                <= if title {
                                    30
                                } else if article {
                                    14
                                } else {
                                    7
                                }
                            && {
                                // Past an acronym in brackets: "the White Council (WC), the
                                // top body, …".
                                // Past an age: "Elrond Half, 49, a retired officer, …".
                                let e = if self.w(p - 1) == ")" {
                                    (p.saturating_sub(4)..p - 1)
                                        .rev()
                                        .find(|&o| self.w(o) == "(")
                                        .unwrap_or(p)
                                } else {
                                    self.past_age(p)
                                };
                                e > 0
                                    && self.mention(e - 1).is_some_and(|m| {
                                        self.ments[m].end == e && !self.locative(m)
                                    })
                            }
                            && (p + 1..j).all(|q| {
                                (!self.is_verb_cue(q) || article)
                                    // After an article, a relative clause of its own: "X, a
                                    // senator who has championed engagement, criticized …".
                                    && (!self.is_boundary(q)
                                        || (article && matches!(self.w(q), "who" | "which"))
                                        || (title && matches!(self.w(q), "–" | "—" | "-" | "and"))
                                        // An acronym in brackets: "X, President of the
                                        // Northern Republic (NR), …".
                                        || self.bracketed_acronym(q))
                                    && self.w(q) != ","
                                    && (!self.idx.light.contains(self.w(q)) || article)
                            })
                    });
                    if let Some(p) = appositive {
                        j = self.past_age(p);
                        continue;
                    }
                }
                return Vec::new();
            }
            // A conjunction here joins a participant with a non-participant ("the Guard and
            // police forces raided …": the Guard), or clauses and predicates (nothing).
            if matches!(self.w(j), "and" | "or") {
                let mut k = j;
                if k > 0 && self.w(k - 1) == ")" {
                    k = (0..k - 1).rev().find(|&o| self.w(o) == "(").unwrap_or(0);
                }
                // The participant may head its conjunct: "Arnorian envoys and traders".
                let found = (k.saturating_sub(2)..k).rev().find_map(|p| {
                    self.mention(p)
                        .filter(|_| (p + 1..k).all(|q| self.plain_word(q)))
                });
                return match found {
                    Some(m) if !self.locative(m) => self.coordinated(m, true),
                    _ => Vec::new(),
                };
            }
            // A dash parenthesis: "Russian state media – figures like Elrond Half – have …".
            if steps == 0 && crate::text::is_long_dash(self.w(j)) {
                let open = (j.saturating_sub(16)..j)
                    .rev()
                    .find(|&p| self.w(p) == self.w(j));
                if let Some(p) = open.filter(|&p| {
                    p > 0
                        && self.mention(p - 1).is_some()
                        && (p + 1..j).all(|q| !self.is_verb_cue(q) && !self.is_report(q))
                }) {
                    j = p;
                    continue;
                }
            }
            // A participle after a verb's object: "released a video rebutting Japan's claim"
            // is the verb's subject's act; so after a light verb's ("adopted a non-binding
            // resolution calling for …", a compound's hyphen within).
            let words = (j + 2..v)
                .filter(|&q| !self.compound_hyphen(q) && !self.compound_hyphen(q - 1))
                .count();
            if ing
                && (self.is_verb_cue(j) || self.light_verb_ending(j) == Some(j))
                && j + 2 < v
                && words <= 2
                && self.is(WordClass::Determiner, j + 1)
                && (j + 2..v).all(|q| {
                    (self.plain_word(q) || self.compound_hyphen(q))
                        && !self.is_preposition(q)
                        && self.w(q) != "of"
                        && !self.role_word(q)
                        && !self.lex.generic.contains_key(self.w(q))
                })
            {
                return self.subject(j);
            }
            if self.is_boundary(j) || self.is_verb_cue(j) {
                return Vec::new();
            }
            steps += 1;
        }
        Vec::new()
    }

    /// The subject of a participial clause: "Arnor raided the port, targeting Gondorian ships",
    /// "Arnor responds by targeting Gondor": the subject of the main clause's verb, else the
    /// sentence's first participant. Empty when the verb at `v` opens no such clause.
    fn participial_subject(&self, v: usize) -> Vec<usize> {
        // (Also after a clause's "after" or "before": "Arnor expelled the envoy after
        // accusing Gondor of spying".)
        let temporal = v > 1 && matches!(self.w(v - 1), "after" | "before");
        if v == 0 || !(matches!(self.w(v - 1), "," | "by") || temporal) {
            return Vec::new();
        }
        // A present form after "of" or an article, with one modifier between, is a noun:
        // "with dozens of artillery shells, killing …".
        // So is a gerund after a possessive: "stayed away from the ministers' meeting,
        // accusing …".
        let noun = |j: usize| {
            (matches!(&self.cues[j], Some((_, f)) if f.form == Some(VerbForm::Third))
                && [1, 2].into_iter().any(|d| {
                    j >= d
                        && (self.w(j - d) == "of" || self.is(WordClass::Determiner, j - d))
                        && (j - d + 1..j).all(|q| self.plain_word(q))
                }))
                || (matches!(&self.cues[j], Some((_, f)) if f.form == Some(VerbForm::Ing))
                    && j >= 1
                    && matches!(self.w(j - 1), "'" | "'s"))
        };
        // Not an infinitive: in "called on A to boycott B, accusing C" the caller accuses; nor
        // a compound participle ("Gondor-labelled goods").
        // Nor a relative clause's verb: "rejected a map that lays claim to …, joining Rohan in
        // …" is the rejecters' joining.
        let relative = |j: usize| {
            (j.saturating_sub(2)..j).any(|q| matches!(self.w(q), "that" | "which" | "who"))
        };
        let main_verb = (0..v - 1).rev().find(|&j| {
            (self.is_verb_cue(j) || self.idx.light.contains(self.w(j)) || self.is_report(j))
                && !noun(j)
                && !relative(j)
                && !(j > 0 && matches!(self.w(j - 1), "to" | "-"))
        });
        // "A hailed the deal, while crowds of Gondorians gathered in the square, chanting
        // slogans against Rohan": the participle is the contrasting clause's, whose subject
        // is the first one named after "while".
        let contrast = (main_verb.map_or(0, |j| j + 1)..v - 1)
            .rev()
            .find(|&q| matches!(self.w(q), "while" | "whereas"));
        if let Some(q) = contrast {
            if let Some(m) =
                (q + 1..v - 1).find_map(|j| self.mention(j).filter(|&m| !self.locative(m)))
            {
                return self.coordinated(m, false);
            }
        }
        let sources = main_verb.map(|j| self.subject(j)).unwrap_or_default();
        if !sources.is_empty() {
            return sources;
        }
        // (Before the main verb: its object is no subject, "marched on the Gondorian embassy,
        // chanting slogans against …".)
        (0..main_verb.unwrap_or(v))
            .find_map(|j| self.mention(j).filter(|&m| !self.locative(m)))
            .map(|m| self.coordinated(m, false))
            .unwrap_or_default()
    }

    /// The subject of the verb at `v`, else, for a participle, its clause's
    /// (`participial_subject`): who judges in "…, calling Gondor's move a provocation".
    fn subject_or_participial(&self, v: usize) -> Vec<usize> {
        let sources = self.subject(v);
        if sources.is_empty() && self.w(v).ends_with("ing") {
            return self.participial_subject(v);
        }
        sources
    }

    /// Whether token `j` is an auxiliary: a form of "be" or "have", or a modal (class
    /// `auxiliary`).
    fn aux_word(&self, j: usize) -> bool {
        self.is(WordClass::BeAux, j)
            || self.is(WordClass::Auxiliary, j)
            || matches!(self.w(j), "had" | "has" | "have" | "having")
    }
    /// Whether an auxiliary or modal stands before the verb at `v` ("had been killed",
    /// "would never threaten", "was monitoring").
    fn auxiliary(&self, v: usize) -> bool {
        let mut j = v;
        while j > 0 && v - j < 4 {
            j -= 1;
            if self.aux_word(j) {
                return true;
            }
            if !(self.is(WordClass::Skip, j)
                || self.is(WordClass::Negation, j)
                || self.ly_adverb(j))
            {
                return false;
            }
        }
        false
    }

    /// The first token of the hyphenated compound of plain words ending at token `i`
    /// ("full-scale", "so-called"); `i` when there is none.
    fn compound_start(&self, i: usize) -> usize {
        let mut i = i;
        while i >= 2
            && self.w(i - 1) == "-"
            && self.toks[i - 1].start == self.toks[i - 2].end
            && self.toks[i].start == self.toks[i - 1].end
            && self.plain_word(i)
            && self.plain_word(i - 2)
        {
            i -= 2;
        }
        i
    }

    /// A lower-case word that is neither a mention, a cue nor a clause boundary.
    /// A word of an amount: a count ("five", "millions"), a figure ("2", "$2"), a currency
    /// sign, a scale or currency word ("billion", "euros") or an approximator ("more than",
    /// "about").
    fn amount_word(&self, i: usize) -> bool {
        let w = self.w(i);
        self.at[i].is_none()
            && (self.is(WordClass::Quantity, i)
                || w.bytes().any(|b| b.is_ascii_digit())
                || self.is(WordClass::Amount, i)
                || matches!(w, "$" | "€" | "£" | "¥" | "₽")
                || approximator(w))
    }

    fn plain_word(&self, i: usize) -> bool {
        self.mention(i).is_none()
            && self.cues[i].is_none()
            && !self.is_boundary(i)
            && self.toks[i].lower.chars().all(char::is_alphabetic)
    }

    fn is_preposition(&self, i: usize) -> bool {
        matches!(
            self.w(i),
            "against"
                | "on"
                | "to"
                | "for"
                | "with"
                | "toward"
                | "towards"
                | "over"
                | "by"
                | "about"
        ) || self.is(WordClass::Locative, i)
    }

    /// The object of a cue ending before token `from`: the first mention to the right within the
    /// clause, skipping places.
    /// The person named in apposition to a state's office-holder: "Arnor's ambassador (to
    /// Rohan), Elrond Half".
    fn appositive_person(&self, m: usize) -> Option<usize> {
        let n = self.toks.len();
        let is_state = |m: usize| self.lex.state(&self.ments[m].actor).is_some();
        if !is_state(m) {
            return None;
        }
        let mut k = self.ments[m].end;
        if k < n && self.w(k) == "'s" {
            k += 1;
        }
        let start = k;
        while k < n && k < start + 4 && self.role_word(k) {
            k += 1;
        }
        if k == start {
            return None;
        }
        let mut posted = false;
        if k + 1 < n && self.w(k) == "to" {
            // The receiving state, a mention or, once discovery kept it in the person's title,
            // its capitalised words: "Gondor's ambassador to Rohan(,) Elrond Half".
            k = match self.mention(k + 1) {
                Some(r) if is_state(r) => self.ments[r].end,
                Some(_) => return None,
                None => {
                    let mut e = k + 1;
                    if self.w(e) == "the" {
                        e += 1;
                    }
                    let words = (e..n.min(e + 4))
                        .take_while(|&q| self.mention(q).is_none() && self.capitalised(q))
                        .count();
                    if words == 0 {
                        return None;
                    }
                    e + words
                }
            };
            posted = true;
        } else if k + 1 < n && self.w(k) == "in" {
            // The post: "Gondor's ambassador in Edoras, Elrond Half".
            let r = self.mention(k + 1).filter(|&r| self.locative(r))?;
            k = self.ments[r].end;
        }
        // With no comma, right after the post: "Gondor's Ambassador to Rohan Elrond Half".
        if posted && k < n && self.w(k) != "," {
            return self
                .mention(k)
                .filter(|&p| self.ments[p].start == k && self.ments[p].person);
        }
        if k + 1 >= n || self.w(k) != "," {
            return None;
        }
        // Past the person's own title: "…, Apostolic Nuncio Elrond Half".
        let mut q = k + 1;
        while q < n && q < k + 5 && self.mention(q).is_none() && self.role_word(q) {
            q += 1;
        }
        self.mention(q)
            .filter(|&p| self.ments[p].start == q || q == k + 1)
            .filter(|&p| !is_state(p) && !self.attributes(p))
    }

    /// Whether a reporting verb follows mention `p`: '…, Gondorian envoy Elrond Half said' names
    /// the speaker, not a person in apposition.
    fn attributes(&self, p: usize) -> bool {
        // The person a body's title names: "Gondor's Foreign Ministry spokesman Elrond Half".
        let e = self.ments[self.specific(p)].end;
        e < self.toks.len() && self.is_report(e)
    }

    /// Whether token `j` ends an object phrase: a comma, "by", a clause boundary or a verb cue.
    /// Whether the object of a request whose cue ends at `end` is asked for a cooperative act
    /// for the asker ("called on Arnor and Rohan to support his government", "to help resolve
    /// the dispute").
    /// An appeal is for help itself (a verb of aid or mediation), or for support of the
    /// asker's own ("to defend its colleagues"): not "called on X to honour the ceasefire" or
    /// "to hand over the suspects", which press X.
    fn asks_help(&self, end: usize) -> bool {
        self.asks_help_of(&self.object(end), true)
    }

    /// Whether `targets`, the object of a request, are asked for a cooperative act for the
    /// asker (its object the asker's own, or none): not a concession asked of them ("urged X to
    /// apologise", "to release Y", "to withdraw"), which presses them; not a cooperative act
    /// with another ("urged Arnor to recognise Rohan").
    fn asks_help_of(&self, targets: &[usize], appeal: bool) -> bool {
        // (Past an acronym in brackets: "called on the Free States League (FSL) to …".)
        let after = targets.iter().map(|&t| self.ments[t].end).max().map(|e| {
            if e < self.toks.len() && self.w(e) == "(" {
                (e + 1..(e + 4).min(self.toks.len()))
                    .find(|&c| self.w(c) == ")")
                    .map_or(e, |c| c + 1)
            } else {
                e
            }
        });
        after.is_some_and(|e| {
            e + 1 < self.toks.len()
                && self.w(e) == "to"
                && match_cue(self, e + 1).is_some_and(|(ce, g)| {
                    let own = ce < self.toks.len()
                        && matches!(self.w(ce), "his" | "her" | "its" | "their" | "our" | "my");
                    let c = &self.lex.cues[g.cue];
                    let help = c.category == Category::AID
                        || c.mode.as_deref() == Some("mediate")
                        || (c.category == Category::SUPPORT && own);
                    // A bare verb after "help" takes the object: "to help stop Mordor's …".
                    let bare_verb = self.bare_verb_at(ce);
                    g.pos == Pos::Verb
                        && c.stance == crate::lexicon::Stance::Support
                        && !matches!(c.category, Category::CONCEDE | Category::RETREAT)
                        && (own || bare_verb || self.object(ce).is_empty())
                        && (help || !appeal)
                })
        })
    }

    /// Whether "to leave" follows `targets`, within a few words: an expulsion's request
    /// ("asked the envoy to leave the country").
    fn leaves_after(&self, targets: &[usize]) -> bool {
        let n = self.toks.len();
        targets.iter().any(|&t| {
            let e = self.ments[t].end;
            (e..n.min(e + 8))
                .take_while(|&k| !self.is_boundary(k) || self.w(k) == "to")
                .any(|k| self.w(k) == "to" && k + 1 < n && self.w(k + 1) == "leave")
        })
    }

    /// Whether an actor is named after `targets`, the object of a request, before the clause
    /// ends: the request is about a third party ("asked Rohan to lift the embargo on Gondor").
    fn third_party(&self, targets: &[usize]) -> bool {
        let n = self.toks.len();
        targets
            .iter()
            .map(|&t| self.ments[t].end)
            .max()
            .is_some_and(|e| {
                (e..n)
                    .take_while(|&k| !self.is_boundary(k))
                    .any(|k| self.at[k].is_some())
            })
    }

    /// Whether `targets`, the object of a request, are pressed to give way (to withdraw,
    /// release, stop, respect, apologise …, or not to act): `Some(false)` when an infinitive
    /// after the object asks something else of them ("urged the OSCE to assess …", "urged
    /// Arnor and Rohan to resolve the issue"), `None` with no infinitive.
    fn presses(&self, targets: &[usize]) -> Option<bool> {
        let e = targets.iter().map(|&t| self.ments[t].end).max()?;
        let n = self.toks.len();
        // (Past an acronym in brackets and an appositive of the object's: "…, both close
        // allies, to …".)
        // (Names inside the appositive too: "…, both close Gondorian allies, to …".)
        let appositive_end = (e < n && self.w(e) == ",")
            .then(|| (e + 1..n.min(e + 8)).find(|&q| self.w(q) == ","))
            .flatten();
        let to = (e..n.min(e + 10))
            .take_while(|&q| {
                self.at[q].is_none() || q == e || appositive_end.is_some_and(|c| q < c)
            })
            .find(|&q| self.w(q) == "to" || self.is_boundary(q) && self.w(q) != ",")
            .filter(|&q| self.w(q) == "to")?;
        let mut v = to + 1;
        while v < n && (self.ly_adverb(v) || self.is_quote(v)) {
            v += 1;
        }
        if v >= n || self.at[v].is_some() {
            return None;
        }
        // "urged Gondor not to …".
        if to > 0 && self.w(to - 1) == "not" {
            return Some(true);
        }
        let given_way = matches!(&self.cues[v], Some((_, g))
            if matches!(self.lex.cues[g.cue].category, Category::CONCEDE | Category::RETREAT));
        // "give up", "give back", "give way", "give access" give way; "give an assessment"
        // does not.
        let gives_up = self.w(v) == "give"
            && v + 1 < n
            && matches!(self.w(v + 1), "up" | "back" | "way" | "in" | "access");
        Some(given_way || gives_up || self.is(WordClass::GiveWay, v))
    }

    /// The subject of the main clause after an opening phrase ending near `end` ("In talks
    /// with Gondor, Elessar said …"): the first verb cue or reporting verb after the phrase's
    /// comma.
    fn main_subject_after(&self, end: usize) -> Vec<usize> {
        let n = self.toks.len();
        let comma = (end..n.min(end + 12))
            .take_while(|&q| !self.is_boundary(q) || self.w(q) == ",")
            .find(|&q| self.w(q) == ",");
        let verb = comma.and_then(|c| {
            (c + 1..n.min(c + 10)).find(|&q| self.is_verb_cue(q) || self.is_report(q))
        });
        verb.map(|v| self.subject(v)).unwrap_or_default()
    }

    /// Whether token `j` reads as a bare verb with an object of its own: a plain lower-case
    /// word that is no determiner, preposition or function word ("help stop X", "help end
    /// the war").
    fn bare_verb_at(&self, j: usize) -> bool {
        j < self.toks.len()
            && self.plain_word(j)
            && !self.capitalised(j)
            && !self.is(WordClass::Determiner, j)
            && !self.is_preposition(j)
            && !self.lex.words.is_any(self.w(j))
    }

    fn ends_object(&self, j: usize) -> bool {
        self.w(j) == "," || self.w(j) == "by" || self.is_boundary(j) || self.is_verb_cue(j)
    }

    /// A title then a person in apposition, from token `k`: "the Rohirric envoy, Cirdan Ship".
    fn titled_appositive(&self, k: usize) -> Option<usize> {
        let n = self.toks.len();
        let mut q = k;
        let mut titled = false;
        while q < n && q < k + 7 {
            // A demonym inside the title: "the Rohirric envoy, …".
            if let Some(m) = self.mention(q) {
                if self.ments[m].form != MentionForm::Adjective {
                    break;
                }
                q = self.ments[m].end;
                continue;
            }
            // (A plural title before names: "the two journalists, A and B".)
            let role = self.role_word(q)
                || self
                    .w(q)
                    .strip_suffix('s')
                    .is_some_and(|w| self.lex.roles.get(w) == Some(&RoleClass::Head));
            // Also a lower-case title after an article (or a count) and a modifier or two,
            // with its "of" complement: "the new army chief of staff, B".
            let article = q == k
                && ((self.is(WordClass::Determiner, q) && self.w(q) == "the")
                    || self.count_word(q));
            let modifier = !titled
                && q > k
                && q < k + 4
                && (self.w(k) == "the" || self.count_word(k))
                && self.at[q].is_none()
                && !self.is_boundary(q)
                && self.toks[q].lower.chars().all(char::is_alphabetic);
            let of = titled && self.w(q) == "of" && q + 1 < n && self.at[q + 1].is_none();
            let of_word = titled
                && self.w(q - 1) == "of"
                && self.at[q].is_none()
                && self.toks[q].lower.chars().all(char::is_alphabetic);
            if !(role || self.capitalised(q) || article || modifier || of || of_word) {
                break;
            }
            titled |= role;
            q += 1;
        }
        if !titled || q + 1 >= n || self.w(q) != "," {
            return None;
        }
        // Past the person's own rank: "his deputy, Lieutenant Colonel B".
        let mut p = q + 1;
        while p + 1 < n && p < q + 4 && self.mention(p).is_none() && self.role_word(p) {
            p += 1;
        }
        self.mention(p)
            .filter(|&p| self.ments[p].person && !self.attributes(p))
    }

    /// The holder of a stance compound whose target is mention `m`: the mention after "of"
    /// past one or two head-noun words ("anti-Arnor line of Gondor").
    fn stance_holder(&self, m: usize) -> Option<usize> {
        let e = self.ments[m].end;
        let mut k = e;
        while k < self.toks.len() && k < e + 2 && self.plain_word(k) && self.w(k) != "of" {
            k += 1;
        }
        if k > e && k + 1 < self.toks.len() && self.w(k) == "of" {
            self.mention(self.past_article(k + 1))
        } else {
            None
        }
    }

    /// "A joined B in (a statement) condemning C": the participle at `v` is the act of both
    /// B and A (the subject of "join").
    fn joined_in(&self, v: usize) -> Option<Vec<usize>> {
        if !matches!(&self.cues[v], Some((_, f)) if f.form == Some(VerbForm::Ing)) {
            return None;
        }
        let at_in = (v.saturating_sub(5)..v)
            .rev()
            .find(|&q| self.w(q) == "in")
            .filter(|&q| {
                (q + 1..v).all(|t| {
                    self.mention(t).is_none()
                        && !self.is_verb_cue(t)
                        && self.toks[t].lower.chars().all(char::is_alphabetic)
                })
            })?;
        let b = self.mention(at_in.checked_sub(1)?)?;
        let mut j = self.ments[b].start.checked_sub(1)?;
        if j > 0 && self.is(WordClass::Determiner, j) {
            j -= 1;
        }
        let join =
            Some(j).filter(|&j| matches!(self.w(j), "join" | "joins" | "joined" | "joining"))?;
        let mut group = self.coordinated(b, false);
        for a in self.subject(join) {
            if !group.contains(&a) {
                group.push(a);
            }
        }
        Some(group)
    }

    /// "blocked a (Council) statement in support of Gondor", "vetoed a resolution backing
    /// Gondor": the object is a thing for someone, who is the one acted on. A participant
    /// named before it only modifies the thing ("a Council statement"); "attacked Arnor in
    /// support of Rohan" is an act on Arnor.
    fn in_support_of(&self, from: usize) -> Option<usize> {
        let n = self.toks.len();
        let mut j = from;
        while j < n && j < from + OBJECT_WINDOW {
            let after = match self.w(j) {
                "in" if j + 2 < n
                    && matches!(self.w(j + 1), "support" | "favour" | "favor")
                    && self.w(j + 2) == "of" =>
                {
                    j + 3
                }
                "supporting" | "backing" if j > from => j + 1,
                _ => {
                    if let Some(m) = self.mention(j) {
                        // A modifier: a plain word follows it.
                        let e = self.ments[m].end;
                        let modifies = e < n
                            && self.plain_word(e)
                            && !self.is_preposition(e)
                            && !matches!(
                                self.w(e),
                                "in" | "of" | "by" | "from" | "and" | "or" | "that"
                            );
                        if !modifies {
                            return None;
                        }
                        j = e;
                    } else if self.is_boundary(j) || self.w(j) == "," || self.cues[j].is_some() {
                        return None;
                    } else {
                        j += 1;
                    }
                    continue;
                }
            };
            return self
                .mention(self.past_article(after))
                .filter(|&m| !self.locative(m));
        }
        None
    }

    /// The person a title starting at `k` leads to, its state inside the title: "President of
    /// the Republic of Rohan Theoden Horse" in "with A and President of … B".
    fn titled_person(&self, k: usize) -> Option<usize> {
        let n = self.toks.len();
        let mut q = k;
        let mut titled = false;
        while q < n && q < k + 10 {
            if let Some(m) = self.mention(q) {
                if self.ments[m].person {
                    return titled.then_some(m);
                }
                // A body opening the title: "Air Force Chief of Staff Colonel B".
                let body_title = q == k
                    && self.ments[m].end < n
                    && self.role_word(self.ments[m].end)
                    && !self.ments[m].possessive;
                if self.ments[m].form != MentionForm::Adjective
                    && self.lex.state(&self.ments[m].actor).is_none()
                    && !body_title
                {
                    return None;
                }
                q = self.ments[m].end;
                continue;
            }
            let role = self.role_word(q);
            // The state's formal name, its mention dropped as part of the title; also a
            // demonym opening the title ("Greek Prime Minister Costas Simitis").
            // Also up to three capitalised words naming a body before the title: "Air Force
            // chief B".
            let formal = (titled && (matches!(self.w(q), "of" | "the") || self.capitalised(q)))
                || (q < k + 3 && (k..=q).all(|j| self.capitalised(j)));
            if !(role || formal) {
                return None;
            }
            titled |= role;
            q += 1;
        }
        None
    }

    /// The people coordinated with `p`, each conjunct's titled appositive taken for it.
    fn appositive_group(&self, p: usize) -> Vec<usize> {
        self.coordinated(p, false)
            .into_iter()
            .map(|c| self.appositive_person(c).unwrap_or(c))
            .collect()
    }

    fn object(&self, from: usize) -> Vec<usize> {
        if let Some(m) = self.in_support_of(from) {
            return self.coordinated(m, false);
        }
        // A reflexive object is the subject itself: in "would defend itself against Rohan"
        // no one named after "against" is acted on (but "distanced itself from Rohan").
        if from + 1 < self.toks.len() && reflexive(self.w(from)) && self.w(from + 1) == "against" {
            return Vec::new();
        }
        let mut j = from;
        // Past the closing quotation mark of a quoted verb: 'X "strongly condemned" Y' (not an
        // opening one: 'condemned "the violation of Gondor's territory"').
        let closing = self.is_quote(from.min(self.toks.len().saturating_sub(1)))
            && (from.saturating_sub(4)..from).any(|q| self.is_quote(q));
        // Past an opening one only when a mention starts right after it: 'condemned "the vile
        // attack"', the attack standing for its agent (`event_anaphora`).
        let opening = !closing
            && from + 1 < self.toks.len()
            && self.is_quote(from)
            && self
                .mention(from + 1)
                .is_some_and(|m| self.ments[m].start == from + 1);
        if closing || opening {
            j += 1;
        }
        // Past a second verb sharing the object: "condemns and rejects the resolution", also
        // after an adverb ("deplores and firmly opposes") and inside a quotation ('"deplores
        // and firmly opposes" the remarks').
        if j + 1 < self.toks.len() && self.w(j) == "and" {
            let v = if j + 2 < self.toks.len() && self.ly_adverb(j + 1) {
                j + 2
            } else {
                j + 1
            };
            if let Some((e, f)) = &self.cues[v] {
                if f.pos == Pos::Verb && f.rest.is_empty() {
                    j = *e;
                    if j < self.toks.len()
                        && self.is_quote(j)
                        && (j.saturating_sub(8)..v).any(|q| self.is_quote(q))
                    {
                        j += 1;
                    }
                }
            } else if v + 1 < self.toks.len()
                && self.plain_word(v)
                && self.is_quote(v + 1)
                && (j.saturating_sub(8)..j).any(|q| self.is_quote(q))
            {
                // (Also a second verb that is no cue, closing the quotation: 'X "supports and
                // respects" Y'.)
                j = v + 2;
            }
        }
        let from = j;
        // What someone said, named with "by" after it: "condemned the remarks by X" is against
        // X (past one modifier: "the recent remarks by X").
        let n = self.toks.len();
        if from + 3 < n && self.is(WordClass::Determiner, from) {
            let said = |k: usize| {
                let w = self.w(k);
                self.lex.words.is_noun(WordClass::Saying, w)
            };
            let noun = [from + 1, from + 2]
                .into_iter()
                .find(|&k| k < n && said(k) && (from + 1..k).all(|q| self.plain_word(q)));
            if let Some(k) = noun.filter(|&k| k + 2 < n && self.w(k + 1) == "by") {
                if let Some(m) = self.mention(self.past_article(k + 2)) {
                    return self.coordinated(m, false);
                }
            }
        }
        // An object pronoun no one was found for is the object: "sanctioned A and B, accusing
        // them of facilitating Mordor's deployment" is not against Mordor.
        if from < self.toks.len()
            && self.at[from].is_none()
            && matches!(self.w(from), "them" | "him" | "us" | "me")
            && !self.capitalised(from)
        {
            return Vec::new();
        }
        // A lower-case title naming no one before the person in apposition: "met the new army
        // chief of staff, General B".
        if from < self.toks.len()
            && (self.w(from) == "the" || self.count_word(from))
            && self.mention(from + 1).is_none()
        {
            if let Some(p) = self.titled_appositive(from) {
                return self.coordinated(p, false);
            }
        }
        // What one asks for names no one acted on: "rejected a request for the extradition of
        // X", "rejects extradition request for X" (not "Gondor's request for …", whose asker
        // comes first).
        let asked = (from..(from + 4).min(self.toks.len()))
            .take_while(|&q| self.at[q].is_none() && !self.is_boundary(q))
            .any(|q| {
                self.is(WordClass::Proposal, q) && q + 1 < self.toks.len() && self.w(q + 1) == "for"
            });
        if asked {
            return Vec::new();
        }
        // A document named with its author after it: "rejects the resolution on the situation
        // in Gondor adopted by the Council (on Monday)" acts on the Council.
        let document = (from..(from + 3).min(self.toks.len()))
            .take_while(|&q| self.at[q].is_none())
            .find(|&q| self.is_document(q));
        if let Some(d) = document {
            let author = (d + 1..(d + 14).min(self.toks.len()))
                .take_while(|&q| self.w(q) != "," && !(self.is_boundary(q) && self.at[q].is_none()))
                .find(|&q| {
                    self.w(q) == "by"
                        && q > d + 1
                        && self.w(q - 1).ends_with("ed")
                        && self.at[q - 1].is_none()
                        && !self.is_verb_cue(q - 1)
                })
                .and_then(|q| self.mention(self.past_article(q + 1)));
            if let Some(a) = author {
                return self.coordinated(a, false);
            }
        }
        let mut window = from + OBJECT_WINDOW;
        // Within a long title that opens the object, its capitalised words before its holder's
        // name do not count: "summoned Chargé d'Affaires of the Kingdom of Arnor in the Republic
        // of Gondor Bard Bow".
        let mut title_run = true;
        let mut titled = false;
        while j < self.toks.len() && j < window {
            // "met on the sidelines of the NATO summit": the occasion names no one met.
            if self.is(WordClass::Venue, j) {
                break;
            }
            // A phrase of the occasion naming no one ends it: "in solidarity with a
            // neighbouring ally during the war over Gondor" names no one acted on.
            if j > from
                && self.is(WordClass::Locative, j)
                && self.is(WordClass::Occasion, j)
                && self.at[j].is_none()
                && j + 1 < self.toks.len()
                && self.mention(self.past_article(j + 1)).is_none()
            {
                break;
            }
            // (Also after the verb's "with": "met with Minister of Agriculture of …".)
            title_run &= self.capitalised(j)
                || self.role_word(j)
                || matches!(self.w(j), "the" | "of" | "in" | "to")
                || (j == from && self.w(j) == "with");
            titled |= title_run && self.role_word(j);
            if title_run
                && titled
                && self.capitalised(j)
                && self.at[j].is_none()
                && window < from + 2 * OBJECT_WINDOW
            {
                window += 1;
            }
            // "bombed what Gondor described as a camp of Mordor's army": the speaker of the
            // description is no object.
            if self.w(j) == "what" && self.at[j].is_none() {
                let r = (j + 1..(j + 5).min(self.toks.len()))
                    .find(|&r| self.is_report(r) || self.w(r) == "called");
                if let Some(r) = r {
                    j = if self.toks.get(r + 1).is_some_and(|t| t.lower == "as") {
                        r + 2
                    } else {
                        r + 1
                    };
                    // (Past the description's opening mark when it names someone: 'what
                    // it called "a new Gondorian crime"', not 'the "naked aggression" of …'.)
                    let mut q = j;
                    while q < self.toks.len()
                        && q < r + 4
                        && (self.is_quote(q) || self.is(WordClass::Determiner, q))
                    {
                        q += 1;
                    }
                    let named = (q..self.toks.len().min(q + 6))
                        .take_while(|&t| !self.is_quote(t))
                        .any(|t| self.at[t].is_some());
                    if q > j && (j..q).any(|t| self.is_quote(t)) && named {
                        j = q;
                    }
                    window = j + OBJECT_WINDOW;
                    continue;
                }
            }
            // "recalled its (own) ambassador in Annuminas (, Bard Bow,)": the subject's own
            // envoy stands for its relations with the host state.
            if matches!(self.w(j), "its" | "their") {
                let mut k = j + 1;
                if k < self.toks.len() && self.w(k) == "own" {
                    k += 1;
                }
                let envoy = |k: usize| {
                    k < self.toks.len()
                        && matches!(
                            self.lex.roles.get(self.w(k)),
                            Some(crate::lexicon::RoleClass::Envoy)
                        )
                };
                if envoy(k) && k + 2 < self.toks.len() && self.w(k + 1) == "in" {
                    if let Some(host) = self.mention(k + 2).filter(|&h| {
                        self.ments[h].start == k + 2
                            && self.lex.state(&self.ments[h].actor).is_some()
                    }) {
                        return vec![host];
                    }
                }
            }
            if let Some(m) = self.mention(j) {
                // Nor is whom a stance compound is for or against: "denounced the
                // anti-Arnorian campaign" acts on no Arnorian.
                let b = self.ments[m].start;
                if b >= 2 && self.w(b - 1) == "-" && matches!(self.w(b - 2), "anti" | "pro") {
                    j = self.ments[m].end;
                    continue;
                }
                // A backer before a hyphen is no object: "struck Iran-backed Hezbollah" acts on
                // Hezbollah, "shelled Russian-backed separatists" on the separatists.
                let e = self.ments[m].end;
                let n = self.toks.len();
                if e + 2 < n
                    && self.w(e) == "-"
                    && self.toks[e - 1].end == self.toks[e].start
                    && self.toks[e].end == self.toks[e + 1].start
                    && self.w(e + 1).ends_with("ed")
                {
                    let backed = (e + 2..(e + 4).min(n))
                        .find_map(|q| self.mention(q).filter(|&o| self.ments[o].start == q));
                    if let Some(o) = backed {
                        j = self.ments[o].start;
                        continue;
                    }
                    // Nor an agent of a hostile participle when what it acts on names no one:
                    // "act against UN-designated terrorist groups" (but "criticised the US-led
                    // coalition" criticises the US).
                    let hostile = matches!(&self.cues[e + 1], Some((_, c)) if c.pos == Pos::Verb
                        && self.lex.cues[c.cue].stance == crate::lexicon::Stance::Against);
                    if hostile {
                        j = e + 2;
                        continue;
                    }
                }
                // A clause joined by "and" after an object that names no one: in "killed 40
                // soldiers in Osgiliath and Rohirric jets struck …" the jets are no object.
                let mut b = self.ments[m].start;
                if b > from && self.is(WordClass::Determiner, b - 1) {
                    b -= 1;
                }
                let e = self.ments[m].end;
                let clause = b > from + 1
                    && matches!(self.w(b - 1), "and" | "but")
                    && e < self.toks.len()
                    && (matches!(&self.cues[e], Some((_, g)) if g.pos == Pos::Verb
                        && g.form != Some(VerbForm::Ing))
                        || (self.cues[e].is_none()
                            && self.is_report(e)
                            && !self.w(e).ends_with("ing")));
                if clause {
                    return Vec::new();
                }
                // "called on Arnor's Western partners", "urged the two Arnorian allies":
                // others, named by their tie to it.
                // (Also a name used as a modifier: "the two U.S. allies"; not "both
                // neighbours", which names the pair.)
                let pair = self.ments[m].pair
                    || (m > 0
                        && self.ments[m - 1].pair
                        && self.ments[m - 1].end == self.ments[m].start);
                // "arrested Bard Bow's son (, Elrond Bow)": a relative named after a person's
                // possessive and a family noun is the object, not the person; unnamed, no one.
                if self.ments[m].person && self.ments[m].possessive {
                    let k = self.ments[m].end + 1;
                    if k < self.toks.len() && self.is(WordClass::Kin, k) {
                        let named =
                            k + 1 + usize::from(k + 1 < self.toks.len() && self.w(k + 1) == ",");
                        return match self.mention(named) {
                            Some(r) if self.ments[r].start == named => self.coordinated(r, false),
                            _ => Vec::new(),
                        };
                    }
                }
                if !self.ments[m].person && !pair {
                    let e = self.ments[m].end + usize::from(self.ments[m].possessive);
                    // As a modifier, within its noun phrase ("the US and our allies" names
                    // the US).
                    let reach = if self.ments[m].possessive { 3 } else { 2 };
                    let associate = (e..(e + reach).min(self.toks.len()))
                        .take_while(|&q| {
                            (self.mention(q).is_none() || q == e)
                                && (self.ments[m].possessive
                                    || self.plain_word(q)
                                    || self.is(WordClass::Associate, q))
                        })
                        .any(|q| self.is(WordClass::Associate, q));
                    if associate {
                        return Vec::new();
                    }
                }
                // "the anti-Arnor line of Gondor": the stance's target is not the object;
                // its holder is.
                let s = self.ments[m].start;
                if s >= 2 && self.w(s - 1) == "-" && matches!(self.w(s - 2), "anti" | "pro") {
                    if let Some(h) = self.stance_holder(m) {
                        return self.coordinated(h, false);
                    }
                }
                // "its Gondorian counterpart, …": a possessive pronoun opening the object is
                // its determiner, not the participant.
                // Also before a demonym: "its South Korean ally".
                let determiner = j + 1 < self.toks.len()
                    && self
                        .mention(j + 1)
                        .is_none_or(|n| self.ments[n].form == MentionForm::Adjective);
                // ("her" before a preposition or punctuation is the object: "accused her of").
                let her_object = self.w(j) == "her"
                    && super::discover::her_is_object(
                        self.lex,
                        (j + 1 < self.toks.len()).then(|| self.w(j + 1)),
                    );
                // (Not one standing for its owner before what they asked for: "backed her
                // call", as "backed Gondor's call".)
                let owner = self.mention(j).is_some_and(|k| self.ments[k].possessive);
                if matches!(self.w(j), "its" | "his" | "her") && determiner && !her_object && !owner
                {
                    j += 1;
                    continue;
                }
                // A place naming a branch of someone: "raided the Minas Tirith office of
                // Palantir News" acts on Palantir News.
                let e = self.ments[m].end;
                if self.lex.state(&self.ments[m].actor).is_some()
                    && self.ments[m].form == MentionForm::Name
                    && !self.ments[m].possessive
                    && e + 2 < self.toks.len()
                    && self.plain_word(e)
                    && !self.is_preposition(e)
                    && self.w(e + 1) == "of"
                {
                    if let Some(o) = self.mention(e + 2) {
                        return self.coordinated(o, false);
                    }
                }
                // Right after the cue, a place preposition was the cue's own ("hit out at"),
                // also before an article ("fired rockets at the Gondorian army").
                let own = self.ments[m].start == from
                    || (self.ments[m].start == from + 1 && self.is(WordClass::Determiner, from));
                if !self.locative(m) || own {
                    if let Some(p) = self.appositive_person(m) {
                        // "his Arnorian counterpart, Elrond Half, and the Rohirric envoy, …"
                        return self.appositive_group(p);
                    }
                    let members = super::discover::members(self.lex, self.toks, self.ments, m);
                    if !members.is_empty() && !members.iter().any(|&p| self.attributes(p)) {
                        return members;
                    }
                    return self.coordinated(m, false);
                }
                j = self.ments[m].end;
                continue;
            }
            if self.w(j) == "," {
                // A title, then the person in apposition: "his Arnorian counterpart, Elrond
                // Half, and …".
                let titled = (from..j).any(|q| self.role_word(q));
                if let Some(p) = self.mention(j + 1).filter(|&p| {
                    titled && j + 1 < self.toks.len() && self.ments[p].person && !self.attributes(p)
                }) {
                    return self.appositive_group(p);
                }
            }
            // "the licences of groups including Oxfam, Palantir News and …": the list's
            // members, past names that are no known actor.
            if self.w(j) == "including" {
                let first = (j + 1..(j + 8).min(self.toks.len()))
                    .take_while(|&q| {
                        self.at[q].is_some()
                            || self.capitalised(q)
                            || matches!(self.w(q), "," | "and" | "the")
                    })
                    .find_map(|q| self.mention(q));
                if let Some(m) = first {
                    return self.coordinated(m, false);
                }
            }
            // "raided a cafe owned by Gondorian nationals": the owner is the one acted on.
            let owner_by = self.w(j) == "by" && j > from && self.is(WordClass::Owner, j - 1);
            // "rejected claims by Gondorian officials": who said it is the one rejected.
            let said_by = self.w(j) == "by" && j > from && {
                let w = self.w(j - 1);
                self.lex.words.is_noun(WordClass::Saying, w)
            };
            // A participle used as an adjective: "freed three of 49 detained Rohirric soldiers",
            // "backed (heavily) armed Gondorian gunmen".
            let adjectival = self.w(j).ends_with("ed")
                && self.at[j].is_none()
                && self
                    .mention(j + 1)
                    .is_some_and(|m| self.ments[m].start == j + 1)
                && (j == from
                    || self.ly_adverb(j - 1)
                    || self.is(WordClass::Determiner, j - 1)
                    || self.is(WordClass::Quantity, j - 1)
                    || self.w(j - 1).bytes().all(|b| b.is_ascii_digit())
                    || self.w(j - 1) == "of");
            // A quoted head inside the phrase, its "of" after it: 'condemned the "naked
            // aggression" of Gondor' (an "on" names a deed's victim, no object of a reaction).
            if self.is_quote(j) {
                let n = self.toks.len();
                let close = (j + 1..(j + 7).min(n)).find(|&q| self.is_quote(q));
                if let Some(c) = close.filter(|&c| {
                    c > j + 1
                        && c + 2 < n
                        && (j + 1..c).all(|q| self.at[q].is_none())
                        && self.w(c + 1) == "of"
                }) {
                    j = c + 1;
                    continue;
                }
            }
            if self.ends_object(j) && !owner_by && !said_by && !adjectival {
                break;
            }
            // Another act's cue after a preposition opens that act's own phrase: "ordered the
            // envoy to leave in solidarity with Gondor" (not "suspended a pact with Gondor").
            if j > from && self.cues[j].is_some() && self.is_preposition(j - 1) {
                break;
            }
            j += 1;
        }
        Vec::new()
    }

    /// The agent of an earlier passive the passive at `v` is joined to by "and" ("was arrested
    /// by Gondor in 2019 and (was) hanged on Saturday"), within its clause.
    fn earlier_passive_agent(&self, v: usize) -> Option<Vec<usize>> {
        let mut j = v;
        while j > 0
            && (self.aux_word(j - 1) || self.is(WordClass::BeAux, j - 1) || self.ly_adverb(j - 1))
        {
            j -= 1;
        }
        if j < 2 || self.w(j - 1) != "and" {
            return None;
        }
        let and = j - 1;
        (and.saturating_sub(20)..and)
            .rev()
            .take_while(|&k| self.w(k) != ";" && !self.is_quote(k))
            .find_map(|k| match &self.cues[k] {
                Some((e, f))
                    if f.pos == Pos::Verb && *e <= and && self.passive_aux(k).is_some() =>
                {
                    Some(self.agent(*e)).filter(|a| !a.is_empty())
                }
                _ => None,
            })
    }

    /// The agent of a passive: a mention after "by" right after the participle.
    fn agent(&self, from: usize) -> Vec<usize> {
        let mut j = from;
        // A verb of judging's "as" phrase may come first: "was condemned as illegal by …",
        // 'rejected as "a provocation" by …'.
        let judged = from < self.toks.len() && self.w(from) == "as";
        let judges_as = |j: usize| judged && j == from;
        let reach = if judged { 12 } else { 8 };
        // Past a head noun of a few tokens: "the downing of a Gondorian Su-24 bomber by …".
        while j < self.toks.len() && j < from + reach {
            if self.w(j) == "by" {
                // The agent heads the phrase after "by", not one further on ("by the English
                // FA for shoving referee X").
                let mut agent = self.object(j + 1);
                let near =
                    |m: &usize| (j + 1..self.ments[*m].start).all(|q| !self.is_preposition(q));
                if !agent.first().is_some_and(near) {
                    agent.clear();
                }
                // A name modifying an act's noun names no agent: "delayed by Ivory Coast peace
                // talks" (up to one plain word before the noun).
                let modifier = agent.first().is_some_and(|&m| {
                    let e = self.ments[m].end;
                    self.ments[m].form == MentionForm::Name
                        && !self.ments[m].possessive
                        && (e..self.toks.len().min(e + 2))
                            .take_while(|&q| {
                                self.mention(q).is_none()
                                    && !self.capitalised(q)
                                    && self.toks[q].lower.chars().all(char::is_alphabetic)
                            })
                            .any(|q| matches!(&self.cues[q], Some((_, c)) if c.pos == Pos::Noun)
                                && (e..q).all(|r| self.plain_word(r) && !self.verb_like(r)))
                        // (Not a body's name: "by the Tokyo war crimes tribunal".)
                        && !(e..self.toks.len().min(e + 4)).any(|q| {
                            self.lex.generic.contains_key(self.w(q))
                                || self.is(WordClass::Judicial, q)
                        })
                });
                if modifier {
                    agent.clear();
                }
                // A title, then its holder set off by a comma: "backed by his predecessor,
                // Lord Armstrong".
                if agent.is_empty() {
                    let mut k = j + 1;
                    while k < self.toks.len()
                        && k < j + 5
                        && self.at[k].is_none()
                        && (self.is(WordClass::Determiner, k)
                            || matches!(self.w(k), "his" | "her" | "its" | "their"))
                    {
                        k += 1;
                    }
                    let titled = k < self.toks.len() && self.role_word(k);
                    if titled && k + 2 < self.toks.len() && self.w(k + 1) == "," {
                        if let Some(m) = self.mention(k + 2).filter(|&m| self.ments[m].person) {
                            agent = vec![m];
                        }
                    }
                }
                // Past a relative clause on the last agent, more agents: "by A, which also
                // suspended X, and by B and C".
                if let Some(e) = agent.iter().map(|&m| self.ments[m].end).max() {
                    if e + 1 < self.toks.len()
                        && self.w(e) == ","
                        && matches!(self.w(e + 1), "which" | "who")
                    {
                        let more = (e + 2..self.toks.len().min(e + 20))
                            .take_while(|&q| !self.is_boundary(q) || self.w(q) == ",")
                            .find(|&q| {
                                q + 3 < self.toks.len()
                                    && self.w(q) == ","
                                    && self.w(q + 1) == "and"
                                    && self.w(q + 2) == "by"
                            });
                        if let Some(q) = more {
                            agent.extend(self.object(q + 3));
                        }
                    }
                }
                return agent;
            }
            // 'described it as "unfriendly steps" by Gondor'; not an owner's "by" ("support for
            // the measures taken by Gondor"). A compound's hyphen is no boundary: 'accused of
            // "sabre-rattling" by Gondor'.
            if self.w(j) == ","
                || self.is_boundary(j)
                    && !self.is_quote(j)
                    && !self.compound_hyphen(j)
                    && !judges_as(j)
                || self.is(WordClass::Owner, j)
                || (j > from && self.is_verb_cue(j))
            {
                break;
            }
            // 'dismissed as "speculation" a report by X': an article past the judgement, out
            // of its quotation marks, opens the object, whose "by" is its own.
            if judged
                && j > from + 1
                && self.is(WordClass::Determiner, j)
                && (from..j).filter(|&q| self.is_quote(q)).count() % 2 == 0
            {
                break;
            }
            j += 1;
        }
        Vec::new()
    }

    /// The head a reduced relative clause modifies when mention `m` is inside its agent phrase:
    /// in "Gondorian protesters angered by cartoons of Elrond Half", Elrond Half's phrase
    /// follows "angered by" right after "Gondorian protesters".
    fn reduced_relative_head(&self, m: usize) -> Option<usize> {
        let start = self.ments[m].start;
        if !(start.saturating_sub(8)..start).any(|b| self.w(b) == "by") {
            return None;
        }
        let mut b = start;
        while b > 0 && self.ments[m].start - b < 8 {
            b -= 1;
            if self.w(b) == "by" {
                let part = b.checked_sub(1)?;
                let participle = self.at[part].is_none()
                    && self.w(part).ends_with("ed")
                    && !self.is_verb_cue(part)
                    && !self.is_report(part);
                let head = part.checked_sub(1).and_then(|h| self.mention(h))?;
                return (participle && self.ments[head].end == part && !self.locative(head))
                    .then_some(head);
            }
            let passable = matches!(self.w(b), "of" | "the" | "a" | "an")
                || self.mention(b).is_some()
                || self.plain_word(b);
            if !passable {
                return None;
            }
        }
        None
    }

    /// Who the passive whose auxiliary (or, reduced, whose participle) is at `v` was done to.
    /// A predicate joined to an earlier passive shares its subject ("was welcomed by A, was
    /// deplored by B, and was denounced by C"); a deed or act opening the clause stands for its
    /// agent ("Gondor's decision to withdraw … was condemned by Arnor"); else the subject.
    fn passive_subject(&self, v: usize) -> Vec<usize> {
        if let Some(p) = self.joined_passive(v) {
            return self.passive_subject(p);
        }
        self.deed_subject(v).unwrap_or_else(|| self.subject(v))
    }

    /// The earlier passive a predicate at `v` is joined to by "and" or a comma: the auxiliary
    /// (or reduced participle) of the nearest "… participle by …" before it in its clause.
    fn joined_passive(&self, v: usize) -> Option<usize> {
        let mut k = v;
        if k > 0 && matches!(self.w(k - 1), "and" | "or") {
            k -= 1;
        }
        if k > 0 && self.w(k - 1) == "," {
            k -= 1;
        }
        if k == v {
            return None;
        }
        let mut p = k;
        while p > 1 && k - p < 30 {
            p -= 1;
            // Across a predicate's "as" phrase: "was condemned by A as \"a betrayal\", and …".
            if self.is_boundary(p) && !self.is_quote(p) && self.w(p) != "as" {
                return None;
            }
            if self.w(p) != "by" {
                continue;
            }
            let part = p - 1;
            let participle = self.at[part].is_none()
                && (matches!(&self.cues[part], Some((_, f)) if f.form == Some(VerbForm::Participle))
                    || self.w(part).ends_with("ed"));
            if !participle {
                return None;
            }
            if let Some(aux) = self.passive_aux(part) {
                return Some(aux);
            }
            return (part > 0 && matches!(self.w(part - 1), "and" | "or" | ",")).then_some(part);
        }
        None
    }

    /// The agent of a deed or act heading the subject of the passive whose auxiliary is at
    /// `aux`, the phrase opening its clause: "Gondor's decision to withdraw …", "the Gondorian
    /// decision", "the decision of Gondor", "the decision announced by X on 8 May to …, the pact
    /// which …,". `Some(empty)` for an act with no agent named ("the arrest of Gondor's envoy
    /// was condemned"): the reaction is to whoever did it, not against its victim. `None` when
    /// no such phrase is the subject.
    fn deed_subject(&self, aux: usize) -> Option<Vec<usize>> {
        // Between the head and the auxiliary, every finite verb is in a subordinate clause ("the
        // pact which had traded …", "sanctions that had been suspended"): a relative pronoun or
        // subordinating word before it with no comma between.
        let finite = |j: usize| {
            self.at[j].is_none()
                && (self.is(WordClass::BeAux, j)
                    // Not a participle: "the decision announced by X".
                    || (self.is_report(j) && !(j + 1 < aux && self.w(j + 1) == "by"))
                    || matches!(self.w(j), "has" | "have" | "had" | "will" | "would"))
        };
        let main_clause = |h: usize| {
            let mut subordinate = false;
            let finite_outside = (h + 1..aux).all(|j| {
                let w = self.w(j);
                if matches!(w, ";" | ":" | "?" | "!") {
                    return false;
                }
                if w == "," {
                    subordinate = false;
                } else if self.at[j].is_none()
                    && self.is(WordClass::Boundary, j)
                    && w.chars().all(char::is_alphabetic)
                {
                    subordinate = true;
                }
                subordinate || !finite(j)
            });
            // The passive itself is no relative clause's ("sanctions that had been lifted").
            finite_outside && !subordinate
        };
        let mut h = aux;
        while h > 0 && aux - h < 60 {
            h -= 1;
            let w = self.w(h);
            if matches!(w, ";" | ":" | "?" | "!") {
                return None;
            }
            if self.at[h].is_some() {
                continue;
            }
            let act = matches!(&self.cues[h], Some((_, f)) if f.pos == Pos::Noun);
            let singular = w.strip_suffix('s').unwrap_or(w);
            if !act && !self.lex.words.is(WordClass::Deed, singular) {
                continue;
            }
            // The phrase opens its clause: a determiner, a possessive or a demonym and up to two
            // modifiers before the head, after the sentence's start or a clause boundary.
            let mut s = h;
            while s > 0
                && h - s < 2
                && self.plain_word(s - 1)
                && !self.is(WordClass::Determiner, s - 1)
            {
                s -= 1;
            }
            let owner = (0..s)
                .rev()
                .take(2)
                .find_map(|j| self.mention(j))
                .filter(|&m| {
                    self.ments[m].end == s
                        || (self.ments[m].end + 1 == s && self.ments[m].possessive)
                });
            if let Some(m) = owner {
                s = self.ments[m].start;
            }
            if s > 0 && self.is(WordClass::Determiner, s - 1) {
                s -= 1;
            }
            let opens = s == 0 || {
                let b = s - 1;
                (self.is_boundary(b) || self.is_quote(b))
                    && !matches!(self.w(b), "which" | "who" | "whom" | "whose")
            };
            if !opens || !main_clause(h) {
                continue;
            }
            if let Some(m) = owner.filter(|&m| !self.locative(m)) {
                let named = self.ments[m].possessive
                    || self.ments[m].form == MentionForm::Adjective
                    || self.lex.state(&self.ments[m].actor).is_some();
                return named.then(|| vec![self.specific(m)]).or(act.then(Vec::new));
            }
            // "the decision of Gondor to …" (of an act, "of" names what it was done to).
            if !act && h + 2 < self.toks.len() && self.w(h + 1) == "of" {
                if let Some(m) = self.mention(self.past_article(h + 2)) {
                    return Some(vec![self.specific(m)]);
                }
            }
            // "the decision (announced) by X", "the invasion of Rohan by Gondor".
            let past = h + 2 < aux && self.at[h + 1].is_none() && self.w(h + 1).ends_with("ed");
            let by = if past && self.w(h + 2) == "by" {
                self.named_after(h + 3)
                    .map(|m| self.coordinated(m, false))
                    .unwrap_or_default()
            } else {
                self.act_agent(h + 1)
            };
            return if !by.is_empty() {
                Some(by)
            } else {
                act.then(Vec::new)
            };
        }
        None
    }

    /// The actor of the clause a summarising appositive refers to: "Arnor closed the border, a
    /// move condemned by Gondor" — the subject of the sentence's main clause. Empty when the
    /// participle at `v` does not follow ", a move".
    fn summarised_act(&self, v: usize) -> Vec<usize> {
        let Some(c) = [2, 3]
            .into_iter()
            .filter_map(|d| v.checked_sub(d))
            .find(|&c| self.summary_at(c) == Some(v))
        else {
            return Vec::new();
        };
        // ", a charge X denies": a claim is the act of whoever made it, the subject of the
        // last accusation or reporting verb ("Arnor blamed Gondor for sheltering Y, a charge
        // Gondor denies" is Arnor's); nobody else when that subject is no actor.
        let noun = self.w(c + 1 + usize::from(matches!(self.w(c + 1), "a" | "an" | "the")));
        let claim = matches!(
            noun.strip_suffix('s').unwrap_or(noun),
            "accusation" | "allegation" | "assertion" | "charge" | "claim" | "version"
        );
        if claim {
            return (0..c)
                .rev()
                .find(|&j| {
                    self.is_report(j)
                        || matches!(&self.cues[j], Some((_, f))
                            if f.pos == Pos::Verb
                                && self.lex.cues[f.cue].category == Category::ACCUSE)
                })
                .map(|j| {
                    // "X has been accused by Y of …, a charge X denies": the agent accuses.
                    if self.passive_aux(j).is_some() {
                        let end = match &self.cues[j] {
                            Some((e, _)) => *e,
                            None => j + 1,
                        };
                        return self.agent(end);
                    }
                    let subject = self.subject(j);
                    if subject.is_empty() {
                        // ", accusing Y of …": the main clause's subject.
                        self.participial_subject(j)
                    } else {
                        subject
                    }
                })
                .unwrap_or_default();
        }
        // The act of the clause right before: "…after Gondor froze the talks, a decision
        // Rohan denounced" is Gondor's; not one of a clause opening the sentence ("When Arnor
        // began …, Gondor responded by …, a step …").
        let opening = (self.at[0].is_none()
            && self.is(WordClass::Boundary, 0)
            && self.w(0).chars().all(char::is_alphabetic))
        .then(|| (1..c).find(|&j| self.w(j) == ","))
        .flatten()
        .map_or(0, |j| j + 1);
        if let Some(j) = (opening..c).rev().find(|&j| self.is_verb_cue(j)) {
            let subj = self.subject(j);
            if !subj.is_empty() {
                return subj;
            }
        }
        // A named participant, not a pronoun ("triggering its mechanism").
        (opening..c)
            .find_map(|j| {
                self.mention(j)
                    .filter(|&m| !self.locative(m) && self.capitalised(self.ments[m].start))
            })
            .map(|m| self.coordinated(m, false))
            .unwrap_or_default()
    }

    /// The antecedent of an object relative clause whose subject starts at `s`: "Kabylie's
    /// movement, which Arnor blamed for the fires" (the mention before the comma, unless a
    /// preposition governs it), "…, a step Rohan condemned" (the main clause's first
    /// participant, as for `summarised_act`).
    fn relative_object(&self, s: usize) -> Vec<usize> {
        // The subject's title goes with it: "…, a decision that Prime Minister Elrond Half
        // denounced".
        let mut s = s;
        while s > 0
            && (self.role_word(s - 1)
                || self
                    .mention(s - 1)
                    .is_some_and(|m| self.ments[m].form == MentionForm::Adjective))
        {
            s -= 1;
        }
        // And its article: "…, whom the Gondorian authorities accuse of …".
        if s > 0 && matches!(self.w(s - 1), "the" | "a" | "an") {
            s -= 1;
        }
        if s >= 3 && matches!(self.w(s - 1), "which" | "whom") && self.w(s - 2) == "," {
            // Past an acronym in parentheses: "the Kabylie Movement (KM), which …".
            let mut e = s - 2;
            if self.w(e - 1) == ")" {
                e = (0..e - 1).rev().find(|&o| self.w(o) == "(").unwrap_or(0);
            }
            // "whom" past a person's apposition: "Elrond Half, the head of Gondor's
            // intelligence, whom Rohan blamed …" — the person.
            if self.w(s - 1) == "whom" {
                if let Some(p) = self.apposed_person(s - 2) {
                    return vec![p];
                }
            }
            // Also before a group noun: "Al Shabaab militants, whom Nairobi blames …".
            if e > 1
                && self.mention(e - 1).is_none()
                && self.lex.generic.contains_key(self.w(e - 1))
            {
                e -= 1;
            }
            return e
                .checked_sub(1)
                .and_then(|k| self.mention(k))
                .filter(|&m| self.ments[m].end == e && !self.locative(m) && !self.governed(m))
                .map(|m| vec![self.specific(m)])
                .unwrap_or_default();
        }
        let k = if s > 0 && matches!(self.w(s - 1), "that" | "which") {
            s - 1
        } else {
            s
        };
        self.summarised_act(k)
    }

    /// "Blinken reaffirmed Washington's support for …": the listed person or body who voices
    /// their own state's act (the subject of a light verb right before the state's
    /// possessive mention `m`).
    fn own_state_voiced(&self, m: usize) -> Option<usize> {
        let state = &self.lex.state(&self.ments[m].actor)?.id;
        let mut v = self.ments[m].start.checked_sub(1)?;
        if self.is(WordClass::Skip, v) || self.ly_adverb(v) {
            v = v.checked_sub(1)?;
        }
        if !self.idx.light.contains(self.w(v)) {
            return None;
        }
        // Also one found in the text, titled by the state: "Cuban President Raul Castro".
        let titled = |s: usize| {
            let mut k = self.ments[s].start;
            while k > 0 && self.ments[s].start - k < 5 {
                k -= 1;
                if let Some(t) = self.mention(k) {
                    return self.ments[t].actor == *state;
                }
                // The demonym taken into the person's name when it was found.
                let demonym = self.lex.state(state).is_some_and(|a| {
                    a.names()
                        .chain(a.adjectives.iter().map(String::as_str))
                        .any(|n| n.eq_ignore_ascii_case(self.w(k)))
                });
                if demonym {
                    return true;
                }
                if !(self.role_word(k) || self.capitalised(k)) {
                    return false;
                }
            }
            false
        };
        self.subject(v).into_iter().find(|&s| {
            self.ments[s].actor != *state
                && (self
                    .lex
                    .top(&self.ments[s].actor)
                    .is_some_and(|t| t.id == *state)
                    || (self.ments[s].person && titled(s)))
        })
    }

    /// The first group of two or more coordinated participants ("Arnor and Gondor") that shares
    /// no one with `others`; failing that, the two distinct actors named before the cue at
    /// `cue` (other than `others` and their own title's state), if there are exactly two.
    /// Whether mention `m` is one of the two a pair noun stands for ("both sides").
    fn paired(&self, m: usize) -> bool {
        self.ments[m].pair
            || (m > 0 && self.ments[m - 1].pair && self.ments[m - 1].end == self.ments[m].start)
    }

    fn parties(&self, others: &[usize], cue: usize) -> Vec<usize> {
        // (Compared by actor: a title's demonym and the name after it are one participant.)
        let other = |x: &usize| {
            others
                .iter()
                .any(|&o| self.ments[o].actor == self.ments[*x].actor)
        };
        let together = (0..self.ments.len())
            .filter(|&m| !self.locative(m) && !other(&m) && !self.paired(m))
            .map(|m| self.coordinated(m, false))
            .find(|g| g.len() >= 2 && !g.iter().any(other));
        if let Some(g) = together {
            return g;
        }
        // "A restored ties with B after mediation by C": exactly two other actors named before
        // the cue (under any of their names) are the parties; not the mediator's own state
        // in its title ("Rohan's King Bard Bow").
        let mut firsts: Vec<usize> = Vec::new();
        for m in (0..self.ments.len()).filter(|&m| self.ments[m].end <= cue) {
            let other = others.iter().any(|&o| {
                self.ments[o].actor == self.ments[m].actor
                    || ((self.ments[m].end..=self.ments[m].end + 3).contains(&self.ments[o].start)
                        && (self.ments[m].end..self.ments[o].start)
                            .all(|k| self.w(k) == "'s" || self.capitalised(k)))
            });
            if self.locative(m)
                || other
                || firsts
                    .iter()
                    .any(|&f| self.ments[f].actor == self.ments[m].actor)
            {
                continue;
            }
            firsts.push(m);
        }
        if firsts.len() == 2 {
            firsts
        } else {
            Vec::new()
        }
    }

    /// The agent of an act named as an object: "the attack by Arnor" after token `from`, across
    /// a short noun phrase that may hold quotation marks.
    fn act_agent(&self, from: usize) -> Vec<usize> {
        // Past "what he called (as)": 'condemned what he called "another attack on free
        // press" by X'.
        let from = if from < self.toks.len() && self.w(from) == "what" {
            (from + 1..(from + 5).min(self.toks.len()))
                .find(|&r| self.is_report(r) || self.w(r) == "called")
                .map_or(from, |r| {
                    if self.toks.get(r + 1).is_some_and(|t| t.lower == "as") {
                        r + 2
                    } else {
                        r + 1
                    }
                })
        } else {
            from
        };
        let mut j = from;
        while j < self.toks.len() && j < from + 10 {
            // "events organised by X", "events involving X".
            if matches!(self.w(j), "by" | "involving") {
                let k = self.past_article(j + 1);
                return self
                    .toks
                    .get(k)
                    .and_then(|_| self.mention(k))
                    .filter(|&m| !self.locative(m))
                    .map(|m| self.coordinated(m, false))
                    .unwrap_or_default();
            }
            // The act's own target or place: "the attack on Edoras by …"; not a name heading
            // the object ("expelled the White Council group founded by …").
            let head = |m: usize| {
                self.ments[m].form == MentionForm::Name
                    && !self.ments[m].possessive
                    && (from..j).all(|q| self.is(WordClass::Determiner, q))
            };
            if let Some(m) = self.mention(j).filter(|&m| j > from && !head(m)) {
                j = self.ments[m].end + usize::from(self.ments[m].possessive);
                continue;
            }
            // A cue's participle before "by" is the object's reduced relative: "a map
            // released by X".
            // (Not a passive's: "… was condemned by X".)
            let participle = j + 1 < self.toks.len()
                && self.w(j + 1) == "by"
                && j > from
                && !self.is(WordClass::BeAux, j - 1)
                && !self.is(WordClass::Skip, j - 1);
            // A passive relative on the act: "attacks that were being prepared by X".
            if matches!(self.w(j), "that" | "which") {
                let mut q = j + 1;
                while q < self.toks.len() && q < j + 4 && self.aux_word(q) {
                    q += 1;
                }
                if q > j + 1
                    && q + 1 < self.toks.len()
                    && self.w(q).ends_with("ed")
                    && self.at[q].is_none()
                    && self.w(q + 1) == "by"
                {
                    j = q + 1;
                    continue;
                }
            }
            let stop = self.mention(j).is_some()
                || self.w(j) == ","
                || (self.is_boundary(j) && !self.is_quote(j))
                || (self.is_verb_cue(j) && !participle);
            if stop {
                break;
            }
            j += 1;
        }
        Vec::new()
    }

    /// A state named as a place in the object phrase after token `from` ("villages in
    /// southern Gondor").
    fn place_in_object(&self, from: usize) -> Vec<usize> {
        let mut j = from;
        while j < self.toks.len() && j < from + OBJECT_WINDOW {
            if let Some(m) = self.mention(j) {
                // Some object before the place: "films shot in Gondor" names no target.
                let s = self.ments[m].start;
                let prep = if s > 1 && self.is(WordClass::Determiner, s - 1) {
                    s - 2
                } else {
                    s - 1
                };
                let object_first = prep > from;
                if object_first
                    && self.locative(m)
                    && self.lex.state(&self.ments[m].actor).is_some()
                {
                    return vec![m];
                }
                j = self.ments[m].end;
                continue;
            }
            if self.ends_object(j) {
                break;
            }
            j += 1;
        }
        Vec::new()
    }

    /// The mention right after the preposition at `p`, past an article ("to the Foreign
    /// Ministry", "from the Forum").
    fn mention_after(&self, p: usize) -> Option<usize> {
        self.mention(self.past_article(p + 1))
    }

    /// Whether token `k` may modify an assault noun before it: a lower-case word of letters
    /// (and hyphens) that is no preposition ("drone", "missile", "cross-border").
    fn noun_modifier(&self, k: usize) -> bool {
        !self.capitalised(k)
            && !self.is_preposition(k)
            && self.toks[k]
                .lower
                .chars()
                .all(|c| c.is_alphabetic() || c == '-')
    }

    /// Whether token `k` starts an assault's cue in a form a noun may take: a noun's, or a
    /// verb form nouns share ("a drone attack", "missile strikes", "the fighting").
    fn assault_noun(&self, k: usize) -> bool {
        matches!(&self.cues[k], Some((_, g))
            if matches!(g.form, None | Some(VerbForm::Base | VerbForm::Third | VerbForm::Ing))
            && self.lex.cues[g.cue].category == Category::ASSAULT)
    }

    /// The agent of an assault noun in an "in" or "during" phrase at `p`: "(was killed) in an
    /// Arnorian air strike", "in a Gondorian drone attack on …", "in strikes by Gondor". The
    /// noun's own actor, named before it as a modifier or owner, or after it with "by".
    fn assault_phrase_agent(&self, p: usize) -> Vec<usize> {
        let n = self.toks.len();
        if p + 2 >= n || !matches!(self.w(p), "in" | "during") {
            return Vec::new();
        }
        let mut modifier = None;
        for k in p + 1..n.min(p + 7) {
            if self.is_boundary(k) {
                break;
            }
            if let Some(m) = self.mention(k) {
                let m = &self.ments[m];
                if !(m.form == MentionForm::Adjective || m.possessive) {
                    break;
                }
                modifier = self.mention(k);
                continue;
            }
            if self.assault_noun(k) {
                if let Some(m) = modifier {
                    return vec![self.specific(m)];
                }
                let e = self.cues[k].as_ref().map_or(k + 1, |(e, _)| *e);
                if e + 1 < n && self.w(e) == "by" {
                    return self.agent(e);
                }
                return Vec::new();
            }
            // (Past an article and plain modifiers: "a Gondorian drone attack".)
            if !(self.is(WordClass::Determiner, k) || self.noun_modifier(k)) {
                break;
            }
        }
        Vec::new()
    }

    /// The actor of an assault noun phrase ending right before `v`, the subject of the verb
    /// there: "A Gondorian drone attack killed …", "Rohan's missile strikes hit …". The
    /// demonym or owner before the noun, past plain modifiers.
    fn assault_subject(&self, v: usize) -> Vec<usize> {
        let noun = (v.saturating_sub(2)..v)
            .find(|&k| self.assault_noun(k) && self.cues[k].as_ref().is_some_and(|(e, _)| *e == v));
        let Some(noun) = noun else {
            return Vec::new();
        };
        let mut k = noun;
        while k > 0 && noun - k < 4 {
            k -= 1;
            if let Some(m) = self.mention(k) {
                let mm = &self.ments[m];
                return if mm.form == MentionForm::Adjective || mm.possessive {
                    vec![self.specific(m)]
                } else {
                    Vec::new()
                };
            }
            if !self.noun_modifier(k) || self.is(WordClass::Determiner, k) {
                break;
            }
        }
        Vec::new()
    }

    /// Whether mention `m` names a listed organisation.
    fn names_org(&self, m: usize) -> bool {
        self.lex
            .actor(&self.ments[m].actor)
            .is_some_and(|a| a.kind == crate::lexicon::Kind::Org)
    }

    /// Whether the actor of mention `m` is a law-enforcement or security body or a court: a
    /// word of its name (its label, else its id's words) is of the class enforcer or judicial.
    fn enforcer(&self, m: usize) -> bool {
        let id = &self.ments[m].actor;
        let words = |w: &str| {
            let w = w.to_lowercase();
            self.lex.words.is(WordClass::Enforcer, &w) || self.lex.words.is(WordClass::Judicial, &w)
        };
        match self.lex.actor(id) {
            Some(a) => {
                a.kind == crate::lexicon::Kind::Agency && a.label.split_whitespace().any(words)
            }
            None => self.lex.state(id).is_none() && id.split('_').any(words),
        }
    }

    /// The state named as a place in the sentence ("in Baku", "in Arnor"), nearest to token `i`;
    /// after it, not past a comma: not "condemned the execution, a position … silent about the
    /// war in Mordor".
    fn place_state(&self, i: usize) -> Option<usize> {
        (0..self.ments.len())
            .filter(|&m| self.locative(m))
            .filter(|&m| self.lex.state(&self.ments[m].actor).is_some())
            .filter(|&m| (i..self.ments[m].start).all(|k| !matches!(self.w(k), "," | ";" | ":")))
            .min_by_key(|&m| self.ments[m].start.abs_diff(i))
    }

    /// The "to" of the infinitive a bare one at `v` after "and" shares its subject and
    /// modality with, in the same clause: "decided to close its embassy and expel …".
    fn first_infinitive(&self, v: usize) -> Option<usize> {
        if v < 2 || self.w(v - 1) != "and" {
            return None;
        }
        (v.saturating_sub(16)..v - 1)
            .rev()
            .take_while(|&q| !self.is_boundary(q) && self.w(q) != ",")
            .find(|&q| {
                self.w(q) == "to"
                    && matches!(&self.cues[q + 1], Some((_, f)) if f.pos == Pos::Verb
                        && f.form == Some(VerbForm::Base))
            })
    }

    /// Whether the participle at `v` is passive: a form of "be" just before it (or before a
    /// first participle it shares, "was detained … and flown").
    fn passive_aux(&self, v: usize) -> Option<usize> {
        let mut j = v;
        for _ in 0..3 {
            j = j.checked_sub(1)?;
            if self.is(WordClass::BeAux, j) {
                return Some(j);
            }
            // A second participle sharing the first one's auxiliary: "was detained by
            // Gondorian agents and flown to Gondor" (not one with an object of its own: "was
            // angered and expelled the envoy").
            // (A participle of its own form only: "flown", "beaten"; "apologized" may be a
            // past tense with a subject of its own.)
            if self.w(j) == "and"
                && matches!(&self.cues[v], Some((_, f)) if f.form == Some(VerbForm::Participle))
                && !self.w(v).ends_with("ed")
                && !(v + 1 < self.toks.len()
                    && (self.is(WordClass::Determiner, v + 1) || self.mention(v + 1).is_some()))
            {
                return (j.saturating_sub(12)..j)
                    .rev()
                    .take_while(|&q| !self.is_boundary(q) && self.w(q) != ",")
                    .find(|&q| {
                        q > 0
                            && (self.w(q).ends_with("ed") || self.w(q).ends_with("en"))
                            && self.is(WordClass::BeAux, q - 1)
                    })
                    .map(|q| q - 1);
            }
            if !(self.is(WordClass::Skip, j)
                || self.is(WordClass::Negation, j)
                || self.ly_adverb(j))
            {
                return None;
            }
        }
        None
    }

    /// Negation or hedge between the clause start (`from`) and the cue (`to`).
    /// Whether the cue at `to` is in a "that" clause a verb of `category` governs, with no
    /// clause break between ("demanded that …", "denied that …").
    fn that_clause_of(&self, category: Category, to: usize) -> bool {
        (to.saturating_sub(10)..to).any(|t| {
            self.w(t) == "that"
                && t > 0
                && matches!(&self.cues[t - 1], Some((e, f))
                    if *e == t && f.pos == Pos::Verb
                        && self.lex.cues[f.cue].category == category)
                && (t + 1..to).all(|k| !self.is_boundary(k) && self.w(k) != ",")
                && !self.leaves_that_clause(t, to)
                && self.demand_left(to) != Some(t)
        })
    }

    /// The "that" of a demand's clause ("demanded that Gondor expel Bard Bow", "… that Bard Bow
    /// be declared persona non grata") that the past-tense verbal act at `v`, after "and" and
    /// with no auxiliary, leaves: a bare subjunctive has no past-tense conjunct.
    fn demand_left(&self, v: usize) -> Option<usize> {
        let form = |i: usize| match &self.cues[i] {
            Some((_, f)) if f.pos == Pos::Verb => f.form,
            _ => None,
        };
        let k = self.past_adverbs(v);
        if k < 4
            || self.w(k - 1) != "and"
            || !self.verbal_act(v)
            || self.auxiliary(v)
            || !matches!(form(v), Some(VerbForm::Past | VerbForm::Participle))
        {
            return None;
        }
        let t = (k.saturating_sub(14)..k - 1)
            .rev()
            .take_while(|&q| !matches!(self.w(q), "," | ";" | ":") && !self.is_quote(q))
            .find(|&q| self.w(q) == "that")?;
        let demand = t > 0
            && matches!(&self.cues[t - 1], Some((e, f))
                if *e == t && f.pos == Pos::Verb
                    && self.lex.cues[f.cue].category == Category::REQUEST);
        // The clause's first verb, bare: "expel", or "be" before a participle.
        let first = (t + 1..k - 1).find(|&q| form(q).is_some() || self.w(q) == "be");
        let bare = first.is_some_and(|q| self.w(q) == "be" || form(q) == Some(VerbForm::Base));
        (demand && bare).then_some(t)
    }

    /// Whether the verbal act at `v`, after "and", joins the verb before the "that" at `t`
    /// rather than the clause it opens: in "X denied that Y had any role and blamed Z" the
    /// clause's verb has an auxiliary and "blamed" none, so "blamed" is X's (and not denied).
    fn leaves_that_clause(&self, t: usize, v: usize) -> bool {
        let k = self.past_adverbs(v);
        let verbal = self.verbal_act(v);
        verbal
            && k > t + 2
            && self.w(k - 1) == "and"
            && !self.auxiliary(v)
            && (t + 1..k - 1).any(|q| self.aux_word(q) && self.at[q].is_none())
            && (t + 1..k - 1).all(|q| {
                !self.is_report(q)
                    && (!self.is_verb_cue(q) || self.is(WordClass::Determiner, q - 1))
            })
    }

    fn modality(&self, from: usize, to: usize) -> Modality {
        let lo = from.max(to.saturating_sub(4));
        let mut m = Modality::Asserted;
        for j in lo..to {
            // Not across a clause break: "the talks had failed, and urged …".
            if self.is(WordClass::Negation, j) && !(j + 1..to).any(|k| self.w(k) == ",") {
                return Modality::Negated;
            }
            let capitalised = self.text[self.toks[j].start..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            // "said it would downgrade ties", "announced that Arnor will expel": an announced
            // act is reported, not a hypothesis ("said it could" stays one).
            // (Past a time and the reported clause's subject: "said on Wednesday that his
            // country would break relations"; not across a comma or a quotation mark.)
            // (Farther off, not before a copula or a perfect: "told X it would be unwise",
            // "insisted that X would have …".)
            let copula = j + 1 < self.toks.len() && matches!(self.w(j + 1), "be" | "have");
            let announced = matches!(self.w(j), "will" | "would")
                && (j.saturating_sub(if copula { 4 } else { 10 })..j)
                    .rev()
                    .take_while(|&r| !matches!(self.w(r), "," | ";" | ":") && !self.is_quote(r))
                    .any(|r| self.is_report(r) && !self.is_verb_cue(r));
            // "will continue to support": what goes on is no hypothesis.
            let continued = self.w(j) == "will" && j + 1 < to && self.w(j + 1) == "continue";
            if self.is(WordClass::Hedge, j) && (!capitalised || j == 0) && !announced && !continued
            {
                m = Modality::Hypothetical;
            }
        }
        // A headline's bare infinitive after what is asked of someone: "Moscow demands Kiev
        // free crew".
        if m == Modality::Asserted {
            let asked = self.mention(to.saturating_sub(1)).is_some_and(|o| {
                let st = self.ments[o].start;
                self.ments[o].end == to
                    && st > 0
                    && self.idx.irrealis.contains(self.w(st - 1))
                    && matches!(&self.cues[to], Some((_, f)) if f.form == Some(VerbForm::Base))
            });
            if asked {
                m = Modality::Hypothetical;
            }
        }
        // "if Gondor attacks", "asked whether Gondor had attacked": a condition or an indirect
        // question (its clause reaches the cue: no comma or boundary between).
        if m == Modality::Asserted {
            let conditional = (to.saturating_sub(10)..to).any(|j| {
                self.is(WordClass::Conditional, j)
                    && (j + 1..to).all(|k| self.w(k) != "," && !self.is_boundary(k))
            });
            // "Should Gondor sanction Rohan?": a yes/no question, also after a colon or an
            // opening quotation mark ('The question is: "Should Gondor …?"').
            // (Looked at only in a sentence that ends in a question mark.)
            let last = (0..self.toks.len()).rev().find(|&k| !self.is_quote(k));
            let question = last.is_some_and(|l| self.w(l) == "?") && {
                let opens = (0..to)
                    .rev()
                    .find(|&k| self.w(k) == ":" || self.is_quote(k))
                    .map_or(0, |k| k + 1);
                (opens..to)
                    .find(|&k| !self.is_quote(k))
                    .is_some_and(|f| self.is(WordClass::Auxiliary, f))
            };
            if conditional || question {
                m = Modality::Hypothetical;
            }
        }
        // "demanded that Gondor apologise", "insisted that Rohan withdraw": a clause a demand
        // governs is not (yet) an act.
        if m == Modality::Asserted && self.that_clause_of(Category::REQUEST, to) {
            m = Modality::Hypothetical;
        }
        // "Gondor denied that Rohan had shelled Mordor": a clause a denial governs is denied.
        if m == Modality::Asserted && self.that_clause_of(Category::REJECT, to) {
            m = Modality::Negated;
        }
        // "urged Rohan to impose sanctions", "plans to expel": an infinitive under a verb of
        // asking or intending. A present form is finite, no infinitive ("calls on A to impose
        // sanctions and urges B").
        let finite = matches!(&self.cues[to], Some((_, f)) if f.form == Some(VerbForm::Third));
        // A past form right after "and" joins the main clause, not the infinitive: "called on
        // Rohan to open the gates and accused Mordor …" (not "to be arrested and jailed").
        let joined_past = matches!(&self.cues[to], Some((_, f))
                if matches!(f.form, Some(VerbForm::Past | VerbForm::Participle)))
            && {
                let k = self.past_adverbs(to);
                k > 0 && self.w(k - 1) == "and"
            }
            && !(to.saturating_sub(8)..to)
                .any(|j| self.w(j) == "to" && j + 1 < to && matches!(self.w(j + 1), "be" | "have"));
        let finite = finite || joined_past;
        if m == Modality::Asserted && !finite {
            let lo = to.saturating_sub(8);
            // Not a preposition's "to" before a verb: "whose report to the Council blamed
            // Gondor" (a noun may be the infinitive's object: "to use the Rohan question").
            let verb_cue = matches!(&self.cues[to], Some((_, f)) if f.pos == Pos::Verb);
            // (A bare second infinitive shares the first one's: "to free X and condemn Y".)
            let infinitive = |t: usize| {
                !verb_cue
                    || self.first_infinitive(to) == Some(t)
                    || (t + 1..to).all(|k| {
                        self.w(k) != ","
                            && self.at[k].is_none_or(|m| {
                                self.ments[m].possessive
                                    || self.ments[m].end - self.ments[m].start == 1
                                        && matches!(self.w(k), "its" | "their" | "his" | "her")
                            })
                    })
            };
            if let Some(t) = (lo..to)
                .rev()
                .find(|&j| self.w(j) == "to")
                .filter(|&t| infinitive(t))
            {
                // Also a request cue's phrase: "called on Rohan to …", "called for Rohan to …".
                // (`j` ends a request phrase ending in a preposition.)
                let request = |j: usize| {
                    (j.saturating_sub(3)..=j).any(|p| {
                        matches!(&self.cues[p], Some((e, f))
                            if *e == j + 1
                                && f.pos == Pos::Verb
                                && !f.rest.is_empty()
                                && self.is_preposition(j)
                                && self.lex.cues[f.cue].category == Category::REQUEST)
                    })
                };
                if (t.saturating_sub(12)..t)
                    .any(|j| self.idx.irrealis.contains(self.w(j)) || request(j))
                {
                    m = Modality::Hypothetical;
                }
                // "is due to meet", "are scheduled to visit", "was set to sign": planned.
                if t >= 2 && self.is(WordClass::Schedule, t - 1) && self.is(WordClass::BeAux, t - 2)
                {
                    m = Modality::Hypothetical;
                }
                // "pledged to back Gondor" is support given; "pledged to punish Gondor" is not
                // yet an act.
                let supportive = matches!(&self.cues[to], Some((_, f))
                    if self.lex.cues[f.cue].stance == crate::lexicon::Stance::Support);
                if t > 0 && self.idx.commissive.contains(self.w(t - 1)) && !supportive {
                    m = Modality::Hypothetical;
                }
            }
        }
        m
    }

    /// A reporting frame around the clause that starts at `clause` and holds the cue at `cue`:
    /// "X said (that) …", "according to X", "…, X said".
    fn report(&self, clause: usize, cue_end: usize) -> Option<Option<usize>> {
        // A headline's speaker before a colon: "Gondorian MFA: Mordor's decision is
        // groundless".
        let opening = self.mention(self.past_article(0)).filter(|&m| {
            let e = self.ments[m].end;
            e < clause && self.w(e) == ":"
        });
        if let Some(m) = opening {
            return Some(Some(self.specific(m)));
        }
        for r in 0..self.toks.len() {
            if self.w(r) == "according" && self.toks.get(r + 1).is_some_and(|t| t.lower == "to") {
                let k = if r + 2 < self.toks.len() && self.is(WordClass::Determiner, r + 2) {
                    r + 3
                } else {
                    r + 2
                };
                let speaker = (k < self.toks.len()).then(|| self.mention(k)).flatten();
                return Some(speaker.map(|m| self.specific(m)));
            }
        }
        // ", a step X condemned", ", claims that X rejected": the summary opens a clause of
        // its own, and its noun is no reporting verb.
        let floor = (0..clause)
            .rev()
            .find_map(|c| self.summary_at(c).filter(|&e| e <= clause))
            .unwrap_or(0);
        // "…, X told the radio, while Y urged Z …": a contrastive clause is its own.
        let floor = (floor..clause)
            .rev()
            .find(|&c| c > 0 && self.w(c - 1) == "," && matches!(self.w(c), "while" | "whereas"))
            .unwrap_or(floor);
        for r in (floor..clause).rev() {
            // "It should be noted that …", "it was stressed that …": the narrator's own
            // statement in agency style, no report.
            let impersonal = (r.saturating_sub(4)..r).any(|k| self.w(k) == "it")
                && r > 0
                && matches!(self.w(r - 1), "be" | "is" | "was" | "been");
            // A reduced relative reports nothing: "the decision announced by X to …".
            let reduced = r > 0
                && r + 1 < self.toks.len()
                && self.w(r + 1) == "by"
                && self.w(r).ends_with("ed")
                && !self.auxiliary(r);
            // "X was reported to have opposed …": hearsay about X, not X's words; it covers
            // only its own clause.
            let hearsay = r > 0
                && r + 1 < self.toks.len()
                && self.w(r + 1) == "to"
                && self.is(WordClass::BeAux, r - 1);
            if hearsay && self.is_report(r) && !self.is_verb_cue(r) {
                if (r + 1..clause).all(|q| !self.is_boundary(q) && self.w(q) != ",") {
                    return Some(None);
                }
                continue;
            }
            // A light verb before its event noun reports nothing: "announced the release of
            // X, seized by Y" (not "announced that …").
            let light = self.idx.light.contains(self.w(r))
                && (r + 1..self.toks.len().min(r + 4))
                    .take_while(|&k| {
                        self.is(WordClass::Determiner, k)
                            || self.plain_word(k)
                            || self.cues[k].is_some()
                    })
                    .any(|k| matches!(&self.cues[k], Some((_, g)) if g.pos == Pos::Noun));
            if self.is_report(r) && !self.is_verb_cue(r) && !impersonal && !reduced && !light {
                // "Moscow has not commented on the arrests": a report denied reports nothing;
                // the narrator tells the rest.
                if (r.saturating_sub(3)..r).any(|k| self.is(WordClass::Negation, k))
                    && r + 1 < self.toks.len()
                    && matches!(self.w(r + 1), "on" | "about")
                {
                    return None;
                }
                let subject = self.subject(r);
                if subject.is_empty() && self.w(r).ends_with("ing") {
                    // ", adding that …" after a report: its speaker ('"…," the ministry said,
                    // adding that …').
                    let said = (0..r)
                        .rev()
                        .filter(|&q| {
                            self.is_report(q) && !self.is_verb_cue(q) && !self.w(q).ends_with("ing")
                        })
                        .find_map(|q| self.subject(q).first().copied());
                    // ", saying …" after a clause: its subject speaks ("X recalled its envoy,
                    // saying Y had …").
                    let speaker = said.or_else(|| self.participial_subject(r).first().copied());
                    if speaker.is_some() {
                        return Some(speaker);
                    }
                }
                return Some(subject.first().copied());
            }
        }
        self.attribution(cue_end)
    }

    /// The one named from token `k`, past a title: the first person within a run of
    /// capitalised words, names and "of", "the", "and", "for", "on" ("Head of the Press Service
    /// of the Arnorian Foreign Ministry Elrond Half"), else the mention at `k` (past an article).
    fn named_after(&self, k: usize) -> Option<usize> {
        let k = self.past_article(k);
        let person = (k..self.toks.len())
            .take_while(|&t| {
                self.at[t].is_some()
                    || self.capitalised(t)
                    || matches!(self.w(t), "of" | "the" | "and" | "for" | "on" | "-")
            })
            .find_map(|t| self.mention(t).filter(|&m| self.ments[m].person));
        person.or_else(|| self.toks.get(k).and_then(|_| self.mention(k)))
    }

    /// The named speaker of a clause from `clause` to `cue_end`: by a reporting frame around
    /// it, else after it ('…," Elrond said'); `None` when no one is named.
    fn named_speaker(&self, clause: usize, cue_end: usize) -> Option<usize> {
        // "According to the ministry, X told Y that …": the judgement is the teller's, the
        // source who reports it telling no more than that.
        let according = (0..clause).find(|&r| {
            self.w(r) == "according" && self.toks.get(r + 1).is_some_and(|t| t.lower == "to")
        });
        if let Some(a) = according {
            let teller = (a + 2..clause)
                .rev()
                .find(|&r| self.is_report(r) && !self.is_verb_cue(r))
                .and_then(|r| self.subject(r).first().copied())
                .filter(|&m| self.ments[m].start > a + 2);
            if let Some(t) = teller {
                return Some(t);
            }
        }
        match self.report(clause, cue_end) {
            Some(Some(sp)) => Some(sp),
            _ => self
                .attribution(cue_end)
                .flatten()
                .or_else(|| self.quote_speaker()),
        }
    }

    /// The stand-in for the speaker of a quotation running over several sentences, named only
    /// in another sentence: a mention of no tokens at the sentence's end (the extractor adds
    /// it and resolves it once the quotation is read).
    fn quote_speaker(&self) -> Option<usize> {
        self.ments
            .iter()
            .rposition(|m| m.start == m.end && m.start == self.toks.len())
    }

    /// A speaker named after the clause: '…," Gondorian envoy Elrond Half said', '…, said
    /// Elrond Half'.
    fn attribution(&self, cue_end: usize) -> Option<Option<usize>> {
        // '…, the agency reports, citing Gondor's envoy Elrond Half': the one cited speaks.
        if let Some(cited) = (cue_end..self.toks.len())
            .find(|&r| matches!(self.w(r), "citing" | "quoting") && self.w(r - 1) == ",")
            .filter(|&r| (cue_end..r).any(|t| self.is_report(t)))
            .and_then(|r| self.named_after(r + 1))
        {
            return Some(Some(cited));
        }
        for r in cue_end..self.toks.len() {
            // ", claims that Gondor rejected": an apposition of its own, no attribution.
            if self.summary_at(r).is_some() {
                break;
            }
            // ", saying …" opens the subject's own words, it attributes nothing before it.
            if !self.is_report(r) || self.is_verb_cue(r) || r == 0 || self.w(r).ends_with("ing") {
                continue;
            }
            // The closing comma or quotation mark, then the speaker with their title:
            // '…," Gondorian envoy Elrond Half said', '…," the envoy stressed'.
            let mut p = r;
            while p > cue_end
                && r - p < 8
                && (self.at[p - 1].is_some()
                    || self.w(p - 1) == "'s"
                    || self.role_word(p - 1)
                    // A body's noun in the title: "foreign ministry spokesman".
                    || self.lex.generic.contains_key(self.w(p - 1))
                    // A body's report: "…, a Gondorian inquiry concluded".
                    || self.is(WordClass::Findings, p - 1)
                    || self.is(WordClass::Determiner, p - 1)
                    || self.capitalised(p - 1))
            {
                p -= 1;
            }
            // A quotation closed by its own punctuation ('…," she said'), not a quoted phrase
            // ('Russia's "aggressive actions" confirmed …').
            let closed = self.is_quote(p - 1)
                && p >= 2
                && matches!(self.w(p - 2), "," | "." | "!" | "?" | "…");
            if !(self.w(p - 1) == "," || closed) {
                continue;
            }
            if p == r {
                // A relative clause closed by the comma right before the verb, the cue inside
                // it: in "X, who summoned the envoy (, Y), said …" X speaks, and the relative
                // clause is the narrator's, no one's report.
                let relative = (cue_end.saturating_sub(30)..cue_end).rev().find(|&q| {
                    q > 1 && matches!(self.w(q), "who" | "which") && self.w(q - 1) == ","
                });
                if self.w(r - 1) == ","
                    && relative.is_some_and(|q| {
                        self.mention(q - 2).is_some() && (q + 1..r).all(|t| !self.is_report(t))
                    })
                {
                    return None;
                }
                // "Gondor, which holds talks with Rohan, said …": the comma closes a relative
                // clause, whose antecedent is the verb's subject; nothing is attributed.
                if self.w(r - 1) == "," && self.relative_before(r - 1, 19, true).is_some() {
                    return None;
                }
                // Inverted: '…," said Elrond Half', '…, said Head of the Press Service of the
                // Arnorian Foreign Ministry Elrond Half' (with no one named after it, no
                // inversion: "…, Elrond Half, said the visit was …"; nor a pronoun, which
                // opens what is said: "…, and X, its secretary-general, said he would …").
                if r + 1 < self.toks.len()
                    && matches!(self.w(r + 1), "he" | "she" | "it" | "they" | "we" | "i")
                {
                    continue;
                }
                match self.named_after(r + 1) {
                    Some(x) => return Some(Some(x)),
                    None => continue,
                }
            }
            // The body whose report speaks: "…, a White Council inquiry concluded".
            let author = (r >= 2 && self.is(WordClass::Findings, r - 1))
                .then(|| self.mention(r - 2))
                .flatten();
            return Some(self.mention(r - 1).or(author));
        }
        None
    }
}

/// Finds every linked cue in one sentence.
fn context<'a>(
    lex: &'a Lexicon,
    idx: &'a CueIndex,
    text: &'a str,
    toks: &'a [Token],
    ments: &'a [Mention],
) -> Ctx<'a> {
    let mut at = vec![None; toks.len()];
    for (i, m) in ments.iter().enumerate() {
        for slot in &mut at[m.start..m.end] {
            *slot = Some(i);
        }
    }
    Ctx {
        lex,
        idx,
        text,
        toks,
        ments,
        at,
        cues: vec![None; toks.len()],
        title_case: std::cell::OnceCell::new(),
    }
}

/// What the document's earlier sentences did, for definite event nouns to stand for.
#[derive(Clone, Copy)]
pub(super) struct EventMemory<'a> {
    /// The agent of the last factual event of each category.
    pub last_agent: &'a std::collections::BTreeMap<Category, Vec<String>>,
    /// The agent of the last factual event of each cue lemma.
    pub last_by_lemma: &'a std::collections::BTreeMap<String, Vec<String>>,
    /// Every agent of each cue lemma's factual events so far, the last first.
    pub lemma_history: &'a std::collections::BTreeMap<String, Vec<String>>,
    /// The agents of each cue lemma's factual events in the headline and the lead (the
    /// document's first three sentences): the story's own event, which a later reaction
    /// names rather than a background one told after it.
    pub lead_by_lemma: &'a std::collections::BTreeMap<String, Vec<String>>,
    /// The agent of the last factual deed (a material act), for "the decision".
    pub last_act: Option<&'a str>,
    /// The owner of the last deed named with its owner, by its noun ("the test conducted by
    /// Mordor"), for "the test" first.
    pub last_deed: &'a std::collections::BTreeMap<String, String>,
    /// The agent of the last factual verbal act against someone, for "denied the charges".
    pub last_claim: Option<&'a str>,
    /// Whom that act was against.
    pub last_claim_target: Option<&'a str>,
    /// Who spoke last: the agent of the last factual verbal act, else the speaker of the last
    /// act reported, for "condemned the remarks".
    pub last_speaker: Option<&'a str>,
    /// The two parties of the last factual agreement, for "welcomed the deal".
    pub agreement: &'a [String],
    /// The court named last, for "welcomed the ruling".
    pub last_court: Option<&'a str>,
    /// Whether no material act of another agent was found since the court was last named.
    pub court_fresh: bool,
    /// The agent of the last factual material act of the sentence before, for "it".
    pub recent_act: Option<&'a str>,
    /// The agents of earlier sentences' past-tense verbs by stem (`verb_deeds`), the last
    /// first, for "the raid".
    pub by_stem: &'a [(String, String)],
    /// The agent of the document's last factual event of any kind: when it is the last court,
    /// "the decision" is its ruling.
    pub last_event: Option<&'a str>,
    /// The body that issued the last report or finding named ("a UN investigation concluded",
    /// "the OSCE's report", "UNOMIG said"), for "rejected the findings".
    pub last_author: Option<&'a str>,
    /// Whether two actors are on one side (same top actor).
    pub same_side: &'a dyn Fn(&str, &str) -> bool,
    /// Whether the first actor factually acted on the second in an earlier sentence (by top
    /// actors).
    pub acted_on: &'a dyn Fn(&str, &str) -> bool,
}

/// A stand-in mention for a definite event noun: its token span, the actor, and whether it
/// is the first of a pair named together (the two parties of "the agreement").
pub(super) type StandIn = (usize, usize, String, bool);

/// "Arnor shelled Gondor. Rohan condemned the attack.": a definite event noun with no
/// participant of its own ("the attack", "these arrests", "the accusations") stands for the
/// agent of the document's last event with its lemma, else of its category (`last_by_lemma`,
/// `last_agent`, from earlier sentences), unless that agent is on the side of an actor named
/// before it in the sentence (`same_side`), who would be judging their own act.
/// Returns those mentions (token spans of the noun phrases and actors), for the caller to add
/// before linking.
/// The agents of the past-tense verbs of a sentence, by the verb's stem: "Gondor raided the
/// offices" (`raid`), "balloons launched by Mordor" (`launch`), "the area they seized"
/// (`seiz`). A later "the raid", "the launches", "the seizure" reacted to stands for them
/// (`event_anaphora`). Not a reporting verb's, nor a denied, hedged or planned one's.
fn verb_deeds(ctx: &Ctx) -> Vec<(String, usize)> {
    let toks = ctx.toks;
    let text = ctx.text;
    let past = |t: &Token| {
        t.lower.len() >= 5 && t.lower.ends_with("ed") && t.lower.chars().all(char::is_alphabetic)
    };
    if ctx.ments.is_empty() || !toks.iter().any(past) {
        return Vec::new();
    }
    let n = toks.len();
    let mut out = Vec::new();
    for v in 1..n {
        if !past(&toks[v]) || ctx.mention(v).is_some() || ctx.is_report(v) {
            continue;
        }
        // (Written in lower case: a verb, not a name.)
        if !text[toks[v].start..].starts_with(char::is_lowercase) {
            continue;
        }
        if (v.saturating_sub(3)..v).any(|k| {
            ctx.is(WordClass::Negation, k) || ctx.is(WordClass::Hedge, k) || ctx.w(k) == "to"
        }) {
            continue;
        }
        // ("among those executed": a reduced relative, done to them.)
        let agents = if v + 1 < n && ctx.w(v + 1) == "by" {
            ctx.agent(v + 1)
        } else if ctx.passive_aux(v).is_some() || ctx.w(v - 1) == "those" {
            continue;
        } else {
            ctx.subject(v)
        };
        let stem = &ctx.w(v)[..ctx.w(v).len() - 2];
        for m in agents {
            out.push((stem.to_owned(), m));
        }
    }
    out
}

/// Whether a noun names the act of a verb with the stem `stem` ("raid", "raids", "seizure",
/// "release", "burning" of "raid", "seiz", "releas", "burn").
pub(super) fn nominalises(noun: &str, stem: &str) -> bool {
    let singular = ["ches", "shes", "sses", "xes"]
        .iter()
        .find(|e| noun.ends_with(**e))
        .map_or_else(
            || noun.strip_suffix('s').unwrap_or(noun),
            |_| &noun[..noun.len() - 2],
        );
    stem.len() >= 3
        && singular
            .strip_prefix(stem)
            .is_some_and(|rest| matches!(rest, "" | "e" | "ure" | "ing" | "al"))
}

/// The owner of the last deed's noun a sentence names with its owner: "Gondor's decision",
/// "the Gondorian move", "the decision of (the government of) Gondor (to …)", "the measure
/// taken by Gondor": whom a later bare "the decision" stands for.
/// Also the subject of a light verb the noun is the object of: "Mordor conducted a nuclear
/// test".
pub(super) fn deed_owner(
    lex: &Lexicon,
    idx: &CueIndex,
    text: &str,
    toks: &[Token],
    ments: &[Mention],
) -> Vec<(String, usize)> {
    let w = |k: usize| toks[k].lower.as_str();
    // Also what was said, named with its owner: "Biden's statement" (for a later "condemned
    // the statement").
    let deed = |h: usize| {
        let singular = w(h).strip_suffix('s').unwrap_or(w(h));
        lex.words.is(WordClass::Deed, singular) || lex.words.is(WordClass::Saying, singular)
    };
    if !(0..toks.len()).any(deed) {
        return Vec::new();
    }
    let ctx = context(lex, idx, text, toks, ments);
    let mut owners = Vec::new();
    for h in 0..toks.len() {
        if !deed(h) {
            continue;
        }
        let singular = w(h).strip_suffix('s').unwrap_or(w(h)).to_owned();
        let light = (h.saturating_sub(4)..h)
            .rev()
            .take_while(|&j| ctx.mention(j).is_none() && !ctx.is_boundary(j) && w(j) != ",")
            .find(|&j| ctx.idx.light.contains(w(j)))
            // A finite verb's: not "(failed) to take steps".
            .filter(|&j| j == 0 || w(j - 1) != "to")
            .filter(|&j| (j + 1..h).all(|q| ctx.plain_word(q) || ctx.is(WordClass::Determiner, q)))
            .and_then(|j| ctx.subject(j).first().copied());
        if let Some(m) = light {
            owners.push((singular, m));
            continue;
        }
        let before = ments.iter().rposition(|m| {
            (m.end == h && (m.possessive || m.form == MentionForm::Adjective))
                || (m.possessive && m.end + 1 == h)
        });
        let after = || {
            let mut k = h + 1;
            // "taken by", "announced by".
            if k < toks.len() && w(k).ends_with("ed") {
                k += 1;
            }
            if k >= toks.len() || !matches!(w(k), "of" | "by") {
                return None;
            }
            (k + 1..toks.len().min(k + 7))
                .take_while(|&q| {
                    ments.iter().any(|m| m.start == q)
                        || w(q).chars().all(|c| c.is_alphabetic())
                            && !lex.words.is(WordClass::Boundary, w(q))
                })
                .find_map(|q| ments.iter().position(|m| m.start == q))
        };
        if let Some(m) = before.or_else(after) {
            owners.push((singular, m));
        }
    }
    owners
}

/// Whether mention `m` names a report's author: before the report's noun ("a UN
/// investigation", "the OSCE's report"), after it ("a report by the OSCE") or as the subject of
/// a reporting verb right after it ("UNOMIG said", "the commission concluded").
pub(super) fn authors_report(lex: &Lexicon, toks: &[Token], m: &Mention) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut after = m.end + usize::from(m.possessive);
    // Past an acronym defined in brackets: "the Observer Mission (UNOMIG) said".
    if w(after) == "(" && w(after + 2) == ")" {
        after += 3;
    }
    let findings = |k: usize| lex.words.is(WordClass::Findings, w(k));
    findings(after)
        || (after + 1 < toks.len()
            && findings(after + 1)
            && w(after).chars().all(char::is_alphabetic))
        || matches!(
            w(after),
            "said" | "says" | "concluded" | "concludes" | "found" | "finds" | "reported" | "stated"
        )
        || (m.start >= 2 && matches!(w(m.start - 1), "by" | "of") && findings(m.start - 2))
        || (m.start >= 3
            && w(m.start - 1) == "the"
            && matches!(w(m.start - 2), "by" | "of")
            && findings(m.start - 3))
}

pub(super) fn event_anaphora(
    lex: &Lexicon,
    idx: &CueIndex,
    text: &str,
    toks: &[Token],
    ments: &[Mention],
    memory: &EventMemory<'_>,
) -> Vec<StandIn> {
    let EventMemory {
        last_agent,
        last_by_lemma,
        lemma_history,
        lead_by_lemma,
        last_act,
        last_deed,
        last_claim,
        last_claim_target,
        last_speaker,
        agreement,
        last_court,
        court_fresh,
        recent_act,
        by_stem,
        last_event,
        last_author,
        same_side,
        acted_on,
    } = *memory;
    let mut out = Vec::new();
    // (A report's author alone matters only to a sentence with a report's noun.)
    let findings = || {
        toks.iter()
            .any(|t| lex.words.is(WordClass::Findings, &t.lower))
    };
    if last_agent.is_empty()
        && last_by_lemma.is_empty()
        && last_court.is_none()
        && last_act.is_none()
        && (last_author.is_none() || !findings())
        && !toks
            .iter()
            .any(|t| by_stem.iter().any(|(stem, _)| nominalises(&t.lower, stem)))
        && !toks
            .iter()
            .any(|t| matches!(t.lower.as_str(), "it" | "them"))
        && (last_claim.is_none() || !toks.iter().any(|t| t.lower.starts_with("den")))
    {
        return out;
    }
    let ctx = context(lex, idx, text, toks, ments);
    let n = toks.len();
    for d in 0..n {
        // "Gondor struck Edoras. Rohan condemned what it called 'a flagrant violation'": what
        // a verbal reaction names by its own description is the act of the sentence before.
        if ctx.w(d) == "what"
            && d > 0
            && d + 2 < n
            && ctx.at[d].is_none()
            && matches!(ctx.w(d + 1), "he" | "she" | "it" | "they")
            && ctx.is(WordClass::Naming, d + 2)
            && match_cue(&ctx, d - 1).is_some_and(|(e, f)| {
                e == d && f.pos == Pos::Verb && lex.cues[f.cue].category.quad().is_verbal()
            })
        {
            if let Some(agent) = recent_act {
                out.push((d, d + 3, agent.to_owned(), false));
            }
            continue;
        }
        // "Gondor expelled the envoys. Rohan condemned it as a provocation.", "Rohan called the
        // expulsions hostile and Arnor called them barbaric": a pronoun judged right after a
        // verbal reaction or a judging verb (not "accused it of …") stands for the deed
        // named before it in the sentence; "it" also for the act of the sentence before.
        if matches!(ctx.w(d), "it" | "them") && d > 0 && d + 1 < n && ctx.at[d].is_none() {
            let reaction = match_cue(&ctx, d - 1).is_some_and(|(e, f)| {
                e == d && f.pos == Pos::Verb && lex.cues[f.cue].category.quad().is_verbal()
            }) || ctx.is(WordClass::Judging, d - 1);
            let judged = matches!(ctx.w(d + 1), "as" | "a" | "an")
                || ctx.is_quote(d + 1)
                || match_cue(&ctx, d + 1).is_some_and(|(_, f)| f.pos == Pos::Adjective);
            // "… summoned the envoy over the attacks, and Rohan also condemned them": a
            // hostile act's noun named earlier in the sentence with no one's act on it, the
            // pronoun ending its clause, stands for the last agent of that act.
            let ends = matches!(ctx.w(d + 1), "," | "." | ";" | "and");
            if reaction && !judged && ends && ctx.w(d) == "them" {
                let remembered = (0..d).rev().find_map(|h| {
                    let (e, f) = match_cue(&ctx, h)?;
                    let cue = &lex.cues[f.cue];
                    (f.pos == Pos::Noun
                        && e == h + 1
                        && ctx.w(h).ends_with('s')
                        && cue.stance == crate::lexicon::Stance::Against
                        && !cue.category.quad().is_verbal()
                        && h > 0
                        && ctx.is(WordClass::Determiner, h - 1)
                        && !(e < n && matches!(ctx.w(e), "of" | "on" | "by" | "against")))
                    .then(|| {
                        last_by_lemma
                            .get(&cue.lemma)
                            .or_else(|| last_agent.get(&cue.category))
                            .and_then(|a| a.first())
                    })
                    .flatten()
                });
                if let Some(agent) = remembered {
                    out.push((d, d + 1, agent.to_owned(), false));
                }
                continue;
            }
            if reaction && judged {
                // A deed named with its owner earlier in the sentence: "criticised Gondor's
                // raids, calling them barbaric", "the Gondorian army operations" (the nearest,
                // a stand-in or an owned one).
                // (A deed's noun: not what was said, "the remarks".)
                let deed_noun = |h: usize| {
                    let w = ctx.w(h);
                    lex.words.is_noun(WordClass::Deed, w)
                        || match_cue(&ctx, h).is_some_and(|(_, f)| f.pos == Pos::Noun)
                };
                let owned = (d.saturating_sub(12)..d).rev().find_map(|h| {
                    if !deed_noun(h) || h == 0 {
                        return None;
                    }
                    // (Past one plain modifier: "Gondor's military operations".)
                    (h.saturating_sub(2)..h)
                        .rev()
                        .find_map(|k| ctx.mention(k))
                        .filter(|&m| {
                            let m = &ctx.ments[m];
                            m.end == h
                                || ((m.possessive || m.form == MentionForm::Adjective)
                                    && (m.end..h).all(|k| ctx.plain_word(k)))
                        })
                        .map(|m| (h, ctx.ments[m].actor.as_str()))
                });
                let stand_in = out
                    .last()
                    .filter(|s: &&StandIn| s.1 <= d && deed_noun(s.1 - 1))
                    .map(|s| (s.0, s.2.as_str()));
                let nearest = match (owned, stand_in) {
                    (Some(a), Some(b)) => Some(if a.0 > b.0 { a } else { b }),
                    (a, b) => a.or(b),
                };
                let deed = nearest
                    .map(|(_, agent)| agent)
                    .or(recent_act.filter(|_| ctx.w(d) == "it"));
                if let Some(agent) = deed {
                    out.push((d, d + 1, agent.to_owned(), false));
                }
            }
            continue;
        }
        // "denied any involvement", "rejected its role": only for a denial of what was said.
        let denial_only = matches!(ctx.w(d), "any" | "its" | "their" | "all");
        if !matches!(ctx.w(d), "the" | "this" | "these" | "that" | "those") && !denial_only {
            continue;
        }
        // "denied that the visit had …": a complementiser, not a determiner.
        if ctx.w(d) == "that" && d + 1 < n && ctx.is(WordClass::Determiner, d + 1) {
            continue;
        }
        // (Looked at no further unless a saying noun follows.)
        let saying = |i: usize| {
            i < n && {
                let w = ctx.w(i);
                lex.words.is_noun(WordClass::Saying, w)
            }
        };
        if denial_only && !saying(d + 1) && !saying(d + 2) {
            continue;
        }
        // "the attack", "the deadly attack": one modifier at most.
        // The noun phrase is the object of a verbal reaction ("regretted the decision") or of a
        // judging verb ("called the decision illegal").
        // Also the object of a support noun's "for": "provided support for the operation".
        let supported = d > 1
            && ctx.w(d - 1) == "for"
            && match_cue(&ctx, d - 2).is_some_and(|(e, f)| {
                e == d - 1
                    && f.pos == Pos::Noun
                    && lex.cues[f.cue].stance == crate::lexicon::Stance::Support
            });
        // A feeling's or a verbal noun's cause: "was deeply concerned by the pardon",
        // "expressed regret and concern over the move" (also past a closing quotation mark).
        let felt = d > 1
            && matches!(ctx.w(d - 1), "by" | "over" | "about" | "at" | "with")
            && (d.saturating_sub(4)..d - 1).any(|k| {
                match_cue(&ctx, k).is_some_and(|(e, f)| {
                    (e == d - 1 || (e + 1 == d - 1 && ctx.is_quote(e)))
                        && match f.pos {
                            Pos::Adjective => lex.cues[f.cue].mode.as_deref() == Some("feeling"),
                            Pos::Noun => lex.cues[f.cue].category.quad().is_verbal(),
                            _ => false,
                        }
                })
            });
        // (Also past a quotation mark opening the phrase: 'regretted "this unjustified
        // decision"'.)
        let q = if d > 1 && ctx.is_quote(d - 1) {
            d - 1
        } else {
            d
        };
        let reacts = q > 0
            && (match_cue(&ctx, q - 1).is_some_and(|(e, f)| {
                e == q && f.pos == Pos::Verb && lex.cues[f.cue].category.quad().is_verbal()
            }) || ctx.is(WordClass::Judging, q - 1)
                || supported
                || felt);
        let judges = q > 0 && ctx.is(WordClass::Judging, q - 1);
        // (Past an adverb of the modifier: "this completely unjustified decision".)
        // (Also past a quotation mark after the determiner: 'condemned the "vile attack"'.)
        let open = if d + 2 < n && ctx.is_quote(d + 1) {
            d + 2
        } else {
            d + 1
        };
        let first = if open + 1 < n && ctx.ly_adverb(open) && ctx.plain_word(open) {
            open + 1
        } else {
            open
        };
        for i in [first, first + 1] {
            if i >= n || ctx.at[i].is_some() || ctx.at[d + 1].is_some() {
                break;
            }
            // An act someone does to someone ("the arrest of X"), with neither of them named
            // in its phrase ("the attack on X", "the arrests by Y", "the attack's victims").
            // Looked for across a place ("the detention in Baku of two …").
            // Not past a second predicate: "condemned the attack and called on X to …".
            let predicate = |k: usize| {
                matches!(ctx.w(k), "and" | "but")
                    && k + 1 < n
                    && (ctx.w(k + 1).ends_with("ed")
                        || ctx.is_report(k + 1)
                        || match_cue(&ctx, k + 1).is_some_and(|(_, f)| f.pos == Pos::Verb))
            };
            let own_party = |end: usize| {
                (end..n.min(end + 6))
                    .take_while(|&k| {
                        !ctx.is_boundary(k)
                            && ctx.w(k) != ","
                            && !ctx.is(WordClass::BeAux, k)
                            && !ctx.is(WordClass::Skip, k)
                            && !predicate(k)
                    })
                    // (Not "on" before a date: "welcomed the agreement on Sept. 18".)
                    .any(|k| {
                        let date = ctx.w(k) == "on"
                            && k + 1 < n
                            && (ctx.is(WordClass::Calendar, k + 1)
                                || ctx.w(k + 1).bytes().all(|b| b.is_ascii_digit())
                                || matches!(
                                    ctx.w(k + 1),
                                    "jan"
                                        | "feb"
                                        | "mar"
                                        | "apr"
                                        | "jun"
                                        | "jul"
                                        | "aug"
                                        | "sep"
                                        | "sept"
                                        | "oct"
                                        | "nov"
                                        | "dec"
                                ));
                        (matches!(
                            ctx.w(k),
                            "of" | "on"
                                | "against"
                                | "by"
                                | "targeting"
                                | "'s"
                                | "towards"
                                | "toward"
                        ) && !date)
                            || (k == end && ctx.at[k].is_some())
                    })
            };
            // "regretted the decision", "welcomed the move": the last act of the document,
            // when it was a deed, as the object of a verbal reaction.
            // Also judged by a predicate: "the measures were 'extremely concerning'".
            let singular = ctx.w(i).strip_suffix('s').unwrap_or(ctx.w(i));
            if denial_only && !lex.words.is(WordClass::Saying, singular) {
                break;
            }
            // Reacted to in the passive: "the decision was condemned by Rohan" (checked only
            // for a deed's or a ruling's noun).
            let reacted = || {
                i + 3 < n && ctx.is(WordClass::BeAux, i + 1) && {
                    // "was also condemned by".
                    let p = ctx.past_adverbs_and_skips(i + 2);
                    match_cue(&ctx, p).is_some_and(|(e, f)| {
                        f.pos == Pos::Verb
                            && lex.cues[f.cue].category.quad().is_verbal()
                            && e < n
                            && ctx.w(e) == "by"
                    })
                }
            };
            if lex.words.is(WordClass::Deed, singular) {
                let judged = i + 2 < n
                    && matches!(ctx.w(i + 1), "is" | "was" | "are" | "were")
                    && (i + 2..n.min(i + 5))
                        .any(|k| match_cue(&ctx, k).is_some_and(|(_, f)| f.pos == Pos::Adjective));
                // The subject of a verb of receiving: "the move drew criticism from Rohan".
                let received = i + 1 < n && ctx.idx.receive.contains(ctx.w(i + 1));
                let reacts = reacts || judged || reacted() || received;
                // "The court ordered Gondor to … Rohan welcomed the decision": a court's ruling.
                // (Also when no material act came after the court was named, for a noun of
                // its ruling: "The court ruled … Gondor accused Rohan … Rohan welcomed the
                // decision"; not "the measures" it ruled on.)
                let agent = last_court
                    .filter(|&c| {
                        last_event == Some(c)
                            || (court_fresh && lex.words.is(WordClass::Ruling, singular))
                    })
                    .or(last_deed.get(singular).map(String::as_str))
                    .or(last_act);
                if let Some(agent) = agent.filter(|_| reacts && !own_party(i + 1)) {
                    out.push((d, i + 1, agent.to_owned(), false));
                }
                break;
            }
            // "Kyiv accused Moscow of aggression. Moscow denied the charges.": what was said,
            // rejected, is the last accuser's.
            if lex.words.is(WordClass::Saying, singular) {
                let rejects = d > 0
                    && match_cue(&ctx, d - 1).is_some_and(|(e, f)| {
                        e == d && f.pos == Pos::Verb && lex.cues[f.cue].category == Category::REJECT
                    });
                // Also in the passive: "The accusations were dismissed (as absurd) by Kyiv".
                let rejects = rejects
                    || (i + 3 < n && ctx.is(WordClass::BeAux, i + 1) && {
                        let p = ctx.past_adverbs_and_skips(i + 2);
                        match_cue(&ctx, p).is_some_and(|(e, f)| {
                            f.pos == Pos::Verb
                                && lex.cues[f.cue].category == Category::REJECT
                                && (e..n.min(e + 6)).any(|k| ctx.w(k) == "by")
                        })
                    });
                if let Some(agent) = last_claim.filter(|_| rejects && !own_party(i + 1)) {
                    out.push((d, i + 1, agent.to_owned(), false));
                    break;
                }
                // "Gondor charged the activists with piracy. Rohan called the charges
                // absurd.": judged, what was said is the agent's of the last act of its word.
                // Else the last accuser's: "Gondor accused Rohan of spying. Rohan described the
                // allegations as unfounded."
                if let Some(agent) = last_by_lemma
                    .get(singular)
                    .and_then(|a| a.first())
                    .map(String::as_str)
                    .or(last_claim)
                    .filter(|_| judges && !own_party(i + 1))
                {
                    out.push((d, i + 1, agent.to_owned(), false));
                    break;
                }
                // "Rohan rejected Gondor's statement … Arnor also condemned the statement":
                // otherwise what was said, named with its owner before, is that owner's.
                if let Some(owner) = last_deed
                    .get(singular)
                    .filter(|_| !rejects && !judges && (reacts || reacted()) && !own_party(i + 1))
                {
                    out.push((d, i + 1, owner.clone(), false));
                    break;
                }
                // "Elrond urged Rohan to talk. Gondor condemned the remarks.": what was said,
                // with no owner named, reacted to, is the last speaker's; so as the subject of
                // a verb of receiving: "The remarks drew criticism from Gondor".
                // (Not a title: "the Gondorian Charge d'Affaires".)
                let received = i + 1 < n && ctx.idx.receive.contains(ctx.w(i + 1));
                if let Some(speaker) = last_speaker.filter(|_| {
                    (reacts || reacted() || received) && !ctx.capitalised(i) && !own_party(i + 1)
                }) {
                    out.push((d, i + 1, speaker.to_owned(), false));
                }
                break;
            }
            // "A UN inquiry found that … Mordor rejected the findings.", "The report also
            // criticised Gondor": a report or finding with no author of its own named is the
            // last author's, reacted to or acting as a subject.
            if lex.words.is(WordClass::Findings, ctx.w(i)) {
                let v = ctx.past_adverbs_and_skips(i + 1);
                let acts = match_cue(&ctx, v).is_some_and(|(_, f)| {
                    f.pos == Pos::Verb && lex.cues[f.cue].category.quad().is_verbal()
                });
                if let Some(author) =
                    last_author.filter(|_| (reacts || reacted() || acts) && !own_party(i + 1))
                {
                    out.push((d, i + 1, author.to_owned(), false));
                }
                break;
            }
            // "Gondor demanded that Rohan withdraw. Rohan rejected the demand.": what someone
            // asked for or put forward, with no owner named, reacted to, is the last act's of
            // its word; an appeal's, else the last asker's.
            if lex.words.is(WordClass::Proposal, singular) && (reacts || reacted()) {
                let asked = matches!(singular, "appeal" | "call" | "demand" | "request");
                let agent = last_by_lemma
                    .get(singular)
                    .or_else(|| asked.then(|| last_agent.get(&Category::REQUEST)).flatten())
                    .and_then(|a| a.first());
                if let Some(agent) = agent.filter(|_| !own_party(i + 1)) {
                    out.push((d, i + 1, agent.clone(), false));
                    break;
                }
            }
            // "The Law Lords ruled that … Liberty welcomed the ruling.": a ruling with no
            // court of its own named is the last court's ("The ruling was welcomed by …").
            if lex.words.is(WordClass::Ruling, ctx.w(i)) {
                if let Some(court) =
                    last_court.filter(|_| (reacts || reacted()) && !own_party(i + 1))
                {
                    out.push((d, i + 1, court.to_owned(), false));
                }
                break;
            }
            let Some((end, form)) = match_cue(&ctx, i) else {
                // "Gondor raided the offices. Rohan condemned the raid.": the agent of the last
                // verb the head noun names the act of (`verb_deeds`).
                // (After a judging verb, its judgement may follow: "called the searches
                // unacceptable".)
                let head = i + 1 >= n
                    || !ctx.plain_word(i + 1)
                    || ctx.is(WordClass::Determiner, i + 1)
                    || matches!(ctx.w(i + 1), "as" | "and" | "but" | "while")
                    || (judges && match_cue(&ctx, i + 1).is_some());
                // (Not what was proposed: "the proposals" has its own reading above.)
                let proposed = lex.words.is(WordClass::Proposal, singular);
                if reacts && head && !proposed && !own_party(i + 1) {
                    if let Some((_, agent)) =
                        by_stem.iter().find(|(stem, _)| nominalises(ctx.w(i), stem))
                    {
                        out.push((d, i + 1, agent.clone(), false));
                        break;
                    }
                }
                continue;
            };
            // A judging adjective modifying the noun: "this unjustified decision".
            if form.pos == Pos::Adjective && i == first && end == i + 1 {
                continue;
            }
            let cue = &lex.cues[form.cue];
            // "Arnor and Gondor signed a pact. Rohan welcomed the agreement.": the two
            // parties, as the object of a verbal reaction.
            if let [a, b] = agreement {
                // Also reacted to in the passive: "The agreement was welcomed by Rohan".
                if form.pos == Pos::Noun
                    && cue.category == Category::AGREE
                    && (reacts || (end == i + 1 && reacted()))
                    && !own_party(end)
                {
                    out.push((d, i, a.clone(), true));
                    out.push((i, end, b.clone(), false));
                    break;
                }
            }
            // "condemned the attack on Gondor", "welcomed the release of the sailors": reacted
            // to, an act whose phrase names only whom it was done to (no "by", no owner)
            // still stands for its agent; the actors so named are not that agent.
            // (Judged or reacted to, not asked for: "ordered the expulsion of X" is a new act.)
            // (Past an opening quotation mark, as `reacts` is: 'condemned "the attack on X"'.)
            let judging = q > 0
                && (ctx.is(WordClass::Judging, q - 1)
                    || match_cue(&ctx, q - 1).is_some_and(|(e, f)| {
                        e == q
                            && matches!(
                                lex.cues[f.cue].category,
                                Category::ACCUSE | Category::SUPPORT | Category::REJECT
                            )
                    }));
            // (Not whom "blamed the violence on" names.)
            let blames = q > 0
                && match_cue(&ctx, q - 1).is_some_and(|(_, f)| lex.cues[f.cue].lemma == "blame");
            let patients: Option<Vec<&str>> = (judging
                && !cue.of_agent
                && end < n
                && (matches!(ctx.w(end), "of" | "against" | "targeting")
                    || (ctx.w(end) == "on" && !blames)))
                .then(|| {
                    let phrase: Vec<usize> = (end..n.min(end + 8))
                        .take_while(|&k| {
                            !ctx.is_boundary(k)
                                && ctx.w(k) != ","
                                && !ctx.is(WordClass::BeAux, k)
                                && !ctx.is(WordClass::Skip, k)
                                && !predicate(k)
                        })
                        .collect();
                    (!phrase.iter().any(|&k| matches!(ctx.w(k), "by" | "'s"))).then(|| {
                        phrase
                            .iter()
                            .filter_map(|&k| ctx.mention(k))
                            .map(|m| ctx.ments[m].actor.as_str())
                            .collect()
                    })
                })
                .flatten();
            if form.pos != Pos::Noun || (own_party(end) && patients.is_none()) {
                break;
            }
            // A noun whose "of" names its agent ("the visit of X") stands for an act of its
            // own word only, reacted to: "Elessar visited Edoras. Rohan called the visit
            // regrettable.", "The visit was criticised by Rohan."
            if cue.of_agent
                && !((reacts || (end == i + 1 && reacted()))
                    && last_by_lemma.contains_key(&cue.lemma))
            {
                // "Soldiers seized the president … the EU condemned the coup", "The coup was
                // condemned by …": a coup named after its deed stands for the last deed's
                // agent.
                // (Only soldiers' or a junta's deed: not "ECOWAS sanctioned Guinea … the coup".)
                let coup = cue.mode.as_deref() == Some("coup") && end == i + 1;
                let armed = |a: &&str| {
                    a.rsplit('_')
                        .next()
                        .is_some_and(|w| w == "junta" || lex.words.is(WordClass::Military, w))
                };
                if let Some(agent) = last_act
                    .filter(armed)
                    .filter(|_| coup && (reacts || reacted()) && !own_party(end))
                {
                    out.push((d, end, agent.to_owned(), false));
                }
                break;
            }
            // The candidates, by lemma then by category: the first not on the side of an
            // actor named before it in the sentence (who judges it), else the first.
            // An event two agents did together ("Arnor and Rohan launched strikes") stands
            // for both.
            let by_category = (!cue.of_agent)
                .then(|| last_agent.get(&cue.category))
                .flatten();
            // Also the act of its verb: "Gondor expelled the envoys. Rohan condemned the
            // expulsions." (the noun and the verb of one category sharing their stem).
            let by_verb = || {
                last_by_lemma
                    .iter()
                    .filter(|(lemma, agents)| {
                        !agents.is_empty()
                            && **lemma != cue.lemma
                            && lex.cue_forms_share_stem(lemma, &cue.lemma, cue.category)
                    })
                    .map(|(_, agents)| agents)
                    .next()
            };
            let candidates: Vec<&Vec<String>> = [
                lead_by_lemma.get(&cue.lemma),
                last_by_lemma.get(&cue.lemma).or_else(by_verb),
                by_category,
            ]
            .into_iter()
            .flatten()
            .filter(|a| !a.is_empty())
            .collect();
            let judged_by_own = |agent: &str| {
                ctx.ments
                    .iter()
                    .filter(|m| m.start < d)
                    .any(|m| same_side(&m.actor, agent))
            };
            // Else an earlier agent of its word not on the judge's side: "Arnor seized a
            // Gondorian tanker … Gondor seized an Arnorian tanker … Arnor condemned the
            // seizure".
            // (Of its verb too: "seized" for "the seizures".)
            let earlier = lemma_history
                .iter()
                .filter(|(lemma, _)| {
                    **lemma == cue.lemma
                        || lex.cue_forms_share_stem(lemma, &cue.lemma, cue.category)
                })
                .flat_map(|(_, h)| h.iter())
                .find(|a| !judged_by_own(a))
                .map(|a| vec![a.clone()]);
            // (Of a clash's two sides, the one that did not suffer it: "… clashes with Rohirric
            // protesters. Arnor condemned the attacks on the troops.")
            let strip = |a: &Vec<String>| -> Vec<String> {
                match &patients {
                    // (Also the sufferer's own body: "NATO" for "the attacks on KFOR".)
                    Some(p) if a.len() >= 2 => a
                        .iter()
                        .filter(|x| !p.iter().any(|t| same_side(x, t)))
                        .cloned()
                        .collect(),
                    _ => a.clone(),
                }
            };
            let agents = candidates
                .iter()
                .copied()
                .find(|a| !judged_by_own(&a[0]))
                .or(earlier.as_ref())
                .or(candidates.first().copied())
                .map(strip)
                // (The act remembered hit the one named: not "Mordor shelled Gondor. Rohan
                // condemned the attack on Arnor.")
                .filter(|a| {
                    !a.is_empty()
                        && patients.as_ref().is_none_or(|p| {
                            a.iter().all(|x| !p.contains(&x.as_str()))
                                && p.iter().all(|t| a.iter().any(|x| acted_on(x, t)))
                        })
                });
            // (Talks held between two parties stand for neither: "welcomed the talks" backs
            // no one side.)
            let agents = agents.filter(|a| !(a.len() >= 2 && cue.category == Category::CONSULT));
            match agents.as_deref() {
                Some([a, b, ..]) if !judged_by_own(b) && end > d + 1 => {
                    out.push((d, d + 1, a.clone(), true));
                    out.push((d + 1, end, b.clone(), false));
                }
                Some([a, ..]) => out.push((d, end, a.clone(), false)),
                _ => {}
            }
            break;
        }
    }
    if let (Some(claimant), Some(claimed)) = (last_claim, last_claim_target) {
        denied_claims(&ctx, (claimant, claimed), same_side, &mut out);
    }
    out
}

/// "Rohan accused Gondor of shelling the town. Gondor denied shelling it.", "… denied that it
/// had …", "… denied involvement", "… denied any Gondorian involvement": a denial whose object
/// names no one but what was alleged (a gerund, a "that" clause, a saying noun, past the
/// name of whose involvement is denied) stands for the last accuser, when that last claim was
/// against the denier's side (or the one named).
fn denied_claims(
    ctx: &Ctx<'_>,
    (claimant, claimed): (&str, &str),
    same_side: &dyn Fn(&str, &str) -> bool,
    out: &mut Vec<StandIn>,
) {
    let n = ctx.toks.len();
    let lex = ctx.lex;
    // Whether the claim was against this actor's side, from another.
    let accused = |a: &str| !same_side(claimant, a) && same_side(claimed, a);
    // (Only a form of "deny" is looked up as a cue.)
    for v in (1..n).filter(|&v| ctx.w(v).starts_with("den")) {
        let Some((e, f)) = match_cue(ctx, v) else {
            continue;
        };
        if f.pos != Pos::Verb || lex.cues[f.cue].lemma != "deny" || v + 1 != e {
            continue;
        }
        let g = ctx.past_adverbs_and_skips(e);
        if g + 1 >= n || out.iter().any(|s| s.0 <= g && g < s.1) {
            continue;
        }
        let saying = |k: usize| k < n && lex.words.is_noun(WordClass::Saying, ctx.w(k));
        let w = ctx.w(g);
        // "any Gondorian involvement": the one whose involvement is denied, named inside.
        let inside = ctx
            .mention(g + 1)
            .filter(|&m| matches!(w, "any" | "all") && saying(ctx.ments[m].end));
        let alleged = if ctx.at[g].is_some() {
            false
        } else if w == "that" {
            // Only what the denier itself is said to have done: "denied that it had …",
            // "denied that Gondor had …" (not "denied that the deaths constituted …").
            let t = ctx.past_article(g + 1);
            matches!(ctx.w(t), "it" | "they" | "he" | "she" | "we")
                || ctx.mention(t).is_some_and(|m| {
                    ctx.subject(v)
                        .iter()
                        .any(|&s| same_side(&ctx.ments[s].actor, &ctx.ments[m].actor))
                })
        } else if w.len() > 4 && w.ends_with("ing") && w.chars().all(char::is_alphabetic) {
            ctx.cues[g].as_ref().is_none_or(|(_, c)| c.pos == Pos::Verb)
        } else {
            saying(g) || (matches!(w, "any" | "all") && saying(g + 1)) || inside.is_some()
        };
        if !alleged {
            continue;
        }
        let denier_accused = ctx.subject(v).iter().any(|&s| accused(&ctx.ments[s].actor));
        let named_accused = inside.is_some_and(|m| accused(&ctx.ments[m].actor));
        if denier_accused || named_accused {
            // (Over the whole phrase when a name is inside it.)
            let end = inside.map_or(g + 1, |m| ctx.ments[m].end + 1);
            out.push((g, end, claimant.to_owned(), false));
        }
    }
}

/// Agentless passives of a material act's verb cue with "also" or "too" ("Dozens of Rohirric lawmakers were
/// also placed on the list", "A Rohirric activist was arrested too"), and agentless "those"
/// forms ("Among those arrested were A and B", `those_patients`): the cue, its first and end
/// tokens, the patients' mentions and whether it is a "those" form, for the extractor to give
/// them the agent of the last act of the same cue (`EventMemory::last_by_lemma`), or for a
/// "those" form of the last act of the sentence before.
pub(super) fn also_passives(
    lex: &Lexicon,
    idx: &CueIndex,
    text: &str,
    toks: &[Token],
    ments: &[Mention],
) -> Vec<(usize, usize, usize, Vec<usize>, bool)> {
    if ments.is_empty()
        || !toks
            .iter()
            .any(|t| matches!(t.lower.as_str(), "also" | "too" | "those"))
    {
        return Vec::new();
    }
    let ctx = context(lex, idx, text, toks, ments);
    let n = toks.len();
    let mut out = Vec::new();
    // (Only a verb within reach of "also" before it or "too" after it is looked up.)
    let near = |v: usize| {
        (v.saturating_sub(3)..v).any(|k| ctx.w(k) == "also")
            || (v + 1..n.min(v + 5)).any(|k| ctx.w(k) == "too")
    };
    // (Or right after "those" opening the sentence: "Among those arrested were …".)
    let those = |v: usize| ctx.w(v - 1) == "those";
    for v in (1..n).filter(|&v| near(v) || those(v)) {
        let Some((e, f)) = match_cue(&ctx, v) else {
            continue;
        };
        if let Some((agents, targets, _)) = those_patients(&ctx, v, e, &f) {
            let material = f.pos == Pos::Verb && !lex.cues[f.cue].category.quad().is_verbal();
            if agents.is_empty() && material && !targets.is_empty() {
                out.push((f.cue, v, e, targets, true));
            }
            continue;
        }
        // (A material act only: "X is also accused of …" tells a background charge.)
        if f.pos != Pos::Verb
            || !matches!(f.form, Some(VerbForm::Participle | VerbForm::Past))
            || lex.cues[f.cue].category.quad().is_verbal()
        {
            continue;
        }
        let Some(aux) = ctx.passive_aux(v) else {
            continue;
        };
        let also = (aux + 1..v).any(|k| ctx.w(k) == "also") || (e < n && ctx.w(e) == "too");
        // No agent named after it in its clause, and not denied or hedged.
        let by = (e..n.min(e + 8))
            .take_while(|&k| !ctx.is_boundary(k) && ctx.w(k) != ",")
            .any(|k| ctx.w(k) == "by");
        let unsure = (aux.saturating_sub(2)..v)
            .any(|k| ctx.is(WordClass::Negation, k) || ctx.is(WordClass::Hedge, k));
        if !also || by || unsure {
            continue;
        }
        let targets = ctx.passive_subject(aux);
        if !targets.is_empty() {
            out.push((f.cue, v, e, targets, false));
        }
    }
    out
}

/// "Among those arrested were A and B", "Those sanctioned (by Gondor) include A": the list
/// after the copula (or "include") is the patient of the participle at `v..end`; the agent is
/// the one named after "by" (none otherwise: the act's agent named before is found as for
/// "were also arrested"). Returns (agents, patients, the copula).
fn those_patients(
    ctx: &Ctx<'_>,
    v: usize,
    end: usize,
    f: &CueForm,
) -> Option<(Vec<usize>, Vec<usize>, usize)> {
    if !matches!(f.form, Some(VerbForm::Participle | VerbForm::Past))
        || v == 0
        || ctx.w(v - 1) != "those"
    {
        return None;
    }
    let n = ctx.toks.len();
    let sources = if end < n && ctx.w(end) == "by" {
        ctx.agent(end)
    } else {
        Vec::new()
    };
    // "X was among those executed": X.
    if v >= 3 && ctx.w(v - 2) == "among" && ctx.is(WordClass::BeAux, v - 3) {
        return Some((sources, ctx.subject(v - 3), v - 3));
    }
    let opening =
        v == 1 || (v >= 2 && (ctx.w(v - 2) == "among" || crate::text::is_quote_mark(ctx.w(v - 2))));
    if !opening {
        return None;
    }
    let past_agent = sources
        .iter()
        .map(|&m| ctx.ments[m].end)
        .max()
        .unwrap_or(end);
    let among = v >= 2 && ctx.w(v - 2) == "among";
    let copula = |k: usize| {
        matches!(ctx.w(k), "are" | "were")
            || (among && matches!(ctx.w(k), "is" | "was"))
            || (!among && matches!(ctx.w(k), "include" | "included" | "includes"))
    };
    let k = (past_agent..n.min(past_agent + 3))
        .take_while(|&k| !ctx.is_boundary(k) || copula(k))
        .find(|&k| copula(k))
        .filter(|&k| k + 1 < n)?;
    let targets = ctx
        .mention(ctx.past_article(k + 1))
        .map(|t| ctx.coordinated(t, false))
        .unwrap_or_default();
    (!targets.is_empty()).then_some((sources, targets, k))
}

/// Whether `w` is a reflexive pronoun ("itself", "themselves").
fn reflexive(w: &str) -> bool {
    matches!(
        w,
        "itself" | "themselves" | "himself" | "herself" | "ourselves" | "myself"
    )
}

/// The modal of "will not", "won't", "would never" right before the verb at `v` (past "-ly"
/// adverbs): a refusal for the future.
fn future_negation(ctx: &Ctx<'_>, v: usize) -> Option<usize> {
    let mut q = v;
    while q > 0 && ctx.ly_adverb(q - 1) {
        q -= 1;
    }
    let m = q.checked_sub(2)?;
    // Also a decision not to: "has decided not to attend the meeting with Gondor".
    if m >= 1
        && ctx.w(q - 1) == "to"
        && ctx.w(m) == "not"
        && matches!(
            ctx.w(m - 1),
            "decided" | "decides" | "decide" | "chose" | "chooses" | "opted" | "opts"
        )
    {
        return Some(m - 1);
    }
    (matches!(ctx.w(q - 1), "not" | "never" | "n't")
        && matches!(ctx.w(m), "will" | "would" | "shall" | "wo"))
    .then_some(m)
}

/// Those who "followed suit", "did the same" or "did likewise" in the sentence: for each such
/// phrase (not negated), its first and last tokens and its subjects, who repeat the last act
/// named before them.
pub(super) fn copiers(
    lex: &Lexicon,
    idx: &CueIndex,
    text: &str,
    toks: &[Token],
    ments: &[Mention],
) -> Vec<(usize, usize, Vec<usize>)> {
    let w = |k: usize| toks[k].lower.as_str();
    // (Found by the phrase's last word, then the words before it.)
    let start = |e: usize| match w(e) {
        "suit" if e >= 1 && matches!(w(e - 1), "followed" | "follow" | "follows" | "following") => {
            Some(e - 1)
        }
        "likewise" if e >= 1 && w(e - 1) == "did" => Some(e - 1),
        "same" if e >= 2 && w(e - 1) == "the" && w(e - 2) == "did" => Some(e - 2),
        _ => None,
    };
    let found: Vec<(usize, usize)> = (1..toks.len())
        .filter_map(|e| start(e).map(|k| (k, e)))
        .collect();
    if found.is_empty() {
        return Vec::new();
    }
    let ctx = context(lex, idx, text, toks, ments);
    found
        .into_iter()
        .filter(|&(k, _)| !(k > 0 && ctx.is(WordClass::Negation, k - 1)))
        .map(|(k, last)| {
            // "…, following suit": the participle's subject.
            let subjects = if w(k) == "following" {
                ctx.participial_subject(k)
            } else {
                ctx.subject(k)
            };
            (k, last, subjects)
        })
        .filter(|(_, _, s)| !s.is_empty())
        .collect()
}

pub(super) fn find(
    lex: &Lexicon,
    idx: &CueIndex,
    text: &str,
    toks: &[Token],
    ments: &[Mention],
    agents: &mut Vec<(usize, usize)>,
    stems: &mut Vec<(String, usize)>,
) -> Vec<Found> {
    let mut ctx = context(lex, idx, text, toks, ments);
    let mut i = 0;
    while i < toks.len() {
        if ctx.at[i].is_none() {
            if let Some((end, form)) = match_cue(&ctx, i) {
                // Calling someone is a telephone call only when the one called comes right
                // after the verb and a day, a purpose or the clause's end follows: "Gondor's
                // king called Bard Bow on Monday", "called Rohan to offer condolences" (not
                // "called Rohan a threat", "called on Rohan", "a so-called Rohan"). Any other
                // call is no cue at all, so that "called" stays the judging verb of "called
                // Rohan's move illegal".
                if lex.cues[form.cue].mode.as_deref() == Some("ring")
                    && (!ctx.mention(end).is_some_and(|t| rings(&ctx, end, t))
                        || (i > 0 && matches!(ctx.w(i - 1), "so" | "-")))
                {
                    i += 1;
                    continue;
                }
                // Giving someone a time to leave is an expulsion ("gave the Gondorian
                // envoy 48 hours to leave"); any other giving is no cue at all.
                if lex.cues[form.cue].lemma == "give"
                    && !(end..toks.len().min(end + 10)).any(|k| {
                        matches!(ctx.w(k), "hours" | "days" | "weeks")
                            && k + 2 < toks.len()
                            && ctx.w(k + 1) == "to"
                            && ctx.w(k + 2) == "leave"
                    })
                {
                    i += 1;
                    continue;
                }
                ctx.cues[i] = Some((end, form));
                i = end;
                continue;
            }
        }
        i += 1;
    }
    // (With the cue map filled in: the subject of a verb after a cue's phrase.)
    *stems = verb_deeds(&ctx);
    let mut out = Vec::new();
    // Requests pressing no one to give way, with their addressees.
    let mut unpressed_at: Vec<(usize, Vec<usize>)> = Vec::new();
    for i in 0..toks.len() {
        let Some((end, form)) = ctx.cues[i].clone() else {
            continue;
        };
        // "called on Gondor to help (resolve the dispute)": asking someone for a cooperative
        // act for oneself is an appeal to them; so is asking them to, which is no expulsion
        // ("asked Gondor to help stop …", not "asked the envoy to leave").
        let asking = lex.cues[form.cue].category == Category::REQUEST
            || lex.cues[form.cue].mode.as_deref() == Some("expulsion");
        let appeal = (form.pos == Pos::Verb
            && asking
            && lex.cues[form.cue].stance == crate::lexicon::Stance::Against
            && ctx.asks_help(end))
        .then_some(idx.appeal)
        .flatten();
        // "urged the OSCE to assess …", "urged Arnor and Rohan to resolve the issue": a request
        // that presses no one to give way is no act against its addressee (only against whom
        // it asks them to act on: "urged Rohan to impose sanctions on Gondor").
        let addressees = (appeal.is_none()
            && form.pos == Pos::Verb
            && lex.cues[form.cue].category == Category::REQUEST
            && lex.cues[form.cue].stance == crate::lexicon::Stance::Against)
            .then(|| ctx.object(end))
            .filter(|ads| ctx.presses(ads) == Some(false));
        // "asked Gondor to explain", "asked Rohan not to interfere": asking someone to give
        // way is a demand on them, no expulsion (which asks them "to leave"); not when the
        // request names a third party ("asked Rohan to close the straits to Gondorian ships").
        let demand = (appeal.is_none()
            && form.pos == Pos::Verb
            && lex.cues[form.cue].mode.as_deref() == Some("expulsion")
            && lex.cues[form.cue].category != Category::REQUEST)
            .then(|| ctx.object(end))
            .filter(|ads| {
                ctx.presses(ads) == Some(true) && !ctx.leaves_after(ads) && !ctx.third_party(ads)
            })
            .and(idx.demand);
        let form = match appeal.or(demand) {
            Some(cue) => CueForm { cue, ..form },
            None => form,
        };
        let cue = &lex.cues[form.cue];
        let mode = cue.mode.as_deref();
        // "strike a (similar) deal with X": striking an agreement is no attack (the idiom's
        // verb only: "violated the ceasefire agreement" is an act).
        let agreement_object = form.pos == Pos::Verb
            && cue.lemma == "strike"
            && (end..(end + 4).min(toks.len()))
                .take_while(|&k| {
                    ctx.mention(k)
                        .is_none_or(|m| ctx.ments[m].form == MentionForm::Adjective)
                        && !ctx.is_boundary(k)
                })
                .any(|k| {
                    matches!(&ctx.cues[k], Some((_, g))
                        if g.pos == Pos::Noun && ctx.lex.cues[g.cue].category == Category::AGREE)
                });
        if agreement_object {
            continue;
        }
        // A blame someone bears, judged by the speaker (`borne_links`).
        let mut borne = false;
        if let Some(ads) = addressees {
            unpressed_at.push((i, ads));
        }
        let links = match form.pos {
            Pos::Verb if mode == Some("ruling") => ruling_links(&ctx, i, end),
            Pos::Verb if mode == Some("breach claim") => breach_links(&ctx, i, end),
            Pos::Verb if mode == Some("pit") => pit_links(&ctx, i, end),
            // (Checked before linking: "held" is mostly "held talks".)
            Pos::Verb if mode == Some("held") && !held(&ctx, i, end) => Vec::new(),
            Pos::Verb => verb_links(&ctx, i, end, &form),
            // "sentenced to life imprisonment": the penalty a verb of its category gives is
            // that verb's act, not one of its own.
            Pos::Noun
                if (i.saturating_sub(3)..i).any(|t| {
                    ctx.w(t) == "to"
                        && t > 0
                        && matches!(&ctx.cues[t - 1], Some((e, g)) if *e == t
                            && g.pos == Pos::Verb
                            && lex.cues[g.cue].category == cue.category)
                }) =>
            {
                Vec::new()
            }
            Pos::Noun if mode == Some("borne") => {
                borne = true;
                borne_links(&ctx, i, end)
            }
            // "demanded the withdrawal of Gondorian troops": a cooperative act asked for has
            // not happened (the request is the act); nor has one cut ("cut its gas supplies
            // to Gondor").
            Pos::Noun
                if cue.stance == crate::lexicon::Stance::Support
                    && (i.saturating_sub(3)..i).any(|p| {
                        matches!(&ctx.cues[p], Some((e, g)) if g.pos == Pos::Verb
                            && (lex.cues[g.cue].category == Category::REQUEST
                                || lex.cues[g.cue].mode.as_deref() == Some("cut"))
                            && (*e..i).all(|q| ctx.is(WordClass::Determiner, q)
                                || matches!(ctx.w(q), "its" | "their" | "his" | "her")
                                || (ctx.plain_word(q) && ctx.cues[q].is_none())))
                    }) =>
            {
                Vec::new()
            }
            // "chanting slogans in support of Gondor": a protest's words backing someone are
            // no protest against them.
            Pos::Noun
                if cue.category == Category::PROTEST
                    && end + 2 < toks.len()
                    && matches!(
                        (ctx.w(end), ctx.w(end + 1), ctx.w(end + 2)),
                        ("in", "support" | "favour" | "favor", "of") | ("in", "solidarity", "with")
                    ) =>
            {
                Vec::new()
            }
            Pos::Noun => {
                let links = noun_links(&ctx, i, end, &form);
                // "the blame lies with Gondor".
                let links = if cue.category == Category::ACCUSE
                    && links.iter().all(|l| l.0.is_empty() || l.1.is_empty())
                {
                    let lies = borne_links(&ctx, i, end);
                    borne = !lies.is_empty();
                    if borne {
                        lies
                    } else {
                        links
                    }
                } else {
                    links
                };
                // "calling Gondor's criticism 'blatant interference'": a hostile noun judging
                // a phrase, when it has no participants of its own.
                // Verbal conflict, coercion and threats judge; a defeat or a raid does not.
                let hostile = matches!(
                    cue.category,
                    Category::ACCUSE | Category::COERCE | Category::THREATEN
                ) || mode == Some("hostile act");
                if hostile && links.iter().all(|l| l.0.is_empty() || l.1.is_empty()) {
                    let judged = adjective_links(&ctx, i, true);
                    if judged.is_empty() {
                        links
                    } else {
                        judged
                    }
                } else {
                    links
                }
            }
            Pos::Adjective if mode == Some("feeling") => feeling_links(&ctx, i, false),
            Pos::Adjective if mode == Some("stance") => feeling_links(&ctx, i, true),
            Pos::Adjective => adjective_links(&ctx, i, false),
            Pos::Epithet => adjective_links(&ctx, i, true),
            Pos::Agent => agent_links(&ctx, i, end),
        };
        // A closure's object names no one; its place phrase does (below).
        // "A cut ties with Gondor, while B and C recalled their ambassadors": a recall of
        // one's own envoys with no host named is from the one an earlier sanction of the
        // sentence was against.
        let links = if links.iter().all(|l| l.1.is_empty())
            && cue.lemma == "recall"
            && form.pos == Pos::Verb
        {
            let n = toks.len();
            let own_envoys = (end..n.min(end + 3)).any(|k| {
                matches!(ctx.w(k), "its" | "their")
                    && k + 1 < n
                    && (ctx.role_word(k + 1) || {
                        let w = ctx.w(k + 1);
                        lex.roles.contains_key(w.strip_suffix('s').unwrap_or(w))
                    })
            });
            let earlier = out.iter().rev().find(|f: &&Found| {
                f.cue_tok < i
                    && lex.cues[f.cue].category == Category::SANCTION
                    && f.modality.is_factual()
            });
            let sources = earlier
                .filter(|_| own_envoys)
                .map(|_| ctx.subject(i))
                .unwrap_or_default();
            match earlier.filter(|_| !sources.is_empty()) {
                Some(f) => {
                    let clause = sources.iter().map(|&m| ctx.ments[m].end).max().unwrap_or(i);
                    vec![(sources, vec![f.target], clause.min(i), None)]
                }
                None => links,
            }
        } else {
            links
        };
        let links = if links.is_empty() && mode == Some("closure") {
            vec![(ctx.subject(i), Vec::new(), i, None)]
        } else {
            links
        };
        // "blamed the violence on Gondor": whom "on" names past an object that names no one
        // (or right after the verb in a relative clause: "an incident that Rohan blamed on
        // Gondor"; not in the passive).
        let links = if form.pos == Pos::Verb
            && cue.lemma == "blame"
            && links.iter().all(|l| l.1.is_empty())
        {
            let n = ctx.toks.len();
            let passive = i > 0 && ctx.is(WordClass::BeAux, i - 1);
            let on = (end..n.min(end + 8))
                .take_while(|&k| !ctx.is_boundary(k) && ctx.w(k) != "," && ctx.at[k].is_none())
                .find(|&k| ctx.w(k) == "on" && (k > end || !passive) && k + 1 < n);
            match on.and_then(|k| ctx.mention(ctx.past_article(k + 1))) {
                Some(t) => vec![(ctx.subject(i), ctx.coordinated(t, false), i, None)],
                None => links,
            }
        } else {
            links
        };
        // A street protest's target is whom it is against or the building it stands outside:
        // "rallied outside Gondor's embassy", "staged a protest in front of the Gondorian
        // embassy", "demonstrated against the government". A rally cue links only so.
        let rally = mode == Some("rally");
        let links = if rally || cue.lemma == "protest" {
            match rally_target(&ctx, end) {
                Some(t) if rally || links.iter().all(|l| l.1.is_empty()) => {
                    let clause = links.first().map_or(i, |l| l.2);
                    let mut sources: Vec<usize> = links
                        .iter()
                        .find(|l| !l.0.is_empty() && !l.0.contains(&t))
                        .map(|l| l.0.clone())
                        .unwrap_or_default();
                    if sources.is_empty() {
                        // The protest's verb, or the light verb before its noun ("staged a
                        // protest").
                        let verb = match form.pos {
                            Pos::Verb => Some(i),
                            _ => (i.saturating_sub(3)..i)
                                .rev()
                                .find(|&k| ctx.light_verb_ending(k).is_some()),
                        };
                        sources = verb.map(|v| ctx.subject(v)).unwrap_or_default();
                    }
                    vec![(sources, ctx.coordinated(t, false), clause, None)]
                }
                _ if rally => Vec::new(),
                _ => links,
            }
        } else {
            links
        };
        for (mut sources, mut targets, clause, claim) in links {
            // "suspended flights from Gondor to Rohan" (by Gondor): the route's end is acted
            // on, not its own start.
            for t in targets.iter_mut() {
                let (st, e) = (ctx.ments[*t].start, ctx.ments[*t].end);
                let own = sources.iter().any(|&s| {
                    let a = &ctx.ments[s].actor;
                    *a == ctx.ments[*t].actor
                        || lex.top(a).is_some_and(|top| top.id == ctx.ments[*t].actor)
                });
                if own
                    && st > 0
                    && ctx.w(st - 1) == "from"
                    && e + 1 < toks.len()
                    && ctx.w(e) == "to"
                {
                    if let Some(to) = ctx.mention(ctx.past_article(e + 1)) {
                        *t = to;
                    }
                }
            }
            // A judgement only a judging verb makes one ("holds Gondor responsible"; not "she
            // is responsible for training").
            // Holding someone is detaining them only in the passive, held somewhere or by
            // someone ("was held in Moscow", "were held in custody", "is held by Mordor"; not
            // "held talks", "was held responsible").
            if mode == Some("held") && !held(&ctx, i, end) {
                continue;
            }
            if mode == Some("judged") && !ctx.is(WordClass::Judging, clause) {
                continue;
            }
            // Arriving or travelling is visiting only a place named right after the verb
            // ("arrived in Gondor", "flew to Gondor"; not "arrived in power, he …", "came to
            // power in Gondor"); past "the" ("arrived in the Netherlands").
            // Asylum or refuge taken or sought somewhere is given by that place: "Smith took
            // refuge at the Gondorian consulate" (the consulate shelters Smith).
            if mode == Some("asylum")
                && form.pos == Pos::Noun
                && (i.saturating_sub(3)..i).any(|k| {
                    matches!(
                        ctx.w(k),
                        "take"
                            | "takes"
                            | "took"
                            | "taken"
                            | "taking"
                            | "seek"
                            | "seeks"
                            | "sought"
                            | "seeking"
                            | "find"
                            | "finds"
                            | "found"
                            | "finding"
                    )
                })
            {
                std::mem::swap(&mut sources, &mut targets);
            }
            // Leaving what is named after oneself is leaving what the phrase names next:
            // "Gondor pulls out of the Year of Gondor in Rohan" leaves Rohan's event.
            if mode == Some("leave")
                && !targets.is_empty()
                && targets.iter().all(|&t| {
                    sources
                        .iter()
                        .any(|&s| ctx.ments[s].actor == ctx.ments[t].actor)
                })
            {
                let after = targets
                    .iter()
                    .map(|&t| ctx.ments[t].end)
                    .max()
                    .unwrap_or(end);
                let next = (after..ctx.toks.len().min(after + 6))
                    .take_while(|&k| !ctx.is_boundary(k) && ctx.w(k) != ",")
                    .find_map(|k| ctx.mention(k))
                    .filter(|&m| {
                        let s = ctx.ments[m].start;
                        s > 0
                            && matches!(ctx.w(s - 1), "in" | "with")
                            && sources
                                .iter()
                                .all(|&x| ctx.ments[x].actor != ctx.ments[m].actor)
                    });
                if let Some(m) = next {
                    targets = vec![m];
                }
            }
            if mode == Some("visit") && (cue.lemma.ends_with(" in") || cue.lemma.ends_with(" to")) {
                targets.retain(|&t| {
                    let s = ctx.ments[t].start;
                    s == end || (s == end + 1 && ctx.w(end) == "the")
                });
            }
            // A standing relation is an act only as a light verb's object: "restored (full
            // diplomatic) relations with Gondor", "deepened its ties with Gondor" (not "Gondor's
            // relations with Rohan are tense").
            if mode == Some("light") {
                let mut p = i;
                let pronoun =
                    |k: usize| matches!(ctx.w(k), "its" | "their" | "his" | "her" | "our");
                while p > 0
                    && i - p < 4
                    && (ctx.mention(p - 1).is_none() || pronoun(p - 1))
                    && (ctx.is(WordClass::Determiner, p - 1)
                        || ctx.plain_word(p - 1)
                        || pronoun(p - 1))
                    && !ctx.is_preposition(p - 1)
                    && ctx.w(p - 1) != "of"
                    && ctx.light_verb_ending(p - 1).is_none()
                {
                    p -= 1;
                }
                if p == 0 || ctx.light_verb_ending(p - 1).is_none() {
                    continue;
                }
            }
            // Crossing into a state is an incursion only by armed forces.
            // (Also a body's troops named after it: "ECOWAS troops".)
            if mode == Some("incursion") {
                sources.retain(|&m| {
                    let e = ctx.ments[m].end;
                    (e > 0 && ctx.is(WordClass::Military, e - 1))
                        || (e < ctx.toks.len()
                            && ctx.at[e].is_none()
                            && ctx.is(WordClass::Military, e))
                });
                if sources.is_empty() {
                    continue;
                }
            }
            // Burning is a protest only of a flag: against its state, and whom "outside"
            // names after it ("burned Gondorian flags outside the Gondorian embassy").
            // Representing someone's interests is acting for them: "Sweden, which represents
            // U.S. interests in Pyongyang" (a protecting power); representing anything else
            // is no act.
            if mode == Some("interests") {
                let interests = object_word(&ctx, end, |k| k > end && ctx.w(k) == "interests");
                let Some(w) = interests else { continue };
                // (Also "the interests of Rohan".)
                let of = w + 1 < ctx.toks.len() && ctx.w(w + 1) == "of";
                targets = ctx
                    .mention(w - 1)
                    .or_else(|| {
                        (w >= 2 && ctx.w(w - 1) == "'s")
                            .then(|| ctx.mention(w - 2))
                            .flatten()
                    })
                    .or_else(|| of.then(|| ctx.mention_after(w + 1)).flatten())
                    .into_iter()
                    .collect();
                if targets.is_empty() {
                    continue;
                }
            }
            if mode == Some("flag") {
                let flag = object_word(&ctx, end, |k| k > end && ctx.is(WordClass::Flag, k));
                let Some(f) = flag else { continue };
                targets = ctx.mention(f - 1).into_iter().collect();
                targets.extend(rally_target(&ctx, f + 1));
                if targets.is_empty() {
                    continue;
                }
            }
            // Ending is an act only on a tie its object names: "ended its defence cooperation
            // agreement with Gondor", "ends military aid to Rohan" (not "ended his visit to
            // Gondor", "ended the blockade of Rohan").
            if mode == Some("ending") && !ends_a_tie(&ctx, end) {
                continue;
            }
            // Closing is an act only on a border, an embassy, airspace …: against the state
            // named with it ("the border with Gondor", "its embassy in Gondor", "its airspace
            // to Gondor").
            if mode == Some("closure") {
                let n = ctx.toks.len();
                // In the passive what is closed comes before the auxiliary: "the border with
                // Gondor was closed by Rohan".
                let aux = ctx.passive_aux(i);
                let (obj, lim) = match aux {
                    Some(a) => (
                        (a.saturating_sub(8)..a)
                            .rev()
                            .take_while(|&k| ctx.w(k) != "," && !ctx.is_boundary(k))
                            .last()
                            .unwrap_or(a),
                        a,
                    ),
                    None => (end, n),
                };
                // Closing a body itself: "closed the Russian House", "shut Sputnik Azerbaijan".
                let body = ctx.mention(ctx.past_article(obj)).filter(|&m| {
                    let a = &ctx.ments[m].actor;
                    !ctx.ments[m].possessive
                        && !ctx.ments[m].person
                        && ctx.ments[m].end > ctx.ments[m].start + 1
                        && ctx.lex.state(a).is_none()
                        && ctx.lex.actor(a).is_none_or(|x| {
                            matches!(
                                x.kind,
                                crate::lexicon::Kind::Agency
                                    | crate::lexicon::Kind::Org
                                    | crate::lexicon::Kind::Media
                            )
                        })
                });
                // Closing a body's bureau or office is an act on that body: "closed the Moscow
                // bureau of Gondor Radio", "shut Gondor Radio's office", "shuts Gondor Radio
                // bureau in Edoras".
                let outpost = (obj..lim.min(obj + 6))
                    .take_while(|&k| !ctx.is_boundary(k) && ctx.w(k) != ",")
                    .find(|&k| ctx.is(WordClass::Outpost, k));
                let owner = outpost.and_then(|o| {
                    // (Past a possessor: "the bureau of Gondor's Palantir News".)
                    let of = (o + 1 < n && ctx.w(o + 1) == "of")
                        .then(|| ctx.mention_after(o + 1))
                        .flatten()
                        .map(|m| {
                            let e = ctx.ments[m].end;
                            ctx.ments[m]
                                .possessive
                                .then(|| ctx.mention(e + 1))
                                .flatten()
                                .unwrap_or(m)
                        });
                    let not_state = |m: &usize| ctx.lex.state(&ctx.ments[*m].actor).is_none();
                    of.or_else(|| {
                        (obj..o).rev().find_map(|k| {
                            ctx.mention(k)
                                .filter(|&m| ctx.ments[m].possessive || ctx.ments[m].end == o)
                        })
                    })
                    .filter(not_state)
                });
                if let Some(m) = body.or(owner) {
                    targets = vec![m];
                } else {
                    // Also past a list of kinds: "closed all land, sea and air borders with Gondor".
                    let head = (obj..lim.min(obj + 8))
                        .take_while(|&k| {
                            !ctx.is_boundary(k)
                                && (ctx.w(k) != "," || (k + 1 < n && ctx.plain_word(k + 1)))
                        })
                        .find(|&k| ctx.is(WordClass::Closable, k));
                    let Some(h) = head else { continue };
                    let state = |m: &usize| ctx.lex.state(&ctx.ments[*m].actor).is_some();
                    let place = (h + 1..n.min(h + 4))
                        .find(|&k| matches!(ctx.w(k), "with" | "in" | "to" | "for"))
                        .and_then(|k| ctx.mention_after(k))
                        .filter(state)
                        // "shut the Gondor border": the state named before the noun, also
                        // past a modifier ("close a Gondorian air base").
                        .or_else(|| {
                            let e = if h > 2 && ctx.plain_word(h - 1) && ctx.at[h - 1].is_none() {
                                h - 1
                            } else {
                                h
                            };
                            ctx.mention(e - 1)
                                .filter(|&m| {
                                    ctx.ments[m].end == e
                                        && !ctx.ments[m].possessive
                                        && ctx.capitalised(ctx.ments[m].start)
                                })
                                .filter(state)
                        })
                        // "closed its embassy there": the last place named before ("recalled
                        // its ambassador from Edoras").
                        .or_else(|| {
                            (h + 1 < n && ctx.w(h + 1) == "there")
                                .then(|| {
                                    (0..ctx.ments.len()).rev().find(|&k| {
                                        let m = &ctx.ments[k];
                                        m.end <= i
                                            && m.start > 0
                                            && (ctx.locative(k)
                                                || matches!(
                                                    ctx.w(m.start - 1),
                                                    "from" | "in" | "to" | "at"
                                                ))
                                            && ctx.lex.state(&m.actor).is_some()
                                            && !sources
                                                .iter()
                                                .any(|&x| ctx.ments[x].actor == m.actor)
                                    })
                                })
                                .flatten()
                        });
                    match place {
                        Some(m) => targets = vec![m],
                        None => continue,
                    }
                }
            }
            // Following someone is siding with them only as their "lead": "followed Gondor's
            // lead" (not "followed the talks", "following Gondor's decision").
            // "handed over 32 contractors to Gondor": to whom "to" names, not what is handed.
            // "called in the Gondorian ambassador": calling in summons an envoy only (not
            // "called in the police").
            if cue.lemma == "call in" {
                targets.retain(|&t| {
                    (end..ctx.ments[t].end).any(|k| {
                        ctx.lex.roles.get(ctx.w(k)) == Some(&crate::lexicon::RoleClass::Envoy)
                    })
                });
                if targets.is_empty() {
                    continue;
                }
            }
            // "sent his special representative, X, to Gondor": sending an envoy or a named
            // person (not troops) to someone consults them.
            if mode == Some("dispatch") {
                let n = ctx.toks.len();
                let to = (end..n.min(end + 14))
                    .take_while(|&k| !ctx.is_boundary(k))
                    .find(|&k| ctx.w(k) == "to" && k + 1 < n);
                let envoy = to.is_some_and(|t| {
                    (end..t).any(|k| {
                        ctx.role_word(k) || ctx.mention(k).is_some_and(|m| ctx.ments[m].person)
                    })
                });
                targets = to
                    .filter(|_| envoy)
                    .and_then(|t| ctx.mention(ctx.past_article(t + 1)))
                    .filter(|&m| !ctx.ments[m].person)
                    .map(|m| ctx.coordinated(m, false))
                    .unwrap_or_default();
                if targets.is_empty() {
                    continue;
                }
            }
            if mode == Some("handover") {
                let n = ctx.toks.len();
                let to = (end..n.min(end + 12))
                    .take_while(|&k| !ctx.is_boundary(k) && ctx.w(k) != ",")
                    .find(|&k| ctx.w(k) == "to" && k + 1 < n);
                // (A cooperative noun in the object links itself: "offered security guarantees
                // to Gondor", "pledged 500 million euros in aid to Gondor".)
                let noun_cue = |k: usize| {
                    matches!(&ctx.cues[k], Some((_, c)) if c.pos == Pos::Noun
                        && ctx.lex.cues[c.cue].stance == crate::lexicon::Stance::Support)
                };
                if to.is_some_and(|t| (end..t).any(noun_cue)) {
                    continue;
                }
                // (Not a state's adjective before a thing: "an alternative to Gondorian
                // security guarantees".)
                targets = to
                    .and_then(|t| ctx.mention(ctx.past_article(t + 1)))
                    .filter(|&m| ctx.ments[m].form != MentionForm::Adjective)
                    .map(|m| ctx.coordinated(m, false))
                    .unwrap_or_default();
                // (A thing of the actor's does not give: "Gondor's support offers an
                // alternative to …".)
                sources.retain(|&m| !ctx.ments[m].possessive);
                if targets.is_empty() || sources.is_empty() {
                    continue;
                }
            }
            // "asked the Gondorian ambassador to leave the country", "gave the envoy 72 hours to
            // leave": an expulsion, only with "to leave" after the object.
            if mode == Some("expulsion") {
                targets.retain(|&t| ctx.leaves_after(&[t]));
                if targets.is_empty() {
                    continue;
                }
            }
            // "forced Gondor to withdraw", "compelled the Gondorian envoy to leave", "forced
            // Gondor into retreat": only with "to" or "into" after the object, in a form no
            // noun shares (not "a peacekeeping force", "Gondorian forces").
            if mode == Some("compel") {
                let n = ctx.toks.len();
                let verbal = !matches!(form.form, Some(VerbForm::Third) | None);
                targets.retain(|&t| {
                    let e = ctx.ments[t].end;
                    verbal && e < n && matches!(ctx.w(e), "to" | "into")
                });
                if targets.is_empty() {
                    continue;
                }
            }
            // "cut gas supplies to Gondor", "slashed deliveries to Gondor": only past what is
            // supplied (not "cut taxes for Gondorian exporters").
            // Receiving is hosting someone, not a thing: "received the Gondorian delegation",
            // not "receive Gondorian oil".
            if matches!(mode, Some("host" | "reception")) && form.pos == Pos::Verb {
                targets.retain(|&t| {
                    let m = &ctx.ments[t];
                    let e = m.end;
                    // A name of what is received is no guest: "received Bard Bow's free-kick",
                    // "received the Bard Bow award".
                    let named_thing = m.form != MentionForm::Adjective
                        && e < ctx.toks.len()
                        && ctx.plain_word(e)
                        && !ctx.is_preposition(e)
                        && !ctx.ly_adverb(e)
                        && !ctx.is(WordClass::Calendar, e)
                        && !matches!(
                            ctx.w(e),
                            "and" | "or" | "but" | "who" | "yesterday" | "today" | "last"
                        );
                    let thing = m.start >= end && (m.possessive || named_thing);
                    if mode == Some("reception") && thing {
                        return false;
                    }
                    m.form != MentionForm::Adjective
                        || (e < ctx.toks.len()
                            && (ctx.role_word(e)
                                || ctx.lex.generic.contains_key(ctx.w(e))
                                || matches!(ctx.w(e), "delegation" | "side")))
                });
                if targets.is_empty() {
                    continue;
                }
            }
            if mode == Some("cut") {
                // (What is cut before whom it went to, or after its owner: "cut off gas
                // supplies to Gondor", "cut off Gondor's funding".)
                let n = ctx.toks.len();
                // (Past the subject's own: "cut its gas supplies to Gondor", "cutting
                // Gondorian aid to Rohan".)
                targets.retain(|&t| {
                    let m = &ctx.ments[t];
                    !(m.form == MentionForm::Adjective
                        && m.end < n
                        && ctx.is(WordClass::Supply, m.end))
                });
                if targets.is_empty() {
                    let supply = (end..n.min(end + 5))
                        .take_while(|&k| !ctx.is_boundary(k))
                        .find(|&k| ctx.is(WordClass::Supply, k));
                    if let Some(k) = supply.filter(|&k| k + 2 < n && ctx.w(k + 1) == "to") {
                        targets = ctx
                            .mention_after(k + 1)
                            .map(|m| ctx.coordinated(m, false))
                            .unwrap_or_default();
                    }
                }
                targets.retain(|&t| {
                    let e = ctx.ments[t].end + 1;
                    (end..ctx.ments[t].start).any(|k| ctx.is(WordClass::Supply, k))
                        || (ctx.ments[t].possessive
                            && (e..n.min(e + 5))
                                .take_while(|&k| !ctx.is_boundary(k))
                                .any(|k| ctx.is(WordClass::Supply, k)))
                });
                if targets.is_empty() {
                    continue;
                }
            }
            // A renewal is of a permit or a pact: its holder's ("the residence permit of X",
            // "X's visa") or its partner's ("its agreement with X").
            if mode == Some("renewal") {
                let n = ctx.toks.len();
                let permit = (end..n.min(end + 8))
                    .take_while(|&k| !ctx.is_boundary(k) && ctx.w(k) != ",")
                    .find(|&k| ctx.is(WordClass::Permit, k));
                let Some(p) = permit else { continue };
                // The owner before it ("the cleric's residence permit", "Sputnik's
                // accreditation"), else whom "of" or "with" names after it.
                let owner = (end..p)
                    .rev()
                    .find_map(|k| ctx.mention(k).filter(|&m| ctx.ments[m].possessive));
                let after = || {
                    (p + 1 < n && matches!(ctx.w(p + 1), "of" | "with"))
                        .then(|| ctx.mention_after(p + 1))
                        .flatten()
                };
                match owner.or_else(after) {
                    Some(m) => targets = ctx.coordinated(m, false),
                    None => continue,
                }
            }
            // A permit withdrawn is its holder's, named by "of" after it, not its issuer's
            // named before it: "revoked the Gondorian visas of Bard Bow".
            if cue.category == Category::SANCTION && form.pos == Pos::Verb {
                let n = ctx.toks.len();
                if let [t] = targets[..] {
                    let e = ctx.ments[t].end;
                    let holder =
                        (e < n && !ctx.ments[t].possessive && ctx.is(WordClass::Permit, e))
                            .then(|| {
                                (e + 1 < n && ctx.w(e + 1) == "of")
                                    .then(|| ctx.mention_after(e + 1))
                                    .flatten()
                            })
                            .flatten();
                    if let Some(h) = holder {
                        targets = ctx.coordinated(h, false);
                    }
                    // Withdrawing someone's detention is no sanction on them: "revoked his
                    // arrest".
                    if ctx.custody_victim(t) {
                        continue;
                    }
                }
            }
            if mode == Some("lead") {
                targets.retain(|&t| {
                    let e = ctx.ments[t].end;
                    ctx.ments[t].possessive
                        && ctx.toks.get(e + 1).is_some_and(|x| x.lower == "lead")
                });
                if targets.is_empty() {
                    continue;
                }
            }
            // Joining someone is siding with them only in an act: "joined Gondor in condemning
            // Mordor", "… in a statement blaming Mordor" (not "joined the talks", "joined
            // Gondor in 1952", "joined Gondor in achieving that target"); joining an
            // organisation is siding with it ("joined the White Council in 1952").
            // "discussed the situation (by telephone) with Rohan": the partner after "with",
            // past the topic.
            if mode == Some("discuss") {
                let with = (end..ctx.toks.len().min(end + 8))
                    .take_while(|&k| {
                        !ctx.is(WordClass::Boundary, k)
                            && ctx.w(k) != ","
                            && (k == end || ctx.cues[k].is_none())
                    })
                    .find(|&k| ctx.w(k) == "with");
                targets = with
                    .map(|w| ctx.object(ctx.past_pronoun_determiner(w + 1)))
                    .unwrap_or_default();
                // (Two or three who discussed something discussed it with each other: "A and B
                // discussed cooperation", read below.)
                if (targets.is_empty() && !(2..=3).contains(&sources.len()))
                    || ctx.passive_aux(i).is_some()
                {
                    continue;
                }
            }
            if mode == Some("joining") {
                targets.retain(|&t| {
                    let e = ctx.ments[t].end;
                    ctx.names_org(t)
                        || e + 1 < ctx.toks.len()
                            && ctx.w(e) == "in"
                            && (ctx.cues[e + 1].is_some() || ctx.is(WordClass::Determiner, e + 1))
                            && (e + 1..ctx.toks.len().min(e + 5))
                                .take_while(|&k| {
                                    ctx.mention(k).is_none()
                                        && ctx.toks[k].lower.chars().all(char::is_alphabetic)
                                        && ctx.text[ctx.toks[k].start..]
                                            .starts_with(char::is_lowercase)
                                })
                                .any(|k| ctx.cues[k].is_some())
                });
                if targets.is_empty() || ctx.passive_aux(i).is_some() {
                    continue;
                }
            }
            // "the memorandum signed between Arnor and Rohan": the parties named after it.
            // Also a consultation's noun: "talks between Arnor and Gondor", "a series of
            // telephone calls between A and B".
            let cooperative = matches!(cue.category, Category::AGREE | Category::COOPERATE)
                || (cue.category == Category::CONSULT && form.pos == Pos::Noun);
            let between = match form.pos {
                // A fight's noun: "clashes between A and B", "… broke out between A and B"
                // (also read as a verb: "Deadly clashes between …" opens no noun phrase).
                _ if mode == Some("reciprocal") => (end..ctx.toks.len().min(end + 4))
                    .take_while(|&k| {
                        ctx.mention(k).is_none()
                            && ctx.toks[k].lower.chars().all(char::is_alphabetic)
                    })
                    .find(|&k| ctx.w(k) == "between"),
                _ if !cooperative => None,
                Pos::Verb => Some(end),
                // Right after a consultation's noun held as an event: "after talks between
                // Arnor and Gondor", "a series of phone calls between …" (not "relations
                // between …", "the partnership between …": mere co-mentions; nor a process:
                // "peace negotiations between A and B have made little progress").
                // Also one counted ("three meetings between …") or said to happen ("talks
                // between A and B resumed", "… were held in Edoras").
                Pos::Noun
                    if end < ctx.toks.len()
                        && ctx.w(end) == "between"
                        && (cue.category == Category::CONSULT
                            || cue.category == Category::AGREE)
                        && ((i.saturating_sub(3)..i).any(|k| {
                            ctx.is(WordClass::Occasion, k)
                                // "at the meeting between A and B", "at a summit between".
                                || (ctx.w(k) == "at"
                                    && (k + 1..i).all(|q| ctx.is(WordClass::Determiner, q)))
                                || (k + 1 == i && ctx.count_word(k))
                                // Hosted: "Oman hosted talks between A and B" (not
                                // "offered to host talks between …").
                                || matches!(&ctx.cues[k], Some((e, g)) if g.pos == Pos::Verb
                                    && lex.cues[g.cue].mode.as_deref() == Some("host")
                                    && g.form != Some(VerbForm::Base)
                                    && (*e..i).all(|q| ctx.is(WordClass::Determiner, q)
                                        || ctx.plain_word(q)))
                        }) || (cue.category == Category::AGREE)
                            || {
                                let after = ctx
                                    .object(end + 1)
                                    .iter()
                                    .map(|&m| ctx.ments[m].end)
                                    .max()
                                    .unwrap_or(end);
                                let mut k = after;
                                // (Past a parenthesis set off by commas: "talks between A and
                                // B, mediated by Rohan, resumed".)
                                if k < ctx.toks.len() && ctx.w(k) == "," {
                                    if let Some(c) = (k + 1..ctx.toks.len().min(k + 10))
                                        .take_while(|&q| !ctx.is_boundary(q) || ctx.w(q) == ",")
                                        .find(|&q| ctx.w(q) == ",")
                                    {
                                        k = c + 1;
                                    }
                                }
                                // (Past a place and a time: "… in Edoras on Friday ended".)
                                let start = k;
                                while k < ctx.toks.len()
                                    && k < start + 6
                                    && (ctx.is(WordClass::Locative, k)
                                        || ctx.is(WordClass::Calendar, k)
                                        || (ctx.w(k) == "on"
                                            && k + 1 < ctx.toks.len()
                                            && ctx.is(WordClass::Calendar, k + 1))
                                        || ctx.mention(k).is_some_and(|m| ctx.locative(m)))
                                {
                                    k = match ctx.mention(k) {
                                        Some(m) => ctx.ments[m].end,
                                        None => k + 1,
                                    };
                                }
                                while k < ctx.toks.len() && ctx.is(WordClass::BeAux, k) {
                                    k += 1;
                                }
                                k < ctx.toks.len() && ctx.is(WordClass::Happened, k)
                            }) =>
                {
                    Some(end)
                }
                Pos::Noun => {
                    // Across a passive's auxiliary and the noun's own complement: "the accord
                    // was signed between …", "the memorandum on maritime areas signed between …".
                    (end..ctx.toks.len().min(end + 7))
                        .take_while(|&k| {
                            ctx.mention(k).is_none()
                                && !ctx.is_boundary(k)
                                && ctx.w(k) != ","
                                && ctx.toks[k].lower.chars().all(char::is_alphabetic)
                        })
                        .find_map(|k| ctx.light_verb_ending(k))
                        .map(|v| v + 1)
                }
                _ => None,
            };
            // Also the agents of a passive: "the accord was signed (in Edoras) by A and B".
            let between = between.map(|b| {
                let mut b = b;
                while b + 1 < ctx.toks.len() && ctx.is(WordClass::Locative, b) {
                    match ctx.mention(b + 1).filter(|&m| ctx.locative(m)) {
                        Some(m) => b = ctx.ments[m].end,
                        None => break,
                    }
                }
                b
            });
            if let Some(b) = between.filter(|&b| {
                b + 1 < ctx.toks.len()
                    && (ctx.w(b) == "between"
                        || (ctx.w(b) == "by" && form.pos == Pos::Noun && b > end))
            }) {
                let parties = ctx.object(b + 1);
                if parties.len() >= 2 {
                    targets = parties.clone();
                    sources = parties;
                }
            }
            // "Arnor and Rohan agreed to restore ties", "… signed an accord": coordinated
            // parties of a cooperative act with no other party act towards each other, each
            // pair both ways.
            let category = cue.category;
            // Nouns only for an agreement or a mutual act two or three parties make ("A and B
            // signed an accord", "A and B traded accusations"; "an alliance of A and B" names a
            // membership, not an act).
            // "A and B accused each other": any act, each pair both ways.
            // "Each side accused the other": "the other" only after "each" and its pair noun,
            // the whole object ("recognise the other's rulings" is not).
            let each_side = || {
                sources.first().is_some_and(|&m| {
                    let st = ctx.ments[m].start;
                    ctx.ments[m].pair && ctx.w(st) == "each"
                }) && ctx.toks.get(end + 2).is_none_or(|t| t.lower != "'s")
            };
            let each_other = form.pos == Pos::Verb
                && end + 1 < ctx.toks.len()
                && match (ctx.w(end), ctx.w(end + 1)) {
                    ("each", "other") | ("one", "another") => true,
                    ("the", "other") => each_side(),
                    _ => false,
                };
            // A fight of two ("A and B clashed", "… came to blows"); one fought "with" fights
            // back ("A clashed with B").
            let fight = mode == Some("reciprocal");
            if fight
                && sources.len() == 1
                && targets.len() == 1
                && cue.lemma.ends_with(" with")
                && ctx.passive_aux(i).is_none()
            {
                sources.push(targets[0]);
                targets = sources.clone();
            }
            let reciprocal = targets.is_empty()
                && sources.len() >= 2
                && (each_other
                    || fight
                    || match form.pos {
                        // Co-hosts do not host each other, nor co-mediators mediate for each other,
                        // nor fellow travellers visit each other.
                        Pos::Verb => {
                            matches!(
                                category,
                                Category::AGREE | Category::CONSULT | Category::COOPERATE
                            ) && !matches!(mode, Some("host" | "reception" | "mediate" | "visit"))
                        }
                        Pos::Adjective | Pos::Epithet | Pos::Agent => false,
                        Pos::Noun => {
                            let mutual_verb =
                                (i.saturating_sub(3)..i).any(|j| ctx.idx.mutual.contains(ctx.w(j)));
                            // "A and B held talks": a consultation too; "A and B have
                            // strengthened ties": a tie one builds (`light`) too.
                            (matches!(category, Category::AGREE | Category::CONSULT)
                                || mutual_verb
                                || (category == Category::COOPERATE
                                    && ctx.is(WordClass::Tie, i)
                                    && (i.saturating_sub(6)..i)
                                        .any(|k| ctx.light_verb_ending(k).is_some())))
                                && sources.len() <= 3
                                && sources.iter().all(|&m| ctx.ments[m].end <= i)
                        }
                    });
            // "X attended the parade at the invitation of Y": Y invited X (the subject of the
            // verb the phrase goes with).
            if form.pos == Pos::Noun
                && targets.is_empty()
                && !sources.is_empty()
                && cue.category == Category::CONSULT
                && i >= 2
                && ctx.w(i - 1) == "the"
                && ctx.w(i - 2) == "at"
            {
                // (Past a participle with no subject of its own: ", held on X Square,".)
                targets = (0..i - 2)
                    .rev()
                    .filter(|&v| {
                        ctx.at[v].is_none()
                            && (ctx.is_verb_cue(v)
                                || ctx.is_report(v)
                                || (ctx.w(v).ends_with("ed") && !ctx.capitalised(v)))
                    })
                    .map(|v| {
                        ctx.subject(v)
                            .into_iter()
                            .filter(|t| !sources.contains(t))
                            .collect::<Vec<_>>()
                    })
                    .find(|s| !s.is_empty())
                    .unwrap_or_default();
            }
            // "A and B summoned each other's ambassadors": each acts on the other, whatever
            // else the phrase names ("… over a poem recited by C").
            let each_others = each_other
                && sources.len() >= 2
                && ctx.toks.get(end + 2).is_some_and(|t| t.lower == "'s");
            if reciprocal || each_others {
                targets = sources.clone();
            } else if sources.len() >= 2
                && !fight
                && !matches!(
                    category,
                    Category::AGREE | Category::CONSULT | Category::COOPERATE
                )
                && targets.iter().any(|&t| ctx.paired(t))
            {
                // "the aid from Arnor and Gondor … both governments": the two a pair noun stands
                // for, named again as the agents of an act that is not mutual, are not acted
                // on by each other.
                let actors = |v: &[usize]| {
                    let mut a: Vec<&str> = v.iter().map(|&m| ctx.ments[m].actor.as_str()).collect();
                    a.sort_unstable();
                    a.dedup();
                    a
                };
                if actors(&sources) == actors(&targets) {
                    targets.clear();
                }
            }
            if !sources.is_empty() && mode == Some("mediate") {
                // "a swap mediated by Rohan", "a Rohan-brokered deal": the mediator acts
                // for each of the parties the sentence names together; also when one of them
                // was taken as the patient ("Talks between A and B, mediated by Rohan, …").
                let parties = ctx.parties(&sources, i);
                if targets.is_empty()
                    || (parties.len() > targets.len()
                        && targets.iter().all(|t| parties.contains(t)))
                {
                    targets = parties;
                }
            }
            // '"a hostile act by Gondor," the envoy said', 'X described it as an unfriendly
            // step by Gondor': calling an act hostile accuses its agent.
            let mut characterised = false;
            if targets.is_empty() && !sources.is_empty() && mode == Some("hostile act") {
                let speaker = match claim.or_else(|| ctx.report(clause, end)) {
                    Some(Some(sp)) => Some(sp),
                    _ => ctx.attribution(end).flatten(),
                };
                // "X called the deal a provocation by Gondor": the judging verb's subject.
                let speaker = speaker
                    .or_else(|| {
                        (i.saturating_sub(10)..i)
                            .rev()
                            .take_while(|&k| !ctx.is_boundary(k) && ctx.w(k) != ",")
                            .find(|&k| ctx.is(WordClass::Judging, k) && ctx.at[k].is_none())
                            .and_then(|k| ctx.subject(k).first().copied())
                    })
                    .or_else(|| ctx.quote_speaker());
                if let Some(sp) = speaker.filter(|sp| !sources.contains(sp)) {
                    targets = std::mem::replace(&mut sources, vec![sp]);
                    characterised = true;
                }
            }
            // "The Foreign Ministry said the ambassador had been expelled (summoned)": an
            // expulsion or summons in the passive with no agent is the act of the body or state
            // that announces it (not an outlet's, not a person's). "The crew were questioned and
            // released, the SBU said": so is a detention, arrest or release announced by a
            // law-enforcement or security body or a court (not "Gondor said its citizens were
            // held").
            let expelled = matches!(mode, Some("expel" | "summon envoy"));
            let held = cue.category == Category::COERCE
                || matches!(cue.lemma.as_str(), "release" | "free" | "question");
            if sources.is_empty()
                && !targets.is_empty()
                && form.pos == Pos::Verb
                && (expelled || held)
                && ctx.passive_aux(i).is_some()
            {
                let speaker = claim.or_else(|| ctx.report(clause, end)).flatten();
                let announcer = speaker.filter(|&sp| {
                    !ctx.ments[sp].person
                        && !targets.contains(&sp)
                        && if expelled {
                            ctx.lex
                                .actor(&ctx.ments[sp].actor)
                                .is_none_or(|a| a.kind != crate::lexicon::Kind::Media)
                        } else {
                            ctx.enforcer(sp)
                        }
                });
                if let Some(sp) = announcer {
                    sources = vec![sp];
                }
            }
            let mut placed = false;
            if sources.is_empty() && !targets.is_empty() && cue.category == Category::COERCE {
                // An arrest or raid "in Baku" with no agent named is the act of the state
                // whose territory it happens on.
                sources = ctx.place_state(i).into_iter().collect();
                placed = true;
            }
            // "were barred from Gondorian airspace", "was banned from entering Gondor": with no
            // agent named, the state whose ground it is bars them.
            if sources.is_empty()
                && !targets.is_empty()
                && matches!(cue.lemma.as_str(), "ban" | "bar")
                && form.pos == Pos::Verb
                && ctx.passive_aux(i).is_some()
                && end + 1 < ctx.toks.len()
                && ctx.w(end) == "from"
            {
                let mut k = end + 1;
                if ctx.w(k) == "entering" {
                    k += 1;
                }
                let k = ctx.past_article(k.min(ctx.toks.len() - 1));
                let ground = |q: usize| q < ctx.toks.len() && ctx.is(WordClass::Ground, q);
                let state = ctx.mention(k).filter(|&m| {
                    let e = ctx.ments[m].end;
                    ctx.ments[m].start == k
                        && ctx.lex.state(&ctx.ments[m].actor).is_some()
                        && match ctx.ments[m].form {
                            MentionForm::Adjective => ground(e),
                            MentionForm::Name if ctx.ments[m].possessive => ground(e + 1),
                            MentionForm::Name => true,
                        }
                });
                if let Some(m) = state {
                    sources = vec![m];
                }
            }
            let hosted = sources.is_empty()
                && !targets.is_empty()
                && mode == Some("summon envoy")
                && form.pos == Pos::Verb;
            // "its ambassador to Rohan was recalled": the envoy stands for the recaller until
            // the extractor knows their state and post.
            let recalled = sources.is_empty()
                && !targets.is_empty()
                && cue.lemma == "recall"
                && form.pos == Pos::Verb
                && ctx.passive_aux(i).is_some();
            if hosted || recalled {
                sources = targets.clone();
            }
            // "Gondor's ambassador was recalled from Edoras", "Gondor recalled Ambassador Bard
            // Bow from Edoras": recalled from the host state.
            if cue.lemma == "recall" && form.pos == Pos::Verb {
                let n = ctx.toks.len();
                let host = (end..n.min(end + 4))
                    .take_while(|&k| !ctx.is_boundary(k) && ctx.w(k) != ",")
                    .find(|&k| ctx.w(k) == "from" && k + 1 < n)
                    .and_then(|k| ctx.mention(ctx.past_article(k + 1)))
                    .filter(|&m| ctx.lex.state(&ctx.ments[m].actor).is_some());
                if let Some(h) = host {
                    targets = vec![h];
                }
            }
            // A judging verb is no hedge ("considers Gondor's actions unacceptable"); a hedge
            // before it still is ("may consider …").
            let judging = matches!(form.pos, Pos::Adjective | Pos::Epithet)
                && ctx.is(WordClass::Judging, clause);
            let mut modality = if judging {
                let before = clause.saturating_sub(3)..clause;
                if before.clone().any(|k| ctx.is(WordClass::Negation, k)) {
                    Modality::Negated
                } else if before.into_iter().any(|k| ctx.is(WordClass::Hedge, k)) {
                    Modality::Hypothetical
                } else {
                    ctx.modality(clause + 1, i)
                }
            } else {
                ctx.modality(clause, i)
            };
            // "said Gondor would pay a heavy price": the threat is made now, whatever the
            // tense of what it foretells.
            if mode == Some("breach claim")
                && cue.category == Category::THREATEN
                && modality == Modality::Hypothetical
            {
                modality = Modality::Asserted;
            }
            // "received no apology from Gondor": the noun itself denied.
            if form.pos == Pos::Noun && i > 0 && ctx.w(i - 1) == "no" {
                modality = Modality::Negated;
            }
            // "Neither Arnor nor Gondor condemned …".
            let first = sources.iter().map(|&m| ctx.ments[m].start).min();
            if first.is_some_and(|f| {
                (f.saturating_sub(1)..clause.min(i)).any(|k| matches!(ctx.w(k), "neither" | "nor"))
            }) {
                modality = Modality::Negated;
            }
            // "will not renew the permit": withholding a renewal is the act; granting one is none.
            if mode == Some("renewal") {
                if modality != Modality::Negated {
                    continue;
                }
                modality = Modality::Asserted;
            }
            let mut speaker = None;
            let mut speech = None;
            // A judgement is its speaker's own act, not a report.
            // A feeling is not: "Elessar said Gondor was disappointed by Rohan" reports it.
            let feeling = mode == Some("feeling");
            // (Nor is an agent's noun in apposition, the writer's own description: "X, a
            // frequent critic of Y, said …".)
            let judgement = (matches!(form.pos, Pos::Adjective | Pos::Epithet) && !feeling)
                || borne
                || form.pos == Pos::Agent;
            if modality == Modality::Asserted && !characterised && !judgement {
                if let Some(s) = claim {
                    modality = Modality::Reported;
                    speaker = s;
                } else if let Some(s) = ctx.report(clause, end) {
                    modality = Modality::Reported;
                    speaker = s;
                    // The reporting verb nearest the speaker ("according" too: the extractor
                    // keeps a cited source's act only for harm done to its own side). Telling
                    // of a feeling accuses no one.
                    speech = s
                        .filter(|_| !feeling)
                        .and_then(|m| {
                            (0..ctx.toks.len())
                                .filter(|&r| ctx.is_report(r) && !ctx.is_verb_cue(r))
                                .min_by_key(|&r| r.abs_diff(ctx.ments[m].end))
                        })
                        // "Gondor did not say that …": a denied saying is no act.
                        .filter(|&r| {
                            !(r.saturating_sub(3)..r).any(|k| ctx.is(WordClass::Negation, k))
                        });
                }
            }
            // "the accusations voiced by Gondor": an act with its agent and no one acted on,
            // remembered for a later "the accusations" to stand for.
            if targets.is_empty() && modality.is_factual() {
                agents.extend(sources.iter().map(|&m| (form.cue, m)));
            }
            // A hostile deed on no one named that a named speaker reports ("X said Gondor was
            // shelling residential areas", '"Gondor is waging a war against its own people,"
            // X wrote'): saying so is the speaker's act against its agent.
            // (The act's own active verb, its subject inside what is said: after the reporting
            // verb, or in a quotation before it; not a news agency's "reports".)
            if targets.is_empty()
                && modality == Modality::Reported
                && cue.stance == crate::lexicon::Stance::Against
                && !cue.category.quad().is_verbal()
                && match form.pos {
                    // Done, not allowed or planned: not "allowing X to search …".
                    // (In the past or in progress: "had shelled", "were persecuting"; not a
                    // present form that may be a noun, "New York bars".)
                    // Nor a compound's participle, a modifier: "UN-designated groups".
                    Pos::Verb => {
                        let compound = i > 0 && ctx.compound_hyphen(i - 1);
                        !(i.saturating_sub(2)..i).any(|k| ctx.w(k) == "to")
                            && !compound
                            && matches!(
                                form.form,
                                Some(VerbForm::Past | VerbForm::Participle | VerbForm::Ing)
                            )
                    }
                    // A light verb's object: "is waging a war" (not "… before the ban").
                    Pos::Noun => (i.saturating_sub(3)..i).any(|k| {
                        ctx.light_verb_ending(k).is_some()
                            && ctx.w(k) != "to"
                            && (k + 1..i).all(|q| !ctx.is_preposition(q))
                    }),
                    _ => false,
                }
                && ctx.passive_aux(i).is_none()
            {
                // (Said of it, not of a clause beside it: "announced … after Y extradited …".)
                let clause_of = |r: usize, st: usize| {
                    (r + 1..st).all(|k| ctx.w(k) == "that" || !ctx.is_boundary(k))
                };
                let said = speech.filter(|&r| {
                    !ctx.w(r).starts_with("report")
                        && sources.iter().all(|&m| {
                            let st = ctx.ments[m].start;
                            (r < st && st < i && clause_of(r, st))
                                || (i < r && (0..st).any(|q| ctx.is_quote(q)))
                        })
                });
                if let (Some(sp), Some(r)) = (speaker, said) {
                    for &s in sources.iter().filter(|&&s| s != sp) {
                        out.push(Found {
                            cue: form.cue,
                            cue_tok: i,
                            cue_end: end,
                            source: s,
                            target: s,
                            modality,
                            speaker: Some(sp),
                            speech: Some(r),
                            placed: false,
                            hosted: false,
                            place: None,
                            alleged: true,
                        });
                    }
                }
            }
            let place = (cue.category.quad().is_verbal()
                && cue.stance == crate::lexicon::Stance::Against)
                .then(|| ctx.place_state(i))
                .flatten();
            for &s in &sources {
                for &t in &targets {
                    let found = Found {
                        cue: form.cue,
                        cue_tok: i,
                        cue_end: end,
                        source: s,
                        target: t,
                        modality,
                        speaker,
                        speech,
                        placed,
                        hosted,
                        place,
                        alleged: false,
                    };
                    out.push(found);
                }
            }
        }
    }
    // "Arnor refused to recognise Gondor", "declined to host Gondor's drills": refusing a
    // cooperative act rejects its partner; any act refused is negated.
    // "accepted X had no option", "recognise X was right": a recognition of what someone
    // did or is, a clause, is none of them.
    out.retain(|f| {
        let e = ctx.ments[f.target].end;
        !(lex.cues[f.cue].mode.as_deref() == Some("recognition")
            && e < ctx.toks.len()
            && e > f.cue_tok
            && (ctx.is(WordClass::BeAux, e)
                || matches!(
                    ctx.w(e),
                    "had" | "has" | "have" | "would" | "will" | "could"
                )))
    });
    let mut refusals = Vec::new();
    for f in &mut out {
        let cooperative = lex.cues[f.cue].stance == crate::lexicon::Stance::Support
            && matches!(&ctx.cues[f.cue_tok], Some((_, c)) if c.pos == Pos::Verb);
        // The cue ending right at `at` (one or two tokens before it) that `ok` accepts.
        let ending_at = |at: usize, ok: &dyn Fn(&CueForm) -> bool| {
            (at.saturating_sub(2)..at)
                .rev()
                .find_map(|r| match &ctx.cues[r] {
                    Some((e, c)) if *e == at && ok(c) => Some((r, *e, c.cue)),
                    _ => None,
                })
        };
        // Also a gerund put off: "postponed (delayed, put off) sending an ambassador to Gondor".
        let put_off = matches!(&ctx.cues[f.cue_tok], Some((_, c)) if c.form == Some(VerbForm::Ing))
            .then(|| {
                ending_at(f.cue_tok, &|c| {
                    c.pos == Pos::Verb && lex.cues[c.cue].mode.as_deref() == Some("cancel")
                })
            })
            .flatten();
        // (Also a refusal's noun: "Gondor's refusal to extradite X".)
        let refusal = f
            .cue_tok
            .checked_sub(1)
            .filter(|&t| ctx.w(t) == "to")
            .and_then(|to| {
                ending_at(to, &|c| {
                    matches!(c.pos, Pos::Verb | Pos::Noun)
                        && lex.cues[c.cue].category == Category::REJECT
                })
            })
            .or(put_off);
        // "Gondor will not invite Elrond again", "would not resume talks with Rohan": a
        // cooperative act refused for the future rejects its partner (not one that merely did
        // not happen, "did not meet X"; nor one in the passive).
        // (Also a noun after its verb: "would not resume talks with Rohan".)
        let noun = lex.cues[f.cue].stance == crate::lexicon::Stance::Support
            && matches!(&ctx.cues[f.cue_tok], Some((_, c)) if c.pos == Pos::Noun);
        // "Arnor does not recognise Gondor's claims", "has never recognised Rohan", "a party
        // not recognised by Gondor", "will not accept the presence of Rohirric troops": a
        // recognition or an acceptance withheld, in any tense, rejects whom it would be of.
        let recognition = cooperative
            && lex.cues[f.cue].mode.as_deref() == Some("recognition")
            && f.modality == Modality::Negated
            // (Not one only hedged: "may not recognise"; "could not accept" refuses.)
            && !(f.cue_tok.saturating_sub(4)..f.cue_tok).any(|k| matches!(ctx.w(k), "may" | "might"))
            // (Nor one supposed: "if the government did not accept the ruling".)
            && !(0..f.cue_tok)
                .rev()
                .take_while(|&k| ctx.w(k) != "," && !ctx.is_quote(k))
                .any(|k| matches!(ctx.w(k), "if" | "unless" | "whether"));
        if let Some(refuse) = ctx.idx.refuse.filter(|_| recognition) {
            refusals.push(Found {
                cue: refuse,
                modality: Modality::Asserted,
                ..f.clone()
            });
        } else if (cooperative || noun)
            && f.modality == Modality::Negated
            && ctx.passive_aux(f.cue_tok).is_none()
        {
            let modal = if noun {
                (f.cue_tok.saturating_sub(3)..f.cue_tok)
                    .rev()
                    .take_while(|&k| ctx.plain_word(k))
                    .find_map(|k| future_negation(&ctx, k))
            } else {
                future_negation(&ctx, f.cue_tok)
            };
            if let (Some(refuse), Some(m)) = (ctx.idx.refuse, modal) {
                refusals.push(Found {
                    cue: refuse,
                    cue_tok: m,
                    modality: Modality::Asserted,
                    ..f.clone()
                });
            }
        }
        if let Some((r, e, cue)) = refusal.filter(|_| f.modality.is_factual()) {
            if cooperative {
                refusals.push(Found {
                    cue,
                    cue_tok: r,
                    cue_end: e,
                    ..f.clone()
                });
            }
            // A hostile act refused did not happen: "refused to extradite X", "declined to
            // condemn X".
            f.modality = Modality::Negated;
        }
    }
    out.extend(refusals);
    // Support for a hostile act is against the one it targets: "expressed support for the
    // attack on Gondor" (the act's noun then names the category).
    // (Not an apology for it: "apologised for the arrest of X" is to X.)
    for f in &mut out {
        if lex.cues[f.cue].stance != crate::lexicon::Stance::Support
            || lex.cues[f.cue].category == Category::CONCEDE
        {
            continue;
        }
        // The act's noun right after the cue, past "for" and an article at most ("support for
        // the attack on X", "backed the sanctions against X"; not "helped X repel an offensive
        // on Y"); "of" only where it names whom the act is done to.
        let t = ctx.ments[f.target].start;
        let act = (f.cue_end..t.min(f.cue_end + 3))
            .take_while(|&k| match &ctx.cues[k] {
                None => matches!(ctx.w(k), "for" | "the" | "a" | "an" | "any"),
                Some(_) => true,
            })
            .find_map(|k| match &ctx.cues[k] {
                Some((e, c))
                    if c.pos == Pos::Noun
                        && *e < t
                        && lex.cues[c.cue].stance == crate::lexicon::Stance::Against
                        && lex.cues[c.cue].category != Category::REJECT
                        && (matches!(ctx.w(*e), "on" | "against")
                            || (ctx.w(*e) == "of" && !lex.cues[c.cue].of_agent)) =>
                {
                    Some((k, *e, c.cue))
                }
                _ => None,
            });
        if let Some((k, e, cue)) = act {
            f.cue = cue;
            f.cue_tok = k;
            f.cue_end = e;
        }
    }
    // The pact whose renewal is withheld is no cooperation: "would not renew its cooperation
    // agreement with Gondor".
    let withheld: Vec<(usize, usize)> = out
        .iter()
        .filter(|f| lex.cues[f.cue].mode.as_deref() == Some("renewal"))
        .map(|f| (f.cue_end, ctx.ments[f.target].start))
        .collect();
    for f in &mut out {
        if lex.cues[f.cue].stance == crate::lexicon::Stance::Support
            && withheld
                .iter()
                .any(|&(a, b)| a <= f.cue_tok && f.cue_tok < b)
        {
            f.modality = Modality::Negated;
        }
    }
    // "Gondor urged Rohan to impose sanctions on Mordor", "called on its citizens to boycott
    // Mordor": asking for an act against someone is the asker's act against them (the act
    // itself stays hypothetical). The infinitive follows the request's object; nothing but a
    // light verb and a determiner or adjective stands between "to" and the act ("to stop
    // attacking Mordor" asks for no attack).
    let mut requests = Vec::new();
    for f in out.iter().filter(|f| {
        f.modality == Modality::Hypothetical
            && lex.cues[f.cue].stance == crate::lexicon::Stance::Against
            // "urged Mordor to halt the bombardment of Rohan" asks for no act on Rohan.
            && lex.cues[f.cue].mode.as_deref() != Some("cancel")
    }) {
        let Some(to) = (f.cue_tok.saturating_sub(4)..f.cue_tok).rev().find(|&t| {
            ctx.w(t) == "to"
                && (t + 1..f.cue_tok).all(|k| {
                    ctx.at[k].is_none()
                        && (ctx.light_verb_ending(k).is_some()
                            || ctx.is(WordClass::Determiner, k)
                            || (ctx.cues[k].is_none()
                                && !ctx.is_boundary(k)
                                && k + 1 == f.cue_tok
                                && k > t + 1))
                })
        }) else {
            continue;
        };
        // The asker's request, linked to the one asked right before "to".
        let asked = out.iter().find(|g| {
            g.cue_end <= to
                && g.target == f.source
                && ctx.ments[g.target].end == to
                && lex.cues[g.cue].category == Category::REQUEST
                && g.source != f.target
        });
        if let Some(g) = asked {
            requests.push(Found {
                target: f.target,
                ..g.clone()
            });
        }
    }
    // "the cancellation of Arnor's visit", "the visit … has been cancelled": a cooperative act
    // called off did not happen.
    let mut cancels: Vec<(usize, usize)> = (0..toks.len())
        .filter_map(|i| match &ctx.cues[i] {
            Some((e, c))
                if match lex.cues[c.cue].mode.as_deref() {
                    Some("cancel" | "cut") => true,
                    Some("ending") => ends_a_tie(&ctx, *e),
                    _ => false,
                } =>
            {
                Some((i, *e))
            }
            _ => None,
        })
        .collect();
    // "put its partnership with Gondor on hold", "talks were put on ice": called off too.
    cancels.extend(
        (0..toks.len().saturating_sub(1))
            .filter(|&k| ctx.w(k) == "on" && matches!(ctx.w(k + 1), "hold" | "ice"))
            .map(|k| (k, k + 2)),
    );
    // "withdrew from the consultations with Arnor": leaving a cooperative act calls it off, an
    // act against the partner (read as "suspend"), not a withdrawal conceded to them.
    let quit = idx.suspend;
    let cooperative_noun = |k: usize| {
        matches!(&ctx.cues[k], Some((_, c)) if c.pos == Pos::Noun
        && matches!(
            lex.cues[c.cue].category,
            Category::CONSULT | Category::AGREE | Category::COOPERATE
        ))
    };
    for f in &mut out {
        let leaves = lex.cues[f.cue].category == Category::RETREAT
            && matches!(&ctx.cues[f.cue_tok], Some((_, c)) if c.pos == Pos::Verb);
        let object = (f.cue_end..toks.len().min(f.cue_end + 4))
            .take_while(|&k| !ctx.is_preposition(k) && ctx.at[k].is_none())
            .find(|&k| cooperative_noun(k));
        if let Some(q) = quit.filter(|_| leaves && object.is_some()) {
            cancels.push((f.cue_tok, f.cue_end));
            f.cue = q;
        }
    }
    // "The envoy was invited to the Foreign Ministry": a summons (see `invited_envoy`).
    let summon = idx.summon;
    for f in &mut out {
        let invited = matches!(&ctx.cues[f.cue_tok], Some((_, c)) if c.pos == Pos::Verb
                && ctx.passive_aux(f.cue_tok).is_some()
                && invited_envoy(&ctx, c, &[f.target], f.cue_end));
        if let Some(q) = summon.filter(|_| invited) {
            f.cue = q;
        }
    }
    // "would cease to recognise Gondor", "stopped buying Gondorian gas", "no longer
    // supports Gondor": ending a cooperative act is an act against its partner (read as
    // "suspend").
    for f in &mut out {
        let cooperative_verb = lex.cues[f.cue].stance == crate::lexicon::Stance::Support
            && matches!(&ctx.cues[f.cue_tok], Some((_, c)) if c.pos == Pos::Verb);
        let c = f.cue_tok;
        // A gerund after a form of "stop".
        let stops = |g: usize| {
            g >= 1
                && ctx.w(g).ends_with("ing")
                && matches!(ctx.w(g - 1), "stop" | "stopped" | "stops" | "stopping")
        };
        let ended = cooperative_verb
            && ((c >= 2
                && ctx.w(c - 1) == "to"
                && matches!(ctx.w(c - 2), "cease" | "ceased" | "ceases" | "ceasing"))
                || stops(c)
                || (c >= 2 && ctx.w(c - 2) == "no" && ctx.w(c - 1) == "longer"));
        // Also a light verb's cooperative noun: "stopped issuing visas to Gondorians".
        let ended = ended
            || (lex.cues[f.cue].stance == crate::lexicon::Stance::Support
                && lex.cues[f.cue].mode.as_deref() == Some("light")
                && matches!(&ctx.cues[c], Some((_, g)) if g.pos == Pos::Noun)
                && (c.saturating_sub(3)..c)
                    .any(|g| stops(g) && (g + 1..c).all(|q| ctx.at[q].is_none())));
        if let Some(q) = quit.filter(|_| ended) {
            f.cue = q;
            // "no longer" ends the act; it does not deny the ending.
            if f.modality == Modality::Negated && ctx.w(c - 1) == "longer" {
                f.modality = Modality::Asserted;
            }
        }
    }
    let mut hosts = Vec::new();
    for f in &mut out {
        let cooperative = lex.cues[f.cue].stance == crate::lexicon::Stance::Support
            && matches!(&ctx.cues[f.cue_tok], Some((_, c)) if c.pos == Pos::Noun);
        let called_off = cancels.iter().copied().find(|&(c, e)| {
            // Its object: "downgraded relations with X in solidarity with Y" calls off no
            // solidarity.
            (e <= f.cue_tok
                && f.cue_tok - e <= 6
                && (e..f.cue_tok).all(|k| ctx.w(k) == "of" || !ctx.is_preposition(k)))
                || (c >= f.cue_end
                    && c - f.cue_end <= 12
                    && (f.cue_end..c).all(|k| !ctx.is_boundary(k) && ctx.w(k) != ","))
        });
        let Some((c, e)) = called_off.filter(|_| cooperative && f.modality.is_factual()) else {
            continue;
        };
        f.modality = Modality::Negated;
        // "The visit of Arnor's envoy to Gondor was cancelled": with no one named calling it
        // off, the host did.
        if lex.cues[f.cue].mode.as_deref() == Some("visit") {
            hosts.push((c, e, f.target, f.source));
        }
    }
    // "Gondor called off (the second round of its) talks with Rohan": calling off a
    // cooperative act is the caller's act against its partner.
    for &(c, e) in &cancels {
        if out.iter().any(|g| g.cue_tok == c) {
            continue;
        }
        let Some((_, form)) = ctx.cues[c].as_ref().filter(|(_, f)| f.pos == Pos::Verb) else {
            continue;
        };
        let Some(k) = (e..toks.len().min(e + 7))
            .take_while(|&k| {
                ctx.mention(k).is_none()
                    && !ctx.is(WordClass::Boundary, k)
                    && (ctx.w(k) == "of" || !ctx.is_preposition(k))
            })
            .find(|&k| {
                // A bare plural after the verb reads as a present form: "called off talks".
                cooperative_noun(k)
                    || matches!(&ctx.cues[k], Some((_, g)) if g.form == Some(VerbForm::Third)
                    && matches!(
                        lex.cues[g.cue].category,
                        Category::CONSULT | Category::AGREE | Category::COOPERATE
                    ))
            })
        else {
            continue;
        };
        let Some((noun_end, _)) = &ctx.cues[k] else {
            continue;
        };
        // The cue may hold the "with" ("talks with").
        let mut w = k + 1;
        while w < toks.len()
            && w < noun_end + 3
            && ctx.w(w) != "with"
            && (w < *noun_end || ctx.plain_word(w))
        {
            w += 1;
        }
        if w + 1 >= toks.len() || ctx.w(w) != "with" {
            // "Gondor and Rohan broke off relations", "the two countries severed their ties":
            // with no partner named, parties named together call it off with each other.
            let parties = ctx.subject(c);
            if parties.len() >= 2 && ctx.passive_aux(c).is_none() {
                for &a in &parties {
                    for &b in parties
                        .iter()
                        .filter(|&&b| ments[b].actor != ments[a].actor)
                    {
                        out.push(cancel_act(&ctx, form.cue, c, e, a, b));
                    }
                }
            }
            continue;
        }
        // "with his Rohirric counterpart, Bard Bow".
        let p = ctx.past_pronoun_determiner(w + 1);
        // The partner the noun's own (negated) event found, else the object after "with".
        let Some(partner) = out
            .iter()
            .find(|g| g.cue_tok == k)
            .map(|g| g.target)
            .or_else(|| ctx.object(p).first().copied())
        else {
            continue;
        };
        let Some(&caller) = ctx.subject(c).first() else {
            continue;
        };
        if caller == partner {
            continue;
        }
        out.push(cancel_act(&ctx, form.cue, c, e, caller, partner));
    }
    for (c, e, host, guest) in hosts {
        if out.iter().any(|g| g.cue_tok == c) {
            continue;
        }
        let Some((_, form)) = &ctx.cues[c] else {
            continue;
        };
        out.push(cancel_act(&ctx, form.cue, c, e, host, guest));
    }
    // "Gondor regretted the arrests of its citizens in Minas Tirith": a verbal act on an event
    // is aimed at the event's agent.
    let acts: Vec<(usize, usize, usize)> = out
        .iter()
        .filter(|f| lex.cues[f.cue].category.quad() == Quad::MaterialConflict)
        .filter(|f| matches!(&ctx.cues[f.cue_tok], Some((_, c)) if c.pos == Pos::Noun))
        .map(|f| (f.cue_tok, f.source, f.target))
        .collect();
    for f in &mut out {
        if lex.cues[f.cue].category.quad() != Quad::VerbalConflict {
            continue;
        }
        let t = ments[f.target].start;
        let act = acts
            .iter()
            .find(|&&(n, s, a)| f.cue_end <= n && n < t && a == f.target && s != f.source);
        if let Some(&(_, agent, _)) = act {
            f.target = agent;
        }
    }
    // "agreed new sanctions against Gondor": a verb of agreeing whose object is a hostile act's
    // noun agrees to that act (the noun takes the subject, as after a light verb); it is no
    // agreement with the act's target.
    // So does a cooperative light verb: "approved new sanctions against Gondor".
    let agreed_act = |f: &Found| {
        (lex.cues[f.cue].category == Category::AGREE
            || (lex.cues[f.cue].stance == crate::lexicon::Stance::Support
                && ctx.idx.light.contains(ctx.w(f.cue_tok))))
            && matches!(&ctx.cues[f.cue_tok], Some((_, c)) if c.pos == Pos::Verb)
            && (f.cue_end..ments[f.target].start).any(|k| {
                matches!(&ctx.cues[k], Some((_, g)) if g.pos == Pos::Noun
                    && lex.cues[g.cue].stance == crate::lexicon::Stance::Against
                    && !lex.cues[g.cue].category.quad().is_verbal())
            })
    };
    out.retain(|f| !agreed_act(f));
    // "protested to the UN over Gondor's actions": the one told is the addressee; the verbal
    // act is against whom its "about"/"over" names.
    for f in &mut out {
        let verbal_verb = lex.cues[f.cue].category.quad() == Quad::VerbalConflict
            && matches!(&ctx.cues[f.cue_tok], Some((_, c)) if c.pos == Pos::Verb);
        let t = &ctx.ments[f.target];
        let told = t.start > 0
            && (ctx.w(t.start - 1) == "to"
                || (t.start > 1
                    && ctx.w(t.start - 2) == "to"
                    && ctx.is(WordClass::Determiner, t.start - 1)));
        let e = t.end;
        if !(verbal_verb && told) || e + 1 >= toks.len() || !matches!(ctx.w(e), "about" | "over") {
            continue;
        }
        if let Some(m) = ctx
            .mention(ctx.past_article(e + 1))
            .filter(|&m| m != f.source)
        {
            f.target = m;
        }
    }
    // "vowed to crush Gondor", "promised to punish Gondor": a hostile act sworn is not yet done,
    // but the vow is a threat made now against its target.
    let threaten = idx.threaten;
    let mut threats: Vec<Found> = Vec::new();
    if let Some(threaten) = threaten {
        for f in &out {
            // (Past a quotation mark: 'vowed to "crush" Gondor'.)
            let c = if f.cue_tok > 0 && ctx.is_quote(f.cue_tok - 1) {
                f.cue_tok - 1
            } else {
                f.cue_tok
            };
            let vow = c.checked_sub(2).filter(|&v| {
                ctx.w(v + 1) == "to" && ctx.at[v].is_none() && ctx.idx.commissive.contains(ctx.w(v))
            });
            let hostile = lex.cues[f.cue].stance == crate::lexicon::Stance::Against
                && !lex.cues[f.cue].category.quad().is_verbal()
                && matches!(&ctx.cues[f.cue_tok], Some((_, c)) if c.pos == Pos::Verb);
            if let Some(v) = vow.filter(|_| hostile && f.modality == Modality::Hypothetical) {
                // (Not a vow itself hedged or denied: "may vow", "did not vow".)
                if (v.saturating_sub(3)..v).any(|k| {
                    ctx.is(WordClass::Negation, k)
                        || ctx.is(WordClass::Hedge, k)
                        || ctx.idx.irrealis.contains(ctx.w(k))
                        || ctx.w(k) == "to"
                }) {
                    continue;
                }
                threats.push(Found {
                    cue: threaten,
                    cue_tok: v,
                    cue_end: v + 1,
                    modality: if f.speaker.is_some() {
                        Modality::Reported
                    } else {
                        Modality::Asserted
                    },
                    ..f.clone()
                });
            }
        }
    }
    out.extend(threats);
    // Added last: a request is aimed at the act's target, not its agent.
    out.extend(requests);
    // (An unpressed request's addressees are no one acted on; whom it asks them to act on is,
    // above.)
    out.retain(|f| {
        !unpressed_at
            .iter()
            .any(|(c, ads)| f.cue_tok == *c && ads.contains(&f.target))
    });
    out.extend(quoted_judgements(&ctx, &out));
    out.extend(ellipsis(&ctx, &out));
    out
}

/// 'Rohan called the expulsion "a very serious incident"', 'described Gondor's envoy as "a
/// seasoned diplomat"': a quotation after a verb of naming (class `naming`) and the phrase
/// it judges, with no cue word in it, is still a judgement of whom that phrase names (an
/// actor, or the agent a deed's stand-in names): praise when a word of the class `praise`
/// is in it, else criticism (negated with its verb: "did not call it …"). Not a verb
/// already linked, a negation inside the quotation ("not a provocation"), nor the passive
/// ("was described by Rohan as …", read by its cues).
fn quoted_judgements(ctx: &Ctx<'_>, out: &[Found]) -> Vec<Found> {
    let (Some(criticise), Some(praise)) = (ctx.idx.criticise, ctx.idx.praise) else {
        return Vec::new();
    };
    let n = ctx.toks.len();
    let mut found = Vec::new();
    // (Only a verb a few words before a quotation mark: most sentences have none.)
    let quotes: Vec<usize> = (0..n)
        .filter(|&k| !ctx.w(k).starts_with(char::is_alphanumeric) && ctx.is_quote(k))
        .collect();
    if quotes.is_empty() {
        return found;
    }
    for j in 0..n {
        if !quotes.iter().any(|&q| q >= j + 2 && q < j + 10)
            || ctx.at[j].is_some()
            || ctx.cues[j].is_some()
            || !ctx.is(WordClass::Naming, j)
            || out.iter().any(|f| f.cue_tok == j)
            || ctx.passive_aux(j).is_some()
        {
            continue;
        }
        // The phrase judged, then the opening quotation mark (past an "as").
        let Some(open) = (j + 2..n.min(j + 10))
            .take_while(|&k| {
                ctx.is_quote(k) || ctx.w(k) == "as" || (!ctx.is_boundary(k) && ctx.w(k) != ",")
            })
            .find(|&k| ctx.is_quote(k))
        else {
            continue;
        };
        let np_end = if ctx.w(open - 1) == "as" {
            open - 1
        } else {
            open
        };
        let Some(close) = (open + 2..n.min(open + 16)).find(|&k| ctx.is_quote(k)) else {
            continue;
        };
        let quoted = open + 1..close;
        if quoted.clone().any(|k| {
            ctx.cues[k].is_some()
                || ctx.at[k].is_some()
                || ctx.is(WordClass::Negation, k)
                || ctx.is_boundary(k)
        }) || np_end <= j + 1
        {
            continue;
        }
        // (Not what a thing is called: "what Rohan calls its 'infant stage'".)
        if matches!(ctx.w(j + 1), "its" | "their")
            || (j.saturating_sub(4)..j).any(|k| ctx.w(k) == "what")
        {
            continue;
        }
        let targets = ctx.evaluated(j + 1, np_end, false);
        let sources = ctx.subject_or_participial(j);
        let cue = if quoted.clone().any(|k| ctx.is(WordClass::Praise, k)) {
            praise
        } else {
            criticise
        };
        let modality = ctx.modality(j.saturating_sub(4), j);
        for &s in &sources {
            for &t in &targets {
                if ctx.ments[s].actor != ctx.ments[t].actor {
                    found.push(Found::plain(cue, (j, j + 1), s, t, modality));
                }
            }
        }
    }
    found
}

/// "Arnor welcomed the ruling, as did Rohan and the White Council": the actors after an
/// elliptical "as did" (class `ellipsis` then an auxiliary) do what the clause before it did,
/// to the same target: copies of the acts of the last cue before it, with each as the source.
fn ellipsis(ctx: &Ctx<'_>, out: &[Found]) -> Vec<Found> {
    let mut copies = Vec::new();
    let n = ctx.toks.len();
    for k in 1..n.saturating_sub(2) {
        if !(ctx.w(k - 1) == "," && ctx.w(k) == "as" && ctx.is(WordClass::Ellipsis, k + 1)) {
            continue;
        }
        // "X, as did Y and Z": the actors named right after, coordinated.
        let mut doers = Vec::new();
        let mut p = k + 2;
        while let Some(m) = ctx.mention(ctx.past_article(p)) {
            doers.push(m);
            p = ctx.ments[m].end;
            if p < n && matches!(ctx.w(p), "and" | ",") {
                p += 1;
            } else {
                break;
            }
        }
        let Some(last) = out
            .iter()
            .filter(|f| f.cue_end <= k)
            .map(|f| f.cue_tok)
            .max()
        else {
            continue;
        };
        // The clause before runs straight to the comma.
        if (ctx.cues[last].as_ref().map_or(k, |c| c.0)..k).any(|j| ctx.is_boundary(j)) {
            continue;
        }
        for f in out
            .iter()
            .filter(|f| f.cue_tok == last && f.speaker.is_none())
        {
            for &m in &doers {
                if ctx.ments[m].actor == ctx.ments[f.target].actor
                    || ctx.ments[m].actor == ctx.ments[f.source].actor
                {
                    continue;
                }
                copies.push(Found {
                    source: m,
                    placed: false,
                    hosted: false,
                    ..f.clone()
                });
            }
        }
    }
    copies
}

/// A cancel verb's own act (cue `cue` at tokens `c..e`) from `source` against `target`,
/// negated by a negation just before it ("did not cancel").
fn cancel_act(
    ctx: &Ctx<'_>,
    cue: usize,
    c: usize,
    e: usize,
    source: usize,
    target: usize,
) -> Found {
    let modality = if (c.saturating_sub(3)..c).any(|k| ctx.is(WordClass::Negation, k)) {
        Modality::Negated
    } else {
        Modality::Asserted
    };
    Found::plain(cue, (c, e), source, target, modality)
}

/// Whether token `j` is a participle of aiming before its preposition: "(curbs) aimed at",
/// "directed against", "targeted at".
fn aimed_at(ctx: &Ctx<'_>, j: usize) -> bool {
    j + 1 < ctx.toks.len()
        && matches!(ctx.w(j), "aimed" | "directed" | "targeted")
        && matches!(ctx.w(j + 1), "at" | "against")
}

/// A collective noun whose "of" names the conjunct's members: "a group of UN experts".
fn collective(w: &str) -> bool {
    matches!(w, "group" | "team" | "panel" | "handful" | "number")
}

/// A word that makes a count approximate: "more than", "about", "nearly".
fn approximator(w: &str) -> bool {
    matches!(
        w,
        "more" | "than" | "about" | "nearly" | "almost" | "some" | "around" | "over"
    )
}

/// The longest cue form starting at token `i`, disambiguating noun from verb by what precedes.
/// `None` past the sentence's end (a caller may look one token past a last word).
fn match_cue(ctx: &Ctx<'_>, i: usize) -> Option<(usize, CueForm)> {
    let forms = ctx.idx.by_first.get(ctx.w_at(i)?)?;
    // The second part of a title's compound is no cue: "ambassador-designate".
    if i >= 2 && ctx.compound_hyphen(i - 1) && ctx.role_word(i - 2) {
        return None;
    }
    // "back" after a past verb is an adverb: "crossed back into Gondor", "flew back".
    if ctx.w(i) == "back" && i > 0 && ctx.at[i - 1].is_none() && ctx.verb_like(i - 1) {
        return None;
    }
    // Releasing what was recorded or written frees no one: "released a video showing …",
    // "released the names of …".
    if matches!(ctx.w(i), "release" | "releases" | "released" | "releasing")
        && (i + 1..ctx.toks.len().min(i + 4)).any(|k| ctx.is(WordClass::Recorded, k))
    {
        return None;
    }
    // A participle between a preposition or an article and a capitalised name is an
    // adjective: "in occupied Kherson", "the besieged Gaza Strip".
    if i > 0
        && i + 1 < ctx.toks.len()
        && ctx.w(i).ends_with("ed")
        && (ctx.is_preposition(i - 1) || matches!(ctx.w(i - 1), "the" | "a" | "an"))
        && ctx.capitalised(i + 1)
        && ctx
            .mention(i + 1)
            .is_none_or(|m| ctx.ments[m].form == MentionForm::Name)
        && ctx.at[i - 1].is_none()
    {
        return None;
    }
    // A noun when a determiner, a possessive or a demonym precedes it, directly or across one
    // modifier ("a violent raid", "Arnor's swift condemnation").
    // Also a state's name after an article when a past verb follows: "the U.S. charges
    // underlined …" (not "the U.S. backs the YPG").
    let verb_next = || {
        i + 1 < ctx.toks.len()
            && ctx.at[i + 1].is_none()
            && !ctx.capitalised(i + 1)
            && ctx.verb_like(i + 1)
    };
    let opens_np = |j: usize| {
        ctx.is(WordClass::Determiner, j)
            || ctx.w(j) == "'s"
            || ctx.mention(j).is_some_and(|m| {
                let st = ctx.ments[m].start;
                // Not a people named by its demonym, before a past verb: "the French
                // criticised", "the Chinese protested".
                let people = ctx.ments[m].end == j + 1
                    && st > 0
                    && ctx.w(st - 1) == "the"
                    && ["ese", "ish", "ch", "ss"]
                        .iter()
                        .any(|e| ctx.w(j).ends_with(e))
                    && ctx.w(i).ends_with("ed");
                (ctx.ments[m].form == MentionForm::Adjective && !people)
                    || (ctx.ments[m].end == j + 1
                        && !ctx.ments[m].possessive
                        && st > 0
                        && ctx.w(st - 1) == "the"
                        && ctx.lex.state(&ctx.ments[m].actor).is_some()
                        && verb_next())
            })
    };
    let plain = |j: usize| {
        ctx.mention(j).is_none()
            && ctx.cues[j].is_none()
            && !ctx.is_boundary(j)
            && ctx.toks[j].lower.chars().all(char::is_alphabetic)
    };
    // Across a modifier only after a determiner or possessive, and not after a plural noun
    // ("the envoys expelled by …" is a verb).
    let article = |j: usize| ctx.is(WordClass::Determiner, j) || ctx.w(j) == "'s";
    // Quotation marks inside the phrase do not count: 'its "strongest protest"'.
    let before = |k: usize| (0..k).rev().find(|&j| !ctx.is_quote(j));
    // Right after a light verb: "expressed regret over …", "voiced support for …".
    // After "of", unless a gerund ("accused of attacking"): "a note of protest".
    // "a statement backing Gondor": an -ing form with its object right after is a participle;
    // also past a phrasal verb's particle ("a resolution calling on Gondor to …"), and a
    // phrasal cue verb whatever follows ("a resolution calling for sanctions against Gondor"),
    // and anything right after a document's noun ("a resolution demanding sanctions").
    let participle_object = ctx.w(i).ends_with("ing")
        && (i > 0 && ctx.is_document(i - 1)
            || ctx
                .toks
                .get(i + 1)
                .is_some_and(|_| ctx.mention(ctx.past_article(i + 1)).is_some())
            || (i + 2 < ctx.toks.len()
                && (ctx.is(WordClass::Particle, i + 1) || ctx.is_preposition(i + 1))
                && ctx.mention(ctx.past_article(i + 2)).is_some())
            || forms.iter().any(|f| {
                f.pos == Pos::Verb
                    && f.form == Some(VerbForm::Ing)
                    && !f.rest.is_empty()
                    && f.rest
                        .iter()
                        .enumerate()
                        .all(|(k, w)| ctx.toks.get(i + 1 + k).is_some_and(|t| t.lower == *w))
            }));
    // A name between a possessive and the word: "Iraq's PKK ban", "Iran's Israel attack".
    let possessed_name = |p: usize| {
        ctx.mention(p).is_some_and(|m| {
            let s = ctx.ments[m].start;
            ctx.ments[m].end == p + 1 && s >= 2 && ctx.w(s - 1) == "'s" && !ctx.ments[m].person
        })
    };
    // A single quoted word after a noun phrase is a noun: 'called the ban "blackmail"' (not
    // after an infinitive's "to", a modal or a pronoun: 'would "respond"', 'we "condemn"').
    let quoted_noun = i > 1
        && ctx.is_quote(i - 1)
        && ctx.toks.get(i + 1).is_some_and(|_| ctx.is_quote(i + 1))
        && !ctx.is_quote(i - 2)
        && !ctx.is(WordClass::Auxiliary, i - 2)
        && !matches!(
            ctx.w(i - 2),
            "to" | "not" | "i" | "we" | "you" | "he" | "she" | "it" | "they"
        )
        // Nor a present form right after its subject's name: 'Gondor "supports" Rohan'.
        && !(ctx.w(i).ends_with('s')
            && ctx
                .mention(i - 2)
                .is_some_and(|m| ctx.ments[m].end == i - 1 && !ctx.ments[m].possessive));
    let nominal = quoted_noun
        || before(i).is_some_and(|p| {
            opens_np(p)
            || possessed_name(p)
            || ctx.light_verb_ending(p).is_some()
            // Right after a verb of receiving: "won support from Gondor", "drew protests".
            || ctx.idx.receive.contains(ctx.w(p))
            // After a preposition of time: "after talks with Gondor" (not a gerund's
            // clause: "expelled the envoy after accusing Gondor of …").
            || (matches!(ctx.w(p), "after" | "following" | "during" | "amid")
                && !(ctx.w(i).ends_with("ing") && matches!(ctx.w(p), "after" | "before")))
            // After a count of them past a light verb: "held at least five telephone
            // conversations with …".
            || ((ctx.is(WordClass::Quantity, p) || ctx.w(p).bytes().all(|b| b.is_ascii_digit()))
                && {
                    let mut q = p;
                    while q > 0 && (matches!(ctx.w(q - 1), "at" | "least" | "most") || approximator(ctx.w(q - 1)))
                    {
                        q -= 1;
                    }
                    q > 0 && ctx.light_verb_ending(q - 1).is_some()
                })
            || (ctx.w(p) == "of" && !ctx.w(i).ends_with("ing"))
            // A date between an article and the noun: "the (June) 2010 clashes between …".
            || (ctx.w(p).len() == 4 && ctx.w(p).bytes().all(|b| b.is_ascii_digit()) && {
                let mut q = p;
                while q > 0 && ctx.is(WordClass::Calendar, q - 1) {
                    q -= 1;
                }
                q > 0 && article(q - 1)
            })
            || (plain(p)
                // (A participle adjective before it makes it a noun whatever follows: "a
                // planned meeting with Gondor", unlike "a statement backing Gondor".)
                && (!participle_object || (ctx.w(p).ends_with("ed") && !ctx.capitalised(p)))
                // (A plural noun: not an adjective in "-ous", "the hideous attack".)
                && !(ctx.w(p).ends_with('s')
                    && !ctx.w(p).ends_with("ous")
                    && !ctx.w(p).ends_with("ss"))
                // "pledged to back": an infinitive, not a light verb's noun.
                && ctx.w(p) != "to"
                // Across a compound modifier: "a three-day visit", "a high-level visit".
                && before(ctx.compound_start(p)).is_some_and(|q| {
                    article(q) || (ctx.idx.light.contains(ctx.w(q)) && ctx.at[q].is_none())
                }))
        });
    // A role word right before a name is a title: "TV host Elrond Half".
    // "charge" of "charge d'affaires" is never the noun of a charge.
    let title = ctx.role_word(i)
        && (ctx.w(i) == "charge" || ctx.toks.get(i + 1).is_some_and(|_| ctx.capitalised(i + 1)));
    // A longer phrase takes modifiers of its noun too: "cut (all) diplomatic ties with", "held
    // high-level talks with": the run of up to four such words after the first word (counted
    // once, when a phrase needs it).
    let modifier_run = {
        let run = std::cell::OnceCell::new();
        move || {
            *run.get_or_init(|| {
                (i + 1..(i + 5).min(ctx.toks.len()))
                    .take_while(|&j| {
                        (ctx.at[j].is_none() || matches!(ctx.w(j), "its" | "their"))
                            && ((!ctx.is_boundary(j)
                                && ctx.toks[j].lower.chars().all(char::is_alphabetic)
                                && ctx.text[ctx.toks[j].start..].starts_with(char::is_lowercase))
                                // The hyphen of a compound: "held high-level talks with".
                                || (j > i + 1 && ctx.compound_hyphen(j)))
                    })
                    .count()
            })
        }
    };
    // Right after a form of "have", past adverbs: "has (already) cut".
    let after_have = || {
        (0..i)
            .rev()
            .find(|&j| {
                let adverb = ctx.ly_adverb(j);
                let have = matches!(ctx.w(j), "has" | "have" | "had" | "having");
                have || !(adverb || ctx.is(WordClass::Skip, j))
            })
            .is_some_and(|j| matches!(ctx.w(j), "has" | "have" | "had" | "having" | "'ve"))
    };
    let mut best: Option<(usize, CueForm)> = None;
    for f in forms {
        // The rest of a phrase, right after the first word or after an adverb ("cooperate
        // closely with").
        let rest_at = |skip: usize| {
            let end = i + 1 + skip + f.rest.len();
            (end <= ctx.toks.len()
                && f.rest
                    .iter()
                    .enumerate()
                    .all(|(k, w)| ctx.w(i + 1 + skip + k) == w))
            .then_some(end)
        };
        // (Or past a reflexive pronoun: "aligned itself with".)
        let adverb = !f.rest.is_empty()
            && i + 1 < ctx.toks.len()
            && (ctx.ly_adverb(i + 1) || (f.pos == Pos::Verb && reflexive(ctx.w(i + 1))))
            && ctx.at[i + 1].is_none();
        // A quoted word inside the phrase: 'opened "unprovoked" fire on'.
        let quoted = !f.rest.is_empty()
            && i + 3 < ctx.toks.len()
            && ctx.is_quote(i + 1)
            && ctx.is_quote(i + 3)
            && ctx.at[i + 2].is_none()
            && ctx.toks[i + 2].lower.chars().all(char::is_alphabetic);
        // Quotation marks anywhere inside the phrase, and an adverb ('said it "stands
        // firmly" with Gondor', 'stood "shoulder to shoulder" with', "closed entry
        // indefinitely to").
        let across_quotes = || {
            if f.rest.is_empty() {
                return None;
            }
            let n = ctx.toks.len();
            let (mut k, mut inside) = (i + 1, 0);
            for (r, w) in f.rest.iter().enumerate() {
                while k < n
                    && (ctx.is_quote(k)
                        || (ctx.ly_adverb(k) && ctx.at[k].is_none() && ctx.w(k) != w))
                {
                    inside += usize::from(ctx.is_quote(k) || r > 0);
                    k += 1;
                }
                if k >= n || ctx.w(k) != w {
                    return None;
                }
                k += 1;
            }
            (inside > 0).then_some(k)
        };
        let Some(end) = rest_at(0)
            .or_else(|| adverb.then(|| rest_at(1)).flatten())
            .or_else(|| quoted.then(|| rest_at(3)).flatten())
            .or_else(across_quotes)
            .or_else(|| {
                // (A verb and its object's noun too, past a compound modifier: "exchanged
                // near-daily fire".)
                let compound = |skip: usize| (i + 1..i + 1 + skip).any(|j| ctx.compound_hyphen(j));
                (f.rest.len() >= 2 || (f.pos == Pos::Verb && f.rest.len() == 1))
                    .then(|| {
                        (1..=modifier_run())
                            .filter(|&skip| f.rest.len() >= 2 || compound(skip))
                            .find_map(rest_at)
                    })
                    .flatten()
            })
        else {
            continue;
        };
        let fits = match f.pos {
            // A capitalised noun beside a capitalised word is a name's word (not in a headline
            // written in title case): "the UN Assistance Mission for Iraq". But a named
            // agreement is one: "signed the Shusha Declaration".
            Pos::Noun
                if ctx.capitalised(i)
                    && !ctx.is(WordClass::Eponym, end - 1)
                    && ((i > 1 && ctx.capitalised(i - 1))
                        || (i + 1 < ctx.toks.len() && ctx.capitalised(i + 1)))
                    && !ctx.title_case() =>
            {
                false
            }
            // Its frame is checked when linking.
            Pos::Noun | Pos::Adjective | Pos::Epithet | Pos::Agent => true,
            // "placed Bard Bow on its wanted list": only with such a list after the object.
            Pos::Verb if ctx.lex.cues[f.cue].mode.as_deref() == Some("listing") => ctx.listed_after(end),
            // "forces" of a verb of compelling is the noun ("Gondorian opposition forces").
            Pos::Verb
                if f.form == Some(VerbForm::Third)
                    && ctx.lex.cues[f.cue].mode.as_deref() == Some("compel") =>
            {
                false
            }
            // "a move condemned by …": a participle after a noun is a reduced relative.
            // Not right after a determiner: "her postponed operation" is an adjective.
            // A bare form after a preposition other than "to" is a noun: "an embargo on arms".
            // Also past names modifying it: "under Arnor and Rohan sanctions".
            Pos::Verb
                if matches!(f.form, Some(VerbForm::Base | VerbForm::Third))
                    && before(i).is_some_and(|p| {
                        let mut p = p;
                        while let Some(m) = ctx.mention(p).filter(|&m| ctx.ments[m].start > 0) {
                            p = ctx.ments[m].start - 1;
                            if p > 0 && ctx.w(p) == "and" && ctx.mention(p - 1).is_some() {
                                p -= 1;
                            }
                        }
                        (ctx.is_preposition(p) && ctx.w(p) != "to") || ctx.w(p) == "under"
                    }) =>
            {
                false
            }
            // A present form right after a cue verb is its object noun: "demanded sanctions",
            // also across one plain modifier: "halted climate talks with Gondor", "halted gas
            // supplies to Gondor". So is a bare form that is also a noun cue: "halted (military)
            // aid to Gondor" (not an infinitive's: "agreed to aid Gondor").
            Pos::Verb
                if (f.form == Some(VerbForm::Third)
                    || (f.form == Some(VerbForm::Base)
                        && forms.iter().any(|g| g.pos == Pos::Noun && g.rest == f.rest)))
                    && before(i).is_some_and(|p| {
                        // (Also a phrase's last word: "cut off supplies to Gondor".)
                        let verb_cue = |p: usize| {
                            (p.saturating_sub(3)..=p).any(|s| {
                                matches!(&ctx.cues[s], Some((e, g)) if *e == p + 1 && g.pos == Pos::Verb)
                            })
                        };
                        // (Not a second verb: "condemns and rejects the resolution".)
                        // (The modifier may be a judging word: "thwarted terrorist attacks".)
                        let judging = |p: usize| {
                            matches!(&ctx.cues[p], Some((e, g)) if *e == p + 1
                                && matches!(g.pos, Pos::Adjective | Pos::Epithet))
                        };
                        // (Past the subject's own: "cut its gas supplies to Gondor".)
                        let own_after_verb = |q: usize| {
                            matches!(ctx.w(q), "its" | "their" | "his" | "her")
                                && before(q).is_some_and(verb_cue)
                        };
                        verb_cue(p)
                            || own_after_verb(p)
                            || ((plain(p) || judging(p))
                                && !matches!(ctx.w(p), "to" | "and" | "or")
                                && before(p).is_some_and(|q| verb_cue(q) || own_after_verb(q)))
                    }) =>
            {
                false
            }
            // A bare form right after "the" and a singular name is a noun: "the Rohan question"
            // (not after "and": "Gondor and the Rohirrim condemn …").
            Pos::Verb
                if f.form == Some(VerbForm::Base)
                    && i > 0
                    && ctx.mention(i - 1).is_some_and(|m| {
                        let s = ctx.ments[m].start;
                        ctx.ments[m].end == i
                            && ctx.ments[m].form == MentionForm::Name
                            && !ctx.ments[m].possessive
                            // Not a plural name: "the Tories accuse …".
                            && !ctx.w(i - 1).ends_with('s')
                            && s > 0
                            && ctx.w(s - 1) == "the"
                            && !(s > 1 && ctx.w(s - 2) == "and")
                    }) =>
            {
                false
            }
            // A present form before a participle and its agent is a noun: "the Gondor Relief
            // order founded by Bard Bow", "Gondor attacks condemned by Rohan"; so before "aimed
            // at": "US curbs aimed at Gondor".
            Pos::Verb
                if matches!(f.form, Some(VerbForm::Base | VerbForm::Third))
                    && i + 2 < ctx.toks.len()
                    && ctx.w(i + 1).ends_with("ed")
                    && ctx.at[i + 1].is_none()
                    && (ctx.w(i + 2) == "by" || aimed_at(ctx, i + 1)) =>
            {
                false
            }
            // (A participle after "those" is a reduced relative: "Among those arrested
            // were …".)
            Pos::Verb => {
                !title
                    && (!nominal
                        || (f.form == Some(VerbForm::Participle)
                            && !before(i).is_some_and(|p| opens_np(p) && ctx.w(p) != "those")))
            }
        };
        let better = match &best {
            None => true,
            Some((be, bf)) => {
                end > *be
                    || (end == *be
                        && (f.pos == Pos::Noun) == nominal
                        && (bf.pos == Pos::Noun) != nominal)
                    // "has cut gas supplies to Gondor": a form both bare and participle is the
                    // participle after a form of "have".
                    || (end == *be
                        && bf.form == Some(VerbForm::Base)
                        && f.form == Some(VerbForm::Participle)
                        && after_have())
            }
        };
        if fits && better {
            best = Some((end, f.clone()));
        }
    }
    // A hostile deed's verb in "-ing" after a determiner or possessive and before "of" is the
    // noun of its act, "of" naming whom it was done to: "the shooting of a Gondorian jet by
    // Rohirric air defences" (not a cooperative or a verbal one: "with the backing of Gondor",
    // "the ruling of the Council").
    if best.is_none() && before(i).is_some_and(opens_np) {
        best = forms
            .iter()
            .filter(|f| {
                f.pos == Pos::Verb
                    && f.form == Some(VerbForm::Ing)
                    && f.rest.is_empty()
                    && ctx.lex.cues[f.cue].category.quad() == Quad::MaterialConflict
                    && ctx.toks.get(i + 1).is_some_and(|t| t.lower == "of")
            })
            .map(|f| {
                (
                    i + 1,
                    CueForm {
                        pos: Pos::Noun,
                        form: None,
                        ..f.clone()
                    },
                )
            })
            .next();
    }
    best
}

/// Whether the "hold" verb at `v..end` detains: a passive ("was held", "have been held") then a
/// place ("in Moscow", "at the airport"), custody ("in custody", "incommunicado"), "hostage" or
/// an agent ("by Mordor"), past a time phrase ("for days", "since 2016").
fn held(ctx: &Ctx<'_>, v: usize, end: usize) -> bool {
    let n = ctx.toks.len();
    let mut b = v;
    while b > 0 && (ctx.ly_adverb(b - 1) || ctx.is(WordClass::Skip, b - 1)) {
        b -= 1;
    }
    // A reduced relative after those held, with its holder: "Britons held by Gondor".
    let reduced = b > 0
        && ctx.mention(b - 1).is_some_and(|m| ctx.ments[m].end == b)
        && end + 1 < n
        && ctx.w(end) == "by";
    if b == 0 || !(ctx.is(WordClass::BeAux, b - 1) || reduced) {
        return false;
    }
    let mut k = end;
    // "for days", "for two weeks", "since 2016".
    while k + 1 < n && matches!(ctx.w(k), "for" | "since") {
        k += 1;
        while k < n && k < end + 5 && ctx.mention(k).is_none() && !ctx.is_preposition(k) {
            k += 1;
        }
    }
    if k >= n {
        return false;
    }
    match ctx.w(k) {
        "hostage" | "incommunicado" | "captive" => true,
        "in" | "at" => {
            let o = ctx.past_article(k + 1);
            o < n
                && (ctx.mention(o).is_some()
                    || matches!(
                        ctx.w(o),
                        "custody" | "detention" | "captivity" | "prison" | "jail" | "isolation"
                    ))
        }
        "by" => ctx.mention(ctx.past_article(k + 1).min(n - 1)).is_some(),
        _ => false,
    }
}

/// One reading: sources, targets, the clause start (for modality) and, for an event embedded in
/// an accusation, its accuser (`Some(None)` when the accuser is not named).
type Link = (Vec<usize>, Vec<usize>, usize, Option<Option<usize>>);
type Links = Vec<Link>;

/// A predicative adjective judging an act: "Gondor's decision was unacceptable, the minister
/// said" (the speaker judges the actor the evaluated phrase names), "Arnor called the raids by
/// Gondor absurd" (the judging verb's subject does). The evaluated phrase names its actor as a
/// possessive ("Gondor's move"), an agent ("the treatment … by Gondor"), "of" after a summary
/// noun ("the decision of Gondor") or a whole mention ("the attack", standing for its agent).
/// The target of a street protest whose cue ends at `end`: the one named after "against",
/// "outside" or "in front of" ("rallied outside the Gondorian embassy in Minas Tirith"), past
/// adverbs and a place or time phrase.
/// The first word within the object phrase after a cue ending at `end` (five words at most,
/// up to a comma or clause boundary) for which `is` holds: a closure's "border", a burnt "flag".
/// Whether the object after an "end" verb ending at `end` names a tie: an AGREE, COOPERATE or
/// AID noun cue within a few words ("ended its defence cooperation agreement with Gondor", "ends
/// military aid to Rohan"; not "ended his visit to Gondor", "ended the blockade of Rohan").
fn ends_a_tie(ctx: &Ctx<'_>, end: usize) -> bool {
    object_word(ctx, end, |k| {
        matches!(&ctx.cues[k], Some((_, c)) if c.pos == Pos::Noun
        && matches!(
            ctx.lex.cues[c.cue].category,
            Category::AGREE | Category::COOPERATE | Category::AID
        ))
    })
    .is_some()
}

/// Whether mention `t`, right after a verb of calling that ends at `end`, is the one
/// telephoned: a person or a state, not a possessor, followed by a day ("on Monday"), a
/// purpose ("to discuss …", not "to account", "to order"), a time word or the sentence's end.
fn rings(ctx: &Ctx<'_>, end: usize, t: usize) -> bool {
    let m = &ctx.ments[t];
    let n = ctx.toks.len();
    let e = m.end;
    let follows = e >= n
        || matches!(
            ctx.w(e),
            "." | ";" | "yesterday" | "late" | "earlier" | "last"
        )
        || (ctx.w(e) == "on" && e + 1 < n && ctx.is(WordClass::Calendar, e + 1))
        || (ctx.w(e) == "to"
            && e + 1 < n
            && ctx.mention(e + 1).is_none()
            && ctx.toks[e + 1].lower.chars().all(char::is_alphabetic)
            && !ctx.is(WordClass::Determiner, e + 1)
            && !matches!(ctx.w(e + 1), "account" | "order" | "testify" | "appear"));
    m.start == end && !m.possessive && (m.person || ctx.lex.state(&m.actor).is_some()) && follows
}

fn object_word(ctx: &Ctx<'_>, end: usize, is: impl Fn(usize) -> bool) -> Option<usize> {
    (end..ctx.toks.len().min(end + 5))
        .take_while(|&k| !ctx.is_boundary(k) && ctx.w(k) != ",")
        .find(|&k| is(k))
}

fn rally_target(ctx: &Ctx<'_>, end: usize) -> Option<usize> {
    let n = ctx.toks.len();
    let mut k = end;
    while k < n && k < end + 8 && !ctx.is_boundary(k) && ctx.w(k) != "," {
        // "marched on (to) the Gondorian embassy" (right after the verb, an actor named).
        let toward = k == end
            && matches!(ctx.w(k), "on" | "to")
            && k + 1 < n
            && ctx.mention(ctx.past_article(k + 1)).is_some();
        let after = match ctx.w(k) {
            "against" | "outside" => Some(k + 1),
            _ if toward => Some(k + 1),
            "in" if k + 2 < n && ctx.w(k + 1) == "front" && ctx.w(k + 2) == "of" => Some(k + 3),
            _ => None,
        };
        if let Some(a) = after.filter(|&a| a < n) {
            // Not a modifier of the place: "outside the government building".
            return ctx.mention(ctx.past_article(a)).filter(|&m| {
                let e = ctx.ments[m].end;
                !(e < n
                    && ctx.plain_word(e)
                    && (!ctx.lex.words.is_any(ctx.w(e)) || ctx.is(WordClass::Outpost, e))
                    && !ctx.is_preposition(e)
                    && ctx.text[ctx.toks[e].start..].starts_with(char::is_lowercase))
            });
        }
        if ctx.mention(k).is_some() || ctx.cues[k].is_some() {
            // Past a place: "in Minas Tirith outside …".
            match ctx.mention(k).filter(|&m| ctx.locative(m)) {
                Some(m) => k = ctx.ments[m].end,
                None => return None,
            }
            continue;
        }
        k += 1;
    }
    None
}

fn adjective_links(ctx: &Ctx<'_>, a: usize, noun: bool) -> Links {
    // A verb of equating a judging noun follows as a copula's complement: "constitutes
    // genocide" ("amount to" is read below).
    let constitutes = |k: usize| matches!(ctx.w(k), "constitute" | "constitutes" | "constituted");
    // Back past quotation marks, intensifiers ("completely") and a first adjective ("absurd
    // and unacceptable").
    let mut p = a;
    let mut plain = 0;
    loop {
        while p > 0
            && (ctx.is_quote(p - 1)
                || ctx.ly_adverb(p - 1)
                || ctx.is(WordClass::Degree, p - 1)
                || ctx.w(p - 1) == "and"
                || matches!(&ctx.cues[p - 1], Some((_, f)) if f.pos == Pos::Adjective))
        {
            p -= 1;
        }
        // A first adjective that is no cue: "unpredictable and aggressive", also quoted
        // apart: '"unprovoked" and "totally unacceptable"'.
        if p > 1
            && (ctx.w(p) == "and" || (ctx.is_quote(p) && ctx.w(p + 1) == "and"))
            && ctx.at[p - 1].is_none()
            && ctx.cues[p - 1].is_none()
            && !ctx.is_boundary(p - 1)
            && ctx.toks[p - 1].lower.chars().all(char::is_alphabetic)
            && ctx.text[ctx.toks[p - 1].start..].starts_with(char::is_lowercase)
            && (ctx.is_quote(p - 2) || matches!(ctx.w(p - 2), "as" | "was" | "is" | "were" | "are"))
        {
            p -= 1;
            continue;
        }
        // A possessor of the judging noun: "a reminder of Gondor's brutality".
        if noun && p >= 2 && ctx.w(p - 1) == "'s" {
            if let Some(m) = ctx.mention(p - 2) {
                if ctx.ments[m].start > 0 && ctx.w(ctx.ments[m].start - 1) == "of" {
                    p = ctx.ments[m].start;
                    continue;
                }
            }
        }
        // "an act of aggression", "a textbook example of ethnic cleansing": the judging noun's
        // own head.
        if noun
            && p >= 3
            && ctx.w(p - 1) == "of"
            && matches!(
                ctx.w(p - 2),
                "act"
                    | "acts"
                    | "example"
                    | "case"
                    | "form"
                    | "instance"
                    | "reminder"
                    | "proof"
                    | "symbol"
                    | "manifestation"
            )
        {
            p -= 2;
            continue;
        }
        // A judging noun's own modifiers: "blatant interference", "a crude provocation".
        if noun
            && plain < 2
            && p > 1
            && ctx.at[p - 1].is_none()
            && ctx.cues[p - 1].is_none()
            && !ctx.is_boundary(p - 1)
            && !ctx.is(WordClass::Determiner, p - 1)
            && ctx.toks[p - 1].lower.chars().all(char::is_alphabetic)
            && ctx.text[ctx.toks[p - 1].start..].starts_with(char::is_lowercase)
            && !constitutes(p - 1)
            && (ctx.is_quote(p - 2) || ctx.is(WordClass::Determiner, p - 2))
        {
            p -= 1;
            plain += 1;
            continue;
        }
        break;
    }
    let Some(mut before) = p.checked_sub(1) else {
        return Vec::new();
    };
    // A judging noun's article: "is the main aggressor", "called X an aggressor".
    let mut article = None;
    if noun && matches!(ctx.w(before), "a" | "an" | "the") && before > 0 {
        article = Some(before);
        before -= 1;
    }
    // An adjective inside a quoted judging phrase: 'called X "an outrageous affront"'.
    if !noun && matches!(ctx.w(before), "a" | "an") && before > 1 && ctx.is_quote(before - 1) {
        article = Some(before);
        before -= 2;
    }
    // '"It is regrettable that Gondor is attempting to …," the envoy added': the speaker
    // judges the subject of the "that" clause.
    if !noun
        && before > 0
        && matches!(ctx.w(before), "is" | "was")
        && ctx.w(before - 1) == "it"
        && a + 1 < ctx.toks.len()
        && ctx.w(a + 1) == "that"
    {
        let start = (0..before - 1)
            .rev()
            .find(|&k| matches!(ctx.w(k), "," | ":" | ";") || ctx.is_quote(k))
            .map_or(0, |k| k + 1);
        let subject = (a + 2..ctx.toks.len().min(a + 6))
            .take_while(|&k| !ctx.is_boundary(k) && ctx.w(k) != ",")
            .find_map(|k| ctx.mention(k))
            .filter(|&m| !ctx.locative(m) && !ctx.governed(m));
        let Some(t) = subject else {
            return Vec::new();
        };
        let targets: Vec<usize> = ctx.coordinated(t, false);
        let speaker = ctx.named_speaker(start, a + 1);
        return speaker
            .filter(|sp| !targets.contains(sp))
            .map(|sp| vec![(vec![sp], targets, start, None)])
            .unwrap_or_default();
    }
    // A judging noun's verb of equating, read as a copula: "Gondor's actions constitute
    // genocide", "amounted to aggression", "is tantamount to blackmail".
    let mut equates = false;
    if noun && before > 0 {
        if constitutes(before) {
            equates = true;
        } else if ctx.w(before) == "to"
            && matches!(
                ctx.w(before - 1),
                "amount" | "amounts" | "amounted" | "amounting" | "tantamount"
            )
        {
            before -= 1;
            equates = true;
        }
    }
    // "X was unacceptable": a copula, and the phrase back to the clause's start.
    if equates || matches!(ctx.w(before), "is" | "was" | "are" | "were" | "been" | "be") {
        // (Not the quotation mark opening the predicate: 'the actions "constitute …"'.)
        let start = (0..before)
            .rev()
            .find(|&k| {
                matches!(ctx.w(k), "that" | "," | ":" | ";")
                    || (ctx.is_quote(k) && k + 1 != before)
                    || (ctx.is_report(k) && !ctx.is_verb_cue(k))
            })
            .map_or(0, |k| k + 1);
        let copula = (start..before)
            .find(|&k| {
                ctx.is(WordClass::Skip, k)
                    || ctx.w(k) == "had"
                    || (ctx.is_quote(k) && k + 1 == before)
            })
            .unwrap_or(before);
        let mut targets = ctx.evaluated(start, copula, false);
        if targets.is_empty() {
            // Past the hearer of a reporting verb: "told lawmakers the Gondorian measures were
            // inappropriate".
            if let Some(d) = (start + 1..copula).find(|&k| ctx.is(WordClass::Determiner, k)) {
                targets = ctx.evaluated(d, copula, false);
            }
        }
        if targets.is_empty() {
            return Vec::new();
        }
        // Only a named speaker's judgement is an act.
        let speaker = ctx.named_speaker(start, a + 1);
        return speaker
            .filter(|sp| !targets.contains(sp))
            .map(|sp| vec![(vec![sp], targets, start, None)])
            .unwrap_or_default();
    }
    // "called the raids absurd", "dismissed the claims as groundless", "called the incursion a
    // dangerous escalation"; not an adjective before its noun outside such a predicate ("what
    // he called Gondor's reckless actions").
    // Back to the article for the frames below.
    if let Some(k) = article {
        before = k;
    }

    let predicate_np =
        matches!(ctx.w(before), "a" | "an" | "the") && (noun || ctx.w(before) != "the");
    // A judging event noun needs its own quotation or article: "calling X 'interference'"
    // (an epithet judges wherever it stands).
    let epithet = matches!(&ctx.cues[a], Some((_, f)) if f.pos == Pos::Epithet);
    // Or its "as": "regards Gondor's statements as interference in …".
    if noun
        && !epithet
        && !predicate_np
        && !ctx.is_quote(p)
        && !ctx.is_quote(before)
        && ctx.w(before) != "as"
    {
        return Vec::new();
    }
    // (Past the whole phrase: "politically motivated".)
    let a_end = ctx.cues[a].as_ref().map_or(a + 1, |(e, _)| *e);
    let after = (a_end..ctx.toks.len()).find(|&k| !ctx.is_quote(k));
    if !noun
        && !predicate_np
        && after.is_some_and(|k| {
            ctx.toks[k].lower.chars().all(char::is_alphabetic)
                && !ctx.is_boundary(k)
                && !ctx.is_preposition(k)
                // (Also "of": "found Rohan guilty of espionage".)
                && !matches!(ctx.w(k), "and" | "or" | "but" | "of")
        })
    {
        return Vec::new();
    }
    let Some(j) = (before.saturating_sub(16)..=before)
        .rev()
        .take_while(|&k| {
            k == before
                || ctx.w(k) == "as"
                || (ctx.is_quote(k) && k + 1 == before)
                || !ctx.is_boundary(k)
                || ctx.is(WordClass::Judging, k)
        })
        .find(|&k| ctx.is(WordClass::Judging, k) && ctx.at[k].is_none())
    else {
        return Vec::new();
    };
    let np_end = if ctx.w(before) == "as" || predicate_np {
        // "… as an unfriendly step".
        if predicate_np && before > 0 && ctx.w(before - 1) == "as" {
            before - 1
        } else {
            before
        }
    } else {
        p
    };
    // Not the quotation mark opening the judging phrase.
    let np_end = if np_end > j + 1 && ctx.is_quote(np_end - 1) {
        np_end - 1
    } else {
        np_end
    };
    // Nor the "as" before it: 'described the ban as "a provocation"'.
    let np_end = if np_end > j + 1 && ctx.w(np_end - 1) == "as" {
        np_end - 1
    } else {
        np_end
    };
    // In the passive the agent judges what the subject names: "Gondor's decision was described
    // by Elrond Half as a provocation".
    if let Some(aux) = ctx.passive_aux(j) {
        let judges = ctx.agent(j + 1);
        let judged = ctx.passive_subject(aux);
        if !judges.is_empty() && !judged.is_empty() {
            return vec![(judges, judged, j, None)];
        }
    }
    let sources = ctx.subject_or_participial(j);
    let targets = if np_end > j + 1 {
        ctx.evaluated(j + 1, np_end, false)
    } else {
        // "…, a step Arnor called hostile": the act summed up (not a pronoun's referent).
        sources
            .first()
            .map(|&m| ctx.relative_object(ctx.ments[m].start))
            .unwrap_or_default()
            .into_iter()
            .filter(|&t| !matches!(ctx.w(ctx.ments[t].start), "he" | "she" | "it" | "its"))
            .collect()
    };
    if sources.is_empty() || targets.is_empty() {
        return Vec::new();
    }
    vec![(sources, targets, j, None)]
}

/// A feeling about someone: "Gondor was deeply disappointed by Arnor's decision", "Rohan is
/// concerned about Mordor", "Arnor remains grateful to Gondor". The one who feels (the
/// copula's subject) acts on the actor the phrase after the preposition names: its possessor,
/// its agent ("the treatment of … by Mordor") or the whole phrase ("about Mordor"); a phrase
/// naming no actor ("concerned about the situation in Mordor") is nothing.
/// With `stance`, a stance held towards whom "of" names: "was sharply critical of Gondor", "is
/// supportive of Rohan".
fn feeling_links(ctx: &Ctx<'_>, a: usize, stance: bool) -> Links {
    let n = ctx.toks.len();
    // Back past intensifiers ("deeply", "very", "extremely") to the copula.
    // Also past a quotation mark: 'she was "disappointed" that …'.
    let mut p = a;
    while p > 0
        && (ctx.ly_adverb(p - 1)
            || ctx.is(WordClass::Degree, p - 1)
            || ctx.is(WordClass::Negation, p - 1)
            || ctx.is_quote(p - 1))
    {
        p -= 1;
    }
    // A headline drops the copula: "Moscow unpleasantly surprised by Gondor's accusations".
    let last = n.saturating_sub(1);
    let headline = !matches!(ctx.w(last), "." | "!" | "?") && !ctx.is_quote(last);
    let elided = p
        .checked_sub(1)
        .and_then(|c| ctx.mention(c))
        .filter(|&m| headline && ctx.ments[m].end == p && !ctx.ments[m].possessive);
    let Some(copula) = p.checked_sub(1).filter(|&c| {
        COPULAS.contains(&ctx.w(c)) || ctx.is(WordClass::BeAux, c) || elided.is_some()
    }) else {
        return Vec::new();
    };
    // The one who feels: the copula's subject, or the headline's mention right before.
    let feeler = || match elided {
        Some(m) => ctx.coordinated(m, true),
        None => ctx.subject(copula),
    };
    let mut at = a + 1;
    while at < n && ctx.is_quote(at) {
        at += 1;
    }
    // "disappointed and surprised that …": past a second feeling.
    if at + 1 < n
        && ctx.w(at) == "and"
        && matches!(&ctx.cues[at + 1], Some((_, f)) if f.pos == Pos::Adjective)
    {
        at += 2;
    }
    // "was disappointed that Gondor had cancelled the visit": the clause's subject.
    if at + 1 < n && ctx.w(at) == "that" && ctx.is(WordClass::Displeased, a) && !stance {
        let sources = feeler();
        let targets = ctx
            .mention(ctx.past_article(at + 1))
            .filter(|&m| !ctx.locative(m) && !ctx.ments[m].possessive)
            .map(|m| ctx.coordinated(m, false))
            .unwrap_or_default();
        if sources.is_empty() || targets.is_empty() {
            return Vec::new();
        }
        return vec![(sources, targets, copula, None)];
    }
    let preposition = if stance {
        ctx.w(at) == "of"
    } else {
        matches!(
            ctx.w(at),
            "by" | "with" | "at" | "about" | "over" | "to" | "toward" | "towards"
        )
    };
    if at + 1 >= n || !preposition {
        return Vec::new();
    }
    let mut start = at + 1;
    // "critical of both Gondor and Arnor".
    if start + 1 < n && matches!(ctx.w(start), "both" | "either") && ctx.at[start].is_none() {
        start += 1;
    }
    let end = (start..n.min(start + 8))
        .find(|&k| ctx.is_boundary(k) || matches!(ctx.w(k), "," | ";" | ":") || ctx.is_verb_cue(k))
        .unwrap_or(n.min(start + 8));
    let targets = ctx.evaluated(start, end, true);
    let sources = feeler();
    if sources.is_empty() || targets.is_empty() {
        return Vec::new();
    }
    vec![(sources, targets, copula, None)]
}

/// A blame someone bears: "Elessar said Gondor bears full responsibility for the crash", "the
/// responsibility for the crash lies with Gondor, Elessar said". The named speaker blames the
/// bearer; in the writer's own voice it is no one's act.
/// A court's ruling that someone broke a rule: "The court ruled (on Tuesday) that Gondor had
/// violated its obligations", "… that the decree was unlawful": the court against the clause's
/// subject. Only a court rules so (an actor whose id names a judicial word: "court",
/// "tribunal"), and only a clause with a word of the function-word class breach, not negated
/// ("had not violated").
fn ruling_links(ctx: &Ctx<'_>, v: usize, end: usize) -> Links {
    let n = ctx.toks.len();
    let judicial = |m: usize| {
        ctx.ments[m]
            .actor
            .split('_')
            .any(|w| ctx.lex.words.is(WordClass::Judicial, w))
    };
    // "ruled (on Tuesday, by 12 votes to 3) that".
    let Some(that) = (end..n.min(end + 8))
        .take_while(|&k| ctx.mention(k).is_none() && (ctx.w(k) == "that" || !ctx.is_boundary(k)))
        .find(|&k| ctx.w(k) == "that")
    else {
        return Vec::new();
    };
    let courts: Vec<usize> = ctx
        .subject(v)
        .into_iter()
        .filter(|&m| judicial(m))
        .collect();
    if courts.is_empty() {
        return Vec::new();
    }
    let Some(m) =
        (that + 1..n.min(that + 4)).find_map(|k| ctx.mention(k).filter(|&m| !ctx.locative(m)))
    else {
        return Vec::new();
    };
    let mut breach = false;
    for k in ctx.ments[m].end..n.min(ctx.ments[m].end + 8) {
        if ctx.is_boundary(k) || matches!(ctx.w(k), "," | ";" | "but" | "that") {
            break;
        }
        if ctx.is(WordClass::Negation, k) {
            return Vec::new();
        }
        if ctx.is(WordClass::Breach, k) {
            breach = true;
            break;
        }
    }
    if !breach || courts.contains(&m) {
        return Vec::new();
    }
    vec![(courts, ctx.coordinated(m, false), v, None)]
}

/// ", which Gondor denies" after an accusation ("Rohan accused Gondor of arming Mordor, which
/// Gondor denies"; ", a charge it denies"; ", an accusation she rejects"): the denier (the
/// accused, for a pronoun) against the accuser, not against whom the accusation names last.
fn denied_accusation(ctx: &Ctx<'_>, v: usize, f: &CueForm) -> Option<Link> {
    if ctx.lex.cues[f.cue].category != Category::REJECT || ctx.passive_aux(v).is_some() || v < 3 {
        return None;
    }
    let pronoun = matches!(ctx.w(v - 1), "he" | "she" | "it" | "they");
    let named = if pronoun { Vec::new() } else { ctx.subject(v) };
    let start = if pronoun {
        v - 1
    } else {
        named.iter().map(|&m| ctx.ments[m].start).min()?
    };
    // (Past an article: "which the junta denies".)
    let mut w = start;
    while w > 0 && ctx.is(WordClass::Determiner, w - 1) && start - w < 2 {
        w -= 1;
    }
    // The words between the comma and the denier: "which", "something", "a charge (that)".
    let comma = (w.saturating_sub(4)..w).rev().find(|&q| ctx.w(q) == ",")?;
    let opener: Vec<&str> = (comma + 1..w).map(|q| ctx.w(q)).collect();
    let opener = match opener.as_slice() {
        [head @ .., "that" | "which"] if !head.is_empty() => head,
        all => all,
    };
    let fits = matches!(
        opener,
        ["which" | "something"]
            | ["a" | "an", "charge" | "accusation" | "claim" | "allegation"]
            | ["charges" | "accusations" | "claims" | "allegations"]
    );
    if !fits {
        return None;
    }
    // The accusation: a verb of accusing before the comma, with its subject (or agent).
    let accuse = (0..comma).rev().find(|&k| {
        matches!(&ctx.cues[k], Some((_, g)) if g.pos == Pos::Verb
            && ctx.lex.cues[g.cue].category == Category::ACCUSE)
    })?;
    let accuse_end = ctx.cues[accuse].as_ref().map_or(accuse + 1, |(e, _)| *e);
    let (accusers, accused) = match ctx.passive_aux(accuse) {
        Some(aux) => (ctx.agent(accuse_end), ctx.passive_subject(aux)),
        None => (ctx.subject(accuse), ctx.object(accuse_end)),
    };
    let deniers = if pronoun { accused } else { named };
    if deniers.is_empty() || accusers.is_empty() || accusers.iter().any(|a| deniers.contains(a)) {
        return None;
    }
    Some((deniers, accusers, v, None))
}

/// "The fighting pitted Gondorian troops and Mordorian mercenaries against Rohirric rebels":
/// each party named before "against" and each named after it act on each other, whoever the
/// verb's subject is (a fight: an assault's noun before the verb).
fn pit_links(ctx: &Ctx<'_>, v: usize, end: usize) -> Links {
    let n = ctx.toks.len();
    // Only a fight pits sides against each other ("the fighting", "the war"), not a match:
    // "the quarter final pits A against B".
    let fight = (0..v)
        .rev()
        .take_while(|&q| !ctx.is_boundary(q) || ctx.w(q) == ",")
        .any(|q| ctx.assault_noun(q));
    if !fight {
        return Vec::new();
    }
    let sides = ctx.object(end);
    let Some(last) = sides.iter().map(|&m| ctx.ments[m].end).max() else {
        return Vec::new();
    };
    // "pitted A (, backed by B,) against C": the first "against" in the clause.
    let Some(against) = (last..n.min(last + 8))
        .take_while(|&k| !ctx.is_boundary(k) || ctx.w(k) == ",")
        .find(|&k| ctx.w(k) == "against")
    else {
        return Vec::new();
    };
    // (Past an article and a compound: "against the Harad-led Southern Front".)
    let Some(m) = (against + 1..n.min(against + 6))
        .take_while(|&k| !ctx.is_boundary(k))
        .find_map(|k| ctx.mention(k))
    else {
        return Vec::new();
    };
    let others = ctx.coordinated(m, false);
    if others.iter().any(|o| sides.contains(o)) {
        return Vec::new();
    }
    vec![
        (sides.clone(), others.clone(), v, None),
        (others, sides, v, None),
    ]
}

/// A speaker's claim that someone broke a rule: "Rohan said Mordor had violated the ceasefire",
/// "…, saying Gondor had breached the deal": the named speaker against the clause's subject.
/// Not in the writer's own voice, not negated ("had not violated"), not in the passive.
fn breach_links(ctx: &Ctx<'_>, v: usize, end: usize) -> Links {
    if ctx.passive_aux(v).is_some() {
        return Vec::new();
    }
    let subjects = ctx.subject(v);
    let Some(start) = subjects.iter().map(|&m| ctx.ments[m].start).min() else {
        return Vec::new();
    };
    let last = subjects
        .iter()
        .map(|&m| ctx.ments[m].end)
        .max()
        .unwrap_or(start);
    if (last..v).any(|k| ctx.is(WordClass::Negation, k)) {
        return Vec::new();
    }
    let Some(speaker) = ctx.named_speaker(start, end) else {
        return Vec::new();
    };
    let targets: Vec<usize> = subjects
        .into_iter()
        .filter(|&m| m != speaker)
        .map(|m| ctx.specific(m))
        .collect();
    if targets.is_empty() {
        return Vec::new();
    }
    vec![(vec![speaker], targets, start, None)]
}

fn borne_links(ctx: &Ctx<'_>, n: usize, end: usize) -> Links {
    let len = ctx.toks.len();
    // "Iran said Israel was behind the attack": whoever is behind a hostile act (past a
    // determiner and a modifier or two) bears the blame, the subject of the form of "be"
    // before it ("was (probably) behind").
    if ctx.w(n) == "behind" {
        let mut k = end;
        while k < len && k < end + 3 && (ctx.is(WordClass::Determiner, k) || ctx.plain_word(k)) {
            let hostile = match_cue(ctx, k).is_some_and(|(_, f)| {
                f.pos == Pos::Noun && ctx.lex.cues[f.cue].stance == crate::lexicon::Stance::Against
            }) || ctx.is(WordClass::Deed, k);
            if hostile {
                break;
            }
            k += 1;
        }
        let hostile = k < len
            && (ctx.is(WordClass::Deed, k)
                || match_cue(ctx, k).is_some_and(|(_, f)| {
                    f.pos == Pos::Noun
                        && ctx.lex.cues[f.cue].stance == crate::lexicon::Stance::Against
                }));
        let mut v = n;
        while v > 0 && n - v < 3 && ctx.ly_adverb(v - 1) {
            v -= 1;
        }
        let be = v > 0 && COPULAS.contains(&ctx.w(v - 1));
        if !hostile || !be {
            return Vec::new();
        }
        let bearers: Vec<usize> = ctx
            .subject(v - 1)
            .into_iter()
            .map(|m| ctx.specific(m))
            .collect();
        let speaker = ctx.named_speaker(v - 1, end);
        return speaker
            .filter(|sp| !bearers.is_empty() && !bearers.contains(sp))
            .map(|sp| vec![(vec![sp], bearers, v - 1, None)])
            .unwrap_or_default();
    }
    // Before the noun, past its modifiers ("full", "the", "all"): a bearing verb and its
    // subject.
    let mut p = n;
    while p > 0
        && n - p < 3
        && (ctx.is(WordClass::Determiner, p - 1)
            || (ctx.plain_word(p - 1) && !ctx.is(WordClass::Bearing, p - 1)))
    {
        p -= 1;
    }
    let mut bearers = Vec::new();
    let mut clause = n;
    if let Some(v) = p.checked_sub(1).filter(|&v| ctx.is(WordClass::Bearing, v)) {
        bearers = ctx.subject(v);
        clause = v;
    }
    if bearers.is_empty() {
        // After it, past a "for" phrase: "lies with", "rests with".
        let last = len.min(end + 10);
        // Past an adverb: "lies squarely with".
        let with = |k: usize| {
            Some(ctx.past_adverbs_forward(k + 1)).filter(|&w| w + 1 < len && ctx.w(w) == "with")
        };
        let rest = (end..last)
            .take_while(|&k| !ctx.is_boundary(k) && ctx.w(k) != ",")
            .find(|&k| ctx.is(WordClass::Resting, k) && with(k).is_some());
        if let Some(k) = rest.filter(|&k| k == end || ctx.w(end) == "for") {
            bearers = with(k).map(|w| ctx.object(w + 1)).unwrap_or_default();
            clause = k;
        }
    }
    if bearers.is_empty() {
        return Vec::new();
    }
    let speaker = ctx.named_speaker(clause.min(n), end);
    let bearers: Vec<usize> = bearers.into_iter().map(|m| ctx.specific(m)).collect();
    speaker
        .filter(|sp| !bearers.contains(sp))
        .map(|sp| vec![(vec![sp], bearers, clause.min(n), None)])
        .unwrap_or_default()
}

/// Copulas before a predicate noun: "Gondor is a staunch ally of Arnor".
const COPULAS: [&str; 12] = [
    "is", "was", "are", "were", "be", "been", "being", "remains", "remained", "remain", "became",
    "becomes",
];

/// An agent noun names the source by apposition or predication and the target after "of":
/// "Gondor, the main backer of Arnor, …", "Gondor has been among the most vocal supporters of
/// Arnor", "Gondor emerged as a key ally of Arnor".
fn agent_links(ctx: &Ctx<'_>, n: usize, end: usize) -> Links {
    let n_toks = ctx.toks.len();
    let of = (end..n_toks.min(end + 2))
        .find(|&k| !ctx.is_quote(k))
        .filter(|&k| ctx.w(k) == "of" && k + 1 < n_toks);
    // Or a possessor before it, past up to two plain modifiers: "Gondor, Arnor's main ally,".
    let possessor = || {
        let mut q = n;
        while q > 0
            && n - q < 2
            && ctx.plain_word(q - 1)
            && ctx.text[ctx.toks[q - 1].start..].starts_with(char::is_lowercase)
        {
            q -= 1;
        }
        (q >= 2 && ctx.w(q - 1) == "'s")
            .then(|| ctx.mention(q - 2))
            .flatten()
            .filter(|&m| !ctx.locative(m))
    };
    let (targets, mut p) = match of {
        Some(of) => (ctx.object(of + 1), n),
        None => match possessor() {
            Some(m) => (vec![ctx.specific(m)], ctx.ments[m].start),
            None => return Vec::new(),
        },
    };
    if targets.is_empty() {
        return Vec::new();
    }
    // Back over the noun phrase's own words: "among the most vocal", "one of the main", "a
    // 'staunch'".
    let mut steps = 0;
    while of.is_some() && p > 0 && steps < 6 {
        let w = ctx.w(p - 1);
        let modifier = ctx.is_quote(p - 1)
            || matches!(w, "a" | "an" | "the" | "one" | "of" | "among" | "most")
            || (ctx.plain_word(p - 1)
                && !COPULAS.contains(&w)
                && w != "as"
                && ctx.text[ctx.toks[p - 1].start..].starts_with(char::is_lowercase));
        if !modifier {
            break;
        }
        p -= 1;
        steps += 1;
    }
    if (of.is_some() && p == n) || p == 0 {
        return Vec::new();
    }
    let at = p - 1;
    let sources = if ctx.w(at) == "," {
        // Apposition: "Gondor, the main backer of Arnor".
        ctx.mention(at.saturating_sub(1))
            .filter(|&m| at > 0 && ctx.ments[m].end == at && !ctx.locative(m))
            .map(|m| vec![ctx.specific(m)])
            .unwrap_or_default()
    } else if COPULAS.contains(&ctx.w(at)) {
        ctx.subject(at)
    } else if ctx.w(at) == "as" && at > 0 && ctx.mention(at - 1).is_none() {
        // "emerged as a key ally of Arnor".
        ctx.subject(at - 1)
    } else {
        Vec::new()
    };
    let sources: Vec<usize> = sources
        .into_iter()
        .filter(|s| !targets.contains(s))
        .collect();
    if sources.is_empty() {
        return Vec::new();
    }
    let clause = sources
        .iter()
        .map(|&m| ctx.ments[m].end)
        .max()
        .unwrap_or(n)
        .min(n);
    vec![(sources, targets, clause, None)]
}

fn verb_links(ctx: &Ctx<'_>, v: usize, end: usize, f: &CueForm) -> Links {
    // A compound participle: "Rohan-backed militias", "a Rohan-brokered deal".
    // The hyphen touches both words; a spaced dash opens an apposition ("Hamas - banned by …").
    if f.form == Some(VerbForm::Participle)
        && v >= 2
        && ctx.w(v - 1) == "-"
        && ctx.toks[v - 1].start == ctx.toks[v - 2].end
        && ctx.toks[v].start == ctx.toks[v - 1].end
    {
        if let Some(m) = ctx.mention(v - 2) {
            let targets = ctx
                .mention(end)
                .map(|t| ctx.coordinated(t, false))
                .unwrap_or_default();
            return vec![(vec![ctx.specific(m)], targets, v, None)];
        }
    }
    // "The talks between Arnor and Gondor were hosted by Rohan", "the meeting between Arnor
    // and Gondor in Paris, hosted by Rohan": the host acts for each party named before.
    if ctx.lex.cues[f.cue].mode.as_deref() == Some("host")
        && f.form == Some(VerbForm::Participle)
        && end + 1 < ctx.toks.len()
        && ctx.w(end) == "by"
    {
        let between = (v.saturating_sub(20)..v)
            .rev()
            .take_while(|&q| !ctx.is_boundary(q) && !ctx.is_verb_cue(q))
            .find(|&q| ctx.w(q) == "between");
        let parties = between.map(|b| ctx.object(b + 1)).unwrap_or_default();
        let hosts = ctx.agent(end);
        if parties.len() >= 2 && !hosts.is_empty() {
            return vec![(hosts, parties, v, None)];
        }
    }
    // "Rohirric prisoners freed from Gondorian custody", "were released from Gondorian
    // detention": whoever held them in custody releases them.
    let released_from = ctx.lex.cues[f.cue].category == Category::CONCEDE
        && matches!(f.form, Some(VerbForm::Participle | VerbForm::Past))
        && f.rest.is_empty()
        && end + 1 < ctx.toks.len()
        && ctx.w(end) == "from";
    if released_from {
        let holder = ctx
            .mention(ctx.past_article(end + 1))
            .filter(|&m| !ctx.ments[m].person && !ctx.locative(m));
        if let Some(h) = holder {
            let held = match ctx.passive_aux(v) {
                Some(aux) => ctx.passive_subject(aux),
                None => ctx.subject(v),
            };
            if !held.is_empty() {
                return vec![(vec![ctx.specific(h)], held, v, None)];
            }
        }
    }
    // (Done to "those": never its subject's act.)
    if v > 0 && ctx.w(v - 1) == "those" {
        return those_patients(ctx, v, end, f)
            .filter(|(_, targets, _)| !targets.is_empty())
            .map(|(sources, targets, k)| vec![(sources, targets, k, None)])
            .unwrap_or_default();
    }
    // "was hit": a verb whose participle is its base form is passive after "be".
    let participle = f.form == Some(VerbForm::Participle)
        || (f.form == Some(VerbForm::Base) && ctx.passive_aux(v).is_some());
    // "Arnor is allied with Gondor": an alliance participle is a state, the subject its
    // holder.
    let stative = ctx.lex.cues[f.cue].mode.as_deref() == Some("ally");
    if participle && stative {
        if let Some(aux) = ctx.passive_aux(v) {
            let sources = ctx.subject(aux);
            let targets = ctx
                .mention(ctx.past_article(end))
                .map(|t| ctx.coordinated(t, false))
                .unwrap_or_default();
            return vec![(sources, targets, aux, None)];
        }
        // "Arnor, a group allied with Gondor, …", "militias allied with Gondor".
        let mut k = v;
        while k > 0 && k + 4 > v && !ctx.capitalised(k - 1) && ctx.at[k - 1].is_none() {
            if ctx.w(k - 1) == "," {
                break;
            }
            k -= 1;
        }
        let head = if k > 1 && ctx.w(k - 1) == "," {
            ctx.mention(k - 2)
        } else {
            k.checked_sub(1)
                .and_then(|j| ctx.mention(j))
                .filter(|_| k == v)
        };
        if let Some(h) = head {
            let targets = ctx
                .mention(ctx.past_article(end))
                .map(|t| ctx.coordinated(t, false))
                .unwrap_or_default();
            return vec![(vec![ctx.specific(h)], targets, v, None)];
        }
    }
    if participle {
        if let Some(aux) = ctx.passive_aux(v) {
            let mut targets = ctx.passive_subject(aux);
            // "missiles were fired at Gondor by Mordor": the phrase's own object is hit, no
            // actor being the subject.
            if targets.is_empty()
                && f.rest
                    .last()
                    .is_some_and(|w| matches!(w.as_str(), "at" | "on" | "into"))
            {
                targets = ctx
                    .mention(ctx.past_article(end))
                    .map(|m| ctx.coordinated(m, false))
                    .unwrap_or_default();
            }
            let mut sources = ctx.agent(end);
            if sources.is_empty()
                && (ctx.lex.cues[f.cue].mode.as_deref() == Some("summon envoy")
                    || invited_envoy(ctx, f, &targets, end))
                && end + 1 < ctx.toks.len()
                && ctx.w(end) == "to"
            {
                // "The envoy was summoned to the Foreign Ministry": the ministry summons.
                sources = ctx.mention_after(end).into_iter().collect();
            }
            // "Fiji has been suspended from the Pacific Islands Forum": a sanction from an
            // organisation is the organisation's.
            if sources.is_empty()
                && ctx.lex.cues[f.cue].category == Category::SANCTION
                && end + 1 < ctx.toks.len()
                && ctx.w(end) == "from"
            {
                sources = ctx
                    .mention_after(end)
                    .filter(|&m| ctx.names_org(m))
                    .into_iter()
                    .collect();
            }
            // "was arrested by Gondor in 2019 and (was) hanged on Saturday": a passive joined to
            // an earlier one with its agent shares that agent.
            if sources.is_empty() {
                if let Some(a) = ctx.earlier_passive_agent(v) {
                    sources = a;
                }
            }
            // "was killed in a Gondorian air strike": an assault with no agent is the one an
            // assault noun after "in" names.
            if sources.is_empty() && ctx.lex.cues[f.cue].category == Category::ASSAULT {
                sources = ctx.assault_phrase_agent(end);
            }
            // "… were killed when a Gondorian patrol ambushed …": an assault with no agent is
            // the one the "when" clause right after it says attacked.
            if sources.is_empty() && ctx.lex.cues[f.cue].category == Category::ASSAULT {
                let n = ctx.toks.len();
                let when = (end..n.min(end + 6))
                    .take_while(|&k| !ctx.is_boundary(k) || ctx.w(k) == "when")
                    .find(|&k| ctx.w(k) == "when");
                let attacker = when.and_then(|w| {
                    (w + 1..n.min(w + 14))
                        .take_while(|&k| ctx.w(k) != "." && ctx.w(k) != ";")
                        .find(|&k| {
                            matches!(&ctx.cues[k], Some((_, g)) if g.pos == Pos::Verb
                                && ctx.lex.cues[g.cue].category == Category::ASSAULT
                                && matches!(g.form, Some(VerbForm::Past | VerbForm::Participle)))
                                && ctx.passive_aux(k).is_none()
                        })
                        .map(|k| ctx.subject(k))
                        .filter(|subj| subj.iter().all(|&m| ctx.ments[m].start > w))
                });
                if let Some(a) = attacker {
                    sources = a;
                }
            }
            let clause = targets
                .iter()
                .map(|&m| ctx.ments[m].end)
                .min()
                .unwrap_or(aux);
            return vec![(sources, targets, clause, None)];
        }
        // A headline's passive without its auxiliary: "Three Rohirric soldiers killed in
        // Gondorian drone attack".
        if ctx.lex.cues[f.cue].category == Category::ASSAULT {
            let agents = ctx.assault_phrase_agent(end);
            let targets = ctx.subject(v);
            if !agents.is_empty() && !targets.is_empty() {
                return vec![(agents, targets, v, None)];
            }
        }
        // A headline's passive without its auxiliary: "Fiji suspended from Pacific Islands
        // Forum" (a sanction "from" an organisation, with no object of its own).
        if ctx.lex.cues[f.cue].category == Category::SANCTION
            && end + 1 < ctx.toks.len()
            && ctx.w(end) == "from"
        {
            let org = ctx.mention_after(end).filter(|&m| ctx.names_org(m));
            let targets = ctx.subject(v);
            if let Some(o) = org.filter(|_| !targets.is_empty()) {
                return vec![(vec![o], targets, v, None)];
            }
        }
        // Reduced passive: "the envoys detained (in Minas Tirith) by Arnor": "by" right after
        // the participle or after a place or time phrase ("raided cafes run by Arnorians" is
        // active).
        // A phrasal cue may end before its noun: "listed as a terrorist organisation by".
        let phrasal_noun = ctx.lex.cues[f.cue].lemma.contains(' ')
            && end + 1 < ctx.toks.len()
            && ctx.plain_word(end)
            && ctx.w(end + 1) == "by";
        let agent = if end < ctx.toks.len()
            && (ctx.w(end) == "by"
                || (ctx.w(end) == "as" && ctx.verbal_act(v))
                || phrasal_noun
                || ctx.is(WordClass::Locative, end)
                || ctx.is(WordClass::Skip, end)
                || ctx.ly_adverb(end)
                || matches!(
                    ctx.w(end),
                    "on" | "last" | "earlier" | "overnight" | "yesterday" | "today"
                )) {
            ctx.agent(end)
        } else {
            Vec::new()
        };
        if !agent.is_empty() {
            // "was condemned by A and welcomed by B": the first passive's subject.
            let mut targets = match ctx.joined_passive(v) {
                Some(p) => ctx.passive_subject(p),
                None => ctx.subject(v),
            };
            if targets.is_empty() && v >= 2 {
                // In apposition: "the PKK, banned by Rohan, …", "the PKK - listed … by …".
                let punct = if ctx.w(v - 1) == "," || crate::text::is_dash(ctx.w(v - 1)) {
                    Some(v - 1)
                } else if ctx.text[ctx.toks[v - 1].end..ctx.toks[v].start]
                    .contains(crate::text::DASH_CHARS)
                {
                    Some(v)
                } else {
                    None
                };
                // (Past an acronym in brackets: "the Free Army (FA), backed by …".)
                let punct = punct.map(|p| {
                    if p >= 4 && ctx.w(p - 1) == ")" && ctx.w(p - 3) == "(" {
                        p - 3
                    } else {
                        p
                    }
                });
                targets = punct
                    .and_then(|p| ctx.mention(p - 1).filter(|&m| ctx.ments[m].end == p))
                    .filter(|&m| !ctx.locative(m))
                    .map(|m| ctx.coordinated(m, false))
                    .unwrap_or_default();
            }
            if targets.is_empty() {
                targets = ctx.summarised_act(v);
            }
            return vec![(agent, targets, v, None)];
        }
    }
    if let Some(link) = accused_act(ctx, v, end, f) {
        return vec![link];
    }
    if let Some(link) = denied_accusation(ctx, v, f) {
        return vec![link];
    }
    // ", accusing X of …" after a clause: the clause's subject acts, not the last name of its
    // object ("called on A to boycott Gondorian goods, accusing B").
    // (Also after "after" or "before": "expelled the envoy after accusing Gondor of …".)
    let adjunct =
        f.form == Some(VerbForm::Ing) && v > 1 && matches!(ctx.w(v - 1), "," | "after" | "before");
    let mut sources = Vec::new();
    if adjunct {
        sources = ctx.participial_subject(v);
    }
    if sources.is_empty() {
        sources = ctx.subject(v);
    }
    if sources.is_empty() && f.pos == Pos::Verb {
        sources = ctx.assault_subject(v);
    }
    // A reduced relative: "took up the case of six Rohirric journalists refused entry to
    // Mordor", "spoke about Rohirric journalists expelled from Mordor": a past form right
    // after the object of a preposition, with no actor after it, is done to that object, by
    // no one it names.
    if matches!(f.form, Some(VerbForm::Past | VerbForm::Participle)) {
        if let [m] = sources[..] {
            let governs =
                |k: usize| matches!(ctx.w(k), "of" | "for" | "about" | "among" | "with" | "on");
            // (Past an article, a count and plain words: "the case of six unnamed …"; an
            // article opens the phrase.)
            let mut s0 = ctx.ments[m].start;
            while s0 > 0
                && ctx.ments[m].start - s0 < 3
                && !ctx.is(WordClass::Determiner, s0)
                && !governs(s0 - 1)
                && (ctx.is(WordClass::Determiner, s0 - 1)
                    || ctx.count_word(s0 - 1)
                    || (ctx.plain_word(s0 - 1)
                        && !ctx.capitalised(s0 - 1)
                        && !ctx.is_preposition(s0 - 1)))
            {
                s0 -= 1;
            }
            let governed = s0 > 0 && ctx.ments[m].end == v && governs(s0 - 1);
            if governed && end < ctx.toks.len() && ctx.mention(ctx.past_article(end)).is_none() {
                return Vec::new();
            }
        }
    }
    // "Arnorian drug convicts Bard Bow and Elrond Half were executed": a present form after a
    // demonym and a plain noun, with a verb after its "object", is a plural noun.
    if f.form == Some(VerbForm::Third) {
        if let [m] = sources[..] {
            let noun_between = ctx.ments[m].form == MentionForm::Adjective
                && ctx.ments[m].end < v
                && (ctx.ments[m].end..v).all(|q| ctx.plain_word(q));
            if noun_between {
                let after = ctx
                    .object(end)
                    .iter()
                    .map(|&t| ctx.ments[t].end)
                    .max()
                    .filter(|&e| e < ctx.toks.len());
                if after.is_some_and(|e| ctx.is(WordClass::BeAux, e)) {
                    return Vec::new();
                }
            }
        }
    }
    // After "to" a bare form is an infinitive, a verb: "took steps to distance itself from …".
    // (Also a bare second infinitive: "to close its embassy and expel …".)
    let infinitive = f.form == Some(VerbForm::Base)
        && v > 0
        && (ctx.w(v - 1) == "to" || ctx.first_infinitive(v).is_some());
    if infinitive {
        // An infinitive of purpose after an object: "Arnor summoned Gondor's envoy to
        // protest …" is Arnor's protest; after a verb of asking ("urged Gondor to …") the
        // object acts.
        // Not a possessive owner: "Arnor condemned Gondor's decision to expel …".
        // Not a deed's owner: "criticised the decision of Gondor to expel …" is Gondor's.
        let owned = ctx.deed_owner_before(v).is_some();
        if let Some(&m) = sources
            .first()
            .filter(|&&m| !ctx.ments[m].possessive && !owned)
        {
            // (Past a title and its state: "summoned South Korean Ambassador Bard Bow to …".)
            let mut p = ctx.ments[m].start;
            while p > 0 {
                if ctx.is(WordClass::Determiner, p - 1) || ctx.plain_word(p - 1) {
                    p -= 1;
                } else if let Some(a) = ctx.mention(p - 1).filter(|&a| {
                    ctx.ments[a].form == MentionForm::Adjective && ctx.ments[a].end == p
                }) {
                    p = ctx.ments[a].start;
                } else {
                    break;
                }
                if ctx.ments[m].start - p > 3 {
                    break;
                }
            }
            let governs = p > 0
                && (ctx.is_verb_cue(p - 1) || ctx.idx.light.contains(ctx.w(p - 1)))
                && !ctx.idx.irrealis.contains(ctx.w(p - 1));
            if governs {
                let main = ctx.subject(p - 1);
                if !main.is_empty() {
                    sources = main;
                }
            }
        }
        // Right after a verb cue of refusal or intent: "Arnor refused to meet Gondor".
        if sources.is_empty() && v >= 2 && ctx.is_verb_cue(v - 2) {
            sources = ctx.subject(v - 2);
        }
    }
    if sources.is_empty() && f.form == Some(VerbForm::Ing) {
        sources = ctx.participial_subject(v);
    }
    // '"We support Gondor," Rohirric envoy Bard Bow said', '"We have summoned …"': "we" is
    // the speaker's side; so in a second conjunct of a "we" clause ('"We have sent a note to
    // X and summoned its envoy," Y said'), whatever the conjunct search found.
    let mut we_subject = false;
    {
        let mut k = ctx.past_adverbs(v);
        // Past a progressive's auxiliary (a perfect's is passed as an adverb is); not a
        // modal's ("we can beat X" is no act).
        while k > 1 && ctx.is(WordClass::BeAux, k - 1) {
            k = ctx.past_adverbs(k - 1);
        }
        let we_conjunct = k > 1
            && ctx.w(k - 1) == "and"
            && (k.saturating_sub(20)..k - 1)
                .rev()
                .take_while(|&q| {
                    !ctx.is_quote(q) && !ctx.is(WordClass::Boundary, q) || ctx.w(q) == "we"
                })
                .any(|q| {
                    ctx.w(q) == "we"
                        && (q == 0 || ctx.is_quote(q - 1) || ctx.is(WordClass::Boundary, q - 1))
                });
        if (sources.is_empty() && k > 0 && ctx.w(k - 1) == "we") || we_conjunct {
            // The speaker after the quotation, or before its opening mark: 'Bard Bow said:
            // "We support Gondor"'.
            let opening = (0..k)
                .rev()
                .find(|&q| ctx.w(q) == "we")
                .filter(|&q| q >= 3 && ctx.is_quote(q - 1) && matches!(ctx.w(q - 2), ":" | ","))
                .and_then(|q| {
                    (q.saturating_sub(6)..q - 2)
                        .rev()
                        .find(|&r| ctx.is_report(r) && !ctx.is_verb_cue(r))
                })
                .and_then(|r| ctx.subject(r).first().copied());
            let speaker: Vec<usize> = ctx
                .attribution(end)
                .flatten()
                .or(opening)
                .into_iter()
                .collect();
            if !speaker.is_empty() || sources.is_empty() {
                we_subject = !speaker.is_empty();
                sources = speaker;
            }
        }
    }
    let mut targets = Vec::new();
    let category = ctx.lex.cues[f.cue].category;
    let verbal = category.quad().is_verbal();
    // "thwarted attacks prepared by Gondorian intelligence": foiling a deed acts on its agent,
    // and on no one else ("repel an offensive on Gondor" is not against Gondor).
    let foil = ctx.lex.cues[f.cue].mode.as_deref() == Some("foil");
    let foiled_deed = foil && {
        let k = ctx.past_article(end);
        k < ctx.toks.len() && matches!(&ctx.cues[k], Some((_, g)) if g.pos == Pos::Noun)
    };
    if verbal || category == Category::SANCTION || foil {
        // "condemned the (\"uncalled-for\") aggression by Arnor", "welcomed the decision by
        // Arnor and Rohan", "suspended all events organised by Arnorian institutions": the
        // agent of the act is the target.
        targets = ctx.act_agent(end);
    }
    // "regretted that Gondor had let Bard Bow go", 'said it "deeply regretted" that …': a
    // judgement of a clause is of its subject.
    let mut that = end;
    while that < ctx.toks.len() && ctx.is_quote(that) {
        that += 1;
    }
    // So is a warning of a clause: "warned that Gondor would pay a heavy price".
    if targets.is_empty()
        && matches!(
            category,
            Category::ACCUSE | Category::SUPPORT | Category::THREATEN
        )
        && that + 1 < ctx.toks.len()
        && ctx.w(that) == "that"
    {
        targets = ctx
            .mention(ctx.past_article(that + 1))
            .filter(|&m| !ctx.ments[m].possessive && !ctx.locative(m))
            .map(|m| ctx.coordinated(m, false))
            .unwrap_or_default();
        // Not whoever the warning says would answer in kind: "warned that Gondor would
        // respond with all available means" (Gondor is the warner's side).
        if category == Category::THREATEN {
            let after = targets.iter().map(|&m| ctx.ments[m].end).max();
            let retorts = after.is_some_and(|e| {
                (e..ctx.toks.len().min(e + 6))
                    .find(|&k| {
                        !(ctx.is(WordClass::Auxiliary, k)
                            || ctx.is(WordClass::Hedge, k)
                            || ctx.is(WordClass::Negation, k)
                            || ctx.is(WordClass::Skip, k)
                            || ctx.ly_adverb(k)
                            || matches!(ctx.w(k), "be" | "ready" | "prepared" | "hesitate" | "to"))
                    })
                    .is_some_and(|k| ctx.is(WordClass::Retort, k))
            });
            if retorts {
                targets.clear();
            }
        }
    }
    // "to help stop Mordor's blackmail": aid given through a verb of its own aids no one
    // named after it.
    let aid_by_verb = category == Category::AID && f.rest.is_empty() && ctx.bare_verb_at(end);
    // 'swap': the parties to an exchange are the subjects together ("Gondor and Rohan swapped
    // prisoners") or whom "with" names, not what they exchange; with no actor or group in
    // the object, nothing ("exchanged fire").
    let swap = ctx.lex.cues[f.cue].mode.as_deref() == Some("swap");
    if swap {
        let n = ctx.toks.len();
        let clause =
            || (end..n.min(end + 12)).take_while(|&k| !ctx.is_boundary(k) && ctx.w(k) != ",");
        let partner = clause()
            .find(|&k| ctx.w(k) == "with" && k + 1 < n)
            .and_then(|w| ctx.mention(ctx.past_article(w + 1)));
        let exchanged = clause().take(6).any(|k| {
            ctx.mention(k).is_some()
                || ctx.lex.generic.get(ctx.w(k)) == Some(&crate::lexicon::Kind::Group)
        });
        // (Not a name's word: "the London Stock Exchange".)
        if (!exchanged && partner.is_none()) || (v > 0 && ctx.capitalised(v)) {
            return Vec::new();
        }
        targets = partner
            .map(|m| ctx.coordinated(m, false))
            .unwrap_or_default();
    }
    if targets.is_empty() && !aid_by_verb && !foiled_deed && !swap {
        targets = ctx.object(end);
        // "sanctioned twelve Gondorian officials, including Bard Bow", "expelled several
        // diplomats, including the Gondorian ambassador": those the object includes too.
        let n = ctx.toks.len();
        let including = (end + 1..n.min(end + 10))
            .take_while(|&q| {
                !ctx.is_boundary(q) && !ctx.is_verb_cue(q) && (ctx.w(q) != "," || q + 1 < n)
            })
            .find(|&q| ctx.w(q) == "including" && ctx.w(q - 1) == ",")
            .filter(|&q| (end..q - 1).all(|k| ctx.w(k) != ","))
            // (The verb's own object: not "collaborated on a number of sequels, including …".)
            .filter(|_| !ctx.is_preposition(end));
        let included = including.and_then(|q| {
            ctx.mention_after(q)
                .or_else(|| ctx.titled_person(ctx.past_article(q + 1)))
        });
        if let Some(m) = included {
            for t in ctx.coordinated(m, false) {
                if !targets.contains(&t) {
                    targets.push(t);
                }
            }
        }
        // '"Gondor is trying to silence me," Bard Bow wrote': "me", "us" or "our country"
        // inside a quotation is its speaker (whose side "us" is).
        // So is "our country" ('"Rohan attacked our country," Bard Bow said').
        let ours =
            end + 1 < ctx.toks.len() && ctx.w(end) == "our" && ctx.is(WordClass::Homeland, end + 1);
        if targets.is_empty()
            && end < ctx.toks.len()
            && (matches!(ctx.w(end), "me" | "us") || ours)
            && (0..end).any(|q| ctx.is_quote(q))
        {
            if let Some(sp) = ctx.attribution(end).flatten() {
                targets = vec![sp];
            }
        }
        // "suspend Gondor's diplomatic relations with Rohan": ending one's own ties is an act
        // against the partner.
        if category == Category::SANCTION {
            if let [m] = targets[..] {
                let e = ctx.ments[m].end + 1;
                let with = (e..ctx.toks.len().min(e + 4))
                    .take_while(|&k| {
                        ctx.plain_word(k) || ctx.w(k) == "with" || ctx.is(WordClass::Tie, k)
                    })
                    .find(|&k| ctx.w(k) == "with" && k > e && ctx.is(WordClass::Tie, k - 1));
                if let Some(w) = with.filter(|_| ctx.ments[m].possessive) {
                    if let Some(p) = ctx.mention(ctx.past_article(w + 1)) {
                        targets = ctx.coordinated(p, false);
                    }
                }
            }
        }
        // "criticised the imprisonment of Elrond": a verbal act on a deed done to someone is
        // not against the victim, but against the deed's agent: named by "by" (taken above) or
        // the state where it happened ("the arrest of X in Baku"). Also after "against" or
        // "over": "protested against the imprisonment of Elrond".
        let k = ctx.past_article(
            if verbal && end + 1 < ctx.toks.len() && matches!(ctx.w(end), "against" | "over") {
                end + 1
            } else {
                end
            },
        );
        let deed_on = k < ctx.toks.len()
            && matches!(&ctx.cues[k], Some((_, g)) if g.pos == Pos::Noun
                && !ctx.lex.cues[g.cue].of_agent
                && ctx.lex.cues[g.cue].category.quad() == Quad::MaterialConflict);
        // "regretted the loss of X", "condemned the deaths of X": sympathy with the dead or
        // hurt; only the state where it happened is acted on.
        let bereaved = verbal
            && ctx.lex.cues[f.cue].stance == crate::lexicon::Stance::Against
            && k < ctx.toks.len()
            && ctx.is(WordClass::Bereavement, k);
        if bereaved && category != Category::REQUEST {
            targets = ctx.place_state(k).into_iter().collect();
        }
        if verbal && deed_on && category != Category::REQUEST {
            targets = ctx.place_state(k).into_iter().collect();
            // "opposed the deployment of Gondorian troops": the forces deployed act.
            let mobilised = ctx.cues[k]
                .as_ref()
                .filter(|(_, g)| ctx.lex.cues[g.cue].category == Category::MOBILIZE);
            if let Some(&(e, _)) = mobilised {
                if e + 1 < ctx.toks.len() && ctx.w(e) == "of" {
                    let forces = ctx.object(e + 1);
                    if !forces.is_empty() {
                        targets = forces;
                    }
                }
            }
        }
        // "condemned Bard Bow's detention": the possessor of a coercion done to them is its
        // victim; the act is against the state where it happened (not "Gondor's arrest of
        // …", "Gondor's invasion").
        if verbal && !deed_on && category != Category::REQUEST {
            let owner = ctx
                .mention(k)
                .filter(|&m| ctx.ments[m].possessive && ctx.ments[m].start == k);
            if let Some(m) = owner.filter(|&m| ctx.custody_victim(m)) {
                targets = ctx.place_state(ctx.ments[m].end + 1).into_iter().collect();
            }
        }
        // "called for sanctions against Gondor": the requested deed's own target, named right
        // after it (not "called for the embargo to be lifted").
        if category == Category::REQUEST && deed_on {
            let e = ctx.cues[k].as_ref().map_or(k + 1, |(e, _)| *e);
            targets = if e + 1 < ctx.toks.len() && matches!(ctx.w(e), "against" | "on" | "of") {
                ctx.object(e + 1)
            } else {
                Vec::new()
            };
        }
        // "called for talks with Gondor": asking for a cooperative act is no act against its
        // partner ("called for sanctions against Gondor" is).
        let cooperative = k < ctx.toks.len()
            && matches!(&ctx.cues[k], Some((_, g)) if g.pos == Pos::Noun
                && ctx.lex.cues[g.cue].stance == crate::lexicon::Stance::Support);
        if category == Category::REQUEST && cooperative {
            targets.clear();
            // "demanded an apology from Gondor": a concession asked of someone presses them;
            // so does a concession or retreat asked of its agent named after "of" ("demanded
            // the withdrawal of about 100 Gondorian soldiers").
            if let Some((e, g)) = ctx.cues[k].clone() {
                let c = &ctx.lex.cues[g.cue];
                let n = ctx.toks.len();
                if c.category == Category::CONCEDE && e + 1 < n && ctx.w(e) == "from" {
                    targets = ctx
                        .mention(ctx.past_article(e + 1))
                        .map(|m| ctx.coordinated(m, false))
                        .unwrap_or_default();
                } else if matches!(c.category, Category::CONCEDE | Category::RETREAT)
                    && c.of_agent
                    && e + 1 < n
                    && ctx.w(e) == "of"
                {
                    targets = (e + 1..n.min(e + 6))
                        .take_while(|&q| {
                            ctx.at[q].is_some()
                                || ctx.is(WordClass::Determiner, q)
                                || ctx.count_word(q)
                                || approximator(ctx.w(q))
                        })
                        .find_map(|q| ctx.mention(q))
                        .map(|m| ctx.coordinated(m, false))
                        .unwrap_or_default();
                }
            }
        }
        // "demanded Gondor's (immediate) release": asking for what is done for someone is no
        // act against them ("demanded Gondor's apology" still is).
        if category == Category::REQUEST {
            targets.retain(|&t| {
                let m = &ctx.ments[t];
                let mut k = m.end + 1;
                while k < ctx.toks.len() && ctx.plain_word(k) && ctx.cues[k].is_none() {
                    k += 1;
                }
                let done_for = k < ctx.toks.len()
                    && matches!(&ctx.cues[k], Some((_, g)) if g.pos == Pos::Noun
                        && !ctx.lex.cues[g.cue].of_agent
                        && ctx.lex.cues[g.cue].stance == crate::lexicon::Stance::Support);
                !(m.possessive && done_for)
            });
        }
        // "called on Arnor and Rohan to support his government": asking someone for a
        // cooperative act for oneself (its object the asker's own, or none) is no act against
        // them; "urged Arnor to recognise Rohan" still presses Arnor.
        if category == Category::REQUEST
            && ctx.lex.cues[f.cue].stance == crate::lexicon::Stance::Against
            && ctx.asks_help_of(&targets, false)
        {
            targets.clear();
        }
        // "called for the embargo to be lifted": a definite event noun standing for its agent
        // is a deed asked about, not a party asked.
        if category == Category::REQUEST {
            targets.retain(|&t| {
                let s = ctx.ments[t].start;
                !(ctx.is(WordClass::Determiner, s)
                    && (s + 1..ctx.ments[t].end)
                        .any(|q| match_cue(ctx, q).is_some_and(|(_, g)| g.pos == Pos::Noun)))
            });
        }
    }
    // "until Gondor met Arnor's demands", "meeting the Lisbon targets": meeting a demand is no
    // meeting.
    if category == Category::CONSULT {
        targets.retain(|&t| {
            let mut e = ctx.ments[t].end;
            if e < ctx.toks.len() && ctx.w(e) == "'s" {
                e += 1;
            }
            !ctx.toks
                .get(e)
                .is_some_and(|_| ctx.is(WordClass::Requirement, e))
        });
    }
    if targets.is_empty()
        && category == Category::REQUEST
        && end + 1 < ctx.toks.len()
        && ctx.w(end) == "that"
    {
        // "demanded that Gondor punish those responsible", "… that the Gondorian side …".
        targets = ctx
            .mention(ctx.past_article(end + 1))
            .filter(|&m| !ctx.locative(m))
            .map(|m| ctx.coordinated(m, false))
            .unwrap_or_default();
    }
    if ctx.lex.cues[f.cue].mode.as_deref() == Some("expel") {
        // "expelled them to Washington": where they were sent, not whom the act is against.
        targets.retain(|&t| {
            let s = ctx.ments[t].start;
            let k = if s > 0 && ctx.is(WordClass::Determiner, s - 1) {
                s - 1
            } else {
                s
            };
            !(k > 0 && ctx.w(k - 1) == "to")
        });
    }
    if matches!(
        ctx.lex.cues[f.cue].mode.as_deref(),
        Some("host" | "reception")
    ) {
        // "received Arnor's envoy" (a meeting), not "received weapons from Arnor": the guest
        // stands right after the verb.
        let next = ctx.past_article(end);
        let guest = |t: usize| {
            (next..ctx.ments[t].start)
                .all(|q| ctx.mention(q).is_some() || ctx.role_word(q) || ctx.capitalised(q))
        };
        if targets.first().is_some_and(|&t| !guest(t)) {
            targets.clear();
        }
        // "hosted (rounds of) talks between Arnor and Gondor": the host acts for each party.
        let between = (end..ctx.toks.len().min(end + 6))
            .take_while(|&k| !ctx.is_boundary(k) && ctx.w(k) != ",")
            .find(|&k| ctx.w(k) == "between");
        if let Some(b) = between.filter(|&b| b + 1 < ctx.toks.len()) {
            let parties = ctx.object(b + 1);
            if parties.len() >= 2 {
                targets = parties;
            }
        }
    }
    let mut relative = false;
    // "…, which Rohan accuses of links to Mordor": with no object before the charge's "of"
    // (or the blame's "for"), the relative's antecedent is the one accused, not whom the
    // charge names.
    if end < ctx.toks.len()
        && matches!(ctx.w(end), "of" | "for")
        && category == Category::ACCUSE
        && !targets.is_empty()
    {
        if let Some(s) = sources.iter().map(|&m| ctx.ments[m].start).min() {
            let antecedent = ctx.relative_object(s);
            if !antecedent.is_empty() && s > 0 && matches!(ctx.w(s - 1), "which" | "whom") {
                targets = antecedent;
                relative = true;
            }
        }
    }
    if targets.is_empty() {
        // "…, which Arnor blamed for the fires", "…, a step Rohan condemned".
        if let Some(s) = sources.iter().map(|&m| ctx.ments[m].start).min() {
            targets = ctx.relative_object(s);
            relative = !targets.is_empty();
        }
    }
    if targets.is_empty() && category == Category::ASSAULT {
        // "struck villages in southern Gondor": an attack on places in a state is against it.
        targets = ctx.place_in_object(end);
    }
    // "boycotted the summit in Edoras", "skipped the games in Gondor": shunning an event held
    // in a state is against that state (the `shun` mode).
    if targets.is_empty() && ctx.lex.cues[f.cue].mode.as_deref() == Some("shun") {
        targets = ctx.place_in_object(end);
        // (An event's: not "skipped training in Edoras".)
        targets.retain(|&t| (end..ctx.ments[t].start).any(|k| ctx.is(WordClass::Gathering, k)));
    }
    if matches!(f.form, Some(VerbForm::Base | VerbForm::Third)) && !relative && !infinitive {
        // A bare present form is often a noun or an adverb ("back", "attacks"): as a verb its
        // subject and object stand right next to it.
        let near_obj = targets
            .first()
            .is_some_and(|&t| ctx.ments[t].start <= end + 2);
        // A second predicate of the same form: "Arnor expels Bard Bow and halts talks with
        // Gondor".
        let conjunct = v > 1
            && f.form == Some(VerbForm::Third)
            && matches!(ctx.w(v - 1), "and" | "but")
            && (0..v - 1).any(|p| {
                matches!(&ctx.cues[p], Some((_, g)) if g.pos == Pos::Verb && g.form == f.form)
                    // Also a reporting verb of that form: "X says the move was expected and
                    // accuses Gondor of …".
                    || (ctx.is_report(p) && !ctx.is_verb_cue(p) && ctx.w(p).ends_with('s'))
            });
        // Also past a reduced relative: "protesters angered by cartoons of X set fire to …".
        let near_subj = conjunct
            || we_subject
            || sources.iter().any(|&s| ctx.ments[s].end + 3 >= v)
            || (0..ctx.ments.len()).any(|m| {
                ctx.ments[m].end <= v
                    && ctx.ments[m].end + 3 >= v
                    && ctx
                        .reduced_relative_head(m)
                        .is_some_and(|h| sources.contains(&h))
            });
        // A headline's verb right after its subject ("Arnor downgrades relations with Gondor").
        // Also past a manner adverb: "Gondor strongly condemns the actions of Mordor".
        let adjacent_subj = sources.iter().any(|&s| {
            let mut e = ctx.ments[s].end;
            // … or the state's noun after its adjective: "the Gondorian side condemns", also
            // with the adverb: "the Gondorian side strongly condemns".
            if e < v && ctx.lex.generic.get(ctx.w(e)) == Some(&crate::lexicon::Kind::State) {
                e += 1;
            }
            if e < v && ctx.w(e).len() > 4 && ctx.ly_adverb(e) {
                e += 1;
            }
            // … or past the quotation mark opening a quoted verb: 'Gondor "backs and
            // respects" Rohan'.
            if e < v && ctx.is_quote(e) {
                e += 1;
            }
            e == v
        });
        if !(near_subj && (near_obj || adjacent_subj || conjunct)) {
            targets.clear();
        }
    }
    let clause = sources.iter().map(|&m| ctx.ments[m].end).max().unwrap_or(v);
    vec![(sources, targets, clause, None)]
}

/// Whether an envoy "was invited to the Foreign Ministry" (state-media style for a summons):
/// the cue is "invite", one of `targets` is titled as an envoy, and a ministry follows "to".
fn invited_envoy(ctx: &Ctx<'_>, f: &CueForm, targets: &[usize], end: usize) -> bool {
    if ctx.lex.cues[f.cue].lemma != "invite" || end + 1 >= ctx.toks.len() || ctx.w(end) != "to" {
        return false;
    }
    let envoy = targets.iter().any(|&t| {
        let s = ctx.ments[t].start;
        (s.saturating_sub(6)..ctx.ments[t].end).any(|k| {
            matches!(
                ctx.lex.roles.get(ctx.w(k)),
                Some(crate::lexicon::RoleClass::Envoy)
            )
        })
    });
    let k = ctx.past_article(end + 1);
    let ministry = ctx.mention(k).is_some_and(|m| {
        let (a, b) = (ctx.ments[m].start, ctx.ments[m].end);
        (a..b.min(ctx.toks.len())).any(|q| ctx.w(q) == "ministry")
            || (b < ctx.toks.len() && ctx.w(b) == "ministry")
    });
    envoy && ministry
}

/// An act in the gerund under an accusation: "Arnor accused Gondor of attacking Rohan",
/// "Gondor was accused (by Arnor) of attacking Rohan": the accused acts on the object, as the
/// accuser's claim.
fn accused_act(ctx: &Ctx<'_>, v: usize, end: usize, f: &CueForm) -> Option<Link> {
    // "accused Gondor of (deliberately) attacking Rohan"; also of an attempt: "accused Gondor
    // of trying to force Rohan …".
    let attempt = f.form == Some(VerbForm::Base)
        && v >= 4
        && ctx.w(v - 1) == "to"
        && ctx.is(WordClass::Attempt, v - 2);
    if !(f.form == Some(VerbForm::Ing) || attempt) || v < 2 {
        return None;
    }
    let of = if attempt {
        v - 3
    } else if v >= 3 && ctx.ly_adverb(v - 1) {
        v - 2
    } else {
        v - 1
    };
    if !matches!(ctx.w(of), "of" | "for") {
        return None;
    }
    // A later charge of a list reaches further back: "accused Gondor of arming Rohan, which
    // …, of obstructing …".
    let listed = of > 0 && matches!(ctx.w(of - 1), "," | "and");
    let reach = if listed { 40 } else { 10 };
    let (g, g_end) = (v.saturating_sub(reach)..of)
        .rev()
        .take_while(|&j| ctx.w(j) != ";")
        .find_map(|j| match &ctx.cues[j] {
            Some((e, form))
                if form.pos == Pos::Verb && ctx.lex.cues[form.cue].category == Category::ACCUSE =>
            {
                Some((j, *e))
            }
            _ => None,
        })?;
    let (accused, accuser) = match ctx.passive_aux(g) {
        Some(aux) => (ctx.subject(aux), ctx.agent(g_end)),
        None => (ctx.object(g_end), ctx.subject(g)),
    };
    if accused.is_empty() {
        return None;
    }
    let targets = ctx.object(end);
    Some((accused, targets, v, Some(accuser.first().copied())))
}

/// A light verb with two objects before the noun at `n`: "declared a Gondorian envoy persona
/// non grata", "handed Gondor a note of protest". The light verb's token and the first object.
fn double_object(ctx: &Ctx<'_>, n: usize) -> Option<(usize, usize)> {
    // The first object: a person's title after a demonym ("a Gondorian envoy"), or a name
    // before the noun's own phrase with its article ("Gondor a note of").
    let titled = n > 0 && ctx.role_word(n - 1);
    // A cue that declares its object something ("persona non grata") needs no article, and
    // may be quoted ("declared Lula 'persona non grata'").
    // So does a grant of asylum ("granted Elrond asylum").
    let declared = matches!(&ctx.cues[n], Some((_, f))
        if matches!(ctx.lex.cues[f.cue].mode.as_deref(), Some("expel" | "asylum")));
    let mut p = n;
    while declared && p > 0 && (ctx.is_quote(p - 1) || ctx.w(p - 1) == "'") {
        p -= 1;
    }
    // The one named in apposition to the object: "declared the Gondorian consul in Edoras,
    // Bard Bow, persona non grata".
    if declared && p >= 3 && ctx.w(p - 1) == "," {
        let apposed = ctx.mention(p - 2).filter(|&m| {
            let s = ctx.ments[m].start;
            ctx.ments[m].person && ctx.ments[m].end == p - 1 && s >= 2 && ctx.w(s - 1) == ","
        });
        if let Some(m) = apposed {
            let comma = ctx.ments[m].start - 1;
            // (The light verb may be a reporting verb too: "declared".)
            let light = |k: usize| ctx.idx.light.contains(ctx.w(k)) && ctx.at[k].is_none();
            let lv = (comma.saturating_sub(10)..comma)
                .rev()
                .take_while(|&k| light(k) || (!ctx.is_boundary(k) && ctx.w(k) != ","))
                .find(|&k| light(k));
            if let Some(lv) = lv {
                return Some((lv, m));
            }
        }
    }
    let word = |k: usize| {
        ctx.mention(k).is_none()
            && ctx.cues[k].is_none()
            && ctx.toks[k].lower.chars().all(char::is_alphabetic)
    };
    while !titled && p > 0 && n - p < 3 && word(p - 1) {
        p -= 1;
    }
    let article = p < n && ctx.is(WordClass::Determiner, p);
    // The title is the mention's end when it names an unnamed office-holder ("a Gondorian
    // envoy").
    let e = match titled {
        true if ctx.mention(n - 1).is_some() => n,
        true => n - 1,
        false => p,
    };
    let Some(m) = e.checked_sub(1).and_then(|k| ctx.mention(k)) else {
        return declared.then(|| declared_object(ctx, n)).flatten();
    };
    // Also a giving verb's first object before a modified noun of support: "promised Gondor
    // full cooperation", "offered Gondor its support".
    let given = p < n
        && !article
        // (Modifiers of the noun, not a clause: "claimed Redknapp had been in talks with …".)
        && (p..n).all(|k| !ctx.aux_word(k) && !ctx.is_preposition(k))
        && !ctx.ments[m].possessive
        && ctx.capitalised(ctx.ments[m].start)
        && ctx.ments[m].start > 0
        && ctx.idx.light.contains(ctx.w(ctx.ments[m].start - 1))
        && ctx.at[ctx.ments[m].start - 1].is_none()
        && matches!(&ctx.cues[n], Some((_, f))
            if f.pos == Pos::Noun && ctx.lex.cues[f.cue].stance == crate::lexicon::Stance::Support);
    if !(titled || article || declared || given) || ctx.ments[m].end != e {
        return declared.then(|| declared_object(ctx, n)).flatten();
    }
    let mut q = ctx.ments[m].start;
    // A count before it: "declared two Gondorian diplomats persona non grata".
    let count = |k: usize| {
        ctx.w(k).chars().all(|c| c.is_ascii_digit())
            || matches!(
                ctx.w(k),
                "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "several"
                    | "some"
                    | "dozens"
            )
    };
    // The named person's title and its owner: "declared Gondor's ambassador Bard Bow (persona
    // non grata)", "the Gondorian envoy Bard Bow".
    if ctx.ments[m].person {
        let mut r = q;
        while r > 0 && q - r < 4 && ctx.role_word(r - 1) && ctx.at[r - 1].is_none() {
            r -= 1;
        }
        if r < q {
            q = r;
            let owner_end = if q > 1 && ctx.w(q - 1) == "'s" {
                q - 1
            } else {
                q
            };
            if let Some(o) = owner_end.checked_sub(1).and_then(|k| ctx.mention(k)) {
                q = ctx.ments[o].start;
            } else if q > 0 && ctx.capitalised(q - 1) && ctx.at[q - 1].is_none() {
                // A demonym the person's mention took in: "Gondorian ambassador Bard Bow".
                q -= 1;
            }
        }
    }
    if q > 0 && count(q - 1) {
        q -= 1;
    }
    if q > 0 && ctx.is(WordClass::Determiner, q - 1) {
        q -= 1;
    }
    // Members of a body: "declared two employees of Gondor's embassy persona non grata".
    if q > 1 && ctx.w(q - 1) == "of" {
        let mut r = q - 1;
        while r > 0
            && q - r <= 3
            && ctx.mention(r - 1).is_none()
            && ctx.cues[r - 1].is_none()
            && ctx.toks[r - 1].lower.chars().all(char::is_alphanumeric)
            && !ctx.idx.light.contains(ctx.w(r - 1))
        {
            r -= 1;
        }
        if r < q - 1 {
            q = r;
        }
    }
    let found = q.checked_sub(1).and_then(|lv| {
        (ctx.idx.light.contains(ctx.w(lv)) && ctx.at[lv].is_none()).then(|| (lv, ctx.specific(m)))
    });
    found.or_else(|| declared.then(|| declared_object(ctx, n)).flatten())
}

/// The object of a light verb that declares it what the noun at `n` names, past a long object
/// phrase: "declared the Gondorian consul in Edoras persona non grata", "declared Consul of the
/// Consulate General of Gondor in Edoras Bard Bow persona non grata", "declared a senior
/// diplomat of the Gondorian Embassy in Rohan persona non grata". The person named in it, else
/// its first actor (not the place after "in").
fn declared_object(ctx: &Ctx<'_>, n: usize) -> Option<(usize, usize)> {
    let light = |k: usize| ctx.idx.light.contains(ctx.w(k)) && ctx.at[k].is_none();
    let lv = (n.saturating_sub(14)..n)
        .rev()
        .take_while(|&k| {
            light(k) || (!ctx.is_boundary(k) && ctx.w(k) != "," && !ctx.is_verb_cue(k))
        })
        .find(|&k| light(k))?;
    let inside: Vec<usize> = (0..ctx.ments.len())
        .filter(|&m| ctx.ments[m].start > lv && ctx.ments[m].end <= n)
        .collect();
    let person = inside.iter().rev().find(|&&m| ctx.ments[m].person).copied();
    let m = person.or_else(|| inside.first().copied().filter(|&m| !ctx.locative(m)))?;
    Some((lv, ctx.specific(m)))
}

/// The receiver of what the noun at `n` names, the subject of a verb of receiving right before
/// it: "Arnor received a phone call from Gondor", "came under attack by Gondor" (Arnor).
fn received(ctx: &Ctx<'_>, n: usize) -> Vec<usize> {
    // "resigned under pressure from Gondor": the subject of the verb before "under".
    let under = (n.saturating_sub(3)..n)
        .rev()
        .find(|&q| ctx.w(q) == "under")
        .filter(|&q| (q + 1..n).all(|k| ctx.plain_word(k) || ctx.is(WordClass::Determiner, k)));
    if let Some(q) = under.filter(|&q| q > 1 && ctx.at[q - 1].is_none()) {
        let v = ctx.past_adverbs(q);
        if v > 0 && ctx.at[v - 1].is_none() && ctx.w(v - 1).chars().all(char::is_alphabetic) {
            let subj = ctx.subject(v - 1);
            if !subj.is_empty() {
                return subj;
            }
        }
    }
    let receiver = (n.saturating_sub(4)..n)
        .rev()
        .find(|&p| ctx.idx.receive.contains(ctx.w(p)) && ctx.at[p].is_none());
    let Some(p) = receiver
        .filter(|&p| (p + 1..n).all(|q| ctx.plain_word(q) || ctx.is(WordClass::Determiner, q)))
    else {
        return Vec::new();
    };
    let targets = ctx.subject(p);
    // "Arnor shelled Gondor, drawing condemnation from Rohan": the main clause's subject.
    if targets.is_empty() && ctx.w(p).ends_with("ing") {
        return ctx.participial_subject(p);
    }
    targets
}

/// A noun's modifier `m` with the modifiers of its form joined to it by "and" before it:
/// "Arnorian and Rohirric sanctions", "Arnor and Rohan sanctions" (names of known actors only:
/// not a word of a name, "Securities and Exchange Commission").
fn joined_modifiers(ctx: &Ctx<'_>, m: usize) -> Vec<usize> {
    let form = ctx.ments[m].form;
    let known =
        |c: usize| form == MentionForm::Adjective || ctx.lex.actor(&ctx.ments[c].actor).is_some();
    if !known(m) {
        return vec![m];
    }
    and_conjuncts(ctx, m, |c| ctx.ments[c].form == form && known(c))
}

/// Mention `m` with the mentions joined to it by "and" right before it, nearest first, while
/// `ok` accepts them: "Arnor and Rohan sanctions" from "Rohan".
fn and_conjuncts(ctx: &Ctx<'_>, m: usize, ok: impl Fn(usize) -> bool) -> Vec<usize> {
    let mut group = vec![m];
    let mut first = ctx.ments[m].start;
    while first >= 2 && ctx.w(first - 1) == "and" {
        match ctx
            .mention(first - 2)
            .filter(|&c| ctx.ments[c].end == first - 1 && ok(c))
        {
            Some(c) => {
                group.push(c);
                first = ctx.ments[c].start;
            }
            None => break,
        }
    }
    group
}

fn noun_links(ctx: &Ctx<'_>, n: usize, end: usize, f: &CueForm) -> Links {
    if let Some((lv, target)) = double_object(ctx, n) {
        let sources = ctx.subject(lv);
        let clause = sources.iter().map(|&m| ctx.ments[m].end).max().unwrap_or(n);
        return vec![(sources, vec![target], clause.min(n), None)];
    }
    // "Elrond was granted asylum by Gondor": a passive light verb's subject receives what the
    // noun names from whom "by" names (past an article or a modifier before the noun).
    let lv = (n.saturating_sub(3)..n)
        .rev()
        .take_while(|&k| {
            k + 1 == n || ctx.is(WordClass::Determiner, k + 1) || ctx.plain_word(k + 1)
        })
        .find(|&k| ctx.light_verb_ending(k) == Some(k) && ctx.passive_aux(k).is_some());
    if let Some(lv) = lv.filter(|_| end + 1 < ctx.toks.len() && ctx.w(end) == "by") {
        let giver = ctx.mention(ctx.past_article(end + 1));
        let receivers = ctx.subject(lv);
        if let Some(g) = giver.filter(|_| !receivers.is_empty()) {
            return vec![(ctx.coordinated(g, false), receivers, lv, None)];
        }
    }
    let of_agent = ctx.lex.cues[f.cue].of_agent;
    // "Rohan has been at war with Gondor": a war of two, each against the other.
    if ctx.lex.cues[f.cue].lemma == "war"
        && n >= 2
        && ctx.w(n - 1) == "at"
        && end + 1 < ctx.toks.len()
        && ctx.w(end) == "with"
    {
        let others: Vec<usize> = ctx
            .mention_after(end)
            .map(|m| ctx.coordinated(m, false))
            .unwrap_or_default();
        // (The subject before the copula and its auxiliaries: "…, commanded by X, has been".)
        let mut v = n - 1;
        while v > 0 && (ctx.aux_word(v - 1) || ctx.is(WordClass::BeAux, v - 1)) {
            v -= 1;
        }
        let sides = ctx.subject(v);
        if !others.is_empty() && !sides.is_empty() {
            return vec![
                (sides.clone(), others.clone(), n, None),
                (others, sides, n, None),
            ];
        }
    }
    // "marched in support of Gondor", "voted in support of Rohan": "of" after "in support"
    // names whom the clause's first participant backs.
    // (Of a clause's verb, after a place or a participle's bare object; not of a noun: "a
    // statement in support of the bloc".)
    let adverbial = |q: usize| {
        let w = ctx.w(q);
        (ctx.at[q].is_none() && !ctx.capitalised(q) && w.ends_with("ed"))
            || matches!(w, "spoke" | "came" | "rose" | "stood" | "went" | "out")
            || ctx.mention(q).is_some_and(|m| ctx.locative(m))
            || ctx.is(WordClass::Calendar, q)
            || (q > 0
                && ctx.mention(q).is_none()
                && !ctx.capitalised(q)
                && w.ends_with('s')
                && ctx.w(q - 1).ends_with("ing")
                && ctx.at[q - 1].is_none())
    };
    if of_agent
        && ctx.lex.cues[f.cue].category == Category::SUPPORT
        && n > 1
        && ctx.w(n - 1) == "in"
        && adverbial(n - 2)
        && end + 1 < ctx.toks.len()
        && ctx.w(end) == "of"
    {
        let targets: Vec<usize> = ctx
            .mention(ctx.past_article(end + 1))
            .map(|m| ctx.coordinated(m, false))
            .unwrap_or_default();
        let (start, sources) = ctx.first_participant(n - 1, true);
        // (A participle's: "…, chanting slogans in support of Gondor".)
        let sources = if sources.is_empty() && start < n - 1 && ctx.w(start).ends_with("ing") {
            ctx.participial_subject(start)
        } else {
            sources
        };
        return vec![(sources, targets, n, None)];
    }
    // The target is the agent "by" names of a deed the noun is about ("a protest over the
    // killing of X by Y"): that "by" names no agent of the noun's own.
    let mut deed_agent = false;
    let mut modifier = None;
    let mut modifier_target = None;
    let mut possessive_patient = None;
    // Source before the noun: "Arnor's raid", "Arnorian raids" (up to two modifiers between).
    let mut sources = Vec::new();
    // "Elrond's arrest", "his release": a material act or a concession whose "of" names whom
    // it is done to is done to the person who possesses it (not "his regrets to X").
    let undergone = {
        let cue = &ctx.lex.cues[f.cue];
        !cue.of_agent
            && f.rest.is_empty()
            && (matches!(
                cue.category.quad(),
                Quad::MaterialConflict | Quad::MaterialCooperation
            ) || cue.category == Category::CONCEDE)
    };
    let mut k = n;
    for _ in 0..3 {
        let Some(j) = k.checked_sub(1) else { break };
        // A hyphenated compound is one modifier: "Russia's full-scale invasion".
        let j = ctx.compound_start(j);
        if ctx.w(j) == "'s" {
            if let Some(m) = j.checked_sub(1).and_then(|p| ctx.mention(p)) {
                if ctx.ments[m].person && undergone {
                    // "Elrond's arrest", "Elrond's murder": a person's own arrest is done to
                    // them.
                    possessive_patient = Some(m);
                } else {
                    sources = vec![ctx.own_state_voiced(m).unwrap_or_else(|| ctx.specific(m))];
                }
            }
            break;
        }
        if ctx.is_quote(j) {
            // 'its "strongest protest"'
            k = j;
            continue;
        }
        if let Some(m) = ctx.mention(j) {
            // "Arnorian raids"; a bare name right before the noun ("Arnor objections") is
            // kept as a candidate, used when the act is verbal or names its target.
            // "his arrest": a person's own arrest is done to them (as for "'s" above).
            let person_possessive = matches!(ctx.w(j), "his" | "her");
            if person_possessive && undergone {
                possessive_patient = Some(m);
            } else if ctx.ments[m].form == MentionForm::Adjective {
                // "Arnorian and Rohirric sanctions".
                sources = joined_modifiers(ctx, m);
            } else if matches!(ctx.w(j), "its" | "his" | "her") {
                sources = vec![m];
            } else if j + 1 == n {
                modifier = Some(m);
                // "Iraq's PKK ban", "Arnor's Gondor blockade": a possessor before the name
                // acts, and the name is acted on.
                let s = ctx.ments[m].start;
                if s >= 2 && ctx.w(s - 1) == "'s" {
                    if let Some(o) = ctx.mention(s - 2) {
                        sources = vec![ctx.specific(o)];
                        modifier_target = Some(m);
                    }
                }
            }
            break;
        }
        // Not past a verb of receiving: in "Gondor's move drew criticism from Arnor" Gondor
        // is criticised.
        if ctx.is_boundary(j)
            || matches!(ctx.w(j), "," | "and" | "or")
            || ctx.is_verb_cue(j)
            || ctx.is_preposition(j)
            || ctx.idx.receive.contains(ctx.w(j))
        {
            break;
        }
        k = j;
    }
    // Target (or, for "the visit of X", source) after the noun.
    let mut targets = Vec::new();
    let mut j = end;
    let mut limit = end + 3;
    // A phrasal noun ending in its preposition ("crackdown on", "case against"): the target
    // follows it.
    if !f.rest.is_empty() && ctx.is_preposition(end - 1) && !of_agent {
        targets = ctx.object(end);
        limit = end;
    }
    while j < ctx.toks.len() && j < limit {
        let word = ctx.w(j);
        // "curbs aimed at Gondor's industry", "sanctions directed against Rohan": past the
        // participle to its preposition.
        if aimed_at(ctx, j) {
            j += 1;
            limit = limit.max(j + 1);
            continue;
        }
        // "the detention in Baku of two journalists": a place phrase before the complement.
        if ctx.is(WordClass::Locative, j) && word != "at" {
            if let Some(m) = ctx.mention(j + 1).filter(|&m| ctx.locative(m)) {
                j = ctx.ments[m].end;
                limit = j + 3;
                continue;
            }
        }
        if word == "by" && sources.is_empty() {
            // "brutality by Arnorian police against Gondorians": past the agent.
            // Past a title's words: "by Deputy Prime Minister Elrond Half"; past an article:
            // "by the Rohirrim".
            let mut at = j + 1;
            while at < ctx.toks.len()
                && at < j + 6
                && ctx.at[at].is_none()
                && (ctx.role_word(at)
                    || ctx.capitalised(at)
                    || (at == j + 1 && ctx.is(WordClass::Determiner, at)))
            {
                at += 1;
            }
            if let Some(mut m) = ctx.mention(at).filter(|_| at < ctx.toks.len()) {
                // "a visit by Arnorian Deputy Prime Minister Elrond Half to Gondor": past the
                // title to the person, who is the source of an agent's noun.
                let mut k = ctx.ments[m].end;
                while k < ctx.toks.len() && ctx.role_word(k) && ctx.at[k].is_none() {
                    k += 1;
                }
                if k > ctx.ments[m].end {
                    if let Some(p) = ctx.mention(k).filter(|&p| ctx.ments[p].person) {
                        m = p;
                    }
                }
                let group = ctx.coordinated(m, false);
                if of_agent {
                    sources = group.clone();
                } else if targets.is_empty() {
                    // "came under attack by Gondor": the agent acts on the receiver.
                    let receivers = received(ctx, n);
                    if !receivers.is_empty() {
                        sources = group.clone();
                        targets = receivers;
                    }
                }
                // (Past every agent named: "by A, B and C on …".)
                j = group
                    .iter()
                    .map(|&g| ctx.ments[g].end)
                    .chain([ctx.ments[m].end])
                    .max()
                    .unwrap_or(ctx.ments[m].end);
                limit = j + 3;
                continue;
            }
        }
        if (word == "of" && of_agent || word == "from") && sources.is_empty() {
            // "the visit of X", "condemnation from X"
            sources = ctx.object(j + 1);
            if word == "from" && targets.is_empty() {
                targets = received(ctx, n);
            }
            j = sources
                .iter()
                .map(|&m| ctx.ments[m].end)
                .max()
                .unwrap_or(j + 1);
            // Past the title a possessive owns: "the visit of Arnor's king (, Elessar,) to …".
            if j < ctx.toks.len() && ctx.w(j) == "'s" {
                j += 1;
                while j < ctx.toks.len() && ctx.at[j].is_none() && ctx.role_word(j) {
                    j += 1;
                }
            }
            // Past an appositive name: "the visit of Arnor's king, Elessar, to Gondor".
            let appositive = |m: usize| {
                let s = ctx.ments[m].start;
                ctx.ments[m].person && s > 0 && ctx.w(s - 1) == ","
            };
            if j + 1 < ctx.toks.len() && ctx.w(j) == "," && sources.iter().any(|&m| appositive(m)) {
                j += 1;
            } else if j + 2 < ctx.toks.len() && ctx.w(j) == "," {
                // Past a name no actor is known by: "the visit of Arnor's president, Pezeshk,
                // to Gondor" (one or two capitalised words, then a comma).
                let name_end = (j + 1..(j + 3).min(ctx.toks.len()))
                    .take_while(|&q| ctx.capitalised(q) && ctx.at[q].is_none())
                    .last();
                if let Some(e) = name_end.filter(|&e| e + 1 < ctx.toks.len() && ctx.w(e + 1) == ",")
                {
                    j = e + 2;
                }
            }
            limit = j + 3;
            continue;
        }
        if ctx.w(j) == "-" && matches!(ctx.w(n), "anti" | "pro") {
            // "anti-Arnorian rhetoric": the target is inside the compound.
            if let Some(m) = ctx.mention(j + 1).filter(|_| j + 1 < ctx.toks.len()) {
                targets = vec![m];
                // "the anti-Arnor line of Gondor": the holder after the head noun's "of".
                if let Some(h) = ctx.stance_holder(m) {
                    sources = ctx.coordinated(h, false);
                } else if (n.saturating_sub(3)..n).any(|k| {
                    matches!(&ctx.cues[k], Some((e, g)) if g.pos == Pos::Verb
                        && ctx.lex.cues[g.cue].category.quad().is_verbal()
                        && (*e..n).all(|q| ctx.is(WordClass::Determiner, q)))
                }) {
                    // Reacted to, the stance is someone else's: "Lavrov denounced the
                    // anti-Arnorian campaign" is no act of Lavrov's against Arnor.
                    return Vec::new();
                }
            }
            break;
        }
        if matches!(
            word,
            "of" | "on"
                | "against"
                | "for"
                | "to"
                | "toward"
                | "towards"
                | "at"
                | "with"
                | "over"
                | "about"
                | "targeting"
                | "upon"
                | "into"
        ) {
            // "concern over the restrictions on the ambassador": a verbal act on a deed done to
            // someone is not against the victim but against the deed's agent, here the state
            // where it happened, as for a verb (`verb_links`).
            let k = ctx.past_article(j + 1);
            // "regret over the loss of the Gondorian pilot": sympathy with the dead or hurt,
            // no act against them.
            if ctx.lex.cues[f.cue].category.quad().is_verbal()
                && ctx.lex.cues[f.cue].stance == crate::lexicon::Stance::Against
                && k < ctx.toks.len()
                && ctx.is(WordClass::Bereavement, k)
            {
                break;
            }
            // (Not support for a hostile act, which is against its target: "support for the
            // attack on Gondor".)
            let deed_on = ctx.lex.cues[f.cue].category.quad().is_verbal()
                && ctx.lex.cues[f.cue].stance == crate::lexicon::Stance::Against
                && k < ctx.toks.len()
                && matches!(&ctx.cues[k], Some((_, g)) if g.pos == Pos::Noun
                    && !ctx.lex.cues[g.cue].of_agent
                    && ctx.lex.cues[g.cue].category.quad() == Quad::MaterialConflict);
            if deed_on {
                // (Its agent when "by" names it: "protest over the killing of two soldiers by
                // Gondorian troops".)
                let agent = ctx.act_agent(k);
                deed_agent = !agent.is_empty();
                targets = if agent.is_empty() {
                    ctx.place_state(k).into_iter().collect()
                } else {
                    agent
                };
                break;
            }
            let object = ctx.object(j + 1);
            // "talks on Gondor (with Rohan)", "an agreement over Gondor": a consultation's or
            // an agreement's topic is no partner.
            let topic = matches!(word, "on" | "over" | "about")
                && matches!(
                    ctx.lex.cues[f.cue].category,
                    Category::AGREE | Category::CONSULT
                )
                && f.rest.is_empty();
            if topic {
                match object.iter().map(|&m| ctx.ments[m].end).max() {
                    Some(e) => {
                        j = e;
                        continue;
                    }
                    None => break,
                }
            }
            // "a complaint to (with) the UN Security Council over X": a complaint or appeal
            // addressed to an international body is not against it.
            let addressee = matches!(word, "to" | "with")
                && ctx.lex.cues[f.cue].category == Category::ACCUSE
                && !object.is_empty()
                && object.iter().all(|&m| {
                    ctx.lex
                        .actor(&ctx.ments[m].actor)
                        .is_some_and(|a| a.kind == crate::lexicon::Kind::Org)
                });
            // (Whom it is against may follow: "… with the UN against Gondor".)
            if addressee {
                let e = object
                    .iter()
                    .map(|&m| ctx.ments[m].end)
                    .max()
                    .unwrap_or(j + 1);
                if e < ctx.toks.len() && matches!(ctx.w(e), "against" | "over") {
                    j = e;
                    limit = j + 3;
                    continue;
                }
                break;
            }
            // "strikes on targets in Gondor": an attack on some place in a state hits it.
            let object = if object.is_empty()
                && matches!(word, "on" | "against")
                && ctx.lex.cues[f.cue].category == Category::ASSAULT
            {
                ctx.place_in_object(j + 1)
            } else {
                object
            };
            if targets.is_empty() || !object.is_empty() {
                targets = object;
            }
            break;
        }
        if ctx.is_quote(j) {
            j += 1;
            limit += 1;
            continue;
        }
        // A reporting word right after the noun heads a compound ("a protest note to Gondor").
        let compound_head = j == end && !ctx.is(WordClass::Boundary, j);
        if (ctx.is_boundary(j) && !compound_head) || ctx.w(j) == "," || ctx.mention(j).is_some() {
            break;
        }
        j += 1;
    }
    if let Some(p) = possessive_patient.filter(|_| targets.is_empty()) {
        targets = vec![p];
    }
    if let Some(t) = modifier_target.filter(|_| targets.is_empty()) {
        targets = vec![t];
    }
    if sources.is_empty() {
        let verbal = ctx.lex.cues[f.cue].category.quad().is_verbal();
        if let Some(m) = modifier.filter(|_| verbal || !targets.is_empty()) {
            // "Arnor objections", "the Arnor embargo on Gondor"; with names joined to it:
            // "comply with Arnor and Rohan sanctions on Gondor".
            // (Known actors only: not a word of a name, "Securities and Exchange Commission".)
            sources = joined_modifiers(ctx, m);
        }
    }
    // "X, who is under Gondorian sanctions", "X has been under Arnor and Rohan sanctions": the
    // copula's subject is the one sanctioned.
    if let (true, Some(s)) = (
        targets.is_empty() && ctx.lex.cues[f.cue].category == Category::SANCTION,
        sources.first().copied().or(modifier),
    ) {
        let group = and_conjuncts(ctx, s, |_| true);
        let first = group.iter().map(|&m| ctx.ments[m].start).min().unwrap_or(0);
        let copula = first >= 2
            && ctx.w(first - 1) == "under"
            && (ctx.is(WordClass::BeAux, first - 2)
                || matches!(ctx.w(first - 2), "been" | "remain" | "remains" | "remained"));
        if copula {
            let subject = ctx.subject(first - 2);
            if !subject.is_empty() {
                sources = group;
                targets = subject;
            }
        }
    }
    if sources.is_empty() && !deed_agent {
        // "the arrest of X by Y": the agent follows the noun or its object.
        let after = targets
            .iter()
            .map(|&m| ctx.ments[m].end)
            .max()
            .unwrap_or(end);
        // Not the agent of a participle of the object's own: "the release of X seized by Y".
        let own_participle = after != end && after < ctx.toks.len() && ctx.is_verb_cue(after);
        let by = if own_participle {
            Vec::new()
        } else {
            ctx.agent(after)
        };
        if !by.is_empty() {
            sources = by;
        } else if after != end {
            sources = ctx.agent(end);
        }
    }
    if sources.is_empty() {
        // Light verb: "Arnor launched an attack on Gondor".
        let mut j = n;
        // Back past coordinated stance compounds: "adopted an anti-Arnor and pro-Gondor stance".
        while j >= 4 && matches!(ctx.w(j - 1), "and" | ",") {
            let Some(m) = ctx.mention(j - 2) else { break };
            let s = ctx.ments[m].start;
            if s >= 2 && ctx.w(s - 1) == "-" && matches!(ctx.w(s - 2), "anti" | "pro") {
                j = s - 2;
            } else {
                break;
            }
        }
        // Straight to the "in" or "as" before a noun of a sign ("in a show of solidarity
        // with …"): "show" and "sign" are no verbs there.
        if n >= 3 && ctx.w(n - 1) == "of" {
            let mut q = n - 1;
            while q > 0
                && (ctx.is(WordClass::Gesture, q - 1) || ctx.is(WordClass::Determiner, q - 1))
            {
                q -= 1;
            }
            if q > 0
                && matches!(ctx.w(q - 1), "in" | "as")
                && (q..n - 1).any(|k| ctx.is(WordClass::Gesture, k))
            {
                j = q;
            }
        }
        for _ in 0..5 {
            let Some(p) = j.checked_sub(1) else { break };
            // A hyphenated compound is one modifier: "paid a three-day visit to".
            let p = ctx.compound_start(p);
            let word = ctx.w(p);
            if let Some(v) = ctx.light_verb_ending(p) {
                // ", chanting slogans against …": the main clause's subject's.
                let adjunct = ctx.w(v).ends_with("ing") && v > 0 && ctx.w(v - 1) == ",";
                sources = if adjunct {
                    // (Not inside a report: in "X said protesters had gathered, chanting
                    // slogans against Y" the protesters chant, not X.)
                    if (0..v).any(|j| ctx.is_report(j)) {
                        Vec::new()
                    } else {
                        ctx.participial_subject(v)
                    }
                } else {
                    ctx.subject(v)
                };
                // An infinitive a cue verb governs: "agreed to impose sanctions on Gondor" is
                // the governing verb's subject's act (a hostile one: "agreed to restore ties"
                // is the agreement itself).
                if sources.is_empty()
                    && ctx.lex.cues[f.cue].stance == crate::lexicon::Stance::Against
                    && v >= 2
                    && ctx.w(v - 1) == "to"
                    && matches!(&ctx.cues[v - 2], Some((e, g)) if *e == v - 1 && g.pos == Pos::Verb)
                {
                    sources = ctx.subject(v - 2);
                }
                // (Not a conjunct another verb's object: in "X hosted Y and Z agreed to …" Z
                // alone agreed.)
                if sources.len() > 1 {
                    sources.retain(|&m| {
                        // (Past modifiers named before it: "hosted Ukrainian President X".)
                        let mut s = ctx.ments[m].start;
                        while s > 0
                            && (ctx.at[s - 1].is_some()
                                || ctx.is(WordClass::Determiner, s - 1)
                                || ctx.role_word(s - 1)
                                || ctx.w(s - 1) == "'s")
                        {
                            s -= 1;
                        }
                        !(s > 0
                            && matches!(&ctx.cues[s - 1],
                                Some((e, g)) if *e == s && g.pos == Pos::Verb))
                    });
                }
                if sources.is_empty() && ctx.w(v).ends_with("ing") && !adjunct {
                    // ", expressing full support for …"
                    sources = ctx.participial_subject(v);
                }
                break;
            }
            // (Past a count's "at least": "held at least five telephone conversations".)
            if word == "at" && matches!(ctx.w(p + 1), "least" | "most") {
                j = p;
                continue;
            }
            // An amount "in" the noun is the light verb's object: "provided more than $2
            // billion in assistance to Gondor".
            if word == "in" && p + 1 == n && p > 0 && ctx.amount_word(p - 1) {
                let mut q = p;
                while q > 0 && p - q < 6 && ctx.amount_word(q - 1) {
                    q -= 1;
                }
                if q > 0 && ctx.light_verb_ending(q - 1).is_some() {
                    j = q;
                    continue;
                }
            }
            // The light verb's object is the noun phrase itself ("a wave of raids"), not a
            // prepositional phrase ("expressed regret over the arrests").
            // "claimed responsibility for the attack" claims the attack.
            let preposition = ctx.is_preposition(p)
                && word != "of"
                && !(word == "for" && p > 0 && ctx.w(p - 1) == "responsibility");
            // Also "in" right before a bare noun: "expelled the envoy in solidarity with
            // Gondor", "in protest against" (not "took part in the talks on Gondor").
            // Opening the sentence: "In talks with Gondor's envoy, he demanded …", the main
            // clause's subject's.
            if matches!(word, "in" | "at" | "after" | "following" | "during")
                && p == 0
                && !targets.is_empty()
                && ctx.lex.cues[f.cue].category == Category::CONSULT
                && (n == 1 || (n == 2 && ctx.is(WordClass::Determiner, 1)))
            {
                sources = ctx.main_subject_after(end);
                break;
            }
            // "on a visit to Gondor": the visitor is the one the phrase is about: set off by
            // commas after them ("Elessar, on a three-day visit to Gondor, met …"), after a
            // form of "be" or a verb ("is on a visit to", "arrived on a visit to"), or opening
            // the sentence, the main clause's subject ("On a visit to Gondor, Elessar said …").
            let visit = ctx.lex.cues[f.cue].mode.as_deref() == Some("visit");
            if word == "on" && visit && !targets.is_empty() {
                if p == 0 {
                    sources = ctx.main_subject_after(end);
                } else if ctx.w(p - 1) == "," {
                    sources = p
                        .checked_sub(2)
                        .and_then(|q| ctx.mention(q))
                        .filter(|&m| ctx.ments[m].end == p - 1 && !ctx.locative(m))
                        .map(|m| vec![ctx.specific(m)])
                        .unwrap_or_default();
                } else if ctx.is(WordClass::BeAux, p - 1)
                    || (ctx.at[p - 1].is_none() && ctx.w(p - 1).ends_with("ed"))
                {
                    sources = ctx.subject(p - 1);
                }
                break;
            }
            // Also past a noun of a sign: "in a gesture of solidarity with Gondor", "as a
            // sign of support for Gondor".
            let sign_of = matches!(word, "in" | "as")
                && n >= p + 3
                && ctx.w(n - 1) == "of"
                && (p + 1..n - 1).any(|q| ctx.is(WordClass::Gesture, q))
                && (p + 1..n - 1)
                    .all(|q| ctx.is(WordClass::Gesture, q) || ctx.is(WordClass::Determiner, q));
            if (word == "with" || (word == "in" && p + 1 == n) || sign_of)
                && !targets.is_empty()
                && ctx.lex.cues[f.cue].category.quad().is_verbal()
            {
                // "Iran watches the events with hardly concealed sympathy for Russia": the
                // manner of the clause's act is its subject's, the clause's first participant
                // (not one inside its object: "responded to Arnor's move with …").
                sources = ctx.first_participant(p, false).1;
                break;
            }
            // "Gondor responded with a ban on imports from Rohan", "retaliated with sanctions":
            // a material act after "with" right after a past verb is that verb's subject's.
            if word == "with"
                && p > 0
                && !ctx.lex.cues[f.cue].category.quad().is_verbal()
                && ctx.at[p - 1].is_none()
                && !ctx.capitalised(p - 1)
                && (ctx.w(p - 1).ends_with("ed") || ctx.is_verb_cue(p - 1))
                // Not a state: "was delighted with victory over …".
                && ctx.passive_aux(p - 1).is_none()
            {
                sources = ctx.subject(p - 1);
                break;
            }
            // "told reporters after talks with Gondor's envoy", "speaking after talks with …",
            // "spoke at a joint press conference with …": the talks are the clause's subject's.
            if matches!(word, "at" | "after" | "following" | "during")
                && !targets.is_empty()
                && ctx.lex.cues[f.cue].category == Category::CONSULT
                && (p + 1 == n || (p + 2 == n && ctx.is(WordClass::Determiner, p + 1)))
            {
                let verb = (0..p)
                    .rev()
                    .take_while(|&q| !matches!(ctx.w(q), "," | "that" | ";"))
                    .find(|&q| ctx.is_verb_cue(q) || ctx.is_report(q));
                if let Some(v) = verb {
                    sources = ctx.subject_or_participial(v);
                }
                break;
            }
            // A journey's purpose: "flew to Minas Tirith on Friday for talks with Gondor": the
            // traveller holds the talks (the subject of the travel verb).
            if word == "for"
                && !targets.is_empty()
                && ctx.lex.cues[f.cue].stance == crate::lexicon::Stance::Support
            {
                let travel = |q: usize| {
                    matches!(&ctx.cues[q], Some((_, g)) if g.pos == Pos::Verb
                        && ctx.lex.cues[g.cue].mode.as_deref() == Some("visit"))
                };
                let verb = (0..p)
                    .rev()
                    .take_while(|&q| !ctx.is_boundary(q) && ctx.w(q) != ",")
                    .find(|&q| travel(q));
                if let Some(v) = verb {
                    sources = ctx.subject(v);
                }
                break;
            }
            // An instrument's subject matter: "signed a decree on sanctions against Gondor" (the
            // signer imposes them).
            if word == "on" && p > 0 && ctx.is(WordClass::Instrument, p - 1) {
                j = p - 1;
                continue;
            }
            // After an article a reporting word is a noun: "a note of protest".
            let noun = p > 0 && ctx.is(WordClass::Determiner, p - 1);
            // The hyphen of a compound ("high-level talks").
            // (Nor past a cue verb, whose object the noun is: "issued a statement demanding the
            // expulsion of …" demands it.)
            if !ctx.is_quote(p)
                && !ctx.compound_hyphen(p)
                && (ctx.is_boundary(p) && !noun
                    || ctx.w(p) == ","
                    || ctx.mention(p).is_some()
                    || ctx.is_verb_cue(p)
                    || preposition)
            {
                break;
            }
            j = p;
        }
    }
    // The verb of suffering whose "during" or "in" phrase the noun heads: "died (during a
    // raid)", "were injured (in clashes)".
    let victim_verb = {
        let mut p = n;
        while p > 0
            && n - p < 3
            && !matches!(ctx.w(p - 1), "during" | "in")
            && (ctx.is(WordClass::Determiner, p - 1) || ctx.plain_word(p - 1))
        {
            p -= 1;
        }
        (p >= 2 && matches!(ctx.w(p - 1), "during" | "in") && ctx.is(WordClass::Victim, p - 2))
            .then(|| p - 2)
    };
    // "Two Gondorians died during a raid by Mordorian police": the victims are the clause's
    // subject.
    if targets.is_empty()
        && !sources.is_empty()
        && ctx.lex.cues[f.cue].stance == crate::lexicon::Stance::Against
    {
        if let Some(v) = victim_verb {
            targets = ctx.subject(v);
        }
    }
    // "Gondorian troops were injured in clashes with Rohirric protesters": the victims are the
    // other party to a clash with someone.
    if sources.is_empty()
        && !targets.is_empty()
        && ctx.lex.cues[f.cue].mode.as_deref() == Some("reciprocal")
    {
        if let Some(v) = victim_verb {
            let victims = ctx.subject(v);
            if !victims.is_empty() && !victims.iter().any(|x| targets.contains(x)) {
                // (Each side of a clash acts on the other.)
                return vec![
                    (victims.clone(), targets.clone(), v, None),
                    (targets, victims, v, None),
                ];
            }
        }
    }
    // "the sanctions imposed by the EU against Gondorian carriers": a light verb's participle
    // right after the noun names its agent after "by", and whom "on" or "against" names after
    // the agent is acted on.
    let len = ctx.toks.len();
    if sources.is_empty()
        && ctx.lex.cues[f.cue].stance == crate::lexicon::Stance::Against
        && end + 2 < len
        && ctx.w(end).ends_with("ed")
        && ctx.idx.light.contains(ctx.w(end))
        && ctx.w(end + 1) == "by"
    {
        if let Some(a) = ctx.mention(ctx.past_article(end + 2)) {
            let agents = ctx.coordinated(a, false);
            let e = agents
                .iter()
                .map(|&m| ctx.ments[m].end)
                .max()
                .unwrap_or(ctx.ments[a].end);
            let acted = (e + 1 < len && matches!(ctx.w(e), "on" | "against"))
                .then(|| ctx.mention(ctx.past_article(e + 1)))
                .flatten();
            if let Some(t) = acted {
                sources = agents;
                targets = ctx.coordinated(t, false);
            }
        }
    }
    // "claimed the bombing, which killed 12 Gondorian soldiers": an assault with no target of
    // its own hits whom the relative clause right after it says it killed, wounded or hit.
    if targets.is_empty()
        && !sources.is_empty()
        && ctx.lex.cues[f.cue].category == Category::ASSAULT
    {
        let mut k = end;
        if k < len && ctx.w(k) == "," {
            k += 1;
        }
        let hit = k + 2 < len
            && matches!(ctx.w(k), "which" | "that")
            && matches!(
                ctx.w(k + 1),
                "killed" | "injured" | "wounded" | "hit" | "struck" | "targeted"
            );
        if hit {
            targets = ctx.object(k + 2);
        }
    }
    let clause = sources.iter().map(|&m| ctx.ments[m].end).max().unwrap_or(n);
    vec![(sources, targets, clause.min(n), None)]
}
