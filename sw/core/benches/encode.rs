//! Encoding throughput: QINS (alpha per channel given) against the INT8 absmax quantizer on
//! the same 16 M-element f32 tensor, in one process. Prints both throughputs and the ratio.
//!
//! Run: `make bench` (or `cargo bench -p qins-core --bench encode`).

use criterion::{Criterion, Throughput};
use qins_core::codec::{int8, qins};
use qins_core::rng::SplitMix64;
use std::hint::black_box;
use std::time::Instant;

const ROWS: usize = 4096;
const COLS: usize = 4096; // 16 M elements

struct Data {
    w: Vec<f32>,
    alphas: Vec<f32>,
    scales: Vec<f32>,
}

fn data() -> Data {
    let mut rng = SplitMix64::new(1);
    let w: Vec<f32> = (0..ROWS * COLS)
        .map(|_| (rng.normal() * 0.04) as f32)
        .collect();
    // per-channel parameters are given (computed once, outside the timed loops)
    let alphas = (0..ROWS)
        .map(|r| qins::grid().lambda[63] / (0.04 + r as f32 * 1e-6) * 0.7)
        .collect();
    let scales = (0..ROWS)
        .map(|r| int8::absmax_scale(&w[r * COLS..(r + 1) * COLS]))
        .collect();
    Data { w, alphas, scales }
}

fn encode_qins(d: &Data, out: &mut [u8]) {
    for r in 0..ROWS {
        qins::encode_slice(
            &d.w[r * COLS..(r + 1) * COLS],
            d.alphas[r],
            &mut out[r * COLS..(r + 1) * COLS],
        );
    }
}

fn encode_int8(d: &Data, out: &mut [i8]) {
    for r in 0..ROWS {
        int8::encode_slice(
            &d.w[r * COLS..(r + 1) * COLS],
            d.scales[r],
            &mut out[r * COLS..(r + 1) * COLS],
        );
    }
}

/// Best of `n` wall-clock runs, seconds.
fn best_of(n: usize, mut f: impl FnMut()) -> f64 {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let d = data();
    let mut q = vec![0u8; ROWS * COLS];
    let mut i = vec![0i8; ROWS * COLS];
    let mut c = Criterion::default().configure_from_args().sample_size(10);
    let mut g = c.benchmark_group("encode_16M_f32");
    g.throughput(Throughput::Elements((ROWS * COLS) as u64));
    g.bench_function("int8_absmax_per_channel", |b| {
        b.iter(|| encode_int8(black_box(&d), &mut i))
    });
    g.bench_function("qins_alpha_per_channel", |b| {
        b.iter(|| encode_qins(black_box(&d), &mut q))
    });
    g.finish();

    let ti = best_of(7, || encode_int8(black_box(&d), &mut i));
    let tq = best_of(7, || encode_qins(black_box(&d), &mut q));
    let n = (ROWS * COLS) as f64;
    println!("int8 absmax encode : {:8.1} M values/s", n / ti / 1e6);
    println!("qins encode        : {:8.1} M values/s", n / tq / 1e6);
    println!(
        "qins / int8 throughput ratio: {:.2} (target >= 0.50)",
        ti / tq
    );
    black_box((&q, &i));
}
