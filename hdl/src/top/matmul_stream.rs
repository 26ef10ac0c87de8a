//! `MatmulStream<N, AA, CA>`: a MATMUL's vectors, from the activation memory into the array.
//! Counts the activation and accumulator addresses, delays each issued vector through the
//! activation read (1 cycle), the decode tables or the raw bypass (1) and the array's input
//! register (1), and tracks how many vectors of each weight bank are inside the array.
//!
//! The input register holds the decoded (or raw) elements, so no path runs from a block RAM's
//! read data through the bypass multiplexer into a multiplier: on ECP5 the DP16KD's
//! clock-to-out (5.8 ns without its output register) plus the MULT18X18D was the critical
//! path (64.5 MHz on the LFE5U-25F's 4 x 4 before the register).
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `load` | in | 1 | the sequencer decodes a command: take the counters from `command` |
//! | `command` | in | 4 x 32 | the command's words (`c0`..`c3`) |
//! | `array_size` | in | 16 | `N` (a constant of the top) |
//! | `issue` | in | 1 | issue the next vector this cycle (read it at `act_address`) |
//! | `act_read[j]` | in | N x 16 s | the activation memory's read data |
//! | `decoded[j]` | in | N x 16 s | the activation decode tables' read data (one cycle after `act_read`) |
//! | `array_out_valid`, `array_out_tag` | in | 1, 32 | a vector leaves the array |
//! | `act_address` | out | AA | the vector issued now |
//! | `last`, `second_last` | out | 1, 1 | no vector left / one left (registered beside the count) |
//! | `macs`, `issued` | out | 32, 1 | useful MACs per vector (`k_valid x n_valid`, from the second cycle after the load), and the vector issued a cycle ago: the MAC counter adds `macs` on `issued` |
//! | `valid`, `tag` | out | 1, 32 | the vector at the array's input: valid, tag |
//! | `act[j]` | out | N x 16 s | its elements: `decoded` for a MATMUL with `act_codes`, else the raw bypass |
//! | `bank_in_use[b]` | out | 2 x 1 | vectors of bank `b` are inside the array |
//! | `idle` | out | 1 | nothing issued is still on its way into the array |
//!
//! Tag: bits `CA-1..0` the accumulator vector, 30 the bank, 31 accumulate. Every output but
//! `act_address`'s use is a register.

use crate::level_counter::LevelCounter;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct MatmulStream<const N: usize, const AA: usize, const CA: usize> {
    pub clock: Signal<In, Clock>,
    pub load: Signal<In, Bit>,
    pub command: [Signal<In, Bits<32>>; 4],
    pub array_size: Signal<In, Bits<16>>,
    pub issue: Signal<In, Bit>,
    pub act_read: [Signal<In, Signed<16>>; N],
    pub decoded: [Signal<In, Signed<16>>; N],
    pub array_out_valid: Signal<In, Bit>,
    pub array_out_tag: Signal<In, Bits<32>>,
    pub act_address: Signal<Out, Bits<AA>>,
    pub last: Signal<Out, Bit>,
    pub second_last: Signal<Out, Bit>,
    pub macs: Signal<Out, Bits<32>>,
    pub issued: Signal<Out, Bit>,
    pub valid: Signal<Out, Bit>,
    pub tag: Signal<Out, Bits<32>>,
    pub act: [Signal<Out, Signed<16>>; N],
    pub bank_in_use: [Signal<Out, Bit>; 2],
    pub idle: Signal<Out, Bit>,
    address: DFF<Bits<AA>>,
    acc: DFF<Bits<CA>>,
    left: DFF<Bits<16>>,
    /// `left == 0` and `left == 1`, kept beside the counter (off the done path)
    zero: DFF<Bit>,
    one: DFF<Bit>,
    /// valid rows (`k`) and columns (`n`) of the command (0 means N), in 5 bits
    k_valid: Signal<Local, Bits<5>>,
    n_valid: Signal<Local, Bits<5>>,
    /// the loaded command's `k_valid` and `n_valid`, masked to the bits of `N`
    /// ([`MatmulStream::COUNT_MASK`]): a MATMUL runs only with both at most `N`, so the mask
    /// changes no count
    k_count: DFF<Bits<5>>,
    n_count: DFF<Bits<5>>,
    count_mask: Constant<Bits<5>>,
    k_wide: Signal<Local, Bits<10>>,
    /// `k_count x n_count` (10 bits), a shift-and-add over the bits of `N` from registers:
    /// one add on a 2 x 2 array, three on an 8 x 8. It was a 16 x 16 multiplier of the
    /// selected `k_valid`, `n_valid` (on the UP5K a MAC16 on the slowest path, 37.05 MHz by
    /// the DSP bound; as a five-add chain from the selects, 21.5 MHz)
    macs_product: Signal<Local, Bits<10>>,
    /// the product, registered: valid from the second cycle after the load, which the
    /// counter's add a cycle after the issue (`issued`) meets, and it changes only after the
    /// command's last vector was counted (the next load comes after its last issue)
    macs_per_vector: DFF<Bits<10>>,
    /// the vector in the activation read
    reading: DFF<Bit>,
    reading_tag: DFF<Bits<32>>,
    reading_codes: DFF<Bit>,
    /// the vector in the decode tables / bypass register
    entering: DFF<Bit>,
    entering_tag: DFF<Bits<32>>,
    entering_codes: DFF<Bit>,
    raw_act: [DFF<Signed<16>>; N],
    /// the vector in the array's input register
    staged: DFF<Bit>,
    staged_tag: DFF<Bits<32>>,
    staged_act: [DFF<Signed<16>>; N],
    /// vectors in the input register or inside the array that use bank 0 / 1 (at most `2N + 3`)
    inflight: [LevelCounter<8>; 2],
}

impl<const N: usize, const AA: usize, const CA: usize> MatmulStream<N, AA, CA> {
    /// The bits of `N`: `k_valid` and `n_valid` of a MATMUL that runs are at most `N`.
    pub const COUNT_MASK: u64 = (1u64 << (usize::BITS - N.leading_zeros())) - 1;
}

impl<const N: usize, const AA: usize, const CA: usize> Default for MatmulStream<N, AA, CA> {
    fn default() -> Self {
        assert!(
            N < 32,
            "the useful-MAC count takes k_valid and n_valid in 5 bits"
        );
        block_fields! {
            Self {
                count_mask: Constant::new(Self::COUNT_MASK.to_bits()),
            }
            default { clock, load, array_size, issue, array_out_valid, array_out_tag,
                act_address, last, second_last, macs, valid, tag, idle, address, acc, left,
                zero, one, k_valid, n_valid, k_count, n_count, k_wide, macs_product, macs_per_vector, issued, reading, reading_tag,
                reading_codes, entering, entering_tag, entering_codes, staged, staged_tag }
            lanes { command, act_read, decoded, act, bank_in_use, raw_act, staged_act, inflight }
        }
    }
}

impl<const N: usize, const AA: usize, const CA: usize> Logic for MatmulStream<N, AA, CA> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            address,
            acc,
            left,
            zero,
            one,
            k_count,
            n_count,
            macs_per_vector,
            reading,
            reading_tag,
            reading_codes,
            entering,
            entering_tag,
            entering_codes,
            staged,
            staged_tag
        );
        for j in 0..N {
            self.raw_act[j].clock.next = self.clock.val();
            self.raw_act[j].d.next = self.act_read[j].val();
            self.staged_act[j].clock.next = self.clock.val();
            self.staged_act[j].d.next = self.raw_act[j].q.val();
            if self.entering_codes.q.val() {
                self.staged_act[j].d.next = self.decoded[j].val();
            }
            self.act[j].next = self.staged_act[j].q.val();
        }
        self.k_valid.next = self.command[1].val().get_bits::<5>(24);
        if self.command[1].val().get_bits::<8>(24) == 0 {
            self.k_valid.next = self.array_size.val().get_bits::<5>(0);
        }
        self.n_valid.next = self.command[2].val().get_bits::<5>(24);
        if self.command[2].val().get_bits::<8>(24) == 0 {
            self.n_valid.next = self.array_size.val().get_bits::<5>(0);
        }
        self.k_wide.next = bit_cast::<10, 5>(self.k_count.q.val());
        self.macs_product.next = 0.into();
        if self.n_count.q.val().get_bit(0) {
            self.macs_product.next = self.k_wide.val();
        }
        if self.n_count.q.val().get_bit(1) {
            self.macs_product.next = self.macs_product.val() + (self.k_wide.val() << 1);
        }
        if self.n_count.q.val().get_bit(2) {
            self.macs_product.next = self.macs_product.val() + (self.k_wide.val() << 2);
        }
        if self.n_count.q.val().get_bit(3) {
            self.macs_product.next = self.macs_product.val() + (self.k_wide.val() << 3);
        }
        if self.n_count.q.val().get_bit(4) {
            self.macs_product.next = self.macs_product.val() + (self.k_wide.val() << 4);
        }
        // the counters load whatever the command is (they are only used in a MATMUL): keeps
        // the operand checks off their enables
        if self.load.val() {
            self.address.d.next = bit_cast::<AA, 32>(self.command[1].val());
            self.acc.d.next = bit_cast::<CA, 32>(self.command[2].val());
            self.left.d.next = self.command[0].val().get_bits::<16>(16);
            self.zero.d.next = self.command[0].val().get_bits::<16>(16) == 0;
            self.one.d.next = self.command[0].val().get_bits::<16>(16) == 1;
            self.k_count.d.next = self.k_valid.val() & self.count_mask.val();
            self.n_count.d.next = self.n_valid.val() & self.count_mask.val();
        }
        if self.issue.val() {
            self.address.d.next = self.address.q.val() + 1;
            self.acc.d.next = self.acc.q.val() + 1;
            self.left.d.next = self.left.q.val() - 1;
            self.zero.d.next = self.one.q.val();
            self.one.d.next = self.left.q.val() == 2;
        }
        self.reading.d.next = self.issue.val();
        self.reading_tag.d.next = bit_cast::<32, CA>(self.acc.q.val())
            | (bit_cast::<32, 1>(self.command[0].val().get_bit(8).into()) << 30)
            | (bit_cast::<32, 1>(self.command[0].val().get_bit(9).into()) << 31);
        self.reading_codes.d.next = self.command[0].val().get_bit(10);
        self.entering.d.next = self.reading.q.val();
        self.entering_tag.d.next = self.reading_tag.q.val();
        self.entering_codes.d.next = self.reading_codes.q.val();
        self.staged.d.next = self.entering.q.val();
        self.staged_tag.d.next = self.entering_tag.q.val();
        for b in 0..2 {
            self.inflight[b].clock.next = self.clock.val();
        }
        self.inflight[0].up.next = self.entering.q.val() & !self.entering_tag.q.val().get_bit(30);
        self.inflight[1].up.next = self.entering.q.val() & self.entering_tag.q.val().get_bit(30);
        self.inflight[0].down.next =
            self.array_out_valid.val() & !self.array_out_tag.val().get_bit(30);
        self.inflight[1].down.next =
            self.array_out_valid.val() & self.array_out_tag.val().get_bit(30);
        self.act_address.next = self.address.q.val();
        self.last.next = self.zero.q.val();
        self.second_last.next = self.one.q.val();
        self.macs_per_vector.d.next = self.macs_product.val();
        self.macs.next = bit_cast::<32, 10>(self.macs_per_vector.q.val());
        self.issued.next = self.reading.q.val();
        self.valid.next = self.staged.q.val();
        self.tag.next = self.staged_tag.q.val();
        for b in 0..2 {
            self.bank_in_use[b].next = self.inflight[b].nonzero.val();
        }
        self.idle.next = !self.inflight[0].nonzero.val()
            & !self.inflight[1].nonzero.val()
            & !self.reading.q.val()
            & !self.entering.q.val();
    }
}
