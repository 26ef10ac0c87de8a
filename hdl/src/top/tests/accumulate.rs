//! MATMULs back to back into overlapping accumulator vectors, on both accumulator-writer
//! reads (`AccelConfig::registered_reads`), against the model.

use super::*;

/// MATMULs of 1 to 4 vectors back to back into overlapping accumulator vectors: a vector
/// whose accumulator word's last sum is not yet in memory when it is read (the accumulator
/// writer's forwarding) must still add to that sum. Both writers (`RR = 0`: read as the
/// vector leaves the array, `RR = 1`: a cycle early, registered) equal the model, and the
/// program really makes vectors that close: the same accumulator vector 3 cycles apart, the
/// closest the sequencer makes (Fetch and Decode of the next MATMUL), which the `RR = 1`
/// writer must forward (its read misses the sums written in the three cycles before its
/// add). Every shorter distance is covered by `AccumulatorWriter`'s own tests.
fn overlapping_accumulates<const N: usize, const A: usize, const SE: usize, const RR: usize>() {
    use qins_core::hw::AluOp;
    let (mut hw, mut model) = both_n::<N, A, SE, RR, 0>();
    let n = hw.cfg.n;
    let mut rng = SplitMix64::new(5);
    let weights: Vec<u8> = (0..2 * n * n).map(|_| rng.next_u64() as u8).collect();
    let acts: Vec<i16> = (0..32 * n).map(|_| rng.next_u64() as i16 >> 4).collect();
    let commands: Vec<Command> = (0..48)
        .map(|i| {
            Command::matmul(Matmul {
                count: 1 + rng.below(4) as u32,
                act: rng.below(28) as u32,
                acc: rng.below(6) as u32,
                bank: rng.below(2) as u32,
                accumulate: i > 0 && rng.below(6) != 0,
                ..Default::default()
            })
        })
        .collect();
    fn run<B: Bus>(d: &mut Driver<B>, weights: &[u8], acts: &[i16], commands: &[Command]) {
        let n = d.cfg.n as u32;
        d.write_weight_rows(0, weights).unwrap();
        d.write_act_vectors(0, acts).unwrap();
        d.push(&Command::load_tile(0, 0)).unwrap();
        d.push(&Command::load_tile(n, 1)).unwrap();
        d.wait_idle(10_000).unwrap();
        // the host pushes slower than MATMULs of a few vectors run: each group of four waits
        // in the queue behind an ALU command (60 elements of activation vectors 40..54)
        for group in commands.chunks(4) {
            d.push(&Command::alu(AluOp::Add, 60, 0, 4, 160)).unwrap();
            for c in group {
                d.push(c).unwrap();
            }
            d.wait_idle(100_000).unwrap();
        }
    }
    run(&mut hw, &weights, &acts, &commands);
    run(&mut model, &weights, &acts, &commands);
    assert_eq!(
        hw.read_acc_vectors(0, 10).unwrap(),
        model.read_acc_vectors(0, 10).unwrap()
    );
    let close = hw.bus.close;
    println!("same accumulator vector d cycles apart, d = 0..4: {close:?}");
    assert!(close[1..=3].iter().sum::<u64>() >= 2, "{close:?}");
}

#[test]
fn overlapping_accumulates_with_the_registered_read_equal_the_model() {
    overlapping_accumulates::<4, 1, 0, 1>();
}

#[test]
fn overlapping_accumulates_with_the_direct_read_equal_the_model() {
    overlapping_accumulates::<4, 1, 0, 0>();
}
