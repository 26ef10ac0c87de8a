//! `Sequencer<WA, SP>`: runs the queued commands in order. Fetches the head entry, decodes it
//! (the operand checks were registered by [`super::command_check::CommandCheck`]), starts the
//! engine it names and waits for it; commands that read what earlier ones wrote (POSTPROCESS,
//! BARRIER, the ALU, LOAD_TABLE) first wait for the unit to drain.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `queue_nonempty`, `entry` | in | 1, 128 | the command queue's state and head entry |
//! | `opcode`, `finish_at_decode`, `refusal` | in | 8, 1, 8 | the head entry's checks (`CommandCheck`) |
//! | `array_size` | in | 32 | `N` (a constant of the top) |
//! | `has_alu` | in | 1 | the configuration has the ALU (a constant of the top) |
//! | `loader_busy`, `bank_in_use[b]` | in | 1, 2 x 1 | the tile loader and the array's banks |
//! | `matmul_last`, `matmul_second_last` | in | 1, 1 | the MATMUL stream's vectors left |
//! | `idle` | in | 1 | no engine holds work (the unit has drained; acted on a cycle later) |
//! | `post_finished`, `alu_finished`, `alu_result_valid`, `table_finished` | in | 1 each | the engines' states |
//! | `command[k]` | out | 4 x 32 | the command being run (`c0`..`c3`), held from Fetch until the next Fetch |
//! | `decoding` | out | 1 | Decode: the engines load their operands from `command` |
//! | `pop` | out | 1 | Fetch: the head entry is taken |
//! | `tile_start`, `tile_start_row`, `tile_start_bank` | out | 1, WA, 1 | start the tile loader (LOAD_TILE, or a MATMUL's prefetch) |
//! | `matmul_issue` | out | 1 | the MATMUL stream issues a vector (`SP = 1`: one per `SERIAL_PE_INTERVAL` cycles at most) |
//! | `post_start`, `alu_start`, `alu_active`, `table_enabled` | out | 1 each | start / run the other engines |
//! | `barrier` | out | 1 | BARRIER completes: `c1` is the new BARRIER_ID |
//! | `done` | out | 1 | a command completed in the previous cycle |
//! | `failed`, `failed_code` | out | 1, 8 | a command failed in the previous cycle, and its error code (`command[0]` still holds it) |
//! | `running` | out | 1 | not Idle |
//! | `busy` | out | 1 | STATUS.busy: a command queued or running, an engine not idle, or a failure being captured |
//!
//! The states are one-hot, one flip-flop each, Idle when none is set (the power-up state):
//! each state's logic reads one flip-flop (a binary code had every arm decode four shared,
//! high-fanout bits). A command's last cycle (`cmd_done`) goes to Fetch, or Idle with the
//! queue empty; no idle cycle between consecutive MATMULs.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct Sequencer<const WA: usize, const SP: usize> {
    pub clock: Signal<In, Clock>,
    pub queue_nonempty: Signal<In, Bit>,
    pub entry: Signal<In, Bits<128>>,
    pub opcode: Signal<In, Bits<8>>,
    pub finish_at_decode: Signal<In, Bit>,
    pub refusal: Signal<In, Bits<8>>,
    pub array_size: Signal<In, Bits<32>>,
    pub has_alu: Signal<In, Bit>,
    pub loader_busy: Signal<In, Bit>,
    pub bank_in_use: [Signal<In, Bit>; 2],
    pub matmul_last: Signal<In, Bit>,
    pub matmul_second_last: Signal<In, Bit>,
    pub idle: Signal<In, Bit>,
    pub post_finished: Signal<In, Bit>,
    pub alu_finished: Signal<In, Bit>,
    pub alu_result_valid: Signal<In, Bit>,
    pub table_finished: Signal<In, Bit>,
    pub command: [Signal<Out, Bits<32>>; 4],
    pub decoding: Signal<Out, Bit>,
    pub pop: Signal<Out, Bit>,
    pub tile_start: Signal<Out, Bit>,
    pub tile_start_row: Signal<Out, Bits<WA>>,
    pub tile_start_bank: Signal<Out, Bit>,
    pub matmul_issue: Signal<Out, Bit>,
    pub post_start: Signal<Out, Bit>,
    pub alu_start: Signal<Out, Bit>,
    pub alu_active: Signal<Out, Bit>,
    pub table_enabled: Signal<Out, Bit>,
    pub barrier: Signal<Out, Bit>,
    pub done: Signal<Out, Bit>,
    pub failed: Signal<Out, Bit>,
    pub failed_code: Signal<Out, Bits<8>>,
    pub running: Signal<Out, Bit>,
    pub busy: Signal<Out, Bit>,
    // ---- the states (one-hot; none set: Idle) ----
    /// the head entry is read and taken
    fetch: DFF<Bit>,
    /// the checks of its opcode: finish (NOP, refused) or start its engine
    decode: DFF<Bit>,
    /// LOAD_TILE: wait for the loader and the bank, start the loader
    load_tile: DFF<Bit>,
    /// LOAD_TILE: wait for the loader
    load_wait: DFF<Bit>,
    /// MATMUL: issue the vectors (and the prefetch)
    matmul: DFF<Bit>,
    /// POSTPROCESS: wait for the unit to drain
    post_wait: DFF<Bit>,
    /// POSTPROCESS: the columns
    post_process: DFF<Bit>,
    /// BARRIER: wait for the unit to drain
    barrier_wait: DFF<Bit>,
    /// ALU: wait for the unit to drain
    alu_wait: DFF<Bit>,
    /// ALU: the elements
    alu: DFF<Bit>,
    /// LOAD_TABLE: wait for the unit to drain
    table_wait: DFF<Bit>,
    /// LOAD_TABLE: the entries
    load_table: DFF<Bit>,
    // ---- the command ----
    c: [DFF<Bits<32>>; 4],
    /// `c1 + N - 1` and `c3 + N - 1` (low WA bits), registered with them in Fetch: the
    /// last rows of a LOAD_TILE and of a MATMUL's prefetch (keeps the add off the start path)
    c1_last: DFF<Bits<WA>>,
    c3_last: DFF<Bits<WA>>,
    /// a MATMUL's prefetch has started
    prefetch_started: DFF<Bit>,
    /// `idle` last cycle: the wait states (entered from Decode, which starts nothing) use
    /// it, which keeps the drain logic off the done path
    drained_last: DFF<Bit>,
    done_last: DFF<Bit>,
    failed_last: DFF<Bit>,
    failed_code_last: DFF<Bits<8>>,
    /// the command's last cycle, and its error
    cmd_done: Signal<Local, Bit>,
    cmd_error: Signal<Local, Bit>,
    cmd_code: Signal<Local, Bits<8>>,
    /// the bank the command uses / the other one has vectors inside the array
    bank_busy: Signal<Local, Bit>,
    other_bank_busy: Signal<Local, Bit>,
    /// `SP` (0 or 1): cycles until the next MATMUL vector may issue (bit-serial PEs take
    /// one vector per `SERIAL_PE_INTERVAL` cycles; counts down from the interval minus one
    /// after an issue, across commands)
    pace: [DFF<Bits<5>>; SP],
    pace_reload: [Constant<Bits<5>>; SP],
}

impl<const WA: usize, const SP: usize> Default for Sequencer<WA, SP> {
    fn default() -> Self {
        assert!(SP <= 1, "Sequencer: SP is 0 or 1");
        const _: () = assert!(qins_core::accel::SERIAL_PE_INTERVAL <= 32);
        block_fields! {
            Self {
                pace_reload: array_init::array_init(|_| {
                    Constant::new(((qins_core::accel::SERIAL_PE_INTERVAL - 1) as u64).to_bits())
                }),
            }
            default { clock, queue_nonempty, entry, opcode, finish_at_decode, refusal,
                array_size, has_alu, loader_busy, matmul_last, matmul_second_last, idle,
                post_finished, alu_finished, alu_result_valid, table_finished, decoding, pop,
                tile_start, tile_start_row, tile_start_bank, matmul_issue, post_start,
                alu_start, alu_active, table_enabled, barrier, done, failed, failed_code,
                running, busy, fetch, decode, load_tile, load_wait, matmul, post_wait,
                post_process, barrier_wait, alu_wait, alu, table_wait, load_table, c1_last,
                c3_last, prefetch_started, drained_last, done_last, failed_last,
                failed_code_last, cmd_done, cmd_error, cmd_code, bank_busy, other_bank_busy }
            lanes { bank_in_use, command, c, pace }
        }
    }
}

impl<const WA: usize, const SP: usize> Sequencer<WA, SP> {
    /// How many state flip-flops are set now (0 in Idle; never more than 1): the tests
    /// check the one-hot invariant with it after every cycle.
    pub fn states_set(&self) -> usize {
        [
            &self.fetch,
            &self.decode,
            &self.load_tile,
            &self.load_wait,
            &self.matmul,
            &self.post_wait,
            &self.post_process,
            &self.barrier_wait,
            &self.alu_wait,
            &self.alu,
            &self.table_wait,
            &self.load_table,
        ]
        .iter()
        .filter(|s| s.q.val())
        .count()
    }
}

// each state's logic is `if <state> { if <condition> { .. } }`, as the arms of a match
#[allow(clippy::collapsible_if)]
impl<const WA: usize, const SP: usize> Logic for Sequencer<WA, SP> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, fetch, decode, load_tile, load_wait, matmul, post_wait);
        dff_setup!(
            self,
            clock,
            post_process,
            barrier_wait,
            alu_wait,
            alu,
            table_wait
        );
        dff_setup!(self, clock, load_table, c1_last, c3_last, prefetch_started);
        dff_setup!(
            self,
            clock,
            drained_last,
            done_last,
            failed_last,
            failed_code_last
        );
        for k in 0..4 {
            self.c[k].clock.next = self.clock.val();
            self.c[k].d.next = self.c[k].q.val();
            self.command[k].next = self.c[k].q.val();
        }
        self.drained_last.d.next = self.idle.val();
        self.cmd_done.next = false;
        self.cmd_error.next = false;
        self.cmd_code.next = 0.into();
        self.tile_start.next = false;
        self.tile_start_row.next = self.c1_last.q.val();
        self.tile_start_bank.next = self.c[0].q.val().get_bit(8);
        self.matmul_issue.next = false;
        self.post_start.next = false;
        self.alu_start.next = false;
        self.alu_active.next = false;
        self.barrier.next = false;
        self.bank_busy.next = self.bank_in_use[0].val();
        self.other_bank_busy.next = self.bank_in_use[1].val();
        if self.c[0].q.val().get_bit(8) {
            self.bank_busy.next = self.bank_in_use[1].val();
            self.other_bank_busy.next = self.bank_in_use[0].val();
        }
        self.running.next = self.fetch.q.val()
            | self.decode.q.val()
            | self.load_tile.q.val()
            | self.load_wait.q.val()
            | self.matmul.q.val()
            | self.post_wait.q.val()
            | self.post_process.q.val()
            | self.barrier_wait.q.val()
            | self.alu_wait.q.val()
            | self.alu.q.val()
            | self.table_wait.q.val()
            | self.load_table.q.val();
        // the states' logic (at most one is set)
        if !self.running.val() {
            if self.queue_nonempty.val() {
                self.fetch.d.next = true;
            }
        }
        if self.fetch.q.val() {
            for k in 0..4 {
                self.c[k].d.next = self.entry.val().get_bits::<32>(k * 32);
            }
            self.c1_last.d.next =
                bit_cast::<WA, 32>(self.entry.val().get_bits::<32>(32) + self.array_size.val() - 1);
            self.c3_last.d.next =
                bit_cast::<WA, 32>(self.entry.val().get_bits::<32>(96) + self.array_size.val() - 1);
            self.fetch.d.next = false;
            self.decode.d.next = true;
        }
        if self.decode.q.val() {
            self.prefetch_started.d.next = false;
            self.decode.d.next = false;
            if self.finish_at_decode.val() {
                // a NOP, or refused: BadOpcode (3) or BadOperand (4), decided in Fetch
                self.cmd_done.next = true;
                if self.refusal.val().any() {
                    self.cmd_error.next = true;
                    self.cmd_code.next = self.refusal.val();
                }
            } else if self.opcode.val().get_bit(1) {
                self.load_tile.d.next = true;
            } else if self.opcode.val().get_bit(2) {
                self.matmul.d.next = true;
            } else if self.opcode.val().get_bit(3) {
                self.post_wait.d.next = true;
            } else if self.opcode.val().get_bit(4) {
                self.barrier_wait.d.next = true;
            } else if self.opcode.val().get_bit(5) {
                self.alu_wait.d.next = true;
            } else {
                self.table_wait.d.next = true;
            }
        }
        if self.load_tile.q.val() {
            if !self.loader_busy.val() & !self.bank_busy.val() {
                self.tile_start.next = true;
                self.load_tile.d.next = false;
                self.load_wait.d.next = true;
            }
        }
        if self.load_wait.q.val() {
            if !self.loader_busy.val() {
                self.cmd_done.next = true;
            }
        }
        if self.matmul.q.val() {
            self.matmul_issue.next = !self.matmul_last.val();
            for u in 0..SP {
                self.matmul_issue.next = !self.matmul_last.val() & !self.pace[u].q.val().any();
            }
            // prefetch into the other bank once its last vectors have left the array
            if self.c[0].q.val().get_bit(11)
                & !self.prefetch_started.q.val()
                & !self.loader_busy.val()
                & !self.other_bank_busy.val()
            {
                self.tile_start.next = true;
                self.tile_start_row.next = self.c3_last.q.val();
                self.tile_start_bank.next = !self.c[0].q.val().get_bit(8);
                self.prefetch_started.d.next = true;
            }
            // done with the last issue (no idle cycle between consecutive MATMULs)
            if (self.matmul_last.val() | (self.matmul_second_last.val() & self.matmul_issue.val()))
                & (!self.c[0].q.val().get_bit(11)
                    | (self.prefetch_started.q.val() & !self.loader_busy.val()))
            {
                self.cmd_done.next = true;
            }
        }
        if self.post_wait.q.val() {
            if self.drained_last.q.val() {
                self.post_start.next = true;
                self.post_wait.d.next = false;
                self.post_process.d.next = true;
            }
        }
        if self.post_process.q.val() {
            if self.post_finished.val() {
                self.cmd_done.next = true;
            }
        }
        if self.barrier_wait.q.val() {
            if self.drained_last.q.val() {
                self.barrier.next = true;
                self.cmd_done.next = true;
            }
        }
        if self.alu_wait.q.val() {
            // (unreachable without the ALU; the constant lets synthesis drop the engine)
            if self.drained_last.q.val() & self.has_alu.val() {
                self.alu_start.next = true;
                self.alu_wait.d.next = false;
                self.alu.d.next = true;
            }
        }
        if self.alu.q.val() {
            self.alu_active.next = self.has_alu.val();
            // (gated by the constant: without the ALU these compares leave the done path)
            if self.has_alu.val() & self.alu_finished.val() & !self.alu_result_valid.val() {
                self.cmd_done.next = true;
            }
        }
        if self.table_wait.q.val() {
            if self.drained_last.q.val() {
                self.table_wait.d.next = false;
                self.load_table.d.next = true;
            }
        }
        if self.load_table.q.val() {
            if self.table_finished.val() {
                self.cmd_done.next = true;
            }
        }
        self.table_enabled.next = self.load_table.q.val();
        self.decoding.next = self.decode.q.val();
        // a command's last cycle leaves its state for Fetch, or Idle
        if self.cmd_done.val() {
            self.load_wait.d.next = false;
            self.matmul.d.next = false;
            self.post_process.d.next = false;
            self.barrier_wait.d.next = false;
            self.alu.d.next = false;
            self.load_table.d.next = false;
            self.fetch.d.next = self.queue_nonempty.val();
        }
        // pop in Fetch: the head entry is read there (its address was presented in the
        // cycle before), and the pop comes from the registered state, not from the done
        // conditions (which would otherwise reach the queue pointers' enables)
        self.pop.next = self.fetch.q.val();
        self.done_last.d.next = self.cmd_done.val();
        self.done.next = self.done_last.q.val();
        self.failed_last.d.next = self.cmd_error.val();
        self.failed_code_last.d.next = self.cmd_code.val();
        self.failed.next = self.failed_last.q.val();
        // a failed command's error reaches STATUS a cycle after the command ends (the sticky
        // error capture reads registered causes): busy covers that cycle, so a host that sees
        // busy clear also sees the error
        self.busy.next = self.queue_nonempty.val()
            | self.running.val()
            | !self.idle.val()
            | self.failed_last.q.val();
        self.failed_code.next = self.failed_code_last.q.val();
        for u in 0..SP {
            self.pace[u].clock.next = self.clock.val();
            self.pace[u].d.next = self.pace[u].q.val();
            if self.pace[u].q.val().any() {
                self.pace[u].d.next = self.pace[u].q.val() - 1;
            }
            if self.matmul_issue.val() {
                self.pace[u].d.next = self.pace_reload[u].val();
            }
        }
    }
}
