use super::*;

#[test]
fn gelu_reference_values() {
    // torch.nn.functional.gelu (exact) reference values
    assert!((gelu(1.0) - 0.841_344_7).abs() < 1e-6);
    assert!((gelu(-0.5) - -0.154_268_58).abs() < 1e-6);
    assert_eq!(gelu(0.0), 0.0);
}

/// A random 2-layer model: d = 8, 2 heads, d_ff = 16, 20 words, 12 positions.
fn tiny_model() -> BertModel {
    let (d, f) = (8, 16);
    let cfg = BertConfig {
        hidden_size: d,
        num_attention_heads: 2,
        intermediate_size: f,
        num_hidden_layers: 2,
        vocab_size: 20,
        max_position_embeddings: 12,
        layer_norm_eps: 1e-12,
    };
    let mut seed = 0;
    let mut m = |r, c| {
        seed += 1;
        Matrix::gaussian(r, c, 0.5, seed)
    };
    let norm = |m: Matrix| Norm {
        kind: NormKind::LayerNorm,
        gamma: m.data.iter().map(|v| 1.0 + v).collect(),
        beta: m.data,
        eps: 1e-12,
    };
    let lin = |w: Matrix, b: Matrix| Linear {
        weight: w,
        bias: b.data,
    };
    let embeddings = Embeddings {
        word: m(20, d),
        position: m(12, d),
        token_type: m(2, d),
        norm: norm(m(1, d)),
    };
    let layers = (0..2)
        .map(|_| TransformerLayer {
            style: LayerStyle::Encoder,
            query: lin(m(d, d), m(1, d)),
            key: lin(m(d, d), m(1, d)),
            value: lin(m(d, d), m(1, d)),
            attention_output: lin(m(d, d), m(1, d)),
            attention_norm: norm(m(1, d)),
            gate: None,
            intermediate: lin(m(f, d), m(1, f)),
            output: lin(m(d, f), m(1, d)),
            output_norm: norm(m(1, d)),
            heads: 2,
        })
        .collect();
    BertModel {
        config: cfg,
        embeddings,
        layers,
    }
}

#[test]
fn padding_does_not_change_real_tokens_or_embeddings() {
    let model = tiny_model();
    let short = vec![2u32, 7, 9, 3];
    let long = vec![2u32, 5, 6, 11, 12, 13, 3];
    let alone = model
        .forward(std::slice::from_ref(&short), &[vec![1; 4]])
        .unwrap();
    let mut padded = short.clone();
    padded.resize(7, 0);
    let mask = vec![vec![1, 1, 1, 1, 0, 0, 0], vec![1; 7]];
    let batch = model
        .forward(&[padded.clone(), long.clone()], &mask)
        .unwrap();
    for t in 0..4 {
        for (a, b) in alone.row(t).iter().zip(batch.row(t)) {
            assert!((a - b).abs() < 1e-6, "token {t}: {a} vs {b}");
        }
    }
    let e1 = model.sentence_embeddings(&[short], &[vec![1; 4]]).unwrap();
    let e2 = model
        .sentence_embeddings(&[padded, long.clone()], &mask)
        .unwrap();
    let e3 = model.sentence_embeddings(&[long], &[vec![1; 7]]).unwrap();
    for (a, b) in e1.row(0).iter().zip(e2.row(0)) {
        assert!((a - b).abs() < 1e-6);
    }
    assert_eq!(e2.row(1), e3.row(0), "an unpadded sequence is unchanged");
    let n: f32 = e2.row(0).iter().map(|v| v * v).sum();
    assert!((n - 1.0).abs() < 1e-5);
}

#[test]
fn unpadded_forward_equals_the_masked_one_and_sees_every_linear_layer() {
    let model = tiny_model();
    let layer = &model.layers[0];
    let x = Matrix::gaussian(6, 8, 1.0, 99);
    let two = Sequences::uniform(2, 3).unwrap();
    let plain = layer.forward(&x, &two).unwrap();
    let masked = layer
        .forward(&x, &Sequences::padded(&[vec![1; 3], vec![1; 3]]).unwrap())
        .unwrap();
    assert_eq!(plain.output, masked.output);
    let mut seen = Vec::new();
    let hooked = layer
        .forward_with(
            &x,
            &two,
            3,
            &mut LinearOverride(|i: usize, site, l: &Linear, m: &Matrix| {
                assert_eq!(i, 3);
                seen.push(site);
                l.forward(m)
            }),
        )
        .unwrap();
    assert_eq!(plain.output, hooked.output);
    assert_eq!(seen, LinearSite::ENCODER);
    // a substitute really replaces the layer, and a wrong shape is an error
    assert!(plain.context.data.iter().any(|&v| v != 0.0));
    let one = Sequences::uniform(1, 6).unwrap();
    let ctx = layer
        .forward_with(
            &x,
            &one,
            0,
            &mut LinearOverride(|_, site, l: &Linear, m: &Matrix| {
                let y = l.forward(m)?;
                Ok(if site == LinearSite::Value {
                    Matrix::zeros(y.rows, y.cols)
                } else {
                    y
                })
            }),
        )
        .unwrap()
        .context;
    assert!(ctx.data.iter().all(|&v| v == 0.0));
    let e = layer
        .forward_with(
            &x,
            &one,
            0,
            &mut LinearOverride(|_, _, _: &Linear, m: &Matrix| Ok(Matrix::zeros(m.rows, 3))),
        )
        .unwrap_err()
        .to_string();
    assert!(e.contains("attention.self.query: gave 6 x 3"), "{e}");
}

/// A decoder-style copy of the tiny model's first layer, with a gate.
fn tiny_decoder() -> TransformerLayer {
    let mut l = tiny_model().layers[0].clone();
    l.style = LayerStyle::Decoder;
    l.gate = Some(Linear {
        weight: Matrix::gaussian(16, 8, 0.5, 77),
        bias: vec![0.0; 16],
    });
    for n in [&mut l.attention_norm, &mut l.output_norm] {
        n.kind = NormKind::RmsNorm;
    }
    l
}

#[test]
fn decoder_layer_is_causal_and_runs_the_gate() {
    let l = tiny_decoder();
    let x = Matrix::gaussian(5, 8, 1.0, 3);
    let full = l.forward(&x, &Sequences::uniform(1, 5).unwrap()).unwrap();
    // causal: the first three tokens do not see the last two
    let head = Matrix::new(3, 8, x.data[..24].to_vec()).unwrap();
    let prefix = l
        .forward(&head, &Sequences::uniform(1, 3).unwrap())
        .unwrap();
    for t in 0..3 {
        for (a, b) in full.output.row(t).iter().zip(prefix.output.row(t)) {
            assert!((a - b).abs() < 1e-5, "token {t}: {a} vs {b}");
        }
    }
    let mut seen = Vec::new();
    l.forward_with(
        &x,
        &Sequences::uniform(1, 5).unwrap(),
        0,
        &mut LinearOverride(|_, s, lin: &Linear, m: &Matrix| {
            seen.push(s);
            lin.forward(m)
        }),
    )
    .unwrap();
    assert_eq!(seen, LinearSite::ALL);
    // RMSNorm: unit root mean square with gamma 1
    let mut m = Matrix::new(1, 4, vec![1.0, -3.0, 2.0, 0.5]).unwrap();
    Norm::identity(NormKind::RmsNorm, 4, 0.0).forward_in_place(&mut m);
    let rms = (m.data.iter().map(|v| v * v).sum::<f32>() / 4.0).sqrt();
    assert!((rms - 1.0).abs() < 1e-6 && m.data[1] < 0.0);
    assert!((silu(1.0) - 0.731_058_6).abs() < 1e-6);
    // an encoder layer has no gate
    assert!(tiny_model().layers[0].linear(LinearSite::FfnGate).is_err());
}

#[test]
fn packed_sequences_equal_padded_ones() {
    let model = tiny_model();
    let a = vec![2u32, 7, 9, 3];
    let b = vec![2u32, 5, 6, 11, 12, 13, 3];
    let mut pa = a.clone();
    pa.resize(7, 0);
    let padded = model
        .sentence_embeddings(&[pa, b.clone()], &[vec![1, 1, 1, 1, 0, 0, 0], vec![1; 7]])
        .unwrap();
    let packed = model
        .sentence_embeddings_packed(&[a, b], &mut HostMath)
        .unwrap();
    for (x, y) in padded.data.iter().zip(&packed.data) {
        assert!((x - y).abs() < 1e-6, "{x} vs {y}");
    }
    assert!(Sequences::packed(&[3, 0]).is_err());
    assert!(Sequences::packed(&[]).is_err());
    assert_eq!(Sequences::packed(&[3, 4]).unwrap().tokens(), 7);
}

#[test]
fn bad_batches_are_errors() {
    let model = tiny_model();
    let ids = vec![vec![2u32, 3]];
    assert!(model.forward(&ids, &[vec![1, 1, 1]]).is_err());
    assert!(model.forward(&ids, &[vec![1, 2]]).is_err());
    assert!(model.forward(&ids, &[]).is_err());
    assert!(model.forward(&[vec![]], &[vec![]]).is_err());
    assert!(model.forward(&[vec![2, 30]], &[vec![1, 1]]).is_err());
    assert!(model.forward(&[vec![2; 13]], &[vec![1; 13]]).is_err());
    // a fully masked sequence attends uniformly (as Hugging Face) and pools to zeros
    let e = model.sentence_embeddings(&ids, &[vec![0, 0]]).unwrap();
    assert!(e.data.iter().all(|&v| v == 0.0));
    let layer = &model.layers[0];
    let pairs = Sequences::uniform(2, 2).unwrap();
    assert!(layer.forward(&Matrix::zeros(5, 8), &pairs).is_err());
    assert!(layer
        .forward(&Matrix::zeros(4, 7), &Sequences::uniform(1, 4).unwrap())
        .is_err());
}

#[test]
fn softmax_sums_to_one() {
    let mut v = [1.0f32, 2.0, 3.0, 1000.0];
    softmax_in_place(&mut v);
    assert!((v.iter().sum::<f32>() - 1.0).abs() < 1e-6);
    assert!(v[3] > 0.999);
}
