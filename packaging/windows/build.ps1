# Build the Windows installer on a Windows machine: a virtual environment, the
# application, PyInstaller, then NSIS (makensis on the PATH, e.g. from nsis.sourceforge.io
# or "choco install nsis"). Run from anywhere: powershell -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

python -m venv .venv-build
& .venv-build\Scripts\python.exe -m pip install --upgrade pip
& .venv-build\Scripts\python.exe -m pip install . pyinstaller
& .venv-build\Scripts\python.exe -m PyInstaller --noconfirm --distpath dist --workpath build `
    packaging\pyinstaller\fabrique-desktop.spec

# The frozen application must start, show its window offscreen and print a dossier.
& dist\fabrique-desktop\fabrique-desktop.exe --smoke-test
if ($LASTEXITCODE -ne 0) { throw "smoke test of the frozen application failed" }

$Version = & .venv-build\Scripts\python.exe -c "import fabrique_desktop; print(fabrique_desktop.__version__)"
Push-Location packaging\windows
makensis /DVERSION=$Version fabrique-desktop.nsi
Pop-Location
Write-Output "dist\FabriqueDesktop-$Version-setup.exe"
