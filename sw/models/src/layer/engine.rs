//! Where a layer's matmuls run: [`MatmulEngine`] over the driver (model, RTL or board), and
//! [`CheckedEngine`], which runs each matmul on the hardware and on the model and compares
//! them bit for bit.

use super::*;

/// Something that computes `acc = x W^T` in integers: the accelerator (through a driver), or
/// the accelerator checked against the model.
pub trait MatmulEngine {
    /// `x`: `m` rows of 16-bit elements (codes in the low byte when `act_table` is given, then
    /// decoded by it at the array edge). Returns int32 accumulators `m x w.rows`.
    fn matmul(
        &mut self,
        w: &QuantizedTensor,
        x: &[i16],
        m: usize,
        act_table: Option<&DecodeTable>,
    ) -> Result<(Vec<i32>, RunStats)>;

    /// Element-wise `op` of the QINS ALU on code vectors of equal length; returns the result
    /// codes and the busy cycles.
    fn alu(&mut self, op: AluOp, a: &[u8], b: &[u8]) -> Result<(Vec<u8>, u64)>;

    /// Pattern C's linear: `x` (`m` rows of QINS codes) times `w^T`, output channel `o`
    /// requantized by `params[o]` and encoded to a QINS code on the device
    /// ([`qins_host::code_lowering::run_linear_codes`]); returns the `m x w.rows` codes.
    fn linear_codes(
        &mut self,
        w: &QuantizedTensor,
        x: &[u8],
        m: usize,
        params: &[ChannelParams],
    ) -> Result<(Vec<u8>, RunStats)>;

    /// ALU LOOKUP of every code of `a` through `table` (loaded first); codes and busy cycles.
    fn lookup(&mut self, table: &LookupTable, a: &[u8]) -> Result<(Vec<u8>, u64)>;

    /// N of the engine's N x N array.
    fn array_size(&self) -> usize;

    /// Whether the engine has the QINS ALU ([`MatmulEngine::alu`]); the FPGA configurations
    /// do not (`AccelConfig::alu`).
    fn has_alu(&self) -> bool {
        true
    }

    /// Calls compared bit for bit with the model so far (0 for an engine that does not check).
    fn checked_matmuls(&self) -> u64 {
        0
    }
}

/// Refuses, before anything runs, options that need the ALU on an engine without one.
pub(super) fn check_alu(engine: &dyn MatmulEngine, options: RunOptions) -> Result<()> {
    if options.alu_residual && !engine.has_alu() {
        return Err(Error::Invalid(
            "the residual adds through the ALU (--alu-residual) need the QINS ALU, and this \
             accelerator configuration has none (the FPGA builds leave it out)"
                .into(),
        ));
    }
    Ok(())
}

impl<B: Bus> MatmulEngine for Driver<B> {
    fn matmul(
        &mut self,
        w: &QuantizedTensor,
        x: &[i16],
        m: usize,
        act_table: Option<&DecodeTable>,
    ) -> Result<(Vec<i32>, RunStats)> {
        if let Some(t) = act_table {
            self.write_decode_table(qins_core::accel::Region::ActDecodeTable, t)?;
        }
        Ok(run_linear(self, w, x, m, act_table.is_some())?)
    }

    fn alu(&mut self, op: AluOp, a: &[u8], b: &[u8]) -> Result<(Vec<u8>, u64)> {
        Ok(run_alu(self, op, a, b)?)
    }

    fn linear_codes(
        &mut self,
        w: &QuantizedTensor,
        x: &[u8],
        m: usize,
        params: &[ChannelParams],
    ) -> Result<(Vec<u8>, RunStats)> {
        Ok(qins_host::code_lowering::run_linear_codes(
            self, w, x, m, params,
        )?)
    }

    fn lookup(&mut self, table: &LookupTable, a: &[u8]) -> Result<(Vec<u8>, u64)> {
        Ok(qins_host::code_lowering::run_lookup(self, table, a)?)
    }

    fn array_size(&self) -> usize {
        self.cfg.n
    }

    fn has_alu(&self) -> bool {
        self.cfg.alu
    }
}

/// Runs every matmul on the hardware and on [`AccelModel`], and fails on any difference.
pub struct CheckedEngine<B: Bus> {
    pub hardware: Driver<B>,
    pub model: Driver<AccelModel>,
    /// Matmuls compared so far.
    pub checked: u64,
}

impl<B: Bus> CheckedEngine<B> {
    pub fn new(hardware: Driver<B>) -> Self {
        let cfg = hardware.cfg;
        Self {
            hardware,
            model: Driver::new(AccelModel::new(cfg), cfg),
            checked: 0,
        }
    }
}

impl<B: Bus> CheckedEngine<B> {
    /// Fails on the first code where the hardware and the model differ; counts a check.
    fn compare_codes(&mut self, hw: &[u8], model: &[u8], what: &str) -> Result<()> {
        if hw.len() != model.len() {
            return Err(Error::Invalid(format!(
                "RTL and model disagree on {what}: {} vs {} codes",
                hw.len(),
                model.len()
            )));
        }
        if let Some(i) = hw.iter().zip(model).position(|(a, b)| a != b) {
            return Err(Error::Invalid(format!(
                "RTL and model disagree on {what} at code {i}: {:#04x} vs {:#04x}",
                hw[i], model[i]
            )));
        }
        self.checked += 1;
        Ok(())
    }
}

impl<B: Bus> MatmulEngine for CheckedEngine<B> {
    fn matmul(
        &mut self,
        w: &QuantizedTensor,
        x: &[i16],
        m: usize,
        act_table: Option<&DecodeTable>,
    ) -> Result<(Vec<i32>, RunStats)> {
        let (hw, stats) = self.hardware.matmul(w, x, m, act_table)?;
        let (model, _) = self.model.matmul(w, x, m, act_table)?;
        if let Some(i) = hw.iter().zip(&model).position(|(a, b)| a != b) {
            return Err(Error::Invalid(format!(
                "RTL and model disagree on a {m} x {} x {} matmul at element {i}: {} vs {}",
                w.cols, w.rows, hw[i], model[i]
            )));
        }
        self.checked += 1;
        Ok((hw, stats))
    }

    fn alu(&mut self, op: AluOp, a: &[u8], b: &[u8]) -> Result<(Vec<u8>, u64)> {
        let (hw, cycles) = self.hardware.alu(op, a, b)?;
        let (model, _) = self.model.alu(op, a, b)?;
        if let Some(i) = hw.iter().zip(&model).position(|(x, y)| x != y) {
            return Err(Error::Invalid(format!(
                "RTL and model disagree on ALU {op:?} element {i} of {}: {:#04x} vs {:#04x}",
                a.len(),
                hw[i],
                model[i]
            )));
        }
        self.checked += 1;
        Ok((hw, cycles))
    }

    fn linear_codes(
        &mut self,
        w: &QuantizedTensor,
        x: &[u8],
        m: usize,
        params: &[ChannelParams],
    ) -> Result<(Vec<u8>, RunStats)> {
        let (hw, stats) = self.hardware.linear_codes(w, x, m, params)?;
        let (model, _) = self.model.linear_codes(w, x, m, params)?;
        self.compare_codes(
            &hw,
            &model,
            &format!("an encoded {m} x {} x {} linear", w.cols, w.rows),
        )?;
        Ok((hw, stats))
    }

    fn lookup(&mut self, table: &LookupTable, a: &[u8]) -> Result<(Vec<u8>, u64)> {
        let (hw, cycles) = self.hardware.lookup(table, a)?;
        let (model, _) = self.model.lookup(table, a)?;
        self.compare_codes(&hw, &model, &format!("ALU LOOKUP of {}", a.len()))?;
        Ok((hw, cycles))
    }

    fn array_size(&self) -> usize {
        self.hardware.cfg.n
    }

    fn checked_matmuls(&self) -> u64 {
        self.checked
    }

    fn has_alu(&self) -> bool {
        self.hardware.cfg.alu
    }
}
