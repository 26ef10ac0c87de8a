//! A bounded run of the differential fuzzer (`qins fuzz-sim` runs more): random bus programs
//! on the verilated top and the model must agree; the failures found so far, kept as program
//! files in `tests/fuzz-programs/`, must pass; and the fuzzer's own machinery (a wrong model
//! is caught, its failure shrinks) is checked.

use qins_core::hw::AccelModel;
use qins_sim::fuzz::{self, program_seed, run_program, Program, ProgramStats};
use qins_sim::AccelSim;

#[test]
fn random_programs_agree_with_the_model() {
    let mut total = ProgramStats::default();
    for p in 0..40 {
        match run_program(program_seed(1, p), 400) {
            Ok(s) => total += s,
            Err(m) => panic!("program {p}: {m}"),
        }
    }
    // the programs reached what they are for
    assert!(total.busy_refusals > 0, "{total:?}");
    assert!(total.queue_full_refusals > 0, "{total:?}");
    assert!(
        total.refused > total.busy_refusals + total.queue_full_refusals,
        "{total:?}"
    );
    assert!(total.syncs > 100 && total.commands > 1000, "{total:?}");
    eprintln!("{total:?}");
}

#[test]
fn the_failures_found_so_far_pass() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-programs");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "fuzz"))
        .collect();
    files.sort();
    assert!(files.len() >= 2, "{files:?}");
    for f in files {
        let program = Program::parse(&std::fs::read_to_string(&f).unwrap()).unwrap();
        assert!(!program.actions.is_empty(), "{}", f.display());
        if let Err(m) = fuzz::run(&program, AccelModel::new(AccelSim::CONFIG)) {
            panic!("{}: {m}", f.display());
        }
    }
}

/// The activation decode table one step off at every code: any MATMUL on codes, or a read
/// of what one wrote, tells it from the RTL.
fn wrong_model() -> AccelModel {
    let mut model = AccelModel::new(AccelSim::CONFIG);
    for code in 0..=255u8 {
        let v = model.act_table.decode(code);
        model.act_table.write(code, v.wrapping_add(1));
    }
    model
}

#[test]
fn a_wrong_model_is_caught_and_its_failure_shrinks() {
    let (program, failure) = (0..12)
        .find_map(|p| {
            let program = Program::generate(&AccelSim::CONFIG, program_seed(1, p), 250);
            fuzz::run(&program, wrong_model())
                .err()
                .map(|m| (program, m))
        })
        .expect("no program noticed a wrong activation decode table");
    assert!(!failure.hang, "{failure}");
    let (small, small_failure) =
        fuzz::shrink(&program, failure, |c| fuzz::run(c, wrong_model()).err());
    // what is left still fails, on the wrong model only, and is a handful of actions (a
    // table-entry write and its read, or a MATMUL on codes and a sync)
    assert!(fuzz::run(&small, wrong_model()).is_err());
    fuzz::run(&small, AccelModel::new(AccelSim::CONFIG)).unwrap();
    assert!(small.actions.len() <= 6, "{}", small.to_text(&[]));
    assert!(small_failure.step <= small.actions.len());
    // and it reads back from its text form
    assert_eq!(
        Program::parse(&small.to_text(&[small_failure.to_string()])).unwrap(),
        small
    );
}
