//! Sentence tokenization from a Hugging Face `tokenizer.json` (for MiniLM: BERT normalizer
//! and pre-tokenizer, WordPiece, `[CLS] ... [SEP]` template), through the `tokenizers` crate.
//!
//! The file's own truncation and padding settings are replaced: [`Tokenizer::encode_batch`]
//! truncates at its `max_len` (special tokens included) and pads every sentence to the
//! longest one of the batch, on the right.

use qins_core::error::{Error, Result};
use std::path::{Path, PathBuf};
use tokenizers::{PostProcessor, TruncationParams};

/// Default truncation length in tokens, `[CLS]` and `[SEP]` included (MiniLM's
/// `tokenizer.json` uses the same).
pub const DEFAULT_MAX_LEN: usize = 128;

/// Token ids and attention masks (1 = token, 0 = padding) of a batch, one row a sentence.
pub type IdsAndMask = (Vec<Vec<u32>>, Vec<Vec<u8>>);

/// A loaded `tokenizer.json`.
#[derive(Clone)]
pub struct Tokenizer {
    /// Truncates at [`DEFAULT_MAX_LEN`], never pads.
    inner: tokenizers::Tokenizer,
    pad_id: u32,
    path: PathBuf,
}

impl std::fmt::Debug for Tokenizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tokenizer")
            .field("path", &self.path)
            .field("pad_id", &self.pad_id)
            .finish_non_exhaustive()
    }
}

/// Resolves a model folder (holding `tokenizer.json`) or the file itself.
fn resolve(path: &Path) -> Result<PathBuf> {
    crate::model_dir::resolve(
        path,
        "tokenizer.json",
        "tokenizer file or model folder",
        Error::Invalid,
    )
}

impl Tokenizer {
    /// Loads `tokenizer.json` from a model folder, or the file given directly.
    pub fn load(dir: &Path) -> Result<Self> {
        let path = resolve(dir)?;
        let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
        Self::from_json(&text, path)
    }

    /// Parses the text of a `tokenizer.json`; `path` names it in error messages.
    pub fn from_json(text: &str, path: PathBuf) -> Result<Self> {
        let mut inner: tokenizers::Tokenizer = text.parse().map_err(|e| {
            Error::Invalid(format!(
                "{}: not a usable tokenizer.json: {e}",
                path.display()
            ))
        })?;
        let pad_id = match inner.get_padding() {
            Some(p) => p.pad_id,
            None => inner.token_to_id("[PAD]").unwrap_or(0),
        };
        inner.with_padding(None);
        let mut t = Self {
            inner,
            pad_id,
            path,
        };
        t.set_max_len(DEFAULT_MAX_LEN)?;
        Ok(t)
    }

    /// The id padding positions get (the file's `pad_id`, else `[PAD]`, else 0).
    pub fn pad_id(&self) -> u32 {
        self.pad_id
    }

    /// Special tokens the post-processor adds to one sentence (2 for BERT).
    pub fn special_tokens(&self) -> usize {
        self.inner
            .get_post_processor()
            .map_or(0, |p| p.added_tokens(false))
    }

    fn set_max_len(&mut self, max_len: usize) -> Result<()> {
        let special = self.special_tokens();
        if max_len <= special {
            return Err(Error::Invalid(format!(
                "max length {max_len} leaves no room for text next to the {special} special tokens"
            )));
        }
        self.inner
            .with_truncation(Some(TruncationParams {
                max_length: max_len,
                ..Default::default()
            }))
            .map_err(|e| Error::Invalid(format!("max length {max_len}: {e}")))?;
        Ok(())
    }

    /// Token ids and attention masks of `sentences`, each truncated to `max_len` tokens (special tokens included) and padded with
    /// [`Self::pad_id`] to the longest of the batch. An empty batch gives empty vectors.
    pub fn encode_batch(&self, sentences: &[&str], max_len: usize) -> Result<IdsAndMask> {
        let with_len;
        let tk = if self.inner.get_truncation().map(|t| t.max_length) == Some(max_len) {
            &self.inner
        } else {
            let mut t = self.clone();
            t.set_max_len(max_len)?;
            with_len = t;
            &with_len.inner
        };
        let mut ids = Vec::with_capacity(sentences.len());
        for (i, s) in sentences.iter().enumerate() {
            let enc = tk
                .encode(*s, true)
                .map_err(|e| Error::Invalid(format!("sentence {i}: tokenizer failed: {e}")))?;
            ids.push(enc.get_ids().to_vec());
        }
        let longest = ids.iter().map(Vec::len).max().unwrap_or(0);
        let mut mask = Vec::with_capacity(ids.len());
        for row in ids.iter_mut() {
            let mut m = vec![1u8; row.len()];
            m.resize(longest, 0);
            row.resize(longest, self.pad_id);
            mask.push(m);
        }
        Ok((ids, mask))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny BERT-style tokenizer: lower-casing normalizer, BERT pre-tokenizer, WordPiece,
    /// `[CLS] $A [SEP]`, and (as in MiniLM's file) fixed padding that `load` must drop.
    fn tiny_json() -> String {
        let words = [
            "[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "cat", "sat", "on", "mat", "##s", ".",
        ];
        let vocab: serde_json::Map<String, serde_json::Value> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (w.to_string(), i.into()))
            .collect();
        let special = |id: usize, content: &str| {
            serde_json::json!({"id": id, "content": content, "single_word": false,
                "lstrip": false, "rstrip": false, "normalized": false, "special": true})
        };
        serde_json::json!({
            "version": "1.0",
            "truncation": {"max_length": 8, "strategy": "LongestFirst", "stride": 0},
            "padding": {"strategy": {"Fixed": 8}, "direction": "Right",
                "pad_to_multiple_of": null, "pad_id": 0, "pad_type_id": 0, "pad_token": "[PAD]"},
            "added_tokens": [special(0, "[PAD]"), special(1, "[UNK]"), special(2, "[CLS]"),
                special(3, "[SEP]")],
            "normalizer": {"type": "BertNormalizer", "clean_text": true,
                "handle_chinese_chars": true, "strip_accents": null, "lowercase": true},
            "pre_tokenizer": {"type": "BertPreTokenizer"},
            "post_processor": {"type": "TemplateProcessing",
                "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}},
                           {"Sequence": {"id": "A", "type_id": 0}},
                           {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
                "pair": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}},
                         {"Sequence": {"id": "A", "type_id": 0}},
                         {"SpecialToken": {"id": "[SEP]", "type_id": 0}},
                         {"Sequence": {"id": "B", "type_id": 1}},
                         {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
                "special_tokens": {
                    "[CLS]": {"id": "[CLS]", "ids": [2], "tokens": ["[CLS]"]},
                    "[SEP]": {"id": "[SEP]", "ids": [3], "tokens": ["[SEP]"]}}},
            "decoder": null,
            "model": {"type": "WordPiece", "unk_token": "[UNK]",
                "continuing_subword_prefix": "##", "max_input_chars_per_word": 100,
                "vocab": vocab}
        })
        .to_string()
    }

    fn tiny() -> Tokenizer {
        Tokenizer::from_json(&tiny_json(), "tiny.json".into()).unwrap()
    }

    #[test]
    fn pads_to_the_longest_sentence_with_cls_and_sep() {
        let t = tiny();
        assert_eq!(t.special_tokens(), 2);
        let (ids, mask) = t.encode_batch(&["The cats sat.", "cat"], 128).unwrap();
        assert_eq!(
            ids,
            vec![vec![2, 4, 5, 9, 6, 10, 3], vec![2, 5, 3, 0, 0, 0, 0]]
        );
        assert_eq!(mask, vec![vec![1; 7], vec![1, 1, 1, 0, 0, 0, 0]]);
        let (ids, _) = t.encode_batch(&["dog"], 128).unwrap();
        assert_eq!(ids, vec![vec![2, 1, 3]], "unknown word is [UNK]");
    }

    #[test]
    fn truncates_at_max_len_keeping_sep() {
        let t = tiny();
        let (ids, mask) = t.encode_batch(&["the cat sat on the mat", ""], 5).unwrap();
        assert_eq!(ids, vec![vec![2, 4, 5, 6, 3], vec![2, 3, 0, 0, 0]]);
        assert_eq!(mask[1], vec![1, 1, 0, 0, 0]);
        // the default length is kept for the next call
        let (ids, _) = t.encode_batch(&["the cat sat on the mat"], 128).unwrap();
        assert_eq!(ids[0].len(), 8);
        let e = t.encode_batch(&["cat"], 2).unwrap_err().to_string();
        assert!(e.contains("no room"), "{e}");
        assert_eq!(t.encode_batch(&[], 16).unwrap(), (vec![], vec![]));
    }

    #[test]
    fn bad_files_are_clear_errors() {
        let e = Tokenizer::from_json("{not json", "x/tokenizer.json".into())
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("x/tokenizer.json: not a usable tokenizer.json"),
            "{e}"
        );
        let dir = std::env::temp_dir().join(format!("qins-tok-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let e = Tokenizer::load(&dir).unwrap_err().to_string();
        assert!(e.contains("folder has no tokenizer.json"), "{e}");
        let e = Tokenizer::load(&dir.join("nope")).unwrap_err().to_string();
        assert!(e.contains("no such tokenizer file"), "{e}");
        std::fs::write(dir.join("tokenizer.json"), tiny_json()).unwrap();
        assert_eq!(Tokenizer::load(&dir).unwrap().pad_id(), 0);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
