//! The whole BERT model: embeddings, the layer stack, pooling and normalisation of sentence
//! embeddings.

use super::*;

/// The embedding stage: word + position + token type 0, then LayerNorm.
#[derive(Clone, Debug)]
pub struct Embeddings {
    pub word: Matrix,
    pub position: Matrix,
    pub token_type: Matrix,
    pub norm: Norm,
}

impl Embeddings {
    pub fn load(ck: &Checkpoint, cfg: &BertConfig) -> Result<Self> {
        let e = Self {
            word: ck.matrix("embeddings.word_embeddings.weight")?,
            position: ck.matrix("embeddings.position_embeddings.weight")?,
            token_type: ck.matrix("embeddings.token_type_embeddings.weight")?,
            norm: Norm::load(ck, "embeddings.LayerNorm", cfg.layer_norm_eps)?,
        };
        let d = cfg.hidden_size;
        for (name, m) in [
            ("word_embeddings", &e.word),
            ("position_embeddings", &e.position),
            ("token_type_embeddings", &e.token_type),
        ] {
            if m.cols != d || m.rows == 0 {
                return Err(Error::Shape(format!(
                    "embeddings.{name}.weight is {} x {}, need rows of the hidden size {d}",
                    m.rows, m.cols
                )));
            }
        }
        e.norm.check(d, "embeddings.LayerNorm")?;
        Ok(e)
    }

    /// Embeds sequences (of any lengths up to the position table's), back to back.
    pub fn forward(&self, sequences: &[Vec<u32>]) -> Result<Matrix> {
        let d = self.word.cols;
        let total = sequences.iter().map(Vec::len).sum::<usize>();
        let mut x = Matrix::zeros(total, d);
        let mut base = 0;
        for (s, seq) in sequences.iter().enumerate() {
            if seq.len() > self.position.rows {
                return Err(Error::Shape(format!(
                    "sequence {s} has {} tokens, the model has {} positions",
                    seq.len(),
                    self.position.rows
                )));
            }
            for (p, &id) in seq.iter().enumerate() {
                if id as usize >= self.word.rows {
                    return Err(Error::Range(format!(
                        "token id {id} is outside the vocabulary of {}",
                        self.word.rows
                    )));
                }
                let row = x.row_mut(base + p);
                for (i, o) in row.iter_mut().enumerate() {
                    *o = self.word.at(id as usize, i)
                        + self.position.at(p, i)
                        + self.token_type.at(0, i);
                }
            }
            base += seq.len();
        }
        self.norm.forward_in_place(&mut x);
        Ok(x)
    }
}

/// A whole BERT encoder: embeddings and every layer, FP32.
#[derive(Clone, Debug)]
pub struct BertModel {
    pub config: BertConfig,
    pub embeddings: Embeddings,
    pub layers: Vec<TransformerLayer>,
}

impl BertModel {
    /// Loads `config.json` and `model.safetensors` from a Hugging Face BERT folder.
    pub fn load(dir: &Path) -> Result<Self> {
        let config = BertConfig::load(dir)?;
        let ck = Checkpoint::load(dir)?;
        Self::from_checkpoint(&ck, config)
    }

    /// Builds the model from loaded weights, checking every shape against `config`.
    pub fn from_checkpoint(ck: &Checkpoint, config: BertConfig) -> Result<Self> {
        let embeddings = Embeddings::load(ck, &config)?;
        let layers = (0..config.num_hidden_layers)
            .map(|l| TransformerLayer::load(ck, &config, l))
            .collect::<Result<Vec<_>>>()?;
        Ok(Self {
            config,
            embeddings,
            layers,
        })
    }

    /// Last hidden states (`batch * seq_len` rows, sequence after sequence) of token `ids`
    /// padded to one length, with `mask` 1 for tokens and 0 for padding: Hugging Face's
    /// computation, FP32.
    pub fn forward(&self, ids: &[Vec<u32>], mask: &[Vec<u8>]) -> Result<Matrix> {
        self.hidden_states(ids, &padded_batch(ids, mask)?, &mut HostMath)
    }

    /// Last hidden states of sequences of any lengths, packed back to back without padding,
    /// with every layer's matmuls done by `math`.
    pub fn forward_packed(&self, ids: &[Vec<u32>], math: &mut dyn LayerMath) -> Result<Matrix> {
        self.hidden_states(ids, &Sequences::of(ids)?, math)
    }

    fn hidden_states(
        &self,
        ids: &[Vec<u32>],
        seqs: &Sequences,
        math: &mut dyn LayerMath,
    ) -> Result<Matrix> {
        let mut x = self.embeddings.forward(ids)?;
        for (i, layer) in self.layers.iter().enumerate() {
            x = layer.forward_with(&x, seqs, i, math)?.output;
        }
        Ok(x)
    }

    /// Sentence embeddings of a padded batch, one unit-length row per sequence: the last
    /// hidden states mean-pooled over real tokens, then L2-normalised.
    pub fn sentence_embeddings(&self, ids: &[Vec<u32>], mask: &[Vec<u8>]) -> Result<Matrix> {
        self.pooled(ids, &padded_batch(ids, mask)?, &mut HostMath)
    }

    /// Sentence embeddings of unpadded sequences of any lengths, with every layer's matmuls
    /// done by `math`.
    pub fn sentence_embeddings_packed(
        &self,
        ids: &[Vec<u32>],
        math: &mut dyn LayerMath,
    ) -> Result<Matrix> {
        self.pooled(ids, &Sequences::of(ids)?, math)
    }

    /// Mean pooling and L2 normalisation of the last hidden states.
    fn pooled(
        &self,
        ids: &[Vec<u32>],
        seqs: &Sequences,
        math: &mut dyn LayerMath,
    ) -> Result<Matrix> {
        let mut e = mean_pool(&self.hidden_states(ids, seqs, math)?, seqs)?;
        l2_normalize_rows(&mut e);
        Ok(e)
    }
}

/// The layout of token `ids` padded to one length under `mask`, after checking that each
/// sequence and its mask agree.
fn padded_batch(ids: &[Vec<u32>], mask: &[Vec<u8>]) -> Result<Sequences> {
    if ids.len() != mask.len() {
        return Err(Error::Shape(format!(
            "{} sequences but {} masks",
            ids.len(),
            mask.len()
        )));
    }
    if let Some(s) = (0..ids.len()).find(|&s| ids[s].len() != mask[s].len()) {
        return Err(Error::Shape(format!(
            "sequence {s} has {} tokens but its mask {}",
            ids[s].len(),
            mask[s].len()
        )));
    }
    Sequences::padded(mask)
}

/// Mean of each sequence's hidden states over its real tokens. A sequence without real
/// tokens pools to zeros.
pub fn mean_pool(hidden: &Matrix, seqs: &Sequences) -> Result<Matrix> {
    if hidden.rows != seqs.tokens() {
        return Err(Error::Shape(format!(
            "{} hidden rows are not the {} tokens of {} sequences",
            hidden.rows,
            seqs.tokens(),
            seqs.count()
        )));
    }
    let mut out = Matrix::zeros(seqs.count(), hidden.cols);
    let mut sum = vec![0f64; hidden.cols];
    for (s, rows) in seqs.ranges().enumerate() {
        sum.fill(0.0);
        let mut count = 0usize;
        for (t, r) in rows.enumerate() {
            if seqs.is_token(s, t) {
                count += 1;
                for (a, &v) in sum.iter_mut().zip(hidden.row(r)) {
                    *a += v as f64;
                }
            }
        }
        // sentence-transformers divides by the token count clamped to at least 1e-9
        let n = (count as f64).max(1e-9);
        for (o, a) in out.row_mut(s).iter_mut().zip(&sum) {
            *o = (a / n) as f32;
        }
    }
    Ok(out)
}

/// Scales every row to unit L2 norm (a row of norm below 1e-12 is divided by 1e-12, as
/// `torch.nn.functional.normalize` does).
pub fn l2_normalize_rows(m: &mut Matrix) {
    for r in 0..m.rows {
        let row = m.row_mut(r);
        let norm = row
            .iter()
            .map(|&v| (v as f64) * (v as f64))
            .sum::<f64>()
            .sqrt()
            .max(1e-12);
        for v in row.iter_mut() {
            *v = (*v as f64 / norm) as f32;
        }
    }
}

/// Seeded random token sequences `[CLS] w1 .. wn [SEP]` over the whole-word part of a
/// BERT uncased vocabulary (ids 1996..vocab): real embedding rows, not real sentences.
pub fn random_sequences(vocab: usize, count: usize, len: usize, seed: u64) -> Vec<Vec<u32>> {
    const CLS: u32 = 101;
    const SEP: u32 = 102;
    const FIRST_WORD: u64 = 1996;
    let mut rng = SplitMix64::new(seed);
    let span = (vocab as u64).saturating_sub(FIRST_WORD).max(1);
    (0..count)
        .map(|_| {
            let mut s = vec![CLS];
            s.extend((0..len.saturating_sub(2)).map(|_| (FIRST_WORD + rng.below(span)) as u32));
            s.push(SEP);
            s
        })
        .collect()
}
