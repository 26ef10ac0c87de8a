#!/usr/bin/env python3
"""Tests scripts/placement-congestion.py on a placement small enough to work by hand, and its
refusal of a netlist without placement. Run by `make fpga-flow-tests`."""
import json
import os
import subprocess
import sys
import tempfile

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "placement-congestion.py")


def cell(bel, **conns):
    return {"type": "TRELLIS_COMB", "attributes": {"NEXTPNR_BEL": bel} if bel else {},
            "connections": conns}


# net 2 (`row[0]`) spans (0,0)-(2,0): 3 x 1 tiles, 4/3 each; net 3 (`pe$1.col`) spans
# (0,0)-(0,1): 1 x 2, 3/2 each; net 4 (`clock`) is left out; net 5 has one tile only.
PLACED = {"modules": {"top": {"attributes": {"top": 1}, "netnames": {
    "row": {"bits": [2]}, "pe$1.col": {"bits": [3]}, "clock": {"bits": [4]}, "local": {"bits": [5]}},
    "cells": {"a": cell("X0/Y0/SLICEA", A=[2], B=[3], CLK=[4], C=[5]),
              "b": cell("X2/Y0/SLICEA", A=[2], CLK=[4]),
              "c": cell("X0/Y1/SLICEB", A=[3], CLK=[4]),
              "d": cell("X0/Y0/SLICEB", A=[5])}}}}


def run(design):
    with tempfile.TemporaryDirectory() as t:
        path = os.path.join(t, "placed.json")
        with open(path, "w") as f:
            f.write(design if isinstance(design, str) else json.dumps(design))
        return subprocess.run([sys.executable, SCRIPT, path, "--hot", "1"], capture_output=True,
                              text=True)


failures = []
r = run(PLACED)
out = r.stdout
expect = ["tile demand: peak 2.8,",  # (0,0): 4/3 + 3/2
          "over 4 tiles with wires",
          "0,0: 3",
          "   52.9 %  pe$N.col",  # of (0,0)'s 2.83, col's 1.5
          "   47.1 %  row",
          "   66.7 %  row",  # wire length: row 2 of the 3 tile edges, col 1
          "\n  9\n"]  # coarse map: every tile in one 8 x 8 block
if r.returncode != 0:
    failures.append(f"exit {r.returncode}: {r.stderr}")
for e in expect:
    if e not in out:
        failures.append(f"missing {e!r}")
if "clock" in out:
    failures.append("the clock was counted")
for bad in ["{", json.dumps({"modules": {"top": {"netnames": {}, "cells": {"a": cell("")}}}})]:
    r = run(bad)
    if r.returncode != 1 or "placement-congestion:" not in r.stderr or "Traceback" in r.stderr:
        failures.append(f"not refused cleanly: {bad[:40]} -> {r.returncode} {r.stderr.strip()}")
for f in failures:
    print("test-placement-congestion: FAIL", f, file=sys.stderr)
if failures:
    print(out, file=sys.stderr)
    sys.exit(1)
print("test-placement-congestion: a hand-worked 4-tile placement and 2 bad inputs: pass")
