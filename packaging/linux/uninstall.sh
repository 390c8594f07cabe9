#!/usr/bin/env bash
# Remove the program installed by install.sh (add --system for /opt). The office's data
# (~/.local/share/motcua: database, backups, settings, audit key) is kept.
set -euo pipefail
if [ "${1:-}" = "--system" ]; then
  opt=/opt/motcua; bin=/usr/local/bin; share=/usr/local/share
else
  opt="$HOME/.local/opt/motcua"; bin="$HOME/.local/bin"; share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
rm -rf "$opt"
rm -f "$bin/motcua" "$bin/motcua-desk" "$share/applications/motcua.desktop" \
  "$share/icons/hicolor/scalable/apps/motcua.svg"
echo "Đã gỡ chương trình. Dữ liệu văn phòng vẫn được giữ nguyên."
