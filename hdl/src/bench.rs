//! A hand-stepped harness for rust-hdl simulator tests: set inputs, let them settle, clock.
//!
//! ```text
//! let mut b = ClockedBench::new(DecodeTable::default());
//! b.uut.read_code.next = 5.into();
//! b.cycle();            // settle, rising edge, settle
//! ```
//! The block must expose its clock as `clock: Signal<In, Clock>`; the harness reaches it
//! through the [`Clocked`] trait.

use rust_hdl::prelude::*;

/// A block with a clock input.
pub trait Clocked: Block {
    fn clock_signal(&mut self) -> &mut Signal<In, Clock>;
}

/// Implements [`Clocked`] for blocks whose clock field is called `clock`:
/// `impl_clocked!(Block)`, or `impl_clocked!(Block<const W: usize, const D: usize>)` for a
/// block with const generics.
#[macro_export]
macro_rules! impl_clocked {
    ($t:ident<$(const $g:ident: usize),+>) => {
        impl<$(const $g: usize),+> $crate::bench::Clocked for $t<$($g),+> {
            fn clock_signal(
                &mut self,
            ) -> &mut rust_hdl::prelude::Signal<rust_hdl::prelude::In, rust_hdl::prelude::Clock>
            {
                &mut self.clock
            }
        }
    };
    ($t:ty) => {
        impl $crate::bench::Clocked for $t {
            fn clock_signal(
                &mut self,
            ) -> &mut rust_hdl::prelude::Signal<rust_hdl::prelude::In, rust_hdl::prelude::Clock>
            {
                &mut self.clock
            }
        }
    };
}

/// Owns the unit under test and steps it.
pub struct ClockedBench<B: Clocked> {
    pub uut: B,
    pub cycles: u64,
}

const MAX_SETTLE_ITERATIONS: usize = 10_000;

impl<B: Clocked> ClockedBench<B> {
    pub fn new(mut uut: B) -> Self {
        uut.connect_all();
        let mut b = Self { uut, cycles: 0 };
        b.settle();
        b
    }

    /// Propagates combinational changes; panics on a combinational loop (a test failure).
    pub fn settle(&mut self) {
        assert!(
            simulate(&mut self.uut, MAX_SETTLE_ITERATIONS),
            "circuit did not settle"
        );
    }

    /// One full clock cycle: settle the inputs, rising edge, settle, falling edge.
    pub fn cycle(&mut self) {
        self.settle();
        self.uut.clock_signal().next = Clock::from(true);
        self.settle();
        self.uut.clock_signal().next = Clock::from(false);
        self.settle();
        self.cycles += 1;
    }

    pub fn cycles(&mut self, n: usize) {
        for _ in 0..n {
            self.cycle();
        }
    }
}
