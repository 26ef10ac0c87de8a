use rust_hdl::prelude::*;
fn main() {
    let mut a = qins_hdl::SystolicArray::<4>::default();
    a.connect_all();
    std::fs::write("/work/scratch/me/systolic4.v", generate_verilog(&a)).unwrap();
    let mut d = qins_hdl::DecodeTable::default();
    d.connect_all();
    std::fs::write("/work/scratch/me/decode.v", generate_verilog(&d)).unwrap();
}
