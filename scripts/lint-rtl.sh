#!/usr/bin/env bash
# Lints every generated top in rtl/ with Verilator (-Wall) and checks it with yosys
# (hierarchy, processes, no latches or undriven nets).
#
# Verilator's warnings are waived one by one, never by class: lint/<top>.vlt lists every
# warning the top is allowed to have (rule, file and exact message, as Verilator's
# --waiver-output writes them), so a new warning of any kind, a new truncation included,
# fails this check. Only DECLFILENAME (a module name that differs from its file name: rust-hdl
# puts a whole hierarchy in one file) is off for every top; it cannot hide a bug.
#
#   scripts/lint-rtl.sh            check (make lint-rtl, in make test)
#   scripts/lint-rtl.sh --update   rewrite lint/*.vlt from the current rtl/ (make lint-waivers);
#                                  review the diff: every added line is a new warning
set -euo pipefail
cd "$(dirname "$0")/.."
update=0
case "${1:-}" in
  "") ;;
  --update) update=1 ;;
  *) echo "usage: scripts/lint-rtl.sh [--update]" >&2; exit 2 ;;
esac
for tool in verilator yosys; do
  command -v "$tool" >/dev/null || { echo "lint-rtl: $tool is missing: run 'make deps'" >&2; exit 1; }
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
status=0
for v in rtl/*.v; do
  top="$(basename "${v%.v}")"
  waivers="lint/$top.vlt"
  if [ "$update" = 1 ]; then
    verilator --lint-only -Wall -Wno-DECLFILENAME --top-module "$top" "$v" \
      --waiver-output "$tmp/$top.vlt" >"$tmp/$top.log" 2>&1 || true
    # an error that is not a warning (a syntax error: a Verilog keyword used as a name, say)
    # writes no waivers worth keeping
    if grep '^%Error' "$tmp/$top.log" | grep -qv 'Exiting due to'; then
      echo "lint-rtl: $top does not parse; $waivers left as it was:" >&2
      grep -A2 '^%Error' "$tmp/$top.log" | head -20 >&2
      status=1
      continue
    fi
    {
      echo '// Lint waivers of rtl/'"$top"'.v: one line per warning the generated top'
      echo '// may have (docs/architecture.md, "Lint waivers"). Written by scripts/lint-rtl.sh'
      echo '// --update (make lint-waivers); review every added line before committing.'
      echo '`verilator_config'
      grep '^// lint_off' "$tmp/$top.vlt" | grep -v 'rule DECLFILENAME' | sed 's#^// ##' | LC_ALL=C sort -u || true
    } >"$waivers"
    echo "lint-rtl: $waivers: $(grep -c '^lint_off' "$waivers" || true) waivers"
    continue
  fi
  if [ ! -f "$waivers" ]; then
    echo "verilator lint: $top has no $waivers: run 'make lint-waivers' and review it" >&2
    status=1
    continue
  fi
  if verilator --lint-only -Wall -Wno-DECLFILENAME "$waivers" --top-module "$top" "$v" >"$tmp/lint-$top.log" 2>&1; then
    echo "verilator lint: $top ok ($(grep -c '^lint_off' "$waivers" || true) waived warnings, each by its message)"
  else
    echo "verilator lint: $top FAILED (a warning not in $waivers: fix it, or run 'make lint-waivers' and justify the new line)" >&2
    grep -A4 '^%' "$tmp/lint-$top.log" | head -40 >&2
    status=1
  fi
  if yosys -q -p "read_verilog $v; hierarchy -check -top $top; proc; check -assert" >"$tmp/yosys-$top.log" 2>&1; then
    echo "yosys check:    $top ok"
  else
    echo "yosys check:    $top FAILED" >&2
    tail -20 "$tmp/yosys-$top.log" >&2
    status=1
  fi
done
# waiver files of tops that no longer exist
for w in lint/*.vlt; do
  [ -e "$w" ] || continue
  [ -f "rtl/$(basename "${w%.vlt}").v" ] || { echo "lint-rtl: $w has no rtl/ top: delete it" >&2; status=1; }
done
exit $status
