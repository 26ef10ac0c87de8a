#!/usr/bin/env python3
"""A timing bound for the paths through the UP5K's combinational SB_MAC16 multipliers.

nextpnr-ice40 models every SB_MAC16 port as a register clocked by the DSP's CLK pin; here
the MAC16s are combinational (CLK tied low), so a register -> MAC16 -> register path is
reported as two legs, "clock -> $PACKER_GND_NET" (into a DSP input) and "$PACKER_GND_NET ->
clock" (from a DSP output), neither of which enters Fmax, and the multiplier's own delay is
not modelled. icetime (icestorm) does not time them either: it takes this MAC16
configuration for a register too (clock -> O 0.1 ns).

The bound: the worst leg into any DSP + the worst combinational A/B -> O delay of a 16 x 16
bypass multiplier in icestorm's UP5K timing database (its slow corner) + the worst leg out
of any DSP. Every real path through a DSP is at most that (each leg also carries the
phantom register's setup or clock-to-out, which only adds pessimism). The DSPs whose
registers yosys used (pipelined) are timed by nextpnr itself and need no bound.

Usage: scripts/dsp-timing.py PNR_JSON CLOCK_MHZ [--db TIMINGS] [--json OUT] [--bound-mhz]
Exits 1 when the bound misses the clock, 2 on bad input. With --bound-mhz it prints only the
bound in MHz (or "none" when no DSP is combinational) and exits 0: scripts/fpga.sh takes a
seed's Fmax as the lower of nextpnr's and this bound.
"""
import json
import sys

DEFAULT_DB = "/usr/share/fpga-icestorm/chipdb/timings_up5k.txt"
LEGS = {
    "in": ("posedge clock", "posedge $PACKER_GND_NET"),
    "out": ("posedge $PACKER_GND_NET", "posedge clock"),
}


def fail(msg, code=2):
    print(f"dsp-timing: {msg}", file=sys.stderr)
    sys.exit(code)


def legs(pnr_json):
    report = json.load(open(pnr_json))
    found = {}
    for p in report.get("critical_paths", []):
        for name, (src, dst) in LEGS.items():
            if p.get("from") == src and p.get("to") == dst:
                found[name] = sum(step.get("delay", 0.0) for step in p["path"])
    return found


def multiplier_delay_ns(db):
    """The largest A/B -> O delay (slow corner, rise or fall) of a 16x16 bypass multiplier."""
    worst, cell = 0.0, None
    for line in open(db):
        f = line.split()
        if not f:
            continue
        if f[0] == "CELL":
            cell = f[1]
        elif (
            f[0] == "IOPATH"
            and cell in ("SB_MAC16_MUL_U_16X16_BYPASS", "SB_MAC16_MUL_S_16X16_BYPASS")
            and f[1][:2] in ("A[", "B[")
            and f[2].startswith("O[")
        ):
            worst = max(worst, *(float(x.split(":")[2]) for x in f[3:5]))
    if worst == 0.0:
        fail(f"{db} has no 16x16 bypass multiplier delays")
    return worst / 1000.0


def main(argv):
    opts, args, rest = {}, [], list(argv)
    while rest:
        a = rest.pop(0)
        if a in ("--db", "--json"):
            if not rest:
                fail(f"{a} needs a value")
            opts[a] = rest.pop(0)
        elif a == "--bound-mhz":
            opts[a] = True
        elif a.startswith("--"):
            fail(f"unknown option {a}")
        else:
            args.append(a)
    if len(args) != 2:
        fail("usage: dsp-timing.py PNR_JSON CLOCK_MHZ [--db TIMINGS] [--json OUT] [--bound-mhz]")
    try:
        pnr_json, clock = args[0], float(args[1])
    except ValueError:
        fail(f"the clock {args[1]!r} is not a number in MHz")
    db = opts.get("--db", DEFAULT_DB)
    try:
        found = legs(pnr_json)
        # the database is read only when some DSP is combinational
        dsp = multiplier_delay_ns(db) if set(found) == set(LEGS) else None
    except (OSError, ValueError, KeyError) as e:
        fail(str(e))
    if dsp is None:
        # no combinational DSP at all: every path is timed by nextpnr
        result = {"combinational_dsps": False, "clock_mhz": clock, "meets": True}
    else:
        bound = found["in"] + dsp + found["out"]
        result = {
            "combinational_dsps": True,
            "into_dsp_ns": round(found["in"], 3),
            "multiplier_ns": round(dsp, 3),
            "out_of_dsp_ns": round(found["out"], 3),
            "bound_ns": round(bound, 3),
            "bound_mhz": round(1000.0 / bound, 2),
            "clock_mhz": clock,
            "meets": bound <= 1000.0 / clock,
        }
    if "--json" in opts:
        json.dump(result, open(opts["--json"], "w"), indent=2)
    if "--bound-mhz" in opts:
        print(result.get("bound_mhz", "none"))
        sys.exit(0)
    if result["combinational_dsps"]:
        print(
            f"dsp-timing: paths through the combinational MAC16s at most "
            f"{result['into_dsp_ns']} + {result['multiplier_ns']} + {result['out_of_dsp_ns']} "
            f"= {result['bound_ns']} ns ({result['bound_mhz']} MHz) against "
            f"{1000.0 / clock:.2f} ns ({clock} MHz): {'meets' if result['meets'] else 'MISSES'} the clock"
        )
    else:
        print("dsp-timing: no combinational MAC16: nextpnr times every path")
    sys.exit(0 if result["meets"] else 1)


if __name__ == "__main__":
    main(sys.argv[1:])
