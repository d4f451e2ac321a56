; Inno Setup 6 script: the Windows installer of Clinic Desk (Spanish).
;
; Build first (on Windows, from the project root):
;   make package                      (or .venv\Scripts\pyinstaller --noconfirm packaging\clinic-desk.spec)
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\clinic-desk.iss
; On Linux it compiles and installs under wine against a stand-in build:
; tests/packaging/test_inno_setup.py (packaging/README.md, "Checking the installer on Linux").
; The spec writes build\version.iss (#define AppVersion from pyproject.toml); pass
; /DAppVersion=1.2.3 to ISCC to override. Output: dist\clinic-desk-<version>-setup.exe
;
; The installer never touches the data folder (%LOCALAPPDATA%\ClinicDesk). The uninstaller
; removes the program and keeps the data folder, unless the person uninstalling answers
; "Sí" to two separate questions (both default to "No"); a silent uninstall keeps it always.

#define AppName "Clinic Desk"
#define AppExe "clinic-desk.exe"
#define DataFolderName "ClinicDesk"

; The version: build\version.iss, written by the spec from pyproject.toml.
#ifndef AppVersion
  #define VersionFile AddBackslash(SourcePath) + "..\build\version.iss"
  #if !FileExists(VersionFile)
    #error build\version.iss is missing: build the program first (make package), or pass /DAppVersion=x.y.z
  #endif
  #include VersionFile
#endif
#ifndef AppVersionQuad
  #define AppVersionQuad AppVersion + ".0"
#endif

; The PyInstaller one-folder build; /DBundleDir=... points elsewhere (the Linux check
; compiles against a stand-in folder, see packaging/README.md).
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\dist\clinic-desk"
#endif
#if !FileExists(AddBackslash(BundleDir) + AppExe)
  #error clinic-desk.exe is not in the bundle folder (BundleDir, by default dist\clinic-desk): build the program first on Windows (make package)
#endif

[Setup]
AppId={{6F2B7C1E-3D4A-4E8B-9C21-5A7D0E4F9B13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Clinic Desk
VersionInfoVersion={#AppVersionQuad}
VersionInfoProductName={#AppName}
VersionInfoDescription=Instalador de {#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights; an administrator may choose
; "for all users" in the first dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=clinic-desk-{#AppVersion}-setup
SetupIconFile=icons\clinic-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=no

[Languages]
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
; Standard texts ({cm:...}) come from Spanish.isl.
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Registro cifrado sin internet"
Name: "{group}\{#AppName} (datos de prueba)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; Comment: "Abre datos inventados que se borran al cerrar"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder (files Python may have left next to the program). Never the data.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
// No line may start with '#' (after spaces): the preprocessor takes it for a directive
// ("Unknown preprocessor directive"), so a #13#10 goes at the end of the line before.
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\{#DataFolderName}');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  Folder := DataFolder();
  if not DirExists(Folder) then
    Exit;
  if UninstallSilent() then
  begin
    Log('Silent uninstall: the data folder ' + Folder + ' is kept.');
    Exit;
  end;
  if MsgBox('Clinic Desk se desinstaló. Sus datos se CONSERVAN en:' + #13#10 + Folder + #13#10#13#10 +
            'Allí están la base de datos cifrada y sus copias de seguridad. Si vuelve a instalar ' +
            'Clinic Desk, los encontrará como estaban.' + #13#10#13#10 +
            '¿Quiere BORRAR también estos datos? Elija «No» si no está segura.',
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) <> IDYES then
    Exit;
  if MsgBox('Se borrarán para siempre todas las personas, sesiones, camas, movimientos de ' +
            'botiquín y copias de seguridad guardadas en:' + #13#10 + Folder + #13#10#13#10 +
            'Esto no se puede deshacer. Las copias que estén en una memoria USB no se tocan.' + #13#10#13#10 +
            '¿Está segura de que quiere borrar los datos?',
            mbError, MB_YESNO or MB_DEFBUTTON2) <> IDYES then
    Exit;
  if DelTree(Folder, True, True, True) then
    MsgBox('Los datos de Clinic Desk fueron borrados.', mbInformation, MB_OK)
  else
    MsgBox('No se pudieron borrar todos los datos (¿hay un programa que los usa?). ' +
           'Quedan en:' + #13#10 + Folder, mbError, MB_OK);
end;
