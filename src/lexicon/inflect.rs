//! Inflections generated from lemmas, so cue files list `arrest`, not arrests/arrested/arresting.
//!
//! Generating a non-word ("baned" beside "banned") is harmless: it never matches text. So the
//! rules generate both spellings where English hesitates (doubling a final consonant).

use rustc_hash::FxHashMap as HashMap;

/// Which inflection a verb form is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VerbForm {
    /// `arrest`
    Base,
    /// `arrests`
    Third,
    /// `arresting`
    Ing,
    /// `shot` used as a simple past only (irregular verbs whose past differs from participle)
    Past,
    /// `shot`, `arrested`: a past participle (and possibly also the simple past)
    Participle,
}

/// All inflected forms of a verb lemma; a phrasal verb inflects its first word.
///
/// ```
/// use actorgraph::lexicon::{verb_forms, VerbForm};
/// let f = verb_forms("ban", &Default::default());
/// assert!(f.contains(&("banned".to_string(), VerbForm::Participle)));
/// assert!(f.contains(&("banning".to_string(), VerbForm::Ing)));
/// let irregular = [("shoot".to_string(), ("shot".to_string(), "shot".to_string()))]
///     .into_iter()
///     .collect();
/// let f = verb_forms("shoot down", &irregular);
/// assert!(f.contains(&("shot down".to_string(), VerbForm::Participle)));
/// ```
pub fn verb_forms(
    lemma: &str,
    irregular: &HashMap<String, (String, String)>,
) -> Vec<(String, VerbForm)> {
    let (head, rest) = match lemma.split_once(' ') {
        Some((h, r)) => (h, format!(" {r}")),
        None => (lemma, String::new()),
    };
    let mut out: Vec<(String, VerbForm)> = Vec::new();
    let mut add = |w: String, f: VerbForm| {
        let w = format!("{w}{rest}");
        if !out.contains(&(w.clone(), f)) {
            out.push((w, f));
        }
    };
    add(head.to_owned(), VerbForm::Base);
    add(third_person(head), VerbForm::Third);
    for ing in ing_forms(head) {
        add(ing, VerbForm::Ing);
    }
    match irregular.get(head) {
        Some((past, part)) => {
            for p in past.split('|') {
                add(
                    p.to_owned(),
                    if p == part {
                        VerbForm::Participle
                    } else {
                        VerbForm::Past
                    },
                );
            }
            for p in part.split('|') {
                add(p.to_owned(), VerbForm::Participle);
            }
        }
        None => {
            for ed in ed_forms(head) {
                add(ed, VerbForm::Participle);
            }
        }
    }
    out
}

/// Prepositions that end a phrasal noun ("crackdown on", "case against"): the noun before
/// them takes the plural.
const NOUN_PARTICLES: [&str; 8] = ["against", "at", "for", "of", "on", "over", "to", "with"];

/// A noun and its plural (`arrest`, `arrests`; `crisis`, `crises`; `ally`, `allies`;
/// `crackdown on`, `crackdowns on`).
pub fn noun_forms(lemma: &str) -> Vec<String> {
    let (body, particle) = match lemma.rsplit_once(' ') {
        Some((b, p)) if NOUN_PARTICLES.contains(&p) => (b, format!(" {p}")),
        _ => (lemma, String::new()),
    };
    let (head, last) = match body.rsplit_once(' ') {
        Some((h, l)) => (format!("{h} "), l),
        None => (String::new(), body),
    };
    let plural = if let Some(stem) = last.strip_suffix("is") {
        format!("{stem}es")
    } else {
        third_person(last)
    };
    vec![lemma.to_owned(), format!("{head}{plural}{particle}")]
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

fn third_person(w: &str) -> String {
    // The one verb whose third person no rule gives.
    if w == "have" {
        return "has".to_owned();
    }
    if w.ends_with('s')
        || w.ends_with('x')
        || w.ends_with('z')
        || w.ends_with("ch")
        || w.ends_with("sh")
    {
        format!("{w}es")
    } else if let Some(stem) = consonant_y(w) {
        format!("{stem}ies")
    } else {
        format!("{w}s")
    }
}

fn consonant_y(w: &str) -> Option<&str> {
    let stem = w.strip_suffix('y')?;
    stem.chars().last().filter(|c| !is_vowel(*c)).map(|_| stem)
}

/// Whether the word ends consonant-vowel-consonant, where English may double the consonant.
fn doubles(w: &str) -> Option<char> {
    let c: Vec<char> = w.chars().collect();
    let n = c.len();
    (n >= 3
        && !is_vowel(c[n - 1])
        && !matches!(c[n - 1], 'w' | 'x' | 'y')
        && is_vowel(c[n - 2])
        && !is_vowel(c[n - 3]))
    .then(|| c[n - 1])
}

fn ed_forms(w: &str) -> Vec<String> {
    if w.ends_with('e') {
        return vec![format!("{w}d")];
    }
    if let Some(stem) = consonant_y(w) {
        return vec![format!("{stem}ied")];
    }
    let mut v = vec![format!("{w}ed")];
    if let Some(c) = doubles(w) {
        v.push(format!("{w}{c}ed"));
    }
    v
}

fn ing_forms(w: &str) -> Vec<String> {
    if let Some(stem) = w.strip_suffix("ie") {
        return vec![format!("{stem}ying")];
    }
    if let Some(stem) = w.strip_suffix('e').filter(|s| !s.ends_with('e')) {
        return vec![format!("{stem}ing")];
    }
    let mut v = vec![format!("{w}ing")];
    if let Some(c) = doubles(w) {
        v.push(format!("{w}{c}ing"));
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_verbs() {
        let forms = |l| -> Vec<String> {
            verb_forms(l, &HashMap::default())
                .into_iter()
                .map(|(w, _)| w)
                .collect()
        };
        assert_eq!(
            forms("condemn"),
            ["condemn", "condemns", "condemning", "condemned"]
        );
        assert_eq!(
            forms("accuse"),
            ["accuse", "accuses", "accusing", "accused"]
        );
        assert_eq!(forms("deny"), ["deny", "denies", "denying", "denied"]);
        // "has" comes from no rule; the past from irregular_verbs.tsv.
        assert_eq!(forms("have close ties with")[1], "has close ties with");
        assert_eq!(
            forms("criticise"),
            ["criticise", "criticises", "criticising", "criticised"]
        );
        assert_eq!(noun_forms("crisis"), ["crisis", "crises"]);
        assert_eq!(noun_forms("air strike"), ["air strike", "air strikes"]);
        assert_eq!(
            noun_forms("crackdown on"),
            ["crackdown on", "crackdowns on"]
        );
        assert_eq!(
            noun_forms("legal action against"),
            ["legal action against", "legal actions against"]
        );
    }
}
