#!/usr/bin/env bash
# The counter with two monitors, on a real X server: Xvfb with two 1366×768 screens, openbox,
# the demo desk on the first; the officer types an applicant with the keyboard (xdotool) and
# both screens are grabbed.   bash packaging/citizen_two_screens.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-resources/screenshots}
home=$(mktemp -d)
Xvfb -displayfd 3 -nolisten tcp -screen 0 1366x768x24 -screen 1 1366x768x24 \
  3>"$home/display" >/dev/null 2>&1 & xvfb=$!
for _ in $(seq 100); do [ -s "$home/display" ] && break; sleep 0.1; done
display=":$(head -n1 "$home/display")"
export DISPLAY=$display.0 MOTCUA_HOME=$home
openbox >/dev/null 2>&1 & wm=$!
.venv/bin/motcua --demo >"$home/desk.log" 2>&1 & desk=$!
trap 'kill $desk $wm $xvfb 2>/dev/null || true; rm -rf "$home"' EXIT
for _ in $(seq 300); do xdotool search --onlyvisible --name "UBND" >/dev/null 2>&1 && break; sleep 0.3; done
sleep 4
xdotool key --clearmodifiers F2; sleep 0.5
xdotool type --delay 60 "khai sinh"; sleep 1
xdotool key --clearmodifiers Return; sleep 0.5
xdotool key --clearmodifiers Tab
xdotool type --delay 60 "Nguyen Thi Anh"; sleep 1.5
mkdir -p "$out"
import -window root -display "$display.0" "$out/two-screens-desk.png"
import -window root -display "$display.1" "$out/two-screens-citizen.png"
echo "$out/two-screens-desk.png $out/two-screens-citizen.png"
