# Build the Windows installer (run in PowerShell from the source folder, Python 3.11+ and
# Inno Setup 6 installed):
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build_installer.ps1
# Leaves dist\motcua\ (the one-folder bundle) and dist\motcua-<version>-setup.exe.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
if (-not (Test-Path .venv)) { py -3 -m venv .venv }
$python = ".venv\Scripts\python.exe"
& $python -m pip install -q -e . "pyinstaller>=6.0"
$version = & $python -c "from desktop.version import VERSION; print(VERSION)"
& $python packaging\make_icons.py build\icons
& $python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller `
  packaging\motcua.spec
& dist\motcua\motcua.exe --version
$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
if (-not (Test-Path $iscc)) { $iscc = "iscc" }
& $iscc "/DAppVersion=$version" packaging\windows\motcua.iss
if ($LASTEXITCODE -ne 0) { throw "iscc failed" }
Get-Item "dist\motcua-$version-setup.exe"
