#!/usr/bin/env bash
# Screenshots of every page for the README: a real window under Xvfb at 1366×768 on a fresh
# demo profile.   bash packaging/take_screenshots.sh [OUT_DIR]   (needs xvfb-run)
# Before the sync page, the demo office syncs once with a reference province on 127.0.0.1,
# which is then stopped while the office keeps working: the page shows the waiting items.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-resources/screenshots}
profile=$(mktemp -d)
province=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$profile" "$province"' EXIT
mkdir -p "$out"
motcua=.venv/bin/motcua
export MOTCUA_SYNC_PASSWORD=demo MOTCUA_PROVINCE_PASSWORD=demo
port=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
for page in intake dossiers board return report sync settings index; do
  if [ "$page" = sync ]; then
    "$motcua" province-server --port "$port" --database-url "sqlite:///$province/p.db" \
      --user xa --agency 000.00.00.H56 --seed-catalogue --seed-online 3 > "$province/log" &
    server=$!
    sleep 2
    "$motcua" config set sync.url "http://127.0.0.1:$port" --data-dir "$profile" > /dev/null
    "$motcua" config set sync.user xa --data-dir "$profile" > /dev/null
    "$motcua" sync --data-dir "$profile" > /dev/null
    kill "$server" && wait "$server" || true
    server=""
    code=$("$motcua" dossier list --status 1 --json --data-dir "$profile" |
      .venv/bin/python -c 'import json, sys; print(json.load(sys.stdin)[0]["code"])')
    "$motcua" dossier act "$code" accept --data-dir "$profile" > /dev/null
    "$motcua" sync --data-dir "$profile" > /dev/null 2>&1 || true
  fi
  xvfb-run -a -s "-screen 0 1366x768x24" "$motcua" gui --demo --data-dir "$profile" \
    --page "$page" --screenshot "$out/$page.png"
  echo "$out/$page.png"
done
# The citizen's screen (a second monitor at the counter), grabbed at 1366×768.
QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/citizen_screenshot.py "$profile" "$out"
# Each tab of the settings page.
QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/settings_screenshots.py "$profile" "$out"
echo "$out/citizen-screen.png"
# The first start of a new install: the wizard.
fresh=$(mktemp -d)
xvfb-run -a -s "-screen 0 1366x768x24" "$motcua" gui --data-dir "$fresh" --screenshot "$out/wizard.png"
rm -rf "$fresh"
echo "$out/wizard.png"
