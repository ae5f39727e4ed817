//! Sentence and token segmentation.
//!
//! Sentences come from Unicode's sentence boundaries (UAX #29, via `unicode-segmentation`)
//! within each line, repaired where UAX #29 breaks too eagerly: after a known abbreviation
//! ("Gen.", "U.S.") or an initial ("J. Smith"), or before a lower-case continuation. A line
//! break always ends a sentence, so headlines without a full stop stand alone. Text made only of
//! common Latin characters takes a table-free path to the same UAX #29 boundaries (`fast`).

use compact_str::CompactString;
use rustc_hash::FxHashSet as HashSet;
use unicode_segmentation::UnicodeSegmentation;

/// One sentence: a span of the document text, trimmed of surrounding whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Position of the sentence in the document, from 0.
    pub index: usize,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
}

/// One word or punctuation token of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte offset in the document.
    pub start: usize,
    /// Byte offset just past the token.
    pub end: usize,
    /// The token lower-cased, with typographic apostrophes made ASCII.
    pub lower: CompactString,
}

/// What sentence splitting needs to know about the language of the page.
#[derive(Debug, Clone, Copy)]
pub struct SegmentRules<'a> {
    /// Lower-case abbreviations without their final full stop (`"gen"`, `"u.s"`), after which a
    /// full stop does not end a sentence.
    pub abbreviations: &'a HashSet<String>,
    /// Lower-case page-furniture lines ("leave a reply", "related articles"), skipped whole
    /// (compared without trailing punctuation).
    pub furniture: &'a HashSet<String>,
    /// Lower-case month and weekday names, which a time stamp's date may open after its
    /// label ("Published Nov 12, 2024 12:35 pm"; abbreviations count as such too).
    pub calendar: &'a HashSet<String>,
}

/// Splits `text` into sentences.
///
/// ```
/// use actorgraph::text::{sentences, SegmentRules};
/// let abbreviations = ["gen".to_string()].into_iter().collect();
/// let furniture = ["related articles".to_string()].into_iter().collect();
/// let calendar = Default::default();
/// let rules = SegmentRules { abbreviations: &abbreviations, furniture: &furniture, calendar: &calendar };
/// let t = "Gen. Smith left. Arnor\nattacked Gondor\nRelated Articles\n- Rohan backs Gondor";
/// let s: Vec<&str> = sentences(t, &rules).iter().map(|s| &t[s.start..s.end]).collect();
/// assert_eq!(s, ["Gen. Smith left.", "Arnor", "attacked Gondor"]);
/// ```
pub fn sentences(text: &str, rules: &SegmentRules<'_>) -> Vec<Sentence> {
    let abbreviations = rules.abbreviations;
    let mut out = Vec::new();
    let mut line_start = 0;
    // (Lower-casing can shrink a character three-fold, as the Kelvin sign to "k".)
    let longest_furniture = rules.furniture.iter().map(String::len).max().unwrap_or(0);
    // Right after a furniture line ("Related Articles"), a bulleted list is its links: other
    // articles' headlines, not this one's text.
    let mut links = false;
    for line in text.split_inclusive('\n') {
        let base = line_start;
        line_start += line.len();
        let key = line.trim().trim_end_matches(['.', '!', ':', '?']);
        if key.len() <= 3 * longest_furniture && rules.furniture.contains(&key.to_lowercase()) {
            links = true;
            continue;
        }
        // A furniture label before a colon or a bar names another article: "Read more:
        // Gondor hits back at Rohan", "Related: …", "Also Read | …".
        let label = key.split_once([':', '|']).map(|(l, _)| l.trim());
        if label.is_some_and(|l| {
            !l.is_empty()
                && l.len() <= 3 * longest_furniture
                && rules.furniture.contains(&l.to_lowercase())
        }) {
            continue;
        }
        // A time stamp: a furniture label, then the date and time ("Published On 21 Nov
        // 2009", "Updated 5 May 2021, 10:14 GMT"), the line ending no sentence; the date may
        // open with its month or weekday ("Published Nov 12, 2024 12:35 pm").
        let stamp = key.find(|c: char| c.is_ascii_digit()).is_some_and(|d| {
            let mut label = key[..d]
                .trim()
                .trim_end_matches([':', ',', '-', '|'])
                .trim();
            while let Some((head, last)) = label.rsplit_once(char::is_whitespace) {
                let word = last.trim_end_matches(['.', ',']).to_lowercase();
                if !(rules.calendar.contains(&word) || abbreviations.contains(&word)) {
                    break;
                }
                label = head
                    .trim_end()
                    .trim_end_matches([':', ',', '-', '|'])
                    .trim_end();
            }
            !label.is_empty()
                && label.len() <= 3 * longest_furniture
                && rules.furniture.contains(&label.to_lowercase())
                && !line.trim_end().ends_with(['.', '!', '?', '"', '”'])
        });
        if stamp {
            continue;
        }
        // (So is a line ending no sentence, a headline of its own: "Read more:\nGondor
        // summons Rohan's envoy".)
        if links {
            if key.is_empty()
                || key.starts_with(['-', '•', '*', '–', '—', '·', '>'])
                || !line
                    .trim_end()
                    .ends_with(['.', '!', '?', '"', '”', '’', '\''])
            {
                continue;
            }
            links = false;
        }
        if is_byline(line.trim()) {
            continue;
        }
        let mut pending: Option<(usize, usize)> = None;
        let pieces = super::fast::sentences(line)
            .unwrap_or_else(|| line.split_sentence_bound_indices().collect());
        for (off, piece) in pieces {
            let trimmed = piece.trim();
            if trimmed.is_empty() {
                continue;
            }
            let lead = piece.len() - piece.trim_start().len();
            let (s, e) = (base + off + lead, base + off + lead + trimmed.len());
            pending = match pending {
                Some((ps, pe)) if joins(&text[ps..pe], trimmed, abbreviations) => Some((ps, e)),
                Some(prev) => {
                    push(&mut out, text, prev);
                    Some((s, e))
                }
                None => Some((s, e)),
            };
        }
        if let Some(prev) = pending {
            push(&mut out, text, prev);
        }
    }
    out
}

/// A byline: "By" and two to four capitalised words, alone on the line or before a separator
/// ("By Jelena Radović | Updated 28 Nov 2020, 21:40 CET"), on a line that ends no sentence (not
/// "By Monday, Arnor had withdrawn.").
fn is_byline(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("By ") else {
        return false;
    };
    if line.ends_with(['.', '!', '?', '"', '”']) {
        return false;
    }
    let name = rest.split(['|', ',', '–', '—']).next().unwrap_or("").trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

fn push(out: &mut Vec<Sentence>, text: &str, (start, end): (usize, usize)) {
    // A "sentence" without a word of two letters (a rule, "23.9 C", a bullet) is page furniture.
    let has_word = text[start..end]
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.chars().nth(1).is_some());
    if has_word {
        out.push(Sentence {
            index: out.len(),
            start,
            end,
        });
    }
}

/// Whether UAX #29 broke between `prev` and `next` where a reader would not.
fn joins(prev: &str, next: &str, abbreviations: &HashSet<String>) -> bool {
    if next
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
    {
        return true;
    }
    let Some(body) = prev.strip_suffix('.') else {
        return false;
    };
    let last = body
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    let is_initial = last.chars().count() == 1 && last.chars().all(char::is_uppercase);
    is_initial || abbreviations.contains(&last.to_lowercase())
}

/// Tokenises `text[start..end]` into words and punctuation (no whitespace), with byte offsets
/// into `text`. A possessive `'s` and a negating `n't` become tokens of their own.
///
/// ```
/// use actorgraph::text::tokens;
/// let t = "Arnor’s army hasn't moved.";
/// let w: Vec<String> = tokens(t, 0, t.len()).into_iter().map(|t| t.lower.into()).collect();
/// assert_eq!(w, ["arnor", "'s", "army", "has", "n't", "moved", "."]);
/// ```
pub fn tokens(text: &str, start: usize, end: usize) -> Vec<Token> {
    let span = &text[start..end];
    let words =
        super::fast::words(span).unwrap_or_else(|| span.split_word_bound_indices().collect());
    let mut out = Vec::with_capacity(words.len());
    for (off, word) in words {
        let blank = match word.as_bytes()[0] {
            b' ' | b'\t' | b'\n' | b'\r' => word.trim().is_empty(),
            b if b.is_ascii() => false,
            _ => word.trim().is_empty(),
        };
        if blank {
            continue;
        }
        let s = start + off;
        // Inline (no allocation) for words up to 24 bytes.
        let lower = if word.is_ascii() {
            let mut l = CompactString::new(word);
            l.make_ascii_lowercase();
            l
        } else {
            CompactString::from(word.to_lowercase().replace(['’', '‘'], "'"))
        };
        let split = ["'s", "n't"]
            .into_iter()
            .find(|suffix| lower.len() > suffix.len() && lower.ends_with(suffix));
        match split {
            Some(suffix) => {
                // The suffix's byte length in the original may differ (’ is 3 bytes).
                let orig_suffix_len = word
                    .char_indices()
                    .rev()
                    .nth(suffix.chars().count() - 1)
                    .map_or(0, |(i, _)| word.len() - i);
                let cut = s + word.len() - orig_suffix_len;
                out.push(Token {
                    start: s,
                    end: cut,
                    lower: CompactString::new(&lower[..lower.len() - suffix.len()]),
                });
                out.push(Token {
                    start: cut,
                    end: s + word.len(),
                    lower: CompactString::new(suffix),
                });
            }
            None => out.push(Token {
                start: s,
                end: s + word.len(),
                lower,
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        let abbr: HashSet<String> = ["u.s", "dr", "no"].iter().map(|s| s.to_string()).collect();
        let furniture: HashSet<String> = ["leave a reply", "read more", "published on", "updated"]
            .into_iter()
            .map(String::from)
            .collect();
        let calendar: HashSet<String> = ["november", "monday"]
            .into_iter()
            .map(String::from)
            .collect();
        let rules = SegmentRules {
            abbreviations: &abbr,
            furniture: &furniture,
            calendar: &calendar,
        };
        sentences(t, &rules)
            .iter()
            .map(|s| &t[s.start..s.end])
            .collect()
    }

    #[test]
    fn a_furniture_label_before_a_colon_names_another_article() {
        assert_eq!(
            split("Arnor left.\nRead more: Gondor hits back at Rohan\nNote: Rohan stayed."),
            ["Arnor left.", "Note: Rohan stayed."]
        );
        // Also before a bar: "Read more | …".
        assert_eq!(
            split("Arnor left.\nRead more | Gondor, Rohan expel diplomats\nRohan stayed."),
            ["Arnor left.", "Rohan stayed."]
        );
    }

    #[test]
    fn headlines_after_a_furniture_line_are_other_articles() {
        assert_eq!(
            split("Arnor left.\nRead more:\nGondor summons Rohan's envoy\n\nRohan Bans Imports\nArnor stayed."),
            ["Arnor left.", "Arnor stayed."]
        );
    }

    #[test]
    fn a_time_stamp_is_furniture() {
        assert_eq!(
            split("Published On 21 Nov 2009\nUpdated: 5 May 2021, 10:14 GMT\nUpdated 2 rules in 2021.\nArnor left."),
            ["Updated 2 rules in 2021.", "Arnor left."]
        );
        // The date may open with its month or weekday.
        assert_eq!(
            split("Updated November 12, 2024 12:35 pm\nUpdated Monday 12 May 2025\nArnor left."),
            ["Arnor left."]
        );
    }

    #[test]
    fn a_byline_is_furniture() {
        assert_eq!(
            split("By Bard Bow | Updated 28 Nov 2020\nBy Monday, Arnor had left.\nBy Elrond Half"),
            ["By Monday, Arnor had left."]
        );
    }

    #[test]
    fn abbreviations_initials_and_lines() {
        assert_eq!(
            split("The U.S. envoy met Dr. Aragorn. J. R. Tolkien wrote it."),
            ["The U.S. envoy met Dr. Aragorn.", "J. R. Tolkien wrote it."]
        );
        assert_eq!(
            split("HEADLINE\n\n23.9 C\nBody text."),
            ["HEADLINE", "Body text."]
        );
        assert_eq!(
            split("He said “no.” then left."),
            ["He said “no.” then left."]
        );
    }

    #[test]
    fn possessive_with_typographic_apostrophe() {
        let t = "Gondor’s king";
        let toks = tokens(t, 0, t.len());
        assert_eq!(&t[toks[0].start..toks[0].end], "Gondor");
        assert_eq!(&t[toks[1].start..toks[1].end], "’s");
    }
}
