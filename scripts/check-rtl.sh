#!/usr/bin/env bash
# Regenerates the RTL into a temporary folder and fails if anything differs from rtl/.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cargo run -q --release -p qins-gen-rtl --bin gen-rtl -- --out "$tmp" >/dev/null
if diff -r -q rtl "$tmp"; then
  echo "check-rtl: rtl/ matches gen-rtl ($(ls rtl | wc -l) files)"
else
  echo "check-rtl: rtl/ differs from what gen-rtl writes: run 'make gen-rtl' and commit rtl/" >&2
  exit 1
fi
