//! Shrinking a failing program: the fewest actions (and the smallest bursts and idle runs)
//! that still fail the same way.

use super::{Action, Mismatch, Program};

/// Cuts `program`, which fails with `failure`, down to a program that still fails the same
/// way (a hang stays a hang, a disagreement a disagreement), by `fails` (runs a candidate:
/// its failure, or `None` when it passes).
///
/// First the actions after the failing one go; then runs of actions are removed, halves
/// first, down to single actions (delta debugging), until no single removal keeps the
/// failure; last, bursts and idle runs are shortened. Every candidate is a full run, so the
/// cost is a few hundred runs of short programs. Returns the shrunk program and its failure.
pub fn shrink(
    program: &Program,
    failure: Mismatch,
    mut fails: impl FnMut(&Program) -> Option<Mismatch>,
) -> (Program, Mismatch) {
    let same = |m: &Mismatch| m.hang == failure.hang;
    let mut best = program.clone();
    best.actions.truncate(failure.step + 1);
    let mut best_failure = match fails(&best) {
        Some(m) if same(&m) => m,
        // the cut changed the outcome (it should not: later actions cannot matter)
        _ => {
            best = program.clone();
            failure.clone()
        }
    };
    let mut try_candidate =
        |candidate: Program, best: &mut Program, bf: &mut Mismatch| match fails(&candidate) {
            Some(m) if same(&m) => {
                *best = candidate;
                *bf = m;
                true
            }
            _ => false,
        };
    let mut chunk = best.actions.len().div_ceil(2).max(1);
    loop {
        let mut removed_any = false;
        let mut i = 0;
        while i < best.actions.len() {
            let mut candidate = best.clone();
            let end = (i + chunk).min(candidate.actions.len());
            candidate.actions.drain(i..end);
            if try_candidate(candidate, &mut best, &mut best_failure) {
                removed_any = true;
            } else {
                i += chunk;
            }
        }
        if chunk == 1 && !removed_any {
            break;
        }
        chunk = (chunk / 2).max(1);
    }
    // smaller bursts and idle runs, by halving
    for i in 0..best.actions.len() {
        loop {
            let smaller = match best.actions[i] {
                Action::Burst(k) if k > 1 => Action::Burst(k / 2),
                Action::Run(c) if c > 1 => Action::Run(c / 2),
                _ => break,
            };
            let mut candidate = best.clone();
            candidate.actions[i] = smaller;
            if !try_candidate(candidate, &mut best, &mut best_failure) {
                break;
            }
        }
    }
    (best, best_failure)
}
