#!/usr/bin/env bash
# Five intakes in a row with the keyboard only, as an officer at a busy counter does them: a real
# window under Xvfb with a window manager (openbox) at 1366×768 on a fresh demo profile, driven by
# xdotool (no mouse). Screenshots: the fifth receipt's preview and the form ready for the sixth.
#   bash packaging/keyboard_intakes.sh [OUT_DIR]   (needs Xvfb, openbox, xdotool, ImageMagick)
# Names avoid capitals with marks: xdotool types a character missing from the keymap through a
# spare key, and X then gives its lower-case form (Á arrives as á); the desk stores what it gets.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-resources/screenshots}
mkdir -p "$out"
home=$(mktemp -d)
display=:$((50 + RANDOM % 50))
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$home"
}
trap cleanup EXIT
export DISPLAY=$display MOTCUA_HOME=$home
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.2; done
openbox >/dev/null 2>&1 & pids+=($!)
.venv/bin/motcua --demo >"$home/desk.log" 2>&1 & pids+=($!)

wait_for() {  # wait_for NAME: until a window of that title is shown (up to 2 minutes)
  for _ in $(seq 600); do
    if xdotool search --onlyvisible --name "$1" >/dev/null 2>&1; then return 0; fi
    sleep 0.2
  done
  echo "Không thấy cửa sổ “$1”." >&2
  cat "$home/desk.log" >&2
  return 1
}
gone() {  # gone NAME: until no window of that title is shown
  for _ in $(seq 600); do
    xdotool search --onlyvisible --name "$1" >/dev/null 2>&1 || return 0
    sleep 0.2
  done
  return 1
}
keys() { xdotool key --clearmodifiers "$@"; sleep 0.3; }
text() { xdotool type --delay 60 "$1"; sleep 0.2; }

wait_for "Motcua Desk"
sleep 2
people=(
  "khai sinh|Nguyễn Thị Hoa|001190012345|17/05/1990|0912345678"
  "chung thuc ban sao|Trần Văn Bình|079085001234|02/03/1985|0987654321"
  "khai tu|Lê Thị Mai|036192004567|20/11/1992|0356789012"
  "ket hon|Phạm Quốc Hùng|001095007890|09/09/1995|0901234567"
  "tinh trang hon nhan|Võ Thị Lan|048198003456|14/02/1998|0778123456"
)
n=0
for person in "${people[@]}"; do
  IFS='|' read -r procedure name id born phone <<<"$person"
  n=$((n + 1))
  keys F2
  text "$procedure"
  keys Return       # the first procedure that matches
  keys Tab          # past the card-scan field to the name
  text "$name"
  keys Tab; text "$id"
  keys Tab; text "$born"
  keys Tab; text "$phone"
  keys alt+m        # every required paper received
  keys ctrl+s       # store, then the receipt's preview opens
  wait_for "Xem trước khi in"
  sleep 2
  if [ "$n" = 5 ]; then import -window root "$out/keyboard-intake-5th-receipt.png"; fi
  keys Escape       # close the preview: the form is ready for the next citizen
  gone "Xem trước khi in"
  sleep 1
done
import -window root "$out/keyboard-intake-ready-6th.png"
MOTCUA_HOME=$home .venv/bin/motcua --demo dossier list --limit 5
echo "$out/keyboard-intake-5th-receipt.png"
echo "$out/keyboard-intake-ready-6th.png"
