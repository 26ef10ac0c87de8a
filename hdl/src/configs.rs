//! The generated variants, one type per `qins_core::accel::AccelConfig` (the configuration struct
//! drives every variant; the types only carry it into rust-hdl's const generics).

use crate::top::QinsAccel;
use qins_core::accel::AccelConfig;
use rust_hdl::prelude::*;

/// A block generic over the configuration's const generics (as [`QinsAccel`] is, or
/// `crate::board::QinsBoard`), instantiated for one configuration: every const generic read
/// by name from the `AccelConfig` constant, so the configuration struct stays the one place
/// a variant is defined. `of_config!(QinsAccel, AccelConfig::UP5K)`.
macro_rules! of_config {
    ($block:ident, $cfg:expr) => {
        $block<
            { $cfg.n },
            { $cfg.weight_rows_log2 },
            { $cfg.act_vectors_log2 },
            { $cfg.acc_vectors_log2 },
            { $cfg.channels_log2 },
            { $cfg.queue_log2 },
            { $cfg.alu as usize },
            { $cfg.serial_encoder as usize },
            { $cfg.bit_serial as usize },
            { $cfg.registered_reads as usize },
        >
    };
}
pub(crate) use of_config;

/// The rust-hdl type of a configuration ([`of_config!`] of [`QinsAccel`]).
macro_rules! accel_of {
    ($cfg:expr) => {
        $crate::configs::of_config!(QinsAccel, $cfg)
    };
}
// for the test tops (`top/tests/mod.rs`)
#[cfg(test)]
pub(crate) use accel_of;

/// The simulation top: 8 x 8 array with the ALU (`AccelConfig::SIM8`).
pub type Sim8 = accel_of!(AccelConfig::SIM8);
/// iCE40 UP5K: 2 x 2 array, no ALU, serial output encoder, weights in SPRAM
/// (`AccelConfig::UP5K`).
pub type Up5k = accel_of!(AccelConfig::UP5K);
/// iCE40 HX8K: 2 x 2 array, no ALU, serial output encoder, every multiplier bit-serial (no
/// DSPs there)
/// (`AccelConfig::HX8K`).
pub type Hx8k = accel_of!(AccelConfig::HX8K);
/// ECP5 LFE5U-85F (ULX3S): 8 x 8 array with the ALU (`AccelConfig::ULX3S`).
pub type Ulx3s = accel_of!(AccelConfig::ULX3S);
/// ECP5 LFE5U-25F (ULX3S 25F): 4 x 4 array, no ALU (`AccelConfig::ULX3S25F`).
pub type Ulx3s25f = accel_of!(AccelConfig::ULX3S25F);

/// One generated Verilog file.
pub struct Generated {
    pub top: String,
    pub kind: &'static str,
    pub config: Option<AccelConfig>,
    pub verilog: String,
}

/// Checks a block's connections and writes its Verilog with `top` as the top module name.
pub fn verilog<B: Block>(mut uut: B, top: &str) -> Result<String, String> {
    uut.connect_all();
    check_all(&uut).map_err(|e| format!("{top}: rust-hdl check failed: {e:?}"))?;
    let mut defines = ModuleDefines::default();
    uut.accept(top, &mut defines);
    Ok(defines.defines())
}

fn accel<B: Block + Default>(cfg: AccelConfig) -> Result<Generated, String> {
    Ok(Generated {
        top: cfg.name.to_string(),
        kind: "accelerator",
        config: Some(cfg),
        verilog: verilog(B::default(), cfg.name)?,
    })
}

/// Every file of `rtl/`, in a fixed order.
pub fn generate_all() -> Result<Vec<Generated>, String> {
    Ok(vec![
        Generated {
            top: "qins_alu".into(),
            kind: "alu",
            config: None,
            verilog: verilog(crate::alu::QinsAlu::default(), "qins_alu")?,
        },
        accel::<Sim8>(AccelConfig::SIM8)?,
        accel::<Up5k>(AccelConfig::UP5K)?,
        accel::<Hx8k>(AccelConfig::HX8K)?,
        accel::<Ulx3s>(AccelConfig::ULX3S)?,
        accel::<Ulx3s25f>(AccelConfig::ULX3S25F)?,
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_match_the_configurations() {
        assert_eq!(Sim8::config(AccelConfig::SIM8.name), AccelConfig::SIM8);
        assert_eq!(Up5k::config(AccelConfig::UP5K.name), AccelConfig::UP5K);
        assert_eq!(Hx8k::config(AccelConfig::HX8K.name), AccelConfig::HX8K);
        assert_eq!(Ulx3s::config(AccelConfig::ULX3S.name), AccelConfig::ULX3S);
        assert_eq!(
            Ulx3s25f::config(AccelConfig::ULX3S25F.name),
            AccelConfig::ULX3S25F
        );
    }
}
