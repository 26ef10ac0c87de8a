//! `Crc16`: the link's CRC-16/CCITT-FALSE (`qins_core::link::crc16_update`), one byte per
//! step. A byte is registered with its `take` flag and folded in one cycle later, from those
//! registers only; the zero check of the result is registered one more cycle later.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `data`, `take` | in | 8, 1 | fold `data` into the CRC (registered: `value` has it 2 cycles after `take`) |
//! | `restart` | in | 1 | `value` becomes `qins_core::link::CRC_INIT` in the next cycle (wins over a byte being folded in) |
//! | `value` | out | 16 | the CRC (register) |
//! | `zero` | out | 1 | `value == 0`, one cycle late (register): a frame checked with its CRC bytes folded in |
//!
//! Latency: a byte taken in cycle `t` is in `value` from `t + 2` and in `zero` from `t + 3`.
//! Both outputs are registers.

use qins_core::link;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Crc16 {
    pub clock: Signal<In, Clock>,
    pub data: Signal<In, Bits<8>>,
    pub take: Signal<In, Bit>,
    pub restart: Signal<In, Bit>,
    pub value: Signal<Out, Bits<16>>,
    pub zero: Signal<Out, Bit>,
    /// The CRC, its start value and its polynomial.
    crc: DFF<Bits<16>>,
    k_crc_init: Constant<Bits<16>>,
    k_crc_poly: Constant<Bits<16>>,
    /// The byte the CRC takes in the next cycle (when `crc_en`).
    crc_byte: DFF<Bits<8>>,
    crc_en: DFF<Bit>,
    /// `crc == 0`, one cycle late.
    crc_ok: DFF<Bit>,
    /// The CRC before each of the byte's 8 bit steps, and after the last.
    crc_step: [Signal<Local, Bits<16>>; 9],
}

impl Default for Crc16 {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            data: Default::default(),
            take: Default::default(),
            restart: Default::default(),
            value: Default::default(),
            zero: Default::default(),
            crc: Default::default(),
            k_crc_init: Constant::new(bits(link::CRC_INIT as u64)),
            k_crc_poly: Constant::new(bits(link::CRC_POLY as u64)),
            crc_byte: Default::default(),
            crc_en: Default::default(),
            crc_ok: Default::default(),
            crc_step: array_init::array_init(|_| Default::default()),
        }
    }
}

impl Logic for Crc16 {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, crc, crc_byte, crc_en, crc_ok);
        self.crc_step[0].next = self.crc.q.val() ^ (bit_cast::<16, 8>(self.crc_byte.q.val()) << 8);
        for i in 0..8 {
            if self.crc_step[i].val().get_bit(15) {
                self.crc_step[i + 1].next = (self.crc_step[i].val() << 1) ^ self.k_crc_poly.val();
            } else {
                self.crc_step[i + 1].next = self.crc_step[i].val() << 1;
            }
        }
        if self.crc_en.q.val() {
            self.crc.d.next = self.crc_step[8].val();
        }
        if self.restart.val() {
            self.crc.d.next = self.k_crc_init.val();
        }
        self.crc_en.d.next = self.take.val();
        self.crc_byte.d.next = self.data.val();
        self.crc_ok.d.next = self.crc.q.val() == 0;
        self.value.next = self.crc.q.val();
        self.zero.next = self.crc_ok.q.val();
    }
}
