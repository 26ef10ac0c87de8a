//! The UART host link end to end in Verilator: `qins_board_up5k_sim` (UART, frame engine,
//! UP5K accelerator; the ULX3S board tops in one test) driven bit by bit on its serial line
//! from Rust. Raw frames are checked
//! byte for byte against `qins_core::link::LinkEngine` on `qins_core::hw::AccelModel`; the host driver
//! runs over `LinkBus<BoardSim>` and is compared with the model.

use qins_core::accel::{reg, status, AccelConfig, Command, Matmul, Region, ID_VALUE};
use qins_core::codec::{AlphaRule, Granularity, QuantizedTensor};
use qins_core::hw::AccelModel;
use qins_core::link;
use qins_core::link::{
    LinkEngine, LinkStatus, Request, Response, SerialLink, IDLE_TIMEOUT_BITS, RESPONSE_BYTES,
};
use qins_core::rng::SplitMix64;
use qins_host::driver::{Bus, Driver, DriverError};
use qins_host::link::{LinkBus, LinkStats};
use qins_sim::{BoardPort, BoardSim};
use std::time::Instant;

const CFG: AccelConfig = BoardSim::CONFIG;

/// Cycles after which any response (including one that waits for the idle timeout) is out.
fn response_cycles() -> u64 {
    let bit = BoardSim::CLOCKS_PER_BIT as u64;
    (IDLE_TIMEOUT_BITS as u64 + 40 * 10) * bit
}

/// Raw bytes to the board and to the model side by side. `idle` after a chunk lets the line
/// go quiet past the engine's timeout. Returns (board bytes, model bytes).
struct Pair {
    board: BoardSim,
    engine: LinkEngine,
    model: AccelModel,
}

impl Pair {
    fn new() -> Self {
        Self {
            board: BoardSim::new(),
            engine: LinkEngine::new(),
            model: AccelModel::new(CFG),
        }
    }

    /// Sends `bytes`, lets the line idle past the timeout when `idle`, and returns the
    /// responses of board and model.
    fn exchange(&mut self, bytes: &[u8], idle: bool) -> (Vec<u8>, Vec<u8>) {
        let mut want = Vec::new();
        for &b in bytes {
            if let Some(r) = self.engine.byte(b, &mut self.model) {
                want.extend(r.to_bytes());
            }
        }
        if idle {
            if let Some(r) = self.engine.idle() {
                want.extend(r.to_bytes());
            }
        }
        self.board.send_bytes(bytes);
        self.board
            .run_until_received(want.len().max(1), response_cycles());
        // anything more (there must be nothing) arrives within another timeout
        self.board.run(response_cycles());
        (self.board.take(), want)
    }

    fn check(&mut self, bytes: &[u8], idle: bool) -> Vec<Response> {
        let (got, want) = self.exchange(bytes, idle);
        assert_eq!(got, want, "board vs model after sending {bytes:02X?}");
        assert_eq!(self.board.get(BoardPort::HostFramingErrors), 0);
        got.chunks(RESPONSE_BYTES)
            .map(|f| Response::parse(f).expect("a valid response frame"))
            .collect()
    }
}

fn frame(r: Request) -> Vec<u8> {
    r.encode().unwrap()
}

#[test]
fn word_write_read_round_trip_through_the_uart() {
    let t = Instant::now();
    let mut p = Pair::new();
    let a = Region::ActMemory.base() + 7;
    let r = p.check(&frame(Request::read(1, reg::ID)), false);
    assert_eq!((r[0].status, r[0].data), (LinkStatus::Ok, ID_VALUE));
    let r = p.check(&frame(Request::write(2, a, 0xCAFE_F00D)), false);
    assert_eq!((r[0].status, r[0].data), (LinkStatus::Ok, 1));
    let r = p.check(&frame(Request::read(3, a)), false);
    assert_eq!(r[0].data, 0xCAFE_F00D);
    let r = p.check(&frame(Request::read(4, reg::CONFIG)), false);
    assert_eq!(r[0].data, CFG.config_word());
    let r = p.check(&frame(Request::status(5)), false);
    assert_eq!(r[0].data, link::status_word(0));
    // a refused access: BusError, the accelerator's sticky error set
    let r = p.check(&frame(Request::write(6, reg::ID, 0)), false);
    assert_eq!(r[0].status, LinkStatus::BusError);
    let r = p.check(&frame(Request::read(7, reg::STATUS)), false);
    assert_ne!(r[0].data & status::ERROR, 0);
    assert_eq!(
        p.board.get(BoardPort::LedError),
        0,
        "the last response was Ok"
    );
    eprintln!(
        "round trip: {} cycles, {:.2} s",
        p.board.cycles(),
        t.elapsed().as_secs_f64()
    );
}

#[test]
fn burst_write_then_read_back() {
    let mut p = Pair::new();
    let c = Region::AccMemory.base();
    let words: Vec<u32> = (0..64u32).map(|i| i.wrapping_mul(0x9E37_79B9)).collect();
    let r = p.check(&frame(Request::burst(1, c + 3, &words)), false);
    assert_eq!((r[0].status, r[0].data), (LinkStatus::Ok, 64));
    for i in [0u32, 1, 31, 63] {
        let r = p.check(&frame(Request::read(2 + i as u8, c + 3 + i)), false);
        assert_eq!(r[0].data, words[i as usize], "word {i}");
    }
    // a burst running off the end of the activation memory: BusError at the first word past
    // it; the words before it are written
    let end = Region::ActMemory.base() + CFG.region_words(Region::ActMemory) as u32;
    let r = p.check(&frame(Request::burst(70, end - 2, &[5, 6, 7, 8])), false);
    assert_eq!((r[0].status, r[0].data), (LinkStatus::BusError, 2));
    let r = p.check(&frame(Request::read(71, end - 1)), false);
    assert_eq!(r[0].data, 6);
}

#[test]
fn corrupted_frames_get_error_responses_and_the_link_recovers() {
    let mut p = Pair::new();
    let a = Region::ActMemory.base();
    let mut rng = SplitMix64::new(2026);
    let good = frame(Request::write(1, a, 0x1357_9BDF));
    let read_back = |p: &mut Pair, tag: u8, want: u32| {
        let r = p.check(&frame(Request::read(tag, a)), false);
        assert_eq!((r[0].status, r[0].data), (LinkStatus::Ok, want));
    };

    // a flipped bit in the CRC: BadCrc after the idle timeout, nothing written
    let mut f = good.clone();
    *f.last_mut().unwrap() ^= 0x01;
    let r = p.check(&f, true);
    assert_eq!((r.len(), r[0].status), (1, LinkStatus::BadCrc));
    assert_eq!(p.board.get(BoardPort::LedError), 1);
    read_back(&mut p, 2, 0);

    // a flipped payload bit: BadCrc
    let mut f = good.clone();
    f[8] ^= 0x40;
    assert_eq!(p.check(&f, true)[0].status, LinkStatus::BadCrc);
    read_back(&mut p, 3, 0);

    // a truncated frame: Timeout
    let r = p.check(&good[..9], true);
    assert_eq!((r[0].status, r[0].data), (LinkStatus::Timeout, 9));
    read_back(&mut p, 4, 0);

    // a wrong opcode: BadOpcode, the rest of the frame drained
    let mut f = good.clone();
    f[1] = 0x42;
    let r = p.check(&f, true);
    assert_eq!(
        (r.len(), r[0].status, r[0].op),
        (1, LinkStatus::BadOpcode, 0x42)
    );

    // a bad count: BadLength
    let mut f = good.clone();
    f[6] = 2;
    assert_eq!(p.check(&f, true)[0].status, LinkStatus::BadLength);

    // random garbage: error responses (Garbage, or whatever a stray sync byte started),
    // each matching the model, then the link works
    for round in 0..6 {
        let n = 1 + rng.below(40) as usize;
        let junk: Vec<u8> = (0..n).map(|_| rng.next_u64() as u8).collect();
        let r = p.check(&junk, true);
        assert!(
            !r.is_empty() && r.iter().all(|r| r.status != LinkStatus::Ok),
            "round {round}"
        );
    }

    // the good frame now executes
    let r = p.check(&good, false);
    assert_eq!(r[0].status, LinkStatus::Ok);
    read_back(&mut p, 9, 0x1357_9BDF);
    assert_eq!(p.board.get(BoardPort::LedError), 0);
}

#[test]
fn a_line_break_and_back_to_back_garbage_do_not_lock_up_the_link() {
    let mut b = BoardSim::new();
    // a break of 40 bit times, then the line idles past the timeout
    b.line_break(40 * BoardSim::CLOCKS_PER_BIT as u64);
    b.run(response_cycles());
    let after_break = b.take();
    // a long burst of garbage back to back (no gap): one response once it stops
    let mut rng = SplitMix64::new(3);
    let junk: Vec<u8> = (0..300).map(|_| rng.next_u64() as u8 | 1).collect();
    b.send_bytes(&junk);
    b.run(response_cycles());
    let after_junk = b.take();
    let r = Response::parse(&after_junk).expect("exactly one response");
    assert_eq!((r.status, r.data), (LinkStatus::Garbage, 300));
    b.send_bytes(&frame(Request::read(1, reg::ID)));
    b.run_until_received(RESPONSE_BYTES, response_cycles());
    let r = Response::parse(&b.take()).unwrap();
    assert_eq!((r.status, r.data), (LinkStatus::Ok, ID_VALUE));
    // the break itself is dropped by the receiver (framing error): no response or one
    // Garbage/Timeout response at most, never a lock-up
    assert!(after_break.len() <= RESPONSE_BYTES, "{after_break:02X?}");
}

/// Payload throughput: the whole accumulator memory (512 words) as bursts of 64 against
/// single-word writes, in bytes per second of line time (independent of the host machine).
#[test]
fn burst_writes_use_the_line_better_than_single_writes() {
    let mut bus = LinkBus::new(BoardSim::new()).unwrap();
    let a = Region::AccMemory.base();
    let n = CFG.region_words(Region::AccMemory);
    let words: Vec<u32> = (0..n as u32).map(|i| i ^ 0x5A5A_0000).collect();
    let line_s =
        |b: &LinkBus<BoardSim>, c0: u64| (b.link.cycles() - c0) as f64 / BoardSim::CLOCK_HZ as f64;
    let c0 = bus.link.cycles();
    let wall = Instant::now();
    assert_eq!(bus.write_burst(a, &words).unwrap(), Ok(()));
    let burst_s = line_s(&bus, c0);
    let burst_wall = wall.elapsed().as_secs_f64();
    let c1 = bus.link.cycles();
    let act = Region::ActMemory.base();
    for (i, &w) in words[..64].iter().enumerate() {
        bus.write_word(act + i as u32, w).unwrap();
    }
    let single_s = line_s(&bus, c1) * (n / 64) as f64;
    for i in [0usize, 63, 64, n - 1] {
        assert_eq!(bus.read_word(a + i as u32).unwrap(), words[i]);
    }
    assert_eq!(bus.read_word(act + 63).unwrap(), words[63]);
    let baud = BoardSim::CLOCK_HZ as f64 / BoardSim::CLOCKS_PER_BIT as f64;
    let bytes = 4.0 * n as f64;
    eprintln!(
        "{n} words at {baud:.0} baud: bursts {:.2} ms of line time ({:.0} payload bytes/s, \
         {:.0} % of the line's {:.0} bytes/s; {:.3} s wall), single writes {:.2} ms \
         ({:.0} payload bytes/s)",
        burst_s * 1e3,
        bytes / burst_s,
        bytes / burst_s / (baud / 10.0) * 100.0,
        baud / 10.0,
        burst_wall,
        single_s * 1e3,
        bytes / single_s
    );
    assert!(burst_s * 3.0 < single_s, "bursts should be over 3x faster");
}

/// A small matmul through the driver over the UART, against the same program on the model.
#[test]
fn matmul_program_over_link_bus_matches_the_model() {
    let t = Instant::now();
    let bus = LinkBus::new(BoardSim::new()).expect("the board answers");
    let mut hw = Driver::new(bus, CFG);
    let mut model = Driver::new(AccelModel::new(CFG), CFG);
    let n = CFG.n;
    // a 3 x 5 QINS weight (2 x 3 tiles of 2 x 2), 4 input rows of raw i16
    let w = qins_core::tensor::Matrix::gaussian(3, 5, 0.05, 11);
    let q = QuantizedTensor::qins(&w, Granularity::Tensor, AlphaRule::MseSearch);
    let mut rng = SplitMix64::new(5);
    let x: Vec<Vec<i16>> = (0..4)
        .map(|_| (0..5).map(|_| rng.below(2001) as i16 - 1000).collect())
        .collect();
    let m = x.len();
    let results = [
        program(&mut hw, &q, &x, n, m),
        program(&mut model, &q, &x, n, m),
    ];
    assert_eq!(
        results[0], results[1],
        "accumulators: RTL over UART vs model"
    );
    // the same layer as plain arithmetic
    let table = qins_core::hw::DecodeTable::qins();
    for r in 0..m {
        for o in 0..3 {
            let want: i32 = (0..5)
                .map(|k| x[r][k] as i32 * table.decode(q.codes[o * 5 + k]) as i32)
                .sum();
            let nt = o / n;
            assert_eq!(results[0][nt][r * n + o % n], want, "row {r} output {o}");
        }
    }
    let st = hw.bus.stats;
    let secs = t.elapsed().as_secs_f64();
    let cycles = hw.bus.link.cycles();
    eprintln!(
        "matmul over UART: {} frames, {} bytes out, {} bytes in, {} retries, {} cycles \
         ({:.1} ms of line time at 1.5 Mbaud), {:.2} s wall, {:.0} link bytes/s simulated",
        st.frames,
        st.bytes_sent,
        st.bytes_received,
        st.retries,
        cycles,
        cycles as f64 / BoardSim::CLOCK_HZ as f64 * 1e3,
        secs,
        (st.bytes_sent + st.bytes_received) as f64 / secs
    );
    assert_eq!(st.retries, 0);
}

/// Every simulated board top (`BoardSim::BOARDS`: UP5K, ULX3S 85F, ULX3S 25F) answers over its
/// UART with its own accelerator's CONFIG, and runs a small matmul as the model of that
/// configuration does.
#[test]
fn every_board_top_runs_its_own_accelerator_over_the_uart() {
    assert!(BoardSim::new_for(AccelConfig::HX8K).is_none());
    assert!(BoardSim::new_for(AccelConfig::SIM8).is_none());
    assert_eq!(BoardSim::new().config(), CFG);
    let w = qins_core::tensor::Matrix::gaussian(12, 20, 0.05, 7);
    let q = QuantizedTensor::qins(&w, Granularity::Tensor, AlphaRule::MseSearch);
    let mut rng = SplitMix64::new(13);
    let x: Vec<Vec<i16>> = (0..6)
        .map(|_| (0..20).map(|_| rng.below(2001) as i16 - 1000).collect())
        .collect();
    let mut words = Vec::new();
    for b in BoardSim::BOARDS {
        let t = Instant::now();
        let sim = BoardSim::new_for(b.config).expect("a board top of BoardSim::BOARDS");
        assert_eq!((sim.config(), sim.board()), (b.config, b));
        let mut hw = Driver::new(LinkBus::new(sim).unwrap(), b.config);
        assert_eq!(hw.read(reg::ID).unwrap(), ID_VALUE, "{}", b.name);
        let config = hw.read(reg::CONFIG).unwrap();
        assert_eq!(config, b.config.config_word(), "{}", b.name);
        words.push(config);
        let mut model = Driver::new(AccelModel::new(b.config), b.config);
        let n = b.config.n;
        let got = program(&mut hw, &q, &x, n, x.len());
        assert_eq!(got, program(&mut model, &q, &x, n, x.len()), "{}", b.name);
        assert_eq!(hw.bus.stats.retries, 0);
        eprintln!(
            "{} ({}): 12 x 20 x 6 matmul over UART, {} frames, {} cycles, {:.2} s wall",
            b.sim_top(),
            b.config.name,
            hw.bus.stats.frames,
            hw.bus.link.cycles(),
            t.elapsed().as_secs_f64()
        );
    }
    // three different accelerators answered
    words.sort_unstable();
    words.dedup();
    assert_eq!(words.len(), BoardSim::BOARDS.len());
}

/// A bus that hides the transport's batch write: the driver falls back to the default
/// `Bus::write_words`, one Write frame per word.
struct SingleWrites<B: Bus>(B);

impl<B: Bus> Bus for SingleWrites<B> {
    fn write_word(&mut self, address: u32, data: u32) -> Result<(), qins_host::driver::Refused> {
        self.0.write_word(address, data)
    }
    fn read_word(&mut self, address: u32) -> Result<u32, qins_host::driver::Refused> {
        self.0.read_word(address)
    }
    fn run(&mut self, cycles: u64) {
        self.0.run(cycles)
    }
    fn take_link_error(&mut self) -> Option<String> {
        self.0.take_link_error()
    }
}

/// The driver's memory loads go over the UART as BurstWrite frames: a matmul loaded with
/// bursts gives the model's results, and puts fewer bytes on the line than the same program
/// with one Write frame per word.
#[test]
fn burst_loaded_matmul_matches_the_model_with_fewer_bytes_on_the_line() {
    let n = CFG.n;
    // an 8 x 24 QINS weight (12 x 4 tiles of 2 x 2: 192 weight rows), 12 input rows
    let w = qins_core::tensor::Matrix::gaussian(8, 24, 0.05, 21);
    let q = QuantizedTensor::qins(&w, Granularity::Tensor, AlphaRule::MseSearch);
    let mut rng = SplitMix64::new(9);
    let x: Vec<Vec<i16>> = (0..12)
        .map(|_| (0..24).map(|_| rng.below(2001) as i16 - 1000).collect())
        .collect();
    let m = x.len();
    let mut model = Driver::new(AccelModel::new(CFG), CFG);
    let want = program(&mut model, &q, &x, n, m);
    let t = Instant::now();
    let mut burst = Driver::new(LinkBus::new(BoardSim::new()).unwrap(), CFG);
    let got = program(&mut burst, &q, &x, n, m);
    let burst_wall = t.elapsed().as_secs_f64();
    assert_eq!(
        got, want,
        "accumulators: RTL over UART with bursts vs model"
    );
    let t = Instant::now();
    let mut single = Driver::new(SingleWrites(LinkBus::new(BoardSim::new()).unwrap()), CFG);
    let got = program(&mut single, &q, &x, n, m);
    let single_wall = t.elapsed().as_secs_f64();
    assert_eq!(
        got, want,
        "accumulators: RTL over UART with single writes vs model"
    );
    let (b, s) = (burst.bus.stats, single.bus.0.stats);
    let bytes = |st: LinkStats| st.bytes_sent + st.bytes_received;
    let ratio = bytes(s) as f64 / bytes(b) as f64;
    let line = |c: u64| c as f64 / BoardSim::CLOCK_HZ as f64 * 1e3;
    eprintln!(
        "matmul 12 x 24 x 8 over UART: bursts {} frames, {} bytes ({} out, {} in), {:.1} ms of \
         line time, {:.2} s wall; single writes {} frames, {} bytes ({} out, {} in), {:.1} ms, \
         {:.2} s wall; {ratio:.2} x the bytes without bursts",
        b.frames,
        bytes(b),
        b.bytes_sent,
        b.bytes_received,
        line(burst.bus.link.cycles()),
        burst_wall,
        s.frames,
        bytes(s),
        s.bytes_sent,
        s.bytes_received,
        line(single.bus.0.link.cycles()),
        single_wall,
    );
    assert_eq!((b.retries, s.retries), (0, 0));
    assert!(b.frames < s.frames);
    assert!(ratio > 1.5, "bursts should save bytes: {ratio:.2}");
}

/// Loads the weight, writes the activations (k-tile kt of row r is vector kt * m + r), runs
/// LOAD_TILE + MATMUL per tile and returns the accumulators of each output tile.
fn program<B: Bus>(
    d: &mut Driver<B>,
    q: &QuantizedTensor,
    x: &[Vec<i16>],
    n: usize,
    m: usize,
) -> Vec<Vec<i32>> {
    let tiles = d.load_weight_tiles(q, 0).unwrap();
    for kt in 0..tiles.k_tiles {
        let v: Vec<i16> = (0..m)
            .flat_map(|r| (0..n).map(move |i| (r, kt * n + i)))
            .map(|(r, k)| if k < q.cols { x[r][k] } else { 0 })
            .collect();
        d.write_act_vectors(kt * m, &v).unwrap();
    }
    for nt in 0..tiles.n_tiles {
        for kt in 0..tiles.k_tiles {
            d.push(&Command::load_tile(tiles.tile_row(kt, nt) as u32, 0))
                .unwrap();
            d.push(&Command::matmul(Matmul {
                count: m as u32,
                act: (kt * m) as u32,
                acc: (nt * m) as u32,
                bank: 0,
                accumulate: kt > 0,
                act_codes: false,
                k_valid: 0,
                n_valid: 0,
                prefetch: None,
            }))
            .unwrap();
        }
    }
    d.wait_idle(1_000_000).unwrap();
    (0..tiles.n_tiles)
        .map(|nt| d.read_acc_vectors(nt * m, m).unwrap())
        .collect()
}

/// Corrupts chosen bytes on the way to the board: the host's retries recover.
struct Noisy {
    board: BoardSim,
    sent: u64,
    flip: Vec<u64>,
}

impl SerialLink for Noisy {
    fn send(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        let mut v = bytes.to_vec();
        for b in v.iter_mut() {
            if self.flip.contains(&self.sent) {
                *b ^= 0x10;
            }
            self.sent += 1;
        }
        self.board.send(&v)
    }
    fn recv(&mut self, max: usize, timeout: std::time::Duration) -> std::io::Result<Vec<u8>> {
        self.board.recv(max, timeout)
    }
    fn byte_time(&self) -> std::time::Duration {
        self.board.byte_time()
    }
    fn wait_cycles(&mut self, cycles: u64) {
        self.board.wait_cycles(cycles)
    }
}

#[test]
fn link_bus_retries_corrupted_frames_and_reports_a_dead_link() {
    // the Status frame is 9 bytes, each write 13: corrupt the 2nd and the 4th write
    let noisy = Noisy {
        board: BoardSim::new(),
        sent: 0,
        flip: vec![9 + 13 + 5, 9 + 13 * 2 + 13 + 12],
    };
    let mut d = Driver::new(LinkBus::new(noisy).unwrap(), CFG);
    let a = Region::AccMemory.base();
    for i in 0..5 {
        d.write(a + i, 1000 + i).unwrap();
    }
    for i in 0..5 {
        assert_eq!(d.read(a + i).unwrap(), 1000 + i);
    }
    assert_eq!(d.bus.stats.retries, 2);
    // a bus refusal is the accelerator's answer, not a link error
    assert!(matches!(d.write(reg::ID, 0), Err(DriverError::Bus { .. })));
    d.clear_error().unwrap();
    // every byte corrupted from now on: a clear link error after the retries, no panic
    d.bus.link.flip = (d.bus.link.sent..d.bus.link.sent + 10_000).collect();
    match d.read(reg::ID) {
        Err(DriverError::Link(m)) => assert!(m.contains("rejected"), "{m}"),
        other => panic!("expected a link error, got {other:?}"),
    }
}
