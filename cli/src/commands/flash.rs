//! `qins flash`: programs a board with a bitstream of `scripts/fpga.sh`: an iCE40 board
//! (iCEBreaker, HX8K breakout) through `iceprog` (icestorm), an ECP5 ULX3S through
//! `openFPGALoader -b ulx3s`. On every board the default is the SPI flash (the design loads
//! at every power-up) and `--sram` loads the FPGA's configuration SRAM only (lost at
//! power-off).

use crate::args::Board;
use qins_core::error::{Error, Result};
use qins_core::link::FpgaBoard;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// The board (and the default bitstream: build/fpga/<board>/<board>.bin for the iCE40
    /// boards, .bit for the ECP5 ones, written by scripts/fpga.sh <board>)
    #[arg(long, value_enum, default_value_t = Board::UP5K)]
    board: Board,
    /// The bitstream to program [default: build/fpga/<board>/<board>.bin, or .bit on the
    /// ULX3S]
    #[arg(long, value_name = "FILE")]
    bitstream: Option<PathBuf>,
    /// Load the FPGA's SRAM only (lost at power-off) instead of the SPI flash: iceprog -S on
    /// the iCE40 boards; openFPGALoader without -f on the ULX3S
    #[arg(long)]
    sram: bool,
}

pub fn run(a: Args) -> Result<()> {
    flash(&a.board.fpga(), a.bitstream.as_deref(), a.sram)
}

/// The iCE40 configuration sync word every bitstream carries near its start.
const ICE40_SYNC: [u8; 4] = [0x7E, 0xAA, 0x99, 0x7E];
/// The ECP5 preamble every bitstream carries after ecppack's comment header.
const ECP5_PREAMBLE: [u8; 4] = [0xFF, 0xFF, 0xBD, 0xB3];
/// Bytes of a bitstream searched for its sync word or preamble.
const HEAD_BYTES: usize = 4096;

/// How a board is programmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    /// iceprog, a `.bin` with [`ICE40_SYNC`].
    Ice40,
    /// openFPGALoader, a `.bit` with [`ECP5_PREAMBLE`] for the part named (the prefix of
    /// ecppack's `Part:` comment).
    Ecp5 { part: &'static str },
}

/// The family of `board` (every board of `qins_core::link::FPGA_BOARDS` has one: a test
/// checks it).
fn family(board: &FpgaBoard) -> Result<Family> {
    match board.name {
        "up5k" | "hx8k" => Ok(Family::Ice40),
        "ulx3s" => Ok(Family::Ecp5 { part: "LFE5U-85F" }),
        "ulx3s25f" => Ok(Family::Ecp5 { part: "LFE5U-25F" }),
        other => Err(Error::Invalid(format!(
            "qins flash does not know how to program the {other} board ({})",
            board.board
        ))),
    }
}

impl Family {
    fn extension(self) -> &'static str {
        match self {
            Family::Ice40 => "bin",
            Family::Ecp5 { .. } => "bit",
        }
    }

    fn tool(self) -> &'static str {
        match self {
            Family::Ice40 => "iceprog",
            Family::Ecp5 { .. } => "openFPGALoader",
        }
    }

    /// Where the tool comes from, for the error when it is missing.
    fn tool_source(self) -> &'static str {
        match self {
            Family::Ice40 => {
                "it is part of icestorm, Debian package fpga-icestorm (`make deps` installs \
                 it, or `sudo apt-get install fpga-icestorm`)"
            }
            Family::Ecp5 { .. } => {
                "Debian package openfpgaloader (`make deps` installs it, or `sudo apt-get \
                 install openfpgaloader`; or build it from github.com/trabucayre/openFPGALoader)"
            }
        }
    }

    /// The tool's arguments before the file.
    fn args(self, sram: bool) -> Vec<&'static str> {
        match (self, sram) {
            (Family::Ice40, true) => vec!["-S"],
            (Family::Ice40, false) => vec![],
            (Family::Ecp5 { .. }, true) => vec!["-b", "ulx3s"],
            (Family::Ecp5 { .. }, false) => vec!["-b", "ulx3s", "-f"],
        }
    }

    /// Checks that `bytes` is a bitstream of this family (and part): `Err` says why not.
    fn check(self, bytes: &[u8], file: &Path, board: &FpgaBoard) -> Result<()> {
        let head = &bytes[..bytes.len().min(HEAD_BYTES)];
        match self {
            Family::Ice40 => {
                if !head.windows(4).any(|w| w == ICE40_SYNC) {
                    return Err(Error::Invalid(format!(
                        "{} is not an iCE40 bitstream (no sync word 7E AA 99 7E in its first \
                         bytes; icepack writes the .bin, scripts/fpga.sh runs it)",
                        file.display()
                    )));
                }
            }
            Family::Ecp5 { part } => {
                let Some(at) = head.windows(4).position(|w| w == ECP5_PREAMBLE) else {
                    return Err(Error::Invalid(format!(
                        "{} is not an ECP5 bitstream (no preamble FF FF BD B3 in its first \
                         bytes; ecppack writes the .bit, scripts/fpga.sh runs it)",
                        file.display()
                    )));
                };
                if let Some(found) = ecp5_part(&head[..at]) {
                    if !found.starts_with(part) {
                        return Err(Error::Invalid(format!(
                            "{} is a bitstream for the {found}, not for the {} board's \
                             {part}: give the matching --board or bitstream",
                            file.display(),
                            board.name
                        )));
                    }
                }
            }
        }
        Ok(())
    }
}

/// The part named in ecppack's comment header (`Part: LFE5U-25F-6CABGA381`), if any.
fn ecp5_part(header: &[u8]) -> Option<String> {
    const KEY: &[u8] = b"Part: ";
    let at = header.windows(KEY.len()).position(|w| w == KEY)? + KEY.len();
    let rest = &header[at..];
    let end = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
    let part = std::str::from_utf8(&rest[..end]).ok()?.trim();
    (!part.is_empty()).then(|| part.to_string())
}

/// Where `scripts/fpga.sh <board>` writes the bitstream (relative to the repository root).
pub fn default_bitstream(board: &FpgaBoard) -> Result<PathBuf> {
    let ext = family(board)?.extension();
    Ok(PathBuf::from(format!(
        "build/fpga/{0}/{0}.{ext}",
        board.name
    )))
}

/// `tool` on `PATH`, if it is there.
fn find_tool(tool: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(tool))
        .find(|p| is_executable(p))
}

#[cfg(unix)]
fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(p: &Path) -> bool {
    p.is_file()
}

/// The make target or script that builds `board`'s bitstream.
fn build_hint(board: &FpgaBoard, family: Family) -> String {
    match family {
        Family::Ice40 => format!("make fpga-{}", board.name),
        Family::Ecp5 { .. } => format!("scripts/fpga.sh {}", board.name),
    }
}

/// Checks the bitstream and the programming tool, then runs it (`iceprog [-S] FILE`, or
/// `openFPGALoader -b ulx3s [-f] FILE`) with its output shown.
pub fn flash(board: &FpgaBoard, bitstream: Option<&Path>, sram: bool) -> Result<()> {
    let family = family(board)?;
    let file = match bitstream {
        Some(f) => f.to_path_buf(),
        None => default_bitstream(board)?,
    };
    let bytes = match std::fs::read(&file) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::Invalid(format!(
                "no bitstream at {}: build it with `{}` (scripts/fpga.sh writes it only when \
                 the design fits the {}; see docs/fpga-results.md), or give --bitstream FILE",
                file.display(),
                build_hint(board, family),
                board.board
            )))
        }
        Err(e) => return Err(Error::io(&file, e)),
    };
    family.check(&bytes, &file, board)?;
    let name = family.tool();
    let tool = find_tool(name).ok_or_else(|| {
        Error::Invalid(format!(
            "{name} is not installed (not found on PATH): {}",
            family.tool_source()
        ))
    })?;
    let args = family.args(sram);
    let mut cmd = std::process::Command::new(&tool);
    cmd.args(&args).arg(&file);
    let memory = if sram { "SRAM" } else { "SPI flash" };
    println!(
        "flashing {} ({} bytes) to the {} {memory}: {} {}{}",
        file.display(),
        bytes.len(),
        board.board,
        tool.display(),
        args.iter().map(|a| format!("{a} ")).collect::<String>(),
        file.display()
    );
    let status = cmd
        .status()
        .map_err(|e| Error::Invalid(format!("cannot run {}: {e}", tool.display())))?;
    if !status.success() {
        return Err(Error::Invalid(format!(
            "{name} failed ({status}): is the {} plugged in over USB, and is its FTDI \
             interface free (no other program holding it, permission to open it)?",
            board.board
        )));
    }
    println!(
        "flashed {} to the {} ({})",
        file.display(),
        board.board,
        if sram {
            "SRAM: lost at power-off"
        } else {
            "SPI flash: loaded at every power-up"
        }
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use qins_core::link::{FPGA_BOARDS, ULX3S25F_BOARD, ULX3S_BOARD};

    #[test]
    fn every_board_has_a_family_and_a_default_bitstream() {
        for b in FPGA_BOARDS {
            let f = family(&b).unwrap();
            let path = default_bitstream(&b).unwrap();
            assert_eq!(
                path,
                PathBuf::from(format!("build/fpga/{0}/{0}.{1}", b.name, f.extension()))
            );
            // the part of an ECP5 board is the one its board name says
            if let Family::Ecp5 { part } = f {
                assert!(b.board.contains(part), "{b:?}");
            }
        }
        assert_eq!(
            default_bitstream(&ULX3S_BOARD).unwrap(),
            PathBuf::from("build/fpga/ulx3s/ulx3s.bit")
        );
    }

    /// ecppack's header, as in build/fpga/ulx3s25f/ulx3s25f.bit.
    fn ecp5_head(part: &str) -> Vec<u8> {
        let mut b = vec![0xFF, 0x00];
        b.extend_from_slice(format!("Part: {part}").as_bytes());
        b.extend_from_slice(&[0x00, 0xFF, 0xFF, 0xFF, 0xBD, 0xB3, 0xFF, 0xFF]);
        b
    }

    #[test]
    fn ecp5_bitstreams_are_checked_for_the_preamble_and_the_part() {
        let f = Path::new("x.bit");
        let head = ecp5_head("LFE5U-25F-6CABGA381");
        assert_eq!(ecp5_part(&head).as_deref(), Some("LFE5U-25F-6CABGA381"));
        let fam25 = family(&ULX3S25F_BOARD).unwrap();
        let fam85 = family(&ULX3S_BOARD).unwrap();
        assert!(fam25.check(&head, f, &ULX3S25F_BOARD).is_ok());
        let e = fam85.check(&head, f, &ULX3S_BOARD).unwrap_err().to_string();
        assert!(e.contains("for the LFE5U-25F-6CABGA381, not for the ulx3s board's LFE5U-85F"));
        // no comment header: only the preamble is checked
        assert!(fam85
            .check(&[0xFF, 0xFF, 0xFF, 0xBD, 0xB3, 0x00], f, &ULX3S_BOARD)
            .is_ok());
        // an iCE40 bitstream is not an ECP5 one, nor the other way round
        let ice = [0xFF, 0x00, 0x00, 0xFF, 0x7E, 0xAA, 0x99, 0x7E];
        assert!(fam85.check(&ice, f, &ULX3S_BOARD).is_err());
        assert!(Family::Ice40
            .check(&head, f, &qins_core::link::UP5K_BOARD)
            .is_err());
    }

    /// The bitstream `scripts/fpga.sh ulx3s25f` wrote here (or the file
    /// `QINS_TEST_ULX3S25F_BIT` names), when there is one (build/ is not committed).
    #[test]
    fn a_real_ulx3s25f_bitstream_passes_the_check() {
        let path = std::env::var_os("QINS_TEST_ULX3S25F_BIT").map_or_else(
            || Path::new(env!("CARGO_MANIFEST_DIR")).join("../build/fpga/ulx3s25f/ulx3s25f.bit"),
            PathBuf::from,
        );
        let Ok(bytes) = std::fs::read(&path) else {
            eprintln!("no {}: skipped", path.display());
            return;
        };
        let fam = family(&ULX3S25F_BOARD).unwrap();
        fam.check(&bytes, &path, &ULX3S25F_BOARD).unwrap();
        assert!(family(&ULX3S_BOARD)
            .unwrap()
            .check(&bytes, &path, &ULX3S_BOARD)
            .is_err());
    }

    #[test]
    fn sram_means_the_same_on_both_families() {
        assert_eq!(Family::Ice40.args(true), ["-S"]);
        assert!(Family::Ice40.args(false).is_empty());
        let e = family(&ULX3S_BOARD).unwrap();
        assert_eq!(e.args(true), ["-b", "ulx3s"]);
        assert_eq!(e.args(false), ["-b", "ulx3s", "-f"]);
    }
}
