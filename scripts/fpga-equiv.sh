#!/usr/bin/env bash
# Netlist versus model: simulate the SYNTHESIZED accelerator (build/fpga/<config>/netlist.v,
# written by scripts/fpga.sh) with the family's cell models on the host program that the
# bit-exact model recorded (gen-vectors: writes, reads with their expected values, waits),
# with the same testbench as scripts/iverilog-check.sh (tests/iverilog/accel_tb.v). Any
# mismatch fails. This is the guard against synthesis miscompiles such as the yosys
# `synth_ice40 -dsp` one in shared/docs/toolchain-notes.md.
#
# Cell models: iCE40 (up5k, hx8k) yosys's ice40/cells_sim.v (ICE40_CELLS_SIM=file overrides);
# ECP5 (ulx3s, ulx3s25f) yosys's share/ecp5 models for LUT4/PFUMX/L6MUX21/CCU2C/TRELLIS_FF/
# TRELLIS_DPR16X4 plus this repository's DP16KD and MULT18X18D models (yosys 0.70 has those
# only as blackboxes), gathered by scripts/ecp5-sim-cells.sh (ECP5_SIM_DIR=dir names yosys's
# share/ecp5; the models are proven by scripts/test-ecp5-models.sh). A cell type of the
# accelerator module without a model stops the ECP5 check (exit 2).
#
# Usage: scripts/fpga-equiv.sh up5k|hx8k|ulx3s|ulx3s25f [--corrupt]   (run scripts/fpga.sh first)
# --corrupt flips one expected value (a negative test: the check must then fail).
# NETLIST=file checks another netlist of the same top, EQUIV_OUT=dir puts the results there.
# Writes build/fpga/<config>/equivalence.json {"config", "result": "pass"|"fail", "entries",
# "summary"} and equivalence.log; exits 0 only on pass. KEEP=1 keeps the vector folder.
set -euo pipefail
cd "$(dirname "$0")/.."

family=ice40
case "${1:-}" in
    up5k) top=qins_accel_up5k ;;
    hx8k) top=qins_accel_hx8k ;;
    ulx3s) top=qins_accel_ulx3s family=ecp5 ;;
    ulx3s25f) top=qins_accel_ulx3s25f family=ecp5 ;;
    *) echo "usage: $0 up5k|hx8k|ulx3s|ulx3s25f [--corrupt]" >&2; exit 2 ;;
esac
CARGO=${CARGO:-cargo}
out=${EQUIV_OUT:-build/fpga/$1}
netlist=${NETLIST:-$out/netlist.v}
corrupt=
[[ ${2:-} == --corrupt ]] && corrupt=--corrupt
if [[ $family == ice40 ]]; then
    cells=${ICE40_CELLS_SIM:-$(yosys-config --datdir 2>/dev/null || echo /usr/share/yosys)/ice40/cells_sim.v}
    cell_defines=(-DNO_ICE40_DEFAULT_ASSIGNMENTS)
else
    cells=  # written into the work folder below by scripts/ecp5-sim-cells.sh
    cell_defines=(-DNO_INCLUDES)
fi

for tool in iverilog vvp "$CARGO"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "fpga-equiv: '$tool' not found: run 'make deps'" >&2
        exit 2
    fi
done
[[ -f $netlist ]] || { echo "fpga-equiv: no $netlist: run 'scripts/fpga.sh $1' first" >&2; exit 2; }
[[ $family == ecp5 || -f $cells ]] || { echo "fpga-equiv: no ice40 cell models at $cells (yosys installed?)" >&2; exit 2; }
grep -q "^module $top(" "$netlist" || {
    echo "fpga-equiv: $netlist has no module $top (was the accelerator flattened away?)" >&2
    exit 2
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fpga-equiv.XXXXXX")
if [[ -n ${KEEP:-} ]]; then echo "fpga-equiv: keeping $tmp"; else trap 'rm -rf "$tmp"' EXIT; fi
if [[ $family == ecp5 ]]; then
    cells=$tmp/ecp5_cells.v
    scripts/ecp5-sim-cells.sh "$cells"
    # every cell type of the accelerator module needs a model (a blackbox would read as X)
    missing=$(python3 - "$netlist" "$top" "$cells" <<'EOF'
import re, sys
netlist, top, cells = sys.argv[1:]
text = open(netlist).read()
m = re.search(r"^module " + re.escape(top) + r"\(.*?^endmodule", text, re.S | re.M)
body = m.group(0) if m else ""
used = set(re.findall(r"^\s*([A-Za-z_][A-Za-z0-9_$]*)\s+(?:#\(|\\?\S+\s*\()", body, re.M))
used -= {"module", "input", "output", "inout", "wire", "reg", "assign", "always", "initial"}
have = set(re.findall(r"^module\s+\\?([A-Za-z_][A-Za-z0-9_$]*)", open(cells).read(), re.M))
print(" ".join(sorted(used - have)))
EOF
)
    if [[ -n $missing ]]; then
        echo "fpga-equiv: no simulation model for cell type(s) $missing in $top (add one under tests/fpga-models/, see scripts/ecp5-sim-cells.sh)" >&2
        exit 2
    fi
fi

t0=$SECONDS
"$CARGO" build -q --release -p qins-regression --bin gen-vectors
"$CARGO" run -q --release -p qins-regression --bin gen-vectors -- "$tmp" $corrupt >/dev/null 2>&1
# shellcheck source=/dev/null
source "$tmp/manifest.sh"
program_var="accel_$top"
n_program=${!program_var:-}
[[ -n $n_program ]] || { echo "fpga-equiv: gen-vectors wrote no program for $top" >&2; exit 2; }

iverilog -g2012 "${cell_defines[@]}" -DACCEL_TOP="$top" -o "$tmp/equiv.vvp" \
    -s accel_tb tests/iverilog/accel_tb.v "$netlist" "$cells" 2>"$tmp/iverilog.err" || {
    cat "$tmp/iverilog.err" >&2
    echo "fpga-equiv: iverilog could not compile the netlist" >&2
    exit 1
}
nice -n 10 vvp -n "$tmp/equiv.vvp" +program="$tmp/$program_var.hex" +n_program="$n_program" \
    >"$out/equivalence.log" 2>&1 || true
summary=$(grep -E '^ACCEL (PASS|FAIL)' "$out/equivalence.log" | head -n 1 || true)
result=fail
if grep -q '^ACCEL PASS' "$out/equivalence.log" && ! grep -q '^ACCEL FAIL' "$out/equivalence.log"; then
    result=pass
fi
python3 - "$out/equivalence.json" "$top" "$result" "$n_program" "$summary" "$((SECONDS - t0))" <<'EOF'
import json, sys
path, top, result, n, summary, seconds = sys.argv[1:]
json.dump({"config": top, "result": result, "entries": int(n), "summary": summary,
           "seconds": int(seconds)}, open(path, "w"), indent=2)
EOF
grep -E '^(MISMATCH|ACCEL)' "$out/equivalence.log" | head -n 12
echo "fpga-equiv: $top netlist vs model: $result ($n_program entries, $((SECONDS - t0)) s)"
[[ $result == pass ]]
