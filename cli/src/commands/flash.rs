//! `qins flash`: programs an iCE40 board with a bitstream of `scripts/fpga.sh` through
//! `iceprog` (icestorm).

use crate::args::Board;
use qins_core::error::{Error, Result};
use qins_core::link::FpgaBoard;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// The board (and the default bitstream: build/fpga/<board>/<board>.bin, written by
    /// make fpga-<board>)
    #[arg(long, value_enum, default_value_t = Board::Up5k)]
    board: Board,
    /// The bitstream to program [default: build/fpga/<board>/<board>.bin]
    #[arg(long, value_name = "FILE")]
    bitstream: Option<PathBuf>,
    /// Load the FPGA's SRAM only (iceprog -S: lost at power-off) instead of the SPI flash
    #[arg(long)]
    sram: bool,
}

pub fn run(a: Args) -> Result<()> {
    flash(&a.board.fpga(), a.bitstream.as_deref(), a.sram)
}

/// The iCE40 configuration sync word every bitstream carries near its start.
const ICE40_SYNC: [u8; 4] = [0x7E, 0xAA, 0x99, 0x7E];

/// Where `scripts/fpga.sh <board>` writes the bitstream (relative to the repository root).
pub fn default_bitstream(board: &FpgaBoard) -> PathBuf {
    PathBuf::from(format!("build/fpga/{0}/{0}.bin", board.name))
}

/// `iceprog` on `PATH`, if there is one.
fn find_iceprog() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("iceprog"))
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

/// Checks the bitstream and iceprog, then runs `iceprog [-S] FILE` with its output shown.
pub fn flash(board: &FpgaBoard, bitstream: Option<&Path>, sram: bool) -> Result<()> {
    let file = bitstream.map_or_else(|| default_bitstream(board), Path::to_path_buf);
    let bytes = match std::fs::read(&file) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::Invalid(format!(
                "no bitstream at {}: build it with `make fpga-{}` (scripts/fpga.sh writes it \
                 only when the design fits the {}; see docs/fpga-results.md), or give \
                 --bitstream FILE",
                file.display(),
                board.name,
                board.board
            )))
        }
        Err(e) => return Err(Error::io(&file, e)),
    };
    let head = &bytes[..bytes.len().min(4096)];
    if !head.windows(4).any(|w| w == ICE40_SYNC) {
        return Err(Error::Invalid(format!(
            "{} is not an iCE40 bitstream (no sync word 7E AA 99 7E in its first bytes; \
             icepack writes the .bin, scripts/fpga.sh runs it)",
            file.display()
        )));
    }
    let iceprog = find_iceprog().ok_or_else(|| {
        Error::Invalid(
            "iceprog is not installed (not found on PATH): it is part of icestorm, Debian \
             package fpga-icestorm (`make deps` installs it, or `sudo apt-get install \
             fpga-icestorm`)"
                .into(),
        )
    })?;
    let mut cmd = std::process::Command::new(&iceprog);
    if sram {
        cmd.arg("-S");
    }
    cmd.arg(&file);
    println!(
        "flashing {} ({} bytes) to the {} {}: {} {}{}",
        file.display(),
        bytes.len(),
        board.board,
        if sram { "SRAM" } else { "SPI flash" },
        iceprog.display(),
        if sram { "-S " } else { "" },
        file.display()
    );
    let status = cmd
        .status()
        .map_err(|e| Error::Invalid(format!("cannot run {}: {e}", iceprog.display())))?;
    if !status.success() {
        return Err(Error::Invalid(format!(
            "iceprog failed ({status}): is the {} plugged in over USB, and is its FTDI \
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
