#!/usr/bin/env bash
# Renders the quickstart's HTML ledger with headless Chromium and saves a PNG screenshot, to check
# that the page (inline CSS and SVG, no scripts) renders without any network access.
#
# Usage: contract-examples/scripts/screenshot-report.sh REPORT.html OUT.png [WIDTH [HEIGHT]]
#   REPORT.html  the page written by the quickstart (default run: target/pactum-quickstart/ledger.html)
#   OUT.png      where the screenshot goes
#   WIDTH HEIGHT the window size in CSS pixels (default 1280 x 2000)
#
# Needs chromium (or chromium-browser / google-chrome) on the PATH; on Debian or Ubuntu:
#   apt-get install -y chromium fonts-wqy-microhei    # the font draws the Chinese text
# Exit codes: 0 written, 2 bad arguments, 3 no Chromium, 4 Chromium wrote no screenshot.
set -euo pipefail

if [[ $# -lt 2 || $# -gt 4 ]]; then
  sed -n '5,9p' "$0" >&2
  exit 2
fi
report=$1
out=$2
width=${3:-1280}
height=${4:-2000}
if [[ ! -f "$report" ]]; then
  echo "no such report: $report" >&2
  exit 2
fi
if ! [[ "$width" =~ ^[0-9]+$ && "$height" =~ ^[0-9]+$ ]]; then
  echo "width and height are whole numbers of pixels, got $width x $height" >&2
  exit 2
fi

browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then
    browser=$candidate
    break
  fi
done
if [[ -z "$browser" ]]; then
  echo "no chromium on the PATH" >&2
  exit 3
fi

mkdir -p "$(dirname "$out")"
rm -f "$out"
# A throw-away profile keeps the run independent of any user profile; --no-sandbox because
# containers and CI often run as root. The page has no scripts, so nothing needs to settle.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
  --window-size="$width,$height" --screenshot="$(realpath -m "$out")" \
  "file://$(realpath "$report")" >/dev/null 2>&1 || true
if [[ ! -s "$out" ]]; then
  echo "chromium wrote no screenshot to $out" >&2
  exit 4
fi
echo "$out"
