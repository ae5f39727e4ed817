//! A fast path for UAX #29 word and sentence boundaries over the characters news text is
//! mostly made of.
//!
//! `unicode-segmentation` looks every character up in Unicode's property tables; on English
//! news that lookup was a third of extraction time. For text whose every character is in the
//! small set classified here (ASCII, Latin-1 and Latin Extended-A letters, typographic quotes
//! and dashes), the boundaries are computed by the same rules from a `match`. Any other
//! character sends the whole line (or sentence) back to `unicode-segmentation`, so the result
//! is always UAX #29's. The differential test below holds the two equal on generated text.

use std::sync::LazyLock;

/// Word-break class (UAX #29 `Word_Break`) of a character of the fast set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wb {
    Letter,
    Numeric,
    ExtendNumLet,
    MidLetter,
    MidNum,
    MidNumLet,
    SingleQuote,
    Space,
    Cr,
    Lf,
    Other,
}

/// Sentence-break class (UAX #29 `Sentence_Break`) of a character of the fast set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sb {
    Upper,
    Lower,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
    Sp,
    Cr,
    Lf,
    Other,
}

/// Latin-1 Supplement and Latin Extended-A letters (both all `ALetter`).
fn latin_letter(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{17F}') && c != '\u{D7}' && c != '\u{F7}'
}

/// Non-ASCII punctuation of the fast set.
const QUOTES: [char; 4] = ['‘', '’', '“', '”'];
const DASHES: [char; 2] = ['–', '—'];

/// `wb` and `sb` of the ASCII characters, looked up by byte.
static WB_ASCII: LazyLock<[Option<Wb>; 128]> =
    LazyLock::new(|| std::array::from_fn(|b| wb(char::from(b as u8))));
static SB_ASCII: LazyLock<[Option<Sb>; 128]> =
    LazyLock::new(|| std::array::from_fn(|b| sb(char::from(b as u8))));

fn wb(c: char) -> Option<Wb> {
    Some(match c {
        'a'..='z' | 'A'..='Z' => Wb::Letter,
        '0'..='9' => Wb::Numeric,
        '_' => Wb::ExtendNumLet,
        ':' => Wb::MidLetter,
        ',' | ';' => Wb::MidNum,
        '.' | '‘' | '’' => Wb::MidNumLet,
        '\'' => Wb::SingleQuote,
        ' ' => Wb::Space,
        '\r' => Wb::Cr,
        '\n' => Wb::Lf,
        '\t' | '!'..='~' => Wb::Other,
        c if latin_letter(c) => Wb::Letter,
        c if QUOTES.contains(&c) || DASHES.contains(&c) || c == '£' || c == '€' => Wb::Other,
        _ => return None,
    })
}

fn sb(c: char) -> Option<Sb> {
    Some(match c {
        'A'..='Z' => Sb::Upper,
        'a'..='z' => Sb::Lower,
        '0'..='9' => Sb::Numeric,
        '.' => Sb::ATerm,
        '!' | '?' => Sb::STerm,
        '"' | '\'' | '(' | ')' | '[' | ']' | '{' | '}' => Sb::Close,
        ',' | '-' | ':' | ';' => Sb::SContinue,
        ' ' | '\t' => Sb::Sp,
        '\r' => Sb::Cr,
        '\n' => Sb::Lf,
        '!'..='~' => Sb::Other,
        c if QUOTES.contains(&c) => Sb::Close,
        c if DASHES.contains(&c) => Sb::SContinue,
        '£' | '€' => Sb::Other,
        c if latin_letter(c) && c.is_uppercase() => Sb::Upper,
        c if latin_letter(c) && c.is_lowercase() => Sb::Lower,
        _ => return None,
    })
}

/// The classes of `s`'s characters and, unless `s` is ASCII (where they are the indices), their
/// byte offsets; `None` when a character has no class.
fn classify<K: Copy>(
    s: &str,
    ascii: &[Option<K>; 128],
    class: impl Fn(char) -> Option<K>,
) -> Option<(Vec<K>, Vec<usize>)> {
    if s.is_ascii() {
        let mut classes = Vec::with_capacity(s.len());
        for b in s.bytes() {
            classes.push(ascii[usize::from(b)]?);
        }
        return Some((classes, Vec::new()));
    }
    let mut classes = Vec::with_capacity(s.len());
    let mut offsets = Vec::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        classes.push(class(c)?);
        offsets.push(i);
    }
    Some((classes, offsets))
}

/// Cuts `s` at character positions `cuts` (ascending, excluding 0 and the end).
fn pieces<'s>(s: &'s str, offsets: &[usize], cuts: &[usize]) -> Vec<(usize, &'s str)> {
    let byte = |k: usize| if offsets.is_empty() { k } else { offsets[k] };
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut from = 0;
    for &k in cuts {
        let at = byte(k);
        out.push((from, &s[from..at]));
        from = at;
    }
    if from < s.len() {
        out.push((from, &s[from..]));
    }
    out
}

/// UAX #29 word segments of `s` as (byte offset, segment), or `None` when `s` holds a
/// character outside the fast set.
pub(super) fn words(s: &str) -> Option<Vec<(usize, &str)>> {
    let (c, offsets) = classify(s, &WB_ASCII, wb)?;
    let word = |k: Wb| matches!(k, Wb::Letter | Wb::Numeric | Wb::ExtendNumLet);
    let mut cuts = Vec::with_capacity(c.len() / 3 + 1);
    let mut i = 0;
    while i < c.len() {
        let mut last = c[i];
        i += 1;
        match last {
            Wb::Cr if c.get(i) == Some(&Wb::Lf) => i += 1,
            Wb::Space => {
                while c.get(i) == Some(&Wb::Space) {
                    i += 1;
                }
            }
            k if word(k) => {
                while i < c.len() {
                    let next = c[i];
                    if word(next) {
                        last = next;
                        i += 1;
                        continue;
                    }
                    let Some(&after) = c.get(i + 1) else { break };
                    let mid_letter =
                        matches!(next, Wb::MidLetter | Wb::MidNumLet | Wb::SingleQuote);
                    let mid_num = matches!(next, Wb::MidNum | Wb::MidNumLet | Wb::SingleQuote);
                    if (last == Wb::Letter && mid_letter && after == Wb::Letter)
                        || (last == Wb::Numeric && mid_num && after == Wb::Numeric)
                    {
                        last = after;
                        i += 2;
                    } else {
                        break;
                    }
                }
            }
            _ => {}
        }
        if i < c.len() {
            cuts.push(i);
        }
    }
    Some(pieces(s, &offsets, &cuts))
}

/// UAX #29 sentence segments of `s` as (byte offset, segment), or `None` when `s` holds a
/// character outside the fast set.
///
/// A boundary can only fall after a paragraph separator or after a maximal run
/// `SATerm Close* Sp*`; the scan jumps from terminator to terminator.
pub(super) fn sentences(s: &str) -> Option<Vec<(usize, &str)>> {
    let (c, offsets) = classify(s, &SB_ASCII, sb)?;
    let n = c.len();
    let term = |k: Sb| matches!(k, Sb::ATerm | Sb::STerm);
    let mut cuts = Vec::new();
    let mut i = 0;
    while i < n {
        let here = c[i];
        i += 1;
        if i >= n {
            break;
        }
        match here {
            Sb::Cr if c[i] == Sb::Lf => {}
            Sb::Cr | Sb::Lf => cuts.push(i),
            Sb::ATerm | Sb::STerm => {
                let t = i - 1;
                // SB6, SB7: right after a full stop, before a digit or (after a letter) a capital.
                if here == Sb::ATerm
                    && (c[i] == Sb::Numeric
                        || (c[i] == Sb::Upper
                            && t > 0
                            && matches!(c[t - 1], Sb::Upper | Sb::Lower)))
                {
                    continue;
                }
                while i < n && c[i] == Sb::Close {
                    i += 1;
                }
                while i < n && c[i] == Sb::Sp {
                    i += 1;
                }
                if i >= n {
                    break;
                }
                let b = c[i];
                // SB8: a full stop followed, before any letter or terminator, by a lower-case letter.
                let sb8 = here == Sb::ATerm
                    && c[i..]
                        .iter()
                        .find(|&&k| matches!(k, Sb::Upper | Sb::Lower | Sb::Cr | Sb::Lf) || term(k))
                        .is_some_and(|&k| k == Sb::Lower);
                // SB8a: a continuation or another terminator; SB9/SB10: a separator.
                let held = sb8 || matches!(b, Sb::SContinue | Sb::Cr | Sb::Lf) || term(b);
                if !held {
                    cuts.push(i);
                }
            }
            _ => {}
        }
    }
    Some(pieces(s, &offsets, &cuts))
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    /// Every character of the fast set, plus letters and spaces weighted up so that words and
    /// sentences form.
    fn alphabet() -> Vec<char> {
        let mut a: Vec<char> = ('\u{20}'..='\u{7E}').collect();
        a.extend(['\t', '\r', '\n', '£', '€']);
        a.extend(QUOTES);
        a.extend(DASHES);
        a.extend(('\u{C0}'..='\u{17F}').filter(|&c| latin_letter(c)));
        a.extend("aaaeeeiioonnsstt    AAEENNST....!?'’\"”(),-".chars());
        a
    }

    /// A deterministic pseudo-random generator (64-bit LCG): the test is hermetic and repeatable.
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self, n: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((self.0 >> 33) as usize) % n
        }
    }

    #[test]
    fn equals_unicode_segmentation_on_generated_text() {
        let alphabet = alphabet();
        let mut rng = Lcg(29);
        for round in 0..40_000 {
            let len = rng.next(40);
            let s: String = (0..len)
                .map(|_| alphabet[rng.next(alphabet.len())])
                .collect();
            let ours = words(&s).expect("fast set");
            let theirs: Vec<(usize, &str)> = s.split_word_bound_indices().collect();
            assert_eq!(ours, theirs, "words, round {round}: {s:?}");
            let ours = sentences(&s).expect("fast set");
            let theirs: Vec<(usize, &str)> = s.split_sentence_bound_indices().collect();
            assert_eq!(ours, theirs, "sentences, round {round}: {s:?}");
        }
    }

    #[test]
    fn equals_unicode_segmentation_on_generated_phrases() {
        let pieces = [
            "Arnor", "the", "said", "Mr", "U.S", "e.g.", "é", "Éowyn", "3", "1,000", "5.5", " ",
            "  ", "\t", ".", ". ", ".\" ", "!", "?", "’s", "'", "’", "“", "”", ",", ";", ":", "—",
            "–", "-", "(", ")", "\n", "\r\n", "£", "_", "a.b",
        ];
        let mut rng = Lcg(2025);
        for round in 0..40_000 {
            let len = rng.next(16);
            let s: String = (0..len).map(|_| pieces[rng.next(pieces.len())]).collect();
            let theirs: Vec<(usize, &str)> = s.split_word_bound_indices().collect();
            assert_eq!(words(&s), Some(theirs), "words, round {round}: {s:?}");
            let theirs: Vec<(usize, &str)> = s.split_sentence_bound_indices().collect();
            assert_eq!(
                sentences(&s),
                Some(theirs),
                "sentences, round {round}: {s:?}"
            );
        }
    }

    #[test]
    fn equals_unicode_segmentation_on_news_like_text() {
        for s in [
            "Mr. Smith went to Washington. He said: “No.” Then (quietly) he left!",
            "The U.S. envoy met Dr. Aragorn at 3.30 p.m. on Jan. 5, 2025... really? Yes.",
            "Arnor’s army hasn't moved — Gondor’s has. 1,000,000 troops; £5.5bn. e.g. this.",
            "“Stop,” he said. 'Now.' [Note] {x} end.\r\nNext line\n",
        ] {
            let w: Vec<_> = s.split_word_bound_indices().collect();
            assert_eq!(words(s), Some(w), "{s}");
            let t: Vec<_> = s.split_sentence_bound_indices().collect();
            assert_eq!(sentences(s), Some(t), "{s}");
        }
    }

    #[test]
    fn other_characters_fall_back() {
        assert_eq!(words("Kyiv 基辅"), None);
        assert_eq!(sentences("Ελλάδα."), None);
    }
}
