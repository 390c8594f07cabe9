#!/usr/bin/env bash
# Install the Linux bundle for one user (no root needed), or for everyone with --system:
#     tar -xzf motcua-VERSION-linux-x86_64.tar.gz
#     bash motcua/install.sh [--system]        (or: bash packaging/linux/install.sh BUNDLE_DIR)
# Puts the bundle in ~/.local/opt/motcua (/opt/motcua), the commands `motcua` and `motcua-desk`
# in ~/.local/bin (/usr/local/bin), and the launcher entry and icon where the desktop finds
# them. The office's data stays in ~/.local/share/motcua: installing a new version over an old
# one, or running uninstall.sh, never touches it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
system=false
bundle=""
for arg in "$@"; do
  case "$arg" in
    --system) system=true ;;
    *) bundle="$arg" ;;
  esac
done
if [ -z "$bundle" ]; then
  if [ -x "$here/motcua" ]; then bundle="$here"; else bundle="$here/../../dist/motcua"; fi
fi
bundle="$(cd "$bundle" && pwd)"
[ -x "$bundle/motcua" ] || { echo "Không thấy bản chạy motcua trong $bundle" >&2; exit 1; }
if $system; then
  opt=/opt/motcua; bin=/usr/local/bin; share=/usr/local/share
else
  opt="$HOME/.local/opt/motcua"; bin="$HOME/.local/bin"; share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
mkdir -p "$(dirname "$opt")" "$bin" "$share/applications" "$share/icons/hicolor/scalable/apps"
if [ "$bundle" != "$opt" ]; then
  staging="$opt.new"
  rm -rf "$staging"
  cp -a "$bundle" "$staging"
  rm -rf "$opt.old"
  [ -d "$opt" ] && mv "$opt" "$opt.old"
  mv "$staging" "$opt"
  rm -rf "$opt.old"
fi
ln -sf "$opt/motcua" "$bin/motcua"
ln -sf "$opt/motcua-desk" "$bin/motcua-desk"
cp "$opt/_internal/resources/icons/motcua.svg" "$share/icons/hicolor/scalable/apps/motcua.svg"
sed "s|^Exec=motcua-desk|Exec=$opt/motcua-desk|" "$opt/motcua.desktop" \
  > "$share/applications/motcua.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
echo "Đã cài Motcua Desk $("$opt/motcua" --version | cut -d' ' -f2) vào $opt."
echo "Mở từ menu ứng dụng (Một cửa) hoặc chạy: motcua-desk"
