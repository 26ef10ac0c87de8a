#!/usr/bin/env python3
"""Tests scripts/dsp-timing.py on small routed designs written here (an SDF as nextpnr-ice40
writes it, the routed netlist, the report) and a timing database with round numbers, so every
expected figure is known by hand. Run by `make fpga-flow-tests`; needs only python3."""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "dsp-timing.py")

# ns; the database is in ps like icestorm's (slow corner = the third figure)
DB = """CELL SB_MAC16_MUL_S_16X16_BYPASS
IOPATH  A[0]  O[0]  1:1:9000  1:1:8000
IOPATH  B[3]  O[7]  1:1:9500  1:1:9100
CELL SB_MAC16_MUL_U_16X16_BYPASS
IOPATH  A[0]  O[0]  1:1:8800  1:1:8000
CELL SB_MAC16_MUL_S_16X16_IM_BYPASS
IOPATH  posedge:CLK  O[0]  1:1:2000  1:1:1900
SETUP  posedge:A[0]  posedge:CLK  1:1:50
SETUP  posedge:B[0]  posedge:CLK  1:1:40
CELL SB_MAC16_MUL_U_16X16_IM_BYPASS
IOPATH  posedge:CLK  O[0]  1:1:2100  1:1:1900
SETUP  posedge:A[0]  posedge:CLK  1:1:30
SETUP  posedge:B[0]  posedge:CLK  1:1:20
CELL SB_MAC16_MAC_S_16X16_IM_BYPASS
IOPATH  posedge:CLK  O[0]  1:1:1900  1:1:1800
CELL SB_MAC16_ADS_U_32P32_BYPASS
IOPATH  A[0]  O[0]  1:1:4000  1:1:4000
IOPATH  B[0]  O[0]  1:1:5000  1:1:5000
IOPATH  C[0]  O[0]  1:1:3000  1:1:3000
IOPATH  D[0]  O[0]  1:1:4500  1:1:4500
IOPATH  ADDSUBTOP  O[0]  1:1:3900  1:1:3900
IOPATH  ADDSUBBOT  O[0]  1:1:5200  1:1:5200
"""

REGS = ("A_REG", "B_REG", "C_REG", "D_REG", "TOP_8x8_MULT_REG", "BOT_8x8_MULT_REG",
        "PIPELINE_16x16_MULT_REG1", "PIPELINE_16x16_MULT_REG2", "MODE_8x8")


def params(**kw):
    p = {r: "0" for r in REGS}
    p.update(TOPOUTPUT_SELECT="11", BOTOUTPUT_SELECT="11")
    p.update({k: v for k, v in kw.items()})
    return p


def pipelined(**kw):
    return params(A_REG="1", B_REG="1", TOP_8x8_MULT_REG="1", BOT_8x8_MULT_REG="1",
                  PIPELINE_16x16_MULT_REG1="1", **kw)


INTO_ADDER = dict(TOPOUTPUT_SELECT="00", BOTOUTPUT_SELECT="00", TOPADDSUB_LOWERINPUT="10",
                  BOTADDSUB_LOWERINPUT="10", TOPADDSUB_UPPERINPUT="1", BOTADDSUB_UPPERINPUT="1")


def design(tmp, wires, dsps, report_ns, extra_cells=None):
    """r1 (clock -> O 0.5 ns) and r2 (setup 0.3 ns) registers, DSPs {name: (params, clocked,
    ports)}, wires [(from 'cell/port', to, ns)], nextpnr's report giving report_ns as its worst
    path. Returns the four file arguments."""
    cells = {"r1": ("(IOPATH CLK O (500:500:500) (500:500:500))", ""),
             "r2": ("", "(SETUPHOLD (posedge I0) (posedge CLK) (300:300:300) (0:0:0))")}
    cells.update(extra_cells or {})
    top = {"attributes": {"top": "00000000000000000000000000000001"},
           "netnames": {"clk": {"bits": [9]}}, "cells": {}}
    bit = 10
    for name, (p, clocked, ports) in dsps.items():
        # nextpnr's own arcs: every port a register of the DSP's CLK (0.1 ns)
        arcs = " ".join(f"(IOPATH CLK {o} (100:100:100) (100:100:100))" for o in ports if o.startswith("O_"))
        checks = " ".join(f"(SETUPHOLD (posedge {i}) (posedge CLK) (100:100:100) (0:0:0))"
                          for i in ports if not i.startswith("O_"))
        cells[name] = (arcs, checks)
        conn = {"CLK": [9] if clocked else ["0"]}
        for port in ports:
            conn[port] = [bit]
            top["netnames"][f"{name}.{port}"] = {"bits": [bit]}
            bit += 1
        top["cells"][name] = {"type": "ICESTORM_DSP", "parameters": p, "connections": conn}
    sdf = os.path.join(tmp, "timing.sdf")
    with open(sdf, "w") as f:
        f.write('(DELAYFILE\n  (SDFVERSION "3.0")\n  (DIVIDER /)\n  (TIMESCALE 1ps)\n')
        f.write('  (CELL (CELLTYPE "top") (INSTANCE ) (DELAY (ABSOLUTE\n')
        for a, b, ns in wires:
            ps = round(ns * 1000)
            f.write(f"    (INTERCONNECT {a} {b} ({ps}:{ps}:{ps}) ({ps}:{ps}:{ps}))\n")
        f.write("  )))\n")
        for name, (arcs, checks) in cells.items():
            f.write(f'  (CELL (CELLTYPE "X") (INSTANCE {name.replace("$", chr(92) + "$")})\n'
                    f"    (DELAY (ABSOLUTE {arcs}))\n    (TIMINGCHECK {checks}))\n")
        f.write(")\n")
    routed = os.path.join(tmp, "routed.json")
    json.dump({"modules": {"top": top}}, open(routed, "w"))
    report = os.path.join(tmp, "pnr.json")
    json.dump({"fmax": {"clock": {"achieved": 1000.0 / report_ns}},
               "critical_paths": [{"from": "posedge clock", "to": "posedge clock",
                                   "path": [{"delay": report_ns}]}]}, open(report, "w"))
    db = os.path.join(tmp, "timings.txt")
    open(db, "w").write(DB)
    return [sdf, routed, report, "36", "--db", db]


def run(args):
    out = os.path.join(os.path.dirname(args[0]), "result.json")
    p = subprocess.run([sys.executable, SCRIPT, *args, "--json", out], capture_output=True, text=True)
    result = json.load(open(out)) if p.returncode in (0, 1) else None
    return p.returncode, p.stdout + p.stderr, result


failures = 0


def check(name, ok, detail=""):
    global failures
    print(f"test-dsp-timing: {'ok  ' if ok else 'FAIL'} {name}{'' if ok else ': ' + detail}")
    failures += not ok


def near(a, b):
    return a is not None and abs(a - b) < 0.0015


with tempfile.TemporaryDirectory() as tmp:
    # a combinational multiplier between two registers: nextpnr sees two legs, 0.5 + 2 + 0.1
    # and 0.1 + 3 + 0.3; with the multiplier 0.5 + 2 + 9.5 (B -> O, the worst) + 3 + 0.3
    args = design(tmp, [("r1/O", "m/B_3", 2.0), ("m/O_7", "r2/I0", 3.0)],
                  {"m": (params(), False, ["B_3", "O_7"])}, 3.4)
    rc, log, r = run(args)
    check("combinational multiplier: the worst A/B -> O delay between the legs",
          rc == 0 and near(r["worst_ns"], 15.3) and r["dsps_on_worst_path"] == ["m"], log)

    # a pipelined product (clock -> O 2.1 ns, the worse of S and U) into the adder of another
    # MAC16 through its D operand (4.5 ns), then to r2; the adder MAC16's own clock -> O is
    # 2.1 + 5.0 (B, its worse lower operand); nextpnr's worst is 0.1 + 1 + 0.1
    args = design(tmp, [("r1/O", "p/A_0", 1.0), ("p/O_0", "a/D_0", 1.0), ("a/O_0", "r2/I0", 2.0),
                        ("r1/O", "a/A_0", 0.2)],
                  {"p": (pipelined(), True, ["A_0", "O_0"]),
                   "a": (pipelined(**INTO_ADDER), True, ["A_0", "D_0", "O_0"])}, 2.4)
    rc, log, r = run(args)
    # p: 2.1 + 1 + 4.5 + 2 + 0.3 = 9.9; a's own product: 2.1 + 5.0 + 2 + 0.3 = 9.4
    check("pipelined product through the adder's D operand",
          rc == 0 and near(r["worst_ns"], 9.9) and r["dsps_on_worst_path"] == ["a", "p"], log)

    # the adder MAC16 alone: its own product through its adder, 2.1 + 5.0 + 2 + 0.3
    args = design(tmp, [("r1/O", "a/A_0", 0.2), ("a/O_0", "r2/I0", 2.0)],
                  {"a": (pipelined(**INTO_ADDER), True, ["A_0", "O_0"])}, 2.4)
    rc, log, r = run(args)
    check("pipelined product through its own adder",
          rc == 0 and near(r["worst_ns"], 9.4) and r["worst_from"] == "a/#core", log)

    # the sum in the adder MAC16's output register: p's product reaches it through D (setup
    # taken as D -> O, 4.5 ns): 2.1 + 1 + 4.5; out of it 1.9 (its clock -> O) + 2 + 0.3
    summed = pipelined(**dict(INTO_ADDER, TOPOUTPUT_SELECT="01", BOTOUTPUT_SELECT="01"))
    for wire, want, end in [(1.0, 7.6, "a/D_0"), (0.1, 7.1, "a/#sum")]:
        args = design(tmp, [("r1/O", "p/A_0", 1.0), ("p/O_0", "a/D_0", wire), ("a/O_0", "r2/I0", 2.0)],
                      {"p": (pipelined(), True, ["A_0", "O_0"]),
                       "a": (summed, True, ["D_0", "O_0"])}, 2.4)
        rc, log, r = run(args)
        check(f"the sum registered in the MAC16, worst path to {end}",
              rc == 0 and near(r["worst_ns"], want) and r["worst_to"] == end, log)

    # a path into a registered A operand: its setup is the database's (0.05 ns), not 0.1
    args = design(tmp, [("r1/O", "p/A_0", 20.0), ("p/O_0", "r2/I0", 1.0)],
                  {"p": (pipelined(), True, ["A_0", "O_0"])}, 20.6)
    rc, log, r = run(args)
    check("a registered operand's setup from the database",
          rc == 0 and near(r["worst_ns"], 20.55) and r["worst_to"] == "p/A_0", log)

    # the same design with the report 1 ns off: the figure is refused
    args = design(tmp, [("r1/O", "p/A_0", 1.0), ("p/O_0", "r2/I0", 1.0)],
                  {"p": (pipelined(), True, ["A_0", "O_0"])}, 2.4 + 1.0)
    rc, log, _ = run(args)
    check("a report the analysis does not reproduce: exit 2", rc == 2 and "misread" in log, log)

    # the clock missed: exit 1 (0.5 + 30 + 0.3 > 27.78 ns)
    args = design(tmp, [("r1/O", "r2/I0", 30.0)], {}, 30.8)
    rc, log, r = run(args)
    check("a path longer than the clock period: exit 1", rc == 1 and near(r["worst_ns"], 30.8), log)

    # --paths: the worst block pairs, named by the first three hierarchy levels less the
    # cell suffixes; two endpoints of one pair (10.8 and 10.0 ns, within 10 %), one of another
    # (5.8 ns), and a launch traced back through a combinational cell
    launch = ("(IOPATH CLK O (500:500:500) (500:500:500))", "")
    capture = ("", "(SETUPHOLD (posedge I0) (posedge CLK) (300:300:300) (0:0:0))")
    cells = {"acc.pe.product_SB_DFF_Q_DFFLC": launch,
             "acc.sum.q_SB_DFF_Q_DFFLC": capture, "acc.sum.q_SB_DFF_Q_1_DFFLC": capture,
             "acc.sum.q_SB_LUT4_O_LC": ("(IOPATH I0 O (200:200:200) (200:200:200))", "")}
    args = design(tmp, [("acc.pe.product_SB_DFF_Q_DFFLC/O", "acc.sum.q_SB_DFF_Q_DFFLC/I0", 10.0),
                        ("acc.pe.product_SB_DFF_Q_DFFLC/O", "acc.sum.q_SB_LUT4_O_LC/I0", 4.0),
                        ("acc.sum.q_SB_LUT4_O_LC/O", "acc.sum.q_SB_DFF_Q_1_DFFLC/I0", 5.0),
                        ("r1/O", "r2/I0", 5.0)], {}, 10.8, extra_cells=cells)
    rc, log, r = run([*args, "--paths", "5"])
    pairs = (r or {}).get("worst_block_pairs")
    check("--paths: block pairs, worst first, with their endpoint counts",
          rc == 0 and pairs == [
              {"ns": 10.8, "from": "acc.pe.product", "to": "acc.sum.q", "endpoints": 2},
              {"ns": 5.8, "from": "r1", "to": "r2", "endpoints": 1}]
          and "acc.pe.product -> acc.sum.q" in log, log)
    rc, log, _ = run([*args, "--paths", "many"])
    check("--paths with a non-count: exit 2", rc == 2 and "not a count" in log, log)

    # configurations without delays here
    for what, p in [("8 x 8 mode", params(MODE_8x8="1")),
                    ("a registered C operand into the adder", pipelined(C_REG="1", **INTO_ADDER)),
                    ("output register without the adder", pipelined(TOPOUTPUT_SELECT="01", BOTOUTPUT_SELECT="01"))]:
        args = design(tmp, [("r1/O", "m/A_0", 1.0), ("m/O_0", "r2/I0", 1.0)],
                      {"m": (p, what != "8 x 8 mode", ["A_0", "O_0"])}, 1.6)
        rc, log, _ = run(args)
        check(f"{what}: exit 2, naming the DSP", rc == 2 and "m:" in log, log)

    # bad files: exit 2 with a message, no traceback
    args = design(tmp, [], {}, 1.0)
    for what, bad in [("missing SDF", [os.path.join(tmp, "none.sdf"), *args[1:]]),
                      ("not an SDF", [args[2], *args[1:]]),
                      ("bad clock", [*args[:3], "fast", *args[4:]])]:
        rc, log, _ = run(bad)
        check(f"{what}: exit 2", rc == 2 and "Traceback" not in log, log)

print("test-dsp-timing: " + ("PASS" if failures == 0 else f"{failures} FAILED"))
sys.exit(1 if failures else 0)
