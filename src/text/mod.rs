//! Raw bytes → [`Document`] → sentences and tokens with byte spans.
//!
//! This module knows nothing of actors or interactions. It decides what counts as text (valid
//! UTF-8, not binary, not empty), where sentences begin and end, and how byte offsets map to the
//! Unicode code-point offsets that W3C Web Annotation selectors count in.

mod fast;
mod segment;

pub use segment::{sentences, tokens, SegmentRules, Sentence, Token};

use sha2::{Digest, Sha256};

/// The dash characters: hyphen-minus (a dash when spaced: "Arnor - a rival - said"), en dash and
/// em dash.
pub const DASH_CHARS: [char; 3] = ['-', '\u{2013}', '\u{2014}'];

/// A token that is a dash of any kind ("-", "–", "—").
pub fn is_dash(token: &str) -> bool {
    let mut cs = token.chars();
    cs.next().is_some_and(|c| DASH_CHARS.contains(&c)) && cs.next().is_none()
}

/// An en or em dash token: a dash that never joins words.
pub fn is_long_dash(token: &str) -> bool {
    is_dash(token) && token != "-"
}

/// A quotation-mark token: straight or curly, double or single curly ('"', "“", "”", "‘",
/// "’"; a straight "'" is also an apostrophe and is left to the caller).
pub fn is_quote_mark(token: &str) -> bool {
    matches!(token, "\"" | "“" | "”" | "‘" | "’")
}
use std::fmt::Write as _;

/// Why a file's bytes are not an article we can read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TextError {
    /// The file holds nothing but whitespace.
    #[error("the file is empty")]
    Empty,
    /// The file holds NUL bytes or other control bytes typical of binary data.
    #[error("the file looks binary (NUL byte at byte {offset}); give a UTF-8 .txt article")]
    Binary {
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
    /// The file is not valid UTF-8.
    #[error("the file is not valid UTF-8 (bad byte at byte {offset}); re-encode it as UTF-8")]
    InvalidUtf8 {
        /// Byte offset where decoding failed.
        offset: usize,
    },
}

/// Publication metadata of a document, where known.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocMeta {
    /// Headline or title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publisher (outlet) name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<String>,
    /// Where the article was published, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One article: its text exactly as read (offsets point into it) and its identity.
#[derive(Debug, Clone)]
pub struct Document {
    /// Short name used in output: the file stem (`000_49433bf17eb90950`).
    pub name: String,
    /// SHA-256 of the text, lowercase hex: the document's identity.
    pub hash: String,
    /// The text. Offsets everywhere in the crate are byte offsets into this string.
    pub text: String,
    /// Publication metadata.
    pub meta: DocMeta,
}

impl Document {
    /// Builds a document from raw bytes: checks they are text and hashes them.
    ///
    /// A leading UTF-8 byte-order mark is dropped; nothing else is changed.
    ///
    /// ```
    /// use actorgraph::text::{Document, TextError};
    /// let doc = Document::from_bytes("a", b"Arnor attacked Gondor.").unwrap();
    /// assert_eq!(doc.hash.len(), 64);
    /// assert_eq!(Document::from_bytes("b", b"  \n").unwrap_err(), TextError::Empty);
    /// ```
    pub fn from_bytes(name: &str, bytes: &[u8]) -> Result<Self, TextError> {
        let text = decode(bytes)?;
        Ok(Document {
            name: name.to_owned(),
            hash: sha256_hex(text.as_bytes()),
            text,
            meta: DocMeta::default(),
        })
    }

    /// The first 16 hex digits of the hash: enough to key a document in IRIs.
    pub fn short_hash(&self) -> &str {
        &self.hash[..16]
    }
}

/// Checks that `bytes` are a non-empty UTF-8 text and returns it (without a byte-order mark).
pub fn decode(bytes: &[u8]) -> Result<String, TextError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(TextError::Binary { offset });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| TextError::InvalidUtf8 {
        offset: e.valid_up_to(),
    })?;
    if text.trim().is_empty() {
        return Err(TextError::Empty);
    }
    Ok(text.to_owned())
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// Maps byte offsets of one text to Unicode code-point offsets, in O(log n) per lookup.
#[derive(Debug)]
pub struct CodePoints {
    /// For every non-ASCII char: the byte offset just after it and the code-point offset there.
    marks: Vec<(usize, usize)>,
}

impl CodePoints {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let marks = text
            .char_indices()
            .enumerate()
            .filter(|(_, (_, c))| !c.is_ascii())
            .map(|(cp, (byte, c))| (byte + c.len_utf8(), cp + 1))
            .collect();
        CodePoints { marks }
    }

    /// The code-point offset of byte offset `byte` (a char boundary of the indexed text).
    ///
    /// ```
    /// use actorgraph::text::CodePoints;
    /// let t = "é a";
    /// assert_eq!(CodePoints::new(t).at(3), 2);
    /// assert_eq!(CodePoints::new(t).at(0), 0);
    /// ```
    pub fn at(&self, byte: usize) -> usize {
        let idx = self.marks.partition_point(|&(end, _)| end <= byte);
        match idx {
            0 => byte,
            _ => {
                let (end, cp) = self.marks[idx - 1];
                cp + (byte - end)
            }
        }
    }
}

#[cfg(test)]
mod quote_tests {
    use super::is_quote_mark;

    #[test]
    fn quote_marks_are_straight_or_curly_but_not_the_apostrophe() {
        for q in ["\"", "“", "”", "‘", "’"] {
            assert!(is_quote_mark(q), "{q}");
        }
        for w in ["'", "''", "a", ","] {
            assert!(!is_quote_mark(w), "{w}");
        }
    }
}
