//! The accelerator's bus, as the host sees it: one 32-bit word per access, answered with
//! data or `error` exactly [`crate::accel::BUS_LATENCY`] cycles after the strobe. The model
//! ([`AccelModel`]), the verilated RTL (`qins-sim`) and a board over the serial link
//! (`qins-host`) all implement [`Bus`], so one driver runs on each.

use crate::hw::AccelModel;

/// The unit answered a bus request with `error` (the reason is in STATUS).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused;

/// [`Bus::write_words`] stopped at word `index`: the unit refused it (or the transport
/// failed there, see [`Bus::take_link_error`]); the words before it were written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RefusedAt {
    pub index: usize,
}

/// One word-wide bus access with the unit's answer.
pub trait Bus {
    /// Writes a word; `Err(Refused)` when the unit answered with `error`.
    fn write_word(&mut self, address: u32, data: u32) -> Result<(), Refused>;
    /// Reads a word; `Err(Refused)` when the unit answered with `error`.
    fn read_word(&mut self, address: u32) -> Result<u32, Refused>;
    /// Writes `words` to `address`, `address + 1`, ... in order, stopping at the first
    /// refused word. The default writes them one by one; a transport with a batch write (the
    /// serial link's BurstWrite) overrides it.
    fn write_words(&mut self, address: u32, words: &[u32]) -> Result<(), RefusedAt> {
        for (i, &w) in words.iter().enumerate() {
            self.write_word(address.wrapping_add(i as u32), w)
                .map_err(|_| RefusedAt { index: i })?;
        }
        Ok(())
    }
    /// Lets the unit run `cycles` clock cycles (a model does nothing).
    fn run(&mut self, cycles: u64);
    /// Why the last `Err(Refused)` was not the unit's answer but a transport failure (a
    /// serial link out of retries), if it was; taking it clears it. Buses without a
    /// transport never have one.
    fn take_link_error(&mut self) -> Option<String> {
        None
    }
}

impl Bus for AccelModel {
    fn write_word(&mut self, address: u32, data: u32) -> Result<(), Refused> {
        self.bus_write(address, data).map_err(|_| Refused)
    }
    fn read_word(&mut self, address: u32) -> Result<u32, Refused> {
        self.bus_read(address).map_err(|_| Refused)
    }
    fn run(&mut self, _cycles: u64) {}
}
