; SPDX-License-Identifier: GPL-3.0-or-later
; Inno Setup script for BreathApp; build_installer.py fills in the fields between at signs.
; A per-user install: no admin rights, into %LOCALAPPDATA%\Programs\BreathApp.

[Setup]
AppId={{6F3C2B1E-4B7A-4E52-9C1D-2B776F0B2EA1}
AppName=BreathApp
AppVersion=@VERSION@
AppPublisher=BreathApp developers
DefaultDirName={autopf}\BreathApp
DefaultGroupName=BreathApp
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=@OUTPUT_DIR@
OutputBaseFilename=@OUTPUT_NAME@
SetupIconFile=@ICON@
UninstallDisplayIcon={app}\BreathApp.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "@SOURCE_DIR@\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\BreathApp"; Filename: "{app}\BreathApp.exe"
Name: "{autodesktop}\BreathApp"; Filename: "{app}\BreathApp.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\BreathApp.exe"; Description: "{cm:LaunchProgram,BreathApp}"; Flags: nowait postinstall skipifsilent
