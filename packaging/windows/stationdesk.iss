; Inno Setup script: turns dist\StationDesk (built by packaging\stationdesk.spec) into one
; installer with Start-menu shortcuts. From the repository root:
;
;     ISCC /DAppVersion=0.1.0 packaging\windows\stationdesk.iss
;
; writes dist\StationDesk-0.1.0-setup.exe. Installs for the current user without asking for
; administrator rights; IT can install for all users silently with /VERYSILENT /ALLUSERS.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F0B8C2E-5A41-4E1B-9C7D-2B6A8E3F1D45}
AppName=StationDesk
AppVersion={#AppVersion}
AppPublisher=StationDesk
DefaultDirName={autopf}\StationDesk
DefaultGroupName=StationDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=StationDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\StationDesk.exe

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\StationDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\StationDesk"; Filename: "{app}\StationDesk.exe"
Name: "{group}\StationDesk demo station"; Filename: "{app}\StationDesk.exe"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,StationDesk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\StationDesk"; Filename: "{app}\StationDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\StationDesk.exe"; Description: "{cm:LaunchProgram,StationDesk}"; Flags: nowait postinstall skipifsilent
