<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaseloadTableModel</name>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="92" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="93" />
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="94" />
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="95" />
        <source>Levensgebieden</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="96" />
        <source>Contactvorm</source>
        <translation>Contact form</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="97" />
        <source>Laatste contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="98" />
        <source>Volgende actie</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="99" />
        <source>Plan inleveren uiterlijk</source>
        <translation>Plan due by</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="100" />
        <source>Onderzoek klaar uiterlijk</source>
        <translation>Assessment due by</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="152" />
        <source>binnen 7 dagen</source>
        <translation>within 7 days</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="154" />
        <source>verstreken</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="163" />
        <source>Geen casus</source>
        <translation>No case</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="165" />
        <source>Afgesloten (%1)</source>
        <translation>Closed (%1)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="188" />
        <source>Kortdurend</source>
        <translation>Short-term</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="190" />
        <source>Kortcyclisch</source>
        <translation>Short-cycle</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="192" />
        <source>Waakvlam, elke %1 dagen</source>
        <translation>Check-in, every %1 days</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="194" />
        <source>contact nodig</source>
        <translation>contact due</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="201" />
        <source>%1 te laat</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="203" />
        <source>%1 deze week</source>
        <translation>%1 this week</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="211" />
        <source>Casus %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="214" />
        <source>%1 van %2 taken van deze fase gedaan of niet van toepassing</source>
        <translation>%1 of %2 tasks of this phase done or not applicable</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="217" />
        <source>Volgend waakvlamcontact: %1</source>
        <translation>Next check-in: %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="219" />
        <source>Melding op %1; het persoonlijk plan kan uiterlijk op %2 naar de gemeente.</source>
        <translation>Request on %1; the personal plan can go to the municipality on %2 at the latest.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_model.py" line="222" />
        <source>Melding op %1; de gemeente moet het onderzoek uiterlijk op %2 klaar hebben.</source>
        <translation>Request on %1; the municipality must finish its assessment on %2 at the latest.</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="75" />
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="94" />
        <source>Naam, casuscode of levensgebied</source>
        <translation>Name, case code or life domain</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="96" />
        <source>&amp;Filter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="101" />
        <source>F&amp;ase:</source>
        <translation>Ph&amp;ase:</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="102" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="103" />
        <source>&amp;Levensgebied:</source>
        <translation>&amp;Life domain:</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="104" />
        <source>Alleen wat aandacht &amp;vraagt</source>
        <translation>Only what needs atte&amp;ntion</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="107" />
        <source>Acties die te laat zijn, een termijn binnen 7 dagen of een waakvlamcontact dat nodig is</source>
        <translation>Overdue follow-ups, a deadline within 7 days or a check-in that is due</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="115" />
        <source>Cliënten</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="168" />
        <source>Alle fasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="171" />
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="172" />
        <source>Lopend (open of waakvlam)</source>
        <translation>Running (open or check-in)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="173" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="174" />
        <source>Waakvlam</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="175" />
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="176" />
        <source>Zonder casus</source>
        <translation>Without a case</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="177" />
        <source>Alle levensgebieden</source>
        <translation>All life domains</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="239" />
        <source>Nog geen cliënten. Kies Bestand › Nieuwe cliënt (Ctrl+N).</source>
        <translation>No clients yet. Choose File › New client (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="241" />
        <source>Geen cliënten gevonden met deze filters.</source>
        <translation>No clients match these filters.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="245" />
        <source>%1 van %2 cliënten</source>
        <translation>%1 of %2 clients</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="268" />
        <source>Acties te laat: %1</source>
        <translation>Follow-ups overdue: %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="269" />
        <source>acties deze week: %1</source>
        <translation>follow-ups this week: %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="270" />
        <source>termijnen binnen 7 dagen: %1</source>
        <translation>deadlines within 7 days: %1</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/caseload_view.py" line="271" />
        <source>waakvlamcontact nodig: %1</source>
        <translation>check-ins due: %1</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../oco_desktop/ui/search_view.py" line="143" />
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/search_view.py" line="155" />
        <source>Zoek in namen en notities</source>
        <translation>Search names and notes</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/search_view.py" line="157" />
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/search_view.py" line="172" />
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/search_view.py" line="204" />
        <source>Geen resultaten voor “%1”.</source>
        <translation>No results for “%1”.</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/search_view.py" line="207" />
        <source>Cliënten: %1 · notities: %2</source>
        <translation>Clients: %1 · notes: %2</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/search_view.py" line="210" />
        <source>Cliënten (%1)</source>
        <translation>Clients (%1)</translation>
    </message>
    <message>
        <location filename="../../oco_desktop/ui/search_view.py" line="214" />
        <source>Notities (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
</context>
</TS>