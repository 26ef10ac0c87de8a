#!/usr/bin/env python3
"""Tests scripts/ecp5-floorplan.py: every PE of the array gets its own DSP site, neighbours
sit next to each other (partial sum: the next site; activation: N/2 sites on), nothing but
the PE multipliers is fixed, and a netlist without a whole N x N array, or one the rows
cannot hold, or an unreadable file, is refused with a message. Run by `make fpga-flow-tests`."""
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "ecp5-floorplan.py")
spec = importlib.util.spec_from_file_location("floorplan", SCRIPT)
fp = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fp)

failures = []


def check(name, ok, detail=""):
    if not ok:
        failures.append(f"{name} {detail}")


def site_index(bel):
    x = int(bel.split("/")[0][1:])
    return fp.SITE_X.index(x), int(bel.split("/")[1][1:])


# the plan for the 85F's 8 x 8
plan = fp.floorplan(8)
check("64 distinct sites", len(set(plan.values())) == 64, str(len(set(plan.values()))))
for k, bel in plan.items():
    i, j = divmod(k, 8)
    s, y = site_index(bel)
    check("bel name", bel.endswith(fp.SITE_BEL[s % 4]), bel)
    if i % 4 != 3:  # the next row in the same DSP row: the next site
        s2, y2 = site_index(plan[k + 8])
        check(f"psum pe{k}", (s2, y2) == (s + 1, y), f"{bel} -> {plan[k + 8]}")
    else:  # the next DSP row, same column, or the bottom
        check(f"half pe{k}", i == 7 or site_index(plan[k + 8]) == (s - 3, fp.ARRAY_ROWS_Y[1]))
    if j < 7:
        check(f"act pe{k}", site_index(plan[k + 1]) == (s + 4, y), f"{bel} -> {plan[k + 1]}")
try:
    fp.floorplan(11)
    check("11 x 11 refused", False)
except ValueError:
    pass


def netlist(pes, extra=True):
    cells = {f"array.pe${k}.product.d_MULT18X18D_P9": {"type": "MULT18X18D", "connections": {}}
             for k in range(pes)}
    if extra:
        cells["alu$0.steps$1.lhs_MULT18X18D_P9"] = {"type": "MULT18X18D", "connections": {}}
        cells["array.pe$3.act.q_TRELLIS_FF_Q"] = {"type": "TRELLIS_FF", "connections": {}}
    return {"modules": {"accel": {"cells": cells}}}


def run(design, module="accel"):
    with tempfile.TemporaryDirectory() as t:
        path = os.path.join(t, "synth.json")
        with open(path, "w") as f:
            f.write(design if isinstance(design, str) else json.dumps(design))
        r = subprocess.run([sys.executable, SCRIPT, path, module], capture_output=True, text=True)
        out = json.load(open(path)) if r.returncode == 0 else None
        return r, out


r, out = run(netlist(64))
check("runs", r.returncode == 0, r.stderr)
if out:
    cells = out["modules"]["accel"]["cells"]
    fixed = {n: c["attributes"]["BEL"] for n, c in cells.items() if "BEL" in c.get("attributes", {})}
    check("only the PE multipliers fixed", len(fixed) == 64 and all(".pe$" in n for n in fixed))
    check("as planned", fixed["array.pe$9.product.d_MULT18X18D_P9"] == plan[9])
for name, design, module in [("63 PEs", netlist(63), "accel"), ("no PEs", netlist(0), "accel"),
                             ("wrong module", netlist(64), "other"), ("not JSON", "{", "accel"),
                             ("11 x 11", netlist(121), "accel")]:
    r, _ = run(design, module)
    check(f"{name} refused", r.returncode == 1 and "ecp5-floorplan:" in r.stderr
          and "Traceback" not in r.stderr, f"rc {r.returncode}: {r.stderr.strip()}")

for f in failures:
    print("test-ecp5-floorplan: FAIL", f, file=sys.stderr)
if failures:
    sys.exit(1)
print("test-ecp5-floorplan: 8 x 8 plan (64 sites, neighbours adjacent), 6 netlists: pass")
