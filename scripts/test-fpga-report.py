#!/usr/bin/env python3
"""Tests scripts/fpga-report.py's reading of yosys `stat` in both of the formats the flow
meets: yosys 0.23 (Debian, iCE40), whose last block counts every cell type over the whole
hierarchy, and yosys 0.70 (yowasp, ECP5), whose last block lists only modules, so the totals
come from the per-module blocks times their instance counts. Run by `make fpga-flow-tests`."""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("fpga_report", os.path.join(HERE, "fpga-report.py"))
report = importlib.util.module_from_spec(spec)
spec.loader.exec_module(report)

YOSYS_023 = """
=== qins_accel_up5k$pe ===

   Number of cells:                 40
     SB_LUT4                        30
     SB_MAC16                        1

=== design hierarchy ===

   qins_board_top                    1
     qins_accel_up5k$pe              2

   Number of cells:               7227
     SB_CARRY                      922
     SB_LUT4                      3661
     SB_MAC16                        6
"""

# the top instantiates the accelerator twice and the accelerator one `leaf` three times, so a
# total that ignored instance counts (or the hierarchy) would be wrong
YOSYS_070 = """
=== leaf ===

        +----------Local Count, excluding submodules.
        |
       10 wires
        5 cells
        2   CCU2C
        3   LUT4

=== accel ===

        +----------Local Count, excluding submodules.
        |
      100 wires
       20 cells
        4   DP16KD
       16   TRELLIS_FF
        1 submodules
        3   leaf

=== qins_board_top ===

        +----------Local Count, excluding submodules.
        |
        9 cells
        1   EHXPLLL
        8   LUT4
        1 submodules
        2   accel

=== design hierarchy ===

        +----------Count including submodules.
        |
      87 qins_board_top
      35 accel
"""


def main():
    failures = []

    def check(name, got, want):
        if got != want:
            failures.append(f"{name}: got {got}, want {want}")

    check("yosys 0.23", report.yosys_counts(YOSYS_023),
          {"SB_CARRY": 922, "SB_LUT4": 3661, "SB_MAC16": 6})
    check("yosys 0.70", report.yosys_counts(YOSYS_070),
          {"EHXPLLL": 1, "LUT4": 8 + 2 * 3 * 3, "DP16KD": 2 * 4, "TRELLIS_FF": 2 * 16,
           "CCU2C": 2 * 3 * 2})
    check("no stat", report.yosys_counts(""), {})
    check("truncated", report.yosys_counts(YOSYS_070.split("=== accel")[0]), {})
    for f in failures:
        print("test-fpga-report: FAIL", f, file=sys.stderr)
    if failures:
        sys.exit(1)
    print("test-fpga-report: yosys stat totals (0.23 and 0.70 formats): 4 cases pass")


if __name__ == "__main__":
    main()
