<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>AccessLogPage</name>
    <message>
      <source>Wanneer dit dossier is geopend, gewijzigd, geëxporteerd of overgedragen. Zonder de inhoud: de inwoner krijgt dit overzicht ook bij een inzageverzoek.</source>
      <translation>When this file was opened, changed, exported or handed over. Without the content: the resident also gets this overview with a subject access request.</translation>
    </message>
    <message>
      <source>Logboek van dit dossier</source>
      <translation>Log of this file</translation>
    </message>
    <message>
      <source>Logboek</source>
      <translation>Log</translation>
    </message>
  </context>
  <context>
    <name>BackupActions</name>
    <message>
      <source>Reservekopie maken en controleren…</source>
      <translation>Making and checking the backup…</translation>
    </message>
    <message>
      <source>Reservekopie controleren en terugzetten…</source>
      <translation>Checking and restoring the backup…</translation>
    </message>
    <message>
      <source>Map voor de reservekopie (bijvoorbeeld een USB-stick)</source>
      <translation>Folder for the backup (for example a USB stick)</translation>
    </message>
    <message>
      <source>Reservekopie maken</source>
      <translation>Make a backup</translation>
    </message>
    <message>
      <source>De reservekopie is gemaakt en gecontroleerd:
{path}

Hij opent met dezelfde wachtwoordzin en herstelcode als deze kluis. Bewaar de USB-stick op een andere plek dan de laptop.</source>
      <translation>The backup was made and checked:
{path}

It opens with the same passphrase and recovery code as this vault. Keep the USB stick somewhere other than the laptop.</translation>
    </message>
    <message>
      <source>Kies de reservekopie (map kluis-….ocovault)</source>
      <translation>Choose the backup (folder kluis-….ocovault)</translation>
    </message>
    <message>
      <source>Waar komt de teruggezette kluis?</source>
      <translation>Where should the restored vault go?</translation>
    </message>
    <message>
      <source>Reservekopie terugzetten</source>
      <translation>Restore a backup</translation>
    </message>
    <message>
      <source>Wachtwoordzin van de reservekopie:</source>
      <translation>Passphrase of the backup:</translation>
    </message>
    <message>
      <source>De reservekopie is gecontroleerd en teruggezet in:
{path}

Open die kluis door OCO Desktop daarmee te starten (oco-desktop --vault "{path}"). Er is niets overschreven.</source>
      <translation>The backup was checked and restored in:
{path}

Open that vault by starting OCO Desktop with it (oco-desktop --vault "{path}"). Nothing was overwritten.</translation>
    </message>
    <message>
      <source>Overdracht inlezen</source>
      <translation>Read a handover</translation>
    </message>
    <message>
      <source>Overdrachten (*.ocohandover)</source>
      <translation>Handovers (*.ocohandover)</translation>
    </message>
    <message>
      <source>Overdrachtscode (van uw collega):</source>
      <translation>Handover code (from your colleague):</translation>
    </message>
    <message>
      <source>Deze cliënt staat al in uw kluis. Wilt u de overdracht toevoegen als kopie, met nieuwe nummers?</source>
      <translation>This client is already in your vault. Do you want to add the handover as a copy, with new numbers?</translation>
    </message>
    <message>
      <source>De overdrachtscode klopt niet. Vraag uw collega de code nog eens voor te lezen.</source>
      <translation>The handover code is not right. Ask your colleague to read the code out once more.</translation>
    </message>
    <message>
      <source>Overgenomen: {names}.</source>
      <translation>Taken over: {names}.</translation>
    </message>
    <message>
      <source>Reservekopie &amp;maken…</source>
      <translation>&amp;Make a backup…</translation>
    </message>
    <message>
      <source>Reservekopie &amp;terugzetten…</source>
      <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
      <source>Dossiers &amp;overdragen…</source>
      <translation>Hand files &amp;over…</translation>
    </message>
    <message>
      <source>Overdracht &amp;inlezen…</source>
      <translation>Read a hando&amp;ver…</translation>
    </message>
  </context>
  <context>
    <name>BackupSettings</name>
    <message>
      <source>Een organisatiesleutel ({key}) kan deze kluis openen: de coördinator van uw organisatie kan een nieuwe wachtwoordzin instellen als u de uwe én de herstelcode kwijt bent.</source>
      <translation>An organisation key ({key}) can open this vault: your organisation's coordinator can set a new passphrase if you have lost both yours and the recovery code.</translation>
    </message>
    <message>
      <source>Reservekopie, bewaren en herstel</source>
      <translation>Backup, keeping and recovery</translation>
    </message>
    <message>
      <source> dagen</source>
      <translation> days</translation>
    </message>
    <message>
      <source>Herinner aan een reservekopie na</source>
      <translation>Remind me of a backup after</translation>
    </message>
    <message>
      <source> maanden</source>
      <translation> months</translation>
    </message>
    <message>
      <source>Bewaartermijn na afsluiten</source>
      <translation>Retention period after closing</translation>
    </message>
    <message>
      <source>Volg het beleid van uw organisatie.</source>
      <translation>Follow your organisation's policy.</translation>
    </message>
    <message>
      <source>Geen organisatiesleutel: alleen uw wachtwoordzin en uw herstelcode openen deze kluis.</source>
      <translation>No organisation key: only your passphrase and your recovery code open this vault.</translation>
    </message>
    <message>
      <source>Organisatiesleutel</source>
      <translation>Organisation key</translation>
    </message>
  </context>
  <context>
    <name>HandoverExportDialog</name>
    <message>
      <source>Dossiers overdragen</source>
      <translation>Hand files over</translation>
    </message>
    <message>
      <source>Kies de cliënten die een collega overneemt. Hun hele dossier gaat versleuteld in één bestand; van andere cliënten gaat er niets in.</source>
      <translation>Choose the clients a colleague takes over. Their whole file goes encrypted into one file; nothing of other clients goes in.</translation>
    </message>
    <message>
      <source>Cliënten</source>
      <translation>Clients</translation>
    </message>
    <message>
      <source>bestand, bijvoorbeeld overdracht.ocohandover</source>
      <translation>file, for example overdracht.ocohandover</translation>
    </message>
    <message>
      <source>&amp;Bladeren…</source>
      <translation>&amp;Browse…</translation>
    </message>
    <message>
      <source>&amp;Overdracht maken</source>
      <translation>&amp;Make handover</translation>
    </message>
    <message>
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Geef de code apart van het bestand door, bijvoorbeeld door hem voor te lezen aan de telefoon. Hij wordt niet nog eens getoond.</source>
      <translation>Pass the code on separately from the file, for example by reading it out on the phone. It is not shown again.</translation>
    </message>
    <message>
      <source>Casussen van deze cliënten afsluiten met reden 'overgedragen'</source>
      <translation>Close these clients' cases with reason 'overgedragen' (handed over)</translation>
    </message>
    <message>
      <source>Dossiers hier verwijderen (doe dit pas als uw collega ze heeft ingelezen)</source>
      <translation>Erase the files here (only once your colleague has read them in)</translation>
    </message>
    <message>
      <source>&amp;Klaar</source>
      <translation>&amp;Done</translation>
    </message>
    <message>
      <source>Overdracht opslaan</source>
      <translation>Save handover</translation>
    </message>
    <message>
      <source>Overdrachten (*.ocohandover)</source>
      <translation>Handovers (*.ocohandover)</translation>
    </message>
    <message>
      <source>Kies minstens één cliënt.</source>
      <translation>Choose at least one client.</translation>
    </message>
    <message>
      <source>Kies waar het bestand komt.</source>
      <translation>Choose where the file goes.</translation>
    </message>
    <message>
      <source>De overdracht van {n} {who} staat in {path}. De overdrachtscode is:</source>
      <translation>The handover of {n} {who} is in {path}. The handover code is:</translation>
    </message>
    <message>
      <source>cliënt</source>
      <translation>client</translation>
    </message>
    <message>
      <source>cliënten</source>
      <translation>clients</translation>
    </message>
    <message>
      <source>Dossiers verwijderen</source>
      <translation>Erase files</translation>
    </message>
    <message>
      <source>De overgedragen dossiers worden hier helemaal verwijderd. Heeft uw collega ze al ingelezen? Dit kan niet ongedaan worden gemaakt.</source>
      <translation>The handed-over files will be erased here completely. Has your colleague read them in already? This cannot be undone.</translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <source>Bewaartermijn voorbij</source>
      <translation>Retention period over</translation>
    </message>
    <message>
      <source>De bewaartermijn van het dossier van {name} is voorbij. Volg het beleid van uw organisatie: verwijder het dossier, of bewaar het tot een datum en schrijf op waarom.</source>
      <translation>The retention period of {name}'s file is over. Follow your organisation's policy: erase the file, or keep it until a date and write down why.</translation>
    </message>
    <message>
      <source>Bewaren tot</source>
      <translation>Keep until</translation>
    </message>
    <message>
      <source>bijvoorbeeld: bezwaarprocedure loopt nog</source>
      <translation>for example: objection procedure still running</translation>
    </message>
    <message>
      <source>Reden</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>&amp;Verwijderen…</source>
      <translation>&amp;Erase…</translation>
    </message>
    <message>
      <source>&amp;Bewaren tot deze datum</source>
      <translation>&amp;Keep until this date</translation>
    </message>
    <message>
      <source>Dossier verwijderen</source>
      <translation>Erase file</translation>
    </message>
    <message>
      <source>Het hele dossier wordt verwijderd: gegevens, casussen, notities, plan en afspraken. Dit kan niet ongedaan worden gemaakt (alleen een oudere reservekopie heeft het nog). Doorgaan?</source>
      <translation>The whole file will be erased: details, cases, notes, plan and appointments. This cannot be undone (only an older backup still has it). Continue?</translation>
    </message>
  </context>
  <context>
    <name>BackupToday</name>
    <message>
      <source>Er is nog geen reservekopie van deze kluis. Maak er een op een USB-stick: Bestand → Reservekopie maken…</source>
      <translation>There is no backup of this vault yet. Make one on a USB stick: File → Make a backup…</translation>
    </message>
    <message>
      <source>Reservekopie</source>
      <translation>Backup</translation>
    </message>
    <message>
      <source>De laatste reservekopie is van {date} ({days} dagen geleden), in {folder}. Maak een nieuwe: Bestand → Reservekopie maken…</source>
      <translation>The last backup is from {date} ({days} days ago), in {folder}. Make a new one: File → Make a backup…</translation>
    </message>
    <message>
      <source>Afgesloten op {closed}; de bewaartermijn ({months} maanden) liep af op {due}. Kies: verwijderen, of bewaren tot een datum met een reden.</source>
      <translation>Closed on {closed}; the retention period ({months} months) ended on {due}. Choose: erase, or keep until a date with a reason.</translation>
    </message>
    <message>
      <source>(Bewaard tot {date}: {reason})</source>
      <translation>(Kept until {date}: {reason})</translation>
    </message>
    <message>
      <source>Bewaartermijn</source>
      <translation>Retention period</translation>
    </message>
    <message>
      <source>Bewaartermijn voorbij</source>
      <translation>Retention period over</translation>
    </message>
  </context>
</TS>
