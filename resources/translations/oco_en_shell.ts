<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../oco_desktop/app.py" line="46"/>
        <source>Aangepaste checklists niet gebruikt</source>
        <translation>Adapted checklists not used</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/app.py" line="47"/>
        <source>Het aanpassingsbestand voor de checklists heeft fouten. OCO Desktop gebruikt daarom de laatste goede versie. Laat de beheerder dit bestand verbeteren.</source>
        <translation>The checklist adaptation file has errors, so OCO Desktop uses the last good version. Ask your administrator to correct the file.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/change_passphrase_dialog.py" line="23"/>
        <source>Wachtwoordzin wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../forms/change_passphrase_dialog.ui" line="8"/>
        <source>Kies een nieuwe wachtwoordzin voor deze kluis. Uw herstelcode blijft dezelfde.</source>
        <translation>Choose a new passphrase for this vault. Your recovery code stays the same.</translation>
    </message>
    <message>
        <location filename="../../forms/change_passphrase_dialog.ui" line="16"/>
        <source>&amp;Huidige wachtwoordzin:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <location filename="../../forms/change_passphrase_dialog.ui" line="23"/>
        <source>Huidige wachtwoordzin</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../forms/change_passphrase_dialog.ui" line="28"/>
        <source>&amp;Nieuwe wachtwoordzin:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location filename="../../forms/change_passphrase_dialog.ui" line="35"/>
        <source>Nieuwe wachtwoordzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../forms/change_passphrase_dialog.ui" line="40"/>
        <source>N&amp;og een keer:</source>
        <translation>&amp;Once more:</translation>
    </message>
    <message>
        <location filename="../../forms/change_passphrase_dialog.ui" line="47"/>
        <source>Nieuwe wachtwoordzin herhalen</source>
        <translation>Repeat new passphrase</translation>
    </message>
    <message>
        <location filename="../../forms/change_passphrase_dialog.ui" line="54"/>
        <source>Minstens 8 tekens. Een zin van een paar woorden is sterk en goed te onthouden.</source>
        <translation>At least 8 characters. A sentence of a few words is strong and easy to remember.</translation>
    </message>
</context>
<context>
    <name>ClientWorkspace</name>
    <message>
        <location filename="../../oco_desktop/ui/client_workspace.py" line="35"/>
        <source>Dit onderdeel kon niet worden geladen.</source>
        <translation>This part could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_workspace.py" line="38"/>
        <source>Niet beschikbaar</source>
        <translation>Not available</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_workspace.py" line="56"/>
        <source>Kies een cliënt om zijn of haar gegevens te zien.</source>
        <translation>Choose a client to see their details.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_workspace.py" line="70"/>
        <source>Naam van de cliënt</source>
        <translation>Client name</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_workspace.py" line="72"/>
        <source>Onderdelen van de cliënt</source>
        <translation>Client sections</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/client_workspace.py" line="79"/>
        <source>Er zijn nog geen onderdelen voor cliënten.</source>
        <translation>There are no client sections yet.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="47"/>
        <source>OCO Desktop is vergrendeld</source>
        <translation>OCO Desktop is locked</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="77"/>
        <source>Overzichten</source>
        <translation>Overviews</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="84"/>
        <source>Hier komen uw overzichten: vandaag, uw caseload en zoeken.</source>
        <translation>Your overviews appear here: today, your caseload and search.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="87"/>
        <source>Welkom</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="124"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="125"/>
        <source>&amp;Nieuwe cliënt…</source>
        <translation>&amp;New client…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="126"/>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="127"/>
        <source>&amp;Wachtwoordzin wijzigen…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="128"/>
        <source>&amp;Instellingen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="129"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="135"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="143"/>
        <source>&amp;Cliëntgegevens</source>
        <translation>&amp;Client details</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="147"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="148"/>
        <source>&amp;Over OCO Desktop</source>
        <translation>&amp;About OCO Desktop</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="178"/>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="189"/>
        <source>Kluis: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="219"/>
        <source>Een nieuwe cliënt maken is nog niet beschikbaar.</source>
        <translation>Creating a new client is not available yet.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="230"/>
        <source>De wachtwoordzin is gewijzigd.</source>
        <translation>The passphrase has been changed.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="243"/>
        <source>Over OCO Desktop</source>
        <translation>About OCO Desktop</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/main_window.py" line="245"/>
        <source>OCO Desktop %1

Voor onafhankelijke cliëntondersteuning: caseload, checklists en persoonlijke plannen. Alles blijft versleuteld op deze computer.</source>
        <translation>OCO Desktop %1

For independent client support: caseload, checklists and personal plans. Everything stays encrypted on this computer.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/settings_dialog.py" line="34"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/settings_dialog.py" line="45"/>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/settings_dialog.py" line="56"/>
        <source>Deze computer onthoudt de sleutel van deze kluis niet.</source>
        <translation>This computer does not remember the key of this vault.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="55"/>
        <location filename="../../oco_desktop/ui/settings_dialog.py" line="64"/>
        <source>Checklistbestand kiezen</source>
        <translation>Choose checklist file</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/settings_dialog.py" line="65"/>
        <source>Checklistbestanden (*.toml)</source>
        <translation>Checklist files (*.toml)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/settings_dialog.py" line="75"/>
        <source>De sleutel is vergeten. De volgende keer vraagt OCO Desktop om uw wachtwoordzin.</source>
        <translation>The key has been forgotten. Next time OCO Desktop will ask for your passphrase.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="10"/>
        <source>&amp;Taal:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="16"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="21"/>
        <source>Een andere taal werkt pas nadat u OCO Desktop opnieuw hebt gestart.</source>
        <translation>A different language takes effect after you restart OCO Desktop.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="27"/>
        <source>&amp;Vergrendelen na:</source>
        <translation>Loc&amp;k after:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="33"/>
        <source>Minuten zonder gebruik tot vergrendelen</source>
        <translation>Minutes without use before locking</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="40"/>
        <source>&amp;Eigen checklistbestand:</source>
        <translation>&amp;Own checklist file:</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="48"/>
        <source>Eigen checklistbestand</source>
        <translation>Own checklist file</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="49"/>
        <source>Geen (de meegeleverde checklists)</source>
        <translation>None (the shipped checklists)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="54"/>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="62"/>
        <source>Een ander checklistbestand werkt ook pas na opnieuw starten.</source>
        <translation>A different checklist file also takes effect only after a restart.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="70"/>
        <source>V&amp;ergeet de onthouden sleutel op deze computer</source>
        <translation>&amp;Forget the remembered key on this computer</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../oco_desktop/ui/unlock_dialog.py" line="215"/>
        <source>OCO Desktop – kluis openen</source>
        <translation>OCO Desktop – open vault</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="21"/>
        <source>Er is nog geen kluis. Kies een wachtwoordzin om een nieuwe kluis te maken. Alles wat u in OCO Desktop bewaart, staat versleuteld in deze kluis.</source>
        <translation>There is no vault yet. Choose a passphrase to create a new vault. Everything you keep in OCO Desktop is stored encrypted in this vault.</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="29"/>
        <location filename="../../forms/unlock_dialog.ui" line="125"/>
        <source>&amp;Wachtwoordzin:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="36"/>
        <location filename="../../forms/unlock_dialog.ui" line="211"/>
        <source>Nieuwe wachtwoordzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="41"/>
        <source>&amp;Nog een keer:</source>
        <translation>&amp;Once more:</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="48"/>
        <location filename="../../forms/unlock_dialog.ui" line="223"/>
        <source>Nieuwe wachtwoordzin herhalen</source>
        <translation>Repeat new passphrase</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="55"/>
        <location filename="../../forms/unlock_dialog.ui" line="230"/>
        <source>Minstens 8 tekens. Een zin van een paar woorden is sterk en goed te onthouden.</source>
        <translation>At least 8 characters. A sentence of a few words is strong and easy to remember.</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="72"/>
        <source>&amp;Kluis maken</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="81"/>
        <source>Dit is uw herstelcode. U ziet hem maar één keer. Schrijf hem op papier en bewaar dat op een veilige plek. Met de herstelcode kunt u een nieuwe wachtwoordzin instellen als u de oude vergeet.</source>
        <translation>This is your recovery code. You will see it only once. Write it down on paper and keep it in a safe place. With the recovery code you can set a new passphrase if you forget the old one.</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="92"/>
        <location filename="../../forms/unlock_dialog.ui" line="199"/>
        <source>Herstelcode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="97"/>
        <source>&amp;Ik heb de herstelcode opgeschreven</source>
        <translation>&amp;I have written down the recovery code</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="108"/>
        <source>&amp;Verder</source>
        <translation>C&amp;ontinue</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="117"/>
        <source>Typ uw wachtwoordzin om de kluis te openen.</source>
        <translation>Type your passphrase to open the vault.</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="132"/>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="139"/>
        <source>&amp;Onthoud op deze computer</source>
        <translation>&amp;Remember on this computer</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="144"/>
        <source>Deze computer heeft geen veilige sleutelbos. OCO Desktop kan de kluis daarom niet onthouden en vraagt elke keer om uw wachtwoordzin.</source>
        <translation>This computer has no secure keyring. OCO Desktop therefore cannot remember the vault and will ask for your passphrase every time.</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="163"/>
        <source>Wachtwoordzin &amp;vergeten?</source>
        <translation>&amp;Forgot passphrase?</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="174"/>
        <source>&amp;Kluis openen</source>
        <translation>&amp;Open vault</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="185"/>
        <source>Typ de herstelcode die u bij het maken van de kluis hebt opgeschreven. Kies daarna een nieuwe wachtwoordzin.</source>
        <translation>Type the recovery code you wrote down when the vault was created. Then choose a new passphrase.</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="193"/>
        <source>&amp;Herstelcode:</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="204"/>
        <source>&amp;Nieuwe wachtwoordzin:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="216"/>
        <source>N&amp;og een keer:</source>
        <translation>&amp;Once more:</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="249"/>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../forms/unlock_dialog.ui" line="259"/>
        <source>Nieuwe wachtwoordzin &amp;instellen</source>
        <translation>&amp;Set new passphrase</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../../oco_desktop/ui/unlock_dialog.py" line="90"/>
        <source>Kluis: %1</source>
        <translation>Vault: %1</translation>
    </message>
</context>
<context>
    <name>VaultMessages</name>
    <message>
        <location filename="../../oco_desktop/ui/vault_messages.py" line="28"/>
        <source>Deze wachtwoordzin klopt niet. Probeer het opnieuw. Let op hoofdletters.</source>
        <translation>This passphrase is not correct. Please try again. Mind capital letters.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/vault_messages.py" line="31"/>
        <source>Deze herstelcode klopt niet. Controleer de code en probeer het opnieuw.</source>
        <translation>This recovery code is not correct. Check the code and try again.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/vault_messages.py" line="34"/>
        <source>Deze kluis is al open in een ander venster van OCO Desktop. Sluit dat venster eerst en probeer het dan opnieuw.</source>
        <translation>This vault is already open in another OCO Desktop window. Close that window first, then try again.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/vault_messages.py" line="38"/>
        <source>De kluis in de map %1 is gemaakt met een nieuwere versie van OCO Desktop. Werk het programma bij. Er is niets aan de kluis veranderd.</source>
        <translation>The vault in the folder %1 was made with a newer version of OCO Desktop. Please update the program. Nothing in the vault was changed.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/vault_messages.py" line="43"/>
        <source>De kluis in de map %1 is beschadigd. Er is niets aan veranderd. Zet een reservekopie terug of vraag om hulp.</source>
        <translation>The vault in the folder %1 is damaged. Nothing was changed. Restore a backup or ask for help.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/vault_messages.py" line="47"/>
        <source>De map %1 is geen (volledige) kluis van OCO Desktop. Er is niets aan veranderd.</source>
        <translation>The folder %1 is not a (complete) OCO Desktop vault. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/vault_messages.py" line="50"/>
        <source>Er is geen kluis in de map %1.</source>
        <translation>There is no vault in the folder %1.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/vault_messages.py" line="51"/>
        <source>In de map %1 staat al iets. Kies een andere plek voor een nieuwe kluis.</source>
        <translation>The folder %1 already contains something. Choose another place for a new vault.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/vault_messages.py" line="52"/>
        <source>De kluis in de map %1 kan niet worden geopend. Er is niets aan veranderd.</source>
        <translation>The vault in the folder %1 cannot be opened. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/vault_messages.py" line="55"/>
        <source>De wachtwoordzin is te kort. Gebruik minstens 8 tekens.</source>
        <translation>The passphrase is too short. Use at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/vault_messages.py" line="56"/>
        <source>De twee wachtwoordzinnen zijn niet gelijk. Typ ze opnieuw.</source>
        <translation>The two passphrases are not the same. Type them again.</translation>
    </message>
</context>
</TS>
