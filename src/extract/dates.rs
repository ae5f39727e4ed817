//! Event dates stated in a sentence ("On June 27", "on 30 June", "in December 2024",
//! "27 June 2025"), resolved against the document's publication date.

use crate::lexicon::{Lexicon, WordClass};
use crate::text::Token;

/// How precisely an event date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    /// A day: `YYYY-MM-DD`.
    Day,
    /// A month: `YYYY-MM`.
    Month,
    /// A year: `YYYY`.
    Year,
    /// No date in the sentence: the document's publication date stands in.
    Publication,
}

impl DatePrecision {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
            DatePrecision::Publication => "publication",
        }
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month(w: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() >= 3 && m.starts_with(w) && w != "mar" && w != "may"))
        .map(|i| i as u32 + 1)
}

fn day(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year(w: &str) -> Option<i32> {
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// A publication date `YYYY-MM-DD` as (year, month).
fn parse_issued(issued: Option<&str>) -> Option<(i32, u32)> {
    let s = issued?;
    Some((s.get(0..4)?.parse().ok()?, s.get(5..7)?.parse().ok()?))
}

/// The first date stated in the sentence, as (ISO text, precision); the year of a day or month
/// without one is taken from the publication date (the year before if that month is later than
/// the publication month). `None` when the sentence states no usable date.
pub(super) fn sentence_date(
    lex: &Lexicon,
    toks: &[Token],
    issued: Option<&str>,
) -> Option<(String, DatePrecision)> {
    let pub_ym = parse_issued(issued);
    let w = |i: usize| toks.get(i).map_or("", |t| t.lower.as_str());
    let infer_year = |m: u32| -> Option<i32> {
        let (py, pm) = pub_ym?;
        Some(if m > pm { py - 1 } else { py })
    };
    for i in 0..toks.len() {
        if !lex.words.is(WordClass::Calendar, w(i)) && month(w(i)).is_none() {
            continue;
        }
        let Some(m) = month(w(i)) else { continue };
        // "May" as a modal: only a month when a day or year stands beside it.
        // "June 27[, 2025]"
        if let Some(d) = day(w(i + 1)) {
            let y_idx = if w(i + 2) == "," { i + 3 } else { i + 2 };
            let y = year(w(y_idx)).or_else(|| infer_year(m))?;
            return Some((format!("{y:04}-{m:02}-{d:02}"), DatePrecision::Day));
        }
        // "27 June [2025]", "30th of June"
        let before = if i >= 2 && w(i - 1) == "of" {
            i - 2
        } else {
            i.wrapping_sub(1)
        };
        if let Some(d) = toks.get(before).and_then(|_| day(w(before))) {
            let y = year(w(i + 1)).or_else(|| infer_year(m))?;
            return Some((format!("{y:04}-{m:02}-{d:02}"), DatePrecision::Day));
        }
        // "December 2024"
        if let Some(y) = year(w(i + 1)) {
            return Some((format!("{y:04}-{m:02}"), DatePrecision::Month));
        }
        // "in June"
        if i > 0
            && matches!(
                w(i - 1),
                "in" | "since" | "until" | "by" | "early" | "late" | "mid"
            )
            && m != 5
        {
            let y = infer_year(m)?;
            return Some((format!("{y:04}-{m:02}"), DatePrecision::Month));
        }
    }
    // "in 2024"
    for i in 1..toks.len() {
        if matches!(w(i - 1), "in" | "since") {
            if let Some(y) = year(w(i)) {
                return Some((format!("{y:04}"), DatePrecision::Year));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str, issued: Option<&str>) -> Option<(String, DatePrecision)> {
        let lex = Lexicon::embedded().unwrap();
        let toks = crate::text::tokens(s, 0, s.len());
        sentence_date(&lex, &toks, issued)
    }

    #[test]
    fn stated_dates() {
        let d = |s, i| date(s, i).map(|(d, p)| format!("{d} {}", p.as_str()));
        assert_eq!(
            d("On June 27, police raided it.", Some("2025-07-12")).as_deref(),
            Some("2025-06-27 day")
        );
        assert_eq!(
            d("on 30 June the envoy left", Some("2025-07-12")).as_deref(),
            Some("2025-06-30 day")
        );
        assert_eq!(
            d("in December 2024 a plane crashed", None).as_deref(),
            Some("2024-12 month")
        );
        assert_eq!(
            d("On December 25 it crashed", Some("2025-07-12")).as_deref(),
            Some("2024-12-25 day")
        );
        assert_eq!(
            d("27 June 2025 raids", None).as_deref(),
            Some("2025-06-27 day")
        );
        assert_eq!(d("in 2001 a murder", None).as_deref(), Some("2001 year"));
        assert_eq!(d("Arnor may attack", Some("2025-07-12")), None);
        assert_eq!(d("On June 27 it began", None), None);
    }
}
