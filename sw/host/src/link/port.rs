//! A board on a real serial port (the `serial` feature).

use super::*;

/// A board on a real serial port (8N1, no flow control), through the `serialport` crate
/// (built without libudev: port enumeration is not used, so no system -dev package is
/// needed).
pub struct PortLink {
    port: Box<dyn serialport::SerialPort>,
    baud: u32,
    clock_hz: u64,
}

impl PortLink {
    /// Opens `path` (e.g. `/dev/ttyUSB1`) at `baud`; `clock_hz` is the board clock (for
    /// [`SerialLink::wait_cycles`]).
    pub fn open(path: &str, baud: u32, clock_hz: u64) -> Result<Self, LinkError> {
        let port = serialport::new(path, baud)
            .data_bits(serialport::DataBits::Eight)
            .parity(serialport::Parity::None)
            .stop_bits(serialport::StopBits::One)
            .flow_control(serialport::FlowControl::None)
            .timeout(Duration::from_millis(10))
            .open()
            .map_err(|e| LinkError::Io(io::Error::other(format!("{path}: {e}"))))?;
        Ok(Self::from_port(port, baud, clock_hz))
    }

    /// Wraps a port that is already open (a pseudo-terminal in the tests).
    pub fn from_port(port: Box<dyn serialport::SerialPort>, baud: u32, clock_hz: u64) -> Self {
        Self {
            port,
            baud: baud.max(1),
            clock_hz: clock_hz.max(1),
        }
    }
}

impl SerialLink for PortLink {
    fn send(&mut self, bytes: &[u8]) -> io::Result<()> {
        use std::io::Write;
        self.port.write_all(bytes)?;
        self.port.flush()
    }

    fn recv(&mut self, max: usize, timeout: Duration) -> io::Result<Vec<u8>> {
        use std::io::Read;
        let deadline = std::time::Instant::now() + timeout;
        let mut out = Vec::new();
        let mut buf = [0u8; 512];
        while out.len() < max {
            let now = std::time::Instant::now();
            if now >= deadline {
                break;
            }
            let wait = (deadline - now).max(Duration::from_millis(1));
            self.port
                .set_timeout(wait)
                .map_err(|e| io::Error::other(e.to_string()))?;
            let cap = buf.len().min(max - out.len());
            match self.port.read(&mut buf[..cap]) {
                Ok(0) => break,
                Ok(n) => out.extend_from_slice(&buf[..n]),
                Err(e) if e.kind() == io::ErrorKind::TimedOut => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(out)
    }

    fn byte_time(&self) -> Duration {
        Duration::from_nanos(BITS_PER_BYTE as u64 * 1_000_000_000 / self.baud as u64)
    }

    fn wait_cycles(&mut self, cycles: u64) {
        std::thread::sleep(Duration::from_nanos(
            (cycles as u128 * 1_000_000_000 / self.clock_hz as u128).min(u64::MAX as u128) as u64,
        ));
    }

    /// USB serial adapters deliver received bytes in packets, after up to their latency
    /// timer (16 ms on FTDI chips by default).
    fn latency(&self) -> Duration {
        Duration::from_millis(40)
    }
}

#[cfg(all(test, unix))]
mod port_tests {
    use super::*;
    use crate::driver::Driver;
    use qins_core::accel::{reg, AccelConfig, Region, ID_VALUE};
    use qins_core::hw::AccelModel;
    use serialport::SerialPort;
    use std::io::{Read, Write};

    /// The board side of a pseudo-terminal: a `LinkEngine` on an `AccelModel`, the idle
    /// timeout standing in for the line going quiet.
    fn board(mut port: serialport::TTYPort, stop: std::sync::mpsc::Receiver<()>) {
        let mut engine = LinkEngine::new();
        let mut bus = AccelModel::new(AccelConfig::UP5K);
        port.set_timeout(Duration::from_millis(5)).unwrap();
        let mut buf = [0u8; 256];
        while stop.try_recv().is_err() {
            match port.read(&mut buf) {
                Ok(n) => {
                    for &b in &buf[..n] {
                        if let Some(r) = engine.byte(b, &mut bus) {
                            port.write_all(&r.to_bytes()).unwrap();
                        }
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::TimedOut => {
                    if let Some(r) = engine.idle() {
                        port.write_all(&r.to_bytes()).unwrap();
                    }
                }
                Err(_) => return,
            }
        }
    }

    #[test]
    fn driver_over_a_pseudo_terminal() {
        let (host, dev) = serialport::TTYPort::pair().expect("a pseudo-terminal pair (/dev/ptmx)");
        let (tx, rx) = std::sync::mpsc::channel();
        let t = std::thread::spawn(move || board(dev, rx));
        let link = PortLink::from_port(Box::new(host), 115_200, 12_000_000);
        let mut d = Driver::new(LinkBus::new(link).unwrap(), AccelConfig::UP5K);
        let a = Region::AccMemory.base();
        assert_eq!(d.read(reg::ID).unwrap(), ID_VALUE);
        d.write(a, 42).unwrap();
        assert_eq!(d.read(a).unwrap(), 42);
        assert_eq!(d.bus.write_burst(a + 1, &[1, 2, 3]).unwrap(), Ok(()));
        assert_eq!(d.read(a + 3).unwrap(), 3);
        tx.send(()).unwrap();
        t.join().unwrap();
    }

    #[test]
    fn a_missing_port_is_an_error() {
        assert!(matches!(
            PortLink::open("/dev/qins-no-such-port", 115_200, 12_000_000),
            Err(LinkError::Io(_))
        ));
    }
}
