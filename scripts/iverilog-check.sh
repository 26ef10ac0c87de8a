#!/usr/bin/env bash
# A second simulator agrees with the model: Icarus Verilog runs the committed RTL on vectors
# written by the bit-exact model (never by RTL).
#   1. gen-vectors (tests/src/bin/gen_vectors.rs) writes $readmemh files into a temp folder
#   2. tests/iverilog/alu_tb.v: every vector through rtl/qins_alu.v, one per cycle
#   3. tests/iverilog/accel_tb.v: a recorded host program replayed on the accelerator top
# Exits non-zero on any mismatch, a missing PASS line or a missing tool.
#
# Environment: ACCEL_TOP (default qins_accel_sim8; qins_accel_up5k and qins_accel_hx8k also have programs),
# KEEP=1 keeps the temp folder. `scripts/iverilog-check.sh --corrupt` is the negative test:
# one expected value in each vector file is flipped and both benches must then FAIL.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO=${CARGO:-cargo}
ACCEL_TOP=${ACCEL_TOP:-qins_accel_sim8}
corrupt=
case "${1:-}" in
    "") ;;
    --corrupt) corrupt=--corrupt ;;
    *) echo "usage: $0 [--corrupt]" >&2; exit 2 ;;
esac

for tool in iverilog vvp "$CARGO"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "iverilog-check: '$tool' not found: run 'make deps'" >&2
        exit 2
    fi
done
for f in rtl/qins_alu.v "rtl/$ACCEL_TOP.v" tests/iverilog/alu_tb.v tests/iverilog/accel_tb.v; do
    [[ -f $f ]] || { echo "iverilog-check: missing $f" >&2; exit 2; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/iverilog-check.XXXXXX")
if [[ -n ${KEEP:-} ]]; then
    echo "iverilog-check: keeping $tmp"
else
    trap 'rm -rf "$tmp"' EXIT
fi

start_all=$SECONDS
t0=$SECONDS
step() { # step NAME: prints the time since the previous step
    echo "iverilog-check: $1 took $((SECONDS - t0)) s"
    t0=$SECONDS
}

echo "iverilog-check: $(iverilog -V 2>&1 | head -n 1)"
"$CARGO" build -q --release -p qins-regression --bin gen-vectors
step "build gen-vectors"
"$CARGO" run -q --release -p qins-regression --bin gen-vectors -- "$tmp" $corrupt
# shellcheck source=/dev/null
source "$tmp/manifest.sh"
program_var="accel_$ACCEL_TOP"
n_program=${!program_var:-}
if [[ -z $n_program ]]; then
    echo "iverilog-check: gen-vectors wrote no program for $ACCEL_TOP" >&2
    exit 2
fi
step "generate vectors"

iverilog -g2012 -o "$tmp/alu.vvp" -s alu_tb tests/iverilog/alu_tb.v rtl/qins_alu.v
iverilog -g2012 -DACCEL_TOP="$ACCEL_TOP" -o "$tmp/accel.vvp" -s accel_tb \
    tests/iverilog/accel_tb.v "rtl/$ACCEL_TOP.v"
step "compile (iverilog -g2012)"

# vvp exits 0 even when a bench reports FAIL: the verdict is the PASS line
vvp -n "$tmp/alu.vvp" +narrow="$tmp/alu_narrow.hex" +n_narrow="$alu_narrow" \
    +wide="$tmp/alu_wide.hex" +n_wide="$alu_wide" 2>&1 | tee "$tmp/alu.log"
step "ALU bench ($((alu_narrow + alu_wide)) vectors)"
vvp -n "$tmp/accel.vvp" +program="$tmp/$program_var.hex" +n_program="$n_program" 2>&1 \
    | tee "$tmp/accel.log"
step "accelerator bench ($ACCEL_TOP, $n_program entries)"

alu_pass=0 accel_pass=0
grep -q '^ALU PASS' "$tmp/alu.log" && ! grep -q '^ALU FAIL' "$tmp/alu.log" && alu_pass=1
grep -q '^ACCEL PASS' "$tmp/accel.log" && ! grep -q '^ACCEL FAIL' "$tmp/accel.log" && accel_pass=1
echo "iverilog-check: total $((SECONDS - start_all)) s"
if [[ -n $corrupt ]]; then
    if ((alu_pass == 0 && accel_pass == 0)); then
        echo "iverilog-check: negative test OK: both benches FAIL on corrupted vectors"
        exit 0
    fi
    echo "iverilog-check: negative test FAILED: a bench passed corrupted vectors" >&2
    exit 1
fi
if ((alu_pass == 1 && accel_pass == 1)); then
    echo "iverilog-check: PASS (Icarus agrees with the model)"
    exit 0
fi
((alu_pass == 1)) || echo "iverilog-check: FAIL: qins_alu (no ALU PASS line)" >&2
((accel_pass == 1)) || echo "iverilog-check: FAIL: $ACCEL_TOP (no ACCEL PASS line)" >&2
exit 1
