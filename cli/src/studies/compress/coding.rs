//! Lossless coding of quantized codes (empirical entropy, a real Huffman code) and 1-D
//! k-means codebooks.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

/// How often each code occurs.
pub fn histogram(codes: &[i32]) -> HashMap<i32, u64> {
    let mut h = HashMap::new();
    for &c in codes {
        *h.entry(c).or_insert(0) += 1;
    }
    h
}

/// Empirical (order-0) entropy of `codes`, bits per code.
pub fn entropy_bits(codes: &[i32]) -> f64 {
    let n = codes.len() as f64;
    histogram(codes)
        .values()
        .map(|&c| {
            let p = c as f64 / n;
            -p * p.log2()
        })
        .sum()
}

/// The code lengths of a Huffman code for `counts` (one symbol: length 1).
pub fn huffman_lengths(counts: &[u64]) -> Vec<u32> {
    let n = counts.len();
    if n <= 1 {
        return vec![1; n];
    }
    // nodes: leaves 0..n, then internal nodes; parent links give each leaf's depth
    let mut parent = vec![usize::MAX; 2 * n - 1];
    let mut heap: BinaryHeap<Reverse<(u64, usize)>> = counts
        .iter()
        .enumerate()
        .map(|(i, &c)| Reverse((c, i)))
        .collect();
    let mut next = n;
    while heap.len() > 1 {
        let Reverse((ca, a)) = heap.pop().expect("two nodes");
        let Reverse((cb, b)) = heap.pop().expect("two nodes");
        parent[a] = next;
        parent[b] = next;
        heap.push(Reverse((ca + cb, next)));
        next += 1;
    }
    (0..n)
        .map(|mut i| {
            let mut d = 0;
            while parent[i] != usize::MAX {
                i = parent[i];
                d += 1;
            }
            d
        })
        .collect()
}

/// Bits per code of `codes` under their own Huffman code, the code table included (each
/// used symbol's value and code length, 16 bits a symbol, amortized over the tensor).
pub fn huffman_bits(codes: &[i32]) -> f64 {
    let h = histogram(codes);
    let counts: Vec<u64> = h.values().copied().collect();
    let lengths = huffman_lengths(&counts);
    let payload: u64 = counts
        .iter()
        .zip(&lengths)
        .map(|(&c, &l)| c * l as u64)
        .sum();
    let table = 16 * counts.len() as u64;
    (payload + table) as f64 / codes.len().max(1) as f64
}

/// A 1-D k-means codebook of `values` (Lloyd's iterations from quantile centroids, on the
/// sorted values, so each cluster is a contiguous run): the reconstruction and the cluster
/// index of each value.
pub fn kmeans(values: &[f32], k: usize, iterations: usize) -> (Vec<f32>, Vec<i32>) {
    let n = values.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    let sorted: Vec<f64> = order.iter().map(|&i| values[i] as f64).collect();
    let mut prefix = vec![0.0f64; n + 1];
    for i in 0..n {
        prefix[i + 1] = prefix[i] + sorted[i];
    }
    let k = k.min(n).max(1);
    let mut centroids: Vec<f64> = (0..k)
        .map(|j| sorted[((2 * j + 1) * n / (2 * k)).min(n - 1)])
        .collect();
    let mut bounds = vec![0usize; k + 1];
    for _ in 0..iterations {
        centroids.sort_by(f64::total_cmp);
        centroids.dedup();
        let kk = centroids.len();
        bounds.resize(kk + 1, 0);
        bounds[0] = 0;
        bounds[kk] = n;
        for j in 1..kk {
            let mid = 0.5 * (centroids[j - 1] + centroids[j]);
            bounds[j] = sorted.partition_point(|&v| v < mid);
        }
        let mut moved = false;
        for j in 0..kk {
            let (a, b) = (bounds[j], bounds[j + 1]);
            if b > a {
                let c = (prefix[b] - prefix[a]) / (b - a) as f64;
                moved |= (c - centroids[j]).abs() > 1e-12 * c.abs().max(1e-30);
                centroids[j] = c;
            }
        }
        if !moved {
            break;
        }
    }
    let kk = centroids.len();
    let mut recon = vec![0f32; n];
    let mut index = vec![0i32; n];
    for j in 0..kk {
        for p in bounds[j]..bounds[j + 1] {
            recon[order[p]] = centroids[j] as f32;
            index[order[p]] = j as i32;
        }
    }
    (recon, index)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huffman_matches_a_hand_built_code_and_is_within_a_bit_of_the_entropy() {
        assert_eq!(huffman_lengths(&[5, 2, 1, 1]), vec![1, 2, 3, 3]);
        let codes: Vec<i32> = (0..4000i32).map(|i| (i * 7919) % 13 % 5).collect();
        let h = entropy_bits(&codes);
        let l = huffman_bits(&codes) - 16.0 * 5.0 / 4000.0;
        assert!(l >= h - 1e-9 && l < h + 1.0, "{h} {l}");
    }

    #[test]
    fn kmeans_finds_separated_clusters() {
        let v: Vec<f32> = (0..300)
            .map(|i| [-1.0f32, 0.0, 2.0][i % 3] + (i as f32 * 0.37).sin() * 0.01)
            .collect();
        let (r, idx) = kmeans(&v, 3, 50);
        for (i, (&x, &y)) in v.iter().zip(&r).enumerate() {
            assert!((x - y).abs() < 0.02, "{i}: {x} -> {y}");
        }
        assert_eq!(&idx[..3], &[0, 1, 2]);
    }
}
