#!/usr/bin/env python3
"""Floorplans the systolic array's multipliers on the LFE5U-85F: gives each PE's MULT18X18D
a fixed DSP site (nextpnr's `BEL` attribute) in the array's own order, so that the nets
between neighbours (the activation to the right, the partial sum and the weight load chain
downwards) are short. The rest of the design is placed by nextpnr as before.

Why: nextpnr's placer put the 8 x 8 array's 64 multipliers in no order, 50 of them in one
DSP row (the row at Y34 full, 52 of 52 sites), so every PE's 16-bit activation, 16-bit weight
and 32-bit product ran along that row between scattered neighbours: one hot band of wires
that router1 took more than 30 minutes to clear, or did not (docs/architecture.md, ECP5).

Layout: the 85F has three DSP rows (Y10, Y34, Y58), 52 MULT18X18D sites each. Array rows
0 .. N/2-1 go to the row at Y34 and rows N/2 .. N-1 to the row at Y58, in the same columns;
within a DSP row the N/2 PEs of one array column sit on adjacent sites (the partial sum
passes to the next site) and array column j + 1 follows column j (the activation moves N/2
sites to the right). The block is centred in the row; the ALU's and the output stage's
multipliers take the free sites (nextpnr's choice).

    ecp5-floorplan.py SYNTH_JSON MODULE [--out OUT]

MODULE is the accelerator module in the yosys JSON (kept as its own module by the flow);
its PE multipliers are the MULT18X18D cells named `array.pe$K...` (PE K = row K / N, column
K % N, the order of `SystolicArray`). Writes OUT (default: SYNTH_JSON in place). Exits 1 with
a message when the netlist has no such multipliers, not N x N of them, or more than the rows
hold."""
import argparse
import json
import re
import sys

# The MULT18X18D sites of one LFE5U-85F DSP row, in x order: nextpnr-ecp5's bel names
# X<x>/Y<row>/<bel> (read from a placement that filled the row at Y34; the rows at Y10 and
# Y58 have the same columns). Four sites per DSP block: MULT18_0, _1, _4, _5.
SITE_X = [4, 5, 8, 9, 13, 14, 17, 18, 22, 23, 26, 27, 31, 32, 35, 36, 40, 41, 44, 45, 49, 50,
          53, 54, 58, 59, 62, 63, 69, 70, 73, 74, 78, 79, 82, 83, 87, 88, 91, 92, 96, 97, 100,
          101, 105, 106, 109, 110, 114, 115, 118, 119]
SITE_BEL = ["MULT18_0", "MULT18_1", "MULT18_4", "MULT18_5"]
ARRAY_ROWS_Y = [34, 58]  # DSP rows for the upper and the lower half of the array

PE_MULT = re.compile(r"array\.pe\$(\d+)\.")


def site(index, y):
    return f"X{SITE_X[index]}/Y{y}/{SITE_BEL[index % 4]}"


def floorplan(n):
    """{PE index: bel name} for an n x n array."""
    half = (n + 1) // 2
    per_row = n * half
    if per_row > len(SITE_X):
        raise ValueError(f"a {n} x {n} array needs {per_row} sites per DSP row, "
                         f"the 85F's rows have {len(SITE_X)}")
    first = (len(SITE_X) - per_row) // 2
    out = {}
    for k in range(n * n):
        i, j = divmod(k, n)
        h, r = divmod(i, half)
        out[k] = site(first + j * half + r, ARRAY_ROWS_Y[h])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("synth_json")
    ap.add_argument("module")
    ap.add_argument("--out")
    a = ap.parse_args()
    try:
        design = json.load(open(a.synth_json))
        cells = design["modules"][a.module]["cells"]
    except (OSError, ValueError, KeyError, TypeError) as e:
        sys.exit(f"ecp5-floorplan: cannot read module {a.module} from {a.synth_json}: {e}")
    pes = {}
    for name, cell in cells.items():
        m = PE_MULT.match(name)
        if cell.get("type") == "MULT18X18D" and m:
            k = int(m.group(1))
            if k in pes:
                sys.exit(f"ecp5-floorplan: PE {k} has two multipliers ({pes[k]}, {name})")
            pes[k] = name
    n = round(len(pes) ** 0.5)
    if not pes or n * n != len(pes) or sorted(pes) != list(range(n * n)):
        sys.exit(f"ecp5-floorplan: {a.synth_json}: expected the multipliers of an N x N array "
                 f"(MULT18X18D cells array.pe$0 .. array.pe$<N*N-1>), found {len(pes)}")
    try:
        plan = floorplan(n)
    except ValueError as e:
        sys.exit(f"ecp5-floorplan: {e}")
    for k, name in pes.items():
        cells[name].setdefault("attributes", {})["BEL"] = plan[k]
    out = a.out or a.synth_json
    with open(out, "w") as f:
        json.dump(design, f)
    print(f"ecp5-floorplan: {n} x {n} array, {len(pes)} PE multipliers placed on DSP rows "
          f"Y{ARRAY_ROWS_Y[0]} and Y{ARRAY_ROWS_Y[1]} ({out})")


if __name__ == "__main__":
    main()
