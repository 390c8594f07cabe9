#!/usr/bin/env bash
# Screenshots of every page for the README: a real window under Xvfb at 1366×768 on a fresh
# demo profile.   bash packaging/take_screenshots.sh [OUT_DIR]   (needs xvfb-run)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-resources/screenshots}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$out"
for page in intake dossiers board return report sync settings; do
  xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/motcua gui --demo --data-dir "$profile" \
    --page "$page" --screenshot "$out/$page.png"
  echo "$out/$page.png"
done
