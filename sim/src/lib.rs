//! `qins-sim`: the committed RTL (`rtl/*.v`) run by Verilator, behind safe Rust types.
//!
//! - [`AccelSim`]: the `qins_accel_sim8` top (8 x 8 array). It implements
//!   [`qins_core::bus::Bus`], so the host driver runs on it unchanged:
//!   `Driver::new(AccelSim::new(), AccelConfig::SIM8)`.
//! - [`AluSim`]: the `qins_alu` top, with a batch call streaming one op per cycle.
//! - [`BoardSim`]: a board top `qins_board_<board>_sim` (UART host link + that board's
//!   accelerator; one per `qins_core::link::SIM_BOARDS`: up5k, ulx3s, ulx3s25f), driven bit
//!   by bit through its serial line. It implements [`qins_core::link::SerialLink`], so
//!   `Driver::new(LinkBus::new(BoardSim::new())?, AccelConfig::UP5K)` runs the host driver
//!   over the simulated UART (`BoardSim::new_for(AccelConfig::ULX3S)` for the ULX3S's).
//! - [`fuzz`]: the differential fuzzer, random bus programs on `AccelSim` against the model.
//! - [`speed`]: the simulation speed of the tops (`qins bench-sim`).
//!
//! The build script verilates the tops and compiles them with the Verilator runtime and the
//! C shim `csrc/shim.cpp`. A cycle is a rising edge then a falling edge; inputs set
//! between cycles are sampled on the next rising edge; outputs are read after the falling
//! edge. Every call that runs cycles runs all of them in C++ (no FFI per cycle). Any
//! instance can write a VCD trace of itself ([`AccelSim::trace`], [`AluSim::trace`]); with
//! the environment variable [`TRACE_DIR_ENV`] set to a directory, every instance made
//! from then on traces itself there from power-up (to debug a failing test:
//! `QINS_SIM_VCD_DIR=/tmp/vcd cargo test -p qins-sim --features trace --test accel NAME`;
//! the files grow with every cycle, so trace one short test at a time). Tracing is compiled
//! in only with the `trace` feature ([`TRACING`]); without it a trace request is an error
//! that says so.

use qins_core::accel::{AccelConfig, BUS_LATENCY};
use qins_core::bus::{Bus, Refused};
use qins_core::code_enum;
use qins_core::link::{FpgaBoard, SerialLink, BITS_PER_BYTE, SIM_BOARDS, UP5K_BOARD};
use std::ffi::{c_void, CString};
use std::io;
use std::path::{Path, PathBuf};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Environment variable: a directory where every new instance writes a VCD trace of itself,
/// named `<top>-<process id>-<instance>.vcd`.
pub const TRACE_DIR_ENV: &str = "QINS_SIM_VCD_DIR";

static INSTANCES: AtomicU64 = AtomicU64::new(0);

/// VCD tracing is compiled into this build (the `trace` feature; `make wave` builds with
/// it). Without it every cycle runs faster and asking for a trace is an error that says how
/// to get one.
pub const TRACING: bool = cfg!(feature = "trace");

/// The C++ compiler the verilated tops were built with (clang++ where installed).
pub const COMPILER: &str = env!("QINS_SIM_COMPILER");

/// What the shim's `trace_open` answered (0 tracing, -1 the file cannot be opened, -2 no
/// tracing in this build).
fn trace_result(r: i32, path: &Path) -> io::Result<()> {
    match r {
        0 => Ok(()),
        -2 => Err(io::Error::new(
            io::ErrorKind::Unsupported,
            format!(
                "cannot trace to {}: this build has no VCD tracing (it costs every cycle); \
                 build with the trace feature: `cargo build --release --features trace` for \
                 qins, `--features qins-sim/trace` for the tests, or `make wave`",
                path.display()
            ),
        )),
        _ => Err(io::Error::other(format!(
            "cannot open the VCD file {}",
            path.display()
        ))),
    }
}

/// The VCD path of a new instance when [`TRACE_DIR_ENV`] is set.
fn auto_trace_path(top: &str) -> Option<PathBuf> {
    let dir = std::env::var_os(TRACE_DIR_ENV)?;
    let n = INSTANCES.fetch_add(1, Ordering::Relaxed);
    Some(Path::new(&dir).join(format!("{top}-{}-{n}.vcd", std::process::id())))
}

pub mod fuzz;
pub mod speed;

mod ffi {
    use std::ffi::{c_char, c_void};

    #[repr(C)]
    pub struct AluIn {
        pub a: u32,
        pub b: u32,
        pub op: u32,
    }

    #[repr(C)]
    #[derive(Clone, Copy, Default)]
    pub struct AluOut {
        pub cycle: u64,
        pub result: u32,
        pub tag: u32,
        pub illegal: u32,
    }

    extern "C" {
        pub fn qsim_accel_new() -> *mut c_void;
        pub fn qsim_accel_free(h: *mut c_void);
        pub fn qsim_accel_run(h: *mut c_void, n: u64);
        pub fn qsim_accel_cycles(h: *mut c_void) -> u64;
        pub fn qsim_accel_trace_open(h: *mut c_void, path: *const c_char) -> i32;
        pub fn qsim_accel_trace_close(h: *mut c_void);
        pub fn qsim_accel_set(h: *mut c_void, port: u32, v: u32) -> i32;
        pub fn qsim_accel_get(h: *mut c_void, port: u32) -> u32;
        pub fn qsim_accel_request(
            h: *mut c_void,
            address: u32,
            wdata: u32,
            write: u32,
            data: *mut u32,
        ) -> u32;

        pub fn qsim_board_new(top: u32, cpb: u32) -> *mut c_void;
        pub fn qsim_board_free(h: *mut c_void);
        pub fn qsim_board_cycles(h: *mut c_void) -> u64;
        pub fn qsim_board_trace_open(h: *mut c_void, path: *const c_char) -> i32;
        pub fn qsim_board_trace_close(h: *mut c_void);
        pub fn qsim_board_send(h: *mut c_void, bytes: *const u8, n: usize);
        pub fn qsim_board_line_break(h: *mut c_void, cycles: u64);
        pub fn qsim_board_run(h: *mut c_void, max_cycles: u64, want: u64, drain_out: u32) -> u64;
        pub fn qsim_board_take(h: *mut c_void, buf: *mut u8, cap: usize) -> usize;
        pub fn qsim_board_get(h: *mut c_void, port: u32) -> u32;

        pub fn qsim_alu_new() -> *mut c_void;
        pub fn qsim_alu_free(h: *mut c_void);
        pub fn qsim_alu_run(h: *mut c_void, n: u64);
        pub fn qsim_alu_cycles(h: *mut c_void) -> u64;
        pub fn qsim_alu_trace_open(h: *mut c_void, path: *const c_char) -> i32;
        pub fn qsim_alu_trace_close(h: *mut c_void);
        pub fn qsim_alu_set(h: *mut c_void, port: u32, v: u32) -> i32;
        pub fn qsim_alu_get(h: *mut c_void, port: u32) -> u32;
        pub fn qsim_alu_stream(
            h: *mut c_void,
            ops: *const AluIn,
            n: usize,
            drain: u64,
            out: *mut AluOut,
            cap: usize,
            stray_illegal: *mut u64,
        ) -> usize;
    }
}

fn c_path(path: &Path) -> io::Result<CString> {
    CString::new(path.as_os_str().as_encoded_bytes())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "path contains a NUL byte"))
}

/// What every simulator type (a struct holding the shim's handle `h`) shares, over its top's
/// shim entry points: taking ownership of a new instance (`from_shim`), `Default` (from
/// `new`), and (the `@common` part, also for [`BoardSim`], which makes its own instances)
/// `trace_from_env`, `cycles`, `trace`, `trace_close` and `Drop`.
macro_rules! shim_handle {
    (
        $sim:ident, $module:literal,
        free: $free:ident, cycles: $cycles:ident,
        trace_open: $trace_open:ident, trace_close: $trace_close:ident $(,)?
    ) => {
        impl $sim {
            /// Owns `h`, and traces it when [`TRACE_DIR_ENV`] is set.
            ///
            /// # Safety
            /// `h` is null or a new instance of this top from the shim, owned by nothing else.
            unsafe fn from_shim(h: *mut c_void) -> Self {
                let mut s = Self {
                    h: NonNull::new(h).expect(concat!("the shim made no ", $module)),
                };
                s.trace_from_env($module);
                s
            }
        }

        impl Default for $sim {
            fn default() -> Self {
                Self::new()
            }
        }

        shim_handle!(
            @common $sim,
            free: $free, cycles: $cycles, trace_open: $trace_open, trace_close: $trace_close
        );
    };
    (
        @common $sim:ident,
        free: $free:ident, cycles: $cycles:ident,
        trace_open: $trace_open:ident, trace_close: $trace_close:ident
    ) => {
        impl $sim {
            /// Starts a trace named after `module` when [`TRACE_DIR_ENV`] is set.
            fn trace_from_env(&mut self, module: &str) {
                if let Some(p) = auto_trace_path(module) {
                    self.trace(&p)
                        .unwrap_or_else(|e| panic!("{TRACE_DIR_ENV}: {e}"));
                }
            }

            /// Cycles run since power-up.
            pub fn cycles(&self) -> u64 {
                // SAFETY: `h` is live (owned by self).
                unsafe { ffi::$cycles(self.h.as_ptr()) }
            }

            /// Starts writing a VCD trace of every signal to `path` (replacing an open trace).
            /// The trace is flushed and closed by `trace_close` or on drop.
            pub fn trace(&mut self, path: impl AsRef<Path>) -> io::Result<()> {
                let p = c_path(path.as_ref())?;
                // SAFETY: `h` is live, `p` is a NUL-terminated string that outlives the call.
                trace_result(
                    unsafe { ffi::$trace_open(self.h.as_ptr(), p.as_ptr()) },
                    path.as_ref(),
                )
            }

            /// Closes the VCD trace, if one is open.
            pub fn trace_close(&mut self) {
                // SAFETY: `h` is live.
                unsafe { ffi::$trace_close(self.h.as_ptr()) }
            }
        }

        impl Drop for $sim {
            fn drop(&mut self) {
                // SAFETY: `h` came from the shim and is freed exactly once.
                unsafe { ffi::$free(self.h.as_ptr()) }
            }
        }
    };
}

/// `cycle`, `set` and `get` of a simulator type whose top is clocked and driven port by port
/// from here.
macro_rules! shim_ports {
    (
        $sim:ident, $module:literal, $port:ident,
        run: $run:ident, set: $set:ident, get: $get:ident $(,)?
    ) => {
        impl $sim {
            /// Runs `n` clock cycles with the inputs as they are.
            pub fn cycle(&mut self, n: u64) {
                // SAFETY: `h` is live.
                unsafe { ffi::$run(self.h.as_ptr(), n) }
            }

            /// Sets an input port (masked to its width); panics for an output port.
            pub fn set(&mut self, port: $port, value: u32) {
                // SAFETY: `h` is live.
                let r = unsafe { ffi::$set(self.h.as_ptr(), port as u32, value) };
                assert!(r == 0, concat!("{:?} is an output of ", $module), port);
            }

            /// The current value of a port (an input reads back what was set).
            pub fn get(&self, port: $port) -> u32 {
                // SAFETY: `h` is live.
                unsafe { ffi::$get(self.h.as_ptr(), port as u32) }
            }
        }
    };
}

/// Declares the port enum of a top driven from here ([`code_enum!`]; the numbers are the
/// shim's), its inputs first, and `is_input`.
macro_rules! port_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            inputs: { $( $(#[$imeta:meta])* $input:ident = $i:literal ),+ $(,)? }
            outputs: { $( $(#[$ometa:meta])* $output:ident = $o:literal ),+ $(,)? }
        }
    ) => {
        code_enum! {
            $(#[$meta])*
            #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
            pub enum $name: u32 {
                $( $(#[$imeta])* $input = $i, )+
                $( $(#[$ometa])* $output = $o, )+
            }
        }

        impl $name {
            /// The port is an input (set from here), not an output.
            pub fn is_input(self) -> bool {
                matches!(self, $(Self::$input)|+)
            }
        }
    };
}

port_enum! {
    /// Ports of the `qins_accel_sim8` top (the clock is driven by [`AccelSim::cycle`]).
    pub enum AccelPort {
        inputs: {
            /// 24 bits: word address of the request.
            BusAddress = 0,
            /// 32 bits.
            BusWriteData = 1,
            /// 1 bit: write strobe.
            BusWrite = 2,
            /// 1 bit: read strobe.
            BusRead = 3,
        }
        outputs: {
            /// 32 bits.
            BusReadData = 4,
            /// 1 bit: the answer, [`BUS_LATENCY`] cycles after the strobe.
            BusReady = 5,
            /// 1 bit: the request failed (with `BusReady`).
            BusError = 6,
            /// 1 bit: STATUS.busy.
            Busy = 7,
        }
    }
}

/// The unit's answer to one bus request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BusAnswer {
    /// `bus_ready` [`BUS_LATENCY`] cycles after the strobe (must be set).
    pub ready: bool,
    /// `bus_ready` one cycle after the strobe (must be clear: the answer is exactly late).
    pub early: bool,
    pub error: bool,
    pub data: u32,
}

/// The `qins_accel_sim8` RTL top in Verilator.
///
/// Bus requests follow `docs/registers.md`: the strobe for one cycle, the answer
/// ([`BusAnswer`]) after exactly [`BUS_LATENCY`] cycles. The [`Bus`] implementation panics
/// when the RTL breaks that protocol (no `ready`, or `ready` a cycle early): that is an RTL
/// bug, not a refused request. Addresses are 24 bits wide on the wires: higher bits of an
/// address are dropped, as the hardware would.
pub struct AccelSim {
    h: NonNull<c_void>,
}

impl AccelSim {
    /// The configuration of this top.
    pub const CONFIG: AccelConfig = AccelConfig::SIM8;

    /// A fresh unit in its power-up state (no cycles run yet).
    pub fn new() -> Self {
        // SAFETY: the shim returns a new instance, owned by this value until Drop.
        unsafe { Self::from_shim(ffi::qsim_accel_new()) }
    }

    /// One bus request ([`BUS_LATENCY`] = 2 cycles), the answer as the wires show it.
    pub fn request(&mut self, address: u32, data: u32, write: bool) -> BusAnswer {
        const _: () = assert!(BUS_LATENCY == 2, "the shim's request helper runs 2 cycles");
        let mut read = 0u32;
        // SAFETY: `h` is live, `read` is a valid out pointer.
        let bits = unsafe {
            ffi::qsim_accel_request(self.h.as_ptr(), address, data, write as u32, &mut read)
        };
        BusAnswer {
            ready: bits & 1 != 0,
            error: bits & 2 != 0,
            early: bits & 4 != 0,
            data: read,
        }
    }

    fn checked(&mut self, address: u32, data: u32, write: bool) -> Result<u32, Refused> {
        let a = self.request(address, data, write);
        let what = if write { "write" } else { "read" };
        assert!(
            a.ready && !a.early,
            "qins_accel_sim8 broke the bus protocol on a {what} of 0x{address:06X} at cycle {}: \
             ready {} after 1 cycle, {} after {BUS_LATENCY}",
            self.cycles(),
            a.early,
            a.ready
        );
        if a.error {
            Err(Refused)
        } else {
            Ok(a.data)
        }
    }
}

shim_handle!(
    AccelSim, "qins_accel_sim8",
    free: qsim_accel_free, cycles: qsim_accel_cycles,
    trace_open: qsim_accel_trace_open, trace_close: qsim_accel_trace_close,
);
shim_ports!(
    AccelSim, "qins_accel_sim8", AccelPort,
    run: qsim_accel_run, set: qsim_accel_set, get: qsim_accel_get,
);

// SAFETY: the handle owns its Verilated model and its own VerilatedContext, and nothing else
// points at them; `&mut self` on every call that touches them means one thread at a time.
// Verilator runs each model with its own context on whatever thread calls it, so moving the
// handle to another thread (the rtl engine's parallel instances) is sound.
unsafe impl Send for AccelSim {}

impl Bus for AccelSim {
    fn write_word(&mut self, address: u32, data: u32) -> Result<(), Refused> {
        self.checked(address, data, true).map(|_| ())
    }
    fn read_word(&mut self, address: u32) -> Result<u32, Refused> {
        self.checked(address, 0, false)
    }
    fn run(&mut self, cycles: u64) {
        self.cycle(cycles);
    }
}

/// Cycles from an op's issue to its result on the `qins_alu` outputs: `LATENCY` in
/// `hdl/src/alu/mod.rs` (an op whose inputs are set before cycle `c` is out after cycle
/// `c + ALU_LATENCY - 1`, counting from 0). `sim/tests/alu.rs` measures it on the RTL.
pub const ALU_LATENCY: u64 = 18;

port_enum! {
    /// Ports of the `qins_alu` top (the clock is driven by [`AluSim::cycle`]).
    pub enum AluPort {
        // the op stream, then the write ports of the DECODE, threshold, code and LOOKUP
        // tables
        inputs: {
            InValid = 0, Op = 1, A = 2, B = 3, InTag = 4,
            DecodeWriteEnable = 5, DecodeWriteIndex = 6, DecodeWriteValue = 7,
            ThresholdWriteEnable = 8, ThresholdWriteIndex = 9, ThresholdWriteValue = 10,
            CodeWriteEnable = 11, CodeWriteIndex = 12, CodeWriteValue = 13,
            LookupWriteEnable = 14, LookupWriteIndex = 15, LookupWriteValue = 16,
        }
        outputs: { OutValid = 17, Result = 18, OutTag = 19, OutIllegal = 20 }
    }
}

/// One op for [`AluSim::run`]: `op` is a `qins_core::hw::AluOp` opcode (or an illegal 10..=15).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AluIssue {
    pub op: u8,
    pub a: u32,
    pub b: u32,
}

/// One result of [`AluSim::run`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AluResult {
    pub result: u32,
    pub illegal: bool,
}

/// The `qins_alu` RTL top in Verilator. The tables power up holding the QINS tables.
pub struct AluSim {
    h: NonNull<c_void>,
}

impl AluSim {
    /// A fresh ALU in its power-up state (no cycles run yet).
    pub fn new() -> Self {
        // SAFETY: the shim returns a new instance, owned by this value until Drop.
        unsafe { Self::from_shim(ffi::qsim_alu_new()) }
    }

    /// Pulses one write-enable for one cycle with its two data ports.
    fn pulse(&mut self, enable: AluPort, writes: [(AluPort, u32); 2]) {
        for (p, v) in writes {
            self.set(p, v);
        }
        self.set(enable, 1);
        self.cycle(1);
        self.set(enable, 0);
    }

    /// Writes one entry of the DECODE table (one cycle).
    pub fn write_decode(&mut self, code: u8, value: i16) {
        self.pulse(
            AluPort::DecodeWriteEnable,
            [
                (AluPort::DecodeWriteIndex, code as u32),
                (AluPort::DecodeWriteValue, value as u16 as u32),
            ],
        );
    }

    /// Writes ENCODE threshold `t[index]` (one cycle; index 255 writes nothing).
    pub fn write_threshold(&mut self, index: u8, value: i32) {
        self.pulse(
            AluPort::ThresholdWriteEnable,
            [
                (AluPort::ThresholdWriteIndex, index as u32),
                (AluPort::ThresholdWriteValue, value as u32),
            ],
        );
    }

    /// Writes the ENCODE rank -> code map at `rank` (one cycle).
    pub fn write_code(&mut self, rank: u8, code: u8) {
        self.pulse(
            AluPort::CodeWriteEnable,
            [
                (AluPort::CodeWriteIndex, rank as u32),
                (AluPort::CodeWriteValue, code as u32),
            ],
        );
    }

    /// Writes the LOOKUP table's entry for `code` (one cycle).
    pub fn write_lookup(&mut self, code: u8, result: u8) {
        self.pulse(
            AluPort::LookupWriteEnable,
            [
                (AluPort::LookupWriteIndex, code as u32),
                (AluPort::LookupWriteValue, result as u32),
            ],
        );
    }

    /// Streams `ops` one per cycle, then drains the pipeline ([`ALU_LATENCY`] more cycles),
    /// and returns the results in issue order. Runs `ops.len() + ALU_LATENCY` cycles.
    ///
    /// Panics when the RTL breaks its interface contract: a result missing, extra, out of
    /// order (wrong tag), not exactly [`ALU_LATENCY`] cycles after its op, or `out_illegal`
    /// raised without `out_valid`.
    pub fn run(&mut self, ops: &[AluIssue]) -> Vec<AluResult> {
        let input: Vec<ffi::AluIn> = ops
            .iter()
            .map(|o| ffi::AluIn {
                a: o.a,
                b: o.b,
                op: o.op as u32,
            })
            .collect();
        let mut out = vec![ffi::AluOut::default(); ops.len()];
        let mut stray = 0u64;
        // SAFETY: `h` is live; `input` has `ops.len()` elements, `out` has room for `cap`.
        let seen = unsafe {
            ffi::qsim_alu_stream(
                self.h.as_ptr(),
                input.as_ptr(),
                input.len(),
                ALU_LATENCY,
                out.as_mut_ptr(),
                out.len(),
                &mut stray,
            )
        };
        assert_eq!(
            seen,
            ops.len(),
            "qins_alu gave {seen} valid outputs for {} ops",
            ops.len()
        );
        assert_eq!(stray, 0, "qins_alu raised out_illegal without out_valid");
        out.iter()
            .enumerate()
            .map(|(i, o)| {
                assert!(
                    o.tag == i as u16 as u32 && o.cycle == i as u64 + ALU_LATENCY,
                    "qins_alu: output {i} ({:?}) has tag {} after cycle {} of the stream; \
                     expected tag {} after cycle {}",
                    ops[i],
                    o.tag,
                    o.cycle,
                    i as u16,
                    i as u64 + ALU_LATENCY
                );
                AluResult {
                    result: o.result,
                    illegal: o.illegal != 0,
                }
            })
            .collect()
    }
}

shim_handle!(
    AluSim, "qins_alu",
    free: qsim_alu_free, cycles: qsim_alu_cycles,
    trace_open: qsim_alu_trace_open, trace_close: qsim_alu_trace_close,
);
shim_ports!(
    AluSim, "qins_alu", AluPort,
    run: qsim_alu_run, set: qsim_alu_set, get: qsim_alu_get,
);

/// Ports of the `qins_board_<board>_sim` tops, for [`BoardSim::get`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum BoardPort {
    /// out: the board's serial output (idle high).
    UartTx = 0,
    /// out: the accelerator is busy or the link is inside a frame.
    LedBusy = 1,
    /// out: the last link response was an error.
    LedError = 2,
    /// in: the serial line into the board, as driven.
    UartRx = 3,
    /// Not a port: framing errors seen by the host-side receiver on `uart_tx` (must stay 0).
    HostFramingErrors = 4,
}

/// A board RTL top `qins_board_<board>_sim` in Verilator ([`BoardSim::new`]: the UP5K's,
/// [`BoardSim::new_for`]: any of [`BoardSim::BOARDS`]), with both ends of its serial line
/// modelled in the shim: bytes given to [`BoardSim::send_bytes`] go out bit by bit on
/// `uart_rx` (8N1, [`BoardSim::CLOCKS_PER_BIT`] clocks per bit, back to back), and `uart_tx`
/// is sampled every clock and decoded into received bytes. Times given as [`Duration`]s
/// ([`SerialLink`]) are line time at the nominal [`BoardSim::CLOCK_HZ`].
pub struct BoardSim {
    h: NonNull<c_void>,
    board: FpgaBoard,
}

impl BoardSim {
    /// The accelerator behind the link of [`BoardSim::new`] (the UP5K's).
    pub const CONFIG: AccelConfig = AccelConfig::UP5K;
    /// The boards whose top is compiled in (`qins_core::link::SIM_BOARDS`; the shim numbers
    /// them in this order).
    pub const BOARDS: [FpgaBoard; SIM_BOARDS.len()] = SIM_BOARDS;
    /// Clocks per bit of the board tops (`qins_hdl::board::SIM_CLOCKS_PER_BIT`; this crate
    /// does not depend on `qins-hdl`, and with another value no test would pass).
    pub const CLOCKS_PER_BIT: u32 = 8;
    /// The nominal clock, to turn durations into cycles: 12 MHz, so the simulated line runs
    /// at 1.5 Mbaud (a real board runs its link at 115200 baud from its PLL clock,
    /// `qins_core::link::FpgaBoard`).
    pub const CLOCK_HZ: u64 = 12_000_000;

    /// The UP5K board (`qins_board_up5k_sim`) at power-up, after 8 idle-line cycles (so the
    /// receiver has seen a high line).
    pub fn new() -> Self {
        Self::new_for(UP5K_BOARD.config).expect("the UP5K board top is compiled in")
    }

    /// The board whose accelerator is `config` (one of [`BoardSim::BOARDS`]') at power-up,
    /// after 8 idle-line cycles; `None` when no board top has that accelerator.
    pub fn new_for(config: AccelConfig) -> Option<Self> {
        let i = Self::BOARDS.iter().position(|b| b.config == config)?;
        let board = Self::BOARDS[i];
        // SAFETY: the shim returns a new instance (null for an unknown index), owned by this
        // value until Drop.
        let h = unsafe { ffi::qsim_board_new(i as u32, Self::CLOCKS_PER_BIT) };
        let mut s = Self {
            h: NonNull::new(h).expect("the shim makes every board top of BoardSim::BOARDS"),
            board,
        };
        s.trace_from_env(&board.sim_top());
        s.run(8);
        Some(s)
    }

    /// The accelerator behind the link.
    pub fn config(&self) -> AccelConfig {
        self.board.config
    }

    /// The FPGA board this top simulates (its accelerator; the UART runs at
    /// [`BoardSim::CLOCKS_PER_BIT`], not at the board's).
    pub fn board(&self) -> FpgaBoard {
        self.board
    }

    /// Queues bytes for the board and runs until they are all on the wire (bytes the board
    /// sends meanwhile are kept for [`BoardSim::take`]).
    pub fn send_bytes(&mut self, bytes: &[u8]) {
        // SAFETY: `h` is live; `bytes` is valid for its length.
        unsafe {
            ffi::qsim_board_send(self.h.as_ptr(), bytes.as_ptr(), bytes.len());
            ffi::qsim_board_run(self.h.as_ptr(), u64::MAX, 0, 1);
        }
    }

    /// Holds the board's input line low for `cycles` cycles (a break).
    pub fn line_break(&mut self, cycles: u64) {
        // SAFETY: `h` is live.
        unsafe {
            ffi::qsim_board_line_break(self.h.as_ptr(), cycles);
            ffi::qsim_board_run(self.h.as_ptr(), u64::MAX, 0, 1);
        }
    }

    /// Runs exactly `cycles` cycles (the line idle unless bytes are still queued).
    pub fn run(&mut self, cycles: u64) {
        // SAFETY: `h` is live.
        unsafe { ffi::qsim_board_run(self.h.as_ptr(), cycles, u64::MAX, 0) };
    }

    /// Runs until `want` bytes have been received or `max_cycles` have passed; returns the
    /// cycles run.
    pub fn run_until_received(&mut self, want: usize, max_cycles: u64) -> u64 {
        // SAFETY: `h` is live.
        unsafe { ffi::qsim_board_run(self.h.as_ptr(), max_cycles, want as u64, 0) }
    }

    /// Takes every byte received so far.
    pub fn take(&mut self) -> Vec<u8> {
        self.take_at_most(usize::MAX)
    }

    /// Takes at most `max` of the bytes received so far, oldest first.
    pub fn take_at_most(&mut self, max: usize) -> Vec<u8> {
        let mut out = Vec::new();
        let mut buf = [0u8; 256];
        while out.len() < max {
            let cap = buf.len().min(max - out.len());
            // SAFETY: `h` is live; `buf` has room for `cap` bytes.
            let n = unsafe { ffi::qsim_board_take(self.h.as_ptr(), buf.as_mut_ptr(), cap) };
            out.extend_from_slice(&buf[..n]);
            if n < cap {
                break;
            }
        }
        out
    }

    pub fn get(&self, port: BoardPort) -> u32 {
        // SAFETY: `h` is live.
        unsafe { ffi::qsim_board_get(self.h.as_ptr(), port as u32) }
    }

    fn cycles_of(d: Duration) -> u64 {
        (d.as_nanos() * Self::CLOCK_HZ as u128).div_ceil(1_000_000_000) as u64
    }
}

shim_handle!(
    @common BoardSim,
    free: qsim_board_free, cycles: qsim_board_cycles,
    trace_open: qsim_board_trace_open, trace_close: qsim_board_trace_close
);

impl Default for BoardSim {
    fn default() -> Self {
        Self::new()
    }
}

impl SerialLink for BoardSim {
    fn send(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.send_bytes(bytes);
        Ok(())
    }

    fn recv(&mut self, max: usize, timeout: Duration) -> io::Result<Vec<u8>> {
        self.run_until_received(max, Self::cycles_of(timeout));
        Ok(self.take_at_most(max))
    }

    fn byte_time(&self) -> Duration {
        Duration::from_nanos(
            (BITS_PER_BYTE as u64 * Self::CLOCKS_PER_BIT as u64 * 1_000_000_000) / Self::CLOCK_HZ,
        )
    }

    fn wait_cycles(&mut self, cycles: u64) {
        self.run(cycles);
    }
}
