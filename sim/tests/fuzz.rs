//! A bounded run of the differential fuzzer (`qins fuzz-sim` runs more): random bus programs
//! on the verilated top and the model must agree.

use qins_sim::fuzz::{program_seed, run_program, ProgramStats};

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
fn a_model_one_table_entry_off_is_caught() {
    use qins_core::hw::AccelModel;
    use qins_sim::fuzz::run_program_against;
    // the activation decode table one step off at every code: any MATMUL on codes, or a
    // read of what one wrote, tells the two apart
    let caught = (0..12).any(|p| {
        let mut model = AccelModel::new(qins_sim::AccelSim::CONFIG);
        for code in 0..=255u8 {
            let v = model.act_table.decode(code);
            model.act_table.write(code, v.wrapping_add(1));
        }
        run_program_against(program_seed(1, p), 250, model).is_err()
    });
    assert!(caught, "no program noticed a wrong activation decode table");
}
