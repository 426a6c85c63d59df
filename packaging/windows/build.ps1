# Build the Windows installers on a Windows machine: a virtual environment with pinned
# build tools, the frozen application (PyInstaller, two entries sharing one folder), its
# smoke test through the console entry, then the NSIS installer and the MSI (WiX).
# Needs makensis (NSIS 3) and wix (WiX Toolset 5, a .NET tool) on the PATH; the workflow
# .github/workflows/windows.yml installs the pinned versions.
# Run from anywhere: powershell -File packaging\windows\build.ps1 [-Url https://…]
param([string]$Url = "")
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

# The build tools, pinned: pip here, PyInstaller in pyproject.toml's "package" extra, NSIS
# and WiX in the workflow. An installer is rebuilt the same way next year.
$Pip = "25.3"

# $ErrorActionPreference does not stop on a native command's failure: check each one.
function Invoke-Native {
    param([Parameter(Mandatory)][string]$Command, [string[]]$Arguments = @())
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Command $($Arguments -join ' ') failed (exit $LASTEXITCODE)" }
}

$Python = ".venv-build\Scripts\python.exe"
Invoke-Native python @("-m", "venv", ".venv-build")
Invoke-Native $Python @("-m", "pip", "install", "--upgrade", "pip==$Pip")
Invoke-Native $Python @("-m", "pip", "install", ".[package]")
Invoke-Native $Python @("-m", "PyInstaller", "--noconfirm", "--distpath", "dist", "--workpath", "build",
    "packaging\pyinstaller\fabrique-desktop.spec")

# The frozen application must start, show its window offscreen and print a dossier. The
# console entry is waited for and its exit status read (the windowed one returns at once).
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Native "dist\fabrique-desktop\fabrique-desktop-cli.exe" @("--smoke-test")
Remove-Item Env:\QT_QPA_PLATFORM

$Version = (& $Python -c "import fabrique_desktop; print(fabrique_desktop.__version__)").Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "cannot read the version" }

# NSIS: the lists of the bundle's files, then the installer (its script is UTF-8).
Invoke-Native $Python @("packaging\windows\file_lists.py", "dist\fabrique-desktop", "build\nsis")
$Defines = @("/INPUTCHARSET", "UTF8", "/DVERSION=$Version")
if ($Url) { $Defines += "/DURL=$Url" }
Push-Location packaging\windows
try { Invoke-Native makensis ($Defines + @("fabrique-desktop.nsi")) } finally { Pop-Location }

# MSI (per-machine, for deployment by group policy): WiX 5 takes every file of the bundle.
$WixArguments = @("build", "-arch", "x64", "-d", "Version=$Version",
    "-bindpath", "Bundle=dist\fabrique-desktop",
    "-out", "dist\FabriqueDesktop-$Version.msi", "packaging\windows\fabrique-desktop.wxs")
if ($Url) { $WixArguments += @("-d", "Url=$Url") }
Invoke-Native wix $WixArguments

Write-Output "dist\FabriqueDesktop-$Version-setup.exe"
Write-Output "dist\FabriqueDesktop-$Version.msi"
