; Inno Setup 6 script: the Windows installer of Clinic Desk (Spanish).
;
; Build first (on Windows, from the project root):
;   make package                      (or .venv\Scripts\pyinstaller --noconfirm packaging\clinic-desk.spec)
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\clinic-desk.iss
; The spec writes build\version.iss (#define AppVersion from pyproject.toml); pass
; /DAppVersion=1.2.3 to ISCC to override. Output: dist\clinic-desk-<version>-setup.exe
;
; The installer never touches the data folder (%LOCALAPPDATA%\ClinicDesk). The uninstaller
; removes the program and keeps the data folder, unless the person uninstalling answers
; "Sí" to two separate questions (both default to "No"); a silent uninstall keeps it always.

#ifndef AppVersion
  #include "..\build\version.iss"
#endif
#ifndef AppVersionQuad
  #define AppVersionQuad AppVersion + ".0"
#endif

#define AppName "Clinic Desk"
#define AppExe "clinic-desk.exe"
#define DataFolderName "ClinicDesk"

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
Name: "desktopicon"; Description: "Crear un acceso directo en el &escritorio"; GroupDescription: "Accesos directos:"; Flags: unchecked

[Files]
Source: "..\dist\clinic-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Registro cifrado sin internet"
Name: "{group}\{#AppName} (datos de prueba)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; Comment: "Abre datos inventados que se borran al cerrar"
Name: "{group}\Desinstalar {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "Abrir {#AppName} ahora"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder (files Python may have left next to the program). Never the data.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
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
            'Esto no se puede deshacer. Las copias que estén en una memoria USB no se tocan.' +
            #13#10#13#10 + '¿Está segura de que quiere borrar los datos?',
            mbError, MB_YESNO or MB_DEFBUTTON2) <> IDYES then
    Exit;
  if DelTree(Folder, True, True, True) then
    MsgBox('Los datos de Clinic Desk fueron borrados.', mbInformation, MB_OK)
  else
    MsgBox('No se pudieron borrar todos los datos (¿hay un programa que los usa?). ' +
           'Quedan en:' + #13#10 + Folder, mbError, MB_OK);
end;
