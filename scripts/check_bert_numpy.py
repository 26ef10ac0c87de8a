#!/usr/bin/env python3
"""Reference sentence embeddings from a plain numpy port of BERT (the forward pass of
`qins embed`), for all-MiniLM-L6-v2 or any Hugging Face BERT folder.

Weights come from model.safetensors through the `safetensors` package's numpy API, token ids
from tokenizer.json through the `tokenizers` package; sentences are one a line (blank lines
skipped, surrounding whitespace trimmed, as `qins embed` does). Embeddings are the last hidden
states mean-pooled over real tokens, then L2-normalised (the sentence-transformers modules of
all-MiniLM-L6-v2: Transformer, Pooling with pooling_mode_mean_tokens, Normalize).

By default every sentence runs alone, unpadded, so a padded batch in `qins embed` is checked
against sequences that never saw padding; --batch N pads N sentences together instead (with
Hugging Face's additive mask of the dtype's minimum).

    pip install numpy safetensors tokenizers
    scripts/check_bert_numpy.py --model cache/all-MiniLM-L6-v2 \\
        --sentences cli/tests/data/minilm_sentences.txt --out cli/tests/data/minilm_reference.json
    target/release/qins embed --model cache/all-MiniLM-L6-v2 \\
        --file cli/tests/data/minilm_sentences.txt --json > /tmp/qins.json
    scripts/check_bert_numpy.py --model cache/all-MiniLM-L6-v2 \\
        --sentences cli/tests/data/minilm_sentences.txt --compare /tmp/qins.json

Not run in CI: CI compares `qins embed` against the committed JSON (cli/tests/minilm.rs).
"""

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

ERF = np.frompyfunc(math.erf, 1, 1)


def gelu(x):
    """Exact (erf) GELU, elementwise through math.erf (numpy has no erf)."""
    return (0.5 * x * (1.0 + ERF(x / math.sqrt(2.0)).astype(x.dtype))).astype(x.dtype)


def layer_norm(x, gamma, beta, eps):
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gamma + beta


class Bert:
    def __init__(self, folder, dtype):
        self.cfg = json.loads((folder / "config.json").read_text())
        raw = load_file(str(folder / "model.safetensors"))
        # some checkpoints prefix every name with "bert."
        self.w = {k.removeprefix("bert."): v.astype(dtype) for k, v in raw.items()
                  if np.issubdtype(v.dtype, np.floating)}
        self.dtype = dtype
        self.eps = self.cfg.get("layer_norm_eps", 1e-12)

    def linear(self, x, name):
        return x @ self.w[name + ".weight"].T + self.w[name + ".bias"]

    def norm(self, x, name):
        return layer_norm(x, self.w[name + ".weight"], self.w[name + ".bias"], self.eps)

    def forward(self, ids, mask):
        """Last hidden states [batch, len, d] of ids [batch, len] with mask 1/0."""
        w, cfg = self.w, self.cfg
        b, n = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:n][None]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = self.norm(x, "embeddings.LayerNorm")
        heads = cfg["num_attention_heads"]
        d = cfg["hidden_size"]
        hd = d // heads
        additive = (1.0 - mask.astype(self.dtype))[:, None, None, :] * np.finfo(self.dtype).min

        def split(t):
            return t.reshape(b, n, heads, hd).transpose(0, 2, 1, 3)

        for layer in range(cfg["num_hidden_layers"]):
            p = f"encoder.layer.{layer}."
            q = split(self.linear(x, p + "attention.self.query"))
            k = split(self.linear(x, p + "attention.self.key"))
            v = split(self.linear(x, p + "attention.self.value"))
            scores = q @ k.transpose(0, 1, 3, 2) / self.dtype(math.sqrt(hd)) + additive
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            probs = scores / scores.sum(axis=-1, keepdims=True)
            context = (probs @ v).transpose(0, 2, 1, 3).reshape(b, n, d)
            h = self.norm(self.linear(context, p + "attention.output.dense") + x,
                          p + "attention.output.LayerNorm")
            f = gelu(self.linear(h, p + "intermediate.dense"))
            x = self.norm(self.linear(f, p + "output.dense") + h, p + "output.LayerNorm")
        return x

    def sentence_embeddings(self, ids, mask):
        hidden = self.forward(ids, mask)
        m = mask.astype(self.dtype)[:, :, None]
        pooled = (hidden * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1e-9)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return pooled / norms


def read_sentences(path):
    lines = [line.strip() for line in Path(path).read_text(encoding="utf-8").splitlines()]
    sentences = [line for line in lines if line]
    if not sentences:
        sys.exit(f"{path}: no sentences")
    return sentences


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", required=True, type=Path, help="Hugging Face BERT folder")
    ap.add_argument("--sentences", required=True, help="text file, one sentence a line")
    ap.add_argument("--out", help="write embeddings here (.json with ids, or .npy)")
    ap.add_argument("--dtype", choices=["float32", "float64"], default="float64")
    ap.add_argument("--max-len", type=int, default=128, help="truncation, specials included")
    ap.add_argument("--batch", type=int, default=1, help="sentences padded together")
    ap.add_argument("--compare", help="a `qins embed --json` output to measure against")
    args = ap.parse_args()

    dtype = np.dtype(args.dtype).type
    sentences = read_sentences(args.sentences)
    tok = Tokenizer.from_file(str(args.model / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(args.max_len)
    ids = [tok.encode(s).ids for s in sentences]
    model = Bert(args.model, dtype)

    rows = []
    for start in range(0, len(ids), args.batch):
        chunk = ids[start:start + args.batch]
        n = max(len(c) for c in chunk)
        batch_ids = np.zeros((len(chunk), n), dtype=np.int64)
        batch_mask = np.zeros((len(chunk), n), dtype=np.int64)
        for i, c in enumerate(chunk):
            batch_ids[i, :len(c)] = c
            batch_mask[i, :len(c)] = 1
        rows.append(model.sentence_embeddings(batch_ids, batch_mask))
    emb = np.concatenate(rows)

    if args.out:
        if args.out.endswith(".npy"):
            np.save(args.out, emb)
        else:
            doc = {
                "generator": "scripts/check_bert_numpy.py",
                "model": args.model.name,
                "dtype": args.dtype,
                "max_len": args.max_len,
                "pooling": "mean over real tokens, then L2 normalisation",
                "sentences": sentences,
                "ids": ids,
                "embeddings": [[float(f"{v:.9e}") for v in row] for row in emb],
            }
            Path(args.out).write_text(json.dumps(doc, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
        print(f"wrote {args.out}: {emb.shape[0]} embeddings of {emb.shape[1]}", file=sys.stderr)

    if args.compare:
        got = json.loads(Path(args.compare).read_text())
        other = np.array(got["embeddings"], dtype=np.float64)
        if other.shape != emb.shape:
            sys.exit(f"shape {other.shape} vs reference {emb.shape}")
        ref = emb.astype(np.float64)
        diff = np.abs(other - ref)
        cos = (other * ref).sum(1) / np.linalg.norm(other, axis=1) / np.linalg.norm(ref, axis=1)
        print(f"max abs difference {diff.max():.3e} (sentence {diff.max(axis=1).argmax()}), "
              f"mean {diff.mean():.3e}, min cosine {cos.min():.9f}")
    if not args.out and not args.compare:
        for s, i, e in zip(sentences, ids, emb):
            print(f"{len(i):4d} tokens  norm {np.linalg.norm(e):.6f}  "
                  f"{' '.join(f'{v:+.5f}' for v in e[:4])}  {s[:48]}")


if __name__ == "__main__":
    main()
