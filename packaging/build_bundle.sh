#!/usr/bin/env bash
# Build the one-folder bundle of the desk with PyInstaller and try it from outside the source
# tree:   bash packaging/build_bundle.sh [OUT_DIR]      (default: dist/)
# Prints the bundle's size (and compressed), the build time and the smoke results.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist}
python=.venv/bin/python
"$python" -m pip install -q 'pyinstaller>=6.0'
started=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --distpath "$out" --workpath build/pyinstaller \
  packaging/motcua.spec
echo "build: $(( $(date +%s) - started )) s"
bundle="$(cd "$out" && pwd)/motcua"
echo "size: $(du -sh "$bundle" | cut -f1)"
tar -C "$out" -czf "$out/motcua-linux.tar.gz" motcua
echo "compressed: $(du -sh "$out/motcua-linux.tar.gz" | cut -f1)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export MOTCUA_HOME="$work/office"
cd "$work"  # nothing from the source tree on the way
"$bundle/motcua" --version
"$bundle/motcua" init --office-code 000.00.00.H56 --office-name "UBND xã Hòa Bình"
"$bundle/motcua" demo --dossiers 300
"$bundle/motcua" report --period "$(date +%Y-%m)" --format pdf --out "$work/r.pdf"
"$bundle/motcua" print 07 --from "$(date +%Y-%m-01)" --to "$(date +%Y-%m-%d)" --out "$work/s.pdf"
started=$(date +%s%N)
QT_QPA_PLATFORM=offscreen "$bundle/motcua" gui --page report --screenshot "$work/shot.png"
echo "window shown and captured: $(( ($(date +%s%N) - started) / 1000000 )) ms"
ls -l "$work/shot.png"
