//! The host side of the UART link ([`qins_core::link`] defines the frames): [`LinkBus`]
//! implements [`Bus`] over any [`SerialLink`], so [`crate::driver::Driver`] runs over a
//! serial line unchanged; [`ModelLink`] is a board made of the reference frame engine on a
//! model, and [`PortLink`] (feature `serial`) a real serial port.

#[cfg(feature = "serial")]
mod port;
#[cfg(feature = "serial")]
pub use port::PortLink;

use qins_core::bus::{Bus, Refused, RefusedAt};
use qins_core::link::*;
pub use qins_core::link::{LinkError, SerialLink};
use std::io;
use std::time::Duration;

/// Counters of a [`LinkBus`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LinkStats {
    pub frames: u64,
    pub retries: u64,
    pub bytes_sent: u64,
    pub bytes_received: u64,
}

/// The accelerator's [`Bus`] over a [`SerialLink`]: one request frame per access, stop and
/// wait. A transport error (a rejected frame, a bad or missing response) is retried
/// [`LinkBus::retries`] times, draining the line between attempts; a write is resent with
/// the same tag, so the board answers it again without writing twice. When the retries
/// run out the access returns `Err(Refused)` and [`Bus::take_link_error`] says why (the
/// driver reports it as `DriverError::Link`).
pub struct LinkBus<T: SerialLink> {
    pub link: T,
    /// Resends after the first attempt (default [`DEFAULT_RETRIES`]).
    pub retries: u32,
    pub stats: LinkStats,
    tag: u8,
    /// Tags of the last two writes sent: the board's last executed write is one of them (or
    /// older, if neither reached it), so a new write's tag avoids both.
    write_tags: [Option<u8>; 2],
    last_error: Option<LinkError>,
}

impl<T: SerialLink> LinkBus<T> {
    /// Wraps a transport and checks the board answers (a Status request, which also makes
    /// the board forget the previous session's last write tag).
    pub fn new(link: T) -> Result<Self, LinkError> {
        let mut b = Self {
            link,
            retries: DEFAULT_RETRIES,
            stats: LinkStats::default(),
            tag: 0,
            write_tags: [None; 2],
            last_error: None,
        };
        let s = b.link_status()?;
        if s & 0xFF != VERSION as u32 {
            return Err(LinkError::BadResponse(format!(
                "the board speaks link protocol version {}, this host {VERSION}",
                s & 0xFF
            )));
        }
        Ok(b)
    }

    /// The board's link status word ([`status_word`]).
    pub fn link_status(&mut self) -> Result<u32, LinkError> {
        let tag = self.next_tag(false);
        let r = self.transact(&Request::status(tag))?;
        self.write_tags = [None; 2];
        Ok(r.data)
    }

    /// The last link error behind an `Err(Refused)`, if any (and forgets it).
    pub fn take_error(&mut self) -> Option<LinkError> {
        self.last_error.take()
    }

    fn next_tag(&mut self, write: bool) -> u8 {
        self.tag = self.tag.wrapping_add(1);
        if write {
            while self.write_tags.contains(&Some(self.tag)) {
                self.tag = self.tag.wrapping_add(1);
            }
            self.write_tags = [Some(self.tag), self.write_tags[0]];
        }
        self.tag
    }

    /// How long to wait for the response to a frame of `len` bytes: its line time and the
    /// response's, the engine's idle timeout (an error response waits for it), and slack.
    fn response_timeout(&self, len: usize) -> Duration {
        let bytes = len + RESPONSE_BYTES + (IDLE_TIMEOUT_BITS / BITS_PER_BYTE) as usize + 16;
        self.link.byte_time() * (2 * bytes as u32) + self.link.latency()
    }

    /// Reads and drops bytes until the line has been quiet for the engine's idle timeout and
    /// a response's time (so a late error response is not taken for the next answer).
    fn drain(&mut self) -> Result<(), LinkError> {
        let quiet = self.response_timeout(0);
        for _ in 0..64 {
            let got = self.link.recv(usize::MAX, quiet)?;
            self.stats.bytes_received += got.len() as u64;
            if got.is_empty() {
                return Ok(());
            }
        }
        Err(LinkError::BadResponse(
            "the line does not go quiet".to_string(),
        ))
    }

    /// Waits for one valid response frame to `req` (skipping stray bytes and stale
    /// responses with another tag); `None` on timeout or a corrupt response.
    fn receive(&mut self, req: &Request, timeout: Duration) -> Result<Option<Response>, LinkError> {
        let mut frame: Vec<u8> = Vec::with_capacity(RESPONSE_BYTES);
        loop {
            let want = if frame.is_empty() {
                1
            } else {
                RESPONSE_BYTES - frame.len()
            };
            let got = self.link.recv(want, timeout)?;
            self.stats.bytes_received += got.len() as u64;
            if got.is_empty() {
                return Ok(None);
            }
            for b in got {
                if frame.is_empty() && b != RESPONSE_SYNC {
                    continue;
                }
                frame.push(b);
            }
            if frame.len() < RESPONSE_BYTES {
                continue;
            }
            let Ok(r) = Response::parse(&frame) else {
                return Ok(None);
            };
            frame.clear();
            let ours = r.tag == req.tag && r.op == req.op as u8;
            if ours || r.status.is_transport_error() {
                return Ok(Some(r));
            }
        }
    }

    /// Sends `req` and returns the board's response (Ok or BusError), retrying transport
    /// errors.
    pub fn transact(&mut self, req: &Request) -> Result<Response, LinkError> {
        let frame = req.encode()?;
        let timeout = self.response_timeout(frame.len());
        let mut last = None;
        for attempt in 0..=self.retries {
            if attempt > 0 {
                self.stats.retries += 1;
                self.drain()?;
            }
            self.link.send(&frame)?;
            self.stats.frames += 1;
            self.stats.bytes_sent += frame.len() as u64;
            match self.receive(req, timeout)? {
                Some(r) if r.status == LinkStatus::Ok || r.status == LinkStatus::BusError => {
                    return Ok(r)
                }
                Some(r) if r.status == LinkStatus::NoAnswer => {
                    return Err(LinkError::NoAnswer {
                        address: req.address,
                    })
                }
                Some(r) => last = Some(r.status),
                None => last = None,
            }
        }
        let attempts = self.retries + 1;
        Err(match last {
            Some(status) => LinkError::Rejected { status, attempts },
            None => LinkError::NoResponse { attempts },
        })
    }

    /// Writes `words` from `address` in bursts of at most [`MAX_BURST_WORDS`]; `Ok(Err(i))`
    /// when the accelerator refused word `i`.
    pub fn write_burst(
        &mut self,
        address: u32,
        words: &[u32],
    ) -> Result<Result<(), usize>, LinkError> {
        self.bursts(address, words).map_err(|(_, e)| e)
    }

    /// [`LinkBus::write_burst`], with the index of the first word of the burst that failed
    /// on a link error.
    fn bursts(
        &mut self,
        address: u32,
        words: &[u32],
    ) -> Result<Result<(), usize>, (usize, LinkError)> {
        for (c, chunk) in words.chunks(MAX_BURST_WORDS).enumerate() {
            let base = c * MAX_BURST_WORDS;
            let tag = self.next_tag(true);
            let at = address.wrapping_add(base as u32);
            let r = self
                .transact(&Request::burst(tag, at, chunk))
                .map_err(|e| (base, e))?;
            if r.status == LinkStatus::BusError {
                return Ok(Err(base + r.data as usize));
            }
        }
        Ok(Ok(()))
    }

    fn finish<V>(
        &mut self,
        r: Result<Response, LinkError>,
        f: impl Fn(u32) -> V,
    ) -> Result<V, Refused> {
        match r {
            Ok(r) if r.status == LinkStatus::Ok => Ok(f(r.data)),
            Ok(_) => Err(Refused),
            Err(e) => {
                self.last_error = Some(e);
                Err(Refused)
            }
        }
    }
}

impl<T: SerialLink> Bus for LinkBus<T> {
    fn write_word(&mut self, address: u32, data: u32) -> Result<(), Refused> {
        let tag = self.next_tag(true);
        let r = self.transact(&Request::write(tag, address, data));
        self.finish(r, |_| ())
    }
    fn read_word(&mut self, address: u32) -> Result<u32, Refused> {
        let tag = self.next_tag(false);
        let r = self.transact(&Request::read(tag, address));
        self.finish(r, |d| d)
    }
    /// One BurstWrite frame per [`MAX_BURST_WORDS`] words (a single word goes as a Write,
    /// 13 bytes instead of 15).
    fn write_words(&mut self, address: u32, words: &[u32]) -> Result<(), RefusedAt> {
        if let [w] = words {
            return self
                .write_word(address, *w)
                .map_err(|_| RefusedAt { index: 0 });
        }
        match self.bursts(address, words) {
            Ok(Ok(())) => Ok(()),
            Ok(Err(index)) => Err(RefusedAt { index }),
            Err((index, e)) => {
                self.last_error = Some(e);
                Err(RefusedAt { index })
            }
        }
    }
    fn run(&mut self, cycles: u64) {
        self.link.wait_cycles(cycles);
    }
    fn take_link_error(&mut self) -> Option<String> {
        self.last_error.take().map(|e| e.to_string())
    }
}

/// A [`SerialLink`] wired straight to a [`LinkEngine`] over any [`Bus`] (the model): no
/// timing, for tests of the host side. `corrupt` flips bits of chosen outgoing bytes.
pub struct ModelLink<B: Bus> {
    pub engine: LinkEngine,
    pub bus: B,
    rx: std::collections::VecDeque<u8>,
    /// Byte positions (counting every byte sent) whose bit 0 is flipped on the way.
    pub corrupt: Vec<u64>,
    sent: u64,
}

impl<B: Bus> ModelLink<B> {
    pub fn new(bus: B) -> Self {
        Self {
            engine: LinkEngine::new(),
            bus,
            rx: Default::default(),
            corrupt: vec![],
            sent: 0,
        }
    }
}

impl<B: Bus> ModelLink<B> {
    /// Bytes sent so far (the positions [`ModelLink::corrupt`] counts).
    pub fn sent_bytes(&self) -> u64 {
        self.sent
    }
}

impl<B: Bus> SerialLink for ModelLink<B> {
    fn send(&mut self, bytes: &[u8]) -> io::Result<()> {
        for &b in bytes {
            let b = if self.corrupt.contains(&self.sent) {
                b ^ 1
            } else {
                b
            };
            self.sent += 1;
            if let Some(r) = self.engine.byte(b, &mut self.bus) {
                self.rx.extend(r.to_bytes());
            }
        }
        Ok(())
    }
    fn recv(&mut self, max: usize, _timeout: Duration) -> io::Result<Vec<u8>> {
        if self.rx.is_empty() {
            // the line goes idle: the engine's timeout fires
            if let Some(r) = self.engine.idle() {
                self.rx.extend(r.to_bytes());
            }
        }
        let n = max.min(self.rx.len());
        Ok(self.rx.drain(..n).collect())
    }
    fn byte_time(&self) -> Duration {
        Duration::from_micros(1)
    }
    fn wait_cycles(&mut self, cycles: u64) {
        self.bus.run(cycles);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::driver::Driver;
    use qins_core::accel::{reg, AccelConfig, Region, ID_VALUE};
    use qins_core::hw::AccelModel;

    #[test]
    fn driver_runs_over_the_model_link_with_corrupted_bytes() {
        let cfg = AccelConfig::UP5K;
        let mut link = ModelLink::new(AccelModel::new(cfg));
        // corrupt a byte of the 2nd and the 5th frame after the Status
        link.corrupt = vec![9 + 3, 9 + 13 * 3 + 12];
        let bus = LinkBus::new(link).unwrap();
        let mut d = Driver::new(bus, cfg);
        let a = Region::AccMemory.base();
        for i in 0..6 {
            d.write(a + i, 100 + i).unwrap();
        }
        for i in 0..6 {
            assert_eq!(d.read(a + i).unwrap(), 100 + i);
        }
        assert_eq!(d.bus.stats.retries, 2);
        assert_eq!(d.read(reg::ID).unwrap(), ID_VALUE);
        // a refused access is a bus error, not a link error
        assert!(matches!(
            d.write(reg::ID, 0),
            Err(crate::driver::DriverError::Bus { .. })
        ));
    }

    /// `Bus::write_words` over the link: bursts of at most 64 words, the same memory as the
    /// model's word-by-word writes, a refused word reported at its own address, a link
    /// failure inside a burst reported as a link error.
    #[test]
    fn write_words_go_as_bursts_and_report_the_refused_word() {
        let cfg = AccelConfig::UP5K;
        let mut d = Driver::new(
            LinkBus::new(ModelLink::new(AccelModel::new(cfg))).unwrap(),
            cfg,
        );
        let mut m = Driver::new(AccelModel::new(cfg), cfg);
        let a = Region::AccMemory.base();
        let words: Vec<u32> = (0..150u32).map(|i| i.wrapping_mul(0x9E37_79B9)).collect();
        let frames = d.bus.stats.frames;
        d.write_words(a + 3, &words).unwrap();
        m.write_words(a + 3, &words).unwrap();
        // 150 words: bursts of 64, 64, 22
        assert_eq!(d.bus.stats.frames - frames, 3);
        assert_eq!(d.bus.link.bus.acc_mem, m.bus.acc_mem);
        // one word goes as a Write frame
        let sent = d.bus.stats.bytes_sent;
        d.write_words(a, &[7]).unwrap();
        assert_eq!(d.bus.stats.bytes_sent - sent, 13);
        assert_eq!(d.read(a).unwrap(), 7);
        // a burst running off the end of the accumulator memory: the words before the end
        // are written, the error names the first address past it
        let n = cfg.region_words(Region::AccMemory) as u32;
        let end = a + n;
        for drv in [&mut d as &mut dyn WriteWords, &mut m] {
            match drv.words(end - 2, &[1, 2, 3, 4]) {
                Err(crate::driver::DriverError::Bus { address, .. }) => assert_eq!(address, end),
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(d.read(end - 1).unwrap(), 2);
        // every byte of a burst corrupted: a link error, not a bus error
        let at = d.bus.link.sent_bytes();
        d.bus.link.corrupt = (at..at + 4 * (9 + 4 * 64)).collect();
        assert!(matches!(
            d.write_words(a, &words[..64]),
            Err(crate::driver::DriverError::Link(_))
        ));
    }

    /// `Driver::write_words` on two bus types behind one reference.
    trait WriteWords {
        fn words(&mut self, a: u32, w: &[u32]) -> Result<(), crate::driver::DriverError>;
    }
    impl<B: Bus> WriteWords for Driver<B> {
        fn words(&mut self, a: u32, w: &[u32]) -> Result<(), crate::driver::DriverError> {
            self.write_words(a, w)
        }
    }

    #[test]
    fn a_dead_link_gives_a_link_error_not_a_panic() {
        struct Dead;
        impl SerialLink for Dead {
            fn send(&mut self, _: &[u8]) -> io::Result<()> {
                Ok(())
            }
            fn recv(&mut self, _: usize, _: Duration) -> io::Result<Vec<u8>> {
                Ok(vec![])
            }
            fn byte_time(&self) -> Duration {
                Duration::from_micros(1)
            }
            fn wait_cycles(&mut self, _: u64) {}
        }
        assert!(matches!(
            LinkBus::new(Dead),
            Err(LinkError::NoResponse { attempts: 4 })
        ));
        let mut b = LinkBus::new(ModelLink::new(AccelModel::new(AccelConfig::UP5K))).unwrap();
        b.link.corrupt = (0..1000).collect();
        let mut d = Driver::new(b, AccelConfig::UP5K);
        match d.read(reg::ID) {
            Err(crate::driver::DriverError::Link(m)) => assert!(m.contains("rejected"), "{m}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_new_write_after_a_lost_one_and_a_tag_wrap_is_not_taken_for_a_resend() {
        let cfg = AccelConfig::UP5K;
        let a = Region::AccMemory.base();
        let mut d = Driver::new(
            LinkBus::new(ModelLink::new(AccelModel::new(cfg))).unwrap(),
            cfg,
        );
        d.write(a, 1).unwrap(); // tag 2: the board's last write
        for _ in 0..254 {
            d.read(a).unwrap(); // tags 3..=255, 0
        }
        // the next write (tag 1) never reaches the board: every byte of its 4 attempts
        // corrupted
        let at = 9 + 13 + 254 * 9;
        d.bus.link.corrupt = (at..at + 4 * 13).collect();
        assert!(matches!(
            d.write(a, 2),
            Err(crate::driver::DriverError::Link(_))
        ));
        // tag 2 again would be taken for a resend of the first write and not executed
        d.write(a, 3).unwrap();
        assert_eq!(d.read(a).unwrap(), 3);
    }
}
