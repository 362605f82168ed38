<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>NewClientDialog</name>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Datum van de toestemming</source>
        <translation>Date of consent</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePrint</name>
    <message>
        <source>Herstelcode van uw OCO Desktop-kluis</source>
        <translation>Recovery code of your OCO Desktop vault</translation>
    </message>
    <message>
        <source>Kluis gemaakt op %1 in de map:</source>
        <translation>Vault made on %1 in the folder:</translation>
    </message>
    <message>
        <source>Met deze code kunt u een nieuwe wachtwoordzin instellen als u de oude vergeet. Kies daarvoor 'Wachtwoordzin vergeten?' als OCO Desktop om uw wachtwoordzin vraagt.</source>
        <translation>With this code you can set a new passphrase if you forget the old one. Choose 'Forgot passphrase?' when OCO Desktop asks for your passphrase.</translation>
    </message>
    <message>
        <source>Bewaar dit papier op een veilige plek, niet bij de computer. Wie deze code heeft, kan de kluis openen. Maak er geen foto of kopie van.</source>
        <translation>Keep this paper in a safe place, not near the computer. Anyone who has this code can open the vault. Do not photograph or copy it.</translation>
    </message>
    <message>
        <source>Er is geen printer ingesteld op deze computer. Schrijf de code over op papier.</source>
        <translation>No printer is set up on this computer. Copy the code onto paper by hand.</translation>
    </message>
    <message>
        <source>Herstelcode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Herstelcode afdrukken</source>
        <translation>Print recovery code</translation>
    </message>
    <message>
        <source>Niet afgedrukt: deze printer maakt een bestand. Kies een printer die op papier afdrukt.</source>
        <translation>Not printed: this printer makes a file. Choose a printer that prints on paper.</translation>
    </message>
    <message>
        <source>De herstelcode is naar de printer gestuurd. Controleer of het papier goed leesbaar is.</source>
        <translation>The recovery code was sent to the printer. Check that the paper is easy to read.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Herstelcode af&amp;drukken…</source>
        <translation>&amp;Print recovery code…</translation>
    </message>
</context>
<context>
    <name>CaseloadTableModel</name>
    <message numerus="yes">
        <source>Waakvlam, elke %n dag(en)</source>
        <translation>
            <numerusform>Check-in, every day</numerusform>
            <numerusform>Check-in, every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Waakvlam</source>
        <translation>Check-in</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <source>Waakvlam (elke %n dag(en))</source>
        <translation>
            <numerusform>Check-in (every day)</numerusform>
            <numerusform>Check-in (every %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>contact elke %n dag(en)</source>
        <translation>
            <numerusform>contact every day</numerusform>
            <numerusform>contact every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>doorlooptijd %n dag(en)</source>
        <translation>
            <numerusform>lead time %n day</numerusform>
            <numerusform>lead time %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPhases</name>
    <message numerus="yes">
        <source>Er staan nog %n taken open:</source>
        <translation>
            <numerusform>%n task is still open:</numerusform>
            <numerusform>%n tasks are still open:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message numerus="yes">
        <source>Elke %n dag(en) een waakvlamcontact.</source>
        <translation>
            <numerusform>A check-in contact every day.</numerusform>
            <numerusform>A check-in contact every %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message numerus="yes">
        <source>Totale contacttijd: %1 uur %2 min in %n notitie(s)</source>
        <translation>
            <numerusform>Total contact time: %1 h %2 min in %n note</numerusform>
            <numerusform>Total contact time: %1 h %2 min in %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✎ = niet-opgeslagen wijzigingen in %n notitie(s)</source>
        <translation>
            <numerusform>✎ = unsaved changes in %n note</numerusform>
            <numerusform>✎ = unsaved changes in %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Geen tijd ingevuld</source>
        <translation>No time filled in</translation>
    </message>
    <message>
        <source>Bij deze notitie staat 0 minuten. Hoe lang duurde het contact? Vul de tijd in, of sla op zonder tijd (dan telt het contact niet mee in de totale contacttijd).</source>
        <translation>This note says 0 minutes. How long did the contact take? Fill in the time, or save without a time (the contact then does not count in the total contact time).</translation>
    </message>
    <message>
        <source>&amp;Tijd invullen</source>
        <translation>&amp;Fill in time</translation>
    </message>
    <message>
        <source>Opslaan &amp;zonder tijd</source>
        <translation>Save &amp;without time</translation>
    </message>
    <message>
        <source>Datum van het contact</source>
        <translation>Date of the contact</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source> %n minuut/minuten</source>
        <translation>
            <numerusform> %n minute</numerusform>
            <numerusform> %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDetailsActions</name>
    <message numerus="yes">
        <source>• %n casus(sen)</source>
        <translation>
            <numerusform>• %n case</numerusform>
            <numerusform>• %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n notitie(s)</source>
        <translation>
            <numerusform>• %n note</numerusform>
            <numerusform>• %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n afspraak/afspraken</source>
        <translation>
            <numerusform>• %n appointment</numerusform>
            <numerusform>• %n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n perso(o)n(en) uit het netwerk</source>
        <translation>
            <numerusform>• %n person from the network</numerusform>
            <numerusform>• %n people from the network</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayActions</name>
    <message numerus="yes">
        <source>%n actie(s) opgeslagen in {path}.</source>
        <translation>
            <numerusform>%n action saved in {path}.</numerusform>
            <numerusform>%n actions saved in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>Te laat: %1</source>
        <translation>Overdue: %1</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Termijn &amp;afgehandeld</source>
        <translation>Deadline hand&amp;led</translation>
    </message>
    <message>
        <source>De laatste dag is voorbij en u hebt gedaan wat nodig was. De termijn gaat uit deze lijst; de casus houdt bij dat hij is afgehandeld.</source>
        <translation>The last day has passed and you did what was needed. The deadline leaves this list; the case keeps a record that it was handled.</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>bewaard om %1</source>
        <translation>saved at %1</translation>
    </message>
    <message>
        <source>Schrijf de reden op; dan wordt de taak bewaard.</source>
        <translation>Write down the reason; then the task is saved.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Niet opgeslagen tekst teruggezet; hij wordt nu bewaard.</source>
        <translation>Unsaved text restored; it is being saved now.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
</context>
</TS>
