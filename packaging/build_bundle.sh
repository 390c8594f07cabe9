#!/usr/bin/env bash
# Build the one-folder bundle of the desk with PyInstaller:
#     bash packaging/build_bundle.sh [OUT_DIR]          (default: dist/)
# Leaves OUT_DIR/motcua/ (the bundle; run OUT_DIR/motcua/motcua) and OUT_DIR/motcua-<version>-
# linux-x86_64.tar.gz, and prints the build time, the bundle's size and the compressed size.
# PYTHON names the interpreter of the virtual environment (default: .venv/bin/python). The
# bundle is tried by tests/bundle/ (tests/run_suite.py builds it and runs them).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist}
python=${PYTHON:-.venv/bin/python}
"$python" -m pip install -q 'pyinstaller>=6.0'
version=$("$python" -c 'from desktop.version import VERSION; print(VERSION)')
started=$(date +%s)
"$python" packaging/make_icons.py build/icons
"$python" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$out" \
  --workpath build/pyinstaller packaging/motcua.spec
built=$(( $(date +%s) - started ))
# The Linux launcher entry and the install / uninstall scripts travel in the bundle's folder.
cp packaging/linux/motcua.desktop packaging/linux/install.sh packaging/linux/uninstall.sh \
  "$out/motcua/"
archive="$out/motcua-$version-linux-$(uname -m).tar.gz"
tar -C "$out" -czf "$archive" motcua
bundle="$(cd "$out" && pwd)/motcua"
# Outside the source tree, a first sign of life:
(cd / && "$bundle/motcua" --version)
echo "bundle: $bundle"
echo "build time: ${built} s"
echo "bundle size: $(du -sm "$bundle" | cut -f1) MB ($(find "$bundle" -type f | wc -l) files)"
echo "compressed: $(( $(stat -c %s "$archive") / 1048576 )) MB ($archive)"
