; Inno Setup 6 script: the Windows installer of Motcua Desk.
;
; Build on Windows, after the one-folder bundle (see packaging/windows/build_installer.ps1):
;     iscc /DAppVersion=0.7.0 packaging\windows\motcua.iss
; Output: dist\motcua-<version>-setup.exe
;
; Per user, no administrator needed: the program goes to %LOCALAPPDATA%\Programs\Motcua Desk,
; the office's data lives in %LOCALAPPDATA%\motcua (database, backups, settings, audit key, logs)
; which the desk creates at its first start. Installing a newer version over an older one
; replaces the program only; the desk backs the database up and migrates it at its next start.
; Uninstalling removes the program and keeps the data.

#ifndef AppVersion
  #define AppVersion "0.7.0"
#endif
#define AppName "Motcua Desk"
#define AppExe "motcua-desk.exe"
#define Bundle "..\..\dist\motcua"

[Setup]
AppId={{6F1C2D8E-4B7A-4E55-9A3C-5D0E7B2F9C41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Motcua Desk
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=motcua-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\motcua.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
; Inno Setup's Vietnamese messages are an unofficial translation: used when it lies beside this
; script or in the compiler's Languages folder (looked up by full path, whatever folder iscc
; runs from); otherwise the installer's own buttons are in English.
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
Name: "vi"; MessagesFile: "Vietnamese.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
DesktopIcon=Tạo biểu tượng trên màn hình
StartDesk=Mở Một cửa ngay
DataKept=Dữ liệu của văn phòng (cơ sở dữ liệu, bản sao lưu, thiết lập) vẫn được giữ tại:%n%1%n%nCài lại phần mềm sẽ dùng tiếp dữ liệu này.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program's own files (old libraries must not linger beside new ones).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{localappdata}\motcua"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:StartDesk}"; Flags: nowait postinstall skipifsilent

[Dirs]
; The data folder is created here so the Start-menu shortcut can start in it; uninstall
; leaves it (uninsneveruninstall), with everything the desk wrote into it.
Name: "{localappdata}\motcua"; Flags: uninsneveruninstall

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\motcua')]),
      mbInformation, MB_OK);
end;
