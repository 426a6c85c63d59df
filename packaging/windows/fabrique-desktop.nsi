; Windows installer of Fabrique Desktop (NSIS 3, Modern UI 2), saved as UTF-8 with a BOM
; (and compiled with /INPUTCHARSET UTF8): « Désinstaller » must not come out as « DÃ©… ».
; French by default, English available; per-machine, 64-bit (registry and Program Files).
; It writes only the files of its lists (file_lists.py makes them from the bundle), and the
; uninstaller removes only those: the folder an administrator chose is never emptied
; blindly, and the users' data (in their own profiles) is never touched.
; Silent: setup.exe /S [/D=C:\Chemin\Sans\Guillemets] ; uninstall.exe /S [_?=<dossier>]
;
;   python file_lists.py ..\..\dist\fabrique-desktop ..\..\build\nsis
;   makensis /INPUTCHARSET UTF8 /DVERSION=0.1.0 [/DURL=https://…] fabrique-desktop.nsi

Unicode true
!ifdef AMD64  ; a 64-bit installer, where makensis has the amd64 stubs (Debian's has)
  Target amd64-unicode
!endif
ManifestDPIAware true
!include "MUI2.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef LISTS
  !define LISTS "..\..\build\nsis"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\FabriqueDesktop-${VERSION}-setup.exe"
!endif
!define APP "Fabrique Desktop"
!define EXE "fabrique-desktop.exe"
!define CLI "fabrique-desktop-cli.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\FabriqueDesktop"
!define APP_KEY "Software\FabriqueDesktop"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
RequestExecutionLevel admin
SetCompressor /SOLID lzma

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1036 "ProductName" "${APP}"
VIAddVersionKey /LANG=1036 "CompanyName" "${APP}"
VIAddVersionKey /LANG=1036 "FileDescription" "Installation de ${APP}"
VIAddVersionKey /LANG=1036 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1036 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1036 "LegalCopyright" "GPL-3.0-or-later"

!define MUI_ICON "..\..\resources\icons\fabrique-desktop.ico"
!define MUI_UNICON "..\..\resources\icons\fabrique-desktop.ico"
!define MUI_ABORTWARNING

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
; Unticked, and started as the desktop's user (through Explorer), never as the elevated
; administrator: the app would otherwise make its files in the administrator's profile.
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_NOTCHECKED
!define MUI_FINISHPAGE_RUN_FUNCTION StartAsUser
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"

LangString NOT_64BIT ${LANG_FRENCH} "${APP} demande une version 64 bits de Windows."
LangString NOT_64BIT ${LANG_ENGLISH} "${APP} needs a 64-bit version of Windows."
LangString RUNNING ${LANG_FRENCH} "${APP} est ouvert sur ce poste. Fermez-le (chez chaque utilisateur connecté), puis réessayez."
LangString RUNNING ${LANG_ENGLISH} "${APP} is running on this computer. Close it (for every signed-in user), then retry."
LangString OLD_FAILED ${LANG_FRENCH} "La version déjà installée n'a pas pu être retirée : l'installation est interrompue."
LangString OLD_FAILED ${LANG_ENGLISH} "The version already installed could not be removed: installation stopped."

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(NOT_64BIT)" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  ; An upgrade goes where the previous version is, unless /D= named another folder.
  ; (InstallDirRegKey would read the 32-bit view of the registry.)
  ReadRegStr $0 HKLM "${APP_KEY}" "InstallDir"
  ${If} $0 != ""
  ${AndIf} $INSTDIR == "$PROGRAMFILES64\${APP}"
    StrCpy $INSTDIR $0
  ${EndIf}
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Function StartAsUser
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\${EXE}"'
FunctionEnd

; Wait until neither entry is running: a running program's file cannot be opened to write.
; Silent (/S): no question, the installation stops with exit code 2.
!macro WAIT_UNTIL_CLOSED un
Function ${un}WaitUntilClosed
  retry:
  ${ForEach} $R1 0 1 + 1
    ${If} $R1 == 0
      StrCpy $R2 "$INSTDIR\${EXE}"
    ${Else}
      StrCpy $R2 "$INSTDIR\${CLI}"
    ${EndIf}
    ${If} ${FileExists} "$R2"
      ClearErrors
      FileOpen $R3 "$R2" a
      ${If} ${Errors}
        MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(RUNNING)" /SD IDCANCEL IDRETRY retry
        SetErrorLevel 2
        Quit
      ${EndIf}
      FileClose $R3
    ${EndIf}
  ${Next}
FunctionEnd
!macroend
!insertmacro WAIT_UNTIL_CLOSED ""
!insertmacro WAIT_UNTIL_CLOSED "un."

Section "${APP}" SecApp
  SectionIn RO
  Call WaitUntilClosed
  ; An upgrade: the previous version's own uninstaller removes its files (its list), in
  ; place (_?=), keeping the data; only then are the new files written.
  ReadRegStr $R0 HKLM "${APP_KEY}" "InstallDir"
  ${If} $R0 != ""
  ${AndIf} ${FileExists} "$R0\uninstall.exe"
    ExecWait '"$R0\uninstall.exe" /S _?=$R0' $R1
    ${If} $R1 != 0
      MessageBox MB_ICONSTOP "$(OLD_FAILED)" /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
    Delete "$R0\uninstall.exe"
    RMDir "$R0"
  ${EndIf}

  !include "${LISTS}\install-files.nsh"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\${EXE}"
  CreateShortcut "$SMPROGRAMS\${APP}\Désinstaller ${APP}.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}"

  WriteRegStr HKLM "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  !ifdef URL  ; the project's page, given by the build (/DURL=…)
    WriteRegStr HKLM "${UNINSTALL_KEY}" "URLInfoAbout" "${URL}"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "HelpLink" "${URL}"
  !endif
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $R0 $R1 $R2
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $R0
SectionEnd

; Only what the installer wrote: its files, its shortcuts, its registry keys. The users'
; databases and backups (in their profiles or on a share) stay.
Section "un.${APP}" UnSecApp
  SectionIn RO
  Call un.WaitUntilClosed
  Delete "$DESKTOP\${APP}.lnk"
  Delete "$SMPROGRAMS\${APP}\${APP}.lnk"
  Delete "$SMPROGRAMS\${APP}\Désinstaller ${APP}.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  !include "${LISTS}\uninstall-files.nsh"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "${APP_KEY}"
SectionEnd
