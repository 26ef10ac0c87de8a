//! `docs/host-link.md`, generated from the definitions in [`super`].

use super::*;
use std::fmt::Write as _;

/// `docs/host-link.md`, generated from the definitions above.
pub fn link_markdown() -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# QINS accelerator: UART host link protocol\n");
    let _ = writeln!(
        s,
        "Generated from `sw/core/src/link/` (the definitions the hardware frame engine \
         `hdl/src/host_link/`, its model `crate::link::LinkEngine` and the host side \
         `qins_host::link::LinkBus` all use). Do not edit by hand: \
         `QINS_UPDATE_DOCS=1 cargo test -p qins-core --lib link` rewrites it.\n"
    );
    let _ = writeln!(s, "## Line\n");
    let _ = writeln!(
        s,
        "8N1 ({BITS_PER_BYTE} bits per byte: start, 8 data bits LSB first, stop), idle high. \
         The baud rate is the design clock divided by the clocks-per-bit constant of the \
         generated link (`crate::link::FpgaBoard`, rounded to the nearest): {}; \
         the simulation board tops {}: 8 clocks per bit, for Verilator. The receiver \
         samples each bit in its middle after a 2-flop synchronizer; a byte whose stop bit \
         is low is dropped. Inter-byte timeout: {IDLE_TIMEOUT_BITS} bit times of idle line.\n",
        FPGA_BOARDS
            .iter()
            .map(|b| {
                let mhz = b.clock_hz as f64 / 1e6;
                format!(
                    "`rtl/{}.v` ({}, PLL {mhz} MHz) {mhz} MHz / {} = {:.0} baud, {:.2} % from {BOARD_BAUD}",
                    b.link_top(),
                    b.board,
                    b.clocks_per_bit(),
                    b.baud().floor(),
                    (b.baud() / BOARD_BAUD as f64 - 1.0).abs() * 100.0
                )
            })
            .collect::<Vec<_>>()
            .join("; "),
        SIM_BOARDS
            .iter()
            .map(|b| format!("`rtl/{}.v`", b.sim_top()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(s, "## Request frame (host to board)\n");
    let _ = writeln!(s, "| byte | field | meaning |\n|---|---|---|");
    let _ = writeln!(s, "| 0 | sync | 0x{REQUEST_SYNC:02X} |");
    let _ = writeln!(s, "| 1 | op | opcode (below) |");
    let _ = writeln!(
        s,
        "| 2 | tag | host sequence number, echoed; a Write or BurstWrite whose tag equals the \
         last executed write's is answered again with that write's response and not executed \
         (a retry after a lost response); Status forgets the last write |"
    );
    let _ = writeln!(
        s,
        "| 3..=5 | address | 24-bit word address, little-endian |"
    );
    let _ = writeln!(
        s,
        "| 6 | count | Write 1, Read 1, Status 0, BurstWrite 1..={MAX_BURST_WORDS} |"
    );
    let _ = writeln!(
        s,
        "| 7.. | payload | 32-bit little-endian words: Write 1, BurstWrite count, others none |"
    );
    let _ = writeln!(
        s,
        "| last {CRC_BYTES} | crc | CRC-16/CCITT-FALSE (poly 0x{CRC_POLY:04X}, init 0x{CRC_INIT:04X}, \
         not reflected, no final xor) of bytes 1 to the end of the payload, high byte first |\n"
    );
    let _ = writeln!(
        s,
        "Frame sizes: Write {} bytes, Read and Status {} bytes, BurstWrite {} + 4 x count bytes.\n",
        HEADER_BYTES + 4 + CRC_BYTES,
        HEADER_BYTES + CRC_BYTES,
        HEADER_BYTES + CRC_BYTES
    );
    let _ = writeln!(s, "## Opcodes\n\n| op | name | meaning |\n|---|---|---|");
    for o in Opcode::ALL {
        let _ = writeln!(s, "| {} | {:?} | {} |", o as u8, o, o.doc());
    }
    let _ = writeln!(s, "\n## Response frame (board to host)\n");
    let _ = writeln!(
        s,
        "Always {RESPONSE_BYTES} bytes, one per request (or per error, see below).\n"
    );
    let _ = writeln!(s, "| byte | field | meaning |\n|---|---|---|");
    let _ = writeln!(s, "| 0 | sync | 0x{RESPONSE_SYNC:02X} |");
    let _ = writeln!(s, "| 1 | status | status code (below) |");
    let _ = writeln!(
        s,
        "| 2 | op | the request's op byte as received (0 if none) |"
    );
    let _ = writeln!(
        s,
        "| 3 | tag | the request's tag (0 if none was received) |"
    );
    let _ = writeln!(s, "| 4..=7 | data | 32-bit little-endian |");
    let _ = writeln!(
        s,
        "| 8..=9 | crc | CRC-16/CCITT-FALSE of bytes 1..=7, high byte first |\n"
    );
    let _ = writeln!(
        s,
        "## Status codes\n\n| code | name | meaning |\n|---|---|---|"
    );
    for st in LinkStatus::ALL {
        let _ = writeln!(s, "| {} | {:?} | {} |", st as u8, st, st.doc());
    }
    let _ = writeln!(s, "\n## Errors and resynchronisation\n");
    let _ = writeln!(
        s,
        "The engine hunts for the sync byte 0x{REQUEST_SYNC:02X}. A non-sync byte outside a \
         frame (Garbage), a bad opcode (BadOpcode, checked at byte 1), a bad count \
         (BadLength, at byte 6) or a bad CRC (BadCrc, after the last byte) makes it drain: it \
         drops bytes until the line has been idle for {IDLE_TIMEOUT_BITS} bit times, then \
         sends one error response and hunts again. A frame whose line goes idle that long \
         before its last byte is answered Timeout. So every burst of noise gets one error \
         response and the engine is back to hunting within one timeout after the line goes \
         quiet: it cannot lock up. Nothing is executed unless the whole frame's CRC checks \
         (a BurstWrite is buffered first). Bytes that arrive while the engine executes a \
         frame or sends a response are dropped (counted in the next error's data).\n"
    );
    let _ = writeln!(
        s,
        "The host (`LinkBus`) is stop-and-wait: one frame, then its response. On a transport \
         error (status {}, a corrupt response or none within the timeout) it drains the line \
         and resends the frame with the same tag, {} times at most, then reports a link error \
         (`DriverError::Link`). BusError is the accelerator refusing the access (reason in \
         its STATUS register): the driver handles it as on any bus. A new write's tag differs \
         from the last two writes' tags (the board's last executed write is one of them), so \
         a new write is never mistaken for a resend.",
        LinkStatus::ALL
            .iter()
            .filter(|s| s.is_transport_error())
            .map(|s| format!("{s:?}"))
            .collect::<Vec<_>>()
            .join(", "),
        DEFAULT_RETRIES
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_link_doc_is_generated_from_the_definitions() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/host-link.md");
        let doc = link_markdown();
        if std::env::var_os("QINS_UPDATE_DOCS").is_some() {
            std::fs::write(path, &doc).unwrap();
        }
        let on_disk = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            on_disk == doc,
            "docs/host-link.md is stale: QINS_UPDATE_DOCS=1 cargo test -p qins-core --lib link"
        );
    }
}
