#!/usr/bin/env bash
# Synthesizes the UART host link alone (yosys synth_ice40) out of the generated FPGA link
# top rtl/qins_uart_link_<board>.v (default up5k; LINK_BOARD=hx8k for the other) and prints
# its iCE40 resources: the frame engine (HostLink), the receiver, the transmitter, and the
# whole link module as the board wrapper uses it. The figures in docs/architecture.md come
# from here.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v yosys >/dev/null || { echo "link-synth: yosys is missing: run 'make deps'" >&2; exit 1; }
top=qins_uart_link_${LINK_BOARD:-up5k}
[[ -f rtl/$top.v ]] || { echo "link-synth: no rtl/$top.v (LINK_BOARD is up5k or hx8k)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "link-synth: rtl/$top.v"
for block in link receiver transmitter whole; do
  if [[ $block == whole ]]; then module=$top; else module="$top\$$block"; fi
  nice -n 10 yosys -q -p "read_verilog rtl/$top.v; hierarchy -top $module; synth_ice40 -top $module; tee -q -o $tmp/$block.txt stat" >"$tmp/$block.log" 2>&1 \
    || { echo "link-synth: yosys failed on $block" >&2; tail -20 "$tmp/$block.log" >&2; exit 1; }
  awk -v b="$block" '
    /SB_LUT4/ {lut=$2} /SB_CARRY/ {carry=$2} /SB_RAM40_4K/ {ram=$2}
    /SB_DFF/ {ff+=$2}
    END {printf "%-12s LUT4 %4d  flip-flops %4d  carry %3d  EBR %d\n", b, lut, ff, carry, ram+0}' "$tmp/$block.txt"
done
