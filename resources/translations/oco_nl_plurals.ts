<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CaseloadTableModel</name>
    <message numerus="yes">
        <source>Waakvlam, elke %n dag(en)</source>
        <translation>
            <numerusform>Waakvlam, elke dag</numerusform>
            <numerusform>Waakvlam, elke %n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <source>Waakvlam (elke %n dag(en))</source>
        <translation>
            <numerusform>Waakvlam (elke dag)</numerusform>
            <numerusform>Waakvlam (elke %n dagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>contact elke %n dag(en)</source>
        <translation>
            <numerusform>contact elke dag</numerusform>
            <numerusform>contact elke %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>doorlooptijd %n dag(en)</source>
        <translation>
            <numerusform>doorlooptijd %n dag</numerusform>
            <numerusform>doorlooptijd %n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPhases</name>
    <message numerus="yes">
        <source>Er staan nog %n taken open:</source>
        <translation>
            <numerusform>Er staat nog %n taak open:</numerusform>
            <numerusform>Er staan nog %n taken open:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message numerus="yes">
        <source>Elke %n dag(en) een waakvlamcontact.</source>
        <translation>
            <numerusform>Elke dag een waakvlamcontact.</numerusform>
            <numerusform>Elke %n dagen een waakvlamcontact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message numerus="yes">
        <source>Totale contacttijd: %1 uur %2 min in %n notitie(s)</source>
        <translation>
            <numerusform>Totale contacttijd: %1 uur %2 min in %n notitie</numerusform>
            <numerusform>Totale contacttijd: %1 uur %2 min in %n notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✎ = niet-opgeslagen wijzigingen in %n notitie(s)</source>
        <translation>
            <numerusform>✎ = niet-opgeslagen wijzigingen in %n notitie</numerusform>
            <numerusform>✎ = niet-opgeslagen wijzigingen in %n notities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source> %n minuut/minuten</source>
        <translation>
            <numerusform> %n minuut</numerusform>
            <numerusform> %n minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientDetailsActions</name>
    <message numerus="yes">
        <source>• %n casus(sen)</source>
        <translation>
            <numerusform>• %n casus</numerusform>
            <numerusform>• %n casussen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n notitie(s)</source>
        <translation>
            <numerusform>• %n notitie</numerusform>
            <numerusform>• %n notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n afspraak/afspraken</source>
        <translation>
            <numerusform>• %n afspraak</numerusform>
            <numerusform>• %n afspraken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n perso(o)n(en) uit het netwerk</source>
        <translation>
            <numerusform>• %n persoon uit het netwerk</numerusform>
            <numerusform>• %n personen uit het netwerk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayActions</name>
    <message numerus="yes">
        <source>%n actie(s) opgeslagen in {path}.</source>
        <translation>
            <numerusform>%n actie opgeslagen in {path}.</numerusform>
            <numerusform>%n acties opgeslagen in {path}.</numerusform>
        </translation>
    </message>
</context>
</TS>
