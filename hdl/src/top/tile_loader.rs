//! `TileLoader<WA>`: LOAD_TILE and the MATMUL prefetch. Reads a tile's `N` weight rows,
//! last row first, one per cycle, and shifts them (decoded) into one bank of the array.
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `clock` | in | 1 | |
//! | `start` | in | 1 | begin a tile (only while `busy` is low) |
//! | `start_row`, `start_bank` | in | WA, 1 | the tile's last weight row; the bank it fills |
//! | `tile_rows` | in | 8 | `N` (a constant of the top) |
//! | `reading` | out | 1 | a weight row is read this cycle, at `row` |
//! | `row` | out | WA | the weight memory address while `reading` |
//! | `busy` | out | 1 | a tile is being read or is still in the decode pipeline |
//! | `load`, `load_bank` | out | 1, 1 | the array's `weight_load` and its bank |
//!
//! Pipeline: weight memory read (1 cycle) -> weight decode tables (1) -> `load`: a row
//! reaches the array two cycles after it was read. Every output is a register.

use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct TileLoader<const WA: usize> {
    pub clock: Signal<In, Clock>,
    pub start: Signal<In, Bit>,
    pub start_row: Signal<In, Bits<WA>>,
    pub start_bank: Signal<In, Bit>,
    /// `N`, the rows of a tile (the top ties it to its constant)
    pub tile_rows: Signal<In, Bits<8>>,
    pub reading: Signal<Out, Bit>,
    pub row: Signal<Out, Bits<WA>>,
    pub busy: Signal<Out, Bit>,
    pub load: Signal<Out, Bit>,
    pub load_bank: Signal<Out, Bit>,
    running: DFF<Bit>,
    next_row: DFF<Bits<WA>>,
    rows_left: DFF<Bits<8>>,
    bank: DFF<Bit>,
    /// the row read last cycle is in the decode tables (and its bank)
    decoding: DFF<Bit>,
    decoding_bank: DFF<Bit>,
    /// the decoded row is at the array's input (and its bank)
    loading: DFF<Bit>,
    loading_bank: DFF<Bit>,
}

impl<const WA: usize> Logic for TileLoader<WA> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            running,
            next_row,
            rows_left,
            bank,
            decoding,
            decoding_bank,
            loading,
            loading_bank
        );
        if self.start.val() {
            self.running.d.next = true;
            self.next_row.d.next = self.start_row.val();
            self.rows_left.d.next = self.tile_rows.val();
            self.bank.d.next = self.start_bank.val();
        }
        self.decoding.d.next = self.running.q.val();
        self.decoding_bank.d.next = self.bank.q.val();
        self.loading.d.next = self.decoding.q.val();
        self.loading_bank.d.next = self.decoding_bank.q.val();
        if self.running.q.val() {
            self.next_row.d.next = self.next_row.q.val() - 1;
            self.rows_left.d.next = self.rows_left.q.val() - 1;
            if self.rows_left.q.val() == 1 {
                self.running.d.next = false;
            }
        }
        self.reading.next = self.running.q.val();
        self.row.next = self.next_row.q.val();
        self.busy.next = self.running.q.val() | self.decoding.q.val() | self.loading.q.val();
        self.load.next = self.loading.q.val();
        self.load_bank.next = self.loading_bank.q.val();
    }
}
