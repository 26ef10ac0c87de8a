#!/usr/bin/env bash
# Synthesizes the UART host link's blocks alone (yosys synth_ice40) out of the generated
# board top and prints their iCE40 resources: the frame engine (HostLink), the receiver and
# the transmitter. The figures in docs/architecture.md come from here.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v yosys >/dev/null || { echo "link-synth: yosys is missing: run 'make deps'" >&2; exit 1; }
top=qins_board_up5k
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for block in link receiver transmitter; do
  yosys -q -p "read_verilog rtl/$top.v; hierarchy -top $top\$$block; synth_ice40 -top $top\$$block; tee -q -o $tmp/$block.txt stat" >"$tmp/$block.log" 2>&1 \
    || { echo "link-synth: yosys failed on $block" >&2; tail -20 "$tmp/$block.log" >&2; exit 1; }
  awk -v b="$block" '
    /SB_LUT4/ {lut=$2} /SB_CARRY/ {carry=$2} /SB_RAM40_4K/ {ram=$2}
    /SB_DFF/ {ff+=$2}
    END {printf "%-12s LUT4 %4d  flip-flops %4d  carry %3d  EBR %d\n", b, lut, ff, carry, ram+0}' "$tmp/$block.txt"
done
