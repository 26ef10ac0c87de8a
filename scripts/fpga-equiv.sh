#!/usr/bin/env bash
# Netlist versus model: simulate the SYNTHESIZED accelerator (build/fpga/<config>/netlist.v,
# written by scripts/fpga.sh, with yosys's ice40 cell models) on the host program that the
# bit-exact model recorded (gen-vectors: writes, reads with their expected values, waits),
# with the same testbench as scripts/iverilog-check.sh (tests/iverilog/accel_tb.v). Any
# mismatch fails. This is the guard against synthesis miscompiles such as the yosys
# `synth_ice40 -dsp` one in shared/docs/toolchain-notes.md.
#
# Usage: scripts/fpga-equiv.sh up5k|hx8k [--corrupt]   (run scripts/fpga.sh for it first)
# --corrupt flips one expected value (a negative test: the check must then fail).
# NETLIST=file checks another netlist of the same top, EQUIV_OUT=dir puts the results there.
# Writes build/fpga/<config>/equivalence.json {"config", "result": "pass"|"fail", "entries",
# "summary"} and equivalence.log; exits 0 only on pass. KEEP=1 keeps the vector folder.
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
    up5k) top=qins_accel_up5k ;;
    hx8k) top=qins_accel_hx8k ;;
    *) echo "usage: $0 up5k|hx8k" >&2; exit 2 ;;
esac
CARGO=${CARGO:-cargo}
out=${EQUIV_OUT:-build/fpga/$1}
netlist=${NETLIST:-$out/netlist.v}
corrupt=
[[ ${2:-} == --corrupt ]] && corrupt=--corrupt
cells=${ICE40_CELLS_SIM:-$(yosys-config --datdir 2>/dev/null || echo /usr/share/yosys)/ice40/cells_sim.v}

for tool in iverilog vvp "$CARGO"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "fpga-equiv: '$tool' not found: run 'make deps'" >&2
        exit 2
    fi
done
[[ -f $netlist ]] || { echo "fpga-equiv: no $netlist: run 'scripts/fpga.sh $1' first" >&2; exit 2; }
[[ -f $cells ]] || { echo "fpga-equiv: no ice40 cell models at $cells (yosys installed?)" >&2; exit 2; }
grep -q "^module $top(" "$netlist" || {
    echo "fpga-equiv: $netlist has no module $top (was the accelerator flattened away?)" >&2
    exit 2
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fpga-equiv.XXXXXX")
if [[ -n ${KEEP:-} ]]; then echo "fpga-equiv: keeping $tmp"; else trap 'rm -rf "$tmp"' EXIT; fi

t0=$SECONDS
"$CARGO" build -q --release -p qins-regression --bin gen-vectors
"$CARGO" run -q --release -p qins-regression --bin gen-vectors -- "$tmp" $corrupt >/dev/null 2>&1
# shellcheck source=/dev/null
source "$tmp/manifest.sh"
program_var="accel_$top"
n_program=${!program_var:-}
[[ -n $n_program ]] || { echo "fpga-equiv: gen-vectors wrote no program for $top" >&2; exit 2; }

iverilog -g2012 -DNO_ICE40_DEFAULT_ASSIGNMENTS -DACCEL_TOP="$top" -o "$tmp/equiv.vvp" \
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
