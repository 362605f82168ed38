; Inno Setup 6 script: a per-user installer for OCO Desktop (no administrator rights needed).
;
; Build on Windows, from the repository root:
;   python installer\build.py --setup
; or, after python installer\build.py:
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" installer\windows\oco-desktop.iss
; Result: dist\oco-desktop-<version>-setup.exe
;
; Name, version and executable names come from pyproject.toml through build\installer\version.iss
; (written by installer/build.py). installer/check_inno_files.py checks on any platform that every
; file named here exists in the build. Needs Inno Setup 6.3 or later (x64compatible).

#define Root "..\.."
#include Root + "\build\installer\version.iss"

; The vault's default place: platformdirs' user_data_dir("oco-desktop", appauthor=False) on Windows
; is %LOCALAPPDATA%\oco-desktop; oco_desktop.paths.default_vault_path() adds kluis.ocovault.
#define DataDir "{localappdata}\" + AppId
#define VaultDir DataDir + "\kluis.ocovault"

[Setup]
; AppId identifies the app for upgrades and uninstall: never change it.
AppId={{CCF8AA26-3037-41F6-A802-251E5B93F4FA}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
; Per user, no UAC prompt: organisation laptops are locked down.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename={#AppId}-{#AppVersion}-setup
SetupIconFile={#Root}\build\installer\icons\app.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
; A running app holds files open: ask Windows to close it, and do not restart it ourselves.
CloseApplications=yes
RestartApplications=no

[Languages]
; The first one is the default when Windows' language is neither.
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
dutch.DeleteVaultTitle=OCO Desktop verwijderen
dutch.DeleteVaultIntro=Het programma wordt verwijderd. Uw kluis met de gegevens van uw cliënten blijft staan, zodat u die later weer kunt openen of kunt overzetten naar een andere computer.
dutch.DeleteVaultCheck=Ook mijn kluis verwijderen
dutch.DeleteVaultWhere=De kluis staat in:
dutch.DeleteVaultConfirm=Weet u het zeker? De kluis en alle gegevens erin worden definitief verwijderd. Dit kan niet ongedaan worden gemaakt.%n%nMaak eerst een reservekopie als u de gegevens nog nodig hebt.
dutch.ContinueButton=Verder
dutch.CancelButton=Annuleren
english.DeleteVaultTitle=Remove OCO Desktop
english.DeleteVaultIntro=The program will be removed. Your vault with your clients' data stays in place, so you can open it again later or move it to another computer.
english.DeleteVaultCheck=Also delete my vault
english.DeleteVaultWhere=The vault is in:
english.DeleteVaultConfirm=Are you sure? The vault and all data in it will be deleted for good. This cannot be undone.%n%nMake a backup first if you still need the data.
english.ContinueButton=Continue
english.CancelButton=Cancel

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: the GUI, the CLI twin and _internal\ (Python, Qt, resources, forms).
Source: "{#Root}\dist\{#AppId}\{#AppExeName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Root}\dist\{#AppId}\{#AppCliExeName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Root}\dist\{#AppId}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the app itself made: the font cache it cut from the shipped fonts. Settings and logs
; stay (a reinstall finds them again), and the vault is never touched here: see [Code] below.
Type: filesandordirs; Name: "{#DataDir}\font-cache"
Type: dirifempty; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"

[Code]
var
  DeleteVault: Boolean;

{ The uninstaller has no wizard pages, so the choice is a small form of its own, shown before
  anything is removed. The box starts unticked; ticking it asks once more. A silent uninstall
  (/SILENT, used by organisation software management) never deletes the vault. }
function AskDeleteVault: Boolean;
var
  Form: TSetupForm;
  Intro, Where: TNewStaticText;
  Check: TNewCheckBox;
  ContinueButton, CancelButton: TNewButton;
  Margin, Width: Integer;
begin
  Margin := ScaleX(12);
  Width := ScaleX(420);
#if Ver >= EncodeVer(6, 6, 0)
  Form := CreateCustomForm(Width, ScaleY(210), False, True);
#else
  Form := CreateCustomForm;
  Form.ClientWidth := Width;
  Form.ClientHeight := ScaleY(210);
#endif
  try
    Form.Caption := CustomMessage('DeleteVaultTitle');
    Form.Position := poScreenCenter;

    Intro := TNewStaticText.Create(Form);
    Intro.Parent := Form;
    Intro.Left := Margin;
    Intro.Top := Margin;
    Intro.Width := Form.ClientWidth - 2 * Margin;
    Intro.AutoSize := False;
    Intro.WordWrap := True;
    Intro.Height := ScaleY(60);
    Intro.Caption := CustomMessage('DeleteVaultIntro');

    Check := TNewCheckBox.Create(Form);
    Check.Parent := Form;
    Check.Left := Margin;
    Check.Top := Intro.Top + Intro.Height + ScaleY(8);
    Check.Width := Form.ClientWidth - 2 * Margin;
    Check.Height := ScaleY(20);
    Check.Caption := CustomMessage('DeleteVaultCheck');
    Check.Checked := False;

    Where := TNewStaticText.Create(Form);
    Where.Parent := Form;
    Where.Left := Margin + ScaleX(18);
    Where.Top := Check.Top + Check.Height + ScaleY(4);
    Where.Width := Form.ClientWidth - 2 * Margin - ScaleX(18);
    Where.AutoSize := False;
    Where.WordWrap := True;
    Where.Height := ScaleY(40);
    Where.Caption := CustomMessage('DeleteVaultWhere') + ' ' + ExpandConstant('{#VaultDir}');

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Width := ScaleX(90);
    CancelButton.Height := ScaleY(25);
    CancelButton.Left := Form.ClientWidth - Margin - CancelButton.Width;
    CancelButton.Top := Form.ClientHeight - Margin - CancelButton.Height;
    CancelButton.Caption := CustomMessage('CancelButton');
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;

    ContinueButton := TNewButton.Create(Form);
    ContinueButton.Parent := Form;
    ContinueButton.Width := ScaleX(90);
    ContinueButton.Height := ScaleY(25);
    ContinueButton.Left := CancelButton.Left - ScaleX(8) - ContinueButton.Width;
    ContinueButton.Top := CancelButton.Top;
    ContinueButton.Caption := CustomMessage('ContinueButton');
    ContinueButton.ModalResult := mrOk;
    ContinueButton.Default := True;

    Form.ActiveControl := ContinueButton;
    Result := Form.ShowModal = mrOk;
    DeleteVault := Result and Check.Checked;
  finally
    Form.Free;
  end;
  if DeleteVault then
    DeleteVault := MsgBox(CustomMessage('DeleteVaultConfirm'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

function InitializeUninstall: Boolean;
begin
  DeleteVault := False;
  if UninstallSilent then
    Result := True
  else
    Result := AskDeleteVault;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Vault: String;
begin
  if (CurUninstallStep = usPostUninstall) and DeleteVault then
  begin
    Vault := ExpandConstant('{#VaultDir}');
    if DirExists(Vault) then
      DelTree(Vault, True, True, True);
    { The data folder itself goes too when nothing else (settings, logs) is left in it. }
    RemoveDir(ExpandConstant('{#DataDir}'));
  end;
end;
