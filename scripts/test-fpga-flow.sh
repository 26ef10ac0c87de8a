#!/usr/bin/env bash
# Tests scripts/fpga.sh's own decisions (seeds, retries, clock and fit verdicts, bad
# settings) in a few seconds, with stand-ins for yosys, nextpnr-ice40 and icepack on PATH:
# the stand-in nextpnr reports the Fmax given per seed in STUB_FMAX ("1:33 2:37"), or fails
# as an over-full device with STUB_NO_FIT=1. icepll is the real one (the PLL settings and the
# UART baud check run as in a real build). The real tools are exercised by `make fpga-test`.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v icepll >/dev/null || { echo "test-fpga-flow: icepll is missing: run 'make deps'" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin"
cat >"$tmp/bin/yosys" <<'EOF'
#!/usr/bin/env bash
# stand-in: writes the files the script names (write_json, write_verilog, tee -o, -l)
# (version lines with quotes and a backslash, as yowasp's tools print: flow.json stays JSON)
[[ ${1:-} == -V ]] && { echo 'Yosys stand-in "yowasp" C:\tools'; exit 0; }
while [[ $# -gt 0 ]]; do
    case $1 in
        -l) : >"$2"; shift ;;
        -p) grep -oE '(write_json|-noattr|-o) [^ ]+' <<<"$2" | while read -r _ f; do echo '{}' >"$f"; done ;;
    esac
    shift
done
EOF
cat >"$tmp/bin/nextpnr-ice40" <<'EOF'
#!/usr/bin/env bash
[[ ${1:-} == --version ]] && { echo '"nextpnr-ice40" -- stand-in'; exit 0; }
while [[ $# -gt 0 ]]; do
    case $1 in
        --seed) seed=$2; shift ;; --report) report=$2; shift ;; --asc) asc=$2; shift ;; --log) log=$2; shift ;;
        --sdf) sdf=$2; shift ;; --write) routed=$2; shift ;;
    esac
    shift
done
echo "$seed" >>"$STUB_RUNS"
if [[ ${STUB_HANG:-0} == 1 ]]; then
    # placed, then routing that never ends (PNR_TIMEOUT stops it)
    printf "Info: Max frequency for clock 'clock': 29.39 MHz (FAIL at 42.00 MHz)\nInfo: Running main router loop...\n" >"$log"
    exec sleep 30
fi
if [[ ${STUB_NO_FIT:-0} == 1 ]]; then
    printf 'Info: \t         ICESTORM_LC: 9000/ 5280   170%%\nERROR: Unable to place cell\n' >"$log"
    exit 1
fi
fmax=30
for kv in $STUB_FMAX; do [[ ${kv%%:*} == "$seed" ]] && fmax=${kv#*:}; done
# STUB_DSP_IN="1:20": seed 1 has a 20 ns leg into a combinational DSP (and 5 ns out of it);
# the stand-in writes the report, the SDF and the routed netlist of that design (a register
# -> register path of 1000 / Fmax ns, and the DSP's legs) for scripts/dsp-timing.py
dsp=""
for kv in ${STUB_DSP_IN:-}; do [[ ${kv%%:*} == "$seed" ]] && dsp=${kv#*:}; done
python3 - "$fmax" "$dsp" "$report" "${sdf:-/dev/null}" "${routed:-/dev/null}" <<'PY'
import json, sys
fmax, dsp, report, sdf, routed = float(sys.argv[1]), sys.argv[2], *sys.argv[3:]
period = 1000.0 / fmax
paths = [{"from": "posedge clock", "to": "posedge clock", "path": [{"delay": period}]}]
wires = [("r1/O", "r2/I0", period - 0.8)]
cells = {"r1": "(IOPATH CLK O (500:500:500) (500:500:500))", "r2": "",
         "dsp": "(IOPATH CLK O_0 (100:100:100) (100:100:100))"}
checks = {"r2": "(SETUPHOLD (posedge I0) (posedge CLK) (300:300:300) (0:0:0))",
          "dsp": "(SETUPHOLD (posedge A_0) (posedge CLK) (100:100:100) (0:0:0))"}
if dsp:
    dsp = float(dsp)
    paths += [{"from": "posedge clock", "to": "posedge $PACKER_GND_NET", "path": [{"delay": dsp}]},
              {"from": "posedge $PACKER_GND_NET", "to": "posedge clock", "path": [{"delay": 5}]}]
    wires += [("r1/O", "dsp/A_0", dsp - 0.6), ("dsp/O_0", "r2/I0", 4.6)]
else:
    del cells["dsp"], checks["dsp"]
json.dump({"fmax": {"clock": {"achieved": fmax}}, "critical_paths": paths}, open(report, "w"))
with open(sdf, "w") as f:
    f.write("(DELAYFILE (TIMESCALE 1ps)\n (CELL (CELLTYPE \"top\") (INSTANCE ) (DELAY (ABSOLUTE\n")
    for a, b, ns in wires:
        f.write(f"  (INTERCONNECT {a} {b} ({ns * 1000:.0f}:{ns * 1000:.0f}:{ns * 1000:.0f}) (0:0:0))\n")
    f.write(" )))\n")
    for c, arcs in cells.items():
        f.write(f" (CELL (CELLTYPE \"X\") (INSTANCE {c}) (DELAY (ABSOLUTE {arcs})) (TIMINGCHECK {checks.get(c, '')}))\n")
    f.write(")\n")
params = {p: "0" for p in ("A_REG", "B_REG", "C_REG", "D_REG", "TOP_8x8_MULT_REG", "BOT_8x8_MULT_REG",
                            "PIPELINE_16x16_MULT_REG1", "PIPELINE_16x16_MULT_REG2", "MODE_8x8")}
params.update(TOPOUTPUT_SELECT="11", BOTOUTPUT_SELECT="11")
top = {"attributes": {"top": "1"}, "netnames": {"a": {"bits": [2]}, "o": {"bits": [3]}}, "cells": {}}
if dsp:
    top["cells"]["dsp"] = {"type": "ICESTORM_DSP", "parameters": params,
                           "connections": {"CLK": ["0"], "A_0": [2], "O_0": [3]}}
json.dump({"modules": {"top": top}}, open(routed, "w"))
PY
echo "Info: stand-in" >"$log"
echo asc >"$asc"
EOF
printf '#!/usr/bin/env bash\ncp "$1" "$2"\n' >"$tmp/bin/icepack"
chmod +x "$tmp/bin"/*

failures=0
# case NAME EXPECTED_EXIT EXPECTED_SEEDS_RUN EXPECTED_KEPT_SEED [VAR=value ...]: runs fpga.sh up5k
case_() {
    local name=$1 want_rc=$2 want_runs=$3 want_kept=$4
    shift 4
    : >"$tmp/runs"
    local rc=0
    env PATH="$tmp/bin:$PATH" STUB_RUNS="$tmp/runs" FPGA_OUT="$tmp/out" "$@" \
        scripts/fpga.sh up5k >"$tmp/log" 2>&1 || rc=$?
    local runs kept=-
    runs=$(tr '\n' ' ' <"$tmp/runs" | sed 's/ $//')
    if [[ -f $tmp/out/flow.json ]]; then
        # valid JSON that keeps the tools' version lines as printed (quotes, backslash)
        kept=$(python3 -c '
import json, sys
f = json.load(open(sys.argv[1]))
ok = f["nextpnr"] == "\"nextpnr-ice40\" -- stand-in" and f["yosys"] == "Yosys stand-in \"yowasp\" C:\\tools"
print((f["seed"] if ok else "bad-version-strings") if f["board"] == "up5k" else "bad-board")' "$tmp/out/flow.json")
    fi
    if [[ $rc == "$want_rc" && $runs == "$want_runs" && ($want_kept == - || $kept == "$want_kept") ]]; then
        echo "test-fpga-flow: ok   $name"
    else
        echo "test-fpga-flow: FAIL $name: exit $rc (want $want_rc), seeds run '$runs' (want '$want_runs'), kept $kept (want $want_kept)" >&2
        sed 's/^/    /' "$tmp/log" >&2
        failures=$((failures + 1))
    fi
    rm -rf "$tmp/out"
}
# log_says NAME TEXT: the last case's output contains TEXT
log_says() {
    if grep -qF "$2" "$tmp/log"; then
        echo "test-fpga-flow: ok   $1"
    else
        echo "test-fpga-flow: FAIL $1:" >&2
        sed 's/^/    /' "$tmp/log" >&2
        failures=$((failures + 1))
    fi
}
case_ "seed 1 meets the clock: no retry" 0 "1" 1 STUB_FMAX="1:40 2:45"
case_ "seed 1 misses: retry until one meets" 0 "1 2 3" 3 STUB_FMAX="1:33 2:35.5 3:37 4:41"
case_ "every seed misses: the best is kept, exit 1" 1 "1 2 3 4" 2 STUB_FMAX="1:33 2:35.5 3:30 4:31"
case_ "ALLOW_SLOW=1: a miss is a warning" 0 "1 2 3 4" 1 STUB_FMAX="1:35" ALLOW_SLOW=1
case_ "RETRY_SEEDS empty: no retry" 1 "1" 1 STUB_FMAX="1:33 2:40" RETRY_SEEDS=
case_ "SEEDS run first, a retry seed already run is skipped" 0 "2 1 3" 3 STUB_FMAX="1:33 2:34 3:38" SEEDS="2 1"
case_ "SEEDS keep the fastest" 0 "1 2 3" 2 STUB_FMAX="1:37 2:41 3:39" SEEDS="1,2,3"
case_ "with the MAC16 delays seed 1 misses: retry" 0 "1 2" 2 STUB_FMAX="1:40 2:40" STUB_DSP_IN="1:20 2:10"
case_ "with the MAC16 delays above Fmax: nothing changes" 0 "1" 1 STUB_FMAX="1:37" STUB_DSP_IN="1:8"
case_ "does not fit: exit 1" 1 "1" - STUB_NO_FIT=1
# that run's one-line verdict names the cells
log_says "the no-fit message names the cells" "qins_accel_up5k does not fit the up5k: 9000 of 5280 logic cells"
case_ "does not fit, ALLOW_NO_FIT=1: exit 0" 0 "1" - STUB_NO_FIT=1 ALLOW_NO_FIT=1
case_ "routing past PNR_TIMEOUT: not routed, exit 1" 1 "1" 1 STUB_HANG=1 PNR_TIMEOUT=1
log_says "the timeout message gives the placement estimate" "was not routed within PNR_TIMEOUT=1 s (after placement nextpnr estimates 29.39 MHz)"
case_ "routing past PNR_TIMEOUT, ALLOW_SLOW=1: exit 0" 0 "1" 1 STUB_HANG=1 PNR_TIMEOUT=1 ALLOW_SLOW=1
case_ "bad PNR_TIMEOUT: exit 2" 2 "" - PNR_TIMEOUT=10m
case_ "bad RETRY_SEEDS: exit 2" 2 "" - RETRY_SEEDS="2 x"
case_ "bad SEEDS: exit 2" 2 "" - SEEDS="1 y"
case_ "PNR_FREQ below the PLL clock: exit 2" 2 "" - PNR_FREQ=30
case_ "FREQ too far from the UART's clock: exit 2" 2 "" - FREQ=48
if ((failures)); then
    echo "test-fpga-flow: $failures failed" >&2
    exit 1
fi
echo "test-fpga-flow: PASS"
