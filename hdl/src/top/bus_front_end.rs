//! `BusFrontEnd<N, RR>`: the host bus, in three stages. Stage 0 registers the request and its
//! region (decoded from the pins: bit-pattern matches, no carry chains, every region a power
//! of two in size). Stage 1 checks it (`qins_core::accel::ErrorCode`: NoSuchAddress 1, Busy
//! 2, BadAccess 6, QueueFull 5) and presents the writes to the memories, tables and
//! registers. Stage 2 answers, so `bus_ready` comes [`qins_core::accel::BUS_LATENCY`] = 2
//! cycles after the request. Where a memory read starts depends on `RR`
//! (`AccelConfig::registered_reads`):
//!
//! - `RR = 1`: in stage 0, its address straight from the pins; stage 1 registers the read
//!   word's lane from the memories' read data and stage 2 answers from those registers, so
//!   no path runs from a block RAM's output to the bus pins (ECP5 timing).
//! - `RR = 0`: in stage 1, from the registered request; stage 2 selects the word's lane from
//!   the memories' read data (no registers for it: the iCE40 variants' area).
//!
//! With `RR = 1` a read sees the writes of requests made two cycles or more before it: the
//! bus takes one request at a time (the next strobe no earlier than the previous one's
//! answer), as every master does (the UART link's `BusMaster`, the simulators' and test
//! benches' request helpers); `docs/registers.md` says so for every variant.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `bus_address`, `bus_write_data`, `bus_write`, `bus_read` | in | 24, 32, 1, 1 | the top's bus pins |
//! | `bus_read_data`, `bus_ready`, `bus_error` | out | 32, 1, 1 | the top's bus pins |
//! | `busy` | in | 1 | STATUS.busy: memory accesses are refused from the cycle after it rises |
//! | `queue_full` | in | 1 | a CMD3 write is refused |
//! | `weight_read[j]`, `act_read[j]`, `acc_read[j]`, `register_read` | in | N x 8, N x 16 s, N x 32 s, 32 | the read data (memories: a cycle after stage 1 addressed them) |
//! | `write_data`, `address` | out | 32, 24 | the request in stage 1 |
//! | `write_table` | out | 8 | a write to table `t` (bit `t`: the LOAD_TABLE target numbers), entry `address[7:0]` |
//! | `weight_lane_write[j]`, `weight_lane_data[j]` | out | N x 1, N x 8 | lane `j` of the weight memory writes its byte of the bus word at row `weight_word` |
//! | `act_lane_write[j]`, `act_lane_data[j]` | out | N x 1, N x 16 s | lane `j` of the activation memory writes its half of the bus word at vector `act_word` |
//! | `acc_lane_write[j]` | out | N x 1 | lane `j` of the accumulator memory writes the bus word at vector `acc_word` |
//! | `write_scale`, `write_bias`, `param_channel` | out | 1, 1, 24 | a write to a channel's scale / bias |
//! | `register_write`, `register_hot` | out | 1, 32 | a register write, its register one-hot |
//! | `push` | out | 1 | a CMD3 write that queues the command |
//! | `weight_word` | out | 24 | the weight memory's one port: stage 1's row for a write, else the row a read starts (as `act_read_word`) |
//! | `act_word`, `acc_word` | out | 24 each | the vector stage 1 writes |
//! | `act_read_word`, `acc_read_word` | out | 24 each | the vector a read starts: on the pins (stage 0, `RR = 1`), or `act_word`, `acc_word` (`RR = 0`) |
//! | `read_register_hot` | out | 32 | stage 2's register read, one-hot |
//! | `failed`, `failed_code`, `failed_address` | out | 1, 8, 24 | the request of a cycle ago failed (the sticky error's capture) |
//!
//! `busy` is registered here (with the push) before it refuses anything, so that the
//! sequencer's drain logic stays off the memories' write-enable path; it lags by one cycle
//! only when the unit goes idle, and a host that saw STATUS idle asks no earlier than the
//! next cycle.

use super::bits;
use qins_core::accel::{AccelConfig, Region};
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct BusFrontEnd<const N: usize, const RR: usize> {
    pub clock: Signal<In, Clock>,
    pub bus_address: Signal<In, Bits<24>>,
    pub bus_write_data: Signal<In, Bits<32>>,
    pub bus_write: Signal<In, Bit>,
    pub bus_read: Signal<In, Bit>,
    pub bus_read_data: Signal<Out, Bits<32>>,
    pub bus_ready: Signal<Out, Bit>,
    pub bus_error: Signal<Out, Bit>,
    pub busy: Signal<In, Bit>,
    pub queue_full: Signal<In, Bit>,
    pub weight_read: [Signal<In, Bits<8>>; N],
    pub act_read: [Signal<In, Signed<16>>; N],
    pub acc_read: [Signal<In, Signed<32>>; N],
    pub register_read: Signal<In, Bits<32>>,
    pub write_data: Signal<Out, Bits<32>>,
    pub address: Signal<Out, Bits<24>>,
    pub write_table: Signal<Out, Bits<8>>,
    pub weight_lane_write: [Signal<Out, Bit>; N],
    pub weight_lane_data: [Signal<Out, Bits<8>>; N],
    pub act_lane_write: [Signal<Out, Bit>; N],
    pub act_lane_data: [Signal<Out, Signed<16>>; N],
    pub acc_lane_write: [Signal<Out, Bit>; N],
    pub write_scale: Signal<Out, Bit>,
    pub write_bias: Signal<Out, Bit>,
    pub param_channel: Signal<Out, Bits<24>>,
    pub register_write: Signal<Out, Bit>,
    pub register_hot: Signal<Out, Bits<32>>,
    pub push: Signal<Out, Bit>,
    pub weight_word: Signal<Out, Bits<24>>,
    pub act_word: Signal<Out, Bits<24>>,
    pub acc_word: Signal<Out, Bits<24>>,
    pub act_read_word: Signal<Out, Bits<24>>,
    pub acc_read_word: Signal<Out, Bits<24>>,
    pub read_register_hot: Signal<Out, Bits<32>>,
    pub failed: Signal<Out, Bit>,
    pub failed_code: Signal<Out, Bits<8>>,
    pub failed_address: Signal<Out, Bits<24>>,
    // ---- configuration constants ----
    k_has_alu: Constant<Bit>,
    k_one: Constant<Bits<32>>,
    k_wshift: Constant<Bits<8>>,
    k_ashift: Constant<Bits<8>>,
    k_cshift: Constant<Bits<8>>,
    k_wmask: Constant<Bits<24>>,
    k_amask: Constant<Bits<24>>,
    k_cmask: Constant<Bits<24>>,
    /// region decode without carry chains: `address & k_*_region == base`
    k_param_region: Constant<Bits<24>>,
    k_wmem_region: Constant<Bits<24>>,
    k_amem_region: Constant<Bits<24>>,
    k_cmem_region: Constant<Bits<24>>,
    /// offsets inside the region windows
    k_off_w: Constant<Bits<24>>,
    k_off_a: Constant<Bits<24>>,
    k_off_c: Constant<Bits<24>>,
    k_off_p: Constant<Bits<24>>,
    req_address: DFF<Bits<24>>,
    req_data: DFF<Bits<32>>,
    req_write: DFF<Bit>,
    req_read: DFF<Bit>,
    // ---- stage 0: each region's decode of the pins (`at_*`), registered with the request
    // (`in_*`); the tables' regions as one vector, bit `t` for LOAD_TABLE target `t`
    at_table: Signal<Local, Bits<8>>,
    /// the address's page (bits 23..8), and its entry is not 255 (no threshold there)
    page: Signal<Local, Bits<16>>,
    not_last: Signal<Local, Bit>,
    in_table: DFF<Bits<8>>,
    at_reg: Signal<Local, Bit>,
    in_reg: DFF<Bit>,
    at_param: Signal<Local, Bit>,
    in_param: DFF<Bit>,
    at_wmem: Signal<Local, Bit>,
    in_wmem: DFF<Bit>,
    at_amem: Signal<Local, Bit>,
    in_amem: DFF<Bit>,
    at_cmem: Signal<Local, Bit>,
    in_cmem: DFF<Bit>,
    /// In any memory or table region (the `in_*` above but `in_reg`).
    in_mem: DFF<Bit>,
    /// The request's register, one-hot (none outside the register region).
    req_reg_hot: DFF<Bits<32>>,
    /// A read of a write-only place (CONTROL, a table), or a write of a read-only register:
    /// BadAccess.
    req_read_refused: DFF<Bit>,
    req_write_refused: DFF<Bit>,
    // ---- stage 1 ----
    busy_last: DFF<Bit>,
    pushed_last: DFF<Bit>,
    /// memory accesses are refused: busy in the previous cycle or a command pushed then
    busy_for_host: Signal<Local, Bit>,
    request: Signal<Local, Bit>,
    req_error: Signal<Local, Bit>,
    req_code: Signal<Local, Bits<8>>,
    /// A write that `req_error` lets through, to a memory or table region / to a register.
    mem_write: Signal<Local, Bit>,
    reg_write: Signal<Local, Bit>,
    off_w: Signal<Local, Bits<24>>,
    off_a: Signal<Local, Bits<24>>,
    off_c: Signal<Local, Bits<24>>,
    off_p: Signal<Local, Bits<24>>,
    /// stage 0: the offsets of the request on the pins (`RR = 1`: its read starts there)
    pin_off_w: Signal<Local, Bits<24>>,
    pin_off_a: Signal<Local, Bits<24>>,
    pin_off_c: Signal<Local, Bits<24>>,
    /// the word addressed inside the memories' row / vector (its lane group)
    weight_lane: Signal<Local, Bits<24>>,
    act_lane: Signal<Local, Bits<24>>,
    acc_lane: Signal<Local, Bits<24>>,
    // ---- stage 2 ----
    s1_valid: DFF<Bit>,
    s1_error: DFF<Bit>,
    s1_code: DFF<Bits<8>>,
    s1_address: DFF<Bits<24>>,
    /// Read kind: 0 register, 1 weight memory, 2 activation memory, 3 accumulators.
    s1_kind: DFF<Bits<3>>,
    s1_reg_hot: DFF<Bits<32>>,
    /// `RR = 0` (`1 - RR` registers): stage 1's lane, for stage 2's select
    s1_sel: Vec<DFF<Bits<24>>>,
    /// The lane each kind's word sits in, for the select below: stage 1's (`RR = 1`) or
    /// `s1_sel` (`RR = 0`, stage 2)
    sel_weight: Signal<Local, Bits<24>>,
    sel_act: Signal<Local, Bits<24>>,
    sel_acc: Signal<Local, Bits<24>>,
    /// The read word's lanes, selected from the memories' read data (one select for both)
    picked_byte: [Signal<Local, Bits<8>>; 4],
    picked_half: [Signal<Local, Signed<16>>; 2],
    picked_acc: Signal<Local, Signed<32>>,
    /// `RR = 1` (`4 RR`, `2 RR`, `RR` registers): the picked lanes, registered in stage 1
    rd_byte: Vec<DFF<Bits<8>>>,
    rd_half: Vec<DFF<Signed<16>>>,
    rd_acc: Vec<DFF<Signed<32>>>,
    /// What stage 2 answers from: `rd_*` (`RR = 1`) or `picked_*` (`RR = 0`)
    answer_byte: [Signal<Local, Bits<8>>; 4],
    answer_half: [Signal<Local, Signed<16>>; 2],
    answer_acc: Signal<Local, Signed<32>>,
}

impl<const N: usize, const RR: usize> BusFrontEnd<N, RR> {
    /// The bus of configuration `cfg` (whose `n` is `N`).
    pub fn new(cfg: &AccelConfig) -> Self {
        assert_eq!(cfg.n, N);
        assert_eq!(cfg.registered_reads, RR == 1);
        let log2 = |x: usize| x.trailing_zeros() as u64;
        // the address bits that must equal the region's base (its size is a power of two
        // and its base a multiple of its window)
        let region_mask = |r: Region| {
            let words = cfg.region_words(r);
            assert!(words.is_power_of_two() && words as u32 <= r.window_words());
            0xFF_FFFFu64 & !(words as u64 - 1)
        };
        let window = |r: Region| Constant::new(bits(r.window_words() as u64 - 1));
        block_fields! {
            Self {
                k_has_alu: Constant::new(cfg.alu),
                k_one: Constant::new(bits(1)),
                k_wshift: Constant::new(bits(log2(cfg.weight_words_per_row()))),
                k_ashift: Constant::new(bits(log2(N / 2))),
                k_cshift: Constant::new(bits(log2(N))),
                k_wmask: Constant::new(bits((cfg.weight_words_per_row() - 1) as u64)),
                k_amask: Constant::new(bits((N / 2 - 1) as u64)),
                k_cmask: Constant::new(bits((N - 1) as u64)),
                k_param_region: Constant::new(bits(region_mask(Region::ChannelParams))),
                k_wmem_region: Constant::new(bits(region_mask(Region::WeightMemory))),
                k_amem_region: Constant::new(bits(region_mask(Region::ActMemory))),
                k_cmem_region: Constant::new(bits(region_mask(Region::AccMemory))),
                k_off_w: window(Region::WeightMemory),
                k_off_a: window(Region::ActMemory),
                k_off_c: window(Region::AccMemory),
                k_off_p: window(Region::ChannelParams),
                s1_sel: (0..1 - RR).map(|_| Default::default()).collect(),
                rd_byte: (0..4 * RR).map(|_| Default::default()).collect(),
                rd_half: (0..2 * RR).map(|_| Default::default()).collect(),
                rd_acc: (0..RR).map(|_| Default::default()).collect(),
            }
            default { clock, bus_address, bus_write_data, bus_write, bus_read, bus_read_data,
                bus_ready, bus_error, busy, queue_full, register_read, write_data, address,
                write_table, write_scale, write_bias, param_channel, register_write,
                register_hot, push, weight_word, act_word, acc_word, act_read_word,
                acc_read_word, pin_off_w, pin_off_a, pin_off_c, weight_lane, act_lane,
                acc_lane, read_register_hot, failed, failed_code, failed_address, at_reg,
                at_table, in_table, page, not_last, at_param,
                at_wmem, at_amem, at_cmem, req_address, req_data, req_write, req_read, in_reg,
                in_param,
                in_wmem, in_amem, in_cmem, in_mem, req_reg_hot, req_read_refused,
                req_write_refused, busy_last, pushed_last, busy_for_host, request, req_error,
                req_code, mem_write, reg_write, off_w, off_a, off_c, off_p, s1_valid, s1_error,
                s1_code, s1_address, s1_kind, s1_reg_hot, sel_weight, sel_act, sel_acc,
                picked_acc, answer_acc }
            lanes { weight_read, act_read, acc_read, weight_lane_write, weight_lane_data,
                act_lane_write, act_lane_data, acc_lane_write, picked_byte, picked_half,
                answer_byte, answer_half }
        }
    }
}

impl<const N: usize, const RR: usize> Logic for BusFrontEnd<N, RR> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            req_address,
            req_data,
            req_write,
            req_read,
            in_reg,
            in_table,
            in_param,
            in_wmem,
            in_amem,
            in_cmem,
            in_mem,
            req_reg_hot,
            req_read_refused,
            req_write_refused,
            busy_last,
            pushed_last,
            s1_valid,
            s1_error,
            s1_code,
            s1_address,
            s1_kind,
            s1_reg_hot
        );
        for k in 0..(4 * RR) {
            self.rd_byte[k].clock.next = self.clock.val();
        }
        for k in 0..(2 * RR) {
            self.rd_half[k].clock.next = self.clock.val();
        }
        for u in 0..RR {
            self.rd_acc[u].clock.next = self.clock.val();
        }
        self.busy_last.d.next = self.busy.val();
        self.busy_for_host.next = self.busy_last.q.val() | self.pushed_last.q.val();
        // ================= bus stage 0: register the request =================
        self.req_address.d.next = self.bus_address.val();
        self.req_data.d.next = self.bus_write_data.val();
        self.req_write.d.next = self.bus_write.val();
        self.req_read.d.next = self.bus_read.val();
        // a read starts here: the memories' row / vector from the pins (meaningful only
        // inside the region; when stage 1 refuses the read, its data is not used)
        self.pin_off_w.next = self.bus_address.val() & self.k_off_w.val();
        self.pin_off_a.next = self.bus_address.val() & self.k_off_a.val();
        self.pin_off_c.next = self.bus_address.val() & self.k_off_c.val();
        self.act_read_word.next = self.pin_off_a.val() >> self.k_ashift.val();
        self.acc_read_word.next = self.pin_off_c.val() >> self.k_cshift.val();
        // the request's region, decoded from the bus and registered with it (bit-pattern
        // matches, no carry chains: every region is a power of two in size)
        self.at_reg.next = (self.bus_address.val().get_bits::<19>(5) == 0)
            & (self.bus_address.val().get_bits::<5>(0) < 17);
        // the tables: 0x10 weight decode, 0x11 activation decode, 0x12 ALU decode, 0x14
        // output thresholds (not entry 255), 0x15 output codes, 0x16 ALU thresholds (not
        // 255), 0x17 ALU codes, 0x13 ALU lookup (`qins_core::accel::Region`); the ALU's only
        // with the ALU
        self.page.next = self.bus_address.val().get_bits::<16>(8);
        self.not_last.next = !self.bus_address.val().get_bits::<8>(0).all();
        self.at_table.next = bit_cast::<8, 1>((self.page.val() == 0x10).into())
            | (bit_cast::<8, 1>((self.page.val() == 0x11).into()) << 1)
            | (bit_cast::<8, 1>(((self.page.val() == 0x12) & self.k_has_alu.val()).into()) << 2)
            | (bit_cast::<8, 1>(((self.page.val() == 0x14) & self.not_last.val()).into()) << 3)
            | (bit_cast::<8, 1>((self.page.val() == 0x15).into()) << 4)
            | (bit_cast::<8, 1>(
                ((self.page.val() == 0x16) & self.not_last.val() & self.k_has_alu.val()).into(),
            ) << 5)
            | (bit_cast::<8, 1>(((self.page.val() == 0x17) & self.k_has_alu.val()).into()) << 6)
            | (bit_cast::<8, 1>(((self.page.val() == 0x13) & self.k_has_alu.val()).into()) << 7);
        self.at_param.next = (self.bus_address.val() & self.k_param_region.val()) == 0x1_0000;
        self.at_wmem.next = (self.bus_address.val() & self.k_wmem_region.val()) == 0x10_0000;
        self.at_amem.next = (self.bus_address.val() & self.k_amem_region.val()) == 0x20_0000;
        self.at_cmem.next = (self.bus_address.val() & self.k_cmem_region.val()) == 0x40_0000;
        self.in_reg.d.next = self.at_reg.val();
        self.in_table.d.next = self.at_table.val();
        self.in_param.d.next = self.at_param.val();
        self.in_wmem.d.next = self.at_wmem.val();
        self.in_amem.d.next = self.at_amem.val();
        self.in_cmem.d.next = self.at_cmem.val();
        self.in_mem.d.next = self.at_table.val().any()
            | self.at_param.val()
            | self.at_wmem.val()
            | self.at_amem.val()
            | self.at_cmem.val();
        self.req_reg_hot.d.next = 0.into();
        if self.at_reg.val() {
            self.req_reg_hot.d.next = self.k_one.val() << self.bus_address.val().get_bits::<5>(0);
        }
        // CONTROL (3) is write-only; ID, CONFIG, STATUS and the counters (0-2, 8-16) read-only
        self.req_read_refused.d.next = self.bus_read.val()
            & !((self.at_reg.val() & (self.bus_address.val() != 3))
                | self.at_wmem.val()
                | self.at_amem.val()
                | self.at_cmem.val());
        self.req_write_refused.d.next = self.bus_write.val()
            & self.at_reg.val()
            & ((self.bus_address.val().get_bits::<5>(0) < 3)
                | (self.bus_address.val().get_bits::<5>(0) >= 8));
        // ================= bus stage 1: the registered request =================
        self.request.next = self.req_write.q.val() | self.req_read.q.val();
        self.req_error.next = false;
        self.req_code.next = 0.into();
        if self.request.val() {
            if !(self.in_reg.q.val() | self.in_mem.q.val()) {
                self.req_error.next = true;
                self.req_code.next = 1.into();
            } else if self.in_mem.q.val() & self.busy_for_host.val() {
                self.req_error.next = true;
                self.req_code.next = 2.into();
            } else if self.req_read_refused.q.val() | self.req_write_refused.q.val() {
                self.req_error.next = true;
                self.req_code.next = 6.into();
            } else if self.req_write.q.val()
                & self.req_reg_hot.q.val().get_bit(7)
                & self.queue_full.val()
            {
                self.req_error.next = true;
                self.req_code.next = 5.into();
            }
        }
        // a write that passes `req_error`, written out per region kind: inside a memory or
        // table region the register and queue checks of `req_error` cannot apply (a shorter
        // path to the memories' write enables)
        self.mem_write.next =
            self.req_write.q.val() & !self.busy_for_host.val() & !self.req_read_refused.q.val();
        // and for a register, the memory busy check cannot (nor, but for CMD3, the queue's)
        self.reg_write.next = self.req_write.q.val()
            & self.in_reg.q.val()
            & !self.req_write_refused.q.val()
            & !self.req_read_refused.q.val();
        // offsets inside the region windows (meaningful only inside the region)
        self.off_w.next = self.req_address.q.val() & self.k_off_w.val();
        self.off_a.next = self.req_address.q.val() & self.k_off_a.val();
        self.off_c.next = self.req_address.q.val() & self.k_off_c.val();
        self.off_p.next = self.req_address.q.val() & self.k_off_p.val();
        // the weight memory has one port: stage 1's write, else the read on the pins
        self.weight_word.next = self.pin_off_w.val() >> self.k_wshift.val();
        if self.req_write.q.val() {
            self.weight_word.next = self.off_w.val() >> self.k_wshift.val();
        }
        // RR = 0: every access in stage 1
        for _u in 0..(1 - RR) {
            self.weight_word.next = self.off_w.val() >> self.k_wshift.val();
            self.act_read_word.next = self.off_a.val() >> self.k_ashift.val();
            self.acc_read_word.next = self.off_c.val() >> self.k_cshift.val();
        }
        self.act_word.next = self.off_a.val() >> self.k_ashift.val();
        self.acc_word.next = self.off_c.val() >> self.k_cshift.val();
        self.weight_lane.next = self.off_w.val() & self.k_wmask.val();
        self.act_lane.next = self.off_a.val() & self.k_amask.val();
        self.acc_lane.next = self.off_c.val() & self.k_cmask.val();
        // the queue: push on a good CMD3 write
        self.push.next =
            self.reg_write.val() & self.req_reg_hot.q.val().get_bit(7) & !self.queue_full.val();
        self.pushed_last.d.next = self.push.val();
        // ---- what stage 1 presents ----
        self.write_data.next = self.req_data.q.val();
        self.address.next = self.req_address.q.val();
        self.write_table.next = 0.into();
        if self.mem_write.val() {
            self.write_table.next = self.in_table.q.val();
        }
        // lane g*4+b holds byte b of weight word g; lane p*2+h holds half h of act word p
        // (rust-hdl's index evaluator knows + and *, not / or %: hence the nested loops)
        for g in 0..N.div_ceil(4) {
            for b in 0..N.min(4) {
                self.weight_lane_data[g * 4 + b].next = self.req_data.q.val().get_bits::<8>(b * 8);
                self.weight_lane_write[g * 4 + b].next = self.mem_write.val()
                    & self.in_wmem.q.val()
                    & (self.weight_lane.val().index() == g);
            }
        }
        for p in 0..(N / 2) {
            for h in 0..2 {
                self.act_lane_data[p * 2 + h].next =
                    signed_cast(self.req_data.q.val().get_bits::<16>(h * 16));
                self.act_lane_write[p * 2 + h].next = self.mem_write.val()
                    & self.in_amem.q.val()
                    & (self.act_lane.val().index() == p);
            }
        }
        for j in 0..N {
            self.acc_lane_write[j].next =
                self.mem_write.val() & self.in_cmem.q.val() & (self.acc_lane.val().index() == j);
        }
        self.write_scale.next =
            self.mem_write.val() & self.in_param.q.val() & !self.req_address.q.val().get_bit(0);
        self.write_bias.next =
            self.mem_write.val() & self.in_param.q.val() & self.req_address.q.val().get_bit(0);
        self.param_channel.next = self.off_p.val() >> 1;
        self.register_write.next = self.reg_write.val();
        self.register_hot.next = self.req_reg_hot.q.val();
        // ================= bus stage 1 -> 2: the read word's lanes, registered =================
        self.s1_valid.d.next = self.request.val();
        self.s1_error.d.next = self.req_error.val();
        self.s1_code.d.next = self.req_code.val();
        self.s1_address.d.next = self.req_address.q.val();
        self.s1_reg_hot.d.next = self.req_reg_hot.q.val();
        self.s1_kind.d.next = 0.into();
        if self.in_wmem.q.val() {
            self.s1_kind.d.next = 1.into();
        }
        if self.in_amem.q.val() {
            self.s1_kind.d.next = 2.into();
        }
        if self.in_cmem.q.val() {
            self.s1_kind.d.next = 3.into();
        }
        // RR = 0: the read word's lane, for stage 2's select
        for u in 0..(1 - RR) {
            self.s1_sel[u].clock.next = self.clock.val();
            self.s1_sel[u].d.next = 0.into();
            if self.in_wmem.q.val() {
                self.s1_sel[u].d.next = self.weight_lane.val();
            }
            if self.in_amem.q.val() {
                self.s1_sel[u].d.next = self.act_lane.val();
            }
            if self.in_cmem.q.val() {
                self.s1_sel[u].d.next = self.acc_lane.val();
            }
        }
        // the read word's lanes: one select from the memories' read data, by stage 1's lanes
        // (RR = 1, into the `rd_*` registers) or by `s1_sel` in stage 2 (RR = 0)
        self.sel_weight.next = self.weight_lane.val();
        self.sel_act.next = self.act_lane.val();
        self.sel_acc.next = self.acc_lane.val();
        for u in 0..(1 - RR) {
            self.sel_weight.next = self.s1_sel[u].q.val();
            self.sel_act.next = self.s1_sel[u].q.val();
            self.sel_acc.next = self.s1_sel[u].q.val();
        }
        for k in 0..4 {
            self.picked_byte[k].next = 0.into();
        }
        for k in 0..2 {
            self.picked_half[k].next = 0.into();
        }
        self.picked_acc.next = 0.into();
        for g in 0..N.div_ceil(4) {
            for b in 0..N.min(4) {
                if self.sel_weight.val().index() == g {
                    self.picked_byte[b].next = self.weight_read[g * 4 + b].val();
                }
            }
        }
        for p in 0..(N / 2) {
            for h in 0..2 {
                if self.sel_act.val().index() == p {
                    self.picked_half[h].next = self.act_read[p * 2 + h].val();
                }
            }
        }
        for j in 0..N {
            if self.sel_acc.val().index() == j {
                self.picked_acc.next = self.acc_read[j].val();
            }
        }
        for k in 0..4 {
            self.answer_byte[k].next = self.picked_byte[k].val();
        }
        for k in 0..2 {
            self.answer_half[k].next = self.picked_half[k].val();
        }
        self.answer_acc.next = self.picked_acc.val();
        for k in 0..(4 * RR) {
            self.rd_byte[k].d.next = self.picked_byte[k].val();
            self.answer_byte[k].next = self.rd_byte[k].q.val();
        }
        for k in 0..(2 * RR) {
            self.rd_half[k].d.next = self.picked_half[k].val();
            self.answer_half[k].next = self.rd_half[k].q.val();
        }
        for u in 0..RR {
            self.rd_acc[u].d.next = self.picked_acc.val();
            self.answer_acc.next = self.rd_acc[u].q.val();
        }
        self.read_register_hot.next = self.s1_reg_hot.q.val();
        self.failed.next = self.s1_error.q.val();
        self.failed_code.next = self.s1_code.q.val();
        self.failed_address.next = self.s1_address.q.val();
        // ================= bus stage 2: the answer =================
        self.bus_ready.next = self.s1_valid.q.val();
        self.bus_error.next = self.s1_error.q.val();
        self.bus_read_data.next = 0.into();
        if self.s1_valid.q.val() & !self.s1_error.q.val() {
            if self.s1_kind.q.val() == 0 {
                self.bus_read_data.next = self.register_read.val();
            }
            if self.s1_kind.q.val() == 1 {
                self.bus_read_data.next = bit_cast::<32, 8>(self.answer_byte[0].val())
                    | (bit_cast::<32, 8>(self.answer_byte[1].val()) << 8)
                    | (bit_cast::<32, 8>(self.answer_byte[2].val()) << 16)
                    | (bit_cast::<32, 8>(self.answer_byte[3].val()) << 24);
            }
            if self.s1_kind.q.val() == 2 {
                self.bus_read_data.next =
                    bit_cast::<32, 16>(unsigned_cast(self.answer_half[0].val()))
                        | (bit_cast::<32, 16>(unsigned_cast(self.answer_half[1].val())) << 16);
            }
            if self.s1_kind.q.val() == 3 {
                self.bus_read_data.next = unsigned_cast(self.answer_acc.val());
            }
        }
    }
}
