//! Typed lexicon entries and the per-row parsers that build them.

use super::Row;
use rustc_hash::FxHashSet as HashSet;
use std::fmt;
use std::str::FromStr;

/// What sort of actor an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A sovereign state (or a state-like entity).
    State,
    /// A government body, armed or security force.
    Agency,
    /// A named person.
    Person,
    /// A media outlet.
    Media,
    /// Any other organisation (intergovernmental, company, party, NGO).
    Org,
    /// A population: a diaspora, migrants, a nationality's people.
    Group,
}

impl Kind {
    /// All kinds, in declaration order.
    pub const ALL: [Kind; 6] = [
        Kind::State,
        Kind::Agency,
        Kind::Person,
        Kind::Media,
        Kind::Org,
        Kind::Group,
    ];

    /// The lexicon and JSON name of the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::State => "state",
            Kind::Agency => "agency",
            Kind::Person => "person",
            Kind::Media => "media",
            Kind::Org => "org",
            Kind::Group => "group",
        }
    }
}

impl FromStr for Kind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                format!("unknown kind {s:?}; use one of state, agency, person, media, org, group")
            })
    }
}

/// Whether an interaction is hostile or cooperative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// Conflict: attack, arrest, accuse, sanction, reject …
    Against,
    /// Cooperation: support, aid, praise, agree, meet as partners …
    Support,
}

impl Stance {
    /// `against` or `support`.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Against => "against",
            Stance::Support => "support",
        }
    }
}

impl FromStr for Stance {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "against" => Ok(Stance::Against),
            "support" => Ok(Stance::Support),
            _ => Err(format!("unknown stance {s:?}; use against or support")),
        }
    }
}

/// PLOVER's quad classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Quad {
    /// Verbal cooperation.
    VerbalCooperation,
    /// Material cooperation.
    MaterialCooperation,
    /// Verbal conflict.
    VerbalConflict,
    /// Material conflict.
    MaterialConflict,
}

impl Quad {
    /// Whether the class is a verbal one (cooperation or conflict).
    pub fn is_verbal(self) -> bool {
        matches!(self, Quad::VerbalCooperation | Quad::VerbalConflict)
    }
}

macro_rules! categories {
    ($($name:ident => $quad:ident),* $(,)?) => {
        /// A PLOVER event category.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
        #[allow(missing_docs)]
        pub enum Category { $($name),* }

        impl Category {
            /// The sixteen categories, in PLOVER's order.
            pub const ALL: [Category; 16] = [$(Category::$name),*];

            /// The category's upper-case PLOVER name.
            pub fn as_str(self) -> &'static str {
                match self { $(Category::$name => stringify!($name)),* }
            }

            /// The PLOVER quad class.
            pub fn quad(self) -> Quad {
                match self { $(Category::$name => Quad::$quad),* }
            }
        }
    };
}

categories! {
    AGREE => VerbalCooperation,
    CONSULT => VerbalCooperation,
    SUPPORT => VerbalCooperation,
    CONCEDE => VerbalCooperation,
    COOPERATE => MaterialCooperation,
    AID => MaterialCooperation,
    RETREAT => MaterialCooperation,
    REQUEST => VerbalConflict,
    ACCUSE => VerbalConflict,
    REJECT => VerbalConflict,
    THREATEN => VerbalConflict,
    PROTEST => MaterialConflict,
    SANCTION => MaterialConflict,
    MOBILIZE => MaterialConflict,
    COERCE => MaterialConflict,
    ASSAULT => MaterialConflict,
}

impl Category {
    /// The stance PLOVER's quad class implies.
    pub fn stance(self) -> Stance {
        match self.quad() {
            Quad::VerbalCooperation | Quad::MaterialCooperation => Stance::Support,
            Quad::VerbalConflict | Quad::MaterialConflict => Stance::Against,
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Category {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Category::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| {
                let all: Vec<_> = Category::ALL.iter().map(|c| c.as_str()).collect();
                format!(
                    "unknown PLOVER category {s:?}; use one of {}",
                    all.join(", ")
                )
            })
    }
}

/// Part of speech of a cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pos {
    /// A verb, inflected by rule (`arrest` → arrests, arrested, arresting).
    Verb,
    /// A noun naming an event (`arrest`, `condemnation`), with its plural.
    Noun,
    /// A predicative adjective judging an actor's act (`unacceptable`, `absurd`): "Gondor's
    /// move was unacceptable", "called the raids absurd"; not inflected.
    Adjective,
    /// A noun that judges whom it names (`dictator`, `aggressor`), linked only in a judging
    /// frame: "called Gondor's leader a 'dictator'"; with its plural.
    Epithet,
    /// A noun naming whoever acts on the actor after "of" (`backer`, `critic`): "Gondor, the
    /// main backer of Arnor", "Gondor is a fierce critic of Arnor"; with its plural.
    Agent,
}

/// An actor of the lexicon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// Stable slug, `[a-z0-9_]+`.
    pub id: String,
    /// Kind.
    pub kind: Kind,
    /// Preferred label.
    pub label: String,
    /// Other names as they appear in text.
    pub aliases: Vec<String>,
    /// Adjectives and demonyms that denote the actor when they modify a noun ("Arnorian").
    pub adjectives: Vec<String>,
    /// The actor this one belongs to.
    pub parent: Option<String>,
    /// The role held in the parent (for persons).
    pub role: Option<String>,
    /// Start of the role, `YYYY` or `YYYY-MM-DD`.
    pub start: Option<String>,
    /// End of the role.
    pub end: Option<String>,
    /// Wikidata item id.
    pub qid: Option<String>,
}

impl Actor {
    /// The label and the aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.label.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    /// For a state with demonyms ending in -an or -i, or noun demonyms ending in -k, -b, -t,
    /// -kh, -e, -on, -nn or -rd ("Tajik", "Serb", "Pole", "Briton", "Finn", "Spaniard"): the
    /// group of its people, whose names are the plural demonyms ("Arnorian" → "Arnorians",
    /// "Tajik" → "Tajiks"), never the state's own name.
    pub(crate) fn people_group(&self) -> Option<Actor> {
        let plurals: Vec<String> = self
            .adjectives
            .iter()
            // Also the demonyms that are nouns taking "-s": "Tajiks", "Greeks", "Serbs", "Poles",
            // "Britons", "Finns", "Spaniards".
            .filter(|a| {
                a.ends_with("an")
                    || a.ends_with('i')
                    || (a.ends_with(['k', 'b', 't', 'h'])
                        && !a.ends_with("sh")
                        && !a.ends_with("ch"))
                    || (a.ends_with('e') && !a.ends_with("ese"))
                    || a.ends_with("on")
                    || a.ends_with("nn")
                    || a.ends_with("rd")
            })
            .map(|a| format!("{a}s"))
            // (Not the state's own name: "Philippine" → "Philippines".)
            .filter(|p| !self.names().any(|n| n == p))
            .collect();
        let label = plurals.first()?.clone();
        Some(Actor {
            id: format!("{}{PEOPLE_SUFFIX}", self.id),
            kind: Kind::Group,
            label,
            aliases: plurals[1..].to_vec(),
            adjectives: Vec::new(),
            parent: Some(self.id.clone()),
            role: None,
            start: None,
            end: None,
            qid: None,
        })
    }
}

/// The suffix of the id of a state's people, the group `Actor::people_group` synthesises
/// ("gondor_people").
pub const PEOPLE_SUFFIX: &str = "_people";

/// A word or phrase that signals an interaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// Lemma, lower case; several words for phrasal verbs (`shoot down`).
    pub lemma: String,
    /// Verb or noun.
    pub pos: Pos,
    /// PLOVER category.
    pub category: Category,
    /// Stance (agrees with the category's quad class).
    pub stance: Stance,
    /// For nouns: whether "the CUE of X" makes X the source ("the visit of X") rather than
    /// the target ("the arrest of X").
    pub of_agent: bool,
    /// PLOVER mode, where the cue gives one.
    pub mode: Option<String>,
}

/// Classes of closed-class words the extractor's patterns use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WordClass {
    /// Abbreviations after which a full stop does not end a sentence (without the stop).
    Abbreviation,
    /// Auxiliaries of the passive (`was`, `been`).
    BeAux,
    /// Words that end a clause when scanning for a subject or an object.
    Boundary,
    /// Month and weekday names (never part of a person's name; used in dates).
    Calendar,
    /// Determiners: a cue word after one is a noun ("the arrest").
    Determiner,
    /// Page-furniture lines skipped whole ("leave a reply", "related articles").
    Furniture,
    /// Modal and hedging words that make an event hypothetical.
    Hedge,
    /// Verbs of asking and intending: an event in their infinitive ("urged Rohan to impose
    /// sanctions") is hypothetical.
    Irrealis,
    /// Light verbs that take an event noun as object (`conducted raids`).
    LightVerb,
    /// Prepositions that introduce a place, not a participant (`in Baku`).
    Locative,
    /// Negations.
    Negation,
    /// Last words of capitalised names that name no actor ("Victory Day").
    NotActor,
    /// Reporting verbs (`said`, `claimed`), inflected forms included.
    Report,
    /// Words that may stand between a subject and its verb (`also`, `has`).
    Skip,
    /// Nouns that sum up a clause in apposition ("…, a move condemned by X").
    Summary,
    /// Light verbs of a mutual act: coordinated subjects act on each other ("Arnor and Gondor
    /// traded accusations").
    Mutual,
    /// Verbs whose subject undergoes the act its object names ("Arnor received threats from
    /// Gondor").
    Receive,
    /// Participles of ownership before "by": the owner is the one acted on ("raided a cafe
    /// owned by Gondorians").
    Owner,
    /// Lower-case particles inside a person's name ("Kees van Rij", "Ursula von der Leyen").
    Particle,
    /// Lower-case patronymic words ending a person's name ("Makhabat Tazhibek kyzy", "Elchin
    /// Mammad oglu").
    Patronymic,
    /// Nouns that after "his"/"her" name the person's state ("his country", "her government").
    Homeland,
    /// Lemmas of verbs whose infinitive complement happened ("dared to criticise", "managed
    /// to seize"); inflected by rule.
    Implicative,
    /// Nouns of what one meets without meeting anyone ("met Gondor's demands", "meet the
    /// deadline"; literal forms).
    Requirement,
    /// Plural nouns that after "both" or "the two" name the last two states named ("both
    /// neighbours", "the two countries"; literal forms).
    Pair,
    /// Lemmas of verbs of promising ("pledge", "promise"): their infinitive is asserted when
    /// cooperative ("pledged to back Gondor"), hypothetical otherwise; inflected by rule.
    Commissive,
    /// Nouns of a deed that, as the object of a verbal reaction or a judged subject, stand for
    /// the document's last deed ("regretted the decision", "the measures were concerning";
    /// singular forms, a plural -s is taken off).
    Deed,
    /// Plural nouns naming others by their tie to a possessor ("called on Arnor's Western
    /// partners"): the possessor is not the one acted on (literal forms).
    Associate,
    /// Nouns of something said that, as the object of a rejection, stand for the agent of the
    /// document's last verbal act against someone ("denied the charges"; singular forms, a
    /// plural -s is taken off).
    Saying,
    /// Capitalised words that before a state's name make it a region's ("Latin American",
    /// "South American"; literal lower-case forms).
    Region,
    /// Nouns of an instrument whose "on" phrase names what its signer does ("signed a decree
    /// on sanctions against Gondor"; literal forms).
    Instrument,
    /// Verb forms whose subject suffered the act of a following "during"/"in" phrase ("died
    /// during a raid by Gondor"; literal forms).
    Victim,
    /// Words between a form of "be" and "to" that make the infinitive planned ("is due to
    /// meet", "was set to sign"; literal forms).
    Schedule,
    /// Verb forms of threatening whose infinitive is threatened: "threatened to expel X" is an
    /// asserted threat against X (literal forms).
    Threat,
    /// Verb forms by which the subject bears a blame noun ("Gondor bears responsibility";
    /// literal forms).
    Bearing,
    /// Verb forms by which a blame noun lies with someone ("the responsibility lies with
    /// Gondor"; literal forms, before "with").
    Resting,
    /// Words of degree before an adjective ("very", "so"; literal forms; "-ly" adverbs need no
    /// listing).
    Degree,
    /// Singular nouns that after "its" or a possessive state name the other of the two states
    /// named most ("its northern neighbour"; literal forms).
    Neighbour,
    /// Nouns whose closing is an act against the state they border or stand in ("closed the
    /// border with Gondor", "shut its embassy in Gondor"; literal forms).
    Closable,
    /// Nouns of one kind of craft, standing for each other after "the" once a craft of an
    /// actor is named ("an Arnorian airliner … the plane"; literal forms).
    Aircraft,
    /// Likewise for ships ("a Gondorian tanker … the vessel"; literal forms).
    Vessel,
    /// Feeling adjectives whose "that" clause names whom the displeasure is at ("was
    /// disappointed that Gondor did not attend"; not "worried that Gondor may be taken over").
    Displeased,
    /// Role words that are also family names, taken as a name's last word after a given name
    /// ("Foreign Minister Julie Bishop", "Martin Luther King").
    Surname,
    /// Lemmas of attack verbs whose object city names its state ("shelled Kharkiv"; inflected
    /// by rule, plural nouns included: "strikes on Odesa").
    CityObject,
    /// Nouns of a tie between two parties that, after a possessive, take the partner in a
    /// "with" phrase: ending "Gondor's relations with Rohan" is an act against Rohan (literal
    /// forms).
    Tie,
    /// Nouns naming armed forces ("troops", "warplanes"; literal forms): only they make an
    /// incursion by crossing into a state.
    Military,
    /// Honorifics of a peer, kept in a single name ("Lord Butler", "Lady Hale"; literal forms).
    Peer,
    /// Nouns of a flag: burning one is a protest against its state (literal forms).
    Flag,
    /// Words before a consultation's noun that make it an event held ("after talks between
    /// A and B", "a series of calls between …"; literal forms).
    Occasion,
    /// Verbs after a consultation's noun and its parties that make it an event held ("talks
    /// between A and B resumed", "… were held in Edoras"; literal forms).
    Happened,
    /// Words of a state's style opening the name of one of its bodies before the demonym
    /// ("the Royal Saudi Air Force"; literal forms): no name of a body of its own.
    StateStyle,
    /// Nouns of an agreement or a process named after a place: a place's name right before
    /// one is no actor ("the Vienna Convention", "the Minsk agreements"; literal forms).
    Eponym,
    /// Adjectives of a body's standing between a state and its generic noun ("Bolivia's
    /// interim government"; literal forms).
    Standing,
    /// Words naming a court in an actor's name ("court", "tribunal", "lords"; literal forms).
    Judicial,
    /// Nouns of a court's ruling ("ruling", "verdict"; literal forms): with no court of its own
    /// named, the last court's.
    Ruling,
    /// Words of a quantity that may open a sentence capitalised ("Hundreds of …"): no name
    /// starts with one (literal forms).
    Quantity,
    /// Auxiliaries of an elliptical clause after "as" ("Arnor welcomed it, as did Rohan"):
    /// the actors after it do what the clause before did (literal forms).
    Ellipsis,
    /// Subordinators of a condition or an indirect question ("if", "whether"): an event in
    /// their clause is hypothetical (literal forms).
    Conditional,
    /// Auxiliary verbs ("has", "would", "did"; literal forms): one opening a sentence that ends
    /// in a question mark asks a yes/no question, whose event is hypothetical.
    Auxiliary,
    /// Verb forms that judge their object with a predicative adjective or noun ("called the
    /// raids absurd", "dismissed the claims as groundless"; literal forms).
    Judging,
    /// Words before a title that say its holder no longer holds it ("former", "ex"; literal
    /// forms): "former President X" does not name the office's holder.
    Former,
    /// Head nouns of a city's own court, police or prosecutors ("court", "police"; literal
    /// forms): after a city's or a capital's name ("a Yekaterinburg court", "Berlin police") or
    /// before "in" and one ("a court in Jeddah"), they name that city's body, not its state.
    LocalBody,
    /// Words saying a clause's subject broke a rule ("violated", "breached", "unlawful"; literal
    /// forms): a court's "ruled that X had violated …" is the court's ruling against X.
    Breach,
    /// Nouns of a report or its findings ("report", "findings", "investigation"; literal
    /// forms): "the findings", with no author named, are the last reporting body's.
    Findings,
    /// Nouns of an act done as a sign of something ("gesture", "show", "sign"; literal forms):
    /// "… in a gesture of solidarity with Gondor" is the clause subject's solidarity.
    Gesture,
    /// Nouns of what someone asks or puts forward ("call", "demand", "proposal"; literal
    /// forms): "backed her call" acts on the person the possessive stands for.
    Proposal,
    /// Nouns of someone's family or counsel ("family", "lawyers"; literal forms): "Bard Bow's
    /// family will sue X" is not Bard Bow's act.
    Kin,
    /// Verbs of settling a quarrel ("resolve", "settle", "show" restraint; literal forms): an
    /// appeal to two or more named together to do so ("urged A and B to resolve the dispute")
    /// is no act against them.
    Conciliatory,
    /// Nouns of the occasion around a meeting ("sidelines", "margins"; literal forms): what
    /// follows names no one met ("met on the sidelines of the NATO summit").
    Venue,
    /// Nouns of what one party supplies another ("gas", "deliveries", "funding"; literal
    /// forms): cutting it off is an act against the one supplied ("cut gas supplies to X").
    Supply,
    /// Words of a law-enforcement or security body's name ("police", "security",
    /// "prosecutor"; literal forms): a detention or release in the passive with no agent,
    /// announced by such a body, is its own act ("the crew were questioned, the SBU said").
    Enforcer,
    /// Words opening a clause of their own ("that", "after", "because"; literal forms): a
    /// reported act's clause starts after the last one before its agent.
    Subordinator,
    /// Words of an attempt before an infinitive ("trying", "seeking", "plotting"; literal
    /// forms): "accused Gondor of trying to force Rohan …" is Gondor's act.
    Attempt,
    /// Nouns of a law ("law", "bill", "legislation"; literal forms): one passed is named later
    /// by any of them.
    Law,
    /// Nouns of something said ("comment", "remark", "statement"; singular): what one actor
    /// said, named with them, is named later by any of them ("Bard Bow's remarks … called the
    /// comments inappropriate").
    Utterance,
    /// Nouns of someone's home or belongings ("homes", "apartment", "premises", "assets";
    /// literal forms): after a verb cue, "their"/"his"/"her" before one is the owner, the one
    /// acted on ("police raided their homes").
    Dwelling,
    /// Nouns of a permit or pact someone holds or shares ("visa", "accreditation",
    /// "agreement"; literal forms): withholding its renewal is an act against its holder or
    /// partner ("will not renew the cleric's residence permit").
    Permit,
    /// Verbs of answering in kind ("respond", "retaliate"; literal forms): whoever a warning
    /// says would respond is no target of it ("warned that Gondor would respond").
    Retort,
    /// Nouns of a body's branch abroad or in a city ("bureau", "office"; literal forms):
    /// closing one is an act on the body it belongs to ("closed the Moscow bureau of Gondor
    /// Radio").
    Outpost,
    /// Nouns of a coercion whose possessor is the one it is done to ("detention", "arrest";
    /// literal forms): "Bard Bow's detention" is no act of Bard Bow's (unlike "Gondor's
    /// blockade").
    Custody,
    /// Nouns of a death or an injury suffered ("loss", "death"; literal forms): regret or
    /// concern over one is sympathy with whom "of" names, no act against them.
    Bereavement,
    /// Words that may stand between "the" and a state body's noun without naming a state
    /// ("interim", "military", "new"; literal forms): "the interim government" is the home
    /// state's, as "the government" is.
    BodyModifier,
    /// Scale and currency words of an amount ("billion", "euros"; literal forms): "provided $2
    /// billion in aid to Gondor" gives the aid.
    Amount,
    /// Nouns of a state's ground ("airspace", "territory", "waters"; literal forms): "were
    /// barred from Gondorian airspace", with no agent named, is Gondor's act.
    Ground,
    /// Nouns of someone's origin ("origin", "descent"; literal forms): "of Gondorian origin"
    /// names no actor.
    Origin,
    /// Words that make a body's name a movement's, not a state's ("liberation", "resistance";
    /// literal forms): "the National Council of Resistance of Gondor (NCRG)" is no Gondorian
    /// body.
    Movement,
    /// Nouns of something fired or dropped ("shell", "missile"; literal forms): "a shell fired
    /// by Gondorian forces killed …" is the forces' act.
    Weapon,
    /// Words that, before "list" or as the list itself, name a list of those sanctioned
    /// ("wanted", "sanctions", "blacklist"; literal forms): "placed X on its wanted list" is
    /// a sanction.
    Roster,
    /// Verbs of giving way ("withdraw", "release", "stop", "respect"; literal forms): a request
    /// that asks its addressee to do one presses them ("urged Gondor to withdraw"); one that
    /// asks anything else is no act against them ("urged the Council to assess …").
    GiveWay,
    /// Nouns of what is recorded or written ("video", "footage", "names"; literal forms):
    /// releasing one frees no one ("released a video showing …").
    Recorded,
    /// Words opening an organisation's name in its own language ("jabhat", "jaish", "harakat",
    /// "lashkar"; literal forms): an unlisted name they open is an organisation's, not a
    /// person's ("Jaysh al-Islam", "Harakat Nour al-Din al-Zenki").
    GroupLead,
    /// Nouns of an event held somewhere ("summit", "games", "conference"; literal forms):
    /// shunning one is an act against the state it is held in ("boycotted the summit in
    /// Edoras"), not shunning anything else ("skipped training in Edoras").
    Gathering,
    /// Verb forms of naming something as what a quotation says ("called", "described",
    /// "branded"; literal forms): 'called the expulsion "a very serious incident"' judges
    /// whom the phrase before the quotation names, though no cue word is in it.
    Naming,
    /// Words of praise inside such a quoted judgement ("historic", "brothers", "success";
    /// literal forms): they make it praise, not criticism.
    Praise,
}

impl WordClass {
    /// Every class and its name in the data file, in declaration order (the index of a class's
    /// set in [`FunctionWords`]).
    const ALL: [(WordClass, &'static str); 93] = [
        (WordClass::Abbreviation, "abbreviation"),
        (WordClass::BeAux, "be_aux"),
        (WordClass::Boundary, "boundary"),
        (WordClass::Calendar, "calendar"),
        (WordClass::Determiner, "determiner"),
        (WordClass::Furniture, "furniture"),
        (WordClass::Hedge, "hedge"),
        (WordClass::Irrealis, "irrealis"),
        (WordClass::LightVerb, "light_verb"),
        (WordClass::Locative, "locative"),
        (WordClass::Negation, "negation"),
        (WordClass::NotActor, "not_actor"),
        (WordClass::Report, "report"),
        (WordClass::Skip, "skip"),
        (WordClass::Summary, "summary"),
        (WordClass::Mutual, "mutual"),
        (WordClass::Receive, "receive"),
        (WordClass::Owner, "owner"),
        (WordClass::Particle, "particle"),
        (WordClass::Patronymic, "patronymic"),
        (WordClass::Homeland, "homeland"),
        (WordClass::Implicative, "implicative"),
        (WordClass::Requirement, "requirement"),
        (WordClass::Pair, "pair"),
        (WordClass::Commissive, "commissive"),
        (WordClass::Deed, "deed"),
        (WordClass::Associate, "associate"),
        (WordClass::Saying, "saying"),
        (WordClass::Region, "region"),
        (WordClass::Instrument, "instrument"),
        (WordClass::Victim, "victim"),
        (WordClass::Schedule, "schedule"),
        (WordClass::Threat, "threat"),
        (WordClass::Bearing, "bearing"),
        (WordClass::Resting, "resting"),
        (WordClass::Degree, "degree"),
        (WordClass::Neighbour, "neighbour"),
        (WordClass::Closable, "closable"),
        (WordClass::Aircraft, "aircraft"),
        (WordClass::Vessel, "vessel"),
        (WordClass::Displeased, "displeased"),
        (WordClass::Surname, "surname"),
        (WordClass::CityObject, "city_object"),
        (WordClass::Tie, "tie"),
        (WordClass::Military, "military"),
        (WordClass::Peer, "peer"),
        (WordClass::Flag, "flag"),
        (WordClass::Occasion, "occasion"),
        (WordClass::Happened, "happened"),
        (WordClass::StateStyle, "state_style"),
        (WordClass::Eponym, "eponym"),
        (WordClass::Standing, "standing"),
        (WordClass::Judicial, "judicial"),
        (WordClass::Ruling, "ruling"),
        (WordClass::Quantity, "quantity"),
        (WordClass::Ellipsis, "ellipsis"),
        (WordClass::Conditional, "conditional"),
        (WordClass::Auxiliary, "auxiliary"),
        (WordClass::Judging, "judging"),
        (WordClass::Former, "former"),
        (WordClass::LocalBody, "local_body"),
        (WordClass::Breach, "breach"),
        (WordClass::Findings, "findings"),
        (WordClass::Gesture, "gesture"),
        (WordClass::Proposal, "proposal"),
        (WordClass::Kin, "kin"),
        (WordClass::Conciliatory, "conciliatory"),
        (WordClass::Venue, "venue"),
        (WordClass::Supply, "supply"),
        (WordClass::Enforcer, "enforcer"),
        (WordClass::Subordinator, "subordinator"),
        (WordClass::Attempt, "attempt"),
        (WordClass::Law, "law"),
        (WordClass::Utterance, "utterance"),
        (WordClass::Dwelling, "dwelling"),
        (WordClass::Permit, "permit"),
        (WordClass::Retort, "retort"),
        (WordClass::Outpost, "outpost"),
        (WordClass::Custody, "custody"),
        (WordClass::Bereavement, "bereavement"),
        (WordClass::BodyModifier, "body_modifier"),
        (WordClass::Amount, "amount"),
        (WordClass::Ground, "ground"),
        (WordClass::Origin, "origin"),
        (WordClass::Movement, "movement"),
        (WordClass::Weapon, "weapon"),
        (WordClass::Roster, "roster"),
        (WordClass::GiveWay, "give_way"),
        (WordClass::Recorded, "recorded"),
        (WordClass::GroupLead, "group_lead"),
        (WordClass::Gathering, "gathering"),
        (WordClass::Naming, "naming"),
        (WordClass::Praise, "praise"),
    ];
}

/// The function-word lists, one set per class.
#[derive(Debug, Clone)]
pub struct FunctionWords {
    /// One set per class, in the order of [`WordClass::ALL`].
    sets: [HashSet<String>; WordClass::ALL.len()],
    /// The words of every closed class (all but enforcer, body_modifier, movement, weapon,
    /// roster, give_way, recorded, group_lead and praise, which are content words), for
    /// `is_any`.
    closed: HashSet<String>,
}

impl Default for FunctionWords {
    fn default() -> Self {
        FunctionWords {
            sets: std::array::from_fn(|_| HashSet::default()),
            closed: HashSet::default(),
        }
    }
}

impl FunctionWords {
    /// Whether `word` (lower case) is in `class`.
    pub fn is(&self, class: WordClass, word: &str) -> bool {
        self.set(class).contains(word)
    }

    /// Whether a noun is in a class, a final "s" taken off first ("remarks" as "remark").
    pub fn is_noun(&self, class: WordClass, word: &str) -> bool {
        self.is(class, word.strip_suffix('s').unwrap_or(word))
    }

    /// The words of a class, in no particular order.
    pub fn members(&self, class: WordClass) -> impl Iterator<Item = &str> {
        self.set(class).iter().map(String::as_str)
    }

    /// Whether `word` (lower case) is in any class but enforcer and body_modifier, whose words
    /// are content words of bodies' names ("intelligence", "police", "interim"), not
    /// closed-class words.
    pub fn is_any(&self, word: &str) -> bool {
        self.closed.contains(word)
    }

    /// The set of one class.
    pub fn set(&self, class: WordClass) -> &HashSet<String> {
        &self.sets[class as usize]
    }
}

fn list(field: &str) -> Result<Vec<String>, String> {
    if field.is_empty() {
        return Ok(Vec::new());
    }
    let items: Vec<String> = field.split('|').map(str::to_owned).collect();
    if let Some(bad) = items
        .iter()
        .find(|i| i.trim().is_empty() || i.trim() != i.as_str())
    {
        return Err(format!(
            "list {field:?} has an empty or space-padded item {bad:?}"
        ));
    }
    let mut seen = HashSet::default();
    if let Some(dup) = items.iter().find(|i| !seen.insert(i.as_str())) {
        return Err(format!("list {field:?} repeats {dup:?}"));
    }
    Ok(items)
}

fn opt(field: &str) -> Option<String> {
    (!field.is_empty()).then(|| field.to_owned())
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let month = || b[4] == b'-' && num(5..7).is_some_and(|m| (1..=12).contains(&m));
    let day = || b[7] == b'-' && num(8..10).is_some_and(|d| (1..=31).contains(&d));
    num(0..4).is_some()
        && match b.len() {
            4 => true,
            7 => month(),
            10 => month() && day(),
            _ => false,
        }
}

pub(super) fn parse_actor(row: &Row<'_>, err: &mut dyn FnMut(String)) -> Option<Actor> {
    let [id, kind, label, aliases, adjectives, parent, role, start, end, qid] = row.fields[..]
    else {
        return None;
    };
    let mut ok = true;
    let mut fail = |m: String| {
        ok = false;
        err(m)
    };
    if id.is_empty()
        || !id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        fail(format!("actor id {id:?} must match [a-z0-9_]+"));
    }
    let kind = kind.parse::<Kind>().map_err(&mut fail).ok();
    if label.is_empty() {
        fail("label is empty".into());
    }
    let aliases = list(aliases).map_err(&mut fail).unwrap_or_default();
    let adjectives = list(adjectives).map_err(&mut fail).unwrap_or_default();
    for d in [start, end] {
        if !d.is_empty() && !is_date(d) {
            fail(format!("date {d:?} must be YYYY, YYYY-MM or YYYY-MM-DD"));
        }
    }
    let qid_ok = qid.is_empty()
        || (qid.starts_with('Q') && qid.len() > 1 && qid[1..].bytes().all(|b| b.is_ascii_digit()));
    if !qid_ok {
        fail(format!("Wikidata id {qid:?} must look like Q123"));
    }
    if parent == id {
        fail("an actor cannot be its own parent".into());
    }
    let kind = kind?;
    ok.then(|| Actor {
        id: id.to_owned(),
        kind,
        label: label.to_owned(),
        aliases,
        adjectives,
        parent: opt(parent),
        role: opt(role),
        start: opt(start),
        end: opt(end),
        qid: opt(qid),
    })
}

pub(super) fn parse_cue(row: &Row<'_>, err: &mut dyn FnMut(String)) -> Option<Cue> {
    let [lemma, pos, category, stance, of, mode] = row.fields[..] else {
        return None;
    };
    let of_agent = match (pos, of) {
        ("noun", "target") => false,
        ("noun", "source") => true,
        ("verb" | "adjective" | "epithet" | "agent", "") => false,
        ("noun", other) => {
            err(format!("noun cue needs of = target or source (what \"the {lemma} of X\" makes X), found {other:?}"));
            return None;
        }
        (_, other) => {
            err(format!(
                "the of column is for nouns only; leave it empty, found {other:?}"
            ));
            return None;
        }
    };
    let pos = match pos {
        "verb" => Some(Pos::Verb),
        "noun" => Some(Pos::Noun),
        "adjective" => Some(Pos::Adjective),
        "epithet" => Some(Pos::Epithet),
        "agent" => Some(Pos::Agent),
        other => {
            err(format!(
                "unknown part of speech {other:?}; use verb, noun, adjective, epithet or agent"
            ));
            None
        }
    };
    if lemma.is_empty() || lemma != lemma.to_lowercase() || lemma.contains("  ") {
        err(format!(
            "cue {lemma:?} must be non-empty lower case, single-spaced"
        ));
        return None;
    }
    let category = category.parse::<Category>().map_err(&mut *err).ok()?;
    let stance = stance.parse::<Stance>().map_err(&mut *err).ok()?;
    if stance != category.stance() {
        err(format!(
            "stance {} contradicts category {category}, whose PLOVER quad class is {}",
            stance.as_str(),
            category.stance().as_str()
        ));
        return None;
    }
    Some(Cue {
        lemma: lemma.to_owned(),
        pos: pos?,
        category,
        stance,
        of_agent,
        mode: opt(mode),
    })
}

pub(super) fn parse_word(row: &Row<'_>, words: &mut FunctionWords, err: &mut dyn FnMut(String)) {
    let [word, class] = row.fields[..] else {
        return;
    };
    if word.is_empty() || word != word.to_lowercase() {
        err(format!("word {word:?} must be non-empty lower case"));
        return;
    }
    match WordClass::ALL.iter().find(|(_, n)| *n == class) {
        Some((c, _)) => {
            words.sets[*c as usize].insert(word.to_owned());
            if !matches!(
                c,
                WordClass::Enforcer
                    | WordClass::BodyModifier
                    | WordClass::Movement
                    | WordClass::Weapon
                    | WordClass::Roster
                    | WordClass::GiveWay
                    | WordClass::Recorded
                    | WordClass::GroupLead
                    | WordClass::Praise
            ) {
                words.closed.insert(word.to_owned());
            }
        }
        None => {
            let all: Vec<_> = WordClass::ALL.iter().map(|(_, n)| *n).collect();
            err(format!(
                "unknown word class {class:?}; use one of {}",
                all.join(", ")
            ));
        }
    }
}

/// How a role word takes part in a title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RoleClass {
    /// A role noun that can stand right before a name ("minister", "spokesman").
    Head,
    /// A word inside a title before its head ("deputy", "foreign").
    Modifier,
    /// A courtesy title after which a surname alone names a person ("mr").
    Honorific,
    /// A head of a monarch's or a church leader's title, which takes a single given name
    /// ("Patriarch Kirill", "King Abdullah").
    Sovereign,
    /// A head that names someone by their relation to another ("his Gondorian counterpart"): a
    /// person only with a name after it, never an office-holder standing alone.
    Relational,
    /// A head naming a state's diplomatic representative ("ambassador", "envoy", "chargé
    /// d'affaires"): unnamed, any of them stands for the one the document names.
    Envoy,
    /// A head naming a specialist: a bare state name before it is their subject, not their
    /// state ("a Russia expert", "the Iran analyst").
    Scholar,
}

impl RoleClass {
    /// A role noun that can head a title (a plain, sovereign's, relational, diplomatic or
    /// specialist's head).
    pub fn is_head(self) -> bool {
        matches!(
            self,
            RoleClass::Head
                | RoleClass::Sovereign
                | RoleClass::Relational
                | RoleClass::Envoy
                | RoleClass::Scholar
        )
    }
}

pub(super) fn parse_role(
    row: &Row<'_>,
    err: &mut dyn FnMut(String),
) -> Option<(String, RoleClass)> {
    let [word, class] = row.fields[..] else {
        return None;
    };
    if word.is_empty() || word != word.to_lowercase() || word.contains(' ') {
        err(format!("role word {word:?} must be one lower-case word"));
        return None;
    }
    let class = match class {
        "head" => RoleClass::Head,
        "modifier" => RoleClass::Modifier,
        "honorific" => RoleClass::Honorific,
        "sovereign" => RoleClass::Sovereign,
        "relational" => RoleClass::Relational,
        "envoy" => RoleClass::Envoy,
        "scholar" => RoleClass::Scholar,
        other => {
            err(format!(
                "unknown role class {other:?}; use head, modifier, honorific, sovereign, relational, envoy or scholar"
            ));
            return None;
        }
    };
    Some((word.to_owned(), class))
}

#[cfg(test)]
mod word_class_tests {
    use super::WordClass;

    #[test]
    fn classes_are_listed_in_declaration_order() {
        for (i, (class, _)) in WordClass::ALL.iter().enumerate() {
            assert_eq!(*class as usize, i, "{class:?}");
        }
    }
}

#[cfg(test)]
mod people_tests {
    use super::{Actor, Kind};

    fn state(adjectives: &[&str]) -> Actor {
        Actor {
            id: "x".into(),
            kind: Kind::State,
            label: "X".into(),
            aliases: Vec::new(),
            adjectives: adjectives.iter().map(|a| a.to_string()).collect(),
            parent: None,
            role: None,
            start: None,
            end: None,
            qid: None,
        }
    }

    #[test]
    fn noun_demonyms_take_s_and_adjectives_in_sh_or_ch_do_not() {
        let people = state(&["Tajik", "Arnorian", "Polish", "French", "Swiss"])
            .people_group()
            .unwrap();
        let mut names = vec![people.label.clone()];
        names.extend(people.aliases);
        assert_eq!(names, ["Tajiks", "Arnorians"]);
        assert!(state(&["Irish", "Dutch"]).people_group().is_none());
    }

    #[test]
    fn noun_demonyms_in_e_on_nn_and_rd_take_s_but_never_make_the_states_name() {
        let people = state(&["Polish", "Pole", "Briton", "Finn", "Spaniard", "Chinese"])
            .people_group()
            .unwrap();
        let mut names = vec![people.label.clone()];
        names.extend(people.aliases);
        assert_eq!(names, ["Poles", "Britons", "Finns", "Spaniards"]);
        let mut philippines = state(&["Philippine"]);
        philippines.label = "Philippines".into();
        assert!(philippines.people_group().is_none());
    }
}
