#!/usr/bin/env python3
"""Collects the FPGA flow's results into build/fpga/report.json and docs/fpga-results.md.

Every figure is read from the tools' own output in build/fpga/<config>/ (written by
scripts/fpga.sh and scripts/fpga-equiv.sh), never typed in:
  pnr.json   nextpnr-ice40 / nextpnr-ecp5 --report: utilization and Fmax (only when placement
             succeeded)
  pnr.log    nextpnr's log: the utilization it printed before a failed placement
  stat.txt   yosys `stat` after synth_ice40 / synth_ecp5 (LUT4, carry, flip-flop counts)
  flow.json  fpga.sh: board, family, device, package, target clock, tool versions, step
             times, fit, routed (false when place and route ran past PNR_TIMEOUT: the
             utilization and nextpnr's post-placement Fmax estimate then come from pnr.log),
             every seed's Fmax
  dsp_timing.json    scripts/dsp-timing.py (UP5K): the routed design's timing redone with
             the SB_MAC16s' own delays, which nextpnr-ice40 does not have; a UP5K row's Fmax
             is the lower of nextpnr's figure and this one
  equivalence.json   fpga-equiv.sh: netlist-versus-model result

Usage: scripts/fpga-report.py [--build build/fpga] [--md docs/fpga-results.md] up5k hx8k ...
"""
import argparse
import json
import os
import re
import sys

# nextpnr's bel types per report key, by family (ECP5 "cells" are LUT4s: TRELLIS_COMB)
RESOURCES = {
    "ice40": {"cells": "ICESTORM_LC", "dsp": "ICESTORM_DSP", "bram": "ICESTORM_RAM",
              "spram": "ICESTORM_SPRAM"},
    "ecp5": {"cells": "TRELLIS_COMB", "dsp": "MULT18X18D", "bram": "DP16KD", "spram": None},
}
# yosys `stat` cell names per synthesis column, by family
SYNTH_CELLS = {
    "ice40": {"lut4": ["SB_LUT4"], "carry": ["SB_CARRY"], "ff_prefix": "SB_DFF",
              "dsp": ["SB_MAC16"], "bram": ["SB_RAM40_4K"], "spram": ["SB_SPRAM256KA"]},
    "ecp5": {"lut4": ["LUT4"], "carry": ["CCU2C"], "ff_prefix": "TRELLIS_FF",
             "dsp": ["MULT18X18D", "ALU54B"], "bram": ["DP16KD", "PDPW16KD"], "spram": []},
}


def utilization_from_log(log):
    """{bel type: (used, available)} from nextpnr's 'Device utilisation' lines."""
    out = {}
    for m in re.finditer(r"Info:\s+(\w+):\s+(\d+)/\s*(\d+)\s+\d+%", log):
        out.setdefault(m.group(1), (int(m.group(2)), int(m.group(3))))
    return out


def yosys_counts(stat):
    """Cell counts of the whole design from yosys `stat`.

    yosys 0.23 ends with a hierarchy-wide block (`=== design hierarchy ===`) that lists every
    cell type; yosys 0.70's lists only the modules there, so the totals are computed from the
    per-module blocks: a module's own cells plus, for each submodule it instantiates, that
    many times the submodule's totals, from the top (the first module the hierarchy block
    names)."""
    parts = stat.split("=== design hierarchy ===")
    hierarchy = parts[-1] if len(parts) > 1 else ""
    # yosys 0.23: "  SB_LUT4   3661" in the last block (the hierarchy's, or a flat design's)
    old_style = {m.group(1): int(m.group(2))
                 for m in re.finditer(r"^\s+([A-Z][A-Z0-9_]+)\s+(\d+)\s*$", parts[-1], re.M)}
    if old_style:
        return old_style
    # yosys 0.70: per-module blocks "=== name ===" with local counts ("  1964   CCU2C") and
    # submodule instances ("  1 submodules" then "  1   qins_accel_ulx3s")
    modules = {}
    for m in re.finditer(r"^=== (\S+) ===\n(.*?)(?=^=== |\Z)", parts[0], re.M | re.S):
        name, body = m.group(1), m.group(2)
        local, subs = {}, {}
        in_subs = False
        for line in body.splitlines():
            f = line.split()
            if len(f) == 2 and f[0].isdigit() and f[1] == "submodules":
                in_subs = True
                continue
            if len(f) == 2 and f[0].isdigit():
                if in_subs:
                    subs[f[1]] = int(f[0])
                elif re.fullmatch(r"[A-Z][A-Z0-9_]+", f[1]):
                    local[f[1]] = int(f[0])
        modules[name] = (local, subs)
    top = re.search(r"^\s+\d+\s+(\S+)\s*$", hierarchy, re.M)
    if not modules or not top or top.group(1) not in modules:
        return {}

    def totals(name, depth=0):
        local, subs = modules.get(name, ({}, {}))
        out = dict(local)
        if depth < 32:
            for sub, n in subs.items():
                for cell, c in totals(sub, depth + 1).items():
                    out[cell] = out.get(cell, 0) + n * c
        return out

    return totals(top.group(1))


def collect(build, name):
    d = os.path.join(build, name)
    flow_path = os.path.join(d, "flow.json")
    if not os.path.exists(flow_path):
        sys.exit(f"fpga-report: no {flow_path}: run `make fpga-{name}` first")
    flow = json.load(open(flow_path))
    family = flow.get("family", "ice40")
    # the board is the config's name after qins_accel_ (flow.json's "board" was the fit
    # verdict in builds before the fix)
    row = {"board": flow["config"].removeprefix("qins_accel_"), "config": flow["config"],
           "variant": flow["variant"], "family": family, "device": flow["device"],
           "package": flow["package"],
           "fits": flow["fits"], "routed": flow.get("routed", flow["fits"]),
           "pnr_timeout_s": flow.get("pnr_timeout_s"), "placement_estimate_mhz": None,
           "target_mhz": flow["target_mhz"],
           "pnr_target_mhz": flow.get("pnr_target_mhz", flow["target_mhz"]), "fmax_mhz": None,
           "fmax_nextpnr_mhz": None, "fmax_mac16_mhz": None}
    util = {}
    pnr_json = os.path.join(d, "pnr.json")
    if flow["fits"] and row["routed"] and os.path.exists(pnr_json):
        rep = json.load(open(pnr_json))
        util = {k: (v["used"], v["available"]) for k, v in rep["utilization"].items()}
        fmax = [v["achieved"] for v in rep.get("fmax", {}).values()]
        row["fmax_nextpnr_mhz"] = round(min(fmax), 2) if fmax else None
        row["fmax_mhz"] = row["fmax_nextpnr_mhz"]
        dsp_path = os.path.join(d, "dsp_timing.json")
        if os.path.exists(dsp_path):
            with_mac16 = json.load(open(dsp_path)).get("fmax_mhz")
            if with_mac16 is not None:
                row["fmax_mac16_mhz"] = round(with_mac16, 2)
                if row["fmax_mhz"] is not None:
                    row["fmax_mhz"] = min(row["fmax_mhz"], row["fmax_mac16_mhz"])
    elif os.path.exists(os.path.join(d, "pnr.log")):
        log = open(os.path.join(d, "pnr.log")).read()
        util = utilization_from_log(log)
        if flow["fits"]:
            estimates = re.findall(r"Max frequency for clock [^:]*: ([0-9.]+) MHz", log)
            row["placement_estimate_mhz"] = float(estimates[-1]) if estimates else None
    for key, bel in RESOURCES[family].items():
        used, avail = util.get(bel, (None, None)) if bel else (None, None)
        row[key] = used
        if key == "cells":
            row["cells_total"] = avail
        else:
            row[key + "_total"] = avail
    stat = os.path.join(d, "stat.txt")
    if os.path.exists(stat):
        row["yosys_cells"] = yosys_counts(open(stat).read())
    eq_path = os.path.join(d, "equivalence.json")
    row["equivalence"] = json.load(open(eq_path))["result"] if os.path.exists(eq_path) else "not run"
    if os.path.exists(eq_path):
        row["equivalence_summary"] = json.load(open(eq_path))["summary"]
    row["flow_seconds"] = flow["seconds"]
    row["tools"] = {"yosys": flow["yosys"], "nextpnr": flow["nextpnr"], "synth": flow["synth"],
                    "seed": flow.get("seed"), "pnr_opts": flow.get("pnr_opts", ""),
                    "floorplan": flow.get("floorplan", ""),
                    "seeds_fmax_mhz": flow.get("seeds_fmax_mhz", {})}
    return row


def fmt(v, unit=""):
    return "-" if v is None else f"{v}{unit}"


def markdown(rows):
    lines = [
        "# FPGA results (generated)",
        "",
        "Generated by `make fpga-report` (`scripts/fpga-report.py`) from the logs and JSON "
        "reports of yosys and nextpnr in `build/fpga/`; do not edit by hand. "
        "Flow: `scripts/fpga.sh` (synthesis, place and route, icepack / ecppack), "
        "`scripts/fpga-equiv.sh` (the synthesized netlist against the model's golden "
        "vectors). See docs/architecture.md, section FPGA variants.",
        "",
        "| board | config | flow variant | device | fits | logic cells / LUT4 | DSP | block RAM | SPRAM | Fmax (MHz) | clock (MHz) | netlist = model |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['board']} | {r['config']} | {r['variant']} | {r['device']} ({r['package']}) | {'yes' if r['fits'] else '**no**'} "
            f"| {fmt(r['cells'])} / {fmt(r['cells_total'])} | {fmt(r['dsp'])} / {fmt(r['dsp_total'])} "
            f"| {fmt(r['bram'])} / {fmt(r['bram_total'])} | {fmt(r['spram'])} / {fmt(r['spram_total'])} "
            f"| {fmax_text(r)} | {r['target_mhz']} | {r['equivalence']} |")
    if not all(r["fits"] for r in rows):
        lines += ["", "**Not every configuration fits yet** (the rows marked no). The causes and "
                  "what was measured are in docs/architecture.md, section FPGA variants; the "
                  "netlist check still runs on the synthesized netlist of each."]
    if not all(r["routed"] for r in rows if r["fits"]):
        lines += ["", "**Not every configuration that fits is routed yet** (the rows without "
                  "an Fmax): nextpnr placed it, but its router did not finish within the "
                  "time given (`PNR_TIMEOUT`); the placement estimate is nextpnr's Fmax "
                  "after placement, before any routing. See docs/architecture.md, ECP5."]
    lines += ["", "Logic cells are nextpnr's ICESTORM_LC count on iCE40 and its TRELLIS_COMB "
              "(LUT4) count on ECP5 (placed, or, when the design does not fit, what it had to "
              "place); DSPs are SB_MAC16 / MULT18X18D, block RAMs SB_RAM40_4K / DP16KD. Fmax is "
              "nextpnr's timing analysis after routing (only when the design fits); on the UP5K "
              "it is the lower of nextpnr's figure and `scripts/dsp-timing.py`'s, the same "
              "routed delays with the SB_MAC16s' own from icestorm's database (nextpnr-ice40 "
              "has none: it takes every MAC16 port for a register with 0.1 ns; both shown). "
              "The clock is the board's PLL output, which Fmax must reach "
              "(nextpnr places for the target in the Flow table, which may be higher).",
              "", "## Synthesis (yosys `stat`)", "",
              "| board | flow variant | LUT4 | carry | flip-flops | DSP | block RAM | SPRAM |",
              "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        c = r.get("yosys_cells", {})
        names = SYNTH_CELLS[r["family"]]
        # (a cell kind the family does not have, SPRAM on ECP5: "-")
        count = lambda key: sum(c.get(n, 0) for n in names[key]) if names[key] else "-"
        ffs = sum(v for k, v in c.items() if k.startswith(names["ff_prefix"]))
        lines.append(f"| {r['board']} | {r['variant']} | {count('lut4')} | {count('carry')} | {ffs} "
                     f"| {count('dsp')} | {count('bram')} | {count('spram')} |")
    lines += ["", "Carry cells are SB_CARRY (1 bit) on iCE40 and CCU2C (2 bits) on ECP5.",
              "", "## Flow", "", "| board | flow variant | synthesis | place and route | netlist check | tools | nextpnr target (MHz), seed, options |",
              "|---|---|---|---|---|---|---|"]
    for r in rows:
        s = r["flow_seconds"]
        lines.append(f"| {r['board']} | {r['variant']} | {fmt(s.get('synth'), ' s')} | {fmt(s.get('pnr'), ' s')} "
                     f"| {r.get('equivalence_summary') or r['equivalence']} "
                     f"| {r['tools']['yosys']}; {r['tools']['nextpnr']}; `{r['tools']['synth']}` "
                     f"| {r['pnr_target_mhz']}, {seed_text(r['tools'])}, `{r['tools']['pnr_opts'] or '(defaults)'}`"
                     + (f", placement constraints from `{r['tools']['floorplan']}`" if r['tools'].get('floorplan') else "")
                     + " |")
    return "\n".join(lines) + "\n"


def fmax_text(r):
    """Fmax, and on a UP5K row the nextpnr figure and the one with the MAC16 delays."""
    if r["fits"] and not r["routed"]:
        est = r["placement_estimate_mhz"]
        return (f"not routed in {r['pnr_timeout_s']} s"
                + (f" (placement estimate {est})" if est is not None else ""))
    if r["fmax_mac16_mhz"] is None:
        return fmt(r["fmax_mhz"])
    return (f"{fmt(r['fmax_mhz'])} (nextpnr {fmt(r['fmax_nextpnr_mhz'])}, with the MAC16 delays "
            f"{r['fmax_mac16_mhz']})")


def seed_text(tools):
    """The seed kept; with several placed (SEEDS, or RETRY_SEEDS after a missed clock), each one's Fmax."""
    tried = tools.get("seeds_fmax_mhz") or {}
    if len(tried) < 2:
        return str(tools["seed"])
    return f"{tools['seed']} (of " + ", ".join(f"{s}: {f:.2f} MHz" for s, f in tried.items()) + ")"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build/fpga")
    ap.add_argument("--md", default="docs/fpga-results.md")
    ap.add_argument("configs", nargs="+")
    a = ap.parse_args()
    rows = [collect(a.build, c) for c in a.configs]
    keys = ["board", "config", "variant", "family", "device", "fmax_mhz", "fmax_nextpnr_mhz",
            "fmax_mac16_mhz", "cells", "cells_total", "dsp", "dsp_total", "bram", "bram_total",
            "spram", "equivalence"]
    report = [{k: r[k] for k in keys} | {"fits": r["fits"], "routed": r["routed"],
                                         "placement_estimate_mhz": r["placement_estimate_mhz"],
                                         "package": r["package"],
                                         "target_mhz": r["target_mhz"],
                                         "pnr_target_mhz": r["pnr_target_mhz"]} for r in rows]
    with open(os.path.join(a.build, "report.json"), "w") as f:
        json.dump(report, f, indent=2)
        f.write("\n")
    with open(a.md, "w") as f:
        f.write(markdown(rows))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
