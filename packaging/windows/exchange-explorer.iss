; Inno Setup script of Exchange Explorer for Windows.  NOT BUILT IN CI: it needs Windows
; (or Wine) with Inno Setup 6.  Written and reviewed on Linux; see "Building" below.
;
; Building, in a checkout on Windows with Python 3.12+ and Inno Setup 6 (iscc on PATH):
;
;   py -3.13 -m venv .venv
;   .venv\Scripts\python -m pip install -e . pyinstaller
;   .venv\Scripts\python -m explorer build-db --sources ..\shared\data --out build\reference.sqlite
;   .venv\Scripts\python packaging\scripts\render_icons.py build\packaging\icons
;   .venv\Scripts\python packaging\scripts\package_texts.py build\packaging\texts
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller ^
;       packaging\exchange-explorer.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\exchange-explorer.iss
;
; Output: dist\exchange-explorer-0.1.0-windows-x64-setup.exe.  Sign it (and the bundled
; exchange-explorer.exe before packing) with signtool, or SmartScreen warns on first run.
;
; The user's data: explorer.paths.default_user_db() is platformdirs' user data folder,
; %LOCALAPPDATA%\ExchangeExplorer (settings: HKCU\Software\ExchangeExplorer via QSettings).
; Neither is listed under [Files], so the uninstaller never removes them and an upgrade
; (same AppId, installed over the old version) never touches them.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Exchange Explorer"
#define AppExe "exchange-explorer.exe"
#define Root "..\.."

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6E0C2A63-5B4E-4C8A-9F1E-3D7A2B8C4E51}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Exchange Explorer contributors
AppCopyright=Copyright (c) Exchange Explorer contributors, MIT licence
VersionInfoVersion={#AppVersion}
; Program Files (64-bit); per-user install offered when the user is not an administrator.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
DisableProgramGroupPage=yes
LicenseFile={#Root}\build\packaging\texts\LICENSE.txt
InfoAfterFile={#Root}\build\packaging\texts\DATA-SOURCES.txt
SetupIconFile={#Root}\build\packaging\icons\exchange-explorer.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#Root}\dist
OutputBaseFilename=exchange-explorer-{#AppVersion}-windows-x64-setup
; The bundle holds a 200+ MB SQLite file: LZMA2 solid compression shrinks it the most.
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An older copy that is still running would keep its files locked.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "portuguese"; MessagesFile: "compiler:Languages\Portuguese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: exchange-explorer.exe, _internal\ (Python, Qt, the database).
Source: "{#Root}\dist\exchange-explorer\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\build\packaging\texts\*.txt"; DestDir: "{app}"; Flags: ignoreversion

[InstallDelete]
; An upgrade replaces the bundle wholesale, so files dropped by a newer build do not linger.
; Only {app}\_internal: the user's data is never inside {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Explore South-South cooperation offline"
Name: "{group}\Data sources and licences"; Filename: "{app}\DATA-SOURCES.txt"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: %LOCALAPPDATA%\ExchangeExplorer (notes,
; bookmarks, saved searches) and the registry settings stay after uninstalling.
