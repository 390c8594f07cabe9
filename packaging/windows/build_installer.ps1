# Build the Windows installer (run in PowerShell from the source folder, Python 3.11+ and
# Inno Setup 6 installed):
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build_installer.ps1
# Leaves dist\motcua\ (the one-folder bundle) and dist\motcua-<version>-setup.exe.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

# A program that fails does not stop PowerShell by itself: every step checks its exit code.
function Step([string]$what, [scriptblock]$run) {
  & $run
  if ($LASTEXITCODE -ne 0) { throw "$what failed (exit code $LASTEXITCODE)" }
}

if (-not (Test-Path .venv)) { Step "venv" { py -3 -m venv .venv } }
$python = ".venv\Scripts\python.exe"
Step "pip install" { & $python -m pip install -q -e . "pyinstaller>=6.0" }
$version = & $python -c "from desktop.version import VERSION; print(VERSION)"
if ($LASTEXITCODE -ne 0) { throw "reading the version failed" }
Step "icons" { & $python packaging\make_icons.py build\icons }
Step "PyInstaller" {
  & $python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller `
    packaging\motcua.spec
}
Step "the bundle's first start" { & dist\motcua\motcua.exe --version }
$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
if (-not (Test-Path $iscc)) { $iscc = "iscc" }
Step "iscc" { & $iscc "/DAppVersion=$version" packaging\windows\motcua.iss }
Get-Item "dist\motcua-$version-setup.exe"
